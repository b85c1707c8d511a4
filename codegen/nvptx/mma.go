package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// The tensor-core attention kernel, FlashAttention-2 style.
//
// One CTA per (query tile I, head h), one warp per 16 query rows (a BQ-row
// tile has BQ/16 warps). Q's fragments stay in registers for the whole
// loop; K and V tiles stream through shared memory with cp.async, one
// buffer each, overlapped as in FlashAttention-2: V(J) loads while S =
// Q·K(J)ᵀ is computed, K(J') (the next tile) while O += P·V(J) is. Both
// products are mma.sync.m16n8k16 (bf16 or f16 operands, f32 accumulators),
// their operands read with ldmatrix (.trans for V) from rows swizzled in
// 16-byte chunks (chunk ^ row%8) so that the eight rows of an 8×8 matrix hit
// eight different bank groups. The online softmax works on the accumulator
// fragments: a thread owns two rows (g and g+8 of its warp's 16) and 2·BK/8
// of their scores; row maxima need two butterfly shuffles, row sums are
// kept per thread and reduced once at the end. P goes back into the A
// operand of the second product as packed bf16x2 (the accumulator layout of
// two adjacent n-tiles is the A layout of one k-step).
//
// With Options.WGMMA (sm_90a) the two products are Hopper's warpgroup MMA
// instead (wgmma.go): same CTA shape, same fragments, tiles in the
// 128-byte-swizzled layout its descriptors read.
//
// Which key tiles a CTA visits comes from a list [LH, NQ, 2, NK] (row 0 of
// each pair: key tiles, -1 padded — the blockselect layout); a dense
// kernel gets the list of tiles its mask does not empty, built by the host.
// A class table [CH, NQ, NK] (sparse.Class: 0 empty, 1 partial, 2 full)
// says whether a tile needs its mask evaluated per element; full tiles skip
// it. Keys past N are masked on every tile that holds them.

// mmaOK says whether the tensor-core kernel handles step s with inputs of
// dtype dt, and why not.
func mmaOK(s *tile.Step, dt string) error {
	kv := s.Find(tile.LoadKV)
	d, dv := kv.Int("dim"), kv.Int("dimv")
	bq, bk := s.Find(tile.Grid).Int("tiles"), kv.Int("rows")
	switch {
	case dt != "bf16" && dt != "f16":
		return fmt.Errorf("inputs are %s (tensor cores take bf16 or f16)", dt)
	case d != 64 && d != 128 || dv != 64 && dv != 128:
		return fmt.Errorf("head dims %d, %d (64 or 128)", d, dv)
	case bq%16 != 0 || bq > 128 || bk%16 != 0 || bk > 128:
		return fmt.Errorf("tiles %d×%d (multiples of 16 up to 128)", bq, bk)
	case 2*(max(bq*d, bk*d+bk*dv)) > smemLimit:
		return fmt.Errorf("tiles %d×%d with d=%d need more than 48 KiB of shared memory", bq, bk, d)
	case s.Find(tile.Compensate) != nil:
		return fmt.Errorf("compensate is not lowered for the GPU yet")
	}
	return nil
}

// smemLimit is the static shared memory a CTA may use without opting in.
const smemLimit = 48 << 10

// mmaShape chooses the kernel's query rows per CTA (bq) and per warp (rw),
// whether Q has its own shared memory or passes through K and V's, and the
// shared memory bytes: K [bk][d], V [bk][dv] (b16, swizzled), Q [bq][d].
// Options that do not fit fall back to the tile IR's shape.
func mmaShape(s *tile.Step, opts Options) (bq, rw int64, qOwn bool, smem int64) {
	kv := s.Find(tile.LoadKV)
	d, dv, bk := int64(kv.Int("dim")), int64(kv.Int("dimv")), int64(kv.Int("rows"))
	shape := func(bq, rw int64) (bool, int64) {
		// wgmma (64-row CTAs of one warpgroup) reads Q from shared memory
		// every tile: it needs a buffer of its own.
		wg := opts.WGMMA && bq == 64 && rw == 16
		own := bq*d > bk*d+bk*dv || rw > 16 || wg
		smem := 2 * (bk*d + bk*dv)
		if own {
			smem += 2 * bq * d
		}
		return own, smem
	}
	bq, rw = int64(s.Find(tile.Grid).Int("tiles")), 16
	if s.Find(tile.LoopList) == nil && opts.DenseBQ > 0 {
		if _, sm := shape(int64(opts.DenseBQ), 16); sm <= smemLimit {
			bq = int64(opts.DenseBQ)
		}
	}
	if opts.RowsPerWarp == 32 && bq%32 == 0 {
		if _, sm := shape(bq, 32); sm <= smemLimit {
			rw = 32
		}
	}
	qOwn, smem = shape(bq, rw)
	return bq, rw, qOwn, smem
}

