package sparse

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// tokenKernels lists the selection kernels to hold to the stable sort:
// the portable twins, and the AVX-512 kernels where the CPU has them.
func tokenKernels() map[string][2]any {
	ks := map[string][2]any{"go": {tokenPartGo[float64], tokenKeepGo[float64]}}
	if tokenPart != nil && tokenKeep != nil {
		ks["cpu"] = [2]any{tokenPart, tokenKeep}
	}
	return ks
}

// TestTokenTop: the token stage's selection against the stable sort by
// descending score, through each set of kernels, on scores with ties,
// zeros of both signs, infinities, all equal, a few ulps apart, and NaN
// (which the selection must refuse).
func TestTokenTop(t *testing.T) {
	defer func(p func([]float64, float64, []float64, []float64) (int, int, int), k func([]int32, []float64, []int32, float64, int32) int) {
		tokenPart, tokenKeep = p, k
	}(tokenPart, tokenKeep)
	for name, ks := range tokenKernels() {
		tokenPart = ks[0].(func([]float64, float64, []float64, []float64) (int, int, int))
		tokenKeep = ks[1].(func([]int32, []float64, []int32, float64, int32) int)
		r := rand.New(rand.NewPCG(51, 52))
		var ts tokenScratch
		for it := range 4000 {
			n := 2 + r.IntN(700)
			kind := r.IntN(7)
			score := make([]float64, n+10)
			for j := range score {
				switch kind {
				case 0, 6:
					score[j] = r.NormFloat64()
				case 1:
					score[j] = float64(r.IntN(4)) * []float64{1, -1}[r.IntN(2)] * 0 // ±0
				case 2:
					score[j] = []float64{math.Inf(1), math.Inf(-1), 1, 2}[r.IntN(4)]
				case 3:
					score[j] = 1 + float64(r.IntN(3))*0x1p-52 // a few ulps apart
				case 4:
					score[j] = float64(r.IntN(5))
				case 5:
					score[j] = 7 // all equal
				}
			}
			nan := kind == 6 && r.IntN(2) == 0
			if nan {
				score[r.IntN(len(score))] = math.NaN()
			}
			var list []int32
			for j := range score {
				if r.IntN(4) != 0 {
					list = append(list, int32(j))
				}
			}
			if len(list) < 2 {
				continue
			}
			k := 1 + r.IntN(len(list)-1)
			sc := make([]float64, len(list))
			for i, j := range list {
				sc[i] = score[j]
			}
			row := make([]int32, k)
			for i := range row {
				row[i] = -7
			}
			ok := ts.top(row, list, sc, k)
			hasNaN := slices.ContainsFunc(sc, math.IsNaN)
			if ok == hasNaN {
				t.Fatalf("%s case %d: top reported %v with NaN %v", name, it, ok, hasNaN)
			}
			if !ok {
				continue
			}
			want := make([]int, len(list))
			for i, j := range list {
				want[i] = int(j)
			}
			sort.SliceStable(want, func(a, b int) bool { return score[want[a]] > score[want[b]] })
			want = want[:k]
			slices.Sort(want)
			got := make([]int, k)
			for i, j := range row {
				got[i] = int(j)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s case %d (kind %d, k %d of %d): %v, want %v", name, it, kind, k, len(list), got, want)
			}
		}
	}
}

// TestTokenKernels holds the AVX-512 partition and keep kernels, float64
// and float32, to their portable twins: the same values in the same
// order, the same counts, every length from 0 to past a few steps (the
// masked tail), NaN, zeros of both signs and infinities included.
func TestTokenKernels(t *testing.T) {
	if tokenPart == nil || tokenKeep == nil || reflect.ValueOf(tokenPart).Pointer() == reflect.ValueOf(tokenPartGo[float64]).Pointer() {
		t.Skip("no AVX-512 token kernels on this CPU")
	}
	t.Run("float64", func(t *testing.T) { testTokenKernels(t, tokenPart, tokenKeep, 8) })
	t.Run("float32", func(t *testing.T) { testTokenKernels(t, tokenPart32, tokenKeep32, 16) })
}

