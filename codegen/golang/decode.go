package golang

import (
	"fmt"
	"strings"

	"github.com/attnc/attnc/codegen/amd64"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// The decode path: a second lowering of an attention step's body, for a
// run of at most DecodeRows queries per head (choose-decode writes
// decode=N on its grid; Run takes the path when M ≤ N). A decode step's
// few queries cannot amortise what the prefill path does per run — Kᵀ
// prepared per key tile, f16 and bf16 inputs converted whole to f32 — nor
// split its work over query tiles (there is one). So, as FlashDecoding
// does (Dao, Haziza, Massa, Sizov 2023, "Flash-Decoding for long-context
// inference"), its items are key ranges:
//
//   - a unit is the query rows of one query tile for up to hpu heads of one
//     KV head — on a dense loop the group's heads, which then share every
//     key row read (GQA); a tile list is one head's, so one head there;
//   - each unit's key tiles (the span some head's mask leaves, or its
//     list) are split into ranges so that every worker has a few items;
//     an item runs the online softmax over its range with K and V read in
//     place, in their stored type (codegen/amd64's decode kernels: Q·K as
//     dot products over key rows, P·V widening V rows as it reads them),
//     and leaves its (m, ℓ, acc);
//   - decodeCombine merges a unit's ranges as the online softmax merges
//     tiles: m the largest maximum, ℓ = Σ e^(mₛ−m)·ℓₛ, out = Σ
//     e^(mₛ−m)·accₛ / ℓ. With one range per unit the item stores out.
//
// Masks and mods apply per tile as on the prefill path: full tiles skip
// the mask, partial ones evaluate it (or its cached bits), per head of
// the unit. Early exits (which need a list's tiles in order), compensation
// and permutations keep the prefill path (choose-decode).

// decodeOp emits the Go of one tile op of the decode item function, in
// body order, as lowerOp does for the prefill item.
func (a *attention) decodeOp(op *tile.Op) {
	switch op.Code {
	case tile.Grid:
		a.decodeGrid()
	case tile.LoadQ:
		a.decodeLoadQ()
	case tile.LoopDense:
		a.decodeLoopDense()
	case tile.LoopList:
		a.decodeLoopList()
	case tile.LoadKV:
		a.decodeLoadKV()
	case tile.MatmulQK:
		a.decodeMatmulQK()
	case tile.Mod, tile.Mask:
		// Per element with the pairs counted, once the scores are final:
		// decodeScoreElements, before softmax_online.
	case tile.SoftmaxOnline:
		a.decodeScoreElements()
		a.decodeSoftmaxOnline()
	case tile.MatmulPV:
		a.decodeMatmulPV()
	case tile.EndLoop:
		a.w("}")
	case tile.Store:
		a.decodeStore()
	case tile.EarlyExit, tile.Compensate:
		panic(fmt.Sprintf("BUG: choose-decode chose the decode path for a step with %s", op.Code))
	default:
		panic(fmt.Sprintf("BUG: tile op %s has no lowering on the decode path", op.Code))
	}
}

// elemOf is the element type a decode kernel reads a tensor of dt in.
func elemOf(dt ir.DType) amd64.Elem {
	switch dt {
	case ir.F16:
		return amd64.F16
	case ir.BF16:
		return amd64.BF16
	}
	return amd64.F32
}

// decodeVar is the function variable of a decode kernel (nil without
// AVX-512 or AVX2): qd<D><e>SIMD, pv<DV><e>SIMD, pvm<DV><e>SIMD.
func decodeVar(kind string, t amd64.Typed) string {
	return fmt.Sprintf("%s%d%sSIMD", kind, t.Dim, t.Elem)
}

// twin is the portable twin in runtime of a decode kernel reading e.
func twin(kind string, e amd64.Elem) string {
	return "runtime.Decode" + kind + map[amd64.Elem]string{amd64.F32: "", amd64.F16: "F16", amd64.BF16: "BF16"}[e]
}

// decodeDecls writes the decode path's state type, its plan, the
// classification of the (head, query tile) items, the item function and
// the combination of key ranges.
func (a *attention) decodeDecls() {
	g := a.g
	a.ke, a.ve = elemOf(a.s.Args[1].Type.DType), elemOf(a.s.Args[2].Type.DType)
	g.needDot[amd64.Typed{Dim: a.d, Elem: a.ke}] = true
	g.needPVE[amd64.Typed{Dim: a.dv, Elem: a.ve}] = true
	a.decodeStateDecl()
	a.decodePlanDecl()
	a.decodeClassifyDecl()
	g.decl("")
	g.decl("// decode%d computes one (unit, key range) item of step %s on the decode", a.i, a.s.Out.Ref())
	g.decl("// path: %s.", bodySummary(a.s))
	g.decl("func (x *%s) decode%d(w *runtime.Worker, item int) {", a.T, a.i)
	for _, op := range a.s.Body {
		a.decodeOp(op)
	}
	g.decl("}")
	a.decodeCombineDecl()
}

// decodeStateDecl declares what the decode items read besides the step's
// state.
func (a *attention) decodeStateDecl() {
	g, name := a.g, a.name+"Decode"
	g.decl("")
	g.decl("// %s is what the decode items of step %s read besides %s.", name, a.s.Out.Ref(), a.name)
	g.decl("type %s struct {", name)
	g.decl("\thpu, upk    int // heads per unit, units per KV head and query tile")
	g.decl("\tunits, rows int // units, and the most query rows one has")
	g.decl("\tsplits      int // key ranges per unit")
	g.decl("\tk16, v16    []uint16    // f16 or bf16 K and V, read in place")
	g.decl("\traw         [2][]uint16 // copies of K and V whose data is not 2-aligned")
	g.decl("\tpart        []float32   // per item: m and ℓ of its rows, then acc [rows][dv]")
	g.decl("}")
}

// decodePlanDecl writes the plan of a run's decode items.
func (a *attention) decodePlanDecl() {
	g := a.g
	g.decl("")
	g.decl("// plan sizes a run's decode items: units of up to hpu heads of one KV")
	if a.list {
		g.decl("// head and query tile (one: a tile list is its head's), each split into")
	} else {
		g.decl("// head and query tile (the group's heads share each key row read, up to")
		g.decl("// 64 query rows), each split into")
	}
	g.decl("// key ranges of at least 4 tiles so that every worker has about 4 items.")
	g.decl("func (dc *%sDecode) plan(st *%s, workers int) {", a.name, a.name)
	g.decl("\tconst bq, dv = %d, %d", a.bq, a.dv)
	g.decl("\tqrows := min(bq, st.m)")
	if a.list {
		g.decl("\tdc.hpu = 1")
	} else {
		g.decl("\tdc.hpu = max(1, min(st.group, 64/qrows))")
	}
	g.decl("\tdc.upk = (st.group + dc.hpu - 1) / dc.hpu")
	g.decl("\tdc.units = st.h / st.group * st.nq * dc.upk")
	g.decl("\tdc.rows = dc.hpu * qrows")
	g.decl("\tdc.splits = max(1, min((4*workers+dc.units-1)/dc.units, st.nk/4))")
	g.decl("\tif dc.splits > 1 {")
	g.decl("\t\tn := dc.units * dc.splits * dc.rows * (2 + dv)")
	g.decl("\t\tif cap(dc.part) < n {")
	g.decl("\t\t\tdc.part = make([]float32, n)")
	g.decl("\t\t}")
	g.decl("\t\tdc.part = dc.part[:n]")
	g.decl("\t}")
	g.decl("}")
}

// decodeClassifyDecl writes the function that counts one (head, query
// tile)'s allowed pairs and classifies its key tiles (allowedPairs), run
// on the first run of a shape before the decode items, which read the
// classes of several heads and key ranges at once.
func (a *attention) decodeClassifyDecl() {
	g := a.g
	g.decl("")
	g.decl("// decodeClassify%d classifies the key tiles of one (head, query tile) of", a.i)
	g.decl("// step %s for the decode items.", a.s.Out.Ref())
	g.decl("func (x *%s) decodeClassify%d(w *runtime.Worker, item int) {", a.T, a.i)
	g.decl("\tconst bq = %d", a.bq)
	g.decl("\tst := &x.st%d", a.i)
	g.decl("\th, I := item/st.nq, item%%st.nq")
	g.decl("\tq0 := I * bq")
	if a.lens {
		g.decl("\tkn := int(st.lens[h/st.hs]) // the keys of h's sequence")
		g.decl("\tp0 := q0 + sparse.QueryOffset(st.m, kn)")
		g.decl("\tif st.allowed[item] < 0 {")
		g.decl("\t\tb := h / st.hs")
		g.decl("\t\tst.allowed[item] = st.allowedPairs(h%%st.hs, p0, p0+min(bq, st.m-q0), kn, st.cls[item*st.nk:(item+1)*st.nk], &st.pmask[item], st.stable[item*st.nk:(item+1)*st.nk], int(st.hz.Lo[b]), int(st.hz.Hi[b]))")
		g.decl("\t}")
	} else {
		g.decl("\tp0 := q0 + sparse.QueryOffset(st.m, st.n)")
		g.decl("\tif st.allowed[item] < 0 {")
		g.decl("\t\tst.allowed[item] = st.allowedPairs(h, p0, p0+min(bq, st.m-q0), st.cls[item*st.nk:(item+1)*st.nk], &st.pmask[item])")
		g.decl("\t}")
	}
	g.decl("}")
}

// decodeUnit emits the coordinates of unit u: heads h0 … h0+nh−1 of KV
// head kvh, query tile I of qrows rows at position p0.
func (a *attention) decodeUnit(w func(string, ...any)) {
	w("kvh, rest := u/(st.nq*dc.upk), u%%(st.nq*dc.upk)")
	w("I, hs := rest/dc.upk, rest%%dc.upk")
	w("h0 := kvh*st.group + hs*dc.hpu")
	w("nh := min(dc.hpu, st.group-hs*dc.hpu)")
	w("q0 := I * bq")
	w("qrows := min(bq, st.m-q0)")
}

// decodeGrid declares the item's constants and coordinates: unit u, key
// range sp, and the unit's heads, query rows and positions.
func (a *attention) decodeGrid() {
	a.w("const bq, bk, d, dv = %d, %d, %d, %d", a.bq, a.bk, a.d, a.dv)
	a.w("const ss = %d", amd64.Cols)
	// The vector kernels, where the CPU runs those of both K's and V's
	// types (f16 on AVX2 needs F16C).
	a.w("simd := %s != nil && %s != nil", decodeVar("qd", amd64.Typed{Dim: a.d, Elem: a.ke}), decodeVar("pv", amd64.Typed{Dim: a.dv, Elem: a.ve}))
	a.scaleDecl()
	a.w("st, dc := &x.st%d, &x.dec%d", a.i, a.i)
	a.w("u, sp := item/dc.splits, item%%dc.splits")
	a.decodeUnit(a.w)
	a.w("rows := nh * qrows")
	if a.lens {
		a.w("// Key lengths: the unit's keys are the first kn rows of its KV head,")
		a.w("// the length of its sequence; the mask and the mod read positions,")
		a.w("// query row i at i + kn − M, and the heads within the sequence.")
		a.w("kn := int(st.lens[h0/st.hs])")
		a.w("p0 := q0 + sparse.QueryOffset(st.m, kn)")
	} else {
		a.w("// The mask and the mod read positions: query row i sits at i + N − M.")
		a.w("p0 := q0 + sparse.QueryOffset(st.m, st.n)")
	}
}

// decodeLoadQ gathers the unit's query rows, head after head, and views
// its KV head's keys and values as they are stored.
func (a *attention) decodeLoadQ() {
	a.w("Q := w.F32(5, rows*d)")
	a.w("for g := range nh {")
	a.w("\th := h0 + g")
	a.w("\tcopy(Q[g*qrows*d:(g+1)*qrows*d], st.q[(h*st.m+q0)*d:(h*st.m+q0+qrows)*d])")
	a.w("}")
	for _, kv := range []struct {
		name, src string
		e         amd64.Elem
		dim       string
	}{{"K", "k", a.ke, "d"}, {"V", "v", a.ve, "dv"}} {
		src := "st." + kv.src
		if kv.e != amd64.F32 {
			src = "dc." + kv.src + "16"
		}
		a.w("%s := %s[kvh*st.n*%s : (kvh+1)*st.n*%[3]s] // %s, read in place", kv.name, src, kv.dim, kv.e)
	}
	a.w("S := w.F32(0, rows*ss)")
	a.w("acc := w.F32(1, rows*dv)")
	a.w("clear(acc)")
	a.w("mrow, lrow := w.F32(2, rows), w.F32(3, rows)")
	a.w("for r := range rows {")
	a.w("\tmrow[r], lrow[r] = float32(math.Inf(-1)), 0")
	a.w("}")
}

// decodeLoopDense opens the loop over the item's share of the span of key
// tiles some head of the unit sees.
func (a *attention) decodeLoopDense() {
	a.w("lo, hi := st.nk, 0")
	a.w("for g := range nh {")
	a.w("\tfor J, cls := range st.cls[((h0+g)*st.nq+I)*st.nk : ((h0+g)*st.nq+I+1)*st.nk] {")
	a.w("\t\tif cls != sparse.Empty {")
	a.w("\t\t\tlo, hi = min(lo, J), max(hi, J+1)")
	a.w("\t\t}")
	a.w("\t}")
	a.w("}")
	a.w("hi = max(hi, lo)")
	a.w("for J := lo + (hi-lo)*sp/dc.splits; J < lo+(hi-lo)*(sp+1)/dc.splits; J++ {")
}

// decodeLoopList opens the loop over the item's share of its head's tile
// list (a unit of one head).
func (a *attention) decodeLoopList() {
	a.w("base := (h0*st.nq + I) * 2 * st.nk")
	a.w("n := 0")
	a.w("for n < st.nk && st.list[base+n] >= 0 {")
	a.w("\tn++")
	a.w("}")
	a.w("for idx, end := n*sp/dc.splits, n*(sp+1)/dc.splits; idx < end; idx++ {")
	a.w("\tJ := int(st.list[base+idx])")
	a.decodePrefetch()
}

// decodePrefetch asks for the next listed tile's K and V rows, a line
// every KB, when it is not the tile after J: at a jump the hardware's
// prefetchers, which follow a stream within a page, start every page of
// the tile with misses. A 64K-key decode step's attention over 10 % of
// its tiles took 0.92–1.15 ms without, 0.72–0.89 with (0.78–0.98 for a
// line per 4 KB page; the next tile's first 4 KB alone did not help).
func (a *attention) decodePrefetch() {
	k, v := amd64.PrefetchName(a.ke)+"SIMD", amd64.PrefetchName(a.ve)+"SIMD"
	kl, vl := max(a.bk*a.d*elemSize(a.ke)/1024, 1), max(a.bk*a.dv*elemSize(a.ve)/1024, 1)
	cond := k + " != nil"
	if v != k {
		cond += " && " + v + " != nil"
	}
	a.w("\tif idx+1 < end && %s {", cond)
	a.w("\t\tif Jn := int(st.list[base+idx+1]); Jn != J+1 {")
	a.w("\t\t\t%s(&K[Jn*bk*d], %d, 1024)", k, kl)
	a.w("\t\t\t%s(&V[Jn*bk*dv], %d, 1024)", v, vl)
	a.w("\t\t}")
	a.w("\t}")
}

// elemSize is the bytes of one element of e.
func elemSize(e amd64.Elem) int {
	if e == amd64.F32 {
		return 4
	}
	return 2
}

// decodeLoadKV takes key tile J: its keys, and whether every head of the
// unit sees all of them (full); a dense loop skips a tile no head sees
// and counts a visit for each head that sees some, a list one for each
// listed tile, as the prefill path does.
func (a *attention) decodeLoadKV() {
	a.w("\tk0, k1 := J*bk, min((J+1)*bk, %s)", a.n)
	a.w("\tcols := k1 - k0")
	if a.list {
		a.w("\tfull := true")
	} else {
		a.w("\tfull, seen := true, false")
	}
	a.w("\tfor g := range nh {")
	a.w("\t\tcls := st.cls[((h0+g)*st.nq+I)*st.nk+J]")
	a.w("\t\tfull = full && cls == sparse.Full")
	if a.list {
		a.w("\t\tw.Heads[h0+g].TilesVisited++")
	} else {
		a.w("\t\tif cls != sparse.Empty {")
		a.w("\t\t\tseen = true")
		a.w("\t\t\tw.Heads[h0+g].TilesVisited++")
		a.w("\t\t}")
	}
	a.w("\t}")
	if !a.list {
		a.w("\tif !seen {")
		a.w("\t\tcontinue")
		a.w("\t}")
	}
}

// decodeMatmulQK emits S = scale·Q·Kᵀ over the tile's key rows in place.
func (a *attention) decodeMatmulQK() {
	a.w("\tif simd {")
	a.w("\t\t%s(&S[0], &Q[0], &K[k0*d], rows, cols, scale)", decodeVar("qd", amd64.Typed{Dim: a.d, Elem: a.ke}))
	a.w("\t} else {")
	a.w("\t\t%s(S, Q, K[k0*d:k1*d], rows, cols, d, scale)", twin("QK", a.ke))
	a.w("\t}")
}

// decodeScoreElements applies the mod and the mask per element, head by
// head of the unit, and counts the allowed pairs computed.
func (a *attention) decodeScoreElements() {
	a.w("\tfor g := range nh {")
	a.w("\t\tcls := st.cls[((h0+g)*st.nq+I)*st.nk+J]")
	a.w("\t\tc := &w.Heads[h0+g]")
	if a.lens {
		a.w("\t\thf := float64((h0 + g) %% st.hs) // the head within its sequence")
	} else {
		a.w("\t\thf := float64(h0 + g)")
	}
	a.w("\t\t_ = hf")
	if a.mod != nil {
		a.w("\t\tmc := %sModH(hf)", a.name)
	}
	a.w("\t\tSg := S[g*qrows*ss : (g+1)*qrows*ss]")
	if a.mod == nil {
		a.w("\t\tif cls == sparse.Full {")
		a.w("\t\t\tc.Computed += int64(qrows * cols)")
		a.w("\t\t\tcontinue")
		a.w("\t\t}")
	}
	a.w("\t\tcomputed := 0")
	cached := a.maskExpr != nil && a.mod == nil && a.bk <= 64 && a.bq <= 64
	if cached {
		a.w("\t\tif pm := partialMask(st.pmask[(h0+g)*st.nq+I], J); pm != nil {")
		a.w("\t\t\tif %s != nil {", simdName("mask", 64))
		a.w("\t\t\t\t%s(&Sg[0], &pm[0], qrows)", simdName("mask", 64))
		a.w("\t\t\t\tfor _, b := range pm[:qrows] {")
		a.w("\t\t\t\t\tcomputed += bits.OnesCount64(b)")
		a.w("\t\t\t\t}")
		a.w("\t\t\t} else {")
		a.w("\t\t\t\tfor r := range qrows {")
		a.w("\t\t\t\t\tsr := Sg[r*ss : r*ss+cols]")
		a.w("\t\t\t\t\tcomputed += bits.OnesCount64(pm[r])")
		a.w("\t\t\t\t\tfor off := ^pm[r] & (^uint64(0) >> (64 - cols)); off != 0; off &= off - 1 {")
		a.w("\t\t\t\t\t\tsr[bits.TrailingZeros64(off)] = float32(math.Inf(-1))")
		a.w("\t\t\t\t\t}")
		a.w("\t\t\t\t}")
		a.w("\t\t\t}")
		a.w("\t\t\tc.Computed += int64(computed)")
		a.w("\t\t\tcontinue")
		a.w("\t\t}")
	}
	a.w("\t\tfor r := range qrows {")
	a.w("\t\t\tqi := float64(p0 + r)")
	a.w("\t\t\tsr := Sg[r*ss : r*ss+cols]")
	a.w("\t\t\tfor cc := range sr {")
	a.w("\t\t\t\tki := float64(k0 + cc)")
	a.w("\t\t\t\t_ = ki")
	if a.maskExpr == nil && a.mod == nil {
		a.w("\t\t\t\t_ = qi // no mask and no mod read it")
	}
	if a.maskExpr != nil {
		a.w("\t\t\t\tif cls != sparse.Full && !%sAllowed(qi, ki, hf) {", a.name)
		a.w("\t\t\t\t\tsr[cc] = float32(math.Inf(-1))")
		a.w("\t\t\t\t\tcontinue")
		a.w("\t\t\t\t}")
	}
	a.w("\t\t\t\tcomputed++")
	if a.mod != nil {
		a.w("\t\t\t\tsr[cc] = float32(%sMod(float64(sr[cc]), qi, ki, hf, &mc))", a.name)
	}
	a.w("\t\t\t}")
	a.w("\t\t}")
	a.w("\t\tc.Computed += int64(computed)")
	a.w("\t}")
}

// decodeSoftmaxOnline emits the online-softmax update of every row of the
// unit, leaving P = exp(S − m) in S for P·V: with the vector kernels
// (max64, exp64 on rows padded with -inf) or in Go.
func (a *attention) decodeSoftmaxOnline() {
	a.w("\tfor r := range rows {")
	a.w("\t\tsr := S[r*ss : r*ss+cols]")
	a.w("\t\tvar mx float32")
	a.w("\t\tif simd {")
	a.w("\t\t\tpadded := S[r*ss : r*ss+ss]")
	a.w("\t\t\tfor t := cols; t < ss; t++ {")
	a.w("\t\t\t\tpadded[t] = float32(math.Inf(-1))")
	a.w("\t\t\t}")
	a.w("\t\t\tmx = %s(&padded[0], mrow[r])", simdName("max", 64))
	// max64 drops NaN: scores that are all NaN must give a NaN row.
	a.w("\t\t\tif math.IsInf(float64(mx), -1) && anyNaN(sr) {")
	a.w("\t\t\t\tmx = float32(math.NaN())")
	a.w("\t\t\t}")
	a.w("\t\t} else {")
	a.w("\t\t\tmx = rowMax(sr, mrow[r])")
	a.w("\t\t}")
	a.w("\t\tif math.IsInf(float64(mx), -1) {")
	a.w("\t\t\tclear(S[r*ss : r*ss+ss])")
	a.w("\t\t\tcontinue")
	a.w("\t\t}")
	a.w("\t\tif mx > mrow[r] {")
	a.w("\t\t\tf := float32(math.Exp(float64(mrow[r] - mx)))")
	a.w("\t\t\tlrow[r] *= f")
	a.w("\t\t\tar := acc[r*dv : r*dv+dv]")
	a.w("\t\t\tfor t := range ar {")
	a.w("\t\t\t\tar[t] *= f")
	a.w("\t\t\t}")
	a.w("\t\t\tmrow[r] = mx")
	a.w("\t\t}")
	a.w("\t\tif simd {")
	a.w("\t\t\tlrow[r] += %s(&S[r*ss], mx)", simdName("exp", 64))
	a.w("\t\t\tcontinue")
	a.w("\t\t}")
	a.w("\t\tvar sum float32")
	a.w("\t\tfor cc, s := range sr {")
	a.w("\t\t\tif math.IsInf(float64(s), -1) {")
	a.w("\t\t\t\tsr[cc] = 0")
	a.w("\t\t\t\tcontinue")
	a.w("\t\t\t}")
	a.w("\t\t\tp := float32(math.Exp(float64(s - mx)))")
	a.w("\t\t\tsr[cc] = p")
	a.w("\t\t\tsum += p")
	a.w("\t\t}")
	a.w("\t\tlrow[r] += sum")
	a.w("\t}")
}

// decodeMatmulPV emits acc += P·V over the tile's value rows in place; a
// tile some head does not see whole, or any under a mod, skips the keys
// whose P is 0 (their V must not reach acc: 0 · NaN = NaN).
func (a *attention) decodeMatmulPV() {
	t := amd64.Typed{Dim: a.dv, Elem: a.ve}
	masked := "!full"
	if a.mod != nil {
		masked = "true"
	}
	a.w("\tif simd {")
	if a.mod == nil {
		a.w("\t\tif full {")
		a.w("\t\t\t%s(&acc[0], &S[0], &V[k0*dv], rows, cols)", decodeVar("pv", t))
		a.w("\t\t} else {")
		a.w("\t\t\t%s(&acc[0], &S[0], &V[k0*dv], rows, cols)", decodeVar("pvm", t))
		a.w("\t\t}")
	} else {
		a.w("\t\t%s(&acc[0], &S[0], &V[k0*dv], rows, cols)", decodeVar("pvm", t))
	}
	a.w("\t} else {")
	a.w("\t\t%s(acc, S, V[k0*dv:k1*dv], rows, cols, dv, %s)", twin("PV", a.ve), masked)
	a.w("\t}")
}

// decodeStore counts the unit's allowed pairs (once, in its first key
// range) and writes out = acc/ℓ when the unit is one key range, else the
// range's state for decodeCombine.
func (a *attention) decodeStore() {
	a.w("if sp == 0 {")
	a.w("\tfor g := range nh {")
	a.w("\t\tw.Heads[h0+g].Allowed += st.allowed[(h0+g)*st.nq+I]")
	a.w("\t}")
	a.w("}")
	a.w("if dc.splits == 1 {")
	a.w("\tfor g := range nh {")
	a.w("\t\to := st.out[((h0+g)*st.m+q0)*dv : ((h0+g)*st.m+q0+qrows)*dv]")
	a.w("\t\tfor r := range qrows {")
	a.w("\t\t\tor, ar := o[r*dv:r*dv+dv], acc[(g*qrows+r)*dv:(g*qrows+r+1)*dv]")
	a.w("\t\t\tif lrow[g*qrows+r] == 0 {")
	a.w("\t\t\t\tclear(or)")
	a.w("\t\t\t\tcontinue")
	a.w("\t\t\t}")
	a.w("\t\t\tinv := 1 / lrow[g*qrows+r]")
	a.w("\t\t\tfor t := range or {")
	a.w("\t\t\t\tor[t] = ar[t] * inv")
	a.w("\t\t\t}")
	a.w("\t\t}")
	a.w("\t}")
	a.w("\treturn")
	a.w("}")
	a.w("part := dc.part[item*dc.rows*(2+dv) : (item+1)*dc.rows*(2+dv)]")
	a.w("copy(part, mrow[:rows])")
	a.w("copy(part[dc.rows:], lrow[:rows])")
	a.w("copy(part[2*dc.rows:], acc[:rows*dv])")
}

// decodeCombineDecl writes the merge of one unit's key ranges.
func (a *attention) decodeCombineDecl() {
	g := a.g
	w := func(format string, args ...any) { g.decl("\t"+format, args...) }
	g.decl("")
	g.decl("// decodeCombine%d merges the key ranges of unit u of step %s as the", a.i, a.s.Out.Ref())
	g.decl("// online softmax merges tiles: m the largest of their maxima, ℓ = Σ")
	g.decl("// e^(mₛ−m)·ℓₛ, out = Σ e^(mₛ−m)·accₛ / ℓ (0 for rows with nothing allowed).")
	g.decl("func (x *%s) decodeCombine%d(w *runtime.Worker, u int) {", a.T, a.i)
	w("const bq, dv = %d, %d", a.bq, a.dv)
	w("st, dc := &x.st%d, &x.dec%d", a.i, a.i)
	a.decodeUnit(w)
	w("stride := dc.rows * (2 + dv)")
	w("parts := dc.part[u*dc.splits*stride : (u+1)*dc.splits*stride]")
	w("for g := range nh {")
	w("\tfor r := range qrows {")
	w("\t\ti := g*qrows + r")
	w("\t\to := st.out[((h0+g)*st.m+q0+r)*dv : ((h0+g)*st.m+q0+r+1)*dv]")
	w("\t\tclear(o)")
	w("\t\tmx := float32(math.Inf(-1))")
	w("\t\tfor sp := range dc.splits {")
	w("\t\t\tmx = max(mx, parts[sp*stride+i])")
	w("\t\t}")
	w("\t\tif math.IsInf(float64(mx), -1) {")
	w("\t\t\tcontinue")
	w("\t\t}")
	w("\t\tvar l float32")
	w("\t\tfor sp := range dc.splits {")
	w("\t\t\tp := parts[sp*stride : (sp+1)*stride]")
	w("\t\t\tif math.IsInf(float64(p[i]), -1) {")
	w("\t\t\t\tcontinue")
	w("\t\t\t}")
	w("\t\t\tf := float32(math.Exp(float64(p[i] - mx)))")
	w("\t\t\tl += f * p[dc.rows+i]")
	w("\t\t\tfor t, y := range p[2*dc.rows+i*dv : 2*dc.rows+(i+1)*dv] {")
	w("\t\t\t\to[t] += f * y")
	w("\t\t\t}")
	w("\t\t}")
	w("\t\tif l == 0 {")
	w("\t\t\tclear(o)")
	w("\t\t\tcontinue")
	w("\t\t}")
	w("\t\tinv := 1 / l")
	w("\t\tfor t := range o {")
	w("\t\t\to[t] *= inv")
	w("\t\t}")
	w("\t}")
	w("}")
	g.decl("}")
}

// decodeRun emits the Run side of the decode path of step i (inside
// `if decode<i> {`): the plan, the raw views of f16 and bf16 K and V, the
// classification on a shape's first run, the items and the combination.
func (g *gen) decodeRun(i int, s *tile.Step) {
	st, dc := fmt.Sprintf("x.st%d", i), fmt.Sprintf("x.dec%d", i)
	g.line("\t\t// The decode path (choose-decode): items are key ranges of units of")
	g.line("\t\t// query rows; K and V are read in place.")
	g.line("\t\t%s.plan(&%s, len(x.exec.Workers()))", dc, st)
	for j, b := range s.Args[1:3] {
		if b.Type.DType != ir.F32 {
			g.line("\t\t%s.%s16 = runtime.Uint16s(%s, &%s.raw[%d])", dc, []string{"k", "v"}[j], argName(b.Name), dc, j)
		}
	}
	g.line("\t\tif %s.allowed[0] < 0 {", st)
	if s.KeyLengths() != nil {
		// With every class kept, counting the pairs costs less than waking
		// the workers: done here (decodeClassify reads no worker).
		g.line("\t\t\tif %s.kept {", st)
		g.line("\t\t\t\tfor item := range %s.h * %s.nq {", st, st)
		g.line("\t\t\t\t\tx.dcls%d(nil, item)", i)
		g.line("\t\t\t\t}")
		g.line("\t\t\t} else if err := x.exec.Parallel(ctx, %s.h*%s.nq, x.dcls%d); err != nil {", st, st, i)
	} else {
		g.line("\t\t\tif err := x.exec.Parallel(ctx, %s.h*%s.nq, x.dcls%d); err != nil {", st, st, i)
	}
	g.line("\t\t\t\treturn runtime.Stats{}, err")
	g.line("\t\t\t}")
	g.line("\t\t}")
	g.line("\t\tif err := x.exec.Parallel(ctx, %s.units*%s.splits, x.ditem%d); err != nil {", dc, dc, i)
	g.line("\t\t\treturn runtime.Stats{}, err")
	g.line("\t\t}")
	g.line("\t\tif %s.splits > 1 {", dc)
	g.line("\t\t\tif err := x.exec.Parallel(ctx, %s.units, x.dcomb%d); err != nil {", dc, i)
	g.line("\t\t\t\treturn runtime.Stats{}, err")
	g.line("\t\t\t}")
	g.line("\t\t}")
}

// decodes reports the most queries per head step s runs on the decode
// path (choose-decode), 0 when it has none.
func decodes(s *tile.Step) int {
	if s.Kind != tile.Kernel {
		return 0
	}
	return s.Find(tile.Grid).Int("decode")
}

// decodeOnly returns, for an f16 or bf16 parameter that only decode paths
// read as K or V, the condition under which none needs it as f32 (the
// steps' decode flags, joined by &&); "" when something always does.
func decodeOnly(p *tile.Program, b *tile.Buffer) string {
	if b.Type.DType == ir.F32 {
		return "" // viewed, not converted
	}
	var conds []string
	for i, s := range p.Steps {
		for j, arg := range s.Args {
			if arg != b || j == 1 && keysInPlace(s) {
				continue // read in place
			}
			if decodes(s) == 0 || j != 1 && j != 2 {
				return ""
			}
			conds = append(conds, fmt.Sprintf("decode%d", i))
		}
	}
	return strings.Join(conds, " && ")
}
