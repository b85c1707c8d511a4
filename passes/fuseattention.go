package passes

import (
	"math"

	"github.com/attnc/attnc/ir"
)

// fuseAttention finds the dense attention pattern
//
//	S  = matmul q, k transpose_b          (rank 3: [H,M,D] × [G,N,D])
//	S' = elementwise chain over S          (scale, score mods, masks)
//	P  = softmax S'
//	O  = matmul P, v
//
// and replaces O by one attention op whose attributes carry the chain as
// expressions over s, qi, ki and h (DESIGN §3): scale c (a constant factor
// applied to s wherever it occurs), mod (what remains) and mask (masks
// applied last). A mask that precedes a score mod stays inside mod as
// where(m, x, -inf), so the fused op computes exactly the source's dense
// meaning even for mods that do not map -inf to -inf (tanh soft-capping of
// a masked score gives a finite value in the source, and so it does here).
//
// The pattern must own its intermediates: only the chain uses the values
// between S and O. Otherwise fusion would compute them twice, so the graph is left
// as it is.
//
// Before:
//
//	%0 = matmul %q, %k transpose_b : f32[H,N,N]
//	%1 = const value=0.125 : f32[]
//	%2 = mul %0, %1 : f32[H,N,N]
//	%3 = mask %2 mask={causal} : f32[H,N,N]
//	%4 = softmax %3 : f32[H,N,N]
//	%5 = matmul %4, %v : f32[H,N,64]
//
// After:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} : f32[H,N,64]
func fuseAttention(f *ir.Func, a Args) error {
	uses := f.Uses()
	fused := 0
	for _, out := range f.Values {
		if out.Op != ir.OpMatmul || out.Flag("transpose_b") || out.Args[0].Op != ir.OpSoftmax || uses[out.Args[0]] != 1 {
			continue
		}
		m := &matcher{inChain: map[*ir.Value]bool{}}
		root := out.Args[0].Args[0]
		e := m.convert(root)
		if e == nil || m.scores == nil || out.Type.Rank() != 3 || !m.ownsChain(f, root) || !m.positionsAgree() {
			continue
		}
		v := out.Args[1]
		if v.Type.Rank() != 3 {
			continue
		}
		var mask *ir.Expr
		for e.Op == ir.ECall && e.Name == "where" && isNegInf(e.Args[2]) && !e.Args[0].Uses("s") {
			mask = ir.And(e.Args[0], mask)
			e = e.Args[1]
		}
		scale, e := extractScale(e)
		q, k := m.scores.Args[0], m.scores.Args[1]
		out.Op, out.Args, out.Attrs = ir.OpAttention, []*ir.Value{q, k, v}, nil
		if lens := f.KeyLengths(); lens != nil {
			out.Args = append(out.Args, lens) // the keys' valid lengths (ir.KeyLengths)
		}
		out.SetAttr("scale", scale)
		out.SetAttr("mask", mask)
		if !(e.Op == ir.EVar && e.Name == "s") {
			out.SetAttr("mod", e)
		}
		a.Logf("fused %s", out.LongString())
		fused++
		uses = f.Uses()
	}
	if fused > 0 {
		f.DeadCode()
	}
	return unfusedWithLengths(f)
}

// unfusedWithLengths refuses a kernel with key lengths that computes
// anything outside fused attention: only the attention op honours the
// lengths (ir.KeyLengths), so a softmax left over would weigh the keys
// past them.
func unfusedWithLengths(f *ir.Func) error {
	lens := f.KeyLengths()
	if lens == nil {
		return nil
	}
	var errs ir.ErrorList
	for _, v := range f.Values {
		switch v.Op {
		case ir.OpAttention, ir.OpConvert:
		case ir.OpSoftmax, ir.OpMatmul:
			errs.Add(v.Pos, "kernel %s has key lengths (%s at %s), which only fused attention honours, and this %s is not part of one: fuse-attention fuses softmax(scores of q @ k^T) @ v whose intermediates nothing else reads", f.Name, lens.Name, lens.Pos.Short(), v.Op)
		}
	}
	return errs.Err()
}

func isNegInf(e *ir.Expr) bool { return e.Op == ir.ENum && math.IsInf(e.Num, -1) }

// matcher converts an elementwise chain into an Expr over s, qi, ki, h.
type matcher struct {
	inChain map[*ir.Value]bool // the scores matmul and the ops above it
	scores  *ir.Value          // the q·kᵀ matmul at the bottom of the chain
	qis     []*ir.Value        // the chain's qi indexes
}

