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
	"github.com/attnc/attnc/runtime/cuda"
)

// XAttention's antidiagonal scores on the GPU (docs/passes.md defines
// them): A[r,t] = Σ_u q[rS+S−1−u]·k[tS+u] over groups of S queries r and
// S keys t, x = (c/S)·A, P = softmax of x over t per row r, and E[I,J] =
// Σ_{r∈I, t∈J} P[r,t] / |I|. A is a GEMM over S·d: for each u, the rows
// rS+S−1−u of q against the rows tS+u of k, both gathered into shared
// tiles by cp.async and multiplied with mma.sync m16n8k16 exactly as the
// attention kernel's S = Q·Kᵀ (so it runs on sm_80 and sm_90a alike). A CTA
// owns ADRows rows r (warps of 16) and walks the 64-column blocks of t
// that its rows reach (t ≤ r under a causal mask):
//
//	adstats: the online max m_r and sum z_r of 2^(x·log₂e) per row, as a
//	         forward attention pass without V, and per row r and key tile
//	         J the partial sum s[J, r] = Σ_{t∈J} 2^(x − m̂) under the
//	         running max m̂ of the t-block (stored beside s);
//	admass:  no products: E[I, J] = Σ_{r∈I} s[J, r]·2^(m̂ − m_r)/z_r / |I|
//	         once every row's m and z are known; the select kernel takes
//	         E as it is.
//
// A block's mass needs its rows' final m and z, which is why it took a
// second pass of products before; the partial sums under the running max
// carry the same exponentials to the finish (docs/gpu-notes.md).
//
// The same two kernels score oracle and probe scores, as cells of other
// shapes (adShape): groups of Sq queries and Sk keys, U products a cell —
// S, S, S here; 1, 1, 1 for the oracle; S, 1, 1 for probes, each row r
// the query min(r·S + S − 1, M − 1) (a tile shorter than S probes its
// last), each tile averaging its probes only.
//
// The host (runtime/sparse) sums A in float32 FMAs in a fixed order and
// exponentiates in float64; here the products are exact (b16 × b16) and the
// sums float32 in the tensor cores' order, so scores agree to rounding, not
// to the bit (TestGPUSelect bounds them), and the lists are the host's on
// the GPU's scores. Masks other than causal (or none), rowmax pooling, and
// strides with S·8 not dividing the tiles or 64·S not a multiple of them
// stay on the host (gpuSelectable).

// ADRows are the rows r of a CTA of the antidiagonal kernels: 128 (eight
// warps) read each gathered K' tile for twice the rows that 64 did, a third
// less tile traffic per flop (docs/gpu-notes.md).
const ADRows = 128

// adOK says whether the antidiagonal kernels score a blockscore of shape
// sh on the GPU.
func adOK(sh adShape, bq, bk, d int, pool string, mask *attnir.Expr) error {
	switch {
	case sh.Sq <= 0 || sh.Sk <= 0 || bq%sh.Sq != 0 || bk%sh.Sk != 0:
		return fmt.Errorf("stride %d does not divide the tiles", sh.Sq)
	case sh.probe && (ADRows%(bq/sh.Sq) != 0 || bk != 64):
		// A tile's probes share a CTA; the key tiles are whole 64-column
		// blocks.
		return fmt.Errorf("%d probes a query tile and key tiles of %d (the GPU takes 1, 2, 4, …, 64 probes and key tiles of 64)", bq/sh.Sq, bk)
	case !sh.probe && ((bq/sh.Sq)%8 != 0 || ADRows%(bq/sh.Sq) != 0 || (bq/sh.Sq) > 64 || (bk/sh.Sk)%8 != 0 || 64%(bk/sh.Sk) != 0):
		return fmt.Errorf("tiles of %d×%d groups (the GPU takes 8, 16, 32 or 64)", bq/sh.Sq, bk/sh.Sk)
	case d != 64 && d != 128:
		return fmt.Errorf("head dim %d (64 or 128)", d)
	case pool != "" && pool != "mean":
		return fmt.Errorf("pool %s (the GPU pools by mean)", pool)
	case !causalOrNone(mask):
		return fmt.Errorf("mask %s (the GPU scores causal or unmasked attention)", mask)
	}
	return nil
}

// The antidiagonal kernels' CTA: ADRows rows r, adCols columns t per block
// (adColsWG with wgmma, which gathers the CTA's whole Q' slice once per
// block: wider blocks gather it for more cells, docs/gpu-notes.md), two
// threads per row.
const adCols, adColsWG, adThreads = 64, 128, 2 * ADRows

