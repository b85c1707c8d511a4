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

// compensate(order: 0) on the GPU, inside the tensor-core kernel. A
// skipped tile J whose pairs the mask allows for every row of the query
// tile enters each row's online softmax as its mean key k̄_J with the
// weight of its |J| keys (ir/interp's compensate):
//
//	ℓ += |J|·2^(c·q·k̄_J − m),  acc += |J|·2^(c·q·k̄_J − m)·v̄_J
//
// which is attention over the mean keys with the score biased by
// log₂|J|. So the kernel runs it as more key tiles: a tile of bk mean keys
// (key tiles [c·bk, c·bk+bk)) is list entry NK + c, read from kbar and
// vbar instead of k and v, its elements masked by the comp table (the
// query tile's skipped full tiles) instead of the mask and biased by
// log₂|J|/c. Three launches before the attention prepare them:
//
//	pool (k, v): kbar[g, J, :] = mean of key tile J's rows, rounded to the
//	        operand type (v likewise);
//	list:   per (query tile, head): a flag for each tile J, 1 where J
//	        is full (the host's table of tiles the mask allows wholly)
//	        and not in the list (in shared memory); the flags as bits, a
//	        chunk c of bk tiles in ⌈bk/32⌉ words (comp[h, I, c, w], bit j
//	        of word w for tile c·bk + 32w + j); and the list again with
//	        an entry NK + c appended for every chunk c holding such a J.
//
// The attention kernel reads a mean-key tile's words an iteration before
// the tile (listNext, beside the next list entry and class), so a
// column's flag is a bit of a register: a byte a column loaded at the
// mask was ≈ 1.7 % of best's kernel's stall samples on an H100.
//
// The entries added never exceed NK: a chunk is added only for a skipped
// allowed tile in it. Mean keys and values are rounded to bf16/f16 (the
// interpreter keeps them in float64): with random inputs that is far
// inside the kernel's error bound; on keys with large means the scores
// move by up to 2⁻⁹ of |c·q·k̄|.
//
// First order adds, per row and skipped tile, c·2^(s̄−m)·q·Σ_j (k_j − k̄)
// v_jᵀ: 2·d·dv flops, as many as the tile's exact attention, so it saves
// nothing over computing the tile; the GPU does not lower it.

// compensateOK says whether the tensor-core kernel compensates as ops ask,
// and why not.
func compensateOK(ops attnOps) error {
	switch {
	case !ops.compensate:
		return nil
	case ops.compOrder != 0:
		return fmt.Errorf("compensate(order: %d): first order costs as much as the tiles it skips (2·d·dv flops per row and tile); the GPU lowers order 0", ops.compOrder)
	case ops.gather:
		return fmt.Errorf("compensate with permuted keys is not lowered for the GPU yet")
	case ops.mod != nil:
		return fmt.Errorf("compensate with a score modification is not lowered for the GPU yet")
	case ops.exit != nil:
		return fmt.Errorf("compensate with early_stop is not lowered for the GPU yet")
	}
	return nil
}

// compWords is the words of comp's bits a chunk of bk tiles takes.
func compWords(bk int64) int64 { return (bk + 31) / 32 }

// compBases sets the item's bases in kbar and vbar (its KV head's mean
// keys and values, [G, NK, d] and [G, NK, dv]) and its row of comp ([H,
// NQ, ⌈NK/bk⌉, compWords] i32).
func (em *mmaEmitter) compBases(e kb) {
	em.kbarBase = e.NewGetElementPtr(types.I16, em.pKBar, e.i64(e.NewMul(e.NewMul(em.kvh, em.pNK), i32(em.d))))
	em.vbarBase = e.NewGetElementPtr(types.I16, em.pVBar, e.i64(e.NewMul(e.NewMul(em.kvh, em.pNK), i32(em.dv))))
	nCh := e.NewSDiv(e.NewAdd(em.pNK, i32(em.bk-1)), i32(em.bk))
	em.compBase = e.NewMul(e.NewMul(e.NewAdd(e.NewMul(em.h, em.pNQ), em.own), nCh), i32(compWords(em.bk)))
}

