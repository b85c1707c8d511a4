package amd64

import (
	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// The gate's filter kernels (runtime/sparse rows_gate.go): a row's float32
// estimates of its blocks' scores are scanned twice, once for sixteen lane
// maxima (a lower bound of the row's k-th best, k ≤ 16) and once for the
// blocks at or above a threshold, sixteen at a time, so that a row of 512
// blocks costs a few dozen instructions rather than a branch per block.
// The portable twins are runtime/sparse's gateMaxGo and gateAboveGo.

// GateMaxName names runtime/sparse's lane-maxima kernel.
const GateMaxName = "gateMaxAVX512"

// GateAboveName names runtime/sparse's threshold kernel.
const GateAboveName = "gateAboveAVX512"

// gateMax emits gateMaxAVX512(m, x *float32, n int): m[l] = the maximum
// of x[16c + l] over c < n/16 (n a positive multiple of 16), in four
// chains, so that the maxima's latency does not bound the scan: a_0 from
// x's first sixteen, a_1…a_3 from -inf; sixteen c ≥ 1 goes to a_((c−1)
// mod 4) as a = x > a ? x : a (VMAXPS with the new value as its first
// source, so a NaN or an equal value keeps a); then a_0 = a_1 > a_0 ? a_1
// : a_0, a_2 = a_3 > a_2 ? a_3 : a_2, m = a_2 > a_0 ? a_2 : a_0.
// runtime/sparse's gateMaxGo is the same order.
func gateMax(c *build.Context) {
	name := GateMaxName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(m, x *float32, n int)")
	c.Doc(name + " writes m[l] = max over c < n/16 of x[16c+l] in four chains (see codegen/amd64 gate.go); n a positive multiple of 16.")
	m := c.Load(c.Param("m"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	acc := []reg.VecVirtual{c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()}
	ninf := c.GP32()
	c.MOVL(operand.U32(0xff800000), ninf)
	for _, a := range acc[1:] {
		c.VPBROADCASTD(ninf, a)
	}
	c.VMOVUPS(mem(x, 0), acc[0])
	c.ADDQ(imm(64), x)
	c.SUBQ(imm(16), n)
	// into folds sixteen values at x+disp into a: a = x > a ? x : a.
	into := func(a reg.VecVirtual, disp int) {
		t := c.ZMM()
		c.VMOVUPS(mem(x, disp), t)
		c.VMAXPS(a, t, a)
	}
	c.Comment("Four sixteens a step, one to each chain.")
	c.Label(name + "_loop")
	c.CMPQ(n, imm(64))
	c.JL(operand.LabelRef(name + "_tail"))
	for j, a := range acc {
		into(a, 64*j)
	}
	c.ADDQ(imm(256), x)
	c.SUBQ(imm(64), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_tail")
	c.Comment("Up to three sixteens left, to chains 0, 1, 2.")
	for j, a := range acc[:3] {
		c.CMPQ(n, imm(16*(j+1)))
		c.JL(operand.LabelRef(name + "_fold"))
		into(a, 64*j)
	}
	c.Label(name + "_fold")
	c.VMAXPS(acc[0], acc[1], acc[0])
	c.VMAXPS(acc[2], acc[3], acc[2])
	c.VMAXPS(acc[0], acc[2], acc[0])
	c.VMOVUPS(acc[0], mem(m, 0))
	c.VZEROUPPER()
	c.RET()
}

// GateMax4Name names the filter's four-largest-per-lane kernel.
const GateMax4Name = "gateMax4AVX512"

// gateMax4 emits gateMax4AVX512(m, x *float32, n int): m[16j + l] is the
// (j+1)-th largest of x[16c + l] over c < n/16 (j < 4; -inf past a lane's
// count), for the filter's k up to 64: the k-th largest of those 64
// values, which belong to distinct elements, is at most the k-th largest
// of x. n a positive multiple of 16 and no NaN in x (the filter's
// estimates are finite or -inf).
func gateMax4(c *build.Context) {
	laneTop(c, GateMax4Name, 4, GateMax4Name+" writes m[16j+l] = the (j+1)-th largest of x[16c+l] over c < n/16, j < 4 (-inf past a lane's count); n a positive multiple of 16, no NaN.")
}

// laneTop emits name(m, x *float32, n int), which keeps each of sixteen
// lanes' depth largest values of x in depth sorted registers, stored to
// m[16j + l]. Each step inserts a vector by min/max pairs — t = x; for
// each register j but the last, lo = min(m_j, t), m_j = max(m_j, t), t =
// lo; the last m_j = max(m_j, t) — each keeping m_j's value on a tie, as
// VMINPS and VMAXPS do with the new value as their first source. The
// registers past the first start at -inf.
func laneTop(c *build.Context, name string, depth int, doc string) {
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(m, x *float32, n int)")
	c.Doc(doc)
	m := c.Load(c.Param("m"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	acc := make([]reg.VecVirtual, depth)
	for j := range acc {
		acc[j] = c.ZMM()
	}
	t := c.ZMM()
	var lo reg.VecVirtual
	if depth > 1 {
		lo = c.ZMM()
		ninf := c.GP32()
		c.MOVL(operand.U32(0xff800000), ninf)
		for _, a := range acc[1:] {
			c.VPBROADCASTD(ninf, a)
		}
	}
	c.VMOVUPS(mem(x, 0), acc[0])
	c.ADDQ(imm(64), x)
	c.SUBQ(imm(16), n)
	c.Label(name + "_loop")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	c.VMOVUPS(mem(x, 0), t)
	for j, a := range acc {
		if j == len(acc)-1 {
			c.VMAXPS(a, t, a) // a = t > a ? t : a
			break
		}
		c.VMINPS(a, t, lo)
		c.VMAXPS(a, t, a)
		c.VMOVAPS(lo, t)
	}
	c.ADDQ(imm(64), x)
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_done")
	for j, a := range acc {
		c.VMOVUPS(a, mem(m, 64*j))
	}
	c.VZEROUPPER()
	c.RET()
}

// gateAbove emits gateAboveAVX512(bits *uint16, x *float32, n int, t
// float32): bit l of bits[c] is set when x[16c + l] ≥ t (ordered: never
// for a NaN), for c < n/16 (n a multiple of 16).
func gateAbove(c *build.Context) {
	name := GateAboveName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(bits *uint16, x *float32, n int, t float32)")
	c.Doc(name + " sets bit l of bits[c] when x[16c+l] ≥ t (ordered), for c < n/16; n a multiple of 16.")
	bits := c.Load(c.Param("bits"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	thr := c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "t"), thr)
	c.Label(name + "_loop")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	k := c.K()
	c.VCMPPS(operand.U8(0x12), mem(x, 0), thr, k) // LE_OQ: t ≤ x
	c.KMOVW(k, mem(bits, 0))
	c.ADDQ(imm(64), x)
	c.ADDQ(imm(2), bits)
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

// GateListName names runtime/sparse's threshold-to-list kernel.
const GateListName = "gateListAVX512"

// gateList emits gateListAVX512(out *int, x *float32, n int, t float32,
// base int) int: base + i written to out, ascending, for each x[i] ≥ t
// (ordered: never a NaN), i < n (a multiple of 16), and their count — the
// blocks gateAbove marks, as a list: the indices compressed (VPCOMPRESSQ,
// eight a half) and stored eight lanes at a time, so out needs room for
// 16 past the count. Sixteen without a hit skip the compression: a row's
// list is a dozen of its hundreds of blocks, and the compressions of
// every sixteen cost the filter four times the compare.
func gateList(c *build.Context) {
	name := GateListName
	iota := c.StaticGlobal("gatelistiota")
	c.DataAttributes(attr.RODATA | attr.NOPTR)
	for i := range 8 {
		c.AddDatum(8*i, operand.U64(uint64(i)))
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *int, x *float32, n int, t float32, base int) int")
	c.Doc(name + " writes base+i to out, ascending, for each x[i] ≥ t (ordered), i < n (a multiple of 16; 16 lanes of slack), and returns the count.")
	out := c.Load(c.Param("out"), c.GP64())
	x := c.Load(c.Param("x"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	out0 := c.GP64()
	c.MOVQ(out, out0)
	thr, lo, hi, step := c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "t"), thr)
	c.Comment("lo, hi: the indices of the next sixteen, base + 0…7 and base + 8…15.")
	c.VPBROADCASTQ(paramAddr(c, "base"), lo)
	c.VPADDQ(iota, lo, lo)
	eight, sixteen := c.GP64(), c.GP64()
	c.MOVQ(operand.U32(8), eight)
	c.VPBROADCASTQ(eight, step)
	c.VPADDQ(step, lo, hi)
	c.MOVQ(operand.U32(16), sixteen)
	c.VPBROADCASTQ(sixteen, step)
	c.Label(name + "_loop")
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(name + "_done"))
	k, kh := c.K(), c.K()
	c.VCMPPS(operand.U8(0x12), mem(x, 0), thr, k) // LE_OQ: t ≤ x
	c.KORTESTW(k, k)
	c.JZ(operand.LabelRef(name + "_next"))
	c.KSHIFTRW(operand.U8(8), k, kh)
	for _, half := range []struct {
		k   reg.Register
		idx reg.Register
	}{{k, lo}, {kh, hi}} {
		w, cnt := c.ZMM(), c.GP32()
		c.VPCOMPRESSQ_Z(half.idx, half.k, w)
		c.VMOVDQU64(w, mem(out, 0))
		c.KMOVB(half.k, cnt)
		c.POPCNTL(cnt, cnt)
		c.LEAQ(operand.Mem{Base: out, Index: cnt.As64(), Scale: 8}, out)
	}
	c.Label(name + "_next")
	c.VPADDQ(step, lo, lo)
	c.VPADDQ(step, hi, hi)
	c.ADDQ(imm(64), x)
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_done")
	storeCount(c, out, out0, 3, 0)
	c.VZEROUPPER()
	c.RET()
}

// GateSortName names runtime/sparse's sixteen-float sorting kernel.
const GateSortName = "gateSortAVX512"

// gateSort emits gateSortAVX512(m *float32): m[0:16] sorted in descending
// order by a bitonic network in one register (Batcher 1968): for blocks of
// size 2, 4, 8, 16 and distances size/2 … 1, lane i and lane i^dist
// exchange, lane i keeping the larger when (i&dist = 0) = (i&size = 0)
// (a block with i&size set sorts ascending, which makes the next size's
// halves bitonic). The larger is v > p ? v : p and the smaller v < p ? v :
// p (VMAXPS and VMINPS with lane i's own value first), so the portable
// twin, gateSortGo, gives the same bits whatever the zeros' signs.
func gateSort(c *build.Context) {
	name := GateSortName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(m *float32)")
	c.Doc(name + " sorts m[0:16] in descending order (a bitonic network; see codegen/amd64 gate.go).")
	m := c.Load(c.Param("m"), c.GP64())
	v, p, mx, mn := c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()
	k, bits := c.K(), c.GP32()
	c.VMOVUPS(mem(m, 0), v)
	for size := 2; size <= 16; size *= 2 {
		for dist := size / 2; dist >= 1; dist /= 2 {
			c.Commentf("Blocks of %d, distance %d.", size, dist)
			switch dist {
			case 1:
				c.VPERMILPS(operand.U8(0xB1), v, p)
			case 2:
				c.VPERMILPS(operand.U8(0x4E), v, p)
			case 4:
				c.VSHUFF32X4(operand.U8(0xB1), v, v, p)
			case 8:
				c.VSHUFF32X4(operand.U8(0x4E), v, v, p)
			}
			var keep uint32 // lanes keeping the larger
			for i := range 16 {
				if (i&dist == 0) == (i&size == 0) {
					keep |= 1 << i
				}
			}
			c.VMAXPS(p, v, mx) // v > p ? v : p
			c.VMINPS(p, v, mn) // v < p ? v : p
			c.MOVL(operand.U32(keep), bits)
			c.KMOVW(bits, k)
			c.VBLENDMPS(mx, mn, k, v)
		}
	}
	c.VMOVUPS(v, mem(m, 0))
	c.VZEROUPPER()
	c.RET()
}

// GateNormsName names runtime/sparse's eight-row norm kernel.
const GateNormsName = "gateNormsAVX512"

// gateNorms emits gateNormsAVX512(out *float64, q *float32, qs, d int):
// out[r] = √dot8(q_r, q_r) for the eight float32 rows q_r = q[r·qs :
// r·qs + d] (d a multiple of 8) — the gate's query norms, which bound its
// filter's error, eight rows at a time where the filter scores them in
// place. Each row sums in one register, lane l the squares of its
// elements i ≡ l (mod 8) in i order (a float32's square is exact in
// float64, so the fused multiply-add rounds as dot8's add), and the eight
// registers fold together in dot8's order, ((l0+l4)+(l2+l6)) +
// ((l1+l5)+(l3+l7)): half against half across pairs of rows (VSHUFF64X2),
// quarter against quarter across pairs of pairs, and the last pair of
// lanes by VUNPCKLPD/VUNPCKHPD, the rows paired (0,2), (4,6), (1,3), (5,7)
// so that the result lands in row order. VSQRTPD rounds as math.Sqrt.
//
// The kernel is the first to read a group of rows, and it fetches the
// next: the rows after these, q[8·qs : 16·qs], are prefetched as it goes
// (PREFETCHT0, a hint that cannot fault past the end), so that the
// gate's next group of eight finds its queries in cache — the hardware's
// prefetcher does not follow a stream read a few lines at a time between
// thousands of other accesses.
func gateNorms(c *build.Context) {
	name := GateNormsName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(out *float64, q *float32, qs, d int)")
	c.Doc(name + " writes out[r] = √dot8(q_r, q_r), q_r = q[r·qs : r·qs+d] float32 widened, for r < 8; d a multiple of 8.")
	out := c.Load(c.Param("out"), c.GP64())
	p := c.Load(c.Param("q"), c.GP64())
	qs := c.Load(c.Param("qs"), c.GP64())
	d := c.Load(c.Param("d"), c.GP64())
	c.SHLQ(operand.U8(2), qs)
	qs3, p4 := c.GP64(), c.GP64()
	c.LEAQ(operand.Mem{Base: qs, Index: qs, Scale: 2}, qs3)
	c.LEAQ(operand.Mem{Base: p, Index: qs, Scale: 4}, p4)
	n, n4 := c.GP64(), c.GP64() // p and p4 of the next eight rows
	c.LEAQ(operand.Mem{Base: p4, Index: qs, Scale: 4}, n)
	c.LEAQ(operand.Mem{Base: n, Index: qs, Scale: 4}, n4)
	rowAt := func(p, p4 reg.Register, r int) operand.Mem { // row r's element at p (rows 0–3) or p4 (rows 4–7)
		b := p
		if r >= 4 {
			b, r = p4, r-4
		}
		return [4]operand.Mem{{Base: b}, {Base: b, Index: qs, Scale: 1}, {Base: b, Index: qs, Scale: 2}, {Base: b, Index: qs3, Scale: 1}}[r]
	}
	acc := make([]reg.VecVirtual, 8)
	for r := range acc {
		acc[r] = c.ZMM()
		c.VXORPD(acc[r], acc[r], acc[r])
	}
	c.Comment("acc[r] lane l += q_r[i]² for the 8 elements i of the step, l = i mod 8.")
	c.Label(name + "_loop")
	c.TESTQ(d, d)
	c.JZ(operand.LabelRef(name + "_fold"))
	for r := range acc {
		v := c.ZMM()
		c.VCVTPS2PD(rowAt(p, p4, r), v)
		c.VFMADD231PD(v, v, acc[r])
		c.PREFETCHT0(rowAt(n, n4, r))
	}
	for _, x := range []reg.Register{p, p4, n, n4} {
		c.ADDQ(imm(32), x)
	}
	c.SUBQ(imm(8), d)
	c.JMP(operand.LabelRef(name + "_loop"))
	c.Label(name + "_fold")
	c.Comment("Rows a, b: [a.l0+a.l4, a.l1+a.l5, a.l2+a.l6, a.l3+a.l7, the same of b].")
	half := func(a, b reg.VecVirtual) reg.VecVirtual {
		lo, hi := c.ZMM(), c.ZMM()
		c.VSHUFF64X2(operand.U8(0x44), b, a, lo) // a's and b's lanes 0–3
		c.VSHUFF64X2(operand.U8(0xEE), b, a, hi) // a's and b's lanes 4–7
		c.VADDPD(hi, lo, lo)
		return lo
	}
	t02, t46, t13, t57 := half(acc[0], acc[2]), half(acc[4], acc[6]), half(acc[1], acc[3]), half(acc[5], acc[7])
	c.Comment("Rows a, b, e, f: [(l0+l4)+(l2+l6), (l1+l5)+(l3+l7)] of each in turn.")
	quarter := func(ab, ef reg.VecVirtual) reg.VecVirtual {
		lo, hi := c.ZMM(), c.ZMM()
		c.VSHUFF64X2(operand.U8(0x88), ef, ab, lo) // each row's first pair
		c.VSHUFF64X2(operand.U8(0xDD), ef, ab, hi) // each row's second pair
		c.VADDPD(hi, lo, lo)
		return lo
	}
	even, odd := quarter(t02, t46), quarter(t13, t57) // rows 0, 2, 4, 6 and 1, 3, 5, 7
	c.Comment("The two halves of each row's sum, rows 0–7 in order; then the square roots.")
	lo, hi := c.ZMM(), c.ZMM()
	c.VUNPCKLPD(odd, even, lo)
	c.VUNPCKHPD(odd, even, hi)
	c.VADDPD(hi, lo, lo)
	c.VSQRTPD(lo, lo)
	c.VMOVUPD(lo, mem(out, 0))
	c.VZEROUPPER()
	c.RET()
}

// GateKthName names runtime/sparse's k-th-largest-of-sixteen kernel.
const GateKthName = "gateKthAVX512"

// gateKth emits gateKthAVX512(m *float32, k int) float32: the k-th
// largest (1 ≤ k ≤ 16) of m[0:16] (no NaN), where the filter only wants
// that one value of its sixteen lane maxima or listed estimates, not
// their order: a sorting network is ten dependent steps, while ranks are
// sixteen independent compares. Lane i counts the lanes j with m_i < m_j
// (two counters, alternate j); the lanes whose count is below k hold
// values at or above the k-th largest, and the k-th largest is one of
// them, so it is their minimum: the other lanes become +inf, and the
// register folds by halves, lane i against lane i + h for h = 8, 4, 2, 1,
// as v_i < v_(i+h) ? v_i : v_(i+h) (VMINPS with lane i first).
// runtime/sparse's gateKthGo is the same.
func gateKth(c *build.Context) {
	name := GateKthName
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(m *float32, k int) float32")
	c.Doc(name + " returns the k-th largest of m[0:16] (1 ≤ k ≤ 16, no NaN): the least of the values fewer than k others exceed.")
	m := c.Load(c.Param("m"), c.GP64())
	k := c.GP64()
	c.Load(c.Param("k"), k)
	v, one := c.ZMM(), c.ZMM()
	c.VMOVUPS(mem(m, 0), v)
	c.VPTERNLOGD(operand.U8(0xff), one, one, one) // -1 in every lane
	cnt := []reg.VecVirtual{c.ZMM(), c.ZMM()}
	for _, x := range cnt {
		c.VPXORD(x, x, x)
	}
	c.Comment("Lane i counts the j with m_i < m_j.")
	for j := range 16 {
		b, lt := c.ZMM(), c.K()
		c.VBROADCASTSS(mem(m, 4*j), b)
		c.VCMPPS(operand.U8(0x11), b, v, lt) // LT_OQ: m_i < m_j
		c.VPSUBD(one, cnt[j%2], lt, cnt[j%2])
	}
	c.VPADDD(cnt[1], cnt[0], cnt[0])
	c.Comment("The lanes fewer than k exceed keep their value, the others +inf; then their minimum.")
	kv, sel := c.ZMM(), c.K()
	c.VPBROADCASTD(k.As32(), kv)
	c.VPCMPD(operand.U8(1), kv, cnt[0], sel) // LT: count < k
	inf, w := c.ZMM(), c.ZMM()
	pinf := c.GP32()
	c.MOVL(operand.U32(0x7f800000), pinf)
	c.VPBROADCASTD(pinf, inf)
	c.VBLENDMPS(v, inf, sel, w)
	hi8, y := c.YMM(), c.YMM()
	c.VEXTRACTF64X4(operand.U8(1), w, hi8)
	c.VMINPS(hi8, w.AsY(), y)
	hi4, x4 := c.XMM(), c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, hi4)
	c.VMINPS(hi4, y.AsX(), x4)
	hi2, x2 := c.XMM(), c.XMM()
	c.VPERMILPS(operand.U8(0x0E), x4, hi2) // lanes 2, 3 to 0, 1
	c.VMINPS(hi2, x4, x2)
	hi1, x1 := c.XMM(), c.XMM()
	c.VPERMILPS(operand.U8(0x01), x2, hi1) // lane 1 to 0
	c.VMINSS(hi1, x2, x1)
	c.Store(x1, c.ReturnIndex(0))
	c.VZEROUPPER()
	c.RET()
}
