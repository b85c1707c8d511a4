package sparse

import (
	"math"
	"math/bits"
	"slices"
)

// BlockSelect turns scores E [H, NQ, NK] (-1: not allowed) into ordered
// tile lists [H, NQ, 2, NK]: [h, I, 0, :] the key tiles in processing order
// padded with -1, [h, I, 1, :] 1 for forced entries. m and n are the
// numbers of queries and keys the scores were computed for: query row i
// sits at position i + n − m (QueryOffset), which places the diagonal.
// perm (nil without a permutation) locates the sink.
func BlockSelect(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	return BlockSelectIn(nil, e, h, nq, nk, spec, perm, m, n)
}

// ListTiles is the key tiles of row r (h·NQ + I) of tile lists [H, NQ,
// 2, NK] (BlockSelect's), up to the row's first -1: the row's first half,
// not its flags.
func ListTiles(lists []int32, r, nk int) []int32 {
	row := lists[r*2*nk : r*2*nk+nk]
	for t, J := range row {
		if J < 0 {
			return row[:t]
		}
	}
	return row
}

// BlockSelectIn is BlockSelect with its buffers in ws.
func BlockSelectIn(ws *Workspace, e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	return blockSelect(ws, e, h, nq, nk, spec, perm, m, n, nil)
}

// BlockSelectLens is BlockSelectIn for a KV cache with key lengths
// (Grid.Lens): n is the cache's capacity, and head h's queries sit before
// its sequence's lens[h/(h/B)] keys, which places its diagonal. The scores
// come from BlockScore over the same lengths (tiles past a head's keys are
// -1, so no rule takes them). No permutation with key lengths.
func BlockSelectLens(ws *Workspace, e []float64, h, nq, nk int, spec SelectSpec, m, n int, lens []int32) []int32 {
	return blockSelect(ws, e, h, nq, nk, spec, nil, m, n, lens)
}

func blockSelect(ws *Workspace, e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int, lens []int32) []int32 {
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
		keys := n
		if lens != nil {
			keys = int(lens[hh/(h/len(lens))])
		}
		for I := range nq {
			r := hh*nq + I
			f = forcedTiles(f[:0], spec, e[r*nk:(r+1)*nk], I, m, keys, sinkTile(perm, spec, hh, I, m, n))
			base := r * 2 * nk
			for t, J := range f {
				out[base+t] = int32(J)
				out[base+nk+t] = 1
			}
			nforced[r] = len(f)
		}
	}
	selectHostOf(spec.Mode).complete(ws, out, e, h, nq, nk, spec, nforced)
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

