package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The token stage's selection kernels (runtime/sparse tokens.go): a row's
// candidate keys, their exact scores in candidate order, are cut down to
// the top k without a branch per key. tokenPart splits a set of scores
// around a pivot, eight a step, by compares and compresses (the
// quickselect of the k-th best value); tokenKeep writes out the indices
// at or above that value. The portable twins are runtime/sparse's
// tokenPartGo and tokenKeepGo.

// TokenPartName names runtime/sparse's three-way partition kernel.
const TokenPartName = "tokenPartAVX512"

// TokenKeepName names runtime/sparse's keep kernel.
const TokenKeepName = "tokenKeepAVX512"

// tailMask sets k to the low n (< 8) bits: the lanes of a last partial step.
func tailMask(c *build.Context, n reg.Register, k reg.Register) {
	one, bits := c.GP64(), c.GP64()
	c.MOVQ(operand.U32(1), one)
	c.SHLXQ(n, one, bits)
	c.DECQ(bits)
	c.KMOVB(bits.As32(), k)
}

// eightAtATime emits the loop of the selection kernels: step over eight
// 64-bit lanes at a time with every lane (all) while n ≥ 8, the pointers
// ptrs moved on by 64 bytes each step, then once over the n < 8 left
// with the lanes masked (loads then suppress their faults), then the
// label name_done.
func eightAtATime(c *build.Context, name string, n, all reg.Register, step func(lanes reg.Register, tail bool), ptrs ...reg.Register) {
	c.Label(name + "_loop")
	c.CMPQ(n, imm(8))
	c.JL(operand.LabelRef(name + "_tail"))
	step(all, false)
	for _, p := range ptrs {
		c.ADDQ(imm(64), p)
	}
	c.SUBQ(imm(8), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_tail")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	tk := c.K()
	tailMask(c, n, tk)
	step(tk, true)
	c.Label(name + "_done")
}

// storeCount returns, as result ret, how many elements of 2^shift bytes a
// packed output advanced from p0 to p.
func storeCount(c *build.Context, p, p0 reg.Register, shift uint8, ret int) {
	c.SUBQ(p0, p)
	c.SHRQ(operand.U8(shift), p)
	c.Store(p, c.ReturnIndex(ret))
}

// tokenPart emits tokenPartAVX512(x *float64, n int, p float64, gt, lt
// *float64) (ngt, nlt, neq int): the x[i] > p written to gt and the x[i] <
// p to lt, each in i order, packed (VCOMPRESSPD into a register, then an
// eight-lane store: gt and lt need room for 8 past what they receive),
// with the counts written to each and the count equal to p. Ordered
// compares: a NaN lands in none of the three, so the counts then add up to
// less than n.
func tokenPart(c *build.Context) {
	name := TokenPartName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(x *float64, n int, p float64, gt, lt *float64) (ngt, nlt, neq int)")
	c.Doc(name + " writes the x[i] > p to gt and the x[i] < p to lt, packed in i order (8 lanes of slack each), and returns how many went to each and how many equal p.")
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	gt := c.Load(c.Param("gt"), c.GP64())
	lt := c.Load(c.Param("lt"), c.GP64())
	gt0, lt0 := c.GP64(), c.GP64()
	c.MOVQ(gt, gt0)
	c.MOVQ(lt, lt0)
	neq := c.GP64()
	c.XORQ(neq, neq)
	p := c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "p"), p)
	all := c.K()
	c.KXNORB(all, all, all)
	step := func(lanes reg.Register, tail bool) {
		v := c.ZMM()
		if tail {
			c.VMOVUPD_Z(mem(x, 0), lanes, v) // masked: no fault past the end
		} else {
			c.VMOVUPD(mem(x, 0), v)
		}
		kg, kl, ke := c.K(), c.K(), c.K()
		c.VCMPPD(operand.U8(0x11), v, p, lanes, kg) // LT_OQ: p < x
		c.VCMPPD(operand.U8(0x11), p, v, lanes, kl) // x < p
		c.VCMPPD(operand.U8(0x00), v, p, lanes, ke) // EQ_OQ
		for _, side := range []struct {
			k   reg.Register
			dst reg.Register
		}{{kg, gt}, {kl, lt}} {
			t, cnt := c.ZMM(), c.GP32()
			c.VCOMPRESSPD_Z(v, side.k, t)
			c.VMOVUPD(t, mem(side.dst, 0))
			c.KMOVB(side.k, cnt)
			c.POPCNTL(cnt, cnt)
			c.LEAQ(operand.Mem{Base: side.dst, Index: cnt.As64(), Scale: 8}, side.dst)
		}
		e := c.GP32()
		c.KMOVB(ke, e)
		c.POPCNTL(e, e)
		c.ADDQ(e.As64(), neq)
	}
	eightAtATime(c, name, n, all, step, x)
	storeCount(c, gt, gt0, 3, 0)
	storeCount(c, lt, lt0, 3, 1)
	c.Store(neq, c.ReturnIndex(2))
	c.VZEROUPPER()
	c.RET()
}

