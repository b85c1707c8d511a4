package nvptx

import (
	"fmt"
	"math"
	"os"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// permute(scope: local, probe: mean) on the GPU (PBS-Attn): every key
// segment of every head is sorted under the last query segment's mean
// query, one order for all query segments, so the device keeps it once
// per head ([H, 1, N]: the runtime passes segment = M, one segment). Two
// launches:
//
//	permute: a CTA per (key segment, head), a thread per key: the probe
//	         (the mean of the last query segment's rows, f32), each key's
//	         score c·probe·k_j, then a bitonic sort of (score descending,
//	         key ascending) in shared memory — the host's order under
//	         one probe row (docs/passes.md); a NaN or +Inf score, or none
//	         above −Inf, leaves the segment as it is, as on the host;
//	classes: the class table of the permuted tiles ([H, NQ, NK]: 0 empty,
//	         1 partial, 2 full), from each key tile's smallest and largest
//	         key, for a causal mask or none (interval classification;
//	         other masks keep the permutation on the host).
//
// With probe: last (permLocalLast) the permute kernel's probe is each row
// of the last query segment's last query tile instead: a key's importance
// is the mean over those rows of its softmax probability among its
// segment's keys, and the sort is by importance (docs/passes.md).
//
// Then blockscore pools the keys through the permutation (poolGather) and
// the select kernel forces the query's own segment; the attention kernel
// gathers as it does for the host's permutation. Scores are float32
// against the host's float64: keys whose scores lie within rounding of
// each other may swap.

// permThreads is the permute kernel's CTA for segments of seg keys: the
// next power of two (the bitonic sort's width).
func permThreads(seg int) int {
	n := 32
	for n < seg {
		n *= 2
	}
	return n
}

// gpuPermutable says whether permute step s runs on the GPU, and why not
// (p's steps give the mask of the blockscore reading it).
func gpuPermutable(p *tile.Program, si int) error {
	s := p.Steps[si]
	pc := s.Permute()
	if pc == nil {
		return fmt.Errorf("not a permute")
	}
	q := s.Args[0]
	switch {
	case pc.Scope != "local" && pc.Scope != "global":
		return fmt.Errorf("permute(scope: %s) has no GPU kernel", pc.Scope)
	case pc.Scope == "global" && os.Getenv("ATTNC_GPU_PERM_GLOBAL") == "0":
		// The host's global permutation, for A/B runs against the kernels.
		return fmt.Errorf("permute(scope: global) on the host: ATTNC_GPU_PERM_GLOBAL=0")
	case pc.Probe == "last" && pc.Scope == "global":
		// Each query segment's last query tile against every earlier key,
		// twice over (the rows' normalisers, then the importances): a
		// quarter of the attention's products at segments of four tiles.
		return fmt.Errorf("permute(probe: last, scope: global) has no GPU kernel (probe: last has, with scope: local)")
	case pc.Probe != "mean" && pc.Probe != "last":
		return fmt.Errorf("permute(probe: %s) has no GPU kernel", pc.Probe)
	case pc.Scope == "local" && pc.Segment > 1024:
		return fmt.Errorf("permute(segment: %d): the GPU sorts segments of up to 1024 keys", pc.Segment)
	case pc.Probe == "last" && lastSmem(q.Type.Shape[2].Size, pc.Segment, pc.BQ) > 48<<10:
		return fmt.Errorf("permute(probe: last) of head dim %d, segments of %d and query tiles of %d: its probe rows need %d bytes of shared memory, the GPU kernel 48 KiB", q.Type.Shape[2].Size, pc.Segment, pc.BQ, lastSmem(q.Type.Shape[2].Size, pc.Segment, pc.BQ))
	case pc.Probe == "last" && q.Type.Shape[2].Size%2 != 0:
		return fmt.Errorf("permute(probe: last) of odd head dim %d has no GPU kernel", q.Type.Shape[2].Size)
	case q.Type.DType.String() != "bf16" && q.Type.DType.String() != "f16" && q.Type.DType.String() != "f32":
		return fmt.Errorf("inputs are %s", q.Type.DType)
	}
	for _, u := range p.Steps[si+1:] {
		if sc := u.Score(); sc != nil && u.Perm() == s.Out {
			if !causalOrNone(sc.Mask) {
				return fmt.Errorf("the GPU classifies permuted tiles for a causal mask or none, not %s", sc.Mask)
			}
		}
	}
	return nil
}

// permutedOK says whether blockscore si and its blockselect, which read a
// permutation, run on the GPU: the permutation must (gpuPermutable), the
// scores be mean-pooled and the sink not forced (it moves with the keys).
func permutedOK(p *tile.Program, si int) error {
	sc, sel := p.Steps[si], p.Steps[si+1]
	if len(sc.Args) < 3 || len(sel.Args) < 2 || sel.Args[1] != sc.Args[2] {
		return fmt.Errorf("the scores and the selection read different permutations")
	}
	pi := p.Index(sc.Args[2])
	if pi < 0 {
		return fmt.Errorf("no permute defines %s", sc.Args[2].Ref())
	}
	if err := gpuPermutable(p, pi); err != nil {
		return err
	}
	switch {
	case sc.Score().Method != "mean":
		return fmt.Errorf("score(%s) of permuted keys has no GPU kernel", sc.Score().Method)
	case sel.Select().Sink:
		return fmt.Errorf("keep: [sink] with permuted keys has no GPU kernel")
	}
	return nil
}

// permLocal emits the permute kernel (see the file comment): grid
// (⌈N/seg⌉, H). Parameters: q [H, M, d], k [G, N, d] (b16), perm (i32 [H,
// N] out), M, N, group.
func (g *gen) permLocal(name, dt string, d, seg int, scale float64) Kernel {
	P := permThreads(seg)
	hp, ip := types.NewPointer(elemType(dt)), types.NewPointer(types.I32)
	pq, pk, pp := ir.NewParam("q", hp), ir.NewParam("k", hp), ir.NewParam("perm", ip)
	pM, pN, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pk, pp, pM, pN, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(P))
	sProbe := g.shared(name+"_probe", types.NewArray(uint64(d), types.Float), 16)
	sKey := g.shared(name+"_keys", types.NewArray(uint64(P), types.I64), 16)
	sFlag := g.shared(name+"_flag", types.NewArray(2, types.I32), 4) // a NaN or +Inf score; a score above −Inf
	b := kb{f.NewBlock("entry"), g}
	tid, S, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	kvh := b.NewSDiv(h, pG)
	b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
		b.NewStore(i32(0), b.sharedAt(sFlag, i32(0)))
		b.NewStore(i32(0), b.sharedAt(sFlag, i32(1)))
		return b
	})
	// The probe: the mean query of the last query segment [lo, M).
	nsq := b.NewSDiv(b.NewAdd(pM, i32(int64(seg-1))), i32(int64(seg)))
	lo := b.NewMul(b.NewSub(nsq, i32(1)), i32(int64(seg)))
	cnt := b.NewSIToFP(b.NewSub(pM, lo), types.Float)
	qh := b.NewGetElementPtr(elemType(dt), pq, b.i64(b.NewMul(b.NewMul(h, pM), i32(int64(d)))))
	b = b.each(tid, i32(int64(d)), i32(int64(P)), func(b kb, c value.Value) kb {
		b, sum := b.forN(lo, pM, i32(1), []value.Value{f32(0)}, func(b kb, i value.Value, v []value.Value) (kb, []value.Value) {
			return b, []value.Value{b.NewFAdd(v[0], b.loadElem(dt, qh, b.NewAdd(b.NewMul(i, i32(int64(d))), c)))}
		})
		b.NewStore(b.NewFDiv(sum[0], cnt), b.sharedAt(sProbe, c))
		return b
	})
	b.barrier()
	// This thread's key and its score; its sort key orders by score
	// descending, then key ascending; keys past the segment sort last.
	j := b.NewAdd(b.NewMul(S, i32(int64(seg))), tid)
	valid := b.NewAnd(b.NewICmp(enum.IPredSLT, tid, i32(int64(seg))), b.NewICmp(enum.IPredSLT, j, pN))
	b, x := b.cond(valid, func(b kb) (kb, value.Value) {
		kr := b.NewGetElementPtr(elemType(dt), pk, b.i64(b.NewMul(b.NewAdd(b.NewMul(kvh, pN), j), i32(int64(d)))))
		b, dot := b.forN(i32(0), i32(int64(d)), i32(1), []value.Value{f32(0)}, func(b kb, c value.Value, v []value.Value) (kb, []value.Value) {
			kv := b.loadElem(dt, kr, c)
			return b, []value.Value{b.fma(b.NewLoad(types.Float, b.sharedAt(sProbe, c)), kv, v[0])}
		})
		return b, b.NewFMul(dot[0], f32(scale))
	}, f32(0))
	// A NaN or +Inf score, or none above −Inf, makes the host's
	// importances NaN and its order the identity (docs/passes.md): so here.
	lane0 := b.NewICmp(enum.IPredEQ, b.NewAnd(tid, i32(31)), i32(0))
	bad := b.NewAnd(valid, b.NewFCmp(enum.FPredUEQ, x, f32(math.Inf(1))))
	above := b.NewAnd(valid, b.NewFCmp(enum.FPredOGT, x, negInf))
	for i, c := range []value.Value{b.voteAny(bad), b.voteAny(above)} {
		b = b.when(b.NewAnd(c, lane0), func(b kb) kb {
			b.NewStore(i32(1), b.sharedAt(sFlag, i32(int64(i))))
			return b
		})
	}
	b.barrier()
	ident := b.NewOr(b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(0))), i32(0)),
		b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(1))), i32(0)))
	permOrIdentity(b, ident, sKey, tid, j, x, valid, pp, h, pN, P).NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermute, BlockRows: P, D: d, Rows: seg}
}

