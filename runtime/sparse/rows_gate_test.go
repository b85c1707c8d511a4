package sparse

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRowGateFilter: the fused gate's lists are RowSelect's on RowScore's
// E, whichever way gateRows takes them — the filter on the SIMD kernels or
// on the portable twins, or exact scores only — on inputs made to trip the
// filter: blocks whose exact scores differ by less than the float32
// estimates' error (a block's keys copied with one element moved by an
// ulp), coarse values with ties, tiny values whose float32 products are
// subnormal, values past the filter's bound, NaN and Inf, a zero or
// negative scale; k on both sides of gateTopMax, density, every test mask,
// GQA and offset queries; one workspace for every call.
func TestRowGateFilter(t *testing.T) {
	r := rand.New(rand.NewPCG(45, 46))
	panels := map[string]gateEst{"exact": {}, "go": {panel: scorePanelGo}}
	if gatePanel != nil {
		panels["simd"] = gateEst{panel: gatePanel}
	}
	if gateInPlace != nil {
		panels["simd in place"] = gateEst{gatePanel, gateInPlace}
	}
	var ws gateBufs // one for every call: buffers reused across shapes
	kmax, kmax2, kabove, ksort, knorms, kkth := gateMax, gateMax4, gateAbove, gateSort, gateNorms, gateKth
	defer func() {
		gateMax, gateMax4, gateAbove, gateSort, gateNorms, gateKth = kmax, kmax2, kabove, ksort, knorms, kkth
	}()
	for it := range 200 {
		d := []int{8, 16, 64, 12}[r.IntN(4)]
		m, n := 1+r.IntN(200), 1+r.IntN(700)
		if r.IntN(2) == 0 {
			m = min(n, 200)
		}
		g := &Grid{H: 2, M: m, N: n, Group: 1 + r.IntN(2), BQ: 64, BK: 64, Mask: testMasks[r.IntN(len(testMasks))]}
		block := []int{4, 8, 16}[r.IntN(3)]
		nb := (n + block - 1) / block
		spec := RowSpec{Block: block, Diagonal: r.IntN(3) != 0, Sink: r.IntN(2) == 0, Local: r.IntN(5)}
		if r.IntN(5) == 0 {
			spec.Density = []float64{0.05, 0.3}[r.IntN(2)]
		} else {
			spec.Top = 1 + r.IntN(72) // both sides of 16 and of gateTopMax
		}
		coarse := r.IntN(4) == 0
		q := float32s(randomValues(r, g.H*m*d, coarse))
		k := float32s(randomValues(r, g.H/g.Group*n*d, coarse))
		// Near ties: block b2 gets b1's keys with one element an ulp away.
		for range r.IntN(nb) {
			kv, b1, b2 := r.IntN(g.H/g.Group), r.IntN(nb), r.IntN(nb)
			lo1, lo2 := kv*n+b1*block, kv*n+b2*block
			rows := min(block, n-b1*block, n-b2*block)
			copy(k[lo2*d:(lo2+rows)*d], k[lo1*d:(lo1+rows)*d])
			x := &k[lo2*d+r.IntN(rows*d)]
			*x = math.Nextafter32(*x, float32(math.Inf(2*r.IntN(2)-1)))
		}
		scale := 0.125
		switch r.IntN(12) {
		case 0: // tiny: float32 products underflow
			scaleAll(q, 1e-20)
			scaleAll(k, 1e-20)
		case 1: // past the bound
			scaleAll(k, 1e30)
		case 2:
			q[r.IntN(len(q))] = float32(math.NaN())
		case 3:
			k[r.IntN(len(k))] = float32(math.Inf(1))
		case 4:
			scale = -0.5
		case 5:
			scale = 0
		}
		e, _, err := RowScore(g, block, scale, q, k, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		want := RowSelect(e, g.H, m, nb, spec, n)
		for name, p := range panels {
			for _, simd := range []bool{true, false} {
				if simd {
					gateMax, gateMax4, gateAbove, gateSort, gateNorms, gateKth = kmax, kmax2, kabove, ksort, knorms, kkth
				} else {
					gateMax, gateMax4, gateAbove, gateSort, gateNorms, gateKth = nil, nil, nil, nil, nil, nil
				}
				got, _, err := gateRows(&ws, g, block, scale, q, k, d, spec, 1+r.IntN(2), p)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) {
					for i := range want {
						if got[i] != want[i] {
							w := spec.Width(nb)
							row := i / w
							t.Fatalf("case %d (%s, scan kernels %v; d %d m %d n %d block %d %+v scale %g): row %d: %v, want %v",
								it, name, simd, d, m, n, block, spec, scale, row, got[row*w:(row+1)*w], want[row*w:(row+1)*w])
						}
					}
				}
			}
		}
	}
}

