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

// TestMeanDotsKernel: the AVX-512 q̄·k̄ gives dot8's bits for every tile of
// a row (4-tile groups and the rest), head dims 8 to 256, values spanning
// 2⁴⁰ so that the order of additions shows, scattered tile indices, and
// writes no other element of out.
func TestMeanDotsKernel(t *testing.T) {
	if meanDots == nil {
		t.Skip("no AVX-512 (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, d := range []int{8, 16, 64, 128, 256} {
		for _, n := range []int{1, 3, 4, 5, 9, 40} {
			nk := n + 7
			q, means := make([]float64, d), make([]float64, nk*d)
			for i := range q {
				q[i] = r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20))
			}
			for i := range means {
				means[i] = r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20))
			}
			idx := r.Perm(nk)[:n]
			c := r.NormFloat64()
			got := make([]float64, nk)
			for i := range got {
				got[i] = math.NaN() // poison: only idx's entries are written
			}
			meanDots(&got[0], &q[0], &means[0], &idx[0], n, d, c)
			written := map[int]bool{}
			for _, J := range idx {
				written[J] = true
				want := c * dot8(q, means[J*d:(J+1)*d])
				if math.Float64bits(got[J]) != math.Float64bits(want) {
					t.Fatalf("d=%d n=%d tile %d: %v, want %v", d, n, J, got[J], want)
				}
			}
			for J, x := range got {
				if !written[J] && !math.IsNaN(x) {
					t.Fatalf("d=%d n=%d: tile %d not in idx was written", d, n, J)
				}
			}
		}
	}
}

// TestTokenDotsKernel: the AVX-512 token scores give dot8w's bits for
// float32 rows, one key and pairs, head dims 8 to 256, values spanning
// 2⁴⁰, and write no other element.
func TestTokenDotsKernel(t *testing.T) {
	if tokenDots == nil {
		t.Skip("no AVX-512 (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, d := range []int{8, 16, 64, 128, 256} {
		for _, n := range []int{1, 2, 3, 7, 40} {
			nk := n + 5
			q, k := make([]float32, d), make([]float32, nk*d)
			for i := range q {
				q[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
			}
			for i := range k {
				k[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
			}
			idx := r.Perm(nk)[:n]
			c := r.NormFloat64()
			got := make([]float64, nk)
			for i := range got {
				got[i] = math.NaN()
			}
			tokenDots(&got[0], &q[0], &k[0], &idx[0], n, d, c)
			written := map[int]bool{}
			for _, j := range idx {
				written[j] = true
				want := c * dot8w(q, k[j*d:(j+1)*d])
				if math.Float64bits(got[j]) != math.Float64bits(want) {
					t.Fatalf("d=%d n=%d key %d: %v, want %v", d, n, j, got[j], want)
				}
			}
			for j, x := range got {
				if !written[j] && !math.IsNaN(x) {
					t.Fatalf("d=%d n=%d: key %d not in idx was written", d, n, j)
				}
			}
		}
	}
}
