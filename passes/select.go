package passes

import (
	"github.com/attnc/attnc/ir"
)

// selectBlocks inserts a blockselect op and makes the attention sparse:
// per head and query tile, an ordered list of key tiles to compute
// (DESIGN §5). Forced tiles come first — keep: [diagonal] (the key tiles
// overlapping the query tile, which hold each query's own position and
// usually most of its mass), [sink] (the tile holding key 0: StreamingLLM's
// attention sink), [local(w)] (the w tiles left of the diagonal) — then the
// other allowed tiles by descending score until the budget is met:
//
//   - mass: τ — cumulative mass (XAttention's threshold): add tiles while
//     the mass already taken, forced ones included, is below τ;
//   - top: k — the list holds k tiles (MInference-style fixed budgets);
//   - density: ρ — the list holds ⌈ρ·allowed⌉ tiles (FlexPrefill-style
//     budgets relative to the causal area);
//   - min_blocks: m — never fewer than m tiles.
//
// Counts include the forced tiles. The list order is the processing order
// (forced first, then by score), which early_stop relies on.
//
//	select(mass: 0.9, keep: [sink, diagonal])
//
// Before:
//
//	%0 = blockscore %q, %k method=antidiagonal ... : f32[H,N/64,N/64]
//	%1 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%0 = blockscore %q, %k method=antidiagonal ... : f32[H,N/64,N/64]
//	%1 = blockselect %0 mode=mass mass=0.9 sink diagonal bq=64 bk=64 : i32[H,N/64,2,N/64]
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
func selectBlocks(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	modes := 0
	mode := ""
	for _, m := range []string{"mass", "top", "density"} {
		if a.Has(m) {
			modes++
			mode = m
		}
	}
	if modes != 1 {
		return Errorf(a, "select needs exactly one of mass: τ, top: k, density: ρ")
	}
	if tau := a.Float("mass", 0); mode == "mass" && (tau < 0 || tau > 1) {
		return Errorf(a, "select(mass: %g): τ must be in [0, 1]", tau)
	}
	if rho := a.Float("density", 0); mode == "density" && (rho <= 0 || rho > 1) {
		return Errorf(a, "select(density: %g): ρ must be in (0, 1]", rho)
	}
	if k := a.Int("top", 1); k < 1 {
		return Errorf(a, "select(top: %d): k must be at least 1", k)
	}
	for _, p := range ps {
		if p.score == nil {
			return Errorf(a, "select needs block scores: add score(...) before it")
		}
		if p.sel != nil {
			return Errorf(a, "select given twice (or after order)")
		}
		bq, bk := p.tiles()
		attrs := map[string]any{"mode": mode, "bq": bq, "bk": bk}
		switch mode {
		case "mass":
			attrs["mass"] = a.Float("mass", 0)
		case "top":
			attrs["top"] = a.Int("top", 0)
		case "density":
			attrs["density"] = a.Float("density", 0)
		}
		if err := keepAttrs(a, attrs); err != nil {
			return err
		}
		if m := a.Int("min_blocks", 0); m > 0 {
			attrs["min_blocks"] = m
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

// keepAttrs turns keep: [sink, diagonal, local(w)] into blockselect flags.
func keepAttrs(a Args, attrs map[string]any) error {
	for _, it := range a.List("keep") {
		switch it.Text {
		case "sink", "diagonal":
			attrs[it.Text] = true
		case "local":
			if len(it.List) != 1 || it.List[0].Kind != ir.PassNum || it.List[0].Num < 1 || it.List[0].Num != float64(int(it.List[0].Num)) {
				return Errorf(a, "keep: local(w) needs a positive integer w, got %s", it)
			}
			attrs["local"] = int(it.List[0].Num)
		}
	}
	return nil
}

// newSelect inserts a blockselect over the plan's scores (and permutation).
func newSelect(p *plan, attrs map[string]any) (*ir.Value, error) {
	args := []*ir.Value{p.score}
	if p.perm != nil {
		args = append(args, p.perm)
		attrs["segment"] = p.perm.Int("segment")
	}
	return p.newOp(ir.OpBlockSelect, attrs, args...)
}