func testTokenKernels[F selFloat](t *testing.T, part func([]F, F, []F, []F) (int, int, int), keep func([]int32, []F, []int32, F, int32) int, slack int) {
	r := rand.New(rand.NewPCG(53, 54))
	special := []F{0, F(math.Copysign(0, -1)), F(math.Inf(1)), F(math.Inf(-1)), F(math.NaN()), 1, -1}
	for it := range 3000 {
		n := r.IntN(56)
		x := make([]F, n)
		idx := make([]int32, n)
		for i := range x {
			x[i] = F(r.IntN(7) - 3)
			if r.IntN(4) == 0 {
				x[i] = special[r.IntN(len(special))]
			}
			idx[i] = int32(3*i + r.IntN(3))
		}
		p := special[r.IntN(len(special))]
		if r.IntN(2) == 0 {
			p = F(r.IntN(7) - 3)
		}
		gt, lt := make([]F, n+slack), make([]F, n+slack)
		gw, lw := make([]F, n+slack), make([]F, n+slack)
		a, b, c := part(x, p, gt, lt)
		aw, bw, cw := tokenPartGo(x, p, gw, lw)
		same := func(x, y F) bool { return x == y && math.Signbit(float64(x)) == math.Signbit(float64(y)) }
		if a != aw || b != bw || c != cw || !slices.EqualFunc(gt[:a], gw[:aw], same) || !slices.EqualFunc(lt[:b], lw[:bw], same) {
			t.Fatalf("case %d: tokenPart(%v, %v) = %v %v %d %d %d, want %v %v %d %d %d", it, x, p, gt[:a], lt[:b], a, b, c, gw[:aw], lw[:bw], aw, bw, cw)
		}
		tj := int32(-1 + r.IntN(3*n+2))
		if r.IntN(8) == 0 {
			tj = []int32{math.MinInt32, math.MaxInt32}[r.IntN(2)]
		}
		out, ow := make([]int32, n+slack), make([]int32, n+slack)
		m, mw := keep(out, x, idx, p, tj), tokenKeepGo(ow, x, idx, p, tj)
		if m != mw || !slices.Equal(out[:m], ow[:mw]) {
			t.Fatalf("case %d: tokenKeep(%v, %v, %v, %d) = %v, want %v", it, x, idx, p, tj, out[:m], ow[:mw])
		}
	}
}

