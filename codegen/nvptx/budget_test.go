package nvptx

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestBudgetEmulated runs a budget blockselect's whole family of launches
// (budget.go: the rows kernel, the pick, four histogram rounds, the ties,
// their shares and the take) on the CPU (internal/ctaemu) in the
// executor's order and grids, and holds the lists to the host's
// selection (sparse.BlockSelect) on the kernel's own scores. Its rows
// make the shared budget end inside a run of equal scores spread over
// several rows and among larger scores (the ties' shares, then each
// take kernel's compaction placing its share of them in tile order among
// the tiles above), with scopes global and head (one density per head),
// causal and not, ordered by score and by index. Every buffer the
// kernels write or keep state in is poisoned first: cnt, hist, state and
// ties come from cuMemAlloc, not zeroed.
func TestBudgetEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		scope      string
		density    float64
		densities  []float64
		nq, nk     int
		causal     bool
		orderIndex bool
		padAll     bool // the lists a compensating attention reads
	}{
		{"global", 0.5, nil, 6, 300, false, false, false},
		{"head", 0, []float64{0.2, 0.45}, 20, 20, true, true, false},
		// More rows than the scan's threads: segments of several rows.
		{"global", 0.35, nil, 130, 6, false, false, false},
		{"global", 0.3, nil, 6, 300, true, false, true},
		// More rows than a tile of the scan (with one row a thread, 256
		// rows): the second tile's shares follow from the ties the
		// first carries (a scan that drops the carry, or a second tile
		// whose zero shares are not stored, fails case 4).
		{"global", 0.38, nil, 140, 4, false, false, false},
		{"global", 0.48, nil, 140, 4, false, false, false},
	}
	r := rand.New(rand.NewPCG(43, 44))
	defer func(n int) { budgetScanRows = n }(budgetScanRows)
	for ci, c := range cases {
		// The cases of many short rows take the scan a row a thread, so
		// that 280 rows are two tiles.
		budgetScanRows = 8
		if c.nk == 4 {
			budgetScanRows = 1
		}
		name := fmt.Sprintf("case %d (scope %s, nq %d, nk %d)", ci, c.scope, c.nq, c.nk)
		const h, bq, bk = 2, 64, 64
		sp := selectSpec{mode: "budget", density: c.density, densities: c.densities, scope: c.scope, sink: true, diagonal: true, orderIndex: c.orderIndex, padAll: c.padAll, bq: bq, bk: bk}
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		ks := append([]Kernel{g.scoreSelect("t_rows", 64, 0.125, sp)}, g.budgetKernels("t_budget", 64, sp)...)
		ll := g.m.String()

		cls := make([]byte, c.nq*c.nk) // one table for every head (ch = 0)
		allowed := func(I, J int) bool { return !c.causal || J <= I }
		for I := range c.nq {
			for J := range c.nk {
				if allowed(I, J) {
					cls[I*c.nk+J] = 1
				}
			}
		}
		// Raw log₂ scores: every row but the noisy ones a shuffle of
		// the same levels 0, 1 and 3, so that rows of equal length have
		// equal probabilities (powers of two over an integer sum: exact
		// in float32 in any order) and the budget's k-th falls inside a
		// run of equal E across rows and heads.
		e := make([]float32, h*c.nq*c.nk)
		for row := range h * c.nq {
			x := e[row*c.nk : (row+1)*c.nk]
			for J := range x {
				x[J] = float32([]float64{0, 1, 3}[J%3])
				if row%5 == 4 {
					x[J] = float32(2 * r.NormFloat64())
				}
			}
			r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
		}
		eb := &ctaemu.Buf{Data: f32Bytes(e)}
		list := &ctaemu.Buf{Data: fill(4*h*c.nq*2*c.nk, 0xfe)}
		groups, rows := 1, h*c.nq
		if c.scope == "head" {
			groups, rows = h, c.nq
		}
		cnt := &ctaemu.Buf{Data: fill(4*2*h*c.nq, 0xa5)}
		hist := &ctaemu.Buf{Data: fill(4*budgetBins*groups, 0xa5)}
		state := &ctaemu.Buf{Data: fill(4*8*groups, 0xa5)}
		ties := &ctaemu.Buf{Data: fill(4*h*c.nq, 0xa5)}
		m := c.nq * bq
		for _, k := range ks {
			grid := [3]int{c.nq, h, 1} // rows and take: a CTA per row
			switch k.Kind {
			case cuda.KindBudgetHist:
				grid = [3]int{(c.nq + k.Rows - 1) / k.Rows, h, 1}
			case cuda.KindBudgetPick:
				grid = [3]int{groups, 1, 1}
			}
			if err := tools.Run(ll, k.Name, grid, k.BlockRows, &ctaemu.Buf{Data: cls}, int32(0), eb, list, int32(c.nq), int32(c.nk), int32(m), int32(0), cnt, hist, state, ties, int32(rows)); err != nil {
				t.Fatalf("%s: %s: %v", name, k.Name, err)
			}
		}
		e64 := f64sOfF32Bytes(eb.Data)
		order := ""
		if c.orderIndex {
			order = "index"
		}
		spec := abi.SelectSpec{Mode: "budget", Density: c.density, Densities: c.densities, Scope: c.scope, Sink: true, Diagonal: true, Order: order, BQ: bq, BK: bk}
		want := sparse.BlockSelect(e64, h, c.nq, c.nk, spec, nil, m, c.nq*bk)
		if short, unwritten := sameLists(t, name, want, i32sOfBytes(list.Data), c.nk, map[bool]int{true: compListChunk}[c.padAll], func(row int) string { return fmt.Sprintf("row %d", row) }); short && !unwritten {
			t.Errorf("%s: every list is padded to its end: the take kernel should end a list with one -1 (or pad a compensated one to its chunk's end)", name)
		}
		ties0 := 0 // rows whose taken tiles include some of a run of equal E but not all
		for row := range h * c.nq {
			a := want[row*2*c.nk : (row+1)*2*c.nk]
			n := listLen(a[:c.nk])
			if n > 0 && n < c.nk {
				x := e64[row*c.nk : (row+1)*c.nk]
				last := x[a[n-1]]
				if !c.orderIndex && count(x, last) > count(slicesAt(x, a[:n]), last) {
					ties0++
				}
			}
		}
		if !c.orderIndex && ties0 == 0 {
			t.Errorf("%s: no row's list ends inside a run of equal scores: the ties' shares are not tested", name)
		}
	}
}

// count is how many of x equal v.
func count(x []float64, v float64) int {
	n := 0
	for _, y := range x {
		if y == v {
			n++
		}
	}
	return n
}

// slicesAt is x at the indices ix.
func slicesAt(x []float64, ix []int32) []float64 {
	out := make([]float64, len(ix))
	for i, j := range ix {
		out[i] = x[j]
	}
	return out
}
