package golang

import (
	"fmt"
	"strings"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// kernelStep emits the Run side of an attention tile program (sizes, the
// state the items read, the parallel loop) and, as package-level
// declarations, its item function: one (head, query tile) with the key-tile
// loop, the online softmax and the early exit, specialised on the body's
// constants. It returns the Go expression of 2·(d+dv), the flops of a pair.
func (g *gen) kernelStep(p *tile.Program, T string, i int, s *tile.Step, index, steps map[*tile.Buffer]int) (string, error) {
	q, k, v := s.Args[0], s.Args[1], s.Args[2]
	for _, b := range []*tile.Buffer{q, k, v} {
		if _, ok := index[b]; !ok {
			return "", fmt.Errorf("kernel %s: attention operands must be parameters", p.Name)
		}
		if b.Type.Rank() != 3 || b.Type.Shape[2].Sym != "" {
			return "", fmt.Errorf("kernel %s: %s is %s; the Go backend needs [heads, seq, fixed dim]", p.Name, b.Ref(), b.Type)
		}
	}
	for _, op := range s.Body {
		if !Handles[op.Code] {
			return "", fmt.Errorf("%s: kernel %s: the Go backend has no lowering for tile op %s", s.Pos, p.Name, op.Code)
		}
	}
	grid := s.Find(tile.Grid)
	kv := s.Find(tile.LoadKV)
	bq, bk := grid.Int("tiles"), kv.Int("rows")
	d, dv := kv.Int("dim"), kv.Int("dimv")
	gather := kv.Attrs["gather"] == true
	list := s.Find(tile.LoopList) != nil
	st := fmt.Sprintf("x.st%d", i)
	qs, _ := argExpr(q, index, steps)
	ks, _ := argExpr(k, index, steps)
	vs, _ := argExpr(v, index, steps)
	g.line("\t%s.h, %s.m, %s.n = %s, %s, %s", st, st, st, dimExpr(q.Type.Shape[0]), dimExpr(q.Type.Shape[1]), dimExpr(k.Type.Shape[1]))
	g.line("\t%s.group = %s.h / %s", st, st, dimExpr(k.Type.Shape[0]))
	g.line("\t%s.nq, %s.nk = (%s.m+%d)/%d, (%s.n+%d)/%d", st, st, st, bq-1, bq, st, bk-1, bk)
	g.line("\t%s.q, %s.k, %s.v = %s, %s, %s", st, st, st, qs, ks, vs)
	bf16 := q.Type.DType == ir.BF16 && k.Type.DType == ir.BF16 && d%2 == 0 && bk <= 64 && dv%16 == 0
	if bf16 {
		g.line("\t%s.q16, %s.k16 = runtime.BF16View(%s), runtime.BF16View(%s)", st, st, argName(q.Name), argName(k.Name))
	}
	if list {
		e, _ := argExpr(s.Args[3], index, steps)
		g.line("\t%s.list = %s", st, e)
	}
	if gather {
		e, _ := argExpr(s.Args[4], index, steps)
		g.line("\t%s.perm = %s", st, e)
		g.line("\t%s.segment = %s.m / %s", st, st, dimExpr(s.Args[4].Type.Shape[1]))
		// segment is a compile-time attribute of the permutation; recover it
		// exactly from the permute step.
		for _, other := range p.Steps {
			if other.Out == s.Args[4] {
				g.line("\t%s.segment = %d", st, other.Attrs["segment"].(int))
			}
		}
		g.line("\t%s.ns = (%s.m + %s.segment - 1) / %s.segment", st, st, st, st)
	}
	g.line("\tif cap(x.buf%d) < %s.h*%s.m*%d {", i, st, st, dv)
	g.line("\t\tx.buf%d = make([]float32, %s.h*%s.m*%d)", i, st, st, dv)
	g.line("\t}")
	g.line("\tx.buf%d = x.buf%d[:%s.h*%s.m*%d]", i, i, st, st, dv)
	g.line("\t%s.out = x.buf%d", st, i)
	g.line("\tfor _, w := range x.exec.Workers() {")
	g.line("\t\tw.ResetCounters(%s.h)", st)
	g.line("\t}")
	g.line("\tif len(%s.allowed) != %s.h*%s.nq || %s.allowedFor != [3]int{%s.h, %s.m, %s.n} {", st, st, st, st, st, st, st)
	g.line("\t\t%s.allowed = make([]int64, %s.h*%s.nq)", st, st, st)
	g.line("\t\t%s.cls = make([]sparse.Class, %s.h*%s.nq*%s.nk)", st, st, st, st)
	g.line("\t\t%s.pmask = make([][]uint64, %s.h*%s.nq)", st, st, st)
	g.line("\t\tfor t := range %s.allowed {", st)
	g.line("\t\t\t%s.allowed[t] = -1", st)
	g.line("\t\t}")
	g.line("\t\t%s.allowedFor = [3]int{%s.h, %s.m, %s.n}", st, st, st, st)
	g.line("\t}")
	transpose, fastComp := prepares(s, bk, d, dv)
	if transpose || fastComp {
		// Per KV head and key tile, once per run instead of once per query
		// tile: Kᵀ for the AVX-512 Q·Kᵀ kernel, and the mean key and value
		// sum that fast compensation reads.
		g.line("	{")
		g.line("\t\tnkv := %s.h / %s.group", st, st)
		if transpose {
			g.line("\t\t%s.kT = %s.kT[:0]", st, st)
			g.line("\t\tif %s != nil {", simdName("qk", d))
			g.line("\t\t\tif cap(%s.kT) < nkv*%s.nk*%d {", st, st, d*64)
			g.line("\t\t\t\t%s.kT = make([]float32, nkv*%s.nk*%d)", st, st, d*64)
			g.line("\t\t\t}")
			g.line("\t\t\t%s.kT = %s.kT[:nkv*%s.nk*%d]", st, st, st, d*64)
			g.line("\t\t}")
		}
		if fastComp {
			g.line("\t\tif cap(%s.kbar) < nkv*%s.nk*%d {", st, st, d)
			g.line("\t\t\t%s.kbar = make([]float32, nkv*%s.nk*%d)", st, st, d)
			g.line("\t\t\t%s.vsum = make([]float32, nkv*%s.nk*%d)", st, st, dv)
			g.line("\t\t}")
			g.line("\t\t%s.kbar, %s.vsum = %s.kbar[:nkv*%s.nk*%d], %s.vsum[:nkv*%s.nk*%d]", st, st, st, st, d, st, st, dv)
			g.line("\t\tif nkT := nkv * (%s.nk + 63) / 64 * %d; cap(%s.kbarT) < nkT {", st, d*64, st)
			g.line("\t\t\t%s.kbarT = make([]float32, nkT)", st)
			g.line("\t\t}")
			g.line("\t\t%s.kbarT = %s.kbarT[:nkv*((%s.nk+63)/64)*%d]", st, st, st, d*64)
		}
		g.line("\t\tif err := x.exec.Parallel(ctx, nkv*%s.nk, x.prep%d); err != nil {", st, i)
		g.line("\t\t\treturn runtime.Stats{}, err")
		g.line("\t\t}")
		g.line("\t}")
	}
	g.line("\tif err := x.exec.Parallel(ctx, %s.h*%s.nq, x.item%d); err != nil {", st, st, i)
	g.line("\t\treturn runtime.Stats{}, err")
	g.line("\t}")
	g.attentionDecls(T, i, s, bq, bk, d, dv, gather, list)
	if transpose || fastComp {
		g.prepareDecl(T, i, s, bk, d, dv, transpose, fastComp)
	}
	return fmt.Sprint(2 * (d + dv)), nil
}

// maxCachedPartial is how many partial tiles per query tile keep their
// allowed keys as bits (causal has one, a window two).
const maxCachedPartial = 16

// prepares reports what a kernel step prepares per KV head and key tile
// before its items run: the transposed key tiles (the AVX-512 f32 Q·Kᵀ
// path reading keys in place: no gather, no bf16 kernel) and the tile
// means of fast compensation.
func prepares(s *tile.Step, bk, d, dv int) (transpose, fastComp bool) {
	gather := s.Find(tile.LoadKV).Attrs["gather"] == true
	simd := bk <= 64 && dv%16 == 0
	bf16 := simd && s.Args[0].Type.DType == ir.BF16 && s.Args[1].Type.DType == ir.BF16 && d%2 == 0
	c := s.Find(tile.Compensate)
	return simd && !bf16 && !gather, c != nil && c.Int("order") == 0 && !gather && s.Find(tile.Mod) == nil
}

// prepareDecl writes the function that prepares one (KV head, key tile)
// item of kernel step i.
func (g *gen) prepareDecl(T string, i int, s *tile.Step, bk, d, dv int, transpose, fastComp bool) {
	w := func(format string, args ...any) { g.decl("\t"+format, args...) }
	g.decl("")
	g.decl("// prepare%d readies one (KV head, key tile) item of step %s for its", i, s.Out.Ref())
	g.decl("// items, once per run instead of once per query tile.")
	g.decl("func (x *%s) prepare%d(w *runtime.Worker, item int) {", T, i)
	w("const bk, d, dv = %d, %d, %d", bk, d, dv)
	w("st := &x.st%d", i)
	w("kv, J := item/st.nk, item%%st.nk")
	w("k0, k1 := J*bk, min((J+1)*bk, st.n)")
	w("cols := k1 - k0")
	w("kt := st.k[(kv*st.n+k0)*d : (kv*st.n+k1)*d]")
	// One pass over the tile's keys, row by row: each key row is read once
	// (contiguously) for the transpose and the mean.
	if transpose {
		w("var ktT []float32")
		w("if len(st.kT) > 0 {")
		w("\tktT = st.kT[(kv*st.nk+J)*d*64 : (kv*st.nk+J+1)*d*64]")
		w("\tfor l := 0; l < d && cols < 64; l++ {")
		w("\t\tclear(ktT[l*64+cols : l*64+64])")
		w("\t}")
		w("}")
	}
	if fastComp {
		w("kb := st.kbar[(kv*st.nk+J)*d : (kv*st.nk+J+1)*d]")
		w("vb := st.vsum[(kv*st.nk+J)*dv : (kv*st.nk+J+1)*dv]")
		w("clear(kb)")
		w("clear(vb)")
		w("vt := st.v[(kv*st.n+k0)*dv : (kv*st.n+k1)*dv]")
		// Dividing by a power of two is multiplying by its inverse, exactly.
		w("pow2 := cols&(cols-1) == 0")
		w("inv := 1 / float32(cols)")
	}
	// Full tiles go to the AVX-512 kernels when the CPU has them; the loop
	// below does the rest (the same sums to the bit: colsum adds in row
	// order from +0, a rounded product before each add).
	tr := transpose && bk == 64 && d%16 == 0
	sum := fastComp && g.needQK[d] && d%16 == 0 && dv%16 == 0 && d <= 256 && dv <= 256
	if tr {
		g.needTr[d] = true
		w("if ktT != nil && cols == 64 && %s != nil {", simdName("transpose", d))
		w("\t%s(&ktT[0], &kt[0])", simdName("transpose", d))
		w("\tktT = nil")
		w("}")
	}
	if sum {
		g.needSum[d], g.needSum[dv] = true, true
		w("summed := false")
		cond := simdName("colsum", d) + " != nil"
		if dv != d {
			cond += " && " + simdName("colsum", dv) + " != nil"
		}
		w("if %s && pow2 {", cond)
		w("\t%s(&kb[0], &kt[0], cols, inv)", simdName("colsum", d))
		w("\t%s(&vb[0], &vt[0], cols, 1)", simdName("colsum", dv))
		w("\tsummed = true")
		w("}")
	}
	w("for j := 0; j < cols; j++ {")
	w("\tkr := kt[j*d : j*d+d]")
	if transpose {
		w("\tif ktT != nil {")
		w("\t\tfor l, y := range kr {")
		w("\t\t\tktT[l*64+j] = y")
		w("\t\t}")
		w("\t}")
	}
	if fastComp {
		if sum {
			w("\tif summed {")
			w("\t\tcontinue")
			w("\t}")
		}
		w("\tif pow2 {")
		w("\t\tfor t, y := range kr {")
		w("\t\t\tkb[t] += float32(y * inv)")
		w("\t\t}")
		w("\t} else {")
		w("\t\tfor t, y := range kr {")
		w("\t\t\tkb[t] += y / float32(cols)")
		w("\t\t}")
		w("\t}")
		w("\tfor t, y := range vt[j*dv : j*dv+dv] {")
		w("\t\tvb[t] += y")
		w("\t}")
	}
	w("}")
	if fastComp {
		w("kbT := st.kbarT[(kv*((st.nk+63)/64)+J/64)*d*64:]")
		w("for l, y := range kb {")
		w("\tkbT[l*64+J%%64] = y")
		w("}")
	}
	g.decl("}")
}

// Handles lists the tile ops the Go backend emits code for. A test checks
// that every op of the tile IR is here, so a new tile op cannot be added
// without teaching this backend.
var Handles = map[tile.Code]bool{
	tile.Grid: true, tile.LoadQ: true, tile.LoopDense: true, tile.LoopList: true, tile.LoadKV: true,
	tile.MatmulQK: true, tile.Mod: true, tile.Mask: true, tile.SoftmaxOnline: true, tile.MatmulPV: true,
	tile.EarlyExit: true, tile.EndLoop: true, tile.Compensate: true, tile.Store: true,
}

// attentionDecls writes the state type, the mask and mod functions and the
// item function of kernel step i.
func (g *gen) attentionDecls(T string, i int, s *tile.Step, bq, bk, d, dv int, gather, list bool) {
	name := fmt.Sprintf("attn%s%d", T, i)
	mask := s.Find(tile.Mask)
	mod := s.Find(tile.Mod)
	exit := s.Find(tile.EarlyExit)
	comp := s.Find(tile.Compensate)
	scale := s.Find(tile.MatmulQK).Float("scale")
	g.decl("")
	g.decl("// %s is what the items of step %s read.", name, s.Out.Ref())
	g.decl("type %s struct {", name)
	g.decl("\th, m, n, group, nq, nk int")
	g.decl("\tq, k, v, out         []float32")
	g.decl("\tlist                 []int32 // [h, nq, 2, nk]")
	g.decl("\tperm                 []int32 // [h, ns, n]")
	g.decl("\tsegment, ns          int")
	g.decl("\tkbar, vsum           []float32 // per KV head and key tile: mean key, value sum")
	g.decl("\tkT                   []float32 // per KV head and key tile: Kᵀ [d][64], zero-padded")
	g.decl("\tallowed              []int64   // per item: the pairs the mask allows (-1: not counted yet)")
	g.decl("\tallowedFor           [3]int    // the h, m, n allowed was counted for")
	g.decl("\tcls                  []sparse.Class // per item and key tile: the mask's class")
	g.decl("\tpmask                [][]uint64     // per item: partial tiles' allowed keys (see allowedPairs)")
	g.decl("\tkbarT                []float32 // per KV head and 64 key tiles: their mean keys transposed [d][64]")
	g.decl("\tq16, k16             []uint16  // raw bf16 inputs, for the VDPBF16PS kernel")
	g.decl("}")
	var maskExpr *ir.Expr
	if mask != nil {
		maskExpr = mask.Expr("expr")
	}
	g.decl("")
	g.decl("// %sMask is the mask of step %s, compiled for tile classification.", name, s.Out.Ref())
	g.decl("var %sMask = %s", name, programLiteral(maskExpr))
	g.decl("")
	g.decl("// %sAllowed reports whether the mask allows query qi and key ki of head h.", name)
	g.decl("func %sAllowed(qi, ki, h float64) bool {", name)
	if maskExpr == nil {
		g.decl("\treturn true")
	} else {
		g.decl("\treturn %s != 0", goExpr(maskExpr))
	}
	g.decl("}")
	if mod != nil {
		g.decl("")
		g.decl("// %sMod is the score modification of step %s.", name, s.Out.Ref())
		g.decl("func %sMod(s, qi, ki, h float64) float64 {", name)
		g.decl("\treturn %s", goExpr(mod.Expr("expr")))
		g.decl("}")
	}
	// The allowed-pair count of a query tile over all keys: classification
	// per tile, the compiled mask inside cut tiles.
	g.decl("")
	g.decl("// allowedPairs counts the pairs the mask allows for queries [q0, q1) of")
	g.decl("// head h over all keys. It also writes the class of every key tile into")
	g.decl("// cls and, for up to %d partial tiles, appends to pm their J and 64 words:", maxCachedPartial)
	g.decl("// per query row, bit c set when key c of the tile is allowed.")
	g.decl("func (st *%s) allowedPairs(h, q0, q1 int, cls []sparse.Class, pm *[]uint64) int64 {", name)
	g.decl("\tvar n int64")
	g.decl("\t*pm = (*pm)[:0]")
	g.decl("\tfor J := 0; J < st.nk; J++ {")
	g.decl("\t\tk0, k1 := J*%d, min((J+1)*%d, st.n)", bk, bk)
	g.decl("\t\tcls[J] = %sMask.Classify(h, q0, q1-1, k0, k1-1)", name)
	g.decl("\t\tswitch cls[J] {")
	g.decl("\t\tcase sparse.Empty:")
	g.decl("\t\tcase sparse.Full:")
	g.decl("\t\t\tn += int64((q1 - q0) * (k1 - k0))")
	g.decl("\t\tdefault:")
	g.decl("\t\t\tkeep := k1-k0 <= 64 && len(*pm) < %d*65", maxCachedPartial)
	g.decl("\t\t\tif keep {")
	g.decl("\t\t\t\t*pm = append(*pm, uint64(J))")
	g.decl("\t\t\t}")
	g.decl("\t\t\tfor i := q0; i < max(q1, q0+64); i++ {")
	g.decl("\t\t\t\tvar word uint64")
	g.decl("\t\t\t\tfor j := k0; j < k1 && i < q1; j++ {")
	g.decl("\t\t\t\t\tif %sAllowed(float64(i), float64(j), float64(h)) {", name)
	g.decl("\t\t\t\t\t\tn++")
	g.decl("\t\t\t\t\t\tword |= 1 << uint(j-k0)")
	g.decl("\t\t\t\t\t}")
	g.decl("\t\t\t\t}")
	g.decl("\t\t\t\tif keep && i < q0+64 {")
	g.decl("\t\t\t\t\t*pm = append(*pm, word)")
	g.decl("\t\t\t\t}")
	g.decl("\t\t\t}")
	g.decl("\t\t}")
	g.decl("\t}")
	g.decl("\treturn n")
	g.decl("}")

	w := func(format string, args ...any) { g.decl("\t"+format, args...) }
	g.decl("")
	g.decl("// attention%d computes one (head, query tile) item of step %s: %s.", i, s.Out.Ref(), bodySummary(s))
	g.decl("func (x *%s) attention%d(w *runtime.Worker, item int) {", T, i)
	w("const bq, bk, d, dv = %d, %d, %d, %d", bq, bk, d, dv)
	// Score rows are 64 floats apart when a tile fits the AVX-512 kernels
	// (which work on 64 keys), else bk.
	ss := bk
	simd := bk <= 64 && dv%16 == 0
	if simd {
		ss = 64
		g.needQK[d], g.needPV[dv] = true, true
	}
	bf16 := simd && s.Args[0].Type.DType == ir.BF16 && s.Args[1].Type.DType == ir.BF16 && d%2 == 0
	if bf16 {
		g.needBF[d] = true
	}
	w("const ss = %d", ss)
	if simd {
		w("simd := %s != nil", simdName("qk", d))
	} else {
		w("const simd = false")
	}
	w("const scale = float32(%s)", goFloat(scale))
	w("st := &x.st%d", i)
	w("h, I := item/st.nq, item%%st.nq")
	w("q0 := I * bq")
	w("rows := min(bq, st.m-q0)")
	w("kvh := h / st.group")
	w("Q := st.q[(h*st.m+q0)*d : (h*st.m+q0+rows)*d]")
	w("K := st.k[kvh*st.n*d : (kvh+1)*st.n*d]")
	w("V := st.v[kvh*st.n*dv : (kvh+1)*st.n*dv]")
	w("S := w.F32(0, bq*ss)")
	w("acc := w.F32(1, bq*dv)")
	w("clear(acc)")
	w("mrow, lrow, delta := w.F32(2, bq), w.F32(3, bq), w.F32(4, bq)")
	w("for r := range rows {")
	w("\tmrow[r], lrow[r] = float32(math.Inf(-1)), 0")
	w("}")
	// The mask's classes of the item's (physical) key tiles and its allowed
	// pairs depend only on the shape: counted on the first run.
	w("cl := st.cls[item*st.nk : (item+1)*st.nk]")
	w("if st.allowed[item] < 0 {")
	w("\tst.allowed[item] = st.allowedPairs(h, q0, q0+rows, cl, &st.pmask[item])")
	w("}")
	w("keys := w.I32(0, bk)")
	if gather {
		w("kt, vt := w.F32(5, bk*d), w.F32(6, bk*dv)")
	}
	w("c := &w.Heads[h]")
	w("hf := float64(h)")
	w("_ = hf")
	if gather {
		w("prow := st.perm[(h*st.ns+I*bq/st.segment)*st.n : (h*st.ns+I*bq/st.segment+1)*st.n]")
	}
	// The loop header: the list, or every tile the mask does not empty.
	if list {
		w("base := (h*st.nq + I) * 2 * st.nk")
		w("forced := 0")
		w("for t := 0; t < st.nk && st.list[base+t] >= 0; t++ {")
		w("\tif st.list[base+st.nk+t] != 0 {")
		w("\t\tforced++")
		w("\t}")
		w("}")
		w("n := 0")
		w("for n < st.nk && st.list[base+n] >= 0 {")
		w("\tn++")
		w("}")
		w("visited := 0")
		w("for idx := 0; idx < n; idx++ {")
		w("\tJ := int(st.list[base+idx])")
	} else {
		w("for J := 0; J < st.nk; J++ {")
	}
	w("\tk0, k1 := J*bk, min((J+1)*bk, st.n)")
	w("\tcols := k1 - k0")
	if gather {
		w("\tfor cc := 0; cc < cols; cc++ {")
		w("\t\tj := prow[k0+cc]")
		w("\t\tkeys[cc] = j")
		w("\t\tcopy(kt[cc*d:(cc+1)*d], K[int(j)*d:(int(j)+1)*d])")
		w("\t\tcopy(vt[cc*dv:(cc+1)*dv], V[int(j)*dv:(int(j)+1)*dv])")
		w("\t}")
		w("\tkmin, kmax := keys[0], keys[0]")
		w("\tfor _, j := range keys[:cols] {")
		w("\t\tkmin, kmax = min(kmin, j), max(kmax, j)")
		w("\t}")
		w("\tcls := %sMask.Classify(h, q0, q0+rows-1, int(kmin), int(kmax))", name)
	} else {
		w("\tkt, vt := K[k0*d:k1*d], V[k0*dv:k1*dv]")
		w("\tfor cc := 0; cc < cols; cc++ {")
		w("\t\tkeys[cc] = int32(k0 + cc)")
		w("\t}")
		w("\tcls := cl[J]")
	}
	if !list {
		w("\tif cls == sparse.Empty {")
		w("\t\tcontinue")
		w("\t}")
	} else {
		w("\tvisited++")
	}
	w("\tc.TilesVisited++")
	// matmul_qk: the AVX-512 kernel on a transposed key tile, or four
	// scalar accumulators along d.
	if simd {
		if bf16 {
			// bf16 inputs multiply as bf16 pairs (VDPBF16PS) against a
			// key tile in the pair layout [d/2][64][2].
			w("\tif bf := %s; bf != nil {", simdName("qkbf", d))
			w("\t\tktB := w.U16(0, d*64)")
			w("\t\tK16 := st.k16[kvh*st.n*d : (kvh+1)*st.n*d]")
			w("\t\tfor cc := 0; cc < cols; cc++ {")
			w("\t\t\tkr := K16[int(keys[cc])*d : int(keys[cc])*d+d]")
			w("\t\t\tfor l := 0; l < d; l += 2 {")
			w("\t\t\t\tktB[l*64+cc*2], ktB[l*64+cc*2+1] = kr[l], kr[l+1]")
			w("\t\t\t}")
			w("\t\t}")
			w("\t\tfor l := 0; l < d; l += 2 {")
			w("\t\t\tclear(ktB[l*64+cols*2 : l*64+128])")
			w("\t\t}")
			w("\t\tbf(&S[0], &st.q16[(h*st.m+q0)*d], &ktB[0], rows, scale)")
			w("\t} else if simd {")
		} else {
			w("\tif simd {")
		}
		if transpose, _ := prepares(s, bk, d, dv); transpose {
			w("\t\tktT := st.kT[(kvh*st.nk+J)*d*64 : (kvh*st.nk+J+1)*d*64]")
		} else {
			w("\t\tktT := w.F32(9, d*64)")
			w("\t\tfor l := 0; l < d; l++ {")
			w("\t\t\trow := ktT[l*64 : l*64+64]")
			w("\t\t\tfor cc := 0; cc < cols; cc++ {")
			w("\t\t\t\trow[cc] = kt[cc*d+l]")
			w("\t\t\t}")
			w("\t\t\tclear(row[cols:])")
			w("\t\t}")
		}
		w("\t\t%s(&S[0], &Q[0], &ktT[0], rows, scale)", simdName("qk", d))
		w("\t} else {")
	}
	w("\tfor r := 0; r < rows; r++ {")
	w("\t\tqr := Q[r*d : r*d+d]")
	w("\t\tsr := S[r*ss : r*ss+cols]")
	w("\t\tfor cc := range sr {")
	w("\t\t\tkr := kt[cc*d : cc*d+d]")
	w("\t\t\tvar a0, a1, a2, a3 float32")
	w("\t\t\tl := 0")
	w("\t\t\tfor ; l+4 <= d; l += 4 {")
	w("\t\t\t\ta0 += qr[l] * kr[l]")
	w("\t\t\t\ta1 += qr[l+1] * kr[l+1]")
	w("\t\t\t\ta2 += qr[l+2] * kr[l+2]")
	w("\t\t\t\ta3 += qr[l+3] * kr[l+3]")
	w("\t\t\t}")
	w("\t\t\tfor ; l < d; l++ {")
	w("\t\t\t\ta0 += qr[l] * kr[l]")
	w("\t\t\t}")
	w("\t\t\tsr[cc] = scale * ((a0 + a1) + (a2 + a3))")
	w("\t\t}")
	w("\t}")
	if simd {
		w("\t}")
	}
	// mod and mask per element; count the allowed pairs computed. A tile
	// the mask leaves full needs neither without a mod.
	if mod == nil {
		w("\tif cls == sparse.Full {")
		w("\t\tc.Computed += int64(rows * cols)")
		w("\t} else {")
	}
	// A local count: an increment through c per pair is a chain of
	// dependent stores.
	w("\tcomputed := 0")
	cached := maskExpr != nil && mod == nil && !gather && bk <= 64 && bq <= 64
	if cached {
		// The allowed keys of a partial tile were kept as bits when the
		// item's pairs were counted: mask the clear ones.
		w("\tif pm := partialMask(st.pmask[item], J); pm != nil {")
		if simd {
			// Four masked stores per row (keys past cols are -inf in
			// the SIMD rows anyway).
			w("\t\tif %s != nil {", simdName("mask", 64))
			w("\t\t\t%s(&S[0], &pm[0], rows)", simdName("mask", 64))
			w("\t\t\tfor _, b := range pm[:rows] {")
			w("\t\t\t\tcomputed += bits.OnesCount64(b)")
			w("\t\t\t}")
			w("\t\t} else {")
		}
		w("\t\tfor r := 0; r < rows; r++ {")
		w("\t\t\tsr := S[r*ss : r*ss+cols]")
		w("\t\t\tcomputed += bits.OnesCount64(pm[r])")
		w("\t\t\tfor off := ^pm[r] & (^uint64(0) >> (64 - cols)); off != 0; off &= off - 1 {")
		w("\t\t\t\tsr[bits.TrailingZeros64(off)] = float32(math.Inf(-1))")
		w("\t\t\t}")
		w("\t\t}")
		if simd {
			w("\t\t}")
		}
		w("\t} else {")
	}
	w("\tfor r := 0; r < rows; r++ {")
	w("\t\tqi := float64(q0 + r)")
	w("\t\tsr := S[r*ss : r*ss+cols]")
	w("\t\tfor cc := range sr {")
	w("\t\t\tki := float64(keys[cc])")
	w("\t\t\t_ = ki")
	if maskExpr != nil {
		w("\t\t\tif cls != sparse.Full && !%sAllowed(qi, ki, hf) {", name)
		w("\t\t\t\tsr[cc] = float32(math.Inf(-1))")
		w("\t\t\t\tcontinue")
		w("\t\t\t}")
	}
	w("\t\t\tcomputed++")
	if mod != nil {
		w("\t\t\tsr[cc] = float32(%sMod(float64(sr[cc]), qi, ki, hf))", name)
	}
	w("\t\t}")
	w("\t}")
	if cached {
		w("\t}")
	}
	w("\tc.Computed += int64(computed)")
	if mod == nil {
		w("\t}")
	}
	// online softmax and P·V: rows rescale their state in Go; exp and P·V
	// run in the AVX-512 kernels when available.
	w("\tfor r := 0; r < rows; r++ {")
	w("\t\tsr := S[r*ss : r*ss+cols]")
	if simd {
		// The kernels read whole 64-key rows: keys past the tile are -inf.
		w("\t\tvar mx float32")
		w("\t\tif simd {")
		w("\t\t\tfull := S[r*ss : r*ss+ss]")
		w("\t\t\tfor t := cols; t < ss; t++ {")
		w("\t\t\t\tfull[t] = float32(math.Inf(-1))")
		w("\t\t\t}")
		w("\t\t\tmx = %s(&full[0], mrow[r])", simdName("max", 64))
		w("\t\t} else {")
		w("\t\t\tmx = rowMax(sr, mrow[r])")
		w("\t\t}")
	} else {
		w("\t\tmx := rowMax(sr, mrow[r])")
	}
	w("\t\tdelta[r] = 0")
	w("\t\tif math.IsInf(float64(mx), -1) {")
	w("\t\t\tif simd {")
	w("\t\t\t\tclear(S[r*ss : r*ss+ss])")
	w("\t\t\t}")
	w("\t\t\tcontinue")
	w("\t\t}")
	w("\t\tar := acc[r*dv : r*dv+dv]")
	w("\t\tif mx > mrow[r] {")
	w("\t\t\tf := float32(math.Exp(float64(mrow[r] - mx)))")
	w("\t\t\tlrow[r] *= f")
	w("\t\t\tfor t := range ar {")
	w("\t\t\t\tar[t] *= f")
	w("\t\t\t}")
	w("\t\t\tmrow[r] = mx")
	w("\t\t}")
	w("\t\tvar sum float32")
	if simd {
		w("\t\tif simd {")
		w("\t\t\tsum = %s(&S[r*ss], mx)", simdName("exp", 64))
		w("\t\t\tlrow[r] += sum")
		w("\t\t\tdelta[r] = sum")
		w("\t\t\tcontinue")
		w("\t\t}")
	}
	w("\t\tfor cc, s := range sr {")
	w("\t\t\tif math.IsInf(float64(s), -1) {")
	w("\t\t\t\tcontinue")
	w("\t\t\t}")
	w("\t\t\tpv := float32(math.Exp(float64(s - mx)))")
	w("\t\t\tsum += pv")
	w("\t\t\tvr := vt[cc*dv : cc*dv+dv]")
	w("\t\t\tfor t, y := range vr {")
	w("\t\t\t\tar[t] += pv * y")
	w("\t\t\t}")
	w("\t\t}")
	w("\t\tlrow[r] += sum")
	w("\t\tdelta[r] = sum")
	w("\t}")
	if simd {
		w("\tif simd {")
		w("\t\t%s(&acc[0], &S[0], &vt[0], rows, cols)", simdName("pv", dv))
		w("\t}")
	}
	if exit != nil && list {
		w("\tif idx >= forced && idx < n-1 && stop%s(delta[:rows], lrow[:rows], %s, %v) {", T, goFloat(exit.Float("eps")), exit.Attrs["rule"] != "mean")
		w("\t\tc.EarlyStops++")
		w("\t\tbreak")
		w("\t}")
	}
	w("}")
	if comp != nil {
		if comp.Int("order") == 0 && !gather && mod == nil {
			g.fastCompensate(name, simd, d, dv, w)
		} else {
			g.compensateCode(name, comp.Int("order"), list, gather, w)
		}
	}
	w("c.Allowed += st.allowed[item]")
	w("o := st.out[(h*st.m+q0)*dv : (h*st.m+q0+rows)*dv]")
	w("for r := 0; r < rows; r++ {")
	w("\tor, ar := o[r*dv:r*dv+dv], acc[r*dv:r*dv+dv]")
	w("\tif lrow[r] == 0 {")
	w("\t\tclear(or)")
	w("\t\tcontinue")
	w("\t}")
	w("\tinv := 1 / lrow[r]")
	w("\tfor t := range or {")
	w("\t\tor[t] = ar[t] * inv")
	w("\t}")
	w("}")
	g.decl("}")
	if exit != nil && !strings.Contains(g.decls.String(), "func stop"+T+"(") {
		g.decl("")
		g.decl("// stop%s is the early-stop rule: max (or mean) over rows with ℓ > 0 of Δ/ℓ < eps,", T)
		g.decl("// in float64 as the interpreter computes it.")
		g.decl("func stop%s(delta, l []float32, eps float64, useMax bool) bool {", T)
		g.decl("\tworst, sum, n := 0.0, 0.0, 0")
		g.decl("\tfor r, dl := range delta {")
		g.decl("\t\tif l[r] == 0 {")
		g.decl("\t\t\tcontinue")
		g.decl("\t\t}")
		g.decl("\t\tq := float64(dl) / float64(l[r])")
		g.decl("\t\tworst = math.Max(worst, q)")
		g.decl("\t\tsum += q")
		g.decl("\t\tn++")
		g.decl("\t}")
		g.decl("\tif n == 0 {")
		g.decl("\t\treturn false")
		g.decl("\t}")
		g.decl("\tif useMax {")
		g.decl("\t\treturn worst < eps")
		g.decl("\t}")
		g.decl("\treturn sum/float64(n) < eps")
		g.decl("}")
	}
}

// fastCompensate emits zeroth-order compensation from the per-run tile
// means: the skipped full tiles act as keys k̄_J with values Σv_J and
// multiplicity |J|, so their scores are a Q·K̄ᵀ product and their update a
// P·V̄ product — the AVX-512 kernels when available.
func (g *gen) fastCompensate(name string, simd bool, d, dv int, w func(string, ...any)) {
	w("// compensate: every allowed, fully unmasked tile the loop skipped enters as its mean key.")
	w("if I == 0 {")
	w("\tc.CompFlops += float64(st.n * (d + dv))")
	w("}")
	// mult[J]: the multiplicity |J| of a skipped tile, 0 for the others.
	w("nkc := (st.nk + 63) / 64")
	w("mult := w.F32(12, nkc*64)")
	w("clear(mult)")
	w("for t := 0; t < visited; t++ {")
	w("\tmult[st.list[base+t]] = -1")
	w("}")
	w("skip := w.I32(1, st.nk)[:0]")
	w("for J := 0; J < st.nk; J++ {")
	w("\tif mult[J] == 0 && cl[J] == sparse.Full {")
	w("\t\tmult[J] = float32(min((J+1)*bk, st.n) - J*bk)")
	w("\t\tskip = append(skip, int32(J))")
	w("\t} else {")
	w("\t\tmult[J] = 0")
	w("\t}")
	w("}")
	w("c.CompFlops += float64(rows * len(skip) * 2 * (d + dv))")
	w("kbarH := st.kbar[kvh*st.nk*d : (kvh+1)*st.nk*d]")
	w("vsumH := st.vsum[kvh*st.nk*dv : (kvh+1)*st.nk*dv]")
	if simd {
		// 64 key tiles at a time straight from the transposed means: the
		// tiles that are not skipped score -inf and weigh 0.
		w("if simd && len(skip) > 0 {")
		w("	sb := w.F32(11, bq*64)")
		w("	last := int(skip[len(skip)-1])")
		w("	for c0 := int(skip[0]) / 64 * 64; c0 <= last; c0 += 64 {")
		w("		cnt := min(64, last+1-c0) // P·V̄ stops at the last skipped tile")
		w("		m := mult[c0 : c0+64]")
		w("		%s(&sb[0], &Q[0], &st.kbarT[(kvh*nkc+c0/64)*d*64], rows, scale)", simdName("qk", d))
		// The chunk's columns that are not skipped tiles score -inf in every
		// row: masked stores with the same bits for each row, or a loop.
		w("		off := w.I32(2, 64)[:0]")
		w("		var keep uint64")
		w("		for t, k := range m {")
		w("			if k == 0 {")
		w("				off = append(off, int32(t))")
		w("			} else {")
		w("				keep |= 1 << t")
		w("			}")
		w("		}")
		w("		if %s != nil {", simdName("mask", 64))
		w("			var pm [64]uint64")
		w("			for r := range rows {")
		w("				pm[r] = keep")
		w("			}")
		w("			%s(&sb[0], &pm[0], rows)", simdName("mask", 64))
		w("			off = off[:0]")
		w("		}")
		w("		for r := 0; r < rows; r++ {")
		w("			row := sb[r*64 : r*64+64]")
		w("			for _, t := range off {")
		w("				row[t] = float32(math.Inf(-1))")
		w("			}")
		w("			mx := %s(&row[0], mrow[r])", simdName("max", 64))
		w("			if math.IsInf(float64(mx), -1) {")
		w("				clear(row)")
		w("				continue")
		w("			}")
		w("			ar := acc[r*dv : r*dv+dv]")
		w("			if mx > mrow[r] {")
		w("				f := float32(math.Exp(float64(mrow[r] - mx)))")
		w("				lrow[r] *= f")
		w("				for t := range ar {")
		w("					ar[t] *= f")
		w("				}")
		w("				mrow[r] = mx")
		w("			}")
		w("			%s(&row[0], mx) // 0 at the -inf columns", simdName("exp", 64))
		w("			var l0, l1, l2, l3 float32")
		w("			for t := 0; t < 64; t += 4 {")
		w("				l0 += m[t] * row[t]")
		w("				l1 += m[t+1] * row[t+1]")
		w("				l2 += m[t+2] * row[t+2]")
		w("				l3 += m[t+3] * row[t+3]")
		w("			}")
		w("			lrow[r] += (l0 + l1) + (l2 + l3)")
		w("		}")
		w("		%s(&acc[0], &sb[0], &vsumH[c0*dv], rows, cnt)", simdName("pv", dv))
		w("	}")
		w("	skip = skip[:0]")
		w("}")
	}
	w("for _, J32 := range skip {")
	w("	J := int(J32)")
	w("	kb, vb := kbarH[J*d:J*d+d], vsumH[J*dv:J*dv+dv]")
	w("	cols := float32(min((J+1)*bk, st.n) - J*bk)")
	w("	for r := 0; r < rows; r++ {")
	w("		qr := Q[r*d : r*d+d]")
	w("		var dot float32")
	w("		for t, y := range kb {")
	w("			dot += qr[t] * y")
	w("		}")
	w("		sbar := scale * dot")
	w("		ar := acc[r*dv : r*dv+dv]")
	w("		if sbar > mrow[r] {")
	w("			f := float32(math.Exp(float64(mrow[r] - sbar)))")
	w("			lrow[r] *= f")
	w("			for t := range ar {")
	w("				ar[t] *= f")
	w("			}")
	w("			mrow[r] = sbar")
	w("		}")
	w("		wt := float32(math.Exp(float64(sbar - mrow[r])))")
	w("		lrow[r] += cols * wt")
	w("		for t, y := range vb {")
	w("			ar[t] += wt * y")
	w("		}")
	w("	}")
	w("}")
}

// compensateCode emits the compensation of skipped full tiles (docs/passes.md).
func (g *gen) compensateCode(name string, order int, list, gather bool, w func(string, ...any)) {
	w("// compensate: every allowed, fully unmasked tile the loop skipped enters as its mean key.")
	w("kbar, vsum := w.F32(7, d), w.F32(8, dv)")
	w("if I == 0 {")
	if order == 1 {
		w("\tc.CompFlops += float64(st.n*(d+dv)) + float64(st.n*2*d*dv)")
	} else {
		w("\tc.CompFlops += float64(st.n * (d + dv))")
	}
	w("}")
	w("for J := 0; J < st.nk; J++ {")
	if list {
		w("\tdone := false")
		w("\tfor t := 0; t < visited; t++ {")
		w("\t\tdone = done || int(st.list[base+t]) == J")
		w("\t}")
		w("\tif done {")
		w("\t\tcontinue")
		w("\t}")
	} else {
		w("\tcontinue // a dense loop skips nothing")
	}
	w("\tk0, k1 := J*bk, min((J+1)*bk, st.n)")
	w("\tcols := k1 - k0")
	if gather {
		w("\tfor cc := 0; cc < cols; cc++ {")
		w("\t\tkeys[cc] = prow[k0+cc]")
		w("\t}")
	} else {
		w("\tfor cc := 0; cc < cols; cc++ {")
		w("\t\tkeys[cc] = int32(k0 + cc)")
		w("\t}")
	}
	w("\tkmin, kmax := keys[0], keys[0]")
	w("\tvar pos float64")
	w("\tfor _, j := range keys[:cols] {")
	w("\t\tkmin, kmax = min(kmin, j), max(kmax, j)")
	w("\t\tpos += float64(j) / float64(cols)")
	w("\t}")
	w("\tif %sMask.Classify(h, q0, q0+rows-1, int(kmin), int(kmax)) != sparse.Full {", name)
	w("\t\tcontinue")
	w("\t}")
	w("\tclear(kbar)")
	w("\tclear(vsum)")
	w("\tfor _, j := range keys[:cols] {")
	w("\t\tfor t := range kbar {")
	w("\t\t\tkbar[t] += K[int(j)*d+t] / float32(cols)")
	w("\t\t}")
	w("\t\tfor t := range vsum {")
	w("\t\t\tvsum[t] += V[int(j)*dv+t]")
	w("\t\t}")
	w("\t}")
	w("\tfor r := 0; r < rows; r++ {")
	w("\t\tqr := Q[r*d : r*d+d]")
	w("\t\tvar dot float32")
	w("\t\tfor t, y := range kbar {")
	w("\t\t\tdot += qr[t] * y")
	w("\t\t}")
	w("\t\tsbar := scale * dot")
	if modName := name + "Mod"; strings.Contains(g.decls.String(), "func "+modName+"(") {
		w("\t\tsbar = float32(%s(float64(sbar), float64(q0+r), pos, hf))", modName)
	}
	w("\t\tc.CompFlops += float64(2 * (d + dv))")
	w("\t\tif math.IsInf(float64(sbar), -1) {")
	w("\t\t\tcontinue")
	w("\t\t}")
	w("\t\tar := acc[r*dv : r*dv+dv]")
	w("\t\tif sbar > mrow[r] {")
	w("\t\t\tf := float32(math.Exp(float64(mrow[r] - sbar)))")
	w("\t\t\tlrow[r] *= f")
	w("\t\t\tfor t := range ar {")
	w("\t\t\t\tar[t] *= f")
	w("\t\t\t}")
	w("\t\t\tmrow[r] = sbar")
	w("\t\t}")
	w("\t\twt := float32(math.Exp(float64(sbar - mrow[r])))")
	w("\t\tlrow[r] += float32(cols) * wt")
	w("\t\tfor t, y := range vsum {")
	w("\t\t\tar[t] += wt * y")
	w("\t\t}")
	if order == 1 {
		w("\t\tc.CompFlops += float64(2 * d * dv)")
		w("\t\tfor _, j := range keys[:cols] {")
		w("\t\t\tvar lin float32")
		w("\t\t\tfor t := range kbar {")
		w("\t\t\t\tlin += qr[t] * (K[int(j)*d+t] - kbar[t])")
		w("\t\t\t}")
		w("\t\t\tlin *= wt * scale")
		w("\t\t\tfor t := range ar {")
		w("\t\t\t\tar[t] += lin * V[int(j)*dv+t]")
		w("\t\t\t}")
		w("\t\t}")
	}
	w("\t}")
	w("}")
}

// simdName is the function variable the generated code calls for an
// AVX-512 kernel (nil when the CPU lacks AVX-512).
func simdName(kind string, n int) string { return fmt.Sprintf("%s%dSIMD", kind, n) }

// bodySummary describes a kernel body in one line for its doc comment.
func bodySummary(s *tile.Step) string {
	var parts []string
	for _, op := range s.Body {
		parts = append(parts, op.Code.String())
	}
	return strings.Join(parts, ", ")
}

// helpers writes the small functions generated expressions call.
func (g *gen) helpers() {
	g.line("")
	g.line("func b2f(b bool) float64 {")
	g.line("\tif b {")
	g.line("\t\treturn 1")
	g.line("\t}")
	g.line("\treturn 0")
	g.line("}")
	g.line("")
	g.line("func where(c, a, b float64) float64 {")
	g.line("\tif c != 0 {")
	g.line("\t\treturn a")
	g.line("\t}")
	g.line("\treturn b")
	g.line("}")
	g.line("")
	g.line("// rowMax returns the largest of m and xs, four comparisons in flight.")
	g.line("func rowMax(xs []float32, m float32) float32 {")
	g.line("\tm0, m1, m2, m3 := m, m, m, m")
	g.line("\ti := 0")
	g.line("\tfor ; i+4 <= len(xs); i += 4 {")
	g.line("\t\tm0, m1, m2, m3 = max(m0, xs[i]), max(m1, xs[i+1]), max(m2, xs[i+2]), max(m3, xs[i+3])")
	g.line("\t}")
	g.line("\tfor ; i < len(xs); i++ {")
	g.line("\t\tm0 = max(m0, xs[i])")
	g.line("\t}")
	g.line("\treturn max(max(m0, m1), max(m2, m3))")
	g.line("}")
	g.line("")
	g.line("// partialMask returns the allowed-key bits of partial tile J in pm (see")
	g.line("// allowedPairs), or nil when they were not kept.")
	g.line("func partialMask(pm []uint64, J int) []uint64 {")
	g.line("\tfor b := 0; b+65 <= len(pm); b += 65 {")
	g.line("\t\tif int(pm[b]) == J {")
	g.line("\t\t\treturn pm[b+1 : b+65]")
	g.line("\t\t}")
	g.line("\t}")
	g.line("\treturn nil")
	g.line("}")
	g.line("")
	g.line("var _, _, _, _ = b2f, where, rowMax, partialMask")
}
