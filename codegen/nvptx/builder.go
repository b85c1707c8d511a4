package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The LLVM IR builder every kernel of this package is written with: kb, a
// block being filled, and its helpers. Each helper's comment shows the
// PTX (for inline asm and NVVM intrinsics) or the pseudo-Go (for control
// flow) it stands for; the emitters read as that code. Helpers that open
// blocks (forN, each, cond, when, blockScan, blockReduce) return the block
// after them: the caller continues there.

// kb is a block being filled, with helpers for the kernel's arithmetic.
type kb struct {
	*ir.Block
	g *gen
}

// Values and inline asm.

// i64 widens an i32 index for a getelementptr:
//
//	cvt.s64.s32 %rd, %r;
func (b kb) i64(x value.Value) value.Value { return b.NewSExt(x, types.I64) }

// i64c is the i64 constant x.
func i64c(x int64) *constant.Int { return constant.NewInt(types.I64, x) }

// log2 is ⌊log₂ x⌋ (x > 0): the shift of a power of two.
func log2(x int64) int {
	n := 0
	for x > 1 {
		x >>= 1
		n++
	}
	return n
}

// sreg reads a special register:
//
//	mov.u32 %r, %tid.x;    // reg "tid.x"; also "ctaid.x", "ctaid.y", "ctaid.z"
func (b kb) sreg(reg string) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.nvvm.read.ptx.sreg."+reg, types.I32))
}

// asm calls inline PTX. ret is the result type (void, a scalar or a struct).
// A void asm has side effects (it stays in order with the other such asm
// and is not dropped); one with a result is pure:
//
//	call { i32, i32 } asm "op $0, $1, $2;", "=r,=r,r"(i32 %x)
func (b kb) asm(ret types.Type, text, cons string, args ...value.Value) value.Value {
	return b.inlineAsm(ret == types.Void, ret, text, cons, args...)
}

// inlineAsm calls inline PTX; sideEffect keeps it in order with the other
// such asm (LLVM may move or drop the rest).
func (b kb) inlineAsm(sideEffect bool, ret types.Type, text, cons string, args ...value.Value) value.Value {
	var ps []types.Type
	for _, a := range args {
		ps = append(ps, a.Type())
	}
	fa := ir.NewInlineAsm(types.NewPointer(types.NewFunc(ret, ps...)), text, cons)
	fa.SideEffect = sideEffect
	return b.NewCall(fa, args...)
}

// fields are the first n fields of struct v (an asm's results):
//
//	%f0 = extractvalue %v, 0; …; %f(n-1) = extractvalue %v, n-1
func (b kb) fields(v value.Value, n int) []value.Value {
	out := make([]value.Value, n)
	for i := range out {
		out[i] = b.NewExtractValue(v, uint64(i))
	}
	return out
}

// sharedAt is the address of element i of the shared array gl:
//
//	&gl[i]    // getelementptr [n x T], [n x T] addrspace(3)* @gl, i32 0, i32 %i
func (b kb) sharedAt(gl *ir.Global, i value.Value) value.Value {
	return b.NewGetElementPtr(gl.ContentType, gl, i32(0), i)
}

// i32At is the address of element i of the global i32 array at base:
//
//	&base[i]  // getelementptr i32, i32* %base, i64 (sext %i)
func (b kb) i32At(base value.Value, i value.Value) value.Value {
	return b.NewGetElementPtr(types.I32, base, b.i64(i))
}

// Control flow. Loop-carried values are phis, never allocas: llc does not
// promote allocas, so they would live in local memory.

// forN emits a counted loop with loop-carried values vals and returns the
// block after it with the values at its exit:
//
//	for i := lo; i < hi; i += step {
//		vals = body(i, vals) // body may open blocks: it returns the last
//	}
func (b kb) forN(lo, hi, step value.Value, vals []value.Value, body func(b kb, i value.Value, vals []value.Value) (kb, []value.Value)) (kb, []value.Value) {
	return b.forNext(lo, hi, vals, func(b kb, i value.Value, vals []value.Value) (kb, value.Value, []value.Value) {
		end, outs := body(b, i, vals)
		return end, end.NewAdd(i, step), outs
	})
}

