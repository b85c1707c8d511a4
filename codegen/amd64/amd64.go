// Package amd64 generates the AVX-512 tile kernels of attnc's CPU backend
// with avo, used as a library: a fresh build.Context per file, avo's
// register allocation, its Go-assembly and stub printers. The kernels are
// the hot loops of a tile program, specialised on the head dims:
//
//   - qk<D>: S[r, 0:64] = scale · Σ_l Q[r, l] · Kᵀ[l, 0:64] for a query tile
//     and a transposed key tile of up to 64 keys — four rows at a time, so
//     16 zmm accumulators hold a 4 × 64 block and every Kᵀ load feeds four
//     FMAs (FMA-bound, not load-bound);
//   - pv<DV>: acc[r, 0:DV] += Σ_c P[r, c] · V[c, 0:DV], the same register
//     blocking over value columns;
//   - exp64: P[0:64] = exp(S[0:64] − m) in place, with exp from VSCALEFPS
//     and a polynomial (2^x = 2^n · 2^f; VEXP2PS is AVX512ER and faults on
//     these CPUs);
//   - max64: max(m, S[0:64]), the online softmax's new row maximum;
//   - mask64: a partial tile's cached mask bits applied as -inf (mask.go);
//   - transpose<D> and colsum<N> (prepare.go): a full key tile's Kᵀ and
//     its column sums, written once per run by the prepare step;
//   - qd<D><e>, pv<DV><e> (decode.go): the decode path's Q·K as dot
//     products over key rows and P·V, reading K and V in their stored
//     type (f32, f16, bf16) with nothing prepared per run;
//   - for runtime/sparse (score.go, GenerateScore): the antidiagonal
//     scores' 8 × 32 matrix-product blocks and their exponential, written
//     so that every path gives the same bits.
//
// The generated Go code calls them through function variables chosen at
// start-up (runtime.HasAVX512); other CPUs run the portable Go loops.
package amd64

import (
	"fmt"
	"sort"

	"github.com/mmcloughlin/avo/attr"
	"github.com/mmcloughlin/avo/build"
	"github.com/mmcloughlin/avo/ir"
	"github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/pass"
	"github.com/mmcloughlin/avo/printer"
	"github.com/mmcloughlin/avo/reg"
)

// Cols is the key-tile width the kernels are built for: S rows hold 64
// floats (padded with -inf past the tile's keys).
const Cols = 64

// Spec lists the head dims a package needs kernels for.
type Spec struct {
	QKDims   []int // D values for qk<D>
	PVDims   []int // DV values for pv<DV>
	BF16Dims []int // D values for qkbf<D> (bf16 q and k)
	// D values for transpose<D> and N values for colsum<N> (prepare.go;
	// AVX-512 only)
	TransposeDims, ColSumDims []int
	// D values for gatherTranspose<D> and N values for gatherRows<N>: a
	// permuted loop's gathered key tiles (AVX-512 only).
	GatherDims, GatherRowDims []int
	// D values (head dims in b16 elements, multiples of 32) for
	// gatherPairs<D>: a bf16 key tile's pair layout for qkbf<D>.
	GatherPairDims []int
	// The decode path's kernels (decode.go): qd<D><e> for each (D, keys'
	// type) of Dots, and pv<DV><e>, pvm<DV><e> for each (DV, values' type)
	// of PVDecode.
	Dots, PVDecode []Typed
}

// Generate returns the Go assembly and the Go stub declarations for spec's
// kernels in package pkg. Both are deterministic.
func Generate(pkg string, spec Spec) (asm, stubs []byte, err error) {
	c := build.NewContext()
	c.ConstraintExpr("amd64")
	for _, d := range uniq(spec.QKDims) {
		if d < 1 {
			return nil, nil, fmt.Errorf("qk kernel: head dim %d", d)
		}
		qk(c, d)
	}
	for _, dv := range uniq(spec.PVDims) {
		if dv%16 != 0 {
			return nil, nil, fmt.Errorf("pv kernel: value dim %d is not a multiple of 16", dv)
		}
		pv(c, dv, F32, false, false)
		pv(c, dv, F32, true, false)
	}
	exp64(c)
	max64(c)
	mask64(c)
	for _, d := range uniq(spec.BF16Dims) {
		if d%2 != 0 {
			return nil, nil, fmt.Errorf("bf16 qk kernel: head dim %d is odd", d)
		}
		qkBF16(c, d)
	}
	for _, d := range uniq(spec.TransposeDims) {
		if d%16 != 0 {
			return nil, nil, fmt.Errorf("transpose kernel: head dim %d is not a multiple of 16", d)
		}
		transpose(c, d)
	}
	for _, n := range uniq(spec.ColSumDims) {
		if n%16 != 0 || n > 256 {
			return nil, nil, fmt.Errorf("colsum kernel: width %d is not a multiple of 16 up to 256", n)
		}
		colsum(c, n)
	}
	for _, d := range uniq(spec.GatherDims) {
		if d%16 != 0 {
			return nil, nil, fmt.Errorf("gather transpose kernel: head dim %d is not a multiple of 16", d)
		}
		gatherTranspose(c, d)
	}
	for _, d := range uniq(spec.GatherPairDims) {
		if d%32 != 0 {
			return nil, nil, fmt.Errorf("gather pairs kernel: head dim %d is not a multiple of 32", d)
		}
		gatherPairs(c, d)
	}
	for _, n := range uniq(spec.GatherRowDims) {
		if n%16 != 0 {
			return nil, nil, fmt.Errorf("gather rows kernel: width %d is not a multiple of 16", n)
		}
		gatherRows(c, n)
	}
	// The AVX2 versions, for CPUs without AVX-512 (16 ymm registers: one
	// row at a time, key loads folded into the FMAs).
	for _, d := range uniq(spec.QKDims) {
		qkAVX2(c, d)
	}
	for _, dv := range uniq(spec.PVDims) {
		pvAVX2(c, dv, F32, false, false)
		pvAVX2(c, dv, F32, true, false)
	}
	expAVX2(c)
	max64AVX2(c)
	// The decode path's kernels (decode.go), AVX-512 then AVX2.
	dots, pvs := uniqTyped(spec.Dots), uniqTyped(spec.PVDecode)
	for _, t := range dots {
		if t.Dim%16 != 0 {
			return nil, nil, fmt.Errorf("decode qd kernel: head dim %d is not a multiple of 16", t.Dim)
		}
		dot(c, t.Dim, t.Elem)
	}
	for _, t := range pvs {
		if t.Dim%16 != 0 {
			return nil, nil, fmt.Errorf("decode pv kernel: value dim %d is not a multiple of 16", t.Dim)
		}
		pv(c, t.Dim, t.Elem, false, true)
		pv(c, t.Dim, t.Elem, true, true)
	}
	for _, t := range dots {
		dotAVX2(c, t.Dim, t.Elem)
	}
	prefetched := map[string]bool{}
	for _, t := range append(append([]Typed{}, dots...), pvs...) {
		if name := PrefetchName(t.Elem); !prefetched[name] {
			prefetched[name] = true
			prefetchLines(c, t.Elem)
		}
	}
	for _, t := range pvs {
		pvAVX2(c, t.Dim, t.Elem, false, true)
		pvAVX2(c, t.Dim, t.Elem, true, true)
	}
	return emit(c, pkg)
}

