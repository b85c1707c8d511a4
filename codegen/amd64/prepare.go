package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The per-run preparation of a key tile (codegen/golang's prepare step):
// the transposed keys qk<D> reads, and the column sums of keys and values
// that fast compensation reads. In Go these were scalar loops with a
// strided store, about 11% of best.attn's sparse time at N = 4096 (the
// same work at any density); here they are vector loops over full tiles.

// TransposeName names the kernel that transposes a full key tile of head
// dim d.
func TransposeName(d int) string { return fmt.Sprintf("transpose%dAVX512", d) }

// ColSumName names the kernel that sums the rows of width n of a tile.
func ColSumName(n int) string { return fmt.Sprintf("colsum%dAVX512", n) }

// transpose emits transpose<D>(kt, k *float32): Kᵀ[l, j] = K[j, l] for
// the 64 keys of a full tile, Kᵀ being [D][64] and K [64][D], D a multiple
// of 16. Blocks of 16 × 16 are transposed in registers (two unpack stages
// inside 128-bit lanes, two VSHUFF32X4 stages across them: 64 shuffles per
// block), so K is read and Kᵀ written with whole-vector moves. VGATHERDPS
// (16 cache lines per instruction) took 3× longer on this Zen 4.
func transpose(c *build.Context, d int) { transposeTile(c, d, false) }

// GatherTransposeName names the kernel that transposes a key tile
// gathered through a permutation, of head dim d.
func GatherTransposeName(d int) string { return fmt.Sprintf("gatherTranspose%dAVX512", d) }

// GatherRowsName names the kernel that gathers rows of width n.
func GatherRowsName(n int) string { return fmt.Sprintf("gatherRows%dAVX512", n) }

// GatherPairsName names the kernel that writes a bf16 key tile's pair
// layout from 64 key rows of head dim d (b16 elements).
func GatherPairsName(d int) string { return fmt.Sprintf("gatherPairs%dAVX512", d) }

// gatherPairs emits gatherPairs<D>(kt, k *uint16, keys *int32): the pair
// layout qkbf<D> reads, kt[(l/2)·64 + c] = the pair (k[keys[c]·D + l],
// k[keys[c]·D + l + 1]) for even l, from the 64 keys of a full tile —
// gatherTranspose<D/2> over 32-bit words, a pair a word (moves only, so
// the bits are the keys'). The generated Go built it a pair at a time,
// 17 % of a dense bf16 prefill's CPU time at N = 16384 (BENCHMARKS.md).
func gatherPairs(c *build.Context, d int) {
	name := GatherPairsName(d)
	transposeTileAs(c, name, "func(kt, k *uint16, keys *int32)", fmt.Sprintf("%s writes the pairs kt[0:%d, 0:64] (32-bit words) from the 64 keys k[keys[c]·%d : (keys[c]+1)·%d].", name, d/2, d, d), d/2, true)
}

// gatherTranspose emits gatherTranspose<D>(kt, k *float32, keys *int32):
// Kᵀ[l, c] = k[keys[c]·D + l] for the 64 keys of a full tile taken in a
// permuted order (PBS, S2O): transpose<D> with each of a block's 16 rows
// loaded from its key's own row. The gathered loop's scalar transpose (a
// strided store per element) and its copy of every key row went to this.
func gatherTranspose(c *build.Context, d int) { transposeTile(c, d, true) }

// transposeTile emits transpose<D>, or with gather gatherTranspose<D>:
// four blocks of 16 keys, each 16 × 16 block of head dims transposed in
// registers (transpose16).
func transposeTile(c *build.Context, d int, gather bool) {
	if gather {
		name := GatherTransposeName(d)
		transposeTileAs(c, name, "func(kt, k *float32, keys *int32)", fmt.Sprintf("%s writes Kᵀ[0:%d, 0:64] from the 64 keys k[keys[c]·%d : (keys[c]+1)·%d].", name, d, d, d), d, true)
	} else {
		name := TransposeName(d)
		transposeTileAs(c, name, "func(kt, k *float32)", fmt.Sprintf("%s writes Kᵀ[0:%d, 0:64] from the 64 keys K[0:64, 0:%d].", name, d, d), d, false)
	}
}

// transposeTileAs is transposeTile under the name, Go signature and doc
// given: d 32-bit words a row, whatever they hold.
func transposeTileAs(c *build.Context, name, sig, doc string, d int, gather bool) {
	rows := "rows of K"
	if gather {
		rows = "gathered rows of K"
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(sig)
	c.Doc(doc)
	kt := c.Load(c.Param("kt"), c.GP64())
	k := c.Load(c.Param("k"), c.GP64())
	var keys reg.Register
	if gather {
		keys = c.Load(c.Param("keys"), c.GP64())
	}
	n := c.GP64()
	c.MOVQ(operand.U32(4), n)
	loop := name + "_loop"
	c.Comment("Kᵀ, one block of 16 keys per iteration, 16 × 16 transposed in registers.")
	c.Label(loop) // one block of 16 keys per iteration
	block := func(k, kt reg.Register, cb int) {
		r := make([]reg.VecVirtual, 16)
		for i := range r {
			at := mem(k, 4*(i*d+16*cb)) // row i of the block, in place
			if gather {                 // row keys[i] of k
				idx := c.GP64()
				c.MOVLQSX(mem(keys, 4*i), idx)
				c.IMUL3Q(operand.U32(uint32(4*d)), idx, idx)
				at = operand.Mem{Base: k, Index: idx, Scale: 1, Disp: 4 * 16 * cb}
			}
			r[i] = c.ZMM()
			c.VMOVUPS(at, r[i])
		}
		r = transpose16(c, r)
		for l := range r {
			c.VMOVUPS(r[l], mem(kt, 4*((16*cb+l)*Cols)))
		}
	}
	if d <= unrollDims {
		for cb := 0; cb < d/16; cb++ {
			c.Commentf("Head dims %d–%d: 16 %s in, 16 rows of Kᵀ out.", 16*cb, 16*cb+15, rows)
			block(k, kt, cb)
		}
	} else {
		// A loop over the head dims' blocks: unrolled, avo's register
		// allocation grows faster than linearly in the kernel's length.
		kk, tt, m := c.GP64(), c.GP64(), c.GP64()
		c.MOVQ(k, kk)
		c.MOVQ(kt, tt)
		c.MOVQ(operand.U32(uint32(d/16)), m)
		c.Commentf("Head dims 16 at a time: 16 %s in, 16 rows of Kᵀ out.", rows)
		c.Label(name + "_dims")
		block(kk, tt, 0)
		c.ADDQ(imm(4*16), kk)
		c.ADDQ(operand.U32(uint32(4*16*Cols)), tt)
		c.DECQ(m)
		c.JNZ(operand.LabelRef(name + "_dims"))
	}
	if gather {
		c.ADDQ(imm(4*16), keys) // the next 16 keys' indices
	} else {
		c.ADDQ(operand.U32(uint32(4*16*d)), k)
	}
	c.ADDQ(imm(4*16), kt)
	c.DECQ(n)
	c.JNZ(operand.LabelRef(loop))
	c.VZEROUPPER()
	c.RET()
}

// gatherRows emits gatherRows<N>(dst, src *float32, keys *int32, rows
// int): dst[i·N : (i+1)·N] = src[keys[i]·N : (keys[i]+1)·N] for i < rows,
// whole-vector moves (N a multiple of 16): a gathered tile's values, which
// 64 calls of copy took a third of the time of the tile's products to move.
func gatherRows(c *build.Context, n int) {
	name := GatherRowsName(n)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst, src *float32, keys *int32, rows int)")
	c.Doc(fmt.Sprintf("%s copies src's rows keys[i] (of %d) to dst's rows i for i < rows.", name, n))
	dst := c.Load(c.Param("dst"), c.GP64())
	src := c.Load(c.Param("src"), c.GP64())
	keys := c.Load(c.Param("keys"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(name + "_done"))
	c.Label(name + "_loop")
	idx := c.GP64()
	c.MOVLQSX(mem(keys, 0), idx)
	c.IMUL3Q(operand.U32(uint32(4*n)), idx, idx)
	for v := 0; v < n/16; v++ {
		t := c.ZMM()
		c.VMOVUPS(operand.Mem{Base: src, Index: idx, Scale: 1, Disp: 64 * v}, t)
		c.VMOVUPS(t, mem(dst, 64*v))
	}
	c.ADDQ(imm(4), keys)
	c.ADDQ(operand.U32(uint32(4*n)), dst)
	c.DECQ(rows)
	c.JNZ(operand.LabelRef(name + "_loop"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// transpose16 returns the columns of the 16 × 16 block whose rows are r:
// out[l][i] = r[i][l].
func transpose16(c *build.Context, r []reg.VecVirtual) []reg.VecVirtual {
	fresh := func() []reg.VecVirtual {
		v := make([]reg.VecVirtual, 16)
		for i := range v {
			v[i] = c.ZMM()
		}
		return v
	}
	// Go assembly order: the second source first, the destination last.
	t := fresh()
	for i := range 8 {
		c.VUNPCKLPS(r[2*i+1], r[2*i], t[2*i])
		c.VUNPCKHPS(r[2*i+1], r[2*i], t[2*i+1])
	}
	u := fresh()
	for i := range 4 {
		c.VUNPCKLPD(t[4*i+2], t[4*i], u[4*i])
		c.VUNPCKHPD(t[4*i+2], t[4*i], u[4*i+1])
		c.VUNPCKLPD(t[4*i+3], t[4*i+1], u[4*i+2])
		c.VUNPCKHPD(t[4*i+3], t[4*i+1], u[4*i+3])
	}
	v := fresh()
	for _, g := range []int{0, 8} {
		for j := range 4 {
			c.VSHUFF32X4(operand.U8(0x88), u[g+j+4], u[g+j], v[g+j])
			c.VSHUFF32X4(operand.U8(0xdd), u[g+j+4], u[g+j], v[g+j+4])
		}
	}
	out := fresh()
	for j := range 8 {
		c.VSHUFF32X4(operand.U8(0x88), v[j+8], v[j], out[j])
		c.VSHUFF32X4(operand.U8(0xdd), v[j+8], v[j], out[j+8])
	}
	return out
}

// colsum emits colsum<N>(dst, src *float32, rows int, scale float32):
// dst[t] = Σ_j float32(src[j, t] · scale) for j = 0, 1, …, rows − 1 in
// that order, from +0 — the Go loop's sums to the bit (a product rounded
// before each add, no FMA), with N/16 zmm accumulators.
func colsum(c *build.Context, n int) {
	c.Function(ColSumName(n))
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst, src *float32, rows int, scale float32)")
	c.Doc(fmt.Sprintf("%s computes dst[0:%d] = Σ_j float32(src[j, 0:%d] · scale), j in order.", ColSumName(n), n, n))
	dst := c.Load(c.Param("dst"), c.GP64())
	src := c.Load(c.Param("src"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	scale := c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)
	acc := make([]reg.VecVirtual, n/16)
	for i := range acc {
		acc[i] = c.ZMM()
		c.VXORPS(acc[i], acc[i], acc[i])
	}
	loop, done := ColSumName(n)+"_loop", ColSumName(n)+"_done"
	c.Comment("Column sums, row by row in order: each product rounded before its add.")
	c.Label(loop)
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(done))
	for i := range acc {
		x := c.ZMM()
		c.VMULPS(mem(src, 64*i), scale, x)
		c.VADDPS(x, acc[i], acc[i])
	}
	c.ADDQ(imm(4*n), src)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.Comment("Store the sums.")
	for i := range acc {
		c.VMOVUPS(acc[i], mem(dst, 64*i))
	}
	c.VZEROUPPER()
	c.RET()
}