// adBlockCols are the columns of an adstats t-block under opts.
func adBlockCols(opts Options) int64 {
	if opts.WGMMA {
		return adColsWG
	}
	return adCols
}

// adEmitter emits adstats (adKernel): the blockscore's attributes, the
// kernel's parameters, and the values the entry hands to the t-block loop.
type adEmitter struct {
	g         *gen
	f         *ir.Func
	name, dt  string
	sh        adShape
	d, bq, bk int
	scale     float64
	causal    bool
	cols      int64 // columns t per block (adBlockCols)
	chunks    int64
	qBytes    int64
	kBytes    int64

	pq, pk, pM, pN, pG, pR, pT, pStats *ir.Param
	pPart, pMx, pNK                    *ir.Param
	sm                                 *ir.Global

	tid, h, r0, warp, lane, gq, tq value.Value
	kvh, qBase, kBase, sQ, sK      value.Value
	nTB                            value.Value // t-blocks of a row: ⌈T/cols⌉
	qLane, kLane                   value.Value // fragment addresses (the attention kernel's)
}

// adKernel emits adstats. Parameters: q [H, M, d], k [G, N, d] (b16), M,
// N, group, R = ⌈M/Sq⌉, T = ⌈N/Sk⌉, stats (f32 [H, R, 2]: m, z), part (f32
// [H, NK, R]: s[J, r]), mx (f32 [H, ⌈T/cols⌉, R]: each t-block's running
// max m̂), NK. Grid (⌈R/ADRows⌉, H) of 2·ADRows threads.
//
//	for each block of cols columns of t this CTA's rows reach:
//		A = Σ_{u<U} Q'(u)·K'(u)ᵀ          (products)
//		X = (c/U)·A·log₂e, -inf outside   (exponents)
//		online m, z per row; s per tile  (stats)
//		store s and m̂                    (storeParts)
//	store m, z per row                  (storeStats)
func (g *gen) adKernel(name, dt string, d int, sh adShape, bq, bk int, scale float64, causal bool) Kernel {
	ad := &adEmitter{g: g, name: name, dt: dt, d: d, sh: sh, bq: bq, bk: bk, scale: scale, causal: causal, cols: adBlockCols(g.opts)}
	ad.declare()
	b := ad.entry()
	// The blocks of t this CTA's rows reach.
	tEnd := value.Value(ad.pT)
	if causal {
		// The last group a row r takes part with is ⌊(r·Sq + Sq − 1 +
		// off)/Sk⌋ (cellAllowed); the CTA's rows end at r0 + ADRows.
		last := ad.lastGroup(b, b.NewAdd(ad.r0, i32(ADRows-1)))
		tEnd = b.imax(b.imin(b.NewAdd(last, i32(1)), ad.pT), i32(0))
	}
	nTB := b.NewSDiv(b.NewAdd(tEnd, i32(ad.cols-1)), i32(ad.cols))
	init := []value.Value{negInf, negInf, f32(0), f32(0)} // m, ℓ per row slot
	b, fin := b.forN(i32(0), nTB, i32(1), init, ad.tBlock)
	b = ad.storeStats(b, fin)
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindADStats, BlockRows: adThreads, Rows: ADRows, Stride: sh.Sq, KeyStride: sh.Sk, D: d, BQ: bq, BK: bk}
}

// declare adds the kernel, its launch bound and its shared memory (a Q
// tile of ADRows rows and a K tile of 64).
func (ad *adEmitter) declare() {
	g := ad.g
	hp, fp := types.NewPointer(types.I16), types.NewPointer(types.Float)
	ad.pq, ad.pk = ir.NewParam("q", hp), ir.NewParam("k", hp)
	ad.pM, ad.pN, ad.pG = ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	ad.pR, ad.pT, ad.pStats = ir.NewParam("R", types.I32), ir.NewParam("T", types.I32), ir.NewParam("stats", fp)
	ad.pPart, ad.pMx, ad.pNK = ir.NewParam("part", fp), ir.NewParam("mx", fp), ir.NewParam("NK", types.I32)
	ad.f = g.m.NewFunc(ad.name, types.Void, ad.pq, ad.pk, ad.pM, ad.pN, ad.pG, ad.pR, ad.pT, ad.pStats, ad.pPart, ad.pMx, ad.pNK)
	ad.f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, ad.f.Type().String()+" @"+ad.name+`, !"maxntidx", i32 `+fmt.Sprint(adThreads))
	ad.qBytes, ad.kBytes = int64(2*ADRows*ad.d), int64(2*adCols*ad.d)
	if g.opts.WGMMA {
		// Chunks of 64 columns of S·d (128-byte rows): ADRows of Q', cols
		// of K'. Two CTAs per SM (64 accumulators per thread; ≤ 128
		// registers).
		ad.qBytes, ad.kBytes = ADRows*128, ad.cols*128
		g.annotations = append(g.annotations, ad.f.Type().String()+" @"+ad.name+`, !"minctasm", i32 2`)
	}
	ad.sm = g.shared(ad.name+"_smem", types.NewArray(uint64(ad.qBytes+ad.kBytes), types.I8), 1024)
}

