package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestTokensEmulated runs the token kernel (tokens.go) on the CPU
// (internal/ctaemu) over the gate's lists of random inputs and holds it to
// TokenSelect's rule: each candidate's score within float32 rounding of
// c·q·k, the chosen keys exactly the top by the kernel's own scores
// (higher, then lower key), ascending, -1 padded — on every row, ties
// included (query head 0 all zeros), rows with fewer candidates than top,
// rows past M in the last CTA, GQA, unmasked attention, more queries
// than keys, 2048 candidates a row (four rows a CTA), head dims in
// slices of 16 and 32.
func TestTokensEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		h, g, m, n, d int
		rs            sparse.RowSpec
		top           int
		causal        bool
		dt            string // "": bf16
	}{
		{2, 2, 130, 1100, 64, sparse.RowSpec{Block: 64, Top: 8, Diagonal: true}, 256, true, ""},
		{2, 1, 66, 600, 128, sparse.RowSpec{Block: 16, Top: 32, Sink: true, Diagonal: true, Local: 4}, 205, true, ""},
		{2, 2, 70, 900, 64, sparse.RowSpec{Block: 32, Top: 8, Sink: true}, 50, false, ""},
		{1, 1, 90, 60, 32, sparse.RowSpec{Block: 16, Top: 3, Diagonal: true}, 20, true, ""},
		{1, 1, 50, 300, 48, sparse.RowSpec{Block: 16, Top: 4, Diagonal: true}, 30, true, ""},    // three slices of 16 dims
		{2, 2, 40, 2500, 96, sparse.RowSpec{Block: 64, Top: 32, Diagonal: true}, 100, true, ""}, // 2048 candidates: 4 rows a CTA; 32-dim slices
		{2, 2, 80, 500, 64, sparse.RowSpec{Block: 32, Top: 5, Diagonal: true}, 60, true, "f16"},
	}
	r := rand.New(rand.NewPCG(13, 14))
	for ci, c := range cases {
		if c.dt == "" {
			c.dt = "bf16"
		}
		et := map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[c.dt]
		var mask sparse.Program
		if c.causal {
			mask = causalProgram(t)
		}
		scale := 1 / math.Sqrt(float64(c.d))
		q := make([]float64, c.h*c.m*c.d)
		k := make([]float64, c.g*c.n*c.d)
		for _, x := range [][]float64{q, k} {
			for i := range x {
				x[i] = runtime.RoundFloat64(r.NormFloat64(), et)
			}
		}
		clear(q[:c.m*c.d]) // head 0: every score 0
		grd := &sparse.Grid{H: c.h, M: c.m, N: c.n, Group: c.h / c.g, BQ: 64, BK: 64, Mask: mask}
		nb := (c.n + c.rs.Block - 1) / c.rs.Block
		e, _, err := sparse.RowScore(grd, c.rs.Block, scale, q, k, c.d, 1)
		if err != nil {
			t.Fatal(err)
		}
		w := c.rs.Width(nb)
		rows := sparse.RowSelect(e, c.h, c.m, nb, c.rs, c.n)
		sp := tokensSpec{dt: c.dt, d: c.d, block: c.rs.Block, w: w, top: c.top, causal: c.causal, scale: scale}
		name := fmt.Sprintf("case %d (%d×%d, H=%d G=%d d=%d, %d blocks of %d, top %d, causal %v)", ci, c.m, c.n, c.h, c.g, c.d, w, c.rs.Block, c.top, c.causal)
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kt := g.tokens("t_tokens", sp)
		qt, _ := runtime.FromFloat64(et, []int{c.h, c.m, c.d}, q)
		kk, _ := runtime.FromFloat64(et, []int{c.g, c.n, c.d}, k)
		cand := w * c.rs.Block
		out := &ctaemu.Buf{Data: fill(4*c.h*c.m*c.top, 0xfe)}
		eb := &ctaemu.Buf{Data: fill(4*c.h*c.m*cand, 0xff)}
		grid := [3]int{(c.m + kt.Rows - 1) / kt.Rows, c.h, 1}
		if err := tools.Run(g.m.String(), kt.Name, grid, kt.BlockRows, &ctaemu.Buf{Data: qt.Data}, &ctaemu.Buf{Data: kk.Data},
			&ctaemu.Buf{Data: cuda.Int32Bytes(rows)}, out, eb, int32(c.m), int32(c.n), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		off := c.n - c.m
		worst, differ := 0.0, 0
		type kv struct {
			s float64
			j int32
		}
		for row := range c.h * c.m {
			hh, i := row/c.m, row%c.m
			var keys []kv
			for x := range cand {
				bits := binary.LittleEndian.Uint32(eb.Data[4*(row*cand+x):])
				s := float64(math.Float32frombits(bits))
				blk := rows[row*w+x/c.rs.Block]
				j := int(blk)*c.rs.Block + x%c.rs.Block
				if bits == 0xffffffff {
					t.Fatalf("%s: row %d: score %d unwritten", name, row, x)
				}
				if blk < 0 || j >= c.n || c.causal && j > i+off {
					if !math.IsInf(s, -1) {
						t.Fatalf("%s: row %d: candidate %d (key %d) is none, scored %g", name, row, x, j, s)
					}
					continue
				}
				var dot float64
				for t := range c.d {
					dot += q[(hh*c.m+i)*c.d+t] * k[((hh/(c.h/c.g))*c.n+j)*c.d+t]
				}
				worst = math.Max(worst, math.Abs(scale*dot-s))
				keys = append(keys, kv{s, int32(j)})
			}
			slices.SortStableFunc(keys, func(a, b kv) int {
				switch {
				case a.s > b.s:
					return -1
				case a.s < b.s:
					return 1
				}
				return int(a.j - b.j)
			})
			want := make([]int32, c.top)
			for x := range want {
				want[x] = -1
			}
			var chosen []int32
			for _, x := range keys[:min(c.top, len(keys))] {
				chosen = append(chosen, x.j)
			}
			slices.Sort(chosen)
			copy(want, chosen)
			got := make([]int32, c.top)
			for x := range got {
				got[x] = int32(binary.LittleEndian.Uint32(out.Data[4*(row*c.top+x):]))
			}
			if !slices.Equal(want, got) {
				differ++
				if differ <= 3 {
					t.Errorf("%s: row %d (head %d, query %d, %d candidates): kernel %v, rule %v", name, row, hh, i, len(keys), got[:min(c.top, 24)], want[:min(c.top, 24)])
				}
			}
		}
		if worst > 1e-5 {
			t.Errorf("%s: scores differ from c·q·k by up to %.3g", name, worst)
		}
		if differ > 0 {
			t.Errorf("%s: %d of %d rows differ", name, differ, c.h*c.m)
		}
	}
}
