package golang

import "github.com/attnc/attnc/ir/tile"

// lowerCompensate emits the compensation of the skipped full tiles
// (docs/passes.md): zeroth order from the per-run tile means when the keys
// are read in place and unmodified, else from means taken here.
func (a *attention) lowerCompensate(op *tile.Op) {
	order := op.Int("order")
	if order == 0 && !a.gather && a.mod == nil {
		a.fastCompensate()
	} else {
		a.compensateCode(order)
	}
}

// fastCompensate emits zeroth-order compensation from the per-run tile
// means: the skipped full tiles act as keys k̄_J with values Σv_J and
// multiplicity |J|, so their scores are a Q·K̄ᵀ product and their update a
// P·V̄ product — the AVX-512 kernels when available.
func (a *attention) fastCompensate() {
	a.w("// compensate: every allowed, fully unmasked tile the loop skipped enters as its mean key.")
	a.w("if I == 0 {")
	a.w("\tc.CompFlops += float64(st.n * (d + dv))")
	a.w("}")
	// mult[J]: the multiplicity |J| of a skipped tile, 0 for the others.
	a.w("nkc := (st.nk + 63) / 64")
	a.w("mult := w.F32(12, nkc*64)")
	a.w("clear(mult)")
	a.w("for t := 0; t < visited; t++ {")
	a.w("\tmult[st.list[base+t]] = -1")
	a.w("}")
	a.w("skip := w.I32(1, st.nk)[:0]")
	a.w("for J := 0; J < st.nk; J++ {")
	a.w("\tif mult[J] == 0 && cl[J] == sparse.Full {")
	a.w("\t\tmult[J] = float32(min((J+1)*bk, st.n) - J*bk)")
	a.w("\t\tskip = append(skip, int32(J))")
	a.w("\t} else {")
	a.w("\t\tmult[J] = 0")
	a.w("\t}")
	a.w("}")
	a.w("c.CompFlops += float64(rows * len(skip) * 2 * (d + dv))")
	a.w("kbarH := st.kbar[kvh*st.nk*d : (kvh+1)*st.nk*d]")
	a.w("vsumH := st.vsum[kvh*st.nk*dv : (kvh+1)*st.nk*dv]")
	if a.simd {
		a.fastCompensateSIMD()
	}
	a.w("for _, J32 := range skip {")
	a.w("	J := int(J32)")
	a.w("	kb, vb := kbarH[J*d:J*d+d], vsumH[J*dv:J*dv+dv]")
	a.w("	cols := float32(min((J+1)*bk, st.n) - J*bk)")
	a.w("	for r := 0; r < rows; r++ {")
	a.w("		qr := Q[r*d : r*d+d]")
	a.w("		var dot float32")
	a.w("		for t, y := range kb {")
	a.w("			dot += qr[t] * y")
	a.w("		}")
	a.w("		sbar := scale * dot")
	a.w("		ar := acc[r*dv : r*dv+dv]")
	a.w("		if sbar > mrow[r] {")
	a.w("			f := float32(math.Exp(float64(mrow[r] - sbar)))")
	a.w("			lrow[r] *= f")
	a.w("			for t := range ar {")
	a.w("				ar[t] *= f")
	a.w("			}")
	a.w("			mrow[r] = sbar")
	a.w("		}")
	a.w("		wt := float32(math.Exp(float64(sbar - mrow[r])))")
	a.w("		lrow[r] += cols * wt")
	a.w("		for t, y := range vb {")
	a.w("			ar[t] += wt * y")
	a.w("		}")
	a.w("	}")
	a.w("}")
}