// entry emits the entry block's indices and bases: this thread's rows
// (r0 + warp·16 + g, + 8), q's and k's heads, the shared tiles and the
// fragment addresses.
func (ad *adEmitter) entry() kb {
	b := kb{ad.f.NewBlock("entry"), ad.g}
	d := int64(ad.d)
	tid, h := b.sreg("tid.x"), b.sreg("ctaid.y")
	r0 := b.NewMul(b.sreg("ctaid.x"), i32(ADRows))
	warp, lane := b.NewLShr(tid, i32(5)), b.NewAnd(tid, i32(31))
	gq, tq := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	ad.tid, ad.h, ad.r0, ad.warp, ad.lane, ad.gq, ad.tq = tid, h, r0, warp, lane, gq, tq
	ad.kvh = b.NewSDiv(h, ad.pG)
	ad.qBase = b.NewGetElementPtr(types.I16, ad.pq, b.i64(b.NewMul(b.NewMul(h, ad.pM), i32(d))))
	ad.kBase = b.NewGetElementPtr(types.I16, ad.pk, b.i64(b.NewMul(b.NewMul(ad.kvh, ad.pN), i32(d))))
	ad.nTB = b.NewSDiv(b.NewAdd(ad.pT, i32(ad.cols-1)), i32(ad.cols))
	smBase := b.NewPtrToInt(ad.sm, types.I32)
	ad.sQ, ad.sK = smBase, b.NewAdd(smBase, i32(ad.qBytes))
	ad.chunks = d / 8
	// Fragment addresses (the attention kernel's): Q rows warp·16 + lrow,
	// K rows krow, chunks XORed per k-step.
	lhi := b.NewLShr(lane, i32(4))
	lrow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(b.NewAnd(b.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	ad.qLane = b.NewAdd(b.NewAdd(ad.sQ, b.NewMul(b.NewAdd(b.NewMul(warp, i32(16)), lrow), i32(2*d))), b.NewShl(b.NewXor(lhi, b.NewAnd(lane, i32(7))), i32(4)))
	krow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(lhi, i32(3)))
	kchunk := b.NewAnd(b.NewLShr(lane, i32(3)), i32(1))
	ad.kLane = b.NewAdd(b.NewAdd(ad.sK, b.NewMul(krow, i32(2*d))), b.NewShl(b.NewXor(kchunk, b.NewAnd(lane, i32(7))), i32(4)))
	return b
}

// lastGroup is the last key group t that query group r takes part with
// under a causal mask: the group's last query sits at position qLast(r) +
// off (off = N − M, docs/dsl.md), so t·Sk ≤ that, t = ⌊(qLast(r) +
// off)/Sk⌋ (floored: a negative position sees nothing). Without an offset
// and with Sq = Sk it is r.
func (ad *adEmitter) lastGroup(b kb, r value.Value) value.Value {
	Sk := int64(ad.sh.Sk)
	p := b.NewAdd(ad.qLast(b, r), b.NewSub(ad.pN, ad.pM))
	neg := b.NewICmp(enum.IPredSLT, p, i32(0))
	down := b.NewSub(i32(0), b.NewSDiv(b.NewAdd(b.NewSub(i32(0), p), i32(Sk-1)), i32(Sk)))
	return b.NewSelect(neg, down, b.NewSDiv(p, i32(Sk)))
}

// qRows is, for product u, the query each row j of the CTA's Q' tile
// reads: qLast(r0 + j) − u.
func (ad *adEmitter) qRows(b kb, u value.Value) func(b kb, j value.Value) value.Value {
	if ad.sh.probe {
		return func(b kb, j value.Value) value.Value { return b.NewSub(ad.qLast(b, b.NewAdd(ad.r0, j)), u) }
	}
	Sq := int64(ad.sh.Sq)
	qOff := b.NewSub(i32(Sq-1), u)
	return func(b kb, j value.Value) value.Value { return b.NewAdd(b.NewMul(b.NewAdd(ad.r0, j), i32(Sq)), qOff) }
}

// qLast is row r's last query, r·Sq + Sq − 1 (u = 0's), for probes at
// most M − 1: a tile shorter than the stride probes its last query (and a
// group past the last whole one of a longer tile, which admass leaves out,
// reads that query too, in bounds).
func (ad *adEmitter) qLast(b kb, r value.Value) value.Value {
	Sq := int64(ad.sh.Sq)
	var q value.Value = b.NewAdd(b.NewMul(r, i32(Sq)), i32(Sq-1))
	if ad.sh.probe {
		q = b.imin(q, b.NewSub(ad.pM, i32(1)))
	}
	return q
}

// rowOf is this thread's row of slot hr (g, g+8 of its warp's 16).
func (ad *adEmitter) rowOf(b kb, hr int) value.Value {
	return b.NewAdd(ad.r0, b.NewAdd(b.NewMul(ad.warp, i32(16)), b.NewAdd(ad.gq, i32(int64(8*hr)))))
}

// statAt is the address of stats[h, r, k] (k 0: m, 1: z).
func (ad *adEmitter) statAt(b kb, r value.Value, k int64) value.Value {
	return b.NewGetElementPtr(types.Float, ad.pStats, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(ad.h, ad.pR), r), i32(2)), i32(k))))
}

