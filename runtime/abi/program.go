package abi

import (
	"fmt"
	"math"
)

// Op is an instruction of a Program.
type Op uint8

// Instructions. Operands come from the stack (postfix order); booleans are 0
// and 1.
const (
	OpNum    Op = iota // push Num
	OpS                // push the score
	OpQi               // push the query position
	OpKi               // push the key position
	OpH                // push the head
	OpNeg              // -x
	OpNot              // !x
	OpAdd              // x + y
	OpSub              // x - y
	OpMul              // x * y
	OpDiv              // x / y
	OpLt               // x < y
	OpLe               // x <= y
	OpGt               // x > y
	OpGe               // x >= y
	OpEq               // x == y
	OpNe               // x != y
	OpAnd              // x & y
	OpOr               // x | y
	OpCausal           // ki <= qi
	OpWindow           // qi - ki < x
	OpSink             // ki < x
	OpExp              // e^x
	OpLog              // ln x
	OpTanh             // tanh x
	OpRsqrt            // 1/sqrt(x)
	OpMax              // max(x, y)
	OpMin              // min(x, y)
	OpWhere            // c ? x : y
)

var opNames = [...]string{
	"OpNum", "OpS", "OpQi", "OpKi", "OpH", "OpNeg", "OpNot", "OpAdd", "OpSub", "OpMul", "OpDiv",
	"OpLt", "OpLe", "OpGt", "OpGe", "OpEq", "OpNe", "OpAnd", "OpOr", "OpCausal", "OpWindow", "OpSink",
	"OpExp", "OpLog", "OpTanh", "OpRsqrt", "OpMax", "OpMin", "OpWhere",
}

// String returns the op's Go name (OpCausal), as generated code spells it.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("Op(%d)", o)
}

// Instr is one instruction.
type Instr struct {
	Op  Op
	Num float64
}

// Program is a mask or score modification compiled to postfix form: the
// representation generated code embeds and the interval classifier runs.
type Program []Instr

// Env holds the variables a Program reads. Qi is the query's position,
// not its row: see QueryOffset.
type Env struct{ S, Qi, Ki, H float64 }

// QueryOffset is the position of query row 0 when m queries attend n keys:
// query row i sits at position i + n − m (docs/dsl.md), so the last query
// is aligned with the last key, as with a KV cache (a decode step, a
// chunked prefill) and as FlashAttention ≥ 2.1, PyTorch's
// causal_lower_right and FlexAttention's offsets place them. With m = n it
// is 0; with m > n it is negative, and the first m − n queries sit before
// key 0 (under causal they see nothing, and their output is 0). Masks and
// score modifications read positions (Env.Qi), and Classify takes them:
// every consumer maps rows to positions through this one function.
func QueryOffset(m, n int) int { return n - m }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Eval evaluates p at env.
func (p Program) Eval(env *Env) float64 {
	var stack [32]float64
	st := stack[:0]
	pop := func() float64 { x := st[len(st)-1]; st = st[:len(st)-1]; return x }
	for _, in := range p {
		switch in.Op {
		case OpNum:
			st = append(st, in.Num)
		case OpS:
			st = append(st, env.S)
		case OpQi:
			st = append(st, env.Qi)
		case OpKi:
			st = append(st, env.Ki)
		case OpH:
			st = append(st, env.H)
		case OpCausal:
			st = append(st, b2f(env.Ki <= env.Qi))
		case OpWindow:
			w := pop()
			st = append(st, b2f(env.Qi-env.Ki < w))
		case OpSink:
			n := pop()
			st = append(st, b2f(env.Ki < n))
		case OpNeg, OpNot, OpExp, OpLog, OpTanh, OpRsqrt:
			x := pop()
			st = append(st, unary(in.Op, x))
		case OpWhere:
			y, x, c := pop(), pop(), pop()
			if c != 0 {
				st = append(st, x)
			} else {
				st = append(st, y)
			}
		default:
			y, x := pop(), pop()
			st = append(st, binary(in.Op, x, y))
		}
	}
	return st[len(st)-1]
}

