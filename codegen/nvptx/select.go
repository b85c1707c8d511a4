package nvptx

import (
	"fmt"
	"math"
	"slices"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
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
//	           themselves, written in blockselect's [H, NQ, 2, NK] layout
//	           and ended by a -1 (cuda.EndLists: the entries after it are
//	           not written; every consumer reads a list up to its -1).
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
	if S := adStride(sc); S > 0 && p.Steps[si].KeyLengths() != nil {
		return fmt.Errorf("score(%s) of a KV cache with key lengths has no GPU kernel", sc.Method)
	}
	if S := adStride(sc); S > 0 && attnir.HasQueryOffset(q.Type, p.Steps[si].Args[1].Type) {
		// adstats places the groups at their positions (lastGroup), but
		// no GPU run has checked it with an offset yet: the mean and
		// select kernels' has (TestGPUDriver's offset cases).
		return fmt.Errorf("score(%s) of queries offset from their keys is not verified on the GPU yet", sc.Method)
	}
	if sh, ok := adShapeOf(sc); ok {
		if err := adOK(sh, sc.BQ, sc.BK, q.Type.Shape[2].Size, sc.Pool, sc.Mask); err != nil {
			return fmt.Errorf("score(%s): %v", sc.Method, err)
		}
		if sc.Method == "oracle" && len(sc.Mod) > 0 {
			return fmt.Errorf("score(oracle) with a score modification has no GPU kernel")
		}
	}
	switch {
	case sc.Method == "probe" && adStride(sc) == 0:
		return fmt.Errorf("score(probe, pool: %s) has no GPU kernel (pool mean has)", sc.Pool)
	case sc.Method != "mean" && adStride(sc) == 0:
		return fmt.Errorf("score(%s) has no GPU kernel", sc.Method)
	case p.Steps[si].Perm() != nil || p.Steps[si+1].Perm() != nil || se.Segment > 0:
		if err := permutedOK(p, si); err != nil {
			return fmt.Errorf("the keys are permuted: %v", err)
		}
	}
	if sc.Heads > 0 {
		if err := proxyOK(p, si); err != nil {
			return fmt.Errorf("proxy heads: %v", err)
		}
	}
	switch {
	case se.Mode != "mass" && se.Mode != "top" && se.Mode != "density" && se.Mode != "all" && se.Mode != "budget":
		// The modes scoreSelect implements; any other (budget, a new one)
		// runs on the host, where runtime/sparse registers every mode.
		return fmt.Errorf("%s selection has no GPU kernel", se.Mode)
	}
	switch dt := q.Type.DType.String(); {
	case dt == "f32" && adStride(sc) > 0:
		return fmt.Errorf("inputs are f32 (score(%s)'s products run on the tensor cores: bf16 or f16)", sc.Method)
	case dt == "f32" && sc.Heads > 0:
		return fmt.Errorf("inputs are f32 (the proxy heads' kernels read bf16 or f16)")
	case dt != "bf16" && dt != "f16" && dt != "f32":
		return fmt.Errorf("inputs are %s", dt)
	}
	return nil
}

// causalOrNone says whether mask is `causal` or absent: the masks the
// scoring, permutation and per-row kernels place a row's keys under (a
// prefix of the keys, or all of them).
func causalOrNone(mask *attnir.Expr) bool {
	return mask == nil || mask.Op == attnir.ECall && mask.Name == "causal" && len(mask.Args) == 0
}

// adShape is how the antidiagonal kernels (antidiag.go) score a
// blockscore: the cells are groups of Sq queries (rows r) and Sk keys
// (columns t), each cell the sum of U products A[r,t] = Σ_{u<U}
// q[r·Sq+Sq−1−u]·k[t·Sk+u] scaled by c/U, softmax per row, then each
// tile's mass averaged over its rows. XAttention's antidiagonal scores are
// Sq = Sk = U = S; oracle scores — the exact mean over a tile's rows of
// each row's softmax mass in the tile — are 1, 1, 1; probe scores (pool
// mean) are every S-th query against every key, Sq = S, Sk = U = 1, where
// a row's query is clamped to the last (a tile shorter than S probes its
// last query) and a tile averages over its probes only (docs/passes.md).
type adShape struct {
	Sq, Sk, U int
	probe     bool
}

