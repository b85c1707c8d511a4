// Command unionstat measures, for MoBA's gate (64-key blocks, top T, the
// diagonal forced), how many key blocks a group of g query rows computes
// when it runs over the union of its rows' blocks, per block a row chose:
// the per-row attention kernel's work over the rows' own, for groups of
// 64, 32, 16 and 8 rows, on the real traces (../shared/traces) and two
// synthetic inputs (docs/gpu-notes.md, eighteenth session). Run from the
// repository root: go run ./internal/unionstat
package main

import (
	"fmt"
	"math"
	"os"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
	"github.com/attnc/attnc/synthetic"
)

func main() {
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
				for hh := range h {
					for r0 := 0; r0 < n; r0 += g {
						seen := map[int32]bool{}
						for r := r0; r < min(r0+g, n); r++ {
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
				}
				fmt.Printf("  rows %d: %.2f", g, union/own)
			}
			fmt.Println()
		}
	}
	for _, tr := range []string{"go8k_L1", "pydev8k_L0", "pydev8k_L2", "pydev8k_L4"} {
		sf, err := runtime.ReadSafetensorsFile("../shared/traces/" + tr + ".safetensors")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		q, k := sf.Tensors["q"], sf.Tensors["k"]
		run(tr, q.Float64s(), k.Float64s(), q.Shape[0], q.Shape[1], q.Shape[2])
	}
	for _, seed := range []uint64{1, 2} {
		q, k, _, err := synthetic.Generate(synthetic.Config{Heads: 4, KVHeads: 4, N: 8192, D: 64, Seed: seed})
		if err != nil {
			panic(err)
		}
		run(fmt.Sprintf("synthetic %d", seed), q, k, 4, 8192, 64)
	}
}
