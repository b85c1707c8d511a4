package frontend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/attnc/attnc/ir"
)

// File is one parsed .attn file: its kernels and schedules in source order.
type File struct {
	Name      string
	Kernels   []*Kernel
	Schedules []*Schedule
}

// Kernel is `kernel Name(params) -> Result { Body }`.
type Kernel struct {
	Pos    ir.Pos // of the name
	Name   string
	Params []*Param
	Result *TypeExpr
	Body   []Stmt
}

// Param is one kernel parameter, `name: dtype[dims]`.
type Param struct {
	Pos  ir.Pos // of the name
	Name string
	Type *TypeExpr
}

// TypeExpr is `dtype[dims]`. DType is any identifier; the checker decides
// which ones exist.
type TypeExpr struct {
	Pos      ir.Pos // of the dtype
	DType    string
	DTypePos ir.Pos
	Dims     []DimExpr
}

// DimExpr is one dimension of a TypeExpr: a name (a size known at run time)
// or, when Name is "", a fixed positive Size.
type DimExpr struct {
	Pos  ir.Pos
	Name string
	Size int
}

// Stmt is a statement of a kernel body: *AssignStmt or *ReturnStmt.
type Stmt interface{ stmtNode() }

// AssignStmt is `Name = X`. Names may be reassigned (`s = mask(s, causal)`);
// each assignment makes a new value.
type AssignStmt struct {
	Pos  ir.Pos // of the name
	Name string
	X    Expr
}

// ReturnStmt is `return X`.
type ReturnStmt struct {
	Pos ir.Pos // of the keyword
	X   Expr
}

func (*AssignStmt) stmtNode() {}
func (*ReturnStmt) stmtNode() {}

// Expr is an expression node. Position is where errors about the node point:
// the operator for Unary, Binary and Transpose, otherwise its first token.
// Start gives the leftmost position instead.
type Expr interface{ Position() ir.Pos }

// Ident is a name: a variable, a parameter, an index variable (qi, ki, h),
// a mask (causal) or the constant inf.
type Ident struct {
	Pos  ir.Pos
	Name string
}

// Number is a numeric literal. Text keeps the source spelling so printed
// IR and messages show what the user wrote. Literals are never negative;
// -1 is a Unary.
type Number struct {
	Pos   ir.Pos
	Value float64
	Text  string
}

// Unary is `Op X` with Op "-" or "!".
type Unary struct {
	Pos ir.Pos // of the operator
	Op  string
	X   Expr
}

// Binary is `X Op Y`; Op is one of + - * / @ & | == != < <= > >=.
type Binary struct {
	Pos  ir.Pos // of the operator
	Op   string
	X, Y Expr
}

// Transpose is `X^T`, swapping the last two dimensions of X.
type Transpose struct {
	Pos ir.Pos // of ^T
	X   Expr
}

// Call is `Fun(Args)`, both for functions (softmax, exp, mask) and for mask
// constructors (window(w), sink(n)).
type Call struct {
	Pos  ir.Pos // of the function name
	Fun  string
	Args []Expr
}

// Paren is `(X)`. It is kept so positions and printing follow the source;
// it has no meaning of its own.
type Paren struct {
	Pos ir.Pos // of "("
	X   Expr
}

// Schedule is `schedule Kernel { passes }`, the pass pipeline for one kernel.
type Schedule struct {
	Pos       ir.Pos // of the keyword
	Kernel    string
	KernelPos ir.Pos
	Passes    []ir.PassCall
}

// Position returns the position of the name.
func (e *Ident) Position() ir.Pos { return e.Pos }

// Position returns the position of the literal.
func (e *Number) Position() ir.Pos { return e.Pos }

// Position returns the position of the operator.
func (e *Unary) Position() ir.Pos { return e.Pos }

// Position returns the position of the operator, where errors about
// mismatched operands point.
func (e *Binary) Position() ir.Pos { return e.Pos }

// Position returns the position of ^T.
func (e *Transpose) Position() ir.Pos { return e.Pos }

