package nvptx_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
)

func lower(t *testing.T, path string, src []byte) []*tile.Program {
	prog, err := frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	var out []*tile.Program
	for _, f := range prog.Module.Funcs {
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestLLCCompilesEveryKernel: every example with its schedule becomes LLVM
// IR that llc turns into PTX with a kernel entry — or, for what this
// backend does not lower yet (early stop, compensation), a positioned
// error.
func TestLLCCompilesEveryKernel(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	t.Logf("compiling with %s (LLVM %d) for %s", llc, major, nvptx.Target(major))
	files, _ := filepath.Glob("../../examples/*.attn")
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, p := range lower(t, path, src) {
			ll, kernels, err := nvptx.Generate(p)
			if err != nil {
				if !strings.Contains(err.Error(), "does not lower early_stop or compensate yet") {
					t.Fatalf("%s: %v", path, err)
				}
				continue
			}
			ptx, target, err := nvptx.CompilePTX(ll)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, k := range kernels {
				if !strings.Contains(ptx, ".visible .entry "+k.Name+"(") {
					t.Errorf("%s: no PTX entry %s", path, k.Name)
				}
			}
			if !strings.Contains(ptx, ".target "+target) || !strings.Contains(ptx, "ex2.approx") {
				t.Errorf("%s: PTX lacks the target or ex2.approx", path)
			}
		}
	}
}
