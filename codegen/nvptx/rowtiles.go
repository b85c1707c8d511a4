package nvptx

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// Per-row lists into the attention kernel's form on the device: what
// sparse.RowTiles does on the host (it took 14.7 s for 32 heads of 16384
// rows of MoBA's 8 blocks on the development VM), in three launches —
//
//	rowcount: a CTA per (query tile, head), a thread per row: the key
//	          tiles any of the tile's rows reads (a bitmap in shared
//	          memory), counted;
//	rowscan:  one CTA: each item's first mask, (words a listed tile)·(the
//	          counts before it), and the total (the executor reads it back
//	          to size the masks);
//	rowfill:  as rowcount, then the tiles in ascending order into the
//	          list ([H, NQ, 2, NK], -1 padded, the second half 0) and each
//	          row's key bits per listed tile into the masks at its item's
//	          offset — the same words, in the same places, as RowTiles —
//	          or, with blocks of whole key tiles, each listed tile's row
//	          flags (cuda.RowFlags, cuda.RowFlagMasks of RowTiles's words).
//
// A bitmap of RowTilesMaxNK tiles bounds the keys (524288 at 64-key
// tiles); the executor takes the host's RowTiles past it.

// RowTilesMaxNK is the most key tiles the row-tile kernels take.
const RowTilesMaxNK = cuda.RowTilesMaxNK

const rowScanThreads = 1024

// rowTilesSpec is what the row-tile kernels are specialised for.
type rowTilesSpec struct {
	block  int  // the entries' blocks (keys with tokens)
	tokens bool // entries are keys
	bq, bk int  // the attention kernel's tiles
}

// flags says whether the rows' bits are flags, a bit a row a listed tile
// (cuda.RowFlags: blocks of whole key tiles), not a row's 64 key bits.
func (sp rowTilesSpec) flags() bool { return cuda.RowFlags(sp.block, sp.tokens, sp.bk) }

// perTile is the mask words a listed tile takes: a row's word each, or
// its rows' flags.
func (sp rowTilesSpec) perTile() int {
	if sp.flags() {
		return cuda.RowFlagWords(sp.bq)
	}
	return sp.bq
}

// rowBitmap emits the item's tile bitmap into words: cleared, then each
// row's entries' tiles set (thread r: row I·bq + r), then a barrier.
func (b kb) rowBitmap(sp rowTilesSpec, words, stage *ir.Global, tid, I, h, prows, pM, pN, pW value.Value) kb {
	b = b.each(tid, i32(RowTilesMaxNK/32), i32(int64(sp.bq)), func(b kb, x value.Value) kb {
		b.NewStore(i32(0), b.sharedAt(words, x))
		return b
	})
	b.barrier()
	b, _ = b.rowRuns(sp, stage, tid, I, h, prows, pM, pN, pW, nil, func(b kb, J, _, _ value.Value, _ []value.Value) (kb, []value.Value) {
		bit := b.NewShl(i32(1), b.NewAnd(J, i32(31)))
		b.NewAtomicRMW(enum.AtomicOpOr, b.sharedAt(words, b.NewLShr(J, i32(5))), bit, enum.AtomicOrderingMonotonic)
		return b, nil
	})
	b.barrier()
	return b
}

// rowStage is the entries of each row a rowRuns chunk stages in shared
// memory: a warp loads one row's 32 (128 bytes, coalesced). Read in
// place, the rows of a tile were 64 lanes W entries apart (1 KB for a
// token stage's 256): every warp load touched 32 lines, and the lines
// did not stay in L1 from one entry to the next.
const rowStage = 32

// rowStageWords is the staging area rowRuns takes for tiles of bq rows: a
// row of rowStage entries each, padded by one word (no bank conflicts
// when each thread reads its own row).
func rowStageWords(bq int) uint64 { return uint64(bq * (rowStage + 1)) }

