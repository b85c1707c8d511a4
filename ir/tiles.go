package ir

import (
	"fmt"

	"github.com/attnc/attnc/runtime/sparse"
)

// TileClass says how a mask treats a whole tile of (query, key) pairs.
type TileClass = sparse.Class

// Tile classes. Partial means "some pairs may be allowed and some masked":
// the classification is conservative, never wrong.
const (
	TileEmpty   = sparse.Empty
	TilePartial = sparse.Partial
	TileFull    = sparse.Full
)

// ClassifyTile classifies the tile of queries [q0, q1] and keys [k0, k1]
// (inclusive) of head h under mask; a nil mask allows everything. It runs
// the interval classifier of the run-time library (sparse.Program.Classify)
// on the compiled mask, so the compiler, the interpreter and generated code
// classify alike: exact for causal, window and sink masks and their
// combinations, conservative (Partial) otherwise.
func ClassifyTile(mask *Expr, h, q0, q1, k0, k1 int) TileClass {
	return mask.Program().Classify(h, q0, q1, k0, k1)
}

// IntervalAnalysable reports whether interval classification can prove
// tiles empty or full for e: it must not read the score s.
func IntervalAnalysable(e *Expr) bool {
	return !e.Uses("s")
}

var exprOps = map[ExprOp]sparse.Op{
	ENeg: sparse.OpNeg, ENot: sparse.OpNot, EAdd: sparse.OpAdd, ESub: sparse.OpSub, EMul: sparse.OpMul,
	EDiv: sparse.OpDiv, ELt: sparse.OpLt, ELe: sparse.OpLe, EGt: sparse.OpGt, EGe: sparse.OpGe,
	EEq: sparse.OpEq, ENe: sparse.OpNe, EAnd: sparse.OpAnd, EOr: sparse.OpOr,
}

var funcOps = map[string]sparse.Op{
	"causal": sparse.OpCausal, "window": sparse.OpWindow, "sink": sparse.OpSink, "exp": sparse.OpExp,
	"log": sparse.OpLog, "tanh": sparse.OpTanh, "rsqrt": sparse.OpRsqrt, "max": sparse.OpMax,
	"min": sparse.OpMin, "where": sparse.OpWhere,
}

var varOps = map[string]sparse.Op{"s": sparse.OpS, "qi": sparse.OpQi, "ki": sparse.OpKi, "h": sparse.OpH}

// Program compiles e to the run-time library's postfix form (nil for a nil
// Expr). It panics on an unregistered operator: Verify rejects those first.
func (e *Expr) Program() sparse.Program {
	if e == nil {
		return nil
	}
	var p sparse.Program
	var emit func(x *Expr)
	emit = func(x *Expr) {
		for _, a := range x.Args {
			emit(a)
		}
		switch x.Op {
		case ENum:
			p = append(p, sparse.Instr{Op: sparse.OpNum, Num: x.Num})
		case EVar:
			p = append(p, sparse.Instr{Op: varOps[x.Name]})
		case ECall:
			op, ok := funcOps[x.Name]
			if !ok {
				panic(fmt.Sprintf("BUG: expr function %s not registered", x.Name))
			}
			p = append(p, sparse.Instr{Op: op})
		default:
			op, ok := exprOps[x.Op]
			if !ok {
				panic(fmt.Sprintf("BUG: expr op %d not registered", x.Op))
			}
			p = append(p, sparse.Instr{Op: op})
		}
	}
	emit(e)
	return p
}