// load gathers rows src(j), j < rows, of a [*, d] matrix at base into a
// swizzled tile at dst (rows at or past limit are zeros).
func (ad *adEmitter) load(b kb, dst, base, limit value.Value, rows int64, src func(b kb, j value.Value) value.Value) {
	chunks, d := ad.chunks, int64(ad.d)
	for it := range rows * chunks / adThreads {
		idx := b.NewAdd(ad.tid, i32(it*adThreads))
		j, c := b.NewLShr(idx, i32(int64(log2(chunks)))), b.NewAnd(idx, i32(chunks-1))
		row := src(b, j)
		ok := b.NewICmp(enum.IPredSLT, row, limit)
		off := b.NewAdd(b.NewMul(b.NewSelect(ok, row, i32(0)), i32(d)), b.NewMul(c, i32(8)))
		at := b.swz(j, c, chunks)
		if ad.g.opts.WGMMA {
			at = b.swz128(j, c, rows) // the layout wgmma's descriptors read (wgmma.go)
		}
		b.cpAsync(b.NewAdd(dst, at), b.NewGetElementPtr(types.I16, base, b.i64(off)), b.NewSelect(ok, i32(16), i32(0)))
	}
}

// tBlock is the body of the loop over the t-blocks tb: the products, the
// exponents, the online row statistics st (m, ℓ per row slot) and the
// tiles' partial sums, stored.
func (ad *adEmitter) tBlock(b kb, tb value.Value, st []value.Value) (kb, []value.Value) {
	t0 := b.NewMul(tb, i32(ad.cols))
	b, acc := ad.products(b, t0)
	X := ad.exponents(b, t0, acc)
	out, parts, mUse := ad.stats(b, X, st)
	return ad.storeParts(b, tb, t0, parts, mUse), out
}

// products is A for t-block t0: for each u < U, rows qLast(r)−u of q and
// rows t·Sk+u of k gathered into the shared tiles and multiplied
// (mma.sync, eight n-tiles of four accumulators).
func (ad *adEmitter) products(b kb, t0 value.Value) (kb, []value.Value) {
	U, Sk, d := int64(ad.sh.U), int64(ad.sh.Sk), int64(ad.d)
	acc := make([]value.Value, ad.cols/2) // cols/8 n-tiles of four
	for i := range acc {
		acc[i] = f32(0)
	}
	if ad.g.opts.WGMMA {
		return ad.wgmmaProducts(b, t0, acc)
	}
	return b.forN(i32(0), i32(U), i32(1), acc, func(b kb, u value.Value, acc []value.Value) (kb, []value.Value) {
		ad.load(b, ad.sQ, ad.qBase, ad.pM, ADRows, ad.qRows(b, u))
		ad.load(b, ad.sK, ad.kBase, ad.pN, adCols, func(b kb, j value.Value) value.Value {
			return b.NewAdd(b.NewMul(b.NewAdd(t0, j), i32(Sk)), u)
		})
		b.commit()
		b.waitAll()
		b.barrier()
		out := append([]value.Value{}, acc...)
		for kk := range d / 16 {
			qa := b.ldmatrix(b.NewXor(ad.qLane, i32(32*kk)), false)
			kkBase := b.NewXor(ad.kLane, i32(32*kk))
			for np := range int64(adCols / 16) {
				m := b.ldmatrix(b.NewAdd(kkBase, i32(16*np*2*d)), false)
				copy(out[8*np:8*np+4], b.mma(ad.dt, qa, m[0], m[1], out[8*np:8*np+4]))
				copy(out[8*np+4:8*np+8], b.mma(ad.dt, qa, m[2], m[3], out[8*np+4:8*np+8]))
			}
		}
		b.barrier() // every warp is done with the tiles before the next u overwrites them
		return b, out
	})
}