// positionsAgree reports whether every qi of the chain counts positions as
// the fused op will: query row i at i + N − M for scores [H, M, N]. A qi
// of other scores (another key length) would be read at the wrong
// positions, so the chain is not fused.
func (m *matcher) positionsAgree() bool {
	frame := m.scores.Type.Shape
	for _, v := range m.qis {
		keys, ok := v.DimAttr("keys")
		if !ok {
			keys = v.Type.Shape[1] // no keys=: positions are the rows
		}
		if v.Type.Shape[1] != frame[1] || keys != frame[2] {
			return false
		}
	}
	return true
}

// ownsChain reports whether only the chain itself uses its values (the
// root is used by the softmax alone), so fusing computes nothing twice.
func (m *matcher) ownsChain(f *ir.Func, root *ir.Value) bool {
	for _, v := range f.Values {
		for _, a := range v.Args {
			if m.inChain[a] && !m.inChain[v] && !(a == root && v.Op == ir.OpSoftmax) {
				return false
			}
		}
	}
	return f.Result == nil || !m.inChain[f.Result]
}

var binaryExpr = map[ir.Op]ir.ExprOp{
	ir.OpAdd: ir.EAdd, ir.OpSub: ir.ESub, ir.OpMul: ir.EMul, ir.OpDiv: ir.EDiv,
	ir.OpLt: ir.ELt, ir.OpLe: ir.ELe, ir.OpGt: ir.EGt, ir.OpGe: ir.EGe, ir.OpEq: ir.EEq, ir.OpNe: ir.ENe,
	ir.OpAnd: ir.EAnd, ir.OpOr: ir.EOr,
}

var callExpr = map[ir.Op]string{
	ir.OpExp: "exp", ir.OpLog: "log", ir.OpTanh: "tanh", ir.OpRsqrt: "rsqrt",
	ir.OpMax: "max", ir.OpMin: "min", ir.OpWhere: "where",
}

// convert returns the Expr computing v, or nil when v is not part of a
// fusable chain.
func (m *matcher) convert(v *ir.Value) *ir.Expr {
	switch v.Op {
	case ir.OpConst:
		return ir.Num(v.Float("value"))
	case ir.OpIndex:
		if v.Ident("axis") == "qi" {
			m.qis = append(m.qis, v)
		}
		return ir.Var(v.Ident("axis"))
	case ir.OpMatmul:
		if !v.Flag("transpose_b") || v.Type.Rank() != 3 || m.scores != nil && m.scores != v {
			return nil
		}
		m.scores, m.inChain[v] = v, true
		return ir.Var("s")
	}
	if !v.Op.Info().Elementwise {
		return nil
	}
	m.inChain[v] = true
	args := make([]*ir.Expr, len(v.Args))
	for i, x := range v.Args {
		if args[i] = m.convert(x); args[i] == nil {
			return nil
		}
	}
	switch v.Op {
	case ir.OpNeg:
		return ir.Un(ir.ENeg, args[0])
	case ir.OpNot:
		return ir.Un(ir.ENot, args[0])
	case ir.OpMask:
		return ir.Call("where", v.ExprAttr("mask").Clone(), args[0], ir.Num(math.Inf(-1)))
	}
	if op, ok := binaryExpr[v.Op]; ok {
		return ir.Bin(op, args[0], args[1])
	}
	if name, ok := callExpr[v.Op]; ok {
		return ir.Call(name, args...)
	}
	return nil
}

// extractScale finds a constant c such that every occurrence of s in e is
// s·c, and returns c and e with those products replaced by s. Otherwise it
// returns 1 and e unchanged.
func extractScale(e *ir.Expr) (float64, *ir.Expr) {
	c := math.NaN()
	ok := true
	var find func(x *ir.Expr)
	find = func(x *ir.Expr) {
		if x.Op == ir.EMul && x.Args[0].Op == ir.EVar && x.Args[0].Name == "s" && x.Args[1].Op == ir.ENum {
			if !math.IsNaN(c) && c != x.Args[1].Num {
				ok = false
			}
			c = x.Args[1].Num
			return
		}
		if x.Op == ir.EVar && x.Name == "s" {
			ok = false
		}
		for _, y := range x.Args {
			find(y)
		}
	}
	find(e)
	if !ok || math.IsNaN(c) {
		return 1, e
	}
	var strip func(x *ir.Expr) *ir.Expr
	strip = func(x *ir.Expr) *ir.Expr {
		if x.Op == ir.EMul && x.Args[0].Op == ir.EVar && x.Args[0].Name == "s" && x.Args[1].Op == ir.ENum {
			return ir.Var("s")
		}
		y := *x
		y.Args = make([]*ir.Expr, len(x.Args))
		for i, a := range x.Args {
			y.Args[i] = strip(a)
		}
		return &y
	}
	return c, strip(e)
}
