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
	for _, glob := range []string{"../examples/*.attn", "../examples/*/*.attn", "testdata/errors/*.attn"} {
		files, _ := filepath.Glob(glob)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Add("kernel k(q: f32[H,N,8], k: f32[G,N,8], v: f32[G,N,8]) -> f32[H,N,8] { s = mask(q @ k^T, !(qi < ki) | h == 0); return softmax(where(s > 0, s, s * 2)) @ v }")
	// Kernels whose operands disagree in their symbols or sizes: the
	// checker must say so, never a pass or the verifier.
	for _, params := range []string{
		"q: f32[H,N,64], k: f32[H,N,64], v: f32[G,N,64]",    // v's heads are not k's
		"q: f32[H,N,64], k: f32[G,N,64], v: f32[H,N,64]",    // k's heads are not v's
		"q: f32[H,N,64], k: f32[G,N,64], v: f32[K,N,64]",    // three head counts
		"q: f32[H,N,64], k: f32[H,M,64], v: f32[H,M,64]",    // queries and keys of different lengths
		"q: f32[H,N,64], k: f32[H,N,64], v: f32[H,M,64]",    // values not as long as keys
		"q: f32[H,N,64], k: f32[H,N,32], v: f32[H,N,64]",    // head dims differ
		"q: f32[H,N,64], k: f32[H,N,64], v: f32[H,N,32]",    // value dim differs
		"q: f32[8,N,64], k: f32[3,N,64], v: f32[3,N,64]",    // fixed heads that do not group
		"q: f32[8,N,64], k: f32[2,N,64], v: f32[4,N,64]",    // fixed heads, v's not k's
		"q: f32[8,N,64], k: f32[H,N,64], v: f32[1,N,64]",    // one value head
		"q: f16[H,128,64], k: bf16[H,N,64], v: i32[H,N,64]", // mixed and bad dtypes
		"q: f32[H,N,4294967296], k: f32[H,N,64], v: f32[H,N,64]",
	} {
		f.Add("kernel k(" + params + ") -> f32[H,N,64] {\n    s = mask(q @ k^T * 0.125, causal)\n    return softmax(s) @ v\n}\n")
	}
	f.Add("kernel k(q: f32[H,N,64], k: f32[H,N,64], q1: f32[1,N,64], k1: f32[1,N,64], v1: f32[1,N,64]) -> f32[H,N,64] {\n    s = q @ k^T\n    b = h * 0.5\n    t = q1 @ k1^T + b\n    return softmax(t) @ v1\n}\n")
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
