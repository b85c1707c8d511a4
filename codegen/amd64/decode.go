package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The decode kernels (codegen/golang's decode path): a few query rows
// against a KV cache read once, in the element type it is stored in.
// Nothing is prepared per run — no Kᵀ, no conversion of K or V to f32 —
// so a step reads each key and value row once, at the memory's bandwidth:
//
//   - qd<D><e>: S[r, c] = scale · Σ_l Q[r, l] · K[c, l] as dot products
//     over the head dims of key rows in place. A block of 16 keys for one
//     row (the row's Q in registers for D ≤ 128) or of 4 keys for 4 rows
//     (every key chunk loaded once for the 4) accumulates 16 zmm, which
//     one reduction (reduce16: unpacks and shuffles, no horizontal adds)
//     turns into the block's 16 scores;
//   - pv<DV><e> and pvm<DV><e>: pv<DV>'s P·V reading V in its type.
//
// f16 rows widen with VCVTPH2PS and bf16 rows by a zero extension and a
// shift into the top half of a float32, both exact. Each kernel asks for
// the rows PrefetchAhead bytes past those it reads (prefetch).
// The portable twins are in runtime (decode.go: DecodeQK*, DecodePV*),
// which the generated code runs without AVX-512 or AVX2 and the tests
// hold these kernels to.

// Elem is the element type a decode kernel reads keys or values in.
type Elem uint8

// Element types.
const (
	F32 Elem = iota
	F16
	BF16
)

func (e Elem) String() string { return [...]string{"f32", "f16", "bf16"}[e] }

// size is the bytes of one element.
func (e Elem) size() int {
	if e == F32 {
		return 4
	}
	return 2
}

// goType is the Go element type of a slice of e.
func (e Elem) goType() string {
	if e == F32 {
		return "float32"
	}
	return "uint16"
}

// Typed is a head dim and the element type a decode kernel reads.
type Typed struct {
	Dim  int
	Elem Elem
}

// DotName and DotNameAVX2 name the decode path's Q·K kernels for head dim
// d and keys of type e.
func DotName(d int, e Elem) string     { return fmt.Sprintf("qd%d%sAVX512", d, e) }
func DotNameAVX2(d int, e Elem) string { return fmt.Sprintf("qd%d%sAVX2", d, e) }

// PVDecodeName and PVDecodeNameAVX2 name the decode path's P·V kernels
// reading values of type e (masked: those of cut tiles, which skip a P of
// +0): pv<DV>'s loops with the values widened as they are read and the
// next ones prefetched.
func PVDecodeName(dv int, e Elem, masked bool) string {
	if masked {
		return fmt.Sprintf("pvm%d%sAVX512", dv, e)
	}
	return fmt.Sprintf("pv%d%sAVX512", dv, e)
}

func PVDecodeNameAVX2(dv int, e Elem, masked bool) string {
	if masked {
		return fmt.Sprintf("pvm%d%sAVX2", dv, e)
	}
	return fmt.Sprintf("pv%d%sAVX2", dv, e)
}

// PrefetchName names the decode path's prefetch of a listed key tile's
// rows stored as e (one kernel per Go element type: f16 and bf16 share it).
func PrefetchName(e Elem) string {
	return map[string]string{"float32": "prefetchFloat32", "uint16": "prefetchUint16"}[e.goType()]
}

// prefetchLines emits PrefetchName(e)(p *T, lines, stride int): PREFETCHT0 of
// the lines at p, p + stride, …, lines of them. The decode path asks for
// the next listed tile's K and V this way, a line every KB, before it
// jumps there: the hardware's prefetchers follow a stream only within a
// page, so each page of a tile reached by a jump started with misses.
// Any amd64 has PREFETCHT0.
func prefetchLines(c *build.Context, e Elem) {
	name := PrefetchName(e)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(p *%s, lines, stride int)", e.goType()))
	c.Doc(name + " asks for the cache lines at p + i·stride bytes, i < lines (PREFETCHT0).")
	p := c.Load(c.Param("p"), c.GP64())
	n := c.Load(c.Param("lines"), c.GP64())
	stride := c.Load(c.Param("stride"), c.GP64())
	c.Label(name + "_loop")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	c.PREFETCHT0(mem(p, 0))
	c.ADDQ(stride, p)
	c.DECQ(n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_done")
	c.RET()
}

// loadElem emits dst = the elements at m (as many as dst has lanes)
// widened to float32: f32 moved, f16 converted (VCVTPH2PS), bf16
// zero-extended and shifted into a float32's top half — each exact.
func loadElem(c *build.Context, e Elem, m operand.Mem, dst reg.VecVirtual) {
	switch e {
	case F32:
		c.VMOVUPS(m, dst)
	case F16:
		c.VCVTPH2PS(m, dst)
	case BF16:
		c.VPMOVZXWD(m, dst)
		c.VPSLLD(operand.U8(16), dst, dst)
	}
}

// dot emits qd<D><e>(s, q *float32, k *T, rows, cols int, scale float32):
// S[r, c] = scale · Σ_l Q[r, l] · K[c, l] for r < rows, c < cols, with S
// rows Cols floats apart, Q [rows][D] and K [cols][D] of e; ±Inf scores
// become NaN, as qk<D>'s do.
func dot(c *build.Context, d int, e Elem) {
	name := DotName(d, e)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(s, q *float32, k *%s, rows, cols int, scale float32)", e.goType()))
	c.Doc(fmt.Sprintf("%s computes S[r, c] = scale · Q[r, 0:%d] · K[c, 0:%d] for rows rows and cols keys of %s.", name, d, d, e))
	s := c.Load(c.Param("s"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	k := c.Load(c.Param("k"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	scale := c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)
	es, nc := e.size(), d/16
	stride, cw := d*es, 16*es // bytes of a key row, of a 16-lane chunk of it
	// finish scales scores (a zmm, or an xmm of 4), makes ±Inf NaN and
	// stores them.
	finish := func(x reg.VecVirtual, store func(x reg.VecVirtual)) {
		sc, t := reg.Register(scale), reg.Register(c.ZMM())
		if x.Size() == 16 {
			sc, t = scale.AsX(), c.XMM()
		}
		c.VMULPS(sc, x, x)
		overflowToNaN(c, x, t)
		store(x)
	}

	c.Commentf("Four rows at a time, four keys at a time: each key's %d-lane chunk loaded once for", 16)
	c.Comment("the four rows' FMAs (Q read by them), 16 accumulators reduced to 16 scores.")
	c.Label(name + "_rows4")
	c.CMPQ(rows, imm(4))
	c.JL(operand.LabelRef(name + "_rows1"))
	kk, ss, n := c.GP64(), c.GP64(), c.GP64()
	c.MOVQ(k, kk)
	c.MOVQ(s, ss)
	c.Load(c.Param("cols"), n)
	c.Label(name + "_keys4")
	c.CMPQ(n, imm(4))
	c.JL(operand.LabelRef(name + "_tail4"))
	acc := zeroed(c, 16)
	prefetch(c, kk, 4*stride)
	for l := range nc {
		kr := make([]reg.VecVirtual, 4)
		for j := range kr {
			kr[j] = c.ZMM()
			loadElem(c, e, mem(kk, j*stride+l*cw), kr[j])
		}
		for r := range 4 {
			for j := range kr {
				c.VFMADD231PS(mem(q, 4*(r*d+16*l)), kr[j], acc[4*r+j])
			}
		}
	}
	finish(reduce16(c, acc), func(x reg.VecVirtual) {
		for r := range 4 {
			x4 := c.XMM()
			c.VEXTRACTF32X4(operand.U8(r), x, x4)
			c.VMOVUPS(x4, mem(ss, 4*r*Cols))
		}
	})
	c.ADDQ(operand.U32(uint32(4*stride)), kk)
	c.ADDQ(imm(16), ss)
	c.SUBQ(imm(4), n)
	c.JMP(operand.LabelRef(name + "_keys4"))
	c.Comment("The last keys of the four rows, one at a time.")
	c.Label(name + "_tail4")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_next4"))
	acc4 := zeroed(c, 4)
	for l := range nc {
		kr := c.ZMM()
		loadElem(c, e, mem(kk, l*cw), kr)
		for r := range 4 {
			c.VFMADD231PS(mem(q, 4*(r*d+16*l)), kr, acc4[r])
		}
	}
	finish(reduce4(c, acc4), func(x reg.VecVirtual) {
		c.VMOVSS(x, mem(ss, 0))
		for r := 1; r < 4; r++ {
			c.VEXTRACTPS(operand.U8(r), x, mem(ss, 4*r*Cols))
		}
	})
	c.ADDQ(imm(stride), kk)
	c.ADDQ(imm(4), ss)
	c.DECQ(n)
	c.JMP(operand.LabelRef(name + "_tail4"))
	c.Label(name + "_next4")
	c.ADDQ(operand.U32(uint32(4*4*d)), q)
	c.ADDQ(operand.U32(uint32(4*4*Cols)), s)
	c.SUBQ(imm(4), rows)
	c.JMP(operand.LabelRef(name + "_rows4"))

	c.Comment("One row at a time, sixteen keys at a time: 16 accumulators reduced to 16 scores.")
	c.Label(name + "_rows1")
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(name + "_done"))
	// Q's chunks stay in registers when they leave room for the 16
	// accumulators and the loads; past D = 128 the FMAs read them.
	inReg := nc <= 8
	var qr []reg.VecVirtual
	if inReg {
		qr = make([]reg.VecVirtual, nc)
		for l := range qr {
			qr[l] = c.ZMM()
			c.VMOVUPS(mem(q, 64*l), qr[l])
		}
	}
	// fma adds Q[r, chunk l] · K[key at kmem] into a.
	fma := func(kmem operand.Mem, l int, a reg.VecVirtual) {
		if inReg && e == F32 {
			c.VFMADD231PS(kmem, qr[l], a)
			return
		}
		kr := c.ZMM()
		loadElem(c, e, kmem, kr)
		if inReg {
			c.VFMADD231PS(qr[l], kr, a)
		} else {
			c.VFMADD231PS(mem(q, 64*l), kr, a)
		}
	}
	c.MOVQ(k, kk)
	c.MOVQ(s, ss)
	c.Load(c.Param("cols"), n)
	c.Label(name + "_keys16")
	c.CMPQ(n, imm(16))
	c.JL(operand.LabelRef(name + "_tail1"))
	acc16 := zeroed(c, 16)
	prefetch(c, kk, 16*stride)
	for l := range nc {
		for j := range acc16 {
			fma(mem(kk, j*stride+l*cw), l, acc16[j])
		}
	}
	finish(reduce16(c, acc16), func(x reg.VecVirtual) { c.VMOVUPS(x, mem(ss, 0)) })
	c.ADDQ(operand.U32(uint32(16*stride)), kk)
	c.ADDQ(imm(64), ss)
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(name + "_keys16"))
	c.Comment("The row's last keys, one at a time.")
	c.Label(name + "_tail1")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_next1"))
	a := zeroed(c, 1)[0]
	for l := range nc {
		fma(mem(kk, l*cw), l, a)
	}
	finish(hsum(c, a), func(x reg.VecVirtual) { c.VMOVSS(x, mem(ss, 0)) })
	c.ADDQ(imm(stride), kk)
	c.ADDQ(imm(4), ss)
	c.DECQ(n)
	c.JMP(operand.LabelRef(name + "_tail1"))
	c.Label(name + "_next1")
	c.ADDQ(imm(4*d), q)
	c.ADDQ(imm(4*Cols), s)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(name + "_rows1"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// zeroed returns n fresh zmm registers set to 0.
func zeroed(c *build.Context, n int) []reg.VecVirtual {
	a := make([]reg.VecVirtual, n)
	for i := range a {
		a[i] = c.ZMM()
		c.VXORPS(a[i], a[i], a[i])
	}
	return a
}

// pairSums is the first two stages of the reductions below, for a of
// zmm or ymm registers (vec makes one of the same width; Go assembly order:
// the second source first, the destination last): pairs unpacked and added
// inside 128-bit lanes (a[2i], a[2i+1] → 2 × 2 partial sums per lane),
// then pairs of those shuffled and added, so that 128-bit lane L of result
// j holds the partial sums of a[4j..4j+3] over lane L.
func pairSums(c *build.Context, a []reg.VecVirtual, vec func() reg.VecVirtual) []reg.VecVirtual {
	b := make([]reg.VecVirtual, len(a)/2)
	for i := range b {
		lo, hi := vec(), vec()
		c.VUNPCKLPS(a[2*i+1], a[2*i], lo)
		c.VUNPCKHPS(a[2*i+1], a[2*i], hi)
		b[i] = lo
		c.VADDPS(hi, lo, b[i])
	}
	q := make([]reg.VecVirtual, len(b)/2)
	for j := range q {
		lo, hi := vec(), vec()
		c.VSHUFPS(operand.U8(0x44), b[2*j+1], b[2*j], lo)
		c.VSHUFPS(operand.U8(0xee), b[2*j+1], b[2*j], hi)
		q[j] = lo
		c.VADDPS(hi, lo, q[j])
	}
	return q
}

// reduce16 returns a zmm whose lane j is the sum of a[j]'s 16 lanes:
// pairSums' two stages into vectors whose 128-bit lanes hold 4 registers'
// partials, then the four 128-bit lanes of such vectors added across with
// VSHUFF32X4 — 30 shuffles and 15 adds for 16 sums.
func reduce16(c *build.Context, a []reg.VecVirtual) reg.VecVirtual {
	q := pairSums(c, a, c.ZMM)
	h := make([]reg.VecVirtual, 2)
	for j := range h {
		lo, hi := c.ZMM(), c.ZMM()
		c.VSHUFF32X4(operand.U8(0x44), q[2*j+1], q[2*j], lo)
		c.VSHUFF32X4(operand.U8(0xee), q[2*j+1], q[2*j], hi)
		h[j] = lo
		c.VADDPS(hi, lo, h[j])
	}
	lo, hi := c.ZMM(), c.ZMM()
	c.VSHUFF32X4(operand.U8(0x88), h[1], h[0], lo)
	c.VSHUFF32X4(operand.U8(0xdd), h[1], h[0], hi)
	c.VADDPS(hi, lo, lo)
	return lo
}

// reduce4 returns an xmm whose lane r is the sum of a[r]'s lanes:
// pairSums' two stages, then the 128-bit lanes added.
func reduce4(c *build.Context, a []reg.VecVirtual) reg.VecVirtual {
	lo := pairSums(c, a, c.ZMM)[0]
	y := c.YMM()
	c.VEXTRACTF32X8(operand.U8(1), lo, y)
	c.VADDPS(y, lo.AsY(), y)
	x := c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, x)
	c.VADDPS(x, y.AsX(), x)
	return x
}

// hsum returns an xmm whose lane 0 is the sum of a's lanes (16 → 8 → 4 →
// 2 → 1; the other lanes undefined).
func hsum(c *build.Context, a reg.VecVirtual) reg.VecVirtual {
	y := c.YMM()
	c.VEXTRACTF32X8(operand.U8(1), a, y)
	c.VADDPS(y, a.AsY(), y)
	x := c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, x)
	c.VADDPS(x, y.AsX(), x)
	x2 := c.XMM()
	c.VMOVHLPS(x, x, x2)
	c.VADDPS(x2, x, x)
	x1 := c.XMM()
	c.VMOVSHDUP(x, x1)
	c.VADDSS(x1, x, x)
	return x
}

// dotAVX2 emits the AVX2 qd<D><e>: one row at a time, eight keys at a
// time into 8 ymm accumulators (Q read by the FMAs), reduced to 8 scores
// (reduce8); the last keys one at a time.
func dotAVX2(c *build.Context, d int, e Elem) {
	name := DotNameAVX2(d, e)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(s, q *float32, k *%s, rows, cols int, scale float32)", e.goType()))
	c.Doc(name + " is " + DotName(d, e) + " for AVX2.")
	s := c.Load(c.Param("s"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	k := c.Load(c.Param("k"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	scale := c.YMM()
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)
	es, nc := e.size(), d/8
	stride, cw := d*es, 8*es
	finish := func(x reg.VecVirtual, store func(x reg.VecVirtual)) {
		sc, t := reg.Register(scale), reg.Register(c.YMM())
		if x.Size() == 16 {
			sc, t = scale.AsX(), c.XMM()
		}
		c.VMULPS(sc, x, x)
		overflowToNaN(c, x, t)
		store(x)
	}
	fma := func(kmem operand.Mem, l int, a reg.VecVirtual) {
		kr := c.YMM()
		loadElem(c, e, kmem, kr)
		c.VFMADD231PS(mem(q, 32*l), kr, a)
	}
	c.Comment("One row at a time, eight keys at a time: 8 accumulators reduced to 8 scores.")
	c.Label(name + "_row")
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(name + "_done"))
	kk, ss, n := c.GP64(), c.GP64(), c.GP64()
	c.MOVQ(k, kk)
	c.MOVQ(s, ss)
	c.Load(c.Param("cols"), n)
	c.Label(name + "_keys8")
	c.CMPQ(n, imm(8))
	c.JL(operand.LabelRef(name + "_tail"))
	acc := make([]reg.VecVirtual, 8)
	for j := range acc {
		acc[j] = c.YMM()
		c.VXORPS(acc[j], acc[j], acc[j])
	}
	prefetch(c, kk, 8*stride)
	for l := range nc {
		for j := range acc {
			fma(mem(kk, j*stride+l*cw), l, acc[j])
		}
	}
	finish(reduce8(c, acc), func(x reg.VecVirtual) { c.VMOVUPS(x, mem(ss, 0)) })
	c.ADDQ(operand.U32(uint32(8*stride)), kk)
	c.ADDQ(imm(32), ss)
	c.SUBQ(imm(8), n)
	c.JMP(operand.LabelRef(name + "_keys8"))
	c.Comment("The row's last keys, one at a time.")
	c.Label(name + "_tail")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_next"))
	a := c.YMM()
	c.VXORPS(a, a, a)
	for l := range nc {
		fma(mem(kk, l*cw), l, a)
	}
	x := c.XMM()
	c.VEXTRACTF128(operand.U8(1), a, x)
	c.VADDPS(x, a.AsX(), x)
	x2 := c.XMM()
	c.VMOVHLPS(x, x, x2)
	c.VADDPS(x2, x, x)
	x1 := c.XMM()
	c.VMOVSHDUP(x, x1)
	c.VADDSS(x1, x, x)
	finish(x, func(x reg.VecVirtual) { c.VMOVSS(x, mem(ss, 0)) })
	c.ADDQ(imm(stride), kk)
	c.ADDQ(imm(4), ss)
	c.DECQ(n)
	c.JMP(operand.LabelRef(name + "_tail"))
	c.Label(name + "_next")
	c.ADDQ(imm(4*d), q)
	c.ADDQ(imm(4*Cols), s)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(name + "_row"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// reduce8 returns a ymm whose lane j is the sum of a[j]'s 8 lanes:
// pairSums' two stages on ymm registers, then the two 128-bit lanes added
// across (VPERM2F128).
func reduce8(c *build.Context, a []reg.VecVirtual) reg.VecVirtual {
	q := pairSums(c, a, c.YMM)
	lo, hi := c.YMM(), c.YMM()
	c.VPERM2F128(operand.U8(0x20), q[1], q[0], lo)
	c.VPERM2F128(operand.U8(0x31), q[1], q[0], hi)
	c.VADDPS(hi, lo, lo)
	return lo
}

// PrefetchAhead is how far ahead of the rows it reads a decode kernel asks
// for the rows it will read next (PREFETCHT0, one per cache line): keys
// and values stream from memory, and a core's own loads alone keep too
// few lines in flight to reach the memory's bandwidth.
const PrefetchAhead = 4096

// prefetch emits PREFETCHT0 for the n bytes PrefetchAhead past p, one per
// 64-byte line (a line past the end of the keys is harmless: prefetches
// do not fault).
func prefetch(c *build.Context, p reg.Register, n int) {
	for off := 0; off < n; off += 64 {
		c.PREFETCHT0(mem(p, PrefetchAhead+off))
	}
}
