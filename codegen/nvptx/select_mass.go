package nvptx

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Mode mass on the GPU: take the forced tiles, then candidates in
// descending score (ties: lower tile first) until their float64 sum from
// the forced mass reaches τ — the host's rule, summed in the host's
// order. How many that is is not known in advance. The kernel estimates
// it from the row's mass: two radix rounds over the top 16 bits of the
// candidates' codes histogram their counts and their masses in fixed
// point (E truncated to multiples of 2⁻¹⁸, so a bin's fixed mass never
// exceeds its true mass), and the highest bins whose fixed mass reaches
// τ − forced mass (plus one unit) are taken whole: their true mass
// reaches it too, so the exact sum that follows stops inside them. Only
// those candidates are compacted and sorted, and warp 0 sums them exactly:
// while every addend and the running sum are multiples of 2⁻⁵² below 2
// (an E of at least 2⁻²⁹ or 0 is), float64 adds them without rounding,
// so a warp scan gives the sequential sum's bits 32 candidates at a
// time; elsewhere it adds them one after another. Where the estimate
// falls short (never, by the argument above, but min_blocks or
// non-finite E may make it), k grows ×4. (The twenty-third session's
// kernel ranked 64, then 256, then 1024 … until the mass was reached,
// each try sorted and summed one candidate at a time: 2.5× slower at
// N = 131072, BENCHMARKS.md.)

// massFix is the fixed-point unit of the bins' mass: E·massFix,
// truncated, E clamped to [0, 1], so a row's fixed mass is at most
// SelectLimit·2¹⁸ = 2³⁰ whatever its scores: the scan over the digits
// never wraps, so its sums rise with the digits and exactly one digit
// holds the mass sought (a row whose E sum past 128 — scores that are
// no probabilities — would otherwise wrap it and let two threads each
// claim a digit). Truncation leaves a row at most 2⁻¹⁸ a tile short
// (≤ 2⁻⁸ of mass at 1024 tiles): the bins taken may hold a few tiles
// more than needed, never fewer.
const massFix = 1 << 18

// A row's largest fixed mass fits the scan's int32 (compile-time check).
const _ = uint32(1<<31 - 1 - SelectLimit*massFix)

