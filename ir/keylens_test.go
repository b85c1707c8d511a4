package ir

import (
	"strings"
	"testing"
)

const kvcacheIR = `func dec(%q: f16[H,M,128], %k: f16[G,C,128], %v: f16[G,C,128], %lens: i32[B]) -> f16[H,M,128] {
  %0 = attention %q, %k, %v, %lens scale=0.08838834764831845 mask={causal & window(1024)} mod={s - (qi - ki) * 0.0625} bq=16 bk=64 : f32[H,M,128] @x.attn:9:23
  %1 = convert %0 to=f16 : f16[H,M,128] @x.attn:9:5
  return %1
}
`

// TestKeyLengthsRoundTrip: a func with key lengths prints, parses and
// verifies, and its attention takes them as the fourth operand.
func TestKeyLengthsRoundTrip(t *testing.T) {
	m, err := Parse("kv.ir", kvcacheIR)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if got := m.String(); got != kvcacheIR {
		t.Errorf("print(parse(x)) != x:\n%s", got)
	}
	f := m.Funcs[0]
	if l := f.KeyLengths(); l == nil || l.Name != "lens" || KeyLengthsOf(f.Values[0]) != l {
		t.Errorf("KeyLengths = %v, KeyLengthsOf(attention) = %v", l, KeyLengthsOf(f.Values[0]))
	}
}

// TestKeyLengthsVerify: the rules of key lengths, each message naming the
// value and what was expected.
func TestKeyLengthsVerify(t *testing.T) {
	for _, tt := range []struct{ name, old, new, want string }{
		{"rank", "%lens: i32[B]", "%lens: i32[B,H]", "parameter %lens is i32[B,H]: an i32 parameter gives the keys' lengths and is i32[B]"},
		{"two", "%lens: i32[B]", "%lens: i32[B], %more: i32[B]", "parameters %lens and %more are both key lengths"},
		{"not taken", "%v, %lens scale", "%v scale", "attention %0: func dec has key lengths %lens, which every attention takes as its 4th operand"},
		{"float lens", "%lens: i32[B]) ->", "%lens: f32[B]) ->", "attention %0: attention: key lengths %lens are f32[B], want i32[B]"},
		{"bool param", "%lens: i32[B]", "%lens: bool[B]", "parameter %lens has element type bool, want f32, f16 or bf16 (or i32[B], the keys' lengths)"},
		{"arity", "%v, %lens scale", "%v, %lens, %lens scale", "attention takes q, k, v and optional key lengths, got 5 arguments"},
		{"elsewhere", "%1 = convert %0 to=f16", "%1 = convert %lens to=f16", "convert %1: operand 0 is the key lengths %lens, which only attention takes"},
	} {
		src := strings.Replace(kvcacheIR, tt.old, tt.new, 1)
		if src == kvcacheIR {
			t.Fatalf("%s: edit did not apply", tt.name)
		}
		m, err := Parse("kv.ir", src)
		if err == nil {
			err = Verify(m)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestKeyLengthsRefuseSparseOps: the sparse ops do not take key lengths,
// so a func that has them cannot hold one.
func TestKeyLengthsRefuseSparseOps(t *testing.T) {
	src := `func dec(%q: f32[H,M,64], %k: f32[G,C,64], %v: f32[G,C,64], %lens: i32[B]) -> f32[H,M,64] {
  %0 = blockscore %q, %k method=mean scale=0.125 bq=64 bk=64 : f32[H,M/64,C/64]
  %1 = blockselect %0 mode=top top=2 bq=64 bk=64 : i32[H,M/64,2,C/64]
  %2 = sparseattention %q, %k, %v, %1 scale=0.125 bq=64 bk=64 : f32[H,M,64]
  return %2
}
`
	m, err := Parse("kv.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	err = Verify(m)
	for _, want := range []string{
		"blockscore %0: func dec has key lengths %lens, which the sparse ops do not take",
		"blockselect %1: func dec has key lengths %lens",
		"sparseattention %2: func dec has key lengths %lens",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
		}
	}
}
