package sparse

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFMA32 holds the portable kernel's fused multiply-add to the exactly
// rounded result (math/big) on random operands and on the double-rounding
// cases: products whose sum with z lands, in float64, halfway between two
// float32.
func TestFMA32(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	rnd := func() float32 {
		switch r.IntN(6) {
		case 0:
			return math.Float32frombits(r.Uint32() &^ (0xff << 23)) // subnormal
		case 1:
			return float32(r.IntN(5) - 2)
		default:
			return float32(r.NormFloat64() * math.Pow(2, float64(r.IntN(40)-20)))
		}
	}
	check := func(x, y, z float32) {
		t.Helper()
		got, want := fma32(x, y, z), refFMA32(x, y, z)
		if math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("fma32(%g, %g, %g) = %g (%#x), want %g (%#x)", x, y, z, got, math.Float32bits(got), want, math.Float32bits(want))
		}
	}
	for range 200000 {
		check(rnd(), rnd(), rnd())
	}
	halfway := 0
	for range 200000 {
		// z has ulp 2⁻²³·2^e; x·y = half an ulp of z plus a tail far
		// below float64's precision at z's scale.
		z := float32(1+r.IntN(1<<23)) * float32(math.Pow(2, float64(r.IntN(20)-10)))
		ulp := float64(math.Nextafter32(z, float32(math.Inf(1))) - z)
		x := float32(ulp / 2 * float64(1+r.IntN(2)*2)) // a multiple of the half ulp
		tail := math.Pow(2, -float64(40+r.IntN(30)))
		y := float32(1 + tail*float64(r.IntN(3)-1))
		if halfway32(float64(x)*float64(y) + float64(z)) {
			halfway++
		}
		check(x, y, z)
		check(-x, y, -z)
	}
	if halfway < 1000 {
		t.Errorf("only %d double-rounding cases exercised", halfway)
	}
}

// TestScoreKernelsAgree runs every antidiagonal kernel this CPU has on
// random operands, with subnormals, zeros and wide ranges, and requires
// the portable kernel's bits.
func TestScoreKernelsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	ks := scorePanelKernels()
	t.Logf("kernels: %v", slices.Sorted(func(yield func(string) bool) {
		for k := range ks {
			if !yield(k) {
				return
			}
		}
	}))
	for it := range 200 {
		n := []int{1, 3, 64, 512}[it%4]
		ldo := adCols + r.IntN(3)*8
		q, k := make([]float32, n*adRows), make([]float32, n*adCols)
		for i := range q {
			q[i] = float32(r.NormFloat64() * math.Pow(2, float64(r.IntN(60)-30)))
		}
		for i := range k {
			k[i] = float32(r.NormFloat64() * math.Pow(2, float64(r.IntN(60)-30)))
			if r.IntN(20) == 0 {
				k[i] = math.Float32frombits(r.Uint32() &^ (0xff << 23))
			}
		}
		want := make([]float32, adRows*ldo)
		scorePanelGo(want, ldo, q, k, n)
		for name, kern := range ks {
			got := make([]float32, adRows*ldo)
			kern(got, ldo, q, k, n)
			for i := range got {
				if i%ldo < adCols && math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s, n=%d: out[%d] = %g, the portable kernel %g", name, n, i, got[i], want[i])
				}
			}
		}
	}
	// The in-place kernels against packing and the portable kernel.
	for it := range 100 {
		d, S := []int{1, 3, 16, 64}[it%4], []int{1, 2, 8}[it%3]
		n := S * d
		q, k := make([]float32, adRows*S*d), make([]float32, n*adCols)
		for i := range q {
			q[i] = float32(r.NormFloat64())
		}
		for i := range k {
			k[i] = float32(r.NormFloat64())
		}
		packed := make([]float32, n*adRows) // Q'[r][u·d+i] = q[(r·S+S−1−u)·d+i], interleaved
		for row := range adRows {
			for u := range S {
				for i := range d {
					packed[(u*d+i)*adRows+row] = q[(row*S+S-1-u)*d+i]
				}
			}
		}
		want := make([]float32, adRows*adCols)
		scorePanelGo(want, adCols, packed, k, n)
		for name, kern := range scoreRowsKernels() {
			got := make([]float32, adRows*adCols)
			kern(got, adCols, q, k, d, S)
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s in place, d=%d S=%d: out[%d] = %g, packed %g", name, d, S, i, got[i], want[i])
				}
			}
		}
	}
	for name, kern := range scaleMaxKernels() {
		for it := range 200 {
			a := make([]float32, it%41)
			for i := range a {
				a[i] = float32(r.NormFloat64() * 30)
				if it%50 == 7 && i == it%len(a) {
					a[i] = float32(math.NaN())
				}
			}
			c := []float64{0.25, 1.0 / 3, 1e-3}[it%3]
			want, got := make([]float64, len(a)), make([]float64, len(a))
			wm, gm := scaleMaxGo(want, a, c), kern(got, a, c)
			if !sameBits(got, want) || !(wm == gm || math.IsNaN(wm) && math.IsNaN(gm)) {
				t.Fatalf("%s: scaleMax gives max %g, the portable one %g (or other x)", name, gm, wm)
			}
		}
	}
	for name, kern := range expShiftKernels() {
		for it := range 200 {
			x := make([]float64, it%37)
			for i := range x {
				switch r.IntN(8) {
				case 0:
					x[i] = math.Inf(-1)
				case 1:
					x[i] = -700 + float64(r.IntN(3)-1)*math.Ldexp(1, -40)
				case 2:
					x[i] = -r.Float64() * 745
				default:
					x[i] = -r.ExpFloat64() * 3
				}
			}
			mx := []float64{0, 1.5, -2}[it%3]
			want, got := make([]float64, len(x)), make([]float64, len(x))
			expShiftGo(want, x, mx)
			kern(got, x, mx)
			if !sameBits(got, want) {
				t.Fatalf("%s: exp kernel differs from adExp\n got %v\nwant %v\n   x %v", name, got, want, x)
			}
		}
	}
}