// massTake takes mode mass's candidates, k estimated from the row's mass
// (see the file comment): it returns the block after the loop and the candidates
// taken (at least min_blocks') and the list entries it wrote after the
// forced tiles (the candidates of its last try, at least those taken).
func (sel *selectEmitter) massTake(b kb) (kb, value.Value, value.Value) {
	f, g, sp := sel.f, sel.g, sel.sp
	fm := b.NewLoad(types.Double, b.sharedAt(sel.sMass, i32(0)))
	// need = ⌈(τ − forced mass)·massFix⌉ + 1, at least 1 and at most 2³⁰.
	var x value.Value = b.NewFMul(b.NewFSub(constant.NewFloat(types.Double, sp.mass), fm), constant.NewFloat(types.Double, massFix))
	x = b.NewCall(g.intrinsic("llvm.ceil.f64", types.Double, types.Double), x)
	x = b.NewCall(g.intrinsic("llvm.maxnum.f64", types.Double, types.Double, types.Double), x, constant.NewFloat(types.Double, 0))
	x = b.NewCall(g.intrinsic("llvm.minnum.f64", types.Double, types.Double, types.Double), x, constant.NewFloat(types.Double, 1<<30))
	need := b.NewAdd(b.NewFPToSI(x, types.I32), i32(1))
	var prefix, rem, above, cnt, all value.Value = i32(0), need, i32(0), i32(0), constant.False
	var mask value.Value = i32(0)
	for shift := int64(24); shift >= 16; shift -= 8 {
		b, prefix, rem, above, cnt, all = sel.massRound(b, shift, prefix, mask, rem, above, all)
		mask = b.NewOr(mask, i32(255<<shift))
	}
	// The bins taken: every candidate whose code is at least t.
	kBins := b.NewSelect(all, sel.nCand, b.NewAdd(above, cnt))
	t := b.NewSelect(all, i32(2), prefix)
	useBins := b.NewICmp(enum.IPredSGE, kBins, sel.mb)

	tm1 := b.NewSub(t, i32(1))
	pre := b
	head := kb{f.NewBlock("mass"), g}
	exit := kb{f.NewBlock("mass_done"), g}
	k0 := pre.NewSelect(useBins, kBins, pre.imin(sel.mb, sel.nCand))
	pre.NewBr(head.Block)
	kTry := head.NewPhi(ir.NewIncoming(k0, pre.Block))
	first := head.NewPhi(ir.NewIncoming(constant.True, pre.Block))
	bins, ranked, join := kb{f.NewBlock("mass_bins"), g}, kb{f.NewBlock("mass_topk"), g}, kb{f.NewBlock("mass_taken"), g}
	head.NewCondBr(head.NewAnd(first, useBins), bins.Block, ranked.Block)
	bins, _ = sel.compact(bins, tm1, i32(0))
	bins.barrier()
	bins.NewBr(join.Block)
	sel.topk(ranked, kTry).NewBr(join.Block)
	b = sel.writeRanked(join, kTry, true)
	b.barrier()
	b = b.when(b.NewICmp(enum.IPredEQ, sel.warp, i32(0)), func(b kb) kb { return sel.massSum(b, kTry) })
	b.barrier()
	n := b.NewLoad(types.I32, b.sharedAt(sel.sCnt, i32(1)))
	reached := b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, b.sharedAt(sel.sCnt, i32(2))), i32(0))
	done := b.NewOr(reached, b.NewICmp(enum.IPredSGE, kTry, sel.nCand))
	kTry.Incs = append(kTry.Incs, ir.NewIncoming(b.imin(b.imax(b.NewMul(kTry, i32(4)), i32(64)), sel.nCand), b.Block))
	first.Incs = append(first.Incs, ir.NewIncoming(constant.False, b.Block))
	b.NewCondBr(done, exit.Block, head.Block)
	return exit, exit.imax(n, sel.mb), kTry
}

// massRound is one 8-bit round of the mass estimate at shift over the
// candidates whose code matches prefix under mask: each digit's count
// (warp-aggregated, as radixRound's) and fixed-point mass, then a scan
// from the top digit for the one where the mass above reaches rem. It
// returns prefix extended by that digit, rem less the mass above it, the
// count above accumulated, the digit's count, and all (set where the
// candidates' whole mass falls short: then every candidate is taken).
func (sel *selectEmitter) massRound(b kb, shift int64, prefix, mask, rem, above, all value.Value) (kb, value.Value, value.Value, value.Value, value.Value, value.Value) {
	const threads = selectThreads
	tid := sel.tid
	b.barrier() // the histograms may still be read
	b.NewStore(i32(0), b.sharedAt(sel.sHist, tid))
	b.NewStore(i32(0), b.sharedAt(sel.sHistM, tid))
	b.barrier()
	b = b.each(tid, sel.hiR, sel.step, func(b kb, J value.Value) kb {
		v := b.NewLoad(types.I32, sel.x(b, J))
		part := b.NewAnd(b.NewICmp(enum.IPredUGE, v, i32(2)), b.NewICmp(enum.IPredEQ, b.NewAnd(v, mask), prefix))
		b, dig := sel.histAdd(b, v, part, shift, 8)
		// E·massFix truncated, E clamped to [0, 1] (NaN to 0).
		var e value.Value = b.NewBitCast(b.NewSub(v, i32(2)), types.Float)
		e = b.NewSelect(b.NewFCmp(enum.FPredOGT, e, f32(0)), e, f32(0))
		e = b.NewSelect(b.NewFCmp(enum.FPredOLT, e, f32(1)), e, f32(1))
		m := b.NewFPToSI(b.NewFMul(e, f32(massFix)), types.I32)
		return b.when(b.NewAnd(part, b.NewICmp(enum.IPredSGT, m, i32(0))), func(b kb) kb {
			b.NewAtomicRMW(enum.AtomicOpAdd, b.sharedAt(sel.sHistM, dig), m, enum.AtomicOrderingMonotonic)
			return b
		})
	})
	b.barrier()
	digit := b.NewSub(i32(255), tid)
	cN := b.NewLoad(types.I32, b.sharedAt(sel.sHist, digit))
	cM := b.NewLoad(types.I32, b.sharedAt(sel.sHistM, digit))
	b, exclM, totM := b.blockScan(cM, sel.sScanA, tid, threads)
	b, exclN, _ := b.blockScan(cN, sel.sScanB, tid, threads)
	hit := b.NewAnd(b.NewICmp(enum.IPredSLT, exclM, rem), b.NewICmp(enum.IPredSLE, rem, b.NewAdd(exclM, cM)))
	short := b.NewICmp(enum.IPredSLT, totM, rem)
	b = b.when(b.NewOr(hit, b.NewAnd(short, b.NewICmp(enum.IPredEQ, tid, i32(0)))), func(b kb) kb {
		b.NewStore(b.NewSelect(short, i32(0), digit), b.sharedAt(sel.sBins, i32(0)))
		b.NewStore(exclM, b.sharedAt(sel.sBins, i32(1)))
		b.NewStore(exclN, b.sharedAt(sel.sBins, i32(2)))
		b.NewStore(cN, b.sharedAt(sel.sBins, i32(3)))
		return b
	})
	b.barrier()
	load := func(i int64) value.Value { return b.NewLoad(types.I32, b.sharedAt(sel.sBins, i32(i))) }
	D, mAbove, nAbove, c := load(0), load(1), load(2), load(3)
	return b, b.NewOr(prefix, b.NewShl(D, i32(shift))), b.NewSub(rem, mAbove), b.NewAdd(above, nAbove), c, b.NewOr(all, short)
}

