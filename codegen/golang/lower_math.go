package golang

// This file lowers the arithmetic of a key tile: S = scale·Q·Kᵀ, the score
// mod and mask per element, the online softmax and P·V, each on the AVX-512
// kernels when the tile fits them and the CPU has them, else in portable Go.

import "fmt"

// lowerMatmulQK emits S = scale·Q·Kᵀ: the AVX-512 kernel on a transposed
// key tile (or on bf16 pairs), or four scalar accumulators along d.
func (a *attention) lowerMatmulQK() {
	d := a.d
	if a.simd {
		a.g.needQK[d] = true
		if a.bf16 {
			a.g.needBF[d] = true
			a.matmulQKBF16()
			a.w("\t} else if simd {")
		} else {
			a.w("\tif simd {")
		}
		if transpose, _ := prepares(a.s); transpose {
			a.w("\t\tktT := st.kT[(kvh*st.nk+J)*d*64 : (kvh*st.nk+J+1)*d*64]")
		} else {
			a.w("\t\tktT := w.F32(9, d*64)")
			ind := "\t\t"
			if a.gatherKernels() {
				a.w("\t\tif gt {")
				a.w("\t\t\t%s(&ktT[0], &K[0], &keys[0])", simdName("gtr", d))
				a.w("\t\t} else {")
				ind = "\t\t\t"
			}
			a.w(ind + "for l := 0; l < d; l++ {")
			a.w(ind + "\trow := ktT[l*64 : l*64+64]")
			a.w(ind + "\tfor cc := 0; cc < cols; cc++ {")
			a.w(ind + "\t\trow[cc] = kt[cc*d+l]")
			a.w(ind + "\t}")
			a.w(ind + "\tclear(row[cols:])")
			a.w(ind + "}")
			if a.gatherKernels() {
				a.w("\t\t}")
			}
		}
		a.w("\t\t%s(&S[0], &Q[0], &ktT[0], rows, scale)", simdName("qk", d))
		a.w("\t} else {")
	}
	a.w("\tfor r := 0; r < rows; r++ {")
	a.w("\t\tqr := Q[r*d : r*d+d]")
	a.w("\t\tsr := S[r*ss : r*ss+cols]")
	a.w("\t\tfor cc := range sr {")
	a.w("\t\t\tkr := kt[cc*d : cc*d+d]")
	a.w("\t\t\tvar a0, a1, a2, a3 float32")
	a.w("\t\t\tl := 0")
	a.w("\t\t\tfor ; l+4 <= d; l += 4 {")
	a.w("\t\t\t\ta0 += qr[l] * kr[l]")
	a.w("\t\t\t\ta1 += qr[l+1] * kr[l+1]")
	a.w("\t\t\t\ta2 += qr[l+2] * kr[l+2]")
	a.w("\t\t\t\ta3 += qr[l+3] * kr[l+3]")
	a.w("\t\t\t}")
	a.w("\t\t\tfor ; l < d; l++ {")
	a.w("\t\t\t\ta0 += qr[l] * kr[l]")
	a.w("\t\t\t}")
	// sc + (sc − sc): NaN for an infinite score, which float32 overflow
	// gives (amd64.overflowToNaN), else x.
	a.w("\t\t\tsc := scale * ((a0 + a1) + (a2 + a3))")
	a.w("\t\t\tsr[cc] = sc + (sc - sc)")
	a.w("\t\t}")
	a.w("\t}")
	if a.simd {
		a.w("\t}")
	}
}

// gatherKernels reports whether a gathered (permuted) loop takes its full
// key tiles through gatherTranspose and gatherRows: Q·Kᵀ on the AVX-512
// kernels with 64-key tiles and head and value dims of 16s (with bf16
// inputs and the bf16 kernel, the keys' pairs come from gatherPairs and
// the float32 rows are gathered only for the float32 fallback).
func (a *attention) gatherKernels() bool {
	return a.gather && a.simd && a.bk == 64 && a.d%16 == 0 && a.dv%16 == 0
}

