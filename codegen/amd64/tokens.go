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
// around a pivot, a register a step (eight float64 or sixteen float32), by
// compares and compresses (the quickselect of the k-th best value);
// tokenKeep writes out the indices at or above that value; tokenBand
// finds the filter's band. The portable twins are runtime/sparse's
// tokenPartGo, tokenKeepGo and tokenBandGo.

// TokenPartName names runtime/sparse's three-way partition kernel.
const TokenPartName = "tokenPartAVX512"

// TokenKeepName names runtime/sparse's keep kernel.
const TokenKeepName = "tokenKeepAVX512"

// TokenBandName names runtime/sparse's filter-band kernel.
const TokenBandName = "tokenBandAVX512"

// The float32 twins of the three (tokenPart32AVX512 …): the token filter's
// estimates are float32 (tokenEst), sixteen a step.
const (
	TokenPart32Name = "tokenPart32AVX512"
	TokenKeep32Name = "tokenKeep32AVX512"
	TokenBand32Name = "tokenBand32AVX512"
)

// selElem is the element the selection kernels step over: float64, eight
// lanes a step, or float32 (f32), sixteen. The int32 indices beside them
// fill a YMM or a ZMM.
type selElem struct{ f32 bool }

var selF64, selF32 = selElem{false}, selElem{true}

// lanes is a step's elements, size an element's bytes (1 << shift).
func (e selElem) lanes() int   { return map[bool]int{false: 8, true: 16}[e.f32] }
func (e selElem) size() int    { return map[bool]int{false: 8, true: 4}[e.f32] }
func (e selElem) shift() uint8 { return map[bool]uint8{false: 3, true: 2}[e.f32] }

func (e selElem) goType() string { return map[bool]string{false: "float64", true: "float32"}[e.f32] }

// name picks the kernel's name for the element.
func (e selElem) name(f64, f32 string) string {
	if e.f32 {
		return f32
	}
	return f64
}

// load loads a step of x into v, masked in a tail (loads then suppress
// their faults).
func (e selElem) load(c *build.Context, x, lanes reg.Register, tail bool, v reg.Register) {
	switch {
	case e.f32 && tail:
		c.VMOVUPS_Z(mem(x, 0), lanes, v)
	case e.f32:
		c.VMOVUPS(mem(x, 0), v)
	case tail:
		c.VMOVUPD_Z(mem(x, 0), lanes, v)
	default:
		c.VMOVUPD(mem(x, 0), v)
	}
}

// cmp is VCMPPS or VCMPPD with predicate pred under mask lanes.
func (e selElem) cmp(c *build.Context, pred uint8, a, b, lanes, k reg.Register) {
	if e.f32 {
		c.VCMPPS(operand.U8(pred), a, b, lanes, k)
	} else {
		c.VCMPPD(operand.U8(pred), a, b, lanes, k)
	}
}

// broadcast fills a ZMM with the scalar parameter name.
func (e selElem) broadcast(c *build.Context, name string) reg.VecVirtual {
	v := c.ZMM()
	if e.f32 {
		c.VBROADCASTSS(paramAddr(c, name), v)
	} else {
		c.VBROADCASTSD(paramAddr(c, name), v)
	}
	return v
}

// count is the number of lanes mask k sets, in a new register.
func (e selElem) count(c *build.Context, k reg.Register) reg.GPVirtual {
	n := c.GP32()
	if e.f32 {
		c.KMOVW(k, n)
	} else {
		c.KMOVB(k, n)
	}
	c.POPCNTL(n, n)
	return n
}

// allLanes is a mask register with every lane of a step set.
func (e selElem) allLanes(c *build.Context) reg.Register {
	all := c.K()
	if e.f32 {
		c.KXNORW(all, all, all)
	} else {
		c.KXNORB(all, all, all)
	}
	return all
}

