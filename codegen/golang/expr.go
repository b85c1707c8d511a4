package golang

import (
	"fmt"
	"math"
	"strconv"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// goExpr translates a mask or score-mod expression into a Go float64
// expression over the variables s, qi, ki and h (float64s in scope), with
// booleans as 0 and 1 exactly as ir.Expr.Eval computes them, so generated
// masks agree with the interpreter bit for bit.
func goExpr(e *ir.Expr) string {
	a := func(i int) string { return goExpr(e.Args[i]) }
	switch e.Op {
	case ir.ENum:
		return goFloat(e.Num)
	case ir.EVar:
		return e.Name
	case ir.ECall:
		switch e.Name {
		case "causal":
			return "b2f(ki <= qi)"
		case "window":
			return fmt.Sprintf("b2f(qi-ki < %s)", a(0))
		case "sink":
			return fmt.Sprintf("b2f(ki < %s)", a(0))
		case "exp", "log", "tanh":
			return fmt.Sprintf("math.%s(%s)", map[string]string{"exp": "Exp", "log": "Log", "tanh": "Tanh"}[e.Name], a(0))
		case "rsqrt":
			return fmt.Sprintf("(1 / math.Sqrt(%s))", a(0))
		case "max", "min":
			return fmt.Sprintf("math.%s(%s, %s)", map[string]string{"max": "Max", "min": "Min"}[e.Name], a(0), a(1))
		case "where":
			return fmt.Sprintf("where(%s, %s, %s)", a(0), a(1), a(2))
		}
	case ir.ENeg:
		return "(-" + a(0) + ")"
	case ir.ENot:
		return fmt.Sprintf("b2f(%s == 0)", a(0))
	}
	bin := map[ir.ExprOp]string{ir.EAdd: "+", ir.ESub: "-", ir.EMul: "*", ir.EDiv: "/"}
	if op, ok := bin[e.Op]; ok {
		return fmt.Sprintf("(%s %s %s)", a(0), op, a(1))
	}
	cmp := map[ir.ExprOp]string{ir.ELt: "<", ir.ELe: "<=", ir.EGt: ">", ir.EGe: ">=", ir.EEq: "==", ir.ENe: "!="}
	if op, ok := cmp[e.Op]; ok {
		return fmt.Sprintf("b2f(%s %s %s)", a(0), op, a(1))
	}
	switch e.Op {
	case ir.EAnd:
		return fmt.Sprintf("b2f(%s != 0 && %s != 0)", a(0), a(1))
	case ir.EOr:
		return fmt.Sprintf("b2f(%s != 0 || %s != 0)", a(0), a(1))
	}
	panic(fmt.Sprintf("BUG: no Go translation for expr %s", e))
}

// hoistH splits a score modification e into the subexpressions that read
// no variable but h (ALiBi's slope exp(-c·(h+1)), say) and are not a
// leaf — computed once per head instead of once per score — and e with
// each replaced by mc[i]. The same float64 operations give the same bits
// either way.
func hoistH(e *ir.Expr) (*ir.Expr, []*ir.Expr) {
	var consts []*ir.Expr
	var walk func(e *ir.Expr) *ir.Expr
	walk = func(e *ir.Expr) *ir.Expr {
		if e.Op != ir.ENum && e.Op != ir.EVar && onlyH(e) {
			consts = append(consts, e)
			return &ir.Expr{Op: ir.EVar, Name: fmt.Sprintf("mc[%d]", len(consts)-1)}
		}
		c := *e
		c.Args = make([]*ir.Expr, len(e.Args))
		for i, a := range e.Args {
			c.Args[i] = walk(a)
		}
		return &c
	}
	return walk(e), consts
}

// onlyH reports whether e reads no variable but h (the mask calls read qi
// and ki).
func onlyH(e *ir.Expr) bool {
	switch {
	case e.Op == ir.EVar:
		return e.Name == "h"
	case e.Op == ir.ECall && (e.Name == "causal" || e.Name == "window" || e.Name == "sink"):
		return false
	}
	for _, a := range e.Args {
		if !onlyH(a) {
			return false
		}
	}
	return true
}

// goFloat prints x as a Go float64 expression that evaluates to x exactly.
func goFloat(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "math.Inf(1)"
	case math.IsInf(x, -1):
		return "math.Inf(-1)"
	case math.IsNaN(x):
		return "math.NaN()"
	}
	s := strconv.FormatFloat(x, 'g', -1, 64)
	if x < 0 {
		return "(" + s + ")"
	}
	return s
}

// programLiteral prints a compiled mask as a sparse.Program literal.
func programLiteral(e *ir.Expr) string {
	return sparseProgramLiteral(e.Program())
}

// sparseProgramLiteral prints p as a sparse.Program literal (nil: "nil").
// Generated packages import runtime/sparse only, which re-exports
// abi.Program and its Op constants under the same names.
func sparseProgramLiteral(p abi.Program) string {
	if p == nil {
		return "nil"
	}
	s := "sparse.Program{"
	for i, in := range p {
		if i > 0 {
			s += ", "
		}
		s += "{Op: sparse." + in.Op.String()
		if in.Num != 0 {
			s += ", Num: " + goFloat(in.Num)
		}
		s += "}"
	}
	return s + "}"
}
