//go:build amd64

package sparse

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPoolMeanKernel: the AVX-512 pooling gives poolRows' Go sums to the
// bit, for head dims that use the 128-, 64- and 8-wide passes and mixes of them.
func TestPoolMeanKernel(t *testing.T) {
	if poolMean == nil {
		t.Skip("no AVX-512 (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, d := range []int{8, 64, 72, 128, 200, 256} {
		for _, n := range []int{1, 16, 64} {
			x := make([]float32, (n+3)*d)
			for i := range x {
				x[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
			}
			want, got := make([]float64, d), make([]float64, d)
			for i := range want {
				want[i] = r.NormFloat64()
				got[i] = want[i]
			}
			lo, hi := 3, n+3
			for i := lo; i+4 <= hi; i += 4 {
				accumulateMean4(want, x[i*d:(i+1)*d], x[(i+1)*d:(i+2)*d], x[(i+2)*d:(i+3)*d], x[(i+3)*d:(i+4)*d], n)
			}
			for i := lo + (hi-lo)/4*4; i < hi; i++ {
				accumulateMean(want, x[i*d:(i+1)*d], n)
			}
			poolRows(got, x, lo, hi, n)
			for i := range want {
				if math.Float64bits(want[i]) != math.Float64bits(got[i]) {
					t.Fatalf("d=%d n=%d: element %d: %v, want %v", d, n, i, got[i], want[i])
				}
			}
		}
	}
}