// adShapeOf is the shape the antidiagonal kernels score sc with, or false
// for methods they do not compute (mean, bound, …; probe with pool max,
// the largest probability, which is not a mass).
func adShapeOf(sc *tile.ScoreCall) (adShape, bool) {
	switch sc.Method {
	case "antidiagonal":
		return adShape{Sq: sc.Stride, Sk: sc.Stride, U: sc.Stride}, sc.Stride > 0
	case "oracle":
		return adShape{Sq: 1, Sk: 1, U: 1}, true
	case "probe":
		return adShape{Sq: sc.Stride, Sk: 1, U: 1, probe: true}, sc.Stride > 0 && (sc.Pool == "" || sc.Pool == "mean")
	}
	return adShape{}, false
}

// adStride is the query stride the antidiagonal kernels score sc with
// (adShapeOf), or 0 for methods they do not compute.
func adStride(sc *tile.ScoreCall) int {
	if sh, ok := adShapeOf(sc); ok {
		return sh.Sq
	}
	return 0
}

// poolLens is pool of the keys of a KV cache with key lengths: KV head
// h's tile T pools rows [T·rows, min((T+1)·rows, n)) of x[h] (L rows per
// head, the capacity), n = lens[h/gs] its sequence's keys, and a tile
// without keys gets zeros. Tiles below from[h/gs]/rows (the keys pooled
// by an earlier run of a growing cache, whose means out still holds) are
// left as they are: grid (NT − T0, G), d threads, CTA x pooling tile x +
// T0 (T0 ≤ every sequence's first tile to pool, so that a decode step
// launches a CTA per new tile, not per tile). Parameters: x, out, L, NT,
// lens (i32 [B]), gs (KV heads per sequence), from (i32 [B]), T0.
func (g *gen) poolLens(name, dt string, d, rows int) Kernel {
	hp, fp, ip := types.NewPointer(elemType(dt)), types.NewPointer(types.Float), types.NewPointer(types.I32)
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", fp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	plens, pgs, pfrom, pT0 := ir.NewParam("lens", ip), ir.NewParam("gs", types.I32), ir.NewParam("from", ip), ir.NewParam("T0", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT, plens, pgs, pfrom, pT0)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(d))
	b := kb{f.NewBlock("entry"), g}
	t, h := b.sreg("tid.x"), b.sreg("ctaid.y")
	T := b.NewAdd(b.sreg("ctaid.x"), pT0)
	seq := b.NewSDiv(h, pgs)
	n := b.NewLoad(types.I32, b.i32At(plens, seq))
	from := b.NewSDiv(b.NewLoad(types.I32, b.i32At(pfrom, seq)), i32(int64(rows)))
	b = b.when(b.NewAnd(b.NewICmp(enum.IPredSGE, T, from), b.NewICmp(enum.IPredSLT, T, pNT)), func(b kb) kb {
		r0 := b.NewMul(T, i32(int64(rows)))
		r1 := b.imax(b.imin(b.NewAdd(r0, i32(int64(rows))), n), r0)
		base := b.NewGetElementPtr(elemType(dt), px, b.i64(b.NewAdd(b.NewMul(b.NewMul(h, pL), i32(int64(d))), t)))
		b, acc := b.forN(r0, r1, i32(1), []value.Value{f32(0)}, func(b kb, r value.Value, acc []value.Value) (kb, []value.Value) {
			return b, []value.Value{b.NewFAdd(acc[0], b.loadElem(dt, base, b.NewMul(r, i32(int64(d)))))}
		})
		cnt := b.NewSIToFP(b.imax(b.NewSub(r1, r0), i32(1)), types.Float) // 0/1 for a tile without keys
		at := b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), t))
		b.NewStore(b.NewFDiv(acc[0], cnt), b.NewGetElementPtr(types.Float, po, at))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, BlockRows: d, D: d, BQ: rows, Lens: true}
}