// wgmmaProducts (sm_90a) is A for t-block t0 as warpgroup MMA over chunks
// of 64 columns of U·d — chunk c is u = c/(d/64), columns (c mod d/64)·64
// — each a Q' chunk of ADRows rows and a K' chunk of cols rows gathered in
// the 128-byte-swizzled layout the descriptors read. Warpgroup w (warps
// 4w…4w+3: the rows 64w… of the mma.sync fragments, so the accumulators
// keep their layout, n-tile after n-tile) issues four m64n{cols}k16 per
// chunk with its half of the Q' chunk.
func (ad *adEmitter) wgmmaProducts(b kb, t0 value.Value, acc []value.Value) (kb, []value.Value) {
	U, Sk, d := int64(ad.sh.U), int64(ad.sh.Sk), int64(ad.d)
	per := d / 64                                             // chunks per u
	half := b.NewMul(b.NewLShr(ad.warp, i32(2)), i32(64*128)) // the warpgroup's 64 rows of the Q' chunk
	return b.forN(i32(0), i32(U*per), i32(1), acc, func(b kb, c value.Value, acc []value.Value) (kb, []value.Value) {
		u, col := b.NewSDiv(c, i32(per)), b.NewMul(b.NewSRem(c, i32(per)), i32(64))
		ad.loadChunk(b, ad.sQ, ad.qBase, ad.pM, ADRows, col, ad.qRows(b, u))
		ad.loadChunk(b, ad.sK, ad.kBase, ad.pN, ad.cols, col, func(b kb, j value.Value) value.Value {
			return b.NewAdd(b.NewMul(b.NewAdd(t0, j), i32(Sk)), u)
		})
		b.commit()
		b.waitAll()
		b.fenceProxyAsync() // cp.async wrote the chunks through the generic proxy; wgmma reads through the async one
		b.barrier()
		b.asm(types.Void, "wgmma.fence.sync.aligned;", "")
		for kk := range int64(4) {
			aDesc := b.desc(b.NewAdd(b.NewAdd(ad.sQ, half), i32(kk*32)), 16, 1024)
			bDesc := b.desc(b.NewAdd(ad.sK, i32(kk*32)), 16, 1024)
			acc = b.wgmma(ad.dt, ad.cols, acc, aDesc, nil, bDesc, 0)
		}
		acc = b.settle(acc)
		b.barrier() // both warpgroups are done with the chunks before the next overwrites them
		return b, acc
	})
}

// loadChunk gathers 64 columns from col of rows src(j), j < rows, of a [*,
// d] matrix at base into a 128-byte-swizzled chunk at dst (rows at or past
// limit are zeros).
func (ad *adEmitter) loadChunk(b kb, dst, base, limit value.Value, rows int64, col value.Value, src func(b kb, j value.Value) value.Value) {
	d := int64(ad.d)
	for it := range rows * 8 / adThreads {
		idx := b.NewAdd(ad.tid, i32(it*adThreads))
		j, c := b.NewLShr(idx, i32(3)), b.NewAnd(idx, i32(7))
		row := src(b, j)
		ok := b.NewICmp(enum.IPredSLT, row, limit)
		off := b.NewAdd(b.NewAdd(b.NewMul(b.NewSelect(ok, row, i32(0)), i32(d)), col), b.NewMul(c, i32(8)))
		b.cpAsync(b.NewAdd(dst, b.swz128(j, c, rows)), b.NewGetElementPtr(types.I16, base, b.i64(off)), b.NewSelect(ok, i32(16), i32(0)))
	}
}

