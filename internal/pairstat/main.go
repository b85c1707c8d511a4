// Command pairstat measures, for the block-sparse schedules' tile lists
// (mean scores; select density, or budget), how much two query tiles next
// to each other share: a CTA of 2·bq rows that walks the union of its two
// tiles' lists loads |A ∪ B| K/V tiles for |A| + |B| products. It prints
// the union over the products (1: no sharing; 0.5: the two lists equal),
// pooled and per head, on the real traces (../shared/traces) and synthetic
// inputs; with -big, synthetic inputs at 131072 tokens (the benchmarks').
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

var bigHeads = flag.Int("heads", 2, "-big: the heads")

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
		for _, sel := range []sparse.SelectSpec{
			{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64},
			{Mode: "budget", Density: 0.093, Sink: true, Diagonal: true, BQ: 64, BK: 64},
		} {
			lists := sparse.BlockSelect(e, h, nq, nq, sel, nil, n, n)
			var own, union float64
			lo, hi := math.Inf(1), 0.0
			for hh := range h {
				o0, u0 := own, union
				for p := 0; p < nq; p += 2 {
					seen := map[int32]bool{}
					for i := p; i < min(p+2, nq); i++ {
						for _, b := range sparse.ListTiles(lists, hh*nq+i, nq) {
							own++
							seen[b] = true
						}
					}
					union += float64(len(seen))
				}
				f := (union - u0) / (own - o0)
				lo, hi = min(lo, f), max(hi, f)
			}
			fmt.Printf("%-14s %-7s %.3f: tiles %.0f, union/own %.3f (heads %.3f–%.3f)\n", name, sel.Mode, sel.Density, own, union/own, lo, hi)
		}
	}
	tracesets.Each(run)
}

// big is the benchmarks' case: synthetic inputs at 131072 tokens, d =
// 128, two heads (seed 3, as `attnc bench -synthetic 3`), in groups of
// 2 and 4 query tiles.
func big() {
	{
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
		for _, sel := range []sparse.SelectSpec{
			{Mode: "density", Density: 0.1, Sink: true, Diagonal: true, BQ: 64, BK: 64},
			{Mode: "budget", Density: 0.093, Sink: true, Diagonal: true, BQ: 64, BK: 64},
		} {
			lists := sparse.BlockSelect(e, h, nq, nq, sel, nil, n, n)
			for _, g := range []int{2, 4} {
				var own, union float64
				var per []string
				for hh := range h {
					o0, u0 := own, union
					for p := 0; p < nq; p += g {
						seen := map[int32]bool{}
						for i := p; i < p+g; i++ {
							for _, b := range sparse.ListTiles(lists, hh*nq+i, nq) {
								own++
								seen[b] = true
							}
						}
						union += float64(len(seen))
					}
					per = append(per, fmt.Sprintf("%.3f", (union-u0)/(own-o0)))
				}
				fmt.Printf("131072 %s: groups of %d tiles: tiles %.0f, union/own %.3f (heads %v)\n", sel.Mode, g, own, union/own, per)
			}
		}
	}
}
