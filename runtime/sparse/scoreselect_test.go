package sparse

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// randomCountSelect draws a select spec ScoreSelect filters: density or
// top, some forced tiles, maybe min_blocks and order index.
func randomCountSelect(r *rand.Rand, g *Grid) SelectSpec {
	s := SelectSpec{Mode: "density", Density: []float64{0.02, 0.05, 0.1, 0.2, 0.45, 0.8}[r.IntN(6)], BQ: g.BQ, BK: g.BK,
		Sink: r.IntN(2) == 0, Diagonal: r.IntN(3) > 0, Local: r.IntN(3)}
	if r.IntN(3) == 0 {
		s.Mode, s.Density, s.Top = "top", 0, 1+r.IntN(12)
	}
	if r.IntN(5) == 0 {
		s.MinBlocks = 1 + r.IntN(6)
	}
	if r.IntN(4) == 0 {
		s.Order = "index"
	}
	return s
}

// randomWide draws a grid with many key tiles per row (so that a count
// rule keeps a small part of them, where the filter runs) and a d the
// float32 estimates take.
func randomWide(r *rand.Rand) *Grid {
	g := randomGrid(r, false)
	g.BK = []int{4, 8}[r.IntN(2)]
	g.N = 64 + r.IntN(400)
	if r.IntN(2) == 0 {
		g.M = 1 + r.IntN(16) // decode rows
	}
	return g
}

// checkFused compares ScoreSelect with BlockScore then BlockSelect: the
// same lists and flops, bit for bit.
func checkFused(t *testing.T, it int, ws *Workspace, g *Grid, spec ScoreSpec, sel SelectSpec, q, k []float32, d int) {
	t.Helper()
	workers := 1 + it%3
	fill(ws.lists, 99) // poison: a list entry not written shows
	got, gotFlops, err := ScoreSelectIn(ws, g, spec, sel, q, k, d, workers)
	if err != nil {
		t.Fatalf("case %d: %v", it, err)
	}
	got = slices.Clone(got)
	gotFlops = slices.Clone(gotFlops)
	e, flops, err := BlockScoreIn(nil, g, spec, q, k, d, workers)
	if err != nil {
		t.Fatal(err)
	}
	want := blockSelect(nil, e, g.H, g.NQ(), g.NK(), sel, g.Perm, g.M, g.N, g.Lens)
	if !slices.Equal(got, want) {
		nk := g.NK()
		for r := range g.H * g.NQ() {
			a, b := got[r*2*nk:(r+1)*2*nk], want[r*2*nk:(r+1)*2*nk]
			if !slices.Equal(a, b) {
				t.Fatalf("case %d (grid %+v, sel %+v, d %d): row %d\n got %v\nwant %v", it, *g, sel, d, r, a, b)
			}
		}
	}
	if !slices.Equal(gotFlops, flops) {
		t.Fatalf("case %d: flops %v, want %v", it, gotFlops, flops)
	}
}

// gridInputs draws q [H, M, d] and k [H/Group, N, d] for g as float32,
// the keys coarse (few distinct values) when asked.
func gridInputs(r *rand.Rand, g *Grid, d int, coarse bool) (q, k []float32) {
	q = float32sOf(randomValues(r, g.H*g.M*d, false))
	k = float32sOf(randomValues(r, g.H/g.Group*g.N*d, coarse))
	return q, k
}

func float32sOf(x []float64) []float32 {
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = float32(v)
	}
	return y
}

