package sparse

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The tests below run the library against its earlier implementation
// (reference_test.go) on random grids, masks, permutations and inputs, and
// require the same bits: every backend takes the decisions the library
// takes, so a faster library must not change one of them.

var testMasks = []Program{
	nil,
	{{Op: OpCausal}},
	{{Op: OpCausal}, {Op: OpNum, Num: 37}, {Op: OpWindow}, {Op: OpAnd}},
	{{Op: OpCausal}, {Op: OpNum, Num: 20}, {Op: OpWindow}, {Op: OpNum, Num: 4}, {Op: OpSink}, {Op: OpOr}, {Op: OpAnd}},
	// qi + h >= ki + 3: a mask the interval classifier leaves partial often.
	{{Op: OpQi}, {Op: OpH}, {Op: OpAdd}, {Op: OpKi}, {Op: OpNum, Num: 3}, {Op: OpAdd}, {Op: OpGe}},
}

// randomGrid draws a grid; with perm it has a random permutation per head
// and query segment.
func randomGrid(r *rand.Rand, perm bool) *Grid {
	tiles := []int{4, 8, 16}
	g := &Grid{BQ: tiles[r.IntN(3)], BK: tiles[r.IntN(3)], Mask: testMasks[r.IntN(len(testMasks))]}
	kv := 1 + r.IntN(2)
	g.Group = 1 + r.IntN(2)
	g.H = kv * g.Group
	g.M = 1 + r.IntN(120)
	g.N = g.M
	if r.IntN(3) == 0 && !perm {
		g.N = 1 + r.IntN(120)
	}
	if perm {
		g.Segment = max(g.BQ, g.BK) * (1 + r.IntN(3))
		ns := (g.M + g.Segment - 1) / g.Segment
		g.Perm = make([]int32, g.H*ns*g.N)
		for row := range g.H * ns {
			p := r.Perm(g.N)
			for j, x := range p {
				g.Perm[row*g.N+j] = int32(x)
			}
		}
	}
	return g
}

// randomValues returns n values; coarse ones (few distinct values) make
// ties in scores, which is where orderings differ first.
func randomValues(r *rand.Rand, n int, coarse bool) []float64 {
	x := make([]float64, n)
	for i := range x {
		if coarse {
			x[i] = float64(r.IntN(3) - 1)
		} else {
			x[i] = float64(float32(r.NormFloat64() * 2))
		}
	}
	return x
}

func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

var scoreSpecs = []ScoreSpec{
	{Method: "mean", Scale: 0.25},
	{Method: "mean", Scale: 0.5, Heads: 1, Elem: "bf16"},
	{Method: "mean", Scale: 0.25, Heads: 2, Elem: "f16"},
	{Method: "antidiagonal", Stride: 4, Scale: 0.25},
	{Method: "antidiagonal", Stride: 2, Pool: "rowmax", Scale: 0.25},
	{Method: "antidiagonal", Stride: 4, Scale: 0.5, Heads: 1, Elem: "bf16"},
	{Method: "probe", Stride: 4, Scale: 0.25},
	{Method: "probe", Stride: 3, Pool: "max", Scale: 0.25},
	{Method: "probe", Stride: 8, Pool: "rowmax", Scale: 0.25, Heads: 1},
	{Method: "oracle", Scale: 0.25},
	{Method: "oracle", Pool: "rowmax", Scale: 0.25, Mod: Program{{Op: OpS}, {Op: OpQi}, {Op: OpKi}, {Op: OpSub}, {Op: OpNum, Num: 0.0625}, {Op: OpMul}, {Op: OpSub}}},
}

func TestBlockScoreMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var ws Workspace // reused across cases of every size, as a kernel reuses it
	for it := range 300 {
		g := randomGrid(r, it%3 == 2)
		spec := scoreSpecs[it/3%len(scoreSpecs)]
		d := []int{1, 3, 8, 16}[r.IntN(4)]
		coarse := r.IntN(2) == 0
		q := randomValues(r, g.H*g.M*d, coarse)
		k := randomValues(r, g.H/g.Group*g.N*d, coarse)
		want, wantF, werr := refBlockScore(g, spec, q, k, d, 1+r.IntN(3))
		got, gotF, err := BlockScoreIn(&ws, g, spec, q, k, d, 1+r.IntN(3))
		if (err != nil) != (werr != nil) {
			t.Fatalf("case %d: error %v, reference %v", it, err, werr)
		}
		if !sameBits(got, want) || !sameBits(gotF, wantF) {
			t.Fatalf("case %d (%+v, grid %+v, d=%d): scores or flops differ from the reference\n got %v\nwant %v\n got flops %v\nwant flops %v",
				it, spec, *g, d, got, want, gotF, wantF)
		}
		// float32 inputs (the generated kernels' buffers) give the same bits.
		q32, k32 := toF32(q), toF32(k)
		got32, gotF32, _ := BlockScore(g, spec, q32, k32, d, 2)
		if werr == nil && (!sameBits(got32, want) || !sameBits(gotF32, wantF)) {
			t.Fatalf("case %d (%+v): float32 inputs give other scores", it, spec)
		}
	}
}

func toF32(x []float64) []float32 {
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = float32(v)
	}
	return y
}

// randomScores draws E [h, nq, nk] with -1 where not allowed; coarse
// scores tie often.
func randomScores(r *rand.Rand, h, nq, nk int, coarse bool) []float64 {
	e := make([]float64, h*nq*nk)
	for i := range e {
		switch {
		case r.IntN(5) == 0:
			e[i] = -1
		case coarse:
			e[i] = float64(r.IntN(4)) / 8
		default:
			e[i] = r.Float64()
		}
	}
	return e
}

// TestBlockSelectMatchesReference: every mode against the reference on
// random scores, with m = n, with queries offset from the keys (m ≠ n: the
// diagonal is where the queries' positions are) and with permutations.
func TestBlockSelectMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var ws Workspace
	modes := []string{"mass", "top", "density", "all", "budget"}
	for it := range 2000 {
		spec := SelectSpec{
			Mode: modes[it%len(modes)], Mass: r.Float64(), Top: r.IntN(6), Density: r.Float64() * 0.6,
			Sink: r.IntN(2) == 0, Diagonal: r.IntN(2) == 0, Local: r.IntN(3), MinBlocks: r.IntN(4) * r.IntN(2),
			Order: []string{"", "score", "index"}[r.IntN(3)], Scope: []string{"", "global", "head"}[r.IntN(3)],
			BQ: []int{4, 8, 16}[r.IntN(3)], BK: []int{4, 8, 16}[r.IntN(3)],
		}
		h := 1 + r.IntN(4)
		m := 1 + r.IntN(150)
		n := m
		if it%4 == 1 { // queries offset from the keys: fewer (a decode step, a chunk) or more
			n = 1 + r.IntN(150)
		}
		var perm []int32
		if it%4 == 3 {
			spec.Segment = max(spec.BQ, spec.BK) * (1 + r.IntN(3))
			ns := (m + spec.Segment - 1) / spec.Segment
			perm = make([]int32, h*ns*n)
			for row := range h * ns {
				for j, x := range r.Perm(n) {
					perm[row*n+j] = int32(x)
				}
			}
		}
		nq, nk := (m+spec.BQ-1)/spec.BQ, (n+spec.BK-1)/spec.BK
		e := randomScores(r, h, nq, nk, r.IntN(2) == 0)
		if r.IntN(10) == 0 { // one head with nothing allowed
			for i := range nq * nk {
				e[i] = -1
			}
		}
		want := refBlockSelect(e, h, nq, nk, spec, perm, m, n)
		ws.Workers = 1 + it%3 // the larger grids' rows shared out
		got := BlockSelectIn(&ws, e, h, nq, nk, spec, perm, m, n)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d (%+v, h=%d m=%d n=%d): lists differ from the reference\n got %v\nwant %v", it, spec, h, m, n, got, want)
		}
	}
}

