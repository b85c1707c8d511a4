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
//	           forced tiles (diagonal, sink, local), the rest sorted by
//	           descending score (ties: lower J first — the host's stable
//	           sort), cut by the mode (mass, top, density, all,
//	           min_blocks), written in blockselect's [H, NQ, 2, NK] layout.
//
// The scores are float32 (the host library's are float64), so a tile whose
// score or cumulative mass sits within rounding of a threshold or a tie may
// be chosen differently from the host's choice on its own scores; given
// the same scores, the choice is the host's exactly (the mass is summed in
// float64 in the host's order). Tests check both: the GPU's scores against
// the host's, and its lists against the host's selection on the GPU's
// scores.

// SelectLimit is the most key tiles a row may have on the GPU (a bitonic
// sort of 64-bit keys in shared memory).
const SelectLimit = 4096

// gpuSelectable says whether steps blockscore (si) and blockselect (si+1)
// run on the GPU, and why not.
func gpuSelectable(p *tile.Program, si int) error {
	if si+1 >= len(p.Steps) {
		return fmt.Errorf("no blockselect follows")
	}
	sc, se := p.Steps[si], p.Steps[si+1]
	id := func(s *tile.Step, k string) string { v, _ := s.Attrs[k].(string); return v }
	n := func(s *tile.Step, k string) int { v, _ := s.Attrs[k].(int); return v }
	switch {
	case sc.Op != "blockscore" || se.Op != "blockselect" || se.Args[0] != sc.Out:
		return fmt.Errorf("not a blockscore feeding a blockselect")
	case id(sc, "method") != "mean":
		return fmt.Errorf("score(%s) runs on the host", id(sc, "method"))
	case len(sc.Args) > 2 || len(se.Args) > 1 || n(se, "segment") > 0:
		return fmt.Errorf("permutations run on the host")
	case n(sc, "heads") > 0:
		return fmt.Errorf("proxy heads run on the host")
	case id(se, "mode") == "budget":
		return fmt.Errorf("budget selection runs on the host")
	case sc.Args[0].Type.DType.String() != "bf16" && sc.Args[0].Type.DType.String() != "f16":
		return fmt.Errorf("inputs are %s", sc.Args[0].Type.DType)
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
	acc := b.NewAlloca(types.Float)
	b.NewStore(f32(0), acc)
	b = b.loop(r0, r1, func(b kb, r value.Value) kb {
		x := b.NewLoad(types.I16, b.NewGetElementPtr(types.I16, base, b.i64(b.NewMul(r, i32(int64(d))))))
		b.NewStore(b.NewFAdd(b.NewLoad(types.Float, acc), b.b16f32(dt, x)), acc)
		return b
	})
	cnt := b.NewSIToFP(b.NewSub(r1, r0), types.Float)
	mean := b.NewFDiv(b.NewLoad(types.Float, acc), cnt)
	out := b.NewGetElementPtr(types.Float, po, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), t)))
	b.NewStore(mean, out)
	b.NewRet(nil)
	return Kernel{Name: name, Kind: "pool", BlockRows: d, D: d, BQ: rows}
}

// b16f32 widens a bf16 or f16 bit pattern to f32.
func (b kb) b16f32(dt string, x value.Value) value.Value {
	if dt == "bf16" {
		return b.NewBitCast(b.NewShl(b.NewZExt(x, types.I32), i32(16)), types.Float)
	}
	return b.asm(types.Float, "cvt.f32.f16 $0, $1;", "=f,h", x)
}

// loop emits for i := lo; i < hi; i++ { body } with the counter in an
// alloca (these kernels are not hot; ptxas keeps it in a register) and
// returns the block after the loop.
func (b kb) loop(lo, hi value.Value, body func(b kb, i value.Value) kb) kb {
	return b.loopStep(lo, hi, i32(1), body)
}