// TestScoreSelectMatchesUnfused: on random grids, masks, GQA, decode and
// prefill rows and count rules, the fused lists are the unfused ones, and
// the filter does run (most rows of these grids keep a small part).
func TestScoreSelectMatchesUnfused(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	var ws Workspace
	var total fusedStats
	for it := range 600 {
		g := randomWide(r)
		d := []int{8, 16, 32, 64}[r.IntN(4)]
		sel := randomCountSelect(r, g)
		spec := ScoreSpec{Method: "mean", Scale: []float64{0.125, 1, 3, 0.5, -0.5, 0}[r.IntN(6)]} // ≤ 0: the exact path
		q, k := gridInputs(r, g, d, false)
		checkFused(t, it, &ws, g, spec, sel, q, k, d)
		total.add(ws.fused)
	}
	// What ScoreSelect does not filter it computes the long way: a
	// permutation, another method, a mass rule.
	for it := range 60 {
		g := randomGrid(r, it%2 == 0)
		d := 16
		sel := randomCountSelect(r, g)
		sel.Segment = g.Segment
		spec := ScoreSpec{Method: "mean", Scale: 0.25}
		switch it % 3 {
		case 1:
			spec.Method = "bound"
		case 2:
			sel.Mode, sel.Density, sel.Top, sel.Mass = "mass", 0, 0, 0.9
		}
		q, k := gridInputs(r, g, d, false)
		ws.fused = fusedStats{}
		checkFused(t, 1000+it, &ws, g, spec, sel, q, k, d)
		if ws.fused != (fusedStats{}) && (g.Perm != nil || spec.Method != "mean" || sel.Mode == "mass") {
			t.Fatalf("case %d: %+v went through the fused rows", it, ws.fused)
		}
	}
	if total.filtered < 1000 {
		t.Errorf("the filter ran on %d rows, the exact path on %d: the test does not exercise it", total.filtered, total.exact)
	}
	t.Logf("rows filtered %d (exact logits %d), exact %d", total.filtered, total.candidates, total.exact)
}

func (s *fusedStats) add(o fusedStats) {
	s.filtered += o.filtered
	s.exact += o.exact
	s.candidates += o.candidates
	s.refined += o.refined
}

// TestScoreSelectTies: key tiles that are copies of each other have equal
// means, so equal logits and E; BlockSelect orders them by index, and the
// fused rows must find out (the gap check) and do the same.
func TestScoreSelectTies(t *testing.T) {
	r := rand.New(rand.NewPCG(63, 64))
	var ws Workspace
	var st fusedStats
	for it := range 300 {
		g := randomWide(r)
		d := []int{8, 16, 64}[r.IntN(3)]
		sel := randomCountSelect(r, g)
		spec := ScoreSpec{Method: "mean", Scale: 0.25}
		q, k := gridInputs(r, g, d, r.IntN(4) == 0) // coarse keys tie often
		// Copy a few key tiles over others: exact ties.
		kvs, bk := g.H/g.Group, g.BK
		for kv := range kvs {
			src := r.IntN(g.N / bk)
			for range 1 + r.IntN(6) {
				dst := r.IntN(g.N / bk)
				copy(k[(kv*g.N+dst*bk)*d:(kv*g.N+(dst+1)*bk)*d], k[(kv*g.N+src*bk)*d:(kv*g.N+(src+1)*bk)*d])
			}
		}
		// Nearly equal: one element of a copy nudged by an ulp.
		if r.IntN(2) == 0 {
			kv := r.IntN(kvs)
			src, dst := r.IntN(g.N/bk), r.IntN(g.N/bk)
			copy(k[(kv*g.N+dst*bk)*d:(kv*g.N+(dst+1)*bk)*d], k[(kv*g.N+src*bk)*d:(kv*g.N+(src+1)*bk)*d])
			i := (kv*g.N+dst*bk)*d + r.IntN(bk*d)
			k[i] = math.Nextafter32(k[i], float32(math.Inf(1)))
		}
		checkFused(t, it, &ws, g, spec, sel, q, k, d)
		st.add(ws.fused)
	}
	if st.exact == 0 || st.filtered == 0 {
		t.Errorf("rows filtered %d, exact %d: want both paths taken", st.filtered, st.exact)
	}
}

// TestScoreSelectNonFinite: infinities and NaNs in the keys or queries
// give the unfused lists (the estimates are not finite: the exact path).
func TestScoreSelectNonFinite(t *testing.T) {
	r := rand.New(rand.NewPCG(65, 66))
	var ws Workspace
	for it := range 200 {
		g := randomWide(r)
		d := 16
		sel := randomCountSelect(r, g)
		spec := ScoreSpec{Method: "mean", Scale: 1}
		q, k := gridInputs(r, g, d, false)
		bad := []float32{float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 3e38}[r.IntN(4)]
		if r.IntN(3) == 0 {
			q[r.IntN(len(q))] = bad
		} else {
			for range 1 + r.IntN(3) {
				k[r.IntN(len(k))] = bad
			}
		}
		checkFused(t, it, &ws, g, spec, sel, q, k, d)
	}
}

