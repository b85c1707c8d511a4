package nvptx

import (
	"fmt"
	"os"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The tensor-core kernel's declaration, entry and tile copies: Q once, K
// and V of every key tile through cp.async into swizzled shared memory.

// declare adds the kernel to the module: its parameters (gather and early
// exit add theirs), launch bounds and shared memory.
func (em *mmaEmitter) declare() {
	g := em.g
	hp := types.NewPointer(types.I16)
	ip := types.NewPointer(types.I32)
	op := types.NewPointer(types.Float)
	if em.outT != "f32" {
		op = hp
	}
	em.pq, em.pk, em.pv, em.po = ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("v", hp), ir.NewParam("out", op)
	pH := ir.NewParam("H", types.I32)
	em.pM, em.pN, em.pG = ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	em.pList, em.pNQ, em.pNK, em.pLH = ir.NewParam("list", ip), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("lh", types.I32)
	em.pCls, em.pCH = ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	em.pH, em.pHG = pH, ir.NewParam("hg", types.I32)
	params := []*ir.Param{em.pq, em.pk, em.pv, em.po, pH, em.pM, em.pN, em.pG, em.pList, em.pNQ, em.pNK, em.pLH, em.pCls, em.pCH, em.pHG}
	em.pPerm, em.pNS, em.pSeg = ir.NewParam("perm", ip), ir.NewParam("NS", types.I32), ir.NewParam("segment", types.I32)
	if em.ops.gather {
		params = append(params, em.pPerm, em.pNS, em.pSeg)
	}
	em.pVisits = ir.NewParam("visits", ip) // early exit: tiles processed per (h, I)
	if em.ops.exit != nil {
		params = append(params, em.pVisits)
	}
	if em.ops.compensate {
		em.pKBar, em.pVBar, em.pComp = ir.NewParam("kbar", hp), ir.NewParam("vbar", hp), ir.NewParam("comp", types.NewPointer(types.I32))
		params = append(params, em.pKBar, em.pVBar, em.pComp)
	}
	if em.ops.rows {
		// Per listed tile t of item (h, I), row r's key bits:
		// rowmask[rowoff[h·NQ + I] + t·BQ + r] (sparse.RowTiles).
		lp := types.NewPointer(types.I64)
		em.pRowMask, em.pRowOff = ir.NewParam("rowmask", lp), ir.NewParam("rowoff", lp)
		params = append(params, em.pRowMask, em.pRowOff)
	}
	em.f = g.m.NewFunc(em.name, types.Void, params...)
	em.f.CallingConv = ptxKernel
	ref := em.f.Type().String() + " @" + em.name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(em.threads))
	blocks := g.opts.MinBlocksPerSM
	if em.wg && g.opts.PlainBlocksPerSM > 0 && em.ops.plain() {
		blocks = g.opts.PlainBlocksPerSM
	} else if em.wg {
		// ATTNC_SPARSE_MINCTAS: the other warpgroup kernels' CTAs an SM
		// (gathered keys, early exit, compensation), for the A/B.
		blocks = envCTAs("ATTNC_SPARSE_MINCTAS", blocks)
	}
	// The options count warpgroup CTAs of one warpgroup: one of two
	// counts as two, so that the registers' cap stays the same.
	if em.wg {
		blocks = blocks * 4 / int(em.warps)
	}
	if em.ws {
		// One CTA of 384 threads per SM: ptxas compiles for 168
		// registers a thread, which setmaxnreg then moves from the
		// producer to the consumers (mma_ws.go).
		blocks = 1
	} else if max(em.d, em.dv) > 128 {
		// Head dim 256: O alone is 128 registers a thread; two CTAs
		// fit by registers and shared memory without a cap.
		blocks = 0
	}
	if blocks > 0 {
		g.annotations = append(g.annotations, ref+`, !"minctasm", i32 `+fmt.Sprint(blocks))
	}
	// 1024: ldmatrix addresses XOR chunk bits into row-aligned bases, and
	// wgmma's swizzle atoms are 1024-byte aligned.
	if em.dynSmem() > 0 {
		em.sm = g.sharedDynamic(em.name+"_smem", 1024)
	} else {
		em.sm = g.shared(em.name+"_smem", types.NewArray(uint64(em.smemBytes), types.I8), 1024)
	}
}

