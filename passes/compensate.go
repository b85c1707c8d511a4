package passes

import "github.com/attnc/attnc/ir"

// compensateTiles makes the sparse attention approximate the tiles it
// skips instead of dropping them (PISA, 2025; SVG-EAR, 2025). Dropping a
// tile removes its softmax mass from the normaliser and its values from
// the output, a bias every selection rule pays; a tile's keys are often
// similar (neighbouring tokens), so its mean key k̄_J stands in for all of
// them. Zeroth order (order: 0) adds, per row and skipped tile,
//
//	ℓ += |J|·exp(c·q·k̄_J − m),   acc += exp(c·q·k̄_J − m)·Σ_{j∈J} v_j
//
// at the cost of one key and one value per tile instead of |J|; it is exact
// when a tile's keys are equal. First order (order: 1) adds the linear term
// of exp around c·q·k̄_J (its ℓ part vanishes), at d·dv flops per row and
// tile. Tiles the mask cuts stay dropped. The cost is counted in
// density_total.
//
//	compensate(order: 0)
//
// Before:
//
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 compensate=0 : f32[H,N,64]
func compensateTiles(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	order := a.Int("order", 0)
	if order != 0 && order != 1 {
		return Errorf(a, "compensate(order: %d): the order is 0 or 1", order)
	}
	for _, p := range ps {
		if p.attn.Op != ir.OpSparseAttention {
			return Errorf(a, "compensate needs a sparse attention: add select(...) or order(...) before it")
		}
		p.attn.SetAttr("compensate", order)
		a.Logf("%s", p.attn.LongString())
	}
	return nil
}
