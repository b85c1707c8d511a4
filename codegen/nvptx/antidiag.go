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
//	         forward attention pass without V;
//	admass:  the same products again, p = 2^(x·log₂e − m_r)/z_r, summed
//	         over each (query tile, key tile) block of the fragments —
//	         quad and row shuffles, then a shared 8×8 block per CTA — and
//	         divided by |I|; the select kernel takes E as it is.
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

// adOK says whether the antidiagonal scores of a blockscore run on the GPU.
func adOK(stride, bq, bk, d int, pool string, mask *attnir.Expr) error {
	switch {
	case stride <= 0 || bq%stride != 0 || bk%stride != 0:
		return fmt.Errorf("stride %d does not divide the tiles", stride)
	case (bq/stride)%8 != 0 || ADRows%(bq/stride) != 0 || (bq/stride) > 64 || (bk/stride)%8 != 0 || 64%(bk/stride) != 0:
		return fmt.Errorf("tiles of %d×%d groups (the GPU takes 8, 16, 32 or 64)", bq/stride, bk/stride)
	case d != 64 && d != 128:
		return fmt.Errorf("head dim %d (64 or 128)", d)
	case pool != "" && pool != "mean":
		return fmt.Errorf("pool %s (the GPU pools by mean)", pool)
	case mask != nil && !(mask.Op == attnir.ECall && mask.Name == "causal" && len(mask.Args) == 0):
		return fmt.Errorf("mask %s (the GPU scores causal or unmasked attention)", mask)
	}
	return nil
}

// The antidiagonal kernels' CTA: ADRows rows r, 64 columns t per block,
// two threads per row.
const adCols, adThreads = 64, 2 * ADRows

// adEmitter emits one of the antidiagonal kernels (adKernel): the
// blockscore's attributes, the kernel's parameters, and the values the
// entry hands to the t-block loop.
type adEmitter struct {
	g              *gen
	f              *ir.Func
	name, dt       string
	d, S, bq, bk   int
	scale          float64
	causal, mass   bool // causal mask; admass (else adstats)
	chunks         int64
	qBytes, kBytes int64

	pq, pk, pM, pN, pG, pR, pT, pStats *ir.Param
	pe, pcls, pch, pNQ, pNK            *ir.Param
	sm                                 *ir.Global

	tid, h, r0, warp, lane, gq, tq value.Value
	kvh, qBase, kBase, sQ, sK      value.Value
	blkT                           types.Type // admass: the CTA's E block, [16·8]f32 over the Q tile
	blkBase                        value.Value
	qLane, kLane                   value.Value    // fragment addresses (the attention kernel's)
	mRow, invZ                     [2]value.Value // admass: each row's m and 1/z
}

// adKernel emits adstats (mass false) or admass. Parameters: q [H, M, d],
// k [G, N, d] (b16), M, N, group, R = ⌈M/S⌉, T = ⌈N/S⌉, stats (f32 [H, R,
// 2]: m, z; written by adstats, read by admass); admass also e (f32 [H, NQ,
// NK], E out), cls (u8 [CH, NQ, NK]), ch, NQ, NK. Grid (⌈R/ADRows⌉, H) of
// 2·ADRows threads.
//
//	for each 64-column block of t this CTA's rows reach:
//		A = Σ_u Q'(u)·K'(u)ᵀ              (products)
//		X = (c/S)·A·log₂e, -inf outside   (exponents)
//		adstats: online m, z per row     (stats)
//		admass:  E blocks += Σ p          (massBlock)
//	adstats: store m, z per row         (storeStats)
func (g *gen) adKernel(name, dt string, d, S, bq, bk int, scale float64, causal, mass bool) Kernel {
	ad := &adEmitter{g: g, name: name, dt: dt, d: d, S: S, bq: bq, bk: bk, scale: scale, causal: causal, mass: mass}
	ad.declare()
	b := ad.entry()
	b = ad.rowStats(b)
	// The blocks of t this CTA's rows reach.
	tEnd := value.Value(ad.pT)
	if causal {
		tEnd = b.NewSelect(b.NewICmp(enum.IPredSLT, b.NewAdd(ad.r0, i32(ADRows)), ad.pT), b.NewAdd(ad.r0, i32(ADRows)), ad.pT)
	}
	nTB := b.NewSDiv(b.NewAdd(tEnd, i32(adCols-1)), i32(adCols))
	init := []value.Value{negInf, negInf, f32(0), f32(0)} // adstats: m, ℓ per row slot
	b, fin := b.forN(i32(0), nTB, i32(1), init, ad.tBlock)
	if !mass {
		b = ad.storeStats(b, fin)
	}
	b.NewRet(nil)
	kind := cuda.KindADStats
	if mass {
		kind = cuda.KindADMass
	}
	return Kernel{Name: name, Kind: kind, BlockRows: adThreads, Rows: ADRows, Stride: S, D: d, BQ: bq, BK: bk}
}

