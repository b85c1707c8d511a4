package nvptx

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
)

// TestCompListEmulated runs compensate(order: 0)'s list kernel on the CPU
// (internal/ctaemu) and holds comp and the extended list to the file
// comment's rule: comp[J] = full[J] and J not listed; the list again,
// then NK + c (flag 0) for every chunk c of bk tiles holding such a J, in
// chunk order, then one -1. A list is read up to its first -1
// (cuda.EndLists): the entries after it are tiles the row did not take,
// so a kernel reading past the -1 clears their comp flags. Lists end in
// the first, second and third chunk of 256 entries, on a chunk's edge,
// at entry 0, and not at all (every tile listed).
func TestCompListEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const h, bk, poison = 2, 64, -0x01010102 // 0xfefefefe
	r := rand.New(rand.NewPCG(45, 46))
	for ci, c := range []struct {
		nq, nk, ch int
		lens       []int // per row, cycled; -1: random
		win        int64 // the kernel's window of flags (0: compWindow)
	}{
		{3, 700, 0, []int{-1, 0, 256, 257, 600}, 0},
		{2, 300, 1, []int{300, 255, -1}, 0},
		{4, 40, 1, []int{-1, 40, 1}, 0},
		{3, 700, 0, []int{-1, 0, 256, 257, 600}, 128}, // six windows of two chunks, the last short
		{2, 300, 1, []int{300, 255, -1}, 100},         // windows of 64 (a multiple of bk): a chunk a window
	} {
		name := fmt.Sprintf("case %d (nq %d, nk %d, ch %d, window %d)", ci, c.nq, c.nk, c.ch, c.win)
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		var k Kernel
		if c.win > 0 {
			k = g.compListWindow("t_comp", bk, c.win)
		} else {
			k = g.compList("t_comp", bk)
		}
		ll := g.m.String()
		rows := h * c.nq
		full := make([]byte, (1+c.ch*(h-1))*c.nq*c.nk)
		for i := range full {
			if r.IntN(4) != 0 {
				full[i] = 1
			}
		}
		list := make([]int32, rows*2*c.nk)
		lens := make([]int, rows)
		for row := range rows {
			n := c.lens[row%len(c.lens)]
			if n < 0 {
				n = r.IntN(c.nk + 1)
			}
			lens[row] = n
			tiles, flags := list[row*2*c.nk:][:c.nk], list[row*2*c.nk+c.nk:][:c.nk]
			perm := r.Perm(c.nk)
			for t := range c.nk {
				switch {
				case t < n:
					tiles[t], flags[t] = int32(perm[t]), int32(r.IntN(2))
				case t == n:
					tiles[t], flags[t] = -1, -1
				default: // not the list's: tiles it did not take
					tiles[t], flags[t] = int32(perm[t]), int32(r.IntN(2))
				}
			}
		}
		clist := &ctaemu.Buf{Data: fill(4*rows*2*c.nk, 0xfe)}
		nch, words := (c.nk+bk-1)/bk, (bk+31)/32
		bits := &ctaemu.Buf{Data: fill(4*rows*nch*words, 0xfe)}
		if err := tools.Run(ll, k.Name, [3]int{c.nq, h, 1}, k.BlockRows, &ctaemu.Buf{Data: i32Bytes(list)}, &ctaemu.Buf{Data: full}, int32(c.ch), clist, bits, int32(c.nq), int32(c.nk)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := i32sOfBytes(clist.Data)
		for row := range rows {
			hh, I := row/c.nq, row%c.nq
			fullRow := full[((hh*c.ch)*c.nq+I)*c.nk:][:c.nk]
			n := lens[row]
			tiles := list[row*2*c.nk:][:c.nk]
			listed := make([]bool, c.nk)
			for _, J := range tiles[:n] {
				listed[J] = true
			}
			for J := range c.nk {
				want := byte(0)
				if fullRow[J] == 1 && !listed[J] {
					want = 1
				}
				// The flag as bit J mod bk of chunk J / bk's words.
				ch, j := J/bk, J%bk
				word := uint32(i32sOfBytes(bits.Data)[(row*nch+ch)*words+j/32])
				if g := byte(word >> (j % 32) & 1); g != want {
					t.Fatalf("%s: row %d (list of %d): comp bit of tile %d is %d, want %d (word %#x)", name, row, n, J, g, want, word)
				}
			}
			for ch := range nch {
				// Bits past NK (the last chunk's) are 0.
				for j := c.nk - ch*bk; j < bk; j++ {
					if j < 0 {
						continue
					}
					if word := uint32(i32sOfBytes(bits.Data)[(row*nch+ch)*words+j/32]); word>>(j%32)&1 != 0 {
						t.Fatalf("%s: row %d: comp bit %d of chunk %d (past NK) is set", name, row, j, ch)
					}
				}
			}
			want := make([]int32, 2*c.nk)
			for i := range want {
				want[i] = poison
			}
			copy(want, tiles[:n])
			copy(want[c.nk:], list[row*2*c.nk+c.nk:][:n])
			e := n
			for ch := 0; ch*bk < c.nk; ch++ {
				for J := ch * bk; J < min((ch+1)*bk, c.nk); J++ {
					if fullRow[J] == 1 && !listed[J] {
						want[e], want[c.nk+e] = int32(c.nk+ch), 0
						e++
						break
					}
				}
			}
			if e < c.nk {
				want[e], want[c.nk+e] = -1, -1
			}
			gr := got[row*2*c.nk:][:2*c.nk]
			for i := range want {
				if gr[i] != want[i] {
					t.Fatalf("%s: row %d (list of %d, %d entries after): entry %d is %d, want %d", name, row, n, e, i, gr[i], want[i])
				}
			}
		}
	}
}

