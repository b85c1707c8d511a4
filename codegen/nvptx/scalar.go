package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
)

// attention emits one thread per (head h = ctaid.y, query row i):
//
//	for every key j the mask allows: s = mod(scale·q_i·k_j); online softmax
//	out[h, i] = acc/ℓ (0 when nothing is allowed)
//
// With an early exit (early_stop) a CTA is one query tile, a thread per
// row (rows past M take part in the votes with row M − 1's values and
// store nothing), and after each listed tile the rows vote as the
// tensor-core kernel's do (scalarExit).
func (g *gen) attention(name string, s *tile.Step) (Kernel, error) {
	ops := readOps(s)
	if ops.compensate {
		return Kernel{}, fmt.Errorf("%s: compensate on the GPU needs the tensor-core kernel (bf16 or f16 inputs, head dims 64 or 128)", s.Pos)
	}
	if ops.exit != nil && (ops.bq%32 != 0 || ops.bq > 1024 || !ops.sparse) {
		// The stop is a decision over a query tile's rows: whole warps of
		// one CTA.
		return Kernel{}, fmt.Errorf("%s: early_stop on the GPU's scalar kernel needs query tiles of a multiple of 32 rows, at most 1024 (tile(q: %d))", s.Pos, ops.bq)
	}
	sc := &scalarEmitter{g: g, name: name, ops: ops, rows: scalarRows}
	if ops.exit != nil {
		sc.rows = int64(ops.bq)
	}
	sc.declare()
	b := sc.entry()
	sc.rowState(b) // load_q; acc, m, ℓ
	f := sc.f
	head, work, next, done := f.NewBlock("loop"), f.NewBlock("work"), f.NewBlock("next"), f.NewBlock("done")
	after := sc.keyRange(b, head, done) // loop_list, loop_dense
	j := head.NewLoad(types.I32, sc.jS)
	head.NewCondBr(head.NewICmp(enum.IPredSLT, j, head.NewLoad(types.I32, sc.endS)), work, after)
	c := sc.maskKey(work, next, j) // load_kv (gathered), mask
	sc.update(c)                   // matmul_qk, mod, softmax_online, matmul_pv
	c.NewBr(next)
	next.NewStore(next.NewAdd(next.NewLoad(types.I32, sc.jS), i32(1)), sc.jS)
	next.NewBr(head)
	sc.store(done) // store
	return Kernel{Name: name, BlockRows: int(sc.rows), D: ops.d, DV: ops.dv, BQ: ops.bq, BK: ops.bk, Sparse: ops.sparse, Gather: ops.gather, EarlyExit: ops.exit != nil}, nil
}

// scalarRows are the query rows (threads) of the scalar kernel's CTA.
const scalarRows = 128

// scalarEmitter emits the scalar f32 attention kernel (attention): the
// step's tile ops, the kernel's parameters, and the row's state, which
// lives in allocas (the kernel is the fallback; llc keeps them local).
type scalarEmitter struct {
	g    *gen
	f    *ir.Func
	name string
	ops  attnOps
	rows int64 // query rows (threads) a CTA: scalarRows, or bq with an early exit

	pq, pk, pv, po, pM, pN, pG *ir.Param
	pList, pNQ, pNK            *ir.Param
	pPerm, pNS, pSeg           *ir.Param
	pVisits                    *ir.Param // early exit: tiles processed per (h, I)

	i, h, I            value.Value // the query row, the head, the query tile
	qi, hf             value.Value // i and h as f32
	orow, kbase, vbase value.Value // out[h, i, :]; k and v of the KV head
	qv                 []value.Value
	accT               types.Type
	acc, mS, lS        value.Value // acc [dv], m, ℓ
	jS, endS, tS       value.Value // the key, the range's end, the list position
	smallS             value.Value // early_exit with a patience: the tiles in a row below eps
	active             value.Value // early exit: the thread's row is below M
	dS                 value.Value // early exit: Δ, the listed tile's share of ℓ so far
	sStop              *ir.Global  // early exit: the warps' votes, two sets (scalarExit)

	pj  value.Value            // the key's physical position (maskKey)
	env map[string]value.Value // the expressions' qi, ki, h (and s)
}

