package amd64

import (
	"fmt"
	"math"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"

	"github.com/attnc/attnc/runtime/sparse"
)

// Antidiagonal scoring (XAttention, runtime/sparse) is a matrix product
// A = Q'·K'ᵀ of the strided-row matrices Q' [N/S, S·d] and K' [N/S, S·d].
// Its kernels compute one block of 8 rows × 32 columns from packed
// operands — Q' as [n][8] (the block's rows interleaved), K' as a panel
// [n][32] — and keep one float32 accumulator per output element, summed by
// fused multiply-adds in the order of the n steps. Every path (AVX-512,
// AVX2, runtime/sparse's portable Go with its exact float32 FMA) therefore
// produces the same bits, which is what lets the interpreter and the
// generated kernels share the scores whatever CPU they run on.
const (
	ScoreRows = 8  // rows of an antidiagonal block
	ScoreCols = 32 // columns of an antidiagonal block (a K' panel's width)
)

// ScorePanelName and ScorePanelNameAVX2 name the antidiagonal block
// kernels.
const (
	ScorePanelName     = "scorePanelAVX512"
	ScorePanelNameAVX2 = "scorePanelAVX2"
)

// GenerateScore returns the Go assembly and stubs of runtime/sparse's
// antidiagonal block kernels (go generate ./runtime/sparse):
//
//   - scorePanelAVX512(out *float32, ldo int, q, k *float32, n int):
//     out[r·ldo + c] = Σ_x q[8x + r] · k[32x + c] for r < 8, c < 32, each
//     sum a chain of VFMADD231PS in x order from 0; 16 zmm accumulators,
//     the q element broadcast from memory into the FMA;
//   - scorePanelAVX2: the same sums with ymm registers, in four passes of
//     4 rows × 16 columns (8 accumulators; 16 registers would not hold more);
//   - scoreRowsAVX512(out *float32, ldo int, q *float32, qs int, k *float32,
//     d, s int) and scoreRowsAVX2: the same block with Q' read in place
//     instead of packed — row r of the block, step x = u·d + i, is
//     q[r·qs − u·d + i] (q points at the first row's query S−1: Q' is q
//     with each group's S rows in reverse order), for float32 queries
//     whose 8 rows are all inside the sequence;
//   - poolMeanAVX512(dst *float64, x *float32, rows, d int, inv float64):
//     mean scoring's pooling (pool.go), each element's sum in row order,
//     and its siblings poolDivAVX512 (any tile: divided by n) and
//     poolMeanF16AVX512, poolDivF16AVX512, poolMeanBF16AVX512,
//     poolDivBF16AVX512 (16-bit rows read in place, widened exactly);
//   - goExpAVX512(dst, x *float64, n int): math.Exp of n (a multiple of
//     8) float64 with the bits of Go's amd64 FMA path (goexp.go), for mean
//     scoring's softmax;
//   - meanDotsAVX512(out, q, means *float64, idx *int, n, d int, c float64):
//     mean scoring's q̄·k̄ against the tile means, in dot8's eight lanes
//     (pool.go);
//   - estDotsBF16AVX512(s, q *float32, k *uint16, idx *int32, n, d int):
//     the fused score-select filter's float32 estimates against bfloat16
//     tile means, widened exactly, in gatherDots's order (gather.go);
//   - tokenDotsAVX512(out *float64, q, k *float32, idx *int, n, d int, c
//     float64): the tokens pass's exact scores of float32 rows in the same
//     lanes, in candidate order (pool.go);
//   - tokenEst8AVX512 … tokenEst1AVX512(outs **float64, qs **float32, kt
//     *float32, n, d int): the token stage's float32 estimates of 8, 4, 2
//     or 1 rows against one block of keys held transposed, sixteen keys a
//     step, eight chains of multiply-adds, and
//     tokenBandAVX512, the filter's count above its band and the band's
//     positions (tokens.go);
//   - permDotsAVX512(out, p, kt *float64, ld, n, d int, c float64): the
//     permutation probes' scores, Dot's sequential sum of rounded products
//     with a lane per key over keys held transposed (permute.go);
//   - tokenPartAVX512 and tokenKeepAVX512: the tokens pass's selection, a
//     three-way partition of scores around a pivot and the indices at or
//     above the k-th best (tokens.go);
//   - expShiftAVX512(dst, x *float64, n int, mx float64) and expShiftAVX2:
//     dst[i] = exp(x[i] − mx) for n (a multiple of 8) float64, computed
//     exactly as runtime/sparse's adExp: 0 below −700, else 2^k·p(r) with
//     k = x·log₂e rounded to nearest even (the 1.5·2⁵² trick, one FMA),
//     r = x − k·ln2 in two FMAs (Cody–Waite), p the Taylor polynomial of
//     degree 10 by Horner's rule in FMAs, and 2^k built in the exponent
//     bits. Lanes are independent, so every path gives the same bits;
//   - scaleMaxAVX512(x *float64, a *float32, n int, c float64) (m float64,
//     nan bool) and scaleMaxAVX2: x[i] = c·a[i] widened (exact products of
//     IEEE operations) for n (a multiple of 8), m their maximum and nan
//     whether any was a NaN (VMAXPD drops NaNs, Go's max keeps them; the
//     caller returns NaN then). The order of a maximum does not matter; only
//     the sign of a zero maximum can differ, and x − (±0) gives the same
//     exponential;
//   - packPanelAVX512(dst, k *float32, d, s int): one K' panel of 32 key
//     groups that all lie inside the sequence, dst[(u·d+i)·32 + col] =
//     k[((col·s)+u)·d + i], two VGATHERDPS per 32 values (a copy: any
//     path gives the same panel).
func GenerateScore(pkg string) (asm, stubs []byte, err error) {
	c := build.NewContext()
	c.ConstraintExpr("amd64")
	scorePanel(c)
	scorePanelAVX2(c)
	scoreRows(c, true)
	scoreRows(c, false)
	k := expConsts(c)
	expShift(c, k, true)
	expShift(c, k, false)
	negInf := c.ConstData("scoreneginf", operand.U64(math.Float64bits(math.Inf(-1))))
	scaleMax(c, negInf, true)
	scaleMax(c, negInf, false)
	packPanel(c)
	for _, k := range poolKernels {
		poolMean(c, k)
	}
	goExp(c)
	meanDots(c)
	tokenDots(c)
	gatherDots(c)
	estDotsBF16(c)
	gatherPV(c)
	gateMax(c)
	gateMax4(c)
	gateAbove(c)
	gateSort(c)
	gateList(c)
	gateNorms(c)
	gateKth(c)
	for _, e := range []selElem{selF64, selF32} {
		tokenPart(c, e)
		tokenKeep(c, e)
		tokenBand(c, e)
	}
	for _, rows := range TokenEstRows {
		tokenEst(c, rows)
	}
	tokenIota(c)
	permDots(c)
	return emit(c, pkg)
}