// forNext is forN whose body chooses the next i (hi or past it ends the
// loop early):
//
//	for i := lo; i < hi; {
//		i, vals = body(i, vals)
//	}
func (b kb) forNext(lo, hi value.Value, vals []value.Value, body func(b kb, i value.Value, vals []value.Value) (kb, value.Value, []value.Value)) (kb, []value.Value) {
	f := b.Parent
	head, bodyB, exit := kb{f.NewBlock(""), b.g}, kb{f.NewBlock(""), b.g}, kb{f.NewBlock(""), b.g}
	b.NewBr(head.Block)
	iPhi := head.NewPhi(ir.NewIncoming(lo, b.Block))
	phis := make([]*ir.InstPhi, len(vals))
	cur := make([]value.Value, len(vals))
	for k, v := range vals {
		phis[k] = head.NewPhi(ir.NewIncoming(v, b.Block))
		cur[k] = phis[k]
	}
	head.NewCondBr(head.NewICmp(enum.IPredSLT, iPhi, hi), bodyB.Block, exit.Block)
	end, next, outs := body(bodyB, iPhi, cur)
	iPhi.Incs = append(iPhi.Incs, ir.NewIncoming(next, end.Block))
	for k := range phis {
		phis[k].Incs = append(phis[k].Incs, ir.NewIncoming(outs[k], end.Block))
	}
	end.NewBr(head.Block)
	return exit, cur
}

// strided runs body over i = lo, lo + step, … below hi, u of them an
// iteration: is[k] = i₀ + k·step, ok[k] whether is[k] < hi, cl[k] is[k]
// clamped to hi − 1 (hi > lo: so every load may issue unguarded, before
// any is used), with loop-carried values vals:
//
//	for i0 := lo; i0 < hi; i0 += u·step {
//		is[k] = i0 + k·step; ok[k] = is[k] < hi; cl[k] = min(is[k], hi − 1)
//		vals = body(is, cl, ok, vals)
//	}
func (b kb) strided(lo, hi value.Value, step int64, u int, vals []value.Value, body func(b kb, is, cl, ok []value.Value, vals []value.Value) (kb, []value.Value)) (kb, []value.Value) {
	return b.forN(lo, hi, i32(step*int64(u)), vals, func(b kb, i0 value.Value, vals []value.Value) (kb, []value.Value) {
		is, cl, ok := make([]value.Value, u), make([]value.Value, u), make([]value.Value, u)
		last := b.NewSub(hi, i32(1))
		for k := range u {
			is[k] = b.NewAdd(i0, i32(step*int64(k)))
			ok[k] = b.NewICmp(enum.IPredSLT, is[k], hi)
			cl[k] = b.imin(is[k], last)
		}
		return body(b, is, cl, ok, vals)
	})
}

// each is forN without loop-carried values:
//
//	for i := lo; i < hi; i += step {
//		body(i)
//	}
func (b kb) each(lo, hi, step value.Value, body func(b kb, i value.Value) kb) kb {
	b, _ = b.forN(lo, hi, step, nil, func(b kb, i value.Value, _ []value.Value) (kb, []value.Value) { return body(b, i), nil })
	return b
}

// condVals is cond for a list of values: then's values where c holds,
// vals otherwise.
func (b kb) condVals(c value.Value, vals []value.Value, then func(b kb) (kb, []value.Value)) (kb, []value.Value) {
	f := b.Parent
	t, after := kb{f.NewBlock(""), b.g}, kb{f.NewBlock(""), b.g}
	b.NewCondBr(c, t.Block, after.Block)
	end, vs := then(t)
	end.NewBr(after.Block)
	out := make([]value.Value, len(vals))
	for k := range vals {
		out[k] = after.NewPhi(ir.NewIncoming(vals[k], b.Block), ir.NewIncoming(vs[k], end.Block))
	}
	return after, out
}