// entry emits the entry block: the shared tiles' addresses, this thread's
// warp and lane, the item (query tile I, heavy ones first, and head h),
// its bases in q, k, v, the list and the class table; then Q's copy, and
// a branch to the prologue, or to the epilogue when the list is empty.
func (em *mmaEmitter) entry() {
	e := kb{em.f.NewBlock("entry"), em.g}
	em.start = e
	d, dv, bk := em.d, em.dv, em.bk
	smBase := e.NewPtrToInt(em.sm, types.I32)
	var sQ value.Value = smBase
	sK, sV := smBase, e.NewAdd(smBase, i32(2*bk*d))
	em.stage = 2 * (bk*d + bk*dv)
	if em.qOwn {
		sQ = e.NewAdd(smBase, i32(em.nst*em.stage))
	}
	em.sQ, em.sK, em.sV = sQ, sK, sV
	if em.wg {
		em.dQ, em.dK, em.dV = e.descStart(sQ), e.descStart(sK), e.descStart(sV)
	}
	tid := e.sreg("tid.x")
	if em.ws {
		// The consumers' threads count from 0 (the producer's indices
		// wrap; it reads only ptid).
		em.ptid, tid = tid, e.NewSub(tid, i32(128))
	}
	em.cpTid, em.cpThreads = tid, em.threads
	warp, lane := e.NewLShr(tid, i32(5)), e.NewAnd(tid, i32(31))
	if em.wg && em.warps > 4 {
		// Warpgroup w reads Q's rows [64w, 64w+64): 8 KiB into each slab.
		em.dQ = e.NewAdd(em.dQ, e.NewMul(e.NewLShr(warp, i32(2)), i32(64*128>>4)))
	}
	gq, tq := e.NewLShr(lane, i32(2)), e.NewAnd(lane, i32(3))
	em.tid, em.warp, em.lane, em.gq, em.tq = tid, warp, lane, gq, tq
	items := value.Value(em.pNQ)
	if em.pair {
		items = e.NewLShr(e.NewAdd(em.pNQ, i32(1)), i32(1)) // pairs of the list's query tiles
	}
	I, h := em.item(e, items)
	kvh := e.NewSDiv(h, em.pG)
	q0 := e.NewMul(I, i32(em.bq))
	em.I, em.h, em.kvh, em.q0 = I, h, kvh, q0
	em.qBase = e.NewGetElementPtr(types.I16, em.pq, e.i64(e.NewMul(e.NewMul(h, em.pM), i32(d))))
	em.kBase = e.NewGetElementPtr(types.I16, em.pk, e.i64(e.NewMul(e.NewMul(kvh, em.pN), i32(d))))
	em.vBase = e.NewGetElementPtr(types.I16, em.pv, e.i64(e.NewMul(e.NewMul(kvh, em.pN), i32(dv))))
	em.listBase = e.NewMul(e.NewMul(e.NewAdd(e.NewMul(e.NewUDiv(h, em.pLH), em.pNQ), I), i32(2)), em.pNK)
	em.own, em.listLen = I, value.Value(em.pNK)
	if em.pair {
		// The pair list is [H, ⌈NQ/2⌉, width]; the classes and comp words
		// are the list's query tiles', this warpgroup's 2I + w (the last
		// pair's second may be past NQ: its bits are 0, its tables those
		// of NQ − 1).
		em.pairW = em.pairWarpgroup(e)
		em.listLen = em.pairWidth(e)
		em.listBase = e.NewMul(e.NewAdd(e.NewMul(h, items), I), em.listLen)
		em.own = e.imin(e.NewAdd(e.NewShl(I, i32(1)), em.pairW), e.NewSub(em.pNQ, i32(1)))
	}
	em.clsBase = e.NewMul(e.NewAdd(e.NewMul(e.NewMul(h, em.pCH), em.pNQ), em.own), em.pNK)
	if em.ops.compensate {
		em.compBases(e)
	}
	if em.ops.gather {
		seg := e.NewSDiv(q0, em.pSeg)
		em.permRow = e.NewGetElementPtr(types.I32, em.pPerm, e.i64(e.NewMul(e.NewAdd(e.NewMul(h, em.pNS), seg), em.pN)))
	}
	em.J0 = em.listAt(e, i32(0))
	if em.pair {
		em.mem0 = em.pairMember(e, em.listRaw(e, i32(0)))
	}
	has := e.NewAnd(e.NewICmp(enum.IPredSGT, em.pNK, i32(0)), e.NewICmp(enum.IPredSGE, em.J0, i32(0)))
	// The loop reads each list entry and tile class an iteration before
	// the tile it is for (listNext): entry 1 and J0's class now.
	if em.ahead() {
		em.J1 = em.listAt2(e, has, i32(1))
		em.cls0 = em.classOf(e, em.J0)
		if em.ops.compensate {
			em.comp0 = em.compWordsOf(e, em.J0)
		}
	}
	if em.ws {
		em.split(e, smBase, has)
		return
	}

	// Q tile, then the first K tile.
	em.loadTile(e, sQ, em.qBase, q0, em.pM, em.bq, d, false)
	e.commit()
	em.pre = kb{em.f.NewBlock("prologue"), em.g}
	em.loop = kb{em.f.NewBlock("loop"), em.g}
	em.epi = kb{em.f.NewBlock("epilogue"), em.g}
	e.NewCondBr(has, em.pre.Block, em.epi.Block)
}