func scorePanelSig(c *build.Context, name, doc string) (out, ldo, q, k, n reg.Register) {
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *float32, ldo int, q, k *float32, n int)")
	c.Doc(doc)
	out = c.Load(c.Param("out"), c.GP64())
	ldo = c.Load(c.Param("ldo"), c.GP64())
	q = c.Load(c.Param("q"), c.GP64())
	k = c.Load(c.Param("k"), c.GP64())
	n = c.Load(c.Param("n"), c.GP64())
	c.SHLQ(operand.U8(2), ldo) // bytes
	return
}

// scorePanel emits scorePanelAVX512.
func scorePanel(c *build.Context) {
	name := ScorePanelName
	out, ldo, q, k, n := scorePanelSig(c, name, fmt.Sprintf(
		"%s writes out[r·ldo + c] = Σ_x q[8x+r]·k[32x+c] (r < 8, c < 32), each a chain of fused multiply-adds in x order.", name))
	acc := make([]reg.VecVirtual, 2*ScoreRows)
	for i := range acc {
		acc[i] = c.ZMM()
		c.VXORPS(acc[i], acc[i], acc[i])
	}
	kv := []reg.VecVirtual{c.ZMM(), c.ZMM()}
	loop, done := name+"_loop", name+"_done"
	c.Comment("Antidiagonal scores, x = 0, 1, …, n−1 in order: row x of the K' panel (2 zmm)")
	c.Comment("times q[8x+r] broadcast, into the 16 accumulators of the 8 × 32 block.")
	c.Label(loop)
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(done))
	c.VMOVUPS(mem(k, 0), kv[0])
	c.VMOVUPS(mem(k, 64), kv[1])
	for r := range ScoreRows {
		for j := range 2 {
			c.VFMADD231PS_BCST(mem(q, 4*r), kv[j], acc[2*r+j])
		}
	}
	c.ADDQ(imm(4*ScoreRows), q)
	c.ADDQ(imm(4*ScoreCols), k)
	c.DECQ(n)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.Comment("Store the block's 8 rows, ldo apart.")
	for r := range ScoreRows {
		c.VMOVUPS(acc[2*r], mem(out, 0))
		c.VMOVUPS(acc[2*r+1], mem(out, 64))
		c.ADDQ(ldo, out)
	}
	c.VZEROUPPER()
	c.RET()
}