// declare adds the kernel, its launch bound and its shared memory (a Q
// tile of ADRows rows and a K tile of 64).
func (ad *adEmitter) declare() {
	g := ad.g
	hp, fp := types.NewPointer(types.I16), types.NewPointer(types.Float)
	ad.pq, ad.pk = ir.NewParam("q", hp), ir.NewParam("k", hp)
	ad.pM, ad.pN, ad.pG = ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	ad.pR, ad.pT, ad.pStats = ir.NewParam("R", types.I32), ir.NewParam("T", types.I32), ir.NewParam("stats", fp)
	params := []*ir.Param{ad.pq, ad.pk, ad.pM, ad.pN, ad.pG, ad.pR, ad.pT, ad.pStats}
	ad.pe, ad.pcls, ad.pch = ir.NewParam("e", fp), ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	ad.pNQ, ad.pNK = ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	if ad.mass {
		params = append(params, ad.pe, ad.pcls, ad.pch, ad.pNQ, ad.pNK)
	}
	ad.f = g.m.NewFunc(ad.name, types.Void, params...)
	ad.f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, ad.f.Type().String()+" @"+ad.name+`, !"maxntidx", i32 `+fmt.Sprint(adThreads))
	ad.qBytes, ad.kBytes = int64(2*ADRows*ad.d), int64(2*adCols*ad.d)
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
	smBase := b.NewPtrToInt(ad.sm, types.I32)
	ad.sQ, ad.sK = smBase, b.NewAdd(smBase, i32(ad.qBytes))
	// admass: the sums of the t-block's (query tile, key tile) blocks, 16×8
	// floats over the start of the Q tile (free between t-blocks: 48 KB of
	// static shared memory are Q's and K's at d = 128).
	ad.blkT = types.NewArray(16*8, types.Float)
	blkPtr := types.NewPointer(ad.blkT)
	blkPtr.AddrSpace = 3
	ad.blkBase = b.NewIntToPtr(smBase, blkPtr)
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

// rowOf is this thread's row of slot hr (g, g+8 of its warp's 16).
func (ad *adEmitter) rowOf(b kb, hr int) value.Value {
	return b.NewAdd(ad.r0, b.NewAdd(b.NewMul(ad.warp, i32(16)), b.NewAdd(ad.gq, i32(int64(8*hr)))))
}

// statAt is the address of stats[h, r, k] (k 0: m, 1: z).
func (ad *adEmitter) statAt(b kb, r value.Value, k int64) value.Value {
	return b.NewGetElementPtr(types.Float, ad.pStats, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(ad.h, ad.pR), r), i32(2)), i32(k))))
}

// rowStats (admass) reads each row's m and 1/z (p = 0 for a row with
// nothing).
func (ad *adEmitter) rowStats(b kb) kb {
	if !ad.mass {
		return b
	}
	for hr := range 2 {
		r := ad.rowOf(b, hr)
		in := b.NewICmp(enum.IPredSLT, r, ad.pR)
		safe := b.NewSelect(in, r, i32(0))
		m, z := b.NewLoad(types.Float, ad.statAt(b, safe, 0)), b.NewLoad(types.Float, ad.statAt(b, safe, 1))
		live := b.NewAnd(in, b.NewFCmp(enum.FPredOGT, z, f32(0)))
		ad.mRow[hr] = b.NewSelect(live, m, f32(0))
		ad.invZ[hr] = b.NewSelect(live, b.NewFDiv(f32(1), z), f32(0))
	}
	return b
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
		b.cpAsync(b.NewAdd(dst, b.swz(j, c, chunks)), b.NewGetElementPtr(types.I16, base, b.i64(off)), b.NewSelect(ok, i32(16), i32(0)))
	}
}