// matmulQKBF16 opens the bf16 branch of Q·Kᵀ: bf16 inputs multiply as bf16
// pairs (VDPBF16PS) against a key tile in the pair layout [d/2][64][2].
func (a *attention) matmulQKBF16() {
	a.w("\tif bf := %s; bf != nil {", simdName("qkbf", a.d))
	a.w("\t\tktB := w.U16(0, d*64)")
	a.w("\t\tK16 := st.k16[kvh*st.n*d : (kvh+1)*st.n*d]")
	// A full tile's pairs by gatherPairs (a pair a 32-bit word through
	// the gathered transpose), else a pair at a time, zeros past cols.
	ind := "\t\t"
	if a.bk == 64 && a.d%32 == 0 {
		a.g.needGP[a.d] = true
		a.w("\t\tif gp := %s; cols == 64 && gp != nil {", simdName("gpair", a.d))
		a.w("\t\t\tgp(&ktB[0], &K16[0], &keys[0])")
		a.w("\t\t} else {")
		ind = "\t\t\t"
	}
	a.w(ind + "for cc := 0; cc < cols; cc++ {")
	a.w(ind + "\tkr := K16[int(keys[cc])*d : int(keys[cc])*d+d]")
	a.w(ind + "\tfor l := 0; l < d; l += 2 {")
	a.w(ind + "\t\tktB[l*64+cc*2], ktB[l*64+cc*2+1] = kr[l], kr[l+1]")
	a.w(ind + "\t}")
	a.w(ind + "}")
	a.w(ind + "for l := 0; l < d; l += 2 {")
	a.w(ind + "\tclear(ktB[l*64+cols*2 : l*64+128])")
	a.w(ind + "}")
	if ind != "\t\t" {
		a.w("\t\t}")
	}
	a.w("\t\tbf(&S[0], &st.q16[(h*st.m+q0)*d], &ktB[0], rows, scale)")
}

// lowerScoreElements applies the mod and the mask per element and counts
// the allowed pairs computed. A tile the mask leaves full needs neither
// without a mod.
func (a *attention) lowerScoreElements() {
	if a.rows {
		a.rowScoreElements()
		return
	}
	if a.mod == nil {
		a.w("\tif cls == sparse.Full {")
		a.w("\t\tc.Computed += int64(rows * cols)")
		a.w("\t} else {")
	}
	// A local count: an increment through c per pair is a chain of
	// dependent stores.
	a.w("\tcomputed := 0")
	cached := a.maskExpr != nil && a.mod == nil && !a.gather && a.bk <= 64 && a.bq <= 64
	if cached {
		a.maskCachedBits()
		a.w("\t} else {")
	}
	a.w("\tfor r := 0; r < rows; r++ {")
	a.w("\t\tqi := float64(%s + r)", a.p0)
	a.w("\t\tsr := S[r*ss : r*ss+cols]")
	a.w("\t\tfor cc := range sr {")
	a.w("\t\t\tki := float64(keys[cc])")
	a.w("\t\t\t_ = ki")
	if a.maskExpr == nil && a.mod == nil {
		a.w("\t\t\t_ = qi // no mask and no mod read it: a kernel without mask()")
	}
	if a.maskExpr != nil {
		a.w("\t\t\tif cls != sparse.Full && !%sAllowed(qi, ki, hf) {", a.name)
		a.w("\t\t\t\tsr[cc] = float32(math.Inf(-1))")
		a.w("\t\t\t\tcontinue")
		a.w("\t\t\t}")
	}
	a.w("\t\t\tcomputed++")
	if a.mod != nil {
		a.w("\t\t\tsr[cc] = float32(%sMod(float64(sr[cc]), qi, ki, hf, &mc))", a.name)
	}
	a.w("\t\t}")
	a.w("\t}")
	if cached {
		a.w("\t}")
	}
	a.w("\tc.Computed += int64(computed)")
	if a.mod == nil {
		a.w("\t}")
	}
}