// TestScoreSelectKeyCache: a decode loop over an f16 KV cache with key
// lengths that grow by one key a step, the tile summaries kept in the
// workspace (KeyCache): every step's fused lists are the unfused ones,
// and after the first step only the last tile of each head is pooled.
func TestScoreSelectKeyCache(t *testing.T) {
	r := rand.New(rand.NewPCG(67, 68))
	const b, hs, gs, n, d = 2, 4, 2, 1024, 64
	g := Grid{H: b * hs, M: 1, N: n, Group: hs / gs, BQ: 64, BK: 16, Mask: Program{{Op: OpCausal}}, Lens: []int32{300, 700}}
	kt, err := runtime.FromFloat64(runtime.F16, []int{b * gs, n, d}, randomValues(r, b*gs*n*d, false))
	if err != nil {
		t.Fatal(err)
	}
	sel := SelectSpec{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 16}
	spec := ScoreSpec{Method: "mean", Scale: 0.125}
	fused, plain := Workspace{KeyCache: true}, Workspace{KeyCache: true}
	var st fusedStats
	for step := range 60 {
		q := float32sOf(randomValues(r, g.H*g.M*d, false))
		got, gotFlops, err := ScoreSelectTensor(&fused, &g, spec, sel, q, kt, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		if step > 0 && fused.kc.tilesFresh != b*gs {
			t.Fatalf("step %d: %d tiles pooled, want %d (one per KV head)", step, fused.kc.tilesFresh, b*gs)
		}
		st.add(fused.fused)
		e, flops, err := BlockScoreTensor(&plain, &g, spec, q, kt, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		want := BlockSelectLens(nil, e, g.H, g.NQ(), g.NK(), sel, g.M, g.N, g.Lens)
		if !slices.Equal(got, want) || !slices.Equal(gotFlops, flops) {
			t.Fatalf("step %d: lists or flops differ\n got %v\nwant %v", step, got, want)
		}
		for i := range g.Lens {
			g.Lens[i]++
		}
	}
	if st.filtered == 0 {
		t.Errorf("no row filtered")
	}
}

func TestKthLargestOf(t *testing.T) {
	r := rand.New(rand.NewPCG(69, 70))
	for range 2000 {
		n := 1 + r.IntN(40)
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = float64(r.IntN(8)) // ties
			if r.IntN(2) == 0 {
				xs[i] = r.NormFloat64()
			}
		}
		k := 1 + r.IntN(n)
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		if got, want := kthLargestOf(xs, k), sorted[n-k]; got != want {
			t.Fatalf("k = %d of %v: %v, want %v", k, sorted, got, want)
		}
	}
}

// TestKthLargestSampled: the sampled pivot's k-th largest is the sorted
// one's on rows long enough to sample, with ties, rows in ascending and
// descending order, a few outliers the sample misses, and every k the
// fast path takes; xs is left as it was.
func TestKthLargestSampled(t *testing.T) {
	r := rand.New(rand.NewPCG(83, 84))
	var buf []float32
	for it := range 3000 {
		n := 1 + r.IntN(3000)
		xs := make([]float32, n)
		for i := range xs {
			xs[i] = float32(r.NormFloat64())
			if it%4 == 1 {
				xs[i] = float32(r.IntN(5)) // ties
			}
		}
		switch it % 5 {
		case 2:
			slices.Sort(xs)
		case 3:
			slices.Sort(xs)
			slices.Reverse(xs)
		case 4: // a few large values between the sampled positions
			for range 1 + r.IntN(40) {
				xs[r.IntN(n)] = 100 + float32(r.IntN(3))
			}
		case 0: // the sampled positions hold the largest values
			for i := range 64 {
				xs[i*n/64] = 1000 + float32(i)
			}
		}
		k := 1 + r.IntN(max(1, n/8))
		if it%7 == 0 {
			k = 1 + r.IntN(n)
		}
		before := slices.Clone(xs)
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		var got float32
		got, buf = kthLargestSampled(xs, k, buf)
		if want := sorted[n-k]; got != want {
			t.Fatalf("it %d: n %d k %d: %v, want %v", it, n, k, got, want)
		}
		if !slices.Equal(xs, before) {
			t.Fatalf("it %d: xs reordered", it)
		}
	}
}

// TestScoreSelectCloseLogits: every key is one vector plus a perturbation
// near float32's resolution, so the tiles' logits differ by about as much
// as the float32 estimates err: the estimates rank them wrongly, and only
// a bound that holds keeps the right tiles among the candidates.
func TestScoreSelectCloseLogits(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	var ws Workspace
	var st fusedStats
	for it := range 200 {
		g := randomWide(r)
		g.Mask = nil
		d := []int{16, 64}[r.IntN(2)]
		sel := randomCountSelect(r, g)
		spec := ScoreSpec{Method: "mean", Scale: 1}
		q := float32sOf(randomValues(r, g.H*g.M*d, false))
		base := float32sOf(randomValues(r, d, false))
		k := make([]float32, g.H/g.Group*g.N*d)
		for j := range g.H / g.Group * g.N {
			copy(k[j*d:], base)
			for range 3 {
				i := j*d + r.IntN(d)
				k[i] += float32(r.IntN(5)-2) * k[i] * (1.0 / (1 << 21))
			}
		}
		checkFused(t, it, &ws, g, spec, sel, q, k, d)
		st.add(ws.fused)
	}
	if st.filtered == 0 {
		t.Errorf("no row filtered (exact %d)", st.exact)
	}
	t.Logf("rows filtered %d (exact logits %d, %d cut again in float32), exact %d", st.filtered, st.candidates, st.refined, st.exact)
}

// TestScoreSelectMergedExponentials: two logits one float64 ulp apart
// (tile 3's mean 1/4, tile 7's (1 + 2⁻⁵²)/4, against q = e₀) have the same
// E = exp(a − max)/Σ, so BlockSelect ranks tile 3 first by its index
// although tile 7's logit is larger: the gap check must send the row down
// the exact path.
func TestScoreSelectMergedExponentials(t *testing.T) {
	const d, bk, n = 8, 4, 64
	g := &Grid{H: 1, M: 1, N: n, Group: 1, BQ: 64, BK: bk}
	q := make([]float32, d)
	q[0] = 1
	k := make([]float32, n*d)
	for j := range n {
		k[j*d] = -4 // every other tile: logit −4
	}
	for j := 3 * bk; j < 4*bk; j++ {
		k[j*d] = 0
	}
	k[3*bk*d] = 1
	for j := 7 * bk; j < 8*bk; j++ {
		k[j*d] = 0
	}
	k[7*bk*d], k[(7*bk+1)*d] = 1, 0x1p-52
	for _, top := range []int{1, 2, 3} {
		sel := SelectSpec{Mode: "top", Top: top, BQ: 64, BK: bk}
		var ws Workspace
		checkFused(t, top, &ws, g, ScoreSpec{Method: "mean", Scale: 1}, sel, q, k, d)
		if ws.fused.exact != 1 {
			t.Errorf("top %d: %+v, want the row on the exact path", top, ws.fused)
		}
	}
}

// BenchmarkScoreSelectDecode: a decode step's scoring and selection at
// 16384 and 65536 keys (an f16 cache, 8 heads, d = 128, tiles of 64,
// density 0.1, the summaries kept, one key appended a step), fused
// against BlockScoreTensor then BlockSelectLens.
func BenchmarkScoreSelectDecode(b *testing.B) {
	for _, n := range []int{16384, 65536} {
		r := rand.New(rand.NewPCG(73, 74))
		const h, d = 8, 128
		kt, err := runtime.FromFloat64(runtime.F16, []int{h, n, d}, randomValues(r, h*n*d, false))
		if err != nil {
			b.Fatal(err)
		}
		q := float32sOf(randomValues(r, h*d, false))
		sel := SelectSpec{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64}
		spec := ScoreSpec{Method: "mean", Scale: 1 / math.Sqrt(d)}
		for _, fused := range []bool{false, true} {
			name := fmt.Sprintf("n=%d/unfused", n)
			if fused {
				name = fmt.Sprintf("n=%d/fused", n)
			}
			b.Run(name, func(b *testing.B) {
				start := int32(n - n/4)
				g := Grid{H: h, M: 1, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}, Lens: []int32{start}}
				ws, ws1 := Workspace{KeyCache: true, Workers: 2}, Workspace{Workers: 2}
				var st fusedStats
				for b.Loop() {
					if fused {
						if _, _, err := ScoreSelectTensor(&ws, &g, spec, sel, q, kt, d, 2); err != nil {
							b.Fatal(err)
						}
					} else {
						e, _, err := BlockScoreTensor(&ws, &g, spec, q, kt, d, 2)
						if err != nil {
							b.Fatal(err)
						}
						BlockSelectLens(&ws1, e, h, g.NQ(), g.NK(), sel, g.M, g.N, g.Lens)
					}
					st.add(ws.fused)
					if g.Lens[0]++; int(g.Lens[0]) == n {
						g.Lens[0] = start
					}
				}
				if fused && st.filtered > 0 {
					b.ReportMetric(float64(st.candidates)/float64(st.filtered), "exact/row")
					b.ReportMetric(float64(st.refined)/float64(st.filtered), "refined/row")
				}
			})
		}
	}
}