// TestBlockSelectRowsShared: a decode step's rows (one query tile per head,
// hundreds of key tiles) selected on several workers, the workspace kept
// across steps, give the reference's lists.
func TestBlockSelectRowsShared(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	ws := Workspace{Workers: 3}
	for it := range 40 {
		spec := SelectSpec{Mode: []string{"top", "density", "mass"}[it%3], Top: 1 + r.IntN(80), Density: 0.1, Mass: 0.5, Sink: true, Diagonal: true, BQ: 64, BK: 16}
		h, n := 8, 8200+r.IntN(3000)
		nk := (n + 15) / 16
		if h*nk < parallelSelect {
			t.Fatalf("%d × %d tiles: not shared out", h, nk)
		}
		e := randomScores(r, h, 1, nk, it%2 == 0)
		want := refBlockSelect(e, h, 1, nk, spec, nil, 1, n)
		if got := BlockSelectIn(&ws, e, h, 1, nk, spec, nil, 1, n); !slices.Equal(got, want) {
			t.Fatalf("step %d (%s): lists differ from the reference", it, spec.Mode)
		}
	}
}

// TestBudgetLarge checks the global budget on a grid large enough for the
// selection's bucketing to take more than one pass.
func TestBudgetLarge(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	spec := SelectSpec{Mode: "budget", Density: 0.093, Sink: true, Diagonal: true, BQ: 64, BK: 64}
	h, nq, nk := 4, 96, 96
	for _, coarse := range []bool{false, true} {
		e := randomScores(r, h, nq, nk, coarse)
		for i := range e { // causal
			if I, J := i/nk%nq, i%nk; J > I {
				e[i] = -1
			}
		}
		want := refBlockSelect(e, h, nq, nk, spec, nil, nq*64, nk*64)
		got := BlockSelect(e, h, nq, nk, spec, nil, nq*64, nk*64)
		if !slices.Equal(got, want) {
			t.Fatalf("coarse=%v: lists differ from the reference", coarse)
		}
	}
}

// TestWorkspaceCacheFollowsMask runs one shape under every mask in turn
// with one workspace: the cached allowed tiles must follow the mask.
func TestWorkspaceCacheFollowsMask(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var ws Workspace
	q, k := randomValues(r, 2*70*8, false), randomValues(r, 2*70*8, false)
	for it := range 3 * len(testMasks) {
		g := &Grid{H: 2, M: 70, N: 70, Group: 1, BQ: 8, BK: 16, Mask: testMasks[it%len(testMasks)]}
		spec := ScoreSpec{Method: "mean", Scale: 0.3}
		want, _, _ := refBlockScore(g, spec, q, k, 8, 2)
		got, _, _ := BlockScoreIn(&ws, g, spec, q, k, 8, 2)
		if !sameBits(got, want) {
			t.Fatalf("mask %d: scores differ from the reference", it%len(testMasks))
		}
	}
}

// TestListedPairs: the pairs of listed tiles, by classification, equal a
// pair-by-pair count, with and without a permutation, cut at -1. M < N:
// query row i sits at position i + N − M, which causal compares the keys
// with.
func TestListedPairs(t *testing.T) {
	mask := Program{{Op: OpKi}, {Op: OpQi}, {Op: OpLe}} // ki <= qi
	r := rand.New(rand.NewPCG(3, 4))
	const H, M, N, BQ, BK, Seg = 2, 150, 170, 32, 16, 64
	perm := make([]int32, H*((M+Seg-1)/Seg)*N)
	for i := 0; i < len(perm); i += N {
		for j, x := range r.Perm(N) {
			perm[i+j] = int32(x)
		}
	}
	for _, p := range [][]int32{nil, perm} {
		g := &Grid{H: H, M: M, N: N, Group: 1, BQ: BQ, BK: BK, Mask: mask, Perm: p, Segment: Seg}
		for h := range H {
			for I := range g.NQ() {
				list := []int32{int32(r.IntN(g.NK())), int32(r.IntN(g.NK())), -1, 3}
				list[1] = (list[0] + 1) % int32(g.NK())
				var want int64
				for _, J := range list[:2] {
					for i := I * BQ; i < min((I+1)*BQ, M); i++ {
						for _, j := range g.Keys(h, I, int(J), nil) {
							if j <= i+N-M {
								want++
							}
						}
					}
				}
				if got := g.ListedPairs(h, I, list, nil); got != want {
					t.Errorf("perm=%v h=%d I=%d list %v: %d pairs, want %d", p != nil, h, I, list, got, want)
				}
			}
		}
	}
}