func (b kb) loopStep(lo, hi, step value.Value, body func(b kb, i value.Value) kb) kb {
	f := b.Parent
	ctr := b.NewAlloca(types.I32)
	b.NewStore(lo, ctr)
	head := kb{f.NewBlock(""), b.g}
	bodyB := kb{f.NewBlock(""), b.g}
	exit := kb{f.NewBlock(""), b.g}
	b.NewBr(head.Block)
	i := head.NewLoad(types.I32, ctr)
	head.NewCondBr(head.NewICmp(enum.IPredSLT, i, hi), bodyB.Block, exit.Block)
	end := body(bodyB, i)
	end.NewStore(end.NewAdd(i, step), ctr)
	end.NewBr(head.Block)
	return exit
}

// when emits if cond { body } and returns the block after it.
func (b kb) when(cond value.Value, body func(b kb) kb) kb {
	f := b.Parent
	then := kb{f.NewBlock(""), b.g}
	after := kb{f.NewBlock(""), b.g}
	b.NewCondBr(cond, then.Block, after.Block)
	body(then).NewBr(after.Block)
	return after
}

// selectSpec holds the attributes of a blockselect the GPU runs.
type selectSpec struct {
	mode                string
	mass, density       float64
	top, local, minBlks int
	sink, diagonal      bool
	orderIndex          bool
	bq, bk              int
}

