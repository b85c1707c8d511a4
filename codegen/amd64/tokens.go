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

// tailMask sets k to the low n (< 16) bits: the lanes of a last partial
// step (eight 64-bit lanes, or sixteen 32-bit ones).
func tailMask(c *build.Context, n reg.Register, k reg.Register) {
	one, bits := c.GP64(), c.GP64()
	c.MOVQ(operand.U32(1), one)
	c.SHLXQ(n, one, bits)
	c.DECQ(bits)
	c.KMOVW(bits.As32(), k)
}

// eightAtATime emits the loop of the selection kernels: step over eight
// 64-bit lanes at a time with every lane (all) while n ≥ 8, the pointers
// ptrs moved on by 64 bytes each step, then once over the n < 8 left
// with the lanes masked (loads then suppress their faults), then the
// label name_done.
func eightAtATime(c *build.Context, name string, n, all reg.Register, step func(lanes reg.Register, tail bool), ptrs ...reg.Register) {
	adv := make([]advance, len(ptrs))
	for i, p := range ptrs {
		adv[i] = advance{p, 64}
	}
	eightAtATimeBy(c, name, n, all, step, adv...)
}

// advance is a pointer eightAtATimeBy moves on by bytes each step.
type advance struct {
	p     reg.Register
	bytes int
}

