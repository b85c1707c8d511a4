package amd64

import (
	"math"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// GoExpName names runtime/sparse's exponential of eight lanes with Go's
// math.Exp bits.
const GoExpName = "goExpAVX512"

// goExp emits goExpAVX512(dst, x *float64, n int): dst[i] = math.Exp(x[i])
// for n (a multiple of 8) float64, to the bit, as Go's amd64 math.Exp
// computes it on a CPU with FMA (src/math/exp_amd64.s, its avxfma path,
// which Go takes when the CPU has AVX and FMA, as every AVX-512 CPU has):
// k = x·log₂e converted to int32 (CVTSD2SL, the rounding mode's nearest),
// r = x − k·ln2 in two fused steps (ln2's upper and lower halves), r/16,
// a Taylor polynomial by fused Horner steps, four squarings of the form
// y·(y + 2) (the last one fused with + 1), then ·2^k built in the exponent
// bits — twice, ·2^(k+1022)·2^−1022, where 2^k is subnormal, 0 below
// 2^−1074 and +Inf above the largest float64. Each lane does these IEEE
// operations in that order, so every lane gives archExp's bits; the
// special cases (NaN and +Inf returned, −Inf to 0, x past Overflow to
// +Inf) are blended in last. mean scoring's softmax (runtime/sparse
// softmaxAllowed) exponentiates thousands of logits per decode step.
func goExp(c *build.Context) {
	c.Function(GoExpName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst, x *float64, n int)")
	c.Doc(GoExpName + " writes dst[i] = math.Exp(x[i]) (Go's amd64 FMA path, to the bit) for n (a multiple of 8) float64.")
	f := func(name string, x float64) operand.Mem { return c.ConstData(name, operand.U64(math.Float64bits(x))) }
	i := func(name string, x uint64) operand.Mem { return c.ConstData(name, operand.U64(x)) }
	bcast := func(m operand.Mem) reg.VecVirtual {
		r := c.ZMM()
		c.VBROADCASTSD(m, r)
		return r
	}
	bcastQ := func(m operand.Mem) reg.VecVirtual {
		r := c.ZMM()
		c.VPBROADCASTQ(m, r)
		return r
	}
	// exp_amd64.s's constants, by the names it gives them.
	const (
		ln2u     = 0.69314718055966295651160180568695068359375
		ln2l     = 0.28235290563031577122588448175013436025525412068e-12
		log2e    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
	)
	coef := []float64{2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
		8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0}
	cLog2e, cLn2u, cLn2l := bcast(f("goexplog2e", log2e)), bcast(f("goexpln2u", ln2u)), bcast(f("goexpln2l", ln2l))
	cSixteenth, cTwo, cOne, cOvf := bcast(f("goexp1o16", 0.0625)), bcast(f("goexptwo", 2)), bcast(f("goexpone", 1)), bcast(f("goexpovf", overflow))
	var cs []operand.Mem
	for k, x := range coef {
		cs = append(cs, f("goexpc"+string(rune('0'+k)), x))
	}
	bias, bias2, lowest, top := bcastQ(i("goexpbias", 0x3FF)), bcastQ(i("goexpbias2", 0x3FE)), bcastQ(i("goexplowest", uint64(math.MaxUint64-51))), bcastQ(i("goexptop", 0x7FF))
	absMask, posInf, negInf := bcastQ(i("goexpabs", 1<<63-1)), bcastQ(i("goexpposinf", 0x7FF0000000000000)), bcastQ(i("goexpneginf", 0xFFF0000000000000))
	tiny := bcastQ(i("goexptiny", 1<<52)) // 2^−1022
	dst := c.Load(c.Param("dst"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	loop, done := GoExpName+"_loop", GoExpName+"_done"
	c.Label(loop)
	c.CMPQ(n, imm(8))
	c.JL(operand.LabelRef(done))
	x0, t, x1, p, y, s, res := c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()
	xs := c.ZMM()
	bx := c.YMM()
	e := c.ZMM()
	c.VMOVUPD(mem(x, 0), xs)
	c.Comment("k = int32(x·log₂e); x0 = (x − k·ln2u − k·ln2l)/16, fused.")
	c.VMULPD(xs, cLog2e, t)
	c.VCVTPD2DQ(t, bx)
	c.VCVTDQ2PD(bx, x1)
	c.VMOVAPD(xs, x0)
	c.VFNMADD231PD(cLn2u, x1, x0)
	c.VFNMADD231PD(cLn2l, x1, x0)
	c.VMULPD(cSixteenth, x0, x0)
	c.Comment("The Taylor polynomial by fused Horner steps, then four y·(y + 2), the last + 1 fused.")
	c.VBROADCASTSD(cs[0], p)
	for _, m := range cs[1:] {
		c.VFMADD213PD_BCST(m, x0, p) // p = x0·p + m
	}
	c.VMULPD(p, x0, x0)
	for range 3 {
		c.VADDPD(cTwo, x0, y)
		c.VMULPD(y, x0, x0)
	}
	c.VADDPD(cTwo, x0, y)
	c.VFMADD213PD(cOne, y, x0) // x0 = y·x0 + 1
	c.Comment("·2^k: e = k + 1023 in (0, 2047) as one factor; e in [−52, 0] as 2^(k+1022)·2^−1022; 0 below, +Inf above.")
	c.VPMOVSXDQ(bx, e)
	c.VPADDQ(bias, e, e)
	c.VPXORQ(res, res, res)
	kPos, kLow, kDen, kTop := c.K(), c.K(), c.K(), c.K()
	c.VPCMPQ(operand.U8(6), res, e, kPos) // e > 0
	c.VPCMPQ(operand.U8(1), top, e, kTop) // e < 0x7FF
	c.KANDW(kPos, kTop, kPos)             // a normal scale
	c.VPSLLQ(operand.U8(52), e, s)
	c.VMULPD(s, x0, kPos, res)
	c.VPCMPQ(operand.U8(5), lowest, e, kLow) // e ≥ −52
	c.KNOTW(kTop, kTop)                      // e ≥ 0x7FF: +Inf
	c.VMOVAPD(posInf, kTop, res)
	c.VPXORQ(y, y, y)
	c.VPCMPQ(operand.U8(2), y, e, kDen) // e ≤ 0
	c.KANDW(kDen, kLow, kDen)
	c.VPADDQ(bias2, e, e)
	c.VPSLLQ(operand.U8(52), e, s)
	c.VMULPD(s, x0, x1)
	c.VMULPD(tiny, x1, kDen, res)
	c.Comment("x past Overflow: +Inf; x not finite: NaN and +Inf as they are, −Inf to 0.")
	kOvf, kNF, kNegInf := c.K(), c.K(), c.K()
	c.VCMPPD(operand.U8(0x1e), cOvf, xs, kOvf) // x > Overflow, ordered
	c.VMOVAPD(posInf, kOvf, res)
	c.VPANDQ(absMask, xs, t)
	c.VPCMPQ(operand.U8(5), posInf, t, kNF) // |x| bits ≥ +Inf's
	c.VMOVAPD(xs, kNF, res)
	c.VPCMPQ(operand.U8(0), negInf, xs, kNegInf)
	c.VPXORQ(y, y, y)
	c.VMOVAPD(y, kNegInf, res)
	c.VMOVUPD(res, mem(dst, 0))
	c.ADDQ(imm(64), x)
	c.ADDQ(imm(64), dst)
	c.SUBQ(imm(8), n)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}
