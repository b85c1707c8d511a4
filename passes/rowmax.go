package passes

import (
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// rowMax makes the block scores row-aware: a tile's score becomes the
// largest share of softmax mass that any single scored row puts in it,
// instead of the mean over the tile's rows.
//
// Why: the mean hides tiles that matter to a few rows only. The first rows
// of a query tile often need the end of the previous key tile (their local
// window reaches back across the tile edge) while the tile's other rows do
// not; a needle matters to one row. Averaged over 64 rows such a tile
// looks small and is dropped, and those rows lose most of their mass — the
// error is dominated by the worst rows, not the average. Measured on the
// trace, keeping tiles by their largest row mass is 1.5–2.7× better than by
// block mass at equal density (docs/accuracy.md).
//
// It applies to the scorers that see rows (ScoreMethod.Rows in
// runtime/abi's registry): antidiagonal (its groups of S queries), probe
// (its probe rows) and oracle (every row). The scores no
// longer sum to 1 per row, so pair it with a count budget (top, density,
// budget), not with mass.
//
//	score(probe, stride: 16)
//	rowmax
//
// Before:
//
//	%0 = blockscore %q, %k method=probe stride=16 pool=mean ... : f32[H,N/64,N/64]
//
// After:
//
//	%0 = blockscore %q, %k method=probe stride=16 pool=rowmax ... : f32[H,N/64,N/64]
func rowMax(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.score == nil {
			return Errorf(a, "rowmax rewrites block scores: add score(...) before it")
		}
		if p.sel != nil {
			return Errorf(a, "rowmax must come before select: the selection reads the scores")
		}
		if m := p.score.Ident("method"); !abi.LookupScoreMethod(m).Rows {
			return Errorf(a, "rowmax needs a scorer with rows (%s), not %s", scoreMethodsWith(func(m *abi.ScoreMethod) bool { return m.Rows }), m)
		}
		p.score.SetAttr("pool", abi.PoolRowMax)
		a.Logf("%s", p.score.LongString())
	}
	return nil
}
