package amd64

import (
	"fmt"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The gather kernels of per-row attention (runtime/sparse GatherDots,
// GatherPV): a query row against the key rows its own list selects,
// wherever they lie, instead of the 64-key tiles the tile kernels load.
// They run in float32 as the tile kernels do; the portable twins are
// runtime/sparse's gatherDotsGo and gatherPVGo.

// GatherDotsName names runtime/sparse's gathered Q·K kernel.
const GatherDotsName = "gatherDotsAVX512"

// GatherPVName names runtime/sparse's gathered P·V kernel.
const GatherPVName = "gatherPVAVX512"

// gatherDots emits gatherDotsAVX512(s, q, k *float32, idx *int32, n, d
// int, c float32): s[t] = c·Σ_i q[i]·k[idx[t]·d + i] for t < n, d a
// multiple of 16. Each key's sum is one zmm of fused multiply-adds folded
// across its lanes; four keys are in flight, then one at a time.
func gatherDots(c *build.Context) {
	name := GatherDotsName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s, q, k *float32, idx *int32, n, d int, c float32)")
	c.Doc(name + " writes s[t] = c·Σ_i q[i]·k[idx[t]·d+i] for t < n; d a multiple of 16.")
	gatheredDots(c, name, false)
}

// EstDotsBF16Name names runtime/sparse's kernel of the fused filter's
// estimates from bfloat16 tile means.
const EstDotsBF16Name = "estDotsBF16AVX512"

// estDotsBF16 emits estDotsBF16AVX512(s, q *float32, k *uint16, idx
// *int32, n, d int): s[t] = Σ_i q[i]·k[idx[t]·d+i] for t < n, the keys
// bfloat16 (widened exactly: their bits shifted into a float32's top
// half), d a multiple of 16. The order of operations is gatherDots's:
// lane l of one zmm accumulates q[i]·k[i] for i ≡ l (mod 16) in order,
// each step a fused multiply-add, then the lanes fold as there (the
// Go twin, runtime/sparse's estDotsBF16Go, follows it to the bit).
func estDotsBF16(c *build.Context) {
	name := EstDotsBF16Name
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s, q *float32, k *uint16, idx *int32, n, d int)")
	c.Doc(name + " writes s[t] = Σ_i q[i]·bf16(k[idx[t]·d+i]) for t < n; d a multiple of 16.")
	gatheredDots(c, name, true)
}

