package nvptx

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// The overlapped loop of the double-buffered two-warpgroup kernel
// (Options.Overlap; FlashAttention-3 §3.2's intra-warpgroup pipelining).
//
// Iteration t (key tile J = list[t]) issues S = Q·K(J)ᵀ and then O +=
// P(t−1)·V(J_{t−1}) as two wgmma groups, waits for the first only (groups
// retire in order), and runs the mask and the online softmax of S while
// the tensor cores compute the second; then it waits for P·V and scales O
// to the new row maxima (the softmax's α). The last tile's P·V runs after
// the loop (drain); the first iteration's multiplies P = 0 by a
// zero-filled V stage.
//
// K leads and V lags: at the top of iteration t (after the barrier, every
// warp done with iteration t−1, so with K(J_{t−1}) and V(J_{t−2})), K(J_{t+1})
// is copied into K's stage (t+1)%2 and V(J) into V's stage t%2; K(J) and
// V(J_{t−1}) landed from the copies of iteration t−1. Tile J's K and V so
// sit in stage t%2 as in the plain double-buffered loop (96 KiB for d =
// 128), one barrier per tile.
//
// The registers of a group in flight (P's packed A registers and O's
// accumulators) are not touched between the issue and the wait: LLVM sees
// O only through the ties after wgmma.wait_group 0, P only through the
// loop's phi.

// mmaOverlapped emits the overlapped kernel (see above).
func (em *mmaEmitter) mmaOverlapped() Kernel {
	em.declare()
	em.entry()     // grid, load_q: the item; Q's copy
	em.prologue()  // K(J0), V's stage 1 zero-filled
	em.loopState() // t, J, O, m, ℓ, P(t−1)
	var b kb
	if em.ws {
		b = em.acquire() // K(J) and V(J) are in
	} else {
		b = em.loadLagged()
	}
	var skipped kb
	if em.skip {
		// A tile of the pair's union outside this consumer's list
		// (pairs.go): the skip block below.
		own := kb{em.f.NewBlock("own"), em.g}
		skipped = kb{em.f.NewBlock("skipped"), em.g}
		b.NewCondBr(em.memP, own.Block, skipped.Block)
		b = own
	}
	S, Oin := em.issueOverlapped(b) // matmul_qk, and the last tile's matmul_pv
	X, c := em.scores(b, S)         // mod
	b = em.mask(b, X, c)            // mask, and keys past N
	b = em.softmax(b, X, c)         // softmax_online, O's scaling deferred
	O := b.wgmmaWait(0, Oin)        // P(t−1)·V(J_{t−1}) is in O
	if em.ws {
		// The last tile's stage (splitKV: its V) is read: the producer
		// may refill it.
		em.releaseV(b, em.prevS, em.pending(b))
	}
	b, O = em.rescaleO(b, O)
	em.Onew = unflatten(O)
	em.Pn = nil
	for ks := range int(em.bk / 16) {
		em.Pn = append(em.Pn, em.packP(b, 0, ks)...)
	}
	if em.skip {
		b = em.skipJoin(b, skipped)
	}
	drain := kb{em.f.NewBlock("drain"), em.g}
	em.endLoop(b, drain) // end_loop
	em.drain(drain)
	lF, _, OF := em.finals()
	x := em.storeRows(lF, OF) // store
	x.NewRet(nil)
	return em.kernel()
}

// loadLagged starts the overlapped loop body: K(J) and V(J_{t−1}) are in;
// K(J')'s copy (when the loop goes on) and V(J)'s are issued, and the
// tiles' descriptors set: K(J) and V(J) in stage t%2, V(J_{t−1}) in the
// other.
func (em *mmaEmitter) loadLagged() kb {
	b := em.loop
	b.waitAll()
	b.fenceProxyAsync()
	b.barrier() // K(J), V(J_{t−1}) are in; every warp is done with K(J_{t−1}), V(J_{t−2})
	em.k0 = b.NewMul(em.JP, i32(em.bk))
	em.par = b.NewAnd(em.tP, i32(1))
	off := b.NewMul(em.par, i32(em.stage>>4))
	em.dKt, em.dVt = b.NewAdd(em.dK, off), b.NewAdd(em.dV, off)
	em.dVprev = b.NewAdd(em.dV, b.NewSub(i32(em.stage>>4), off))
	em.listNext(b)
	here := b.NewMul(em.par, i32(em.stage))
	em.loadTile(b, b.NewAdd(em.sV, here), em.vBase, em.k0, em.pN, em.bk, em.dv, false)
	pf := kb{em.f.NewBlock("prefetch"), em.g}
	body := kb{em.f.NewBlock("body"), em.g}
	b.NewCondBr(em.more, pf.Block, body.Block)
	next := pf.NewSub(i32(em.stage), here)
	em.loadTile(pf, pf.NewAdd(em.sK, next), em.kBase, pf.NewMul(em.Jn, i32(em.bk)), em.pN, em.bk, em.d, false)
	pf.NewBr(body.Block)
	body.commit()
	return body
}

