package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
)

// Scoring and selection on the GPU, so that a sparse schedule's pipeline
// stays on the device: blockscore(mean) followed by blockselect becomes
// four launches,
//
//	pool (×2): x̄[h, T, :] = mean of the rows of tile T of x (f32), for q, k;
//	scores:    a[h, I, J] = c·log₂e·q̄_I·k̄_J, a float32 GEMM per head;
//	select:    one CTA per (query tile I, head h): E = softmax of a over
//	           the tiles the mask allows (the attention's class table), the
//	           forced tiles (diagonal, sink, local), then the best of the
//	           rest by descending score (ties: lower J first — the host's
//	           stable sort) as many as the mode takes (mass, top, density,
//	           all, min_blocks), found by radix selection and ranked among
//	           themselves, written in blockselect's [H, NQ, 2, NK] layout.
//
// blockscore(antidiagonal) replaces pool and scores by the two kernels of
// antidiag.go, whose E the select kernel takes as it is.
//
// The scores are float32 (the host library's are float64), so a tile whose
// score or cumulative mass sits within rounding of a threshold or a tie may
// be chosen differently from the host's choice on its own scores; given
// the same scores, the choice is the host's exactly (the mass is summed in
// float64 in the host's order). Tests check both: the GPU's scores against
// the host's, and its lists against the host's selection on the GPU's
// scores.

// SelectLimit is the most key tiles a row may have on the GPU (the select
// kernel keeps a row in shared memory, two words per tile); longer rows are
// selected on the host.
const SelectLimit = 4096

// gpuSelectable says whether steps blockscore (si) and blockselect (si+1)
// run on the GPU, and why not.
func gpuSelectable(p *tile.Program, si int) error {
	if si+1 >= len(p.Steps) {
		return fmt.Errorf("no blockselect follows")
	}
	sc, se := p.Steps[si].Score(), p.Steps[si+1].Select()
	if sc == nil || se == nil || p.Steps[si+1].Args[0] != p.Steps[si].Out {
		return fmt.Errorf("not a blockscore feeding a blockselect")
	}
	q := p.Steps[si].Args[0]
	if sc.Method == "antidiagonal" {
		if err := adOK(sc.Stride, sc.BQ, sc.BK, q.Type.Shape[2].Size, sc.Pool, sc.Mask); err != nil {
			return fmt.Errorf("score(antidiagonal): %v", err)
		}
	}
	switch {
	case sc.Method != "mean" && sc.Method != "antidiagonal":
		return fmt.Errorf("score(%s) has no GPU kernel", sc.Method)
	case len(p.Steps[si].Args) > 2 || len(p.Steps[si+1].Args) > 1 || se.Segment > 0:
		return fmt.Errorf("the keys are permuted")
	case sc.Heads > 0:
		return fmt.Errorf("proxy heads")
	case se.Mode == "budget":
		return fmt.Errorf("budget selection has no GPU kernel")
	case q.Type.DType.String() != "bf16" && q.Type.DType.String() != "f16":
		return fmt.Errorf("inputs are %s", q.Type.DType)
	}
	return nil
}

// pool emits x̄[h, T, :] = mean over rows [T·rows, min((T+1)·rows, L)) of
// x[h, :, :] (b16 in, f32 out): grid (NT, heads), d threads.
func (g *gen) pool(name, dt string, d, rows int) Kernel {
	hp := types.NewPointer(types.I16)
	fp := types.NewPointer(types.Float)
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", fp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(d))
	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	t, T, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y")
	r0 := b.NewMul(T, i32(int64(rows)))
	r1 := b.NewSelect(b.NewICmp(enum.IPredSLT, b.NewAdd(r0, i32(int64(rows))), pL), b.NewAdd(r0, i32(int64(rows))), pL)
	base := b.NewGetElementPtr(types.I16, px, b.i64(b.NewAdd(b.NewMul(b.NewMul(h, pL), i32(int64(d))), t)))
	b, acc := b.forN(r0, r1, i32(1), []value.Value{f32(0)}, func(b kb, r value.Value, acc []value.Value) (kb, []value.Value) {
		x := b.NewLoad(types.I16, b.NewGetElementPtr(types.I16, base, b.i64(b.NewMul(r, i32(int64(d))))))
		return b, []value.Value{b.NewFAdd(acc[0], b.b16f32(dt, x))}
	})
	cnt := b.NewSIToFP(b.NewSub(r1, r0), types.Float)
	mean := b.NewFDiv(acc[0], cnt)
	out := b.NewGetElementPtr(types.Float, po, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), t)))
	b.NewStore(mean, out)
	b.NewRet(nil)
	return Kernel{Name: name, Kind: "pool", BlockRows: d, D: d, BQ: rows}
}

