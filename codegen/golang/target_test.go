package golang_test

import (
	"fmt"
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

// TestChooseDecode: choose-decode gives the decode path to kernels whose
// queries are not their keys (a dim M, or a fixed length of at most
// DecodeRows), dense or over tile lists, and not to prefill kernels (q
// and k of one length), fixed lengths past DecodeRows, early exits or
// compensation; the decision survives the text form.
func TestChooseDecode(t *testing.T) {
	for _, c := range []struct {
		m, sched string
		want     bool
	}{
		{"M", "", true},
		{"1", "", true},
		{"16", "", true},
		{"17", "", false},
		{"N", "", false},
		{"M", "tile(q: 64, k: 64); score(mean); select(density: 0.3, keep: [sink, diagonal])", true},
		{"M", "tile(q: 64, k: 64); score(mean); order(score); early_stop(eps: 0.05)", false},
		{"M", "tile(q: 64, k: 64); score(mean); select(density: 0.3); compensate", false},
		{"M", "tile(q: 64, k: 128)", false}, // no 64-key score rows
	} {
		src := "kernel k(q: f16[H, " + c.m + ", 64], k: f16[H, N, 64], v: f16[H, N, 64]) -> f16[H, " + c.m + ", 64] {\n    s = mask(q @ k^T * rsqrt(64), causal)\n    return softmax(s) @ v\n}\n"
		if c.sched != "" {
			src += "schedule k {\n    " + c.sched + "\n}\n"
		}
		path := filepath.Join(t.TempDir(), "k.attn")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, p := range lowerFile(t, path) {
			if err := golang.CPU.Run(p); err != nil {
				t.Fatal(err)
			}
			text := p.String()
			want := fmt.Sprintf("decode=%d", golang.DecodeRows)
			if got := strings.Contains(text, want); got != c.want {
				t.Errorf("q of length %s, schedule %q: %s is %v, want %v:\n%s", c.m, c.sched, want, got, c.want, text)
			}
			q, err := tile.Parse("t.tile", text)
			if err != nil {
				t.Fatal(err)
			}
			if err := golang.CPU.Run(q); err != nil || q.String() != text {
				t.Errorf("q of length %s: not idempotent through the text form (%v)", c.m, err)
			}
		}
	}
}