// compWordsOf loads list entry J's words of comp: chunk J − NK's for a
// mean-key tile, chunk 0's (unused) for any other entry.
func (em *mmaEmitter) compWordsOf(b kb, J value.Value) []value.Value {
	var c value.Value = b.NewSub(J, em.pNK)
	c = b.NewSelect(b.NewICmp(enum.IPredSGE, c, i32(0)), c, i32(0))
	at := b.NewAdd(em.compBase, b.NewMul(c, i32(compWords(em.bk))))
	words := make([]value.Value, compWords(em.bk))
	for w := range words {
		words[w] = b.NewLoad(types.I32, b.i32At(em.pComp, b.NewAdd(at, i32(int64(w)))))
	}
	return words
}

// tileSource is where list entry J's rows come from: rows [J·bk, +bk) of
// base (up to N), or for a mean-key tile (J ≥ NK) rows [(J−NK)·bk, +bk)
// of bar (up to NK).
func (em *mmaEmitter) tileSource(b kb, J, base, bar value.Value) (src, r0, limit value.Value) {
	mean := b.NewICmp(enum.IPredSGE, J, em.pNK)
	src = b.NewSelect(mean, bar, base)
	r0 = b.NewMul(b.NewSelect(mean, b.NewSub(J, em.pNK), J), i32(em.bk))
	limit = b.NewSelect(mean, em.pNK, em.pN)
	return src, r0, limit
}

// meanBias says, for the mean-key tile's logical column lk (the mean key
// of key tile J = lk − NK·bk), whether its words of comp say to
// compensate J (ok) and the bias its elements take, log₂|J|/c: log₂ bk/c
// for every tile but the last, last (lastMeanBias) for it. An element x
// of the column is then x + bias where ok, -inf elsewhere — computed once
// per column, not per element (two rows per m-atom share a column).
func (em *mmaEmitter) meanBias(b kb, lk value.Value, c float64, last value.Value, words []value.Value) (ok, bias value.Value) {
	J := b.NewSub(lk, b.NewMul(em.pNK, i32(em.bk)))
	// Mean keys past NK (the last mean-key tile's padding) are out.
	in := b.NewICmp(enum.IPredULT, J, em.pNK)
	col := b.NewSub(lk, em.k0) // the column in the tile: bit col of its words
	word := words[0]
	for w := 1; w < len(words); w++ {
		word = b.NewSelect(b.NewICmp(enum.IPredEQ, b.NewLShr(col, i32(5)), i32(int64(w))), words[w], word)
	}
	bit := b.NewAnd(b.NewLShr(word, b.NewAnd(col, i32(31))), i32(1))
	ok = b.NewAnd(in, b.NewICmp(enum.IPredNE, bit, i32(0)))
	full := b.NewFMul(f32(math.Log2(float64(em.bk))), f32(1/c))
	return ok, b.NewSelect(b.NewICmp(enum.IPredEQ, b.NewAdd(J, i32(1)), em.pNK), last, full)
}

// lastMeanBias is log₂|J|/c of the last key tile J = NK − 1, |J| = N −
// (NK−1)·bk (once per mean-key tile).
func (em *mmaEmitter) lastMeanBias(b kb, c float64) value.Value {
	n := b.NewSub(em.pN, b.NewMul(b.NewSub(em.pNK, i32(1)), i32(em.bk)))
	lg := b.NewCall(b.g.intrinsic("llvm.nvvm.lg2.approx.ftz.f", types.Float, types.Float), b.NewSIToFP(n, types.Float))
	return b.NewFMul(lg, f32(1/c))
}

// compPool emits kbar or vbar: out[g, T, :] = the mean of rows [T·rows,
// min((T+1)·rows, L)) of x[g], rounded to dt: grid (NT, heads), d threads.
func (g *gen) compPool(name, dt string, d, rows int, arg string) Kernel {
	k := g.poolTo(name, dt, d, rows, true)
	k.Kind, k.Arg = cuda.KindCompPool, arg
	return k
}