// cond emits a guarded value (a load that must not run where c is false,
// say) and returns the block after it and v:
//
//	v := otherwise
//	if c {
//		v = then()
//	}
func (b kb) cond(c value.Value, then func(b kb) (kb, value.Value), otherwise value.Value) (kb, value.Value) {
	f := b.Parent
	t, after := kb{f.NewBlock(""), b.g}, kb{f.NewBlock(""), b.g}
	b.NewCondBr(c, t.Block, after.Block)
	end, v := then(t)
	end.NewBr(after.Block)
	return after, after.NewPhi(ir.NewIncoming(otherwise, b.Block), ir.NewIncoming(v, end.Block))
}

// when emits a guarded statement and returns the block after it:
//
//	if cond {
//		body()
//	}
func (b kb) when(cond value.Value, body func(b kb) kb) kb {
	f := b.Parent
	then := kb{f.NewBlock(""), b.g}
	after := kb{f.NewBlock(""), b.g}
	b.NewCondBr(cond, then.Block, after.Block)
	body(then).NewBr(after.Block)
	return after
}

// Arithmetic.

// ex2 is 2^x, flushing subnormals:
//
//	ex2.approx.ftz.f32 %f, %x;
func (b kb) ex2(x value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.nvvm.ex2.approx.ftz.f", types.Float, types.Float), x)
}

// fma is x·y + z, rounded once:
//
//	fma.rn.f32 %f, %x, %y, %z;
func (b kb) fma(x, y, z value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.fma.f32", types.Float, types.Float, types.Float, types.Float), x, y, z)
}

// fmax is the larger of x and y:
//
//	max.f32 %f, %x, %y;
func (b kb) fmax(x, y value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.nvvm.fmax.f", types.Float, types.Float, types.Float), x, y)
}

// tree reduces xs with op pairwise: depth log₂ n instead of n, so the row
// maxima and sums are not a serial chain between the two products:
//
//	op(op(op(x0, x1), op(x2, x3)), op(op(x4, x5), x6))
func (b kb) tree(xs []value.Value, op func(x, y value.Value) value.Value) value.Value {
	for len(xs) > 1 {
		var next []value.Value
		for i := 0; i+1 < len(xs); i += 2 {
			next = append(next, op(xs[i], xs[i+1]))
		}
		if len(xs)%2 == 1 {
			next = append(next, xs[len(xs)-1])
		}
		xs = next
	}
	return xs[0]
}

// b16f32 widens a bf16 or f16 bit pattern to f32:
//
//	shl.b32 %r, %x, 16;       // bf16: the high half of an f32
//	cvt.f32.f16 %f, %h;       // f16
func (b kb) b16f32(dt string, x value.Value) value.Value {
	if dt == "bf16" {
		return b.NewBitCast(b.NewShl(b.NewZExt(x, types.I32), i32(16)), types.Float)
	}
	return b.asm(types.Float, "cvt.f32.f16 $0, $1;", "=f,h", x)
}

// elemType is the LLVM type an input of dt is stored as: f32 for "f32",
// the bit pattern (i16) for bf16 and f16.
func elemType(dt string) types.Type {
	if dt == "f32" {
		return types.Float
	}
	return types.I16
}

// loadElem loads element at of an input of dt at base (a pointer to
// elemType(dt)) and widens it to f32:
//
//	ld.global.f32 %f, [%a];                  // f32
//	ld.global.u16 %h, [%a]; (b16f32)         // bf16, f16
func (b kb) loadElem(dt string, base, at value.Value) value.Value {
	t := elemType(dt)
	x := b.NewLoad(t, b.NewGetElementPtr(t, base, b.i64(at)))
	if dt == "f32" {
		return x
	}
	return b.b16f32(dt, x)
}

// widen is an element of an input of dt as f32: x itself for f32, else
// b16f32's widening of the bit pattern.
func (b kb) widen(dt string, x value.Value) value.Value {
	if dt == "f32" {
		return x
	}
	return b.b16f32(dt, x)
}