// declare adds the kernel and its parameters (a list and a permutation
// add theirs).
func (sc *scalarEmitter) declare() {
	fp := types.NewPointer(types.Float)
	ip := types.NewPointer(types.I32)
	sc.pq, sc.pk, sc.pv, sc.po = ir.NewParam("q", fp), ir.NewParam("k", fp), ir.NewParam("v", fp), ir.NewParam("out", fp)
	pH := ir.NewParam("H", types.I32)
	sc.pM, sc.pN, sc.pG = ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	params := []*ir.Param{sc.pq, sc.pk, sc.pv, sc.po, pH, sc.pM, sc.pN, sc.pG}
	sc.pList, sc.pNQ, sc.pNK = ir.NewParam("list", ip), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	sc.pPerm, sc.pNS, sc.pSeg = ir.NewParam("perm", ip), ir.NewParam("NS", types.I32), ir.NewParam("segment", types.I32)
	if sc.ops.sparse {
		params = append(params, sc.pList, sc.pNQ, sc.pNK)
	}
	if sc.ops.gather {
		params = append(params, sc.pPerm, sc.pNS, sc.pSeg)
	}
	if sc.ops.exit != nil {
		sc.pVisits = ir.NewParam("visits", ip)
		params = append(params, sc.pVisits)
	}
	sc.f = sc.g.m.NewFunc(sc.name, types.Void, params...)
	sc.f.CallingConv = ptxKernel
	if sc.ops.exit != nil {
		sc.g.annotations = append(sc.g.annotations, sc.f.Type().String()+" @"+sc.name+`, !"maxntidx", i32 `+fmt.Sprint(sc.rows))
		sc.sStop = sc.g.shared(sc.name+"_stop", types.NewArray(uint64(4*sc.rows/32), types.Float), 16)
	}
}

// entry emits the entry block, which finds this thread's row i and head
// h and leaves rows at or past M, and returns the body's block. With an
// early exit those rows stay for the votes, as row M − 1 (active false).
func (sc *scalarEmitter) entry() *ir.Block {
	entry := kb{sc.f.NewBlock("entry"), sc.g}
	sc.i = entry.NewAdd(entry.NewMul(entry.sreg("ctaid.x"), i32(sc.rows)), entry.sreg("tid.x"))
	sc.h = entry.sreg("ctaid.y")
	body := sc.f.NewBlock("body")
	if sc.ops.exit != nil {
		sc.active = entry.NewICmp(enum.IPredSLT, sc.i, sc.pM)
		sc.i = entry.NewSelect(sc.active, sc.i, entry.NewSub(sc.pM, i32(1)))
		entry.NewBr(body)
		return body
	}
	exit := sc.f.NewBlock("exit")
	entry.NewCondBr(entry.NewICmp(enum.IPredSLT, sc.i, sc.pM), body, exit)
	exit.NewRet(nil)
	return body
}

// rowState loads q[h, i, :] into registers and sets acc = 0, m = -inf,
// ℓ = 0.
func (sc *scalarEmitter) rowState(b *ir.Block) {
	d, dv := sc.ops.d, sc.ops.dv
	i, h := sc.i, sc.h
	kvh := b.NewSDiv(h, sc.pG)
	// Row bases: q[h, i, :], out[h, i, :]; k and v of KV head kvh.
	qrow := b.NewGetElementPtr(types.Float, sc.pq, b.NewMul(b.NewAdd(b.NewMul(h, sc.pM), i), i32(int64(d))))
	sc.orow = b.NewGetElementPtr(types.Float, sc.po, b.NewMul(b.NewAdd(b.NewMul(h, sc.pM), i), i32(int64(dv))))
	sc.kbase = b.NewGetElementPtr(types.Float, sc.pk, b.NewMul(b.NewMul(kvh, sc.pN), i32(int64(d))))
	sc.vbase = b.NewGetElementPtr(types.Float, sc.pv, b.NewMul(b.NewMul(kvh, sc.pN), i32(int64(dv))))
	sc.qv = make([]value.Value, d)
	for t := range d {
		sc.qv[t] = b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, qrow, i32(int64(t))))
	}
	sc.accT = types.NewArray(uint64(dv), types.Float)
	sc.acc = b.NewAlloca(sc.accT)
	sc.mS, sc.lS, sc.jS = b.NewAlloca(types.Float), b.NewAlloca(types.Float), b.NewAlloca(types.I32)
	sc.endS, sc.tS = b.NewAlloca(types.I32), b.NewAlloca(types.I32)
	if tile.Patience(sc.ops.exit) > 1 {
		sc.smallS = b.NewAlloca(types.I32)
	}
	for t := range dv {
		b.NewStore(f32(0), b.NewGetElementPtr(sc.accT, sc.acc, i32(0), i32(int64(t))))
	}
	b.NewStore(f32(math.Inf(-1)), sc.mS)
	b.NewStore(f32(0), sc.lS)
	if sc.ops.exit != nil {
		sc.dS = b.NewAlloca(types.Float)
		b.NewStore(f32(0), sc.dS)
	}
	sc.qi = b.NewSIToFP(sc.position(b, i), types.Float)
	sc.hf = b.NewSIToFP(h, types.Float)
	sc.I = b.NewSDiv(i, i32(int64(sc.ops.bq)))
}

