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
		{"not taken", "%v, %lens scale", "%v scale", "attention %0: func dec has key lengths %lens, which every attention takes as its last operand"},
		{"float lens", "%lens: i32[B]) ->", "%lens: f32[B]) ->", "attention %0: attention: key lengths %lens are f32[B], want i32[B]"},
		{"bool param", "%lens: i32[B]", "%lens: bool[B]", "parameter %lens has element type bool, want f32, f16 or bf16 (or i32[B], the keys' lengths)"},
		{"arity", "%v, %lens scale", "%v, %lens, %lens scale", "attention takes q, k, v and optional key lengths, got 5 arguments"},
		{"elsewhere", "%1 = convert %0 to=f16", "%1 = convert %lens to=f16", "convert %1: operand 0 is the key lengths %lens, which only attention, sparseattention, blockscore and blockselect take"},
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

// TestKeyLengthsSparseOps: the sparse ops of a func with key lengths take
// them as their last operand — each is refused without them — and
// permutations do not combine with them.
func TestKeyLengthsSparseOps(t *testing.T) {
	src := `func dec(%q: f32[H,M,64], %k: f32[G,C,64], %v: f32[G,C,64], %lens: i32[B]) -> f32[H,M,64] {
  %0 = blockscore %q, %k, %lens method=mean scale=0.125 bq=64 bk=64 : f32[H,M/64,C/64]
  %1 = blockselect %0, %lens mode=top top=2 bq=64 bk=64 : i32[H,M/64,2,C/64]
  %2 = sparseattention %q, %k, %v, %1, %lens scale=0.125 bq=64 bk=64 : f32[H,M,64]
  return %2
}
`
	m, err := Parse("kv.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatalf("with the lengths: %v", err)
	}
	f := m.Funcs[0]
	for i := range 3 {
		if KeyLengthsOf(f.Values[i]) != f.KeyLengths() || PermOf(f.Values[i]) != nil {
			t.Errorf("%s: KeyLengthsOf = %v, PermOf = %v", f.Values[i].Op, KeyLengthsOf(f.Values[i]), PermOf(f.Values[i]))
		}
	}
	for _, tt := range []struct{ old, new, want string }{
		{"%q, %k, %lens method", "%q, %k method", "blockscore %0: func dec has key lengths %lens, which every blockscore takes as its last operand"},
		{"%0, %lens mode", "%0 mode", "blockselect %1: func dec has key lengths %lens, which every blockselect takes as its last operand"},
		{"%1, %lens scale", "%1 scale", "sparseattention %2: func dec has key lengths %lens, which every sparseattention takes as its last operand"},
	} {
		m, err := Parse("kv.ir", strings.Replace(src, tt.old, tt.new, 1))
		if err == nil {
			err = Verify(m)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("without the lengths on %q: got %v, want %q", tt.old, err, tt.want)
		}
	}
	perm := `func dec(%q: f32[H,N,64], %k: f32[H,N,64], %v: f32[H,N,64], %lens: i32[B]) -> f32[H,N,64] {
  %0 = permute %q, %k segment=256 probe=mean scope=local scale=0.125 bq=64 : i32[H,N/256,N]
  %1 = blockscore %q, %k, %0, %lens method=mean scale=0.125 bq=64 bk=64 segment=256 : f32[H,N/64,N/64]
  %2 = attention %q, %k, %v, %lens scale=0.125 : f32[H,N,64]
  return %2
}
`
	m, err = Parse("kv.ir", perm)
	if err == nil {
		err = Verify(m)
	}
	for _, want := range []string{
		"permute %0: func dec has key lengths %lens, which permute does not take",
		"blockscore %1: a permutation with key lengths",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("permuted: got %v, want %q", err, want)
		}
	}
}
