package sparse

import (
	"math"
	"slices"
	"sort"
)

// SelectSpec describes a blockselect op (docs/passes.md).
type SelectSpec struct {
	Mode           string // mass, top, density, all or budget
	Mass           float64
	Top            int
	Density        float64
	Sink, Diagonal bool
	Local          int
	MinBlocks      int
	Order          string // score (default) or index
	Scope          string // budget: global (default) or head
	BQ, BK         int
	Segment        int // with a permutation: the query's own segment is forced
}

// BlockSelect turns scores E [H, NQ, NK] (-1: not allowed) into ordered
// tile lists [H, NQ, 2, NK]: [h, I, 0, :] the key tiles in processing order
// padded with -1, [h, I, 1, :] 1 for forced entries. perm (nil without a
// permutation) locates the sink; n is the number of keys.
func BlockSelect(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	out := make([]int32, h*nq*2*nk)
	for i := range out {
		out[i] = -1
	}
	var won [][]int
	if spec.Mode == "budget" {
		won = budgetTiles(e, h, nq, nk, spec, perm, m, n)
	}
	for hh := range h {
		for I := range nq {
			row := e[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
			forced := forcedTiles(spec, row, I, sinkTile(perm, spec, hh, I, m, n))
			var list []int
			if won != nil {
				list = append(forced, won[hh*nq+I]...)
				if spec.Order == "index" {
					sort.Ints(list[len(forced):])
				}
			} else {
				list = selectTiles(spec, row, forced)
			}
			base := (hh*nq + I) * 2 * nk
			for t, J := range list {
				out[base+t] = int32(J)
				out[base+nk+t] = 0
				if t < len(forced) {
					out[base+nk+t] = 1
				}
			}
		}
	}
	return out
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

// forcedTiles lists the allowed tiles the spec forces, ascending.
func forcedTiles(spec SelectSpec, row []float64, I, sink int) []int {
	nk := len(row)
	var f []int
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
	sort.Ints(f)
	return f
}

// selectTiles completes the forced list with the mode's budget.
func selectTiles(spec SelectSpec, row []float64, forced []int) []int {
	var rest []int
	allowed := 0
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		if !slices.Contains(forced, J) {
			rest = append(rest, J)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool { return row[rest[a]] > row[rest[b]] })
	list := append([]int(nil), forced...)
	switch spec.Mode {
	case "mass":
		taken := 0.0
		for _, J := range forced {
			taken += row[J]
		}
		for _, J := range rest {
			if taken >= spec.Mass {
				break
			}
			list = append(list, J)
			taken += row[J]
		}
	case "top", "density":
		k := spec.Top
		if spec.Mode == "density" {
			// 1e-9 keeps ρ·allowed = 3.0000000000000004 from becoming 4.
			k = int(math.Ceil(spec.Density*float64(allowed) - 1e-9))
		}
		for _, J := range rest {
			if len(list) >= k {
				break
			}
			list = append(list, J)
		}
	case "all":
		list = append(list, rest...)
	}
	for _, J := range rest {
		if len(list) >= min(spec.MinBlocks, allowed) {
			break
		}
		if !slices.Contains(list, J) {
			list = append(list, J)
		}
	}
	if spec.Order == "index" {
		sort.Ints(list[len(forced):])
	}
	return list
}

// budgetTiles shares ⌈ρ·allowed⌉ tiles (forced ones included) across all
// query tiles of all heads (scope global) or of each head (scope head): the
// unforced allowed tiles with the largest scores anywhere win (ties: lower
// head, query tile, key tile). It returns, per h·nq + I, the tiles won in
// descending score order.
func budgetTiles(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) [][]int {
	type cand struct {
		h, I, J int
		e       float64
	}
	won := make([][]int, h*nq)
	var groups [][]int
	if spec.Scope == "head" {
		for hh := range h {
			groups = append(groups, []int{hh})
		}
	} else {
		all := make([]int, h)
		for hh := range all {
			all[hh] = hh
		}
		groups = append(groups, all)
	}
	for _, heads := range groups {
		var cands []cand
		allowed, forcedN := 0, 0
		for _, hh := range heads {
			for I := range nq {
				row := e[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
				forced := forcedTiles(spec, row, I, sinkTile(perm, spec, hh, I, m, n))
				forcedN += len(forced)
				for J, x := range row {
					if x < 0 {
						continue
					}
					allowed++
					if !slices.Contains(forced, J) {
						cands = append(cands, cand{hh, I, J, x})
					}
				}
			}
		}
		budget := int(math.Ceil(spec.Density*float64(allowed)-1e-9)) - forcedN
		// Candidates are in (h, I, J) order, so ordering ties by that order
		// is the stable sort's result at O(n log n).
		sort.Slice(cands, func(a, b int) bool {
			x, y := &cands[a], &cands[b]
			if x.e != y.e {
				return x.e > y.e
			}
			if x.h != y.h {
				return x.h < y.h
			}
			if x.I != y.I {
				return x.I < y.I
			}
			return x.J < y.J
		})
		for _, c := range cands[:max(0, min(budget, len(cands)))] {
			won[c.h*nq+c.I] = append(won[c.h*nq+c.I], c.J)
		}
	}
	return won
}