// keyRange enters the key loop at head with its range [j, end): all of
// [0, N) (dense), or, for each tile J of the item's list (until -1),
// [J·bk, min((J+1)·bk, N)). It returns where the key loop goes when its
// range is exhausted: done (dense), or the next list entry (sparse).
func (sc *scalarEmitter) keyRange(b, head, done *ir.Block) *ir.Block {
	if !sc.ops.sparse {
		b.NewStore(i32(0), sc.jS)
		b.NewStore(sc.pN, sc.endS)
		b.NewBr(head)
		return done
	}
	f, pN, pNK, tS, bk := sc.f, sc.pN, sc.pNK, sc.tS, sc.ops.bk
	tHead, tBody, tStart, tNext := f.NewBlock("list_head"), f.NewBlock("list_entry"), f.NewBlock("list_tile"), f.NewBlock("list_next")
	base := b.NewMul(b.NewMul(b.NewAdd(b.NewMul(sc.h, sc.pNQ), sc.I), i32(2)), pNK)
	b.NewStore(i32(0), tS)
	if sc.smallS != nil {
		b.NewStore(i32(0), sc.smallS)
	}
	b.NewBr(tHead)
	t := tHead.NewLoad(types.I32, tS)
	tHead.NewCondBr(tHead.NewICmp(enum.IPredSLT, t, pNK), tBody, done)
	J := tBody.NewLoad(types.I32, tBody.NewGetElementPtr(types.I32, sc.pList, tBody.NewAdd(base, t)))
	tBody.NewCondBr(tBody.NewICmp(enum.IPredSGE, J, i32(0)), tStart, done)
	k0 := tStart.NewMul(J, i32(int64(bk)))
	k1raw := tStart.NewAdd(k0, i32(int64(bk)))
	k1 := tStart.NewSelect(tStart.NewICmp(enum.IPredSLT, k1raw, pN), k1raw, pN)
	tStart.NewStore(k0, sc.jS)
	tStart.NewStore(k1, sc.endS)
	if sc.ops.exit != nil {
		tStart.NewStore(f32(0), sc.dS)
	}
	tStart.NewBr(head)
	tNext.NewStore(tNext.NewAdd(tNext.NewLoad(types.I32, tS), i32(1)), tS)
	tNext.NewBr(tHead)
	if sc.ops.exit != nil {
		tEnd := f.NewBlock("list_vote")
		sc.scalarExit(kb{tEnd, sc.g}, base, tNext, done)
		return tEnd
	}
	return tNext
}

// maskKey emits, in block w, the physical key of key j (through the
// permutation when gathered) and the mask's test: on to the returned
// compute block where it holds, to next where not. It sets the
// expressions' environment (qi, ki, h) in sc.env.
func (sc *scalarEmitter) maskKey(w, next *ir.Block, j value.Value) *ir.Block {
	var pj value.Value = j // the physical key
	if sc.ops.gather {
		seg := w.NewSDiv(w.NewMul(sc.I, i32(int64(sc.ops.bq))), sc.pSeg)
		row := w.NewMul(w.NewAdd(w.NewMul(sc.h, sc.pNS), seg), sc.pN)
		pj = w.NewLoad(types.I32, w.NewGetElementPtr(types.I32, sc.pPerm, w.NewAdd(row, j)))
	}
	sc.pj = pj
	ki := w.NewSIToFP(pj, types.Float)
	sc.env = map[string]value.Value{"qi": sc.qi, "ki": ki, "h": sc.hf}
	compute := sc.f.NewBlock("compute")
	if sc.ops.mask != nil {
		ok := sc.g.expr(w, sc.ops.mask, sc.env)
		w.NewCondBr(w.NewFCmp(enum.FPredUNE, ok, f32(0)), compute, next)
	} else {
		w.NewBr(compute)
	}
	return compute
}