// pool emits x̄[h, T, :] = mean over rows [T·rows, min((T+1)·rows, L)) of
// x[h, :, :] (b16 or f32 in, f32 out), each column a float32 sum in row
// order, then one division (poolMean's bits). A thread takes 16 bytes of
// a row — vec = 8 b16 or 4 f32 columns — for every row of its tile, so a
// tile is d/vec threads and a CTA holds Kernel.Rows = ⌊128/(d/vec)⌋
// tiles: grid (⌈NT/Rows⌉, heads). A warp's load is then 512 bytes of two
// rows or more, where a thread a column loaded 64 (the thirtieth
// session's call: pool q and k 0.47 ms each at 131072 × 32 heads on an
// H100, 1.07 GB each at ≈ 2.3 TB/s, and loading eight of a column's rows
// at once moved it 3 %). The rows' 16-byte loads need x 16-byte aligned,
// as the attention kernel's cp.async copies of q and k already do. Head
// dims that are not a multiple of vec get the thread a column (poolTo).
// Measured on an H100 in the thirty-first session at 131072 and 8 heads:
// pool q and k 0.193–0.196 ms against the thread a column's 0.216.
func (g *gen) pool(name, dt string, d, rows int) Kernel {
	vec := 8
	if dt == "f32" {
		vec = 4
	}
	if d%vec != 0 {
		return g.poolTo(name, dt, d, rows, false)
	}
	per := d / vec
	tiles := max(1, 128/per)
	threads := tiles * per
	hp := types.NewPointer(elemType(dt))
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", types.NewPointer(types.Float)), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	b := kb{f.NewBlock("entry"), g}
	tid, cx, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	T := b.NewAdd(b.NewMul(cx, i32(int64(tiles))), b.NewUDiv(tid, i32(int64(per))))
	c0 := b.NewMul(b.NewURem(tid, i32(int64(per))), i32(int64(vec))) // the thread's first column
	b = b.when(b.NewICmp(enum.IPredSLT, T, pNT), func(b kb) kb {
		r0 := b.NewMul(T, i32(int64(rows)))
		r1 := b.imin(b.NewAdd(r0, i32(int64(rows))), pL)
		base := b.NewGetElementPtr(elemType(dt), px, b.i64(b.NewAdd(b.NewMul(b.NewMul(h, pL), i32(int64(d))), c0)))
		acc0 := make([]value.Value, vec)
		for k := range acc0 {
			acc0[k] = f32(0)
		}
		// Eight rows' loads issued together (rows past r1 read r1 − 1 and
		// add nothing), then added column by column in row order.
		b, acc := b.strided(r0, r1, 1, 8, acc0, func(b kb, _, cl, ok []value.Value, acc []value.Value) (kb, []value.Value) {
			rowsX := make([][]value.Value, len(cl))
			for k, r := range cl {
				rowsX[k] = b.loadLanes(elemType(dt), b.NewGetElementPtr(elemType(dt), base, b.i64(b.NewMul(r, i32(int64(d))))), vec)
			}
			out := slices.Clone(acc)
			for k, xs := range rowsX {
				for c, x := range xs {
					out[c] = b.NewSelect(ok[k], b.NewFAdd(out[c], b.widen(dt, x)), out[c])
				}
			}
			return b, out
		})
		cnt := b.NewSIToFP(b.NewSub(r1, r0), types.Float)
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), c0)
		for q := 0; q < vec; q += 4 { // 16-byte stores
			v4 := types.NewVector(4, types.Float)
			var x value.Value = constant.NewUndef(v4)
			for k := range 4 {
				x = b.NewInsertElement(x, b.NewFDiv(acc[q+k], cnt), i32(int64(k)))
			}
			p := b.NewBitCast(b.NewGetElementPtr(types.Float, po, b.i64(b.NewAdd(at, i32(int64(q))))), types.NewPointer(v4))
			b.NewStore(x, p).Align = 16
		}
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, BlockRows: threads, D: d, BQ: rows, Rows: tiles}
}

