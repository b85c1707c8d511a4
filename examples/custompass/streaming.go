// Package custompass shows how a researcher adds a sparsity idea to attnc
// without touching the compiler: a pass written here, registered by name,
// and used from a schedule like any built-in pass.
//
// The pass, streaming(window: w), is StreamingLLM's pattern (Xiao et al.,
// 2024) as a block-sparse schedule: every query tile computes the sink
// tile, its diagonal tiles and the w tiles before them, nothing else. It
// builds the same graph ops the built-in passes do — a blockscore (mean,
// for the plot), a blockselect whose forced tiles fill the whole budget,
// and a sparseattention — so every backend runs it unchanged.
//
// Before:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} : f32[H,N,64]
//
// After streaming(window: 2):
//
//	%0 = blockscore %q, %k method=mean scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N/64,N/64]
//	%1 = blockselect %0 mode=top top=1 sink diagonal local=2 bq=64 bk=64 : i32[H,N/64,2,N/64]
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// Importing the package (for its init) is all a program needs; the
// attnc-custom command in this directory is attnc with this pass linked in.
package custompass

import (
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/passes"
)

func init() {
	err := passes.Register(&passes.Pass{
		Name:  "streaming",
		Run:   streaming,
		Phase: passes.Schedule,
		Doc:   "StreamingLLM as a schedule: the sink tile, the diagonal and the last w tiles",
		Args: []passes.ArgSpec{
			{Name: "window", Kind: passes.ArgInt, Doc: "tiles kept left of the diagonal (default 4)"},
		},
	})
	if err != nil {
		panic(err)
	}
	passes.AddConstraint(passes.Constraint{Before: "tile", After: "streaming", Why: "streaming selects tiles of the final size"})
}

func streaming(f *ir.Func, a passes.Args) error {
	w := a.Int("window", 4)
	if w < 1 {
		return passes.Errorf(a, "streaming(window: %d): the window must be at least 1 tile", w)
	}
	for _, att := range f.Values {
		if att.Op != ir.OpAttention {
			continue
		}
		bq, bk := att.Int("bq"), att.Int("bk")
		if bq == 0 || bk == 0 {
			bq, bk = passes.DefaultTile, passes.DefaultTile
			att.SetAttr("bq", bq)
			att.SetAttr("bk", bk)
		}
		q, k, v := att.Args[0], att.Args[1], att.Args[2]
		score, err := f.NewOp(att.Pos, ir.OpBlockScore, map[string]any{
			"method": "mean", "scale": att.Float("scale"), "mask": att.ExprAttr("mask"), "bq": bq, "bk": bk,
		}, q, k)
		if err != nil {
			return err
		}
		// top=1 with sink, diagonal and local forced: the forced tiles are
		// the whole list (counts include forced tiles).
		sel, err := f.NewOp(att.Pos, ir.OpBlockSelect, map[string]any{
			"mode": "top", "top": 1, "sink": true, "diagonal": true, "local": w, "bq": bq, "bk": bk,
		}, score)
		if err != nil {
			return err
		}
		f.MoveBefore(score, att)
		f.MoveBefore(sel, att)
		att.Op = ir.OpSparseAttention
		att.Args = []*ir.Value{q, k, v, sel}
		a.Logf("%s keeps sink, diagonal and %d tiles", att.Ref(), w)
	}
	return nil
}