// compRound emits kbar from the scores' key means (a compensate marked
// kmeans, target.go's keyMeansOf): out[i] = km[i] rounded to dt, for the
// n = G·NK·d float32 means of the score step's pool, four a thread (n is
// a multiple of 4: d is the tensor-core kernel's). The pool's means are
// poolTo's before it rounds, so this is compPool's kbar to the bit, for
// 1/16 of its bytes (the means, not the keys): at 131072 × 32 heads, 50 MB
// where the pool reads 1.07 GB (0.416 ms on an H100, thirty-second
// session). Parameters: km (f32), out (i16), n; grid ⌈n/1024⌉, 256
// threads.
func (g *gen) compRound(name, dt string, d int) Kernel {
	const threads = 256
	pk, po, pn := ir.NewParam("km", types.NewPointer(types.Float)), ir.NewParam("out", types.NewPointer(types.I16)), ir.NewParam("n", types.I32)
	f := g.m.NewFunc(name, types.Void, pk, po, pn)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	b := kb{f.NewBlock("entry"), g}
	i := b.NewMul(b.NewAdd(b.NewMul(b.sreg("ctaid.x"), i32(threads)), b.sreg("tid.x")), i32(4))
	b = b.when(b.NewICmp(enum.IPredSLT, i, pn), func(b kb) kb {
		v4 := types.NewVector(4, types.Float)
		ld := b.NewLoad(v4, b.NewBitCast(b.NewGetElementPtr(types.Float, pk, b.i64(i)), types.NewPointer(v4)))
		ld.Align = 16
		var x [4]value.Value
		for k := range x {
			x[k] = b.NewExtractElement(ld, i32(int64(k)))
		}
		v2 := types.NewVector(2, types.I32)
		var w value.Value = constant.NewUndef(v2)
		w = b.NewInsertElement(w, b.pack(dt, x[0], x[1]), i32(0))
		w = b.NewInsertElement(w, b.pack(dt, x[2], x[3]), i32(1))
		st := b.NewStore(w, b.NewBitCast(b.NewGetElementPtr(types.I16, po, b.i64(i)), types.NewPointer(v2)))
		st.Align = 8
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindCompPool, Arg: "kmeans", BlockRows: threads, D: d}
}

// eachListed runs body on the CTA's threads (tid of threads) for every
// tile J of the list at list[row:], NK entries that end at the first −1
// (cuda.EndLists: the entries after it are not defined), and returns the
// block after it and the list's length. It reads a chunk of threads
// entries at a time until a chunk holds the −1, whose position (the
// lowest t holding −1) that chunk's threads find by an atomic min on
// sEnd (an i32 of shared memory); every thread gets the same
// barrier0.or, so the branch is uniform. It has barriers: every thread
// of the CTA calls it.
func (b kb) eachListed(list, row, nk, tid value.Value, threads int, sEnd *ir.Global, body func(b kb, J value.Value) kb) (kb, value.Value) {
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb { b.NewStore(nk, sEnd); return b })
	b.barrier()
	b, ends := b.forNext(i32(0), nk, []value.Value{nk}, func(b kb, t0 value.Value, v []value.Value) (kb, value.Value, []value.Value) {
		t := b.NewAdd(t0, tid)
		in := b.NewICmp(enum.IPredSLT, t, nk)
		b, J := b.cond(in, func(b kb) (kb, value.Value) {
			return b, b.NewLoad(types.I32, b.i32At(list, b.NewAdd(row, t)))
		}, i32(0))
		end := b.NewAnd(in, b.NewICmp(enum.IPredSLT, J, i32(0)))
		any := b.NewICmp(enum.IPredNE, b.NewCall(b.g.intrinsic("llvm.nvvm.barrier0.or", types.I32, types.I32), b.NewZExt(end, types.I32)), i32(0))
		b, n := b.cond(any, func(b kb) (kb, value.Value) {
			b = b.when(end, func(b kb) kb {
				b.NewAtomicRMW(enum.AtomicOpMin, sEnd, t, enum.AtomicOrderingMonotonic)
				return b
			})
			b.barrier()
			return b, b.NewLoad(types.I32, sEnd)
		}, nk)
		b = b.when(b.NewAnd(in, b.NewICmp(enum.IPredSLT, t, n)), func(b kb) kb { return body(b, J) })
		return b, b.NewSelect(any, nk, b.NewAdd(t0, i32(int64(threads)))), []value.Value{n}
	})
	return b, ends[0]
}

