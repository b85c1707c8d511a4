package frontend

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/attnc/attnc/ir"
)

// Options configure Compile.
type Options struct {
	// CheckPass validates one schedule line (pass name and arguments); the
	// driver passes passes.Check. Nil accepts every line.
	CheckPass func(ir.PassCall) error
}

// Program is a checked .attn file: graph IR for its kernels and the
// schedules written for them.
type Program struct {
	Module    *ir.Module
	Schedules map[string][]ir.PassCall
}

// Compile parses, resolves and shape-checks one .attn file and builds its
// graph IR. All errors of the file come back at once as an ir.ErrorList.
func Compile(filename string, src []byte, opts Options) (*Program, error) {
	file, err := ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return Check(file, opts)
}

// Check resolves names, checks shapes and builds graph IR for a parsed file.
func Check(file *File, opts Options) (*Program, error) {
	c := &checker{opts: opts}
	prog := &Program{Module: &ir.Module{}, Schedules: map[string][]ir.PassCall{}}
	kernels := map[string]*Kernel{}
	for _, k := range file.Kernels {
		if prev := kernels[k.Name]; prev != nil {
			c.errs.Add(k.Pos, "kernel %s redeclared (first declared at %s)", k.Name, prev.Pos.Short())
			continue
		}
		kernels[k.Name] = k
		if f := c.kernel(k); f != nil {
			prog.Module.Funcs = append(prog.Module.Funcs, f)
		}
	}
	seen := map[string]*Schedule{}
	for _, s := range file.Schedules {
		switch {
		case kernels[s.Kernel] == nil:
			c.errs.Add(s.KernelPos, "schedule for unknown kernel %s", s.Kernel)
			continue
		case seen[s.Kernel] != nil:
			c.errs.Add(s.KernelPos, "second schedule for kernel %s (first at %s)", s.Kernel, seen[s.Kernel].Pos.Short())
			continue
		}
		seen[s.Kernel] = s
		for _, call := range s.Passes {
			if opts.CheckPass != nil {
				c.addErr(opts.CheckPass(call), call.Pos)
			}
		}
		prog.Schedules[s.Kernel] = s.Passes
	}
	if err := c.errs.Err(); err != nil {
		return nil, err
	}
	return prog, nil
}

type checker struct {
	opts Options
	errs ir.ErrorList
}

// addErr merges err into the list: positioned errors keep their positions,
// others are placed at pos.
func (c *checker) addErr(err error, pos ir.Pos) {
	if err == nil {
		return
	}
	var list ir.ErrorList
	if errors.As(err, &list) {
		c.errs = append(c.errs, list...)
		return
	}
	c.errs.Add(pos, "%v", err)
}

// binding is what a name in a kernel body refers to.
type binding struct {
	val  *ir.Value
	decl ir.Pos // where the name was declared or last assigned
}

// kernelScope holds the state of building one kernel.
type kernelScope struct {
	c     *checker
	f     *ir.Func
	env   map[string]binding
	frame ir.Shape // the score tensor's shape [H, M, N], once a q·kᵀ exists
	cur   *scores  // the latest scores q·kᵀ, which qi, ki and h index
	// fromScores maps a value computed from scores q·kᵀ to them, so that
	// p @ v can check v against k; fromIndex maps a value computed from
	// qi, ki or h (and no scores) to the scores they index.
	fromScores, fromIndex map[*ir.Value]*scores
}

// scores describes a q·kᵀ for messages: where it is, how it is written, and
// its k: its heads and how messages name it.
type scores struct {
	pos   ir.Pos
	text  string
	heads ir.Dim
	key   string
	decl  ir.Pos
}