func float32s(x []float64) []float32 {
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = float32(v)
	}
	return y
}

func scaleAll(x []float32, c float32) {
	for i := range x {
		x[i] *= c
	}
}

// TestGateSort: the bitonic network sorts sixteen values in descending
// order (no NaN: the filter's estimates are finite or -inf).
func TestGateSort(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 50))
	for it := range 2000 {
		var m [16]float32
		for i := range m {
			m[i] = float32(r.IntN(9) - 4)
			if r.IntN(5) == 0 {
				m[i] = float32(math.Inf(-1))
			}
		}
		want := m[:]
		want = slices.Clone(want)
		slices.Sort(want)
		slices.Reverse(want)
		sort16(&m)
		if !slices.Equal(m[:], want) {
			t.Fatalf("case %d: %v, want %v", it, m, want)
		}
		gateSortGo(&m)
		if !slices.Equal(m[:], want) {
			t.Fatalf("case %d (portable): %v, want %v", it, m, want)
		}
	}
}

// TestGateKernels holds the filter's scan kernels to their portable twins
// bit for bit, zeros of both signs, infinities and NaN included.
func TestGateKernels(t *testing.T) {
	if gateMax == nil || gateMax4 == nil || gateAbove == nil || gateSort == nil {
		t.Skip("no AVX-512 gate kernels on this CPU")
	}
	r := rand.New(rand.NewPCG(47, 48))
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 1, -1}
	for it := range 500 {
		n := 16 * (1 + r.IntN(40))
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.IntN(7) - 3)
			if r.IntN(4) == 0 {
				x[i] = special[r.IntN(len(special))]
			}
		}
		var got, want [16]float32
		gateMax(&got[0], &x[0], n)
		gateMaxGo(&want, x)
		for l := range got {
			if math.Float32bits(got[l]) != math.Float32bits(want[l]) {
				t.Fatalf("case %d: gateMax lane %d: %v, want %v", it, l, got[l], want[l])
			}
		}
		{
			x2 := slices.Clone(x) // gateMax4 takes no NaN: -inf instead
			for i, v := range x2 {
				if v != v {
					x2[i] = float32(math.Inf(-1))
				}
			}
			var got2, want2 [64]float32
			gateMax4(&got2[0], &x2[0], n)
			gateMax4Go(&want2, x2)
			for l := range got2 {
				if math.Float32bits(got2[l]) != math.Float32bits(want2[l]) {
					t.Fatalf("case %d: gateMax4 lane %d: %v, want %v", it, l, got2[l], want2[l])
				}
			}
		}
		var sg, sw [16]float32
		copy(sg[:], x)
		sw = sg
		gateSort(&sg[0])
		gateSortGo(&sw)
		for l := range sg {
			if math.Float32bits(sg[l]) != math.Float32bits(sw[l]) {
				t.Fatalf("case %d: gateSort(%v) lane %d: %v, want %v", it, x[:16], l, sg[l], sw[l])
			}
		}
		thr := special[r.IntN(len(special))]
		hg, hw := make([]uint16, n/16), make([]uint16, n/16)
		aboveBits(hg, x, thr)
		gateAboveGo(hw, x, thr)
		if !slices.Equal(hg, hw) {
			t.Fatalf("case %d: gateAbove(%v): %x, want %x", it, thr, hg, hw)
		}
		if gateList != nil {
			base := r.IntN(1000)
			lg, lw := make([]int, n+16), make([]int, n+16)
			var hits []uint16
			ng := aboveList(lg, &hits, x, thr, base)
			saved := gateList
			gateList = nil
			nw := aboveList(lw, &hits, x, thr, base)
			gateList = saved
			if !slices.Equal(lg[:ng], lw[:nw]) {
				t.Fatalf("case %d: gateList(%v, base %d): %v, want %v", it, thr, base, lg[:ng], lw[:nw])
			}
		}
	}
}