// TestAdExp checks the softmax's exponential against math.Exp.
func TestAdExp(t *testing.T) {
	for y := -700.0; y <= 0; y += 0.01234 {
		if got, want := adExp(y), math.Exp(y); math.Abs(got-want) > 1e-12*want {
			t.Fatalf("adExp(%g) = %g, math.Exp %g", y, got, want)
		}
	}
	if adExp(-701) != 0 || adExp(math.Inf(-1)) != 0 || adExp(0) != 1 {
		t.Fatal("adExp: wrong at -701, -Inf or 0")
	}
}

// TestAntidiagonalNearFloat64 compares the antidiagonal scores with their
// float64 definition before the change of order (float64 dot products,
// math.Exp): float32 sums move each score by a few float32 ulps of the
// products, far below what a selection threshold resolves.
func TestAntidiagonalNearFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	worst := 0.0
	for it := range 200 {
		g := randomGrid(r, it%3 == 2)
		spec := ScoreSpec{Method: "antidiagonal", Stride: []int{1, 2, 4}[r.IntN(3)], Scale: 0.25}
		if it%2 == 1 {
			spec.Pool = "rowmax"
		}
		d := []int{1, 3, 8, 16}[r.IntN(4)]
		q := randomValues(r, g.H*g.M*d, false)
		k := randomValues(r, g.H/g.Group*g.N*d, false)
		want, wantF, _ := refBlockScoreAD(g, spec, q, k, d, 2, true)
		got, gotF, _ := BlockScore(g, spec, q, k, d, 2)
		if !sameBits(gotF, wantF) {
			t.Fatalf("case %d: flops %v, before %v", it, gotF, wantF)
		}
		for i := range got {
			if (got[i] < 0) != (want[i] < 0) {
				t.Fatalf("case %d: tile %d allowed differently", it, i)
			}
			worst = max(worst, math.Abs(got[i]-want[i]))
		}
	}
	t.Logf("largest difference: %.2g", worst)
	if worst > 1e-5 {
		t.Errorf("antidiagonal scores moved by %.2g from the float64 definition", worst)
	}
}

// TestAntidiagonalEmptyHeadDim: d = 0 scores every allowed cell 0, so each
// row's mass spreads evenly (and nothing divides by zero).
func TestAntidiagonalEmptyHeadDim(t *testing.T) {
	g := &Grid{H: 1, M: 40, N: 40, Group: 1, BQ: 8, BK: 8, Mask: Program{{Op: OpCausal}}}
	spec := ScoreSpec{Method: "antidiagonal", Stride: 4, Scale: 1}
	want, _, _ := refBlockScore(g, spec, nil, nil, 0, 1)
	got, _, err := BlockScore(g, spec, []float32{}, []float32{}, 0, 2)
	if err != nil || !sameBits(got, want) {
		t.Fatalf("d = 0: %v (err %v), reference %v", got, err, want)
	}
}