// emit compiles c's functions and prints their assembly and stubs.
func emit(c *build.Context, pkg string) (asm, stubs []byte, err error) {
	f, err := c.Result()
	if err != nil {
		return nil, nil, err
	}
	if err := pass.Compile.Execute(f); err != nil {
		return nil, nil, err
	}
	cfg := printer.Config{Name: "attnc", Pkg: pkg}
	if asm, err = printer.NewGoAsm(cfg).Print(f); err != nil {
		return nil, nil, err
	}
	stubs, err = printer.NewStubs(cfg).Print(f)
	return asm, stubs, err
}

// uniqTyped returns ts without repeats, sorted by dim then type.
func uniqTyped(ts []Typed) []Typed {
	m := map[Typed]bool{}
	var out []Typed
	for _, t := range ts {
		if !m[t] {
			m[t] = true
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Dim != out[j].Dim {
			return out[i].Dim < out[j].Dim
		}
		return out[i].Elem < out[j].Elem
	})
	return out
}

func uniq(xs []int) []int {
	m := map[int]bool{}
	var out []int
	for _, x := range xs {
		if !m[x] {
			m[x] = true
			out = append(out, x)
		}
	}
	sort.Ints(out)
	return out
}

// QKName, PVName and ExpName are the kernels' Go names.
func QKName(d int) string  { return fmt.Sprintf("qk%dAVX512", d) }
func PVName(dv int) string { return fmt.Sprintf("pv%dAVX512", dv) }

// PVMaskedName and PVMaskedNameAVX2 name the P·V kernels of cut tiles,
// which skip a P of +0 (pv).
func PVMaskedName(dv int) string     { return fmt.Sprintf("pvm%dAVX512", dv) }
func PVMaskedNameAVX2(dv int) string { return fmt.Sprintf("pvm%dAVX2", dv) }

// ExpName is the name of the exp kernel.
const ExpName = "exp64AVX512"

// QKNameAVX2, PVNameAVX2 and ExpNameAVX2 name the AVX2 versions.
func QKNameAVX2(d int) string  { return fmt.Sprintf("qk%dAVX2", d) }
func PVNameAVX2(dv int) string { return fmt.Sprintf("pv%dAVX2", dv) }

// ExpNameAVX2 is the name of the AVX2 exp kernel.
const ExpNameAVX2 = "exp64AVX2"

// MaxName and MaxNameAVX2 name the row-maximum kernels.
const (
	MaxName     = "max64AVX512"
	MaxNameAVX2 = "max64AVX2"
)

func mem(base reg.Register, disp int) operand.Mem { return operand.Mem{Base: base, Disp: disp} }

// imm is an immediate of the smallest type that holds n.
func imm(n int) operand.Constant {
	if n < 128 {
		return operand.U8(uint8(n))
	}
	return operand.U32(uint32(n))
}

// paramAddr is the frame address of a scalar parameter, for instructions
// that read it straight from memory (VBROADCASTSS).
func paramAddr(c *build.Context, name string) operand.Mem {
	b, err := c.Param(name).Resolve()
	if err != nil {
		panic("BUG: " + err.Error())
	}
	return b.Addr
}

