package sparse

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestGatherKernels holds the AVX-512 gather kernels to their portable
// twins on random rows and index lists (lengths hitting the four-key and
// one-key loops), within float32 rounding of a reordered sum.
func TestGatherKernels(t *testing.T) {
	if gatherDots == nil || gatherPV == nil {
		t.Skip("no AVX-512 gather kernels on this CPU")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, d := range []int{16, 64, 128} {
		for _, n := range []int{1, 3, 4, 7, 33} {
			const rows = 50
			k := make([]float32, rows*d)
			for i := range k {
				k[i] = float32(r.NormFloat64())
			}
			q := k[:d:d]
			idx := make([]int32, n)
			for i := range idx {
				idx[i] = int32(r.IntN(rows))
			}
			got, want := make([]float32, n), make([]float32, n)
			GatherDots(got, q, k, idx, 0.125)
			gatherDotsGo(want, q, k, idx, 0.125)
			for i := range got {
				if math.Abs(float64(got[i]-want[i])) > 1e-4*(1+math.Abs(float64(want[i]))) {
					t.Errorf("dots d=%d n=%d [%d]: %g, want %g", d, n, i, got[i], want[i])
				}
			}
			if d%64 != 0 {
				continue
			}
			p := make([]float32, n)
			for i := range p {
				p[i] = r.Float32()
			}
			accG, accW := make([]float32, d), make([]float32, d)
			for i := range accG {
				accG[i] = float32(i)
				accW[i] = float32(i)
			}
			GatherPV(accG, p, k, idx)
			gatherPVGo(accW, p, k, idx)
			for i := range accG {
				if math.Abs(float64(accG[i]-accW[i])) > 1e-4*(1+math.Abs(float64(accW[i]))) {
					t.Errorf("pv dv=%d n=%d [%d]: %g, want %g", d, n, i, accG[i], accW[i])
				}
			}
		}
	}
}