// TestBudgetPerHead: with one density per head, each head's lists are
// those of that head selected alone with its density (scope head), and a
// list of equal densities is scope head's scalar density.
func TestBudgetPerHead(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for it := range 40 {
		h, nq, nk := 1+r.IntN(4), 1+r.IntN(12), 1+r.IntN(12)
		e := randomScores(r, h, nq, nk, it%2 == 0)
		ds := make([]float64, h)
		for i := range ds {
			ds[i] = 0.02 + 0.98*r.Float64()
		}
		spec := SelectSpec{Mode: "budget", Scope: "head", Densities: ds, Sink: it%3 == 0, Diagonal: true, BQ: 8, BK: 8}
		if err := spec.CheckHeads(h); err != nil {
			t.Fatal(err)
		}
		got := BlockSelect(e, h, nq, nk, spec, nil, nq*8, nk*8)
		row := nq * 2 * nk
		for hh := range h {
			one := spec
			one.Densities, one.Density = nil, ds[hh]
			want := BlockSelect(e[hh*nq*nk:(hh+1)*nq*nk], 1, nq, nk, one, nil, nq*8, nk*8)
			if !slices.Equal(got[hh*row:(hh+1)*row], want) {
				t.Fatalf("case %d: head %d (ρ = %g) differs from the head selected alone", it, hh, ds[hh])
			}
		}
		same := spec
		same.Densities = slices.Repeat([]float64{ds[0]}, h)
		scalar := spec
		scalar.Densities, scalar.Density = nil, ds[0]
		if !slices.Equal(BlockSelect(e, h, nq, nk, same, nil, nq*8, nk*8), BlockSelect(e, h, nq, nk, scalar, nil, nq*8, nk*8)) {
			t.Fatalf("case %d: equal densities per head differ from scope head's density", it)
		}
		if spec.CheckHeads(h+1) == nil {
			t.Fatalf("case %d: %d densities accepted for %d heads", it, h, h+1)
		}
	}
}

// TestDiagonalAtPositions: the forced diagonal and local tiles are where
// the query tile's positions are (rows + n − m), checked by hand: a decode
// step's one query sits at the last key, a chunk's queries at the end of
// the keys, and with more queries than keys the first ones sit before key
// 0 (no diagonal).
func TestDiagonalAtPositions(t *testing.T) {
	spec := SelectSpec{Mode: "all", Diagonal: true, Local: 1, BQ: 64, BK: 64}
	for _, c := range []struct {
		m, n int
		want [][]int // per query tile, its forced tiles
	}{
		{1, 256, [][]int{{2, 3}}},                     // position 255: tile 3, and 2 left of it
		{100, 256, [][]int{{1, 2, 3}, {2, 3}}},        // positions 156…219 and 220…255
		{200, 100, [][]int{nil, {0}, {0, 1}, {0, 1}}}, // positions −100…−37, −36…27, 28…91, 92…99
		{130, 130, [][]int{{0}, {0, 1}, {1, 2}}},      // no offset: the rows
		{64, 100, [][]int{{0, 1}}},                    // positions 36…99
		{3, 8, [][]int{{0}}},                          // positions 5…7
	} {
		nq, nk := (c.m+63)/64, (c.n+63)/64
		e := make([]float64, nq*nk) // every tile allowed
		lists := BlockSelect(e, 1, nq, nk, spec, nil, c.m, c.n)
		for I := range nq {
			base := I * 2 * nk
			var forced []int
			for t := 0; t < nk && lists[base+t] >= 0; t++ {
				if lists[base+nk+t] == 1 {
					forced = append(forced, int(lists[base+t]))
				}
			}
			if !slices.Equal(forced, c.want[I]) {
				t.Errorf("m=%d n=%d query tile %d: forced %v, want %v", c.m, c.n, I, forced, c.want[I])
			}
		}
	}
}

