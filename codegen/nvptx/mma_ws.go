package nvptx

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The warp-specialised two-warpgroup kernel (Options.Producer;
// FlashAttention-3 §3.1).
//
// A CTA of 384 threads: warpgroup 0 is the producer, warpgroups 1 and 2
// the consumers of 64 query rows each (the 128-row CTA of the
// two-warpgroup kernel). One CTA per SM: ptxas compiles for 168
// registers a thread; the producer's first instruction gives all but 40
// of them back (setmaxnreg.dec) and the consumers take them
// (setmaxnreg.inc to 232: 128·40 + 256·232 = 168·384), room for the
// overlapped loop's S, P(t−1) and O together, which the 128 registers of
// two CTAs per SM were not (docs/gpu-notes.md).
//
// K and V of list entry t go into stage s = t mod nst. Each stage has two
// mbarriers: full[s] (128 arrivals: each producer thread's
// cp.async.mbarrier.arrive.noinc, which lands when that thread's copies
// have) and empty[s] (256 arrivals: every consumer thread once it is done
// with the stage). Phase k of a stage's barriers belongs to entry k·nst +
// s, so the consumer of entry t waits for full[s]'s phase parity
// (t / nst) & 1, and the producer, before refilling s for entry t, for
// empty[s]'s parity ((t / nst) & 1) ^ 1 — for t < nst the phase before
// the first, which counts as complete. The consumers load Q themselves
// (256 threads, a named barrier of their own: bar.sync 1, 256); after the
// barriers' initialisation no barrier spans the whole CTA.
//
// cp.async writes through the generic proxy and wgmma reads through the
// async one: each consumer fences (fence.proxy.async) after its wait on
// full[s]. In the overlapped loop, entry t's P·V runs in iteration t+1:
// its stage is released after that iteration's wait for P·V; iteration
// 0's P·V (P = 0) reads a zero V tile of its own, since no stage holds a
// tile yet and stale shared memory may hold NaN.

// The per-warpgroup register counts after setmaxnreg (multiples of 8;
// 128·producerRegs + 256·consumerRegs = 384·168, or the consumers' inc
// waits for registers that never come: CUTLASS issue 2007). ptxas gives
// the kernel 168 only with both launch bounds (maxntid 384, minctasm 1):
// without the second it ignores setmaxnreg (warning C7508).
const (
	producerRegs = 40
	consumerRegs = 232
)

// mmaWS emits the warp-specialised kernel without the overlapped loop
// (with it: mmaOverlapped, which calls acquire and release).
func (em *mmaEmitter) mmaWS() Kernel {
	em.declare()
	em.entry()     // the item; the barriers; the producer's loop; Q
	em.prologue()  // the consumers' lanes
	em.loopState() // t, J, O, m, ℓ
	b := em.acquire()
	S := em.matmulQK(b)     // matmul_qk
	X, c := em.scores(b, S) // mod
	b = em.mask(b, X, c)    // mask, and keys past N
	b = em.softmax(b, X, c) // softmax_online
	b = em.matmulPV(b)      // matmul_pv (waited for)
	em.release(b, em.stS, nil)
	em.endLoop(b, em.epi)
	lF, _, OF := em.finals()
	x := em.storeRows(lF, OF) // store
	x.NewRet(nil)
	return em.kernel()
}

// barBytes is the bytes of one stage's mbarriers: full and empty, and
// with split K and V barriers a pair for each.
func barBytes(splitKV bool) int64 {
	if splitKV {
		return 32
	}
	return 16
}

// fullBar and emptyBar are stage s's mbarriers (shared addresses) for
// its K tile; fullBarV and emptyBarV for its V tile, the same ones
// unless em.splitKV.
func (em *mmaEmitter) fullBar(b kb, s value.Value) value.Value {
	return b.NewAdd(em.sBar, b.NewMul(s, i32(barBytes(em.splitKV))))
}

func (em *mmaEmitter) emptyBar(b kb, s value.Value) value.Value {
	return b.NewAdd(em.fullBar(b, s), i32(8))
}

func (em *mmaEmitter) fullBarV(b kb, s value.Value) value.Value {
	if !em.splitKV {
		return em.fullBar(b, s)
	}
	return b.NewAdd(em.fullBar(b, s), i32(16))
}

func (em *mmaEmitter) emptyBarV(b kb, s value.Value) value.Value {
	return b.NewAdd(em.fullBarV(b, s), i32(8))
}

// split ends the entry block e: thread 0 initialises the barriers, the
// CTA synchronises once, and the warpgroups part — the producer to its
// loop (producer), the consumers to Q's copy and then the prologue, or
// the epilogue when the list is empty.
func (em *mmaEmitter) split(e kb, smBase, has value.Value) {
	bq, d, bk, dv := em.bq, em.d, em.bk, em.dv
	barOff := em.nst*em.stage + 2*bq*d
	if em.ov {
		em.sZero = e.NewAdd(smBase, i32(barOff))
		em.dZero = e.descStart(em.sZero)
		barOff += 2 * bk * dv
	}
	em.sBar = e.NewAdd(smBase, i32(barOff))
	e = e.when(e.NewICmp(enum.IPredEQ, em.ptid, i32(0)), func(b kb) kb {
		for s := range em.nst {
			b.mbarInit(em.fullBar(b, i32(s)), 128)
			b.mbarInit(em.emptyBar(b, i32(s)), 256)
			if em.splitKV {
				b.mbarInit(em.fullBarV(b, i32(s)), 128)
				b.mbarInit(em.emptyBarV(b, i32(s)), 256)
			}
		}
		return b
	})
	e.asm(types.Void, "fence.mbarrier_init.release.cluster;", "")
	e.barrier()
	prod := kb{em.f.NewBlock("producer"), em.g}
	cons := kb{em.f.NewBlock("consumer"), em.g}
	e.NewCondBr(e.NewICmp(enum.IPredULT, em.ptid, i32(128)), prod.Block, cons.Block)
	em.producer(prod, has)

	if !em.g.opts.EvenRegs {
		cons.asm(types.Void, fmt.Sprintf("setmaxnreg.inc.sync.aligned.u32 %d;", consumerRegs), "")
	}
	em.cpTid, em.cpThreads = em.tid, em.threads-128
	em.loadTile(cons, em.sQ, em.qBase, em.q0, em.pM, bq, d, false)
	cons.commit()
	if em.ov {
		// Each consumer thread zeroes its 16-byte chunks of the zero tile.
		per := 2 * bk * dv / 256
		at := cons.NewAdd(em.sZero, cons.NewMul(em.tid, i32(per)))
		for i := range per / 16 {
			cons.asm(types.Void, "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r", cons.NewAdd(at, i32(16*i)))
		}
	}
	cons.waitAll()
	cons.fenceProxyAsync() // Q (and the zero tile) are read by wgmma
	cons.namedBarrier(1, em.threads-128)
	if em.pp {
		// The first turn is consumer 0's: consumer 1 arrives on its
		// barrier once (when there are tiles: every arrival has its wait).
		first := cons.NewAnd(has, cons.NewICmp(enum.IPredEQ, em.wgIdx(cons), i32(1)))
		cons.asm(types.Void, "{ .reg .pred p; setp.ne.b32 p, $0, 0; @p bar.arrive 2, 256; }", "r", cons.NewZExt(first, types.I32))
	}
	em.start = cons
	em.pre = kb{em.f.NewBlock("prologue"), em.g}
	em.loop = kb{em.f.NewBlock("loop"), em.g}
	em.epi = kb{em.f.NewBlock("epilogue"), em.g}
	cons.NewCondBr(has, em.pre.Block, em.epi.Block)
}

// producer emits the producer warpgroup's code from block p: for each
// list entry t (tile J), wait until stage t mod nst is free, copy K(J)
// and V(J) into it with the warpgroup's 128 threads, and have full[s]
// count this thread's copies.
func (em *mmaEmitter) producer(p kb, has value.Value) {
	if !em.g.opts.EvenRegs {
		p.asm(types.Void, fmt.Sprintf("setmaxnreg.dec.sync.aligned.u32 %d;", producerRegs), "")
	}
	loop := kb{em.f.NewBlock("produce"), em.g}
	done := kb{em.f.NewBlock("produced"), em.g}
	p.NewCondBr(has, loop.Block, done.Block)
	t := loop.NewPhi(ir.NewIncoming(i32(0), p.Block))
	J := loop.NewPhi(ir.NewIncoming(em.J0, p.Block))
	s, ph := loop.stageOf(t, em.nst)
	free := loop.NewXor(ph, i32(1))
	b := loop.mbarWait(em.emptyBar(loop, s), free)
	em.cpTid, em.cpThreads = em.ptid, 128
	off := b.NewMul(s, i32(em.stage))
	var kSrc, vSrc, r0, limit value.Value = em.kBase, em.vBase, b.NewMul(J, i32(em.bk)), em.pN
	if em.ops.compensate {
		// A mean-key tile's rows from kbar and vbar (compensate.go).
		kSrc, r0, limit = em.tileSource(b, J, em.kBase, em.kbarBase)
		vSrc, _, _ = em.tileSource(b, J, em.vBase, em.vbarBase)
	}
	em.loadTile(b, b.NewAdd(em.sK, off), kSrc, r0, limit, em.bk, em.d, false)
	if em.splitKV {
		// K's copies counted apart: the consumers start Q·Kᵀ on them
		// while V's land, and V's stage may still be read.
		b.asm(types.Void, "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r", em.fullBar(b, s))
		b = b.mbarWait(em.emptyBarV(b, s), free)
	}
	em.loadTile(b, b.NewAdd(em.sV, off), vSrc, r0, limit, em.bk, em.dv, false)
	b.asm(types.Void, "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r", em.fullBarV(b, s))
	tN := b.NewAdd(t, i32(1))
	inRange := b.NewICmp(enum.IPredSLT, tN, em.listLen)
	Jn := b.NewSelect(inRange, em.listAt(b, b.NewSelect(inRange, tN, i32(0))), i32(-1))
	b.NewCondBr(b.NewICmp(enum.IPredSGE, Jn, i32(0)), loop.Block, done.Block)
	t.Incs = append(t.Incs, ir.NewIncoming(tN, b.Block))
	J.Incs = append(J.Incs, ir.NewIncoming(Jn, b.Block))
	done.waitAll()
	done.NewRet(nil)
}

// acquire starts a consumer's loop body: it waits until entry t's K and V
// are in stage t mod nst and sets the tiles' descriptors (ov: the last
// tile's V in the stage before, or the zero tile for t = 0), the tile's
// first key and the list's next entry.
func (em *mmaEmitter) acquire() kb {
	b := em.loop
	s, ph := b.stageOf(em.tP, em.nst)
	b = b.mbarWait(em.fullBar(b, s), ph)
	if em.splitKV {
		// V of the last entry (read by this iteration's P·V), waited for
		// apart from K, from t = 1 (iteration 0 reads the zero tile).
		// Not at t = 0 through "the phase before the first": unlike the
		// producer's first waits on empty barriers, which no one can
		// complete before them, full barriers are completed by the
		// producer alone — by the time iteration 0 runs, entry nst−1's V
		// may have landed and its barrier moved to the phase of parity 1,
		// which then waits for entry 2·nst−1: a deadlock (seen on an H100
		// at N = 8192 and 32768, not at 1111).
		b = b.when(em.pending(b), func(b kb) kb {
			tm := b.NewSub(em.tP, i32(1))
			ps, pph := b.stageOf(tm, em.nst)
			return b.mbarWait(em.fullBarV(b, ps), pph)
		})
	}
	b.fenceProxyAsync() // cp.async wrote the stage through the generic proxy; wgmma reads through the async one
	em.stS, em.stPh = s, ph
	em.k0 = b.NewMul(em.JP, i32(em.bk))
	off := b.NewMul(s, i32(em.stage>>4))
	em.dKt, em.dVt = b.NewAdd(em.dK, off), b.NewAdd(em.dV, off)
	if em.ov {
		first := b.NewICmp(enum.IPredEQ, s, i32(0))
		em.prevS = b.NewSelect(first, i32(em.nst-1), b.NewSub(s, i32(1)))
		prev := b.NewAdd(em.dV, b.NewMul(em.prevS, i32(em.stage>>4)))
		if em.skip {
			em.dVprev = b.NewSelect(em.ownP, prev, em.dZero)
		} else {
			em.dVprev = b.NewSelect(b.NewICmp(enum.IPredEQ, em.tP, i32(0)), em.dZero, prev)
		}
	}
	em.listNext(b)
	return b
}

// release has this consumer thread arrive on stage s's empty barrier
// (where on is true; nil: always): the thread's products reading the
// stage are done. releaseK and releaseV arrive on K's and V's (the same
// barrier unless em.splitKV).
func (em *mmaEmitter) release(b kb, s, on value.Value) { em.arrive(b, em.emptyBar(b, s), on) }

func (em *mmaEmitter) releaseV(b kb, s, on value.Value) { em.arrive(b, em.emptyBarV(b, s), on) }

func (em *mmaEmitter) arrive(b kb, bar, on value.Value) {
	if on == nil {
		b.asm(types.Void, "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r", bar)
		return
	}
	b.asm(types.Void, "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r", bar, b.NewZExt(on, types.I32))
}

// stageOf is list entry t's stage t mod n and its barriers' phase parity
// (t / n) & 1.
func (b kb) stageOf(t value.Value, n int64) (s, parity value.Value) {
	return b.NewURem(t, i32(n)), b.NewAnd(b.NewUDiv(t, i32(n)), i32(1))
}

// mbarInit initialises the mbarrier at shared address bar for count
// arrivals a phase:
//
//	mbarrier.init.shared::cta.b64 [%bar], count;
func (b kb) mbarInit(bar value.Value, count int) {
	b.asm(types.Void, fmt.Sprintf("mbarrier.init.shared::cta.b64 [$0], %d;", count), "r", bar)
}

// mbarWait waits until the phase of parity parity of the mbarrier at bar
// has completed, and returns the block after the wait:
//
//	wait: mbarrier.try_wait.parity.shared::cta.b64 %p, [%bar], %parity;
//	      @!%p bra wait;
func (b kb) mbarWait(bar, parity value.Value) kb {
	wait := kb{b.Parent.NewBlock(""), b.g}
	after := kb{b.Parent.NewBlock(""), b.g}
	b.NewBr(wait.Block)
	ok := wait.volatileAsm(types.I32, "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r", bar, parity)
	wait.NewCondBr(wait.NewICmp(enum.IPredNE, ok, i32(0)), after.Block, wait.Block)
	return after
}

// namedBarrier synchronises threads threads on barrier id (not 0, which
// every __syncthreads-style barrier of the kernel uses):
//
//	bar.sync id, threads;
func (b kb) namedBarrier(id, threads int64) {
	b.asm(types.Void, fmt.Sprintf("bar.sync %d, %d;", id, threads), "")
}

// wgIdx is the consumer warpgroup of this thread (0 or 1).
func (em *mmaEmitter) wgIdx(b kb) value.Value { return b.NewLShr(em.warp, i32(2)) }

// turn is the ping-pong of the consumers' products (em.pp): before
// issuing them (pass false) a warpgroup waits on its named barrier
// (2 + its index), after (pass true) it arrives on the other's; a
// barrier completes with 256 threads, the waiting warpgroup's and the
// arriving one's:
//
//	bar.sync 2+w, 256;  (products)  bar.arrive 3-w, 256;
//
// Consumer 1 skips its last arrival (consumer 0 has no turn left to
// wait for), so that every arrival has its wait: consumer 0 waits n
// times on barrier 2 (consumer 1's first arrival and n − 1 of its
// iterations), consumer 1 n times on barrier 3.
func (em *mmaEmitter) turn(b kb, done bool) {
	w := em.wgIdx(b)
	if done {
		on := b.NewOr(b.NewICmp(enum.IPredEQ, w, i32(0)), em.more)
		b.asm(types.Void, "{ .reg .pred p; setp.ne.b32 p, $1, 0; @p bar.arrive $0, 256; }", "r,r", b.NewSub(i32(3), w), b.NewZExt(on, types.I32))
		return
	}
	b.asm(types.Void, "bar.sync $0, 256;", "r", b.NewAdd(i32(2), w))
}