// exponents are x·log₂e = (c/U)·A·log₂e, -inf outside the cells that take
// part (rows below R, columns below T, t ≤ lastGroup(r) under a causal
// mask).
func (ad *adEmitter) exponents(b kb, t0 value.Value, acc []value.Value) []value.Value {
	c2 := f32(ad.scale / float64(ad.sh.U) * math.Log2E)
	X := make([]value.Value, len(acc))
	for j := range len(acc) / 4 {
		for e := range 4 {
			r := ad.rowOf(b, e>>1)
			t := b.NewAdd(t0, b.NewAdd(i32(int64(8*j+(e&1))), b.NewShl(ad.tq, i32(1))))
			ok := b.NewAnd(b.NewICmp(enum.IPredSLT, r, ad.pR), b.NewICmp(enum.IPredSLT, t, ad.pT))
			if ad.causal {
				ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLE, t, ad.lastGroup(b, r)))
			}
			X[4*j+e] = b.NewSelect(ok, b.NewFMul(acc[4*j+e], c2), negInf)
		}
	}
	return X
}

// stats is the online softmax's m and ℓ per row slot after the t-block
// (st: m0, m1, ℓ0, ℓ1, updated with X), and per row slot and key tile of
// the block the thread's sum of 2^(x − m̂) over its columns of the tile
// (parts[hr][lj]; the quad sums them in storeParts) under the max m̂ the
// exponentials were taken against (mUse[hr]).
func (ad *adEmitter) stats(b kb, X, st []value.Value) (out []value.Value, parts [2][]value.Value, mUse [2]value.Value) {
	out = make([]value.Value, 4)
	atoms := ad.bk / ad.sh.Sk / 8 // n-tiles of 8 columns per key tile
	for hr := range 2 {
		var xs []value.Value
		for j := range len(X) / 4 {
			xs = append(xs, X[4*j+2*hr], X[4*j+2*hr+1])
		}
		mx := b.tree(xs, b.fmax)
		mx = b.fmax(mx, b.bfly(mx, 1))
		mx = b.fmax(mx, b.bfly(mx, 2))
		mNew := b.fmax(st[hr], mx)
		mUse[hr] = b.NewSelect(b.NewFCmp(enum.FPredOEQ, mNew, negInf), f32(0), mNew)
		var ps []value.Value
		for _, x := range xs {
			ps = append(ps, b.ex2(b.NewFSub(x, mUse[hr])))
		}
		add := func(x, y value.Value) value.Value { return b.NewFAdd(x, y) }
		sum := b.tree(ps, add)
		out[hr] = mNew
		out[2+hr] = b.NewFAdd(b.NewFMul(st[2+hr], b.ex2(b.NewFSub(st[hr], mUse[hr]))), sum)
		for lj := range len(X) / 4 / atoms {
			parts[hr] = append(parts[hr], b.tree(ps[2*atoms*lj:2*atoms*(lj+1)], add))
		}
	}
	return out, parts, mUse
}