// poolTo is pool with the means rounded to dt (b16) when b16 is set.
func (g *gen) poolTo(name, dt string, d, rows int, b16 bool) Kernel {
	hp := types.NewPointer(elemType(dt))
	var fp types.Type = types.NewPointer(types.Float)
	if b16 {
		fp = types.NewPointer(types.I16)
	}
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", fp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(d))
	b := kb{f.NewBlock("entry"), g}
	t, T, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	b, mean := b.poolMean(dt, d, rows, px, pL, t, T, h)
	at := b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), t))
	if b16 {
		b.NewStore(b.NewTrunc(b.pack(dt, mean, f32(0)), types.I16), b.NewGetElementPtr(types.I16, po, at))
	} else {
		b.NewStore(mean, b.NewGetElementPtr(types.Float, po, at))
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, BlockRows: d, D: d, BQ: rows}
}

// poolMean is column t of the mean of x's rows [T·rows, min((T+1)·rows,
// L)) of head h (x [heads, L, d] of dt: b16, or f32 for pool): a float32
// sum in row order, then one division — pool's and poolSplit's means.
func (b kb) poolMean(dt string, d, rows int, px, pL, t, T, h value.Value) (kb, value.Value) {
	r0 := b.NewMul(T, i32(int64(rows)))
	r1 := b.NewSelect(b.NewICmp(enum.IPredSLT, b.NewAdd(r0, i32(int64(rows))), pL), b.NewAdd(r0, i32(int64(rows))), pL)
	base := b.NewGetElementPtr(elemType(dt), px, b.i64(b.NewAdd(b.NewMul(b.NewMul(h, pL), i32(int64(d))), t)))
	// Eight rows' loads issued together (rows past r1 read r1 − 1 and add
	// nothing), then added in row order: the same bits as a row a step,
	// with eight loads in flight a thread instead of one.
	b, acc := b.strided(r0, r1, 1, 8, []value.Value{f32(0)}, func(b kb, _, cl, ok []value.Value, acc []value.Value) (kb, []value.Value) {
		xs := make([]value.Value, len(cl))
		for k, r := range cl {
			xs[k] = b.loadElem(dt, base, b.NewMul(r, i32(int64(d))))
		}
		sum := acc[0]
		for k, x := range xs {
			sum = b.NewSelect(ok[k], b.NewFAdd(sum, x), sum)
		}
		return b, []value.Value{sum}
	})
	cnt := b.NewSIToFP(b.NewSub(r1, r0), types.Float)
	return b, b.NewFDiv(acc[0], cnt)
}

// poolSplit is pool for the gate's tensor-core scores: each mean (a
// float32, as pool's) written as its three b16 parts hi + mid + lo
// (split3: x to the last bit) in three planes of [heads, NT, d] (i16),
// once per key block, so that the gate's CTAs, which all read every
// block's mean, load b16 pairs instead of splitting float32s. A row's
// dims are in the order of the gate's B fragments: dim t at
// ((t/2) % 4)·d/4 + 4·(t/16) + 2·((t/8) % 2) + t % 2, so that a lane's
// pairs of every k-step lie together (one 16-byte load for two k-steps).
// Parameters: x, out (i16 [3, heads, NT, d]), L, NT; grid (NT, heads), d
// threads (rounded up to whole warps).
func (g *gen) poolSplit(name, dt string, d, rows int) Kernel {
	hp := types.NewPointer(types.I16)
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", hp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT)
	f.CallingConv = ptxKernel
	threads := (d + 31) / 32 * 32 // whole warps (d = 16·odd: ctaemu runs only those); those past d idle
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	b := kb{f.NewBlock("entry"), g}
	t, T, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	b = b.when(b.NewICmp(enum.IPredSLT, t, i32(int64(d))), func(b kb) kb {
		b, mean := b.poolMean(dt, d, rows, px, pL, t, T, h)
		plane := b.NewMul(b.NewMul(b.sreg("nctaid.y"), pNT), i32(int64(d)))
		// t's place: lane t4 = (t/2) % 4 of a B fragment holds k-step s =
		// t/16's pair at column 8·((t/8) % 2) + 2·t4.
		dst := b.NewAdd(b.NewAdd(b.NewMul(b.NewAnd(b.NewLShr(t, i32(1)), i32(3)), i32(int64(d/4))), b.NewShl(b.NewLShr(t, i32(4)), i32(2))),
			b.NewAdd(b.NewShl(b.NewAnd(b.NewLShr(t, i32(3)), i32(1)), i32(1)), b.NewAnd(t, i32(1))))
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNT), T), i32(int64(d))), dst)
		for i, part := range b.split3(dt, mean, f32(0)) {
			b.NewStore(b.NewTrunc(part, types.I16), b.NewGetElementPtr(types.I16, po, b.i64(b.NewAdd(at, b.NewMul(plane, i32(int64(i)))))))
		}
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, BlockRows: threads, D: d, BQ: rows}
}