// TestGateNormsKernel: gateNormsAVX512 is gateNormsGo to the bit — eight
// rows of float32 (ordinary values, ±0, subnormals, huge values whose
// squares overflow, ±Inf, NaN) strided as the gate's queries are or
// farther apart, every d the kernel takes up to 128, the output poisoned
// before each call; a NaN matches a NaN whatever its payload (the norm
// only has to fail rowBounded then).
func TestGateNormsKernel(t *testing.T) {
	if gateNorms == nil {
		t.Skip("no AVX-512 norm kernel on this CPU")
	}
	r := rand.New(rand.NewPCG(49, 50))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-40, -1e-45, 3e38, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	for it := range 2000 {
		d := 8 * r.IntN(17)
		qs := d + r.IntN(3)*8 + r.IntN(2)
		q := make([]float32, 7*qs+d+r.IntN(4))
		for i := range q {
			q[i] = float32(r.NormFloat64() * math.Pow(2, float64(r.IntN(40)-20)))
			if r.IntN(64) == 0 {
				q[i] = special[r.IntN(len(special))]
			}
		}
		var got, want [adRows]float64
		for i := range got {
			got[i] = math.Float64frombits(0x7ff8dead0000beef) // poison
		}
		if d > 0 {
			gateNorms(&got[0], &q[0], qs, d)
		} else {
			gateNorms(&got[0], nil, qs, d)
		}
		gateNormsGo(&want, q, qs, d)
		for l := range got {
			if math.Float64bits(got[l]) != math.Float64bits(want[l]) && !(got[l] != got[l] && want[l] != want[l] && math.Float64bits(got[l]) != 0x7ff8dead0000beef) {
				t.Fatalf("case %d (d %d, qs %d): row %d: %v (%#x), want %v (%#x)", it, d, qs, l, got[l], math.Float64bits(got[l]), want[l], math.Float64bits(want[l]))
			}
		}
	}
}

// TestGateTileKept: a query tile's classification kept once (gateKept)
// loads as what classify computes for every head, for the test masks that
// do not read h and one the interval classifier leaves partial everywhere
// (log(qi + 1) ≥ 0: allowed everywhere, so every block is partial), which
// past gateKeepMax blocks is not kept.
func TestGateTileKept(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	everywhere := Program{{Op: OpQi}, {Op: OpNum, Num: 1}, {Op: OpAdd}, {Op: OpLog}, {Op: OpNum, Num: 0}, {Op: OpGe}}
	masks := append([]Program{everywhere}, testMasks...)
	var got, want gateTile
	var k gateKept
	for it := range 300 {
		mask := masks[r.IntN(len(masks))]
		if slices.ContainsFunc(mask, func(in Instr) bool { return in.Op == OpH }) {
			continue
		}
		n := 1 + r.IntN(3000)
		g := &Grid{H: 3, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: mask}
		block := []int{4, 8, 16}[r.IntN(3)]
		nb := (n + block - 1) / block
		r0 := r.IntN(n)
		r1 := min(r0+64, n) - 1
		want.classify(g, 0, r0, r1, block, nb)
		k.keep(&want)
		if mask != nil && len(mask) == len(everywhere) && mask[3].Op == OpLog && k.ok != (nb <= gateKeepMax) {
			t.Fatalf("case %d: %d blocks all partial: kept %v", it, nb, k.ok)
		}
		if !k.ok {
			continue
		}
		got.load(&k, nb)
		for h := range g.H {
			want.classify(g, h, r0, r1, block, nb)
			if !slices.Equal(got.cls, want.cls) || !slices.Equal(got.part, want.part) || !slices.Equal(got.holes, want.holes) ||
				!slices.Equal(got.bits, want.bits) || got.full != want.full || got.lo != want.lo || got.hi != want.hi {
				t.Fatalf("case %d (mask %v, n %d, block %d, rows %d–%d, head %d): loaded %+v, want %+v", it, mask, n, block, r0, r1, h, got, want)
			}
			for _, b := range want.part {
				if got.pidx[b] != want.pidx[b] {
					t.Fatalf("case %d: pidx[%d] = %d, want %d", it, b, got.pidx[b], want.pidx[b])
				}
			}
		}
	}
}