// rowRuns calls each for every run of row I·bq + tid's keys in one key
// tile J (keys J·bk + c0 … J·bk + c1 − 1), in the order of its entries
// (the first -1 ends them) — ascending tiles, since the entries ascend —
// with loop-carried values vals, which it returns (as given for rows past
// M). The entries come through stage (rowStageWords(bq) i32) a chunk of
// rowStage at a time, every thread of the CTA taking part in the loads
// and barriers. Parameters of the kernel it is in: rows, M, N, W.
func (b kb) rowRuns(sp rowTilesSpec, stage *ir.Global, tid, I, h, prows, pM, pN, pW value.Value, vals []value.Value,
	each func(b kb, J, c0, c1 value.Value, vals []value.Value) (kb, []value.Value)) (kb, []value.Value) {
	bq, ld := int64(sp.bq), int64(rowStage+1)
	in := b.NewICmp(enum.IPredSLT, b.NewAdd(b.NewMul(I, i32(bq)), tid), pM)
	// The carried values: whether the row's -1 was seen, then the caller's.
	init := append([]value.Value{constant.False}, vals...)
	b, out := b.forN(i32(0), pW, i32(rowStage), init, func(b kb, t0 value.Value, v []value.Value) (kb, []value.Value) {
		b.barrier() // every thread done with the previous chunk
		b = b.each(tid, i32(bq*rowStage), i32(bq), func(b kb, e value.Value) kb {
			r, c := b.NewLShr(e, i32(5)), b.NewAnd(e, i32(rowStage-1))
			gi, t := b.NewAdd(b.NewMul(I, i32(bq)), r), b.NewAdd(t0, c)
			ok := b.NewAnd(b.NewICmp(enum.IPredSLT, gi, pM), b.NewICmp(enum.IPredSLT, t, pW))
			b, x := b.cond(ok, func(b kb) (kb, value.Value) {
				at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), gi), pW), t)
				return b, b.NewLoad(types.I32, b.i32At(prows, at))
			}, i32(-1))
			b.NewStore(x, b.sharedAt(stage, b.NewAdd(b.NewMul(r, i32(ld)), c)))
			return b
		})
		b.barrier()
		live := b.NewAnd(in, b.NewXor(v[0], constant.True))
		return b.condVals(live, v, func(b kb) (kb, []value.Value) {
			return b.forNext(i32(0), i32(rowStage), v, func(b kb, c value.Value, v []value.Value) (kb, value.Value, []value.Value) {
				x := b.NewLoad(types.I32, b.sharedAt(stage, b.NewAdd(b.NewMul(tid, i32(ld)), c)))
				stop := b.NewICmp(enum.IPredSLT, x, i32(0))
				var lo, hi value.Value = x, b.NewAdd(x, i32(1))
				if !sp.tokens {
					lo = b.NewMul(x, i32(int64(sp.block)))
					hi = b.imin(b.NewAdd(lo, i32(int64(sp.block))), pN)
				}
				b, rest := b.condVals(b.NewXor(stop, constant.True), v[1:], func(b kb) (kb, []value.Value) {
					return b.forNext(lo, hi, v[1:], func(b kb, j value.Value, vals []value.Value) (kb, value.Value, []value.Value) {
						J := b.NewSDiv(j, i32(int64(sp.bk)))
						end := b.imin(hi, b.NewMul(b.NewAdd(J, i32(1)), i32(int64(sp.bk))))
						jb := b.NewMul(J, i32(int64(sp.bk)))
						b, vals = each(b, J, b.NewSub(j, jb), b.NewSub(end, jb), vals)
						return b, end, vals
					})
				})
				return b, b.NewSelect(stop, i32(rowStage), b.NewAdd(c, i32(1))), append([]value.Value{stop}, rest...)
			})
		})
	})
	return b, out[1:]
}

// rowCount emits rowcount. Parameters: rows (i32 [H, M, W]), counts (i32
// [H, NQ]), M, N, W, NQ. Grid (NQ, H), bq threads.
func (g *gen) rowCount(name string, sp rowTilesSpec) Kernel {
	ip := types.NewPointer(types.I32)
	prows, pcnt := ir.NewParam("rows", ip), ir.NewParam("counts", ip)
	pM, pN, pW, pNQ := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("W", types.I32), ir.NewParam("NQ", types.I32)
	f := g.m.NewFunc(name, types.Void, prows, pcnt, pM, pN, pW, pNQ)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(sp.bq))
	words := g.shared(name+"_w", types.NewArray(RowTilesMaxNK/32, types.I32), 4)
	stage := g.shared(name+"_stage", types.NewArray(rowStageWords(sp.bq), types.I32), 4)
	b := kb{f.NewBlock("entry"), g}
	tid, I, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	b = b.rowBitmap(sp, words, stage, tid, I, h, prows, pM, pN, pW)
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		b, n := b.forN(i32(0), i32(RowTilesMaxNK/32), i32(1), []value.Value{i32(0)}, func(b kb, x value.Value, n []value.Value) (kb, []value.Value) {
			return b, []value.Value{b.NewAdd(n[0], b.popc(b.NewLoad(types.I32, b.sharedAt(words, x))))}
		})
		b.NewStore(n[0], b.i32At(pcnt, b.NewAdd(b.NewMul(h, pNQ), I)))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindRowCount, BlockRows: sp.bq, BQ: sp.bq, BK: sp.bk, RowBlock: sp.block, RowTokens: sp.tokens}
}

