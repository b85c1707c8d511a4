package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// HISA's token stage on the device (docs/passes.md "Per-row selection"):
// tokenselect's top keys of each row among the keys of its blocks, a warp
// per row —
//
//	scores: candidate c (the c % block-th key of the row's c / block-th
//	        listed block) scored s_c = c·(q_i·k_j), a float32 multiply-add
//	        chain in column order, by lane c % 32, into the warp's slice of
//	        shared memory; keys the mask forbids, past N or in no block
//	        are not candidates;
//	select: the top-th largest score by a radix selection of the scores'
//	        order-preserving 32-bit codes, four rounds of 8 bits (a
//	        histogram of 256 bins per warp), then the candidates above it
//	        and the first of its ties in candidate order — ascending keys,
//	        since a row's blocks are — written in order, -1 padded to top
//	        ([H, M, top], TokenSelect's layout). A row with no more
//	        candidates than top takes them all.
//
// The scores are float32 against the host's float64 (dot8w), so a key
// within rounding of a row's top-th may be chosen differently from the
// host's own choice; given the GPU's scores the choice is TokenSelect's
// rule exactly (higher score, then lower key). A NaN score never ranks.
// Causal or unmasked attention, no score modification, at most
// tokensMaxCand candidates a row; others run on the host (tokensOK).

// Token kernel geometry: tokensWarps rows a CTA, a warp each.
const (
	tokensWarps   = 4
	tokensMaxCand = 2048
)

// tokensOK says why tokenselect p.Steps[si] cannot run on the device.
func tokensOK(p *tile.Program, si int) error {
	s := p.Steps[si]
	ts := s.TokenSelect()
	q, rows := s.Args[0], s.Args[2]
	d := q.Type.Shape[2].Size
	w := rows.Type.Shape[2].Size
	switch {
	case !causalOrNone(ts.Mask):
		return fmt.Errorf("mask %s (the GPU takes causal or unmasked attention)", ts.Mask)
	case ts.Mod != nil:
		return fmt.Errorf("a score modification (the GPU's token kernel scores plain products)")
	case w <= 0 || w*ts.Block > tokensMaxCand:
		return fmt.Errorf("%d candidate keys a row (the GPU's token kernel takes at most %d)", w*ts.Block, tokensMaxCand)
	case d%4 != 0 || d > 256:
		return fmt.Errorf("head dim %d", d)
	case q.Type.DType.String() != "bf16" && q.Type.DType.String() != "f16":
		return fmt.Errorf("inputs are %s", q.Type.DType)
	}
	return nil
}

// tokensSpec is what the token kernel is specialised for.
type tokensSpec struct {
	dt               string
	d, block, w, top int
	causal           bool
	scale            float64
}