// scorePanelAVX2 emits scorePanelAVX2: four passes over the n steps, each
// 4 rows × 16 columns.
func scorePanelAVX2(c *build.Context) {
	name := ScorePanelNameAVX2
	out, ldo, q, k, n := scorePanelSig(c, name, name+" is "+ScorePanelName+" for AVX2.")
	qp, kp, x, o := c.GP64(), c.GP64(), c.GP64(), c.GP64()
	for pass := range 4 {
		rb, cb := 4*(pass/2), 16*(pass%2)
		c.Commentf("Antidiagonal scores, pass %d: rows %d–%d × columns %d–%d, 8 accumulators, x in order.", pass, rb, rb+3, cb, cb+15)
		acc := make([]reg.VecVirtual, 8)
		for i := range acc {
			acc[i] = c.YMM()
			c.VXORPS(acc[i], acc[i], acc[i])
		}
		c.MOVQ(q, qp)
		c.MOVQ(k, kp)
		c.MOVQ(n, x)
		kv := []reg.VecVirtual{c.YMM(), c.YMM()}
		b := c.YMM()
		loop, done := fmt.Sprintf("%s_loop%d", name, pass), fmt.Sprintf("%s_done%d", name, pass)
		c.Label(loop)
		c.TESTQ(x, x)
		c.JZ(operand.LabelRef(done))
		c.VMOVUPS(mem(kp, 4*cb), kv[0])
		c.VMOVUPS(mem(kp, 4*cb+32), kv[1])
		for r := range 4 {
			c.VBROADCASTSS(mem(qp, 4*(rb+r)), b)
			for j := range 2 {
				c.VFMADD231PS(kv[j], b, acc[2*r+j])
			}
		}
		c.ADDQ(imm(4*ScoreRows), qp)
		c.ADDQ(imm(4*ScoreCols), kp)
		c.DECQ(x)
		c.JMP(operand.LabelRef(loop))
		c.Label(done)
		c.Commentf("Store rows %d–%d, columns %d–%d.", rb, rb+3, cb, cb+15)
		// out + rb·ldo + 4·cb
		c.MOVQ(out, o)
		for range rb {
			c.ADDQ(ldo, o)
		}
		for r := range 4 {
			c.VMOVUPS(acc[2*r], mem(o, 4*cb))
			c.VMOVUPS(acc[2*r+1], mem(o, 4*cb+32))
			c.ADDQ(ldo, o)
		}
	}
	c.VZEROUPPER()
	c.RET()
}

// ExpShiftName and ExpShiftNameAVX2 name the antidiagonal softmax's
// exponential kernels.
const (
	ExpShiftName     = "expShiftAVX512"
	ExpShiftNameAVX2 = "expShiftAVX2"
)

// The exponential's constants are adExp's (runtime/sparse/antidiagonal.go),
// the one definition.
const (
	expMin   = sparse.ExpMin
	expMagic = sparse.ExpMagic
	expLn2Hi = sparse.ExpLn2Hi
	expLn2Lo = sparse.ExpLn2Lo
	expLog2e = sparse.ExpLog2e
)

// expK holds the exponential's constants in memory, for broadcasts.
type expK struct {
	min, magic, ln2hi, ln2lo, log2e, bias operand.Mem
	coef                                  []operand.Mem
}

func expConsts(c *build.Context) expK {
	f := func(name string, x float64) operand.Mem {
		return c.ConstData(name, operand.U64(math.Float64bits(x)))
	}
	k := expK{
		min: f("expmin", expMin), magic: f("expmagic", expMagic), ln2hi: f("expln2hi", -expLn2Hi),
		ln2lo: f("expln2lo", -expLn2Lo), log2e: f("explog2e", expLog2e),
		bias: c.ConstData("expbias", operand.U64(1023)),
	}
	for i, x := range sparse.ExpCoef {
		k.coef = append(k.coef, f(fmt.Sprintf("expc%d", i), x))
	}
	return k
}

