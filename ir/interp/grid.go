package interp

import (
	"fmt"
	"slices"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
)

// grid adapts the run-time library's tile geometry (sparse.Grid) to an op
// of the graph: its tile sizes, mask and permutation (the op's last
// argument, when it is a permute).
type grid struct {
	sparse.Grid
	nq, nk int
	h, m   int
	n      int
	group  int
	bq, bk int
	perm   []int32
	keyBuf []int
}

func (ev *evaluator) newGrid(v *ir.Value, q, k *Tensor, args []*Tensor) (*grid, error) {
	g := &grid{}
	g.Grid = sparse.Grid{
		H: q.Shape[0], M: q.Shape[1], N: k.Shape[1],
		BQ: v.Int("bq"), BK: v.Int("bk"), Mask: v.ExprAttr("mask").Program(), Segment: v.Int("segment"),
	}
	if g.BQ == 0 {
		g.BQ = 64
	}
	if g.BK == 0 {
		g.BK = 64
	}
	if kh := k.Shape[0]; kh == 0 || g.H%kh != 0 {
		return nil, fmt.Errorf("query heads H=%d are not a multiple of key/value heads G=%d", g.H, kh)
	}
	g.Group = g.H / k.Shape[0]
	if p := ir.PermOf(v); g.Segment > 0 && p != nil && p.Op == ir.OpPermute {
		g.Perm = toInt32(args[slices.Index(v.Args, p)].Data)
	}
	g.nq, g.nk = g.NQ(), g.NK()
	g.h, g.m, g.n, g.group, g.bq, g.bk, g.perm = g.H, g.M, g.N, g.Group, g.BQ, g.BK, g.Perm
	return g, nil
}

func toInt32(x []float64) []int32 {
	out := make([]int32, len(x))
	for i, v := range x {
		out[i] = int32(v)
	}
	return out
}

func toFloat64[T int32 | float64](x []T) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// keys returns the physical keys of key tile J for query tile I of head h
// (a fresh slice: callers keep it).
func (g *grid) keys(h, I, J int) []int { return g.Keys(h, I, J, nil) }

func (g *grid) tileAllowed(h, I, J int) bool { return g.TileAllowed(h, I, J, make([]int, 0, g.BK)) }

func (g *grid) allowedPairs(h, q0, q1 int) int64 { return g.AllowedPairs(h, q0, q1) }

func errHeads(h, g int) error {
	return fmt.Errorf("query heads H=%d are not a multiple of key/value heads G=%d", h, g)
}
