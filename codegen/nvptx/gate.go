package nvptx

import (
	"fmt"
	"math"
	"math/bits"
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
//	       chunks of gateChunk blocks (mma.sync m16n8k16: q's fragments
//	       held in registers, a warp per 32 blocks of the chunk, the
//	       means split in three b16 parts), and each row's best
//	       Top − |forced| of them kept in a heap in shared memory as the
//	       chunks pass — a
//	       thread per row scans the chunk's values in block order and
//	       replaces its heap's worst by each that beats it (heapChunk) —
//	       then the forced blocks and the kept ones written in ascending
//	       order, -1 padded ([H, M, W], RowSelect's layout).
//
// The dot is exact products summed in float32 by the tensor cores (the
// means as hi + mid + lo b16 parts carry all their 24 bits), and the
// means float32 sums, against the host's float64: the scores are within
// float32 rounding of the host's, and given the GPU's scores the lists
// are RowSelect's to the bit (higher score, then lower block). A block
// whose score sits within rounding of a row's k-th may be chosen
// differently from the host's own choice, as for the mean tile scores
// (select.go). A NaN score (non-finite q or k) never ranks.
//
// The kernel takes causal or unmasked attention (the rows' blocks are a
// prefix, so a CTA's chunks stop at its last row's diagonal), a top-k
// selection of at most gateMaxTop blocks and rows of at most gateMaxW
// blocks;
// other gates run on the host (gateOK says why).

// Gate kernel geometry: gateChunk blocks per chunk, 32 a warp.
const (
	gateChunk  = 128
	gateRound  = 32 // values a heap round packs before it takes them
	gateMaxTop = 128
	gateMaxW   = 160
)

// gateRows is the rows a gate CTA scores with a heap of top entries a
// row: 32 or 16 (one or two m-tiles of mma.sync), the more whose shared
// memory (a chunk's scores a padded row each and their columns, the
// heaps and their counts) fits 48 KB — 16 always does (top ≤ gateMaxTop). The head dim
// sets the registers q's fragments take (d/4 a row tile), not memory.
func gateRows(d, top int) int {
	for _, r := range []int{32, 16} {
		if r*(4*(gateChunk+1)+gateChunk+8*top+4) <= 48*1024 && (r == 16 || d <= 128) {
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
	case d%16 != 0 || d > 256 || gateRows(d, sel.Top) == 0:
		return fmt.Errorf("head dim %d (the GPU gate takes multiples of 16 up to 256: mma.sync k-steps)", d)
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
	ge.es = g.shared(name+"_e", types.NewArray(uint64(R*(C+1)), types.Float), 4)
	ge.hk = g.shared(name+"_hk", types.NewArray(uint64(R*ge.top), types.I64), 8)
	ge.hn = g.shared(name+"_hn", types.NewArray(uint64(R), types.I32), 4)
	ge.jb = g.shared(name+"_jb", types.NewArray(uint64(R*C), types.I8), 4)
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

	// The CTA's rows of q as mma.sync's A fragments, held for the whole
	// kernel (d/16 k-steps of four b16 pairs for each 16 rows), read
	// straight from global: lane l holds rows l/4 and l/4 + 8 of an
	// m-tile, columns 2(l%4), +1 and +8, +9 of a k-step; rows past M
	// read row M − 1 and score nothing.
	g4, t4 := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	mts, steps := R/16, d/16
	qa := make([][][]value.Value, mts)
	for mt := range mts {
		qa[mt] = make([][]value.Value, steps)
		for s := range steps {
			for i := range int64(4) {
				r := b.NewAdd(g4, i32(16*mt+8*(i&1)))
				row := b.imin(b.NewAdd(ge.row0, r), b.NewSub(pM, i32(1)))
				src := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), row), i32(d)), b.NewAdd(b.NewShl(t4, i32(1)), i32(16*s+8*(i>>1))))
				pp := b.NewBitCast(b.NewGetElementPtr(types.I16, pq, b.i64(src)), types.NewPointer(types.I32))
				qa[mt][s] = append(qa[mt][s], b.NewLoad(types.I32, pp))
			}
		}
	}
	// The lane's rows of the accumulators (m-tile mt, half u: row
	// 16mt + l/4 + 8u) and their geometry.
	type laneRow struct {
		r, in value.Value
		rg    rowGeo
	}
	lrows := make([][2]laneRow, mts)
	for mt := range mts {
		for u := range int64(2) {
			r := b.NewAdd(g4, i32(16*mt+8*u))
			lrows[mt][u] = laneRow{r, rowIn(b, r), ge.geo(b, r)}
		}
	}

	rows := b.NewSub(b.imin(b.NewAdd(ge.row0, i32(R)), pM), ge.row0) // the CTA's rows below M
	nbMax := ge.allowed(b, b.NewAdd(b.NewAdd(ge.row0, b.NewSub(rows, i32(1))), ge.off))
	per := R / (C / 32) // rows a warp writes: w, w + C/32, …
	warpRow := func(b kb, j int64) value.Value { return b.NewAdd(warp, i32(j*(C/32))) }
	// Thread tid < R keeps row tid's heap and its count.
	selRow := b.NewAnd(b.NewICmp(enum.IPredSLT, tid, i32(R)), rowIn(b, b.imin(tid, i32(R-1))))
	selK := ge.geo(b, b.imin(tid, i32(R-1))).k
	b, cnt := b.forN(i32(0), nbMax, i32(C), []value.Value{i32(0)}, func(b kb, c0 value.Value, cnt []value.Value) (kb, []value.Value) {
		// The chunk's scores on the tensor cores: warp w takes blocks
		// c0 + 32w … (four n-tiles of 8) for every row; the block means
		// (f32) enter as three b16 parts, hi + mid + lo (split), so the
		// products carry the means' 24 bits and the sums are float32.
		w0 := b.NewAdd(c0, b.NewMul(warp, i32(32)))
		acc0 := make([]value.Value, mts*4*4)
		for i := range acc0 {
			acc0[i] = f32(0)
		}
		b, acc := b.condVals(b.NewICmp(enum.IPredSLT, w0, nbMax), acc0, func(b kb) (kb, []value.Value) {
			acc := slices.Clone(acc0)
			for s := range steps {
				for nt := range int64(4) {
					blk := b.imin(b.NewAdd(w0, b.NewAdd(g4, i32(8*nt))), b.NewSub(pNB, i32(1)))
					at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(kvh, pNB), blk), i32(d)), b.NewAdd(b.NewShl(t4, i32(1)), i32(16*s)))
					x := b.loadF32s(pkm, at, 2)
					y := b.loadF32s(pkm, b.NewAdd(at, i32(8)), 2)
					b0, b1 := b.split3(sp.dt, x[0], x[1]), b.split3(sp.dt, y[0], y[1])
					for mt := range mts {
						c := acc[(mt*4+nt)*4 : (mt*4+nt+1)*4]
						for part := 2; part >= 0; part-- { // the smallest first
							c = b.mma(sp.dt, qa[mt][s], b0[part], b1[part], c)
						}
						copy(acc[(mt*4+nt)*4:], c)
					}
				}
			}
			return b, acc
		})
		// Each score to the chunk's table (-inf where the row does not
		// rank the block) and, for tests, to e.
		for mt := range mts {
			for nt := range int64(4) {
				for i := range int64(4) {
					lr := lrows[mt][i>>1]
					col := b.NewAdd(b.NewMul(warp, i32(32)), b.NewAdd(b.NewShl(t4, i32(1)), i32(8*nt+(i&1))))
					blk := b.NewAdd(c0, col)
					valid := b.NewICmp(enum.IPredSLT, blk, nbMax)
					ok := b.NewAnd(valid, lr.in)
					if sp.causal {
						ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLT, blk, ge.allowed(b, lr.rg.pos)))
					}
					v := b.NewFMul(acc[(mt*4+nt)*4+i], f32(sp.scale))
					ranks := b.NewAnd(ok, b.NewXor(ge.forced(b, lr.rg, blk), constant.True))
					b.NewStore(b.NewSelect(ranks, v, negInf), b.sharedAt(ge.es, b.NewAdd(b.NewMul(lr.r, i32(C+1)), col)))
					b = b.when(b.NewAnd(hasE, b.NewAnd(valid, lr.in)), func(b kb) kb {
						b.NewStore(b.NewSelect(ok, v, negInf), eAt(b, lr.r, blk))
						return b
					})
				}
			}
		}
		b.barrier()
		// Each row's thread takes the chunk's values into its heap.
		live := b.NewAnd(selRow, b.NewICmp(enum.IPredSGT, selK, i32(0)))
		n := b.imin(i32(C), b.NewSub(nbMax, c0))
		b, out := b.condVals(live, cnt, func(b kb) (kb, []value.Value) {
			return ge.heapChunk(b, tid, selK, cnt[0], c0, n)
		})
		b.barrier()
		return b, out
	})
	b = b.when(selRow, func(b kb) kb {
		b.NewStore(cnt[0], b.sharedAt(ge.hn, tid))
		return b
	})
	b.barrier()

	// The scores of the blocks past the CTA's last diagonal, for tests.
	b = b.when(hasE, func(b kb) kb {
		return b.each(b.NewAdd(nbMax, tid), pNB, i32(C), func(b kb, blk value.Value) kb {
			return b.each(i32(0), rows, i32(1), func(b kb, r value.Value) kb {
				b.NewStore(negInf, eAt(b, r, blk))
				return b
			})
		})
	})

	// Each row's list: the forced blocks and the kept ones, ascending, -1
	// padded to W. Lane l holds entries l, l + 32, l + 64 of the row's
	// (unsorted, distinct) blocks and writes each at its rank.
	ns := (int64(sp.w) + 31) / 32
	for j := range per {
		r := warpRow(b, j)
		rg := ge.geo(b, r)
		b = b.when(rowIn(b, r), func(b kb) kb {
			total := b.NewAdd(rg.nf, b.NewLoad(types.I32, b.sharedAt(ge.hn, r)))
			entry := func(b kb, e value.Value) (kb, value.Value) {
				rc := b.NewSub(rg.nf, rg.sinkX)
				slot := b.imax(b.imin(b.NewSub(e, rg.nf), i32(ge.top-1)), i32(0))
				li := ge.keyBlock(b, b.NewLoad(types.I64, b.sharedAt(ge.hk, b.NewAdd(b.NewMul(slot, i32(R)), r))))
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
	es, hk, hn, jb *ir.Global
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

// forced says whether block blk is one of the row's forced blocks.
func (ge *gateEmit) forced(b kb, rg rowGeo, blk value.Value) value.Value {
	var in value.Value = b.NewAnd(b.NewICmp(enum.IPredSGE, blk, rg.flo), b.NewICmp(enum.IPredSLE, blk, rg.fhi))
	if ge.sp.sink {
		in = b.NewOr(in, b.NewAnd(b.NewICmp(enum.IPredEQ, rg.sinkX, i32(1)), b.NewICmp(enum.IPredEQ, blk, i32(0))))
	}
	return in
}

// A heap entry is one 64-bit key: the score's order-preserving code in
// the high half, the block's complement in the low, so that a larger key
// is a higher score, then a lower block — RowSelect's order — and one
// unsigned compare ranks two entries. Scores are finite or +inf here
// (-inf and NaN never enter) and -0 is taken as +0 (the host compares
// them equal; the GPU's dots never make -0, this keeps it so).
func (ge *gateEmit) key(b kb, x, blk value.Value) value.Value {
	hi := b.NewShl(b.NewZExt(ge.code(b, x), types.I64), constant.NewInt(types.I64, 32))
	return b.NewOr(hi, b.NewZExt(b.NewXor(blk, i32(-1)), types.I64))
}

// code is score x's order-preserving code (-0 as +0), a key's high half.
func (ge *gateEmit) code(b kb, x value.Value) value.Value {
	bits := b.NewBitCast(b.NewFAdd(x, f32(0)), types.I32)
	return b.NewXor(bits, b.NewOr(b.NewAShr(bits, i32(31)), i32(math.MinInt32)))
}

// keyBlock is the block of a heap key.
func (ge *gateEmit) keyBlock(b kb, k value.Value) value.Value {
	return b.NewXor(b.NewTrunc(k, types.I32), i32(-1))
}

// heapChunk takes the chunk's n values of row r (es, blocks c0 …) into
// the row's heap of cnt of k entries (hk, slot i of row r at i·R + r: a
// warp's rows, one a lane, are 32 consecutive words whatever their
// slots), by this one thread, in block order, gateRound values a round:
// first the round's values that can enter — every one while the heap
// has room, else those above its root (its worst) as the round starts —
// are packed at the round's start (es in place, their columns in jb),
// then each is taken (take): pushed while the heap has room, else it
// replaces the root if it still beats it. The root only rises, so a value
// the round's first root turns away the later ones would too, and the
// lanes' sifts are as many as their own candidates, not one for every
// value any lane of the warp takes (the first heap scanned every value:
// docs/gpu-notes.md). In block order a value ties with no kept entry to
// its advantage (they have lower blocks), so "beats" is a plain compare
// of keys; a NaN (whose code would rank above +inf) never enters. It
// returns the heap's new count.
func (ge *gateEmit) heapChunk(b kb, r, k, cnt, c0, n value.Value) (kb, []value.Value) {
	C := ge.C
	return b.forN(i32(0), n, i32(gateRound), []value.Value{cnt}, func(b kb, j0 value.Value, cv []value.Value) (kb, []value.Value) {
		cnt := cv[0]
		j1 := b.imin(b.NewAdd(j0, i32(gateRound)), n)
		row := b.NewMul(r, i32(C+1))
		full := b.NewICmp(enum.IPredSGE, cnt, k)
		rootCode := b.NewTrunc(b.NewLShr(b.NewLoad(types.I64, ge.slot(b, r, i32(0))), constant.NewInt(types.I64, 32)), types.I32)
		b, nc := b.forN(j0, j1, i32(1), []value.Value{i32(0)}, func(b kb, j value.Value, nc []value.Value) (kb, []value.Value) {
			x := b.NewLoad(types.Float, b.sharedAt(ge.es, b.NewAdd(row, j)))
			ranks := b.NewFCmp(enum.FPredOGT, x, f32(math.Inf(-1))) // not -inf, not NaN
			above := b.NewICmp(enum.IPredUGT, ge.code(b, x), rootCode)
			cand := b.NewAnd(ranks, b.NewOr(b.NewXor(full, constant.True), above))
			at := b.NewAdd(j0, nc[0])
			b = b.when(cand, func(b kb) kb {
				b.NewStore(x, b.sharedAt(ge.es, b.NewAdd(row, at)))
				b.NewStore(b.NewTrunc(j, types.I8), b.sharedAt(ge.jb, b.NewAdd(b.NewMul(r, i32(C)), at)))
				return b
			})
			return b, []value.Value{b.NewAdd(nc[0], b.NewZExt(cand, types.I32))}
		})
		return b.forN(j0, b.NewAdd(j0, nc[0]), i32(1), []value.Value{cnt}, func(b kb, t value.Value, cv []value.Value) (kb, []value.Value) {
			x := b.NewLoad(types.Float, b.sharedAt(ge.es, b.NewAdd(row, t)))
			col := b.NewZExt(b.NewLoad(types.I8, b.sharedAt(ge.jb, b.NewAdd(b.NewMul(r, i32(C)), t))), types.I32)
			return ge.take(b, r, k, cv[0], ge.key(b, x, b.NewAdd(c0, col)))
		})
	})
}

// slot is the address of slot i of row r's heap.
func (ge *gateEmit) slot(b kb, r, i value.Value) value.Value {
	return b.sharedAt(ge.hk, b.NewAdd(b.NewMul(i, i32(ge.R)), r))
}

// take takes key xk (a value that ranks) into row r's heap of cnt of k
// entries: pushed (sifted up) while it has room, else in the root's place
// (sifted down) if it beats the root. A sift is a fixed number of levels,
// each a predicated step. It returns the new count.
func (ge *gateEmit) take(b kb, r, k, cnt, xk value.Value) (kb, []value.Value) {
	levels := int64(bits.Len(uint(ge.top))) - 1 // a heap of top entries is this deep
	slot := func(b kb, i value.Value) value.Value { return ge.slot(b, r, i) }
	full := b.NewICmp(enum.IPredSGE, cnt, k)
	push := b.NewXor(full, constant.True)
	swap := b.NewAnd(full, b.NewICmp(enum.IPredUGT, xk, b.NewLoad(types.I64, slot(b, i32(0)))))
	b = b.when(push, func(b kb) kb {
		i, done := cnt, value.Value(constant.False)
		for range levels {
			p := b.NewLShr(b.NewSub(b.imax(i, i32(1)), i32(1)), i32(1))
			pk := b.NewLoad(types.I64, slot(b, p))
			move := b.NewAnd(b.NewAnd(b.NewXor(done, constant.True), b.NewICmp(enum.IPredSGT, i, i32(0))), b.NewICmp(enum.IPredULT, xk, pk))
			at := i
			b = b.when(move, func(b kb) kb {
				b.NewStore(pk, slot(b, at))
				return b
			})
			i = b.NewSelect(move, p, i)
			done = b.NewXor(move, constant.True)
		}
		b.NewStore(xk, slot(b, i))
		return b
	})
	b = b.when(swap, func(b kb) kb {
		i, done := value.Value(i32(0)), value.Value(constant.False)
		for range levels {
			l := b.NewAdd(b.NewShl(i, i32(1)), i32(1))
			rr := b.NewAdd(l, i32(1))
			lk := b.NewLoad(types.I64, slot(b, b.imin(l, i32(ge.top-1))))
			rk := b.NewLoad(types.I64, slot(b, b.imin(rr, i32(ge.top-1))))
			right := b.NewAnd(b.NewICmp(enum.IPredSLT, rr, k), b.NewICmp(enum.IPredULT, rk, lk))
			c, ck := b.NewSelect(right, rr, l), b.NewSelect(right, rk, lk)
			move := b.NewAnd(b.NewAnd(b.NewXor(done, constant.True), b.NewICmp(enum.IPredSLT, l, k)), b.NewICmp(enum.IPredULT, ck, xk))
			at := i
			b = b.when(move, func(b kb) kb {
				b.NewStore(ck, slot(b, at))
				return b
			})
			i = b.NewSelect(move, c, i)
			done = b.NewXor(move, constant.True)
		}
		b.NewStore(xk, slot(b, i))
		return b
	})
	return b, []value.Value{b.NewAdd(cnt, b.NewZExt(push, types.I32))}
}

// split3 splits the f32 pair (x0, x1) into three b16x2 parts, hi + mid
// + lo = x to the last bit (bf16: 8 + 8 + 8 bits; f16: 11 + 11, the rest
// where f16's range holds it), x0 in the low halves: an f32 vector on
// b16 tensor cores. An infinite part leaves no rest (inf − inf is NaN).
func (b kb) split3(dt string, x0, x1 value.Value) [3]value.Value {
	var out [3]value.Value
	inf := f32(math.Inf(1))
	rest := func(x, p value.Value) value.Value {
		y := b.b16f32(dt, b.NewTrunc(p, types.I16))
		isInf := b.NewOr(b.NewFCmp(enum.FPredOEQ, y, inf), b.NewFCmp(enum.FPredOEQ, y, b.NewFNeg(inf)))
		return b.NewSelect(isInf, f32(0), b.NewFSub(x, y))
	}
	for i := range out {
		out[i] = b.pack(dt, x0, x1)
		if i < 2 {
			x0, x1 = rest(x0, out[i]), rest(x1, b.NewLShr(out[i], i32(16)))
		}
	}
	return out
}
