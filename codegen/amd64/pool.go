package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// PoolMeanName names runtime/sparse's mean-pooling kernel of float32 rows
// and a power-of-two tile; poolKernels lists it with its siblings.
const PoolMeanName = "poolMeanAVX512"

// poolKernel is one of mean pooling's kernels: the rows' element type
// and whether each element is divided by the row count or multiplied by
// its (exact, power-of-two) inverse.
type poolKernel struct {
	name   string
	elem   string // "f32", "f16" or "bf16"
	div    bool
	gather bool // rows idx[0], idx[1], … of x instead of rows 0, 1, …
}

// poolKernels are mean pooling's kernels: float32 rows (a library caller's
// keys, or f16/bf16 converted), and f16 and bf16 rows read in place from a
// KV cache's tensor (a decode step pools the tile its new key fell into
// without an f32 copy of it), each for a power-of-two row count (a
// product by the inverse) and any other (a quotient: a partial tile).
var poolKernels = []poolKernel{
	{PoolMeanName, "f32", false, false},
	{"poolDivAVX512", "f32", true, false},
	{"poolMeanF16AVX512", "f16", false, false},
	{"poolDivF16AVX512", "f16", true, false},
	{"poolMeanBF16AVX512", "bf16", false, false},
	{"poolDivBF16AVX512", "bf16", true, false},
	{"poolGatherAVX512", "f32", false, true},
	{"poolGatherDivAVX512", "f32", true, true},
}