// pack rounds two f32 to a b16 pair, lo in the low half:
//
//	cvt.rn.bf16x2.f32 %r, %hi, %lo;
func (b kb) pack(dt string, lo, hi value.Value) value.Value {
	return b.asm(types.I32, fmt.Sprintf("cvt.rn.%sx2.f32 $0, $1, $2;", dt), "=r,f,f", hi, lo)
}

// imin is the smaller of the i32 x and y (signed):
//
//	min.s32 %r, %x, %y;
func (b kb) imin(x, y value.Value) value.Value {
	return b.NewSelect(b.NewICmp(enum.IPredSLT, x, y), x, y)
}

// imax is the larger of the i32 x and y (signed):
//
//	max.s32 %r, %x, %y;
func (b kb) imax(x, y value.Value) value.Value {
	return b.NewSelect(b.NewICmp(enum.IPredSGT, x, y), x, y)
}

// Warps and the CTA.

// barrier waits for every thread of the CTA:
//
//	bar.sync 0;
func (b kb) barrier() { b.NewCall(b.g.intrinsic("llvm.nvvm.barrier0", types.Void)) }

// bfly is lane ^ lane's x (a butterfly shuffle across the warp):
//
//	shfl.sync.bfly.b32 %f, %x, lane, 0x1f, 0xffffffff;
func (b kb) bfly(x value.Value, lane int64) value.Value {
	f := b.g.intrinsic("llvm.nvvm.shfl.sync.bfly.f32", types.Float, types.I32, types.Float, types.I32, types.I32)
	return b.NewCall(f, i32(-1), x, i32(lane), i32(0x1f))
}

// voteAny is whether c holds in any lane of the warp (every lane active):
//
//	vote.sync.any.pred %p, %c, 0xffffffff;
func (b kb) voteAny(c value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.nvvm.vote.any.sync", types.I1, types.I32, types.I1), i32(-1), c)
}

// shflUp is lane − delta's x (the lane's own below delta):
//
//	shfl.sync.up.b32 %r, %x, delta, 0, 0xffffffff;
func (b kb) shflUp(x value.Value, delta int64) value.Value {
	f := b.g.intrinsic("llvm.nvvm.shfl.sync.up.i32", types.I32, types.I32, types.I32, types.I32, types.I32)
	return b.NewCall(f, i32(-1), x, i32(delta), i32(0))
}

// shflIdx is lane src's x:
//
//	shfl.sync.idx.b32 %f, %x, %src, 0x1f, 0xffffffff;
func (b kb) shflIdx(x, src value.Value) value.Value {
	f := b.g.intrinsic("llvm.nvvm.shfl.sync.idx.f32", types.Float, types.I32, types.Float, types.I32, types.I32)
	return b.NewCall(f, i32(-1), x, src, i32(0x1f))
}

// popc counts the set bits of x:
//
//	popc.b32 %r, %x;
func (b kb) popc(x value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.ctpop.i32", types.I32, types.I32), x)
}

// blockScan is the CTA-wide exclusive prefix sum of x in thread order and
// its total, through slots (threads/32 i32 of shared memory). It has one
// barrier; a caller alternates two slot arrays between consecutive scans
// so that no thread overwrites a slot another has yet to read:
//
//	incl := x + Σ x of the lanes below (shfl.sync.up, log₂ 32 steps)
//	if lane == 31 { slots[warp] = incl }
//	bar.sync 0
//	excl := Σ_{w < warp} slots[w] + incl − x; total := Σ_w slots[w]
func (b kb) blockScan(x value.Value, slots *ir.Global, tid value.Value, threads int) (kb, value.Value, value.Value) {
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	incl := x
	for d := int64(1); d < 32; d *= 2 {
		y := b.shflUp(incl, d)
		incl = b.NewAdd(incl, b.NewSelect(b.NewICmp(enum.IPredUGE, lane, i32(d)), y, i32(0)))
	}
	slot := func(b kb, i value.Value) value.Value { return b.NewGetElementPtr(slots.ContentType, slots, i32(0), i) }
	b = b.when(b.NewICmp(enum.IPredEQ, lane, i32(31)), func(b kb) kb { b.NewStore(incl, slot(b, warp)); return b })
	b.barrier()
	var off, tot value.Value = i32(0), i32(0)
	for w := range int64(threads / 32) {
		s := b.NewLoad(types.I32, slot(b, i32(w)))
		off = b.NewAdd(off, b.NewSelect(b.NewICmp(enum.IPredSGT, warp, i32(w)), s, i32(0)))
		tot = b.NewAdd(tot, s)
	}
	return b, b.NewSub(b.NewAdd(off, incl), x), tot
}