func (c *checker) kernel(k *Kernel) *ir.Func {
	nerr := len(c.errs)
	f := &ir.Func{Name: k.Name, Pos: k.Pos}
	ks := &kernelScope{c: c, f: f, env: map[string]binding{}, fromScores: map[*ir.Value]*scores{}, fromIndex: map[*ir.Value]*scores{}}
	syms := map[string]bool{}
	var lens *Param // the keys' lengths (ir.KeyLengths), when declared
	for _, p := range k.Params {
		t, ok := c.typeExpr(p.Type, true)
		if ok && t.DType == ir.I32 {
			ok = c.keyLengths(p, t, lens)
			if ok {
				lens = p
			}
		}
		for _, d := range p.Type.Dims {
			if d.Name != "" {
				syms[d.Name] = true
			}
		}
		if prev, dup := ks.env[p.Name]; dup {
			c.errs.Add(p.Pos, "parameter %s redeclared (first at %s)", p.Name, prev.decl.Short())
			continue
		}
		if !ok {
			// Already reported; uses of p report nothing more.
			ks.env[p.Name] = binding{nil, p.Pos}
			continue
		}
		v := &ir.Value{Op: ir.OpParam, Name: p.Name, Type: t, Pos: p.Pos}
		f.Params = append(f.Params, v)
		ks.env[p.Name] = binding{v, p.Pos}
	}
	rt, ok := c.typeExpr(k.Result, false)
	if ok {
		for _, d := range k.Result.Dims {
			if d.Name != "" && !syms[d.Name] {
				c.errs.Add(d.Pos, "result dim %s is not a dim of any parameter, so its size is unknown", d.Name)
			}
		}
	}
	f.ResultType = rt
	var ret *ReturnStmt
	for _, st := range k.Body {
		if ret != nil {
			c.errs.Add(stmtPos(st), "statement after return")
			break
		}
		switch st := st.(type) {
		case *AssignStmt:
			if _, isParam := paramNamed(k, st.Name); isParam {
				c.errs.Add(st.Pos, "cannot assign to parameter %s", st.Name)
				continue
			}
			if reserved[st.Name] {
				c.errs.Add(st.Pos, "%s is reserved and cannot be assigned", st.Name)
				continue
			}
			if v := ks.expr(st.X); v != nil {
				ks.env[st.Name] = binding{v, st.Pos}
			} else {
				ks.env[st.Name] = binding{nil, st.Pos} // already reported
			}
		case *ReturnStmt:
			ret = st
			f.Result = ks.result(st, k)
		}
	}
	if ret == nil {
		c.errs.Add(k.Pos, "kernel %s has no return statement", k.Name)
	}
	if lens != nil && ks.cur == nil && len(c.errs) == nerr {
		c.errs.Add(lens.Pos, "%s gives the keys' lengths, but kernel %s computes no scores q @ k^T whose keys they could be", lens.Name, k.Name)
	}
	if len(c.errs) > nerr {
		return nil
	}
	return f
}

