package sparse

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestVslashByHand: d = 1, c = 1, no mask, tiles of 2, M = N = 4. The
// last query tile (rows 2, 3) has q = 0, so each of its rows attends
// uniformly to the 4 keys: v = ¼ each; the slash s[o] collects p at
// offsets o = i − j: row 2 puts ¼ at −1, 0, 1, 2, row 3 at 0, 1, 2, 3, so
// s = (⅛ at −1, ¼ at 0, 1, 2, ⅛ at 3). Tile (I, J) scores the mean over
// its rows of Σ_j v[j] + s[i − j]:
//
//	(0, 0): rows 0, 1 × keys 0, 1: v 2·¼ = ½; s: row 0 → s[0] + s[−1] = ⅜,
//	        row 1 → s[1] + s[0] = ½; mean ½ + 7/16 = 15/16
//	(0, 1): v ½; row 0 → s[−2] + s[−3] = 0, row 1 → s[−1] + s[−2] = ⅛;
//	        mean ½ + 1/16 = 9/16
//
// normalised over the row of tiles: 15/24, 9/24. Mean's half: the query
// tile's mean query is 0, so mean scores both tiles ½; E is the mean of
// the two halves: 27/48, 21/48.
func TestVslashByHand(t *testing.T) {
	q := []float64{5, -5, 0, 0}
	k := []float64{1, 2, 3, 4}
	g := &Grid{H: 1, M: 4, N: 4, Group: 1, BQ: 2, BK: 2}
	e, flops, err := BlockScore(g, ScoreSpec{Method: "vslash", Scale: 1}, q, k, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{27.0 / 48, 21.0 / 48} {
		if math.Abs(e[i]-want) > 1e-15 {
			t.Fatalf("E[0, %d] = %v, want %v (E = %v)", i, e[i], want, e)
		}
	}
	// The lines: 2 rows × 4 keys × 2d, charged once; then per query tile
	// 2 per row and tile, and mean's (the pooled query, its share of the
	// key tiles' means, 2d per allowed tile: 2 + 2 + 4).
	if want := float64(2*4*2 + 2*(2*2*2+8)); flops[0] != want {
		t.Errorf("flops %v, want %v", flops[0], want)
	}
}

// TestVslashFindsLines: keys attended at a fixed distance back (a slash)
// or by every query (a vertical line) — the tiles along them score
// highest in every query tile, where mean pooling over 16 keys sees
// nothing; the fast path over full tiles equals the pairwise one (an
// identity permutation forces it), causal mask and ragged last tile
// included.
func TestVslashFindsLines(t *testing.T) {
	const n, d, lag, col = 250, 256, 37, 5 // d > n: every key its own direction
	r := rand.New(rand.NewPCG(7, 8))
	q, k := make([]float64, n*d), make([]float64, n*d)
	for j := range n {
		for c := range d {
			k[j*d+c] = 0.01 * r.NormFloat64()
		}
		k[j*d+j%(d-1)] += 1 // key j's own direction
		k[j*d+d-1] = 0
	}
	k[col*d+d-1] = 1 // key col: a direction every query shares
	for i := range n {
		q[i*d+d-1] = 6
		if i >= lag {
			q[i*d+(i-lag)%(d-1)] = 8 // and the key lag back
		}
	}
	g := &Grid{H: 1, M: n, N: n, Group: 1, BQ: 16, BK: 16, Mask: Program{{Op: OpCausal}}}
	spec := ScoreSpec{Method: "vslash", Scale: 1}
	e, _, err := BlockScore(g, spec, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	nq, nk := g.NQ(), g.NK()
	for I := 4; I < nq; I++ {
		row := e[I*nk : (I+1)*nk]
		var sum float64
		for _, x := range row {
			if x > 0 {
				sum += x
			}
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Fatalf("row %d sums to %v", I, sum)
		}
		// The slash crosses the tiles holding keys I·16 − lag … I·16+15 −
		// lag; the vertical line tile 0. Both beat every other tile but
		// those the last rows' own lagged keys fill (their attention is a
		// slash and, read as columns, a short vertical run: the method
		// cannot tell the two apart from one tile of rows, nor can
		// MInference's).
		lo, hi := (I*16-lag)/16, (I*16+15-lag)/16
		a0, a1 := ((nq-1)*16-lag)/16, (n-1-lag)/16
		best := 0.0
		for J, x := range row {
			if J != 0 && (J < lo || J > hi) && (J < a0 || J > a1) {
				best = math.Max(best, x)
			}
		}
		for _, J := range []int{0, lo} {
			if row[J] <= best {
				t.Errorf("query tile %d: tile %d scores %.3g, another %.3g (row %.3g)", I, J, row[J], best, row)
			}
		}
	}
	perm := make([]int32, n)
	for j := range perm {
		perm[j] = int32(j)
	}
	gp := *g
	gp.Perm, gp.Segment = perm, n
	ep, _, err := BlockScore(&gp, spec, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i := range e {
		if math.Abs(e[i]-ep[i]) > 1e-12 {
			t.Fatalf("E[%d]: %v over full tiles, %v pair by pair", i, e[i], ep[i])
		}
	}
}

// TestVslashOffsets: queries offset from their keys (a decode step, a
// chunk, more queries than keys, with and without a causal mask) — every
// row of allowed tiles sums to 1, and with one query the lines are its
// exact attention (v[j] = s[pos − j] = p(j)), so E is the mean of the
// oracle's and mean's.
func TestVslashOffsets(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	const d = 8
	for _, c := range []struct {
		m, n   int
		causal bool
	}{{1, 300, false}, {1, 300, true}, {40, 300, true}, {300, 100, false}, {300, 100, true},
		{32, 10, false}, // the last tile's first rows before key 0: offsets below −(N−1)
	} {
		q, k := make([]float64, c.m*d), make([]float64, c.n*d)
		for i := range q {
			q[i] = r.NormFloat64()
		}
		for i := range k {
			k[i] = r.NormFloat64()
		}
		g := &Grid{H: 1, M: c.m, N: c.n, Group: 1, BQ: 32, BK: 32}
		if c.causal {
			g.Mask = Program{{Op: OpCausal}}
		}
		e, _, err := BlockScore(g, ScoreSpec{Method: "vslash", Scale: 0.5}, q, k, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		nk := g.NK()
		for I := range g.NQ() {
			var sum float64
			any := false
			for _, x := range e[I*nk : (I+1)*nk] {
				if x >= 0 {
					sum, any = sum+x, true
				}
			}
			if any && sum > 0 && math.Abs(sum-1) > 1e-12 {
				t.Errorf("M=%d N=%d causal %v: row %d sums to %v", c.m, c.n, c.causal, I, sum)
			}
		}
		if c.m != 1 {
			continue
		}
		or, _, _ := BlockScore(g, ScoreSpec{Method: "oracle", Scale: 0.5}, q, k, d, 2)
		mn, _, _ := BlockScore(g, ScoreSpec{Method: "mean", Scale: 0.5}, q, k, d, 2)
		for J := range e {
			if want := (or[J] + mn[J]) / 2; e[J] >= 0 && math.Abs(e[J]-want) > 1e-12 {
				t.Errorf("M=1 N=%d causal %v: E[%d] = %v, want ½(oracle %v + mean %v)", c.n, c.causal, J, e[J], or[J], mn[J])
			}
		}
	}
}
