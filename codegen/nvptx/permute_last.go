package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// permute(scope: local, probe: last) on the GPU: permLocal's CTA per (key
// segment, head), a thread per key, with the last query segment's last
// query tile as the probe — R ≤ bq rows q_r. A key's importance is
//
//	imp_j = (1/R)·Σ_r exp(x_rj − m_r)/z_r,  x_rj = c·q_r·k_j,
//
// m_r and z_r the row's maximum and normaliser over the segment's keys
// (no mask: docs/passes.md), and the keys are sorted by importance
// descending, then key ascending (permSortStore). Three passes over the
// rows, the products recomputed in each (the key's dims stay in registers
// as b16 pairs; the probe rows in shared memory as f32): the rows' maxima
// (warp maxima, then across the warps), their normalisers, the
// importances. A NaN or +Inf score, or a row with no score above −Inf,
// makes every importance NaN on the host, whose order is then the
// identity: the kernel writes the identity too.
//
// In float32 with ex2.approx against the host's float64: importances are
// within a few units of float32 rounding of the host's, so keys whose
// importances lie that close may swap; and a key more than ≈ 87 below a
// row's maximum gets 0 from that row (float64 reaches ≈ 745), so keys far
// below every row's maximum tie at 0 and keep their index order where the
// host still ranks them (TestPermLastEmulated counts both).

// lastSmem is permLocalLast's shared memory for head dim d, segments of
// seg keys and probe rows of up to bq: the rows (f32), two partials per
// (row, warp), the sort's keys and a flag.
func lastSmem(d, seg, bq int) int {
	P := permThreads(seg)
	return 4*bq*d + 2*4*bq*(P/32) + 8*P + 16
}

