package golang

import (
	"fmt"
	"strings"

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
	lens := s.KeyLengths() != nil
	if lens {
		// Checked against this step's heads and capacity after Bind.
		g.line("\t%s.lens = lens32", st)
		g.line("\t%s.hs, %s.gs = %s.h/len(lens32), %s.h/%s.group/len(lens32)", st, st, st, st, st)
	}
	if s.Find(tile.MatmulQK).Attrs["pairs"] == true {
		g.line("\t%s.q16, %s.k16 = runtime.BF16View(%s), runtime.BF16View(%s)", st, st, argName(q.Name), argName(k.Name))
	}
	if ll := s.Find(tile.LoopList); rowLists(s) {
		// Each row's own list (gate, tokens): gathered row by row
		// (lower_rows.go) when the rows' keys fill less than half of the
		// union of their key tiles, else the union with every row's key
		// bits (BENCHMARKS.md, issue 18).
		e, _ := argExpr(s.Args[3], index, steps)
		g.line("\t%s.sel, %s.sw = %s, %s", st, st, e, dimExpr(s.Args[3].Type.Shape[2]))
		g.line("\t%s.gathers = sparse.RowGathers(%s, %s.h, %s.m, %s.sw, %s.n, %d, %v, %d, %d)", st, e, st, st, st, st, ll.Int("block"), ll.Attrs["tokens"] == true, bq, bk)
		g.line("\tif !%s.gathers {", st)
		g.line("\t\t%s.rowl = sparse.RowTiles(%s, %s.h, %s.m, %s.sw, %s.n, %d, %v, %d, %d)", st, e, st, st, st, st, ll.Int("block"), ll.Attrs["tokens"] == true, bq, bk)
		g.line("\t\t%s.list = %s.rowl.List", st, st)
		g.line("\t}")
	} else if list {
		e, _ := argExpr(s.Args[3], index, steps)
		g.line("\t%s.list = %s", st, e)
	}
	if gather {
		e, _ := argExpr(s.Args[4], index, steps)
		g.line("\t%s.perm = %s", st, e)
		g.line("\t%s.segment = %d", st, kv.Int("segment")) // the permutation's, on load_kv
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
	// The mask's classes and allowed pairs depend on the shape (and the
	// key lengths): counted again when it changes. With key lengths each
	// sequence's tiles keep the classes that hold over a range of its
	// lengths (sparse.Horizons): a decode loop, whose lengths grow by a key
	// a step, counts its pairs again but classifies only the tiles near the
	// last key.
	g.line("\tif len(%s.allowed) != %s.h*%s.nq || %s.allowedFor != [3]int{%s.h, %s.m, %s.n} {", st, st, st, st, st, st, st)
	g.line("\t\t%s.allowed = make([]int64, %s.h*%s.nq)", st, st, st)
	g.line("\t\t%s.cls = make([]sparse.Class, %s.h*%s.nq*%s.nk)", st, st, st, st)
	g.line("\t\t%s.pmask = make([][]uint64, %s.h*%s.nq)", st, st, st)
	g.line("\t\tfor t := range %s.allowed {", st)
	g.line("\t\t\t%s.allowed[t] = -1", st)
	g.line("\t\t}")
	g.line("\t\t%s.allowedFor = [3]int{%s.h, %s.m, %s.n}", st, st, st, st)
	if lens {
		g.line("\t\t%s.stable = make([]sparse.Class, %s.h*%s.nq*%s.nk)", st, st, st, st)
		g.line("\t\t%s.hz.Reset()", st)
		g.line("\t\t%s.lensFor = %s.lensFor[:0]", st, st)
	}
	g.line("\t}")
	if lens {
		g.line("\tif !runtime.SameLengths(%s.lensFor, %s.lens) {", st, st)
		g.line("\t\tmoved := %s.hz.Update(attn%s%dMask, %s.lens, %d, %s.n)", st, T, i, st, bk, st)
		g.line("\t\t%s.kept = true", st)
		g.line("\t\tfor t := range %s.allowed {", st)
		g.line("\t\t\t%s.allowed[t] = -1", st)
		g.line("\t\t\tif moved[t/%s.nq/%s.hs] {", st, st)
		g.line("\t\t\t\t%s.kept = false", st)
		g.line("\t\t\t\tstable := %s.stable[t*%s.nk : (t+1)*%s.nk]", st, st, st)
		g.line("\t\t\t\tfor J := range stable {")
		g.line("\t\t\t\t\tstable[J] = sparse.Unclassified")
		g.line("\t\t\t\t}")
		g.line("\t\t\t}")
		g.line("\t\t}")
		g.line("\t\t%s.lensFor = append(%s.lensFor[:0], %s.lens...)", st, st, st)
		g.line("\t}")
	}
	transpose, fastComp := prepares(s)
	if decodes(s) > 0 {
		g.line("\tif decode%d {", i)
		g.decodeRun(i, s)
		g.line("\t} else {")
	}
	if rowLists(s) && (transpose || fastComp) {
		g.line("\tif !%s.gathers { // the gather reads key rows in place", st)
	}
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
	item := fmt.Sprintf("x.item%d", i)
	if rowLists(s) {
		if transpose || fastComp {
			g.line("\t}")
		}
		g.line("\titem%d := x.item%d", i, i)
		g.line("\tif %s.gathers {", st)
		g.line("\t\titem%d = x.gitem%d", i, i)
		g.line("\t}")
		item = fmt.Sprintf("item%d", i)
	}
	g.line("\tif err := x.exec.Parallel(ctx, %s.h*%s.nq, %s); err != nil {", st, st, item)
	g.line("\t\treturn runtime.Stats{}, err")
	g.line("\t}")
	if decodes(s) > 0 {
		g.line("\t}")
	}
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
func prepares(s *tile.Step) (transpose, fastComp bool) {
	c := s.Find(tile.Compensate) // as the CPU target's prepare-per-run decided
	return s.Find(tile.LoadKV).Attrs["transpose"] == true, c != nil && c.Attrs["means"] == true
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
	if s.KeyLengths() != nil {
		// The tiles past kv's sequence's keys are never read.
		w("k0, k1 := J*bk, min((J+1)*bk, int(st.lens[kv/st.gs]))")
		w("if k1 <= k0 {")
		w("\treturn")
		w("}")
	} else {
		w("k0, k1 := J*bk, min((J+1)*bk, st.n)")
	}
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
	g.line("// anyNaN reports whether xs holds a NaN.")
	g.line("func anyNaN(xs []float32) bool {")
	g.line("\tfor _, x := range xs {")
	g.line("\t\tif x != x {")
	g.line("\t\t\treturn true")
	g.line("\t\t}")
	g.line("\t}")
	g.line("\treturn false")
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
	g.line("var _, _, _, _, _ = b2f, where, rowMax, anyNaN, partialMask")
}