func paramNamed(k *Kernel, name string) (*Param, bool) {
	for _, p := range k.Params {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

func stmtPos(s Stmt) ir.Pos {
	switch s := s.(type) {
	case *AssignStmt:
		return s.Pos
	case *ReturnStmt:
		return s.Pos
	}
	return ir.Pos{}
}

// reserved names have a meaning inside expressions.
var reserved = map[string]bool{"qi": true, "ki": true, "h": true, "inf": true, "causal": true}

// keyLengths checks an i32 parameter: the keys' valid lengths, one per
// sequence (ir.KeyLengths), of rank 1 and at most one per kernel.
func (c *checker) keyLengths(p *Param, t ir.Type, prev *Param) bool {
	switch {
	case !ir.IsKeyLengths(t):
		c.errs.Add(p.Type.Pos, "%s is %s: an i32 parameter gives the keys' valid lengths, one per sequence: i32[B]", p.Name, t)
		return false
	case prev != nil:
		c.errs.Add(p.Pos, "%s and %s both give the keys' lengths (%s declared at %s); a kernel has one", prev.Name, p.Name, prev.Name, prev.Pos.Short())
		return false
	}
	return true
}

// typeExpr checks a declared type; param says it is a parameter's, which
// may also be i32: the keys' lengths.
func (c *checker) typeExpr(t *TypeExpr, param bool) (ir.Type, bool) {
	dt, ok := ir.ParseDType(t.DType)
	if !ok || !dt.IsFloat() && !(param && dt == ir.I32) { // bool is the compiler's own
		c.errs.Add(t.DTypePos, "unknown element type %q (want f32, f16 or bf16)", t.DType)
		return ir.Type{}, false
	}
	out := ir.Type{DType: dt, Shape: ir.Shape{}}
	for _, d := range t.Dims {
		if d.Name != "" {
			out.Shape = append(out.Shape, ir.Sym(d.Name))
			continue
		}
		if d.Size <= 0 {
			c.errs.Add(d.Pos, "dimension must be positive, got %d", d.Size)
			return ir.Type{}, false
		}
		if d.Size > ir.MaxElements {
			c.errs.Add(d.Pos, "dimension %d is too large: a tensor holds at most %d elements", d.Size, ir.MaxElements)
			return ir.Type{}, false
		}
		out.Shape = append(out.Shape, ir.Fixed(d.Size))
	}
	// Each dim is at most MaxElements, so the product of the fixed dims
	// does not overflow before it passes the limit; big.Int gives the
	// message its exact count.
	n := big.NewInt(1)
	for _, d := range out.Shape {
		if d.Sym == "" {
			n.Mul(n, big.NewInt(int64(d.Size)))
		}
	}
	if n.Cmp(big.NewInt(ir.MaxElements)) > 0 {
		c.errs.Add(t.Pos, "%s has %s elements, more than %d, the most a tensor may hold", out, n, ir.MaxElements)
		return ir.Type{}, false
	}
	return out, true
}

// result checks the returned value against the declared result type and
// converts it to the declared element type.
func (ks *kernelScope) result(st *ReturnStmt, k *Kernel) *ir.Value {
	v := ks.expr(st.X)
	if v == nil || ks.f.ResultType.DType == ir.InvalidDType {
		return nil
	}
	want := ks.f.ResultType
	if !v.Type.DType.IsFloat() {
		ks.c.errs.Add(Start(st.X), "kernel %s returns a %s tensor; return a number tensor", k.Name, v.Type.DType)
		return nil
	}
	if !v.Type.Shape.Equal(want.Shape) {
		ks.c.errs.Add(Start(st.X), "kernel %s returns shape %s, but its result is declared %s (at %s)", k.Name, v.Type.Shape, want.Shape, k.Result.Pos.Short())
		return nil
	}
	if v.Type.DType != want.DType {
		cv := ks.f.NewValue(st.Pos, ir.OpConvert, want, v)
		cv.SetAttr("to", want.DType.String())
		return cv
	}
	return v
}

// expr builds the value of e, or returns nil after reporting an error.
func (ks *kernelScope) expr(e Expr) *ir.Value {
	switch e := e.(type) {
	case *Paren:
		return ks.expr(e.X)
	case *Number:
		return ks.constant(e.Pos, e.Value)
	case *Ident:
		return ks.ident(e)
	case *Unary:
		if n, ok := e.X.(*Number); ok && e.Op == "-" {
			return ks.constant(e.Pos, -n.Value)
		}
		x := ks.expr(e.X)
		if x == nil {
			return nil
		}
		op := ir.OpNeg
		if e.Op == "!" {
			op = ir.OpNot
		}
		return ks.op(e.Pos, op, nil, x)
	case *Transpose:
		x := ks.expr(e.X)
		if x == nil {
			return nil
		}
		return ks.op(e.Pos, ir.OpTranspose, nil, x)
	case *Binary:
		return ks.binary(e)
	case *Call:
		return ks.call(e)
	}
	ks.c.errs.Add(e.Position(), "unexpected expression")
	return nil
}

func (ks *kernelScope) constant(pos ir.Pos, x float64) *ir.Value {
	v := ks.f.NewValue(pos, ir.OpConst, ir.TensorOf(ir.F32))
	v.SetAttr("value", x)
	return v
}

func (ks *kernelScope) ident(e *Ident) *ir.Value {
	switch e.Name {
	case "inf":
		return ks.constant(e.Pos, math.Inf(1))
	case "qi", "ki", "h":
		if ks.frame == nil {
			ks.c.errs.Add(e.Pos, "%s indexes the score tensor; use it after the scores are computed (q @ k^T)", e.Name)
			return nil
		}
		shape := ir.Shape{ir.Fixed(1), ir.Fixed(1), ir.Fixed(1)}
		axis := map[string]int{"h": 0, "qi": 1, "ki": 2}[e.Name]
		shape[axis] = ks.frame[axis]
		v := ks.f.NewValue(e.Pos, ir.OpIndex, ir.TensorOf(ir.F32, shape...))
		v.SetAttr("axis", e.Name)
		if e.Name == "qi" && ks.frame[1] != ks.frame[2] {
			// M queries against N keys: query row i sits at i + N − M.
			v.SetAttr("keys", ks.frame[2])
		}
		if ks.cur != nil {
			ks.fromIndex[v] = ks.cur
		}
		return v
	case "causal":
		ks.c.errs.Add(e.Pos, "causal is a mask; use it as mask(s, causal)")
		return nil
	}
	b, ok := ks.env[e.Name]
	if !ok {
		ks.c.errs.Add(e.Pos, "undefined: %s", e.Name)
		return nil
	}
	if b.val != nil && ir.IsKeyLengths(b.val.Type) {
		ks.c.errs.Add(e.Pos, "%s is the keys' lengths (declared at %s), not a value: its keys past them take no part, and qi is i + %s[b] − M", e.Name, b.decl.Short(), e.Name)
		return nil
	}
	return b.val // nil when its definition failed: already reported
}

var binaryOps = map[string]ir.Op{
	"+": ir.OpAdd, "-": ir.OpSub, "*": ir.OpMul, "/": ir.OpDiv, "@": ir.OpMatmul,
	"<": ir.OpLt, "<=": ir.OpLe, ">": ir.OpGt, ">=": ir.OpGe, "==": ir.OpEq, "!=": ir.OpNe,
	"&": ir.OpAnd, "|": ir.OpOr,
}

func (ks *kernelScope) binary(e *Binary) *ir.Value {
	op, ok := binaryOps[e.Op]
	if !ok {
		ks.c.errs.Add(e.Pos, "unknown operator %s", e.Op)
		return nil
	}
	x, y := ks.expr(e.X), ks.expr(e.Y)
	if x == nil || y == nil {
		return nil
	}
	if op == ir.OpMatmul {
		return ks.matmul(e, x, y)
	}
	v := ks.op(e.Pos, op, nil, x, y)
	if v != nil && (op == ir.OpMul || op == ir.OpDiv) {
		ks.checkScale(e, op, x, y)
	}
	return v
}

// checkScale reports a constant factor of the scores (s * c, c * s, s / c)
// that is not finite. The interpreter would make every score infinite or
// NaN, and the backends compile the scale as a constant of the tile
// kernels, where it must be a number.
func (ks *kernelScope) checkScale(e *Binary, op ir.Op, x, y *ir.Value) {
	c, cexpr, scores := y, e.Y, x
	if op == ir.OpMul && ks.fromScores[x] == nil {
		c, cexpr, scores = x, e.X, y
	}
	if ks.fromScores[scores] == nil {
		return
	}
	k, ok := constValue(c)
	if !ok {
		return
	}
	scale, text := k, sourceText(cexpr)
	if op == ir.OpDiv {
		scale, text = 1/k, "1 / "+text
		if _, paren := cexpr.(*Paren); !paren && !isAtom(cexpr) {
			text = "1 / (" + sourceText(cexpr) + ")"
		}
	}
	if math.IsInf(scale, 0) || math.IsNaN(scale) {
		name := map[bool]string{true: "+Inf", false: "-Inf"}[scale > 0]
		if math.IsNaN(scale) {
			name = "NaN"
		}
		ks.c.errs.Add(Start(cexpr), "scale %s is %s: a constant factor of the scores must be finite", text, name)
	} else if math.Abs(scale) > math.MaxFloat32 {
		// The kernels compute scores in f32: this factor would be ±Inf there.
		ks.c.errs.Add(Start(cexpr), "scale %s is %g, beyond float32's range (%g): the kernels compute scores in f32", text, scale, math.MaxFloat32)
	}
}

// isAtom reports whether e prints without operators at its top.
func isAtom(e Expr) bool {
	switch e.(type) {
	case *Number, *Ident, *Call:
		return true
	}
	return false
}

// constValue folds a value computed from constants alone, as the
// interpreter evaluates it; ok is false when it depends on anything else.
func constValue(v *ir.Value) (x float64, ok bool) {
	if v.Op == ir.OpConst {
		return v.Float("value"), true
	}
	args := make([]float64, len(v.Args))
	for i, a := range v.Args {
		if args[i], ok = constValue(a); !ok {
			return 0, false
		}
	}
	switch v.Op {
	case ir.OpNeg:
		return -args[0], true
	case ir.OpRsqrt:
		return 1 / math.Sqrt(args[0]), true
	case ir.OpExp:
		return math.Exp(args[0]), true
	case ir.OpLog:
		return math.Log(args[0]), true
	case ir.OpTanh:
		return math.Tanh(args[0]), true
	case ir.OpAdd:
		return args[0] + args[1], true
	case ir.OpSub:
		return args[0] - args[1], true
	case ir.OpMul:
		return args[0] * args[1], true
	case ir.OpDiv:
		return args[0] / args[1], true
	case ir.OpMax:
		return math.Max(args[0], args[1]), true
	case ir.OpMin:
		return math.Min(args[0], args[1]), true
	}
	return 0, false
}

// matmul checks a @ b with messages that name both operands and where the
// other one was declared.
func (ks *kernelScope) matmul(e *Binary, a, b *ir.Value) *ir.Value {
	if a.Type.Rank() >= 2 && b.Type.Rank() == a.Type.Rank() {
		_, ka, kb, _ := ir.MatmulDims(a.Type.Shape, b.Type.Shape, false)
		if ka != kb {
			an, ad := ks.describe(e.X)
			bn, _ := ks.describe(e.Y)
			what := "inner dim"
			if isTransposeOfParam(e.Y) {
				what = "head dim"
			}
			msg := fmt.Sprintf("%s has %s %s, %s has %s", bn, what, kb, an, ka)
			if ad.IsValid() {
				msg += fmt.Sprintf(" (%s declared at %s)", an, ad.Short())
			}
			ks.c.errs.Add(e.Pos, "%s", msg)
			return nil
		}
	}
	if sc := ks.fromScores[a]; sc != nil && a.Type.Rank() == 3 && b.Type.Rank() == 3 && b.Type.Shape[0] != sc.heads {
		// p @ v with p computed from q·kᵀ is attention: v's rows are k's
		// rows, so both have the same heads (q's heads may group them).
		bn, _ := ks.describe(e.Y)
		msg := fmt.Sprintf("%s has heads %s, %s has %s", bn, b.Type.Shape[0], sc.key, sc.heads)
		if sc.decl.IsValid() {
			msg += fmt.Sprintf(" (%s declared at %s)", sc.key, sc.decl.Short())
		}
		ks.c.errs.Add(e.Pos, "%s", msg)
		return nil
	}
	v := ks.op(e.Pos, ir.OpMatmul, nil, a, b)
	if v != nil && v.Type.Rank() == 3 && ks.frame == nil {
		ks.frame = v.Type.Shape
	}
	if v != nil && v.Type.Rank() == 3 && isTransposeOfParam(e.Y) {
		// New scores: from here on qi, ki and h index them.
		kn, kd := ks.describe(e.Y)
		sc := &scores{pos: e.Pos, text: sourceText(e), heads: b.Type.Shape[0], key: kn, decl: kd}
		ks.fromScores[v], ks.cur, ks.frame = sc, sc, v.Type.Shape
	}
	return v
}

func isTransposeOfParam(e Expr) bool {
	_, ok := e.(*Transpose)
	return ok
}

// describe names an operand for messages: its variable name and where it
// was declared, or a description of the expression.
func (ks *kernelScope) describe(e Expr) (string, ir.Pos) {
	for {
		switch x := e.(type) {
		case *Paren:
			e = x.X
			continue
		case *Transpose:
			e = x.X
			continue
		case *Ident:
			return x.Name, ks.env[x.Name].decl
		}
		return sourceText(e), ir.Pos{}
	}
}

var calls = map[string]struct {
	op    ir.Op
	arity int
}{
	"softmax": {ir.OpSoftmax, 1}, "exp": {ir.OpExp, 1}, "log": {ir.OpLog, 1}, "tanh": {ir.OpTanh, 1},
	"rsqrt": {ir.OpRsqrt, 1}, "max": {ir.OpMax, 2}, "min": {ir.OpMin, 2}, "where": {ir.OpWhere, 3},
	"mask": {ir.OpMask, 2},
}

func knownCalls() string {
	var names []string
	for n := range calls {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func (ks *kernelScope) call(e *Call) *ir.Value {
	spec, ok := calls[e.Fun]
	if !ok {
		if _, isMask := ir.ExprFuncs[e.Fun]; isMask {
			ks.c.errs.Add(e.Pos, "%s is a mask; use it as mask(s, %s(...))", e.Fun, e.Fun)
		} else {
			ks.c.errs.Add(e.Pos, "unknown function %s (known: %s)", e.Fun, knownCalls())
		}
		return nil
	}
	if len(e.Args) != spec.arity {
		ks.c.errs.Add(e.Pos, "%s takes %d argument(s), got %d", e.Fun, spec.arity, len(e.Args))
		return nil
	}
	if spec.op == ir.OpMask {
		x := ks.expr(e.Args[0])
		m := ks.maskExpr(e.Args[1])
		if m != nil && !isCondition(m) {
			ks.c.errs.Add(Start(e.Args[1]), "mask must be a condition such as causal or ki <= qi, got the number %s", m)
			return nil
		}
		if x == nil || m == nil {
			return nil
		}
		if x.Type.Rank() < 2 {
			ks.c.errs.Add(Start(e.Args[0]), "mask needs a score tensor of rank >= 2, got %s", x.Type)
			return nil
		}
		attrs := map[string]any{"mask": m}
		return ks.op(e.Pos, ir.OpMask, attrs, x)
	}
	args := make([]*ir.Value, len(e.Args))
	for i, a := range e.Args {
		if args[i] = ks.expr(a); args[i] == nil {
			return nil
		}
	}
	return ks.op(e.Pos, spec.op, nil, args...)
}

// op appends a value and checks its type with the op's rule.
func (ks *kernelScope) op(pos ir.Pos, op ir.Op, attrs map[string]any, args ...*ir.Value) *ir.Value {
	v := ks.f.NewValue(pos, op, ir.Type{}, args...)
	v.Attrs = attrs
	t, err := op.Info().Infer(v)
	if err != nil {
		ks.c.errs.Add(pos, "%v", err)
		ks.f.Values = ks.f.Values[:len(ks.f.Values)-1]
		return nil
	}
	v.Type = t
	if op != ir.OpMatmul {
		var sc, ix *scores
		for _, x := range args {
			sc = cmp.Or(sc, ks.fromScores[x])
			ix = cmp.Or(ix, ks.fromIndex[x])
		}
		switch {
		case sc != nil && ix != nil && sc != ix:
			ks.c.errs.Add(pos, "qi, ki and h here index the scores %s (at %s), but are combined with the scores %s (at %s)", ix.text, ix.pos.Short(), sc.text, sc.pos.Short())
			ks.f.Values = ks.f.Values[:len(ks.f.Values)-1]
			return nil
		case sc != nil:
			ks.fromScores[v] = sc
		case ix != nil:
			ks.fromIndex[v] = ix
		}
	}
	return v
}

// maskExpr converts the second argument of mask(s, m) into an ir.Expr over
// qi, ki and h.
func (ks *kernelScope) maskExpr(e Expr) *ir.Expr {
	bad := func(pos ir.Pos, format string, args ...any) *ir.Expr {
		ks.c.errs.Add(pos, format, args...)
		return nil
	}
	switch e := e.(type) {
	case *Paren:
		return ks.maskExpr(e.X)
	case *Number:
		return ir.Num(e.Value)
	case *Ident:
		switch e.Name {
		case "qi", "ki", "h":
			return ir.Var(e.Name)
		case "causal":
			return ir.Call("causal")
		case "inf":
			return ir.Num(math.Inf(1))
		}
		return bad(e.Pos, "mask expressions may use qi, ki, h, numbers, causal, window(w) and sink(n), not %s", e.Name)
	case *Unary:
		x := ks.maskExpr(e.X)
		if x == nil {
			return nil
		}
		if e.Op == "!" {
			return ir.Un(ir.ENot, x)
		}
		if x.Op == ir.ENum {
			return ir.Num(-x.Num)
		}
		return ir.Un(ir.ENeg, x)
	case *Binary:
		op, ok := maskBinary[e.Op]
		if !ok {
			return bad(e.Pos, "operator %s is not allowed in a mask", e.Op)
		}
		x, y := ks.maskExpr(e.X), ks.maskExpr(e.Y)
		if x == nil || y == nil {
			return nil
		}
		return ir.Bin(op, x, y)
	case *Call:
		n, ok := ir.ExprFuncs[e.Fun]
		if !ok || e.Fun == "where" {
			return bad(e.Pos, "function %s is not allowed in a mask", e.Fun)
		}
		if len(e.Args) != n {
			return bad(e.Pos, "%s takes %d argument(s), got %d", e.Fun, n, len(e.Args))
		}
		c := ir.Call(e.Fun)
		for _, a := range e.Args {
			x := ks.maskExpr(a)
			if x == nil {
				return nil
			}
			c.Args = append(c.Args, x)
		}
		return c
	}
	return bad(e.Position(), "unexpected expression in mask")
}

var maskBinary = map[string]ir.ExprOp{
	"+": ir.EAdd, "-": ir.ESub, "*": ir.EMul, "/": ir.EDiv,
	"<": ir.ELt, "<=": ir.ELe, ">": ir.EGt, ">=": ir.EGe, "==": ir.EEq, "!=": ir.ENe,
	"&": ir.EAnd, "|": ir.EOr,
}

// isCondition reports whether a mask expression is boolean-valued.
func isCondition(e *ir.Expr) bool {
	switch e.Op {
	case ir.ELt, ir.ELe, ir.EGt, ir.EGe, ir.EEq, ir.ENe:
		return true
	case ir.EAnd, ir.EOr:
		return isCondition(e.Args[0]) && isCondition(e.Args[1])
	case ir.ENot:
		return isCondition(e.Args[0])
	case ir.ECall:
		return e.Name == "causal" || e.Name == "window" || e.Name == "sink"
	}
	return false
}

// sourceText prints e the way it is written in the DSL, for messages.
func sourceText(e Expr) string {
	switch e := e.(type) {
	case *Ident:
		return e.Name
	case *Number:
		return e.Text
	case *Paren:
		return "(" + sourceText(e.X) + ")"
	case *Transpose:
		return sourceText(e.X) + "^T"
	case *Unary:
		return e.Op + sourceText(e.X)
	case *Binary:
		return sourceText(e.X) + " " + e.Op + " " + sourceText(e.Y)
	case *Call:
		args := make([]string, len(e.Args))
		for i, a := range e.Args {
			args[i] = sourceText(a)
		}
		return e.Fun + "(" + strings.Join(args, ", ") + ")"
	}
	return "?"
}