// item is the CTA's query tile (of nq: pairs, for the pair kernel) and head. Blocks start in the order of
// their linear index b = y·NQ + x; heads go in groups of hg (the last
// group may be smaller), and inside a group the heaviest query tiles (the
// causal tail) first, across its heads: the longest-first order, over
// heads whose K and V fit in L2 together (docs/gpu-notes.md). hg = 1 is
// each head's tiles, heaviest first, head after head.
func (em *mmaEmitter) item(e kb, nq value.Value) (I, h value.Value) {
	b := e.NewAdd(e.NewMul(e.sreg("ctaid.y"), nq), e.sreg("ctaid.x"))
	span := e.NewMul(em.pHG, nq)
	grp, r := e.NewUDiv(b, span), e.NewURem(b, span)
	g0 := e.NewMul(grp, em.pHG)
	g := e.imin(em.pHG, e.NewSub(em.pH, g0))
	I = e.NewSub(e.NewSub(nq, i32(1)), e.NewUDiv(r, g))
	h = e.NewAdd(g0, e.NewURem(r, g))
	return I, h
}

// key returns the physical key of logical key position j (< N).
func (em *mmaEmitter) key(b kb, j value.Value) value.Value {
	if !em.ops.gather {
		return j
	}
	return b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, em.permRow, b.i64(j)))
}

// keyRows says whether the kernel's loop carries each tile's physical key
// rows in registers (the single-buffered loop with gathered keys, K and V
// of one width, so copied in the same rounds): tile J′'s permutation
// entries are loaded with the list's next entry, before the barrier
// P·V(J) waits at, and K(J′)'s copy issued after it does not wait for
// them; V(J′)'s copy, at the top of the next iteration, reuses them (it
// loaded them again, after the barrier, before its copies could start:
// 8–14 % slower, docs/gpu-notes.md).
func (em *mmaEmitter) keyRows() bool {
	return em.ops.gather && !em.db && !em.ov && !em.ws && em.d == em.dv && !em.ops.compensate
}

// tileKeys loads the physical key rows of key tile J (≥ 0) this thread
// copies (loadTile's rounds over rows of width d): one per round, 0 for a
// row at or past N.
func (em *mmaEmitter) tileKeys(b kb, J value.Value) []value.Value {
	chunks := em.d / 8
	total, step := em.bk*chunks, em.cpThreads/chunks
	row0 := b.NewAdd(b.NewMul(J, i32(em.bk)), b.NewLShr(em.cpTid, i32(int64(log2(chunks)))))
	var keys []value.Value
	for it := range (total + em.cpThreads - 1) / em.cpThreads {
		row := b.NewAdd(row0, i32(it*step))
		ok := b.NewICmp(enum.IPredSLT, row, em.pN)
		keys = append(keys, em.key(b, b.NewSelect(ok, row, i32(0))))
	}
	return keys
}

// listAt is entry t of the item's tile list (a pair list's: its tile).
func (em *mmaEmitter) listAt(b kb, t value.Value) value.Value {
	raw := em.listRaw(b, t)
	if em.pair {
		return b.pairTile(raw)
	}
	return raw
}