// update emits, in block c, the score s = mod(scale·q·k_j) and the online
// softmax's update of m, ℓ and acc with v_j.
func (sc *scalarEmitter) update(c *ir.Block) {
	g, d, dv, pj := sc.g, sc.ops.d, sc.ops.dv, sc.pj
	krow := c.NewGetElementPtr(types.Float, sc.kbase, c.NewMul(pj, i32(int64(d))))
	var dot value.Value = f32(0)
	for t := range d {
		kt := c.NewLoad(types.Float, c.NewGetElementPtr(types.Float, krow, i32(int64(t))))
		dot = c.NewFAdd(dot, c.NewFMul(sc.qv[t], kt))
	}
	var s value.Value = c.NewFMul(dot, f32(sc.ops.scale))
	if sc.ops.mod != nil {
		sc.env["s"] = s
		s = g.expr(c, sc.ops.mod, sc.env)
	}
	mOld := c.NewLoad(types.Float, sc.mS)
	mNew := c.NewSelect(c.NewFCmp(enum.FPredOGT, s, mOld), s, mOld)
	fac := g.exp(c, c.NewFSub(mOld, mNew))
	p := g.exp(c, c.NewFSub(s, mNew))
	c.NewStore(mNew, sc.mS)
	c.NewStore(c.NewFAdd(c.NewFMul(c.NewLoad(types.Float, sc.lS), fac), p), sc.lS)
	if sc.ops.exit != nil {
		c.NewStore(c.NewFAdd(c.NewFMul(c.NewLoad(types.Float, sc.dS), fac), p), sc.dS)
	}
	vrow := c.NewGetElementPtr(types.Float, sc.vbase, c.NewMul(pj, i32(int64(dv))))
	for t := range dv {
		ap := c.NewGetElementPtr(sc.accT, sc.acc, i32(0), i32(int64(t)))
		vt := c.NewLoad(types.Float, c.NewGetElementPtr(types.Float, vrow, i32(int64(t))))
		c.NewStore(c.NewFAdd(c.NewFMul(c.NewLoad(types.Float, ap), fac), c.NewFMul(p, vt)), ap)
	}
}

// store writes out[h, i, :] = acc/ℓ (0 when nothing was allowed) in done;
// with an early exit, for active rows only, and thread 0 records the
// tiles the query tile processed in visits[h, I].
func (sc *scalarEmitter) store(done *ir.Block) {
	b := kb{done, sc.g}
	if sc.ops.exit != nil {
		b = b.when(b.NewICmp(enum.IPredEQ, b.sreg("tid.x"), i32(0)), func(b kb) kb {
			b.NewStore(b.NewLoad(types.I32, sc.tS), b.NewGetElementPtr(types.I32, sc.pVisits, b.NewAdd(b.NewMul(sc.h, sc.pNQ), sc.I)))
			return b
		})
		b = b.when(sc.active, func(b kb) kb { sc.storeRow(b.Block); return b })
		b.NewRet(nil)
		return
	}
	sc.storeRow(b.Block)
	b.NewRet(nil)
}

// storeRow writes out[h, i, :] = acc/ℓ (0 when nothing was allowed) in b.
func (sc *scalarEmitter) storeRow(b *ir.Block) {
	l := b.NewLoad(types.Float, sc.lS)
	inv := b.NewSelect(b.NewFCmp(enum.FPredOGT, l, f32(0)), b.NewFDiv(f32(1), l), f32(0))
	for t := range sc.ops.dv {
		a := b.NewLoad(types.Float, b.NewGetElementPtr(sc.accT, sc.acc, i32(0), i32(int64(t))))
		b.NewStore(b.NewFMul(a, inv), b.NewGetElementPtr(types.Float, sc.orow, i32(int64(t))))
	}
}