// liveOrReturn ends the kernel in every thread unless the class table
// cls (u8 [CH, NQ, NK], head h's plane at h·ch) allows one of some
// thread's pairs (I, J) below (NQ, NK) — a barrier with the OR of the
// threads' predicates: the scores kernels' CTAs over 64×64 tile pairs
// that the mask wholly forbids (the select kernel never reads their
// scores) return at once. It returns the block where the CTA goes on.
func (b kb) liveOrReturn(pairs [][2]value.Value, cls, ch, h, NQ, NK value.Value) kb {
	var mine value.Value = constant.False
	clsH := b.NewMul(b.NewMul(h, ch), NQ)
	for _, p := range pairs {
		I, J := p[0], p[1]
		in := b.NewAnd(b.NewICmp(enum.IPredSLT, I, NQ), b.NewICmp(enum.IPredSLT, J, NK))
		off := b.NewSelect(in, b.NewAdd(b.NewMul(b.NewAdd(clsH, I), NK), J), i32(0))
		c := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, cls, b.i64(off)))
		mine = b.NewOr(mine, b.NewAnd(in, b.NewICmp(enum.IPredNE, c, constant.NewInt(types.I8, 0))))
	}
	live := b.NewCall(b.g.intrinsic("llvm.nvvm.barrier0.or", types.I32, types.I32), b.NewZExt(mine, types.I32))
	f := b.Parent
	work, skip := kb{f.NewBlock("work"), b.g}, kb{f.NewBlock("skip"), b.g}
	b.NewCondBr(b.NewICmp(enum.IPredNE, live, i32(0)), work.Block, skip.Block)
	skip.NewRet(nil)
	return work
}

