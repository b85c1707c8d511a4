package sparse

import (
	"math"
	"slices"
)

// BlockSelect turns scores E [H, NQ, NK] (-1: not allowed) into ordered
// tile lists [H, NQ, 2, NK]: [h, I, 0, :] the key tiles in processing order
// padded with -1, [h, I, 1, :] 1 for forced entries. perm (nil without a
// permutation) locates the sink; n is the number of keys.
func BlockSelect(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	return BlockSelectIn(nil, e, h, nq, nk, spec, perm, m, n)
}

// BlockSelectIn is BlockSelect with its buffers in ws.
func BlockSelectIn(ws *Workspace, e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	if ws == nil {
		ws = new(Workspace)
	}
	ws.lists = growSlice(ws.lists, h*nq*2*nk)
	out := ws.lists
	for i := range out {
		out[i] = -1
	}
	// The forced tiles of every row, written into the row's list.
	ws.nforced = growSlice(ws.nforced, h*nq)
	nforced := ws.nforced
	var f []int
	for hh := range h {
		for I := range nq {
			r := hh*nq + I
			f = forcedTiles(f[:0], spec, e[r*nk:(r+1)*nk], I, sinkTile(perm, spec, hh, I, m, n))
			base := r * 2 * nk
			for t, J := range f {
				out[base+t] = int32(J)
				out[base+nk+t] = 1
			}
			nforced[r] = len(f)
		}
	}
	if spec.Mode == "budget" {
		budgetTiles(ws, out, e, h, nq, nk, spec, nforced)
		return out
	}
	var list []int
	for r := range h * nq {
		base := r * 2 * nk
		forced := list[:0]
		for _, J := range out[base : base+nforced[r]] {
			forced = append(forced, int(J))
		}
		list = selectTiles(spec, e[r*nk:(r+1)*nk], forced)
		for t, J := range list[nforced[r]:] {
			out[base+nforced[r]+t] = int32(J)
			out[base+nk+nforced[r]+t] = 0
		}
	}
	return out
}

func growSlice[E any](x []E, n int) []E {
	if cap(x) < n {
		return make([]E, n)
	}
	return x[:n]
}

// sinkTile returns the (virtual) tile holding physical key 0.
func sinkTile(perm []int32, spec SelectSpec, h, I, m, n int) int {
	if perm == nil {
		return 0
	}
	ns := (m + spec.Segment - 1) / spec.Segment
	s := I * spec.BQ / spec.Segment
	row := perm[(h*ns+s)*n : (h*ns+s+1)*n]
	for j, x := range row {
		if x == 0 {
			return j / spec.BK
		}
	}
	return 0
}

// forcedTiles appends to f the allowed tiles the spec forces, ascending.
func forcedTiles(f []int, spec SelectSpec, row []float64, I, sink int) []int {
	nk := len(row)
	add := func(J int) {
		if J >= 0 && J < nk && row[J] >= 0 && !slices.Contains(f, J) {
			f = append(f, J)
		}
	}
	// Key tiles overlapping the query tile's positions [I·bq, (I+1)·bq).
	d0, d1 := I*spec.BQ/spec.BK, ((I+1)*spec.BQ-1)/spec.BK
	if spec.Diagonal {
		for J := d0; J <= d1; J++ {
			add(J)
		}
	}
	if spec.Sink {
		add(sink)
	}
	for w := 1; w <= spec.Local; w++ {
		add(d0 - w)
	}
	if spec.Segment > 0 { // the query's own segment stays dense
		s := I * spec.BQ / spec.Segment
		for J := s * spec.Segment / spec.BK; J < min((s+1)*spec.Segment/spec.BK, nk); J++ {
			add(J)
		}
	}
	slices.Sort(f)
	return f
}

// byScore orders tiles by descending score, as the stable sort of the
// tiles in index order by "greater score first" does (it is that sort).
func byScore(row []float64, list []int) {
	slices.SortStableFunc(list, func(a, b int) int {
		switch {
		case row[a] > row[b]:
			return -1
		case row[b] > row[a]:
			return 1
		}
		return 0
	})
}

// selectTiles returns the list of a row: forced (ascending; it is reused
// for the list) completed with the mode's budget.
func selectTiles(spec SelectSpec, row []float64, forced []int) []int {
	nf := len(forced)
	list := forced
	allowed := 0
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		if _, found := slices.BinarySearch(forced[:nf], J); !found {
			list = append(list, J)
		}
	}
	rest := list[nf:]
	byScore(row, rest)
	// The rest stays after the list's end; the list takes what the mode
	// wants from its front (with min_blocks, maybe more).
	take := 0
	switch spec.Mode {
	case "mass":
		taken := 0.0
		for _, J := range forced[:nf] {
			taken += row[J]
		}
		for _, J := range rest {
			if taken >= spec.Mass {
				break
			}
			take++
			taken += row[J]
		}
	case "top", "density":
		k := spec.Top
		if spec.Mode == "density" {
			// 1e-9 keeps ρ·allowed = 3.0000000000000004 from becoming 4.
			k = int(math.Ceil(spec.Density*float64(allowed) - 1e-9))
		}
		take = min(max(k-nf, 0), len(rest))
	case "all":
		take = len(rest)
	}
	// min_blocks tops the list up with the next best tiles.
	take = max(take, min(min(spec.MinBlocks, allowed)-nf, len(rest)))
	list = list[:nf+take]
	if spec.Order == "index" {
		slices.Sort(list[nf:])
	}
	return list
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
		budget := int(math.Ceil(spec.Density*float64(allowed)-1e-9)) - forcedN
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
