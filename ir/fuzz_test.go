package ir

import (
	"testing"
)

// FuzzParse feeds arbitrary text to the IR parser and verifier: they must
// never panic, and whatever parses must print back to a fixed point.
func FuzzParse(f *testing.F) {
	f.Add(sampleIR)
	f.Add(kvcacheIR)
	f.Add("func f(%q: f32[N]) -> f32[N] {\n  %0 = mask %q mask={qi <} : f32[N]\n  return %0\n}\n")
	f.Add("func f() -> f32[] {\n  %0 = const value=1.0 : f32[]\n  return %0\n}\n")
	f.Add("func f(%q: f16[H,N/64,8]) -> f16[H,N/64,8] {\n  %0 = neg %q : f16[H,N/64,8] @\"a b\\t.attn\":2:3\n  %1 = neg %0 : f16[H,N/64,8] @2:3\n  return %1\n}\n")
	f.Add("func k(%q: f16[4,N,64], %k: f16[4,N,64]) -> i32[4,N/64,2,N/64] {\n  %0 = blockscore %q, %k method=mean scale=0.125 mask={causal} bq=64 bk=64 : f32[4,N/64,N/64]\n  %1 = blockselect %0 mode=budget scope=head bq=64 bk=64 densities=[0.13,0.06,0.09,1] : i32[4,N/64,2,N/64]\n  return %1\n}\n")
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Parse("f.ir", src)
		if err != nil {
			return
		}
		_ = Verify(m)
		text := m.String()
		m2, err := Parse("f.ir", text)
		if err != nil {
			t.Fatalf("printed IR does not parse: %v\n%s", err, text)
		}
		if again := m2.String(); again != text {
			t.Fatalf("round trip differs:\n%s\n---\n%s", text, again)
		}
	})
}

// FuzzExpr checks that expression printing and parsing agree.
func FuzzExpr(f *testing.F) {
	for _, s := range []string{"causal & (window(256) | sink(4))", "tanh(s / 30) * 30", "-(s + 1)", "s * (-2)", "where(qi > ki, s, -inf)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := ParseExpr(src)
		if err != nil {
			return
		}
		text := e.String()
		e2, err := ParseExpr(text)
		if err != nil {
			t.Fatalf("%q printed as %q, which does not parse: %v", src, text, err)
		}
		if e2.String() != text || !e.Equal(e2) {
			t.Fatalf("%q: round trip %q -> %q", src, text, e2.String())
		}
	})
}