// tBlock is the body of the loop over the t-blocks tb: the products, the
// exponents, and adstats' online row statistics st (m, ℓ per row slot)
// or admass's E blocks.
func (ad *adEmitter) tBlock(b kb, tb value.Value, st []value.Value) (kb, []value.Value) {
	t0 := b.NewMul(tb, i32(adCols))
	b, acc := ad.products(b, t0)
	X := ad.exponents(b, t0, acc)
	if !ad.mass {
		return b, ad.stats(b, X, st)
	}
	return ad.massBlock(b, t0, X), st
}

// products is A for t-block t0: for each u < S, rows rS+S−1−u of q and
// rows tS+u of k gathered into the shared tiles and multiplied (mma.sync,
// eight n-tiles of four accumulators).
func (ad *adEmitter) products(b kb, t0 value.Value) (kb, []value.Value) {
	S, d := int64(ad.S), int64(ad.d)
	acc := make([]value.Value, 32)
	for i := range acc {
		acc[i] = f32(0)
	}
	return b.forN(i32(0), i32(S), i32(1), acc, func(b kb, u value.Value, acc []value.Value) (kb, []value.Value) {
		qOff := b.NewSub(i32(S-1), u)
		ad.load(b, ad.sQ, ad.qBase, ad.pM, ADRows, func(b kb, j value.Value) value.Value {
			return b.NewAdd(b.NewMul(b.NewAdd(ad.r0, j), i32(S)), qOff)
		})
		ad.load(b, ad.sK, ad.kBase, ad.pN, adCols, func(b kb, j value.Value) value.Value {
			return b.NewAdd(b.NewMul(b.NewAdd(t0, j), i32(S)), u)
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

// exponents are x·log₂e = (c/S)·A·log₂e, -inf outside the cells that take
// part (rows below R, columns below T, t ≤ r under a causal mask).
func (ad *adEmitter) exponents(b kb, t0 value.Value, acc []value.Value) []value.Value {
	c2 := f32(ad.scale / float64(ad.S) * math.Log2E)
	X := make([]value.Value, 32)
	for j := range 8 {
		for e := range 4 {
			r := ad.rowOf(b, e>>1)
			t := b.NewAdd(t0, b.NewAdd(i32(int64(8*j+(e&1))), b.NewShl(ad.tq, i32(1))))
			ok := b.NewAnd(b.NewICmp(enum.IPredSLT, r, ad.pR), b.NewICmp(enum.IPredSLT, t, ad.pT))
			if ad.causal {
				ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLE, t, r))
			}
			X[4*j+e] = b.NewSelect(ok, b.NewFMul(acc[4*j+e], c2), negInf)
		}
	}
	return X
}

// stats (adstats) is the online softmax's m and ℓ per row slot after the
// t-block: st (m0, m1, ℓ0, ℓ1) updated with X.
func (ad *adEmitter) stats(b kb, X, st []value.Value) []value.Value {
	out := make([]value.Value, 4)
	for hr := range 2 {
		var xs []value.Value
		for j := range 8 {
			xs = append(xs, X[4*j+2*hr], X[4*j+2*hr+1])
		}
		mx := b.tree(xs, b.fmax)
		mx = b.fmax(mx, b.bfly(mx, 1))
		mx = b.fmax(mx, b.bfly(mx, 2))
		mNew := b.fmax(st[hr], mx)
		mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, mNew, negInf), f32(0), mNew)
		var ps []value.Value
		for _, x := range xs {
			ps = append(ps, b.ex2(b.NewFSub(x, mUse)))
		}
		sum := b.tree(ps, func(x, y value.Value) value.Value { return b.NewFAdd(x, y) })
		out[hr] = mNew
		out[2+hr] = b.NewFAdd(b.NewFMul(st[2+hr], b.ex2(b.NewFSub(st[hr], mUse))), sum)
	}
	return out
}

// blk is the address of the CTA's E block cell (query tile i, key tile
// j) in shared memory.
func (ad *adEmitter) blk(b kb, i, j value.Value) value.Value {
	return b.NewGetElementPtr(ad.blkT, ad.blkBase, i32(0), b.NewAdd(b.NewMul(i, i32(8)), j))
}

// massBlock (admass): per n-tile j and row half, the 8×8 block's sum of p
// by the quad (columns) and the eight row groups (lanes), added to the
// CTA's E block by lane 0; then the block's allowed tiles written out.
func (ad *adEmitter) massBlock(b kb, t0 value.Value, X []value.Value) kb {
	tid := ad.tid
	b = b.when(b.NewICmp(enum.IPredSLT, tid, i32(16*8)), func(b kb) kb {
		b.NewStore(f32(0), b.NewGetElementPtr(ad.blkT, ad.blkBase, i32(0), tid))
		return b
	})
	b.barrier()                                    // the block is zero (the last u's barrier has freed the Q tile)
	gI, gJ := int64(ad.bq/ad.S), int64(ad.bk/ad.S) // groups per tile
	for j := range 8 {
		for hr := range 2 {
			var v value.Value = f32(0)
			for e := 2 * hr; e < 2*hr+2; e++ {
				v = b.NewFAdd(v, b.NewFMul(b.ex2(b.NewFSub(X[4*j+e], ad.mRow[hr])), ad.invZ[hr]))
			}
			for m := int64(1); m < 32; m *= 2 {
				v = b.NewFAdd(v, b.bfly(v, m))
			}
			li := b.NewSDiv(b.NewAdd(b.NewMul(ad.warp, i32(16)), i32(int64(8*hr))), i32(gI)) // query tile within the CTA
			lj := i32(int64(8*j) / gJ)                                                       // key tile within the block
			b = b.when(b.NewICmp(enum.IPredEQ, ad.lane, i32(0)), func(b kb) kb {
				b.NewAtomicRMW(enum.AtomicOpFAdd, ad.blk(b, li, lj), v, enum.AtomicOrderingMonotonic)
				return b
			})
		}
	}
	b.barrier()
	b = ad.writeE(b, t0, gI, gJ)
	b.barrier() // the block is read before the next t-block's Q tile overwrites it
	return b
}

// writeE (admass): threads 0..127 write the E block's allowed tiles
// (class table not 0): E = sum / |I|, |I| = ⌈min((I+1)·bq, M)/S⌉ − I·bq/S.
func (ad *adEmitter) writeE(b kb, t0 value.Value, gI, gJ int64) kb {
	tid, h := ad.tid, ad.h
	pNQ, pNK, pM := ad.pNQ, ad.pNK, ad.pM
	S, bq := int64(ad.S), int64(ad.bq)
	return b.when(b.NewICmp(enum.IPredSLT, tid, i32(16*8)), func(b kb) kb {
		li, lj := b.NewLShr(tid, i32(3)), b.NewAnd(tid, i32(7))
		I := b.NewAdd(b.NewSDiv(ad.r0, i32(gI)), li)
		J := b.NewAdd(b.NewSDiv(t0, i32(gJ)), lj)
		in := b.NewAnd(b.NewAnd(b.NewICmp(enum.IPredSLT, li, i32(ADRows/gI)), b.NewICmp(enum.IPredSLT, lj, i32(adCols/gJ))),
			b.NewAnd(b.NewICmp(enum.IPredSLT, I, pNQ), b.NewICmp(enum.IPredSLT, J, pNK)))
		safeI, safeJ := b.NewSelect(in, I, i32(0)), b.NewSelect(in, J, i32(0))
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, ad.pcls, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, ad.pch), pNQ), safeI), pNK), safeJ))))
		ok := b.NewAnd(in, b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0)))
		sum := b.NewLoad(types.Float, ad.blk(b, li, lj))
		return b.when(ok, func(b kb) kb {
			// |I| = ⌈min((I+1)·bq, M)/S⌉ − I·bq/S
			var end value.Value = b.NewMul(b.NewAdd(safeI, i32(1)), i32(bq))
			end = b.NewSelect(b.NewICmp(enum.IPredSLT, end, pM), end, pM)
			n := b.NewSub(b.NewSDiv(b.NewAdd(end, i32(S-1)), i32(S)), b.NewMul(safeI, i32(gI)))
			e := b.NewFDiv(sum, b.NewSIToFP(n, types.Float))
			b.NewStore(e, b.NewGetElementPtr(types.Float, ad.pe, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), safeI), pNK), safeJ))))
			return b
		})
	})
}

// storeStats (adstats) stores each row's m and z (ℓ summed over the quad)
// from lane tq = 0.
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