// idx is a vector register for a step's int32 indices; loadIdx and
// storeIdx move them (loads masked in a tail).
func (e selElem) idx(c *build.Context) reg.VecVirtual {
	if e.f32 {
		return c.ZMM()
	}
	return c.YMM()
}

func (e selElem) loadIdx(c *build.Context, p, lanes reg.Register, tail bool, v reg.Register) {
	switch {
	case tail:
		c.VMOVDQU32_Z(mem(p, 0), lanes, v)
	case e.f32:
		c.VMOVDQU32(mem(p, 0), v)
	default:
		c.VMOVDQU(mem(p, 0), v)
	}
}

func (e selElem) storeIdx(c *build.Context, v, p reg.Register) {
	if e.f32 {
		c.VMOVDQU32(v, mem(p, 0))
	} else {
		c.VMOVDQU(v, mem(p, 0))
	}
}

// kand and kor combine masks of a step's width.
func (e selElem) kand(c *build.Context, a, b, dst reg.Register) {
	if e.f32 {
		c.KANDW(a, b, dst)
	} else {
		c.KANDB(a, b, dst)
	}
}

func (e selElem) kor(c *build.Context, a, b, dst reg.Register) {
	if e.f32 {
		c.KORW(a, b, dst)
	} else {
		c.KORB(a, b, dst)
	}
}

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
	lanesAtATime(c, name, 8, n, all, step, ptrs...)
}

