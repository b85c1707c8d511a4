package passes

import (
	"strings"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
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
	mode, size, err := selectMode(a)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.score == nil {
			return Errorf(a, "select needs block scores: add score(...) before it")
		}
		if p.sel != nil {
			return Errorf(a, "select given twice (or after order)")
		}
		bq, bk := p.tiles()
		attrs := map[string]any{"mode": mode.Name, mode.Size.Name: size, "bq": bq, "bk": bk}
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

// selectMode picks select's mode by the one sizing argument it is given
// (runtime/abi declares the modes the select pass writes and their
// arguments) and returns the mode and the argument's value.
func selectMode(a Args) (*abi.SelectMode, any, error) {
	var mode *abi.SelectMode
	var alts []string
	given := 0
	for _, m := range abi.SelectModesOf("select") {
		alts = append(alts, m.Size.Name+": "+m.Size.Sym)
		if a.Has(m.Size.Name) {
			given++
			mode = m
		}
	}
	if given != 1 {
		return nil, nil, Errorf(a, "select needs exactly one of %s", strings.Join(alts, ", "))
	}
	size, err := sizeArg(a, "select", mode.Size)
	return mode, size, err
}

// sizeArg returns the value of a mode's sizing argument (its default if
// it is not given) as the blockselect attribute takes it, or an error if
// it is out of range: "select(mass: 1.5): τ must be in [0, 1]".
func sizeArg(a Args, pass string, s *abi.SelectArg) (any, error) {
	if s.Int {
		x := a.Int(s.Name, int(s.Default))
		if err := s.Check(float64(x)); err != nil {
			return nil, Errorf(a, "%s(%s: %d): %v", pass, s.Name, x, err)
		}
		return x, nil
	}
	x := a.Float(s.Name, s.Default)
	if err := s.Check(x); err != nil {
		return nil, Errorf(a, "%s(%s: %g): %v", pass, s.Name, x, err)
	}
	return x, nil
}

// sizeArgSpecs declares the sizing arguments of modes as pass arguments.
func sizeArgSpecs(modes ...*abi.SelectMode) []ArgSpec {
	var specs []ArgSpec
	for _, m := range modes {
		kind := ArgFloat
		switch {
		case m.Size.Int:
			kind = ArgInt
		case m.Size.PerHead:
			kind = ArgNumbers
		}
		specs = append(specs, ArgSpec{Name: m.Size.Name, Kind: kind, Doc: m.Size.Doc})
	}
	return specs
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
	if lens := ir.KeyLengthsOf(p.attn); lens != nil {
		args = append(args, lens)
	}
	return p.newOp(ir.OpBlockSelect, attrs, args...)
}
