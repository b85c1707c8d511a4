package sparse

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBoundByHand checks Quest's bound on a case worked out by hand:
// d = 2, tiles of 2, c = 0.5.
//
//	query tile 0: q = (1, 0), (1, -2)  → q̄ = (1, -1)
//	query tile 1: q = (0, 1), (2, 1)   → q̄ = (1, 1)
//	key tile 0:   k = (1, 2), (3, -1)  → min (1, -1), max (3, 2)
//	key tile 1:   k = (0, -2), (-1, 0) → min (-1, -2), max (0, 0)
//
//	U(q̄_0, 0) = max(1, 3) + max(1, -2) = 4;  U(q̄_0, 1) = max(-1, 0) + max(2, 0) = 2
//	U(q̄_1, 0) = 3 + 2 = 5;                   U(q̄_1, 1) = 0 + 0 = 0
//
// so E[0] = softmax(2, 1) and E[1] = softmax(2.5, 0). Under a causal mask
// tile (0, 1) is empty: E[0] = (1, -1). Flops per query tile: pooling 2·2,
// its half of the key tiles' bounds 2·2·2·2/2, 4·2 per allowed tile.
func TestBoundByHand(t *testing.T) {
	q := []float64{1, 0, 1, -2, 0, 1, 2, 1}
	k := []float64{1, 2, 3, -1, 0, -2, -1, 0}
	spec := ScoreSpec{Method: "bound", Scale: 0.5}
	soft := func(a, b float64) []float64 { return []float64{1 / (1 + math.Exp(b-a)), 1 / (1 + math.Exp(a-b))} }
	for _, tc := range []struct {
		mask  Program
		want  []float64
		flops float64
	}{
		{nil, append(soft(2, 1), soft(2.5, 0)...), 2 * (4 + 8 + 16)},
		{Program{{Op: OpCausal}}, append([]float64{1, -1}, soft(2.5, 0)...), (4 + 8 + 8) + (4 + 8 + 16)},
	} {
		g := &Grid{H: 1, M: 4, N: 4, Group: 1, BQ: 2, BK: 2, Mask: tc.mask}
		e, flops, err := BlockScore(g, spec, q, k, 2, 2)
		if err != nil {
			t.Fatal(err)
		}
		for i := range e {
			if math.Abs(e[i]-tc.want[i]) > 1e-15 {
				t.Fatalf("mask %v: E = %v, want %v", tc.mask, e, tc.want)
			}
		}
		if flops[0] != tc.flops {
			t.Errorf("mask %v: flops %v, want %v", tc.mask, flops[0], tc.flops)
		}
	}
}

// TestBoundFindsNeedle plants one strong key (a needle the query tile
// points at) among weak random keys: the oracle ranks its tile first, and
// so must the bound (averaging over the tile hides it from mean in one of
// these cases).
func TestBoundFindsNeedle(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const n, d, bq, bk = 256, 32, 32, 32
	g := &Grid{H: 1, M: n, N: n, Group: 1, BQ: bq, BK: bk, Mask: Program{{Op: OpCausal}}}
	for _, needle := range []int{5, 77, 130, 200} {
		q := make([]float64, n*d)
		k := make([]float64, n*d)
		for i := range q {
			q[i], k[i] = r.NormFloat64(), r.NormFloat64()
		}
		I := g.NQ() - 1 // the last query tile sees every key tile
		for i := I * bq; i < (I+1)*bq; i++ {
			q[i*d] += 4 // every query of the tile looks along channel 0
		}
		k[needle*d] = 12
		want := needle / bk
		for _, method := range []string{"oracle", "bound"} {
			e, _, err := BlockScore(g, ScoreSpec{Method: method, Scale: 1 / math.Sqrt(d)}, q, k, d, 2)
			if err != nil {
				t.Fatal(err)
			}
			row := e[I*g.NK() : (I+1)*g.NK()]
			best := 0
			for J, x := range row {
				if x > row[best] {
					best = J
				}
			}
			if best != want {
				t.Errorf("needle at key %d: %s ranks tile %d first, want %d (%v)", needle, method, best, want, row)
			}
		}
	}
}

// TestBoundPaths checks that the bound's paths agree to the bit: float32
// and float64 inputs, and keys bounded per tile through an identity
// permutation or once per KV head; and that its rows sum to 1.
func TestBoundPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var ws Workspace
	for it := range 60 {
		g := randomGrid(r, false)
		d := []int{1, 3, 8, 16}[r.IntN(4)]
		spec := ScoreSpec{Method: "bound", Scale: 0.25, Heads: it % 2 * 1}
		q := randomValues(r, g.H*g.M*d, it%3 == 0)
		k := randomValues(r, g.H/g.Group*g.N*d, it%3 == 0)
		want, wantF, err := BlockScoreIn(&ws, g, spec, q, k, d, 1+r.IntN(3))
		if err != nil {
			t.Fatal(err)
		}
		got, gotF, _ := BlockScore(g, spec, toF32(q), toF32(k), d, 2)
		if !sameBits(got, want) || !sameBits(gotF, wantF) {
			t.Fatalf("case %d: float32 inputs give other scores", it)
		}
		if g.M == g.N {
			p := *g
			p.Segment = g.BQ * g.BK
			ns := (g.M + p.Segment - 1) / p.Segment
			p.Perm = make([]int32, g.H*ns*g.N)
			for i := range p.Perm {
				p.Perm[i] = int32(i % g.N)
			}
			got, gotF, _ := BlockScore(&p, spec, q, k, d, 2)
			if !sameBits(got, want) || !sameBits(gotF, wantF) {
				t.Fatalf("case %d: an identity permutation gives other scores\n got %v\nwant %v", it, got, want)
			}
		}
		nk := g.NK()
		for row := range len(want) / nk * (1 - spec.Heads) { // a proxy group's other heads may hold 0s
			var sum float64
			allowed := false
			for _, x := range want[row*nk : (row+1)*nk] {
				if x >= 0 {
					sum, allowed = sum+x, true
				}
			}
			if allowed && math.Abs(sum-1) > 1e-12 {
				t.Fatalf("case %d: row %d sums to %v", it, row, sum)
			}
		}
	}
}
