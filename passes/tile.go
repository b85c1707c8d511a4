package passes

import "github.com/attnc/attnc/ir"

// tileSizes sets the tile sizes every later pass and the backends use:
// bq queries × bk keys per tile (default 64 × 64). Block scores, selection
// lists and the early-stop test all work at this granularity, so it must
// come first in a schedule.
//
//	tile(q: 128, k: 64)
//
// Before:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} : f32[H,N,64]
//
// After:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} bq=128 bk=64 : f32[H,N,64]
func tileSizes(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	bq, bk := a.Int("q", DefaultTile), a.Int("k", DefaultTile)
	if bq <= 0 || bk <= 0 || bq > 4096 || bk > 4096 {
		return Errorf(a, "tile sizes must be in 1..4096, got q: %d, k: %d", bq, bk)
	}
	for _, p := range ps {
		if p.score != nil || p.perm != nil || p.attn.Op == ir.OpSparseAttention {
			return Errorf(a, "tile must come before score, select and permute: they already used %dx%d tiles", p.attn.Int("bq"), p.attn.Int("bk"))
		}
		p.attn.SetAttr("bq", bq)
		p.attn.SetAttr("bk", bk)
		a.Logf("%s: %dx%d tiles", p.attn.Ref(), bq, bk)
	}
	return nil
}