// TestEstDotsBF16Kernel holds estDotsBF16AVX512 to estDotsBF16Go bit for
// bit (outputs poisoned first): random rows, lengths hitting the
// four-key and one-key loops, subnormal, huge, infinite and NaN
// elements, sums that cancel.
func TestEstDotsBF16Kernel(t *testing.T) {
	if estDotsBF16 == nil {
		t.Skip("no AVX-512 kernel on this CPU")
	}
	r := rand.New(rand.NewPCG(81, 82))
	special := []float32{0, float32(math.Copysign(0, -1)), 0x1p-140, -0x1p-149, 0x1p-126, 3e38, -3e38,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	for it := range 400 {
		d := []int{16, 32, 128, 256}[r.IntN(4)]
		n := []int{1, 3, 4, 5, 8, 31}[r.IntN(6)]
		const rows = 40
		k := make([]uint16, rows*d)
		q := make([]float32, d)
		scale := math.Ldexp(1, r.IntN(80)-40)
		for i := range k {
			x := float32(r.NormFloat64() * scale)
			if it%3 == 0 && r.IntN(50) == 0 {
				x = special[r.IntN(len(special))]
			}
			k[i] = toBF16(x)
		}
		for i := range q {
			q[i] = float32(r.NormFloat64())
			if it%3 == 1 && r.IntN(50) == 0 {
				q[i] = special[r.IntN(len(special))]
			}
		}
		idx := make([]int32, n)
		for i := range idx {
			idx[i] = int32(r.IntN(rows))
		}
		got, want := make([]float32, n), make([]float32, n)
		for i := range got {
			got[i] = math.Float32frombits(0x7fc0dead) // poison
		}
		estDots16(got, q, k, idx)
		estDotsBF16Go(want, q, k, idx)
		for i := range got {
			g, w := got[i], want[i]
			if math.Float32bits(g) != math.Float32bits(w) && !(g != g && w != w) {
				t.Fatalf("it %d d=%d n=%d [%d]: %g (%#x), want %g (%#x)", it, d, n, i, g, math.Float32bits(g), w, math.Float32bits(w))
			}
		}
	}
}

// TestToBF16: rounding to nearest, ties to even, at normal and
// subnormal magnitudes, overflow to infinity, NaN kept.
func TestToBF16(t *testing.T) {
	for _, c := range []struct {
		in   uint32
		want uint16
	}{
		{0x3f808000, 0x3f80}, // tie, even below
		{0x3f818000, 0x3f82}, // tie, even above
		{0x3f808001, 0x3f81},
		{0x3f807fff, 0x3f80},
		{0x00008000, 0x0000}, // subnormal tie to even (zero)
		{0x00018000, 0x0002},
		{0x7f7fffff, 0x7f80}, // the largest float32 rounds to +Inf
		{0xff800000, 0xff80},
	} {
		if got := toBF16(math.Float32frombits(c.in)); got != c.want {
			t.Errorf("toBF16(%#x) = %#x, want %#x", c.in, got, c.want)
		}
	}
	if got := toBF16(float32(math.NaN())); got&0x7f80 != 0x7f80 || got&0x7f == 0 {
		t.Errorf("toBF16(NaN) = %#x, not a NaN", got)
	}
}

// BenchmarkScoreSelectDecodeCold is BenchmarkScoreSelectDecode's fused
// call at 65536 keys with the caches emptied before each step (128 MB
// read, the timer stopped), as in a decode loop whose attention streams
// the KV cache between two scorings: the means then come from memory.
func BenchmarkScoreSelectDecodeCold(b *testing.B) {
	const n, h, d = 65536, 8, 128
	r := rand.New(rand.NewPCG(73, 74))
	kt, err := runtime.FromFloat64(runtime.F16, []int{h, n, d}, randomValues(r, h*n*d, false))
	if err != nil {
		b.Fatal(err)
	}
	q := float32sOf(randomValues(r, h*d, false))
	sel := SelectSpec{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64}
	spec := ScoreSpec{Method: "mean", Scale: 1 / math.Sqrt(d)}
	start := int32(n - n/4)
	g := Grid{H: h, M: 1, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}, Lens: []int32{start}}
	ws := Workspace{KeyCache: true, Workers: 2}
	evict := make([]uint64, 16<<20)
	for i := range evict {
		evict[i] = uint64(i)
	}
	var sink uint64
	for b.Loop() {
		b.StopTimer()
		for i := 0; i < len(evict); i += 8 { // read only: no dirty lines to write back in the timed part
			sink += evict[i]
		}
		b.StartTimer()
		if _, _, err := ScoreSelectTensor(&ws, &g, spec, sel, q, kt, d, 2); err != nil {
			b.Fatal(err)
		}
		if g.Lens[0]++; int(g.Lens[0]) == n {
			g.Lens[0] = start
		}
	}
	if sink == 1 {
		b.Log(sink)
	}
}