// compList emits the list kernel (see the file comment): grid (NQ, H),
// 256 threads. Parameters: list (i32 [H, NQ, 2, NK]) in, full (u8 [CH,
// NQ, NK]: 1 where the mask allows the whole tile), ch, clist (i32 [H,
// NQ, 2, NK]) and comp (i32 [H, NQ, ⌈NK/bk⌉, compWords(bk)]) out, NQ, NK.
//
// The flags (a byte a tile: full and not listed) live in shared memory,
// compWindow tiles at a time (the list read once a window), and a warp
// turns a chunk's bk flags into its comp words by ballots — a lane a
// tile, a vote a word. (Before the thirty-fourth session they were a
// global [H, NQ, NK] scratch that each thread read a chunk of bk flags
// from, one dependent load after another.)
func (g *gen) compList(name string, bk int) Kernel { return g.compListWindow(name, bk, compWindow) }

// compListChunk is the list kernel's threads, and so the entries of a
// list it reads at once (eachListed): the chunk that holds a list's −1
// is read whole, so the select kernels pad a list it reads to that
// chunk's end (selectEmitter.pad, padAll).
const compListChunk = 256

// compWindow is the key tiles whose flags the list kernel holds in
// shared memory at once (32 KB).
const compWindow = 32768

// compListWindow is compList with windows of about win tiles (a multiple
// of bk: a chunk never spans two; the tests take small ones).
func (g *gen) compListWindow(name string, bk int, win int64) Kernel {
	const threads, warps = compListChunk, compListChunk / 32
	win = max(win/int64(bk), 1) * int64(bk)
	ip, bp := types.NewPointer(types.I32), types.NewPointer(types.I8)
	pl, pfull, pch := ir.NewParam("list", ip), ir.NewParam("full", bp), ir.NewParam("ch", types.I32)
	pcl, pbits := ir.NewParam("clist", ip), ir.NewParam("comp", ip)
	pNQ, pNK := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	f := g.m.NewFunc(name, types.Void, pl, pfull, pch, pcl, pbits, pNQ, pNK)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	slots := g.shared(name+"_scan", types.NewArray(threads/32, types.I32), 16)
	sEnd := g.shared(name+"_end", types.I32, 4)
	flags := g.shared(name+"_flags", types.NewArray(uint64(win), types.I8), 16)
	b := kb{f.NewBlock("entry"), g}
	tid, I, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	row := b.NewAdd(b.NewMul(h, pNQ), I)
	fullRow := b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), I), pNK)
	listRow := b.NewMul(b.NewMul(row, i32(2)), pNK)
	u8At := func(b kb, p value.Value, i value.Value) value.Value { return b.NewGetElementPtr(types.I8, p, b.i64(i)) }
	step := i32(threads)
	W := compWords(int64(bk))
	nCh := b.NewSDiv(b.NewAdd(pNK, i32(int64(bk-1))), i32(int64(bk)))
	// Window by window: the flags, then a mean-key tile for every chunk
	// of bk tiles with a tile to compensate, in chunk order. Carried: the
	// mean-key tiles added, and the list's length (the same each window).
	b, v := b.forN(i32(0), pNK, i32(win), []value.Value{i32(0), i32(0)}, func(b kb, w0 value.Value, v []value.Value) (kb, []value.Value) {
		nw := b.imin(b.NewSub(pNK, w0), i32(win))
		// flags = full, then the listed tiles cleared.
		b = b.each(tid, nw, step, func(b kb, j value.Value) kb {
			b.NewStore(b.NewLoad(types.I8, u8At(b, pfull, b.NewAdd(fullRow, b.NewAdd(w0, j)))), b.sharedAt(flags, j))
			return b
		})
		b.barrier()
		b, nList := b.eachListed(pl, listRow, pNK, tid, threads, sEnd, func(b kb, J value.Value) kb {
			j := b.NewSub(J, w0)
			return b.when(b.NewICmp(enum.IPredULT, j, nw), func(b kb) kb {
				b.NewStore(constant.NewInt(types.I8, 0), b.sharedAt(flags, j))
				return b
			})
		})
		b.barrier() // the flags are final
		c0 := b.NewSDiv(w0, i32(int64(bk)))
		c1 := b.NewSDiv(b.NewAdd(b.NewAdd(w0, nw), i32(int64(bk-1))), i32(int64(bk)))
		b, added := b.forN(c0, c1, i32(warps), []value.Value{v[0]}, func(b kb, cr value.Value, a []value.Value) (kb, []value.Value) {
			c := b.NewAdd(cr, warp) // this warp's chunk
			in := b.NewICmp(enum.IPredSLT, c, c1)
			J0 := b.NewMul(c, i32(int64(bk)))
			J1 := b.imin(b.NewAdd(J0, i32(int64(bk))), pNK)
			var any value.Value = i32(0)
			words := make([]value.Value, W)
			for w := range W {
				J := b.NewAdd(J0, b.NewAdd(lane, i32(32*w)))
				ok := b.NewAnd(in, b.NewICmp(enum.IPredSLT, J, J1))
				b2, x := b.cond(ok, func(b kb) (kb, value.Value) {
					return b, b.NewLoad(types.I8, b.sharedAt(flags, b.NewSub(J, w0)))
				}, constant.NewInt(types.I8, 0))
				b = b2
				words[w] = b.ballot(b.NewICmp(enum.IPredNE, x, constant.NewInt(types.I8, 0)))
				any = b.NewOr(any, words[w])
			}
			first := b.NewICmp(enum.IPredEQ, lane, i32(0))
			b = b.when(b.NewAnd(first, in), func(b kb) kb {
				at := b.NewMul(b.NewAdd(b.NewMul(row, nCh), c), i32(W))
				for w := range W {
					b.NewStore(words[w], b.i32At(pbits, b.NewAdd(at, i32(w))))
				}
				return b
			})
			need := b.NewAnd(b.NewAnd(first, in), b.NewICmp(enum.IPredNE, any, i32(0)))
			b, pos, tot := b.blockScan(b.NewZExt(need, types.I32), slots, tid, threads)
			t := b.NewAdd(b.NewAdd(nList, a[0]), pos)
			b = b.when(b.NewAnd(need, b.NewICmp(enum.IPredSLT, t, pNK)), func(b kb) kb {
				b.NewStore(b.NewAdd(pNK, c), b.i32At(pcl, b.NewAdd(listRow, t)))
				b.NewStore(i32(0), b.i32At(pcl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
				return b
			})
			b.barrier() // the slots are read before the next round's scan
			return b, []value.Value{b.NewAdd(a[0], tot)}
		})
		b.barrier() // the flags are read before the next window's
		return b, []value.Value{added[0], nList}
	})
	added, nList := v[0], v[1]
	// The listed entries, both rows.
	b = b.each(tid, nList, step, func(b kb, t value.Value) kb {
		for r := range int64(2) {
			at := b.NewAdd(b.NewAdd(listRow, b.NewMul(pNK, i32(r))), t)
			b.NewStore(b.NewLoad(types.I32, b.i32At(pl, at)), b.i32At(pcl, at))
		}
		return b
	})
	// The end: one -1, as the select kernels end theirs (no decode run
	// compensates).
	n := b.NewAdd(nList, added)
	b = b.each(b.NewAdd(n, tid), b.imin(b.NewAdd(n, i32(1)), pNK), step, func(b kb, t value.Value) kb {
		b.NewStore(i32(-1), b.i32At(pcl, b.NewAdd(listRow, t)))
		b.NewStore(i32(-1), b.i32At(pcl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindCompList, BlockRows: threads, BK: bk}
}