// forcedTiles appends to f the allowed tiles the spec forces for query
// tile I of m queries against n keys, ascending.
func forcedTiles(f []int, spec SelectSpec, row []float64, I, m, n, sink int) []int {
	nk := len(row)
	add := func(J int) {
		if J >= 0 && J < nk && row[J] >= 0 && !slices.Contains(f, J) {
			f = append(f, J)
		}
	}
	// Key tiles overlapping the query tile's positions: its rows
	// [I·bq, min((I+1)·bq, m)) plus n − m. With m = n these are the rows
	// (a last tile's rows past m only reach tiles past nk).
	d0, d1 := diagonalTiles(spec, I, m, n)
	if spec.Diagonal {
		for J := max(d0, 0); J <= min(d1, nk-1); J++ {
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

// diagonalTiles returns the first and last key tiles overlapping query
// tile I's positions (either may lie outside [0, nk): add drops those).
func diagonalTiles(spec SelectSpec, I, m, n int) (d0, d1 int) {
	off := QueryOffset(m, n)
	p0, p1 := I*spec.BQ+off, min((I+1)*spec.BQ, m)-1+off
	return floorDiv(p0, spec.BK), floorDiv(p1, spec.BK)
}

// floorDiv is ⌊a/b⌋ for b > 0 (positions before key 0 are negative).
func floorDiv(a, b int) int {
	if a < 0 {
		return -((-a + b - 1) / b)
	}
	return a / b
}

// byScore orders tiles by descending score, as the stable sort of the
// tiles in index order by "greater score first" does. The tiles come in
// ascending index order, so that sort is the sort by (score descending,
// index ascending), a total order on distinct tiles, which an unstable
// sort reproduces — 4× faster than the in-place stable merge sort on a
// decode step's 1024 tiles (BenchmarkBlockSelectDecode). Scores with a NaN
// have no such order (a NaN compares equal to every score): those rows
// keep the stable sort, whose result the selection defines.
func byScore(row []float64, list []int) {
	byScoreTop(row, list, len(list))
}

// byScoreTop leaves the k best tiles of list (ascending indices) first,
// in byScore's order; the order of the rest is unspecified. With k well
// below len(list) sortTop sorts little more than them, so a count-based
// selection of 10 % of a row does not sort the other 90 %.
func byScoreTop(row []float64, list []int, k int) {
	for _, J := range list {
		if math.IsNaN(row[J]) {
			slices.SortStableFunc(list, func(a, b int) int {
				switch {
				case row[a] > row[b]:
					return -1
				case row[b] > row[a]:
					return 1
				}
				return 0
			})
			return
		}
	}
	sortTop(list, max(0, min(k, len(list))), row, 2*bits.Len(uint(len(list))))
}

// sortTop leaves the k best elements of xs first, in byScore's order of
// score (higher score, then lower index: a strict total order on distinct
// indices; no NaN scores); the order of the rest is unspecified. A
// quicksort that recurses only into the parts holding some of the k first
// (with k well below len(xs), a quickselect that sorts what it keeps), its
// comparison written out rather than passed as a function: the sort of a
// decode step's kept tiles through slices.SortFunc's closures was a third
// of its selection. After depth partitions a part is left to
// slices.SortFunc, which bounds the worst case.
func sortTop(xs []int, k int, score []float64, depth int) {
	before := func(a, b int) bool { return score[a] > score[b] || score[a] == score[b] && a < b }
	for k > 0 && len(xs) > 12 {
		if depth == 0 {
			slices.SortFunc(xs, func(a, b int) int {
				if before(a, b) {
					return -1
				}
				return 1
			})
			return
		}
		depth--
		// Median of three as the pivot.
		hi := len(xs)
		a, b, c := xs[0], xs[hi/2], xs[hi-1]
		p := b
		switch {
		case before(a, b) == before(b, c):
		case before(b, a) == before(a, c):
			p = a
		default:
			p = c
		}
		sp := score[p]
		i := 0 // Lomuto partition: xs[:i] before p
		for j := range xs {
			if x := xs[j]; score[x] > sp || score[x] == sp && x < p {
				xs[i], xs[j] = x, xs[i]
				i++
			}
		}
		// xs[i:] are p or after it: p to i, then the rest.
		for j := i; j < hi; j++ {
			if xs[j] == p {
				xs[i], xs[j] = xs[j], xs[i]
				break
			}
		}
		if k <= i {
			xs = xs[:i]
			continue
		}
		sortTop(xs[:i], i, score, depth)
		xs, k = xs[i+1:], k-i-1
	}
	// Insertion sort of what is left (at most 12, or nothing to keep).
	if k == 0 {
		return
	}
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && before(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// complete completes each row's list with the rule's prefix of its
// ranked unforced tiles: rows are independent, so with ws.Workers > 1 and
// enough of them (a decode step: 8 heads × 1024 tiles) they are shared
// out.
func (rule rowRule) complete(ws *Workspace, out []int32, e []float64, h, nq, nk int, spec SelectSpec, nforced []int) {
	workers := 1
	if h*nq*nk >= parallelSelect {
		workers = max(ws.Workers, 1)
	}
	for len(ws.list) < workers {
		ws.list = append(ws.list, nil)
	}
	parallel(h*nq, workers, func(w, r int) {
		base := r * 2 * nk
		forced := ws.list[w][:0] // a row's list, its storage kept for the next call
		for _, J := range out[base : base+nforced[r]] {
			forced = append(forced, int(J))
		}
		list := selectTiles(spec, rule, e[r*nk:(r+1)*nk], forced)
		for t, J := range list[nforced[r]:] {
			out[base+nforced[r]+t] = int32(J)
			out[base+nk+nforced[r]+t] = 0
		}
		ws.list[w] = list
	})
}

// parallelSelect is the fewest tiles (rows × tiles per row) whose
// selection complete shares out over ws.Workers: a decode step's 8 heads ×
// 1024 tiles took 0.25 ms on one goroutine and 0.14–0.17 on two, but 8 ×
// 256 took 25 µs on one and 40 on two (waking the other costs more).
const parallelSelect = 4096

// selectTiles returns the list of a row: forced (ascending; it is reused
// for the list) completed with the tiles the rule takes.
func selectTiles(spec SelectSpec, rule rowRule, row []float64, forced []int) []int {
	nf := len(forced)
	list := slices.Grow(forced, len(row))
	allowed, f := 0, 0 // forced[f] is the next forced tile: both ascend
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		for f < nf && forced[f] < J {
			f++
		}
		if f < nf && forced[f] == J {
			continue
		}
		list = append(list, J)
	}
	rest := list[nf:]
	// min_blocks tops the list up with the next best tiles.
	minTake := min(min(spec.MinBlocks, allowed)-nf, len(rest))
	var take int
	if spec.Mode == "top" || spec.Mode == "density" {
		// The rule counts tiles without reading their order: only the
		// tiles it takes need sorting.
		take = max(rule(spec, row, forced[:nf], rest, allowed), minTake)
		byScoreTop(row, rest, take)
	} else {
		// The rest stays after the list's end; the list takes what the
		// rule wants from its front (with min_blocks, maybe more).
		byScore(row, rest)
		take = max(rule(spec, row, forced[:nf], rest, allowed), minTake)
	}
	list = list[:nf+take]
	if spec.Order == "index" {
		slices.Sort(list[nf:])
	}
	return list
}

// The row rules of modes mass, top, density and all (runtime/abi/modes.go).

// massTake takes tiles while the mass taken, forced tiles' included, is
// below τ.
func massTake(spec SelectSpec, row []float64, forced, rest []int, _ int) int {
	taken := 0.0
	for _, J := range forced {
		taken += row[J]
	}
	take := 0
	for _, J := range rest {
		if taken >= spec.Mass {
			break
		}
		take++
		taken += row[J]
	}
	return take
}

// topTake makes the list k tiles long.
func topTake(spec SelectSpec, _ []float64, forced, rest []int, _ int) int {
	return countTake(spec.Top, forced, rest)
}

// densityTake makes the list ⌈ρ·allowed⌉ tiles long.
func densityTake(spec SelectSpec, _ []float64, forced, rest []int, allowed int) int {
	// 1e-9 keeps ρ·allowed = 3.0000000000000004 from becoming 4.
	return countTake(int(math.Ceil(spec.Density*float64(allowed)-1e-9)), forced, rest)
}

// countTake is how many tiles of rest make a list of k, forced included.
func countTake(k int, forced, rest []int) int {
	return min(max(k-len(forced), 0), len(rest))
}

// allTake takes every allowed tile.
func allTake(_ SelectSpec, _ []float64, _, rest []int, _ int) int { return len(rest) }