// gemm64 is the float32 GEMM of scores' CTA: the 64×64 block of A·Bᵀ
// (A's rows I0 …, B's rows J0 …, both [·, d]) as 16 sums a thread (rows
// 4·ty + i, columns 4·tx + j), the operands staged through sA and sB
// (shared, dim-major, pitch 68) in chunks of 16 of the head dim; each sum
// a chain of fused multiply-adds in dim order from +0. load(row, col, put)
// stages the two operands' elements at row (of the block) and head dim
// col, 0 past their ends: put(0, A's), then put(1, B's).
func (b kb) gemm64(sA, sB *ir.Global, tid, ty, tx value.Value, d int, load func(b kb, row, col value.Value, put func(op int, x value.Value))) (kb, []value.Value) {
	const pitch = 68
	elem := func(b kb, gl *ir.Global, dd, r value.Value) value.Value {
		return b.NewGetElementPtr(gl.ContentType, gl, i32(0), b.NewAdd(b.NewMul(dd, i32(pitch)), r))
	}
	load4 := func(b kb, gl *ir.Global, dd, r value.Value) []value.Value {
		return b.sharedVec4(gl, b.NewAdd(b.NewMul(dd, i32(pitch)), r), types.Float)
	}
	acc0 := make([]value.Value, 16)
	for i := range acc0 {
		acc0[i] = f32(0)
	}
	return b.forN(i32(0), i32(int64(d)), i32(16), acc0, func(b kb, d0 value.Value, acc []value.Value) (kb, []value.Value) {
		// 64 rows × 16 of the head dim, 4 per thread, for each operand.
		for r := range 4 {
			idx := b.NewAdd(tid, i32(int64(256*r)))
			row, dd := b.NewLShr(idx, i32(4)), b.NewAnd(idx, i32(15))
			col := b.NewAdd(dd, d0)
			load(b, row, col, func(op int, x value.Value) {
				b.NewStore(x, elem(b, []*ir.Global{sA, sB}[op], dd, row))
			})
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
}

// selectSpec holds the attributes of a blockselect the GPU runs.
type selectSpec struct {
	probs               bool // e holds E already (antidiagonal), not the raw mean scores
	mode                string
	mass, density       float64
	densities           []float64 // budget: one density per head (scope head), else nil
	top, local, minBlks int
	sink, diagonal      bool
	orderIndex          bool
	scope               string // budget: global or head
	segment             int    // with a permutation: the query's own segment of keys is forced
	bq, bk              int
	lens                bool // key lengths: head h's queries sit at lens[h/hs] − M + i (the kernels take lens and hs)
	padAll              bool // the list is padded with -1 to its compensate list chunk's end, not ended by one -1 (feedsCompensation)
}

// longRows says whether the select kernel sorts rows of more than 256
// taken tiles with the radix sort (select_sort.go): where the selection
// takes half the candidates or more (mode all, a density of at least
// 0.5, a top above 512: an early stop's list). The radix sort's slots
// cost registers — 95–113 against 40, two CTAs an SM against six (H100,
// thirty-seventh session) — which made MInference's select (density 0.1:
// its rows take ≤ 410 tiles, mostly ≤ 256, the rank path) 59 % and the
// budget's take kernel 58 % slower; those keep the bitonic sort for the
// rows past 256.
func (sp selectSpec) longRows() bool {
	switch sp.mode {
	case "all":
		return true
	case "density":
		return sp.density >= 0.5
	case "top":
		return sp.top > 512
	}
	return false
}

// feedsCompensation says whether the list step si (a blockselect) writes
// is read by an attention step that compensates. Its lists are padded
// with −1 to the end of the chunk of compListChunk entries that holds
// their −1: the compensate list kernel reads them a chunk at a time, and
// entries past the −1 that were never written would be read (their
// values unused, but compute-sanitizer's initcheck reports the reads, and
// a clean initcheck is what shows that no other kernel reads past a
// list's end). Until the thirty-fifth session they were padded to NK:
// 1 GB of −1 at 131072 × 32 heads, most of a row's 2·NK entries.
func feedsCompensation(p *tile.Program, si int) bool {
	out := p.Steps[si].Out
	for _, s := range p.Steps[si+1:] {
		if s.Kind == tile.Kernel && slices.Contains(s.Args, out) && readOps(s).compensate {
			return true
		}
	}
	return false
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
	tid, bx, by, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y"), b.sreg("ctaid.z")
	tx, ty := b.NewAnd(tid, i32(15)), b.NewLShr(tid, i32(4))
	I0, J0 := b.NewMul(by, i32(64)), b.NewMul(bx, i32(64))
	Ib, Jb := b.NewAdd(I0, b.NewMul(ty, i32(4))), b.NewAdd(J0, b.NewMul(tx, i32(4))) // this thread's first row and column
	kvh := b.NewSDiv(h, pG)
	// Does the mask allow any of this thread's 16 pairs, and any thread's?
	var pairs [][2]value.Value
	for i := range 4 {
		for j := range 4 {
			pairs = append(pairs, [2]value.Value{b.NewAdd(Ib, i32(int64(i))), b.NewAdd(Jb, i32(int64(j)))})
		}
	}
	b = b.liveOrReturn(pairs, pcls, pch, h, pNQ, pNK)
	b, acc := b.gemm64(sA, sB, tid, ty, tx, d, func(b kb, row, col value.Value, put func(op int, x value.Value)) {
		for op, o := range []struct {
			base      value.Value
			rows, lim value.Value
			heads     value.Value
		}{{pqm, b.NewAdd(I0, row), pNQ, h}, {pkm, b.NewAdd(J0, row), pNK, kvh}} {
			ok := b.NewICmp(enum.IPredSLT, o.rows, o.lim)
			safe := b.NewSelect(ok, o.rows, i32(0))
			off := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(o.heads, o.lim), safe), i32(int64(d))), col)
			x := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, o.base, b.i64(off)))
			put(op, b.NewSelect(ok, x, f32(0)))
		}
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
	return Kernel{Name: name, Kind: cuda.KindScores, BlockRows: 256, D: d, BQ: 64, BK: 64}
}