// loadTile issues the cp.async copies of rows [r0, r0+rows) of a [*,
// width] matrix at base into shared memory at dst; rows at or past limit
// are zero-filled. gathered rows go through key, or are keys (tileKeys'
// rows of this tile) where given.
func (em *mmaEmitter) loadTile(b kb, dst, base, r0, limit value.Value, rows, width int64, gathered bool, keys ...value.Value) {
	threads, tid := em.cpThreads, em.cpTid
	// Thread tid copies chunk tid%chunks of rows tid/chunks + i·step:
	// the same chunk, and (step ≡ 0 mod 8) the same swizzle, every
	// round, so rounds differ by constant offsets.
	chunks := width / 8
	total := rows * chunks
	step := threads / chunks
	rT, cT := b.NewLShr(tid, i32(int64(log2(chunks)))), b.NewAnd(tid, i32(chunks-1))
	swz := func(b kb, r, c value.Value) value.Value { return b.swz(r, c, chunks) }
	rowBytes := chunks * 16
	if em.wg {
		swz = func(b kb, r, c value.Value) value.Value { return b.swz128(r, c, rows) }
		rowBytes = 128
	}
	dstT := b.NewAdd(dst, swz(b, rT, cT))
	row0 := b.NewAdd(r0, rT)
	var srcT value.Value
	if !gathered {
		srcT = b.NewGetElementPtr(types.I16, base, b.i64(b.NewAdd(b.NewMul(row0, i32(width)), b.NewMul(cT, i32(8)))))
	}
	for it := range (total + threads - 1) / threads {
		row := b.NewAdd(row0, i32(it*step))
		ok := b.NewICmp(enum.IPredSLT, row, limit)
		var src value.Value
		if gathered {
			var key value.Value
			if keys != nil {
				key = keys[it]
			} else {
				key = em.key(b, b.NewSelect(ok, row, i32(0)))
			}
			src = b.NewGetElementPtr(types.I16, base, b.i64(b.NewAdd(b.NewMul(key, i32(width)), b.NewMul(cT, i32(8)))))
		} else {
			src = b.NewSelect(ok, b.NewGetElementPtr(types.I16, srcT, i64c(it*step*width)), base)
		}
		dstAddr := dstT
		if step%8 == 0 || it == 0 {
			dstAddr = b.NewAdd(dstT, i32(it*step*rowBytes))
		} else {
			dstAddr = b.NewAdd(dst, swz(b, b.NewAdd(rT, i32(it*step)), cT))
		}
		size := b.NewSelect(ok, i32(16), i32(0))
		if (it+1)*threads <= total {
			b.cpAsync(dstAddr, src, size)
		} else { // the last round: threads past the tile copy nothing
			b.cpAsyncIf(dstAddr, src, size, b.NewZExt(b.NewICmp(enum.IPredSLT, b.NewAdd(tid, i32(it*threads)), i32(total)), types.I32))
		}
	}
}

