package nvptx

import (
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// The tensor-core kernel's softmax on the accumulator fragments: a thread
// owns two rows (g and g+8 of its warp's 16) per m-atom and 2·BK/8 of
// their scores; row maxima need two butterfly shuffles, row sums are kept
// per thread and reduced once at the end.

// scores returns X, the scores as the exponents take them, and c, their
// factor: without a score modification X holds the raw products and c =
// scale·log2 e (> 0) is applied inside the exponent's FMA; with one, X is
// already mod(scale·s)·log2 e and c = 1. It sets the row slots' query rows
// and h as f32, which the mask and the early exit read too, and the rows'
// positions (rows + N − M when q's and k's lengths may differ), which the
// mask and the mod read.
func (em *mmaEmitter) scores(b kb, S [][]value.Value) ([][]value.Value, float64) {
	em.qi = make([]value.Value, 2*em.ma)
	for r := range em.qi {
		em.qi[r] = em.rowOf(b, r)
	}
	em.qpos = em.qi
	if em.ops.offset {
		off := b.NewSub(em.pN, em.pM) // query row i sits at position i + N − M
		em.qpos = make([]value.Value, len(em.qi))
		for r, row := range em.qi {
			em.qpos[r] = b.NewAdd(row, off)
		}
	}
	em.hf = b.NewSIToFP(em.h, types.Float)
	mod, scale := em.ops.mod, em.ops.scale
	X := make([][]value.Value, em.ma*em.nS)
	c := scale * math.Log2E
	for i := range X {
		X[i] = make([]value.Value, 4)
		for e := range 4 {
			X[i][e] = S[i][e]
			if mod != nil {
				env := map[string]value.Value{"s": b.NewFMul(S[i][e], f32(scale)), "qi": b.NewSIToFP(em.qpos[em.slot(i, e)], types.Float), "h": em.hf,
					"ki": b.NewSIToFP(em.key(b, em.colKey(b, i%em.nS, e)), types.Float)}
				X[i][e] = b.NewFMul(em.g.expr(b.Block, mod, env), f32(math.Log2E))
				c = 1
			}
		}
	}
	return X, c
}

// mask sets X to -inf where the mask fails or the key is past N, on
// partial tiles only (the class table says which: full tiles skip the
// mask), and returns the block after it, where X are phis. With
// compensate, a mean-key tile (list entry ≥ NK) takes a path of its own:
// its elements biased or -inf (meanScore; c is the exponent's factor),
// with no mask to evaluate (the tiles it stands for are full) and no
// class to read; real tiles pay nothing for it beyond one compare.
func (em *mmaEmitter) mask(b kb, X [][]value.Value, c float64) kb {
	check := b
	var means kb
	if em.ops.compensate {
		means, check = kb{em.f.NewBlock("meankeys"), em.g}, kb{em.f.NewBlock("classify"), em.g}
		b.NewCondBr(b.NewICmp(enum.IPredSGE, em.JP, em.pNK), means.Block, check.Block)
	}
	var cls value.Value
	if em.ahead() {
		cls = em.clsP // loaded an iteration ahead (listNext)
	} else {
		cls = check.NewLoad(types.I8, check.NewGetElementPtr(types.I8, em.pCls, check.i64(check.NewAdd(em.clsBase, em.JP))))
	}
	partial := kb{em.f.NewBlock("partial"), em.g}
	join := kb{em.f.NewBlock("softmax"), em.g}
	// Per-row kernels: each row keeps its own keys (its 64 bits of the
	// tile), so no tile skips the phase; a tile full for the mask (every
	// key below N and allowed) tests the bits alone (rowsFull), a partial
	// one the bits and the mask.
	rowBits := em.rowBits(check)
	var rowsFull kb
	bitOK := func(b kb, i, e int) value.Value {
		lk := em.colKey(b, i%em.nS, e)
		bit := b.NewAnd(b.NewLShr(rowBits[em.slot(i, e)], b.NewZExt(b.NewSub(lk, em.k0), types.I64)), constant.NewInt(types.I64, 1))
		return b.NewICmp(enum.IPredNE, bit, constant.NewInt(types.I64, 0))
	}
	var isPartial value.Value = check.NewICmp(enum.IPredNE, cls, constant.NewInt(types.I8, 2))
	if em.pair {
		// A tile of the pair's union outside this warpgroup's list: every
		// element masked (partial, with ok false below).
		isPartial = check.NewOr(isPartial, check.NewXor(em.memP, constant.True))
	}
	if em.ops.rows {
		rowsFull = kb{em.f.NewBlock("rowsfull"), em.g}
		check.NewCondBr(isPartial, partial.Block, rowsFull.Block)
	} else {
		check.NewCondBr(isPartial, partial.Block, join.Block)
	}
	// Partial tiles: evaluate the mask per element; keys past N are out.
	XM := make([][]value.Value, em.ma*em.nS)
	for i := range XM {
		XM[i] = make([]value.Value, 4)
		for e := range 4 {
			p := partial
			lk := em.colKey(p, i%em.nS, e)
			var ok value.Value = p.NewICmp(enum.IPredSLT, lk, em.pN)
			if em.pair {
				ok = p.NewAnd(ok, em.memP)
			}
			if rowBits != nil {
				ok = p.NewAnd(ok, bitOK(p, i, e)) // bit lk − k0 of the row's mask for this tile
			}
			if em.ops.mask != nil {
				safe := p.NewSelect(ok, lk, i32(0))
				env := map[string]value.Value{"qi": p.NewSIToFP(em.qpos[em.slot(i, e)], types.Float), "h": em.hf,
					"ki": p.NewSIToFP(em.key(p, safe), types.Float)}
				ok = p.NewAnd(ok, p.NewFCmp(enum.FPredUNE, em.g.expr(p.Block, em.ops.mask, env), f32(0)))
			}
			XM[i][e] = p.NewSelect(ok, X[i][e], negInf)
		}
	}
	partial.NewBr(join.Block)
	var XR [][]value.Value
	if em.ops.rows {
		XR = make([][]value.Value, len(X))
		for i := range XR {
			XR[i] = make([]value.Value, 4)
			for e := range 4 {
				XR[i][e] = rowsFull.NewSelect(bitOK(rowsFull, i, e), X[i][e], negInf)
			}
		}
		rowsFull.NewBr(join.Block)
	}
	var XB [][]value.Value
	if em.ops.compensate {
		// A column's bias and flag are its rows' (two per m-atom): once
		// per column, then an add and a select per element.
		last := em.lastMeanBias(means, c)
		var words []value.Value // tile J's words of comp, loaded an iteration ahead (listNext)
		for _, p := range em.compP {
			words = append(words, p)
		}
		if !em.ahead() {
			words = em.compWordsOf(means, em.JP)
		}
		type col struct{ ok, bias value.Value }
		cols := map[[2]int]col{}
		XB = make([][]value.Value, len(X))
		for i := range XB {
			XB[i] = make([]value.Value, 4)
			for e := range 4 {
				at := [2]int{i % em.nS, e & 1}
				cl, seen := cols[at]
				if !seen {
					cl.ok, cl.bias = em.meanBias(means, em.colKey(means, at[0], at[1]), c, last, words)
					if em.pair {
						cl.ok = means.NewAnd(cl.ok, em.memP) // not this warpgroup's: masked whole
					}
					cols[at] = cl
				}
				XB[i][e] = means.NewSelect(cl.ok, means.NewFAdd(X[i][e], cl.bias), negInf)
			}
		}
		means.NewBr(join.Block)
	}
	b = join
	for i := range X {
		for e := range 4 {
			var incs []*ir.Incoming
			if em.ops.rows { // rows: every tile tests its rows' bits
				incs = append(incs, ir.NewIncoming(XR[i][e], rowsFull.Block))
			} else {
				incs = append(incs, ir.NewIncoming(X[i][e], check.Block))
			}
			incs = append(incs, ir.NewIncoming(XM[i][e], partial.Block))
			if XB != nil {
				incs = append(incs, ir.NewIncoming(XB[i][e], means.Block))
			}
			X[i][e] = b.NewPhi(incs...)
		}
	}
	return b
}

// rowBits loads, for a rows kernel (ops.rows), each row slot's 64 key bits
// of the listed tile t: rowmask[rowoff[h·NQ + I] + t·BQ + (row − q0)], or
// with blocks of whole key tiles (cuda.RowFlags) the row's flag — bit
// (row − q0) % 64 of rowmask[rowoff[h·NQ + I] + t·⌈BQ/64⌉ + (row − q0)/64]
// — as all 64 bits or none; nil for other kernels.
func (em *mmaEmitter) rowBits(b kb) []value.Value {
	if !em.ops.rows {
		return nil
	}
	item := b.NewAdd(b.NewMul(em.h, em.pNQ), em.I)
	first := b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, em.pRowOff, b.i64(item)))
	bits := make([]value.Value, len(em.qi))
	if cuda.RowFlags(em.ops.rowBlock, em.ops.rowTokens, int(em.bk)) {
		wpt := cuda.RowFlagWords(int(em.bq))
		tile := b.NewAdd(first, b.i64(b.NewMul(em.tP, i32(int64(wpt)))))
		var w value.Value // the tile's one word, loaded once for every row slot
		if wpt == 1 {
			w = b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, em.pRowMask, tile))
		}
		for r, row := range em.qi {
			rr := b.NewSub(row, em.q0)
			if wpt > 1 {
				w = b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, em.pRowMask, b.NewAdd(tile, b.i64(b.NewLShr(rr, i32(6))))))
			}
			on := b.NewAnd(b.NewLShr(w, b.NewZExt(b.NewAnd(rr, i32(63)), types.I64)), i64c(1))
			bits[r] = b.NewSelect(b.NewICmp(enum.IPredNE, on, i64c(0)), i64c(-1), i64c(0))
		}
		return bits
	}
	tile := b.NewAdd(first, b.i64(b.NewMul(em.tP, i32(em.bq))))
	for r, row := range em.qi {
		at := b.NewAdd(tile, b.i64(b.NewSub(row, em.q0)))
		bits[r] = b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, em.pRowMask, at))
	}
	return bits
}