// tokenKeep emits tokenKeepAVX512(out *int32, x *float64, idx *int, n int,
// t float64, tj int) int: idx[i] written to out, packed in i order, for
// each i with x[i] > t, or x[i] = t and idx[i] ≤ tj (the k best by
// descending score, then ascending index, once t is the k-th best value
// and tj the last index of the ties it takes), returning the count. out
// needs room for 8 past it.
func tokenKeep(c *build.Context) {
	name := TokenKeepName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *int32, x *float64, idx *int, n int, t float64, tj int) int")
	c.Doc(name + " writes idx[i] to out, packed in i order (8 lanes of slack), for x[i] > t or x[i] = t with idx[i] ≤ tj, and returns the count.")
	out := c.Load(c.Param("out"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	out0 := c.GP64()
	c.MOVQ(out, out0)
	t, tj := c.ZMM(), c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "t"), t)
	c.VPBROADCASTQ(paramAddr(c, "tj"), tj)
	all := c.K()
	c.KXNORB(all, all, all)
	step := func(lanes reg.Register, tail bool) {
		v, ix := c.ZMM(), c.ZMM()
		if tail {
			c.VMOVUPD_Z(mem(x, 0), lanes, v)
			c.VMOVDQU64_Z(mem(idx, 0), lanes, ix)
		} else {
			c.VMOVUPD(mem(x, 0), v)
			c.VMOVDQU64(mem(idx, 0), ix)
		}
		kg, ke, kj := c.K(), c.K(), c.K()
		c.VCMPPD(operand.U8(0x11), v, t, lanes, kg) // t < x
		c.VCMPPD(operand.U8(0x00), v, t, lanes, ke) // x = t
		c.VPCMPQ(operand.U8(2), tj, ix, kj)         // idx ≤ tj
		c.KANDB(kj, ke, ke)
		c.KORB(ke, kg, kg)
		w, h := c.ZMM(), c.YMM()
		c.VPCOMPRESSQ_Z(ix, kg, w)
		c.VPMOVQD(w, h)
		c.VMOVDQU(h, mem(out, 0))
		cnt := c.GP32()
		c.KMOVB(kg, cnt)
		c.POPCNTL(cnt, cnt)
		c.LEAQ(operand.Mem{Base: out, Index: cnt.As64(), Scale: 4}, out)
	}
	eightAtATime(c, name, n, all, step, x, idx)
	storeCount(c, out, out0, 2, 0)
	c.VZEROUPPER()
	c.RET()
}

// TokenBlockDotsName names runtime/sparse's block token-scoring kernel.
const TokenBlockDotsName = "tokenBlockDotsAVX512"

// tokenBlockDots emits tokenBlockDotsAVX512(out, q, kt *float64, n, d int,
// c float64): out[j] = c·dot8(q, k_j) for the n keys (a multiple of 8) of
// one block held transposed, kt[i·n + j] = k_j[i] (float32 keys widened,
// d a multiple of 8). dot8's eight lanes become eight registers: for eight
// keys at a time, register l sums q[i]·k_j[i] over i ≡ l (mod 8) in i order
// (one fused multiply-add each, q[i] broadcast from memory — the same bits
// as a product rounded then added, since a float32 product is exact in
// float64), and the registers fold as ((a0+a4)+(a2+a6)) + ((a1+a5)+(a3+a7)).
// Against tokenDots, a key costs d fused multiply-adds and an eighth of a
// fold instead of d/8 widenings, d/8 fused multiply-adds and a fold of its
// own; the block is read from L1 by every row that scores it.
func tokenBlockDots(c *build.Context) {
	name := TokenBlockDotsName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out, q, kt *float64, n, d int, c float64)")
	c.Doc(name + " writes out[j] = c·dot8(q, k_j) for j < n (a multiple of 8), the keys transposed in kt[i·n+j], d a multiple of 8.")
	out := c.Load(c.Param("out"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	kt := c.Load(c.Param("kt"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	d := c.Load(c.Param("d"), c.GP64())
	scale := c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "c"), scale)
	rowb := c.GP64()
	c.MOVQ(n, rowb)
	c.SHLQ(operand.U8(3), rowb)
	// Sixteen keys a step (two registers per lane class, one broadcast of
	// q[i] for both: the loop is bound by its loads), then eight.
	for _, width := range []int{2, 1} {
		lbl := fmt.Sprint(name, "_w", width)
		next := name + "_w1"
		if width == 1 {
			next = name + "_done"
		}
		c.Label(lbl)
		c.CMPQ(n, imm(8*width))
		c.JL(operand.LabelRef(next))
		acc := make([][]reg.VecVirtual, width)
		for w := range acc {
			acc[w] = make([]reg.VecVirtual, 8)
			for l := range acc[w] {
				acc[w][l] = c.ZMM()
				c.VXORPD(acc[w][l], acc[w][l], acc[w][l])
			}
		}
		kp, qp, left := c.GP64(), c.GP64(), c.GP64()
		c.MOVQ(kt, kp)
		c.MOVQ(q, qp)
		c.MOVQ(d, left)
		c.Label(lbl + "_dims")
		c.Comment("acc[w][l] += q[i]·kt[i][keys of w] for the 8 dims i of the step, l = i mod 8.")
		for l := range 8 {
			bq := c.ZMM()
			c.VBROADCASTSD(mem(qp, 8*l), bq)
			for w := range width {
				c.VFMADD231PD(mem(kp, 64*w), bq, acc[w][l])
			}
			c.ADDQ(rowb, kp)
		}
		c.ADDQ(imm(64), qp)
		c.SUBQ(imm(8), left)
		c.JNZ(operand.LabelRef(lbl + "_dims"))
		c.Comment("Fold: ((a0+a4)+(a2+a6)) + ((a1+a5)+(a3+a7)), times c.")
		for w := range width {
			a := acc[w]
			c.VADDPD(a[4], a[0], a[0])
			c.VADDPD(a[6], a[2], a[2])
			c.VADDPD(a[5], a[1], a[1])
			c.VADDPD(a[7], a[3], a[3])
			c.VADDPD(a[2], a[0], a[0])
			c.VADDPD(a[3], a[1], a[1])
			c.VADDPD(a[1], a[0], a[0])
			c.VMULPD(scale, a[0], a[0])
			c.VMOVUPD(a[0], mem(out, 64*w))
		}
		c.ADDQ(imm(64*width), out)
		c.ADDQ(imm(64*width), kt)
		c.SUBQ(imm(8*width), n)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}
