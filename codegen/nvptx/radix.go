package nvptx

import (
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// scoreCode is a float32 score's order-preserving unsigned code: a larger
// score has a larger code, -0 codes as +0, and every score above -inf
// codes above 0x007fffff (so a code threshold of 0 admits them all).
func (b kb) scoreCode(x value.Value) value.Value {
	bits := b.NewBitCast(b.NewFAdd(x, f32(0)), types.I32) // -0 as +0
	return b.NewXor(bits, b.NewOr(b.NewAShr(bits, i32(31)), i32(math.MinInt32)))
}

// warpKth finds, the warp together, the top-th largest of the codes of
// the candidates c ∈ [0, n) (code(c) gives a candidate's code and whether
// it is one; n and top are the same in every lane, top ≥ 1 and at most
// the candidates' number): radix rounds of 8 bits, a 256-bin histogram
// at hs(hBase …) (a shared array's addresses) counted with shared
// atomics, the bins scanned across the lanes. It returns the code and how
// many of the candidates equal to it rank among the top (the rest of its
// ties do not: the caller takes the first need of them in its order).
//
// Four rounds of 8 bits, unrolled. Starting below the bits every
// candidate shares (a first pass for the codes' minimum and maximum) was
// measured on an H100 (docs/gpu-notes.md, twenty-first session): it cost
// moba's gate 5 % and hisa's token stage 4 % and saved the 64-key top-26
// gate 3 % — a row's scores vary in their exponent's low bits, so the
// prefix rarely spans a whole round and the extra pass is pure cost; its
// knob (ATTNC_RADIX_PREFIX) was removed in the thirtieth session.
func (b kb) warpKth(hs func(b kb, i value.Value) value.Value, hBase, lane, n, top value.Value, code func(b kb, c value.Value) (value.Value, value.Value)) (kb, value.Value, value.Value) {
	// A round counts the 8 bits at shift of the candidates under the
	// prefix chosen so far.
	round := func(b kb, shift value.Value, st []value.Value) (kb, []value.Value) {
		pre, msk, need := st[0], st[1], st[2]
		for u := range int64(8) {
			b.NewStore(i32(0), hs(b, b.NewAdd(hBase, b.NewAdd(b.NewMul(lane, i32(8)), i32(u)))))
		}
		b.warpSync()
		b = b.each(lane, n, i32(32), func(b kb, c value.Value) kb {
			k, ok := code(b, c)
			in := b.NewAnd(ok, b.NewICmp(enum.IPredEQ, b.NewAnd(k, msk), pre))
			return b.when(in, func(b kb) kb {
				dig := b.NewAnd(b.NewLShr(k, shift), i32(255))
				b.NewAtomicRMW(enum.AtomicOpAdd, hs(b, b.NewAdd(hBase, dig)), i32(1), enum.AtomicOrderingMonotonic)
				return b
			})
		})
		b.warpSync()
		// Lane l sums digits 255 − 8l … 248 − 8l; a scan over the lanes
		// counts the codes above each lane's digits.
		bins := make([]value.Value, 8)
		sum := value.Value(i32(0))
		for u := range int64(8) {
			dig := b.NewSub(i32(255), b.NewAdd(b.NewMul(lane, i32(8)), i32(u)))
			bins[u] = b.NewLoad(types.I32, hs(b, b.NewAdd(hBase, dig)))
			sum = b.NewAdd(sum, bins[u])
		}
		incl := sum
		for dd := int64(1); dd < 32; dd *= 2 {
			y := b.shflUp(incl, dd)
			incl = b.NewAdd(incl, b.NewSelect(b.NewICmp(enum.IPredUGE, lane, i32(dd)), y, i32(0)))
		}
		above := b.NewSub(incl, sum)
		mine := b.NewAnd(b.NewICmp(enum.IPredSLT, above, need), b.NewICmp(enum.IPredSGE, incl, need))
		// In that lane, the digit where the count reaches need.
		run, found, digit, before := value.Value(above), value.Value(constant.False), value.Value(i32(0)), value.Value(i32(0))
		for u := range int64(8) {
			next := b.NewAdd(run, bins[u])
			hit := b.NewAnd(b.NewXor(found, constant.True), b.NewICmp(enum.IPredSGE, next, need))
			digit = b.NewSelect(hit, b.NewSub(i32(255), b.NewAdd(b.NewMul(lane, i32(8)), i32(u))), digit)
			before = b.NewSelect(hit, run, before)
			found = b.NewOr(found, hit)
			run = next
		}
		src := b.ctz(b.ballot(mine))
		digit, before = b.shflIdxI32(digit, src), b.shflIdxI32(before, src)
		out := []value.Value{b.NewOr(pre, b.NewShl(digit, shift)), b.NewOr(msk, b.NewShl(i32(255), shift)), b.NewSub(need, before)}
		b.warpSync()
		return b, out
	}
	st := []value.Value{i32(0), i32(0), top}
	for shift := int64(24); shift >= 0; shift -= 8 {
		b, st = round(b, i32(shift), st)
	}
	return b, st[0], st[2]
}
