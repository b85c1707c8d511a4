package frontend

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir"
)

// parseExpr parses src as the returned expression of a one-line kernel.
func parseExpr(t *testing.T, src string) Expr {
	t.Helper()
	f, err := ParseFile("e.attn", []byte("kernel f(x: f32[N]) -> f32[N] { return "+src+" }"))
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return f.Kernels[0].Body[0].(*ReturnStmt).X
}

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"q @ k^T * rsqrt(128)", "(* (@ q (^T k)) (rsqrt 128))"},
		{"softmax(s) @ v", "(@ (softmax s) v)"},
		{"a + b * c - d", "(- (+ a (* b c)) d)"},
		{"a / b / c", "(/ (/ a b) c)"},
		{"a @ b @ c", "(@ (@ a b) c)"},
		{"-a * b", "(* (- a) b)"},
		{"-k^T", "(- (^T k))"},
		{"--a", "(- (- a))"},
		{"k^T^T", "(^T (^T k))"},
		{"(a + b)^T", "(^T (paren (+ a b)))"},
		{"!causal | window(256) & sink(4)", "(| (! causal) (& (window 256) (sink 4)))"},
		{"causal & (window(256) | sink(4))", "(& causal (paren (| (window 256) (sink 4))))"},
		{"qi - ki < 256 & ki <= qi", "(& (< (- qi ki) 256) (<= ki qi))"},
		{"a == b | c != d", "(| (== a b) (!= c d))"},
		{"a + 1 > b * 2", "(> (+ a 1) (* b 2))"},
		{"a >= b", "(>= a b)"},
		{"s - 0.0625 * (qi - ki)", "(- s (* 0.0625 (paren (- qi ki))))"},
		{"tanh(s / 30) * 30", "(* (tanh (/ s 30)) 30)"},
		{"where(qi >= ki, s, -inf)", "(where (>= qi ki) s (- inf))"},
		{"max(a, b,)", "(max a b)"},
		{"f()", "(f)"},
		{"1e-3 * .5", "(* 1e-3 .5)"},
		{"exp(-0.6931471805599453 * (h + 1))", "(exp (* (- 0.6931471805599453) (paren (+ h 1))))"},
	}
	for _, tt := range tests {
		if got := ExprString(parseExpr(t, tt.src)); got != tt.want {
			t.Errorf("parse %q\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParseFile(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{
			"kernel f(q: bf16[H, N, 128], k: bf16[G,N,128],) -> f32[H,N,N] { s = q @ k^T; t = s return t }",
			"(kernel f (q bf16[H,N,128]) (k bf16[G,N,128]) -> f32[H,N,N]\n  (= s (@ q (^T k)))\n  (= t s)\n  (return t))\n",
		},
		{
			// Statements need no separator, and a statement may span lines.
			"kernel f() -> f32[] {\n  s = a +\n      b\n  ;;\n  return s\n}",
			"(kernel f -> f32[]\n  (= s (+ a b))\n  (return s))\n",
		},
		{
			"schedule prefill {\n tile(q: 64, k: 64)\n score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])\n\n order(score)\n early_stop(eps: 1e-3)\n}\n" +
				"schedule g {}\nschedule h { fuse-attention; ; }",
			"(schedule prefill tile(q: 64, k: 64) score(antidiagonal, stride: 8) select(mass: 0.9, keep: [sink, diagonal]) order(score) early_stop(eps: 1e-3))\n" +
				"(schedule g)\n(schedule h fuse-attention)\n",
		},
	}
	for _, tt := range tests {
		f, err := ParseFile("t.attn", []byte(tt.src))
		if err != nil {
			t.Errorf("parse %q: %v", tt.src, err)
			continue
		}
		if got := f.String(); got != tt.want {
			t.Errorf("parse %q\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	src := "kernel f(q: f32[H, 64]) -> f32[H, 64] {\n  s = q @ k^T * rsqrt(64)\n  return -(s)\n}\nschedule f {\n  tile(q: 64, [local(2)])\n}\n"
	f, err := ParseFile("p.attn", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	k := f.Kernels[0]
	assign := k.Body[0].(*AssignStmt)
	mul := assign.X.(*Binary)
	mm := mul.X.(*Binary)
	ret := k.Body[1].(*ReturnStmt)
	s := f.Schedules[0]
	arg1 := s.Passes[0].Args[1]
	tests := []struct {
		what string
		got  ir.Pos
		want string
	}{
		{"kernel", k.Pos, "1:8"},
		{"param", k.Params[0].Pos, "1:10"},
		{"param type", k.Params[0].Type.Pos, "1:13"},
		{"param dtype", k.Params[0].Type.DTypePos, "1:13"},
		{"dim H", k.Params[0].Type.Dims[0].Pos, "1:17"},
		{"dim 64", k.Params[0].Type.Dims[1].Pos, "1:20"},
		{"result", k.Result.Pos, "1:28"},
		{"assign", assign.Pos, "2:3"},
		{"*", mul.Position(), "2:15"},
		{"@", mm.Position(), "2:9"},
		{"start of *", Start(mul), "2:7"},
		{"^T", mm.Y.Position(), "2:12"},
		{"start of ^T", Start(mm.Y), "2:11"},
		{"call", mul.Y.Position(), "2:17"},
		{"return", ret.Pos, "3:3"},
		{"unary", ret.X.Position(), "3:10"},
		{"paren", ret.X.(*Unary).X.Position(), "3:11"},
		{"schedule", s.Pos, "5:1"},
		{"schedule kernel", s.KernelPos, "5:10"},
		{"pass", s.Passes[0].Pos, "6:3"},
		{"keyed arg", s.Passes[0].Args[0].Pos, "6:8"},
		{"keyed value", s.Passes[0].Args[0].Value.Pos, "6:11"},
		{"list arg", arg1.Pos, "6:15"},
		{"call value", arg1.Value.List[0].Pos, "6:16"},
		{"call value arg", arg1.Value.List[0].List[0].Pos, "6:22"},
	}
	for _, tt := range tests {
		if tt.got.File != "p.attn" || tt.got.Short() != tt.want {
			t.Errorf("%s at %v, want p.attn:%s", tt.what, tt.got, tt.want)
		}
	}
}

func TestExamplesParse(t *testing.T) {
	files, err := filepath.Glob("../examples/*.attn")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples found (%v)", err)
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseFile(name, src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(f.Kernels) == 0 {
			t.Errorf("%s: no kernels", name)
		}
	}
}

// TestParseErrors checks the exact messages and positions of files with
// several errors: recovery must find all of them and invent none.
func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{
			"kernel f(q: f32[N, 0], k f32[N]) -> f32[N] {\n" +
				"  s = q @ k^T * rsqrt(128\n" +
				"  t = (a + b\n" +
				"  return s < t < u\n" +
				"  x = 2 # y\n" +
				"  u = f(a b) + 1\n" +
				"  mask(s, causal)\n" +
				"  ) = 3\n" +
				"  w = \n" +
				"}\n",
			`e.attn:1:20: expected positive integer dimension, found "0"
e.attn:1:26: expected ":" after parameter "k", found "f32"
e.attn:3:3: expected ")" after arguments, found "t"
e.attn:4:3: expected ")" to match "(" at 3:7, found "return"
e.attn:4:16: expected end of comparison, found "<" (comparisons do not chain; use & or parentheses)
e.attn:5:9: illegal character U+0023 '#'
e.attn:6:11: expected ")" after arguments, found "b"
e.attn:7:7: expected "=" after "mask", found "("
e.attn:8:3: expected statement (name = expression, or return), found ")"
e.attn:10:1: expected expression, found "}"`,
		},
		{
			"kernel (q: f32[N]) -> f32[N] { return q }\n" +
				"kernel g(q: f32[N]) f32[N] { return q }\n" +
				"kernel h(q: f32[N] -> f32[N] { return q }\n" +
				"kernel i(q: [N]) -> f32(N) { return q }\n" +
				"kernel j(q: f32[N, 2.5, -1]) -> f32[N] { return q }\n",
			`e.attn:1:8: expected kernel name after "kernel", found "("
e.attn:2:21: expected "->" after parameters, found "f32"
e.attn:3:20: expected ")" after parameters, found "->"
e.attn:4:13: expected type (f32, f16 or bf16), found "["
e.attn:5:20: expected positive integer dimension, found "2.5"
e.attn:5:25: expected dimension (a name or an integer), found "-"`,
		},
		{
			"x = 1\nkernel f() -> f32[N] { return q }\n}\nschedule { tile }\nschedule f tile\nschedule g { tile(q: 64 k: 64) fuse - attention\n fuse-; x(y:) }\n",
			`e.attn:1:1: expected "kernel" or "schedule", found "x"
e.attn:3:1: expected "kernel" or "schedule", found "}"
e.attn:4:10: expected kernel name after "schedule", found "{"
e.attn:5:12: expected "{" after schedule name, found "tile"
e.attn:6:25: expected ")" after pass arguments, found "k"
e.attn:7:7: expected rest of pass name after "fuse-", found ";"
e.attn:7:13: expected value (number, name or list), found ")"`,
		},
		{
			"kernel f() -> f32[N] {\n  return q\nschedule f {\n  tile\n",
			`e.attn:3:1: expected "}" to close kernel body at 1:22, found "schedule"
e.attn:5:1: expected "}" to close schedule at 3:12, found end of file`,
		},
		{
			"kernel f() -> f32[N] { s = q^2 }\n/* open",
			`e.attn:1:29: expected "T" after "^" (x^T is the transpose), found '2'
e.attn:2:1: block comment not terminated (expected "*/", found end of file)`,
		},
	}
	for _, tt := range tests {
		_, err := ParseFile("e.attn", []byte(tt.src))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("parse %q\n got:\n%s\nwant:\n%s", tt.src, got, tt.want)
		}
		if _, ok := err.(ir.ErrorList); !ok {
			t.Errorf("parse %q: error is %T, want ir.ErrorList", tt.src, err)
		}
	}
}

func TestNestingLimit(t *testing.T) {
	deep := strings.Repeat("(", 200) + "x" + strings.Repeat(")", 200)
	tests := []string{
		"kernel f() -> f32[N] { s = " + deep + " }",
		"kernel f() -> f32[N] { s = " + strings.Repeat("-", 200) + "x }",
		"kernel f() -> f32[N] { s = " + strings.Repeat("f(", 200) + " }",
		"kernel f() -> f32[N] { s = " + strings.Repeat("(", 100000) + " }",
	}
	for _, src := range tests {
		_, err := ParseFile("d.attn", []byte(src))
		if err == nil || !strings.Contains(err.Error(), "expression nested too deeply") {
			t.Errorf("parse %.40q...: got %v, want nesting error", src, err)
		}
		if n := len(err.(ir.ErrorList)); n != 1 {
			t.Errorf("parse %.40q...: %d errors, want 1:\n%v", src, n, err)
		}
	}
	if _, err := ParsePipeline("x(" + strings.Repeat("[", 500) + ")"); err == nil || !strings.Contains(err.Error(), "-passes:1:") || !strings.Contains(err.Error(), "nested too deeply") {
		t.Errorf("deep pass value: got %v", err)
	}
	// Just under the limit is fine.
	ok := strings.Repeat("(", 90) + "x" + strings.Repeat(")", 90)
	parseExpr(t, ok)
}

func TestParsePipeline(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{"tile(q:64,k:64); score(mean)", "tile(q: 64, k: 64) | score(mean)"},
		{"select(mass: 0.9, keep: [sink, diagonal, local(2)])", "select(mass: 0.9, keep: [sink, diagonal, local(2)])"},
		{"early_stop(eps: 1e-3, rule: max)", "early_stop(eps: 1e-3, rule: max)"},
		{"fuse-attention", "fuse-attention"},
		{" shapes ;; canonicalize; fuse-attention;classify-tiles;lower; ", "shapes | canonicalize | fuse-attention | classify-tiles | lower"},
		{"x(-1, - 2.5, [], f(), [[a]], k: g(1, [2]),)", "x(-1, -2.5, [], f(), [[a]], k: g(1, [2]))"},
		{"print-schedule-kernel", "print-schedule-kernel"},
		{"a\nb(1)", "a | b(1)"},
	}
	for _, tt := range tests {
		calls, err := ParsePipeline(tt.src)
		if err != nil {
			t.Errorf("ParsePipeline(%q): %v", tt.src, err)
			continue
		}
		parts := make([]string, len(calls))
		for i, c := range calls {
			parts[i] = c.String()
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("ParsePipeline(%q)\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParsePipelineValues(t *testing.T) {
	calls, err := ParsePipeline("select(mass: 0.9, keep: [sink, diagonal, local(2)]); early_stop(eps: 1e-3, rule: max)")
	if err != nil {
		t.Fatal(err)
	}
	sel, es := calls[0], calls[1]
	if sel.Name != "select" || sel.Pos != (ir.Pos{File: "-passes", Line: 1, Col: 1}) {
		t.Errorf("select call: %+v", sel)
	}
	mass := sel.Args[0]
	if mass.Key != "mass" || mass.Value.Kind != ir.PassNum || mass.Value.Num != 0.9 || mass.Value.Text != "0.9" || mass.Pos.Col != 8 || mass.Value.Pos.Col != 14 {
		t.Errorf("mass arg: %+v", mass)
	}
	keep := sel.Args[1].Value
	if keep.Kind != ir.PassList || len(keep.List) != 3 {
		t.Fatalf("keep: %+v", keep)
	}
	if v := keep.List[0]; v.Kind != ir.PassIdent || v.Text != "sink" || v.Pos.Col != 26 {
		t.Errorf("keep[0]: %+v", v)
	}
	if v := keep.List[2]; v.Kind != ir.PassCallV || v.Text != "local" || len(v.List) != 1 || v.List[0].Num != 2 || v.Pos.Col != 42 {
		t.Errorf("keep[2]: %+v", v)
	}
	eps := es.Args[0].Value
	if es.Pos.Col != 54 || eps.Num != 1e-3 || eps.Text != "1e-3" {
		t.Errorf("eps: %+v at %v", eps, es.Pos)
	}
	if v := es.Args[1].Value; v.Kind != ir.PassIdent || v.Text != "max" {
		t.Errorf("rule: %+v", v)
	}
	neg, err := ParsePipeline("x(-4)")
	if err != nil || neg[0].Args[0].Value.Num != -4 || neg[0].Args[0].Value.Text != "-4" {
		t.Errorf("x(-4): %+v %v", neg, err)
	}
}

func TestParsePipelineErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"tile(q:64 k:64); score(", `-passes:1:11: expected ")" after pass arguments, found "k"
-passes:1:24: expected value (number, name or list), found end of input`},
		{"fuse - attention", `-passes:1:6: expected ";" after pass call, found "-"`},
		{"tile score", `-passes:1:6: expected ";" after pass call, found "score"`},
		{"kernel; x(-y); 3; }", `-passes:1:1: expected pass name, found "kernel"
-passes:1:12: expected number after "-", found "y"
-passes:1:16: expected pass name, found "3"
-passes:1:19: expected pass name, found "}"`},
		{"a(#)", "-passes:1:3: illegal character U+0023 '#'"},
	}
	for _, tt := range tests {
		_, err := ParsePipeline(tt.src)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("ParsePipeline(%q)\n got:\n%s\nwant:\n%s", tt.src, got, tt.want)
		}
	}
}