// TestCompRoundEmulated runs the scores' key pool (pool) and then
// compRound on the CPU (internal/ctaemu) and holds the rounded means to
// compPool's kbar of the same keys to the bit, for bf16 and f16 keys,
// whole and short last tiles, and more than one CTA of compRound: the
// share-key-means decision (target.go) rests on that equality. The
// output is poisoned first, so an element compRound leaves unwritten
// fails.
func TestCompRoundEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const heads, rows = 3, 64
	r := rand.New(rand.NewPCG(61, 62))
	for _, c := range []struct {
		dt   string
		L, d int
	}{{"bf16", 203, 64}, {"f16", 203, 64}, {"bf16", 1300, 128}} {
		name := fmt.Sprintf("%s L=%d d=%d", c.dt, c.L, c.d)
		nt := (c.L + rows - 1) / rows
		vals := make([]float32, heads*c.L*c.d)
		for i := range vals {
			vals[i] = float32(r.NormFloat64()*3 + 0.5)
		}
		x, err := runtime.FromFloat32(map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[c.dt], []int{heads, c.L, c.d}, vals)
		if err != nil {
			t.Fatal(err)
		}
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kp, kr, kc := g.pool("t_pool", c.dt, c.d, rows), g.compRound("t_round", c.dt, c.d), g.compPool("t_kbar", c.dt, c.d, rows, "k")
		ll := g.m.String()
		km := &ctaemu.Buf{Data: fill(4*heads*nt*c.d, 0xff)}
		if err := tools.Run(ll, kp.Name, [3]int{poolGrid(kp, nt), heads, 1}, kp.BlockRows, &ctaemu.Buf{Data: x.Data}, km, int32(c.L), int32(nt)); err != nil {
			t.Fatalf("%s pool: %v", name, err)
		}
		n := heads * nt * c.d
		rounded := &ctaemu.Buf{Data: fill(2*n, 0xff)}
		if err := tools.Run(ll, kr.Name, [3]int{(n + 4*kr.BlockRows - 1) / (4 * kr.BlockRows), 1, 1}, kr.BlockRows, km, rounded, int32(n)); err != nil {
			t.Fatalf("%s compRound: %v", name, err)
		}
		pooled := &ctaemu.Buf{Data: fill(2*n, 0xff)}
		if err := tools.Run(ll, kc.Name, [3]int{nt, heads, 1}, kc.BlockRows, &ctaemu.Buf{Data: x.Data}, pooled, int32(c.L), int32(nt)); err != nil {
			t.Fatalf("%s compPool: %v", name, err)
		}
		bad := 0
		for i := 0; i < n; i++ {
			got, want := binary.LittleEndian.Uint16(rounded.Data[2*i:]), binary.LittleEndian.Uint16(pooled.Data[2*i:])
			if got != want || want == 0xffff {
				if bad++; bad <= 5 {
					t.Errorf("%s: mean %d (head %d tile %d col %d): rounded from the scores' means %#04x, pooled %#04x", name, i, i/(nt*c.d), i/c.d%nt, i%c.d, got, want)
				}
			}
		}
	}
}
