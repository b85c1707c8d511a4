package sparse

import (
	"math"
	"slices"
)

// budgetHost is mode budget's host implementation: one budget for many
// rows, so it completes the lists together, not row by row.
type budgetHost struct{}

func (budgetHost) complete(ws *Workspace, out []int32, e []float64, h, nq, nk int, spec SelectSpec, nforced []int) {
	budgetTiles(ws, out, e, h, nq, nk, spec, nforced)
}

// scoreKey maps a candidate's score to an unsigned key in the same order:
// scores are ≥ 0 (or -0), whose IEEE bits order like the numbers; -0 ties
// with +0 as it compares equal; a NaN (only from non-finite inputs) ranks
// below every number.
func scoreKey(x float64) uint64 {
	if x != x {
		return 0
	}
	if x == 0 {
		return 1
	}
	return math.Float64bits(x) + 1
}

// budgetTiles shares ⌈ρ·allowed⌉ tiles (forced ones included) across all
// query tiles of all heads (scope global) or of each head (scope head): the
// unforced allowed tiles with the largest scores anywhere win (ties: lower
// head, query tile, key tile). It appends to each row's list in out, after
// its nforced forced tiles, the tiles it won in descending score order.
//
// Ranking by (score descending, index ascending) is a total order, so the
// winners are the candidates above the k-th largest score and the first
// (in index order) of those equal to it: a radix selection of that score
// and one pass in index order give the sort's result in O(n), and only each
// row's few winners are sorted.
func budgetTiles(ws *Workspace, out []int32, e []float64, h, nq, nk int, spec SelectSpec, nforced []int) {
	var groups [][2]int // head ranges
	if spec.Scope == "head" {
		for hh := range h {
			groups = append(groups, [2]int{hh, hh + 1})
		}
	} else {
		groups = append(groups, [2]int{0, h})
	}
	keys := ws.keys
	defer func() { ws.keys = keys }()
	forcedOf := func(r int) []int32 { return out[r*2*nk : r*2*nk+nforced[r]] }
	for _, hr := range groups {
		r0, r1 := hr[0]*nq, hr[1]*nq
		keys = keys[:0]
		allowed, forcedN := 0, 0
		for r := r0; r < r1; r++ {
			forced := forcedOf(r)
			forcedN += len(forced)
			f := 0
			for J, x := range e[r*nk : (r+1)*nk] {
				if x < 0 {
					continue
				}
				allowed++
				if f < len(forced) && int(forced[f]) == J {
					f++
					continue
				}
				keys = append(keys, scoreKey(x))
			}
		}
		density := spec.Density
		if spec.Densities != nil { // one per head (scope head; CheckHeads)
			density = spec.Densities[hr[0]]
		}
		budget := int(math.Ceil(density*float64(allowed)-1e-9)) - forcedN
		k := max(0, min(budget, len(keys)))
		if k == 0 {
			continue
		}
		ws.hist = growSlice(ws.hist, 1<<16)
		t, ties := kthLargest(keys, k, ws.hist)
		for r := r0; r < r1; r++ {
			forced := forcedOf(r)
			base := r*2*nk + len(forced)
			won := 0
			f := 0
			for J, x := range e[r*nk : (r+1)*nk] {
				if x < 0 {
					continue
				}
				if f < len(forced) && int(forced[f]) == J {
					f++
					continue
				}
				switch key := scoreKey(x); {
				case key > t:
				case key == t && ties > 0:
					ties--
				default:
					continue
				}
				out[base+won] = int32(J)
				out[base+nk+won] = 0
				won++
			}
			if spec.Order == "index" {
				continue // won in index order
			}
			row := e[r*nk : (r+1)*nk]
			slices.SortFunc(out[base:base+won], func(a, b int32) int {
				ka, kb := scoreKey(row[a]), scoreKey(row[b])
				switch {
				case ka > kb:
					return -1
				case ka < kb:
					return 1
				}
				return int(a - b)
			})
		}
	}
}

// kthLargest returns the k-th largest of keys (1 ≤ k ≤ len(keys)) and how
// many of the k largest equal it, overwriting keys. It selects 16 bits at a
// time from the top: a histogram of the keys that share the bits chosen so
// far picks the bucket holding the k-th largest, whose keys go on to the
// next 16 bits. hist is scratch of 1<<16 counters.
func kthLargest(keys []uint64, k int, hist []int32) (uint64, int) {
	var prefix uint64
	for shift := 48; ; shift -= 16 {
		clear(hist)
		for _, x := range keys {
			hist[x>>shift&0xffff]++
		}
		b := 0xffff
		for ; b > 0 && k > int(hist[b]); b-- {
			k -= int(hist[b])
		}
		prefix = prefix<<16 | uint64(b)
		if shift == 0 {
			return prefix, k
		}
		n := 0
		for _, x := range keys {
			if x>>shift&0xffff == uint64(b) {
				keys[n] = x
				n++
			}
		}
		keys = keys[:n]
	}
}
