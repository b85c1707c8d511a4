package ir

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime/abi"
)

const sampleIR = `func prefill(%q: bf16[H,N,128], %k: bf16[G,N,128], %v: bf16[G,N,128]) -> bf16[H,N,128] {
  %0 = matmul %q, %k transpose_b : f32[H,N,N] @x.attn:4:11
  %1 = const value=0.08838834764831845 : f32[] @x.attn:4:19
  %2 = mul %0, %1 : f32[H,N,N] @x.attn:4:17
  %3 = index axis=qi : f32[1,N,1] @x.attn:5:15
  %4 = index axis=ki : f32[1,1,N] @x.attn:5:20
  %5 = sub %3, %4 : f32[1,N,N] @x.attn:5:18
  %6 = sub %2, %5 : f32[H,N,N] @x.attn:5:11
  %7 = mask %6 mask={causal & (window(256) | sink(4))} : f32[H,N,N] @x.attn:6:9
  %8 = softmax %7 : f32[H,N,N] @x.attn:7:12
  %9 = matmul %8, %v : f32[H,N,128] @x.attn:7:23
  %10 = attention %q, %k, %v scale=0.125 mask={causal} mod={tanh(s / 30) * 30} bq=64 bk=64 : f32[H,N,128]
  %11 = convert %9 to=bf16 : bf16[H,N,128] @x.attn:7:5
  return %11
}
`

func TestRoundTrip(t *testing.T) {
	m, err := Parse("sample.ir", sampleIR)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if got := m.String(); got != sampleIR {
		t.Errorf("print(parse(x)) != x:\n%s", got)
	}
}

func TestVerifyMessages(t *testing.T) {
	tests := []struct{ edit, old, want string }{
		{"inner dims", "%k: bf16[G,N,128]", "matmul %0: matmul inner dims 128 vs 64"},
		{"type", "%2 = mul %0, %1 : f32[H,N,N]", "mul %2: type is f32[H,N,1], want f32[H,N,N]"},
		{"attr", "mask={causal}", "attention %10: attribute mask: variable s not allowed here"},
		{"missing", "scale=0.125 ", "attention %10: missing attribute scale"},
		{"result", "return %11", "func prefill returns f32[H,N,128], declared bf16[H,N,128]"},
	}
	repl := map[string]string{
		"inner dims": "%k: bf16[G,N,64]",
		"type":       "%2 = mul %0, %1 : f32[H,N,1]",
		"attr":       "mask={s > 0}",
		"missing":    "",
		"result":     "return %9",
	}
	for _, tt := range tests {
		src := strings.Replace(sampleIR, tt.old, repl[tt.edit], 1)
		if src == sampleIR {
			t.Fatalf("%s: edit did not apply", tt.edit)
		}
		m, err := Parse("sample.ir", src)
		if err == nil {
			err = Verify(m)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.edit, err, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"func f(%q: f32[N]) -> f32[N] {\n  %0 = frob %q : f32[N]\n  return %0\n}\n", "e.ir:2:8: unknown op \"frob\""},
		{"func f(%q: f32[N]) -> f32[N] {\n  %0 = exp %z : f32[N]\n  return %0\n}\n", "e.ir:2:12: %z used before it is defined"},
		{"func f(%q: f32[N]) -> f32[N] {\n  return %q\n", "missing closing }"},
		{"kernel f\n", "e.ir:1:1: expected func"},
		{"func f(%q: f32[N]) -> f32[N] {\n  %0 = mask %q mask={qi <} : f32[N]\n  return %0\n}\n", "mask: expression \"qi <\""},
		// A parameter named like a step's value would print as two
		// definitions of it (FuzzParse found it).
		{"func f(%9: f32[N]) -> f32[N] {\n  return %9\n}\n", "e.ir:1:8: parameter %9: parameter names are identifiers"},
	}
	for _, tt := range tests {
		_, err := Parse("e.ir", tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want %q", tt.src, err, tt.want)
		}
	}
}