// compensateCode emits the compensation of skipped full tiles (docs/passes.md).
func (a *attention) compensateCode(order int) {
	a.w("// compensate: every allowed, fully unmasked tile the loop skipped enters as its mean key.")
	a.w("kbar, vsum := w.F32(7, d), w.F32(8, dv)")
	a.w("if I == 0 {")
	if order == 1 {
		a.w("\tc.CompFlops += float64(st.n*(d+dv)) + float64(st.n*2*d*dv)")
	} else {
		a.w("\tc.CompFlops += float64(st.n * (d + dv))")
	}
	a.w("}")
	a.w("for J := 0; J < st.nk; J++ {")
	if a.list {
		a.w("\tdone := false")
		a.w("\tfor t := 0; t < visited; t++ {")
		a.w("\t\tdone = done || int(st.list[base+t]) == J")
		a.w("\t}")
		a.w("\tif done {")
		a.w("\t\tcontinue")
		a.w("\t}")
	} else {
		a.w("\tcontinue // a dense loop skips nothing")
	}
	a.w("\tk0, k1 := J*bk, min((J+1)*bk, st.n)")
	a.w("\tcols := k1 - k0")
	if a.gather {
		a.w("\tfor cc := 0; cc < cols; cc++ {")
		a.w("\t\tkeys[cc] = prow[k0+cc]")
		a.w("\t}")
	} else {
		a.w("\tfor cc := 0; cc < cols; cc++ {")
		a.w("\t\tkeys[cc] = int32(k0 + cc)")
		a.w("\t}")
	}
	a.w("\tkmin, kmax := keys[0], keys[0]")
	a.w("\tvar pos float64")
	a.w("\tfor _, j := range keys[:cols] {")
	a.w("\t\tkmin, kmax = min(kmin, j), max(kmax, j)")
	a.w("\t\tpos += float64(j) / float64(cols)")
	a.w("\t}")
	a.w("\tif %sMask.Classify(h, %[2]s, %[2]s+rows-1, int(kmin), int(kmax)) != sparse.Full {", a.name, a.p0)
	a.w("\t\tcontinue")
	a.w("\t}")
	a.w("\tclear(kbar)")
	a.w("\tclear(vsum)")
	a.w("\tfor _, j := range keys[:cols] {")
	a.w("\t\tfor t := range kbar {")
	a.w("\t\t\tkbar[t] += K[int(j)*d+t] / float32(cols)")
	a.w("\t\t}")
	a.w("\t\tfor t := range vsum {")
	a.w("\t\t\tvsum[t] += V[int(j)*dv+t]")
	a.w("\t\t}")
	a.w("\t}")
	a.w("\tfor r := 0; r < rows; r++ {")
	a.w("\t\tqr := Q[r*d : r*d+d]")
	a.w("\t\tvar dot float32")
	a.w("\t\tfor t, y := range kbar {")
	a.w("\t\t\tdot += qr[t] * y")
	a.w("\t\t}")
	a.w("\t\tsbar := scale * dot")
	if a.mod != nil {
		a.w("\t\tsbar = float32(%sMod(float64(sbar), float64(%s+r), pos, hf, &mc))", a.name, a.p0)
	}
	a.w("\t\tc.CompFlops += float64(2 * (d + dv))")
	a.w("\t\tif math.IsInf(float64(sbar), -1) {")
	a.w("\t\t\tcontinue")
	a.w("\t\t}")
	a.w("\t\tar := acc[r*dv : r*dv+dv]")
	a.w("\t\tif sbar > mrow[r] {")
	a.w("\t\t\tf := float32(math.Exp(float64(mrow[r] - sbar)))")
	a.w("\t\t\tlrow[r] *= f")
	a.w("\t\t\tfor t := range ar {")
	a.w("\t\t\t\tar[t] *= f")
	a.w("\t\t\t}")
	a.w("\t\t\tmrow[r] = sbar")
	a.w("\t\t}")
	a.w("\t\twt := float32(math.Exp(float64(sbar - mrow[r])))")
	a.w("\t\tlrow[r] += float32(cols) * wt")
	a.w("\t\tfor t, y := range vsum {")
	a.w("\t\t\tar[t] += wt * y")
	a.w("\t\t}")
	if order == 1 {
		a.w("\t\tc.CompFlops += float64(2 * d * dv)")
		a.w("\t\tfor _, j := range keys[:cols] {")
		a.w("\t\t\tvar lin float32")
		a.w("\t\t\tfor t := range kbar {")
		a.w("\t\t\t\tlin += qr[t] * (K[int(j)*d+t] - kbar[t])")
		a.w("\t\t\t}")
		a.w("\t\t\tlin *= wt * scale")
		a.w("\t\t\tfor t := range ar {")
		a.w("\t\t\t\tar[t] += lin * V[int(j)*dv+t]")
		a.w("\t\t\t}")
		a.w("\t\t}")
	}
	a.w("\t}")
	a.w("}")
}