// permOrIdentity is the local permute kernels' end: where ident holds (the
// same in every thread: read after a barrier) each valid thread writes its
// own key j in place, the host's order for NaN importances; else
// permSortStore sorts by x. It returns the block after both.
func permOrIdentity(b kb, ident value.Value, sKey *ir.Global, tid, j, x, valid, pp, h, pN value.Value, P int) kb {
	f := b.Parent
	sorted, identity, done := kb{f.NewBlock("sort"), b.g}, kb{f.NewBlock("identity"), b.g}, kb{f.NewBlock("done"), b.g}
	b.NewCondBr(ident, identity.Block, sorted.Block)
	identity = identity.when(valid, func(b kb) kb {
		b.NewStore(j, b.i32At(pp, b.NewAdd(b.NewMul(h, pN), j)))
		return b
	})
	identity.NewBr(done.Block)
	sorted = permSortStore(sorted, sKey, tid, j, x, valid, pp, h, pN, P)
	sorted.NewBr(done.Block)
	return done
}

// permSortStore sorts the CTA's keys (thread tid's key j, valid or not,
// with sort value x) by x descending, then j ascending — invalid keys last
// — by a bitonic sort of packed 64-bit keys in sKey (P of them), and
// stores each valid thread's place's key in perm[h, j].
func permSortStore(b kb, sKey *ir.Global, tid, j, x, valid, pp, h, pN value.Value, P int) kb {
	fb := b.NewBitCast(x, types.I32)
	neg := b.NewICmp(enum.IPredSLT, fb, i32(0))
	asc := b.NewXor(fb, b.NewSelect(neg, i32(-1), i32(math.MinInt32))) // ascending in x as unsigned
	desc := b.NewXor(asc, i32(-1))
	packed := b.NewOr(b.NewShl(b.NewZExt(desc, types.I64), constant.NewInt(types.I64, 32)), b.NewZExt(j, types.I64))
	key := b.NewSelect(valid, packed, constant.NewInt(types.I64, -1))
	b.NewStore(key, b.sharedAt(sKey, tid))
	b.barrier()
	// Bitonic sort, ascending.
	for k := 2; k <= P; k *= 2 {
		for jj := k / 2; jj > 0; jj /= 2 {
			partner := b.NewXor(tid, i32(int64(jj)))
			lower := b.NewICmp(enum.IPredUGT, partner, tid)
			b = b.when(lower, func(b kb) kb {
				a, c := b.NewLoad(types.I64, b.sharedAt(sKey, tid)), b.NewLoad(types.I64, b.sharedAt(sKey, partner))
				up := b.NewICmp(enum.IPredEQ, b.NewAnd(tid, i32(int64(k))), i32(0))
				swap := b.NewSelect(up, b.NewICmp(enum.IPredUGT, a, c), b.NewICmp(enum.IPredULT, a, c))
				return b.when(swap, func(b kb) kb {
					b.NewStore(c, b.sharedAt(sKey, tid))
					b.NewStore(a, b.sharedAt(sKey, partner))
					return b
				})
			})
			b.barrier()
		}
	}
	return b.when(valid, func(b kb) kb {
		phys := b.NewTrunc(b.NewLoad(types.I64, b.sharedAt(sKey, tid)), types.I32)
		b.NewStore(phys, b.i32At(pp, b.NewAdd(b.NewMul(h, pN), j)))
		return b
	})
}