// blockReduce combines x over the CTA (threads a multiple of 32) through
// red (32 floats of shared memory); every thread gets the result:
//
//	x = op(x, shfl.bfly(x, 16)); …; x = op(x, shfl.bfly(x, 1))
//	bar.sync 0                     // red may still be read
//	if lane == 0 { red[warp] = x }
//	bar.sync 0
//	y := op(…op(red[0], red[1])…, red[threads/32 − 1])
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

// Shared memory and the tensor cores (sm_80 and later).

// i4 and f4 are the results of ldmatrix (four b16x2 registers) and of
// mma.sync (four f32 accumulators).
var (
	i4 = types.NewStruct(types.I32, types.I32, types.I32, types.I32)
	f4 = types.NewStruct(types.Float, types.Float, types.Float, types.Float)
)

// swz is the byte offset of 16-byte chunk c of row r in a tile with
// chunks chunks per row (a multiple of 8), the chunk XORed with the row's
// low bits so that eight rows of an 8×8 matrix hit eight bank groups:
//
//	((r·chunks + (c ^ (r & 7))) << 4)
func (b kb) swz(r, c value.Value, chunks int64) value.Value {
	phys := b.NewXor(c, b.NewAnd(r, i32(7)))
	return b.NewShl(b.NewAdd(b.NewMul(r, i32(chunks)), phys), i32(4))
}

// cpAsync copies 16 bytes from global src to shared dst asynchronously,
// zero-filling past size bytes (0 or 16):
//
//	cp.async.cg.shared.global [%dst], [%src], 16, %size;
func (b kb) cpAsync(dst, src, size value.Value) {
	b.asm(types.Void, "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r", dst, src, size)
}

// cpAsyncIf is cpAsync where on is not 0:
//
//	setp.ne.b32 %p, %on, 0;
//	@%p cp.async.cg.shared.global [%dst], [%src], 16, %size;
func (b kb) cpAsyncIf(dst, src, size, on value.Value) {
	b.asm(types.Void, "{ .reg .pred p; setp.ne.b32 p, $3, 0; @p cp.async.cg.shared.global [$0], [$1], 16, $2; }", "r,l,r,r", dst, src, size, on)
}

// commit closes the group of this thread's cp.async copies issued since
// the last commit:
//
//	cp.async.commit_group;
func (b kb) commit() { b.asm(types.Void, "cp.async.commit_group;", "") }

// waitAll waits for every committed group of this thread's copies (a
// barrier after it publishes them to the CTA):
//
//	cp.async.wait_group 0;
func (b kb) waitAll() { b.asm(types.Void, "cp.async.wait_group 0;", "") }

// ldmatrix loads four 8×8 b16 matrices from shared address addr (each
// lane gives one row address), transposed with trans:
//
//	ldmatrix.sync.aligned.m8n8.x4[.trans].shared.b16 {%r0, %r1, %r2, %r3}, [%addr];
//
// It reads memory, so it is volatile asm, kept in order with the barriers
// and copies: LLVM takes pure asm for arithmetic and may sink it past a
// barrier towards its uses — it did, once the prologue had branches, and
// Q's fragments were read after K's copy overwrote them.
func (b kb) ldmatrix(addr value.Value, trans bool) []value.Value {
	op := "ldmatrix.sync.aligned.m8n8.x4.shared.b16"
	if trans {
		op = "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16"
	}
	return b.fields(b.volatileAsm(i4, op+" {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r", addr), 4)
}