// Position returns the position of the function name.
func (e *Call) Position() ir.Pos { return e.Pos }

// Position returns the position of the opening parenthesis.
func (e *Paren) Position() ir.Pos { return e.Pos }

// Start returns the leftmost position of e: the start of its left operand
// for Binary and Transpose, e.Position() otherwise.
func Start(e Expr) ir.Pos {
	for {
		switch x := e.(type) {
		case *Binary:
			e = x.X
		case *Transpose:
			e = x.X
		default:
			return e.Position()
		}
	}
}

// String prints f as S-expressions, one kernel statement or schedule per
// line, for tests and debugging:
//
//	(kernel f (q f32[H,N,64]) -> f32[H,N,64]
//	  (= s (* (@ q (^T k)) (rsqrt 64)))
//	  (return s))
//	(schedule f tile(q: 64) order(score))
func (f *File) String() string {
	var b strings.Builder
	for _, k := range f.Kernels {
		b.WriteString(k.String())
		b.WriteByte('\n')
	}
	for _, s := range f.Schedules {
		b.WriteString(s.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// String prints k as an S-expression (see File.String).
func (k *Kernel) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "(kernel %s", k.Name)
	for _, p := range k.Params {
		fmt.Fprintf(&b, " (%s %s)", p.Name, p.Type)
	}
	fmt.Fprintf(&b, " -> %s", k.Result)
	for _, s := range k.Body {
		b.WriteString("\n  ")
		switch s := s.(type) {
		case *AssignStmt:
			fmt.Fprintf(&b, "(= %s %s)", s.Name, ExprString(s.X))
		case *ReturnStmt:
			fmt.Fprintf(&b, "(return %s)", ExprString(s.X))
		}
	}
	b.WriteByte(')')
	return b.String()
}

// String prints t in source syntax, f32[H,N,64]; a nil t prints as "?" so
// partial trees from files with errors still print.
func (t *TypeExpr) String() string {
	if t == nil {
		return "?"
	}
	parts := make([]string, len(t.Dims))
	for i, d := range t.Dims {
		parts[i] = d.String()
	}
	return t.DType + "[" + strings.Join(parts, ",") + "]"
}

// String prints d as its name or its size.
func (d DimExpr) String() string {
	if d.Name != "" {
		return d.Name
	}
	return strconv.Itoa(d.Size)
}

// String prints s as (schedule kernel pass...), passes in schedule syntax.
func (s *Schedule) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "(schedule %s", s.Kernel)
	for _, p := range s.Passes {
		b.WriteByte(' ')
		b.WriteString(p.String())
	}
	b.WriteByte(')')
	return b.String()
}

// ExprString prints e as an S-expression with every node explicit:
// (op x y) for Unary and Binary, (^T x), (paren x), (fun args...) for calls,
// and the name or source spelling for leaves.
func ExprString(e Expr) string {
	var b strings.Builder
	writeExpr(&b, e)
	return b.String()
}

func writeExpr(b *strings.Builder, e Expr) {
	switch x := e.(type) {
	case *Ident:
		b.WriteString(x.Name)
	case *Number:
		b.WriteString(x.Text)
	case *Unary:
		b.WriteString("(" + x.Op + " ")
		writeExpr(b, x.X)
		b.WriteByte(')')
	case *Binary:
		b.WriteString("(" + x.Op + " ")
		writeExpr(b, x.X)
		b.WriteByte(' ')
		writeExpr(b, x.Y)
		b.WriteByte(')')
	case *Transpose:
		b.WriteString("(^T ")
		writeExpr(b, x.X)
		b.WriteByte(')')
	case *Call:
		b.WriteString("(" + x.Fun)
		for _, a := range x.Args {
			b.WriteByte(' ')
			writeExpr(b, a)
		}
		b.WriteByte(')')
	case *Paren:
		b.WriteString("(paren ")
		writeExpr(b, x.X)
		b.WriteByte(')')
	case nil:
		b.WriteString("<nil>")
	default:
		fmt.Fprintf(b, "<%T>", e)
	}
}
