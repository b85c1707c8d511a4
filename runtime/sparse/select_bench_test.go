package sparse

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkBlockSelectDecode: the selection of a decode step — one query
// tile per head, 1024 key tiles (65536 keys), 8 heads, 10 % of the tiles.
func BenchmarkBlockSelectDecode(b *testing.B) {
	h, nq, nk := 8, 1, 1024
	r := rand.New(rand.NewPCG(1, 2))
	e := make([]float64, h*nq*nk)
	for i := range e {
		e[i] = r.Float64()
	}
	spec := SelectSpec{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64}
	var ws Workspace
	b.ResetTimer()
	for range b.N {
		BlockSelectIn(&ws, e, h, nq, nk, spec, nil, 1, nk*64)
	}
}

// selectTilesStable is selectTiles as it was before byScoreTop: every
// row's rest sorted by the stable sort, the rule applied to the order.
func selectTilesStable(spec SelectSpec, rule rowRule, row []float64, forced []int) []int {
	nf := len(forced)
	list := forced
	allowed := 0
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		found := false
		for _, f := range forced[:nf] {
			found = found || f == J
		}
		if !found {
			list = append(list, J)
		}
	}
	rest := list[nf:]
	slices.SortStableFunc(rest, func(a, b int) int {
		switch {
		case row[a] > row[b]:
			return -1
		case row[b] > row[a]:
			return 1
		}
		return 0
	})
	take := rule(spec, row, forced[:nf], rest, allowed)
	take = max(take, min(min(spec.MinBlocks, allowed)-nf, len(rest)))
	list = list[:nf+take]
	if spec.Order == "index" {
		slices.Sort(list[nf:])
	}
	return list
}

// TestSelectTilesPartialSort: the selection with a partial sort (count
// rules) and the unstable sort with an index tie-break takes the same
// tiles in the same order as the stable sort of every row did — on rows
// with many ties (scores from a few values), disallowed tiles, NaNs, every
// mode, min_blocks and both orders, at row lengths around the partial
// path's threshold.
func TestSelectTilesPartialSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	specs := []SelectSpec{
		{Mode: "density", Density: 0.1}, {Mode: "density", Density: 0.02, MinBlocks: 9}, {Mode: "density", Density: 0.7},
		{Mode: "top", Top: 3}, {Mode: "top", Top: 40, Order: "index"}, {Mode: "mass", Mass: 0.9}, {Mode: "all"},
	}
	for trial := range 3000 {
		nk := []int{1, 5, 63, 64, 65, 200, 1024}[trial%7]
		row := make([]float64, nk)
		levels := 1 + r.IntN(6) // few distinct values: many ties
		for J := range row {
			switch x := r.Float64(); {
			case x < 0.1:
				row[J] = -1
			case x < 0.12 && trial%5 == 0:
				row[J] = math.NaN()
			default:
				row[J] = float64(r.IntN(levels)) / float64(levels)
				if trial%3 == 0 {
					row[J] = r.Float64()
				}
			}
		}
		var forced []int
		for J := range nk {
			if row[J] >= 0 && r.IntN(50) == 0 {
				forced = append(forced, J)
			}
		}
		spec := specs[trial%len(specs)]
		rule := selectHostOf(spec.Mode).(rowRule)
		got := selectTiles(spec, rule, row, slices.Clone(forced))
		want := selectTilesStable(spec, rule, row, slices.Clone(forced))
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (%+v, %d tiles): %v, the stable sort gives %v", trial, spec, nk, got, want)
		}
	}
}

// TestSortTop: sortTop's k first elements are those of a full sort by
// (score descending, index ascending), on rows of few distinct scores
// (ties broken by index), ±0, ±Inf, every k, lengths around its
// insertion-sort cut, and with its partition depth exhausted at once or
// after one partition (the slices.SortFunc fallback).
func TestSortTop(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for trial := range 4000 {
		n := []int{0, 1, 2, 12, 13, 14, 40, 200, 1024}[trial%9]
		score := make([]float64, n)
		levels := 1 + r.IntN(8)
		for i := range score {
			switch x := r.IntN(20); {
			case x == 0:
				score[i] = math.Inf(1 - 2*r.IntN(2))
			case x == 1:
				score[i] = math.Copysign(0, float64(1-2*r.IntN(2)))
			case trial%2 == 0:
				score[i] = r.Float64()
			default:
				score[i] = float64(r.IntN(levels))
			}
		}
		xs := r.Perm(n)
		want := slices.Clone(xs)
		slices.SortFunc(want, func(a, b int) int {
			if score[a] > score[b] || score[a] == score[b] && a < b {
				return -1
			}
			return 1
		})
		k := r.IntN(n + 1)
		depth := []int{0, 1, 2 * bits.Len(uint(n))}[trial%3]
		got := slices.Clone(xs)
		sortTop(got, k, score, depth)
		if !slices.Equal(got[:k], want[:k]) {
			t.Fatalf("trial %d, n %d, k %d, depth %d: %v, want %v", trial, n, k, depth, got[:k], want[:k])
		}
		slices.Sort(got)
		if !slices.Equal(got, slices.Sorted(slices.Values(xs))) {
			t.Fatalf("trial %d: not a permutation of its input", trial)
		}
	}
}