// massSum (warp 0) sums the E of the K taken candidates (sorted, in sC)
// from the forced mass in float64, in order, each one added while the sum
// is below τ, and stores how many were added (sCnt[1]) and whether the
// sum reached τ (sCnt[2]). 32 candidates at a time: a warp scan where
// the adds are exact (every E of the 32 a multiple of 2⁻⁵² — at least
// 2⁻²⁹ or zero — the sum so far a multiple of 2⁻⁵², and the sums below
// 1.5), the host's sequential adds otherwise; both give the same bits.
func (sel *selectEmitter) massSum(b kb, K value.Value) kb {
	lane := sel.lane
	tau := constant.NewFloat(types.Double, sel.sp.mass)
	dbl := func(x float64) value.Value { return constant.NewFloat(types.Double, x) }
	fm := b.NewLoad(types.Double, b.sharedAt(sel.sMass, i32(0)))
	b, v := b.forN(i32(0), K, i32(32), []value.Value{fm, i32(0)}, func(b kb, base value.Value, v []value.Value) (kb, []value.Value) {
		acc, n := v[0], v[1]
		idx := b.NewAdd(base, lane)
		in := b.NewICmp(enum.IPredSLT, idx, K)
		b, e := b.cond(in, func(b kb) (kb, value.Value) {
			J := b.NewLoad(types.I32, b.sharedAt(sel.sC, idx))
			return b, b.NewBitCast(b.NewSub(b.NewLoad(types.I32, sel.x(b, J)), i32(2)), types.Float)
		}, f32(0))
		ed := b.NewFPExt(e, types.Double)
		inexact := b.NewAnd(b.NewFCmp(enum.FPredONE, e, f32(0)), b.NewFCmp(enum.FPredOLT, b.NewCall(sel.g.intrinsic("llvm.fabs.f32", types.Float, types.Float), e), f32(0x1p-29)))
		u := b.NewFMul(acc, dbl(0x1p52))
		accOK := b.NewFCmp(enum.FPredOEQ, u, b.NewCall(sel.g.intrinsic("llvm.trunc.f64", types.Double, types.Double), u))
		// The scan (cheap; its result is used only where exact).
		var incl value.Value = ed
		for d := int64(1); d < 32; d *= 2 {
			y := b.shflUpF64(incl, d)
			incl = b.NewSelect(b.NewICmp(enum.IPredUGE, lane, i32(d)), b.NewFAdd(incl, y), incl)
		}
		total := b.shflIdxF64(incl, i32(31))
		// Past τ nothing is added, and the fast path adds nothing.
		var fast value.Value = b.NewAnd(b.NewAnd(accOK, b.NewXor(b.voteAny(inexact), constant.True)), b.NewFCmp(enum.FPredOLT, b.NewFAdd(acc, total), dbl(1.5)))
		fast = b.NewOr(fast, b.NewFCmp(enum.FPredOGE, acc, tau))
		fastB, slowB, join := kb{b.Parent.NewBlock(""), b.g}, kb{b.Parent.NewBlock(""), b.g}, kb{b.Parent.NewBlock(""), b.g}
		b.NewCondBr(fast, fastB.Block, slowB.Block)
		// Exact: candidate i is added iff acc + (the sum before it) < τ.
		excl := fastB.NewFSub(incl, ed)
		take := fastB.NewAnd(in, fastB.NewFCmp(enum.FPredOLT, fastB.NewFAdd(acc, excl), tau))
		c := fastB.popc(fastB.ballot(take))
		last := fastB.shflIdxF64(incl, fastB.imax(fastB.NewSub(c, i32(1)), i32(0)))
		accF := fastB.NewSelect(fastB.NewICmp(enum.IPredSGT, c, i32(0)), fastB.NewFAdd(acc, last), acc)
		nF := fastB.NewAdd(n, c)
		fastB.NewBr(join.Block)
		// One after another, as the host adds.
		accS, nS := value.Value(acc), value.Value(n)
		for s := range int64(32) {
			es := slowB.shflIdx(e, i32(s))
			more := slowB.NewAnd(slowB.NewFCmp(enum.FPredOLT, accS, tau), slowB.NewICmp(enum.IPredSLT, slowB.NewAdd(base, i32(s)), K))
			accS = slowB.NewSelect(more, slowB.NewFAdd(accS, slowB.NewFPExt(es, types.Double)), accS)
			nS = slowB.NewSelect(more, slowB.NewAdd(nS, i32(1)), nS)
		}
		slowB.NewBr(join.Block)
		accJ := join.NewPhi(ir.NewIncoming(accF, fastB.Block), ir.NewIncoming(accS, slowB.Block))
		nJ := join.NewPhi(ir.NewIncoming(nF, fastB.Block), ir.NewIncoming(nS, slowB.Block))
		return join, []value.Value{accJ, nJ}
	})
	return b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
		b.NewStore(v[1], b.sharedAt(sel.sCnt, i32(1)))
		b.NewStore(b.NewZExt(b.NewFCmp(enum.FPredOGE, v[0], tau), types.I32), b.sharedAt(sel.sCnt, i32(2)))
		return b
	})
}

// shflUpF64 and shflIdxF64 are shflUp and shflIdx of a float64, its two
// halves shuffled apart.
func (b kb) shflUpF64(x value.Value, delta int64) value.Value {
	lo, hi := b.splitF64(x)
	return b.joinF64(b.shflUp(lo, delta), b.shflUp(hi, delta))
}

func (b kb) shflIdxF64(x, src value.Value) value.Value {
	lo, hi := b.splitF64(x)
	return b.joinF64(b.shflIdxI32(lo, src), b.shflIdxI32(hi, src))
}

func (b kb) splitF64(x value.Value) (lo, hi value.Value) {
	u := b.NewBitCast(x, types.I64)
	return b.NewTrunc(u, types.I32), b.NewTrunc(b.NewLShr(u, constant.NewInt(types.I64, 32)), types.I32)
}

func (b kb) joinF64(lo, hi value.Value) value.Value {
	return b.NewBitCast(b.NewOr(b.NewZExt(lo, types.I64), b.NewShl(b.NewZExt(hi, types.I64), constant.NewInt(types.I64, 32))), types.Double)
}