// permClasses emits the class kernel of a permutation: grid (⌈NK/256⌉,
// NS, H), a thread per (key tile J, query segment s): its keys' range
// [kmin, kmax] through perm ([H, NS, N]; local scope's one order is NS =
// 1 with a segment of M queries), then cls[h, I, J] for every query tile
// I of the segment (queries [s·seg, (s+1)·seg)) under a causal mask
// (causal) or none. A short last tile is never full (its keys past N are
// masked in the kernel), as in Kernel.Classes. Parameters: perm, cls (u8
// [H, NQ, NK] out), M, N, NQ, NK, NS, seg.
func (g *gen) permClasses(name string, bq, bk int, causal bool) Kernel {
	const threads = 256
	ip, bp := types.NewPointer(types.I32), types.NewPointer(types.I8)
	pp, pc := ir.NewParam("perm", ip), ir.NewParam("cls", bp)
	pM, pN, pNQ, pNK := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	pNS, pSeg := ir.NewParam("NS", types.I32), ir.NewParam("seg", types.I32)
	f := g.m.NewFunc(name, types.Void, pp, pc, pM, pN, pNQ, pNK, pNS, pSeg)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	b := kb{f.NewBlock("entry"), g}
	s, h := b.sreg("ctaid.y"), b.sreg("ctaid.z")
	J := b.NewAdd(b.NewMul(b.sreg("ctaid.x"), i32(threads)), b.sreg("tid.x"))
	b = b.when(b.NewICmp(enum.IPredSLT, J, pNK), func(b kb) kb {
		k0 := b.NewMul(J, i32(int64(bk)))
		k1 := b.imin(b.NewAdd(k0, i32(int64(bk))), pN)
		row := b.NewGetElementPtr(types.I32, pp, b.NewMul(b.i64(b.NewAdd(b.NewMul(h, pNS), s)), b.i64(pN)))
		b, r := b.forN(k0, k1, i32(1), []value.Value{i32(math.MaxInt32), i32(-1)}, func(b kb, j value.Value, v []value.Value) (kb, []value.Value) {
			x := b.NewLoad(types.I32, b.i32At(row, j))
			return b, []value.Value{b.imin(v[0], x), b.imax(v[1], x)}
		})
		kmin, kmax := r[0], r[1]
		short := b.NewICmp(enum.IPredSLT, b.NewSub(k1, k0), i32(int64(bk)))
		full := b.NewSelect(short, constant.NewInt(types.I8, 1), constant.NewInt(types.I8, 2))
		lo := b.NewMul(s, pSeg)
		I0 := b.NewSDiv(lo, i32(int64(bq)))
		I1 := b.imin(b.NewSDiv(b.NewAdd(b.NewAdd(lo, pSeg), i32(int64(bq-1))), i32(int64(bq))), pNQ)
		return b.each(I0, I1, i32(1), func(b kb, I value.Value) kb {
			c := full
			if causal {
				q0 := b.NewMul(I, i32(int64(bq)))
				q1 := b.NewSub(b.imin(b.NewAdd(q0, i32(int64(bq))), pM), i32(1))
				part := b.NewSelect(b.NewICmp(enum.IPredSLE, kmax, q0), full, constant.NewInt(types.I8, 1))
				c = b.NewSelect(b.NewICmp(enum.IPredSGT, kmin, q1), constant.NewInt(types.I8, 0), part)
			}
			at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), I), pNK), J)
			b.NewStore(c, b.NewGetElementPtr(types.I8, pc, b.i64(at)))
			return b
		})
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermClass, BlockRows: threads, BQ: bq, BK: bk}
}