// selectSpec holds the attributes of a blockselect the GPU runs.
type selectSpec struct {
	probs               bool // e holds E already (antidiagonal), not the raw mean scores
	mode                string
	mass, density       float64
	top, local, minBlks int
	sink, diagonal      bool
	orderIndex          bool
	bq, bk              int
}

// scores emits e[h, I, J] = c·log2(e)·q̄[h, I]·k̄[h/group, J] for all tile
// pairs, a float32 GEMM per head: grid (⌈NK/64⌉, ⌈NQ/64⌉, H) of 16×16
// threads, each the 4×4 outputs I0+4·ty+i, J0+4·tx+j, operands through
// shared memory in chunks of 16 of the head dim (stored dim-major with a
// row pitch of 68, so that a thread's four rows are one 16-byte load and
// the stores meet at most two to a bank). Both loops are loops, their
// carried sums phis: unrolled, the kernel was 4000 lines of PTX that ptxas
// gave 32 registers and 13 KB of spills (44 ms at N = 131072). A CTA whose
// 64×64 tile pairs the mask wholly forbids (the class table cls says so)
// returns at once: the select kernel never reads those scores, and a
// causal mask halves the work. Parameters: qm [H, NQ, d], km [G, NK, d],
// e, cls (u8 [CH, NQ, NK]), ch, NQ, NK, group.
func (g *gen) scores(name string, d int, scale float64) Kernel {
	const pitch = 68
	fp := types.NewPointer(types.Float)
	pqm, pkm, pe := ir.NewParam("qm", fp), ir.NewParam("km", fp), ir.NewParam("e", fp)
	pcls, pch := ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pNQ, pNK, pG := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pqm, pkm, pe, pcls, pch, pNQ, pNK, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 256`)
	tileT := types.NewArray(16*pitch, types.Float)
	sA, sB := g.shared(name+"_a", tileT, 16), g.shared(name+"_b", tileT, 16)
	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	tid, bx, by, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y"), sreg("ctaid.z")
	tx, ty := b.NewAnd(tid, i32(15)), b.NewLShr(tid, i32(4))
	I0, J0 := b.NewMul(by, i32(64)), b.NewMul(bx, i32(64))
	Ib, Jb := b.NewAdd(I0, b.NewMul(ty, i32(4))), b.NewAdd(J0, b.NewMul(tx, i32(4))) // this thread's first row and column
	kvh := b.NewSDiv(h, pG)
	// Does the mask allow any of this thread's 16 pairs, and any thread's?
	var mine value.Value = constant.False
	clsH := b.NewMul(b.NewMul(h, pch), pNQ)
	for i := range 4 {
		I := b.NewAdd(Ib, i32(int64(i)))
		for j := range 4 {
			J := b.NewAdd(Jb, i32(int64(j)))
			in := b.NewAnd(b.NewICmp(enum.IPredSLT, I, pNQ), b.NewICmp(enum.IPredSLT, J, pNK))
			off := b.NewSelect(in, b.NewAdd(b.NewMul(b.NewAdd(clsH, I), pNK), J), i32(0))
			c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(off)))
			mine = b.NewOr(mine, b.NewAnd(in, b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0))))
		}
	}
	live := b.NewCall(g.intrinsic("llvm.nvvm.barrier0.or", types.I32, types.I32), b.NewZExt(mine, types.I32))
	work, skip := kb{f.NewBlock("work"), g}, kb{f.NewBlock("skip"), g}
	b.NewCondBr(b.NewICmp(enum.IPredNE, live, i32(0)), work.Block, skip.Block)
	skip.NewRet(nil)
	b = work
	elem := func(b kb, gl *ir.Global, dd, r value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), b.NewAdd(b.NewMul(dd, i32(pitch)), r))
	}
	v4 := types.NewVector(4, types.Float)
	load4 := func(b kb, gl *ir.Global, dd, r value.Value) []value.Value {
		p := b.NewBitCast(elem(b, gl, dd, r), types.NewPointer(v4))
		p.To = &types.PointerType{ElemType: v4, AddrSpace: 3}
		ld := b.NewLoad(v4, p)
		ld.Align = 16
		out := make([]value.Value, 4)
		for i := range out {
			out[i] = b.NewExtractElement(ld, i32(int64(i)))
		}
		return out
	}
	acc0 := make([]value.Value, 16)
	for i := range acc0 {
		acc0[i] = f32(0)
	}
	b, acc := b.forN(i32(0), i32(int64(d)), i32(16), acc0, func(b kb, d0 value.Value, acc []value.Value) (kb, []value.Value) {
		// 64 rows × 16 of the head dim, 4 per thread, for each operand.
		for r := range 4 {
			idx := b.NewAdd(tid, i32(int64(256*r)))
			row, dd := b.NewLShr(idx, i32(4)), b.NewAnd(idx, i32(15))
			col := b.NewAdd(dd, d0)
			for _, op := range []struct {
				gl        *ir.Global
				base      value.Value
				rows, lim value.Value
				heads     value.Value
			}{{sA, pqm, b.NewAdd(I0, row), pNQ, h}, {sB, pkm, b.NewAdd(J0, row), pNK, kvh}} {
				ok := b.NewICmp(enum.IPredSLT, op.rows, op.lim)
				safe := b.NewSelect(ok, op.rows, i32(0))
				off := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(op.heads, op.lim), safe), i32(int64(d))), col)
				x := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, op.base, b.i64(off)))
				b.NewStore(b.NewSelect(ok, x, f32(0)), elem(b, op.gl, dd, row))
			}
		}
		b.barrier()
		b, acc = b.forN(i32(0), i32(16), i32(1), acc, func(b kb, dd value.Value, acc []value.Value) (kb, []value.Value) {
			av := load4(b, sA, dd, b.NewMul(ty, i32(4)))
			bv := load4(b, sB, dd, b.NewMul(tx, i32(4)))
			out := make([]value.Value, 16)
			for i := range 4 {
				for j := range 4 {
					out[4*i+j] = b.fma(av[i], bv[j], acc[4*i+j])
				}
			}
			return b, out
		})
		b.barrier()
		return b, acc
	})
	c := f32(scale * math.Log2E)
	for i := range 4 {
		I := b.NewAdd(Ib, i32(int64(i)))
		for j := range 4 {
			J := b.NewAdd(Jb, i32(int64(j)))
			ok := b.NewAnd(b.NewICmp(enum.IPredSLT, I, pNQ), b.NewICmp(enum.IPredSLT, J, pNK))
			v := b.NewFMul(acc[4*i+j], c)
			b = b.when(ok, func(b kb) kb {
				off := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), I), pNK), J)
				b.NewStore(v, b.NewGetElementPtr(types.Float, pe, b.i64(off)))
				return b
			})
		}
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: "scores", BlockRows: 256, D: d, BQ: 64, BK: 64}
}

// scoreSelect emits the select kernel (see the file comment): grid
// (NQ, H), 256 threads, a CTA per row of tiles. Parameters: cls (u8 [CH,
// NQ, NK]), ch, e (f32 [H, NQ, NK]: the scores kernel's output in, the
// scores E out), list (i32 [H, NQ, 2, NK] out), NQ, NK.
//
// The row never leaves shared memory: one word per key tile holds a_J,
// then p_J = 2^(a_J − max), then a code ordered as the host ranks the tiles
// (0: not allowed, 1: forced, bits(E_J)+2: a candidate; float bits order
// as the floats do for E ≥ 0). The k candidates a mode takes are found
// without sorting the row: a radix selection of the k-th largest code (four
// 8-bit histogram passes, warp-aggregated atomics), then one pass that keeps
// the codes above it and, of the ties, the lowest tiles (the host's stable
// sort), compacting them in tile order. Only those k are ranked (each
// against the others), so the cost follows the tiles taken, not the row.
// mass mode does not know k in advance: it ranks the top 64 (or
// min_blocks), sums them in order in float64 on one warp exactly as the
// host does, and quadruples k until the mass is reached.
func (g *gen) scoreSelect(name string, d int, scale float64, sp selectSpec) Kernel {
	const threads = 256
	fp := types.NewPointer(types.Float)
	ip := types.NewPointer(types.I32)
	pcls, pch := ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pe, pl := ir.NewParam("e", fp), ir.NewParam("list", ip)
	pNQ, pNK := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	f := g.m.NewFunc(name, types.Void, pcls, pch, pe, pl, pNQ, pNK)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(threads))

	shared := func(suffix string, t types.Type) *ir.Global { return g.shared(name+"_"+suffix, t, 16) }
	sX := shared("x", types.NewArray(SelectLimit, types.I32))        // a, p, then the code, by key tile
	sC := shared("c", types.NewArray(SelectLimit, types.I32))        // the taken candidates' tiles, ascending
	sHist := shared("hist", types.NewArray(256, types.I32))          // radix histogram
	sRed := shared("red", types.NewArray(32, types.Float))           // blockReduce
	sScanA := shared("scana", types.NewArray(threads/32, types.I32)) // blockScan, alternately
	sScanB := shared("scanb", types.NewArray(threads/32, types.I32))
	sCnt := shared("cnt", types.NewArray(4, types.I32)) // forced count, mass count, mass reached
	sSel := shared("sel", types.NewArray(2, types.I32)) // radix digit, count above it
	sMass := shared("mass", types.NewArray(1, types.Double))
	at := func(b kb, gl *ir.Global, i value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), i)
	}
	gi32 := func(b kb, base value.Value, i value.Value) value.Value {
		return b.NewGetElementPtr(types.I32, base, b.i64(i))
	}

	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	tid, I, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	row := b.NewAdd(b.NewMul(h, pNQ), I)                                  // (h, I)
	clsRow := b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), I), pNK) // cls[h·ch, I, :]
	eRow := b.NewMul(row, pNK)                                            // e[h, I, :]
	listRow := b.NewMul(b.NewMul(row, i32(2)), pNK)                       // list[h, I, 0, :]
	// Every thread runs the same number of rounds J = tid + 256·r < hiR
	// (NK rounded up to 256 ≤ SelectLimit), so warps stay converged.
	hiR := b.NewMul(b.NewSDiv(b.NewAdd(pNK, i32(threads-1)), i32(threads)), i32(threads))
	step := i32(threads)
	ninf := f32(math.Inf(-1))

	// a_J (log2 units, from the scores kernel) for allowed J, -inf
	// otherwise; the max.
	b, mx := b.forN(tid, hiR, step, []value.Value{ninf}, func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
		in := b.NewICmp(enum.IPredSLT, J, pNK)
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(b.NewAdd(clsRow, b.NewSelect(in, J, i32(0))))))
		ok := b.NewAnd(in, b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0)))
		b, a := b.cond(ok, func(b kb) (kb, value.Value) {
			return b, b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
		}, ninf)
		b.NewStore(b.NewBitCast(a, types.I32), at(b, sX, J))
		return b, []value.Value{b.fmax(v[0], a)}
	})
	var inv value.Value = f32(1)
	if sp.probs {
		// E as the scores kernel left it: p_J = E_J (-1 where not allowed).
		b = b.each(tid, hiR, step, func(b kb, J value.Value) kb {
			a := b.NewBitCast(b.NewLoad(types.I32, at(b, sX, J)), types.Float)
			b.NewStore(b.NewBitCast(b.NewSelect(b.NewFCmp(enum.FPredONE, a, ninf), a, f32(-1)), types.I32), at(b, sX, J))
			return b
		})
	} else {
		gmax, b2 := b.blockReduce(mx[0], sRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.fmax(x, y) })
		b = b2
		mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, gmax, ninf), f32(0), gmax)
		// p_J = 2^(a_J − max) (-1 where not allowed); the sum.
		var sum []value.Value
		b, sum = b.forN(tid, hiR, step, []value.Value{f32(0)}, func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
			a := b.NewBitCast(b.NewLoad(types.I32, at(b, sX, J)), types.Float)
			ok := b.NewFCmp(enum.FPredONE, a, ninf)
			p := b.ex2(b.NewFSub(a, mUse))
			b.NewStore(b.NewBitCast(b.NewSelect(ok, p, f32(-1)), types.I32), at(b, sX, J))
			return b, []value.Value{b.NewFAdd(v[0], b.NewSelect(ok, p, f32(0)))}
		})
		z, b3 := b.blockReduce(sum[0], sRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
		b = b3
		inv = b.NewFDiv(f32(1), z)
	}
	// E_J = p_J/z (-1 where not allowed) out; the codes; allowed tiles.
	d0 := b.NewSDiv(b.NewMul(I, i32(int64(sp.bq))), i32(int64(sp.bk)))
	d1 := b.NewSDiv(b.NewSub(b.NewMul(b.NewAdd(I, i32(1)), i32(int64(sp.bq))), i32(1)), i32(int64(sp.bk)))
	b, nal := b.forN(tid, hiR, step, []value.Value{f32(0)}, func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
		p := b.NewBitCast(b.NewLoad(types.I32, at(b, sX, J)), types.Float)
		ok := b.NewFCmp(enum.FPredOGE, p, f32(0))
		E := b.NewSelect(ok, b.NewFMul(p, inv), f32(-1))
		b = b.when(b.NewICmp(enum.IPredSLT, J, pNK), func(b kb) kb {
			b.NewStore(E, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
			return b
		})
		var forced value.Value = constant.False
		if sp.diagonal {
			forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredSGE, J, d0), b.NewICmp(enum.IPredSLE, J, d1)))
		}
		if sp.sink {
			forced = b.NewOr(forced, b.NewICmp(enum.IPredEQ, J, i32(0)))
		}
		if sp.local > 0 {
			forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredSGE, J, b.NewSub(d0, i32(int64(sp.local)))), b.NewICmp(enum.IPredSLT, J, d0)))
		}
		code := b.NewSelect(forced, i32(1), b.NewAdd(b.NewBitCast(E, types.I32), i32(2)))
		b.NewStore(b.NewSelect(ok, code, i32(0)), at(b, sX, J))
		return b, []value.Value{b.NewFAdd(v[0], b.NewUIToFP(ok, types.Float))}
	})
	nAlF, b := b.blockReduce(nal[0], sRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
	nAl := b.NewFPToSI(nAlF, types.I32)

	// Thread 0: the forced tiles, ascending (they lie in {0} ∪ [lo, d1]),
	// first in the list, and their mass, summed in float64 in the host's
	// order.
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		force := func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
			n, taken := v[0], v[1]
			isF := b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, at(b, sX, J)), i32(1))
			b = b.when(isF, func(b kb) kb {
				b.NewStore(J, gi32(b, pl, b.NewAdd(listRow, n)))
				b.NewStore(i32(1), gi32(b, pl, b.NewAdd(b.NewAdd(listRow, pNK), n)))
				return b
			})
			e := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
			return b, []value.Value{
				b.NewSelect(isF, b.NewAdd(n, i32(1)), n),
				b.NewSelect(isF, b.NewFAdd(taken, b.NewFPExt(e, types.Double)), taken),
			}
		}
		b, v := force(b, i32(0), []value.Value{i32(0), constant.NewFloat(types.Double, 0)})
		var lo value.Value = d0
		if sp.local > 0 {
			lo = b.NewSub(d0, i32(int64(sp.local)))
		}
		lo = b.NewSelect(b.NewICmp(enum.IPredSGT, lo, i32(1)), lo, i32(1))
		var hi value.Value = b.NewAdd(d1, i32(1))
		hi = b.NewSelect(b.NewICmp(enum.IPredSLT, hi, pNK), hi, pNK)
		b, v = b.forN(lo, hi, i32(1), v, force)
		b.NewStore(v[0], at(b, sCnt, i32(0)))
		b.NewStore(v[1], at(b, sMass, i32(0)))
		return b
	})
	b.barrier()
	nF := b.NewLoad(types.I32, at(b, sCnt, i32(0)))
	nCand := b.NewSub(nAl, nF)
	imin := func(b kb, x, y value.Value) value.Value { return b.NewSelect(b.NewICmp(enum.IPredSLT, x, y), x, y) }
	imax := func(b kb, x, y value.Value) value.Value { return b.NewSelect(b.NewICmp(enum.IPredSGT, x, y), x, y) }
	var mb value.Value = i32(0) // min_blocks, less the forced tiles, at most the candidates
	if sp.minBlks > 0 {
		mb = imin(b, b.NewSub(imin(b, i32(int64(sp.minBlks)), nAl), nF), nCand)
	}

	// topk leaves the K best candidates' tiles in sC, ascending (K ≤ nCand,
	// the same in every thread).
	topk := func(b kb, K value.Value) kb {
		run, after := kb{f.NewBlock("topk"), g}, kb{f.NewBlock("topk_done"), g}
		b.NewCondBr(b.NewICmp(enum.IPredSGT, K, i32(0)), run.Block, after.Block)
		b = run
		var prefix, mask, rem value.Value = i32(0), i32(0), K
		for shift := int64(24); shift >= 0; shift -= 8 {
			b.barrier() // the histogram may still be read
			b.NewStore(i32(0), at(b, sHist, tid))
			b.barrier()
			b = b.each(tid, hiR, step, func(b kb, J value.Value) kb {
				v := b.NewLoad(types.I32, at(b, sX, J))
				part := b.NewAnd(b.NewICmp(enum.IPredUGE, v, i32(2)), b.NewICmp(enum.IPredEQ, b.NewAnd(v, mask), prefix))
				dig := b.NewAnd(b.NewLShr(v, i32(shift)), i32(255))
				// One atomic per distinct digit in the warp: codes cluster.
				peers := b.NewCall(g.intrinsic("llvm.nvvm.match.any.sync.i32", types.I32, types.I32, types.I32), i32(-1), b.NewSelect(part, dig, i32(256)))
				lower := b.NewSub(b.NewShl(i32(1), lane), i32(1))
				leader := b.NewICmp(enum.IPredEQ, b.NewAnd(peers, lower), i32(0))
				return b.when(b.NewAnd(part, leader), func(b kb) kb {
					b.NewAtomicRMW(enum.AtomicOpAdd, at(b, sHist, dig), b.popc(peers), enum.AtomicOrderingMonotonic)
					return b
				})
			})
			b.barrier()
			digit := b.NewSub(i32(255), tid)
			c := b.NewLoad(types.I32, at(b, sHist, digit))
			var excl value.Value
			b, excl, _ = b.blockScan(c, sScanA, tid, threads) // candidates in digits above this one
			hit := b.NewAnd(b.NewICmp(enum.IPredSLT, excl, rem), b.NewICmp(enum.IPredSLE, rem, b.NewAdd(excl, c)))
			b = b.when(hit, func(b kb) kb {
				b.NewStore(digit, at(b, sSel, i32(0)))
				b.NewStore(excl, at(b, sSel, i32(1)))
				return b
			})
			b.barrier()
			D, above := b.NewLoad(types.I32, at(b, sSel, i32(0))), b.NewLoad(types.I32, at(b, sSel, i32(1)))
			rem = b.NewSub(rem, above)
			prefix = b.NewOr(prefix, b.NewShl(D, i32(shift)))
			mask = b.NewOr(mask, i32(255<<shift))
		}
		t, r := prefix, rem // the K-th code; how many of the codes equal to it to take
		b, _ = b.forN(i32(0), hiR, step, []value.Value{i32(0), i32(0)}, func(b kb, J0 value.Value, v []value.Value) (kb, []value.Value) {
			J := b.NewAdd(J0, tid)
			x := b.NewLoad(types.I32, at(b, sX, J))
			tie := b.NewICmp(enum.IPredEQ, x, t)
			b, tieBefore, ties := b.blockScan(b.NewZExt(tie, types.I32), sScanA, tid, threads)
			take := b.NewOr(b.NewICmp(enum.IPredUGT, x, t), b.NewAnd(tie, b.NewICmp(enum.IPredSLT, b.NewAdd(v[0], tieBefore), r)))
			b, pos, taken := b.blockScan(b.NewZExt(take, types.I32), sScanB, tid, threads)
			b = b.when(take, func(b kb) kb { b.NewStore(J, at(b, sC, b.NewAdd(v[1], pos))); return b })
			return b, []value.Value{b.NewAdd(v[0], ties), b.NewAdd(v[1], taken)}
		})
		b.barrier()
		b.NewBr(after.Block)
		return after
	}
	// write puts the K tiles of sC in the list after the forced ones: by
	// index (they are ascending), or by rank among themselves.
	write := func(b kb, K value.Value) kb {
		return b.each(tid, K, step, func(b kb, j value.Value) kb {
			J := b.NewLoad(types.I32, at(b, sC, j))
			var pos value.Value = j
			if !sp.orderIndex {
				x := b.NewLoad(types.I32, at(b, sX, J))
				var rank []value.Value
				b, rank = b.forN(i32(0), K, i32(1), []value.Value{i32(0)}, func(b kb, j2 value.Value, v []value.Value) (kb, []value.Value) {
					x2 := b.NewLoad(types.I32, at(b, sX, b.NewLoad(types.I32, at(b, sC, j2))))
					ahead := b.NewOr(b.NewICmp(enum.IPredUGT, x2, x), b.NewAnd(b.NewICmp(enum.IPredEQ, x2, x), b.NewICmp(enum.IPredSLT, j2, j)))
					return b, []value.Value{b.NewAdd(v[0], b.NewZExt(ahead, types.I32))}
				})
				pos = rank[0]
			}
			t := b.NewAdd(nF, pos)
			b.NewStore(J, gi32(b, pl, b.NewAdd(listRow, t)))
			b.NewStore(i32(0), gi32(b, pl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
			return b
		})
	}

	var take value.Value
	switch sp.mode {
	case "mass":
		// Rank the best kTry, sum them in order; if the mass is not
		// reached and candidates remain, quadruple kTry.
		pre := b
		head := kb{f.NewBlock("mass"), g}
		exit := kb{f.NewBlock("mass_done"), g}
		k0 := imin(pre, imax(pre, i32(64), mb), nCand)
		pre.NewBr(head.Block)
		kTry := head.NewPhi(ir.NewIncoming(k0, pre.Block))
		b = topk(head, kTry)
		b = write(b, kTry)
		b.barrier()
		b = b.when(b.NewICmp(enum.IPredEQ, warp, i32(0)), func(b kb) kb {
			fm := b.NewLoad(types.Double, at(b, sMass, i32(0)))
			tau := constant.NewFloat(types.Double, sp.mass)
			b, v := b.forN(i32(0), kTry, i32(32), []value.Value{fm, i32(0)}, func(b kb, base value.Value, v []value.Value) (kb, []value.Value) {
				idx := b.NewAdd(base, lane)
				b, e := b.cond(b.NewICmp(enum.IPredSLT, idx, kTry), func(b kb) (kb, value.Value) {
					J := b.NewLoad(types.I32, gi32(b, pl, b.NewAdd(b.NewAdd(listRow, nF), idx)))
					code := b.NewLoad(types.I32, at(b, sX, J))
					return b, b.NewBitCast(b.NewSub(code, i32(2)), types.Float)
				}, f32(0))
				acc, n := v[0], v[1]
				for s := range int64(32) {
					es := b.shflIdx(e, i32(s))
					more := b.NewAnd(b.NewFCmp(enum.FPredOLT, acc, tau), b.NewICmp(enum.IPredSLT, b.NewAdd(base, i32(s)), kTry))
					acc = b.NewSelect(more, b.NewFAdd(acc, b.NewFPExt(es, types.Double)), acc)
					n = b.NewSelect(more, b.NewAdd(n, i32(1)), n)
				}
				return b, []value.Value{acc, n}
			})
			return b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
				b.NewStore(v[1], at(b, sCnt, i32(1)))
				b.NewStore(b.NewZExt(b.NewFCmp(enum.FPredOGE, v[0], tau), types.I32), at(b, sCnt, i32(2)))
				return b
			})
		})
		b.barrier()
		n := b.NewLoad(types.I32, at(b, sCnt, i32(1)))
		reached := b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, at(b, sCnt, i32(2))), i32(0))
		done := b.NewOr(reached, b.NewICmp(enum.IPredSGE, kTry, nCand))
		kTry.Incs = append(kTry.Incs, ir.NewIncoming(imin(b, b.NewMul(kTry, i32(4)), nCand), b.Block))
		b.NewCondBr(done, exit.Block, head.Block)
		b = exit
		take = imax(b, n, mb)
	default:
		switch sp.mode {
		case "top", "density":
			var k value.Value = i32(int64(sp.top))
			if sp.mode == "density" {
				// ⌈ρ·allowed − 1e-9⌉, as the host computes it.
				x := b.NewFSub(b.NewFMul(constant.NewFloat(types.Double, sp.density), b.NewSIToFP(nAl, types.Double)), constant.NewFloat(types.Double, 1e-9))
				ceil := b.NewCall(g.intrinsic("llvm.ceil.f64", types.Double, types.Double), x)
				k = b.NewFPToSI(ceil, types.I32)
			}
			take = imin(b, imax(b, b.NewSub(k, nF), i32(0)), nCand)
		default: // all
			take = nCand
		}
		take = imax(b, take, mb)
		b = topk(b, take)
		b = write(b, take)
	}
	// The padding.
	b = b.each(b.NewAdd(b.NewAdd(nF, take), tid), pNK, step, func(b kb, t value.Value) kb {
		b.NewStore(i32(-1), gi32(b, pl, b.NewAdd(listRow, t)))
		b.NewStore(i32(-1), gi32(b, pl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: "select", BlockRows: threads, D: d, BQ: sp.bq, BK: sp.bk}
}