// expShift emits expShiftAVX512 (zmm) or expShiftAVX2 (ymm), 8 lanes an
// iteration either way (the ymm one as two halves).
func expShift(c *build.Context, k expK, zmm bool) {
	name, vec, width := ExpShiftName, c.ZMM, 64
	doc := name + " writes dst[i] = exp(x[i] − mx) for n (a multiple of 8) float64, as runtime/sparse's adExp."
	if !zmm {
		name, vec, width = ExpShiftNameAVX2, c.YMM, 32
		doc = name + " is " + ExpShiftName + " for AVX2."
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst, x *float64, n int, mx float64)")
	c.Doc(doc)
	dst := c.Load(c.Param("dst"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	mx := vec()
	c.VBROADCASTSD(paramAddr(c, "mx"), mx)
	bcast := func(m operand.Mem) reg.VecVirtual {
		r := vec()
		c.VBROADCASTSD(m, r)
		return r
	}
	min, magic, log2e := bcast(k.min), bcast(k.magic), bcast(k.log2e)
	loop, done := name+"_loop", name+"_done"
	c.Comment("Softmax of the antidiagonal scores: dst = exp(x − mx) as adExp computes it, 8 lanes an iteration.")
	c.Label(loop)
	c.CMPQ(n, imm(8))
	c.JL(operand.LabelRef(done))
	for half := range 64 / width {
		lanes := width / 8 // float64 lanes per register
		c.Commentf("Lanes %d–%d: k = round(y·log₂e), y = x − mx; r = y − k·ln2 (Cody–Waite).", lanes*half, lanes*half+lanes-1)
		y, t, kk, r, p, sc := vec(), vec(), vec(), vec(), vec(), vec()
		c.VMOVUPD(mem(x, width*half), y)
		c.VSUBPD(mx, y, y) // y = x − mx
		c.VMOVAPD(magic, t)
		c.VFMADD231PD(log2e, y, t) // t = y·log2e + magic
		c.VSUBPD(magic, t, kk)     // k
		c.VMOVAPD(y, r)
		if zmm {
			c.VFMADD231PD_BCST(k.ln2hi, kk, r) // r = y − k·ln2hi
			c.VFMADD231PD_BCST(k.ln2lo, kk, r) // r −= k·ln2lo
		} else {
			h := bcast(k.ln2hi)
			c.VFMADD231PD(h, kk, r)
			l := bcast(k.ln2lo)
			c.VFMADD231PD(l, kk, r)
		}
		last := len(k.coef) - 1
		c.Commentf("p(r): the Taylor polynomial of degree %d, Horner's rule.", last)
		c.VBROADCASTSD(k.coef[last], p)
		for i := last - 1; i >= 0; i-- {
			if zmm {
				c.VFMADD213PD_BCST(k.coef[i], r, p) // p = p·r + c_i
			} else {
				ci := bcast(k.coef[i])
				c.VFMADD213PD(ci, r, p)
			}
		}
		// 2^k: the integer k sits in t's low bits; add the bias, shift
		// into the exponent.
		c.Commentf("dst = p · 2^k, 2^k built in the exponent bits; 0 where y < %g.", float64(expMin))
		if zmm {
			c.VPADDQ_BCST(k.bias, t, sc)
		} else {
			b := bcast(k.bias)
			c.VPADDQ(b, t, sc)
		}
		c.VPSLLQ(operand.U8(52), sc, sc)
		if zmm {
			m := c.K()
			c.VCMPPD(operand.U8(5), min, y, m) // not (y < min): NaN stays
			c.VMULPD_Z(sc, p, m, p)
		} else {
			m := vec()
			c.VCMPPD(operand.U8(5), min, y, m)
			c.VMULPD(sc, p, p)
			c.VANDPD(m, p, p)
		}
		c.VMOVUPD(p, mem(dst, width*half))
	}
	c.ADDQ(imm(64), x)
	c.ADDQ(imm(64), dst)
	c.SUBQ(imm(8), n)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}

// ScaleMaxName and ScaleMaxNameAVX2 name the kernels that scale a row of
// antidiagonal sums and take its maximum.
const (
	ScaleMaxName     = "scaleMaxAVX512"
	ScaleMaxNameAVX2 = "scaleMaxAVX2"
)

// scaleMax emits scaleMaxAVX512 (zmm) or scaleMaxAVX2 (two ymm halves).
func scaleMax(c *build.Context, negInf operand.Mem, zmm bool) {
	name, doc := ScaleMaxName, ScaleMaxName+" writes x[i] = c·float64(a[i]) for n (a multiple of 8) elements and returns their maximum and whether any was a NaN."
	if !zmm {
		name, doc = ScaleMaxNameAVX2, ScaleMaxNameAVX2+" is "+ScaleMaxName+" for AVX2."
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(x *float64, a *float32, n int, c float64) (m float64, nan bool)")
	c.Doc(doc)
	x := c.Load(c.Param("x"), c.GP64())
	a := c.Load(c.Param("a"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	loop, done := name+"_loop", name+"_done"
	nan := c.GP8()
	c.Comment("Scale and maximum: x = c · a widened, its running maximum and NaN flags.")
	if zmm {
		scale, m, kacc := c.ZMM(), c.ZMM(), c.K()
		c.VBROADCASTSD(paramAddr(c, "c"), scale)
		c.VBROADCASTSD(negInf, m)
		c.KXORB(kacc, kacc, kacc)
		c.Label(loop)
		c.CMPQ(n, imm(8))
		c.JL(operand.LabelRef(done))
		v, k := c.ZMM(), c.K()
		c.VCVTPS2PD(mem(a, 0), v)
		c.VMULPD(scale, v, v)
		c.VMOVUPD(v, mem(x, 0))
		c.VMAXPD(v, m, m)
		c.VCMPPD(operand.U8(3), v, v, k) // unordered: NaN
		c.KORB(k, kacc, kacc)
		c.ADDQ(imm(32), a)
		c.ADDQ(imm(64), x)
		c.SUBQ(imm(8), n)
		c.JMP(operand.LabelRef(loop))
		c.Label(done)
		c.Comment("The maximum across the lanes; nan: any lane was a NaN.")
		hi := c.YMM()
		c.VEXTRACTF64X4(operand.U8(1), m, hi)
		s4 := c.YMM()
		c.VMAXPD(hi, m.AsY(), s4)
		returnHMaxPD(c, s4)
		c.KORTESTB(kacc, kacc)
		c.SETNE(nan)
	} else {
		scale, m, nacc := c.YMM(), c.YMM(), c.YMM()
		c.VBROADCASTSD(paramAddr(c, "c"), scale)
		c.VBROADCASTSD(negInf, m)
		c.VXORPD(nacc, nacc, nacc)
		c.Label(loop)
		c.CMPQ(n, imm(8))
		c.JL(operand.LabelRef(done))
		for half := range 2 {
			v, t := c.YMM(), c.YMM()
			c.VCVTPS2PD(mem(a, 16*half), v)
			c.VMULPD(scale, v, v)
			c.VMOVUPD(v, mem(x, 32*half))
			c.VMAXPD(v, m, m)
			c.VCMPPD(operand.U8(3), v, v, t)
			c.VORPD(t, nacc, nacc)
		}
		c.ADDQ(imm(32), a)
		c.ADDQ(imm(64), x)
		c.SUBQ(imm(8), n)
		c.JMP(operand.LabelRef(loop))
		c.Label(done)
		c.Comment("The maximum across the lanes; nan: any lane was a NaN.")
		returnHMaxPD(c, m)
		bits := c.GP32()
		c.VMOVMSKPD(nacc, bits)
		c.TESTL(bits, bits)
		c.SETNE(nan)
	}
	c.Store(nan, c.Return("nan"))
	c.VZEROUPPER()
	c.RET()
}

// returnHMaxPD stores the maximum of y's four float64 lanes as the result
// m.
func returnHMaxPD(c *build.Context, y reg.VecVirtual) {
	hi, s2 := c.XMM(), c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, hi)
	c.VMAXPD(hi, y.AsX(), s2)
	hi1, s1 := c.XMM(), c.XMM()
	c.VPERMILPD(operand.U8(1), s2, hi1)
	c.VMAXSD(hi1, s2, s1)
	c.Store(s1, c.Return("m"))
}

// ScoreRowsName and ScoreRowsNameAVX2 name the block kernels that read Q'
// in place.
const (
	ScoreRowsName     = "scoreRowsAVX512"
	ScoreRowsNameAVX2 = "scoreRowsAVX2"
)

// scoreRows emits scoreRowsAVX512 or scoreRowsAVX2 (four passes of 4 rows
// × 16 columns, as scorePanelAVX2).
func scoreRows(c *build.Context, zmm bool) {
	name := ScoreRowsName
	doc := name + " is " + ScorePanelName + " with q[8x+r] read as q[r·qs − u·d + i], x = u·d + i < s·d."
	if !zmm {
		name, doc = ScoreRowsNameAVX2, ScoreRowsNameAVX2+" is "+ScoreRowsName+" for AVX2."
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *float32, ldo int, q *float32, qs int, k *float32, d, s int)")
	c.Doc(doc)
	out := c.Load(c.Param("out"), c.GP64())
	ldo := c.Load(c.Param("ldo"), c.GP64())
	qs := c.Load(c.Param("qs"), c.GP64())
	d4 := c.Load(c.Param("d"), c.GP64())
	c.SHLQ(operand.U8(2), ldo)
	c.SHLQ(operand.U8(2), qs)
	c.SHLQ(operand.U8(2), d4)
	qs3 := c.GP64()
	c.LEAQ(operand.Mem{Base: qs, Index: qs, Scale: 2}, qs3)
	// rowAddr is row r's element at p (rows 0–3) or p4 (rows 4–7).
	rowAddr := func(p, p4 reg.Register, r int) operand.Mem {
		b := p
		if r >= 4 {
			b, r = p4, r-4
		}
		switch r {
		case 0:
			return operand.Mem{Base: b}
		case 1:
			return operand.Mem{Base: b, Index: qs, Scale: 1}
		case 2:
			return operand.Mem{Base: b, Index: qs, Scale: 2}
		}
		return operand.Mem{Base: b, Index: qs3, Scale: 1}
	}
	passes := 1
	if !zmm {
		passes = 4
	}
	for pass := range passes {
		rb, cb := 4*(pass/2), 16*(pass%2)
		q := c.Load(c.Param("q"), c.GP64())
		k := c.Load(c.Param("k"), c.GP64())
		su := c.Load(c.Param("s"), c.GP64())
		if rb > 0 {
			c.LEAQ(operand.Mem{Base: q, Index: qs, Scale: 4}, q)
		}
		var acc []reg.VecVirtual
		nacc, vec := 16, c.ZMM
		if !zmm {
			nacc, vec = 8, c.YMM
		}
		for range nacc {
			a := vec()
			c.VXORPS(a, a, a)
			acc = append(acc, a)
		}
		p, p4, end := c.GP64(), c.GP64(), c.GP64()
		uloop, iloop, iend, done := fmt.Sprintf("%s_u%d", name, pass), fmt.Sprintf("%s_i%d", name, pass),
			fmt.Sprintf("%s_iend%d", name, pass), fmt.Sprintf("%s_done%d", name, pass)
		block := fmt.Sprintf("rows %d–%d × columns %d–%d", rb, rb+3, cb, cb+15)
		if zmm {
			block = "the 8 × 32 block"
		}
		c.Commentf("Antidiagonal scores from Q' in place, %s: for each u < s, the groups'", block)
		c.Comment("next query rows, in reverse order (q moves back d after each u).")
		c.Label(uloop)
		c.TESTQ(su, su)
		c.JZ(operand.LabelRef(done))
		c.MOVQ(q, p)
		c.LEAQ(operand.Mem{Base: q, Index: qs, Scale: 4}, p4)
		c.LEAQ(operand.Mem{Base: q, Index: d4, Scale: 1}, end)
		c.Label(iloop)
		c.Comment("Step x = u·d + i: row x of the K' panel times element i of each row's query, broadcast.")
		c.CMPQ(p, end)
		c.JEQ(operand.LabelRef(iend))
		if zmm {
			kv := []reg.VecVirtual{c.ZMM(), c.ZMM()}
			c.VMOVUPS(mem(k, 0), kv[0])
			c.VMOVUPS(mem(k, 64), kv[1])
			for r := range ScoreRows {
				for j := range 2 {
					c.VFMADD231PS_BCST(rowAddr(p, p4, r), kv[j], acc[2*r+j])
				}
			}
			c.ADDQ(imm(4), p4)
		} else {
			kv := []reg.VecVirtual{c.YMM(), c.YMM()}
			b := c.YMM()
			c.VMOVUPS(mem(k, 4*cb), kv[0])
			c.VMOVUPS(mem(k, 4*cb+32), kv[1])
			for r := range 4 {
				c.VBROADCASTSS(rowAddr(p, p4, r), b)
				for j := range 2 {
					c.VFMADD231PS(kv[j], b, acc[2*r+j])
				}
			}
		}
		c.ADDQ(imm(4), p)
		c.ADDQ(imm(4*ScoreCols), k)
		c.JMP(operand.LabelRef(iloop))
		c.Label(iend)
		c.SUBQ(d4, q) // the group's next query back
		c.DECQ(su)
		c.JMP(operand.LabelRef(uloop))
		c.Label(done)
		c.Comment("Store the block's rows, ldo apart.")
		o := c.GP64()
		c.MOVQ(out, o)
		for range rb {
			c.ADDQ(ldo, o)
		}
		rows := 4
		if zmm {
			rows = ScoreRows
		}
		for r := range rows {
			if zmm {
				c.VMOVUPS(acc[2*r], mem(o, 0))
				c.VMOVUPS(acc[2*r+1], mem(o, 64))
			} else {
				c.VMOVUPS(acc[2*r], mem(o, 4*cb))
				c.VMOVUPS(acc[2*r+1], mem(o, 4*cb+32))
			}
			c.ADDQ(ldo, o)
		}
	}
	c.VZEROUPPER()
	c.RET()
}

// PackPanelName names the K' panel packing kernel.
const PackPanelName = "packPanelAVX512"

// scoreIota is the table 0, 1, …, 15 (int32) that packPanel declares
// and tokenIota reads too.
var scoreIota = operand.Mem{Symbol: operand.Symbol{Name: "scoreiota", Static: true}, Base: reg.StaticBase}

// packPanel emits packPanelAVX512, and declares scoreIota.
func packPanel(c *build.Context) {
	iota := c.StaticGlobal(scoreIota.Symbol.Name)
	c.DataAttributes(attr.RODATA | attr.NOPTR)
	for i := range 16 {
		c.AddDatum(4*i, operand.U32(uint32(i)))
	}
	c.Function(PackPanelName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst, k *float32, d, s int)")
	c.Doc(PackPanelName + " writes dst[(u·d+i)·32 + col] = k[(col·s+u)·d + i] for u < s, i < d, col < 32.")
	dst := c.Load(c.Param("dst"), c.GP64())
	k := c.Load(c.Param("k"), c.GP64())
	d := c.Load(c.Param("d"), c.GP64())
	su := c.Load(c.Param("s"), c.GP64())
	// Gather indices: col·s·d for col < 16, and 16·s·d more.
	c.Comment("Gather indices: col·s·d for col < 16, and 16·s·d more.")
	sd := c.GP64()
	c.MOVQ(d, sd)
	c.IMULQ(su, sd)
	step, idx0, idx1 := c.ZMM(), c.ZMM(), c.ZMM()
	c.VPBROADCASTD(sd.As32(), step)
	c.VPMULLD(iota, step, idx0)
	c.VPSLLD(operand.U8(4), step, step)
	c.VPADDD(step, idx0, idx1)
	d4 := c.GP64()
	c.MOVQ(d, d4)
	c.SHLQ(operand.U8(2), d4)
	p, end := c.GP64(), c.GP64()
	uloop, iloop, iend, done := PackPanelName+"_u", PackPanelName+"_i", PackPanelName+"_iend", PackPanelName+"_done"
	c.Label(uloop)
	c.TESTQ(su, su)
	c.JZ(operand.LabelRef(done))
	c.MOVQ(k, p)
	c.LEAQ(operand.Mem{Base: k, Index: d4, Scale: 1}, end)
	c.Label(iloop)
	c.Comment("Panel row u·d + i: element i of the 32 groups' key u, two gathers.")
	c.CMPQ(p, end)
	c.JEQ(operand.LabelRef(iend))
	for j, idx := range []reg.VecVirtual{idx0, idx1} {
		m, v := c.K(), c.ZMM()
		c.KXNORW(m, m, m) // all lanes; the gather clears them
		c.VGATHERDPS(operand.Mem{Base: p, Index: idx, Scale: 4}, m, v)
		c.VMOVUPS(v, mem(dst, 64*j))
	}
	c.ADDQ(imm(4), p)
	c.ADDQ(imm(4*ScoreCols), dst)
	c.JMP(operand.LabelRef(iloop))
	c.Label(iend)
	c.ADDQ(d4, k) // the next u: the next key of every group
	c.DECQ(su)
	c.JMP(operand.LabelRef(uloop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}