// tokens emits the kernel. Parameters: q (b16 [H, M, d]), k (b16 [G, N,
// d]), rows (i32 [H, M, w]: each row's blocks, ascending, -1 padded), out
// (i32 [H, M, top]), e (f32 [H, M, w·block]: the candidates' scores for
// tests, -inf for none; null for none), M, N, group. Grid (⌈M/4⌉, H), 128
// threads.
func (g *gen) tokens(name string, sp tokensSpec) Kernel {
	hp, fp, ip := types.NewPointer(types.I16), types.NewPointer(types.Float), types.NewPointer(types.I32)
	pq, pk, prows, pout, pe := ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("rows", ip), ir.NewParam("out", ip), ir.NewParam("e", fp)
	pM, pN, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pk, prows, pout, pe, pM, pN, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(32*tokensWarps))
	d, cand, W := int64(sp.d), int64(sp.w*sp.block), int64(sp.w)
	qs := g.shared(name+"_q", types.NewArray(uint64(tokensWarps*d), types.Float), 16)
	ss := g.shared(name+"_s", types.NewArray(uint64(tokensWarps*cand), types.Float), 4)
	hs := g.shared(name+"_h", types.NewArray(uint64(tokensWarps*256), types.I32), 4)
	negInf := f32(math.Inf(-1))

	b := kb{f.NewBlock("entry"), g}
	tid, x, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	i := b.NewAdd(b.NewMul(x, i32(tokensWarps)), warp)
	ltMask := b.NewSub(b.NewShl(i32(1), lane), i32(1)) // the lanes below this one
	b = b.when(b.NewICmp(enum.IPredSLT, i, pM), func(b kb) kb {
		pos := b.NewAdd(i, b.NewSub(pN, pM))
		kvh := b.NewSDiv(h, pG)
		row := b.NewAdd(b.NewMul(h, pM), i)
		qBase, sBase, hBase := b.NewMul(warp, i32(d)), b.NewMul(warp, i32(cand)), b.NewMul(warp, i32(256))
		hasE := b.NewICmp(enum.IPredNE, pe, constant.NewNull(fp))
		// The row's q in the warp's shared memory, as f32.
		b = b.each(lane, i32(d), i32(32), func(b kb, t value.Value) kb {
			v := b.NewLoad(types.I16, b.NewGetElementPtr(types.I16, pq, b.i64(b.NewAdd(b.NewMul(row, i32(d)), t))))
			b.NewStore(b.b16f32(sp.dt, v), b.sharedAt(qs, b.NewAdd(qBase, t)))
			return b
		})
		b.warpSync()
		// Scores; n counts the candidates.
		b, nv := b.forN(lane, i32(cand), i32(32), []value.Value{i32(0)}, func(b kb, c value.Value, n []value.Value) (kb, []value.Value) {
			blk := b.NewLoad(types.I32, b.i32At(prows, b.NewAdd(b.NewMul(row, i32(W)), b.NewUDiv(c, i32(int64(sp.block))))))
			j := b.NewAdd(b.NewMul(blk, i32(int64(sp.block))), b.NewURem(c, i32(int64(sp.block))))
			ok := b.NewAnd(b.NewICmp(enum.IPredSGE, blk, i32(0)), b.NewICmp(enum.IPredSLT, j, pN))
			if sp.causal {
				ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLE, j, pos))
			}
			b, s := b.cond(ok, func(b kb) (kb, value.Value) {
				kBase := b.NewMul(b.NewAdd(b.NewMul(kvh, pN), j), i32(d))
				// Eight of the key's elements a load where d allows (one
				// 16-byte load, not eight of two bytes), four otherwise.
				step := int64(4)
				if d%8 == 0 {
					step = 8
				}
				b, acc := b.forN(i32(0), i32(d), i32(step), []value.Value{f32(0)}, func(b kb, t value.Value, acc []value.Value) (kb, []value.Value) {
					qv := b.sharedV4(qs, b.NewAdd(qBase, t))
					if step == 8 {
						qv = append(qv, b.sharedV4(qs, b.NewAdd(qBase, b.NewAdd(t, i32(4))))...)
					}
					ks := b.loadI16s(pk, b.NewAdd(kBase, t), step)
					a := acc[0]
					for u := range step {
						a = b.fma(qv[u], b.b16f32(sp.dt, ks[u]), a)
					}
					return b, []value.Value{a}
				})
				return b, b.NewFMul(acc[0], f32(sp.scale))
			}, negInf)
			ok = b.NewAnd(ok, b.NewFCmp(enum.FPredOEQ, s, s)) // a NaN never ranks
			s = b.NewSelect(ok, s, negInf)
			b.NewStore(s, b.sharedAt(ss, b.NewAdd(sBase, c)))
			b = b.when(hasE, func(b kb) kb {
				b.NewStore(s, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(row, i32(cand)), c))))
				return b
			})
			return b, []value.Value{b.NewAdd(n[0], b.NewZExt(ok, types.I32))}
		})
		n := nv[0]
		for m := int64(16); m >= 1; m >>= 1 {
			n = b.NewAdd(n, b.shflIdxI32(n, b.NewXor(lane, i32(m))))
		}
		b.warpSync()
		// code is a score's order-preserving code (larger score, larger
		// code; -0 as +0); a candidate's is above every non-candidate's
		// -inf, which never counts.
		code := func(b kb, c value.Value) (value.Value, value.Value) {
			s := b.NewLoad(types.Float, b.sharedAt(ss, b.NewAdd(sBase, c)))
			u := b.NewBitCast(s, types.I32)
			neg := b.NewICmp(enum.IPredSLT, u, i32(0))
			k := b.NewSelect(neg, b.NewXor(u, i32(-1)), b.NewOr(u, i32(math.MinInt32)))
			k = b.NewSelect(b.NewICmp(enum.IPredEQ, k, i32(math.MaxInt32)), i32(math.MinInt32), k) // -0
			return k, b.NewFCmp(enum.FPredOGT, s, negInf)
		}
		// The top-th largest code (prefix) and how many of its ties to
		// take (need): four radix rounds; all candidates when no more
		// than top.
		b, sel := b.condVals(b.NewICmp(enum.IPredSGT, n, i32(int64(sp.top))), []value.Value{i32(0), i32(int64(sp.top))}, func(b kb) (kb, []value.Value) {
			prefix, mask, need := value.Value(i32(0)), value.Value(i32(0)), value.Value(i32(int64(sp.top)))
			for round := range int64(4) {
				shift := 24 - 8*round
				for u := range int64(8) {
					b.NewStore(i32(0), b.sharedAt(hs, b.NewAdd(hBase, b.NewAdd(b.NewMul(lane, i32(8)), i32(u)))))
				}
				b.warpSync()
				pre, msk := prefix, mask
				b = b.each(lane, i32(cand), i32(32), func(b kb, c value.Value) kb {
					k, ok := code(b, c)
					in := b.NewAnd(ok, b.NewICmp(enum.IPredEQ, b.NewAnd(k, msk), pre))
					return b.when(in, func(b kb) kb {
						dig := b.NewAnd(b.NewLShr(k, i32(shift)), i32(255))
						b.NewAtomicRMW(enum.AtomicOpAdd, b.sharedAt(hs, b.NewAdd(hBase, dig)), i32(1), enum.AtomicOrderingMonotonic)
						return b
					})
				})
				b.warpSync()
				// Lane l sums digits 255 − 8l … 248 − 8l; a scan over
				// the lanes counts the codes above each lane's digits.
				bins := make([]value.Value, 8)
				sum := value.Value(i32(0))
				for u := range int64(8) {
					dig := b.NewSub(i32(255), b.NewAdd(b.NewMul(lane, i32(8)), i32(u)))
					bins[u] = b.NewLoad(types.I32, b.sharedAt(hs, b.NewAdd(hBase, dig)))
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
				prefix = b.NewOr(prefix, b.NewShl(digit, i32(shift)))
				mask = b.NewOr(mask, b.NewShl(i32(255), i32(shift)))
				need = b.NewSub(need, before)
				b.warpSync()
			}
			return b, []value.Value{prefix, need}
		})
		kth, need := sel[0], sel[1]
		// The chosen candidates in order: above the code, or among its
		// first need ties.
		base := b.NewMul(row, i32(int64(sp.top)))
		b, taken := b.forN(i32(0), i32(cand), i32(32), []value.Value{i32(0), i32(0)}, func(b kb, c0 value.Value, acc []value.Value) (kb, []value.Value) {
			c := b.NewAdd(c0, lane)
			in := b.NewICmp(enum.IPredSLT, c, i32(cand))
			b, kv := b.condVals(in, []value.Value{i32(0), constant.False}, func(b kb) (kb, []value.Value) {
				k, ok := code(b, c)
				return b, []value.Value{k, ok}
			})
			k, ok := kv[0], b.NewAnd(in, kv[1])
			tie := b.NewAnd(ok, b.NewICmp(enum.IPredEQ, k, kth))
			tieBits := b.ballot(tie)
			tieRank := b.NewAdd(acc[1], b.popc(b.NewAnd(tieBits, ltMask)))
			take := b.NewAnd(ok, b.NewOr(b.NewICmp(enum.IPredUGT, k, kth), b.NewAnd(tie, b.NewICmp(enum.IPredSLT, tieRank, need))))
			bits := b.ballot(take)
			at := b.NewAdd(acc[0], b.popc(b.NewAnd(bits, ltMask)))
			b = b.when(take, func(b kb) kb {
				blk := b.NewLoad(types.I32, b.i32At(prows, b.NewAdd(b.NewMul(row, i32(W)), b.NewUDiv(c, i32(int64(sp.block))))))
				j := b.NewAdd(b.NewMul(blk, i32(int64(sp.block))), b.NewURem(c, i32(int64(sp.block))))
				b.NewStore(j, b.i32At(pout, b.NewAdd(base, at)))
				return b
			})
			return b, []value.Value{b.NewAdd(acc[0], b.popc(bits)), b.NewAdd(acc[1], b.popc(tieBits))}
		})
		return b.each(b.NewAdd(taken[0], lane), i32(int64(sp.top)), i32(32), func(b kb, t value.Value) kb {
			b.NewStore(i32(-1), b.i32At(pout, b.NewAdd(base, t)))
			return b
		})
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindTokens, BlockRows: 32 * tokensWarps, Rows: tokensWarps, D: sp.d, RowBlock: sp.block}
}

// loadI16s loads n (4 or 8) consecutive i16s at element index at of base
// (at a multiple of n) in one vector load.
func (b kb) loadI16s(base, at value.Value, n int64) []value.Value {
	vt := types.NewVector(uint64(n), types.I16)
	ld := b.NewLoad(vt, b.NewBitCast(b.NewGetElementPtr(types.I16, base, b.i64(at)), types.NewPointer(vt)))
	ld.Align = ir.Align(2 * n)
	out := make([]value.Value, n)
	for k := range out {
		out[k] = b.NewExtractElement(ld, i32(int64(k)))
	}
	return out
}
