package golang_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
)

// lowerFile compiles an example to tile programs.
func lowerFile(t *testing.T, path string) []*tile.Program {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
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

// TestCPUTargetDecides: the CPU target's decisions survive the text form
// and are idempotent on every example, and are the ones each tile shape
// calls for: the vector kernels for 64-key tiles, bf16 pairs for bf16
// q and k, Kᵀ prepared per run only for the f32 vector product without a
// permutation, tile means only for zeroth-order compensation.
func TestCPUTargetDecides(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.attn")
	want := map[string][]string{
		"best":   {"load_kv rows=64 dim=64 dimv=64 transpose\n", "matmul_qk scale=0.125 simd\n", "compensate order=0 means\n"},
		"causal": {"load_kv rows=64 dim=128 dimv=128\n", "simd pairs\n"},
		"s2o":    {"gather segment=256\n", "matmul_qk scale=0.125 simd\n"},
	}
	for _, path := range files {
		for _, p := range lowerFile(t, path) {
			if err := golang.CPU.Run(p); err != nil {
				t.Fatal(err)
			}
			text := p.String()
			q, err := tile.Parse("t.tile", text)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if err := golang.CPU.Run(q); err != nil {
				t.Fatal(err)
			}
			if again := q.String(); again != text {
				t.Errorf("%s: not idempotent through the text form:\n%s\n---\n%s", path, text, again)
			}
			for _, w := range want[strings.TrimSuffix(filepath.Base(path), ".attn")] {
				if !strings.Contains(text, w) {
					t.Errorf("%s: no %q in\n%s", path, w, text)
				}
			}
		}
	}
}