// rowScoreElements is lowerScoreElements for each row's own list (loop_list
// rows): a row keeps only the keys its bits for this tile hold, and the
// mask and mod apply to those. On a full tile without a mod the bits are
// the mask (the vector mask kernel); else per element.
func (a *attention) rowScoreElements() {
	a.w("\trm := st.rowl.Masks[st.rowl.Offsets[item]+idx*bq : st.rowl.Offsets[item]+idx*bq+rows]")
	a.w("\tcomputed := 0")
	if a.mod == nil && a.simd {
		a.w("\tif cls == sparse.Full && %s != nil {", simdName("mask", 64))
		a.w("\t\t%s(&S[0], &rm[0], rows)", simdName("mask", 64))
		a.w("\t\tfor _, b := range rm {")
		a.w("\t\t\tcomputed += bits.OnesCount64(b)")
		a.w("\t\t}")
		a.w("\t} else {")
	}
	a.w("\tfor r := 0; r < rows; r++ {")
	a.w("\t\tqi := float64(%s + r)", a.p0)
	a.w("\t\t_ = qi")
	a.w("\t\tsr := S[r*ss : r*ss+cols]")
	a.w("\t\tfor cc := range sr {")
	a.w("\t\t\tki := float64(keys[cc])")
	a.w("\t\t\t_ = ki")
	cond := "rm[r]>>cc&1 == 0"
	if a.maskExpr != nil {
		cond += fmt.Sprintf(" || cls != sparse.Full && !%sAllowed(qi, ki, hf)", a.name)
	}
	a.w("\t\t\tif %s {", cond)
	a.w("\t\t\t\tsr[cc] = float32(math.Inf(-1))")
	a.w("\t\t\t\tcontinue")
	a.w("\t\t\t}")
	a.w("\t\t\tcomputed++")
	if a.mod != nil {
		a.w("\t\t\tsr[cc] = float32(%sMod(float64(sr[cc]), qi, ki, hf, &mc))", a.name)
	}
	a.w("\t\t}")
	a.w("\t}")
	if a.mod == nil && a.simd {
		a.w("\t}")
	}
	a.w("\tc.Computed += int64(computed)")
}

// maskCachedBits opens the mask's fast branch: the allowed keys of a
// partial tile were kept as bits when the item's pairs were counted, so the
// clear ones are masked without evaluating the mask.
func (a *attention) maskCachedBits() {
	a.w("\tif pm := partialMask(st.pmask[item], J); pm != nil {")
	if a.simd {
		// Four masked stores per row (keys past cols are -inf in the SIMD
		// rows anyway).
		a.w("\t\tif %s != nil {", simdName("mask", 64))
		a.w("\t\t\t%s(&S[0], &pm[0], rows)", simdName("mask", 64))
		a.w("\t\t\tfor _, b := range pm[:rows] {")
		a.w("\t\t\t\tcomputed += bits.OnesCount64(b)")
		a.w("\t\t\t}")
		a.w("\t\t} else {")
	}
	a.w("\t\tfor r := 0; r < rows; r++ {")
	a.w("\t\t\tsr := S[r*ss : r*ss+cols]")
	a.w("\t\t\tcomputed += bits.OnesCount64(pm[r])")
	a.w("\t\t\tfor off := ^pm[r] & (^uint64(0) >> (64 - cols)); off != 0; off &= off - 1 {")
	a.w("\t\t\t\tsr[bits.TrailingZeros64(off)] = float32(math.Inf(-1))")
	a.w("\t\t\t}")
	a.w("\t\t}")
	if a.simd {
		a.w("\t\t}")
	}
}

