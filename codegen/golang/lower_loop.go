package golang

import (
	"fmt"
	"math"

	"github.com/attnc/attnc/ir/tile"
)

// This file lowers the item's frame: its constants and coordinates (grid),
// its operands (load_q, load_kv), the key-tile loop and what it carries, the
// early exit and the store.

// lowerGrid declares the item's constants and its coordinates: head h and
// query tile I.
func (a *attention) lowerGrid() {
	a.w("const bq, bk, d, dv = %d, %d, %d, %d", a.bq, a.bk, a.d, a.dv)
	a.w("const ss = %d", a.ss)
	if a.simd {
		a.w("simd := %s != nil", simdName("qk", a.d))
	} else {
		a.w("const simd = false")
	}
	a.scaleDecl()
	a.w("st := &x.st%d", a.i)
	a.w("h, I := item/st.nq, item%%st.nq")
	a.w("q0 := I * bq")
	a.w("rows := min(bq, st.m-q0)")
	if a.lens {
		a.w("// Key lengths: h's keys are the first kn rows of its KV head, the")
		a.w("// length of its sequence; the mask and the mod read hm, the head")
		a.w("// within the sequence, and positions: query row i sits at i + kn − M.")
		a.w("kn := int(st.lens[h/st.hs])")
		if a.s.Find(tile.LoopDense) != nil { // a list holds only tiles of the keys
			a.w("knk := (kn + bk - 1) / bk")
		}
		a.w("hm := h %% st.hs")
		a.w("p0 := q0 + sparse.QueryOffset(st.m, kn)")
	} else if a.p0 != "q0" {
		a.w("// The mask and the mod read positions: query row i sits at i + N − M.")
		a.w("p0 := q0 + sparse.QueryOffset(st.m, st.n)")
	}
}

// scaleDecl declares matmul_qk's scale.
func (a *attention) scaleDecl() {
	if scale := a.s.Find(tile.MatmulQK).Float("scale"); math.IsInf(scale, 0) || math.IsNaN(scale) {
		// The checker refuses such a scale in source; IR text can still
		// carry one, and float32(math.Inf(1)) is no constant.
		a.w("scale := float32(%s)", goFloat(scale))
	} else {
		a.w("const scale = float32(%s)", goFloat(scale))
	}
}

// lowerLoadQ takes the query tile and the item's KV head as views of the
// f32 inputs: loading is slicing.
func (a *attention) lowerLoadQ() {
	a.w("kvh := h / st.group")
	a.w("Q := st.q[(h*st.m+q0)*d : (h*st.m+q0+rows)*d]")
	a.w("K := st.k[kvh*st.n*d : (kvh+1)*st.n*d]")
	a.w("V := st.v[kvh*st.n*dv : (kvh+1)*st.n*dv]")
}

// loopState declares what the key-tile loop carries: the score tile, the
// online-softmax state (m, ℓ, acc, and Δ for the early exit), the mask's
// classes of the key tiles, the tile's key indices and the head's counters.
func (a *attention) loopState() {
	a.w("S := w.F32(0, bq*ss)")
	a.w("acc := w.F32(1, bq*dv)")
	a.w("clear(acc)")
	a.w("mrow, lrow, delta := w.F32(2, bq), w.F32(3, bq), w.F32(4, bq)")
	a.w("for r := range rows {")
	a.w("\tmrow[r], lrow[r] = float32(math.Inf(-1)), 0")
	a.w("}")
	// The mask's classes of the item's (physical) key tiles and its allowed
	// pairs depend only on the shape: counted on the first run.
	a.w("cl := st.cls[item*st.nk : (item+1)*st.nk]")
	a.w("if st.allowed[item] < 0 {")
	if a.lens {
		a.w("\tb := h / st.hs")
		a.w("\tst.allowed[item] = st.allowedPairs(hm, p0, p0+rows, kn, cl, &st.pmask[item], st.stable[item*st.nk:(item+1)*st.nk], int(st.hz.Lo[b]), int(st.hz.Hi[b]))")
	} else {
		a.w("\tst.allowed[item] = st.allowedPairs(h, %[1]s, %[1]s+rows, cl, &st.pmask[item])", a.p0)
	}
	a.w("}")
	a.w("keys := w.I32(0, bk)")
	if a.gather {
		a.w("kt, vt := w.F32(5, bk*d), w.F32(6, bk*dv)")
	}
	a.w("c := &w.Heads[h]")
	a.w("hf := float64(%s)", a.hm)
	a.w("_ = hf")
	if a.mod != nil {
		a.w("mc := %sModH(hf)", a.name)
	}
	if a.gather {
		a.w("prow := st.perm[(h*st.ns+I*bq/st.segment)*st.n : (h*st.ns+I*bq/st.segment+1)*st.n]")
	}
}

// lowerLoopDense opens the loop over every key tile (load_kv skips those
// the mask empties).
func (a *attention) lowerLoopDense() {
	a.loopState()
	a.w("for J := 0; J < %s; J++ {", a.nk)
}

// lowerLoopList opens the loop over the item's tile list: its length n,
// and how many leading tiles are forced (the early exit never leaves
// before them).
func (a *attention) lowerLoopList() {
	a.loopState()
	a.w("base := (h*st.nq + I) * 2 * st.nk")
	a.w("forced := 0")
	a.w("for t := 0; t < st.nk && st.list[base+t] >= 0; t++ {")
	a.w("\tif st.list[base+st.nk+t] != 0 {")
	a.w("\t\tforced++")
	a.w("\t}")
	a.w("}")
	a.w("n := 0")
	a.w("for n < st.nk && st.list[base+n] >= 0 {")
	a.w("\tn++")
	a.w("}")
	a.w("visited := 0")
	if tile.Patience(a.exit) > 1 {
		a.w("small := 0 // the early stop's tiles in a row below ε")
	}
	a.w("for idx := 0; idx < n; idx++ {")
	a.w("\tJ := int(st.list[base+idx])")
}

