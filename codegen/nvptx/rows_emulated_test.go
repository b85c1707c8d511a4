package nvptx_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/attnc/attnc/internal/ctaemu"
	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestRowsAttentionEmulated runs sm_80's tensor-core attention kernel in
// its per-row form (ops.rows: each query tile over the union of its rows'
// key tiles, each row kept to its own keys by 64 bits a listed tile) on
// the CPU (internal/ctaemu), with the lists the host's gate makes
// (RowScore, RowSelect, RowTiles: the interpreter's decisions), and holds
// the output to the float64 interpreter running the whole schedule within
// the GPU tests' bounds. The output is poisoned with NaN first. Shapes:
// causal (the diagonal tiles partial, the others full for the mask but
// not for the rows) and unmasked, blocks of a quarter of the key tile (a
// row's 64 key bits a tile) and of one or two key tiles (a flag a row a
// tile: cuda.RowFlags), GQA, keys past the last full tile, more queries
// than one tile.
func TestRowsAttentionEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		dt         string
		d, h, g, n int
		causal     bool
		block, top int
		sink, diag bool
	}{
		{dt: "bf16", d: 64, h: 2, g: 1, n: 300, causal: true, block: 64, top: 2, diag: true},
		{dt: "f16", d: 64, h: 2, g: 2, n: 200, causal: true, block: 16, top: 4, sink: true, diag: true},
		{dt: "bf16", d: 128, h: 1, g: 1, n: 150, block: 16, top: 3},
		{dt: "f16", d: 64, h: 1, g: 1, n: 260, causal: true, block: 64, top: 1},
		{dt: "bf16", d: 64, h: 2, g: 2, n: 400, causal: true, block: 128, top: 1, sink: true},
	}
	r := rand.New(rand.NewPCG(7, 8))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%s d=%d H=%d G=%d N=%d causal=%v block=%d top=%d)", ci, c.dt, c.d, c.h, c.g, c.n, c.causal, c.block, c.top)
		start := time.Now()
		var keep []string
		if c.sink {
			keep = append(keep, "sink")
		}
		if c.diag {
			keep = append(keep, "diagonal")
		}
		keepArg := ""
		if len(keep) > 0 {
			keepArg = ", keep: [" + keep[0]
			for _, x := range keep[1:] {
				keepArg += ", " + x
			}
			keepArg += "]"
		}
		src := mmaSource(c.dt, "f32", c.d, c.causal, 0, 0) + fmt.Sprintf("schedule emu {\n    gate(block: %d, top: %d%s)\n}\n", c.block, c.top, keepArg)
		f, ll, k := mmaKernel(t, src)
		if !k.MMA || !k.PerRow {
			t.Fatalf("%s: kernel %s is not the tensor-core per-row one (mma %v, per-row %v: %s)", name, k.Name, k.MMA, k.PerRow, k.Why)
		}
		in, ref, want := emuInputs(t, r, f, c.dt, c.h, c.g, c.n, c.d)

		// The host's gate: the interpreter's lists.
		var mask sparse.Program
		if c.causal {
			mask = (&attnir.Expr{Op: attnir.ECall, Name: "causal"}).Program()
		}
		grd := &sparse.Grid{H: c.h, M: c.n, N: c.n, Group: c.h / c.g, BQ: k.BQ, BK: k.BK, Mask: mask}
		scale := 1 / math.Sqrt(float64(c.d))
		e, _, err := sparse.RowScore(grd, c.block, scale, ref["q"].Data, ref["k"].Data, c.d, 1)
		if err != nil {
			t.Fatal(err)
		}
		rs := sparse.RowSpec{Block: c.block, Top: c.top, Sink: c.sink, Diagonal: c.diag}
		nb := (c.n + c.block - 1) / c.block
		w := rs.Width(1)
		lists := sparse.RowSelect(e, c.h, c.n, nb, rs, c.n)
		rt := sparse.RowTiles(lists, c.h, c.n, w, c.n, c.block, false, k.BQ, k.BK)

		tb, err := k.Tables(c.h, c.n, c.n, rt.List, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		out := runtime.New(runtime.F32, c.h, c.n, k.DV)
		for i := range out.Data {
			out.Data[i] = 0xff
		}
		masks, toff := rt.Masks, rt.Offsets
		if k.RowFlags() { // blocks of whole key tiles: a flag a row a listed tile
			masks, toff = cuda.RowFlagMasks(rt, k.BQ)
		}
		offs := make([]int64, len(toff))
		for i, o := range toff {
			offs[i] = int64(o)
		}
		bufs := []*ctaemu.Buf{{Data: in["q"].Data}, {Data: in["k"].Data}, {Data: in["v"].Data}, {Data: out.Data},
			{Data: cuda.Int32Bytes(tb.List)}, {Data: tb.Class}, {Data: u64Bytes(append(masks, 0))}, {Data: i64Bytes(offs)}}
		buf := func(i int) cuda.Buffer { return cuda.Buffer{Ptr: uint64(i + 1), Size: uint64(len(bufs[i].Data))} }
		a := cuda.AttentionArgs{Q: buf(0), K: buf(1), V: buf(2), Out: buf(3), H: c.h, M: c.n, N: c.n, Group: c.h / c.g,
			List: buf(4), Class: buf(5), Tables: tb, RowMask: buf(6), RowOff: buf(7)}
		grid, block, largs, err := k.AttentionLaunch(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := tools.Run(ll, k.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), emuArgs(t, largs, bufs)...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rel := emuRelErr(t, name, out.Float32s(), want, c.n, k.DV)
		bound := emuBoundF16
		if c.dt == "bf16" {
			bound = emuBoundBF16
		}
		if !(rel <= bound) {
			t.Errorf("%s: rel_err %.3g against the interpreter, bound %g", name, rel, bound)
		}
		t.Logf("%s: %s, %d×%d CTAs: rel_err %.3g (bound %g), %v", name, k.Name, grid[0], grid[1], rel, bound, time.Since(start).Round(time.Millisecond))
	}
}

func u64Bytes(x []uint64) []byte {
	b := make([]byte, 8*len(x))
	for i, v := range x {
		for j := range 8 {
			b[8*i+j] = byte(v >> (8 * j))
		}
	}
	return b
}

func i64Bytes(x []int64) []byte {
	u := make([]uint64, len(x))
	for i, v := range x {
		u[i] = uint64(v)
	}
	return u64Bytes(u)
}