// eightAtATimeBy is eightAtATime with each pointer's own step (eight
// float64 are 64 bytes, eight int32 32).
func eightAtATimeBy(c *build.Context, name string, n, all reg.Register, step func(lanes reg.Register, tail bool), ptrs ...advance) {
	c.Label(name + "_loop")
	c.CMPQ(n, imm(8))
	c.JL(operand.LabelRef(name + "_tail"))
	step(all, false)
	for _, a := range ptrs {
		c.ADDQ(imm(a.bytes), a.p)
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

// tokenKeep emits tokenKeepAVX512(out *int32, x *float64, idx *int32, n
// int, t float64, tj int) int: idx[i] written to out, packed in i order,
// for each i with x[i] > t, or x[i] = t and idx[i] ≤ tj (the k best by
// descending score, then ascending index, once t is the k-th best value
// and tj the last index of the ties it takes; tj is clamped to int32's
// range), returning the count. out needs room for 8 past it.
func tokenKeep(c *build.Context) {
	name := TokenKeepName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *int32, x *float64, idx *int32, n int, t float64, tj int32) int")
	c.Doc(name + " writes idx[i] to out, packed in i order (8 lanes of slack), for x[i] > t or x[i] = t with idx[i] ≤ tj, and returns the count.")
	out := c.Load(c.Param("out"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	out0 := c.GP64()
	c.MOVQ(out, out0)
	t, tj := c.ZMM(), c.YMM()
	c.VBROADCASTSD(paramAddr(c, "t"), t)
	tjr := c.Load(c.Param("tj"), c.GP32())
	c.VPBROADCASTD(tjr, tj)
	all := c.K()
	c.KXNORB(all, all, all)
	step := func(lanes reg.Register, tail bool) {
		v, ix := c.ZMM(), c.YMM()
		if tail {
			c.VMOVUPD_Z(mem(x, 0), lanes, v)
			c.VMOVDQU32_Z(mem(idx, 0), lanes, ix)
		} else {
			c.VMOVUPD(mem(x, 0), v)
			c.VMOVDQU(mem(idx, 0), ix)
		}
		kg, ke, kj := c.K(), c.K(), c.K()
		c.VCMPPD(operand.U8(0x11), v, t, lanes, kg) // t < x
		c.VCMPPD(operand.U8(0x00), v, t, lanes, ke) // x = t
		c.VPCMPD(operand.U8(2), tj, ix, kj)         // idx ≤ tj
		c.KANDB(kj, ke, ke)
		c.KORB(ke, kg, kg)
		w := c.YMM()
		c.VPCOMPRESSD_Z(ix, kg, w)
		c.VMOVDQU(w, mem(out, 0))
		cnt := c.GP32()
		c.KMOVB(kg, cnt)
		c.POPCNTL(cnt, cnt)
		c.LEAQ(operand.Mem{Base: out, Index: cnt.As64(), Scale: 4}, out)
	}
	eightAtATimeBy(c, name, n, all, step, advance{x, 64}, advance{idx, 32})
	storeCount(c, out, out0, 2, 0)
	c.VZEROUPPER()
	c.RET()
}

// TokenEstName names runtime/sparse's float32 token-estimate kernel for
// rows rows at a time (8, 4, 2 or 1).
func TokenEstName(rows int) string { return fmt.Sprintf("tokenEst%dAVX512", rows) }

// TokenEstRows are the row counts of the estimate kernels.
var TokenEstRows = []int{8, 4, 2, 1}

// tokenEst emits tokenEst<R>AVX512(outs **float64, qs **float32, kt
// *float32, n, d int): for each of R rows r and each key j < n (a multiple
// of 16) of one block held transposed in float32, kt[i·n+j] = k_j[i],
// outs[r][j] = the row's estimate of q_r·k_j, widened from float32. Eight
// accumulators whatever R, enough independent chains of fused
// multiply-adds to cover their latency: C = 8/R chains per row, chain c
// summing the dims i ≡ c (mod C) in i order (VFMADD231PS, q[i] broadcast
// from memory), folded as a0+a1 (C = 2), (a0+a2)+(a1+a3) (C = 4) or
// ((a0+a4)+(a2+a6))+((a1+a5)+(a3+a7)) (C = 8) in float32; runtime/sparse's
// tokenEstGo gives the same bits. d must be a multiple of C. Sixteen keys a
// step; each load of the keys serves the R rows.
func tokenEst(c *build.Context, rows int) {
	name := TokenEstName(rows)
	chains := 8 / rows
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(outs **float64, qs **float32, kt *float32, n, d int)")
	c.Doc(fmt.Sprintf("%s writes outs[r][j] = the float32 estimate of qs[r]·k_j, widened, for r < %d and j < n (a multiple of 16), the keys transposed in kt[i·n+j]; %d multiply-add chains a row.", name, rows, chains))
	// The row pointers are biased past their ends by 4d bytes and indexed
	// by an offset that climbs from −4d to 0: no counter of its own.
	qs := c.Load(c.Param("qs"), c.GP64())
	db := c.Load(c.Param("d"), c.GP64())
	c.SHLQ(operand.U8(2), db)
	qp := make([]reg.GPVirtual, rows)
	for r := range qp {
		qp[r] = c.GP64()
		c.MOVQ(mem(qs, 8*r), qp[r])
		c.ADDQ(db, qp[r])
	}
	kc := c.Load(c.Param("kt"), c.GP64())
	left := c.Load(c.Param("n"), c.GP64())
	c.Label(name + "_chunk")
	c.CMPQ(left, imm(16))
	c.JL(operand.LabelRef(name + "_done"))
	acc := make([][]reg.VecVirtual, rows)
	for r := range acc {
		acc[r] = make([]reg.VecVirtual, chains)
		for ch := range acc[r] {
			acc[r][ch] = c.ZMM()
			c.VXORPS(acc[r][ch], acc[r][ch], acc[r][ch])
		}
	}
	stride := c.Load(c.Param("n"), c.GP64())
	c.SHLQ(operand.U8(2), stride)
	kp, off := c.GP64(), c.Load(c.Param("d"), c.GP64())
	c.MOVQ(kc, kp)
	c.SHLQ(operand.U8(2), off)
	c.NEGQ(off)
	c.Label(name + "_dims")
	c.Comment(fmt.Sprintf("acc[r][c] += q_r[i+c]·kt[i+c][16 keys] for the %d rows and %d dims.", rows, chains))
	for ch := range chains {
		kv := c.ZMM()
		c.VMOVUPS(mem(kp, 0), kv)
		for r := range acc {
			c.VFMADD231PS_BCST(operand.Mem{Base: qp[r], Index: off, Scale: 1, Disp: 4 * ch}, kv, acc[r][ch])
		}
		c.ADDQ(stride, kp)
	}
	c.ADDQ(imm(4*chains), off)
	c.JNZ(operand.LabelRef(name + "_dims"))
	c.Comment("Fold the chains, widen and store at outs[r] + 8·(the chunk's first key).")
	at := c.GP64()
	c.MOVQ(kc, at)
	c.SUBQ(paramAddr(c, "kt"), at)
	c.SHLQ(operand.U8(1), at)
	outs := c.Load(c.Param("outs"), c.GP64())
	for r := range acc {
		a := acc[r]
		switch chains {
		case 8:
			c.VADDPS(a[4], a[0], a[0])
			c.VADDPS(a[6], a[2], a[2])
			c.VADDPS(a[5], a[1], a[1])
			c.VADDPS(a[7], a[3], a[3])
			c.VADDPS(a[2], a[0], a[0])
			c.VADDPS(a[3], a[1], a[1])
			c.VADDPS(a[1], a[0], a[0])
		case 4:
			c.VADDPS(a[2], a[0], a[0])
			c.VADDPS(a[3], a[1], a[1])
			c.VADDPS(a[1], a[0], a[0])
		case 2:
			c.VADDPS(a[1], a[0], a[0])
		}
		op, hi, w := c.GP64(), c.YMM(), c.ZMM()
		c.MOVQ(mem(outs, 8*r), op)
		c.ADDQ(at, op)
		c.VEXTRACTF32X8(operand.U8(1), a[0], hi)
		c.VCVTPS2PD(a[0].AsY(), w)
		c.VMOVUPD(w, mem(op, 0))
		c.VCVTPS2PD(hi, w)
		c.VMOVUPD(w, mem(op, 64))
	}
	c.ADDQ(imm(64), kc)
	c.SUBQ(imm(16), left)
	c.JMP(operand.LabelRef(name + "_chunk"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// TokenBandName names runtime/sparse's filter-band kernel.
const TokenBandName = "tokenBandAVX512"

// tokenBand emits tokenBandAVX512(x *float64, n int, lo, hi float64, band
// *int32) (above, nband int): how many x[i] > hi, and the positions i with
// lo ≤ x[i] ≤ hi written to band, packed in i order (8 lanes of slack):
// the estimates the filter keeps outright and those it must score exactly.
func tokenBand(c *build.Context) {
	name := TokenBandName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(x *float64, n int, lo, hi float64, band *int32) (above, nband int)")
	c.Doc(name + " counts the x[i] > hi and writes the i with lo ≤ x[i] ≤ hi to band, packed in i order (8 lanes of slack).")
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	band := c.Load(c.Param("band"), c.GP64())
	band0 := c.GP64()
	c.MOVQ(band, band0)
	above := c.GP64()
	c.XORQ(above, above)
	lo, hi := c.ZMM(), c.ZMM()
	c.VBROADCASTSD(paramAddr(c, "lo"), lo)
	c.VBROADCASTSD(paramAddr(c, "hi"), hi)
	// The positions of the step's eight lanes, as int32, and eight to add.
	pos, eight := c.YMM(), c.YMM()
	t := c.GP32()
	c.MOVL(operand.U32(0x03020100), t)
	x0 := c.XMM()
	c.VMOVD(t, x0)
	c.VPMOVZXBD(x0, pos) // 0..3 from the low bytes; lanes 4..7 set below
	c.MOVL(operand.U32(0x07060504), t)
	x1, p1 := c.XMM(), c.XMM()
	c.VMOVD(t, x1)
	c.VPMOVZXBD(x1, p1)
	c.VINSERTI128(operand.U8(1), p1, pos, pos)
	c.MOVL(operand.U32(8), t)
	c.VPBROADCASTD(t, eight)
	all := c.K()
	c.KXNORB(all, all, all)
	step := func(lanes reg.Register, tail bool) {
		v := c.ZMM()
		if tail {
			c.VMOVUPD_Z(mem(x, 0), lanes, v)
		} else {
			c.VMOVUPD(mem(x, 0), v)
		}
		ka, kl, kh := c.K(), c.K(), c.K()
		c.VCMPPD(operand.U8(0x11), v, hi, lanes, ka) // hi < x
		c.VCMPPD(operand.U8(0x12), v, lo, lanes, kl) // lo ≤ x (LE_OQ)
		c.VCMPPD(operand.U8(0x1d), v, hi, lanes, kh) // hi ≥ x (GE_OQ)
		c.KANDB(kh, kl, kl)
		w := c.YMM()
		c.VPCOMPRESSD_Z(pos, kl, w)
		c.VMOVDQU(w, mem(band, 0))
		cnt := c.GP32()
		c.KMOVB(kl, cnt)
		c.POPCNTL(cnt, cnt)
		c.LEAQ(operand.Mem{Base: band, Index: cnt.As64(), Scale: 4}, band)
		a := c.GP32()
		c.KMOVB(ka, a)
		c.POPCNTL(a, a)
		c.ADDQ(a.As64(), above)
		c.VPADDD(eight, pos, pos)
	}
	eightAtATime(c, name, n, all, step, x)
	c.Store(above, c.ReturnIndex(0))
	storeCount(c, band, band0, 2, 1)
	c.VZEROUPPER()
	c.RET()
}

// TokenIotaName names runtime/sparse's kernel that writes a run of
// consecutive key indices (a candidate block the mask fills).
const TokenIotaName = "tokenIotaAVX512"

// tokenIota emits tokenIotaAVX512(dst *int32, n int, start int32):
// dst[i] = start + i for i < n, sixteen a store, the last ones masked (no
// slack needed).
func tokenIota(c *build.Context) {
	name := TokenIotaName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(dst *int32, n int, start int32)")
	c.Doc(name + " writes start + i to dst[i] for i < n.")
	dst := c.Load(c.Param("dst"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	v, step := c.ZMM(), c.ZMM()
	c.VPBROADCASTD(c.Load(c.Param("start"), c.GP32()), v)
	c.VPADDD(scoreIota, v, v) // start + 0…15
	sixteen := c.GP32()
	c.MOVL(operand.U32(16), sixteen)
	c.VPBROADCASTD(sixteen, step)
	c.Label(name + "_loop")
	c.CMPQ(n, imm(16))
	c.JL(operand.LabelRef(name + "_tail"))
	c.VMOVDQU32(v, mem(dst, 0))
	c.VPADDD(step, v, v)
	c.ADDQ(imm(64), dst)
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_tail")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	k := c.K()
	tailMask(c, n, k)
	c.VMOVDQU32(v, k, mem(dst, 0))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}
