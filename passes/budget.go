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
	size, err := sizeArg(a, "budget", mode.Size)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.score == nil {
			return Errorf(a, "budget needs block scores: add score(...) before it")
		}
		if p.sel != nil {
			return Errorf(a, "budget replaces select; use one of them")
		}
		bq, bk := p.tiles()
		attrs := map[string]any{"mode": mode.Name, mode.Size.Name: size, "scope": a.Ident("scope", mode.Scopes[0]), "bq": bq, "bk": bk}
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
