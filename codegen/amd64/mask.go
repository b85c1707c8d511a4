package amd64

import (
	"math"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
)

// MaskName names the kernel that applies a partial tile's cached mask.
const MaskName = "mask64AVX512"

// mask64 emits mask64AVX512(s *float32, pm *uint64, rows int): S[r, c] =
// -inf wherever bit c of pm[r] is clear, for c < 64 and r < rows (S rows
// 64 floats apart) — the diagonal tiles' mask as four masked stores per
// row instead of a Go loop over the masked cells (about 32 per row).
func mask64(c *build.Context) {
	negInf := c.ConstData("maskneginf", operand.U32(math.Float32bits(float32(math.Inf(-1)))))
	c.Function(MaskName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, pm *uint64, rows int)")
	c.Doc(MaskName + " sets S[r, c] = -inf where bit c of pm[r] is clear, for c < 64 and r < rows.")
	s := c.Load(c.Param("s"), c.GP64())
	pm := c.Load(c.Param("pm"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	ninf := c.ZMM()
	c.VBROADCASTSS(negInf, ninf)
	loop, done := MaskName+"_loop", MaskName+"_done"
	c.Comment("Mask, row by row: -inf stored to the 16-key quarters of the S row where the")
	c.Comment("row's bits in pm are clear (the inverted bits as store masks).")
	c.Label(loop)
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(done))
	for j := range 4 {
		k := c.K()
		c.KMOVW(mem(pm, 2*j), k)
		c.KNOTW(k, k)
		c.VMOVUPS(ninf, k, mem(s, 64*j))
	}
	c.ADDQ(imm(8), pm)
	c.ADDQ(imm(4*Cols), s)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}
