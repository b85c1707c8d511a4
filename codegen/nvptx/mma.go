package nvptx

import (
	"fmt"
	"math"
	"slices"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
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
// Which key tiles a CTA visits comes from a list [H/lh, NQ, 2, NK], head h
// reading list h/lh (row 0 of each pair: key tiles up to the first -1 —
// the blockselect layout, whose entries after that -1 the device's
// select kernels do not write (cuda.EndLists); lh > 1 where proxy heads share lists); a dense
// kernel gets the list of tiles its mask does not empty, built by the host.
// A class table [CH, NQ, NK] (sparse.Class: 0 empty, 1 partial, 2 full)
// says whether a tile needs its mask evaluated per element; full tiles skip
// it. Keys past N are masked on every tile that holds them.

// mmaOK says whether the tensor-core kernel handles step s with inputs of
// dtype dt under opts, and why not; with opts.WGMMA the kernel would be
// the warpgroup one (sm_90a), which also takes head dim 256 (Gemma's),
// its tiles in dynamic shared memory, as the producer kernel takes
// 128-key tiles at d = 128 (the shapes run on a GPU; others keep the
// static limit). Passes that run before the target is known ask with
// the zero Options.
func mmaOK(s *tile.Step, dt string, opts Options) error {
	wgmma := opts.WGMMA
	kv := s.Find(tile.LoadKV)
	d, dv := kv.Int("dim"), kv.Int("dimv")
	bq, bk := s.Find(tile.Grid).Int("tiles"), kv.Int("rows")
	// 256: measured without compensation, gathered keys or an early exit.
	ops := readOps(s)
	wide := wgmma && !ops.compensate && !ops.gather && ops.exit == nil
	dimOK := func(x int) bool { return x == 64 || x == 128 || x == 256 && wide }
	limit, dims := smemLimit, "64 or 128; 256 with sm_90a's warpgroup kernel, without compensation, a permutation or an early exit"
	if wgmma && (max(d, dv) > 128 || mmaShape(s, opts).producer) {
		limit = dynSmemLimit
	}
	switch {
	case dt != "bf16" && dt != "f16":
		return fmt.Errorf("inputs are %s (tensor cores take bf16 or f16)", dt)
	case !dimOK(d) || !dimOK(dv):
		return fmt.Errorf("head dims %d, %d (%s)", d, dv, dims)
	case bq%16 != 0 || bq > 128 || bk%16 != 0 || bk > 128:
		return fmt.Errorf("tiles %d×%d (multiples of 16 up to 128)", bq, bk)
	case 2*(max(bq*d, bk*d+bk*dv)) > limit, max(d, dv) > 128 && 2*(bq*d+bk*d+bk*dv) > limit:
		return fmt.Errorf("tiles %d×%d with d=%d need more than %d KiB of shared memory", bq, bk, d, limit>>10)
	}
	return compensateOK(ops)
}

// smemLimit is the static shared memory a CTA may use without opting in;
// dynSmemLimit the most a CTA may take once its function opts in (Hopper:
// 227 KiB), which the warpgroup kernel of two warpgroups needs.
const (
	smemLimit    = 48 << 10
	dynSmemLimit = 227 << 10
)

// ctaShape is the tensor-core kernel's CTA: query rows per CTA (bq) and
// per warp (rw); whether Q has shared memory of its own (else it passes
// through K and V's); whether the CTA is warpgroups of 64 rows (wgmma:
// one, or two sharing each K and V tile); the K/V stages kept; and the
// shared memory bytes: stages × (K [bk][d], V [bk][dv]), then Q [bq][d]
// (b16, swizzled).
type ctaShape struct {
	bq, rw       int64
	qOwn, wg     bool
	stages, smem int64
	overlap      bool // two stages: the overlapped loop (mma_overlap.go)
	producer     bool // a producer warpgroup copies the tiles (mma_ws.go)
	pingPong     bool // producer, overlap: the consumers take turns issuing products
	splitKV      bool // producer, overlap: K and V of a stage have barriers of their own
}

// denseProducer says whether step s is a dense plain kernel that
// Options.DenseProducer gives the producer kernel with split K and V:
// queries at their keys' positions (an offset, as a chunked prefill
// has, was not among the measured cases).
func denseProducer(s *tile.Step, opts Options) bool {
	kv := s.Find(tile.LoadKV)
	d, dv := kv.Int("dim"), kv.Int("dimv")
	return opts.WGMMA && s.Find(tile.LoopList) == nil && readOps(s).plain() && d == dv && slices.Contains(opts.DenseProducer, d) &&
		len(s.Args) >= 2 && !attnir.HasQueryOffset(s.Args[0].Type, s.Args[1].Type)
}

// mmaShape chooses step s's CTA under opts. Options that do not fit fall
// back to the tile IR's shape. Two warpgroups (TwoWarpgroups, and with
// KVStages 2 their K and V double-buffered, overlapped where Overlap or
// OverlapHeadDims say) are taken by plain kernels only, the shape
// measured: no score mod, compensation, gathered keys or early exit
// (docs/gpu-notes.md).
func mmaShape(s *tile.Step, opts Options) ctaShape {
	kv := s.Find(tile.LoadKV)
	d, dv, bk := int64(kv.Int("dim")), int64(kv.Int("dimv")), int64(kv.Int("rows"))
	plain := readOps(s).plain()
	wg := func(bq, rw int64) bool {
		return opts.WGMMA && rw == 16 && (bq == 64 || bq == 128 && (opts.TwoWarpgroups && plain || pairKernel(s, opts)))
	}
	shape := func(bq, rw int64) ctaShape {
		// wgmma reads Q from shared memory every tile: it needs a
		// buffer of its own.
		c := ctaShape{bq: bq, rw: rw, wg: wg(bq, rw), stages: 1}
		c.qOwn = bq*d > bk*d+bk*dv || rw > 16 || c.wg
		dp := denseProducer(s, opts) || pairKernel(s, opts)
		c.producer = c.wg && bq == 128 && (opts.Producer || dp)
		switch {
		case c.producer && pairKernel(s, opts):
			c.stages = pairStages()
		case c.producer:
			c.stages = max(2, int64(opts.KVStages))
		case c.wg && bq == 128 && opts.KVStages == 2:
			c.stages = 2
		}
		c.overlap = c.stages >= 2 && (opts.Overlap || slices.Contains(opts.OverlapHeadDims, int(max(d, dv))) || c.producer && dp)
		c.smem = c.stages * 2 * (bk*d + bk*dv)
		if c.qOwn {
			c.smem += 2 * bq * d
		}
		c.pingPong = c.producer && c.overlap && opts.PingPong
		c.splitKV = c.producer && c.overlap && (opts.SplitKV || dp)
		if c.producer {
			if c.overlap {
				c.smem += 2 * bk * dv // the zero V tile of the first iteration's P·V
			}
			c.smem += barBytes(c.splitKV) * c.stages // a full and an empty mbarrier per stage (splitKV: for K and for V)
		}
		return c
	}
	// fits: static shared memory, or dynamic for two warpgroups (and
	// for head dim 256, which takes it in any shape).
	fits := func(c ctaShape) bool {
		return c.smem <= smemLimit || c.wg && (c.bq == 128 || max(d, dv) > 128) && c.smem <= dynSmemLimit
	}
	bq, rw := int64(s.Find(tile.Grid).Int("tiles")), int64(16)
	if pairKernel(s, opts) {
		return shape(2*bq, 16) // a pair of the list's query tiles (pairs.go)
	}
	if db := int64(opts.DenseBQ); s.Find(tile.LoopList) == nil && db > 0 && fits(shape(db, 16)) && (!opts.WGMMA || wg(db, 16)) {
		bq = db
	}
	if opts.RowsPerWarp == 32 && bq%32 == 0 && fits(shape(bq, 32)) {
		rw = 32
	}
	return shape(bq, rw)
}

// mmaEmitter emits one tensor-core attention kernel. It holds the step's
// decisions and the CTA's shape, the kernel's parameters, and what each
// phase hands to the next; mmaAttention calls the phases in order, each a
// method kept with its kind in mma_load.go (the entry, shared-memory
// copies, the loop's tiles), mma_product.go (Q·Kᵀ and P·V),
// mma_softmax.go (score modification, mask, online softmax), mma_exit.go
// (the early exit) and mma_store.go (the epilogue).
type mmaEmitter struct {
	g        *gen
	name     string
	dt, outT string  // operand type (bf16, f16) and output type (f32, bf16, f16)
	ops      attnOps // the step's tile ops

	d, dv, bk      int64 // head dims of q and k, of v; key rows per tile
	bq, rw         int64 // query rows per CTA and per warp (mmaShape)
	ma             int   // m16 atoms per warp (rw/16)
	warps, threads int64 // the computing warps; the CTA's threads (ws: the producer's 128 too)
	qOwn           bool  // Q has shared memory of its own (else it passes through K's)
	smemBytes      int64 // the CTA's shared memory
	wg             bool  // warpgroups of 64 rows, wgmma (wgmma.go): tiles in the 128-byte-swizzled layout its descriptors read
	db             bool  // wg: K and V double-buffered (Options.KVStages), tile t in stage t%2
	ov             bool  // db or ws: the overlapped loop (Options.Overlap, mmaOverlapped)
	ws             bool  // a producer warpgroup (Options.Producer, mma_ws.go): tile t in stage t%nst
	pair           bool  // ws: the CTA is two of the list's query tiles walking the union of their lists (pairs.go)
	skip           bool  // pair: a consumer skips the union's tiles outside its list instead of masking them (pairSkip)
	pp             bool  // ws, ov: the consumers take turns issuing products (Options.PingPong)
	splitKV        bool  // ws, ov: K and V of a stage have barriers of their own (Options.SplitKV)
	nst            int64 // the K/V stages in shared memory
	nS, nO         int   // n-tiles of 8 columns in S (bk/8) and in O (dv/8)

	f                               *ir.Func
	pq, pk, pv, po, pM, pN, pG      *ir.Param
	pList, pNQ, pNK, pLH, pCls, pCH *ir.Param
	pH, pHG                         *ir.Param // heads; heads per group of the CTAs' order (item)
	pPerm, pNS, pSeg, pVisits       *ir.Param
	pKBar, pVBar, pComp             *ir.Param  // compensate: mean keys and values, the tiles to compensate (compensate.go)
	pRowMask, pRowOff               *ir.Param  // rows: each row's key bits per listed tile, and each item's first (ops.rows)
	sm, sStop                       *ir.Global // the tiles; the early exit's per-warp votes

	// The entry (entry): shared tiles, this thread's place, the item's
	// bases, its first key tile.
	start, pre, loop, epi                           kb // the entry, prologue, loop and epilogue blocks
	sQ, sK, sV                                      value.Value
	dQ, dK, dV                                      value.Value // wg: the tiles' descriptor starts (wgmma.go); db: stage 0's
	stage                                           int64       // db: the bytes of one stage (a K and a V tile)
	tid, warp, lane, gq, tq                         value.Value // ws: tid and warp count the consumers' threads from 0
	cpTid                                           value.Value // the thread's index among those copying a tile (loadTile)
	cpThreads                                       int64       // how many threads copy it
	ptid                                            value.Value // ws: the thread's index in the CTA
	sBar, sZero, dZero                              value.Value // ws: the mbarriers; ov: the zero V tile and its descriptor start
	stS, stPh, prevS                                value.Value // ws: this tile's stage and its barriers' parity; ov: the last tile's stage
	I, h, kvh, q0                                   value.Value
	qBase, kBase, vBase, listBase, clsBase, permRow value.Value
	kbarBase, vbarBase, compBase                    value.Value // compensate
	J0                                              value.Value

	// Fragment addressing (prologue): lane half, Q's lane bases per
	// m-atom, Q's fragments when they stay in registers.
	lhi   value.Value
	qLane []value.Value
	qReg  [][]value.Value

	// Loop-carried (loopState): t, J, and per m-atom a: O [dv/8][4],
	// m [2], ℓ [2] (rows g and g+8), flattened as [a·n + j] and [2a + r].
	tP, JP *ir.InstPhi
	O      [][]*ir.InstPhi
	mP, lP []*ir.InstPhi
	PP     []*ir.InstPhi // ov: the last tile's P, packed (P·V's A registers, [ks·4 + r])
	keysP  []*ir.InstPhi // gathered (keyRows): tile J's physical key rows this thread copies, one per copy round

	// The key tile J (the loop's phases).
	k0, hf                  value.Value     // its first key; h as f32
	dKt, dVt                value.Value     // wg: its K and V tiles' descriptor starts (db: in stage t%2)
	qi                      []value.Value   // this thread's query row per row slot
	qpos                    []value.Value   // per row slot: the row's position, which the mask and mod read (qi + N − M)
	mNew, lNew, delta       []value.Value   // per row slot: m' (the exponents' reference), ℓ', the tile's Σp
	Oscaled                 [][]value.Value // O, scaled to m' (softmax)
	P                       [][]value.Value
	tN, Jn, more, candidate value.Value   // the next list position and tile; whether to go on; past the forced tiles
	smallP                  *ir.InstPhi   // early_exit with a patience: the tiles in a row below eps (mma_exit.go)
	smallN                  value.Value   // and the next iteration's
	J1, cls0                value.Value   // list entry 1 (-1: none) and tile J0's class, loaded before the loop
	JnP, clsP               *ir.InstPhi   // the loop's: entry t+1 and tile J's class, loaded an iteration ahead
	pairW                   value.Value   // pair: this consumer's warpgroup, its query tile 2I + pairW (pairs.go)
	own                     value.Value   // the query tile of the list's whose classes and comp words this thread reads: I, or with pairs 2I + pairW
	listLen                 value.Value   // the entries of a list: NK, or a pair list's width (pairWidth)
	mem0, memN              value.Value   // pair: whether J0, J' are in this warpgroup's list
	memP                    *ir.InstPhi   // and the loop's, for J
	ownP                    *ir.InstPhi   // skip: whether this consumer computed entry t−1 (its P·V and V's release are pending)
	ownN                    value.Value   // skip: whether it computed entry t
	Jnn, clsN               value.Value   // this iteration's loads of them for the next: entry t+2, the class of J'
	comp0, compN            []value.Value // compensate: entry J0's words of comp and J' ones (compWordsOf)
	compP                   []*ir.InstPhi // and the loop's, tile J's
	keys0, keysN            []value.Value // gathered (keyRows): tile J0's and J''s physical key rows
	Onew                    [][]value.Value
	last                    kb            // the loop's last block (the back edge); ov: the drain's
	rise                    value.Value   // ov: some row of the warp rose (the softmax's branch)
	alpha                   []value.Value // ov: per row slot, O's factor where rise
	Pn                      []value.Value // ov: this tile's P packed, for the next iteration's P·V
	dVprev                  value.Value   // ov: the last tile's V (stage (t+1)%2)
	par                     value.Value   // db: t%2
}

// mmaAttention emits the tensor-core kernel for step s (see above).
//
// The phases run in the kernel's order, which is not quite the body's:
// the early exit's decision and the next K tile's copy come before P·V,
// so that the copy overlaps the product.
func (g *gen) mmaAttention(name string, s *tile.Step, dt, outT string) (Kernel, error) {
	em := newMMAEmitter(g, name, s, dt, outT)
	if em.ov {
		return em.mmaOverlapped(), nil
	}
	if em.ws {
		return em.mmaWS(), nil
	}
	em.declare()
	em.entry()              // grid, load_q: the item; Q's copy
	em.prologue()           // Q's fragments; the first K tile's copy
	em.loopState()          // loop_list, loop_dense: t, J, O, m, ℓ
	b := em.loadV()         // load_kv: V(J)'s copy
	S := em.matmulQK(b)     // matmul_qk
	X, c := em.scores(b, S) // mod
	b = em.mask(b, X, c)    // mask, and keys past N; compensate's mean keys
	b = em.softmax(b, X, c) // softmax_online
	b = em.exitVote(b)      // early_exit: each warp's part
	em.nextTile(b)          // the list's next tile J'
	em.exitDecision(b)      // early_exit: the CTA's
	b = em.prefetch(b)      // load_kv: K(J') in flight
	b = em.matmulPV(b)      // matmul_pv
	em.endLoop(b, em.epi)   // end_loop
	lF, tF, OF := em.finals()
	x := em.storeRows(lF, OF) // store
	x = em.exitVisits(x, tF)
	x.NewRet(nil)
	return em.kernel(), nil
}

// newMMAEmitter reads step s's tile ops and the CTA's shape.
func newMMAEmitter(g *gen, name string, s *tile.Step, dt, outT string) *mmaEmitter {
	em := &mmaEmitter{g: g, name: name, dt: dt, outT: outT, ops: readOps(s)}
	em.d, em.dv, em.bk = int64(em.ops.d), int64(em.ops.dv), int64(em.ops.bk)
	c := mmaShape(s, g.opts)
	em.bq, em.rw, em.qOwn, em.smemBytes = c.bq, c.rw, c.qOwn, c.smem
	em.ma = int(em.rw / 16)
	em.warps = em.bq / em.rw
	em.threads = 32 * em.warps
	em.wg = c.wg
	em.ws, em.nst, em.pp, em.splitKV = c.producer, c.stages, c.pingPong, c.splitKV
	em.pair = pairKernel(s, g.opts)
	em.db = c.stages == 2 && !em.ws
	em.ov = c.overlap
	em.skip = em.pair && pairSkip(g.opts) && em.ov && em.splitKV && !em.pp
	if em.ws {
		em.threads += 128
	}
	em.nS, em.nO = int(em.bk/8), int(em.dv/8)
	return em
}

// kernel is the kernel's launch description.
func (em *mmaEmitter) kernel() Kernel {
	mask := em.ops.mask
	bq := em.bq
	if em.pair {
		bq = int64(em.ops.bq) // the lists' and classes' query tiles; the CTA takes two
	}
	return Kernel{Name: em.name, BlockRows: int(em.threads), D: int(em.d), DV: int(em.dv), BQ: int(bq), BK: int(em.bk), Pair: em.pair, PairSkip: em.skip,
		Sparse: em.ops.sparse, Gather: em.ops.gather, MMA: true, DType: em.dt, OutType: em.outT,
		Mask: mask.Program(), MaskUsesH: mask.Uses("h"), EarlyExit: em.ops.exit != nil, Compensate: em.ops.compensate, Smem: em.dynSmem(),
		PerRow: em.ops.rows, RowBlock: em.ops.rowBlock, RowTokens: em.ops.rowTokens}
}

// dynSmem is the CTA's dynamic shared memory in bytes: all of its tiles
// when they pass the static limit, else 0.
func (em *mmaEmitter) dynSmem() int {
	if em.smemBytes <= smemLimit {
		return 0
	}
	return int(em.smemBytes)
}

// loopState opens the key-tile loop: its carried values are phis of the
// loop block, entered from the prologue (their back edges: endLoop).
func (em *mmaEmitter) loopState() {
	phi := func(init value.Value) *ir.InstPhi {
		p := em.loop.NewPhi(ir.NewIncoming(init, em.pre.Block))
		return p
	}
	em.tP, em.JP = phi(i32(0)), phi(em.J0)
	if em.pair {
		em.memP = phi(em.mem0)
	}
	if em.skip {
		em.ownP = phi(constant.False)
	}
	if em.ahead() {
		em.JnP, em.clsP = phi(em.J1), phi(em.cls0)
		for _, w := range em.comp0 {
			em.compP = append(em.compP, phi(w))
		}
	}
	em.O = make([][]*ir.InstPhi, em.ma*em.nO)
	for j := range em.O {
		em.O[j] = []*ir.InstPhi{phi(f32(0)), phi(f32(0)), phi(f32(0)), phi(f32(0))}
	}
	em.mP, em.lP = make([]*ir.InstPhi, 2*em.ma), make([]*ir.InstPhi, 2*em.ma)
	for r := range 2 * em.ma {
		em.mP[r], em.lP[r] = phi(negInf), phi(f32(0))
	}
	for _, k := range em.keys0 {
		em.keysP = append(em.keysP, phi(k))
	}
	if tile.Patience(em.ops.exit) > 1 {
		em.smallP = phi(i32(0))
	}
	if em.ov {
		// The first iteration's P·V multiplies zeros (a zero-filled V
		// stage: prologue).
		em.PP = make([]*ir.InstPhi, em.bk/16*4)
		for k := range em.PP {
			em.PP[k] = phi(i32(0))
		}
	}
}

// endLoop closes the loop after block b: back to the loop while there is
// a next tile, else to exit, with the carried values' back edges.
func (em *mmaEmitter) endLoop(b kb, exit kb) {
	b.NewCondBr(em.more, em.loop.Block, exit.Block)
	em.tP.Incs = append(em.tP.Incs, ir.NewIncoming(em.tN, b.Block))
	em.JP.Incs = append(em.JP.Incs, ir.NewIncoming(em.Jn, b.Block))
	if em.memP != nil {
		em.memP.Incs = append(em.memP.Incs, ir.NewIncoming(em.memN, b.Block))
	}
	if em.ownP != nil {
		em.ownP.Incs = append(em.ownP.Incs, ir.NewIncoming(em.ownN, b.Block))
	}
	if em.smallP != nil {
		em.smallP.Incs = append(em.smallP.Incs, ir.NewIncoming(em.smallN, b.Block))
	}
	if em.JnP != nil {
		em.JnP.Incs = append(em.JnP.Incs, ir.NewIncoming(em.Jnn, b.Block))
		em.clsP.Incs = append(em.clsP.Incs, ir.NewIncoming(em.clsN, b.Block))
	}
	for w, p := range em.compP {
		p.Incs = append(p.Incs, ir.NewIncoming(em.compN[w], b.Block))
	}
	for i := range em.O {
		for e := range 4 {
			em.O[i][e].Incs = append(em.O[i][e].Incs, ir.NewIncoming(em.Onew[i][e], b.Block))
		}
	}
	for r := range 2 * em.ma {
		em.mP[r].Incs = append(em.mP[r].Incs, ir.NewIncoming(em.mNew[r], b.Block))
		em.lP[r].Incs = append(em.lP[r].Incs, ir.NewIncoming(em.lNew[r], b.Block))
	}
	for k, p := range em.PP {
		p.Incs = append(p.Incs, ir.NewIncoming(em.Pn[k], b.Block))
	}
	for k, p := range em.keysP {
		p.Incs = append(p.Incs, ir.NewIncoming(em.keysN[k], b.Block))
	}
	em.last = b
}

// rowOf is the query row of row slot r (= 2a + half) of this thread.
func (em *mmaEmitter) rowOf(b kb, r int) value.Value {
	return b.NewAdd(b.NewAdd(em.q0, b.NewMul(em.warp, i32(em.rw))), b.NewAdd(em.gq, i32(int64(16*(r/2)+8*(r%2)))))
}

// colKey is the logical key position of element e (0..3) of n-tile j.
func (em *mmaEmitter) colKey(b kb, j, e int) value.Value {
	return b.NewAdd(em.k0, b.NewAdd(i32(int64(8*j+(e&1))), b.NewShl(em.tq, i32(1))))
}

// slot is the row slot of element e of fragment i (= a·nS + j).
func (em *mmaEmitter) slot(i, e int) int { return 2*(i/em.nS) + e>>1 }

// negInf is -inf in f32.
var negInf = f32(math.Inf(-1))