// gatheredDots is the body of gatherDots (float32 keys, the sums times c)
// and estDotsBF16 (bfloat16 keys widened by a shift, no factor): four keys
// in flight, then one at a time, each key's sum one zmm of fused
// multiply-adds folded across its lanes.
func gatheredDots(c *build.Context, name string, bf16 bool) {
	out := c.Load(c.Param("s"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	base := c.Load(c.Param("k"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	d := c.Load(c.Param("d"), c.GP64())
	var scale reg.VecVirtual
	elem := 4 // bytes of a key element
	if bf16 {
		elem = 2
	} else {
		scale = c.XMM()
		c.VMOVSS(paramAddr(c, "c"), scale)
	}
	rowBytes := c.GP64()
	c.MOVQ(d, rowBytes)
	c.SHLQ(operand.U8(map[int]uint8{4: 2, 2: 1}[elem]), rowBytes)
	for _, width := range []int{4, 1} {
		lbl := fmt.Sprint(name, "_t", width)
		next := name + "_t1"
		if width == 1 {
			next = name + "_done"
		}
		c.Commentf("%d key(s) at a time.", width)
		c.Label(lbl)
		c.CMPQ(n, imm(width))
		c.JL(operand.LabelRef(next))
		ptr := make([]reg.GPVirtual, width)
		acc := make([]reg.VecVirtual, width)
		for i := range width {
			ptr[i], acc[i] = c.GP64(), c.ZMM()
			c.MOVLQSX(mem(idx, 4*i), ptr[i])
			c.IMULQ(rowBytes, ptr[i])
			c.ADDQ(base, ptr[i])
			c.VXORPS(acc[i], acc[i], acc[i])
		}
		qp, left := c.GP64(), c.GP64()
		c.MOVQ(q, qp)
		c.MOVQ(d, left)
		loop, end := lbl+"_dims", lbl+"_end"
		if bf16 {
			c.Comment("acc += q[i:i+16]·float32(row[i:i+16]).")
		} else {
			c.Comment("acc += q[i:i+16]·row[i:i+16].")
		}
		c.Label(loop)
		c.TESTQ(left, left)
		c.JZ(operand.LabelRef(end))
		qv := c.ZMM()
		c.VMOVUPS(mem(qp, 0), qv)
		for i := range width {
			if bf16 {
				kv := c.ZMM()
				c.VPMOVZXWD(mem(ptr[i], 0), kv)
				c.VPSLLD(operand.U8(16), kv, kv)
				c.VFMADD231PS(kv, qv, acc[i])
			} else {
				c.VFMADD231PS(mem(ptr[i], 0), qv, acc[i])
			}
			c.ADDQ(imm(16*elem), ptr[i])
		}
		c.ADDQ(imm(64), qp)
		c.SUBQ(imm(16), left)
		c.JMP(operand.LabelRef(loop))
		c.Label(end)
		if bf16 {
			c.Comment("Fold each register's 16 lanes into s[t].")
		} else {
			c.Comment("Fold each register's 16 lanes, times c, into s[t].")
		}
		for i := range width {
			hi8, lo8 := c.YMM(), c.YMM()
			c.VEXTRACTF64X4(operand.U8(1), acc[i], hi8)
			c.VMOVAPS(acc[i].AsY(), lo8)
			c.VADDPS(hi8, lo8, lo8)
			hi4, lo4 := c.XMM(), c.XMM()
			c.VEXTRACTF128(operand.U8(1), lo8, hi4)
			c.VMOVAPS(lo8.AsX(), lo4)
			c.VADDPS(hi4, lo4, lo4)
			hi2 := c.XMM()
			c.VMOVHLPS(lo4, lo4, hi2)
			c.VADDPS(hi2, lo4, lo4)
			odd := c.XMM()
			c.VMOVSHDUP(lo4, odd)
			c.VADDSS(odd, lo4, lo4)
			if !bf16 {
				c.VMULSS(scale, lo4, lo4)
			}
			c.VMOVSS(lo4, mem(out, 4*i))
		}
		c.ADDQ(imm(4*width), idx)
		c.ADDQ(imm(4*width), out)
		c.SUBQ(imm(width), n)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// gatherPV emits gatherPVAVX512(acc, p, v *float32, idx *int32, n, dv
// int): acc[0:dv] += Σ_t p[t]·v[idx[t]·dv : idx[t]·dv+dv] for t < n in
// order, dv a multiple of 64. Sixty-four columns of acc stay in four zmm
// while the keys stream by, each key's p broadcast once.
func gatherPV(c *build.Context) {
	name := GatherPVName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(acc, p, v *float32, idx *int32, n, dv int)")
	c.Doc(name + " adds Σ_t p[t]·v[idx[t]·dv : idx[t]·dv+dv] to acc[0:dv] for t < n; dv a multiple of 64.")
	accp := c.Load(c.Param("acc"), c.GP64())
	p := c.Load(c.Param("p"), c.GP64())
	base := c.Load(c.Param("v"), c.GP64())
	idx := c.Load(c.Param("idx"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	dv := c.Load(c.Param("dv"), c.GP64())
	rowBytes := c.GP64()
	c.MOVQ(dv, rowBytes)
	c.SHLQ(operand.U8(2), rowBytes)
	left := c.GP64()
	c.MOVQ(dv, left)
	c.Comment("Per 64 columns: the keys' rows into four registers.")
	c.Label(name + "_cols")
	c.TESTQ(left, left)
	c.JZ(operand.LabelRef(name + "_done"))
	a := make([]reg.VecVirtual, 4)
	for j := range a {
		a[j] = c.ZMM()
		c.VMOVUPS(mem(accp, 64*j), a[j])
	}
	t, pp, ip := c.GP64(), c.GP64(), c.GP64()
	c.MOVQ(n, t)
	c.MOVQ(p, pp)
	c.MOVQ(idx, ip)
	c.Label(name + "_keys")
	c.TESTQ(t, t)
	c.JZ(operand.LabelRef(name + "_store"))
	row := c.GP64()
	c.MOVLQSX(mem(ip, 0), row)
	c.IMULQ(rowBytes, row)
	c.ADDQ(base, row)
	b := c.ZMM()
	c.VBROADCASTSS(mem(pp, 0), b)
	for j := range a {
		c.VFMADD231PS(mem(row, 64*j), b, a[j])
	}
	c.ADDQ(imm(4), pp)
	c.ADDQ(imm(4), ip)
	c.DECQ(t)
	c.JMP(operand.LabelRef(name + "_keys"))
	c.Label(name + "_store")
	for j := range a {
		c.VMOVUPS(a[j], mem(accp, 64*j))
	}
	c.ADDQ(imm(256), accp)
	c.ADDQ(imm(256), base)
	c.SUBQ(imm(64), left)
	c.JMP(operand.LabelRef(name + "_cols"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}
