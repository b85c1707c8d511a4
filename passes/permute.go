package passes

import (
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// permuteKeys inserts a permute op: a token-level reordering of the keys so
// that the attention mass of each query tile packs into fewer key tiles,
// which scoring and selection then work on (virtual key blocks are bk
// consecutive positions of the permuted order). The sequence is cut into
// segments of L tokens (a multiple of both tile sizes); a query segment's
// probe is the mean of its queries (probe: mean) or its last query tile
// (probe: last), and a key's importance is its softmax probability under
// the probe.
//
//   - scope: local (PBS-Attn, 2025): inside every key segment, keys sorted
//     by importance under the last query segment's probe — one permutation
//     per head, shared by all queries. Segments keep their place, so the
//     causal structure between segments survives.
//   - scope: global (S2O, 2025): for each query segment, all keys of the
//     earlier segments ranked together under that segment's own probe — one
//     index per (head, query segment), S2O's "online permutation".
//
// Either way the query's own segment is computed densely, masks compare
// original positions (qi and the physical ki), and K and V are gathered
// through the index inside the kernel, never copied.
//
//	permute(segment: 256, probe: mean, scope: local)
//
// Before:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After (with score and select following):
//
//	%0 = permute %q, %k segment=256 probe=mean scope=local scale=0.125 bq=64 : i32[H,N/256,N]
//	%1 = blockscore %q, %k, %0 method=mean ... segment=256 : f32[H,N/64,N/64]
//	%2 = blockselect %1, %0 ... segment=256 : i32[H,N/64,2,N/64]
//	%3 = sparseattention %q, %k, %v, %2, %0 ... segment=256 : f32[H,N,64]
func permuteKeys(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	seg := a.Int("segment", 256)
	for _, p := range ps {
		if p.perm != nil || p.score != nil || p.sel != nil {
			return Errorf(a, "permute must come before score, select and order (and only once)")
		}
		bq, bk := p.tiles()
		if seg <= 0 || seg%bq != 0 || seg%bk != 0 {
			return Errorf(a, "permute(segment: %d): the segment must be a multiple of the tile sizes %d and %d", seg, bq, bk)
		}
		if q, k := p.attn.Args[0].Type, p.attn.Args[1].Type; ir.HasQueryOffset(q, k) {
			return Errorf(a, "permute: the queries' length %s is not the keys' %s: a query segment and its key segment must be the same positions, and %s queries sit at the last of %s keys", q.Shape[1], k.Shape[1], q.Shape[1], k.Shape[1])
		}
		v, err := p.newOp(ir.OpPermute, map[string]any{
			"segment": seg, "probe": a.Ident("probe", abi.PermuteProbes()[0]), "scope": a.Ident("scope", abi.PermuteScopes()[0]),
			"scale": p.attn.Float("scale"), "bq": bq,
		}, p.attn.Args[0], p.attn.Args[1])
		if err != nil {
			return err
		}
		a.Logf("%s", v.LongString())
	}
	return nil
}
