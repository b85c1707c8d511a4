package tests

import (
	"fmt"
	"math"
	"testing"

	"github.com/attnc/attnc/ir/interp"
)

// TestHugeScores: q and k of magnitude 1e15 (scores near 1e30, within
// float32), 1e19 (some dot products overflow) and 1e30 (every product
// overflows float32; the interpreter's float64 scores do not). Row by
// row, the CPU output must be the interpreter's or, where float32 cannot
// hold the scores, not finite — never a finite row that differs, such as
// the zeros the kernels gave before (issue 16, item 4).
func TestHugeScores(t *testing.T) {
	scales := []float64{1e15, 1e19, 1e30}
	var src string
	for i := range scales {
		src += fmt.Sprintf(`
kernel big%d(q: f32[H, N, 64], k: f32[H, N, 64], v: f32[H, N, 64]) -> f32[H, N, 64] {
    s = mask(q @ k^T * rsqrt(64), causal)
    return softmax(s) @ v
}
`, i)
	}
	funcs := compileFuncs(t, src)
	pk := buildKernels(t, funcs)
	inputs := map[string]map[string]*interp.Tensor{}
	wants := map[string]*interp.Tensor{}
	for i, f := range funcs {
		in := randomQKV(uint64(7+i), 2, 2, 100, 64, 64, 1)
		for _, name := range []string{"q", "k"} {
			for j := range in[name].Data {
				in[name].Data[j] = float64(float32(in[name].Data[j] * scales[i]))
			}
		}
		inputs[f.Name], wants[f.Name] = in, interpret(t, f, in)
	}
	for _, mode := range cpuModes {
		outs := pk.run(t, inputs, mode.env...)
		for i, f := range funcs {
			got, want := outs[f.Name], wants[f.Name]
			matched, flagged := 0, 0
			for row := range len(want.Data) / 64 {
				g, w := got.Data[row*64:(row+1)*64], want.Data[row*64:(row+1)*64]
				if allNonFinite(g) {
					flagged++
					continue
				}
				one := &interp.Tensor{Shape: []int{1, 64}, Data: g}
				if err := sameOutput(one, &interp.Tensor{Shape: []int{1, 64}, Data: w}, f32Bound, nil); err != nil {
					t.Errorf("%s (q, k × %g, %s): row %d neither the interpreter's nor flagged non-finite: %v", f.Name, scales[i], mode.name, row, err)
					break
				}
				matched++
			}
			t.Logf("q, k × %g (%s): %d rows as the interpreter's, %d non-finite", scales[i], mode.name, matched, flagged)
			if scales[i] == 1e15 && flagged > 0 {
				t.Errorf("%s (%s): %d rows non-finite with scores within float32", f.Name, mode.name, flagged)
			}
		}
	}
}

func allNonFinite(xs []float64) bool {
	for _, x := range xs {
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
