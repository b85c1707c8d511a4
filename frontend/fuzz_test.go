package frontend

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir"
)

// brokenSnippets seed the fuzzers with the kinds of damage recovery has to
// survive: cut-off declarations, stray brackets, bad characters, deep
// nesting.
var brokenSnippets = []string{
	"kernel",
	"kernel f(",
	"kernel f(q: f32[N, 64]) -> f32[N, 64] {",
	"kernel f(q: f32[N, 64]) -> f32[N, 64] { s = q @ k^T * }",
	"kernel f() -> f32[] { s = (((a + b) }",
	"kernel f() -> f32[N] { s = a < b < c; return -!-x^T^T }",
	"kernel f() -> f32[N] { s = k^ 2 # € \xff }",
	"kernel f() -> f32[N] { return q } } } schedule",
	"schedule f { tile(q: 64, k: 64 score(mean) }",
	"schedule f { select(mass: 0.9, keep: [sink, diagonal, local(2)]) early_stop(eps: 1e-3, rule: max) fuse-attention }",
	"schedule { fuse- ; x(y:) ; -3 }",
	"/* unterminated",
	"kernel f() -> f32[N] { s = " + strings.Repeat("(", 150) + "x",
	"schedule f { x(" + strings.Repeat("[", 150) + ") }",
	"1e999 .5e 7. 2e+ ^T ->->",
}

// FuzzParse checks that ParseFile never panics or hangs, that its error is
// an ir.ErrorList of well-formed positions, and that a clean parse prints.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.attn")
	more, _ := filepath.Glob("testdata/errors/*.attn")
	files = append(files, more...)
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range brokenSnippets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := ParseFile("fuzz.attn", src)
		if file == nil {
			t.Fatal("nil File")
		}
		if err == nil {
			_ = file.String()
			return
		}
		list, ok := err.(ir.ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("error is %T %v, want a non-empty ir.ErrorList", err, err)
		}
		lines := bytes.Count(src, []byte("\n")) + 1
		for _, e := range list {
			if e.Pos.File != "fuzz.attn" || e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Col < 1 || e.Msg == "" {
				t.Fatalf("bad error %q at %+v (%d lines)", e.Msg, e.Pos, lines)
			}
		}
	})
}

// FuzzParsePipeline checks that ParsePipeline never panics and that a
// parsed pipeline prints back to text that parses to the same calls.
func FuzzParsePipeline(f *testing.F) {
	for _, s := range []string{
		"tile(q:64,k:64); score(mean)",
		"select(mass: 0.9, keep: [sink, diagonal, local(2)])",
		"early_stop(eps: 1e-3, rule: max)",
		"fuse-attention; print-schedule",
		"x(-1, - .5, [], f(), [[a]], k: g(1, [2]),)",
		"tile(q:64 k:64); score(",
		"kernel; x(-y); 3; }",
		"a(#) ;; b\nc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		calls, err := ParsePipeline(src)
		if err != nil {
			if _, ok := err.(ir.ErrorList); !ok {
				t.Fatalf("error is %T, want ir.ErrorList", err)
			}
			return
		}
		printed := printCalls(calls)
		again, err := ParsePipeline(printed)
		if err != nil {
			t.Fatalf("%q printed as %q, which does not parse: %v", src, printed, err)
		}
		if p2 := printCalls(again); p2 != printed {
			t.Fatalf("%q printed as %q, reparsed as %q", src, printed, p2)
		}
	})
}

func printCalls(calls []ir.PassCall) string {
	parts := make([]string, len(calls))
	for i, c := range calls {
		parts[i] = c.String()
	}
	return strings.Join(parts, "; ")
}
