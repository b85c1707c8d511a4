package nvptx

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
)

// The tensor-core kernel's early exit (early_exit eps rule): after a tile
// past the forced ones, the CTA leaves the loop when over its rows the
// largest (rule max) or mean (rule mean) Δ/ℓ — the share of a row's mass
// the tile added — is below eps. Each warp votes through shared memory;
// every thread reads all votes and takes the same decision. The epilogue
// records the tiles visited per item.

// stopSlot is warp w's vote k (0: Δ/ℓ, max or sum; 1: the rows counted).
func (em *mmaEmitter) stopSlot(b kb, w, k value.Value) value.Value {
	return b.NewGetElementPtr(em.sStop.ContentType, em.sStop, i32(0), b.NewAdd(b.NewMul(w, i32(2)), k))
}

// exitVote is the early exit's per-warp part: over this warp's rows
// (below M, ℓ > 0), the largest Δ/ℓ (rule max) or their sum (rule mean)
// and their number, each row counted once (lane tq = 0 of its quad),
// stored by lane 0. It returns the block after it.
func (em *mmaEmitter) exitVote(b kb) kb {
	exit := em.ops.exit
	if exit == nil {
		return b
	}
	em.sStop = em.g.shared(em.name+"_stop", types.NewArray(uint64(2*em.warps), types.Float), 16)
	quad := func(x value.Value) value.Value {
		x = b.NewFAdd(x, b.bfly(x, 1))
		return b.NewFAdd(x, b.bfly(x, 2))
	}
	ruleMax := exit.Attrs["rule"] != "mean"
	var acc, cnt value.Value = f32(0), f32(0)
	owner := b.NewICmp(enum.IPredEQ, em.tq, i32(0))
	for r := range 2 * em.ma {
		dl, l := quad(em.delta[r]), quad(em.lNew[r])
		ok := b.NewAnd(b.NewFCmp(enum.FPredOGT, l, f32(0)), b.NewICmp(enum.IPredSLT, em.qi[r], em.pM))
		x := b.NewFDiv(dl, b.NewSelect(ok, l, f32(1)))
		if ruleMax {
			acc = b.NewSelect(ok, b.fmax(acc, x), acc)
		} else {
			acc = b.NewSelect(b.NewAnd(ok, owner), b.NewFAdd(acc, x), acc)
		}
		cnt = b.NewSelect(b.NewAnd(ok, owner), b.NewFAdd(cnt, f32(1)), cnt)
	}
	acc, cnt = b.voteWarp(acc, cnt, ruleMax)
	return b.when(b.NewICmp(enum.IPredEQ, em.lane, i32(0)), func(b kb) kb {
		b.NewStore(acc, em.stopSlot(b, em.warp, i32(0)))
		b.NewStore(cnt, em.stopSlot(b, em.warp, i32(1)))
		return b
	})
}

// exitDecision is the CTA's decision, the same in every thread (after the
// barrier that follows the votes): stop after this tile when it is past
// the forced ones, another follows, some row takes part and max (mean)
// Δ/ℓ < eps — with a patience p, when p such tiles came in a row (a
// counted tile at or above eps resets the count, em.smallP). It clears
// em.more where the loop stops.
func (em *mmaEmitter) exitDecision(b kb) {
	exit := em.ops.exit
	if exit == nil {
		return
	}
	ruleMax := exit.Attrs["rule"] != "mean"
	acc, cnt := b.voteCTA(int64(em.warps), func(w, k int64) value.Value { return em.stopSlot(b, i32(w), i32(k)) }, ruleMax)
	var stop value.Value
	if p := tile.Patience(em.ops.exit); p > 1 {
		below := b.NewAnd(b.NewFCmp(enum.FPredOGT, cnt, f32(0)), b.NewFCmp(enum.FPredOLT, acc, f32(exit.Float("eps"))))
		counted := b.NewAnd(em.candidate, em.more)
		em.smallN = b.NewSelect(counted, b.NewSelect(below, b.NewAdd(em.smallP, i32(1)), i32(0)), em.smallP)
		stop = b.NewAnd(b.NewAnd(em.candidate, below), b.NewICmp(enum.IPredSGE, em.smallN, i32(int64(p))))
	} else {
		stop = b.NewAnd(b.NewAnd(em.candidate, b.NewFCmp(enum.FPredOGT, cnt, f32(0))), b.NewFCmp(enum.FPredOLT, acc, f32(exit.Float("eps"))))
	}
	em.more = b.NewAnd(em.more, b.NewXor(stop, constant.True))
}

// exitVisits records, from thread 0, the tiles the item processed (tF)
// in visits[h, I], and returns the block after it.
func (em *mmaEmitter) exitVisits(x kb, tF value.Value) kb {
	if em.ops.exit == nil {
		return x
	}
	return x.when(x.NewICmp(enum.IPredEQ, em.tid, i32(0)), func(b kb) kb {
		b.NewStore(tF, b.NewGetElementPtr(types.I32, em.pVisits, b.i64(b.NewAdd(b.NewMul(em.h, em.pNQ), em.I))))
		return b
	})
}

// voteWarp reduces a warp's part of an exit vote across its lanes by
// butterflies (every lane ends with the warp's values): acc by max (rule
// max) or sum (rule mean), cnt, the rows counted, by sum.
func (b kb) voteWarp(acc, cnt value.Value, ruleMax bool) (value.Value, value.Value) {
	for m := int64(16); m >= 1; m /= 2 {
		if ruleMax {
			acc = b.fmax(acc, b.bfly(acc, m))
		} else {
			acc = b.NewFAdd(acc, b.bfly(acc, m))
		}
		cnt = b.NewFAdd(cnt, b.bfly(cnt, m))
	}
	return acc, cnt
}

// voteCTA combines the warps' votes (slot(w, k): the address of warp w's
// value k, 0 the warp's acc, 1 its cnt) into the CTA's: the largest acc
// (rule max) or the sum over the rows counted (rule mean), and those rows.
func (b kb) voteCTA(warps int64, slot func(w, k int64) value.Value, ruleMax bool) (acc, cnt value.Value) {
	acc, cnt = f32(0), f32(0)
	for w := range warps {
		x := b.NewLoad(types.Float, slot(w, 0))
		if ruleMax {
			acc = b.fmax(acc, x)
		} else {
			acc = b.NewFAdd(acc, x)
		}
		cnt = b.NewFAdd(cnt, b.NewLoad(types.Float, slot(w, 1)))
	}
	if !ruleMax {
		acc = b.NewFDiv(acc, b.NewSelect(b.NewFCmp(enum.FPredOGT, cnt, f32(0)), cnt, f32(1)))
	}
	return acc, cnt
}
