package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// PermDotsName names runtime/sparse's permutation-probe scoring kernel.
const PermDotsName = "permDotsAVX512"

// permDots emits permDotsAVX512(out, p, kt *float64, ld, n, d int, c
// float64): out[j] = c·(((0 + p[0]·kt[j]) + p[1]·kt[ld+j]) + …) for j < n
// (a multiple of 8), each product rounded and then added in i order — the
// bits of runtime/sparse's Dot(p, k_j) times c, key j's elements held
// transposed (kt[i·ld + j] = k_j[i]). A lane per key, so the sums keep
// Dot's order; 32 keys a step (four accumulators cover the adds' latency),
// then 8. The permutation's probes (PBS, S2O) score every key of a range
// under one query: this is that loop without its horizontal dependence.
func permDots(c *build.Context) {
	name := PermDotsName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out, p, kt *float64, ld, n, d int, c float64)")
	c.Doc(name + " writes out[j] = c·Dot(p, k_j) for j < n (a multiple of 8), k_j[i] at kt[i·ld+j], each product rounded then added in i order from +0.")
	out := c.Load(c.Param("out"), c.GP64())
	kt := c.Load(c.Param("kt"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	ldb := c.Load(c.Param("ld"), c.GP64())
	c.SHLQ(operand.U8(3), ldb)
	scale := c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "c"), scale)
	for _, width := range []int{4, 1} {
		lbl := fmt.Sprint(name, "_w", width)
		next := name + "_w1"
		if width == 1 {
			next = name + "_done"
		}
		c.Label(lbl)
		c.CMPQ(n, imm(8*width))
		c.JL(operand.LabelRef(next))
		acc := make([]reg.VecVirtual, width)
		for w := range acc {
			acc[w] = c.ZMM()
			c.VXORPD(acc[w], acc[w], acc[w]) // +0
		}
		kp, pp, left := c.GP64(), c.Load(c.Param("p"), c.GP64()), c.Load(c.Param("d"), c.GP64())
		c.MOVQ(kt, kp)
		c.Label(lbl + "_dims")
		c.Comment("acc[w] += round(p[i]·kt[i][8 keys of w]), i in order.")
		bp := c.ZMM()
		c.VBROADCASTSD(mem(pp, 0), bp)
		for w := range acc {
			t := c.ZMM()
			c.VMULPD(mem(kp, 64*w), bp, t)
			c.VADDPD(t, acc[w], acc[w])
		}
		c.ADDQ(ldb, kp)
		c.ADDQ(imm(8), pp)
		c.DECQ(left)
		c.JNZ(operand.LabelRef(lbl + "_dims"))
		for w := range acc {
			c.VMULPD(scale, acc[w], acc[w])
			c.VMOVUPD(acc[w], mem(out, 64*w))
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
