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

// MoBA's gate on the device (docs/passes.md "Per-row selection"): a
// rowscore(mean) and the rowselect reading it, as two launches,
//
//	pool:  k̄[g, b, :] = the mean of block b's keys of KV head g (f32; the
//	       pool kernel of select.go with tiles of `block` rows);
//	gate:  a CTA per (gateRows query rows, head h): every row's scores
//	       a[i, b] = c·(q_i·k̄_b) for the blocks its mask allows, in
//	       chunks of gateChunk blocks (a thread per block, the CTA's rows
//	       held in shared memory), and each row's best Top − |forced| of
//	       them kept in a sorted list in shared memory as the chunks pass
//	       — its warp sorts the first chunk (sortFirst) and merges each
//	       later chunk's values that beat the list's last into it at once
//	       (merge) — then the forced blocks and the list written in
//	       ascending order, -1 padded ([H, M, W], RowSelect's layout).
//	       The rows' geometry (allowed blocks, forced range) is computed
//	       once into shared memory.
//
// Measured against a heap a thread per row with the scores on tensor
// cores, this is the faster on an H100 (the heap's one selecting warp
// kept three waiting: docs/gpu-notes.md, seventeenth session).
//
// The dot is a float32 multiply-add chain in column order against the
// host's float64 dot8, and the means float32 sums (the host's float64):
// the scores are within float32 rounding of the host's, and given the
// GPU's scores the lists are RowSelect's to the bit (higher score, then
// lower block). A block whose score sits within rounding of a row's k-th
// may be chosen differently from the host's own choice, as for the mean
// tile scores (select.go). A NaN score (non-finite q or k) never ranks.
//
// The kernel takes causal or unmasked attention (the rows' blocks are a
// prefix, so a CTA's chunks stop at its last row's diagonal), a top-k
// selection of at most gateMaxTop blocks and rows of at most gateMaxW
// blocks;
// other gates run on the host (gateOK says why).

// Gate kernel geometry: gateChunk blocks per chunk, one per thread.
const (
	gateChunk  = 128
	gateMaxTop = 128
	gateMaxW   = 160
)

// gateRows is the rows a gate CTA scores at head dim d with a list of top
// entries a row: the most of 32, 16 and 8 whose shared memory (q, a
// chunk's scores and the lists) fits 48 KB.
func gateRows(d, top int) int {
	for _, r := range []int{32, 16, 8} {
		if r*(4*d+4*gateChunk+8*top) <= 48*1024 {
			return r
		}
	}
	return 0
}

// gateOK says why the gate of rowselect p.Steps[si] (fused with its
// rowscore) cannot run on the device (nil: it can).
func gateOK(p *tile.Program, si int) error {
	s := p.Steps[si]
	if !s.Fused() || si == 0 || p.Steps[si-1].RowScore() == nil {
		return fmt.Errorf("the rowselect reads scores other than its rowscore's")
	}
	sc, sel := p.Steps[si-1].RowScore(), s.RowSelect().RowSpec
	q := p.Steps[si-1].Args[0]
	d := q.Type.Shape[2].Size
	w := sel.Width(1)
	switch {
	case sc.Method != "mean":
		return fmt.Errorf("gate method %s (the GPU scores mean keys)", sc.Method)
	case !causalOrNone(sc.Mask):
		return fmt.Errorf("mask %s (the GPU gates causal or unmasked attention)", sc.Mask)
	case sel.Density > 0:
		return fmt.Errorf("a density per row (the GPU gate takes top)")
	case sel.Top > gateMaxTop:
		return fmt.Errorf("top %d (the GPU gate keeps at most %d)", sel.Top, gateMaxTop)
	case w > gateMaxW:
		return fmt.Errorf("%d blocks a row (the GPU gate writes at most %d)", w, gateMaxW)
	case d%4 != 0 || d > 256 || gateRows(d, sel.Top) == 0:
		return fmt.Errorf("head dim %d", d)
	case q.Type.DType.String() != "bf16" && q.Type.DType.String() != "f16":
		return fmt.Errorf("inputs are %s", q.Type.DType)
	}
	return nil
}

// gateSpec is what the gate kernel is specialised for.
type gateSpec struct {
	dt             string
	d, block, rows int
	top, local, w  int
	sink, diagonal bool
	causal         bool
	scale          float64
}

