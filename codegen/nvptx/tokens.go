package nvptx

import (
	"fmt"
	"math"
	"slices"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// HISA's token stage on the device (docs/passes.md "Per-row selection"):
// tokenselect's top keys of each row among the keys of its blocks, a CTA
// per tokensRows rows of a head —
//
//	scores: the union of the rows' blocks (each listed block once: the
//	        first row to list it), a block at a time: its keys loaded once
//	        into shared memory (64 head dims at a time, 16-byte chunks
//	        swizzled by row), multiplied on the tensor cores (mma.sync
//	        m16n8k16, q's fragments in registers, warp w the key n-tiles
//	        w, w + 4, …), each score c·(q_i·k_j) written to every row
//	        listing the block at its candidate slot (the c % block-th key
//	        of the row's c / block-th listed block); keys the mask
//	        forbids, past N or in no block are not candidates (-inf);
//	select: a warp per row: the top-th largest score by a radix
//	        selection of the scores' order-preserving 32-bit codes, four
//	        rounds of 8 bits (a histogram of 256 bins per warp), then the
//	        candidates above it and the first of its ties in candidate
//	        order — ascending keys, since a row's blocks are — written in
//	        order, -1 padded to top ([H, M, top], TokenSelect's layout).
//	        A row with no more candidates than top takes them all.
//
// The first kernel (a warp per row, each key read by every row listing
// it, scored on CUDA cores) spent its time reading keys: 76 ms at 32768
// (docs/gpu-notes.md).
//
// The scores are exact products summed in float32 by the tensor cores,
// against the host's float64 (dot8w), so a key within rounding of a row's
// top-th may be chosen differently from the host's own choice; given the
// GPU's scores the choice is TokenSelect's rule exactly (higher score,
// then lower key). A NaN score never ranks. Causal or unmasked attention,
// no score modification, at most tokensMaxCand candidates a row, head
// dims a multiple of 16; others run on the host (tokensOK).

// Token kernel geometry: tokensWarps warps a CTA.
const (
	tokensWarps   = 4
	tokensMaxCand = 2048
)

// tokensDK is the head dims of a block's keys in shared memory at a time:
// the most of 64, 32 and 16 dividing d (a power of two of 16-byte chunks
// a key row, so the chunks' swizzle stays in the row).
func tokensDK(d int) int {
	for _, dk := range []int{64, 32} {
		if d%dk == 0 {
			return dk
		}
	}
	return 16
}

// tokensRows is the rows a token CTA takes: the most of 8, 4, 2, 1 whose
// shared memory — the rows' candidate scores, lists and flags, a block's
// keys (tokensDK dims), the warps' histograms — fits 48 KB (0: none).
func tokensRows(d, block, w int) int {
	cand := w * block
	for _, r := range []int{8, 4, 2, 1} {
		if r*cand*4+r*w*5+block*tokensDK(d)*2+tokensWarps*256*4 <= 48*1024 {
			return r
		}
	}
	return 0
}

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
	case d%16 != 0 || d > 256:
		return fmt.Errorf("head dim %d (the GPU's token kernel takes multiples of 16 up to 256: mma.sync k-steps)", d)
	case ts.Block%8 != 0 || tokensRows(d, ts.Block, w) == 0:
		return fmt.Errorf("blocks of %d keys, %d a row (the GPU's token kernel takes multiples of 8 whose scores fit its shared memory)", ts.Block, w)
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
// tests, -inf for none; null for none), M, N, group. Grid
// (⌈M/tokensRows⌉, H), 128 threads.
func (g *gen) tokens(name string, sp tokensSpec) Kernel {
	hp, fp, ip := types.NewPointer(types.I16), types.NewPointer(types.Float), types.NewPointer(types.I32)
	pq, pk, prows, pout, pe := ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("rows", ip), ir.NewParam("out", ip), ir.NewParam("e", fp)
	pM, pN, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pk, prows, pout, pe, pM, pN, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(32*tokensWarps))
	d, cand, W, blk := int64(sp.d), int64(sp.w*sp.block), int64(sp.w), int64(sp.block)
	R := int64(tokensRows(sp.d, sp.block, sp.w))
	dk := int64(tokensDK(sp.d))
	ss := g.shared(name+"_s", types.NewArray(uint64(R*cand), types.Float), 16)
	ls := g.shared(name+"_l", types.NewArray(uint64(R*W), types.I32), 4)
	fl := g.shared(name+"_f", types.NewArray(uint64(R*W), types.I8), 4)
	ks := g.shared(name+"_k", types.NewArray(uint64(blk*dk/2), types.I32), 16)
	hs := g.shared(name+"_h", types.NewArray(uint64(tokensWarps*256), types.I32), 4)
	negInf := f32(math.Inf(-1))
	threads := int64(32 * tokensWarps)

	b := kb{f.NewBlock("entry"), g}
	tid, x, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	g4, t4 := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	row0 := b.NewMul(x, i32(R))
	off := b.NewSub(pN, pM) // row i sits at position i + N − M
	kvh := b.NewSDiv(h, pG)
	hasE := b.NewICmp(enum.IPredNE, pe, constant.NewNull(fp))
	rowIn := func(b kb, r value.Value) value.Value { return b.NewICmp(enum.IPredSLT, b.NewAdd(row0, r), pM) }
	gRow := func(b kb, r value.Value) value.Value { return b.NewAdd(b.NewMul(h, pM), b.NewAdd(row0, r)) } // [H, M] index

	// Every candidate -inf until scored; the rows' lists (-1 past M).
	b = b.each(tid, i32(R*cand), i32(threads), func(b kb, c value.Value) kb {
		b.NewStore(negInf, b.sharedAt(ss, c))
		return b
	})
	b = b.each(tid, i32(R*W), i32(threads), func(b kb, e value.Value) kb {
		r, p := b.NewUDiv(e, i32(W)), b.NewURem(e, i32(W))
		b, v := b.cond(rowIn(b, r), func(b kb) (kb, value.Value) {
			return b, b.NewLoad(types.I32, b.i32At(prows, b.NewAdd(b.NewMul(gRow(b, r), i32(W)), p)))
		}, i32(-1))
		b.NewStore(v, b.sharedAt(ls, e))
		return b
	})
	b.barrier()
	// find is where block bj sits in row r's list (ascending, -1 — as
	// unsigned, the largest — padded), -1 if it is not there.
	find := func(b kb, r, bj value.Value) value.Value {
		lo, hi := value.Value(i32(0)), value.Value(i32(W))
		for n := int64(1); n < 2*W; n *= 2 {
			mid := b.NewLShr(b.NewAdd(lo, hi), i32(1))
			v := b.NewLoad(types.I32, b.sharedAt(ls, b.NewAdd(b.NewMul(r, i32(W)), b.imin(mid, i32(W-1)))))
			open := b.NewICmp(enum.IPredSLT, lo, hi)
			up := b.NewAnd(open, b.NewICmp(enum.IPredULT, v, bj))
			lo = b.NewSelect(up, b.NewAdd(mid, i32(1)), lo)
			hi = b.NewSelect(b.NewAnd(open, b.NewXor(up, constant.True)), mid, hi)
		}
		at := b.imin(lo, i32(W-1))
		hit := b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, b.sharedAt(ls, b.NewAdd(b.NewMul(r, i32(W)), at))), bj)
		return b.NewSelect(hit, at, i32(-1))
	}
	// The union: entry (r, p) is scored if its block is listed by no row
	// before r.
	b = b.each(tid, i32(R*W), i32(threads), func(b kb, e value.Value) kb {
		r := b.NewUDiv(e, i32(W))
		bj := b.NewLoad(types.I32, b.sharedAt(ls, e))
		b, seen := b.forN(i32(0), r, i32(1), []value.Value{constant.False}, func(b kb, r2 value.Value, seen []value.Value) (kb, []value.Value) {
			return b, []value.Value{b.NewOr(seen[0], b.NewICmp(enum.IPredSGE, find(b, r2, bj), i32(0)))}
		})
		first := b.NewAnd(b.NewICmp(enum.IPredSGE, bj, i32(0)), b.NewXor(seen[0], constant.True))
		b.NewStore(b.NewZExt(first, types.I8), b.sharedAt(fl, e))
		return b
	})
	// q's A fragments (rows past R or M read a valid row and are
	// dropped), every k-step of d.
	steps := d / 16
	qa := make([][]value.Value, steps)
	for s := range steps {
		for i := range int64(4) {
			r := b.imin(b.NewAdd(g4, i32(8*(i&1))), i32(R-1))
			row := b.imin(b.NewAdd(row0, r), b.NewSub(pM, i32(1)))
			src := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), row), i32(d)), b.NewAdd(b.NewShl(t4, i32(1)), i32(16*s+8*(i>>1))))
			pp := b.NewBitCast(b.NewGetElementPtr(types.I16, pq, b.i64(src)), types.NewPointer(types.I32))
			qa[s] = append(qa[s], b.NewLoad(types.I32, pp))
		}
	}
	b.barrier()
	// This lane's row (of the accumulators' rows l/4 and l/4 + 8, only
	// the first can be below R ≤ 8) and its position.
	myRow := g4
	myIn := b.NewAnd(b.NewICmp(enum.IPredSLT, myRow, i32(R)), rowIn(b, b.imin(myRow, i32(R-1))))
	myPos := b.NewAdd(b.NewAdd(row0, myRow), off)
	nts := blk / 8                                // key n-tiles of a block
	mine := (nts + tokensWarps - 1) / tokensWarps // of them, a warp's
	swzMask := dk/8 - 1
	b = b.each(i32(0), i32(R*W), i32(1), func(b kb, e value.Value) kb {
		first := b.NewICmp(enum.IPredNE, b.NewLoad(types.I8, b.sharedAt(fl, e)), constant.NewInt(types.I8, 0))
		return b.when(first, func(b kb) kb {
			bj := b.NewLoad(types.I32, b.sharedAt(ls, e))
			acc := make([]value.Value, mine*4)
			for i := range acc {
				acc[i] = f32(0)
			}
			for sl := range d / dk {
				// The block's keys, dims sl·dk …: 16-byte chunk c of key
				// row kr at chunk c ^ (kr & swzMask) (zeros past N).
				chunks := dk / 8
				b = b.each(tid, i32(blk*chunks), i32(threads), func(b kb, ch value.Value) kb {
					kr, c := b.NewUDiv(ch, i32(chunks)), b.NewURem(ch, i32(chunks))
					j := b.NewAdd(b.NewMul(bj, i32(blk)), kr)
					v4 := types.NewVector(4, types.I32)
					b, v := b.cond(b.NewICmp(enum.IPredSLT, j, pN), func(b kb) (kb, value.Value) {
						src := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(kvh, pN), j), i32(d)), b.NewAdd(i32(sl*dk), b.NewShl(c, i32(3))))
						ld := b.NewLoad(v4, b.NewBitCast(b.NewGetElementPtr(types.I16, pk, b.i64(src)), types.NewPointer(v4)))
						ld.Align = 16
						return b, ld
					}, constant.NewZeroInitializer(v4))
					phys := b.NewXor(c, b.NewAnd(kr, i32(swzMask)))
					dst := b.NewBitCast(b.sharedAt(ks, b.NewAdd(b.NewMul(kr, i32(dk/2)), b.NewShl(phys, i32(2)))), types.NewPointer(v4))
					dst.To = &types.PointerType{ElemType: v4, AddrSpace: 3}
					st := b.NewStore(v, dst)
					st.Align = 16
					return b
				})
				b.barrier()
				for u := range mine {
					nt := b.NewAdd(warp, i32(u*tokensWarps))
					var vs []value.Value
					b, vs = b.condVals(b.NewICmp(enum.IPredSLT, nt, i32(nts)), acc[u*4:(u+1)*4], func(b kb) (kb, []value.Value) {
						n := b.NewAdd(b.NewShl(nt, i32(3)), g4) // the key row this lane reads
						c := slices.Clone(acc[u*4 : (u+1)*4])
						for s := range dk / 16 {
							bAt := func(half int64) value.Value {
								phys := b.NewXor(i32(2*s+half), b.NewAnd(n, i32(swzMask)))
								return b.NewLoad(types.I32, b.sharedAt(ks, b.NewAdd(b.NewMul(n, i32(dk/2)), b.NewAdd(b.NewShl(phys, i32(2)), t4))))
							}
							c = b.mma(sp.dt, qa[sl*dk/16+s], bAt(0), bAt(1), c)
						}
						return b, c
					})
					copy(acc[u*4:], vs)
				}
				b.barrier()
			}
			// Each score to the rows that list the block: this lane's
			// row, at its slot of the block.
			p := find(b, b.imin(myRow, i32(R-1)), bj)
			on := b.NewAnd(myIn, b.NewICmp(enum.IPredSGE, p, i32(0)))
			return b.when(on, func(b kb) kb {
				for u := range mine {
					nt := b.NewAdd(warp, i32(u*tokensWarps))
					for i := range int64(2) {
						col := b.NewAdd(b.NewShl(nt, i32(3)), b.NewAdd(b.NewShl(t4, i32(1)), i32(i)))
						j := b.NewAdd(b.NewMul(bj, i32(blk)), col)
						ok := b.NewAnd(b.NewICmp(enum.IPredSLT, nt, i32(nts)), b.NewICmp(enum.IPredSLT, j, pN))
						if sp.causal {
							ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLE, j, myPos))
						}
						sc := b.NewFMul(acc[u*4+i], f32(sp.scale))
						ok = b.NewAnd(ok, b.NewFCmp(enum.FPredOEQ, sc, sc)) // a NaN never ranks
						at := b.NewAdd(b.NewMul(myRow, i32(cand)), b.NewAdd(b.NewMul(p, i32(blk)), col))
						b = b.when(ok, func(b kb) kb {
							b.NewStore(sc, b.sharedAt(ss, at))
							return b
						})
					}
				}
				return b
			})
		})
	})
	b.barrier()
	// The candidates' scores, for tests.
	b = b.when(hasE, func(b kb) kb {
		return b.each(tid, i32(R*cand), i32(threads), func(b kb, c value.Value) kb {
			r := b.NewUDiv(c, i32(cand))
			return b.when(rowIn(b, r), func(b kb) kb {
				at := b.NewAdd(b.NewMul(gRow(b, r), i32(cand)), b.NewURem(c, i32(cand)))
				b.NewStore(b.NewLoad(types.Float, b.sharedAt(ss, c)), b.NewGetElementPtr(types.Float, pe, b.i64(at)))
				return b
			})
		})
	})
	// Each warp selects its rows: w, w + 4.
	ltMask := b.NewSub(b.NewShl(i32(1), lane), i32(1)) // the lanes below this one
	for rr := int64(0); rr < R; rr += tokensWarps {
		r := b.NewAdd(warp, i32(rr))
		b = b.when(b.NewAnd(b.NewICmp(enum.IPredSLT, r, i32(R)), rowIn(b, b.imin(r, i32(R-1)))), func(b kb) kb {
			row := gRow(b, r)
			sBase, hBase := b.NewMul(r, i32(cand)), b.NewMul(warp, i32(256))
			// n counts the candidates.
			b, nv := b.forN(lane, i32(cand), i32(32), []value.Value{i32(0)}, func(b kb, c value.Value, n []value.Value) (kb, []value.Value) {
				s := b.NewLoad(types.Float, b.sharedAt(ss, b.NewAdd(sBase, c)))
				return b, []value.Value{b.NewAdd(n[0], b.NewZExt(b.NewFCmp(enum.FPredOGT, s, negInf), types.I32))}
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
				b, prefix, need := b.warpKth(func(b kb, i value.Value) value.Value { return b.sharedAt(hs, i) }, hBase, lane, i32(cand), i32(int64(sp.top)), code)
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
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindTokens, BlockRows: 32 * tokensWarps, Rows: int(R), D: sp.d, RowBlock: sp.block}
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