// lowerLoadKV takes key tile J: its keys gathered through the permutation
// row and classified by their range, or a view of contiguous keys with the
// class counted before the loop. A dense loop skips the tiles the mask
// empties.
func (a *attention) lowerLoadKV() {
	a.w("\tk0, k1 := J*bk, min((J+1)*bk, %s)", a.n)
	a.w("\tcols := k1 - k0")
	if a.gather {
		a.w("\tcopy(keys[:cols], prow[k0:k1])")
		if a.gatherKernels() {
			// A full tile's keys go straight into Kᵀ (gatherTranspose) and
			// its values into vt (gatherRows); kt is filled only for the
			// loops that read it.
			a.g.needGT[a.d], a.g.needGR[a.dv] = true, true
			a.w("\tgt := cols == 64 && simd && %s != nil", simdName("gtr", a.d))
			if a.bf16 {
				// The bf16 kernel reads the keys' b16 pairs (matmulQKBF16):
				// kt only for the float32 kernels and the portable loop.
				a.w("\tif !gt && !(simd && %s != nil) {", simdName("qkbf", a.d))
			} else {
				a.w("\tif !gt {")
			}
			a.w("\t\tfor cc, j := range keys[:cols] {")
			a.w("\t\t\tcopy(kt[cc*d:(cc+1)*d], K[int(j)*d:(int(j)+1)*d])")
			a.w("\t\t}")
			a.w("\t}")
			a.w("\tif g := %s; g != nil {", simdName("grow", a.dv))
			a.w("\t\tg(&vt[0], &V[0], &keys[0], cols)")
			a.w("\t} else {")
			a.w("\t\tfor cc, j := range keys[:cols] {")
			a.w("\t\t\tcopy(vt[cc*dv:(cc+1)*dv], V[int(j)*dv:(int(j)+1)*dv])")
			a.w("\t\t}")
			a.w("\t}")
		} else {
			a.w("\tfor cc, j := range keys[:cols] {")
			a.w("\t\tcopy(kt[cc*d:(cc+1)*d], K[int(j)*d:(int(j)+1)*d])")
			a.w("\t\tcopy(vt[cc*dv:(cc+1)*dv], V[int(j)*dv:(int(j)+1)*dv])")
			a.w("\t}")
		}
		a.w("\tkmin, kmax := keys[0], keys[0]")
		a.w("\tfor _, j := range keys[:cols] {")
		a.w("\t\tkmin, kmax = min(kmin, j), max(kmax, j)")
		a.w("\t}")
		a.w("\tcls := %sMask.Classify(h, %[2]s, %[2]s+rows-1, int(kmin), int(kmax))", a.name, a.p0)
	} else {
		a.w("\tkt, vt := K[k0*d:k1*d], V[k0*dv:k1*dv]")
		a.w("\tfor cc := 0; cc < cols; cc++ {")
		a.w("\t\tkeys[cc] = int32(k0 + cc)")
		a.w("\t}")
		a.w("\tcls := cl[J]")
	}
	if !a.list {
		a.w("\tif cls == sparse.Empty {")
		a.w("\t\tcontinue")
		a.w("\t}")
	} else {
		a.w("\tvisited++")
	}
	a.w("\tc.TilesVisited++")
}

// lowerEarlyExit leaves a list loop, past its forced tiles and before its
// last, when the tile added less than eps of the rows' mass (stop<T>).
func (a *attention) lowerEarlyExit(op *tile.Op) {
	if !a.list {
		return
	}
	stop := fmt.Sprintf("stop%s(delta[:rows], lrow[:rows], %s, %v)", a.T, goFloat(op.Float("eps")), op.Attrs["rule"] != "mean")
	p := tile.Patience(a.exit)
	if p == 1 {
		a.w("\tif idx >= forced && idx < n-1 && %s {", stop)
		a.w("\t\tc.EarlyStops++")
		a.w("\t\tbreak")
		a.w("\t}")
		return
	}
	// patience: p tiles in a row below ε (small counts them).
	a.w("\tif idx >= forced && idx < n-1 {")
	a.w("\t\tif !%s {", stop)
	a.w("\t\t\tsmall = 0")
	a.w("\t\t} else if small++; small >= %d {", p)
	a.w("\t\t\tc.EarlyStops++")
	a.w("\t\t\tbreak")
	a.w("\t\t}")
	a.w("\t}")
}

// lowerStore writes out = acc/ℓ, and 0 for rows with nothing allowed.
func (a *attention) lowerStore() {
	a.w("c.Allowed += st.allowed[item]")
	a.w("o := st.out[(h*st.m+q0)*dv : (h*st.m+q0+rows)*dv]")
	a.w("for r := 0; r < rows; r++ {")
	a.w("\tor, ar := o[r*dv:r*dv+dv], acc[r*dv:r*dv+dv]")
	a.w("\tif lrow[r] == 0 {")
	a.w("\t\tclear(or)")
	a.w("\t\tcontinue")
	a.w("\t}")
	a.w("\tinv := 1 / lrow[r]")
	a.w("\tfor t := range or {")
	a.w("\t\tor[t] = ar[t] * inv")
	a.w("\t}")
	a.w("}")
}
