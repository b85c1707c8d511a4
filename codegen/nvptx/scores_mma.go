package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// The mean scores on the tensor cores. scores (select.go) is a float32
// GEMM on the CUDA cores: at N = 131072 × 32 heads (2048 tiles a side,
// the causal half of 2048² pairs, d = 128: 17 GFLOP) it took 1.17 ms on
// an H100 (twenty-ninth session), ≈ 15 TFLOP/s — a quarter of the CUDA
// cores' float32 peak, and the largest single part of a mean schedule's
// non-attention work after the select. scoresMMA computes the same
// e[h, I, J] = c·log₂e·q̄_I·k̄_J with mma.sync, the gate's trick for
// float32 operands on b16 tensor cores: each mean as hi + mid + lo bf16
// parts (split3: 8 + 8 + 8 bits, x to the last bit), and the six
// products down to 2⁻¹⁶ of the leading one summed in float32 by the
// tensor cores (hi·hi, hi·mid, mid·hi, hi·lo, lo·hi, mid·mid; the three
// dropped, mid·lo, lo·mid and lo·lo, are below 2⁻²⁵·|q̄_i·k̄_i| together),
// smallest first:
//
//	grid (⌈NK/64⌉, ⌈NQ/64⌉, H) as scores's, 4 warps: warp w the 32×32
//	quarter (rows 32·(w/2), columns 32·(w%2)) of the CTA's 64×64 block;
//	the head dim in chunks of 32 (16 where d is an odd multiple of 16):
//	the chunk's 64 rows of q̄ and of k̄ come into shared memory by
//	cp.async, a chunk ahead; the CTA splits each pair into its three parts
//	once and stores them to shared memory (a row's pairs at a pitch of 20
//	words: a fragment's eight rows and four pairs meet 32 distinct banks);
//	each warp then reads its A (two m-tiles) and B (four n-tiles)
//	fragments of every part and issues 2 × 4 × 6 mma.sync a k-step.
//
// Measured at 131072 × 32 heads on an H100 (thirtieth session): 0.90 ms
// against the CUDA cores' 1.20, where 0.30–0.45 was predicted from 26 M
// mma.sync (106 GFLOP of b16 products) and 0.27 GB of scores written —
// with the chunks loaded a float4 at a time in a loop, eight round trips
// a chunk; the copies a chunk ahead came after that call (predicted
// 0.40–0.55 ms; docs/gpu-notes.md). A non-finite mean gives a
// NaN or infinite score (the parts of a finite operand include zeros, and
// ∞·0 is NaN): a NaN never ranks (select.go), as on the CUDA cores when q̄
// or k̄ is NaN; the host's float64 scores are ±∞ where the CUDA cores' may
// be. The tests use finite inputs for the scores' bound.
//
// Measured on an H100 in the thirty-first session at 131072 and 8 heads:
// 0.186–0.191 ms against the CUDA cores' 0.307 (ATTNC_SCORES_SIMT=1, the
// knob since removed).

// scoresMMAOK says whether head dim d gets scoresMMA: whole k-steps.
func scoresMMAOK(d int) bool { return d > 0 && d%16 == 0 }

// scoresKernel is the mean scores kernel for head dim d: scoresMMA where
// it takes d and the knob allows, else scores.
func (g *gen) scoresKernel(name string, d int, scale float64) Kernel {
	if scoresMMAOK(d) {
		return g.scoresMMA(name, d, scale)
	}
	return g.scores(name, d, scale)
}

