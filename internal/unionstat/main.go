// Command unionstat measures, for MoBA's gate (64-key blocks, top T, the
// diagonal forced), how many key blocks a group of g query rows computes
// when it runs over the union of its rows' blocks, per block a row chose:
// the per-row attention kernel's work over the rows' own (pooled over the
// heads, and each head's alone as a range), for groups of 64, 32, 16 and
// 8 rows, on the real traces (../shared/traces) and two
// synthetic inputs (docs/gpu-notes.md, eighteenth session); with
// -regroup W, after the rows inside each window of W are reordered by
// their lists. Run from the repository root: go run ./internal/unionstat
package main

import (
	"flag"
	"fmt"
	"math"
	"slices"

	"github.com/attnc/attnc/internal/tracesets"
	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
)

func main() {
	window := flag.Int("regroup", 0, "permute the rows inside windows of this many (0: none) so that rows with like lists sit together (a MinHash of their lists), before grouping")
	flag.Parse()
	mask := (&attnir.Expr{Op: attnir.ECall, Name: "causal"}).Program()
	run := func(name string, q, k []float64, h, n, d int) {
		grd := &sparse.Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: mask}
		e, _, err := sparse.RowScore(grd, 64, 1/math.Sqrt(float64(d)), q, k, d, 2)
		if err != nil {
			panic(err)
		}
		nb := (n + 63) / 64
		for _, top := range []int{8, 16, 32} {
			rs := sparse.RowSpec{Block: 64, Top: top, Diagonal: true}
			w := rs.Width(1)
			lists := sparse.RowSelect(e, h, n, nb, rs, n)
			fmt.Printf("%s top %d:", name, top)
			for _, g := range []int{64, 32, 16, 8} {
				var own, union float64
				lo, hi := math.Inf(1), 0.0 // the heads' own factors
				for hh := range h {
					own0, union0 := own, union
					order := regroup(lists[hh*n*w:(hh+1)*n*w], n, w, *window)
					for r0 := 0; r0 < n; r0 += g {
						seen := map[int32]bool{}
						for _, r := range order[r0:min(r0+g, n)] {
							for _, b := range lists[(hh*n+r)*w : (hh*n+r+1)*w] {
								if b < 0 {
									break
								}
								own++
								seen[b] = true
							}
						}
						union += float64(len(seen) * min(g, n-r0))
					}
					f := (union - union0) / (own - own0)
					lo, hi = min(lo, f), max(hi, f)
				}
				fmt.Printf("  rows %d: %.2f (heads %.2f–%.2f)", g, union/own, lo, hi)
			}
			fmt.Println()
		}
	}
	tracesets.Each(run)
}

// regroup is the order of a head's n rows (lists [n, w], ascending, -1
// padded): inside each window of win rows, the rows by a MinHash
// signature of their lists (stable), so that rows choosing the same
// blocks sit together; win 0 keeps the rows in place. (Ordering by the
// lists themselves, lexicographically, made the union larger: it groups
// rows by their first block — the sink or a local one — not by what they
// share.)
func regroup(lists []int32, n, w, win int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if win <= 0 {
		return order
	}
	// Each row's signature: the minimum over its blocks of four hashes
	// (MinHash: two rows agree on one with the probability that a block
	// of their union is in both).
	sig := make([][4]uint32, n)
	for r := range n {
		for i := range sig[r] {
			sig[r][i] = ^uint32(0)
		}
		for _, b := range lists[r*w : (r+1)*w] {
			if b < 0 {
				break
			}
			for i := range sig[r] {
				x := uint32(b)*0x9e3779b1 + uint32(i)*0x85ebca6b
				x ^= x >> 15
				x *= 0x2c1b3c6d
				x ^= x >> 12
				sig[r][i] = min(sig[r][i], x)
			}
		}
	}
	for r0 := 0; r0 < n; r0 += win {
		slices.SortStableFunc(order[r0:min(r0+win, n)], func(a, b int) int {
			return slices.Compare(sig[a][:], sig[b][:])
		})
	}
	return order
}