// loadLanes loads n elements of type et at p (aligned to their whole
// size) as one vector load — LLVM splits one of more than 16 bytes — and
// returns them:
//
//	ld.global.v4.b32 {%r0, %r1, %r2, %r3}, [%p];
func (b kb) loadLanes(et types.Type, p value.Value, n int) []value.Value {
	vt := types.NewVector(uint64(n), et)
	ld := b.NewLoad(vt, b.NewBitCast(p, types.NewPointer(vt)))
	size := 4
	if et.Equal(types.I16) {
		size = 2
	}
	ld.Align = ir.Align(size * n)
	out := make([]value.Value, n)
	for e := range out {
		out[e] = b.NewExtractElement(ld, i32(int64(e)))
	}
	return out
}

// mma is one m16n8k16 product, c + a·b, with b16 operands (a: four b16x2
// registers, b: two) and f32 accumulators:
//
//	mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%c0..3}, {%a0..3}, {%b0, %b1}, {%c0..3};
func (b kb) mma(dt string, a []value.Value, b0, b1 value.Value, c []value.Value) []value.Value {
	text := fmt.Sprintf("mma.sync.aligned.m16n8k16.row.col.f32.%s.%s.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", dt, dt)
	args := append(append(append([]value.Value{}, a...), b0, b1), c...)
	return b.fields(b.asm(f4, text, "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3", args...), 4)
}

// ballot is the lanes of the warp where c holds, as bits (every lane
// active):
//
//	vote.sync.ballot.b32 %r, %c, 0xffffffff;
func (b kb) ballot(c value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.nvvm.vote.ballot.sync", types.I32, types.I32, types.I1), i32(-1), c)
}

// ctz counts the trailing zero bits of x (the lowest set lane):
//
//	brev.b32 %t, %x; bfind.shiftamt.u32 %r, %t;
func (b kb) ctz(x value.Value) value.Value {
	return b.NewCall(b.g.intrinsic("llvm.cttz.i32", types.I32, types.I32, types.I1), x, constant.False)
}

// warpSync waits for the warp's lanes and orders their shared-memory
// accesses before it against those after it:
//
//	bar.warp.sync 0xffffffff;
func (b kb) warpSync() {
	b.NewCall(b.g.intrinsic("llvm.nvvm.bar.warp.sync", types.Void, types.I32), i32(-1))
}

// sharedV4 loads the four float32s at element i of the shared float
// array gl (i a multiple of 4, gl 16-byte aligned) in one load:
//
//	ld.shared.v4.f32 {%f0, %f1, %f2, %f3}, [gl + 4·i];
func (b kb) sharedV4(gl *ir.Global, i value.Value) []value.Value {
	return b.sharedVec4(gl, i, types.Float)
}

// sharedVec4 loads the four elements of type t at element i (a multiple
// of 4) of the shared array gl of t in one load.
func (b kb) sharedVec4(gl *ir.Global, i value.Value, t types.Type) []value.Value {
	v4 := types.NewVector(4, t)
	p := b.NewBitCast(b.sharedAt(gl, i), types.NewPointer(v4))
	p.To = &types.PointerType{ElemType: v4, AddrSpace: 3}
	ld := b.NewLoad(v4, p)
	ld.Align = 16
	out := make([]value.Value, 4)
	for k := range out {
		out[k] = b.NewExtractElement(ld, i32(int64(k)))
	}
	return out
}

// shflXorI32 is lane (lane ^ mask)'s x, for an i32:
//
//	shfl.sync.bfly.b32 %r, %x, mask, 0x1f, 0xffffffff;
func (b kb) shflXorI32(x value.Value, mask int64) value.Value {
	f := b.g.intrinsic("llvm.nvvm.shfl.sync.bfly.i32", types.I32, types.I32, types.I32, types.I32, types.I32)
	return b.NewCall(f, i32(-1), x, i32(mask), i32(0x1f))
}

// umax and umin are the unsigned maximum and minimum of x and y.
func (b kb) umax(x, y value.Value) value.Value {
	return b.NewSelect(b.NewICmp(enum.IPredUGT, x, y), x, y)
}

func (b kb) umin(x, y value.Value) value.Value {
	return b.NewSelect(b.NewICmp(enum.IPredULT, x, y), x, y)
}

