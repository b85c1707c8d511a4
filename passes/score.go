package passes

import (
	"slices"
	"strings"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// scoreBlocks inserts a blockscore op: for every head and tile (I, J) an
// estimate E of the share of query tile I's softmax mass that key tile J
// holds, cheaper than the attention it guides. Methods:
//
//   - antidiagonal (XAttention, Xu et al. 2025): queries and keys are cut
//     into groups of S = stride tokens; a group pair is scored by the sum
//     along its antidiagonal, A[r,t] = (c/S)·Σ_u q[rS+S−1−u]·k[tS+u], which
//     sees every query and every key once per group pair and so catches
//     both vertical and slash patterns at 1/S of the cost. A row-softmax
//     over groups, summed into tiles, gives E.
//   - mean (MInference, Jiang et al. 2024; FlexPrefill's pooled estimate):
//     softmax over tiles of c·mean(q_I)·mean(k_J). Cheapest; blind to
//     single strong keys that averaging washes out.
//   - probe (stride, pool: max|mean): every stride-th query of the tile is
//     scored against all keys exactly, softmax per probe, pooled into
//     tiles and renormalised — the "last queries" probes of MInference and
//     SampleAttention, generalised to every tile.
//   - bound (Quest, Tang et al. 2024): softmax over tiles of c·Σ_c
//     max(q̄_c·min_c, q̄_c·max_c), the tile's per-channel key minima and
//     maxima bounding the mean query's score; a single strong key lifts
//     its tile where mean's average dilutes it.
//   - oracle: the exact block mass from a dense pass. Not a method (it
//     costs more than attention); it is the yardstick docs/accuracy.md
//     measures the others against.
//   - heads: G (ProxyAttn, 2025): Q and K averaged over groups of H/G heads
//     before scoring, so G proxy heads score for all H and every head of a
//     group shares E and its selection.
//
// With a permute op before it, keys are scored in the permuted (virtual)
// order. Tiles the mask empties get E = -1.
//
//	score(antidiagonal, stride: 8)
//
// Before:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%0 = blockscore %q, %k method=antidiagonal stride=8 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N/64,N/64]
//	%1 = attention %q, %k, %v scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
func scoreBlocks(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	method := a.Mode("antidiagonal")
	m := abi.LookupScoreMethod(method) // the mode's values are the registry's
	for _, p := range ps {
		if p.score != nil {
			return Errorf(a, "score given twice for %s (first: %s)", p.attn.Ref(), p.score.Ident("method"))
		}
		if p.sel != nil {
			return Errorf(a, "score must come before select and order")
		}
		bq, bk := p.tiles()
		attrs := map[string]any{
			"method": method, "scale": p.attn.Float("scale"), "bq": bq, "bk": bk,
		}
		if mask := p.attn.ExprAttr("mask"); mask != nil {
			attrs["mask"] = mask.Clone()
		}
		if err := scoreArgs(a, m, bq, bk, attrs); err != nil {
			return err
		}
		if m.Mod {
			if mod := p.attn.ExprAttr("mod"); mod != nil {
				attrs["mod"] = mod.Clone()
			}
		}
		args := []*ir.Value{p.attn.Args[0], p.attn.Args[1]}
		if p.perm != nil {
			args = append(args, p.perm)
			attrs["segment"] = p.perm.Int("segment")
		}
		if lens := ir.KeyLengthsOf(p.attn); lens != nil {
			if !m.KeyLengths {
				return Errorf(a, "score(%s): kernel %s has key lengths (%s at %s), which %s does not take: the methods that summarise each key tile from its own keys do (%s)", method, f.Name, lens.Name, lens.Pos.Short(), method, strings.Join(abi.KeyLengthScoreMethods(), ", "))
			}
			if _, ok := attrs["heads"]; ok {
				return Errorf(a, "score(%s, heads: %d): proxy heads do not take key lengths (kernel %s has %s at %s)", method, attrs["heads"], f.Name, lens.Name, lens.Pos.Short())
			}
			args = append(args, lens)
		}
		v, err := p.newOp(ir.OpBlockScore, attrs, args...)
		if err != nil {
			return err
		}
		a.Logf("%s", v.LongString())
	}
	return nil
}

// scoreArgs checks the score pass's stride:, pool: and heads: against the
// method's schema (abi.ScoreMethod) and sets the attributes they give.
func scoreArgs(a Args, m *abi.ScoreMethod, bq, bk int, attrs map[string]any) error {
	if m.Stride > 0 {
		s := a.Int("stride", m.Stride)
		if s <= 0 || bq%s != 0 || bk%s != 0 {
			return Errorf(a, "score(%s): stride %d must divide the tile sizes %d and %d", m.Name, s, bq, bk)
		}
		attrs["stride"] = s
	}
	if m.Pools != nil {
		pool := a.Ident("pool", m.Pools[0])
		if !slices.Contains(m.Pools, pool) {
			return Errorf(a, "score(%s) pools by %s, not %s", m.Name, strings.Join(m.Pools, " or "), pool)
		}
		attrs["pool"] = pool
	}
	if a.Has("pool") && m.Pools == nil {
		return Errorf(a, "score(%s) takes no pool: (only %s pools)", m.Name, scoreMethodsWith(func(m *abi.ScoreMethod) bool { return m.Pools != nil }))
	}
	if a.Has("stride") && m.Stride == 0 {
		return Errorf(a, "score(%s) takes no stride:", m.Name)
	}
	if g := a.Int("heads", 0); g > 0 {
		if !m.Heads {
			return Errorf(a, "score(%s) takes no heads:", m.Name)
		}
		attrs["heads"] = g
	}
	return nil
}

// scoreMethodsWith lists the registered methods for which has holds, for
// messages: "antidiagonal, probe, oracle".
func scoreMethodsWith(has func(*abi.ScoreMethod) bool) string {
	var names []string
	for _, name := range abi.ScoreMethods() {
		if has(abi.LookupScoreMethod(name)) {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}
