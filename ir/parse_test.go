package ir

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseRefuses: the parser takes only what the printer can write.
func TestParseRefuses(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"func f(%q: f16[0]) -> f16[1] {\n  return %q\n}\n", `1:16: dimension must be positive, found "0"`},
		{"func f(%q: f16[N]) -> f16[0,N] {\n  return %q\n}\n", `1:27: dimension must be positive`},
		{"func f(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N] @:1:1\n  return %0\n}\n", `2:24: bad position ":1:1"`},
		{"func f(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N] @f:0:1\n  return %0\n}\n", `2:24: bad position "f:0:1"`},
		{"func f(%q: f16[N, 4611686018427387904]) -> f16[N] {\n  return %q\n}\n", `1:19: dimension 4611686018427387904 is too large`},
		{"func f(%q: f16[65536,65536]) -> f16[N] {\n  return %q\n}\n", `1:12: f16[65536,65536] has more than 2147483647 elements`},
	} {
		_, err := Parse("t.ir", tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}

// TestPositionRoundTrip: every position the printer writes parses back to
// itself: with a file, without one (values built in memory) and with file
// names that need quoting.
func TestPositionRoundTrip(t *testing.T) {
	for _, pos := range []Pos{
		{File: "a.attn", Line: 3, Col: 7},
		{Line: 1, Col: 1},
		{File: "C:\\dir\\a.attn", Line: 2, Col: 5},
		{File: "my kernels/a b.attn", Line: 2, Col: 5},
		{File: `"quoted".attn`, Line: 9, Col: 1},
		{File: "x:1:1", Line: 4, Col: 2},
	} {
		q := &Value{Op: OpParam, Name: "q", Type: TensorOf(F32, Sym("N"))}
		f := &Func{Name: "f", Params: []*Value{q}, ResultType: q.Type}
		f.Result = f.NewValue(pos, OpNeg, q.Type, q)
		text := f.String()
		m, err := Parse("t.ir", text)
		if err != nil {
			t.Errorf("%+v: %v\n%s", pos, err, text)
			continue
		}
		if got := m.Funcs[0].Values[0].Pos; got != pos {
			t.Errorf("%+v printed as\n%s\nparsed as %+v", pos, text, got)
		}
	}
}

func TestParseDims(t *testing.T) {
	for _, tt := range []struct{ dim, want string }{
		{"1.5", `bad dimension "1.5"`},
		{"1e3", `bad dimension "1e3"`},
		{"-3", `bad dimension "-3"`},
		{"99999999999999999999", "dimension 99999999999999999999 is too large"},
		{"2147483648", "dimension 2147483648 is too large"},
		{"2147483647", ""},
	} {
		_, err := ParseType("f32[" + tt.dim + "]")
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("ParseType(f32[%s]) = %v, want %q", tt.dim, err, tt.want)
		}
	}
}

// TestParseNoFollowOn: a line that fails to parse gives its own error and
// nothing else: no "has no return" ahead of it, no "used before it is
// defined" for the value it failed to define.
func TestParseNoFollowOn(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = nosuch %q : f16[N]\n  %1 = neg %0 : f16[N]\n  return %1\n}\n",
			`t.ir:2:8: unknown op "nosuch"`},
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[0]\n  return %0\n}\n",
			`t.ir:2:21: dimension must be positive, found "0"`},
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N] @:1:1\n  return %0\n}\n",
			`t.ir:2:24: bad position ":1:1", want file:line:col`},
		{"func k(%q: f16[N]) -> f16[N] {\n  return %0\n}\n",
			`t.ir:2:10: %0 used before it is defined`},
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N]\n}\n",
			`t.ir:1:1: func k has no return`},
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N]\n  return %0 %0\n}\n",
			`t.ir:3:13: unexpected "%0" after return`},
		{"func k(%q: f16[N]) -> f16[N] {\n  %0 = neg %q : f16[N]\n  return %0\n\nfunc j(%q: f16[N]) -> f16[N] {\n  return %q\n}\n",
			`t.ir:1:1: func k: missing closing }`},
		{"func k(%q: f16[N]) -> f16[N] {\n  return %q\n",
			`t.ir:1:1: func k: missing closing }`},
	} {
		_, err := Parse("t.ir", tt.src)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q):\n%v\nwant exactly\n%s", tt.src, err, tt.want)
		}
	}
}

// TestIndexKeys: qi of scores [H, M, N] with M ≠ N carries the key length
// (keys=N: query row i sits at position i + N − M), printed and parsed
// back as a dimension; keys= on another axis, or equal to the rows, is
// refused, and so is a value that is no dimension.
func TestIndexKeys(t *testing.T) {
	const src = "func f(%%q: f32[H,M,8]) -> f32[1,M,1] {\n  %%0 = index axis=%s keys=%s : f32[%s] @a.attn:2:3\n  return %%0\n}\n"
	for _, keys := range []string{"N", "4096"} {
		text := fmt.Sprintf(src, "qi", keys, "1,M,1")
		m, err := Parse("t.ir", text)
		if err != nil {
			t.Fatalf("keys=%s: %v", keys, err)
		}
		if err := VerifyFunc(m.Funcs[0]); err != nil {
			t.Errorf("keys=%s: %v", keys, err)
		}
		if got := m.Funcs[0].String(); got != text {
			t.Errorf("keys=%s printed back as\n%s\nwant\n%s", keys, got, text)
		}
	}
	for _, c := range []struct{ axis, keys, shape, want string }{
		{"ki", "N", "1,1,M", "keys= gives the key length of query positions (axis=qi)"},
		{"qi", "M", "1,M,1", "keys=M: keys= gives the key length"},
		{"qi", "0", "1,M,1", `keys wants a dimension (a name or a positive size), found "0"`},
		{"qi", "1.5", "1,M,1", `keys wants a dimension`},
	} {
		m, err := Parse("t.ir", fmt.Sprintf(src, c.axis, c.keys, c.shape))
		if err == nil {
			err = VerifyFunc(m.Funcs[0])
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("index axis=%s keys=%s: %v, want %q", c.axis, c.keys, err, c.want)
		}
	}
}