// fastCompensateSIMD emits the AVX-512 path of fastCompensate: 64 key tiles
// at a time straight from the transposed means; the tiles that are not
// skipped score -inf and weigh 0.
func (a *attention) fastCompensateSIMD() {
	a.w("if simd && len(skip) > 0 {")
	a.w("	sb := w.F32(11, bq*64)")
	a.w("	last := int(skip[len(skip)-1])")
	a.w("	for c0 := int(skip[0]) / 64 * 64; c0 <= last; c0 += 64 {")
	a.w("		cnt := min(64, last+1-c0) // P·V̄ stops at the last skipped tile")
	a.w("		m := mult[c0 : c0+64]")
	a.w("		%s(&sb[0], &Q[0], &st.kbarT[(kvh*nkc+c0/64)*d*64], rows, scale)", simdName("qk", a.d))
	// The chunk's columns that are not skipped tiles score -inf in every
	// row: masked stores with the same bits for each row, or a loop.
	a.w("		off := w.I32(2, 64)[:0]")
	a.w("		var keep uint64")
	a.w("		for t, k := range m {")
	a.w("			if k == 0 {")
	a.w("				off = append(off, int32(t))")
	a.w("			} else {")
	a.w("				keep |= 1 << t")
	a.w("			}")
	a.w("		}")
	a.w("		if %s != nil {", simdName("mask", 64))
	a.w("			var pm [64]uint64")
	a.w("			for r := range rows {")
	a.w("				pm[r] = keep")
	a.w("			}")
	a.w("			%s(&sb[0], &pm[0], rows)", simdName("mask", 64))
	a.w("			off = off[:0]")
	a.w("		}")
	a.w("		for r := 0; r < rows; r++ {")
	a.w("			row := sb[r*64 : r*64+64]")
	a.w("			for _, t := range off {")
	a.w("				row[t] = float32(math.Inf(-1))")
	a.w("			}")
	a.w("			mx := %s(&row[0], mrow[r])", simdName("max", 64))
	a.w("			if math.IsInf(float64(mx), -1) {")
	a.w("				clear(row)")
	a.w("				continue")
	a.w("			}")
	a.w("			ar := acc[r*dv : r*dv+dv]")
	a.w("			if mx > mrow[r] {")
	a.w("				f := float32(math.Exp(float64(mrow[r] - mx)))")
	a.w("				lrow[r] *= f")
	a.w("				for t := range ar {")
	a.w("					ar[t] *= f")
	a.w("				}")
	a.w("				mrow[r] = mx")
	a.w("			}")
	a.w("			%s(&row[0], mx) // 0 at the -inf columns", simdName("exp", 64))
	a.w("			var l0, l1, l2, l3 float32")
	a.w("			for t := 0; t < 64; t += 4 {")
	a.w("				l0 += m[t] * row[t]")
	a.w("				l1 += m[t+1] * row[t+1]")
	a.w("				l2 += m[t+2] * row[t+2]")
	a.w("				l3 += m[t+3] * row[t+3]")
	a.w("			}")
	a.w("			lrow[r] += (l0 + l1) + (l2 + l3)")
	a.w("		}")
	a.w("		%s(&acc[0], &sb[0], &vsumH[c0*dv], rows, cnt)", simdName("pv", a.dv))
	a.w("	}")
	a.w("	skip = skip[:0]")
	a.w("}")
}