// qk emits qk<D>(s, q, kt *float32, rows int, scale float32): S is
// [rows][64], Q is [rows][D], Kᵀ is [D][64].
func qk(c *build.Context, d int) {
	c.Function(QKName(d))
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s, q, kt *float32, rows int, scale float32)")
	c.Doc(fmt.Sprintf("%s computes S[r, 0:64] = scale · Q[r, 0:%d] · Kᵀ[0:%d, 0:64] for rows rows.", QKName(d), d, d))
	s := c.Load(c.Param("s"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	kt := c.Load(c.Param("kt"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	scale := c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)

	c.Commentf("Q·Kᵀ, four rows at a time: for each l < %d, row l of Kᵀ (4 zmm) times Q[r+i, l]", d)
	c.Comment("broadcast, for i < 4: 16 accumulators hold S[r:r+4, 0:64].")
	c.Label("qk_block4")
	c.CMPQ(rows, imm(4))
	c.JL(operand.LabelRef("qk_tail"))
	acc := make([]reg.VecVirtual, 16)
	for i := range acc {
		acc[i] = c.ZMM()
		c.VXORPS(acc[i], acc[i], acc[i])
	}
	kv := []reg.VecVirtual{c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()}
	b := c.ZMM()
	forHeadDims(c, d, q, kt, QKName(d)+"_l4", func(q, kt reg.Register, l int) {
		for j := range 4 {
			c.VMOVUPS(mem(kt, 4*(l*Cols+16*j)), kv[j])
		}
		for r := range 4 {
			c.VBROADCASTSS(mem(q, 4*(r*d+l)), b)
			for j := range 4 {
				c.VFMADD231PS(kv[j], b, acc[4*r+j])
			}
		}
	})
	c.Comment("S[r:r+4, 0:64] = scale · the accumulators, ±Inf made NaN; the next four rows.")
	nan := c.ZMM()
	for r := range 4 {
		for j := range 4 {
			c.VMULPS(scale, acc[4*r+j], acc[4*r+j])
			overflowToNaN(c, acc[4*r+j], nan)
			c.VMOVUPS(acc[4*r+j], mem(s, 4*(r*Cols+16*j)))
		}
	}
	c.ADDQ(imm(4*4*d), q)
	c.ADDQ(imm(4*4*Cols), s)
	c.SUBQ(imm(4), rows)
	c.JMP(operand.LabelRef("qk_block4"))

	c.Comment("Q·Kᵀ for the remaining rows, one at a time: 4 accumulators, Kᵀ read by the FMAs.")
	c.Label("qk_tail")
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef("qk_done"))
	one := []reg.VecVirtual{c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()}
	for j := range one {
		c.VXORPS(one[j], one[j], one[j])
	}
	b1 := c.ZMM()
	forHeadDims(c, d, q, kt, QKName(d)+"_l1", func(q, kt reg.Register, l int) {
		c.VBROADCASTSS(mem(q, 4*l), b1)
		for j := range 4 {
			c.VFMADD231PS(mem(kt, 4*(l*Cols+16*j)), b1, one[j])
		}
	})
	c.Comment("S[r, 0:64] = scale · the accumulators, ±Inf made NaN; the next row.")
	nan1 := c.ZMM()
	for j := range 4 {
		c.VMULPS(scale, one[j], one[j])
		overflowToNaN(c, one[j], nan1)
		c.VMOVUPS(one[j], mem(s, 4*16*j))
	}
	c.ADDQ(imm(4*d), q)
	c.ADDQ(imm(4*Cols), s)
	c.DECQ(rows)
	c.JMP(operand.LabelRef("qk_tail"))
	c.Label("qk_done")
	c.VZEROUPPER()
	c.RET()
}

// unrollDims is the largest head dim whose Q·Kᵀ is unrolled in full;
// larger ones loop over steps of dimStep head dims, so that a kernel stays
// a few thousand instructions (d = 512 unrolled was 86 KB of code, more
// than the L1 instruction cache, and avo took seconds to allocate it).
const (
	unrollDims = 128
	dimStep    = 16
)

// forHeadDims emits step(q, kt, l) for every head dim l < d, where q and
// kt address Q[r, l] at 4·l bytes and Kᵀ[l, :] at 4·l·Cols bytes: in full
// for d ≤ unrollDims, else as a loop named label of d/dimStep iterations
// of dimStep steps on copies of q and kt, advanced by each, then the
// remaining d%dimStep steps.
func forHeadDims(c *build.Context, d int, q, kt reg.Register, label string, step func(q, kt reg.Register, l int)) {
	if d <= unrollDims {
		for l := range d {
			step(q, kt, l)
		}
		return
	}
	qq, kk, n := c.GP64(), c.GP64(), c.GP64()
	c.MOVQ(q, qq)
	c.MOVQ(kt, kk)
	c.MOVQ(operand.U32(uint32(d/dimStep)), n)
	c.Commentf("Head dims in steps of %d.", dimStep)
	c.Label(label)
	for l := range dimStep {
		step(qq, kk, l)
	}
	c.ADDQ(imm(4*dimStep), qq)
	c.ADDQ(operand.U32(uint32(4*dimStep*Cols)), kk)
	c.DECQ(n)
	c.JNZ(operand.LabelRef(label))
	for l := range d % dimStep {
		step(qq, kk, l)
	}
}

// overflowToNaN makes the infinities among the scores in x NaN, with tmp
// as scratch: x += x − x adds 0 to a number and NaN to ±Inf. A score is
// infinite when Q·Kᵀ overflowed float32 (|q|, |k| ≈ 1e30: the
// interpreter's float64 scores are finite) or an input was infinite;
// left as it is, −Inf would pass for a masked key (its row silently 0)
// and +Inf gives NaN through Inf − Inf anyway. As NaN the row reports
// that float32 could not hold its scores. Two instructions per vector,
// next to d FMAs.
func overflowToNaN(c *build.Context, x, tmp reg.Register) {
	c.VSUBPS(x, x, tmp)
	c.VADDPS(tmp, x, x)
}

// pv emits pv<DV>(acc, p, v *float32, rows, cols int): acc is [rows][DV],
// P is [rows][64], V is [cols][DV]. The value columns are split into
// chunks of at most 16 vectors (pvChunks) and the rows into blocks of up
// to 4, so that a block's accumulators fit in 16 zmm; with one row per
// block the V loads fold into the FMAs (no register holds them), so a
// chunk of 16 vectors leaves the other 16 registers free.
//
// masked emits pvm<DV>, for tiles the mask cuts (and score mods): it adds
// nothing for a P that is +0 (exp64 gives exactly 0 for a masked -inf, and
// a row with nothing allowed is cleared), so that a masked key's NaN or
// infinity in V never reaches acc (0 · NaN = NaN): each broadcast P is
// compared with 0 into an opmask under which its row's FMAs merge. Full
// tiles keep pv<DV>, without the compares.
//
// e is V's element type: an f16 or bf16 V (the decode path's, read in
// place) is widened as it is loaded (loadElem), into a register where an
// f32 V is read by the FMAs.
//
// decode emits the decode path's kernel (PVDecodeName), which prefetches
// the value rows ahead of those it reads.
func pv(c *build.Context, dv int, e Elem, masked, decode bool) {
	pvName := func(masked bool) string {
		switch {
		case decode:
			return PVDecodeName(dv, e, masked)
		case masked:
			return PVMaskedName(dv)
		}
		return PVName(dv)
	}
	name := pvName(false)
	doc := fmt.Sprintf("%s computes acc[r, 0:%d] += Σ_c P[r, c] · V[c, 0:%d] for rows rows and cols keys.", name, dv, dv)
	if decode {
		doc = fmt.Sprintf("%s computes acc[r, 0:%d] += Σ_c P[r, c] · V[c, 0:%d] for rows rows and cols keys of %s.", name, dv, dv, e)
	}
	if masked {
		name = pvName(true)
		doc = fmt.Sprintf("%s is %s without the keys whose P is +0, masked: V is not multiplied by them.", name, pvName(false))
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(acc, p *float32, v *%s, rows, cols int)", e.goType()))
	c.Doc(doc)
	acc := c.Load(c.Param("acc"), c.GP64())
	p := c.Load(c.Param("p"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	chunks := pvChunks(dv / 16)
	widest := 0
	for _, ch := range chunks {
		widest = max(widest, ch[1]-ch[0])
	}
	block := max(1, min(4, 16/widest)) // rows per block: ≤ 16 accumulators
	blocks := []int{block, 1}
	if block == 1 {
		blocks = blocks[:1]
	}
	for bi, rb := range blocks {
		lbl := fmt.Sprintf("pv_rows%d", rb)
		next := "pv_done"
		if bi+1 < len(blocks) {
			next = fmt.Sprintf("pv_rows%d", blocks[bi+1])
		}
		c.Label(lbl)
		c.CMPQ(rows, imm(rb))
		c.JL(operand.LabelRef(next))
		for ci, ch := range chunks {
			pvChunk(c, acc, p, dv, rb, ch[0], ch[1], e, masked, decode && ci == 0, fmt.Sprintf("%d", rb)+chunkSuffix(ci, len(chunks)))
		}
		c.ADDQ(imm(4*rb*dv), acc)
		c.ADDQ(imm(4*rb*Cols), p)
		c.SUBQ(imm(rb), rows)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label("pv_done")
	c.VZEROUPPER()
	c.RET()
}

// pvChunks splits vecs value vectors into the fewest chunks of at most 16,
// as even as possible: [start, end) pairs.
func pvChunks(vecs int) [][2]int {
	n := (vecs + 15) / 16
	var out [][2]int
	for i, at := 0, 0; i < n; i++ {
		w := vecs / n
		if i < vecs%n {
			w++
		}
		out = append(out, [2]int{at, at + w})
		at += w
	}
	return out
}

func chunkSuffix(i, n int) string {
	if n == 1 {
		return ""
	}
	return fmt.Sprintf("_%d", i)
}

// pvChunk emits acc[r:r+rb, 16·j0:16·j1] += P[r:r+rb, 0:cols] ·
// V[0:cols, 16·j0:16·j1] for one block of rb rows: the accumulators are
// loaded, every key adds its V row (masked: every key whose P is not +0,
// pv), and the accumulators are stored. sfx makes its labels unique.
// With pf it prefetches each key's value row PrefetchAhead bytes ahead.
func pvChunk(c *build.Context, acc, p reg.Register, dv, rb, j0, j1 int, e Elem, masked, pf bool, sfx string) {
	vecs := j1 - j0
	c.Commentf("P·V, %d row(s) at a time: acc[r:r+%d, %d:%d] in %d accumulators.", rb, rb, 16*j0, 16*j1, rb*vecs)
	a := make([]reg.VecVirtual, rb*vecs)
	for r := range rb {
		for j := range vecs {
			a[r*vecs+j] = c.ZMM()
			c.VMOVUPS(mem(acc, 4*(r*dv+16*(j0+j))), a[r*vecs+j])
		}
	}
	v := c.Load(c.Param("v"), c.GP64())
	pp := c.GP64()
	c.MOVQ(p, pp)
	n := c.Load(c.Param("cols"), c.GP64())
	var zero reg.VecVirtual
	if masked {
		zero = c.ZMM()
		c.VXORPS(zero, zero, zero)
	}
	loop, end := "pv_loop"+sfx, "pv_end"+sfx
	c.Comment("For each key c < cols: row c of V times P[r+i, c] broadcast, into acc row r+i.")
	c.Label(loop)
	c.TESTQ(n, n)
	c.JZ(operand.LabelRef(end))
	if pf {
		prefetch(c, v, dv*e.size())
	}
	bc := make([]reg.VecVirtual, rb)
	ks := make([]reg.OpmaskVirtual, rb)
	for r := range rb {
		bc[r] = c.ZMM()
		c.VBROADCASTSS(mem(pp, 4*r*Cols), bc[r])
		if masked {
			ks[r] = c.K()
			c.VCMPPS(operand.U8(4), zero, bc[r], ks[r]) // NEQ_UQ: a NaN P still adds
		}
	}
	fma := func(v operand.Op, r, j int) {
		if masked {
			c.VFMADD231PS(v, bc[r], ks[r], a[r*vecs+j])
		} else {
			c.VFMADD231PS(v, bc[r], a[r*vecs+j])
		}
	}
	es := e.size()
	switch {
	case rb == 1 && e == F32:
		for j := range vecs {
			fma(mem(v, 4*16*(j0+j)), 0, j)
		}
	case rb == 1:
		for j := range vecs {
			x := c.ZMM()
			loadElem(c, e, mem(v, es*16*(j0+j)), x)
			fma(x, 0, j)
		}
	default:
		vv := make([]reg.VecVirtual, vecs)
		for j := range vecs {
			vv[j] = c.ZMM()
			loadElem(c, e, mem(v, es*16*(j0+j)), vv[j])
		}
		for r := range rb {
			for j := range vecs {
				fma(vv[j], r, j)
			}
		}
	}
	c.ADDQ(imm(es*dv), v)
	c.ADDQ(imm(4), pp)
	c.DECQ(n)
	c.JMP(operand.LabelRef(loop))
	c.Label(end)
	c.Comment("Store acc.")
	for r := range rb {
		for j := range vecs {
			c.VMOVUPS(a[r*vecs+j], mem(acc, 4*(r*dv+16*(j0+j))))
		}
	}
}

// Coefficients of 2^f on f ∈ [−0.5, 0.5] (Taylor series of e^(f·ln 2),
// degree 6: relative error below 2e-7, under float32's half ulp of 6e-8
// only by a small factor; tests bound the kernel against math.Exp).
var exp2Coeffs = []float32{1, 0.6931471805599453, 0.2402265069591007, 0.05550410866482158, 0.009618129107628477, 0.0013333558146428443, 0.00015403530393381606}

// exp64 emits exp64(s *float32, m float32) float32: s[0:64] = exp(s[0:64]
// − m), returning the sum of the 64 results (the row's share of ℓ; a
// horizontal add here saves a latency-bound scalar loop in Go). Results
// below 2^-149 round to denormals or 0; masked -inf gives exactly 0 (the
// clamp at 2^-150 rounds to 0: the callers need not clear masked cells).
// A NaN stays NaN, in its cell and in the sum: a score that overflowed
// float32 to +Inf gives Inf − Inf = NaN against a maximum of +Inf, and its
// row must come out NaN, not (as when the clamp made NaN −150) 0.
func exp64(c *build.Context) {
	c.Function(ExpName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, m float32) float32")
	c.Doc(ExpName + " computes s[0:64] = exp(s[0:64] − m) in place and returns their sum.")
	c.Comment("Softmax exp: m, log₂e, the clamp at −150 and the coefficients of 2^f in every lane.")
	s := c.Load(c.Param("s"), c.GP64())
	m := c.ZMM()
	c.VBROADCASTSS(paramAddr(c, "m"), m)
	log2e := c.ZMM()
	lo := c.ZMM()
	tmp := c.GP32()
	c.MOVL(operand.U32(f32bits(1.4426950408889634)), tmp)
	c.VPBROADCASTD(tmp, log2e)
	c.MOVL(operand.U32(f32bits(-150)), tmp) // 1 · 2^-150 rounds to 0 (ties to even)
	c.VPBROADCASTD(tmp, lo)
	coef := make([]reg.VecVirtual, len(exp2Coeffs))
	for i, k := range exp2Coeffs {
		coef[i] = c.ZMM()
		c.MOVL(operand.U32(f32bits(float64(k))), tmp)
		c.VPBROADCASTD(tmp, coef[i])
	}
	sum := c.ZMM()
	c.VXORPS(sum, sum, sum)
	for j := range 4 {
		c.Commentf("s[%d:%d] = exp(s − m) = 2^n·2^f: x = (s − m)·log₂e clamped, n = round(x), f = x − n; sum += it.", 16*j, 16*j+16)
		x, n, f, p := c.ZMM(), c.ZMM(), c.ZMM(), c.ZMM()
		c.VMOVUPS(mem(s, 64*j), x)
		c.VSUBPS(m, x, x)
		c.VMULPS(log2e, x, x)
		c.VMAXPS(x, lo, x)                 // -inf and tiny values clamp to -150; NaN stays (MAXPS returns its second source, x, on NaN)
		c.VRNDSCALEPS(operand.U8(0), x, n) // n = round(x)
		c.VSUBPS(n, x, f)                  // f = x − n ∈ [−0.5, 0.5]
		// Horner: p = c6; p = p·f + c5; … ; p = p·f + c0.
		c.VMOVAPS(coef[len(coef)-1], p)
		for i := len(coef) - 2; i >= 0; i-- {
			c.VFMADD213PS(coef[i], f, p)
		}
		c.VSCALEFPS(n, p, p) // p · 2^n
		c.VMOVUPS(p, mem(s, 64*j))
		c.VADDPS(p, sum, sum)
	}
	// Horizontal sum: 16 → 8 lanes here, then as in AVX2.
	c.Comment("Return the sum of the lanes, 16 → 8 → 4 → 2 → 1: the row's share of ℓ.")
	hi8, s8 := c.YMM(), c.YMM()
	c.VEXTRACTF32X8(operand.U8(1), sum, hi8)
	c.VADDPS(hi8, sum.AsY(), s8)
	returnHSum(c, s8)
}

// max64 emits max64(s *float32, m float32) float32: the largest of m and
// s[0:64] (callers pad a short row with -inf). Four independent VMAXPS
// then a tree over the lanes replace a scalar loop of 64 dependent
// comparisons in Go. NaNs do not propagate as Go's max would: the caller
// looks for NaN in a row whose maximum comes back -inf (anyNaN), and exp64
// carries a NaN beside a number into the row.
func max64(c *build.Context) {
	c.Function(MaxName)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, m float32) float32")
	c.Doc(MaxName + " returns the largest of m and s[0:64].")
	c.Comment("Row maximum: the four vectors of s, pairwise, then across the lanes and with m.")
	s := c.Load(c.Param("s"), c.GP64())
	x := make([]reg.VecVirtual, 4)
	for j := range x {
		x[j] = c.ZMM()
		c.VMOVUPS(mem(s, 64*j), x[j])
	}
	a, b := c.ZMM(), c.ZMM()
	c.VMAXPS(x[1], x[0], a)
	c.VMAXPS(x[3], x[2], b)
	c.VMAXPS(b, a, a)
	hi8, m8 := c.YMM(), c.YMM()
	c.VEXTRACTF32X8(operand.U8(1), a, hi8)
	c.VMAXPS(hi8, a.AsY(), m8)
	returnHMax(c, m8)
}

// max64AVX2 emits the AVX2 max64.
func max64AVX2(c *build.Context) {
	c.Function(MaxNameAVX2)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, m float32) float32")
	c.Doc(MaxNameAVX2 + " is " + MaxName + " for AVX2.")
	c.Comment("Row maximum: the eight vectors of s, pairwise, then across the lanes and with m.")
	s := c.Load(c.Param("s"), c.GP64())
	acc := make([]reg.VecVirtual, 4)
	for j := range acc {
		acc[j] = c.YMM()
		c.VMOVUPS(mem(s, 32*j), acc[j])
	}
	for j := 4; j < 8; j++ {
		c.VMAXPS(mem(s, 32*j), acc[j-4], acc[j-4])
	}
	c.VMAXPS(acc[1], acc[0], acc[0])
	c.VMAXPS(acc[3], acc[2], acc[2])
	c.VMAXPS(acc[2], acc[0], acc[0])
	returnHMax(c, acc[0])
}

// returnHMax takes the maximum of the 8 lanes of y and of the function's
// parameter m, returns it as the float32 result and ends the function.
func returnHMax(c *build.Context, y reg.VecVirtual) {
	hi4, s4 := c.XMM(), c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, hi4)
	c.VMAXPS(hi4, y.AsX(), s4)
	hi2, s2 := c.XMM(), c.XMM()
	c.VMOVHLPS(s4, s4, hi2)
	c.VMAXPS(hi2, s4, s2)
	hi1, s1 := c.XMM(), c.XMM()
	c.VMOVSHDUP(s2, hi1)
	c.VMAXSS(hi1, s2, s1)
	m := c.XMM()
	c.MOVSS(paramAddr(c, "m"), m)
	c.VMAXSS(m, s1, s1)
	c.Store(s1, c.ReturnIndex(0))
	c.VZEROUPPER()
	c.RET()
}

// returnHSum adds the 8 lanes of y (8 → 4 → 2 → 1), returns the sum as the
// function's float32 result and ends the function.
func returnHSum(c *build.Context, y reg.VecVirtual) {
	hi4, s4 := c.XMM(), c.XMM()
	c.VEXTRACTF128(operand.U8(1), y, hi4)
	c.VADDPS(hi4, y.AsX(), s4)
	hi2, s2 := c.XMM(), c.XMM()
	c.VMOVHLPS(s4, s4, hi2)
	c.VADDPS(hi2, s4, s2)
	hi1, s1 := c.XMM(), c.XMM()
	c.VMOVSHDUP(s2, hi1)
	c.VADDSS(hi1, s2, s1)
	c.Store(s1, c.ReturnIndex(0))
	c.VZEROUPPER()
	c.RET()
}

func f32bits(x float64) uint32 { return mathFloat32bits(float32(x)) }

// PeakChains is the number of independent FMA chains the peak probe keeps
// in flight: enough to cover the FMA latency (4 cycles) on two ports.
const PeakChains = 12

// GeneratePeak returns the peak probes: peakZMM(n) and peakYMM(n) run n
// iterations of PeakChains independent VFMADD231PS on zmm (16 lanes) or ymm
// (8 lanes) registers, so the time of a call measures the machine's fp32
// FMA throughput (2 flops per lane per FMA); readZMM(p, n) and readYMM(p,
// n) stream n bytes through loads (streamRead), the memory's read
// bandwidth over a buffer larger than the caches.
func GeneratePeak(pkg string) (asm, stubs []byte, err error) {
	c := build.NewContext()
	c.ConstraintExpr("amd64")
	for _, v := range []struct {
		name string
		zmm  bool
	}{{"peakZMM", true}, {"peakYMM", false}} {
		c.Function(v.name)
		c.Attributes(attr.NOSPLIT)
		c.SignatureExpr("func(n int)")
		c.Doc(fmt.Sprintf("%s runs n iterations of %d independent FMAs.", v.name, PeakChains))
		n := c.Load(c.Param("n"), c.GP64())
		acc := make([]reg.VecVirtual, PeakChains)
		a, b := c.ZMM(), c.ZMM()
		if !v.zmm {
			a, b = c.YMM(), c.YMM()
		}
		c.VXORPS(a, a, a)
		c.VXORPS(b, b, b)
		for i := range acc {
			if v.zmm {
				acc[i] = c.ZMM()
			} else {
				acc[i] = c.YMM()
			}
			c.VXORPS(acc[i], acc[i], acc[i])
		}
		loop, done := v.name+"_loop", v.name+"_done"
		c.Label(loop)
		c.TESTQ(n, n)
		c.JZ(operand.LabelRef(done))
		for i := range acc {
			c.VFMADD231PS(a, b, acc[i])
		}
		c.DECQ(n)
		c.JMP(operand.LabelRef(loop))
		c.Label(done)
		c.VZEROUPPER()
		c.RET()
	}
	streamRead(c, "readZMM", true)
	streamRead(c, "readYMM", false)
	return emit(c, pkg)
}

// ReadBlock is the bytes the bandwidth probe reads per iteration: eight
// zmm (or sixteen ymm) loads of consecutive memory.
const ReadBlock = 512

// streamRead emits the bandwidth probe's loop, NAME(p *byte, n int):
// the n bytes at p (a multiple of ReadBlock) read in order with
// full-width loads and nothing else, as the decode kernels read a KV
// cache, so that its time over a buffer far larger than the caches is
// the memory's read bandwidth. The loads' results are combined with
// VPXORD/VPXOR into one register, so that each load is used.
func streamRead(c *build.Context, name string, zmm bool) {
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(p *byte, n int)")
	width := 64
	if !zmm {
		width = 32
	}
	c.Doc(fmt.Sprintf("%s reads the n bytes at p (a multiple of %d) with %d-byte loads.", name, ReadBlock, width))
	p := c.Load(c.Param("p"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	vec := func() reg.VecVirtual {
		if zmm {
			return c.ZMM()
		}
		return c.YMM()
	}
	x := make([]reg.VecVirtual, ReadBlock/width)
	for i := range x {
		x[i] = vec()
	}
	loop, done := name+"_loop", name+"_done"
	c.Label(loop)
	c.CMPQ(n, imm(ReadBlock))
	c.JL(operand.LabelRef(done))
	for i := range x {
		if zmm {
			c.VMOVDQU64(mem(p, width*i), x[i])
		} else {
			c.VMOVDQU(mem(p, width*i), x[i])
		}
	}
	for i := 1; i < len(x); i++ {
		if zmm {
			c.VPXORD(x[i], x[0], x[0])
		} else {
			c.VPXOR(x[i], x[0], x[0])
		}
	}
	c.ADDQ(operand.U32(ReadBlock), p)
	c.SUBQ(operand.U32(ReadBlock), n)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}

// qkAVX2 emits the AVX2 qk<D>: one row at a time, 8 ymm accumulators for
// the 64 columns, each Kᵀ load folded into its FMA.
func qkAVX2(c *build.Context, d int) {
	name := QKNameAVX2(d)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s, q, kt *float32, rows int, scale float32)")
	c.Doc(name + " is " + QKName(d) + " for AVX2.")
	s := c.Load(c.Param("s"), c.GP64())
	q := c.Load(c.Param("q"), c.GP64())
	kt := c.Load(c.Param("kt"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	scale := c.YMM()
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)
	loop, done := name+"_row", name+"_done"
	c.Commentf("Q·Kᵀ one row at a time: for each l < %d, Q[r, l] broadcast times row l of Kᵀ,", d)
	c.Comment("8 accumulators over the 64 keys.")
	c.Label(loop)
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(done))
	acc := make([]reg.VecVirtual, 8)
	for j := range acc {
		acc[j] = c.YMM()
		c.VXORPS(acc[j], acc[j], acc[j])
	}
	b := c.YMM()
	forHeadDims(c, d, q, kt, name+"_l", func(q, kt reg.Register, l int) {
		c.VBROADCASTSS(mem(q, 4*l), b)
		for j := range acc {
			c.VFMADD231PS(mem(kt, 4*(l*Cols+8*j)), b, acc[j])
		}
	})
	c.Comment("S[r, 0:64] = scale · the accumulators, ±Inf made NaN; the next row.")
	nan := c.YMM()
	for j := range acc {
		c.VMULPS(scale, acc[j], acc[j])
		overflowToNaN(c, acc[j], nan)
		c.VMOVUPS(acc[j], mem(s, 4*8*j))
	}
	c.ADDQ(imm(4*d), q)
	c.ADDQ(imm(4*Cols), s)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}

// pvAVX2 emits the AVX2 pv<DV>: one row at a time, DV/8 ymm accumulators;
// masked, pvm<DV>, which skips a key whose P is +0 with a branch (one row
// at a time, one test per key).
func pvAVX2(c *build.Context, dv int, e Elem, masked, decode bool) {
	name, of := PVNameAVX2(dv), PVName(dv)
	switch {
	case decode:
		name, of = PVDecodeNameAVX2(dv, e, masked), PVDecodeName(dv, e, masked)
	case masked:
		name, of = PVMaskedNameAVX2(dv), PVMaskedName(dv)
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(fmt.Sprintf("func(acc, p *float32, v *%s, rows, cols int)", e.goType()))
	c.Doc(name + " is " + of + " for AVX2.")
	acc := c.Load(c.Param("acc"), c.GP64())
	p := c.Load(c.Param("p"), c.GP64())
	rows := c.Load(c.Param("rows"), c.GP64())
	vecs := dv / 8
	rowLoop, done := name+"_row", name+"_done"
	c.Commentf("P·V one row at a time, acc[r, 0:%d] in chunks of at most 96 columns.", dv)
	c.Label(rowLoop)
	c.TESTQ(rows, rows)
	c.JZ(operand.LabelRef(done))
	// Value columns in chunks of at most 12 ymm accumulators.
	for c0 := 0; c0 < vecs; c0 += 12 {
		n := min(12, vecs-c0)
		a := make([]reg.VecVirtual, n)
		for j := range a {
			a[j] = c.YMM()
			c.VMOVUPS(mem(acc, 4*8*(c0+j)), a[j])
		}
		v := c.Load(c.Param("v"), c.GP64())
		pp := c.GP64()
		c.MOVQ(p, pp)
		k := c.Load(c.Param("cols"), c.GP64())
		loop, end := fmt.Sprintf("%s_c%d", name, c0), fmt.Sprintf("%s_e%d", name, c0)
		skip := fmt.Sprintf("%s_s%d", name, c0)
		c.Commentf("acc[r, %d:%d] += P[r, c] · V[c, %d:%d] for each key c < cols.", 8*c0, 8*(c0+n), 8*c0, 8*(c0+n))
		c.Label(loop)
		c.TESTQ(k, k)
		c.JZ(operand.LabelRef(end))
		if decode && c0 == 0 {
			prefetch(c, v, dv*e.size())
		}
		if masked {
			bits := c.GP32()
			c.MOVL(mem(pp, 0), bits)
			c.TESTL(bits, bits)
			c.JZ(operand.LabelRef(skip)) // P = +0: masked
		}
		bc := c.YMM()
		c.VBROADCASTSS(mem(pp, 0), bc)
		for j := range a {
			if e == F32 {
				c.VFMADD231PS(mem(v, 4*8*(c0+j)), bc, a[j])
				continue
			}
			x := c.YMM()
			loadElem(c, e, mem(v, e.size()*8*(c0+j)), x)
			c.VFMADD231PS(x, bc, a[j])
		}
		if masked {
			c.Label(skip)
		}
		c.ADDQ(imm(e.size()*dv), v)
		c.ADDQ(imm(4), pp)
		c.DECQ(k)
		c.JMP(operand.LabelRef(loop))
		c.Label(end)
		for j := range a {
			c.VMOVUPS(a[j], mem(acc, 4*8*(c0+j)))
		}
	}
	c.ADDQ(imm(4*dv), acc)
	c.ADDQ(imm(4*Cols), p)
	c.DECQ(rows)
	c.JMP(operand.LabelRef(rowLoop))
	c.Label(done)
	c.VZEROUPPER()
	c.RET()
}

// expAVX2 emits the AVX2 exp64: 2^n is built in the exponent bits
// ((n + 127) << 23) since VSCALEFPS is AVX-512; inputs clamp at −126 so
// the exponent stays normal, and results of inputs at or below −126 (in
// log2 units: masked -inf included) are then cleared to 0, as exp64's
// are, so that callers need not clear masked cells; NaN stays NaN, as in
// exp64.
func expAVX2(c *build.Context) {
	c.Function(ExpNameAVX2)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, m float32) float32")
	c.Doc(ExpNameAVX2 + " is " + ExpName + " for AVX2.")
	c.Comment("Softmax exp: m, log₂e, the clamp at −126 and the exponent bias in every lane.")
	s := c.Load(c.Param("s"), c.GP64())
	m := c.YMM()
	c.VBROADCASTSS(paramAddr(c, "m"), m)
	tmp := c.GP32()
	bcast := func(x float64) reg.VecVirtual {
		r, x32 := c.YMM(), c.XMM()
		c.MOVL(operand.U32(f32bits(x)), tmp)
		c.MOVD(tmp, x32)
		c.VBROADCASTSS(x32, r)
		return r
	}
	log2e, lo := bcast(1.4426950408889634), bcast(-126)
	bias := c.YMM()
	c.MOVL(operand.U32(127), tmp)
	bx := c.XMM()
	c.MOVD(tmp, bx)
	c.VPBROADCASTD(bx, bias)
	sum := c.YMM()
	c.VXORPS(sum, sum, sum)
	for j := range 8 {
		c.Commentf("s[%d:%d] = exp(s − m) as exp64's, 2^n built in the exponent bits, 0 for x ≤ −126; sum += it.", 8*j, 8*j+8)
		x, n, f, p, e := c.YMM(), c.YMM(), c.YMM(), c.YMM(), c.YMM()
		c.VMOVUPS(mem(s, 32*j), x)
		c.VSUBPS(m, x, x)
		c.VMULPS(log2e, x, x)
		keep := c.YMM()
		c.VCMPPS(operand.U8(0x16), lo, x, keep) // !(x ≤ −126) (NLE_UQ: true for NaN)
		c.VMAXPS(x, lo, x)                      // NaN stays
		c.VROUNDPS(operand.U8(0), x, n)         // round to nearest
		c.VSUBPS(n, x, f)
		c.VMOVAPS(bcastCoef(c, tmp, len(exp2Coeffs)-1), p)
		for i := len(exp2Coeffs) - 2; i >= 0; i-- {
			c.VFMADD213PS(bcastCoef(c, tmp, i), f, p)
		}
		c.VCVTPS2DQ(n, e)
		c.VPADDD(bias, e, e)
		c.VPSLLD(operand.U8(23), e, e)
		c.VMULPS(e, p, p)
		c.VANDPS(keep, p, p)
		c.VMOVUPS(p, mem(s, 32*j))
		c.VADDPS(p, sum, sum)
	}
	c.Comment("Return the sum of the lanes, 8 → 4 → 2 → 1: the row's share of ℓ.")
	returnHSum(c, sum)
}

// bcastCoef broadcasts polynomial coefficient i into a fresh ymm.
func bcastCoef(c *build.Context, tmp reg.GPVirtual, i int) reg.VecVirtual {
	r, x := c.YMM(), c.XMM()
	c.MOVL(operand.U32(f32bits(float64(exp2Coeffs[i]))), tmp)
	c.MOVD(tmp, x)
	c.VBROADCASTSS(x, r)
	return r
}

// QKBF16Name names the bf16 qk kernel for head dim d.
func QKBF16Name(d int) string { return fmt.Sprintf("qkbf%dAVX512", d) }

// qkBF16 emits qkbf<D>(s *float32, q, kt *uint16, rows int, scale float32):
// S[r, 0:64] = scale · Σ_l Q[r, l]·Kᵀ[l, 0:64] on bf16 inputs with
// VDPBF16PS, two products per lane and instruction. Q is [rows][D] bf16;
// Kᵀ is [D/2][64][2] bf16 (each column's pairs (l, l+1) adjacent, the
// layout VDPBF16PS multiplies against a broadcast pair of Q). The
// instruction is emitted as bytes (evex.go), so this kernel names physical
// registers: Z0–Z15 accumulate a 4×64 block, Z16–Z19 hold a Kᵀ row pair,
// Z20 the broadcast Q pair.
func qkBF16(c *build.Context, d int) {
	name := QKBF16Name(d)
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr("func(s *float32, q, kt *uint16, rows int, scale float32)")
	c.Doc(name + " computes " + QKName(d) + "'s product on bf16 inputs with VDPBF16PS.")
	s, q, kt, rows := reg.RAX, reg.RCX, reg.RDX, reg.RBX
	c.Load(c.Param("s"), s)
	c.Load(c.Param("q"), q)
	c.Load(c.Param("kt"), kt)
	c.Load(c.Param("rows"), rows)
	z := func(i int) reg.Register { return zmm[i] }
	scale := z(21)
	c.VBROADCASTSS(paramAddr(c, "scale"), scale)
	dp := func(dst, src1, src2 int) {
		for _, b := range VDPBF16PSReg(dst, src1, src2) {
			c.Instruction(&ir.Instruction{Opcode: "BYTE", Operands: []operand.Op{operand.U8(b)}})
		}
	}
	for _, rb := range []int{4, 1} {
		lbl, next := fmt.Sprintf("%s_rows%d", name, rb), name+"_rows1"
		if rb == 1 {
			next = name + "_done"
		}
		c.Commentf("Q·Kᵀ on bf16 pairs, %d row(s) at a time: for each pair of head dims l, l+1 < %d, the", rb, d)
		c.Commentf("Kᵀ row pair (Z16–Z19) times the broadcast Q pair (Z20), Z0–Z%d accumulating.", 4*rb-1)
		c.Label(lbl)
		c.CMPQ(rows, imm(rb))
		c.JL(operand.LabelRef(next))
		for i := range 4 * rb {
			c.VXORPS(z(i), z(i), z(i))
		}
		for l := 0; l < d; l += 2 {
			for j := range 4 {
				c.VMOVUPS(mem(kt, 2*(l/2*2*Cols)+64*j), z(16+j))
			}
			for r := range rb {
				c.VPBROADCASTD(mem(q, 2*(r*d+l)), z(20))
				for j := range 4 {
					dp(4*r+j, 20, 16+j)
				}
			}
		}
		c.Comment("S rows = scale · the accumulators, ±Inf made NaN (Z22); the next rows.")
		for r := range rb {
			for j := range 4 {
				c.VMULPS(scale, z(4*r+j), z(4*r+j))
				overflowToNaN(c, z(4*r+j), z(22))
				c.VMOVUPS(z(4*r+j), mem(s, 4*(r*Cols+16*j)))
			}
		}
		c.ADDQ(imm(2*rb*d), q)
		c.ADDQ(imm(4*rb*Cols), s)
		c.SUBQ(imm(rb), rows)
		c.JMP(operand.LabelRef(lbl))
	}
	c.Label(name + "_done")
	c.VZEROUPPER()
	c.RET()
}

var zmm = []reg.Register{
	reg.Z0, reg.Z1, reg.Z2, reg.Z3, reg.Z4, reg.Z5, reg.Z6, reg.Z7, reg.Z8, reg.Z9, reg.Z10, reg.Z11,
	reg.Z12, reg.Z13, reg.Z14, reg.Z15, reg.Z16, reg.Z17, reg.Z18, reg.Z19, reg.Z20, reg.Z21, reg.Z22,
}

// GenerateConvert returns the Go assembly and stubs of the runtime's f16
// conversion loops (F16C on ymm, so AVX2 machines have them too):
//
//   - f16ToF32F16C(dst *float32, src *uint16, n int) bool converts n f16
//     (a multiple of 16) with VCVTPH2PS, exact for every finite value and
//     infinity, and reports whether any input was an infinity or a NaN —
//     VCVTPH2PS quiets signalling NaNs, so the caller redoes those ranges;
//   - f32ToF16F16C(dst *uint16, src *float32, n int) bool rounds n float32
//     (a multiple of 16) to nearest even with VCVTPS2PH and reports
//     whether any input was an infinity or a NaN, for the same reason.
func GenerateConvert(pkg string) (asm, stubs []byte, err error) {
	c := build.NewContext()
	c.ConstraintExpr("amd64")
	convertLoop(c, true)
	convertLoop(c, false)
	return emit(c, pkg)
}

// convertLoop emits one of GenerateConvert's loops: 16 elements per
// iteration, the special-value test as an OR of lane compares.
func convertLoop(c *build.Context, load bool) {
	name, sig, doc := "f32ToF16F16C", "func(dst *uint16, src *float32, n int) bool",
		"f32ToF16F16C rounds n float32 (a multiple of 16) to f16 and reports whether any was an infinity or a NaN."
	if load {
		name, sig, doc = "f16ToF32F16C", "func(dst *float32, src *uint16, n int) bool",
			"f16ToF32F16C widens n f16 (a multiple of 16) to float32 and reports whether any was an infinity or a NaN."
	}
	c.Function(name)
	c.Attributes(attr.NOSPLIT)
	c.SignatureExpr(sig)
	c.Doc(doc)
	dst := c.Load(c.Param("dst"), c.GP64())
	src := c.Load(c.Param("src"), c.GP64())
	n := c.Load(c.Param("n"), c.GP64())
	tmp := c.GP32()
	mask, mx, special := c.YMM(), c.XMM(), c.YMM()
	if load {
		c.MOVL(operand.U32(0x7c007c00), tmp) // f16 exponent bits, two lanes
	} else {
		c.MOVL(operand.U32(0x7f800000), tmp) // f32 exponent bits
	}
	c.MOVD(tmp, mx)
	c.VPBROADCASTD(mx, mask)
	c.VPXOR(special, special, special)
	loop, done := name+"_loop", name+"_done"
	c.Label(loop)
	c.CMPQ(n, imm(16))
	c.JL(operand.LabelRef(done))
	if load {
		x, e := c.YMM(), c.YMM()
		c.VMOVDQU(mem(src, 0), x)
		c.VPAND(mask, x, e)
		c.VPCMPEQW(mask, e, e)
		c.VPOR(e, special, special)
		lo, hi := c.YMM(), c.YMM()
		c.VCVTPH2PS(mem(src, 0), lo)
		c.VCVTPH2PS(mem(src, 16), hi)
		c.VMOVUPS(lo, mem(dst, 0))
		c.VMOVUPS(hi, mem(dst, 32))
		c.ADDQ(imm(32), src)
		c.ADDQ(imm(64), dst)
	} else {
		for j := range 2 {
			x, e, h := c.YMM(), c.YMM(), c.XMM()
			c.VMOVUPS(mem(src, 32*j), x)
			c.VPAND(mask, x, e)
			c.VPCMPEQD(mask, e, e)
			c.VPOR(e, special, special)
			c.VCVTPS2PH(operand.U8(0), x, h) // round to nearest even
			c.VMOVDQU(h, mem(dst, 16*j))
		}
		c.ADDQ(imm(64), src)
		c.ADDQ(imm(32), dst)
	}
	c.SUBQ(imm(16), n)
	c.JMP(operand.LabelRef(loop))
	c.Label(done)
	r := c.GP8()
	c.VPTEST(special, special)
	c.SETNE(r)
	c.Store(r, c.ReturnIndex(0))
	c.VZEROUPPER()
	c.RET()
}
