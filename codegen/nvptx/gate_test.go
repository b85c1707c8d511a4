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
	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestGateEmulated runs the pool and gate kernels (gate.go) on the CPU
// (internal/ctaemu: the emitted IR compiled for the host, a thread per GPU
// thread) and holds them to the run-time library: the scores within
// float32 rounding of RowScore's, and the lists exactly RowSelect's on the
// kernel's own scores — every row, ties included (query head 0 all zeros:
// every block scores 0, the lower block wins). Shapes: rows past M in the
// last CTA, several chunks of 128 blocks, more queries than keys and
// fewer (the positions offset), GQA, the forced blocks alone and
// together, a forced block at the end of a warp's unmasked 32, a list past 32 entries, unmasked attention, bf16 and f16,
// NaN scores (NaN keys: never chosen, in a first chunk and a later one).
func TestGateEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		h, g, m, n, d int
		sp            gateSpec
		nan           bool // NaN keys in blocks 1 and 130: their scores NaN, never chosen
		ramp          bool // scores rising with the block: most values enter, the buffers cut every chunk
		coarse        bool // scores of few values (q a unit vector, keys' first dim small integers): ties at every threshold
	}{
		{2, 2, 77, 300, 64, gateSpec{block: 16, top: 8, diagonal: true, causal: true}, false, false, false},
		{4, 2, 200, 2500, 64, gateSpec{block: 16, top: 13, sink: true, diagonal: true, local: 4, causal: true}, false, false, false},
		{2, 1, 130, 130, 128, gateSpec{block: 32, top: 40, local: 2, causal: true}, false, false, false},
		{2, 2, 100, 1000, 64, gateSpec{block: 16, top: 12, sink: true}, false, false, false},
		{1, 1, 300, 200, 64, gateSpec{block: 16, top: 5, sink: true, diagonal: true, causal: true}, false, false, false},
		{2, 2, 90, 4200, 32, gateSpec{block: 16, top: 64, causal: true}, true, false, false},
		{2, 2, 64, 640, 64, gateSpec{block: 64, top: 3, sink: true, diagonal: true, causal: true}, false, false, false},
		{2, 1, 40, 3000, 128, gateSpec{block: 16, top: 100, diagonal: true, local: 2, causal: true}, true, false, false},
		{2, 2, 100, 700, 64, gateSpec{dt: "f16", block: 16, top: 9, sink: true, diagonal: true, causal: true}, false, false, false},
		{2, 1, 50, 9000, 64, gateSpec{block: 16, top: 20, sink: true, local: 1, causal: true}, false, true, false},
		{2, 2, 20, 6000, 32, gateSpec{block: 16, top: 128, diagonal: true, causal: true}, false, true, false},
		{2, 2, 60, 5000, 64, gateSpec{block: 16, top: 30, sink: true, diagonal: true, causal: true}, false, false, true},
		{2, 2, 40, 3000, 32, gateSpec{block: 16, top: 100, causal: true}, false, false, true},
		// The third CTA's first row forces block 63 (positions 1008 …),
		// the last of the second warp's 32: the unmasked stores must stop
		// short of it (on the ramp it would rank first, and twice).
		{2, 1, 48, 1024, 64, gateSpec{block: 16, top: 8, diagonal: true, causal: true}, false, true, false},
		// d = 48: three k-steps, a lane's six words of a part in 8-byte loads.
		{2, 2, 70, 900, 48, gateSpec{block: 16, top: 10, sink: true, diagonal: true, causal: true}, false, false, false},
	}
	r := rand.New(rand.NewPCG(11, 12))
	// Every case with 16 rows a CTA; about half of them again with 32 (two
	// m-tiles, dynamic shared memory: gateRows's ATTNC_GATE_ROWS=32).
	type run struct{ ci, rows int }
	var runs []run
	for ci, c := range cases {
		runs = append(runs, run{ci, 16})
		if c.d <= 128 && (ci%2 == 1 || c.d == 128) {
			runs = append(runs, run{ci, 32})
		}
	}
	for _, rn := range runs {
		ci, c := rn.ci, cases[rn.ci]
		sp := c.sp
		if sp.dt == "" {
			sp.dt = "bf16"
		}
		et := map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[sp.dt]
		sp.d, sp.scale = c.d, 1/math.Sqrt(float64(c.d))
		sp.rows = rn.rows
		rs := sparse.RowSpec{Block: sp.block, Top: sp.top, Diagonal: sp.diagonal, Sink: sp.sink, Local: sp.local}
		sp.w = rs.Width(1)
		name := fmt.Sprintf("case %d (%d×%d, H=%d G=%d d=%d %+v)", ci, c.m, c.n, c.h, c.g, c.d, sp)
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kp := g.poolSplit("t_pool", sp.dt, c.d, sp.block)
		kg := g.gate("t_gate", sp)
		ll := g.m.String()

		q := make([]float64, c.h*c.m*c.d)
		k := make([]float64, c.g*c.n*c.d)
		for _, x := range [][]float64{q, k} {
			for i := range x {
				x[i] = runtime.RoundFloat64(r.NormFloat64(), et)
			}
		}
		if c.ramp {
			for i := c.m * c.d; i < len(q); i += c.d {
				q[i] = 4
			}
			for j := range c.g * c.n {
				k[j*c.d] = runtime.RoundFloat64(k[j*c.d]+8*float64(j%c.n)/float64(c.n), et)
			}
		}
		if c.coarse {
			clear(q)
			for i := 0; i < len(q); i += c.d {
				q[i] = 1
			}
			for j := range c.g * c.n {
				k[j*c.d] = float64(r.IntN(4) - 1)
			}
		}
		clear(q[:c.m*c.d]) // head 0: ties
		if c.nan {
			k[sp.block*c.d+1] = math.NaN()
			k[(130*sp.block+5)*c.d] = math.NaN() // the second chunk's at 4200 keys, the first's at 3000; no row forces either
		}
		qt, _ := runtime.FromFloat64(et, []int{c.h, c.m, c.d}, q)
		kt, _ := runtime.FromFloat64(et, []int{c.g, c.n, c.d}, k)
		nb := (c.n + sp.block - 1) / sp.block
		km := &ctaemu.Buf{Data: make([]byte, 6*c.g*nb*c.d)}
		if err := tools.Run(ll, kp.Name, [3]int{nb, c.g, 1}, kp.BlockRows, &ctaemu.Buf{Data: kt.Data}, km, int32(c.n), int32(nb)); err != nil {
			t.Fatalf("%s: pool: %v", name, err)
		}
		w := sp.w
		out := &ctaemu.Buf{Data: fill(4*c.h*c.m*w, 0xfe)}
		e := &ctaemu.Buf{Data: fill(4*c.h*c.m*nb, 0xff)}
		grid := [3]int{(c.m + kg.Rows - 1) / kg.Rows, c.h, 1}
		if err := tools.Run(ll, kg.Name, grid, kg.BlockRows, &ctaemu.Buf{Data: qt.Data}, km, out, e, int32(c.m), int32(c.n), int32(nb), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: gate: %v", name, err)
		}
		var mask sparse.Program
		if sp.causal {
			mask = causalProgram(t)
		}
		grd := &sparse.Grid{H: c.h, M: c.m, N: c.n, Group: c.h / c.g, BQ: 64, BK: 64, Mask: mask}
		want, _, err := sparse.RowScore(grd, sp.block, sp.scale, q, k, c.d, 1)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float64, len(want))
		worst := 0.0
		for i := range got {
			bits := binary.LittleEndian.Uint32(e.Data[4*i:])
			got[i] = float64(math.Float32frombits(bits))
			switch {
			case bits == 0xffffffff:
				t.Fatalf("%s: score %d unwritten", name, i)
			case math.IsNaN(want[i]) || math.IsNaN(got[i]):
				if math.IsNaN(want[i]) != math.IsNaN(got[i]) {
					t.Fatalf("%s: score %d (row %d, block %d): host %g, kernel %g", name, i, i/nb, i%nb, want[i], got[i])
				}
			case math.IsInf(want[i], -1) != math.IsInf(got[i], -1):
				t.Fatalf("%s: score %d (row %d, block %d): host %g, kernel %g", name, i, i/nb, i%nb, want[i], got[i])
			case !math.IsInf(want[i], -1):
				worst = math.Max(worst, math.Abs(want[i]-got[i])/math.Max(1, math.Abs(want[i])))
			}
		}
		// float32 rounding, relative to the score where it passes 1 (the
		// ramps' scores reach 5): up to 4.5e-7 here; bf16 means, 16 bits,
		// would be 1.4e-6 – 3.3e-6.
		if worst > 1e-6 {
			t.Errorf("%s: scores differ from the host's by up to %.3g", name, worst)
		}
		// On the GPU a NaN score never ranks (docs/gpu.md; the host's
		// order of NaN is unspecified): the host's rule with NaN as
		// not allowed.
		ranked := slices.Clone(got)
		for i, x := range ranked {
			if math.IsNaN(x) {
				ranked[i] = math.Inf(-1)
			}
		}
		lists := sparse.RowSelect(ranked, c.h, c.m, nb, rs, c.n)
		differ := 0
		for row := range c.h * c.m {
			gl := make([]int32, w)
			for j := range gl {
				gl[j] = int32(binary.LittleEndian.Uint32(out.Data[4*(row*w+j):]))
			}
			if want := lists[row*w : (row+1)*w]; !slices.Equal(gl, want) {
				differ++
				if differ <= 3 {
					t.Errorf("%s: row %d (head %d, query %d): kernel %v, RowSelect %v", name, row, row/c.m, row%c.m, gl, want)
				}
			}
		}
		if differ > 0 {
			t.Errorf("%s: %d of %d rows differ", name, differ, c.h*c.m)
		}
	}
}

func fill(n int, x byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = x
	}
	return b
}

// causalProgram is the mask program of `causal`.
func causalProgram(t *testing.T) sparse.Program {
	e := &attnir.Expr{Op: attnir.ECall, Name: "causal"}
	return e.Program()
}