// rescaleSlack is how far, in log₂ units, a row's maximum may rise above
// the reference its exponents are taken against before O and ℓ are
// rescaled (FlashAttention-4's conditional rescaling). Until then P = 2^(c·X
// − m) stays at most 2^8 — exact in float32 and in the b16 P of P·V, whose
// exponent range is float32's — and O/ℓ is the same quotient: only the
// rounding moves. Most tiles then skip the 4·dv/8 multiplications of O and
// the exponent of α.
const rescaleSlack = 8

// softmax is the online softmax of the tile, two rows per thread and
// m-atom: the rows' maxima, the reference m' each row's exponents take
// (the running one, or the new maximum when some row of the warp rose
// more than rescaleSlack above its reference: then every row of the warp
// moves to its maximum, O and ℓ scaled by α = 2^(m−m') in a warp-uniform
// branch), P = 2^(c·X − m'), the tile's row sums Δ and ℓ' = α·ℓ + Δ. It
// returns the block after it; O scaled is em.Oscaled.
func (em *mmaEmitter) softmax(b kb, X [][]value.Value, c float64) kb {
	ma, nS := em.ma, em.nS
	mTop, mNew, lNew, delta := make([]value.Value, 2*ma), make([]value.Value, 2*ma), make([]value.Value, 2*ma), make([]value.Value, 2*ma)
	P := make([][]value.Value, ma*nS)
	for i := range P {
		P[i] = make([]value.Value, 4)
	}
	var rise value.Value = constant.False
	for r := range 2 * ma {
		a, hr := r/2, r%2
		var xs []value.Value
		for j := range nS {
			xs = append(xs, X[a*nS+j][2*hr], X[a*nS+j][2*hr+1])
		}
		mx := b.tree(xs, b.fmax)
		mx = b.fmax(mx, b.bfly(mx, 1))
		mx = b.fmax(mx, b.bfly(mx, 2))
		if c != 1 {
			mx = b.NewFMul(mx, f32(c))
		}
		mTop[r] = b.fmax(em.mP[r], mx)
		// -inf + slack is -inf: a row's first allowed key always rises.
		rise = b.NewOr(rise, b.NewFCmp(enum.FPredOGT, mTop[r], b.NewFAdd(em.mP[r], f32(rescaleSlack))))
	}
	rise = b.voteAny(rise)
	// The rescale: α per row, O and ℓ scaled, where some row rose. The
	// overlapped loop (em.ov) scales O later, once the P·V in flight
	// has written it (rescaleO): the branch gives α instead (1 where no
	// row rose).
	var vals []value.Value
	if !em.ov {
		vals = flatten(phiVals(em.O))
	}
	for r := range 2 * ma {
		vals = append(vals, em.lP[r])
	}
	if em.ov {
		for range 2 * ma {
			vals = append(vals, f32(1))
		}
	}
	b, vals = b.condVals(rise, vals, func(t kb) (kb, []value.Value) {
		alpha := make([]value.Value, 2*ma)
		for r := range alpha {
			// A row with nothing allowed yet keeps m = -inf; use 0 so
			// that exponents are -inf (α = 0), not NaN.
			mUse := t.NewSelect(t.NewFCmp(enum.FPredOEQ, mTop[r], negInf), f32(0), mTop[r])
			alpha[r] = t.ex2(t.NewFSub(em.mP[r], mUse))
		}
		out := make([]value.Value, 0, len(vals))
		if !em.ov {
			out = em.scaleO(t, flatten(phiVals(em.O)), alpha)
		}
		for r := range 2 * ma {
			out = append(out, t.NewFMul(em.lP[r], alpha[r]))
		}
		if em.ov {
			out = append(out, alpha...)
		}
		return t, out
	})
	nO := 0
	if !em.ov {
		nO = 4 * len(em.O)
		em.Oscaled = unflatten(vals[:nO])
	}
	lScaled := vals[nO : nO+2*ma]
	em.rise, em.alpha = rise, vals[nO+2*ma:]
	for r := range 2 * ma {
		a, hr := r/2, r%2
		mNew[r] = b.NewSelect(rise, mTop[r], em.mP[r])
		mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, mNew[r], negInf), f32(0), mNew[r])
		negM := b.NewFNeg(mUse)
		var ps []value.Value
		for j := range nS {
			for e := 2 * hr; e < 2*hr+2; e++ {
				P[a*nS+j][e] = b.ex2(b.fma(X[a*nS+j][e], f32(c), negM))
				ps = append(ps, P[a*nS+j][e])
			}
		}
		sum := b.tree(ps, func(x, y value.Value) value.Value { return b.NewFAdd(x, y) })
		delta[r] = sum
		lNew[r] = b.NewFAdd(lScaled[r], sum)
	}
	em.mNew, em.lNew, em.delta, em.P = mNew, lNew, delta, P
	return b
}

// scaleO is O (flattened, [a·nO + j][e]) with each row's elements times
// its α (alpha: per row slot).
func (em *mmaEmitter) scaleO(b kb, O []value.Value, alpha []value.Value) []value.Value {
	out := make([]value.Value, len(O))
	for k, x := range O {
		i, e := k/4, k%4
		out[k] = b.NewFMul(x, alpha[2*(i/em.nO)+e>>1])
	}
	return out
}

// rescaleO is the overlapped loop's O, written by the P·V of the last
// tile, scaled to this tile's reference where a row of the warp rose
// (the softmax's α; a warp-uniform branch, as the softmax's own).
func (em *mmaEmitter) rescaleO(b kb, O []value.Value) (kb, []value.Value) {
	return b.condVals(em.rise, O, func(t kb) (kb, []value.Value) {
		return t, em.scaleO(t, O, em.alpha)
	})
}

// phiVals are the phis' values.
func phiVals(ps [][]*ir.InstPhi) [][]value.Value {
	out := make([][]value.Value, len(ps))
	for i, row := range ps {
		out[i] = make([]value.Value, len(row))
		for j, p := range row {
			out[i][j] = p
		}
	}
	return out
}
