package passes

import (
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// budgetBlocks selects tiles under one budget shared by every query tile
// (and, with scope: global, every head): ⌈ρ·allowed⌉ tiles in all, forced
// tiles first, then the highest-scoring tiles wherever they are.
//
// Why: a fixed density per query tile (MInference's top-k) gives a peaked
// row as many tiles as a diffuse one, and a cumulative-mass threshold τ
// stops adding tiles on peaked rows while diffuse rows are starved or
// flooded. With scores that are mass shares, taking the globally largest
// ones maximises the total mass kept for the budget (each tile is a row's
// share, so greedy by share is optimal); with row-aware scores (rowmax) it
// keeps every tile in which some row has more than the global threshold θ
// of its mass. It is FlexPrefill's and ProxyAttn's per-head adaptive budget
// taken to its conclusion: the budget flows to where the mass is, across
// query tiles and heads.
//
//	budget(density: 0.1, keep: [diagonal], scope: global)
//	budget(density: [0.13, 0.06, 0.09, 0.08], keep: [diagonal])  // one per head
//
// Before:
//
//	%0 = blockscore %q, %k method=probe ... : f32[H,N/64,N/64]
//	%1 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%0 = blockscore %q, %k method=probe ... : f32[H,N/64,N/64]
//	%1 = blockselect %0 mode=budget density=0.1 diagonal scope=global bq=64 bk=64 : i32[H,N/64,2,N/64]
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
func budgetBlocks(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	mode := abi.LookupSelectMode("budget")
	sizeName, scope := mode.Size.Name, a.Ident("scope", mode.Scopes[0])
	var size any
	if list := a.List(mode.Size.Name); list != nil {
		// One density per query head: each head its own budget.
		if a.Has("scope") && scope != "head" {
			return Errorf(a, "budget: a list of densities is one per head; it needs scope: head, not %s", scope)
		}
		ds := make([]float64, len(list))
		for i, it := range list {
			if err := mode.Size.Check(it.Num); err != nil {
				return Errorf(a, "budget(density: [..., %g, ...]): %v", it.Num, err)
			}
			ds[i] = it.Num
		}
		size, sizeName, scope = ds, "densities", "head"
	} else if size, err = sizeArg(a, "budget", mode.Size); err != nil {
		return err
	}
	for _, p := range ps {
		if p.score == nil {
			return Errorf(a, "budget needs block scores: add score(...) before it")
		}
		if p.sel != nil {
			return Errorf(a, "budget replaces select; use one of them")
		}
		if ds, ok := size.([]float64); ok {
			if H := p.score.Type.Shape[0]; H.Sym == "" && H.Size != len(ds) {
				return Errorf(a, "budget: %d densities for %d query heads: give one per head", len(ds), H.Size)
			}
		}
		bq, bk := p.tiles()
		attrs := map[string]any{"mode": mode.Name, sizeName: size, "scope": scope, "bq": bq, "bk": bk}
		if err := keepAttrs(a, attrs); err != nil {
			return err
		}
		sel, err := newSelect(p, attrs)
		if err != nil {
			return err
		}
		p.makeSparse(sel)
		a.Logf("%s", sel.LongString())
	}
	return nil
}
