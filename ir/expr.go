package ir

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Expr is a scalar expression over the index variables of a score tensor:
// s (the score), qi (query position), ki (key position) and h (head). Masks
// and fused score modifications are Exprs held as attributes, so that passes
// can reason about them (classify tiles, skip empty ones) without evaluating
// a tensor. Booleans are 0 and 1.
type Expr struct {
	Op   ExprOp
	Num  float64 // ENum
	Name string  // EVar: s, qi, ki, h; ECall: the function
	Args []*Expr
}

// ExprOp is the operator of an Expr node.
type ExprOp uint8

// Expression operators.
const (
	ENum ExprOp = iota
	EVar
	ECall // causal, window(w), sink(n), exp, log, tanh, rsqrt, max, min, where
	ENeg
	ENot
	EAdd
	ESub
	EMul
	EDiv
	ELt
	ELe
	EGt
	EGe
	EEq
	ENe
	EAnd
	EOr
)

var exprBinary = map[ExprOp]struct {
	sym  string
	prec int
}{
	EOr: {"|", 1}, EAnd: {"&", 2},
	ELt: {"<", 3}, ELe: {"<=", 3}, EGt: {">", 3}, EGe: {">=", 3}, EEq: {"==", 3}, ENe: {"!=", 3},
	EAdd: {"+", 4}, ESub: {"-", 4}, EMul: {"*", 5}, EDiv: {"/", 5},
}

// ExprFuncs lists the functions an Expr may call with their arity.
var ExprFuncs = map[string]int{
	"causal": 0, "window": 1, "sink": 1,
	"exp": 1, "log": 1, "tanh": 1, "rsqrt": 1, "max": 2, "min": 2, "where": 3,
}

// ExprVars lists the variables an Expr may read.
var ExprVars = []string{"s", "qi", "ki", "h"}

// Num returns a number node.
func Num(x float64) *Expr { return &Expr{Op: ENum, Num: x} }

// Var returns a variable node.
func Var(name string) *Expr { return &Expr{Op: EVar, Name: name} }

// Call returns a function-call node.
func Call(name string, args ...*Expr) *Expr { return &Expr{Op: ECall, Name: name, Args: args} }

// Bin returns a binary node.
func Bin(op ExprOp, x, y *Expr) *Expr { return &Expr{Op: op, Args: []*Expr{x, y}} }

// Un returns a unary node (ENeg or ENot).
func Un(op ExprOp, x *Expr) *Expr { return &Expr{Op: op, Args: []*Expr{x}} }

// And conjoins two masks; a nil mask means "everything allowed".
func And(a, b *Expr) *Expr {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return Bin(EAnd, a, b)
}

// Uses reports whether e reads variable name.
func (e *Expr) Uses(name string) bool {
	if e == nil {
		return false
	}
	if e.Op == EVar && e.Name == name {
		return true
	}
	if e.Op == ECall && e.Name == "causal" && (name == "qi" || name == "ki") {
		return true
	}
	if e.Op == ECall && (e.Name == "window") && (name == "qi" || name == "ki") {
		return true
	}
	if e.Op == ECall && e.Name == "sink" && name == "ki" {
		return true
	}
	for _, a := range e.Args {
		if a.Uses(name) {
			return true
		}
	}
	return false
}

// Equal reports whether e and f are the same tree.
func (e *Expr) Equal(f *Expr) bool {
	if e == nil || f == nil {
		return e == f
	}
	if e.Op != f.Op || e.Name != f.Name || len(e.Args) != len(f.Args) {
		return false
	}
	if e.Op == ENum && !(e.Num == f.Num || math.IsNaN(e.Num) && math.IsNaN(f.Num)) {
		return false
	}
	for i := range e.Args {
		if !e.Args[i].Equal(f.Args[i]) {
			return false
		}
	}
	return true
}

// Clone returns a deep copy of e.
func (e *Expr) Clone() *Expr {
	if e == nil {
		return nil
	}
	c := *e
	c.Args = make([]*Expr, len(e.Args))
	for i, a := range e.Args {
		c.Args[i] = a.Clone()
	}
	return &c
}