// scores emits e[h, I, J] = c·log2(e)·q̄[h, I]·k̄[h/group, J] for all tile
// pairs, a float32 GEMM per head: grid (⌈NK/64⌉, ⌈NQ/64⌉, H) of 16×16
// threads, each 4×4 outputs, operands through shared memory in chunks of
// 16 of the head dim. Parameters: qm [H, NQ, d], km [G, NK, d], e, NQ, NK,
// group.
func (g *gen) scores(name string, d int, scale float64) Kernel {
	fp := types.NewPointer(types.Float)
	pqm, pkm, pe := ir.NewParam("qm", fp), ir.NewParam("km", fp), ir.NewParam("e", fp)
	pNQ, pNK, pG := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pqm, pkm, pe, pNQ, pNK, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 256`)
	tileT := types.NewArray(16*64, types.Float)
	sA := g.m.NewGlobalDef(name+"_a", constant.NewUndef(tileT))
	sB := g.m.NewGlobalDef(name+"_b", constant.NewUndef(tileT))
	for _, v := range []*ir.Global{sA, sB} {
		v.AddrSpace, v.Typ = 3, nil
		v.Type()
		v.Align = 16
		v.Linkage = enum.LinkageInternal
	}
	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	tid, bx, by, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y"), sreg("ctaid.z")
	tx, ty := b.NewAnd(tid, i32(15)), b.NewLShr(tid, i32(4))
	I0, J0 := b.NewMul(by, i32(64)), b.NewMul(bx, i32(64))
	kvh := b.NewSDiv(h, pG)
	elem := func(gl *ir.Global, dd, r value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), b.NewAdd(b.NewMul(dd, i32(64)), r))
	}
	acc := make([]value.Value, 16)
	for i := range acc {
		acc[i] = f32(0)
	}
	for d0 := 0; d0 < d; d0 += 16 {
		// 64 rows × 16 of the head dim, 4 per thread, for each operand.
		for r := range 4 {
			idx := b.NewAdd(tid, i32(int64(256*r)))
			row, dd := b.NewLShr(idx, i32(4)), b.NewAnd(idx, i32(15))
			col := b.NewAdd(dd, i32(int64(d0)))
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
				b.NewStore(b.NewSelect(ok, x, f32(0)), elem(op.gl, dd, row))
			}
		}
		b.barrier()
		for dd := range 16 {
			var av, bv [4]value.Value
			for i := range 4 {
				av[i] = b.NewLoad(types.Float, elem(sA, i32(int64(dd)), b.NewAdd(ty, i32(int64(16*i)))))
				bv[i] = b.NewLoad(types.Float, elem(sB, i32(int64(dd)), b.NewAdd(tx, i32(int64(16*i)))))
			}
			for i := range 4 {
				for j := range 4 {
					acc[4*i+j] = b.fma(av[i], bv[j], acc[4*i+j])
				}
			}
		}
		b.barrier()
	}
	c := f32(scale * math.Log2E)
	for i := range 4 {
		I := b.NewAdd(b.NewAdd(I0, ty), i32(int64(16*i)))
		for j := range 4 {
			J := b.NewAdd(b.NewAdd(J0, tx), i32(int64(16*j)))
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
// (NQ, H), selectThreads threads. Parameters: cls (u8 [CH, NQ, NK]), ch,
// e (f32 [H, NQ, NK]: the scores kernel's output in, the scores E out),
// list (i32 [H, NQ, 2, NK] out), NQ, NK, group.
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

	// Shared memory: keys (u64) [SelectLimit], q̄ [d], reduction [32],
	// forced flags (u8) [SelectLimit].
	keyT := types.NewArray(SelectLimit, types.I64)
	smKeys := g.m.NewGlobalDef(name+"_keys", constant.NewUndef(keyT))
	smRed := g.m.NewGlobalDef(name+"_red", constant.NewUndef(types.NewArray(32, types.Float)))
	smFlag := g.m.NewGlobalDef(name+"_flag", constant.NewUndef(types.NewArray(SelectLimit, types.I8)))
	smCnt := g.m.NewGlobalDef(name+"_cnt", constant.NewUndef(types.NewArray(4, types.I32)))
	for _, v := range []*ir.Global{smKeys, smRed, smFlag, smCnt} {
		v.AddrSpace, v.Typ = 3, nil
		v.Type()
		v.Align = 16
		v.Linkage = enum.LinkageInternal
	}
	at := func(b kb, gl *ir.Global, elem types.Type, i value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), i)
	}

	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	tid, I, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y")
	row := b.NewAdd(b.NewMul(h, pNQ), I)                                  // (h, I)
	clsRow := b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), I), pNK) // cls[h·ch, I, :]
	eRow := b.NewMul(row, pNK)                                            // e[h, I, :]
	listRow := b.NewMul(b.NewMul(row, i32(2)), pNK)                       // list[h, I, 0, :]
	allowed := func(b kb, J value.Value) value.Value {
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(b.NewAdd(clsRow, J))))
		return b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0))
	}
	// a_J (log2 units, from the scores kernel) for allowed J, -inf
	// otherwise, kept in e; the max.
	mx := b.NewAlloca(types.Float)
	b.NewStore(f32(math.Inf(-1)), mx)
	b = b.loopStep(tid, pNK, i32(threads), func(b kb, J value.Value) kb {
		ok := allowed(b, J)
		p := b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J)))
		a := b.NewSelect(ok, b.NewLoad(types.Float, p), f32(math.Inf(-1)))
		b.NewStore(a, p)
		b.NewStore(b.fmax(b.NewLoad(types.Float, mx), a), mx)
		return b
	})
	gmax, b := b.blockReduce(b.NewLoad(types.Float, mx), smRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.fmax(x, y) })
	mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, gmax, f32(math.Inf(-1))), f32(0), gmax)
	sum := b.NewAlloca(types.Float)
	b.NewStore(f32(0), sum)
	b = b.loopStep(tid, pNK, i32(threads), func(b kb, J value.Value) kb {
		p := b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J)))
		x := b.ex2(b.NewFSub(b.NewLoad(types.Float, p), mUse))
		b.NewStore(x, p)
		b.NewStore(b.NewFAdd(b.NewLoad(types.Float, sum), x), sum)
		return b
	})
	z, b := b.blockReduce(b.NewLoad(types.Float, sum), smRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
	inv := b.NewFDiv(f32(1), z)
	// E_J = p_J/z (-1 where not allowed); forced flags; sort keys.
	d0 := b.NewSDiv(b.NewMul(I, i32(int64(sp.bq))), i32(int64(sp.bk)))
	d1 := b.NewSDiv(b.NewSub(b.NewMul(b.NewAdd(I, i32(1)), i32(int64(sp.bq))), i32(1)), i32(int64(sp.bk)))
	p2 := b.NewAlloca(types.I32) // the sort's length: NK rounded up to a power of two
	b.NewStore(i32(1), p2)
	b = b.loop(i32(0), i32(13), func(b kb, _ value.Value) kb {
		v := b.NewLoad(types.I32, p2)
		b.NewStore(b.NewSelect(b.NewICmp(enum.IPredSLT, v, pNK), b.NewShl(v, i32(1)), v), p2)
		return b
	})
	P2 := b.NewLoad(types.I32, p2)
	nAllowed := b.NewAlloca(types.Float) // this thread's allowed tiles
	b.NewStore(f32(0), nAllowed)
	b = b.loopStep(tid, P2, i32(threads), func(b kb, J value.Value) kb {
		in := b.NewICmp(enum.IPredSLT, J, pNK)
		safeJ := b.NewSelect(in, J, i32(0))
		ok := b.NewAnd(in, allowed(b, safeJ))
		b.NewStore(b.NewFAdd(b.NewLoad(types.Float, nAllowed), b.NewUIToFP(ok, types.Float)), nAllowed)
		p := b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, safeJ)))
		e := b.NewSelect(ok, b.NewFMul(b.NewLoad(types.Float, p), inv), f32(-1))
		b = b.when(in, func(b kb) kb { b.NewStore(e, p); return b })
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
		forced = b.NewAnd(forced, ok)
		b.NewStore(b.NewZExt(forced, types.I8), at(b, smFlag, types.I8, J))
		// key: candidates (allowed, not forced) by score bits, then lower J.
		bits := b.NewZExt(b.NewBitCast(e, types.I32), types.I64)
		key := b.NewOr(b.NewShl(bits, constant.NewInt(types.I64, 32)), b.NewZExt(b.NewSub(i32(-1), J), types.I64))
		cand := b.NewAnd(ok, b.NewXor(forced, constant.True))
		b.NewStore(b.NewSelect(cand, key, constant.NewInt(types.I64, 0)), at(b, smKeys, types.I64, J))
		return b
	})
	b.barrier()
	// Bitonic sort, descending.
	kk := b.NewAlloca(types.I32)
	b.NewStore(i32(2), kk)
	sortHead := kb{f.NewBlock("sort_k"), g}
	sortBody := kb{f.NewBlock("sort_k_body"), g}
	sorted := kb{f.NewBlock("sorted"), g}
	b.NewBr(sortHead.Block)
	kv := sortHead.NewLoad(types.I32, kk)
	sortHead.NewCondBr(sortHead.NewICmp(enum.IPredSLE, kv, P2), sortBody.Block, sorted.Block)
	jj := sortBody.NewAlloca(types.I32)
	sortBody.NewStore(sortBody.NewLShr(kv, i32(1)), jj)
	jHead := kb{f.NewBlock("sort_j"), g}
	jBody := kb{f.NewBlock("sort_j_body"), g}
	jDone := kb{f.NewBlock("sort_j_done"), g}
	sortBody.NewBr(jHead.Block)
	jv := jHead.NewLoad(types.I32, jj)
	jHead.NewCondBr(jHead.NewICmp(enum.IPredSGT, jv, i32(0)), jBody.Block, jDone.Block)
	jb := jBody.loopStep(tid, P2, i32(threads), func(b kb, i value.Value) kb {
		ixj := b.NewXor(i, jv)
		return b.when(b.NewICmp(enum.IPredUGT, ixj, i), func(b kb) kb {
			pa, pb := at(b, smKeys, types.I64, i), at(b, smKeys, types.I64, ixj)
			x, y := b.NewLoad(types.I64, pa), b.NewLoad(types.I64, pb)
			up := b.NewICmp(enum.IPredEQ, b.NewAnd(i, kv), i32(0)) // this half descends
			swap := b.NewSelect(up, b.NewICmp(enum.IPredULT, x, y), b.NewICmp(enum.IPredUGT, x, y))
			return b.when(swap, func(b kb) kb {
				b.NewStore(y, pa)
				b.NewStore(x, pb)
				return b
			})
		})
	})
	jb.barrier()
	jb.NewStore(jb.NewLShr(jv, i32(1)), jj)
	jb.NewBr(jHead.Block)
	jDone.NewStore(jDone.NewShl(kv, i32(1)), kk)
	jDone.NewBr(sortHead.Block)
	b = sorted
	// Allowed tiles, counted by every thread.
	nAlF, b := b.blockReduce(b.NewLoad(types.Float, nAllowed), smRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
	nAl := b.NewFPToSI(nAlF, types.I32)
	// Thread 0: the forced tiles (ascending; they lie in {0} ∪ [lo, d1]),
	// their mass, and how many candidates the mode takes. The mass is
	// summed in float64 in the host's order (forced by index, then by
	// score), so that on the same scores the cut is the host's to the bit.
	pNF, pTake := at(b, smCnt, types.I32, i32(0)), at(b, smCnt, types.I32, i32(1))
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		n := b.NewAlloca(types.I32)
		taken := b.NewAlloca(types.Double)
		b.NewStore(i32(0), n)
		b.NewStore(constant.NewFloat(types.Double, 0), taken)
		// appendEntry writes list entry n (tile J, forced flag) and counts it.
		appendEntry := func(b kb, J, flag value.Value) {
			t := b.NewLoad(types.I32, n)
			b.NewStore(J, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(listRow, t))))
			b.NewStore(flag, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(b.NewAdd(listRow, pNK), t))))
			b.NewStore(b.NewAdd(t, i32(1)), n)
		}
		force := func(b kb, J value.Value) kb {
			fl := b.NewLoad(types.I8, at(b, smFlag, types.I8, J))
			return b.when(b.NewICmp(enum.IPredNE, fl, constant.NewInt(types.I8, 0)), func(b kb) kb {
				appendEntry(b, J, i32(1))
				e := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
				b.NewStore(b.NewFAdd(b.NewLoad(types.Double, taken), b.NewFPExt(e, types.Double)), taken)
				return b
			})
		}
		b = force(b, i32(0))
		var lo value.Value = d0
		if sp.local > 0 {
			lo = b.NewSub(d0, i32(int64(sp.local)))
		}
		lo = b.NewSelect(b.NewICmp(enum.IPredSGT, lo, i32(1)), lo, i32(1))
		var hi value.Value = b.NewAdd(d1, i32(1))
		hi = b.NewSelect(b.NewICmp(enum.IPredSLT, hi, pNK), hi, pNK)
		b = b.loop(lo, hi, force)
		nF := b.NewLoad(types.I32, n)
		nCand := b.NewSub(nAl, nF)
		var take value.Value
		switch sp.mode {
		case "mass":
			// while taken < τ: take the next candidate (sorted keys).
			tk := b.NewAlloca(types.I32)
			b.NewStore(i32(0), tk)
			f := b.Parent
			head, body, done := kb{f.NewBlock(""), g}, kb{f.NewBlock(""), g}, kb{f.NewBlock(""), g}
			b.NewBr(head.Block)
			t := head.NewLoad(types.I32, tk)
			tv := head.NewLoad(types.Double, taken)
			more := head.NewAnd(head.NewICmp(enum.IPredSLT, t, nCand), head.NewFCmp(enum.FPredOLT, tv, constant.NewFloat(types.Double, sp.mass)))
			head.NewCondBr(more, body.Block, done.Block)
			key := body.NewLoad(types.I64, at(body, smKeys, types.I64, t))
			e := body.NewBitCast(body.NewTrunc(body.NewLShr(key, constant.NewInt(types.I64, 32)), types.I32), types.Float)
			body.NewStore(body.NewAdd(t, i32(1)), tk)
			body.NewStore(body.NewFAdd(tv, body.NewFPExt(e, types.Double)), taken)
			body.NewBr(head.Block)
			b = done
			take = b.NewLoad(types.I32, tk)
		case "top", "density":
			var k value.Value = i32(int64(sp.top))
			if sp.mode == "density" {
				// ⌈ρ·allowed − 1e-9⌉, as the host computes it.
				x := b.NewFSub(b.NewFMul(constant.NewFloat(types.Double, sp.density), b.NewSIToFP(nAl, types.Double)), constant.NewFloat(types.Double, 1e-9))
				ceil := b.NewCall(g.intrinsic("llvm.ceil.f64", types.Double, types.Double), x)
				k = b.NewFPToSI(ceil, types.I32)
			}
			var kf value.Value = b.NewSub(k, nF)
			kf = b.NewSelect(b.NewICmp(enum.IPredSGT, kf, i32(0)), kf, i32(0))
			take = b.NewSelect(b.NewICmp(enum.IPredSLT, kf, nCand), kf, nCand)
		default: // all
			take = nCand
		}
		if sp.minBlks > 0 {
			var mb value.Value = b.NewSelect(b.NewICmp(enum.IPredSLT, i32(int64(sp.minBlks)), nAl), i32(int64(sp.minBlks)), nAl)
			mb = b.NewSub(mb, nF)
			mb = b.NewSelect(b.NewICmp(enum.IPredSLT, mb, nCand), mb, nCand)
			take = b.NewSelect(b.NewICmp(enum.IPredSGT, mb, take), mb, take)
		}
		b.NewStore(nF, pNF)
		b.NewStore(take, pTake)
		if sp.orderIndex {
			// The taken candidates by index: mark, then compact (serial;
			// order(index) is not the common case).
			b = b.loop(i32(0), take, func(b kb, t value.Value) kb {
				key := b.NewLoad(types.I64, at(b, smKeys, types.I64, t))
				J := b.NewSub(i32(-1), b.NewTrunc(key, types.I32))
				b.NewStore(constant.NewInt(types.I8, 2), at(b, smFlag, types.I8, J))
				return b
			})
			b = b.loop(i32(0), pNK, func(b kb, J value.Value) kb {
				fl := b.NewLoad(types.I8, at(b, smFlag, types.I8, J))
				return b.when(b.NewICmp(enum.IPredEQ, fl, constant.NewInt(types.I8, 2)), func(b kb) kb {
					appendEntry(b, J, i32(0))
					return b
				})
			})
		}
		return b
	})
	b.barrier()
	// Every thread: the taken candidates (by score) and the padding.
	nF, take := b.NewLoad(types.I32, pNF), b.NewLoad(types.I32, pTake)
	end := b.NewAdd(nF, take)
	b = b.loopStep(b.NewAdd(nF, tid), pNK, i32(threads), func(b kb, t value.Value) kb {
		J, flag := value.Value(i32(-1)), value.Value(i32(-1))
		if !sp.orderIndex {
			in := b.NewICmp(enum.IPredSLT, t, end)
			key := b.NewLoad(types.I64, at(b, smKeys, types.I64, b.NewSelect(in, b.NewSub(t, nF), i32(0))))
			J = b.NewSelect(in, b.NewSub(i32(-1), b.NewTrunc(key, types.I32)), i32(-1))
			flag = b.NewSelect(in, i32(0), i32(-1))
		} else {
			// thread 0 wrote [nF, end); the rest is padding
			skip := b.NewICmp(enum.IPredSLT, t, end)
			return b.when(b.NewXor(skip, constant.True), func(b kb) kb {
				b.NewStore(J, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(listRow, t))))
				b.NewStore(flag, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(b.NewAdd(listRow, pNK), t))))
				return b
			})
		}
		b.NewStore(J, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(listRow, t))))
		b.NewStore(flag, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(b.NewAdd(listRow, pNK), t))))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: "select", BlockRows: threads, D: d, BQ: sp.bq, BK: sp.bk}
}

// blockReduce combines x over the CTA (threads a multiple of 32) through
// red (32 floats of shared memory); every thread gets the result.
func (b kb) blockReduce(x value.Value, red *ir.Global, tid value.Value, threads int, op func(b kb, x, y value.Value) value.Value) (value.Value, kb) {
	for m := int64(16); m >= 1; m /= 2 {
		x = op(b, x, b.bfly(x, m))
	}
	warp, lane := b.NewLShr(tid, i32(5)), b.NewAnd(tid, i32(31))
	slot := func(i value.Value) value.Value { return b.NewGetElementPtr(red.ContentType, red, i32(0), i) }
	b.barrier() // red may still be read from an earlier reduction
	b = b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(t kb) kb { t.NewStore(x, slot(warp)); return t })
	b.barrier()
	var y value.Value = b.NewLoad(types.Float, slot(i32(0)))
	for w := 1; w < threads/32; w++ {
		y = op(b, y, b.NewLoad(types.Float, slot(i32(int64(w)))))
	}
	return y, b
}
