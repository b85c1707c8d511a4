package nvptx

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestRowTilesEmulated runs the row-tile kernels (rowtiles.go) on the CPU
// (internal/ctaemu) and holds them to sparse.RowTiles word for word: the
// union lists, every row's key bits and each item's offset — blocks
// smaller than a key tile, blocks spanning two, a last block past N,
// tokens, 128-row query tiles, rows past M, empty rows and items.
func TestRowTilesEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		h, m, n, w int
		sp         rowTilesSpec
	}{
		{2, 150, 700, 8, rowTilesSpec{block: 16, bq: 64, bk: 64}},
		{1, 100, 1000, 5, rowTilesSpec{block: 128, bq: 64, bk: 64}},
		{2, 130, 333, 3, rowTilesSpec{block: 40, bq: 128, bk: 32}},
		{2, 70, 900, 40, rowTilesSpec{block: 1, tokens: true, bq: 64, bk: 64}},
		{2, 130, 3000, 100, rowTilesSpec{block: 1, tokens: true, bq: 64, bk: 64}}, // four staged chunks a row
		{1, 200, 2400, 70, rowTilesSpec{block: 16, bq: 128, bk: 64}},
		{2, 200, 1000, 6, rowTilesSpec{block: 64, bq: 64, bk: 64}},  // flags
		{1, 300, 2000, 9, rowTilesSpec{block: 64, bq: 128, bk: 64}}, // flags, two words a tile
		{2, 90, 640, 4, rowTilesSpec{block: 128, bq: 64, bk: 32}},   // flags, a block four tiles
	}
	r := rand.New(rand.NewPCG(21, 22))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%+v)", ci, c)
		nb := c.n
		if !c.sp.tokens {
			nb = (c.n + c.sp.block - 1) / c.sp.block
		}
		// Each row: distinct ascending entries, -1 padded; some rows
		// empty, and query tile 1 of head 0 empty throughout.
		rows := make([]int32, c.h*c.m*c.w)
		for row := range c.h * c.m {
			k := r.IntN(c.w + 1)
			if row%c.m >= c.sp.bq && row%c.m < 2*c.sp.bq && row < c.m {
				k = 0
			}
			picked := r.Perm(nb)[:min(k, nb)]
			slices.Sort(picked)
			for j := range c.w {
				rows[row*c.w+j] = -1
				if j < len(picked) {
					rows[row*c.w+j] = int32(picked[j])
				}
			}
			// The first -1 ends a row: an entry after it is never read.
			if j := len(picked) + 1 + r.IntN(c.w); j < c.w && r.IntN(2) == 0 {
				rows[row*c.w+j] = int32(r.IntN(nb))
			}
		}
		want := sparse.RowTiles(rows, c.h, c.m, c.w, c.n, c.sp.block, c.sp.tokens, c.sp.bq, c.sp.bk)
		listed := len(want.Masks) / c.sp.bq
		if c.sp.flags() { // the device's flags: a bit a row a listed tile
			want.Masks, want.Offsets = cuda.RowFlagMasks(want, c.sp.bq)
		}
		nq, nk := (c.m+c.sp.bq-1)/c.sp.bq, (c.n+c.sp.bk-1)/c.sp.bk
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kc, ks, kf := g.rowCount("t_count", c.sp), g.rowScan("t_scan", c.sp.perTile()), g.rowFill("t_fill", c.sp)
		ll := g.m.String()
		rb := &ctaemu.Buf{Data: cuda.Int32Bytes(rows)}
		counts := &ctaemu.Buf{Data: fill(4*c.h*nq, 0xfe)}
		if err := tools.Run(ll, kc.Name, [3]int{nq, c.h, 1}, kc.BlockRows, rb, counts, int32(c.m), int32(c.n), int32(c.w), int32(nq)); err != nil {
			t.Fatalf("%s: count: %v", name, err)
		}
		offs := &ctaemu.Buf{Data: fill(8*(c.h*nq+1), 0xfe)}
		if err := tools.Run(ll, ks.Name, [3]int{1, 1, 1}, ks.BlockRows, counts, offs, int32(c.h*nq)); err != nil {
			t.Fatalf("%s: scan: %v", name, err)
		}
		for i := range c.h*nq + 1 {
			if got := int(binary.LittleEndian.Uint64(offs.Data[8*i:])); got != want.Offsets[i] {
				t.Fatalf("%s: offset %d: %d, RowTiles %d", name, i, got, want.Offsets[i])
			}
		}
		list := &ctaemu.Buf{Data: fill(4*c.h*nq*2*nk, 0xfe)}
		masks := &ctaemu.Buf{Data: fill(8*max(len(want.Masks), 1), 0xfe)}
		if err := tools.Run(ll, kf.Name, [3]int{nq, c.h, 1}, kf.BlockRows, rb, offs, list, masks, int32(c.m), int32(c.n), int32(c.w), int32(nq), int32(nk)); err != nil {
			t.Fatalf("%s: fill: %v", name, err)
		}
		for i, x := range want.List {
			if got := int32(binary.LittleEndian.Uint32(list.Data[4*i:])); got != x {
				t.Fatalf("%s: list entry %d (item %d): %d, RowTiles %d", name, i, i/(2*nk), got, x)
			}
		}
		for i, x := range want.Masks {
			if got := binary.LittleEndian.Uint64(masks.Data[8*i:]); got != x {
				t.Fatalf("%s: mask %d: %#x, RowTiles %#x", name, i, got, x)
			}
		}
		t.Logf("%s: %d listed tiles, %d masks", name, listed, len(want.Masks))
	}
}
