package interp

import (
	"fmt"
	"math"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
)

// The sparse ops run the run-time library (runtime/sparse), the single
// definition of their semantics that generated kernels call too.

func (ev *evaluator) blockScore(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	spec := ir.ScoreSpecOf(v.Attrs, v.Args[0].Type)
	if ir.KeyLengthsOf(v) != nil {
		if g.Lens, err = lengths(args[len(args)-1]); err != nil {
			return nil, err
		}
	}
	e, flops, err := sparse.BlockScore(&g.Grid, spec, q.Data, k.Data, q.Shape[2], ev.opts.Workers)
	if err != nil {
		return nil, err
	}
	for h, f := range flops {
		ev.chargeScoring(h, f)
	}
	return &Tensor{Shape: []int{g.H, g.nq, g.nk}, Data: e}, nil
}

func (ev *evaluator) blockSelect(v *ir.Value, args []*Tensor) (*Tensor, error) {
	e := args[0]
	h, nq, nk := e.Shape[0], e.Shape[1], e.Shape[2]
	spec := ir.SelectSpecOf(v.Attrs)
	if err := spec.CheckHeads(h); err != nil {
		return nil, err
	}
	var perm []int32
	rows := nq * spec.BQ
	if p := ir.PermOf(v); p != nil {
		perm, rows = toInt32(args[1].Data), args[1].Shape[2]
	}
	m, n := ev.scored(v, rows)
	if perm != nil && m != n {
		return nil, fmt.Errorf("blockselect: a permutation of %d keys for %d queries: permuted keys need queries at the keys' positions (M = N)", n, m)
	}
	var lists []int32
	if ir.KeyLengthsOf(v) != nil {
		lens, err := lengths(args[len(args)-1])
		if err != nil {
			return nil, err
		}
		if len(lens) == 0 || h%len(lens) != 0 {
			return nil, fmt.Errorf("key lengths: B = %d sequences do not divide the query heads H = %d", len(lens), h)
		}
		lists = sparse.BlockSelectLens(nil, e.Data, h, nq, nk, spec, m, n, lens)
	} else {
		lists = sparse.BlockSelect(e.Data, h, nq, nk, spec, perm, m, n)
	}
	return &Tensor{Shape: []int{h, nq, 2, nk}, Data: toFloat64(lists)}, nil
}

// scored returns the numbers of queries and keys blockselect v's scores
// were computed for — the q and k of the blockscore that produced them —
// which place the queries (row i at position i + n − m). Scores given
// directly (a parameter) are for rows at their positions: m = n = rows
// (the permutation's keys, or the tile rows the scores cover).
func (ev *evaluator) scored(v *ir.Value, rows int) (m, n int) {
	if s := v.Args[0]; s.Op == ir.OpBlockScore {
		return ev.vals[s.Args[0]].Shape[1], ev.vals[s.Args[1]].Shape[1]
	}
	return rows, rows
}

func (ev *evaluator) permute(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	spec := ir.PermuteSpecOf(v.Attrs)
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	if k.Shape[0] == 0 || h%k.Shape[0] != 0 {
		return nil, errHeads(h, k.Shape[0])
	}
	if m != k.Shape[1] {
		return nil, fmt.Errorf("permute: %d queries and %d keys: a permutation's segments need queries at the keys' positions (M = N)", m, k.Shape[1])
	}
	perm, flops := sparse.Permute(spec, q.Data, k.Data, h, m, d, k.Shape[0], k.Shape[1])
	for hh, f := range flops {
		ev.chargeScoring(hh, f)
	}
	ns := (m + spec.Segment - 1) / spec.Segment
	return &Tensor{Shape: []int{h, ns, k.Shape[1]}, Data: toFloat64(perm)}, nil
}

// lengths reads key lengths (i32[B], held as float64) for the library.
func lengths(t *Tensor) ([]int32, error) {
	out := make([]int32, len(t.Data))
	for i, x := range t.Data {
		if x != math.Trunc(x) || x < 0 || x > math.MaxInt32 {
			return nil, fmt.Errorf("key lengths: sequence %d has %v keys, want a non-negative integer", i, x)
		}
		out[i] = int32(x)
	}
	return out, nil
}