func unary(op Op, x float64) float64 {
	switch op {
	case OpNeg:
		return -x
	case OpNot:
		return b2f(x == 0)
	case OpExp:
		return math.Exp(x)
	case OpLog:
		return math.Log(x)
	case OpTanh:
		return math.Tanh(x)
	case OpRsqrt:
		return 1 / math.Sqrt(x)
	}
	panic(fmt.Sprintf("BUG: unary op %d", op))
}

func binary(op Op, x, y float64) float64 {
	switch op {
	case OpAdd:
		return x + y
	case OpSub:
		return x - y
	case OpMul:
		return x * y
	case OpDiv:
		return x / y
	case OpLt:
		return b2f(x < y)
	case OpLe:
		return b2f(x <= y)
	case OpGt:
		return b2f(x > y)
	case OpGe:
		return b2f(x >= y)
	case OpEq:
		return b2f(x == y)
	case OpNe:
		return b2f(x != y)
	case OpAnd:
		return b2f(x != 0 && y != 0)
	case OpOr:
		return b2f(x != 0 || y != 0)
	case OpMax:
		return math.Max(x, y)
	case OpMin:
		return math.Min(x, y)
	}
	panic(fmt.Sprintf("BUG: binary op %d", op))
}

// Class says how a mask treats a whole tile of (query, key) pairs.
type Class uint8

// Tile classes. Partial means "some pairs may be allowed and some masked":
// the classification is conservative, never wrong.
const (
	Empty Class = iota
	Partial
	Full
)

func (c Class) String() string { return [...]string{"empty", "partial", "full"}[c] }

// Interval is a closed range of reals; booleans are sub-ranges of [0, 1].
type Interval struct{ Lo, Hi float64 }

func point(x float64) Interval { return Interval{x, x} }

var (
	unknownBool = Interval{0, 1}
	everything  = Interval{math.Inf(-1), math.Inf(1)}
)

func boolIv(canFalse, canTrue bool) Interval {
	switch {
	case canTrue && canFalse:
		return unknownBool
	case canTrue:
		return point(1)
	}
	return point(0)
}

func less(x, y Interval) Interval   { return boolIv(x.Hi >= y.Lo, x.Lo < y.Hi) }
func lessEq(x, y Interval) Interval { return boolIv(x.Hi > y.Lo, x.Lo <= y.Hi) }
func sub(x, y Interval) Interval    { return Interval{x.Lo - y.Hi, x.Hi - y.Lo} }

// Classify classifies the tile of query positions [q0, q1] and keys
// [k0, k1] (inclusive; positions, not rows: QueryOffset) of head h under
// the mask p; a nil Program allows everything. Positions may be negative.
// Interval arithmetic makes it exact for causal, window and sink masks and
// their conjunctions, and conservative (Partial) otherwise.
func (p Program) Classify(h, q0, q1, k0, k1 int) Class {
	if p == nil {
		return Full
	}
	iv := p.Interval(Interval{float64(q0), float64(q1)}, Interval{float64(k0), float64(k1)}, point(float64(h)))
	switch {
	case iv.Hi == 0 && iv.Lo == 0:
		return Empty
	case iv.Lo > 0:
		return Full
	}
	return Partial
}