// laneKth is the k-th largest (unsigned; 1 ≤ k ≤ 32, the same in every
// lane) of the warp's 32 values x, in every lane: a bitonic sort across
// the lanes, descending (fifteen exchanges by shfl.bfly), then lane k − 1's.
func (b kb) laneKth(x, lane, k value.Value) value.Value {
	return b.shflIdxI32(b.laneSort(x, lane), b.NewSub(k, i32(1)))
}

// laneSort sorts the warp's 32 values x (unsigned) descending across the
// lanes, lane 0 the largest: a bitonic sort, fifteen exchanges.
func (b kb) laneSort(x, lane value.Value) value.Value {
	for size := int64(2); size <= 32; size *= 2 {
		// A block of size lanes runs descending where lane & size is 0
		// (every lane at size 32); its lower half keeps the larger.
		x = b.laneMerge(x, lane, size, func() value.Value { return b.NewICmp(enum.IPredEQ, b.NewAnd(lane, i32(size)), i32(0)) })
	}
	return x
}

// laneMerge is the bitonic merge of blocks of size lanes (each block
// bitonic), descending where desc() holds (emitted at each exchange).
func (b kb) laneMerge(x, lane value.Value, size int64, desc func() value.Value) value.Value {
	for stride := size / 2; stride > 0; stride /= 2 {
		y := b.shflXorI32(x, stride)
		desc := desc()
		lower := b.NewICmp(enum.IPredEQ, b.NewAnd(lane, i32(stride)), i32(0))
		x = b.NewSelect(b.NewICmp(enum.IPredEQ, desc, lower), b.umax(x, y), b.umin(x, y))
	}
	return x
}

// laneKth2 is the k-th largest (unsigned; 1 ≤ k ≤ 32) of the warp's 64
// values x0 and x1: both sorted descending across the lanes (laneSort),
// the larger of x0's lane l and x1's lane 31 − l (the top half of the
// bitonic merge of the 64: the largest 32, a bitonic sequence), those
// merged descending, then lane k − 1's.
func (b kb) laneKth2(x0, x1, lane, k value.Value) value.Value {
	a, c := b.laneSort(x0, lane), b.laneSort(x1, lane)
	m := b.umax(a, b.shflIdxI32(c, b.NewSub(i32(31), lane)))
	m = b.laneMerge(m, lane, 32, func() value.Value { return constant.True })
	return b.shflIdxI32(m, b.NewSub(k, i32(1)))
}

// shflIdxI32 is lane src's x, for an i32:
//
//	shfl.sync.idx.b32 %r, %x, %src, 0x1f, 0xffffffff;
func (b kb) shflIdxI32(x, src value.Value) value.Value {
	f := b.g.intrinsic("llvm.nvvm.shfl.sync.idx.i32", types.I32, types.I32, types.I32, types.I32, types.I32)
	return b.NewCall(f, i32(-1), x, src, i32(0x1f))
}

// split3 splits the f32 pair (x0, x1) into three b16x2 parts, hi + mid
// + lo = x to the last bit (bf16: 8 + 8 + 8 bits; f16: 11 + 11, the rest
// where f16's range holds it), x0 in the low halves: an f32 vector on
// b16 tensor cores. An infinite part leaves no rest (inf − inf is NaN).
func (b kb) split3(dt string, x0, x1 value.Value) [3]value.Value {
	var out [3]value.Value
	inf := f32(math.Inf(1))
	rest := func(x, p value.Value) value.Value {
		y := b.b16f32(dt, b.NewTrunc(p, types.I16))
		isInf := b.NewOr(b.NewFCmp(enum.FPredOEQ, y, inf), b.NewFCmp(enum.FPredOEQ, y, b.NewFNeg(inf)))
		return b.NewSelect(isInf, f32(0), b.NewFSub(x, y))
	}
	for i := range out {
		out[i] = b.pack(dt, x0, x1)
		if i < 2 {
			x0, x1 = rest(x0, out[i]), rest(x1, b.NewLShr(out[i], i32(16)))
		}
	}
	return out
}