// FuzzScoreSelect: the fused lists are the unfused ones on a random wide
// grid, key rows scaled by a power of two, optionally all close to one
// vector (where the bfloat16 cut keeps most tiles and the float32 one
// runs) or with a few key elements replaced by a special value.
func FuzzScoreSelect(f *testing.F) {
	f.Add(uint64(1), uint8(0), int8(0), false, uint8(0))
	f.Add(uint64(2), uint8(3), int8(-30), true, uint8(0))
	f.Add(uint64(3), uint8(5), int8(60), false, uint8(3))
	f.Fuzz(func(t *testing.T, seed uint64, scale uint8, exp int8, close bool, special uint8) {
		r := rand.New(rand.NewPCG(seed, 85))
		g := randomWide(r)
		d := []int{8, 16, 32, 64}[r.IntN(4)]
		sel := randomCountSelect(r, g)
		spec := ScoreSpec{Method: "mean", Scale: []float64{0.125, 1, 3, 0.5, 0.088, 2e-3}[int(scale)%6]}
		q, k := gridInputs(r, g, d, false)
		if close {
			base := slices.Clone(k[:d])
			for j := range len(k) / d {
				copy(k[j*d:], base)
				i := j*d + r.IntN(d)
				k[i] += float32(r.IntN(5)-2) * k[i] * (1.0 / (1 << 10))
			}
		}
		m := float32(math.Ldexp(1, int(exp)))
		for i := range k {
			k[i] *= m
		}
		vals := []float32{0, float32(math.Inf(1)), float32(math.NaN()), 0x1p-140, 3e38}
		for range int(special) % 4 {
			k[r.IntN(len(k))] = vals[r.IntN(len(vals))]
		}
		var ws Workspace
		checkFused(t, int(seed%3), &ws, g, spec, sel, q, k, d)
	})
}
