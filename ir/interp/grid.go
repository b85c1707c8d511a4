package interp

import (
	"fmt"

	"github.com/attnc/attnc/ir"
)

// grid is the tile geometry shared by the sparse ops: H query heads over M
// queries, G KV heads over N keys, tiles of bq × bk, an optional
// permutation (per head and query segment, logical → physical key).
type grid struct {
	h, m, n  int
	group    int // query heads per KV head
	bq, bk   int
	nq, nk   int
	mask     *ir.Expr
	perm     *Tensor // [H, ⌈M/segment⌉, N] or nil
	segment  int
	identity []int // 0..N-1, the keys without a permutation
}

// newGrid reads the geometry of op v over q and k; the permutation, when
// v has one, is its last argument.
func (ev *evaluator) newGrid(v *ir.Value, q, k *Tensor, args []*Tensor) (*grid, error) {
	g := &grid{
		h: q.Shape[0], m: q.Shape[1], n: k.Shape[1],
		bq: v.Int("bq"), bk: v.Int("bk"), mask: v.ExprAttr("mask"), segment: v.Int("segment"),
	}
	if g.bq == 0 {
		g.bq = 64
	}
	if g.bk == 0 {
		g.bk = 64
	}
	if kh := k.Shape[0]; kh == 0 || g.h%kh != 0 {
		return nil, fmt.Errorf("query heads H=%d are not a multiple of key/value heads G=%d", g.h, kh)
	}
	g.group = g.h / k.Shape[0]
	g.nq, g.nk = (g.m+g.bq-1)/g.bq, (g.n+g.bk-1)/g.bk
	if g.segment > 0 && len(args) > 0 {
		if p := args[len(args)-1]; len(p.Shape) == 3 && len(v.Args) > 0 && v.Args[len(v.Args)-1].Op == ir.OpPermute {
			g.perm = p
		}
	}
	g.identity = make([]int, g.n)
	for i := range g.identity {
		g.identity[i] = i
	}
	return g, nil
}

// keys returns the physical keys of (virtual) key tile J as seen by query
// tile I of head h.
func (g *grid) keys(h, I, J int) []int {
	lo, hi := J*g.bk, min((J+1)*g.bk, g.n)
	if g.perm == nil {
		return g.identity[lo:hi]
	}
	ks := make([]int, hi-lo)
	row := g.permRow(h, I)
	for t := range ks {
		ks[t] = int(row[lo+t])
	}
	return ks
}

// permRow returns the logical → physical index of query tile I's segment.
func (g *grid) permRow(h, I int) []float64 {
	seg := I * g.bq / g.segment
	ns := g.perm.Shape[1]
	return g.perm.Data[(h*ns+seg)*g.n : (h*ns+seg+1)*g.n]
}

// allowed reports whether the mask allows query i and physical key j.
func (g *grid) allowed(h, i, j int) bool {
	return g.mask == nil || g.mask.Eval(&ir.Env{Qi: float64(i), Ki: float64(j), H: float64(h)}) != 0
}

// tileAllowed reports whether the mask leaves any pair in (virtual) tile
// (I, J) of head h: decided by interval classification over the tile's key
// range, and by checking pairs where that is inconclusive.
func (g *grid) tileAllowed(h, I, J int) bool {
	q0, q1 := I*g.bq, min((I+1)*g.bq, g.m)-1
	keys := g.keys(h, I, J)
	if len(keys) == 0 || q1 < q0 {
		return false
	}
	kmin, kmax := keys[0], keys[0]
	for _, j := range keys {
		kmin, kmax = min(kmin, j), max(kmax, j)
	}
	switch ir.ClassifyTile(g.mask, h, q0, q1, kmin, kmax) {
	case ir.TileEmpty:
		return false
	case ir.TileFull:
		return true
	}
	for i := q0; i <= q1; i++ {
		for _, j := range keys {
			if g.allowed(h, i, j) {
				return true
			}
		}
	}
	return false
}

// allowedPairs counts the pairs the mask allows for queries [q0, q1) of
// head h over all keys (permutations do not change it).
func (g *grid) allowedPairs(h, q0, q1 int) int64 {
	var n int64
	for J := range g.nk {
		k0, k1 := J*g.bk, min((J+1)*g.bk, g.n)
		switch ir.ClassifyTile(g.mask, h, q0, q1-1, k0, k1-1) {
		case ir.TileEmpty:
		case ir.TileFull:
			n += int64((q1 - q0) * (k1 - k0))
		default:
			for i := q0; i < q1; i++ {
				for j := k0; j < k1; j++ {
					if g.allowed(h, i, j) {
						n++
					}
				}
			}
		}
	}
	return n
}