// poolGather emits pool through a permutation: x̄[h, T, :] = the mean of
// x[h/group] at the keys perm[h, T·rows ...] (b16 or f32 in, f32 out):
// grid (NT, H), d threads. Parameters: x, out, L, NT, perm ([H, L]), group.
func (g *gen) poolGather(name, dt string, d, rows int) Kernel {
	hp, fp, ip := types.NewPointer(elemType(dt)), types.NewPointer(types.Float), types.NewPointer(types.I32)
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", fp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	pp, pG := ir.NewParam("perm", ip), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT, pp, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(d))
	b := kb{f.NewBlock("entry"), g}
	t, T, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	r0 := b.NewMul(T, i32(int64(rows)))
	r1 := b.imin(b.NewAdd(r0, i32(int64(rows))), pL)
	base := b.NewGetElementPtr(elemType(dt), px, b.i64(b.NewAdd(b.NewMul(b.NewMul(b.NewSDiv(h, pG), pL), i32(int64(d))), t)))
	row := b.NewMul(h, pL)
	b, acc := b.forN(r0, r1, i32(1), []value.Value{f32(0)}, func(b kb, r value.Value, acc []value.Value) (kb, []value.Value) {
		j := b.NewLoad(types.I32, b.i32At(pp, b.NewAdd(row, r)))
		return b, []value.Value{b.NewFAdd(acc[0], b.loadElem(dt, base, b.NewMul(j, i32(int64(d)))))}
	})
	mean := b.NewFDiv(acc[0], b.NewSIToFP(b.NewSub(r1, r0), types.Float))
	b.NewStore(mean, b.NewGetElementPtr(types.Float, po, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), t))))
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, Arg: "k", Gather: true, BlockRows: d, D: d, BQ: rows}
}