// lanesAtATime is eightAtATimeBy for steps of w lanes (8 or 16).
func lanesAtATime(c *build.Context, name string, w int, n, all reg.Register, step func(lanes reg.Register, tail bool), ptrs ...advance) {
	c.Label(name + "_loop")
	c.CMPQ(n, imm(w))
	c.JL(operand.LabelRef(name + "_tail"))
	step(all, false)
	for _, a := range ptrs {
		c.ADDQ(imm(a.bytes), a.p)
	}
	c.SUBQ(imm(w), n)
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
// *float64) (ngt, nlt, neq int) — tokenPart32AVX512 the same over
// float32 — the x[i] > p written to gt and the x[i] < p to lt, each in i
// order, packed (VCOMPRESSPD/PS into a register, then a whole-register
// store: gt and lt need room for a step, 8 or 16, past what they
// receive), with the counts written to each and the count equal to p.
// Ordered compares: a NaN lands in none of the three, so the counts then
// add up to less than n.
func tokenPart(c *build.Context, e selElem) {
	name, t := e.name(TokenPartName, TokenPart32Name), e.goType()
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(x *%s, n int, p %s, gt, lt *%s) (ngt, nlt, neq int)", t, t, t))
	c.Doc(fmt.Sprintf("%s writes the x[i] > p to gt and the x[i] < p to lt, packed in i order (%d lanes of slack each), and returns how many went to each and how many equal p.", name, e.lanes()))
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	gt := c.Load(c.Param("gt"), c.GP64())
	lt := c.Load(c.Param("lt"), c.GP64())
	gt0, lt0 := c.GP64(), c.GP64()
	c.MOVQ(gt, gt0)
	c.MOVQ(lt, lt0)
	neq := c.GP64()
	c.XORQ(neq, neq)
	p := e.broadcast(c, "p")
	all := e.allLanes(c)
	step := func(lanes reg.Register, tail bool) {
		v := c.ZMM()
		e.load(c, x, lanes, tail, v)
		kg, kl, ke := c.K(), c.K(), c.K()
		e.cmp(c, 0x11, v, p, lanes, kg) // LT_OQ: p < x
		e.cmp(c, 0x11, p, v, lanes, kl) // x < p
		e.cmp(c, 0x00, v, p, lanes, ke) // EQ_OQ
		for _, side := range []struct {
			k   reg.Register
			dst reg.Register
		}{{kg, gt}, {kl, lt}} {
			t := c.ZMM()
			if e.f32 {
				c.VCOMPRESSPS_Z(v, side.k, t)
				c.VMOVUPS(t, mem(side.dst, 0))
			} else {
				c.VCOMPRESSPD_Z(v, side.k, t)
				c.VMOVUPD(t, mem(side.dst, 0))
			}
			cnt := e.count(c, side.k)
			c.LEAQ(operand.Mem{Base: side.dst, Index: cnt.As64(), Scale: uint8(e.size())}, side.dst)
		}
		c.ADDQ(e.count(c, ke).As64(), neq)
	}
	lanesAtATime(c, name, e.lanes(), n, all, step, advance{x, 64})
	storeCount(c, gt, gt0, e.shift(), 0)
	storeCount(c, lt, lt0, e.shift(), 1)
	c.Store(neq, c.ReturnIndex(2))
	c.VZEROUPPER()
	c.RET()
}

// tokenKeep emits tokenKeepAVX512(out *int32, x *float64, idx *int32, n
// int, t float64, tj int) int — tokenKeep32AVX512 the same over float32 —
// idx[i] written to out, packed in i order, for each i with x[i] > t, or
// x[i] = t and idx[i] ≤ tj (the k best by descending score, then
// ascending index, once t is the k-th best value and tj the last index of
// the ties it takes; tj is clamped to int32's range), returning the
// count. out needs room for a step (8 or 16) past it.
func tokenKeep(c *build.Context, e selElem) {
	name := e.name(TokenKeepName, TokenKeep32Name)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(out *int32, x *%s, idx *int32, n int, t %s, tj int32) int", e.goType(), e.goType()))
	c.Doc(fmt.Sprintf("%s writes idx[i] to out, packed in i order (%d lanes of slack), for x[i] > t or x[i] = t with idx[i] ≤ tj, and returns the count.", name, e.lanes()))
	out := c.Load(c.Param("out"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	out0 := c.GP64()
	c.MOVQ(out, out0)
	t, tj := e.broadcast(c, "t"), e.idx(c)
	tjr := c.Load(c.Param("tj"), c.GP32())
	c.VPBROADCASTD(tjr, tj)
	all := e.allLanes(c)
	step := func(lanes reg.Register, tail bool) {
		v, ix := c.ZMM(), e.idx(c)
		e.load(c, x, lanes, tail, v)
		e.loadIdx(c, idx, lanes, tail, ix)
		kg, ke, kj := c.K(), c.K(), c.K()
		e.cmp(c, 0x11, v, t, lanes, kg)     // t < x
		e.cmp(c, 0x00, v, t, lanes, ke)     // x = t
		c.VPCMPD(operand.U8(2), tj, ix, kj) // idx ≤ tj
		e.kand(c, kj, ke, ke)
		e.kor(c, ke, kg, kg)
		w := e.idx(c)
		c.VPCOMPRESSD_Z(ix, kg, w)
		e.storeIdx(c, w, out)
		cnt := e.count(c, kg)
		c.LEAQ(operand.Mem{Base: out, Index: cnt.As64(), Scale: 4}, out)
	}
	lanesAtATime(c, name, e.lanes(), n, all, step, advance{x, 64}, advance{idx, 4 * e.lanes()})
	storeCount(c, out, out0, 2, 0)
	c.VZEROUPPER()
	c.RET()
}

// TokenEstName names runtime/sparse's float32 token-estimate kernel for
// rows rows at a time (8, 4, 2 or 1).
func TokenEstName(rows int) string { return fmt.Sprintf("tokenEst%dAVX512", rows) }

// TokenEstRows are the row counts of the estimate kernels.
var TokenEstRows = []int{8, 4, 2, 1}

// tokenEst emits tokenEst<R>AVX512(outs **float32, qs **float32, kt
// *float32, n, d int): for each of R rows r and each key j < n (a multiple
// of 16) of one block held transposed in float32, kt[i·n+j] = k_j[i],
// outs[r][j] = the row's float32 estimate of q_r·k_j. Eight
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
	c.SignatureExpr("func(outs **float32, qs **float32, kt *float32, n, d int)")
	c.Doc(fmt.Sprintf("%s writes outs[r][j] = the float32 estimate of qs[r]·k_j for r < %d and j < n (a multiple of 16), the keys transposed in kt[i·n+j]; %d multiply-add chains a row.", name, rows, chains))
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
	c.Comment("Fold the chains and store at outs[r] + 4·(the chunk's first key).")
	at := c.GP64()
	c.MOVQ(kc, at)
	c.SUBQ(paramAddr(c, "kt"), at)
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
		op := c.GP64()
		c.MOVQ(mem(outs, 8*r), op)
		c.ADDQ(at, op)
		c.VMOVUPS(a[0], mem(op, 0))
	}
	c.ADDQ(imm(64), kc)
	c.SUBQ(imm(16), left)
	c.JMP(operand.LabelRef(name + "_chunk"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// tokenBand emits tokenBandAVX512(x *float64, n int, lo, hi float64, band
// *int32) (above, nband int) — tokenBand32AVX512 the same over float32 —
// how many x[i] > hi, and the positions i with lo ≤ x[i] ≤ hi written to
// band, packed in i order (a step, 8 or 16, of slack): the estimates the
// filter keeps outright and those it must score exactly.
func tokenBand(c *build.Context, e selElem) {
	name := e.name(TokenBandName, TokenBand32Name)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(x *%s, n int, lo, hi %s, band *int32) (above, nband int)", e.goType(), e.goType()))
	c.Doc(fmt.Sprintf("%s counts the x[i] > hi and writes the i with lo ≤ x[i] ≤ hi to band, packed in i order (%d lanes of slack).", name, e.lanes()))
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	band := c.Load(c.Param("band"), c.GP64())
	band0 := c.GP64()
	c.MOVQ(band, band0)
	above := c.GP64()
	c.XORQ(above, above)
	lo, hi := e.broadcast(c, "lo"), e.broadcast(c, "hi")
	// The positions of the step's lanes, as int32, and a step to add.
	pos, inc := e.idx(c), e.idx(c)
	t := c.GP32()
	if e.f32 {
		c.VMOVDQU32(scoreIota, pos)
	} else {
		c.MOVL(operand.U32(0x03020100), t)
		x0 := c.XMM()
		c.VMOVD(t, x0)
		c.VPMOVZXBD(x0, pos) // 0..3 from the low bytes; lanes 4..7 set below
		c.MOVL(operand.U32(0x07060504), t)
		x1, p1 := c.XMM(), c.XMM()
		c.VMOVD(t, x1)
		c.VPMOVZXBD(x1, p1)
		c.VINSERTI128(operand.U8(1), p1, pos, pos)
	}
	c.MOVL(operand.U32(uint32(e.lanes())), t)
	c.VPBROADCASTD(t, inc)
	all := e.allLanes(c)
	step := func(lanes reg.Register, tail bool) {
		v := c.ZMM()
		e.load(c, x, lanes, tail, v)
		ka, kl, kh := c.K(), c.K(), c.K()
		e.cmp(c, 0x11, v, hi, lanes, ka) // hi < x
		e.cmp(c, 0x12, v, lo, lanes, kl) // lo ≤ x (LE_OQ)
		e.cmp(c, 0x1d, v, hi, lanes, kh) // hi ≥ x (GE_OQ)
		e.kand(c, kh, kl, kl)
		w := e.idx(c)
		c.VPCOMPRESSD_Z(pos, kl, w)
		e.storeIdx(c, w, band)
		cnt := e.count(c, kl)
		c.LEAQ(operand.Mem{Base: band, Index: cnt.As64(), Scale: 4}, band)
		c.ADDQ(e.count(c, ka).As64(), above)
		c.VPADDD(inc, pos, pos)
	}
	lanesAtATime(c, name, e.lanes(), n, all, step, advance{x, 64})
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