// TestGridAtPositions: the grid's masks see query row i at position
// i + N − M, checked by hand: one query against 300 keys sees all of them
// under causal and the last 37 under causal & window(37); of 400 queries
// against 100 keys the first 300 see none and the last 100 see 1…100.
func TestGridAtPositions(t *testing.T) {
	decode := &Grid{H: 1, M: 1, N: 300, Group: 1, BQ: 64, BK: 64, Mask: testMasks[1]}
	for J := range decode.NK() {
		if !decode.TileAllowed(0, 0, J, nil) || decode.Classify(0, 0, 0, J*64, min(J*64+63, 299)) != Full {
			t.Errorf("decode, causal: key tile %d not wholly allowed", J)
		}
	}
	if got := decode.AllowedPairs(0, 0, 1); got != 300 {
		t.Errorf("decode, causal: %d pairs allowed, want 300", got)
	}
	decode.Mask = testMasks[2]
	if got := decode.AllowedPairs(0, 0, 1); got != 37 {
		t.Errorf("decode, causal & window(37): %d pairs allowed, want 37", got)
	}
	for j := range 300 {
		if got, want := decode.Allowed(0, 0, j), j >= 263; got != want {
			t.Errorf("decode, causal & window(37): key %d allowed %v, want %v", j, got, want)
		}
	}
	more := &Grid{H: 1, M: 400, N: 100, Group: 1, BQ: 64, BK: 64, Mask: testMasks[1]}
	if got := more.AllowedPairs(0, 0, 300); got != 0 {
		t.Errorf("400 queries against 100 keys, causal: rows 0…299 see %d pairs, want 0", got)
	}
	if got := more.AllowedPairs(0, 300, 400); got != 5050 {
		t.Errorf("400 queries against 100 keys, causal: rows 300…399 see %d pairs, want 5050", got)
	}
	if more.TileAllowed(0, 0, 0, nil) || !more.TileAllowed(0, 5, 1, nil) {
		t.Errorf("400 queries against 100 keys, causal: query tile 0 allowed or tile (5, 1) not")
	}
}

// TestRowListedPairs: a row's pairs of its own blocks or tokens, against
// the mask evaluated at every pair (the interpreter's rowAttention count),
// for every test mask, blocks that straddle the causal diagonal and the
// end of the keys, and tokens.
func TestRowListedPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for it, mask := range testMasks {
		const H, M, N = 2, 90, 130
		g := &Grid{H: H, M: M, N: N, Group: 1, BQ: 16, BK: 16, Mask: mask}
		for _, c := range []struct {
			block  int
			tokens bool
		}{{16, false}, {48, false}, {1, true}} {
			for h := range H {
				for i := range M {
					list := make([]int32, 5)
					for e := range list {
						if c.tokens {
							list[e] = int32(r.IntN(N))
						} else {
							list[e] = int32(r.IntN((N + c.block - 1) / c.block))
						}
					}
					if r.IntN(3) == 0 {
						list[3] = -1 // the list ends there
					}
					var want int64
					for _, x := range list {
						if x < 0 {
							break
						}
						lo, hi := int(x), int(x)+1
						if !c.tokens {
							lo, hi = int(x)*c.block, min((int(x)+1)*c.block, N)
						}
						for j := lo; j < hi; j++ {
							if g.Allowed(h, i, j) {
								want++
							}
						}
					}
					if got := g.RowListedPairs(h, i, list, c.block, c.tokens); got != want {
						t.Fatalf("mask %d, block %d tokens %v, head %d row %d, list %v: %d pairs, want %d", it, c.block, c.tokens, h, i, list, got, want)
					}
				}
			}
		}
	}
}