func bitsEqual(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

// TestTokenEst: each estimate kernel gives its portable twin's bits
// (tokenEstGo, the chains of fma32 folded pairwise) for every row and key
// of a transposed block — head dims 8 to 256, 16 to 80 keys, values
// spanning 2⁴⁰ (so that the order of the additions shows) — and writes
// nothing past its n outputs.
func TestTokenEst(t *testing.T) {
	if tokenEst[0] == nil {
		t.Skip("no AVX-512 estimate kernels on this CPU")
	}
	r := rand.New(rand.NewPCG(55, 56))
	for x, kernel := range tokenEst {
		rows := 8 >> x
		for _, d := range []int{8, 16, 24, 64, 128, 256} {
			for _, n := range []int{16, 32, 48, 80} {
				qs, outs := make([]*float32, rows), make([]*float32, rows)
				q := make([][]float32, rows)
				out, want := make([][]float32, rows), make([][]float32, rows)
				for r8 := range q {
					q[r8] = make([]float32, d)
					for i := range q[r8] {
						q[r8][i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
					}
					out[r8], want[r8] = make([]float32, n+16), make([]float32, n)
					for i := range out[r8] {
						out[r8][i] = float32(math.NaN())
					}
					qs[r8], outs[r8] = &q[r8][0], &out[r8][0]
				}
				kt := make([]float32, d*n)
				for i := range kt {
					kt[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
				}
				kernel(&outs[0], &qs[0], &kt[0], n, d)
				tokenEstGo(rows, want, q, kt, n, d)
				for r8 := range q {
					if !slices.EqualFunc(out[r8][:n], want[r8], func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) }) {
						t.Fatalf("%d rows, d=%d n=%d row %d: %v, want %v", rows, d, n, r8, out[r8][:n], want[r8])
					}
					for j, v := range out[r8][n:] {
						if v == v {
							t.Fatalf("%d rows, d=%d n=%d row %d: out[%d] past the keys was written", rows, d, n, r8, n+j)
						}
					}
				}
			}
		}
	}
}

// TestTokenBand holds the band kernels (float64 and float32) to their
// portable twin: the same count above, the same positions in order, every
// length from 0 to past a few steps (the masked tail), zeros of both signs
// and infinities, bands that are points.
func TestTokenBand(t *testing.T) {
	if reflect.ValueOf(tokenBand).Pointer() == reflect.ValueOf(tokenBandGo[float64]).Pointer() {
		t.Skip("no AVX-512 band kernel on this CPU")
	}
	t.Run("float64", func(t *testing.T) { testTokenBand(t, tokenBand, 8) })
	t.Run("float32", func(t *testing.T) { testTokenBand(t, tokenBand32, 16) })
}

func testTokenBand[F selFloat](t *testing.T, kernel func([]F, F, F, []int32) (int, int), slack int) {
	r := rand.New(rand.NewPCG(57, 58))
	special := []F{0, F(math.Copysign(0, -1)), F(math.Inf(1)), F(math.Inf(-1)), 1, -1}
	for it := range 3000 {
		n := r.IntN(56)
		x := make([]F, n)
		for i := range x {
			x[i] = F(r.IntN(7) - 3)
			if r.IntN(4) == 0 {
				x[i] = special[r.IntN(len(special))]
			}
		}
		lo := F(r.IntN(7) - 4)
		hi := lo + F(r.IntN(3))
		band, bw := make([]int32, n+slack), make([]int32, n+slack)
		a, m := kernel(x, lo, hi, band)
		aw, mw := tokenBandGo(x, lo, hi, bw)
		if a != aw || m != mw || !slices.Equal(band[:m], bw[:mw]) {
			t.Fatalf("case %d: tokenBand(%v, %v, %v) = %d %v, want %d %v", it, x, lo, hi, a, band[:m], aw, bw[:mw])
		}
	}
}

// TestTokenIota: the kernel writes start + i to the n elements given
// (lengths across the sixteen-lane steps and the masked tail, starts near
// int32's ends) and nothing past them.
func TestTokenIota(t *testing.T) {
	if reflect.ValueOf(tokenIota).Pointer() == reflect.ValueOf(tokenIotaGo).Pointer() {
		t.Skip("no AVX-512 iota kernel on this CPU")
	}
	for n := range 70 {
		for _, start := range []int32{0, 17, -5, math.MaxInt32 - 80, math.MinInt32} {
			got, want := make([]int32, n+20), make([]int32, n+20)
			for i := range got {
				got[i], want[i] = -7, -7 // poison: what is past n stays
			}
			tokenIota(got[:n], start)
			tokenIotaGo(want[:n], start)
			if !slices.Equal(got, want) {
				t.Fatalf("n %d, start %d: %v, want %v", n, start, got, want)
			}
		}
	}
}

// FuzzTokenSelect holds the token stage's filtered path (float32 inputs:
// estimates, a band, exact scores near the k-th) to its exact path
// (float64 inputs: every candidate scored), on shapes and values the
// fuzzer draws: each input byte a value on a coarse grid (ties), a
// float32 ulp from it (ties of the estimates only), scaled far (a wide
// bound), or not finite.
func FuzzTokenSelect(f *testing.F) {
	f.Add(uint8(16), uint8(40), uint8(16), uint8(7), uint8(0), []byte("attention is mostly zeros, but which ones?"))
	f.Add(uint8(64), uint8(100), uint8(4), uint8(30), uint8(3), []byte{0, 1, 2, 3, 250, 251, 252, 253, 128, 7})
	f.Fuzz(func(t *testing.T, dim, rows, blk, topb, scaleb uint8, data []byte) {
		if len(data) == 0 {
			return
		}
		d := 8 * (1 + int(dim)%8) // the filtered path needs d a multiple of 8
		m := 1 + int(rows)%130
		n := m + int(rows)%7
		block := []int{4, 12, 16, 64}[int(blk)%4]
		top := 1 + int(topb)%48
		scale := []float64{0.5, 0.3, 0.125, 1e-3}[int(scaleb)%4]
		g := &Grid{H: 2, M: m, N: n, Group: 1 + int(scaleb/4)%2, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
		value := func(i int) float64 {
			b := data[i%len(data)]
			x := float64(int(b%16) - 8)
			switch b >> 4 {
			case 1, 2: // a float32 ulp or two away
				x = float64(math.Nextafter32(float32(x), float32(math.Inf(1))))
			case 3:
				x *= 0x1p30
			case 4:
				x *= 0x1p-30
			case 5:
				if i%97 == 0 {
					x = math.Inf(1)
				}
			case 6:
				x += float64(i%5) * 0.25
			}
			return float64(float32(x))
		}
		q, k := make([]float64, g.H*m*d), make([]float64, g.H/g.Group*n*d)
		for i := range q {
			q[i] = value(i)
		}
		for i := range k {
			k[i] = value(i + len(q))
		}
		e, _, _ := RowScore(g, block, 0.5, q, k, d, 1)
		spec := RowSpec{Block: block, Top: 1 + int(topb)%5, Diagonal: true, Sink: true}
		nb := (n + block - 1) / block
		lists := RowSelect(e, g.H, m, nb, spec, n)
		w := spec.Width(nb)
		want, _ := TokenSelect(g, lists, w, block, top, scale, nil, q, k, d, 2)
		q32, k32 := make([]float32, len(q)), make([]float32, len(k))
		for i, x := range q {
			q32[i] = float32(x)
		}
		for i, x := range k {
			k32[i] = float32(x)
		}
		got, _ := TokenSelect(g, lists, w, block, top, scale, nil, q32, k32, d, 2)
		if !slices.Equal(got, want) {
			t.Fatalf("d %d m %d n %d block %d top %d scale %v: the filtered path chose other tokens than the exact one", d, m, n, block, top, scale)
		}
	})
}

// TestUpDown32: up32 and down32 give the nearest float32 at or above (at
// or below) x — the token filter's band ends, rounded outwards.
func TestUpDown32(t *testing.T) {
	r := rand.New(rand.NewPCG(59, 60))
	for range 100000 {
		x := r.NormFloat64() * math.Exp2(float64(r.IntN(80)-40))
		if r.IntN(8) == 0 {
			x = float64(float32(x)) // exact: both are x
		}
		u, d := up32(x), down32(x)
		if float64(u) < x || float64(math.Nextafter32(u, float32(math.Inf(-1)))) >= x {
			t.Fatalf("up32(%v) = %v", x, u)
		}
		if float64(d) > x || float64(math.Nextafter32(d, float32(math.Inf(1)))) <= x {
			t.Fatalf("down32(%v) = %v", x, d)
		}
	}
	if up32(math.Inf(1)) != float32(math.Inf(1)) || down32(math.Inf(-1)) != float32(math.Inf(-1)) {
		t.Fatal("infinities")
	}
}

// TestTransposeNorms: the largest key norm the token filter bounds its
// estimates with is NaN when any key holds a NaN, wherever it lies (a
// finite norm after it once replaced it), +Inf past an infinite key, and
// the largest norm otherwise.
func TestTransposeNorms(t *testing.T) {
	const d, n = 8, 40
	for _, c := range []struct {
		at   int
		v    float32
		want float64
	}{
		{-1, 0, math.Sqrt(8 * 9)}, // every key 1 but key 7's dims 3
		{0, float32(math.NaN()), math.NaN()},
		{17, float32(math.NaN()), math.NaN()},
		{n - 1, float32(math.NaN()), math.NaN()},
		{17, float32(math.Inf(-1)), math.Inf(1)},
	} {
		k := make([]float32, n*d)
		for i := range k {
			k[i] = 1
		}
		for i := range d {
			k[7*d+i] = 3
		}
		if c.at >= 0 {
			k[c.at*d+2] = c.v
		}
		var tt tokenTile
		tt.transpose(k, n, 16, d)
		if !(tt.kmax == c.want || math.IsNaN(tt.kmax) && math.IsNaN(c.want)) {
			t.Errorf("key %d = %v: kmax %v, want %v", c.at, c.v, tt.kmax, c.want)
		}
	}
}