// prologue emits the block before the loop: Q is in; its fragments stay
// in registers with one m-atom per warp; the first K tile's copy starts.
func (em *mmaEmitter) prologue() {
	pre, lane, d := em.pre, em.lane, em.d
	if !em.ws { // ws: the consumers waited for Q (split)
		pre.waitAll()
		pre.barrier()
	}
	// Q fragments of m-atom a, k-step kk: matrices (rows 0-7|8-15) ×
	// (cols 0-7|8-15) of rows warp·rw + 16a. Lane t reads row lrow ≡ t
	// (mod 8) at chunk 2kk + lhi, swizzled to 2kk ^ (lhi ^ t%8): a lane base
	// XORed with 32·kk (the same holds for K and V below).
	lrow := pre.NewAdd(pre.NewAnd(lane, i32(7)), pre.NewShl(pre.NewAnd(pre.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	em.lhi = pre.NewLShr(lane, i32(4)) // 0 for lanes 0-15, 1 for 16-31
	em.qLane = make([]value.Value, em.ma)
	for a := range em.ma {
		r := pre.NewAdd(pre.NewMul(em.warp, i32(em.rw)), pre.NewAdd(lrow, i32(int64(16*a))))
		em.qLane[a] = pre.NewAdd(pre.NewAdd(em.sQ, pre.NewMul(r, i32(2*d))), pre.NewShl(pre.NewXor(em.lhi, pre.NewAnd(lane, i32(7))), i32(4)))
	}
	if em.ma == 1 && !em.wg { // one m-atom: Q stays in registers
		em.qReg = em.qFrags(pre, 0)
	}
	if em.ws { // the producer copies K and V
		pre.NewBr(em.loop.Block)
		return
	}
	if !em.qOwn {
		pre.barrier() // every warp has its Q fragments before K overwrites them
	}
	if em.keyRows() {
		em.keys0 = em.tileKeys(pre, em.J0)
	}
	em.loadKTile(pre, em.J0, em.keys0...)
	switch {
	case em.ov:
		// The first iteration's P·V reads stage 1's V with P = 0: zeros
		// (rows past the limit are zero-filled), so that stale shared
		// memory holding a NaN cannot reach O.
		em.loadTile(pre, pre.NewAdd(em.sV, i32(em.stage)), em.vBase, em.pN, em.pN, em.bk, em.dv, false)
	case em.db:
		em.loadTile(pre, em.sV, em.vBase, pre.NewMul(em.J0, i32(em.bk)), em.pN, em.bk, em.dv, false)
	}
	pre.commit()
	pre.NewBr(em.loop.Block)
}

// loadKTile issues the copy of key tile J's K into sK: K's rows (through
// the permutation with gather: keys, tileKeys' rows of J, where given),
// or with compensate a tile of mean keys.
func (em *mmaEmitter) loadKTile(b kb, J value.Value, keys ...value.Value) {
	if em.ops.compensate {
		base, r0, limit := em.tileSource(b, J, em.kBase, em.kbarBase)
		em.loadTile(b, em.sK, base, r0, limit, em.bk, em.d, false)
		return
	}
	em.loadTile(b, em.sK, em.kBase, b.NewMul(J, i32(em.bk)), em.pN, em.bk, em.d, em.ops.gather, keys...)
}

// qFrags are Q's fragments of m-atom a, one per k-step of 16.
func (em *mmaEmitter) qFrags(b kb, a int) [][]value.Value {
	qa := make([][]value.Value, em.d/16)
	for kk := range em.d / 16 {
		qa[kk] = b.ldmatrix(b.NewXor(em.qLane[a], i32(32*kk)), false)
	}
	return qa
}

// loadV starts the loop body: K(J) is in, V(J)'s copy starts (it
// overlaps Q·K(J)ᵀ).
func (em *mmaEmitter) loadV() kb {
	b := em.loop
	em.dKt, em.dVt = em.dK, em.dV
	if em.db {
		return em.loadNext()
	}
	b.waitAll()
	if em.wg {
		b.fenceProxyAsync() // cp.async wrote K(J) (and Q) through the generic proxy; wgmma reads through the async one
	}
	b.barrier() // K(J) is in; every warp is done with V of the last tile
	em.k0 = b.NewMul(em.JP, i32(em.bk))
	if em.ops.compensate {
		base, r0, limit := em.tileSource(b, em.JP, em.vBase, em.vbarBase)
		em.loadTile(b, em.sV, base, r0, limit, em.bk, em.dv, false)
	} else {
		var keys []value.Value
		for _, k := range em.keysP {
			keys = append(keys, k)
		}
		em.loadTile(b, em.sV, em.vBase, em.k0, em.pN, em.bk, em.dv, em.ops.gather, keys...)
	}
	b.commit()
	return b
}

// loadNext starts the double-buffered loop body (em.db): K(J) and V(J)
// are in stage t%2; every warp is done with tile J−1, so the next tile's
// K and V may go into the other stage, where they have this tile's
// products to land. One barrier per tile.
func (em *mmaEmitter) loadNext() kb {
	b := em.loop
	b.waitAll()
	b.fenceProxyAsync()
	b.barrier() // K(J), V(J) are in; every warp is done with stage (t+1)%2
	em.k0 = b.NewMul(em.JP, i32(em.bk))
	par := b.NewAnd(em.tP, i32(1))
	off := b.NewMul(par, i32(em.stage>>4))
	em.dKt, em.dVt = b.NewAdd(em.dK, off), b.NewAdd(em.dV, off)
	em.listNext(b)
	pf := kb{em.f.NewBlock("prefetch"), em.g}
	body := kb{em.f.NewBlock("body"), em.g}
	b.NewCondBr(em.more, pf.Block, body.Block)
	next := pf.NewMul(pf.NewXor(par, i32(1)), i32(em.stage))
	em.loadTile(pf, pf.NewAdd(em.sK, next), em.kBase, pf.NewMul(em.Jn, i32(em.bk)), em.pN, em.bk, em.d, false)
	em.loadTile(pf, pf.NewAdd(em.sV, next), em.vBase, pf.NewMul(em.Jn, i32(em.bk)), em.pN, em.bk, em.dv, false)
	pf.commit()
	pf.NewBr(body.Block)
	return body
}

// listNext is the list's next position and tile J' (-1: none), and
// whether the loop goes on. J' was loaded an iteration ago (JnP); this
// iteration loads the entry after it and the class of J' for the next,
// so that neither load's latency falls on a tile's critical path (the
// class byte's was 3.6 % of the stall samples of best's compensated
// kernel on an H100, the list entry's before K(J')'s copy about 1 %:
// docs/gpu-notes.md, thirty-second session).
func (em *mmaEmitter) listNext(b kb) {
	em.tN = b.NewAdd(em.tP, i32(1))
	if !em.ahead() {
		// As before (the A/B; the kernels of two warpgroups): J' and
		// J's class loaded where used.
		inRange := b.NewICmp(enum.IPredSLT, em.tN, em.listLen)
		raw := b.NewSelect(inRange, em.listRaw(b, b.NewSelect(inRange, em.tN, i32(0))), i32(-1))
		em.Jn = raw
		if em.pair {
			em.Jn, em.memN = b.pairTile(raw), em.pairMember(b, raw)
		}
		em.more = b.NewICmp(enum.IPredSGE, em.Jn, i32(0))
		return
	}
	em.Jn = em.JnP
	em.more = b.NewICmp(enum.IPredSGE, em.Jn, i32(0))
	em.Jnn = em.listAt2(b, em.more, b.NewAdd(em.tP, i32(2)))
	em.clsN = em.classOf(b, em.Jn)
	if em.ops.compensate {
		em.compN = em.compWordsOf(b, em.Jn)
	}
}

// listAhead says whether the loop loads list entries and classes an
// iteration ahead: on unless ATTNC_LIST_AHEAD=0, for the A/B.
func listAhead() bool { return os.Getenv("ATTNC_LIST_AHEAD") != "0" }

// ahead says whether this kernel's loop reads ahead (listAhead): the
// kernels of one warpgroup, the sparse lists' (whose profile asked for
// it, and whose loop the emulator runs). The two-warpgroup and producer
// kernels, dense's, keep their loop: their consumers wait on barriers
// anyway, and wgmma's loops with stages cannot run on the emulator, so
// a change there waits for a GPU to check it.
func (em *mmaEmitter) ahead() bool { return listAhead() && !em.ws && !em.db && !em.ov }

// listAt2 is list entry t where ok (the entries before it hold tiles)
// and t < NK, else -1. A list ends at its first -1 (the entries after it
// are not defined, cuda.EndLists), so entry t is read only after a tile
// at t−1; otherwise the load reads entry 0, always written.
func (em *mmaEmitter) listAt2(b kb, ok, t value.Value) value.Value {
	in := b.NewAnd(ok, b.NewICmp(enum.IPredSLT, t, em.pNK))
	return b.NewSelect(in, em.listAt(b, b.NewSelect(in, t, i32(0))), i32(-1))
}

// classOf is tile J's class (sparse.Class) for the item, or the class of
// tile 0 where J is not a key tile (-1: none; with compensate, a mean-key
// tile ≥ NK: the mask ignores it then).
func (em *mmaEmitter) classOf(b kb, J value.Value) value.Value {
	real := b.NewAnd(b.NewICmp(enum.IPredSGE, J, i32(0)), b.NewICmp(enum.IPredSLT, J, em.pNK))
	at := b.NewAdd(em.clsBase, b.NewSelect(real, J, i32(0)))
	return b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, em.pCls, b.i64(at)))
}

// nextTile finds the list's next tile J' (-1: none) and waits until V(J)
// is in and every warp is done with K(J), so that K(J') may overwrite it.
// The double-buffered loop found J' at its start (loadNext).
func (em *mmaEmitter) nextTile(b kb) {
	if em.db {
		return
	}
	// Next tile; K(J') loads while P·V(J) runs.
	em.listNext(b)
	if em.keyRows() {
		// Its rows' permutation entries, before the barrier below.
		em.keysN = em.tileKeys(b, b.NewSelect(em.more, em.Jn, i32(0)))
	}
	if em.ops.exit != nil {
		// A tile past the forced ones (lists put them first), flag 0.
		em.candidate = b.NewICmp(enum.IPredEQ, em.listAt(b, b.NewAdd(em.pNK, em.tP)), i32(0))
	}
	b.waitAll()
	if em.wg {
		b.fenceProxyAsync()
	}
	b.barrier() // V(J) is in; every warp is done with K(J)
}

// prefetch starts K(J')'s copy when the loop goes on, and returns the
// block P·V(J) goes in.
func (em *mmaEmitter) prefetch(b kb) kb {
	if em.db {
		return b // loadNext's
	}
	pf := kb{em.f.NewBlock("prefetch"), em.g}
	pvb := kb{em.f.NewBlock("pv"), em.g}
	b.NewCondBr(em.more, pf.Block, pvb.Block)
	em.loadKTile(pf, em.Jn, em.keysN...)
	pf.commit()
	pf.NewBr(pvb.Block)
	return pvb
}