func TestExprRoundTrip(t *testing.T) {
	for _, src := range []string{
		"causal", "causal & (window(256) | sink(4))", "!(qi - ki < 3) | h == 2",
		"tanh(s / 30) * 30", "s - 0.0625 * (qi - ki)", "s - (qi - ki)", "-s * 2",
		"where(qi > ki, s, -inf)", "max(s, min(qi, 3)) / (1 - 2)", "-(s + 1)", "s * (-2)",
	} {
		e, err := ParseExpr(src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if got := e.String(); got != src {
			t.Errorf("%q printed as %q", src, got)
		}
	}
	for _, bad := range []string{"qi <", "foo", "window()", "1 < 2 < 3", "(s", ""} {
		if _, err := ParseExpr(bad); err == nil {
			t.Errorf("ParseExpr(%q) succeeded", bad)
		}
	}
}

func TestExprEval(t *testing.T) {
	e, _ := ParseExpr("causal & (window(4) | sink(2))")
	for _, c := range []struct {
		qi, ki float64
		want   float64
	}{{10, 10, 1}, {10, 7, 1}, {10, 6, 0}, {10, 1, 1}, {10, 11, 0}, {1, 1, 1}} {
		if got := e.Eval(&Env{Qi: c.qi, Ki: c.ki}); got != c.want {
			t.Errorf("%s at qi=%v ki=%v = %v, want %v", e, c.qi, c.ki, got, c.want)
		}
	}
	mod, _ := ParseExpr("tanh(s / 30) * 30")
	if got, want := mod.Eval(&Env{S: 45}), math.Tanh(1.5)*30; got != want {
		t.Errorf("softcap = %v, want %v", got, want)
	}
}

// TestClassifyTileSound checks the interval classifier against brute force:
// Empty and Full must never be wrong, and the common masks are exact. The
// query ranges are positions — rows plus N − M — so they start anywhere,
// before key 0 too (M > N).
func TestClassifyTileSound(t *testing.T) {
	masks := []struct {
		src   string
		exact bool
	}{
		{"causal", true}, {"causal & window(5)", true}, {"causal & (window(7) | sink(3))", false},
		{"ki <= qi - 2 | h == 1", false}, {"!causal", true}, {"qi - ki > 2 & ki > 1", false},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, m := range masks {
		e, err := ParseExpr(m.src)
		if err != nil {
			t.Fatal(err)
		}
		for range 500 {
			h := r.IntN(3)
			q0, k0 := r.IntN(50)-30, r.IntN(20)
			q1, k1 := q0+r.IntN(6), k0+r.IntN(6)
			any, all := false, true
			for qi := q0; qi <= q1; qi++ {
				for ki := k0; ki <= k1; ki++ {
					ok := e.Eval(&Env{Qi: float64(qi), Ki: float64(ki), H: float64(h)}) != 0
					any = any || ok
					all = all && ok
				}
			}
			got := ClassifyTile(e, h, q0, q1, k0, k1)
			want := TilePartial
			if !any {
				want = TileEmpty
			} else if all {
				want = TileFull
			}
			if got != want && (got != TilePartial || m.exact) {
				t.Fatalf("%s tile q[%d,%d] k[%d,%d] h=%d: got %s, want %s", m.src, q0, q1, k0, k1, h, got, want)
			}
		}
	}
}

func TestOpTableComplete(t *testing.T) {
	for _, op := range Ops() {
		info := op.Info()
		if info.Doc == "" || info.Infer == nil {
			t.Errorf("op %s lacks a doc line or a type rule", info.Name)
		}
		if got, ok := LookupOp(info.Name); !ok || got != op {
			t.Errorf("LookupOp(%q) = %v, %v", info.Name, got, ok)
		}
	}
}

// TestProgramMatchesEval: the compiled postfix form (what the run-time
// library and generated code run) computes what the tree computes.
func TestProgramMatchesEval(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, src := range []string{
		"causal & (window(7) | sink(3))", "tanh(s / 3) * 3 - 0.5 * (qi - ki)", "where(qi - ki > 2, s, -s) + h",
		"!(qi == ki) | h != 1", "max(s, min(qi, ki)) / rsqrt(4) + log(exp(s))", "-(s + 1) * 2 >= ki",
	} {
		e, err := ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		p := e.Program()
		for range 200 {
			env := Env{S: r.NormFloat64() * 5, Qi: float64(r.IntN(20)), Ki: float64(r.IntN(20)), H: float64(r.IntN(3))}
			want := e.Eval(&env)
			got := p.Eval(&abi.Env{S: env.S, Qi: env.Qi, Ki: env.Ki, H: env.H})
			if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("%s at %+v: program %v, tree %v", src, env, got, want)
			}
		}
	}
}

// TestDensitiesAttr: a list attribute (blockselect's densities, one per
// head) prints, parses back and verifies; malformed lists and lists that
// do not fit the op are refused with the reason.
func TestDensitiesAttr(t *testing.T) {
	const src = `func k(%q: f16[4,N,64], %k: f16[4,N,64]) -> i32[4,N/64,2,N/64] {
  %0 = blockscore %q, %k method=mean scale=0.125 mask={causal} bq=64 bk=64 : f32[4,N/64,N/64]
  %1 = blockselect %0 mode=budget sink diagonal scope=head bq=64 bk=64 densities=[0.13,0.06,0.09,1] : i32[4,N/64,2,N/64]
  return %1
}
`
	m, err := Parse("d.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if got := m.String(); got != src {
		t.Errorf("print(parse(x)) != x:\n%s", got)
	}
	for _, tt := range []struct{ old, new, want string }{
		{"[0.13,0.06,0.09,1]", "[]", `densities wants a list of numbers, found "]"`},
		{"[0.13,0.06,0.09,1]", "[0.13,x]", `densities wants a list of numbers, found "x"`},
		{"[0.13,0.06,0.09,1]", "0.1", `expected "[", found "0.1"`},
		{"[0.13,0.06,0.09,1]", "[0.1,0.2,0.3]", "3 densities for 4 heads"},
		{"[0.13,0.06,0.09,1]", "[0.1,0.2,0.3,2]", "density 2, want ρ in (0, 1]"},
		{"scope=head", "scope=global", "densities= (one per head) needs mode=budget scope=head"},
	} {
		bad := strings.Replace(src, tt.old, tt.new, 1)
		m, err := Parse("d.ir", bad)
		if err == nil {
			err = Verify(m)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s → %s: %v, want an error containing %q", tt.old, tt.new, err, tt.want)
		}
	}
}
