package nvptx_test

import (
	"os"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/runtime/cuda"
)

// TestPairPlan: with Options.PairLists, minference.attn's sparse kernel
// is the pair kernel — the producer kernel of 384 threads whose tables
// are the list's 64-row tiles — and its plan step launches the pair-list
// kernel before it; without, the kernel of one warpgroup and no such
// launch. Best's compensating kernel pairs too; S2O's and PBS's
// (gathered keys, an early exit) do not.
func TestPairPlan(t *testing.T) {
	for _, c := range []struct {
		file string
		pair bool
	}{{"minference", true}, {"best", true}, {"s2o", false}, {"pbs", false}} {
		for _, on := range []bool{false, true} {
			src, err := os.ReadFile("../../examples/" + c.file + ".attn")
			if err != nil {
				t.Fatal(err)
			}
			p := lower(t, c.file+".attn", src)[0]
			o := nvptx.OptionsFor("sm_90a")
			o.PairLists = on
			_, kernels, err := nvptx.GenerateWith(p, o)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := nvptx.Plan(p, kernels, "", "sm_90a")
			if err != nil {
				t.Fatal(err)
			}
			want := on && c.pair
			var attn *cuda.Kernel
			for i := range kernels {
				if kernels[i].Kind == cuda.KindAttention && kernels[i].Sparse {
					attn = &kernels[i]
				}
			}
			if attn == nil {
				t.Fatalf("%s: no sparse attention kernel", c.file)
			}
			if attn.Pair != want || want && (attn.BlockRows != 384 || attn.BQ != 64 || attn.BK != 64) {
				t.Errorf("%s (PairLists %v): attention kernel pair %v, %d threads, BQ %d, BK %d; want pair %v", c.file, on, attn.Pair, attn.BlockRows, attn.BQ, attn.BK, want)
			}
			var launches []string
			for _, s := range plan.Steps {
				if s.Kernel == attn.Name {
					for _, l := range s.Launches {
						if l.What == "pairs" {
							launches = append(launches, l.Kernels...)
						}
					}
				}
			}
			if wantN := map[bool]int{false: 0, true: 1}[want]; len(launches) != wantN {
				t.Errorf("%s (PairLists %v): pair-list launches %v, want %d", c.file, on, launches, wantN)
			}
		}
	}
}