// Interval evaluates p over ranges of qi, ki and h (s is unbounded).
func (p Program) Interval(qi, ki, h Interval) Interval {
	var stack [32]Interval
	st := stack[:0]
	pop := func() Interval { x := st[len(st)-1]; st = st[:len(st)-1]; return x }
	for _, in := range p {
		switch in.Op {
		case OpNum:
			st = append(st, point(in.Num))
		case OpS:
			st = append(st, everything)
		case OpQi:
			st = append(st, qi)
		case OpKi:
			st = append(st, ki)
		case OpH:
			st = append(st, h)
		case OpCausal:
			st = append(st, lessEq(ki, qi))
		case OpWindow:
			st = append(st, less(sub(qi, ki), pop()))
		case OpSink:
			st = append(st, less(ki, pop()))
		case OpNeg:
			x := pop()
			st = append(st, Interval{-x.Hi, -x.Lo})
		case OpNot:
			x := pop()
			st = append(st, boolIv(x.Hi != 0, x.Lo == 0))
		case OpExp:
			x := pop()
			st = append(st, Interval{math.Exp(x.Lo), math.Exp(x.Hi)})
		case OpTanh:
			x := pop()
			st = append(st, Interval{math.Tanh(x.Lo), math.Tanh(x.Hi)})
		case OpLog, OpRsqrt:
			pop()
			st = append(st, everything)
		case OpWhere:
			y, x, c := pop(), pop(), pop()
			switch {
			case c.Lo > 0:
				st = append(st, x)
			case c.Hi == 0:
				st = append(st, y)
			default:
				st = append(st, Interval{math.Min(x.Lo, y.Lo), math.Max(x.Hi, y.Hi)})
			}
		default:
			y, x := pop(), pop()
			st = append(st, intervalBinary(in.Op, x, y))
		}
	}
	return st[len(st)-1]
}

func intervalBinary(op Op, x, y Interval) Interval {
	switch op {
	case OpAdd:
		return Interval{x.Lo + y.Lo, x.Hi + y.Hi}
	case OpSub:
		return sub(x, y)
	case OpMul:
		p := []float64{x.Lo * y.Lo, x.Lo * y.Hi, x.Hi * y.Lo, x.Hi * y.Hi}
		lo, hi := p[0], p[0]
		for _, v := range p[1:] {
			if math.IsNaN(v) {
				return everything
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		if math.IsNaN(p[0]) {
			return everything
		}
		return Interval{lo, hi}
	case OpLt:
		return less(x, y)
	case OpLe:
		return lessEq(x, y)
	case OpGt:
		return less(y, x)
	case OpGe:
		return lessEq(y, x)
	case OpEq:
		if x.Lo == x.Hi && y.Lo == y.Hi {
			return boolIv(x.Lo != y.Lo, x.Lo == y.Lo)
		}
		return boolIv(true, !(x.Hi < y.Lo || y.Hi < x.Lo))
	case OpNe:
		if x.Lo == x.Hi && y.Lo == y.Hi {
			return boolIv(x.Lo == y.Lo, x.Lo != y.Lo)
		}
		return boolIv(!(x.Hi < y.Lo || y.Hi < x.Lo), true)
	case OpAnd:
		return boolIv(x.Lo == 0 || y.Lo == 0, x.Hi > 0 && y.Hi > 0)
	case OpOr:
		return boolIv(x.Lo == 0 && y.Lo == 0, x.Hi > 0 || y.Hi > 0)
	case OpMax:
		return Interval{math.Max(x.Lo, y.Lo), math.Max(x.Hi, y.Hi)}
	case OpMin:
		return Interval{math.Min(x.Lo, y.Lo), math.Min(x.Hi, y.Hi)}
	}
	return everything
}

// Check verifies p is a well-formed expression: known instructions, every
// operand on the stack when an instruction pops it, one value left at the
// end, and no deeper than Eval's stack. Programs the compiler writes pass;
// a plan read from a file is checked before anything evaluates it.
func (p Program) Check() error {
	depth := 0
	for i, in := range p {
		pops, pushes := 2, 1
		switch in.Op {
		case OpNum, OpS, OpQi, OpKi, OpH, OpCausal:
			pops = 0
		case OpWindow, OpSink, OpNeg, OpNot, OpExp, OpLog, OpTanh, OpRsqrt:
			pops = 1
		case OpWhere:
			pops = 3
		default:
			if int(in.Op) >= len(opNames) {
				return fmt.Errorf("mask program: instruction %d: unknown op %d", i, in.Op)
			}
		}
		if depth < pops {
			return fmt.Errorf("mask program: instruction %d (%s) pops %d values, the stack holds %d", i, in.Op, pops, depth)
		}
		depth += pushes - pops
		if depth > 32 {
			return fmt.Errorf("mask program: deeper than 32 values at instruction %d", i)
		}
	}
	if len(p) > 0 && depth != 1 {
		return fmt.Errorf("mask program leaves %d values, want 1", depth)
	}
	return nil
}