// storeParts sums the t-block's partial sums over the quad and stores
// them, part[h, J, r] for its key tiles J, with the running max, mx[h, tb,
// r] (lane tq = 0), for the rows below R. With 2·T values per thread (T
// tiles, two row slots) and T ≥ 2 the quad reduces them transposed — lane
// tq ends with the sums of values i ≡ tq mod 4, after 2·T/2 + 2·T/4
// shuffles instead of 2·2·T — and stores those; with one tile per block,
// an all-reduce and lane tq = hr stores.
func (ad *adEmitter) storeParts(b kb, tb, t0 value.Value, parts [2][]value.Value, mUse [2]value.Value) kb {
	gJ := int64(ad.bk / ad.sh.Sk)
	T := len(parts[0])
	R := b.i64(ad.pR)
	var rowOK [2]value.Value
	for hr := range 2 {
		r := ad.rowOf(b, hr)
		rowOK[hr] = b.NewICmp(enum.IPredSLT, r, ad.pR)
		mxAt := b.NewAdd(b.NewMul(b.i64(b.NewAdd(b.NewMul(ad.h, ad.nTB), tb)), R), b.i64(r))
		b = b.when(b.NewAnd(rowOK[hr], b.NewICmp(enum.IPredEQ, ad.tq, i32(0))), func(b kb) kb {
			b.NewStore(mUse[hr], b.NewGetElementPtr(types.Float, ad.pMx, mxAt))
			return b
		})
	}
	store := func(b kb, hr int, lj, p, ok value.Value) kb {
		J := b.NewAdd(b.NewSDiv(t0, i32(gJ)), lj)
		ok = b.NewAnd(b.NewAnd(ok, rowOK[hr]), b.NewICmp(enum.IPredSLT, J, ad.pNK))
		at := b.NewAdd(b.NewMul(b.i64(b.NewAdd(b.NewMul(ad.h, ad.pNK), J)), R), b.i64(ad.rowOf(b, hr)))
		return b.when(ok, func(b kb) kb {
			b.NewStore(p, b.NewGetElementPtr(types.Float, ad.pPart, at))
			return b
		})
	}
	if T == 1 {
		for hr := range 2 {
			p := parts[hr][0]
			p = b.NewFAdd(p, b.bfly(p, 1))
			p = b.NewFAdd(p, b.bfly(p, 2))
			b = store(b, hr, i32(0), p, b.NewICmp(enum.IPredEQ, ad.tq, i32(int64(hr))))
		}
		return b
	}
	v := append(append([]value.Value{}, parts[0]...), parts[1]...) // value i: slot i/T, tile i%T
	for _, bit := range []int64{1, 2} {
		// Keep the values whose index has this lane's bit, send the others
		// to the lane across the bit, add what arrives.
		mine := b.NewICmp(enum.IPredNE, b.NewAnd(ad.tq, i32(bit)), i32(0))
		next := make([]value.Value, len(v)/2)
		for k := range next {
			lo, hi := v[2*k], v[2*k+1]
			keep, send := b.NewSelect(mine, hi, lo), b.NewSelect(mine, lo, hi)
			next[k] = b.NewFAdd(keep, b.bfly(send, bit))
		}
		v = next
	}
	// Lane tq holds value 4k + tq as v[k].
	for k, p := range v {
		i := b.NewAdd(i32(int64(4*k)), ad.tq)
		hr := (4 * k) / T // T ≥ 2 is a power of two: 4k and 4k+3 share the slot when T ≥ 4
		if T == 2 {
			// values 4k…4k+3 span both slots: slot (4k+tq)/2, tile tq%2.
			b = ad.storeEither(b, store, b.NewICmp(enum.IPredSGE, ad.tq, i32(2)), b.NewAnd(ad.tq, i32(1)), p)
			continue
		}
		b = store(b, hr, b.NewSub(i, i32(int64(hr*T))), p, constant.True)
	}
	return b
}

// storeEither stores p for slot 1 when hi, else slot 0 (T = 2: a lane's
// one value lies in either).
func (ad *adEmitter) storeEither(b kb, store func(b kb, hr int, lj, p, ok value.Value) kb, hi, lj, p value.Value) kb {
	b = store(b, 0, lj, p, b.NewXor(hi, constant.True))
	return store(b, 1, lj, p, hi)
}

// storeStats stores each row's m and z (ℓ summed over the quad) from
// lane tq = 0.
func (ad *adEmitter) storeStats(b kb, fin []value.Value) kb {
	for hr := range 2 {
		l := fin[2+hr]
		l = b.NewFAdd(l, b.bfly(l, 1))
		l = b.NewFAdd(l, b.bfly(l, 2))
		r := ad.rowOf(b, hr)
		ok := b.NewAnd(b.NewICmp(enum.IPredSLT, r, ad.pR), b.NewICmp(enum.IPredEQ, ad.tq, i32(0)))
		m := fin[hr]
		b = b.when(ok, func(b kb) kb {
			b.NewStore(m, ad.statAt(b, r, 0))
			b.NewStore(l, ad.statAt(b, r, 1))
			return b
		})
	}
	return b
}

// admassThreads are the threads of an admass CTA, each finishing the key
// tiles J ≡ tid mod admassThreads of the CTA's query tile.
const admassThreads = 256