// FormatNum prints a float so that parsing it gives the same float.
func FormatNum(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

func (e *Expr) String() string {
	var b strings.Builder
	e.print(&b, 0)
	return b.String()
}

// print writes e, parenthesised when its precedence is below prec.
func (e *Expr) print(b *strings.Builder, prec int) {
	switch e.Op {
	case ENum:
		s := FormatNum(e.Num)
		if e.Num < 0 && prec > 0 {
			s = "(" + s + ")"
		}
		b.WriteString(s)
	case EVar:
		b.WriteString(e.Name)
	case ECall:
		b.WriteString(e.Name)
		if len(e.Args) == 0 && ExprFuncs[e.Name] == 0 {
			return
		}
		b.WriteByte('(')
		for i, a := range e.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			a.print(b, 0)
		}
		b.WriteByte(')')
	case ENeg, ENot:
		if prec > 6 {
			b.WriteByte('(')
		}
		if e.Op == ENeg {
			b.WriteByte('-')
		} else {
			b.WriteByte('!')
		}
		// A unary operand of a unary op needs no parentheses (!!x, -!x):
		// printing them would nest the text deeper than the source was.
		inner := 7
		if op := e.Args[0].Op; op == ENeg || op == ENot {
			inner = 6
		}
		e.Args[0].print(b, inner)
		if prec > 6 {
			b.WriteByte(')')
		}
	default:
		info, ok := exprBinary[e.Op]
		if !ok {
			panic(fmt.Sprintf("BUG: expr op %d not registered", e.Op))
		}
		if info.prec < prec {
			b.WriteByte('(')
		}
		// Left-associative: the right operand needs parentheses at equal
		// precedence; comparisons are non-associative, so both sides do.
		lp := info.prec
		if info.prec == 3 {
			lp = 4
		}
		e.Args[0].print(b, lp)
		b.WriteString(" " + info.sym + " ")
		e.Args[1].print(b, info.prec+1)
		if info.prec < prec {
			b.WriteByte(')')
		}
	}
}

// ParseExpr parses the text form of an Expr (the inverse of String).
func ParseExpr(src string) (*Expr, error) {
	p := &exprParser{src: src}
	p.next()
	e := p.expr(1)
	if p.err == nil && p.tok != "" {
		p.fail("unexpected %q", p.tok)
	}
	if p.err != nil {
		return nil, p.err
	}
	return e, nil
}

type exprParser struct {
	src   string
	off   int // offset after tok
	start int // offset of tok
	tok   string
	depth int
	err   error
}

func (p *exprParser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("expression %q at offset %d: %s", p.src, p.start, fmt.Sprintf(format, args...))
	}
	p.tok = ""
}

func (p *exprParser) next() {
	s := p.src
	i := p.off
	for i < len(s) && s[i] == ' ' {
		i++
	}
	p.start = i
	if i >= len(s) {
		p.tok, p.off = "", i
		return
	}
	j := i + 1
	c := s[i]
	switch {
	case isLetter(c):
		for j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
			j++
		}
	case isDigit(c) || c == '.':
		for j < len(s) && (isDigit(s[j]) || s[j] == '.' || s[j] == 'e' || s[j] == 'E' ||
			(s[j] == '-' || s[j] == '+') && (s[j-1] == 'e' || s[j-1] == 'E')) {
			j++
		}
	case strings.ContainsRune("<>=!", rune(c)) && j < len(s) && s[j] == '=':
		j++
	}
	p.tok, p.off = s[i:j], j
}

