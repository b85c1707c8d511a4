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

// adKernel emits adstats (mass false) or admass. Parameters: q [H, M, d],
// k [G, N, d] (b16), M, N, group, R = ⌈M/S⌉, T = ⌈N/S⌉, stats (f32 [H, R,
// 2]: m, z; written by adstats, read by admass); admass also e (f32 [H, NQ,
// NK], E out), cls (u8 [CH, NQ, NK]), ch, NQ, NK. Grid (⌈R/ADRows⌉, H) of
// 2·ADRows threads.
func (g *gen) adKernel(name, dt string, d, S, bq, bk int, scale float64, causal, mass bool) Kernel {
	const rowsB, colsB, threads = ADRows, 64, 2 * ADRows
	hp, fp := types.NewPointer(types.I16), types.NewPointer(types.Float)
	pq, pk := ir.NewParam("q", hp), ir.NewParam("k", hp)
	pM, pN, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	pR, pT, pStats := ir.NewParam("R", types.I32), ir.NewParam("T", types.I32), ir.NewParam("stats", fp)
	params := []*ir.Param{pq, pk, pM, pN, pG, pR, pT, pStats}
	pe, pcls, pch := ir.NewParam("e", fp), ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pNQ, pNK := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	if mass {
		params = append(params, pe, pcls, pch, pNQ, pNK)
	}
	f := g.m.NewFunc(name, types.Void, params...)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	qBytes, kBytes := int64(2*rowsB*d), int64(2*colsB*d)
	sm := g.shared(name+"_smem", types.NewArray(uint64(qBytes+kBytes), types.I8), 1024)

	b := kb{f.NewBlock("entry"), g}
	sreg := func(b kb, reg string) value.Value {
		return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32))
	}
	tid, h := sreg(b, "tid.x"), sreg(b, "ctaid.y")
	r0 := b.NewMul(sreg(b, "ctaid.x"), i32(rowsB))
	warp, lane := b.NewLShr(tid, i32(5)), b.NewAnd(tid, i32(31))
	gq, tq := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	kvh := b.NewSDiv(h, pG)
	qBase := b.NewGetElementPtr(types.I16, pq, b.i64(b.NewMul(b.NewMul(h, pM), i32(int64(d)))))
	kBase := b.NewGetElementPtr(types.I16, pk, b.i64(b.NewMul(b.NewMul(kvh, pN), i32(int64(d)))))
	smBase := b.NewPtrToInt(sm, types.I32)
	sQ, sK := smBase, b.NewAdd(smBase, i32(qBytes))
	// admass: the sums of the t-block's (query tile, key tile) blocks, 16×8
	// floats over the start of the Q tile (free between t-blocks: 48 KB of
	// static shared memory are Q's and K's at d = 128).
	blkT := types.NewArray(16*8, types.Float)
	blkPtr := types.NewPointer(blkT)
	blkPtr.AddrSpace = 3
	blkBase := b.NewIntToPtr(smBase, blkPtr)
	chunks := int64(d / 8)

	// load gathers rows src(j), j < 64, of a [*, d] matrix at base into a
	// swizzled tile at dst (rows at or past limit are zeros).
	load := func(b kb, dst, base, limit value.Value, rows int64, src func(b kb, j value.Value) value.Value) {
		for it := range rows * chunks / threads {
			idx := b.NewAdd(tid, i32(it*threads))
			j, c := b.NewLShr(idx, i32(int64(log2(chunks)))), b.NewAnd(idx, i32(chunks-1))
			row := src(b, j)
			ok := b.NewICmp(enum.IPredSLT, row, limit)
			off := b.NewAdd(b.NewMul(b.NewSelect(ok, row, i32(0)), i32(int64(d))), b.NewMul(c, i32(8)))
			b.cpAsync(b.NewAdd(dst, b.swz(j, c, chunks)), b.NewGetElementPtr(types.I16, base, b.i64(off)), b.NewSelect(ok, i32(16), i32(0)))
		}
	}
	// Fragment addresses (the attention kernel's): Q rows warp·16 + lrow,
	// K rows krow, chunks XORed per k-step.
	lhi := b.NewLShr(lane, i32(4))
	lrow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(b.NewAnd(b.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	qLane := b.NewAdd(b.NewAdd(sQ, b.NewMul(b.NewAdd(b.NewMul(warp, i32(16)), lrow), i32(2*int64(d)))), b.NewShl(b.NewXor(lhi, b.NewAnd(lane, i32(7))), i32(4)))
	krow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(lhi, i32(3)))
	kchunk := b.NewAnd(b.NewLShr(lane, i32(3)), i32(1))
	kLane := b.NewAdd(b.NewAdd(sK, b.NewMul(krow, i32(2*int64(d)))), b.NewShl(b.NewXor(kchunk, b.NewAnd(lane, i32(7))), i32(4)))

	// This thread's rows (slot hr: g, g+8 of its warp's 16).
	rowOf := func(b kb, hr int) value.Value {
		return b.NewAdd(r0, b.NewAdd(b.NewMul(warp, i32(16)), b.NewAdd(gq, i32(int64(8*hr)))))
	}
	statAt := func(b kb, r value.Value, k int64) value.Value {
		return b.NewGetElementPtr(types.Float, pStats, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pR), r), i32(2)), i32(k))))
	}
	negInf := f32(math.Inf(-1))
	// admass: each row's m and 1/z (p = 0 for a row with nothing).
	var mRow, invZ [2]value.Value
	if mass {
		for hr := range 2 {
			r := rowOf(b, hr)
			in := b.NewICmp(enum.IPredSLT, r, pR)
			safe := b.NewSelect(in, r, i32(0))
			m, z := b.NewLoad(types.Float, statAt(b, safe, 0)), b.NewLoad(types.Float, statAt(b, safe, 1))
			live := b.NewAnd(in, b.NewFCmp(enum.FPredOGT, z, f32(0)))
			mRow[hr] = b.NewSelect(live, m, f32(0))
			invZ[hr] = b.NewSelect(live, b.NewFDiv(f32(1), z), f32(0))
		}
	}

	// The blocks of t this CTA's rows reach.
	tEnd := value.Value(pT)
	if causal {
		tEnd = b.NewSelect(b.NewICmp(enum.IPredSLT, b.NewAdd(r0, i32(rowsB)), pT), b.NewAdd(r0, i32(rowsB)), pT)
	}
	nTB := b.NewSDiv(b.NewAdd(tEnd, i32(colsB-1)), i32(colsB))
	c2 := f32(scale / float64(S) * math.Log2E)
	init := []value.Value{negInf, negInf, f32(0), f32(0)} // adstats: m, ℓ per row slot
	b, fin := b.forN(i32(0), nTB, i32(1), init, func(b kb, tb value.Value, st []value.Value) (kb, []value.Value) {
		t0 := b.NewMul(tb, i32(colsB))
		acc := make([]value.Value, 32)
		for i := range acc {
			acc[i] = f32(0)
		}
		b, acc = b.forN(i32(0), i32(int64(S)), i32(1), acc, func(b kb, u value.Value, acc []value.Value) (kb, []value.Value) {
			qOff := b.NewSub(i32(int64(S-1)), u)
			load(b, sQ, qBase, pM, rowsB, func(b kb, j value.Value) value.Value {
				return b.NewAdd(b.NewMul(b.NewAdd(r0, j), i32(int64(S))), qOff)
			})
			load(b, sK, kBase, pN, colsB, func(b kb, j value.Value) value.Value {
				return b.NewAdd(b.NewMul(b.NewAdd(t0, j), i32(int64(S))), u)
			})
			b.commit()
			b.waitAll()
			b.barrier()
			out := append([]value.Value{}, acc...)
			for kk := range int64(d / 16) {
				qa := b.ldmatrix(b.NewXor(qLane, i32(32*kk)), false)
				kkBase := b.NewXor(kLane, i32(32*kk))
				for np := range int64(colsB / 16) {
					m := b.ldmatrix(b.NewAdd(kkBase, i32(16*np*2*int64(d))), false)
					copy(out[8*np:8*np+4], b.mma(dt, qa, m[0], m[1], out[8*np:8*np+4]))
					copy(out[8*np+4:8*np+8], b.mma(dt, qa, m[2], m[3], out[8*np+4:8*np+8]))
				}
			}
			b.barrier() // every warp is done with the tiles before the next u overwrites them
			return b, out
		})
		// x·log₂e, -inf outside the cells that take part.
		X := make([]value.Value, 32)
		for j := range 8 {
			for e := range 4 {
				r := rowOf(b, e>>1)
				t := b.NewAdd(t0, b.NewAdd(i32(int64(8*j+(e&1))), b.NewShl(tq, i32(1))))
				ok := b.NewAnd(b.NewICmp(enum.IPredSLT, r, pR), b.NewICmp(enum.IPredSLT, t, pT))
				if causal {
					ok = b.NewAnd(ok, b.NewICmp(enum.IPredSLE, t, r))
				}
				X[4*j+e] = b.NewSelect(ok, b.NewFMul(acc[4*j+e], c2), negInf)
			}
		}
		if !mass {
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
			return b, out
		}
		// admass: per n-tile j and row half, the 8×8 block's sum of p by
		// the quad (columns) and the eight row groups (lanes), added to the
		// CTA's E block by lane 0.
		blk := func(b kb, i, j value.Value) value.Value {
			return b.NewGetElementPtr(blkT, blkBase, i32(0), b.NewAdd(b.NewMul(i, i32(8)), j))
		}
		b = b.when(b.NewICmp(enum.IPredSLT, tid, i32(16*8)), func(b kb) kb {
			b.NewStore(f32(0), b.NewGetElementPtr(blkT, blkBase, i32(0), tid))
			return b
		})
		b.barrier()                        // the block is zero (the last u's barrier has freed the Q tile)
		gI, gJ := int64(bq/S), int64(bk/S) // groups per tile
		for j := range 8 {
			for hr := range 2 {
				var v value.Value = f32(0)
				for e := 2 * hr; e < 2*hr+2; e++ {
					v = b.NewFAdd(v, b.NewFMul(b.ex2(b.NewFSub(X[4*j+e], mRow[hr])), invZ[hr]))
				}
				for m := int64(1); m < 32; m *= 2 {
					v = b.NewFAdd(v, b.bfly(v, m))
				}
				li := b.NewSDiv(b.NewAdd(b.NewMul(warp, i32(16)), i32(int64(8*hr))), i32(gI)) // query tile within the CTA
				lj := i32(int64(8*j) / gJ)                                                    // key tile within the block
				b = b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
					b.NewAtomicRMW(enum.AtomicOpFAdd, blk(b, li, lj), v, enum.AtomicOrderingMonotonic)
					return b
				})
			}
		}
		b.barrier()
		// Threads 0..63 write the block's allowed tiles: E = sum / |I|.
		b = b.when(b.NewICmp(enum.IPredSLT, tid, i32(16*8)), func(b kb) kb {
			li, lj := b.NewLShr(tid, i32(3)), b.NewAnd(tid, i32(7))
			I := b.NewAdd(b.NewSDiv(r0, i32(gI)), li)
			J := b.NewAdd(b.NewSDiv(t0, i32(gJ)), lj)
			in := b.NewAnd(b.NewAnd(b.NewICmp(enum.IPredSLT, li, i32(rowsB/gI)), b.NewICmp(enum.IPredSLT, lj, i32(colsB/gJ))),
				b.NewAnd(b.NewICmp(enum.IPredSLT, I, pNQ), b.NewICmp(enum.IPredSLT, J, pNK)))
			safeI, safeJ := b.NewSelect(in, I, i32(0)), b.NewSelect(in, J, i32(0))
			c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), safeI), pNK), safeJ))))
			ok := b.NewAnd(in, b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0)))
			sum := b.NewLoad(types.Float, blk(b, li, lj))
			return b.when(ok, func(b kb) kb {
				// |I| = ⌈min((I+1)·bq, M)/S⌉ − I·bq/S
				var end value.Value = b.NewMul(b.NewAdd(safeI, i32(1)), i32(int64(bq)))
				end = b.NewSelect(b.NewICmp(enum.IPredSLT, end, pM), end, pM)
				n := b.NewSub(b.NewSDiv(b.NewAdd(end, i32(int64(S-1))), i32(int64(S))), b.NewMul(safeI, i32(gI)))
				e := b.NewFDiv(sum, b.NewSIToFP(n, types.Float))
				b.NewStore(e, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), safeI), pNK), safeJ))))
				return b
			})
		})
		b.barrier() // the block is read before the next t-block's Q tile overwrites it
		return b, st
	})
	if !mass {
		for hr := range 2 {
			l := fin[2+hr]
			l = b.NewFAdd(l, b.bfly(l, 1))
			l = b.NewFAdd(l, b.bfly(l, 2))
			r := rowOf(b, hr)
			ok := b.NewAnd(b.NewICmp(enum.IPredSLT, r, pR), b.NewICmp(enum.IPredEQ, tq, i32(0)))
			m := fin[hr]
			b = b.when(ok, func(b kb) kb {
				b.NewStore(m, statAt(b, r, 0))
				b.NewStore(l, statAt(b, r, 1))
				return b
			})
		}
	}
	b.NewRet(nil)
	kind := "adstats"
	if mass {
		kind = "admass"
	}
	return Kernel{Name: name, Kind: kind, BlockRows: threads, Rows: rowsB, D: d, BQ: bq, BK: bk}
}