// adMass emits admass, the finish: for query tile I = ctaid.x of head h =
// ctaid.y and every allowed key tile J, E[h, I, J] = Σ_{r∈I, r<R} part[h,
// J, r]·2^(mx[h, J·gJ/cols, r] − m_r)/z_r / |I|, with rows of z = 0 adding
// nothing and |I| = ⌈min((I+1)·bq, M)/Sq⌉ − I·bq/Sq; for probes the tile's
// probes only, its first ⌊len/Sq⌋ rows or, in a tile shorter than Sq, its
// one (len the tile's queries). Parameters: stats, part, mx (adstats'), e
// (f32 [H, NQ, NK]), cls (u8 [CH, NQ, NK]), ch, NQ, NK, M, R, T. Grid (NQ,
// H) of admassThreads threads.
func (g *gen) adMass(name string, sh adShape, bq, bk int) Kernel {
	fp := types.NewPointer(types.Float)
	pStats, pPart, pMx, pe := ir.NewParam("stats", fp), ir.NewParam("part", fp), ir.NewParam("mx", fp), ir.NewParam("e", fp)
	pcls, pch := ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pNQ, pNK, pM, pR, pT := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("M", types.I32), ir.NewParam("R", types.I32), ir.NewParam("T", types.I32)
	f := g.m.NewFunc(name, types.Void, pStats, pPart, pMx, pe, pcls, pch, pNQ, pNK, pM, pR, pT)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(admassThreads))
	gI, gJ := int64(bq/sh.Sq), int64(bk/sh.Sk)
	// Each row's m and 1/z in shared memory (0 and 0 for a row with
	// nothing or past R).
	rows := g.shared(name+"_rows", types.NewArray(uint64(2*gI), types.Float), 16)

	b := kb{f.NewBlock("entry"), g}
	tid, I, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	rI := b.NewMul(I, i32(gI)) // the tile's first row
	b = b.when(b.NewICmp(enum.IPredSLT, tid, i32(gI)), func(b kb) kb {
		r := b.NewAdd(rI, tid)
		in := b.NewICmp(enum.IPredSLT, r, pR)
		safe := b.i64(b.NewSelect(in, r, i32(0)))
		at := b.NewMul(b.NewAdd(b.NewMul(b.i64(h), b.i64(pR)), safe), i64c(2))
		m := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pStats, at))
		z := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pStats, b.NewAdd(at, i64c(1))))
		live := b.NewAnd(in, b.NewFCmp(enum.FPredOGT, z, f32(0)))
		b.NewStore(b.NewSelect(live, m, f32(0)), b.sharedAt(rows, tid))
		b.NewStore(b.NewSelect(live, b.NewFDiv(f32(1), z), f32(0)), b.sharedAt(rows, b.NewAdd(tid, i32(gI))))
		return b
	})
	b.barrier()
	nR := b.imin(i32(gI), b.NewSub(pR, rI)) // the tile's rows below R
	end := b.imin(b.NewMul(b.NewAdd(I, i32(1)), i32(int64(bq))), pM)
	var n value.Value
	if sh.probe {
		// The probes: ⌊len/Sq⌋ rows, or one in a tile shorter than Sq.
		whole := b.NewSDiv(b.NewSub(end, b.NewMul(I, i32(int64(bq)))), i32(int64(sh.Sq)))
		nR = b.imin(nR, b.imax(whole, i32(1)))
		n = b.NewSIToFP(nR, types.Float)
	} else {
		// |I| = ⌈min((I+1)·bq, M)/Sq⌉ − I·bq/Sq
		n = b.NewSIToFP(b.NewSub(b.NewSDiv(b.NewAdd(end, i32(int64(sh.Sq)-1)), i32(int64(sh.Sq))), rI), types.Float)
	}
	cols := adBlockCols(g.opts) // adstats' t-blocks, which mx is kept by
	nTB := b.NewSDiv(b.NewAdd(pT, i32(cols-1)), i32(cols))
	R := b.i64(pR)
	b = b.each(tid, pNK, i32(admassThreads), func(b kb, J value.Value) kb {
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), I), pNK), J))))
		return b.when(b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0)), func(b kb) kb {
			partAt := b.NewAdd(b.NewMul(b.i64(b.NewAdd(b.NewMul(h, pNK), J)), R), b.i64(rI))
			tb := b.NewSDiv(b.NewMul(J, i32(gJ)), i32(cols))
			mxAt := b.NewAdd(b.NewMul(b.i64(b.NewAdd(b.NewMul(h, nTB), tb)), R), b.i64(rI))
			// Unrolled over the tile's gI rows, all loads in flight at
			// once; rows at or past R read row 0 and add nothing.
			var sum value.Value = f32(0)
			for k := range gI {
				in := b.NewICmp(enum.IPredSLT, i32(k), nR)
				off := b.i64(b.NewSelect(in, i32(k), i32(0)))
				s := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pPart, b.NewAdd(partAt, off)))
				mh := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pMx, b.NewAdd(mxAt, off)))
				m, iz := b.NewLoad(types.Float, b.sharedAt(rows, i32(k))), b.NewLoad(types.Float, b.sharedAt(rows, i32(k+gI)))
				sum = b.NewFAdd(sum, b.NewSelect(in, b.NewFMul(b.NewFMul(s, b.ex2(b.NewFSub(mh, m))), iz), f32(0)))
			}
			b.NewStore(b.NewFDiv(sum, n), b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), I), pNK), J))))
			return b
		})
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindADMass, BlockRows: admassThreads, Stride: sh.Sq, KeyStride: sh.Sk, BQ: bq, BK: bk}
}
