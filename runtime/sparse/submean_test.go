package sparse

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSubmeanByHand: d = 1, tiles of 2 keys, sub-tiles of 1, c = 1, one
// query tile of 2 queries (q̄ = 1) and no mask:
//
//	key tile 0: k = (1, 3) → a_0 = log(½e¹ + ½e³)
//	key tile 1: k = (2, 2) → a_1 = log(e²) = 2
//
// E = softmax(a_0, a_1); mean would score both tiles 2 (equal means).
func TestSubmeanByHand(t *testing.T) {
	q := []float64{0.5, 1.5}
	k := []float64{1, 3, 2, 2}
	g := &Grid{H: 1, M: 2, N: 4, Group: 1, BQ: 2, BK: 2}
	e, _, err := BlockScore(g, ScoreSpec{Method: "submean", Stride: 1, Scale: 1}, q, k, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	a0, a1 := math.Log(0.5*math.E+0.5*math.Exp(3)), 2.0
	want := []float64{1 / (1 + math.Exp(a1-a0)), 1 / (1 + math.Exp(a0-a1))}
	for i := range want {
		if math.Abs(e[i]-want[i]) > 1e-15 {
			t.Fatalf("E = %v, want %v", e, want)
		}
	}
	m, _, _ := BlockScore(g, ScoreSpec{Method: "mean", Scale: 1}, q, k, 1, 1)
	if m[0] != 0.5 || m[1] != 0.5 {
		t.Errorf("mean: E = %v, want the tiles equal", m)
	}
}

// TestSubmeanLimits: with one sub-tile per tile (S = bk) it is mean's
// score; and the permuted path (sub-tiles gathered per query tile) with
// the identity permutation is the shared one, ragged last tile and causal
// mask included.
func TestSubmeanLimits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const n, d = 300, 16
	q, k := make([]float64, 2*n*d), make([]float64, 2*n*d)
	for i := range q {
		q[i], k[i] = r.NormFloat64(), r.NormFloat64()
	}
	g := &Grid{H: 2, M: n, N: n, Group: 1, BQ: 32, BK: 32, Mask: Program{{Op: OpCausal}}}
	spec := ScoreSpec{Method: "submean", Stride: 32, Scale: 0.25}
	sub, _, err := BlockScore(g, spec, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	mean, _, _ := BlockScore(g, ScoreSpec{Method: "mean", Scale: 0.25}, q, k, d, 2)
	for i := range sub {
		if math.Abs(sub[i]-mean[i]) > 1e-12 {
			t.Fatalf("S = bk: E[%d] = %v, mean's %v", i, sub[i], mean[i])
		}
	}
	spec.Stride = 8
	shared, _, _ := BlockScore(g, spec, q, k, d, 2)
	perm := make([]int32, 2*n)
	for h := range 2 {
		for j := range n {
			perm[h*n+j] = int32(j)
		}
	}
	gp := *g
	gp.Perm, gp.Segment = perm, n
	gathered, _, err := BlockScore(&gp, spec, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	differ := 0
	for i := range shared {
		if math.Abs(shared[i]-gathered[i]) > 1e-12 {
			differ++
		}
	}
	if differ > 0 {
		t.Errorf("%d scores differ between the shared and the gathered sub-tile means", differ)
	}
}