// rowScan emits rowscan: offs[i] = per·Σ_{i' < i} counts[i'] for i ≤
// items (i64; offs[items] the total; per a listed tile's mask words:
// rowTilesSpec.perTile). Parameters: counts, offs, items. One CTA of
// rowScanThreads.
func (g *gen) rowScan(name string, per int) Kernel {
	ip, lp := types.NewPointer(types.I32), types.NewPointer(types.I64)
	pcnt, poffs, pn := ir.NewParam("counts", ip), ir.NewParam("offs", lp), ir.NewParam("items", types.I32)
	f := g.m.NewFunc(name, types.Void, pcnt, poffs, pn)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(rowScanThreads))
	slots := [2]*ir.Global{g.shared(name+"_s0", types.NewArray(rowScanThreads/32, types.I32), 4), g.shared(name+"_s1", types.NewArray(rowScanThreads/32, types.I32), 4)}
	b := kb{f.NewBlock("entry"), g}
	tid := b.sreg("tid.x")
	// Two chunks a round, alternating the scan's slots.
	b, carry := b.forN(i32(0), pn, i32(2*rowScanThreads), []value.Value{i64c(0)}, func(b kb, c0 value.Value, carry []value.Value) (kb, []value.Value) {
		run := carry[0]
		for s := range 2 {
			i := b.NewAdd(b.NewAdd(c0, i32(int64(s*rowScanThreads))), tid)
			in := b.NewICmp(enum.IPredSLT, i, pn)
			b2, x := b.cond(in, func(b kb) (kb, value.Value) { return b, b.NewLoad(types.I32, b.i32At(pcnt, i)) }, i32(0))
			b = b2
			var excl, tot value.Value
			b, excl, tot = b.blockScan(x, slots[s], tid, rowScanThreads)
			at := b.NewAdd(run, b.NewMul(b.NewSExt(excl, types.I64), i64c(int64(per))))
			b = b.when(in, func(b kb) kb {
				b.NewStore(at, b.NewGetElementPtr(types.I64, poffs, b.i64(i)))
				return b
			})
			run = b.NewAdd(run, b.NewMul(b.NewSExt(tot, types.I64), i64c(int64(per))))
		}
		return b, []value.Value{run}
	})
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		b.NewStore(carry[0], b.NewGetElementPtr(types.I64, poffs, b.i64(pn)))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindRowScan, BlockRows: rowScanThreads, BQ: per}
}