// scalarExit is the early exit's vote after a listed tile (at list
// position t of the list row at base), in b, as the tensor-core kernel's
// (mma_exit.go): over the CTA's active rows with ℓ > 0, the largest (rule
// max) or mean (rule mean) Δ/ℓ; each warp reduces its rows by shuffles
// and its lane 0 stores the result and the rows counted in vote set t mod
// 2 (two sets: a warp may write tile t+1's votes while another still
// reads tile t's, never tile t+2's before the barrier of t+1), one
// barrier, and every thread reads every warp's vote and takes the same
// decision: stop when the tile is past the forced ones (flag 0), another
// follows, some row took part and the value is below eps — then to done
// with t+1 tiles processed, else on to next.
func (sc *scalarEmitter) scalarExit(b kb, base value.Value, next, done *ir.Block) {
	exit := sc.ops.exit
	ruleMax := exit.Attrs["rule"] != "mean"
	warps := sc.rows / 32
	t := b.NewLoad(types.I32, sc.tS)
	l, dl := b.NewLoad(types.Float, sc.lS), b.NewLoad(types.Float, sc.dS)
	ok := b.NewAnd(b.NewFCmp(enum.FPredOGT, l, f32(0)), sc.active)
	x := b.NewFDiv(dl, b.NewSelect(ok, l, f32(1)))
	acc, cnt := b.voteWarp(b.NewSelect(ok, x, f32(0)), b.NewSelect(ok, f32(1), f32(0)), ruleMax)
	tid := b.sreg("tid.x")
	set := b.NewMul(b.NewAnd(t, i32(1)), i32(2*warps))
	slot := func(b kb, w, k value.Value) value.Value {
		return b.NewGetElementPtr(sc.sStop.ContentType, sc.sStop, i32(0), b.NewAdd(set, b.NewAdd(b.NewMul(w, i32(2)), k)))
	}
	b = b.when(b.NewICmp(enum.IPredEQ, b.NewAnd(tid, i32(31)), i32(0)), func(b kb) kb {
		w := b.NewLShr(tid, i32(5))
		b.NewStore(acc, slot(b, w, i32(0)))
		b.NewStore(cnt, slot(b, w, i32(1)))
		return b
	})
	b.barrier()
	acc, cnt = b.voteCTA(warps, func(w, k int64) value.Value { return slot(b, i32(w), i32(k)) }, ruleMax)
	// The tile's flag (0: past the forced ones) and the next entry.
	flag := b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, sc.pList, b.NewAdd(base, b.NewAdd(sc.pNK, t))))
	tn := b.NewAdd(t, i32(1))
	inRange := b.NewICmp(enum.IPredSLT, tn, sc.pNK)
	jn := b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, sc.pList, b.NewAdd(base, b.NewSelect(inRange, tn, t))))
	more := b.NewAnd(inRange, b.NewICmp(enum.IPredSGE, jn, i32(0)))
	stop := b.NewAnd(b.NewAnd(b.NewICmp(enum.IPredEQ, flag, i32(0)), more),
		b.NewAnd(b.NewFCmp(enum.FPredOGT, cnt, f32(0)), b.NewFCmp(enum.FPredOLT, acc, f32(exit.Float("eps")))))
	if p := tile.Patience(sc.ops.exit); p > 1 {
		// p counted tiles below eps in a row; one at or above resets.
		counted := b.NewAnd(b.NewICmp(enum.IPredEQ, flag, i32(0)), more)
		below := b.NewAnd(b.NewFCmp(enum.FPredOGT, cnt, f32(0)), b.NewFCmp(enum.FPredOLT, acc, f32(exit.Float("eps"))))
		var small value.Value = b.NewLoad(types.I32, sc.smallS)
		small = b.NewSelect(counted, b.NewSelect(below, b.NewAdd(small, i32(1)), i32(0)), small)
		b.NewStore(small, sc.smallS)
		stop = b.NewAnd(stop, b.NewICmp(enum.IPredSGE, small, i32(int64(p))))
	}
	out := sc.f.NewBlock("list_stop")
	b.NewCondBr(stop, out, next)
	out.NewStore(tn, sc.tS)
	out.NewBr(done)
}