// mmaAttention emits the tensor-core kernel for step s (see above).
func (g *gen) mmaAttention(name string, s *tile.Step, dt, outT string) (Kernel, error) {
	kv := s.Find(tile.LoadKV)
	d, dv := int64(kv.Int("dim")), int64(kv.Int("dimv"))
	scale := s.Find(tile.MatmulQK).Float("scale")
	var mask, mod *attnir.Expr
	if op := s.Find(tile.Mask); op != nil {
		mask = op.Expr("expr")
	}
	if op := s.Find(tile.Mod); op != nil {
		mod = op.Expr("expr")
	}
	bk := int64(kv.Int("rows"))
	bq, rw, qOwn, smemBytes := mmaShape(s, g.opts)
	ma := int(rw / 16)
	warps := bq / rw
	threads := 32 * warps
	gather := kv.Attrs["gather"] == true
	// wg: one warpgroup, wgmma (see wgmma.go); shared tiles in the
	// canonical 128-byte-swizzled layout its descriptors read.
	wg := g.opts.WGMMA && bq == 64 && rw == 16 && qOwn

	hp := types.NewPointer(types.I16)
	ip := types.NewPointer(types.I32)
	op := types.NewPointer(types.Float)
	if outT != "f32" {
		op = hp
	}
	pq, pk, pv, po := ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("v", hp), ir.NewParam("out", op)
	pH, pM, pN, pG := ir.NewParam("H", types.I32), ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	pList, pNQ, pNK, pLH := ir.NewParam("list", ip), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("lh", types.I32)
	pCls, pCH := ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	params := []*ir.Param{pq, pk, pv, po, pH, pM, pN, pG, pList, pNQ, pNK, pLH, pCls, pCH}
	pPerm, pNS, pSeg := ir.NewParam("perm", ip), ir.NewParam("NS", types.I32), ir.NewParam("segment", types.I32)
	if gather {
		params = append(params, pPerm, pNS, pSeg)
	}
	exit := s.Find(tile.EarlyExit)
	pVisits := ir.NewParam("visits", ip) // early exit: tiles processed per (h, I)
	if exit != nil {
		params = append(params, pVisits)
	}
	f := g.m.NewFunc(name, types.Void, params...)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	if g.opts.MinBlocksPerSM > 0 {
		g.annotations = append(g.annotations, ref+`, !"minctasm", i32 `+fmt.Sprint(g.opts.MinBlocksPerSM))
	}

	// 1024: ldmatrix addresses XOR chunk bits into row-aligned bases, and
	// wgmma's swizzle atoms are 1024-byte aligned.
	sm := g.shared(name+"_smem", types.NewArray(uint64(smemBytes), types.I8), 1024)

	e := kb{f.NewBlock("entry"), g}
	sreg := func(b kb, reg string) value.Value {
		return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32))
	}
	smBase := e.NewPtrToInt(sm, types.I32)
	var sQ value.Value = smBase
	sK, sV := smBase, e.NewAdd(smBase, i32(2*bk*d))
	if qOwn {
		sQ = e.NewAdd(smBase, i32(2*(bk*d+bk*dv)))
	}
	tid := sreg(e, "tid.x")
	warp, lane := e.NewLShr(tid, i32(5)), e.NewAnd(tid, i32(31))
	gq, tq := e.NewLShr(lane, i32(2)), e.NewAnd(lane, i32(3))
	// Heavy query tiles (the causal tail) first.
	I := e.NewSub(e.NewSub(pNQ, i32(1)), sreg(e, "ctaid.x"))
	h := sreg(e, "ctaid.y")
	kvh := e.NewSDiv(h, pG)
	q0 := e.NewMul(I, i32(bq))
	qBase := e.NewGetElementPtr(types.I16, pq, e.i64(e.NewMul(e.NewMul(h, pM), i32(d))))
	kBase := e.NewGetElementPtr(types.I16, pk, e.i64(e.NewMul(e.NewMul(kvh, pN), i32(d))))
	vBase := e.NewGetElementPtr(types.I16, pv, e.i64(e.NewMul(e.NewMul(kvh, pN), i32(dv))))
	listBase := e.NewMul(e.NewMul(e.NewAdd(e.NewMul(e.NewMul(h, pLH), pNQ), I), i32(2)), pNK)
	clsBase := e.NewMul(e.NewAdd(e.NewMul(e.NewMul(h, pCH), pNQ), I), pNK)
	var permRow value.Value
	if gather {
		seg := e.NewSDiv(q0, pSeg)
		permRow = e.NewGetElementPtr(types.I32, pPerm, e.i64(e.NewMul(e.NewAdd(e.NewMul(h, pNS), seg), pN)))
	}
	// key returns the physical key of logical key position j (< N).
	key := func(b kb, j value.Value) value.Value {
		if !gather {
			return j
		}
		return b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, permRow, b.i64(j)))
	}

	// loadTile issues the cp.async copies of rows [r0, r0+rows) of a
	// [*, width] matrix at base into shared memory at dst; rows at or past
	// limit are zero-filled. gathered rows go through key.
	loadTile := func(b kb, dst, base, r0, limit value.Value, rows, width int64, gathered bool) {
		// Thread tid copies chunk tid%chunks of rows tid/chunks + i·step:
		// the same chunk, and (step ≡ 0 mod 8) the same swizzle, every
		// round, so rounds differ by constant offsets.
		chunks := width / 8
		total := rows * chunks
		step := threads / chunks
		rT, cT := b.NewLShr(tid, i32(int64(log2(chunks)))), b.NewAnd(tid, i32(chunks-1))
		swz := func(b kb, r, c value.Value) value.Value { return b.swz(r, c, chunks) }
		rowBytes := chunks * 16
		if wg {
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
				src = b.NewGetElementPtr(types.I16, base, b.i64(b.NewAdd(b.NewMul(key(b, b.NewSelect(ok, row, i32(0))), i32(width)), b.NewMul(cT, i32(8)))))
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

	listAt := func(b kb, t value.Value) value.Value {
		return b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, pList, b.i64(b.NewAdd(listBase, t))))
	}
	J0 := listAt(e, i32(0))
	has := e.NewAnd(e.NewICmp(enum.IPredSGT, pNK, i32(0)), e.NewICmp(enum.IPredSGE, J0, i32(0)))

	// Q tile, then the first K tile.
	loadTile(e, sQ, qBase, q0, pM, bq, d, false)
	e.commit()
	pre := kb{f.NewBlock("prologue"), g}
	loop := kb{f.NewBlock("loop"), g}
	epi := kb{f.NewBlock("epilogue"), g}
	e.NewCondBr(has, pre.Block, epi.Block)

	pre.waitAll()
	pre.barrier()
	// Q fragments of m-atom a, k-step kk: matrices (rows 0-7|8-15) ×
	// (cols 0-7|8-15) of rows warp·rw + 16a. Lane t reads row lrow ≡ t
	// (mod 8) at chunk 2kk + lhi, swizzled to 2kk ^ (lhi ^ t%8): a lane base
	// XORed with 32·kk (the same holds for K and V below).
	lrow := pre.NewAdd(pre.NewAnd(lane, i32(7)), pre.NewShl(pre.NewAnd(pre.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	lhi := pre.NewLShr(lane, i32(4)) // 0 for lanes 0-15, 1 for 16-31
	qLane := make([]value.Value, ma)
	for a := range ma {
		r := pre.NewAdd(pre.NewMul(warp, i32(rw)), pre.NewAdd(lrow, i32(int64(16*a))))
		qLane[a] = pre.NewAdd(pre.NewAdd(sQ, pre.NewMul(r, i32(2*d))), pre.NewShl(pre.NewXor(lhi, pre.NewAnd(lane, i32(7))), i32(4)))
	}
	qFrags := func(b kb, a int) [][]value.Value {
		qa := make([][]value.Value, d/16)
		for kk := range d / 16 {
			qa[kk] = b.ldmatrix(b.NewXor(qLane[a], i32(32*kk)), false)
		}
		return qa
	}
	var qReg [][]value.Value
	if ma == 1 && !wg { // one m-atom: Q stays in registers
		qReg = qFrags(pre, 0)
	}
	if !qOwn {
		pre.barrier() // every warp has its Q fragments before K overwrites them
	}
	loadTile(pre, sK, kBase, pre.NewMul(J0, i32(bk)), pN, bk, d, gather)
	pre.commit()
	pre.NewBr(loop.Block)

	// Loop state: t, J, and per m-atom a: O [dv/8][4], m [2], l [2]
	// (rows g and g+8), flattened as [a·n + j] and [2a + r].
	nS, nO := int(bk/8), int(dv/8)
	negInf := f32(math.Inf(-1))
	phi := func(init value.Value) *ir.InstPhi {
		p := loop.NewPhi(ir.NewIncoming(init, pre.Block))
		return p
	}
	tP, JP := phi(i32(0)), phi(J0)
	O := make([][]*ir.InstPhi, ma*nO)
	for j := range O {
		O[j] = []*ir.InstPhi{phi(f32(0)), phi(f32(0)), phi(f32(0)), phi(f32(0))}
	}
	mP, lP := make([]*ir.InstPhi, 2*ma), make([]*ir.InstPhi, 2*ma)
	for r := range 2 * ma {
		mP[r], lP[r] = phi(negInf), phi(f32(0))
	}

	b := loop
	b.waitAll()
	if wg {
		b.fenceProxyAsync() // cp.async wrote K(J) (and Q) through the generic proxy; wgmma reads through the async one
	}
	b.barrier() // K(J) is in; every warp is done with V of the last tile
	k0 := b.NewMul(JP, i32(bk))
	loadTile(b, sV, vBase, k0, pN, bk, dv, gather)
	b.commit()
	// S = Q·K(J)ᵀ; each K fragment feeds every m-atom.
	S := make([][]value.Value, ma*nS)
	for j := range S {
		S[j] = []value.Value{f32(0), f32(0), f32(0), f32(0)}
	}
	if wg {
		S = b.wgmmaQK(dt, sQ, sK, bq, bk, d, S)
	} else {
		qa := make([][][]value.Value, ma)
		for a := range ma {
			if ma == 1 {
				qa[a] = qReg
			} else {
				qa[a] = qFrags(b, a)
			}
		}
		krow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(lhi, i32(3)))
		kchunk := b.NewAnd(b.NewLShr(lane, i32(3)), i32(1))
		kLane := b.NewAdd(b.NewAdd(sK, b.NewMul(krow, i32(2*d))), b.NewShl(b.NewXor(kchunk, b.NewAnd(lane, i32(7))), i32(4)))
		for kk := range d / 16 {
			kkBase := b.NewXor(kLane, i32(32*kk))
			for np := range int(bk / 16) {
				m := b.ldmatrix(b.NewAdd(kkBase, i32(int64(16*np)*2*d)), false)
				for a := range int(ma) {
					S[a*nS+2*np] = b.mma(dt, qa[a][kk], m[0], m[1], S[a*nS+2*np])
					S[a*nS+2*np+1] = b.mma(dt, qa[a][kk], m[2], m[3], S[a*nS+2*np+1])
				}
			}
		}
	}
	// rowOf is the query row of row slot r (= 2a + half) of this thread.
	rowOf := func(b kb, r int) value.Value {
		return b.NewAdd(b.NewAdd(q0, b.NewMul(warp, i32(rw))), b.NewAdd(gq, i32(int64(16*(r/2)+8*(r%2)))))
	}
	qi := make([]value.Value, 2*ma)
	for r := range qi {
		qi[r] = rowOf(b, r)
	}
	hf := b.NewSIToFP(h, types.Float)
	// colKey is the logical key position of element e (0..3) of n-tile j.
	colKey := func(b kb, j, e int) value.Value {
		return b.NewAdd(k0, b.NewAdd(i32(int64(8*j+(e&1))), b.NewShl(tq, i32(1))))
	}
	// slot is the row slot of element e of fragment i (= a·nS + j).
	slot := func(i, e int) int { return 2*(i/nS) + e>>1 }
	// Without a score modification X holds the raw products and c =
	// scale·log2 e (> 0) is applied inside the exponent's FMA; with one, X
	// is already mod(scale·s)·log2 e and c = 1.
	X := make([][]value.Value, ma*nS)
	c := scale * math.Log2E
	for i := range X {
		X[i] = make([]value.Value, 4)
		for e := range 4 {
			X[i][e] = S[i][e]
			if mod != nil {
				env := map[string]value.Value{"s": b.NewFMul(S[i][e], f32(scale)), "qi": b.NewSIToFP(qi[slot(i, e)], types.Float), "h": hf,
					"ki": b.NewSIToFP(key(b, colKey(b, i%nS, e)), types.Float)}
				X[i][e] = b.NewFMul(g.expr(b.Block, mod, env), f32(math.Log2E))
				c = 1
			}
		}
	}
	cls := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pCls, b.i64(b.NewAdd(clsBase, JP))))
	partial := kb{f.NewBlock("partial"), g}
	join := kb{f.NewBlock("softmax"), g}
	b.NewCondBr(b.NewICmp(enum.IPredNE, cls, constant.NewInt(types.I8, 2)), partial.Block, join.Block)
	// Partial tiles: evaluate the mask per element; keys past N are out.
	XM := make([][]value.Value, ma*nS)
	for i := range XM {
		XM[i] = make([]value.Value, 4)
		for e := range 4 {
			p := partial
			lk := colKey(p, i%nS, e)
			var ok value.Value = p.NewICmp(enum.IPredSLT, lk, pN)
			if mask != nil {
				safe := p.NewSelect(ok, lk, i32(0))
				env := map[string]value.Value{"qi": p.NewSIToFP(qi[slot(i, e)], types.Float), "h": hf,
					"ki": p.NewSIToFP(key(p, safe), types.Float)}
				ok = p.NewAnd(ok, p.NewFCmp(enum.FPredUNE, g.expr(p.Block, mask, env), f32(0)))
			}
			XM[i][e] = p.NewSelect(ok, X[i][e], negInf)
		}
	}
	partial.NewBr(join.Block)
	b = join
	for i := range X {
		for e := range 4 {
			X[i][e] = b.NewPhi(ir.NewIncoming(X[i][e], loop.Block), ir.NewIncoming(XM[i][e], partial.Block))
		}
	}
	// Online softmax, two rows per thread and m-atom.
	mNew, alpha, lNew, delta := make([]value.Value, 2*ma), make([]value.Value, 2*ma), make([]value.Value, 2*ma), make([]value.Value, 2*ma)
	P := make([][]value.Value, ma*nS)
	for i := range P {
		P[i] = make([]value.Value, 4)
	}
	for r := range 2 * int(ma) {
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
		mNew[r] = b.fmax(mP[r], mx)
		// A row with nothing allowed yet keeps m = -inf; use 0 so that
		// exponents are -inf (p = 0), not NaN.
		mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, mNew[r], negInf), f32(0), mNew[r])
		alpha[r] = b.ex2(b.NewFSub(mP[r], mUse))
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
		lNew[r] = b.NewFAdd(b.NewFMul(lP[r], alpha[r]), sum)
	}
	// The early exit's per-warp part: over this warp's rows (below M, ℓ >
	// 0), the largest Δ/ℓ (rule max) or their sum (rule mean) and their
	// number, each row counted once (lane tq = 0 of its quad).
	var stopSlot func(b kb, w, k value.Value) value.Value
	if exit != nil {
		sStop := g.shared(name+"_stop", types.NewArray(uint64(2*warps), types.Float), 16)
		stopSlot = func(b kb, w, k value.Value) value.Value {
			return b.NewGetElementPtr(sStop.ContentType, sStop, i32(0), b.NewAdd(b.NewMul(w, i32(2)), k))
		}
		quad := func(x value.Value) value.Value {
			x = b.NewFAdd(x, b.bfly(x, 1))
			return b.NewFAdd(x, b.bfly(x, 2))
		}
		ruleMax := exit.Attrs["rule"] != "mean"
		var acc, cnt value.Value = f32(0), f32(0)
		owner := b.NewICmp(enum.IPredEQ, tq, i32(0))
		for r := range 2 * ma {
			dl, l := quad(delta[r]), quad(lNew[r])
			ok := b.NewAnd(b.NewFCmp(enum.FPredOGT, l, f32(0)), b.NewICmp(enum.IPredSLT, qi[r], pM))
			x := b.NewFDiv(dl, b.NewSelect(ok, l, f32(1)))
			if ruleMax {
				acc = b.NewSelect(ok, b.fmax(acc, x), acc)
			} else {
				acc = b.NewSelect(b.NewAnd(ok, owner), b.NewFAdd(acc, x), acc)
			}
			cnt = b.NewSelect(b.NewAnd(ok, owner), b.NewFAdd(cnt, f32(1)), cnt)
		}
		for m := int64(16); m >= 1; m /= 2 {
			if ruleMax {
				acc = b.fmax(acc, b.bfly(acc, m))
			} else {
				acc = b.NewFAdd(acc, b.bfly(acc, m))
			}
			cnt = b.NewFAdd(cnt, b.bfly(cnt, m))
		}
		b = b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
			b.NewStore(acc, stopSlot(b, warp, i32(0)))
			b.NewStore(cnt, stopSlot(b, warp, i32(1)))
			return b
		})
	}
	// Next tile; K(J') loads while P·V(J) runs.
	tN := b.NewAdd(tP, i32(1))
	inRange := b.NewICmp(enum.IPredSLT, tN, pNK)
	safeT := b.NewSelect(inRange, tN, i32(0))
	Jn := b.NewSelect(inRange, listAt(b, safeT), i32(-1))
	var more value.Value = b.NewICmp(enum.IPredSGE, Jn, i32(0))
	var candidate value.Value
	if exit != nil {
		// A tile past the forced ones (lists put them first), flag 0.
		candidate = b.NewICmp(enum.IPredEQ, listAt(b, b.NewAdd(pNK, tP)), i32(0))
	}
	b.waitAll()
	if wg {
		b.fenceProxyAsync()
	}
	b.barrier() // V(J) is in; every warp is done with K(J)
	if exit != nil {
		// The CTA's decision, the same in every thread: stop after this
		// tile when it is past the forced ones, another follows, some row
		// takes part and max (mean) Δ/ℓ < eps.
		ruleMax := exit.Attrs["rule"] != "mean"
		var acc, cnt value.Value = f32(0), f32(0)
		for w := range warps {
			x := b.NewLoad(types.Float, stopSlot(b, i32(w), i32(0)))
			if ruleMax {
				acc = b.fmax(acc, x)
			} else {
				acc = b.NewFAdd(acc, x)
			}
			cnt = b.NewFAdd(cnt, b.NewLoad(types.Float, stopSlot(b, i32(w), i32(1))))
		}
		if !ruleMax {
			acc = b.NewFDiv(acc, b.NewSelect(b.NewFCmp(enum.FPredOGT, cnt, f32(0)), cnt, f32(1)))
		}
		stop := b.NewAnd(b.NewAnd(candidate, b.NewFCmp(enum.FPredOGT, cnt, f32(0))), b.NewFCmp(enum.FPredOLT, acc, f32(exit.Float("eps"))))
		more = b.NewAnd(more, b.NewXor(stop, constant.True))
	}
	pf := kb{f.NewBlock("prefetch"), g}
	pvb := kb{f.NewBlock("pv"), g}
	b.NewCondBr(more, pf.Block, pvb.Block)
	loadTile(pf, sK, kBase, pf.NewMul(Jn, i32(bk)), pN, bk, d, gather)
	pf.commit()
	pf.NewBr(pvb.Block)
	b = pvb
	Onew := make([][]value.Value, ma*nO)
	for i := range Onew {
		Onew[i] = make([]value.Value, 4)
		for e := range 4 {
			Onew[i][e] = b.NewFMul(O[i][e], alpha[2*(i/nO)+e>>1])
		}
	}
	vrow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(b.NewAnd(b.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	vLane := b.NewAdd(b.NewAdd(sV, b.NewMul(vrow, i32(2*dv))), b.NewShl(b.NewXor(lhi, b.NewAnd(lane, i32(7))), i32(4)))
	var pas [][]value.Value // wg: the A operand of each k-step
	for ks := range int(bk / 16) {
		pa := make([][]value.Value, ma)
		for a := range int(ma) {
			p0, p1 := P[a*nS+2*ks], P[a*nS+2*ks+1]
			pa[a] = []value.Value{b.pack(dt, p0[0], p0[1]), b.pack(dt, p0[2], p0[3]), b.pack(dt, p1[0], p1[1]), b.pack(dt, p1[2], p1[3])}
		}
		if wg {
			pas = append(pas, pa[0])
			continue
		}
		for dp := range int(dv / 16) {
			m := b.ldmatrix(b.NewAdd(b.NewXor(vLane, i32(int64(32*dp))), i32(int64(16*ks)*2*dv)), true)
			for a := range int(ma) {
				Onew[a*nO+2*dp] = b.mma(dt, pa[a], m[0], m[1], Onew[a*nO+2*dp])
				Onew[a*nO+2*dp+1] = b.mma(dt, pa[a], m[2], m[3], Onew[a*nO+2*dp+1])
			}
		}
	}
	if wg {
		Onew = b.wgmmaPV(dt, sV, bk, dv, pas, Onew)
	}
	b.NewCondBr(more, loop.Block, epi.Block)
	// Loop-carried values.
	tP.Incs = append(tP.Incs, ir.NewIncoming(tN, b.Block))
	JP.Incs = append(JP.Incs, ir.NewIncoming(Jn, b.Block))
	for i := range O {
		for e := range 4 {
			O[i][e].Incs = append(O[i][e].Incs, ir.NewIncoming(Onew[i][e], b.Block))
		}
	}
	for r := range 2 * ma {
		mP[r].Incs = append(mP[r].Incs, ir.NewIncoming(mNew[r], b.Block))
		lP[r].Incs = append(lP[r].Incs, ir.NewIncoming(lNew[r], b.Block))
	}

	// Epilogue: O/ℓ (0 for rows with nothing allowed), stored from the
	// fragments.
	x := epi
	fin := func(v value.Value) value.Value {
		return x.NewPhi(ir.NewIncoming(f32(0), e.Block), ir.NewIncoming(v, b.Block))
	}
	// Phis first: the block's predecessors are the entry (no tiles) and
	// the loop's last block.
	lF := make([]value.Value, 2*ma)
	for r := range lF {
		lF[r] = fin(lNew[r])
	}
	tF := x.NewPhi(ir.NewIncoming(i32(0), e.Block), ir.NewIncoming(tN, b.Block)) // tiles processed
	OF := make([][]value.Value, ma*nO)
	for i := range OF {
		OF[i] = []value.Value{fin(Onew[i][0]), fin(Onew[i][1]), fin(Onew[i][2]), fin(Onew[i][3])}
	}
	for r := range 2 * int(ma) {
		a, hr := r/2, r%2
		l := lF[r]
		l = x.NewFAdd(l, x.bfly(l, 1))
		l = x.NewFAdd(l, x.bfly(l, 2))
		inv := x.NewSelect(x.NewFCmp(enum.FPredOGT, l, f32(0)), x.NewFDiv(f32(1), l), f32(0))
		row := rowOf(x, r)
		st := kb{f.NewBlock(fmt.Sprintf("store%d", r)), g}
		next := kb{f.NewBlock(fmt.Sprintf("stored%d", r)), g}
		vals := make([]value.Value, 2*nO)
		for j := range nO {
			for c := range 2 {
				vals[2*j+c] = x.NewFMul(OF[a*nO+j][2*hr+c], inv)
			}
		}
		x.NewCondBr(x.NewICmp(enum.IPredSLT, row, pM), st.Block, next.Block)
		orow := st.NewMul(st.NewAdd(st.NewMul(h, pM), row), i32(dv))
		for j := range nO {
			col := st.NewAdd(i32(8*int64(j)), st.NewShl(tq, i32(1)))
			off := st.i64(st.NewAdd(orow, col))
			if outT != "f32" {
				p := st.NewGetElementPtr(types.I16, po, off)
				st.NewStore(st.pack(outT, vals[2*j], vals[2*j+1]), st.NewBitCast(p, types.NewPointer(types.I32)))
			} else {
				p := st.NewGetElementPtr(types.Float, po, off)
				st.NewStore(vals[2*j], p)
				st.NewStore(vals[2*j+1], st.NewGetElementPtr(types.Float, p, i32(1)))
			}
		}
		st.NewBr(next.Block)
		x = next
	}
	if exit != nil {
		x = x.when(x.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
			b.NewStore(tF, b.NewGetElementPtr(types.I32, pVisits, b.i64(b.NewAdd(b.NewMul(h, pNQ), I))))
			return b
		})
	}
	x.NewRet(nil)
	return Kernel{Name: name, BlockRows: int(threads), D: int(d), DV: int(dv), BQ: int(bq), BK: int(bk),
		Sparse: s.Find(tile.LoopList) != nil, Gather: gather, MMA: true, DType: dt, OutType: outT,
		Mask: mask.Program(), MaskUsesH: mask.Uses("h"), EarlyExit: exit != nil}, nil
}
