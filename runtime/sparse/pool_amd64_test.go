//go:build amd64

package sparse

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// TestPoolMeanKernel: the AVX-512 pooling gives poolRows' Go sums to the
// bit, for head dims that use the 128-, 64- and 8-wide passes and mixes of
// them, power-of-two row counts (products) and others (quotients); and
// poolTensorRows on f16 and bf16 keys read in place gives the sums of
// their float32 conversion (runtime.LoadElems), subnormals, zeros,
// infinities and NaNs among them.
func TestPoolMeanKernel(t *testing.T) {
	if poolF32[0] == nil {
		t.Skip("no AVX-512 (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(1, 2))
	goPool := func(dst []float64, x []float32, lo, hi, n int) {
		dd := len(dst)
		i := lo
		for ; i+4 <= hi; i += 4 {
			accumulateMean4(dst, x[i*dd:(i+1)*dd], x[(i+1)*dd:(i+2)*dd], x[(i+2)*dd:(i+3)*dd], x[(i+3)*dd:(i+4)*dd], n)
		}
		for ; i < hi; i++ {
			accumulateMean(dst, x[i*dd:(i+1)*dd], n)
		}
	}
	for _, d := range []int{8, 64, 72, 128, 200, 256} {
		for _, n := range []int{1, 3, 16, 37, 64} {
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
			goPool(want, x, lo, hi, n)
			poolRows(got, x, lo, hi, n)
			sameSums(t, fmt.Sprintf("f32 d=%d n=%d", d, n), got, want)
		}
	}
	specials := []float32{0, float32(math.Copysign(0, -1)), 6e-8, -3e-5, 65504, float32(math.Inf(1)), float32(math.NaN())}
	for _, dt := range []runtime.DType{runtime.F16, runtime.BF16} {
		for _, d := range []int{8, 72, 128} {
			for _, rows := range []int{1, 3, 16, 37, 64} {
				const n = 70
				kt := runtime.New(dt, 2, n, d)
				for i := range kt.Len() {
					x := float32(r.NormFloat64() * math.Exp2(float64(r.IntN(20)-10)))
					if r.IntN(50) == 0 {
						x = specials[r.IntN(len(specials))]
					}
					kt.Set(i, x)
				}
				lo := r.IntN(n - rows + 1)
				f := make([]float32, rows*d)
				runtime.LoadElems(f, kt, (n+lo)*d)
				want, got := make([]float64, d), make([]float64, d)
				goPool(want, f, 0, rows, rows)
				var buf []float32
				poolTensorRows(got, kt, rawKeys(kt), &buf, 1, n, lo, lo+rows)
				if buf != nil {
					t.Fatalf("%s: pooled through a float32 copy", dt)
				}
				sameSums(t, fmt.Sprintf("%s d=%d rows=%d", dt, d, rows), got, want)
			}
		}
	}
}

func sameSums(t *testing.T, what string, got, want []float64) {
	t.Helper()
	for i := range want {
		if math.Float64bits(want[i]) != math.Float64bits(got[i]) {
			t.Fatalf("%s: element %d: %v, want %v", what, i, got[i], want[i])
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
// float32 rows, one key to 40 (every count of the four in flight), head
// dims 8 to 256, values spanning 2⁴⁰, in candidate order, and write
// nothing past the candidates.
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
			for i, j := range idx {
				want := c * dot8w(q, k[j*d:(j+1)*d])
				if math.Float64bits(got[i]) != math.Float64bits(want) {
					t.Fatalf("d=%d n=%d candidate %d (key %d): %v, want %v", d, n, i, j, got[i], want)
				}
			}
			for i, x := range got[n:] {
				if !math.IsNaN(x) {
					t.Fatalf("d=%d n=%d: out[%d] past the candidates was written", d, n, n+i)
				}
			}
		}
	}
}

// TestGoExpKernel: the AVX-512 exponential gives math.Exp's bits on
// logits of every magnitude a softmax sees and past them — subnormal
// results, underflow to 0, the overflow threshold, huge magnitudes whose
// int32 conversion overflows, ±0, ±Inf and NaNs — written in place.
func TestGoExpKernel(t *testing.T) {
	if goExp == nil {
		t.Skip("no AVX-512 with FMA (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(21, 22))
	specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN(),
		7.09782712893384e+02, math.Nextafter(7.09782712893384e+02, 800), 709.7, 710, -708.39, -708.4, -744.4, -745.13, -745.2, -746,
		-1e10, 1e10, -1e300, 1e300, math.MaxFloat64, -math.MaxFloat64, 5e-324, -5e-324, 1e-20, -1e-20}
	const n = 1 << 20
	x := make([]float64, n)
	for i := range x {
		switch k := r.IntN(10); {
		case k == 0:
			x[i] = specials[r.IntN(len(specials))]
		case k < 3:
			x[i] = -750 + r.Float64()*50 // subnormal and vanishing results
		case k < 5:
			x[i] = (r.Float64()*2 - 1) * 800
		case k < 7:
			x[i] = -r.ExpFloat64() * math.Exp2(float64(r.IntN(30)-20))
		default:
			x[i] = -r.Float64() * 40 // a softmax's logits less their maximum
		}
	}
	got := slices.Clone(x)
	goExp(&got[0], &got[0], n)
	for i, v := range x {
		if want := math.Exp(v); math.Float64bits(got[i]) != math.Float64bits(want) {
			t.Fatalf("exp(%v) (bits %#x): %v (%#x), math.Exp %v (%#x)", v, math.Float64bits(v), got[i], math.Float64bits(got[i]), want, math.Float64bits(want))
		}
	}
}

// TestPoolGatherKernel: pooling rows gathered by index (a permuted key
// tile's mean) on AVX-512 gives accumulateMean's sums row by row, in the
// list's order, to the bit — head dims that use the 128-, 64- and 8-wide
// passes, power-of-two counts (products) and others (quotients), indices
// permuted and repeated, values spanning 2⁴⁰ so that the order shows.
func TestPoolGatherKernel(t *testing.T) {
	if poolGather[0] == nil {
		t.Skip("no AVX-512 (or ATTNC_NOAVX512/ATTNC_NOSIMD set)")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, d := range []int{8, 64, 72, 128, 200, 256} {
		for _, n := range []int{1, 3, 16, 37, 64} {
			const rows = 300
			x := make([]float32, rows*d)
			for i := range x {
				x[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
			}
			keys := make([]int, n)
			for i := range keys {
				keys[i] = r.IntN(rows)
			}
			got, want := make([]float64, d+8), make([]float64, d+8)
			for i := range got {
				got[i] = r.NormFloat64()
				want[i] = got[i]
			}
			poolKeys(got[:d], x, keys)
			for _, j := range keys {
				accumulateMean(want[:d], x[j*d:(j+1)*d], n)
			}
			if !sameBits(got, want) {
				t.Fatalf("d=%d n=%d: the gathered pooling differs from accumulateMean's (or wrote past d)", d, n)
			}
		}
	}
}
