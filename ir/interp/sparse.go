package interp

import (
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
	m, n := nq*spec.BQ, nk*spec.BK
	if len(args) > 1 {
		p := args[1]
		perm, n = toInt32(p.Data), p.Shape[2]
		m = p.Shape[1] * spec.Segment
	}
	lists := sparse.BlockSelect(e.Data, h, nq, nk, spec, perm, m, n)
	return &Tensor{Shape: []int{h, nq, 2, nk}, Data: toFloat64(lists)}, nil
}

func (ev *evaluator) permute(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	spec := ir.PermuteSpecOf(v.Attrs)
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	if k.Shape[0] == 0 || h%k.Shape[0] != 0 {
		return nil, errHeads(h, k.Shape[0])
	}
	perm, flops := sparse.Permute(spec, q.Data, k.Data, h, m, d, k.Shape[0], k.Shape[1])
	for hh, f := range flops {
		ev.chargeScoring(hh, f)
	}
	ns := (m + spec.Segment - 1) / spec.Segment
	return &Tensor{Shape: []int{h, ns, k.Shape[1]}, Data: toFloat64(perm)}, nil
}
