package frontend_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/passes"
)

// FuzzCompile drives the whole front half — parser, checker, the required
// passes and the verifier — on arbitrary input. A user error is fine; a
// panic, an internal compiler error or invalid IR is a bug. Printed IR must
// round-trip through ir.Parse.
func FuzzCompile(f *testing.F) {
	for _, glob := range []string{"../examples/*.attn", "testdata/errors/*.attn"} {
		files, _ := filepath.Glob(glob)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Add("kernel k(q: f32[H,N,8], k: f32[G,N,8], v: f32[G,N,8]) -> f32[H,N,8] { s = mask(q @ k^T, !(qi < ki) | h == 0); return softmax(where(s > 0, s, s * 2)) @ v }")
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := frontend.Compile("f.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
		if err != nil {
			if strings.Contains(err.Error(), "internal compiler error") {
				t.Fatalf("ICE: %v", err)
			}
			return
		}
		if err := passes.CompileModule(prog.Module, prog.Schedules, nil, &passes.Options{VerifyEach: true}); err != nil {
			if strings.Contains(err.Error(), "internal compiler error") {
				t.Fatalf("ICE on\n%s\n%v", src, err)
			}
			return
		}
		text := prog.Module.String()
		m, err := ir.Parse("f.ir", text)
		if err != nil {
			t.Fatalf("printed IR does not parse: %v\n%s", err, text)
		}
		if again := m.String(); again != text {
			t.Fatalf("IR round trip differs:\n%s\n---\n%s", text, again)
		}
	})
}
