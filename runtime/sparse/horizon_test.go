package sparse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTileClassesAcrossLengths: a workspace kept through a loop of key
// lengths that grow by a few keys a step, now and then by many, and now and
// then start over (shorter) gives every step the scores of a fresh
// workspace, bit for bit — every test mask, a non-isotone one among them
// (its classes held for one length), one to three sequences, query tiles
// that hold the diagonal or not. The tiles it keeps must follow the
// lengths: a workspace that did not move its ranges fails here.
func TestTileClassesAcrossLengths(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	masks := append(slices.Clone(testMasks),
		// (qi − ki)·2 < 90: a product, kept for one length only.
		Program{{Op: OpQi}, {Op: OpKi}, {Op: OpSub}, {Op: OpNum, Num: 2}, {Op: OpMul}, {Op: OpNum, Num: 90}, {Op: OpLt}})
	for it := range 3 * len(masks) {
		mask := masks[it%len(masks)]
		b, hs, d := 1+r.IntN(3), 1+r.IntN(2), 8
		n := 150 + r.IntN(200)
		g := Grid{H: b * hs, M: 1 + r.IntN(20), N: n, Group: 1, BQ: []int{4, 8, 32}[r.IntN(3)], BK: []int{8, 16}[r.IntN(2)], Mask: mask, Lens: make([]int32, b)}
		for s := range b {
			g.Lens[s] = int32(r.IntN(n / 2))
		}
		q, k := randomValues(r, g.H*g.M*d, false), randomValues(r, g.H*n*d, false)
		spec := ScoreSpec{Method: "mean", Scale: 0.4}
		var ws Workspace
		for step := range 120 {
			switch x := r.IntN(20); {
			case x == 0: // a sequence starts over
				s := r.IntN(b)
				g.Lens[s] = int32(r.IntN(int(g.Lens[s]) + 1))
			case x == 1: // a chunk
				for s := range b {
					g.Lens[s] = min(g.Lens[s]+int32(r.IntN(100)), int32(n))
				}
			default: // decode steps
				for s := range b {
					g.Lens[s] = min(g.Lens[s]+int32(r.IntN(3)), int32(n))
				}
			}
			got, _, err := BlockScoreIn(&ws, &g, spec, q, k, d, 2)
			if err != nil {
				t.Fatal(err)
			}
			want, _, _ := BlockScore(&g, spec, q, k, d, 1)
			if !sameBits(got, want) {
				t.Fatalf("mask %d step %d (lens %v, M %d, tiles %d×%d): the kept classes give other scores", it%len(masks), step, g.Lens, g.M, g.BQ, g.BK)
			}
		}
	}
}

// TestHorizonClass: a tile's class over a range of lengths is empty or full
// only where every length in the range classifies it so, for causal,
// windowed and sink masks, at positions of every query-row range.
func TestHorizonClass(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 44))
	for range 2000 {
		mask := testMasks[1+r.IntN(len(testMasks)-1)]
		m, bk := 1+r.IntN(20), []int{4, 16}[r.IntN(2)]
		lo := r.IntN(200)
		hi := lo + r.IntN(bk)
		r0 := r.IntN(m)
		r1 := r0 + r.IntN(m-r0)
		k0 := r.IntN(250) / bk * bk
		c := HorizonClass(mask, 0, r0+lo-m, r1+lo-m, lo, hi, k0, k0+bk-1)
		if c == Partial {
			continue
		}
		for n := lo; n <= hi; n++ {
			k1 := min(k0+bk, n) - 1
			want := Empty
			if k1 >= k0 {
				want = mask.Classify(0, r0+n-m, r1+n-m, k0, k1)
			}
			if c != want {
				t.Fatalf("mask %v rows [%d, %d] of %d, keys [%d, %d], lengths [%d, %d]: %v over the range, %v at %d", mask, r0, r1, m, k0, k0+bk-1, lo, hi, c, want, n)
			}
		}
	}
}