// FuzzRowGate holds the gate's filtered path (float32 rows scored eight at
// a time in place or packed, their norms, tiles classified once for every
// head) to RowSelect on RowScore's E, on shapes and values the fuzzer
// draws: each input byte a value on a coarse grid (ties), a float32 ulp
// from it (ties of the estimates only), scaled far (past the filter's
// bound) or near zero (underflow), or not finite; masks with and without
// h.
func FuzzRowGate(f *testing.F) {
	f.Add(uint8(8), uint8(200), uint8(2), uint8(13), uint8(0), []byte("which blocks does this row need?"))
	f.Add(uint8(64), uint8(90), uint8(0), uint8(70), uint8(5), []byte{0, 1, 2, 3, 250, 251, 252, 253, 128, 7, 77})
	f.Fuzz(func(t *testing.T, dim, rows, blk, topb, maskb uint8, data []byte) {
		if len(data) == 0 {
			return
		}
		d := []int{8, 16, 64, 12}[int(dim)%4]
		m := 1 + int(rows)
		n := m + int(rows)%9
		block := []int{4, 8, 16}[int(blk)%3]
		g := &Grid{H: 1 + int(maskb/8)%4, M: m, N: n, Group: 1, BQ: 64, BK: 64, Mask: testMasks[int(maskb)%len(testMasks)]}
		spec := RowSpec{Block: block, Top: 1 + int(topb)%72, Diagonal: topb&1 == 0, Sink: topb&2 == 0, Local: int(topb>>2) % 5}
		value := func(i int) float32 {
			b := data[i%len(data)]
			x := float32(int(b%16) - 8)
			switch b >> 4 {
			case 1, 2: // a float32 ulp away
				x = math.Nextafter32(x, float32(math.Inf(1)))
			case 3:
				x *= 0x1p60
			case 4:
				x *= 0x1p-70
			case 5:
				if i%97 == 0 {
					x = float32(math.Inf(1))
				}
			case 6:
				x += float32(i%5) * 0.25
			}
			return x
		}
		q, k := make([]float32, g.H*m*d), make([]float32, g.H*n*d)
		for i := range q {
			q[i] = value(i)
		}
		for i := range k {
			k[i] = value(i + len(q))
		}
		e, _, err := RowScore(g, block, 0.125, q, k, d, 1)
		if err != nil {
			t.Fatal(err)
		}
		want := RowSelect(e, g.H, m, (n+block-1)/block, spec, n)
		got, _, err := RowGate(g, "mean", block, 0.125, nil, q, k, d, spec, 2)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("d %d m %d n %d block %d heads %d mask %v %+v: the gate chose other blocks than RowSelect", d, m, n, block, g.H, g.Mask, spec)
		}
	})
}

// TestGateKthKernel: gateKthAVX512 is gateKthGo to the bit, and its value
// is the k-th of the sixteen sorted (gateSortGo), for every k, on values
// with ties, ±0, ±Inf and -inf padding (no NaN: the filter's inputs are
// finite or -inf).
func TestGateKthKernel(t *testing.T) {
	if gateKth == nil {
		t.Skip("no AVX-512 k-th kernel on this CPU")
	}
	r := rand.New(rand.NewPCG(53, 54))
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)), 1, -1, 1e-45}
	for it := range 3000 {
		var m [16]float32
		for i := range m {
			m[i] = float32(r.IntN(9) - 4)
			if it%2 == 0 {
				m[i] = float32(r.NormFloat64())
			}
			if r.IntN(4) == 0 {
				m[i] = special[r.IntN(len(special))]
			}
		}
		for i := 16 - r.IntN(8); i < 16 && it%3 == 0; i++ {
			m[i] = float32(math.Inf(-1)) // a short list, padded
		}
		sorted := m
		gateSortGo(&sorted)
		for k := 1; k <= 16; k++ {
			got, want := gateKth(&m[0], k), gateKthGo(&m, k)
			if math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("case %d: k %d of %v: %v (%#x), want %v (%#x)", it, k, m, got, math.Float32bits(got), want, math.Float32bits(want))
			}
			if want != sorted[k-1] {
				t.Fatalf("case %d: gateKthGo: k %d of %v: %v, want %v", it, k, m, want, sorted[k-1])
			}
		}
	}
}
