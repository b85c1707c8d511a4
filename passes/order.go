package passes

import "github.com/attnc/attnc/ir"

// orderBlocks fixes the processing order of each query tile's list: forced
// tiles first, then by descending score (order(score), S2O's "most
// important first", which makes an early stop cut only the tail) or by
// ascending index (order(index), the memory order a kernel without an
// early stop prefers). After select, order(score) is its default. Without
// select it makes every allowed tile a list entry (DESIGN §5: with
// early_stop this is S2O's selection-free scheme).
//
//	order(score)
//
// Before (no select):
//
//	%0 = blockscore %q, %k method=mean ... : f32[H,N/64,N/64]
//	%1 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%0 = blockscore %q, %k method=mean ... : f32[H,N/64,N/64]
//	%1 = blockselect %0 mode=all order=score bq=64 bk=64 : i32[H,N/64,2,N/64]
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
func orderBlocks(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	order := a.Mode("score")
	for _, p := range ps {
		if p.sel != nil {
			p.sel.SetAttr("order", order)
			a.Logf("%s", p.sel.LongString())
			continue
		}
		if p.score == nil {
			return Errorf(a, "order needs block scores: add score(...) before it")
		}
		bq, bk := p.tiles()
		sel, err := newSelect(p, map[string]any{"mode": "all", "order": order, "bq": bq, "bk": bk, "diagonal": true})
		if err != nil {
			return err
		}
		p.makeSparse(sel)
		a.Logf("%s", sel.LongString())
	}
	return nil
}
