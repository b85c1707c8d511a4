package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// PoolMeanName names runtime/sparse's mean-pooling kernel.
const PoolMeanName = "poolMeanAVX512"

// poolMean emits poolMeanAVX512(dst *float64, x *float32, rows, d int, inv
// float64): dst[t] = dst[t] + float64(x[r·d + t])·inv for r = 0, 1, …,
// rows − 1 in that order and t < d (a multiple of 8) — blockscore's mean
// pooling (runtime/sparse accumulateMean with a power-of-two tile) to the
// bit: each lane is one element's chain of a rounded product and an add,
// in row order. Lanes run over the head dims, 128 at a time (16 chains in
// flight: a d = 128 row is read once, in one pass over the tile's rows),
// then 64, then 8. Two 64-dim passes over d = 128 rows took 1.4–1.6× as
// long (BenchmarkMeanDecode: the keys' pooling of a decode step).
func poolMean(c *build.Context) {
	c.Function(PoolMeanName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst *float64, x *float32, rows, d int, inv float64)")
	c.Doc(PoolMeanName + " adds float64(x[r·d + t])·inv to dst[t] for r < rows in order and t < d (a multiple of 8).")
	dst := c.Load(c.Param("dst"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	left := c.Load(c.Param("d"), c.GP64())
	stride := c.GP64()
	c.MOVQ(left, stride)
	c.SHLQ(operand.U8(2), stride) // bytes per row of x
	inv := c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "inv"), inv)
	for _, width := range []int{16, 8, 1} { // zmm accumulators per pass
		lbl := fmt.Sprint(PoolMeanName, "_w", width)
		next := map[int]string{16: PoolMeanName + "_w8", 8: PoolMeanName + "_w1", 1: PoolMeanName + "_done"}[width]
		c.Commentf("Mean pooling, %d head dims at a time: dst[t] in %d accumulator(s).", 8*width, width)
		c.Label(lbl)
		c.CMPQ(left, imm(8*width))
		c.JL(operand.LabelRef(next))
		acc := make([]reg.VecVirtual, width)
		for i := range acc {
			acc[i] = c.ZMM()
			c.VMOVUPD(mem(dst, 64*i), acc[i])
		}
		p, n := c.GP64(), c.GP64()
		c.MOVQ(x, p)
		c.MOVQ(rows, n)
		loop, end := lbl+"_rows", lbl+"_end"
		c.Comment("For each row of x, in order: dst[t] += float64(x[r, t]) · inv.")
		c.Label(loop)
		c.TESTQ(n, n)
		c.JZ(operand.LabelRef(end))
		for i := range acc {
			t := c.ZMM()
			c.VCVTPS2PD(mem(p, 32*i), t)
			c.VMULPD(inv, t, t)
			c.VADDPD(t, acc[i], acc[i])
		}
		c.ADDQ(stride, p)
		c.DECQ(n)
		c.JMP(operand.LabelRef(loop))
		c.Label(end)
		c.Comment("Store dst; the next head dims.")
		for i := range acc {
			c.VMOVUPD(acc[i], mem(dst, 64*i))
		}
		c.ADDQ(imm(32*width), x)
		c.ADDQ(imm(64*width), dst)
		c.SUBQ(imm(8*width), left)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(PoolMeanName + "_done")
	c.VZEROUPPER()
	c.RET()
}
