package cuda

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestOpen: with a driver, Open gives a device with a name; without one
// the error says so (and GPU tests skip with it).
func TestOpen(t *testing.T) {
	d, err := Open()
	if err != nil {
		if !strings.Contains(err.Error(), "no NVIDIA driver") && !strings.Contains(err.Error(), "cuda: ") {
			t.Fatalf("unclear error without a driver: %v", err)
		}
		t.Skip(err)
	}
	defer d.Close()
	if name := d.DeviceName(); name == "" || name == "?" {
		t.Errorf("device name %q", name)
	}
}

// TestInt32Bytes: the view is the little-endian encoding the GPU reads.
func TestInt32Bytes(t *testing.T) {
	x := []int32{0, 1, -1, 0x01020304, -2147483648}
	b := Int32Bytes(x)
	if len(b) != 4*len(x) {
		t.Fatalf("%d bytes for %d int32s", len(b), len(x))
	}
	for i, v := range x {
		if got := int32(binary.LittleEndian.Uint32(b[4*i:])); got != v {
			t.Errorf("element %d: %d, want %d", i, got, v)
		}
	}
	if Int32Bytes(nil) != nil {
		t.Error("nil input: want nil")
	}
}

// TestScoreLaunchGrids: the grids of the scoring and selection kernels
// cover their work (argument lists are checked against the PTX in
// codegen/nvptx), and what cannot be launched says why.
func TestScoreLaunchGrids(t *testing.T) {
	a := ScoreArgs{H: 8, G: 2, M: 1000, N: 1000, D: 64, NQ: 16, NK: 16, Stride: 8}
	for _, c := range []struct {
		k    Kernel
		grid [3]uint32
	}{
		{Kernel{Kind: "pool", Arg: "q", BlockRows: 64}, [3]uint32{16, 8, 1}},
		{Kernel{Kind: "pool", Arg: "k", BlockRows: 64}, [3]uint32{16, 2, 1}},
		{Kernel{Kind: "pool", Arg: "q", BlockRows: 128, Rows: 8}, [3]uint32{2, 8, 1}}, // 8 tiles a CTA
		{Kernel{Kind: "pool", Arg: "k", BlockRows: 128, Rows: 5}, [3]uint32{4, 2, 1}},
		{Kernel{Kind: "scores", BlockRows: 256, BQ: 64, BK: 64}, [3]uint32{1, 1, 8}},
		{Kernel{Kind: "adstats", BlockRows: 256, Rows: 128}, [3]uint32{1, 8, 1}}, // R = 125 rows of 8 queries
		{Kernel{Kind: "admass", BlockRows: 256}, [3]uint32{16, 8, 1}},            // a CTA per query tile
		{Kernel{Kind: "select", BlockRows: 256}, [3]uint32{16, 8, 1}},
	} {
		grid, block, _, err := c.k.ScoreLaunch(a)
		if err != nil || grid != c.grid || block[0] != uint32(c.k.BlockRows) {
			t.Errorf("%s/%s: grid %v block %v err %v, want grid %v", c.k.Kind, c.k.Arg, grid, block, err, c.grid)
		}
	}
	for _, k := range []Kernel{{Name: "attn", Kind: ""}, {Name: "ad", Kind: "adstats", Rows: 128}} {
		b := a
		b.Stride = 0
		if _, _, _, err := k.ScoreLaunch(b); err == nil || !strings.Contains(err.Error(), k.Name) {
			t.Errorf("%s: %v, want an error naming the kernel", k.Kind, err)
		}
	}
}

// TestListHeads: the attention kernel's lh is heads per list — one list
// per head, a proxy group's list per group, or one list for all heads —
// and the host counts tiles from the list each head reads.
func TestListHeads(t *testing.T) {
	for _, c := range []struct {
		lh, H  int
		heads  []int // listHead of 0…H-1
		kernel int   // the lh argument
	}{
		{1, 4, []int{0, 1, 2, 3}, 1},
		{2, 4, []int{0, 0, 1, 1}, 2},
		{0, 4, []int{0, 0, 0, 0}, 4},
		{0, 0, nil, 1},
	} {
		tb := Tables{LH: c.lh}
		for h, want := range c.heads {
			if got := tb.listHead(h); got != want {
				t.Errorf("LH=%d: head %d reads list %d, want %d", c.lh, h, got, want)
			}
		}
		if got := tb.listDivisor(c.H); got != c.kernel {
			t.Errorf("LH=%d, H=%d: lh %d, want %d", c.lh, c.H, got, c.kernel)
		}
	}
}
