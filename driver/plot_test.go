package driver

import (
	"strings"
	"testing"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
)

// TestPlotTitle: the plot's title names the kernel, N, the density and the
// schedule's choices, without the arguments and the kernel's own mask (an
// expression with spaces), scale and tile sizes.
func TestPlotTitle(t *testing.T) {
	m, err := ir.Parse("w.ir", `func window(%q: f16[H,N,64], %k: f16[H,N,64], %v: f16[H,N,64]) -> f32[H,N,64] {
  %0 = blockscore %q, %k method=mean scale=0.125 mask={causal & (window(256) | sink(4))} bq=64 bk=64 : f32[H,N/64,N/64]
  %1 = blockselect %0 mode=density density=0.5 bq=64 bk=64 : i32[H,N/64,2,N/64]
  %2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal & (window(256) | sink(4))} bq=64 bk=64 : f32[H,N,64]
  return %2
}
`)
	if err != nil {
		t.Fatal(err)
	}
	f := m.Funcs[0]
	score, sel := sparseOps(f)
	res := &interp.Result{
		Stats: interp.Stats{Density: 0.25, DensityTotal: 0.3},
		Values: map[*ir.Value]*interp.Tensor{
			f.Params[0]: {Shape: []int{2, 512, 64}},
			score:       {Shape: []int{2, 8, 8}},
		},
	}
	got := plotTitle(f, res, score, sel)
	want := "window  N=512  2 heads  8x8 tiles of 64x64  density 0.250 (total 0.300)\n" +
		"schedule: blockscore method=mean; blockselect mode=density density=0.5"
	if got != want {
		t.Errorf("title\n%s\nwant\n%s", got, want)
	}
	// 100 queries against 700 keys: both lengths.
	res.Values[f.Params[0]], res.Values[f.Params[1]] = &interp.Tensor{Shape: []int{2, 100, 64}}, &interp.Tensor{Shape: []int{2, 700, 64}}
	if got := plotTitle(f, res, score, sel); !strings.HasPrefix(got, "window  M=100  N=700  2 heads") {
		t.Errorf("title with M=100 queries against N=700 keys:\n%s", got)
	}
}
