package nvptx

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
)

// TestPairListEmulated runs the pair-list kernel on the emulator against
// the union it promises: for each pair (p, h), the tiles of query tiles
// 2p and 2p+1's lists (each up to its first −1; the entries after it are
// tiles the list did not take, which must not leak in) in ascending order,
// each with bit w set where tile 2p+w lists it, then one −1 unless the
// union has NK tiles — and nothing written past that −1 (the poison
// stays).
func TestPairListEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const poison = -0x01010102 // 0xfefefefe
	r := rand.New(rand.NewPCG(51, 52))
	cases := []struct {
		h, lists, nq, nk int
		mean             int   // compensation's mean-key tiles NK..NK+mean−1 (the width W = NK + mean)
		lens             []int // per list row, cycled; -1: random
		win              int64 // the kernel's window of tiles (0: pairWindow)
	}{
		{3, 3, 5, 300, 0, []int{-1, 0, 256, 257, 300, -1}, 0}, // odd NQ: the last pair's second tile is missing
		{2, 1, 4, 40, 0, []int{-1, 40, 1, 0}, 0},              // one list for both heads (lh = H)
		{1, 1, 2, 700, 0, []int{700, 699}, 0},                 // full lists: no −1 in the union
		{2, 2, 1, 33, 0, []int{-1}, 0},
		{2, 2, 3, 130, 3, []int{130, -1, 129, 130, -1, 5}, 0},  // mean-key tiles: a union may pass NK
		{1, 1, 2, 64, 1, []int{64, 64}, 0},                     // every entry of W taken: no −1
		{3, 3, 5, 300, 0, []int{-1, 0, 256, 257, 300, -1}, 64}, // windows: five of 64 tiles, the last short
		{1, 1, 2, 64, 1, []int{64, 64}, 32},                    // three windows, the last of one tile
	}
	for _, split := range []bool{false, true} {
		for ci, c := range cases {
			name := fmt.Sprintf("case %d, split %v (h %d, lists %d, nq %d, nk %d, mean %d, window %d)", ci, split, c.h, c.lists, c.nq, c.nk, c.mean, c.win)
			W := c.nk + c.mean
			g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
			var k Kernel
			if c.win > 0 {
				k = g.pairListWindow("t_pairs", c.win, split) // windows of fewer tiles than the lists hold
			} else {
				k = g.pairList("t_pairs", split)
			}
			ll := g.m.String()
			rows := c.lists * c.nq
			list := make([]int32, rows*2*c.nk)
			lens := make([]int, rows)
			for row := range rows {
				n := c.lens[row%len(c.lens)]
				if n < 0 {
					n = r.IntN(c.nk + 1)
				}
				lens[row] = n
				tiles := list[row*2*c.nk:][:c.nk]
				// NK entries of W tiles (mean-key tiles among them where W >
				// NK). In the last case each list takes the mean-key tile 64
				// and all of tiles 0…63 but one, a different one for each of
				// a pair's two: their union is all W = 65.
				perm := r.Perm(W)
				if c.mean == 1 && c.nk == 64 {
					perm = append([]int{64}, r.Perm(64)...)
					perm[1+row%63], perm[64] = perm[64], perm[1+row%63] // tile perm[1+row%63] falls off the end
				}
				for t := range c.nk {
					tiles[t] = int32(perm[t])
					if t == n {
						tiles[t] = -1
					}
				}
				for t := range c.nk {
					list[row*2*c.nk+c.nk+t] = int32(r.IntN(2)) // the flags' half: not read
				}
			}
			nqp := (c.nq + 1) / 2
			out := &ctaemu.Buf{Data: fill(4*c.h*nqp*W, 0xfe)}
			lh := c.h / c.lists
			if err := tools.Run(ll, k.Name, [3]int{nqp, c.h, 1}, k.BlockRows, &ctaemu.Buf{Data: i32Bytes(list)}, int32(lh), int32(c.nq), int32(c.nk), int32(W), out); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got := i32sOfBytes(out.Data)
			for hh := range c.h {
				for p := range nqp {
					bits := make([]int32, W)
					for w := range 2 {
						i := 2*p + w
						if i >= c.nq {
							continue
						}
						row := (hh/lh)*c.nq + i
						for _, J := range list[row*2*c.nk:][:lens[row]] {
							bits[J] |= 1 << w
						}
					}
					want := pairOrder(bits, split)
					if c.mean == 1 && c.nk == 64 && len(want) != W {
						t.Fatalf("%s: the case's union holds %d entries, want all %d", name, len(want), W)
					}
					if len(want) < W {
						want = append(want, -1)
					}
					for len(want) < W {
						want = append(want, poison)
					}
					row := got[(hh*nqp+p)*W:][:W]
					for e := range W {
						if row[e] != want[e] {
							t.Fatalf("%s: head %d, pair %d: entry %d is %#x, want %#x (lists of %d and %d)", name, hh, p, e, row[e], want[e], lens[(hh/lh)*c.nq+2*p], lens[min((hh/lh)*c.nq+2*p+1, rows-1)])
						}
					}
				}
			}
		}
	}
}

// pairOrder is the pair list the pair-list kernel writes for a pair whose
// tiles J have membership bits[J] (bit w: tile 2p + w lists J): the union
// ascending, or with split the tiles of both lists (ascending), then the
// tiles of one list only, 2p's and 2p + 1's alternating (each ascending),
// then the rest of the longer side's.
func pairOrder(bits []int32, split bool) []int32 {
	var all, both []int32
	var side [3][]int32
	for J, b := range bits {
		if b != 0 {
			e := int32(J) | b<<pairShift
			all = append(all, e)
			if b == 3 {
				both = append(both, e)
			} else {
				side[b] = append(side[b], e)
			}
		}
	}
	if !split {
		return all
	}
	out := both
	a, c := side[1], side[2]
	for len(a) > 0 && len(c) > 0 {
		out = append(out, a[0], c[0])
		a, c = a[1:], c[1:]
	}
	return append(append(out, a...), c...)
}