// scoresMMA emits the kernel. Parameters as scores's: qm [H, NQ, d], km
// [G, NK, d] (f32), e (f32 [H, NQ, NK]), cls (u8 [CH, NQ, NK]), ch, NQ,
// NK, group. A CTA whose pairs the class table wholly forbids returns at
// once, as scores's does.
func (g *gen) scoresMMA(name string, d int, scale float64) Kernel {
	const (
		threads = 128
		pitch   = 20 // words (b16 pairs) a staged row
		rows    = 64
	)
	chunk := 32 // head dims a stage
	if d%32 != 0 {
		chunk = 16
	}
	pairs := int64(chunk / 2)
	fp := types.NewPointer(types.Float)
	pqm, pkm, pe := ir.NewParam("qm", fp), ir.NewParam("km", fp), ir.NewParam("e", fp)
	pcls, pch := ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pNQ, pNK, pG := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pqm, pkm, pe, pcls, pch, pNQ, pNK, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	// Each operand's three parts, [part][row][pitch] words.
	plane := int64(rows * pitch)
	stage := types.NewArray(uint64(3*plane), types.I32)
	sA, sB := g.shared(name+"_a", stage, 16), g.shared(name+"_b", stage, 16)

	b := kb{f.NewBlock("entry"), g}
	tid, bx, by, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y"), b.sreg("ctaid.z")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	g4, t4 := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	I0, J0 := b.NewMul(by, i32(rows)), b.NewMul(bx, i32(rows))
	wr, wc := b.NewMul(b.NewLShr(warp, i32(1)), i32(32)), b.NewMul(b.NewAnd(warp, i32(1)), i32(32))
	kvh := b.NewSDiv(h, pG)

	// The lane's outputs: rows wr + 16·mt + g4 + 8·u, columns wc + 8·nt +
	// 2·t4 + v of the block (mt, u, v < 2; nt < 4), in the accumulators'
	// order (mt, nt, 2u + v).
	type out struct{ I, J value.Value }
	var outs []out
	for mt := range int64(2) {
		for nt := range int64(4) {
			for i := range int64(4) {
				I := b.NewAdd(b.NewAdd(I0, wr), b.NewAdd(g4, i32(16*mt+8*(i>>1))))
				J := b.NewAdd(b.NewAdd(J0, wc), b.NewAdd(b.NewShl(t4, i32(1)), i32(8*nt+(i&1))))
				outs = append(outs, out{I, J})
			}
		}
	}
	inside := func(b kb, o out) value.Value {
		return b.NewAnd(b.NewICmp(enum.IPredSLT, o.I, pNQ), b.NewICmp(enum.IPredSLT, o.J, pNK))
	}
	// Does the mask allow any of the lane's 32 pairs, and any lane's (the
	// lanes' outputs cover the block)?
	var mine [][2]value.Value
	for _, o := range outs {
		mine = append(mine, [2]value.Value{o.I, o.J})
	}
	b = b.liveOrReturn(mine, pcls, pch, h, pNQ, pNK)

	word := func(b kb, gl *ir.Global, part int64, row, col value.Value) value.Value {
		return b.NewLoad(types.I32, b.sharedAt(gl, b.NewAdd(b.NewMul(row, i32(pitch)), b.NewAdd(col, i32(part*plane)))))
	}
	acc0 := make([]value.Value, 32)
	for i := range acc0 {
		acc0[i] = f32(0)
	}
	// The chunks' raw means, both operands ([operand][row][chunk] f32),
	// copied by cp.async a chunk ahead: chunk c + 1's copies run under
	// chunk c's products. (Loaded into registers a float4 at a time in a
	// loop, each chunk's eight loads a thread were eight round trips to
	// memory, one after another: 0.90 ms at 131072 × 32 heads on an H100
	// against the 0.30–0.45 predicted — thirtieth session.)
	raw := g.shared(name+"_raw", types.NewArray(uint64(2*rows*chunk), types.Float), 16)
	rawAt := b.NewPtrToInt(raw, types.I32)
	per := int64(rows * chunk / 4 / threads) // float4s an operand, a thread and a chunk
	quads := int64(chunk / 4)                // float4s a row
	type operand struct{ base, row0, lim, heads value.Value }
	ops := []operand{{pqm, I0, pNQ, h}, {pkm, J0, pNK, kvh}}
	copyChunk := func(b kb, d0 value.Value) {
		for op, o := range ops {
			for it := range per {
				idx := b.NewAdd(tid, i32(it*threads))
				row, c4 := b.NewUDiv(idx, i32(quads)), b.NewURem(idx, i32(quads))
				at := b.NewAdd(o.row0, row)
				ok := b.NewICmp(enum.IPredSLT, at, o.lim)
				safe := b.NewSelect(ok, at, i32(0))
				src := b.NewAdd(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(o.heads, o.lim), safe), i32(int64(d))), d0), b.NewShl(c4, i32(2)))
				dst := b.NewAdd(rawAt, b.NewMul(b.NewAdd(b.NewMul(b.NewAdd(i32(int64(op)*rows), row), i32(int64(chunk))), b.NewShl(c4, i32(2))), i32(4)))
				b.cpAsync(dst, b.NewGetElementPtr(types.Float, o.base, b.i64(src)), b.NewSelect(ok, i32(16), i32(0)))
			}
		}
		b.commit()
	}
	copyChunk(b, i32(0))
	b, acc := b.forN(i32(0), i32(int64(d)), i32(int64(chunk)), acc0, func(b kb, d0 value.Value, acc []value.Value) (kb, []value.Value) {
		// This chunk's copies in, and every warp done with the last
		// chunk's parts.
		b.waitAll()
		b.barrier()
		// Split: each mean once into its three parts (zeros past NQ or
		// NK: the copies' zero fill), four dims (two pairs) a thread a
		// step.
		for op, gl := range []*ir.Global{sA, sB} {
			for it := range per {
				idx := b.NewAdd(tid, i32(it*threads))
				row, c4 := b.NewUDiv(idx, i32(quads)), b.NewURem(idx, i32(quads))
				x := b.sharedVec4(raw, b.NewAdd(b.NewMul(b.NewAdd(i32(int64(op)*rows), row), i32(int64(chunk))), b.NewShl(c4, i32(2))), types.Float)
				p0, p1 := b.split3("bf16", x[0], x[1]), b.split3("bf16", x[2], x[3])
				for part := range int64(3) {
					v2 := types.NewVector(2, types.I32)
					var w value.Value = constant.NewUndef(v2)
					w = b.NewInsertElement(w, p0[part], i32(0))
					w = b.NewInsertElement(w, p1[part], i32(1))
					dst := b.NewAdd(b.NewAdd(b.NewMul(row, i32(pitch)), b.NewShl(c4, i32(1))), i32(part*plane))
					p := b.NewBitCast(b.sharedAt(gl, dst), &types.PointerType{ElemType: v2, AddrSpace: 3})
					b.NewStore(w, p).Align = 8
				}
			}
		}
		b.barrier() // the parts in (a thread's copies refill only the float4s it split itself)
		next := b.NewAdd(d0, i32(int64(chunk)))
		b = b.when(b.NewICmp(enum.IPredSLT, next, i32(int64(d))), func(b kb) kb {
			copyChunk(b, next)
			return b
		})
		b, acc = b.forN(i32(0), i32(pairs), i32(8), acc, func(b kb, ks value.Value, acc []value.Value) (kb, []value.Value) {
			acc = append([]value.Value(nil), acc...)
			// A fragments (row-major 16×16): words (g4, t4), (g4 + 8, t4),
			// (g4, t4 + 4), (g4 + 8, t4 + 4) of the k-step's eight pairs;
			// B fragments (k̄'s rows are Bᵀ's columns): (g4, t4), (g4, t4
			// + 4) of the n-tile's eight rows.
			var fa [2][3][]value.Value
			var fb [4][3][2]value.Value
			for part := range int64(3) {
				for mt := range int64(2) {
					r := b.NewAdd(wr, b.NewAdd(g4, i32(16*mt)))
					for i := range int64(4) {
						fa[mt][part] = append(fa[mt][part], word(b, sA, part, b.NewAdd(r, i32(8*(i&1))), b.NewAdd(b.NewAdd(t4, ks), i32(4*(i>>1)))))
					}
				}
				for nt := range int64(4) {
					r := b.NewAdd(wc, b.NewAdd(g4, i32(8*nt)))
					for i := range int64(2) {
						fb[nt][part][i] = word(b, sB, part, r, b.NewAdd(b.NewAdd(t4, ks), i32(4*i)))
					}
				}
			}
			// The products, smallest first: (A part, B part).
			for _, pp := range [][2]int{{2, 0}, {0, 2}, {1, 1}, {1, 0}, {0, 1}, {0, 0}} {
				for mt := range 2 {
					for nt := range 4 {
						c := acc[(mt*4+nt)*4 : (mt*4+nt+1)*4]
						copy(acc[(mt*4+nt)*4:], b.mma("bf16", fa[mt][pp[0]], fb[nt][pp[1]][0], fb[nt][pp[1]][1], c))
					}
				}
			}
			return b, acc
		})
		return b, acc
	})
	c := f32(scale * math.Log2E)
	for i, o := range outs {
		v := b.NewFMul(acc[i], c)
		b = b.when(inside(b, o), func(b kb) kb {
			off := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), o.I), pNK), o.J)
			b.NewStore(v, b.NewGetElementPtr(types.Float, pe, b.i64(off)))
			return b
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindScores, BlockRows: threads, D: d, BQ: rows, BK: rows}
}