func isLetter(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

func (p *exprParser) expr(prec int) *Expr {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > 200 {
		p.fail("nested too deeply")
		return Num(0)
	}
	x := p.unary()
	for p.err == nil {
		op, info, ok := lookupBinary(p.tok)
		if !ok || info < prec {
			return x
		}
		p.next()
		y := p.expr(info + 1)
		x = Bin(op, x, y)
		if info == 3 {
			if _, i2, ok := lookupBinary(p.tok); ok && i2 == 3 {
				p.fail("comparisons do not chain")
			}
		}
	}
	return x
}

func lookupBinary(tok string) (ExprOp, int, bool) {
	for op, info := range exprBinary {
		if info.sym == tok {
			return op, info.prec, true
		}
	}
	return 0, 0, false
}

func (p *exprParser) unary() *Expr {
	p.depth++ // prefix operators nest as parentheses do
	defer func() { p.depth-- }()
	if p.depth > 200 {
		p.fail("nested too deeply")
		return Num(0)
	}
	switch p.tok {
	case "-":
		p.next()
		x := p.unary()
		if x.Op == ENum {
			x.Num = -x.Num
			return x
		}
		return Un(ENeg, x)
	case "!":
		p.next()
		return Un(ENot, p.unary())
	}
	return p.primary()
}

func (p *exprParser) primary() *Expr {
	tok := p.tok
	switch {
	case tok == "(":
		p.next()
		x := p.expr(1)
		if p.tok != ")" {
			p.fail("expected )")
			return x
		}
		p.next()
		return x
	case tok == "inf":
		p.next()
		return Num(math.Inf(1))
	case tok == "nan":
		p.next()
		return Num(math.NaN())
	case tok != "" && (isDigit(tok[0]) || tok[0] == '.'):
		x, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			p.fail("bad number %q", tok)
			return Num(0)
		}
		p.next()
		return Num(x)
	case tok != "" && isLetter(tok[0]):
		p.next()
		if n, ok := ExprFuncs[tok]; ok {
			c := Call(tok)
			if n == 0 {
				return c
			}
			if p.tok != "(" {
				p.fail("%s needs %d argument(s)", tok, n)
				return c
			}
			p.next()
			for p.err == nil {
				c.Args = append(c.Args, p.expr(1))
				if p.tok != "," {
					break
				}
				p.next()
			}
			if p.tok != ")" {
				p.fail("expected ) after arguments of %s", tok)
				return c
			}
			p.next()
			if len(c.Args) != n {
				p.fail("%s takes %d argument(s), got %d", tok, n, len(c.Args))
			}
			return c
		}
		for _, v := range ExprVars {
			if v == tok {
				return Var(tok)
			}
		}
		p.fail("unknown name %q", tok)
		return Num(0)
	}
	p.fail("unexpected %q", tok)
	return Num(0)
}

// Env holds the variable values an Expr is evaluated at.
type Env struct{ S, Qi, Ki, H float64 }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Eval evaluates e at env. It is the definition of what every backend
// computes for masks and score modifications.
func (e *Expr) Eval(env *Env) float64 {
	a := e.Args
	switch e.Op {
	case ENum:
		return e.Num
	case EVar:
		switch e.Name {
		case "s":
			return env.S
		case "qi":
			return env.Qi
		case "ki":
			return env.Ki
		case "h":
			return env.H
		}
	case ECall:
		switch e.Name {
		case "causal":
			return b2f(env.Ki <= env.Qi)
		case "window":
			return b2f(env.Qi-env.Ki < a[0].Eval(env))
		case "sink":
			return b2f(env.Ki < a[0].Eval(env))
		case "exp":
			return math.Exp(a[0].Eval(env))
		case "log":
			return math.Log(a[0].Eval(env))
		case "tanh":
			return math.Tanh(a[0].Eval(env))
		case "rsqrt":
			return 1 / math.Sqrt(a[0].Eval(env))
		case "max":
			return math.Max(a[0].Eval(env), a[1].Eval(env))
		case "min":
			return math.Min(a[0].Eval(env), a[1].Eval(env))
		case "where":
			if a[0].Eval(env) != 0 {
				return a[1].Eval(env)
			}
			return a[2].Eval(env)
		}
	case ENeg:
		return -a[0].Eval(env)
	case ENot:
		return b2f(a[0].Eval(env) == 0)
	default:
		x, y := a[0].Eval(env), a[1].Eval(env)
		switch e.Op {
		case EAdd:
			return x + y
		case ESub:
			return x - y
		case EMul:
			return x * y
		case EDiv:
			return x / y
		case ELt:
			return b2f(x < y)
		case ELe:
			return b2f(x <= y)
		case EGt:
			return b2f(x > y)
		case EGe:
			return b2f(x >= y)
		case EEq:
			return b2f(x == y)
		case ENe:
			return b2f(x != y)
		case EAnd:
			return b2f(x != 0 && y != 0)
		case EOr:
			return b2f(x != 0 || y != 0)
		}
	}
	panic(fmt.Sprintf("BUG: cannot evaluate expr %s", e))
}
