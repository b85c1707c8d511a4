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
// stays on the device: blockscore(mean) followed by blockselect becomes two
// kernels,
//
//	pool:   x̄[h, T, :] = mean of the rows of tile T of x (f32), for q and k;
//	select: one CTA per (query tile I, head h): a_J = c·q̄_I·k̄_J over the
//	        tiles the mask allows (the attention's class table), E = softmax
//	        over them, the forced tiles (diagonal, sink, local), the rest
//	        sorted by descending score (ties: lower J first — the host's
//	        stable sort), cut by the mode (mass, top, density, all,
//	        min_blocks), written in blockselect's [H, NQ, 2, NK] layout.
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

// scoreSelect emits the select kernel (see the file comment): grid
// (NQ, H), selectThreads threads. Parameters: qm [H, NQ, d], km [G, NK, d]
// (f32 means), cls (u8 [CH, NQ, NK]), ch, e (f32 [H, NQ, NK] out), list
// (i32 [H, NQ, 2, NK] out), NQ, NK, group.
func (g *gen) scoreSelect(name string, d int, scale float64, sp selectSpec) Kernel {
	const threads = 256
	fp := types.NewPointer(types.Float)
	ip := types.NewPointer(types.I32)
	pqm, pkm, pcls, pch := ir.NewParam("qm", fp), ir.NewParam("km", fp), ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	pe, pl := ir.NewParam("e", fp), ir.NewParam("list", ip)
	pNQ, pNK, pG := ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pqm, pkm, pcls, pch, pe, pl, pNQ, pNK, pG)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(threads))

	// Shared memory: keys (u64) [SelectLimit], q̄ [d], reduction [32],
	// forced flags (u8) [SelectLimit].
	keyT := types.NewArray(SelectLimit, types.I64)
	smKeys := g.m.NewGlobalDef(name+"_keys", constant.NewUndef(keyT))
	smQ := g.m.NewGlobalDef(name+"_q", constant.NewUndef(types.NewArray(uint64(d), types.Float)))
	smRed := g.m.NewGlobalDef(name+"_red", constant.NewUndef(types.NewArray(32, types.Float)))
	smFlag := g.m.NewGlobalDef(name+"_flag", constant.NewUndef(types.NewArray(SelectLimit, types.I8)))
	smCnt := g.m.NewGlobalDef(name+"_cnt", constant.NewUndef(types.NewArray(4, types.I32)))
	for _, v := range []*ir.Global{smKeys, smQ, smRed, smFlag, smCnt} {
		v.AddrSpace, v.Typ = 3, nil
		v.Type()
		v.Align = 16
		v.Linkage = enum.LinkageInternal
	}
	at := func(b kb, gl *ir.Global, elem types.Type, i value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), i)
	}
	_ = at

	b := kb{f.NewBlock("entry"), g}
	sreg := func(reg string) value.Value { return b.NewCall(g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32)) }
	tid, I, h := sreg("tid.x"), sreg("ctaid.x"), sreg("ctaid.y")
	kvh := b.NewSDiv(h, pG)
	row := b.NewAdd(b.NewMul(h, pNQ), I)                                  // (h, I)
	clsRow := b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, pch), pNQ), I), pNK) // cls[h·ch, I, :]
	eRow := b.NewMul(row, pNK)                                            // e[h, I, :]
	listRow := b.NewMul(b.NewMul(row, i32(2)), pNK)                       // list[h, I, 0, :]
	kmBase := b.NewMul(b.NewMul(kvh, pNK), i32(int64(d)))                 // km[kvh, 0, :]
	qmBase := b.NewMul(row, i32(int64(d)))                                // qm[h, I, :]
	allowed := func(b kb, J value.Value) value.Value {
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, pcls, b.i64(b.NewAdd(clsRow, J))))
		return b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0))
	}
	// q̄ into shared memory.
	b = b.loopStep(tid, i32(int64(d)), i32(threads), func(b kb, t value.Value) kb {
		x := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pqm, b.i64(b.NewAdd(qmBase, t))))
		b.NewStore(x, at(b, smQ, types.Float, t))
		return b
	})
	b.barrier()
	// a_J (log2 units) for allowed J, -inf otherwise, kept in e; the max.
	c := scale * math.Log2E
	mx := b.NewAlloca(types.Float)
	b.NewStore(f32(math.Inf(-1)), mx)
	b = b.loopStep(tid, pNK, i32(threads), func(b kb, J value.Value) kb {
		ok := allowed(b, J)
		var dot value.Value = f32(0)
		km := b.NewGetElementPtr(types.Float, pkm, b.i64(b.NewAdd(kmBase, b.NewMul(J, i32(int64(d))))))
		for t := range d {
			x := b.NewLoad(types.Float, at(b, smQ, types.Float, i32(int64(t))))
			y := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, km, i32(int64(t))))
			dot = b.fma(x, y, dot)
		}
		a := b.NewSelect(ok, b.NewFMul(dot, f32(c)), f32(math.Inf(-1)))
		b.NewStore(a, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
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
	b = b.loopStep(tid, P2, i32(threads), func(b kb, J value.Value) kb {
		in := b.NewICmp(enum.IPredSLT, J, pNK)
		safeJ := b.NewSelect(in, J, i32(0))
		ok := b.NewAnd(in, allowed(b, safeJ))
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
	// Thread 0 writes the list: forced ascending, then the cut.
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		n := b.NewAlloca(types.I32)   // entries written
		nf := b.NewAlloca(types.I32)  // forced
		nal := b.NewAlloca(types.I32) // allowed
		// The mass taken is summed in float64, in the host's order (forced
		// tiles by index, then by score), so that on the same scores the
		// cut is the host's to the bit.
		taken := b.NewAlloca(types.Double)
		b.NewStore(i32(0), n)
		b.NewStore(i32(0), nal)
		b.NewStore(constant.NewFloat(types.Double, 0), taken)
		put := func(b kb, J, flag value.Value) {
			t := b.NewLoad(types.I32, n)
			b.NewStore(J, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(listRow, t))))
			b.NewStore(flag, b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(b.NewAdd(listRow, pNK), t))))
			b.NewStore(b.NewAdd(t, i32(1)), n)
		}
		b = b.loop(i32(0), pNK, func(b kb, J value.Value) kb {
			e := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(eRow, J))))
			b.NewStore(b.NewAdd(b.NewLoad(types.I32, nal), b.NewZExt(b.NewFCmp(enum.FPredOGE, e, f32(0)), types.I32)), nal)
			fl := b.NewLoad(types.I8, at(b, smFlag, types.I8, J))
			return b.when(b.NewICmp(enum.IPredNE, fl, constant.NewInt(types.I8, 0)), func(b kb) kb {
				put(b, J, i32(1))
				b.NewStore(b.NewFAdd(b.NewLoad(types.Double, taken), b.NewFPExt(e, types.Double)), taken)
				return b
			})
		})
		b.NewStore(b.NewLoad(types.I32, n), nf)
		nF := b.NewLoad(types.I32, nf)
		nAl := b.NewLoad(types.I32, nal)
		nCand := b.NewSub(nAl, nF)
		// take: how many candidates the mode wants.
		var take value.Value
		switch sp.mode {
		case "mass":
			tk := b.NewAlloca(types.I32)
			b.NewStore(i32(0), tk)
			b = b.loop(i32(0), nCand, func(b kb, t value.Value) kb {
				tv := b.NewLoad(types.Double, taken)
				return b.when(b.NewFCmp(enum.FPredOLT, tv, constant.NewFloat(types.Double, sp.mass)), func(b kb) kb {
					// only while every earlier candidate was taken
					return b.when(b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, tk), t), func(b kb) kb {
						key := b.NewLoad(types.I64, at(b, smKeys, types.I64, t))
						e := b.NewBitCast(b.NewTrunc(b.NewLShr(key, constant.NewInt(types.I64, 32)), types.I32), types.Float)
						b.NewStore(b.NewAdd(t, i32(1)), tk)
						b.NewStore(b.NewFAdd(tv, b.NewFPExt(e, types.Double)), taken)
						return b
					})
				})
			})
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
		if sp.orderIndex {
			// Mark the taken candidates, then write them by index.
			b = b.loop(i32(0), take, func(b kb, t value.Value) kb {
				key := b.NewLoad(types.I64, at(b, smKeys, types.I64, t))
				J := b.NewSub(i32(-1), b.NewTrunc(key, types.I32))
				b.NewStore(constant.NewInt(types.I8, 2), at(b, smFlag, types.I8, J))
				return b
			})
			b = b.loop(i32(0), pNK, func(b kb, J value.Value) kb {
				fl := b.NewLoad(types.I8, at(b, smFlag, types.I8, J))
				return b.when(b.NewICmp(enum.IPredEQ, fl, constant.NewInt(types.I8, 2)), func(b kb) kb {
					put(b, J, i32(0))
					return b
				})
			})
		} else {
			b = b.loop(i32(0), take, func(b kb, t value.Value) kb {
				key := b.NewLoad(types.I64, at(b, smKeys, types.I64, t))
				put(b, b.NewSub(i32(-1), b.NewTrunc(key, types.I32)), i32(0))
				return b
			})
		}
		// Padding: -1 in both rows.
		return b.loop(b.NewLoad(types.I32, n), pNK, func(b kb, t value.Value) kb {
			b.NewStore(i32(-1), b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(listRow, t))))
			b.NewStore(i32(-1), b.NewGetElementPtr(types.I32, pl, b.i64(b.NewAdd(b.NewAdd(listRow, pNK), t))))
			return b
		})
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
