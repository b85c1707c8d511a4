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

// Mean scores of one query tile (a decode step: M ≤ BQ queries against a
// long cache). The scores kernel is a GEMM of 64×64 blocks of pooled
// tiles; with one query tile 63 of its 64 rows are padding, and at N =
// 131072 it took 0.064 ms of a sparse decode step whose attention took
// 0.094 (H200, 32 heads) — more than reading the key means once (33.5 MB,
// ≈ 8 µs at the copy rate). scoresRow computes the one row directly, and
// pools the queries itself (one launch fewer):
//
//	scores-row  grid (⌈NK/(8·T)⌉, H), 8 warps: warp w of CTA x takes key
//	            tiles J = 8T·x + 8t + w (t < T = scoresRowTiles) of head h;
//	            each lane its d/32 consecutive columns of q̄ (the mean of
//	            q's M rows, summed in row order and divided by M as pool
//	            does: the same bits) and of each k̄[h/group, J], the T
//	            coalesced loads issued before any product; a butterfly sum
//	            over the warp per tile; e[h, 0, J] = c·log₂e·q̄·k̄.
//
// With one tile a warp (the sixth session's kernel) each warp had one
// 512-byte load in flight and the grid was 8192 CTAs of one tile's work
// each at N = 131072 × 32 heads: 0.019–0.021 ms for 33.5 MB of means, about
// 1.7 TB/s. Eight tiles a warp put 4 KB a warp in flight and the grid in
// one wave (twenty-ninth session; docs/gpu-notes.md).
//
// The dot's order differs from the GEMM's (lane partials, then the
// butterfly), within float32 rounding of it: the tie caveat of the GPU's
// scores (select.go) is unchanged. runtime/cuda launches it instead of
// pool q and scores when the run has one query tile.

// scoresRowTiles are the key tiles a warp of the row kernel scores. One
// (the sixth session's kernel) took 0.021 ms at 131072 × 32 heads on an
// H100 against eight's 0.016 in the same call (thirtieth session).
const scoresRowTiles = 8

// scoresRowOK says whether a score step of head dim d gets the row kernel.
func scoresRowOK(d int) bool { return d%32 == 0 && d <= 256 }

// scoresRow emits the kernel: parameters q (b16 or f32 [H, M, d]), km (f32 [G,
// NK, d]), e (f32 [H, 1, NK]), M, NK, group.
func (g *gen) scoresRow(name, dt string, d int, scale float64) Kernel {
	const warps = 8
	hp, fp := types.NewPointer(elemType(dt)), types.NewPointer(types.Float)
	pq, pkm, pe := ir.NewParam("q", hp), ir.NewParam("km", fp), ir.NewParam("e", fp)
	pM, pNK, pG := ir.NewParam("M", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pkm, pe, pM, pNK, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(32*warps))
	b := kb{f.NewBlock("entry"), g}
	tid, x, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	c := int64(d / 32) // columns per lane
	col := b.NewMul(lane, i32(c))
	// q̄: this lane's columns of the mean of head h's M rows.
	qBase := b.NewAdd(b.NewMul(b.NewMul(h, pM), i32(int64(d))), col)
	init := make([]value.Value, c)
	for i := range init {
		init[i] = f32(0)
	}
	b, sum := b.forN(i32(0), pM, i32(1), init, func(b kb, r value.Value, acc []value.Value) (kb, []value.Value) {
		at := b.NewAdd(qBase, b.NewMul(r, i32(int64(d))))
		out := make([]value.Value, c)
		for i := range c {
			out[i] = b.NewFAdd(acc[i], b.loadElem(dt, pq, b.NewAdd(at, i32(i))))
		}
		return b, out
	})
	cnt := b.NewSIToFP(pM, types.Float)
	qm := make([]value.Value, c)
	for i := range c {
		qm[i] = b.NewFDiv(sum[i], cnt)
	}
	kvh := b.NewSDiv(h, pG)
	// The warp's tiles: every load first (a tile past NK reads tile 0's
	// mean, in range, and stores nothing), then the products.
	T := scoresRowTiles
	Js := make([]value.Value, T)
	kms := make([][]value.Value, T)
	for t := range int64(T) {
		J := b.NewAdd(b.NewMul(x, i32(int64(warps*T))), b.NewAdd(i32(t*warps), warp))
		in := b.NewICmp(enum.IPredSLT, J, pNK)
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(kvh, pNK), b.NewSelect(in, J, i32(0))), i32(int64(d))), col)
		Js[t], kms[t] = J, b.loadF32s(pkm, at, c)
	}
	for t := range T {
		var dot value.Value = f32(0)
		for i := range c {
			dot = b.fma(qm[i], kms[t][i], dot)
		}
		for m := int64(16); m >= 1; m >>= 1 {
			dot = b.NewFAdd(dot, b.bfly(dot, m))
		}
		J := Js[t]
		b = b.when(b.NewAnd(b.NewICmp(enum.IPredSLT, J, pNK), b.NewICmp(enum.IPredEQ, lane, i32(0))), func(b kb) kb {
			v := b.NewFMul(dot, f32(scale*math.Log2E))
			b.NewStore(v, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(h, pNK), J))))
			return b
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindScoresRow, BlockRows: 32 * warps, D: d, BQ: 64, BK: warps * T}
}

// loadF32s loads n consecutive float32s at element index at of base (at a
// multiple of n, n a power of two up to 8), in loads of up to 16 bytes.
func (b kb) loadF32s(base, at value.Value, n int64) []value.Value {
	p := b.NewGetElementPtr(types.Float, base, b.i64(at))
	var out []value.Value
	for done := int64(0); done < n; {
		w := min(n-done, 4)
		pc := b.NewGetElementPtr(types.Float, p, i64c(done))
		if w == 1 {
			out = append(out, b.NewLoad(types.Float, pc))
		} else {
			vt := types.NewVector(uint64(w), types.Float)
			ld := b.NewLoad(vt, b.NewBitCast(pc, types.NewPointer(vt)))
			ld.Align = ir.Align(4 * w)
			for k := range w {
				out = append(out, b.NewExtractElement(ld, i32(k)))
			}
		}
		done += w
	}
	return out
}