// gate emits the kernel. Parameters: q (b16 [H, M, d]), km (f32 [G, NB,
// d]), out (i32 [H, M, W]), e (f32 [H, M, NB], the scores for tests: null
// for none; -inf where the mask allows nothing), M, N, NB, group. Grid
// (⌈M/rows⌉, H), gateChunk threads.
func (g *gen) gate(name string, sp gateSpec) Kernel {
	hp, fp, ip := types.NewPointer(types.I16), types.NewPointer(types.Float), types.NewPointer(types.I32)
	pq, pkm, pout, pe := ir.NewParam("q", hp), ir.NewParam("km", fp), ir.NewParam("out", ip), ir.NewParam("e", fp)
	pM, pN, pNB, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("NB", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pkm, pout, pe, pM, pN, pNB, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(gateChunk))
	R, d, C := int64(sp.rows), int64(sp.d), int64(gateChunk)
	ge := &gateEmit{sp: sp, top: int64(max(sp.top, 1)), R: R, C: C, nb: pNB}
	ge.qs = g.shared(name+"_q", types.NewArray(uint64(R*d), types.Float), 16)
	ge.es = g.shared(name+"_e", types.NewArray(uint64(R*C), types.Float), 4)
	ge.ls = g.shared(name+"_ls", types.NewArray(uint64(R*ge.top), types.Float), 4)
	ge.li = g.shared(name+"_li", types.NewArray(uint64(R*ge.top), types.I32), 4)
	ge.gt = g.shared(name+"_g", types.NewArray(uint64(R*4), types.I32), 16)
	negInf := f32(math.Inf(-1))

	b := kb{f.NewBlock("entry"), g}
	tid, x, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	ge.row0 = b.NewMul(x, i32(R))
	ge.off = b.NewSub(pN, pM) // row i sits at position i + N − M
	kvh := b.NewSDiv(h, pG)
	hasE := b.NewICmp(enum.IPredNE, pe, constant.NewNull(fp))
	rowIn := func(b kb, r value.Value) value.Value { return b.NewICmp(enum.IPredSLT, b.NewAdd(ge.row0, r), pM) }
	eAt := func(b kb, r, blk value.Value) value.Value {
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), b.NewAdd(ge.row0, r)), pNB), blk)
		return b.NewGetElementPtr(types.Float, pe, b.i64(at))
	}

	// The CTA's rows of q, as f32, zeros past M.
	b = b.each(tid, i32(R*d), i32(C), func(b kb, at value.Value) kb {
		r, t := b.NewUDiv(at, i32(d)), b.NewURem(at, i32(d))
		b, v := b.cond(rowIn(b, r), func(b kb) (kb, value.Value) {
			src := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), b.NewAdd(ge.row0, r)), i32(d)), t)
			return b, b.b16f32(sp.dt, b.NewLoad(types.I16, b.NewGetElementPtr(types.I16, pq, b.i64(src))))
		}, f32(0))
		b.NewStore(v, b.sharedAt(ge.qs, at))
		return b
	})
	// Each row's geometry once (the scores' masks read it for all 128
	// blocks of every chunk): the blocks its mask allows, its forced
	// range, bit 0 the sink apart, bit 1 the row below M.
	b = b.when(b.NewICmp(enum.IPredSLT, tid, i32(R)), func(b kb) kb {
		rg := ge.geo(b, tid)
		flags := b.NewOr(rg.sinkX, b.NewShl(b.NewZExt(rowIn(b, tid), types.I32), i32(1)))
		for i, v := range []value.Value{ge.allowed(b, rg.pos), rg.flo, rg.fhi, flags} {
			b.NewStore(v, b.sharedAt(ge.gt, b.NewAdd(b.NewMul(tid, i32(4)), i32(int64(i)))))
		}
		return b
	})
	b.barrier()

	rows := b.NewSub(b.imin(b.NewAdd(ge.row0, i32(R)), pM), ge.row0) // the CTA's rows below M
	nbMax := ge.allowed(b, b.NewAdd(b.NewAdd(ge.row0, b.NewSub(rows, i32(1))), ge.off))
	per := R / (C / 32) // rows a warp ranks: w, w + C/32, …
	warpRow := func(b kb, j int64) value.Value { return b.NewAdd(warp, i32(j*(C/32))) }
	cnt0 := make([]value.Value, per)
	for j := range cnt0 {
		cnt0[j] = i32(0)
	}
	b, cnts := b.forN(i32(0), nbMax, i32(C), cnt0, func(b kb, c0 value.Value, cnts []value.Value) (kb, []value.Value) {
		blk := b.NewAdd(c0, tid)
		valid := b.NewICmp(enum.IPredSLT, blk, nbMax)
		// The chunk's scores: thread tid takes block c0 + tid for every
		// row, a multiply-add chain in column order.
		acc0 := make([]value.Value, R)
		for r := range acc0 {
			acc0[r] = f32(0)
		}
		b, acc := b.condVals(valid, acc0, func(b kb) (kb, []value.Value) {
			kbase := b.NewMul(b.NewAdd(b.NewMul(kvh, pNB), blk), i32(d))
			return b.forN(i32(0), i32(d), i32(4), acc0, func(b kb, t value.Value, acc []value.Value) (kb, []value.Value) {
				kv := b.loadF32s(pkm, b.NewAdd(kbase, t), 4)
				out := make([]value.Value, R)
				for r := range R {
					qv := b.sharedV4(ge.qs, b.NewAdd(i32(r*d), t))
					a := acc[r]
					for u := range 4 {
						a = b.fma(qv[u], kv[u], a)
					}
					out[r] = a
				}
				return b, out
			})
		})
		for r := range R {
			gv := b.sharedVec4(ge.gt, i32(r*4), types.I32)
			in := b.NewICmp(enum.IPredNE, b.NewAnd(gv[3], i32(2)), i32(0))
			ok := b.NewAnd(b.NewAnd(valid, in), b.NewICmp(enum.IPredSLT, blk, gv[0]))
			var forced value.Value = b.NewAnd(b.NewICmp(enum.IPredSGE, blk, gv[1]), b.NewICmp(enum.IPredSLE, blk, gv[2]))
			if sp.sink {
				forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredNE, b.NewAnd(gv[3], i32(1)), i32(0)), b.NewICmp(enum.IPredEQ, blk, i32(0))))
			}
			v := b.NewFMul(acc[r], f32(sp.scale))
			ranks := b.NewAnd(ok, b.NewXor(forced, constant.True))
			b.NewStore(b.NewSelect(ranks, v, negInf), b.sharedAt(ge.es, b.NewAdd(i32(r*C), tid)))
			b = b.when(b.NewAnd(hasE, b.NewAnd(valid, in)), func(b kb) kb {
				b.NewStore(b.NewSelect(ok, v, negInf), eAt(b, i32(r), blk))
				return b
			})
		}
		b.barrier()
		// Each warp ranks its rows' values of the chunk against their
		// lists.
		out := make([]value.Value, per)
		for j := range per {
			r := warpRow(b, j)
			rg := ge.geo(b, r)
			live := b.NewAnd(rowIn(b, r), b.NewICmp(enum.IPredSGT, rg.k, i32(0)))
			var vs []value.Value
			b, vs = b.condVals(live, []value.Value{cnts[j]}, func(b kb) (kb, []value.Value) {
				// The first chunk sorted (its list is empty: every value
				// would be a candidate of the merge), then merged.
				first := b.NewICmp(enum.IPredEQ, c0, i32(0))
				b, vs := b.condVals(first, []value.Value{cnts[j]}, func(b kb) (kb, []value.Value) {
					b, n := ge.sortFirst(b, r, rg.k, lane)
					return b, []value.Value{n}
				})
				return b.condVals(b.NewXor(first, constant.True), vs, func(b kb) (kb, []value.Value) {
					return ge.merge(b, r, rg.k, cnts[j], c0, lane)
				})
			})
			out[j] = vs[0]
		}
		b.barrier()
		return b, out
	})

	// The scores of the blocks past the CTA's last diagonal, for tests.
	b = b.when(hasE, func(b kb) kb {
		return b.each(b.NewAdd(nbMax, tid), pNB, i32(C), func(b kb, blk value.Value) kb {
			return b.each(i32(0), rows, i32(1), func(b kb, r value.Value) kb {
				b.NewStore(negInf, eAt(b, r, blk))
				return b
			})
		})
	})

	// Each row's list: the forced blocks and the ranked ones, ascending,
	// -1 padded to W. Lane l holds entries l, l + 32, l + 64 of the row's
	// (unsorted, distinct) blocks and writes each at its rank.
	ns := (int64(sp.w) + 31) / 32
	for j := range per {
		r := warpRow(b, j)
		rg := ge.geo(b, r)
		b = b.when(rowIn(b, r), func(b kb) kb {
			total := b.NewAdd(rg.nf, cnts[j])
			entry := func(b kb, e value.Value) (kb, value.Value) {
				rc := b.NewSub(rg.nf, rg.sinkX)
				li := b.NewLoad(types.I32, b.sharedAt(ge.li, b.NewAdd(b.NewMul(r, i32(ge.top)), b.imax(b.imin(b.NewSub(e, rg.nf), i32(ge.top-1)), i32(0)))))
				v := b.NewSelect(b.NewICmp(enum.IPredSLT, e, rg.nf), i32(0), li) // the sink, when it is apart
				return b, b.NewSelect(b.NewICmp(enum.IPredSLT, e, rc), b.NewAdd(rg.flo, e), v)
			}
			mine := make([]value.Value, ns)
			rank0 := make([]value.Value, ns)
			for s := range ns {
				b, mine[s] = entry(b, b.NewAdd(lane, i32(s*32)))
				rank0[s] = i32(0)
			}
			b, ranks := b.forN(i32(0), total, i32(1), rank0, func(b kb, e value.Value, ranks []value.Value) (kb, []value.Value) {
				b, v := entry(b, e)
				out := make([]value.Value, ns)
				for s := range ns {
					out[s] = b.NewAdd(ranks[s], b.NewZExt(b.NewICmp(enum.IPredSLT, v, mine[s]), types.I32))
				}
				return b, out
			})
			base := b.NewMul(b.NewAdd(b.NewMul(h, pM), b.NewAdd(ge.row0, r)), i32(int64(sp.w)))
			for s := range ns {
				e := b.NewAdd(lane, i32(s*32))
				in := b.NewICmp(enum.IPredSLT, e, total)
				at := b.NewSelect(in, ranks[s], e)
				b = b.when(b.NewICmp(enum.IPredSLT, e, i32(int64(sp.w))), func(b kb) kb {
					b.NewStore(b.NewSelect(in, mine[s], i32(-1)), b.i32At(pout, b.NewAdd(base, at)))
					return b
				})
			}
			return b
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindGate, BlockRows: gateChunk, Rows: sp.rows, D: sp.d, RowBlock: sp.block, BK: int(C)}
}

// gateEmit holds what the gate kernel's pieces share.
type gateEmit struct {
	sp             gateSpec
	top, R, C      int64
	qs, es, ls, li *ir.Global
	gt             *ir.Global // the rows' geometry, four words a row
	row0, off, nb  value.Value
}

// rowGeo is a row's geometry: its position, the forced blocks (the range
// [flo, fhi], and the sink apart when outside it: sinkX 1), their number
// nf and how many blocks the row ranks (k).
type rowGeo struct {
	pos, flo, fhi, sinkX, nf, k value.Value
}

// floorDiv is ⌊p/m⌋ for m > 0.
func (b kb) floorDiv(p value.Value, m int64) value.Value {
	neg := b.NewSub(i32(0), b.NewSDiv(b.NewAdd(b.NewSub(i32(0), p), i32(m-1)), i32(m)))
	return b.NewSelect(b.NewICmp(enum.IPredSGE, p, i32(0)), b.NewSDiv(p, i32(m)), neg)
}

// allowed is the number of blocks the mask allows a row at pos: a prefix
// (every block without a mask).
func (ge *gateEmit) allowed(b kb, pos value.Value) value.Value {
	if !ge.sp.causal {
		return ge.nb
	}
	return b.imax(b.imin(b.NewAdd(b.floorDiv(pos, int64(ge.sp.block)), i32(1)), ge.nb), i32(0))
}

// geo is row r's geometry (RowSelect's forced blocks: the diagonal, the
// local ones below it, the sink; Top in all, or every allowed block).
func (ge *gateEmit) geo(b kb, r value.Value) rowGeo {
	sp := ge.sp
	pos := b.NewAdd(b.NewAdd(ge.row0, r), ge.off)
	diag := b.floorDiv(pos, int64(sp.block))
	n := ge.allowed(b, pos)
	hi := diag
	if !sp.diagonal {
		hi = b.NewSub(diag, i32(1))
	}
	flo := b.imax(b.NewSub(diag, i32(int64(sp.local))), i32(0))
	fhi := b.imin(hi, b.NewSub(n, i32(1)))
	rc := b.imax(b.NewAdd(b.NewSub(fhi, flo), i32(1)), i32(0))
	sinkX := value.Value(i32(0))
	if sp.sink {
		inRange := b.NewAnd(b.NewICmp(enum.IPredSLE, flo, i32(0)), b.NewICmp(enum.IPredSGE, fhi, i32(0)))
		on := b.NewAnd(b.NewICmp(enum.IPredSGT, n, i32(0)), b.NewXor(inRange, constant.True))
		sinkX = b.NewZExt(on, types.I32)
	}
	nf := b.NewAdd(rc, sinkX)
	k := b.imax(b.imin(i32(int64(sp.top)), n), nf)
	return rowGeo{pos, flo, fhi, sinkX, nf, b.NewSub(k, nf)}
}

// beats says whether score x of block bi enters row r's list of cnt of
// k entries: the list has room, or x beats its last (higher score, then
// lower block).
func (ge *gateEmit) beats(b kb, r, k, cnt, x, bi value.Value) value.Value {
	last := b.NewAdd(b.NewMul(r, i32(ge.top)), b.imax(b.NewSub(k, i32(1)), i32(0)))
	ts := b.NewLoad(types.Float, b.sharedAt(ge.ls, last))
	ti := b.NewLoad(types.I32, b.sharedAt(ge.li, last))
	full := b.NewICmp(enum.IPredSGE, cnt, k)
	better := b.NewOr(b.NewFCmp(enum.FPredOGT, x, ts), b.NewAnd(b.NewFCmp(enum.FPredOEQ, x, ts), b.NewICmp(enum.IPredSLT, bi, ti)))
	return b.NewOr(b.NewXor(full, constant.True), better)
}

// sortFirst makes row r's list of k from the first chunk's values (es,
// blocks 0 …): the warp sorts the chunk's 128 values, four a lane
// (value s·32 + l in lane l's s-th), by a bitonic network on 64-bit keys
// — the score's order-preserving code above the block's complement, so
// that one unsigned compare is RowSelect's order (higher score, then
// lower block); values that do not rank are 0, below every key — and the
// first k that rank are the list, best first. Lanes exchange by shuffles
// for partners below 32 apart, registers above. It returns the list's
// length. (The merge would take the first chunk's values as candidates
// one at a time, every one of them: ≈ 3,800 warp instructions a row
// against ≈ 1,200 here. On an H100 the gate gained 2–7 %: the first
// chunk was not its main cost — docs/gpu-notes.md.)
func (ge *gateEmit) sortFirst(b kb, r, k, lane value.Value) (kb, value.Value) {
	C := ge.C
	ns := C / 32
	keys := make([]value.Value, ns)
	total := value.Value(i32(0))
	for s := range ns {
		col := b.NewAdd(i32(s*32), lane)
		x := b.NewLoad(types.Float, b.sharedAt(ge.es, b.NewAdd(b.NewMul(r, i32(C)), col)))
		ok := b.NewFCmp(enum.FPredOGT, x, f32(math.Inf(-1)))  // not -inf, not NaN
		bits := b.NewBitCast(b.NewFAdd(x, f32(0)), types.I32) // -0 as +0
		code := b.NewXor(bits, b.NewOr(b.NewAShr(bits, i32(31)), i32(math.MinInt32)))
		key := b.NewOr(b.NewShl(b.NewZExt(code, types.I64), i64c(32)), b.NewZExt(b.NewXor(col, i32(-1)), types.I64))
		keys[s] = b.NewSelect(ok, key, i64c(0))
		total = b.NewAdd(total, b.popc(b.ballot(ok)))
	}
	xor64 := func(b kb, v, src value.Value) value.Value {
		lo := b.shflIdxI32(b.NewTrunc(v, types.I32), src)
		hi := b.shflIdxI32(b.NewTrunc(b.NewLShr(v, i64c(32)), types.I32), src)
		return b.NewOr(b.NewShl(b.NewZExt(hi, types.I64), i64c(32)), b.NewZExt(lo, types.I64))
	}
	for k2 := int64(2); k2 <= C; k2 *= 2 {
		for j := k2 / 2; j >= 1; j /= 2 {
			next := make([]value.Value, ns)
			for s := range ns {
				var p, lower, up value.Value
				if j >= 32 {
					p = keys[s^(j/32)]
					lower = constant.NewBool(s&(j/32) == 0)
				} else {
					p = xor64(b, keys[s], b.NewXor(lane, i32(j)))
					lower = b.NewICmp(enum.IPredEQ, b.NewAnd(lane, i32(j)), i32(0))
				}
				if k2 >= 32 {
					up = constant.NewBool((s*32)&k2 == 0)
				} else {
					up = b.NewICmp(enum.IPredEQ, b.NewAnd(lane, i32(k2)), i32(0))
				}
				gt := b.NewICmp(enum.IPredUGT, p, keys[s])
				mx, mn := b.NewSelect(gt, p, keys[s]), b.NewSelect(gt, keys[s], p)
				// Descending: in a block sorted up the lower index takes
				// the larger.
				next[s] = b.NewSelect(b.NewICmp(enum.IPredEQ, lower, up), mx, mn)
			}
			keys = next
		}
	}
	n := b.imin(total, k)
	base := b.NewMul(r, i32(ge.top))
	for s := range ns {
		e := b.NewAdd(i32(s*32), lane)
		key := keys[s]
		b = b.when(b.NewICmp(enum.IPredSLT, e, n), func(b kb) kb {
			code := b.NewTrunc(b.NewLShr(key, i64c(32)), types.I32)
			neg := b.NewICmp(enum.IPredEQ, b.NewAnd(code, i32(math.MinInt32)), i32(0)) // a negative score's code
			bits := b.NewSelect(neg, b.NewXor(code, i32(-1)), b.NewXor(code, i32(math.MinInt32)))
			b.NewStore(b.NewBitCast(bits, types.Float), b.sharedAt(ge.ls, b.NewAdd(base, e)))
			b.NewStore(b.NewXor(b.NewTrunc(key, types.I32), i32(-1)), b.sharedAt(ge.li, b.NewAdd(base, e)))
			return b
		})
	}
	b.warpSync()
	return b, n
}

// merge takes the chunk's values of row r (es, blocks c0 …) into its
// sorted list of cnt of k entries, the warp together: the values that
// beat the list's last (all while it has room) are the candidates; each
// candidate's new place is the list entries that beat it (a binary
// search) and the candidates that do, each list entry's its index and the
// candidates that beat it (one pass over the candidates, each broadcast
// to the lanes); the entries and candidates placed below k are written
// there, the rest fall off. It returns the list's new length. (It
// replaced inserting the candidates one at a time, which the first GPU
// run showed to be most of the gate's time: docs/gpu-notes.md.)
func (ge *gateEmit) merge(b kb, r, k, cnt, c0, lane value.Value) (kb, []value.Value) {
	C, top := ge.C, ge.top
	base := b.NewMul(r, i32(top))
	beat := func(b kb, xs, xi, ys, yi value.Value) value.Value { // (xs, xi) beats (ys, yi)
		return b.NewOr(b.NewFCmp(enum.FPredOGT, xs, ys), b.NewAnd(b.NewFCmp(enum.FPredOEQ, xs, ys), b.NewICmp(enum.IPredSLT, xi, yi)))
	}
	ns := C / 32
	xs, bs, cand, masks := make([]value.Value, ns), make([]value.Value, ns), make([]value.Value, ns), make([]value.Value, ns)
	total := value.Value(i32(0))
	for s := range ns {
		col := b.NewAdd(i32(s*32), lane)
		xs[s] = b.NewLoad(types.Float, b.sharedAt(ge.es, b.NewAdd(b.NewMul(r, i32(C)), col)))
		bs[s] = b.NewAdd(c0, col)
		cand[s] = b.NewAnd(b.NewFCmp(enum.FPredOGT, xs[s], f32(math.Inf(-1))), ge.beats(b, r, k, cnt, xs[s], bs[s]))
		masks[s] = b.ballot(cand[s])
		total = b.NewAdd(total, b.popc(masks[s]))
	}
	return b.condVals(b.NewICmp(enum.IPredSGT, total, i32(0)), []value.Value{cnt}, func(b kb) (kb, []value.Value) {
		entry := func(b kb, p value.Value) (value.Value, value.Value) {
			at := b.NewAdd(base, b.imax(b.imin(p, i32(top-1)), i32(0)))
			return b.NewLoad(types.Float, b.sharedAt(ge.ls, at)), b.NewLoad(types.I32, b.sharedAt(ge.li, at))
		}
		// Each candidate's list entries that beat it: a binary search,
		// skipped for a slot where no lane has a candidate (most of them
		// past the first chunks: the ranks of non-candidates are unused).
		ranks := make([]value.Value, 0, 2*ns)
		for s := range ns {
			var lo []value.Value
			b, lo = b.condVals(b.NewICmp(enum.IPredNE, masks[s], i32(0)), []value.Value{i32(0)}, func(b kb) (kb, []value.Value) {
				lo, hi := value.Value(i32(0)), cnt
				for n := int64(1); n <= 2*top; n *= 2 {
					mid := b.NewLShr(b.NewAdd(lo, hi), i32(1))
					es, ei := entry(b, mid)
					open := b.NewICmp(enum.IPredSLT, lo, hi)
					up := b.NewAnd(open, beat(b, es, ei, xs[s], bs[s]))
					down := b.NewAnd(open, b.NewXor(up, constant.True))
					lo = b.NewSelect(up, b.NewAdd(mid, i32(1)), lo)
					hi = b.NewSelect(down, mid, hi)
				}
				return b, []value.Value{lo}
			})
			ranks = append(ranks, lo[0])
		}
		// This lane's list entries: p = lane, lane + 32, … below cnt.
		slots := (top + 31) / 32
		ls, li, lin := make([]value.Value, slots), make([]value.Value, slots), make([]value.Value, slots)
		for m := range slots {
			p := b.NewAdd(lane, i32(m*32))
			ls[m], li[m] = entry(b, p)
			lin[m] = b.NewICmp(enum.IPredSLT, p, cnt)
			ranks = append(ranks, p)
		}
		// Every candidate, broadcast: what it beats moves down one.
		for s := range ns {
			var vals []value.Value
			b, vals = b.forN(i32(0), b.popc(masks[s]), i32(1), append([]value.Value{masks[s]}, ranks...), func(b kb, _ value.Value, vals []value.Value) (kb, []value.Value) {
				mask, rk := vals[0], slices.Clone(vals[1:])
				src := b.ctz(mask)
				ys := b.shflIdx(xs[s], src)
				yi := b.NewAdd(b.NewAdd(c0, i32(s*32)), src)
				for t := range ns {
					rk[t] = b.NewAdd(rk[t], b.NewZExt(beat(b, ys, yi, xs[t], bs[t]), types.I32))
				}
				for m := range slots {
					rk[int(ns)+int(m)] = b.NewAdd(rk[int(ns)+int(m)], b.NewZExt(beat(b, ys, yi, ls[m], li[m]), types.I32))
				}
				return b, append([]value.Value{b.NewAnd(mask, b.NewSub(mask, i32(1)))}, rk...)
			})
			ranks = vals[1:]
		}
		b.warpSync() // every lane holds what it read
		put := func(b kb, on, at, s, i value.Value) kb {
			return b.when(b.NewAnd(on, b.NewICmp(enum.IPredSLT, at, k)), func(b kb) kb {
				b.NewStore(s, b.sharedAt(ge.ls, b.NewAdd(base, at)))
				b.NewStore(i, b.sharedAt(ge.li, b.NewAdd(base, at)))
				return b
			})
		}
		for m := range slots {
			b = put(b, lin[m], ranks[int(ns)+int(m)], ls[m], li[m])
		}
		for s := range ns {
			b = put(b, cand[s], ranks[s], xs[s], bs[s])
		}
		b.warpSync()
		return b, []value.Value{b.imin(b.NewAdd(cnt, total), k)}
	})
}
