package ir

import (
	"fmt"

	"github.com/attnc/attnc/runtime/abi"
)

// TileClass says how a mask treats a whole tile of (query, key) pairs.
type TileClass = abi.Class

// Tile classes. Partial means "some pairs may be allowed and some masked":
// the classification is conservative, never wrong.
const (
	TileEmpty   = abi.Empty
	TilePartial = abi.Partial
	TileFull    = abi.Full
)

// ClassifyTile classifies the tile of query positions [q0, q1] and keys
// [k0, k1] (inclusive) of head h under mask; a nil mask allows everything.
// Positions are rows plus abi.QueryOffset (N − M): with M queries and N
// keys, query row i sits at position i + N − M. It runs
// the interval classifier the run-time library runs too
// (abi.Program.Classify) on the compiled mask, so the compiler, the
// interpreter and generated code classify alike: exact for causal, window
// and sink masks and their combinations, conservative (Partial) otherwise.
func ClassifyTile(mask *Expr, h, q0, q1, k0, k1 int) TileClass {
	return mask.Program().Classify(h, q0, q1, k0, k1)
}

// HasQueryOffset reports whether queries of type q, attending keys of type
// k ([heads, length, dim] each), may sit at positions other than their
// rows: their lengths are different dims (M and N, or two sizes), so query
// row i sits at position i + N − M (abi.QueryOffset). With one dim the
// offset is 0 whatever the run's sizes, and code generators leave it out.
func HasQueryOffset(q, k Type) bool {
	return q.Rank() == 3 && k.Rank() == 3 && q.Shape[1] != k.Shape[1]
}

// IntervalAnalysable reports whether interval classification can prove
// tiles empty or full for e: it must not read the score s.
func IntervalAnalysable(e *Expr) bool {
	return !e.Uses("s")
}

var exprOps = map[ExprOp]abi.Op{
	ENeg: abi.OpNeg, ENot: abi.OpNot, EAdd: abi.OpAdd, ESub: abi.OpSub, EMul: abi.OpMul,
	EDiv: abi.OpDiv, ELt: abi.OpLt, ELe: abi.OpLe, EGt: abi.OpGt, EGe: abi.OpGe,
	EEq: abi.OpEq, ENe: abi.OpNe, EAnd: abi.OpAnd, EOr: abi.OpOr,
}

var funcOps = map[string]abi.Op{
	"causal": abi.OpCausal, "window": abi.OpWindow, "sink": abi.OpSink, "exp": abi.OpExp,
	"log": abi.OpLog, "tanh": abi.OpTanh, "rsqrt": abi.OpRsqrt, "max": abi.OpMax,
	"min": abi.OpMin, "where": abi.OpWhere,
}

var varOps = map[string]abi.Op{"s": abi.OpS, "qi": abi.OpQi, "ki": abi.OpKi, "h": abi.OpH}

// Program compiles e to the postfix form the run-time library runs (nil
// for a nil Expr). It panics on an unregistered operator: Verify rejects
// those first.
func (e *Expr) Program() abi.Program {
	if e == nil {
		return nil
	}
	var p abi.Program
	var emit func(x *Expr)
	emit = func(x *Expr) {
		for _, a := range x.Args {
			emit(a)
		}
		switch x.Op {
		case ENum:
			p = append(p, abi.Instr{Op: abi.OpNum, Num: x.Num})
		case EVar:
			p = append(p, abi.Instr{Op: varOps[x.Name]})
		case ECall:
			op, ok := funcOps[x.Name]
			if !ok {
				panic(fmt.Sprintf("BUG: expr function %s not registered", x.Name))
			}
			p = append(p, abi.Instr{Op: op})
		default:
			op, ok := exprOps[x.Op]
			if !ok {
				panic(fmt.Sprintf("BUG: expr op %d not registered", x.Op))
			}
			p = append(p, abi.Instr{Op: op})
		}
	}
	emit(e)
	return p
}