// issueOverlapped issues S = Q·K(J)ᵀ and O += P(t−1)·V(J_{t−1}), each its
// own group, and waits for S: it returns S, tied, and O in flight.
func (em *mmaEmitter) issueOverlapped(b kb) ([][]value.Value, []value.Value) {
	S := make([]value.Value, 4*em.nS)
	for i := range S {
		S[i] = f32(0)
	}
	if em.pp {
		em.turn(b, false) // this warpgroup's turn
	}
	b.wgmmaFence()
	S = b.wgmmaQKAsync(em.dt, em.dQ, em.dKt, em.bq, em.bk, em.d, S)
	b.wgmmaCommit()
	// After a skipped entry (or at t = 0) P is 0 and V the zero tile
	// (dVprev, mma_ws.go): a product for nothing, issued all the same —
	// a guard on it (the thirty-fourth session's) made ptxas serialise
	// every wgmma of the kernel (C7520: a compiler-inserted warpgroup
	// arrive in a divergent path), 21–44 % slower.
	O := b.wgmmaPVAsync(em.dt, em.dVprev, em.bk, em.dv, em.lastP(), flatten(phiVals(em.O)))
	b.wgmmaCommit()
	if em.pp {
		em.turn(b, true) // the other's
	}
	S = b.wgmmaWait(1, S)
	if em.splitKV {
		em.release(b, em.stS, nil) // K(J) is read
	}
	return unflatten(S), O
}

// lastP is the loop-carried P(t−1) as P·V's A registers per k-step.
func (em *mmaEmitter) lastP() [][]value.Value {
	pas := make([][]value.Value, 0, len(em.PP)/4)
	for k := 0; k < len(em.PP); k += 4 {
		pas = append(pas, []value.Value{em.PP[k], em.PP[k+1], em.PP[k+2], em.PP[k+3]})
	}
	return pas
}

// drain is the overlapped loop's exit: the last tile's V is in once every
// thread's copies landed; O += P·V of it. em.Onew and em.last are the
// drained O and block, which the epilogue's phis read.
func (em *mmaEmitter) drain(b kb) {
	switch {
	case em.splitKV: // V(J_last) has a barrier of its own
		b = b.mbarWait(em.fullBarV(b, em.stS), em.stPh)
		b.fenceProxyAsync()
	case !em.ws: // ws: V(J_last) was in when its iteration began
		b.waitAll()
		b.fenceProxyAsync()
		b.barrier() // V(J_last) is in
	}
	b.wgmmaFence()
	pas := make([][]value.Value, 0, int(em.bk/16))
	for k := 0; k < len(em.Pn); k += 4 {
		pas = append(pas, em.Pn[k:k+4])
	}
	dV := em.dVt
	if em.skip {
		// A last tile skipped released its V already; its P is 0.
		dV = b.NewSelect(em.ownN, em.dVt, em.dZero)
	}
	em.Onew = unflatten(b.settle(b.wgmmaPVAsync(em.dt, dV, em.bk, em.dv, pas, flatten(em.Onew))))
	b.NewBr(em.epi.Block)
	em.last = b
}

// pending says whether a P·V of entry t−1 is pending at entry t (its V
// stage read by this iteration's P·V, then released): from t = 1, or with
// skip where this consumer computed entry t−1.
func (em *mmaEmitter) pending(b kb) value.Value {
	if em.skip {
		return em.ownP
	}
	return b.NewICmp(enum.IPredNE, em.tP, i32(0))
}

// skipJoin emits the loop body of a consumer whose bit of entry t is
// clear (block sk, entered after acquire) and joins it with the computing
// body, which ended at b; it returns the join, whose phis are the loop's
// next values.
//
// The skip issues the pending P·V alone (P(t−1)·V(J_{t−1}), where entry
// t − 1 was this consumer's), releases V(J_{t−1}) where it was pending, and releases
// entry t's K and — once its copies landed, so that the arrival counts
// for entry t and not for the phase before — V: every consumer still
// arrives once per union entry on each empty barrier. m and ℓ stay, O
// takes the product (at the scale of m: no new maximum), and the next
// iteration's P·V multiplies P = 0 by the zero tile (pending false; no
// guard: see issueOverlapped).
func (em *mmaEmitter) skipJoin(b, sk kb) kb {
	sk.wgmmaFence()
	O := sk.wgmmaPVAsync(em.dt, em.dVprev, em.bk, em.dv, em.lastP(), flatten(phiVals(em.O)))
	O = sk.settle(O)
	em.releaseV(sk, em.prevS, em.ownP)
	em.release(sk, em.stS, nil) // K(J): waited for (acquire), not read
	sk = sk.mbarWait(em.fullBarV(sk, em.stS), em.stPh)
	em.releaseV(sk, em.stS, nil)
	join := kb{em.f.NewBlock("joined"), em.g}
	b.NewBr(join.Block)
	sk.NewBr(join.Block)
	two := func(own, skip value.Value) value.Value {
		return join.NewPhi(ir.NewIncoming(own, b.Block), ir.NewIncoming(skip, sk.Block))
	}
	On := flatten(em.Onew)
	for i := range On {
		On[i] = two(On[i], O[i])
	}
	em.Onew = unflatten(On)
	for k := range em.Pn {
		em.Pn[k] = two(em.Pn[k], i32(0))
	}
	for r := range em.mNew {
		em.mNew[r] = two(em.mNew[r], em.mP[r])
		em.lNew[r] = two(em.lNew[r], em.lP[r])
	}
	em.ownN = two(constant.True, constant.False)
	return join
}
