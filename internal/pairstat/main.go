// Command pairstat measures, for the block-sparse schedules' tile lists
// (mean scores; select density, or budget), how much two query tiles next
// to each other share: a CTA of 2·bq rows that walks the union of its two
// tiles' lists loads |A ∪ B| K/V tiles for |A| + |B| products. It prints
// the union over the products (1: no sharing; 0.5: the two lists equal),
// pooled and per head, on the real traces (../shared/traces) and synthetic
// inputs; with -big, synthetic inputs at 131072 tokens (the benchmarks').
//
// For the pair kernel's skipping consumers in the split order (codegen/
// nvptx/pairs.go) it also prints the union's shape: the share of tiles
// both lists hold, of one-sided tiles that alternate with the other
// side's (min(|A − B|, |B − A|) of each side), and of the longer side's
// rest, which one consumer computes while the other waits; and a cost
// model: the masked pair kernel runs |A ∪ B| entries with both consumers
// busy, the skipping one |A ∩ B| + min(|A − B|, |B − A|) such entries and
// the rest alone, each at solo (-solo, a guess: 0.6) of a busy entry's
// time; "skip/masked" is their ratio.
// Run from the repository root: go run ./internal/pairstat [-big]
package main

import (
	"flag"
	"fmt"
	"math"

	"github.com/attnc/attnc/internal/tracesets"
	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
	"github.com/attnc/attnc/synthetic"
)

var (
	bigHeads = flag.Int("heads", 2, "-big: the heads")
	solo     = flag.Float64("solo", 0.6, "the time of a union entry one consumer computes alone, as a fraction of one both compute (the cost model's guess)")
)

func main() {
	flag.Bool("big", false, "the benchmarks' case: synthetic inputs at 131072 tokens, d = 128")
	flag.Parse()
	if f := flag.Lookup("big"); f.Value.String() == "true" {
		big()
		return
	}
	mask := (&attnir.Expr{Op: attnir.ECall, Name: "causal"}).Program()
	run := func(name string, q, k []float64, h, n, d int) {
		grd := &sparse.Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: mask}
		e, _, err := sparse.BlockScore(grd, sparse.ScoreSpec{Method: "mean", Scale: 1 / math.Sqrt(float64(d))}, q, k, d, 2)
		if err != nil {
			panic(err)
		}
		nq := (n + 63) / 64
		for _, sel := range selections() {
			lists := sparse.BlockSelect(e, h, nq, nq, sel, nil, n, n)
			fmt.Printf("%-14s %-7s %.3f: %s\n", name, sel.Mode, sel.Density, groups(lists, h, nq, 2))
		}
	}
	tracesets.Each(run)
}

func selections() []sparse.SelectSpec {
	return []sparse.SelectSpec{
		{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64},
		{Mode: "budget", Density: 0.093, Sink: true, Diagonal: true, BQ: 64, BK: 64},
	}
}

// counts are a group's tiles: own = Σ|list|, union, and with groups of
// two the split order's parts: shared = |A ∩ B|, alt = 2·min(|A − B|,
// |B − A|), rest = the longer side's remainder.
type counts struct{ own, union, shared, alt, rest float64 }

func (c *counts) add(o counts) {
	c.own += o.own
	c.union += o.union
	c.shared += o.shared
	c.alt += o.alt
	c.rest += o.rest
}

// skipRatio is the cost model's skipping over masked (see the package
// comment).
func (c counts) skipRatio() float64 {
	return (c.shared + c.alt/2 + *solo*c.rest) / c.union
}

// groups counts the lists' groups of g neighbouring query tiles, head by
// head, and says it in a line: union/own pooled and per head's range, and
// for pairs the split order's shape and cost model.
func groups(lists []int32, h, nq, g int) string {
	var all counts
	var per []counts
	for hh := range h {
		var c counts
		for p := 0; p < nq; p += g {
			c.add(group(lists, hh*nq, p, min(p+g, nq), nq))
		}
		per = append(per, c)
		all.add(c)
	}
	lo, hi := math.Inf(1), 0.0
	slo, shi := math.Inf(1), 0.0
	for _, c := range per {
		lo, hi = min(lo, c.union/c.own), max(hi, c.union/c.own)
		slo, shi = min(slo, c.skipRatio()), max(shi, c.skipRatio())
	}
	s := fmt.Sprintf("groups of %d: tiles %.0f, union/own %.3f (heads %.3f–%.3f)", g, all.own, all.union/all.own, lo, hi)
	if g == 2 {
		s += fmt.Sprintf("; of the union: shared %.3f, alternating %.3f, rest %.3f; skip/masked %.3f (heads %.3f–%.3f)",
			all.shared/all.union, all.alt/all.union, all.rest/all.union, all.skipRatio(), slo, shi)
	}
	return s
}

// group counts query tiles [i0, i1) of the head whose rows start at row0.
func group(lists []int32, row0, i0, i1, nq int) counts {
	var c counts
	bits := map[int32]int{}
	for i := i0; i < i1; i++ {
		for _, b := range sparse.ListTiles(lists, row0+i, nq) {
			c.own++
			bits[b] |= 1 << (i - i0)
		}
	}
	c.union = float64(len(bits))
	if i1-i0 == 2 {
		var a, b float64
		for _, x := range bits {
			switch x {
			case 3:
				c.shared++
			case 1:
				a++
			case 2:
				b++
			}
		}
		c.alt, c.rest = 2*min(a, b), math.Abs(a-b)
	}
	return c
}

// big is the benchmarks' case: synthetic inputs at 131072 tokens, d =
// 128, two heads (seed 3, as `attnc bench -synthetic 3`), in groups of
// 2 and 4 query tiles.
func big() {
	mask := (&attnir.Expr{Op: attnir.ECall, Name: "causal"}).Program()
	n, d, h := 131072, 128, *bigHeads
	q, k, _, err := synthetic.Generate(synthetic.Config{Heads: h, KVHeads: h, N: n, D: d, Seed: 3})
	if err != nil {
		panic(err)
	}
	grd := &sparse.Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: mask}
	e, _, err := sparse.BlockScore(grd, sparse.ScoreSpec{Method: "mean", Scale: 1 / math.Sqrt(float64(d))}, q, k, d, 2)
	if err != nil {
		panic(err)
	}
	nq := n / 64
	for _, sel := range selections() {
		lists := sparse.BlockSelect(e, h, nq, nq, sel, nil, n, n)
		for _, g := range []int{2, 4} {
			fmt.Printf("131072 %s: %s\n", sel.Mode, groups(lists, h, nq, g))
		}
	}
}
