package golang

import "github.com/attnc/attnc/ir/tile"

// This file lowers a kernel step over each row's own list (loop_list
// rows: gate, tokens) as a gather: the item is still one (head, query
// tile), but each row attends only the keys its list selects — the
// blocks' keys or the tokens, those the mask allows — read where they lie
// (sparse.GatherDots, GatherPV), with an exact float32 softmax over them.
// The work is then the row's selected pairs; the tile kernels over the
// union of a query tile's rows' key tiles did near-dense work when 64 rows
// chose blocks spread over the sequence (BENCHMARKS.md, issue 18).
//
// The mask is read through the item's key-tile classes (cl, counted once
// per shape by allowedPairs): a key in a full tile is allowed, one in a
// cut tile is checked with the compiled mask. Stats: Computed counts the
// gathered pairs, TilesVisited the key tiles holding a key one of the
// item's rows selected (docs/passes.md), as the interpreter counts them.

// rowsDecl writes the gather item function of a kernel step over per-row
// lists, rows<i>, beside the union's attention<i>; Run picks one per run
// (kernelStep: sparse.RowGathers).
func (a *attention) rowsDecl() {
	a.g.decl("")
	a.g.decl("// rows%d computes one (head, query tile) item of step %s, each row over the keys of its own list.", a.i, a.s.Out.Ref())
	a.g.decl("func (x *%s) rows%d(w *runtime.Worker, item int) {", a.T, a.i)
	defer a.g.decl("}")
	ll := a.s.Find(tile.LoopList)
	tokens := ll.Attrs["tokens"] == true
	block := ll.Int("block")
	if a.simd {
		a.g.needQK[a.d] = true // the tile kernels' set, which carries exp64 and max64
	}
	a.w("const bq, bk, d, dv = %d, %d, %d, %d", a.bq, a.bk, a.d, a.dv)
	a.scaleDecl()
	a.w("st := &x.st%d", a.i)
	a.w("h, I := item/st.nq, item%%st.nq")
	a.w("q0 := I * bq")
	a.w("rows := min(bq, st.m-q0)")
	if a.p0 != "q0" {
		a.w("// The mask and the mod read positions: query row i sits at i + N − M.")
		a.w("p0 := q0 + sparse.QueryOffset(st.m, st.n)")
	}
	a.w("kvh := h / st.group")
	a.w("K := st.k[kvh*st.n*d : (kvh+1)*st.n*d]")
	a.w("V := st.v[kvh*st.n*dv : (kvh+1)*st.n*dv]")
	a.w("cl := st.cls[item*st.nk : (item+1)*st.nk]")
	a.w("if st.allowed[item] < 0 {")
	a.w("\tst.allowed[item] = st.allowedPairs(h, %[1]s, %[1]s+rows, cl, &st.pmask[item])", a.p0)
	a.w("}")
	a.w("c := &w.Heads[h]")
	a.w("hf := float64(h)")
	a.w("_ = hf")
	if a.mod != nil {
		a.w("mc := %sModH(hf)", a.name)
	}
	if tokens {
		a.w("most := st.sw // keys a row may select")
	} else {
		a.w("most := st.sw * %d // keys a row may select", block)
	}
	a.w("keys := w.I32(0, most)")
	a.w("S := w.F32(0, (most+63)&^63)")
	a.w("acc := w.F32(1, dv)")
	a.w("seen := w.I32(1, st.nk) // key tiles the item's rows select keys in")
	a.w("clear(seen)")
	a.w("computed, visited := 0, 0")
	a.w("o := st.out[(h*st.m+q0)*dv : (h*st.m+q0+rows)*dv]")
	a.w("for r := 0; r < rows; r++ {")
	a.w("\ti := q0 + r")
	a.w("\tqi := float64(%s + r)", a.p0)
	a.w("\t_ = qi")
	a.w("\tn := 0")
	a.w("\tfor _, b := range st.sel[(h*st.m+i)*st.sw : (h*st.m+i+1)*st.sw] {")
	a.w("\t\tif b < 0 {")
	a.w("\t\t\tbreak")
	a.w("\t\t}")
	if tokens {
		a.w("\t\tk0, k1 := int(b), int(b)+1")
	} else {
		a.w("\t\tk0, k1 := int(b)*%d, min((int(b)+1)*%[1]d, st.n)", block)
	}
	a.w("\t\tfor j := k0; j < k1; {")
	a.w("\t\t\tJ := j / bk")
	a.w("\t\t\te := min(k1, (J+1)*bk) // the run's keys in tile J")
	a.w("\t\t\tif seen[J] == 0 {")
	a.w("\t\t\t\tseen[J] = 1")
	a.w("\t\t\t\tvisited++")
	a.w("\t\t\t}")
	a.w("\t\t\tswitch cl[J] {")
	a.w("\t\t\tcase sparse.Full:")
	a.w("\t\t\t\tfor ; j < e; j++ {")
	a.w("\t\t\t\t\tkeys[n] = int32(j)")
	a.w("\t\t\t\t\tn++")
	a.w("\t\t\t\t}")
	a.w("\t\t\tcase sparse.Empty:")
	a.w("\t\t\t\tj = e")
	a.w("\t\t\tdefault:")
	a.w("\t\t\t\tfor ; j < e; j++ {")
	a.w("\t\t\t\t\tif %sAllowed(qi, float64(j), hf) {", a.name)
	a.w("\t\t\t\t\t\tkeys[n] = int32(j)")
	a.w("\t\t\t\t\t\tn++")
	a.w("\t\t\t\t\t}")
	a.w("\t\t\t\t}")
	a.w("\t\t\t}")
	a.w("\t\t}")
	a.w("\t}")
	a.w("\tcomputed += n")
	a.w("\tor := o[r*dv : r*dv+dv]")
	a.w("\tif n == 0 {")
	a.w("\t\tclear(or) // a row with no keys gives 0")
	a.w("\t\tcontinue")
	a.w("\t}")
	a.w("\tks, sr := keys[:n], S[:n]")
	a.w("\tsparse.GatherDots(sr, st.q[(h*st.m+i)*d:(h*st.m+i+1)*d], K, ks, scale)")
	if a.mod != nil {
		a.w("\tfor t, s := range sr {")
		a.w("\t\tsr[t] = float32(%sMod(float64(s), qi, float64(ks[t]), hf, &mc))", a.name)
		a.w("\t}")
	}
	a.w("\tvar sum float32")
	if a.simd {
		// The tile kernels' row maximum and exponentials on rows padded
		// with -inf (exp gives 0 there); a NaN beside numbers reaches the
		// sum through exp, one among -inf only is looked for.
		a.w("\tif mx64, ex := %s, %s; mx64 != nil {", simdName("max", 64), simdName("exp", 64))
		a.w("\t\tfull := S[:(n+63)&^63]")
		a.w("\t\tfor t := n; t < len(full); t++ {")
		a.w("\t\t\tfull[t] = float32(math.Inf(-1))")
		a.w("\t\t}")
		a.w("\t\tmx := float32(math.Inf(-1))")
		a.w("\t\tfor t := 0; t < len(full); t += 64 {")
		a.w("\t\t\tmx = mx64(&full[t], mx)")
		a.w("\t\t}")
		a.w("\t\tif math.IsInf(float64(mx), -1) {")
		a.w("\t\t\tif !anyNaN(sr) {")
		a.w("\t\t\t\tclear(or) // every score -inf (a mod's): no mass")
		a.w("\t\t\t\tcontinue")
		a.w("\t\t\t}")
		a.w("\t\t\tmx = float32(math.NaN())")
		a.w("\t\t}")
		a.w("\t\tfor t := 0; t < len(full); t += 64 {")
		a.w("\t\t\tsum += ex(&full[t], mx)")
		a.w("\t\t}")
		a.w("\t} else {")
	}
	a.w("\tmx := float32(math.Inf(-1))")
	a.w("\tfor _, s := range sr {")
	a.w("\t\tmx = max(mx, s) // NaN-propagating, as the tile kernels' row maximum")
	a.w("\t}")
	a.w("\tif math.IsInf(float64(mx), -1) {")
	a.w("\t\tclear(or) // every score -inf (a mod's): no mass")
	a.w("\t\tcontinue")
	a.w("\t}")
	a.w("\tfor t, s := range sr {")
	a.w("\t\tp := float32(math.Exp(float64(s - mx)))")
	a.w("\t\tsr[t] = p")
	a.w("\t\tsum += p")
	a.w("\t}")
	if a.simd {
		a.w("\t}")
	}
	a.w("\tclear(acc)")
	a.w("\tsparse.GatherPV(acc, sr, V, ks)")
	a.w("\tinv := 1 / sum")
	a.w("\tfor t := range or {")
	a.w("\t\tor[t] = acc[t] * inv")
	a.w("\t}")
	a.w("}")
	a.w("c.Computed += int64(computed)")
	a.w("c.TilesVisited += int64(visited)")
	a.w("c.Allowed += st.allowed[item]")
}