// poolMean emits k: poolMeanAVX512(dst *float64, x *float32, rows, d int,
// inv float64) is dst[t] = dst[t] + float64(x[r·d + t])·inv for r = 0, 1,
// …, rows − 1 in that order and t < d (a multiple of 8) — blockscore's
// mean pooling (runtime/sparse accumulateMean with a power-of-two tile) to
// the bit: each lane is one element's chain of a rounded product and an
// add, in row order. The Div kernels take n instead of inv and divide
// (VDIVPD is IEEE division, as accumulateMean's float64(x)/n); the F16 and
// BF16 ones read 16-bit rows and widen them exactly (VCVTPH2PS, or the
// bf16 bits shifted into a float32's top half), so they pool the same
// float32 values the f32 kernels would get from a converted copy. Lanes
// run over the head dims, 128 at a time (16 chains in flight: a d = 128
// row is read once, in one pass over the tile's rows), then 64, then 8.
// Two 64-dim passes over d = 128 rows took 1.4–1.6× as long
// (BenchmarkMeanDecode: the keys' pooling of a decode step).
func poolMean(c *build.Context, k poolKernel) {
	name := k.name
	elemType, size := "float32", 4
	if k.elem != "f32" {
		elemType, size = "uint16", 2
	}
	cname, op := "inv", "·inv"
	if k.div {
		cname, op = "n", "/n"
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	if k.gather {
		c.SignatureExpr(fmt.Sprintf("func(dst *float64, x *%s, idx *int, rows, d int, %s float64)", elemType, cname))
		c.Doc(fmt.Sprintf("%s adds float64(x[idx[r]·d + t])%s to dst[t] (x %s) for r < rows in order and t < d (a multiple of 8).", name, op, k.elem))
	} else {
		c.SignatureExpr(fmt.Sprintf("func(dst *float64, x *%s, rows, d int, %s float64)", elemType, cname))
		c.Doc(fmt.Sprintf("%s adds float64(x[r·d + t])%s to dst[t] (x %s) for r < rows in order and t < d (a multiple of 8).", name, op, k.elem))
	}
	dst := c.Load(c.Param("dst"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	left := c.Load(c.Param("d"), c.GP64())
	stride := c.GP64()
	c.MOVQ(left, stride)
	c.SHLQ(operand.U8(map[int]uint8{4: 2, 2: 1}[size]), stride) // bytes per row of x
	scale := c.ZMM()
	c.VBROADCASTSD(paramAddr(c, cname), scale)
	for _, width := range []int{16, 8, 1} { // zmm accumulators per pass
		lbl := fmt.Sprint(name, "_w", width)
		next := map[int]string{16: name + "_w8", 8: name + "_w1", 1: name + "_done"}[width]
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
		var ip reg.Register
		c.MOVQ(x, p)
		c.MOVQ(rows, n)
		if k.gather {
			ip = c.Load(c.Param("idx"), c.GP64())
		}
		loop, end := lbl+"_rows", lbl+"_end"
		c.Commentf("For each row of x, in order: dst[t] += float64(x[r, t])%s.", op)
		c.Label(loop)
		c.TESTQ(n, n)
		c.JZ(operand.LabelRef(end))
		if k.gather { // p = x + idx[r]·(bytes per row), x at this pass's dims
			c.MOVQ(mem(ip, 0), p)
			c.IMULQ(stride, p)
			c.ADDQ(x, p)
			c.ADDQ(imm(8), ip)
		}
		for i := range acc {
			t := c.ZMM()
			switch k.elem {
			case "f32":
				c.VCVTPS2PD(mem(p, 32*i), t)
			case "f16":
				y := c.YMM()
				c.VCVTPH2PS(mem(p, 16*i), y)
				c.VCVTPS2PD(y, t)
			case "bf16":
				y := c.YMM()
				c.VPMOVZXWD(mem(p, 16*i), y)
				c.VPSLLD(operand.U8(16), y, y)
				c.VCVTPS2PD(y, t)
			}
			if k.div {
				c.VDIVPD(scale, t, t)
			} else {
				c.VMULPD(scale, t, t)
			}
			c.VADDPD(t, acc[i], acc[i])
		}
		if !k.gather {
			c.ADDQ(stride, p)
		}
		c.DECQ(n)
		c.JMP(operand.LabelRef(loop))
		c.Label(end)
		c.Comment("Store dst; the next head dims.")
		for i := range acc {
			c.VMOVUPD(acc[i], mem(dst, 64*i))
		}
		c.ADDQ(imm(8*size*width), x)
		c.ADDQ(imm(64*width), dst)
		c.SUBQ(imm(8*width), left)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// MeanDotsName names runtime/sparse's mean-scoring kernel.
const MeanDotsName = "meanDotsAVX512"

// meanDots emits meanDotsAVX512(out, q, means *float64, idx *int, n, d
// int, c float64): for t < n, with J = idx[t], out[J] = c·dot8(q,
// means[J·d:(J+1)·d]) — mean scoring's q̄·k̄ against kept tile means
// (runtime/sparse dot8) to the bit. Four tiles are in flight (four chains
// of d/8 adds); d is a multiple of 8.
func meanDots(c *build.Context) {
	dotsKernel(c, MeanDotsName, "func(out, q, means *float64, idx *int, n, d int, c float64)",
		MeanDotsName+" writes out[J] = c·dot8(q, means[J·d:(J+1)·d]) for J = idx[t], t < n; d a multiple of 8.",
		"means", false, false, 4)
}

// TokenDotsName names runtime/sparse's token-scoring kernel.
const TokenDotsName = "tokenDotsAVX512"

// tokenDots emits tokenDotsAVX512(out *float64, q, k *float32, idx *int, n,
// d int, c float64): for t < n, with j = idx[t], out[t] = c·dot8(q,
// k[j·d:(j+1)·d]) on float32 rows widened to float64 (VCVTPS2PD, exact) —
// HISA's exact token scores (runtime/sparse dot8w) to the bit, written in
// the candidates' order for the selection kernels (tokens.go). Four keys
// are in flight (two left each add chain waiting on its latency); d is a
// multiple of 8.
func tokenDots(c *build.Context) {
	dotsKernel(c, TokenDotsName, "func(out *float64, q, k *float32, idx *int, n, d int, c float64)",
		TokenDotsName+" writes out[t] = c·dot8(q, k[j·d:(j+1)·d]) (float32 rows widened) for j = idx[t], t < n; d a multiple of 8.",
		"k", true, true, 4)
}

// dotsKernel emits the kernels of dot8's order: for t < n, with j = idx[t],
// out[j] = c·Σ q·rows[j] where lane l of one zmm sums the rounded products
// of the elements i ≡ l (mod 8) in i order (VMULPD then VADDPD; fused only
// for float32 inputs, whose products float64 holds exactly) and the
// register folds as ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)).
// The rows (the parameter named rows) are float64, or float32 widened to
// float64 with f32; inFlight rows run at once, then one at a time. With
// dense the result goes to out[t] rather than out[j].
func dotsKernel(c *build.Context, name, sig, doc, rows string, f32, dense bool, inFlight int) {
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(sig)
	c.Doc(doc)
	out := c.Load(c.Param("out"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	base := c.Load(c.Param(rows), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	d := c.Load(c.Param("d"), c.GP64())
	scale := c.XMM()
	c.MOVSD(paramAddr(c, "c"), scale)
	elem, shift := 8, uint8(3) // bytes per element: the step of 8 elements is 8·elem
	if f32 {
		elem, shift = 4, 2
	}
	rowBytes := c.GP64()
	c.MOVQ(d, rowBytes)
	c.SHLQ(operand.U8(shift), rowBytes)
	load := func(m operand.Mem, z reg.VecVirtual) { // 8 elements as float64
		if f32 {
			c.VCVTPS2PD(m, z)
		} else {
			c.VMOVUPD(m, z)
		}
	}
	for _, width := range []int{inFlight, 1} {
		lbl := fmt.Sprint(name, "_t", width)
		next := name + "_t1"
		if width == 1 {
			next = name + "_done"
		}
		c.Commentf("%d row(s) at a time.", width)
		c.Label(lbl)
		c.CMPQ(n, imm(width))
		c.JL(operand.LabelRef(next))
		ptr := make([]reg.GPVirtual, width)
		acc := make([]reg.VecVirtual, width)
		for i := range width {
			ptr[i], acc[i] = c.GP64(), c.ZMM()
			c.MOVQ(mem(idx, 8*i), ptr[i])
			c.IMULQ(rowBytes, ptr[i])
			c.ADDQ(base, ptr[i])
			c.VXORPD(acc[i], acc[i], acc[i])
		}
		qp, left := c.GP64(), c.GP64()
		c.MOVQ(q, qp)
		c.MOVQ(d, left)
		loop, end := lbl+"_dims", lbl+"_end"
		c.Comment("acc[l] += q[i]·row[i] for the 8 dims i of the step, lane l = i mod 8.")
		c.Label(loop)
		c.TESTQ(left, left)
		c.JZ(operand.LabelRef(end))
		qv := c.ZMM()
		load(mem(qp, 0), qv)
		for i := range width {
			p := c.ZMM()
			if f32 {
				// The product of two float32 is exact in float64, so
				// rounding it before the add (dot8's definition) and
				// fusing it with the add give the same bits.
				load(mem(ptr[i], 0), p)
				c.VFMADD231PD(p, qv, acc[i])
			} else {
				c.VMULPD(mem(ptr[i], 0), qv, p)
				c.VADDPD(p, acc[i], acc[i])
			}
			c.ADDQ(imm(8*elem), ptr[i])
		}
		c.ADDQ(imm(8*elem), qp)
		c.SUBQ(imm(8), left)
		c.JMP(operand.LabelRef(loop))
		c.Label(end)
		c.Comment("Fold each register: ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)), times c, into out[j].")
		for i := range width {
			hi4, lo4 := c.YMM(), c.YMM()
			c.VEXTRACTF64X4(operand.U8(1), acc[i], hi4)
			c.VMOVAPD(acc[i].AsY(), lo4)
			c.VADDPD(hi4, lo4, lo4) // [l0+l4, l1+l5, l2+l6, l3+l7]
			hi2 := c.XMM()
			c.VEXTRACTF128(operand.U8(1), lo4, hi2)
			lo2 := c.XMM()
			c.VMOVAPD(lo4.AsX(), lo2)
			c.VADDPD(hi2, lo2, lo2) // [(l0+l4)+(l2+l6), (l1+l5)+(l3+l7)]
			odd := c.XMM()
			c.VPERMILPD(operand.U8(1), lo2, odd)
			c.VADDSD(odd, lo2, lo2)
			c.VMULSD(scale, lo2, lo2)
			if dense {
				c.VMOVSD(lo2, mem(out, 8*i))
				continue
			}
			j := c.GP64()
			c.MOVQ(mem(idx, 8*i), j)
			c.VMOVSD(lo2, operand.Mem{Base: out, Index: j, Scale: 8})
		}
		if dense {
			c.ADDQ(imm(8*width), out)
		}
		c.ADDQ(imm(8*width), idx)
		c.SUBQ(imm(width), n)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}