// lowerSoftmaxOnline emits the online-softmax update per row: the row
// maximum, the rescaling of ℓ and acc when it grows, then P = exp(S − m)
// and its row sum (Δ, for the early exit). With AVX-512 the exp kernel
// leaves P in S for the P·V kernel; the portable path adds P·V in the same
// loop.
func (a *attention) lowerSoftmaxOnline() {
	a.w("\tfor r := 0; r < rows; r++ {")
	a.w("\t\tsr := S[r*ss : r*ss+cols]")
	if a.simd {
		// The kernels read whole 64-key rows: keys past the tile are -inf.
		a.w("\t\tvar mx float32")
		a.w("\t\tif simd {")
		a.w("\t\t\tfull := S[r*ss : r*ss+ss]")
		a.w("\t\t\tfor t := cols; t < ss; t++ {")
		a.w("\t\t\t\tfull[t] = float32(math.Inf(-1))")
		a.w("\t\t\t}")
		a.w("\t\t\tmx = %s(&full[0], mrow[r])", simdName("max", 64))
		// max64 drops NaN (MAXPS): scores that are all NaN (overflowed
		// float32, or NaN inputs) must give a NaN row, not an empty one.
		// A NaN beside a number reaches the row through exp64 anyway.
		a.w("\t\t\tif math.IsInf(float64(mx), -1) && anyNaN(sr) {")
		a.w("\t\t\t\tmx = float32(math.NaN())")
		a.w("\t\t\t}")
		a.w("\t\t} else {")
		a.w("\t\t\tmx = rowMax(sr, mrow[r])")
		a.w("\t\t}")
	} else {
		a.w("\t\tmx := rowMax(sr, mrow[r])")
	}
	a.w("\t\tdelta[r] = 0")
	a.w("\t\tif math.IsInf(float64(mx), -1) {")
	a.w("\t\t\tif simd {")
	a.w("\t\t\t\tclear(S[r*ss : r*ss+ss])")
	a.w("\t\t\t}")
	a.w("\t\t\tcontinue")
	a.w("\t\t}")
	a.w("\t\tar := acc[r*dv : r*dv+dv]")
	a.w("\t\tif mx > mrow[r] {")
	a.w("\t\t\tf := float32(math.Exp(float64(mrow[r] - mx)))")
	a.w("\t\t\tlrow[r] *= f")
	a.w("\t\t\tfor t := range ar {")
	a.w("\t\t\t\tar[t] *= f")
	a.w("\t\t\t}")
	a.w("\t\t\tmrow[r] = mx")
	a.w("\t\t}")
	a.w("\t\tvar sum float32")
	if a.simd {
		a.w("\t\tif simd {")
		a.w("\t\t\tsum = %s(&S[r*ss], mx)", simdName("exp", 64))
		a.w("\t\t\tlrow[r] += sum")
		a.w("\t\t\tdelta[r] = sum")
		a.w("\t\t\tcontinue")
		a.w("\t\t}")
	}
	a.w("\t\tfor cc, s := range sr {")
	a.w("\t\t\tif math.IsInf(float64(s), -1) {")
	a.w("\t\t\t\tcontinue")
	a.w("\t\t\t}")
	a.w("\t\t\tpv := float32(math.Exp(float64(s - mx)))")
	a.w("\t\t\tsum += pv")
	a.w("\t\t\tvr := vt[cc*dv : cc*dv+dv]")
	a.w("\t\t\tfor t, y := range vr {")
	a.w("\t\t\t\tar[t] += pv * y")
	a.w("\t\t\t}")
	a.w("\t\t}")
	a.w("\t\tlrow[r] += sum")
	a.w("\t\tdelta[r] = sum")
	a.w("\t}")
}

// lowerMatmulPV emits acc += P·V on the AVX-512 kernel; the portable path
// did it in lowerSoftmaxOnline's loop, over the keys whose score is not
// -inf. A key the mask hides must not touch acc even when its V holds a
// NaN or an infinity (0 · NaN = NaN), so a tile the mask cuts, or any tile
// under a score mod (which may give -inf), goes to pvm, which skips a P of
// +0; a full tile without a mod has none and keeps pv.
func (a *attention) lowerMatmulPV() {
	if !a.simd {
		return
	}
	a.g.needPV[a.dv] = true
	a.w("\tif simd {")
	if a.mod == nil {
		a.w("\t\tif cls == sparse.Full {")
		a.w("\t\t\t%s(&acc[0], &S[0], &vt[0], rows, cols)", simdName("pv", a.dv))
		a.w("\t\t} else {")
		a.w("\t\t\t%s(&acc[0], &S[0], &vt[0], rows, cols)", simdName("pvm", a.dv))
		a.w("\t\t}")
	} else {
		a.w("\t\t%s(&acc[0], &S[0], &vt[0], rows, cols)", simdName("pvm", a.dv))
	}
	a.w("\t}")
}
