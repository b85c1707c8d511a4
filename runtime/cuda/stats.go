package cuda

import (
	"fmt"
	"github.com/attnc/attnc/runtime/sparse"
)

// PairStats are an attention's (q, k) pairs, the quantities density is
// defined by on every device (runtime.Stats, the interpreter's Stats):
// Allowed the pairs the mask allows, Computed those whose score the kernel
// computed (the allowed pairs of the tiles it visited).
type PairStats struct {
	Allowed, Computed int64
}

// Density is Computed / Allowed (1 when nothing is allowed).
func (s PairStats) Density() float64 {
	if s.Allowed == 0 {
		return 1
	}
	return float64(s.Computed) / float64(s.Allowed)
}

// pairStats counts an attention step's pairs per head from what it ran:
// a dense kernel computes every allowed pair; a sparse one the pairs of
// its list's tiles, cut after visits[h, I] tiles with an early exit; a
// per-row one each row's pairs of its own list (rowList [H, M, rowW]).
func (r *run) pairStats(k *Kernel, a *AttentionArgs, list, perm, visits, rowList []int32, rowW int) []PairStats {
	g := &sparse.Grid{H: a.H, M: a.M, N: a.N, Group: a.Group, BQ: k.BQ, BK: k.BK, Mask: k.Mask, Perm: perm, Segment: a.Segment, Lens: a.Lens}
	out := make([]PairStats, a.H)
	nq, nk := g.NQ(), g.NK()
	allowed := r.p.allowedPairs(k, g)
	sparse.Parallel(a.H, r.opts.Workers, func(h int) {
		buf := make([]int, 0, k.BK)
		for I := range nq {
			hh := 0
			if len(allowed) > nq {
				hh = h
			}
			allowed := allowed[hh*nq+I]
			out[h].Allowed += allowed
			if k.PerRow && rowList != nil {
				for i := I * k.BQ; i < min((I+1)*k.BQ, a.M); i++ {
					out[h].Computed += g.RowListedPairs(h, i, rowList[(h*a.M+i)*rowW:][:rowW], k.RowBlock, k.RowTokens)
				}
				continue
			}
			if !k.Sparse || len(list) < (h*nq+I+1)*2*nk {
				out[h].Computed += allowed
				continue
			}
			row := list[(h*nq+I)*2*nk:][:nk]
			if visits != nil {
				row = row[:min(int(visits[h*nq+I]), nk)]
			}
			out[h].Computed += g.ListedPairs(h, I, row, buf)
		}
	})
	return out
}

// allowedPairs is the mask's allowed pairs per (head, query tile) — one
// head's when the mask does not read h — kept for the program: it depends
// only on the mask and the shape (a permutation moves keys, not pairs) and
// the key lengths, of which only the last set is kept (a decode loop's
// change every step).
func (p *Program) allowedPairs(k *Kernel, g *sparse.Grid) []int64 {
	prefix := lensKeyPrefix("pairs", k.Name, g.H, g.M, g.N)
	key := prefix + fmt.Sprint(g.Lens)
	if n, ok := p.pairs[key]; ok {
		return n
	}
	if g.Lens != nil {
		dropPrefixed(p.pairs, prefix)
	}
	heads := 1
	if k.MaskUsesH || g.Lens != nil {
		heads = g.H // key lengths: each sequence's own
	}
	nq := g.NQ()
	n := make([]int64, heads*nq)
	sparse.Parallel(heads*nq, 0, func(i int) {
		I := i % nq
		n[i] = g.AllowedPairs(i/nq, I*g.BQ, min((I+1)*g.BQ, g.M))
	})
	if p.pairs == nil {
		p.pairs = map[string][]int64{}
	}
	p.pairs[key] = n
	return n
}