// permLocalLast emits the kernel: grid (⌈N/seg⌉, H), parameters as
// permLocal's: q [H, M, d], k [G, N, d] (b16), perm (i32 [H, N] out), M,
// N, group. The query segments are seg long, the probe rows the last bq
// of the last one (fewer if it is shorter).
func (g *gen) permLocalLast(name, dt string, d, seg, bq int, scale float64) Kernel {
	P := permThreads(seg)
	W := int64(P / 32)
	hp, ip := types.NewPointer(elemType(dt)), types.NewPointer(types.I32)
	pq, pk, pp := ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("perm", ip)
	pM, pN, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pk, pp, pM, pN, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(P))
	sProbe := g.shared(name+"_probe", types.NewArray(uint64(bq*d), types.Float), 16)
	sPart := g.shared(name+"_part", types.NewArray(uint64(2*int64(bq)*W), types.Float), 16)
	sKey := g.shared(name+"_keys", types.NewArray(uint64(P), types.I64), 16)
	sBad := g.shared(name+"_bad", types.NewArray(1, types.I32), 4)

	b := kb{f.NewBlock("entry"), g}
	tid, S, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	warp, lane := b.NewLShr(tid, i32(5)), b.NewAnd(tid, i32(31))
	kvh := b.NewSDiv(h, pG)
	// The probe rows [r0, M): the last query segment's last bq queries.
	nsq := b.NewSDiv(b.NewAdd(pM, i32(int64(seg-1))), i32(int64(seg)))
	lo := b.NewMul(b.NewSub(nsq, i32(1)), i32(int64(seg)))
	r0 := b.imax(lo, b.NewSub(pM, i32(int64(bq))))
	R := b.NewSub(pM, r0)
	qh := b.NewGetElementPtr(elemType(dt), pq, b.i64(b.NewMul(b.NewAdd(b.NewMul(h, pM), r0), i32(int64(d)))))
	b = b.each(tid, b.NewMul(R, i32(int64(d))), i32(int64(P)), func(b kb, i value.Value) kb {
		b.NewStore(b.loadElem(dt, qh, i), b.sharedAt(sProbe, i))
		return b
	})
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		b.NewStore(i32(0), b.sharedAt(sBad, i32(0)))
		return b
	})
	b.barrier()

	// This thread's key (row 0 for a thread without one): b16 dims as d/2
	// pairs in registers, f32 dims read where used (L1 keeps them).
	j := b.NewAdd(b.NewMul(S, i32(int64(seg))), tid)
	valid := b.NewAnd(b.NewICmp(enum.IPredSLT, tid, i32(int64(seg))), b.NewICmp(enum.IPredSLT, j, pN))
	key := b.NewAdd(b.NewMul(kvh, pN), b.NewSelect(valid, j, i32(0)))
	var pairs []value.Value
	if dt != "f32" {
		row := b.NewMul(key, i32(int64(d/2)))
		kw := b.NewBitCast(pk, types.NewPointer(types.I32))
		pairs = make([]value.Value, d/2)
		for c := range pairs {
			pairs[c] = b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, kw, b.i64(b.NewAdd(row, i32(int64(c))))))
		}
	}
	kr := b.NewGetElementPtr(elemType(dt), pk, b.i64(b.NewMul(key, i32(int64(d)))))
	// x_rj, or −∞ for a thread without a key.
	score := func(b kb, r value.Value) value.Value {
		base := b.NewMul(r, i32(int64(d)))
		probe := func(c int) value.Value {
			return b.NewLoad(types.Float, b.sharedAt(sProbe, b.NewAdd(base, i32(int64(c)))))
		}
		var x value.Value = f32(0)
		if dt == "f32" {
			for c := range d {
				x = b.fma(probe(c), b.loadElem(dt, kr, i32(int64(c))), x)
			}
		}
		for c, w := range pairs {
			lo := b.b16f32(dt, b.NewTrunc(w, types.I16))
			hi := b.b16f32(dt, b.NewTrunc(b.NewLShr(w, i32(16)), types.I16))
			x = b.fma(probe(2*c), lo, x)
			x = b.fma(probe(2*c+1), hi, x)
		}
		return b.NewSelect(valid, b.NewFMul(x, f32(scale)), negInf)
	}
	// Reductions: op is max or add, emitted into the block it is given.
	type reduce func(b kb, x, y value.Value) value.Value
	fmax := func(b kb, x, y value.Value) value.Value { return b.fmax(x, y) }
	fadd := func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) }
	warpAll := func(b kb, x value.Value, op reduce) value.Value {
		for m := int64(16); m >= 1; m /= 2 {
			x = op(b, x, b.bfly(x, m))
		}
		return x
	}
	part := func(b kb, k int64, r, w value.Value) value.Value { // partial k (0: max, 1: sum) of row r, warp w
		return b.sharedAt(sPart, b.NewAdd(b.NewMul(b.NewAdd(r, i32(k*int64(bq))), i32(W)), w))
	}
	across := func(b kb, k int64, r value.Value, op reduce, init value.Value) value.Value {
		x := init
		for w := range W {
			x = op(b, x, b.NewLoad(types.Float, part(b, k, r, i32(w))))
		}
		return x
	}
	isLane0 := b.NewICmp(enum.IPredEQ, lane, i32(0))
	flagBad := func(b kb, c value.Value) kb {
		return b.when(b.NewAnd(b.voteAny(c), isLane0), func(b kb) kb {
			b.NewStore(i32(1), b.sharedAt(sBad, i32(0)))
			return b
		})
	}

	// Pass 1: the rows' maxima; a NaN or +Inf score flags the segment.
	b = b.each(i32(0), R, i32(1), func(b kb, r value.Value) kb {
		x := score(b, r)
		bad := b.NewAnd(valid, b.NewFCmp(enum.FPredUEQ, x, f32(math.Inf(1)))) // NaN or +Inf
		b = flagBad(b, bad)
		m := warpAll(b, x, fmax)
		return b.when(isLane0, func(b kb) kb {
			b.NewStore(m, part(b, 0, r, warp))
			return b
		})
	})
	b.barrier()
	// Pass 2: their normalisers; a row with no score above −∞ flags it.
	b = b.each(i32(0), R, i32(1), func(b kb, r value.Value) kb {
		m := across(b, 0, r, fmax, negInf)
		e := b.ex2(b.NewFMul(b.NewFSub(score(b, r), m), f32(math.Log2E)))
		b = flagBad(b, b.NewFCmp(enum.FPredOEQ, m, negInf))
		z := warpAll(b, e, fadd)
		return b.when(isLane0, func(b kb) kb {
			b.NewStore(z, part(b, 1, r, warp))
			return b
		})
	})
	b.barrier()
	// Pass 3: the importances.
	invR := b.NewFDiv(f32(1), b.NewSIToFP(R, types.Float))
	b, imp := b.forN(i32(0), R, i32(1), []value.Value{f32(0)}, func(b kb, r value.Value, acc []value.Value) (kb, []value.Value) {
		m := across(b, 0, r, fmax, negInf)
		z := across(b, 1, r, fadd, f32(0))
		e := b.ex2(b.NewFMul(b.NewFSub(score(b, r), m), f32(math.Log2E)))
		return b, []value.Value{b.NewFAdd(acc[0], b.NewFMul(b.NewFDiv(e, z), invR))}
	})
	bad := b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, b.sharedAt(sBad, i32(0))), i32(0))
	permOrIdentity(b, bad, sKey, tid, j, imp[0], valid, pp, h, pN, P).NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermute, BlockRows: P, D: d, Rows: seg}
}