// rowFill emits rowfill. Parameters: rows, offs (i64 [H·NQ + 1]), list
// (i32 [H, NQ, 2, NK]), masks (u64), M, N, W, NQ, NK. Grid (NQ, H), bq
// threads.
func (g *gen) rowFill(name string, sp rowTilesSpec) Kernel {
	ip, lp := types.NewPointer(types.I32), types.NewPointer(types.I64)
	prows, poffs, plist, pmasks := ir.NewParam("rows", ip), ir.NewParam("offs", lp), ir.NewParam("list", ip), ir.NewParam("masks", lp)
	pM, pN, pW, pNQ, pNK := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("W", types.I32), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	f := g.m.NewFunc(name, types.Void, prows, poffs, plist, pmasks, pM, pN, pW, pNQ, pNK)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(sp.bq))
	words := g.shared(name+"_w", types.NewArray(RowTilesMaxNK/32, types.I32), 4)
	ranks := g.shared(name+"_r", types.NewArray(RowTilesMaxNK/32+1, types.I32), 4)
	stage := g.shared(name+"_stage", types.NewArray(rowStageWords(sp.bq), types.I32), 4)
	b := kb{f.NewBlock("entry"), g}
	tid, I, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	bq := int64(sp.bq)
	item := b.NewAdd(b.NewMul(h, pNQ), I)
	b = b.rowBitmap(sp, words, stage, tid, I, h, prows, pM, pN, pW)
	// ranks[x]: the tiles set in the words before x.
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		b, n := b.forN(i32(0), i32(RowTilesMaxNK/32), i32(1), []value.Value{i32(0)}, func(b kb, x value.Value, n []value.Value) (kb, []value.Value) {
			b.NewStore(n[0], b.sharedAt(ranks, x))
			return b, []value.Value{b.NewAdd(n[0], b.popc(b.NewLoad(types.I32, b.sharedAt(words, x))))}
		})
		b.NewStore(n[0], b.sharedAt(ranks, i32(RowTilesMaxNK/32)))
		return b
	})
	b.barrier()
	u := b.NewLoad(types.I32, b.sharedAt(ranks, i32(RowTilesMaxNK/32)))
	rank := func(b kb, J value.Value) value.Value {
		w := b.NewLoad(types.I32, b.sharedAt(words, b.NewLShr(J, i32(5))))
		below := b.NewAnd(w, b.NewSub(b.NewShl(i32(1), b.NewAnd(J, i32(31))), i32(1)))
		return b.NewAdd(b.NewLoad(types.I32, b.sharedAt(ranks, b.NewLShr(J, i32(5)))), b.popc(below))
	}
	// The list: the set tiles at their ranks, -1 after.
	base := b.NewMul(item, b.NewMul(pNK, i32(2)))
	b = b.each(tid, pNK, i32(bq), func(b kb, J value.Value) kb {
		set := b.NewICmp(enum.IPredNE, b.NewAnd(b.NewLoad(types.I32, b.sharedAt(words, b.NewLShr(J, i32(5)))), b.NewShl(i32(1), b.NewAnd(J, i32(31)))), i32(0))
		b = b.when(set, func(b kb) kb {
			t := rank(b, J)
			b.NewStore(J, b.i32At(plist, b.NewAdd(base, t)))
			b.NewStore(i32(0), b.i32At(plist, b.NewAdd(base, b.NewAdd(pNK, t))))
			return b
		})
		b = b.when(b.NewICmp(enum.IPredSGE, J, u), func(b kb) kb { // slot J is past the list
			b.NewStore(i32(-1), b.i32At(plist, b.NewAdd(base, J)))
			b.NewStore(i32(-1), b.i32At(plist, b.NewAdd(base, b.NewAdd(pNK, J))))
			return b
		})
		return b
	})
	off := b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, poffs, b.i64(item)))
	if sp.flags() {
		// The flags: each listed tile's words zeroed, then every row
		// sets its bit in the tiles it reaches (shared by the rows of
		// the tile: an atomic or).
		wpt := int64(sp.perTile())
		flagAt := func(b kb, x value.Value) value.Value {
			return b.NewGetElementPtr(types.I64, pmasks, b.NewAdd(off, b.NewSExt(x, types.I64)))
		}
		b = b.each(tid, b.NewMul(u, i32(wpt)), i32(bq), func(b kb, x value.Value) kb {
			b.NewStore(i64c(0), flagAt(b, x))
			return b
		})
		b.barrier()
		bit := b.NewShl(i64c(1), b.NewZExt(b.NewAnd(tid, i32(63)), types.I64))
		b, _ = b.rowRuns(sp, stage, tid, I, h, prows, pM, pN, pW, nil, func(b kb, J, _, _ value.Value, _ []value.Value) (kb, []value.Value) {
			at := b.NewAdd(b.NewMul(rank(b, J), i32(wpt)), b.NewLShr(tid, i32(6)))
			b.NewAtomicRMW(enum.AtomicOpOr, flagAt(b, at), bit, enum.AtomicOrderingMonotonic)
			return b, nil
		})
		b.NewRet(nil)
		return Kernel{Name: name, Kind: cuda.KindRowFill, BlockRows: sp.bq, BQ: sp.bq, BK: sp.bk, RowBlock: sp.block, RowTokens: sp.tokens}
	}
	// The masks: row tid's word of each listed tile, zeroed, then the
	// tiles its entries reach written (only this thread writes them).
	maskAt := func(b kb, t value.Value) value.Value {
		at := b.NewAdd(off, b.NewSExt(b.NewAdd(b.NewMul(t, i32(bq)), tid), types.I64))
		return b.NewGetElementPtr(types.I64, pmasks, at)
	}
	b = b.each(i32(0), u, i32(1), func(b kb, t value.Value) kb {
		b.NewStore(i64c(0), maskAt(b, t))
		return b
	})
	// A row's tiles come in ascending order, each in one stretch of
	// runs: their bits gathered in a register (cur, acc) and stored once
	// a tile — 256 single-key runs of a token row were 256 read-modify-
	// writes of global memory.
	flush := func(b kb, cur, acc value.Value) kb {
		return b.when(b.NewICmp(enum.IPredSGE, cur, i32(0)), func(b kb) kb {
			b.NewStore(acc, maskAt(b, rank(b, cur)))
			return b
		})
	}
	b, last := b.rowRuns(sp, stage, tid, I, h, prows, pM, pN, pW, []value.Value{i32(-1), i64c(0)}, func(b kb, J, c0, c1 value.Value, vals []value.Value) (kb, []value.Value) {
		cur, acc := vals[0], vals[1]
		next := b.NewICmp(enum.IPredNE, J, cur)
		b = b.when(next, func(b kb) kb { return flush(b, cur, acc) })
		// Bits c0 … c1−1 of tile J's word.
		n := b.NewSExt(b.NewSub(c1, c0), types.I64)
		bits := b.NewShl(b.NewLShr(i64c(-1), b.NewSub(i64c(64), n)), b.NewSExt(c0, types.I64))
		return b, []value.Value{J, b.NewOr(b.NewSelect(next, i64c(0), acc), bits)}
	})
	b = flush(b, last[0], last[1])
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindRowFill, BlockRows: sp.bq, BQ: sp.bq, BK: sp.bk, RowBlock: sp.block, RowTokens: sp.tokens}
}
