package nvptx

import (
	"fmt"
	"strings"

	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Hopper's warpgroup MMA for the tensor-core kernel (Options.WGMMA, sm_90a).
//
// A CTA of 64 query rows is one warpgroup (four warps). S = Q·K(J)ᵀ is
// d/16 wgmma.mma_async m64n{BK}k16 with both operands in shared memory,
// read through matrix descriptors; O += P·V(J) is BK/16 m64n{DV}k16 with P
// in registers (the accumulator layout of S, packed to b16, is wgmma's A
// register layout, as for mma.sync) and V in shared memory, N-major
// (transposed). The accumulators are the mma.sync fragments of before, n-
// tile after n-tile, so the online softmax, masks and the epilogue are
// unchanged.
//
// Shared tiles are in the canonical layout of the 128-byte swizzle: a tile
// of width w b16 is w/64 slabs of [rows][128 bytes], 16-byte chunk c of row
// r at (c ^ r%8)·16 of the row; slabs 1024-byte aligned. K-major operands
// (Q and K for S) step through the head dim by moving the descriptor's
// start 32 bytes (16 elements) within a slab, the next slab after 64
// elements; 8-row groups are 1024 bytes apart (SBO). V for P·V is N-major:
// its slabs (64 columns of dv each) are rows·128 bytes apart (LBO), its
// 8-key groups 1024 (SBO), and a k-step of 16 keys moves the start 2048.
//
// cp.async writes shared memory through the generic proxy and wgmma reads
// it through the async proxy, so every thread fences the proxies after its
// copies land and before the barrier that publishes them. wgmma runs
// asynchronously to the registers LLVM sees: each batch is fenced, issued,
// committed and waited for, and the accumulators then pass through empty
// volatile asm so that LLVM cannot schedule their uses above the wait.

// swz128 is the byte offset of 16-byte chunk c of row r in a tile of rows
// rows in the 128-byte-swizzled layout.
func (b kb) swz128(r, c value.Value, rows int64) value.Value {
	slab := b.NewMul(b.NewLShr(c, i32(3)), i32(rows*128))
	phys := b.NewXor(b.NewAnd(c, i32(7)), b.NewAnd(r, i32(7)))
	return b.NewAdd(slab, b.NewAdd(b.NewMul(r, i32(128)), b.NewShl(phys, i32(4))))
}

func (b kb) fenceProxyAsync() { b.asm(types.Void, "fence.proxy.async.shared::cta;", "") }

// volatileAsm is asm with side effects (kept in order with the other
// volatile asm) and a result.
func (b kb) volatileAsm(ret types.Type, text, cons string, args ...value.Value) value.Value {
	return b.inlineAsm(true, ret, text, cons, args...)
}

// desc is the 64-bit wgmma matrix descriptor of shared address addr
// (128-byte swizzle, base offset 0) with leading and stride byte offsets.
func (b kb) desc(addr value.Value, lbo, sbo int64) value.Value {
	return b.descAt(b.descStart(addr), 0, lbo, sbo)
}

// descStart is the start field of a descriptor of shared address addr:
// bits 4–17 of the address. Shared addresses are below 2¹⁸, so the start
// of addr + off (off a multiple of 16) is descStart(addr) + off/16 with no
// carry out of the field: a tile's descriptors are its base's start plus
// constants, computed once (ptxas otherwise rebuilds each of a loop's 20
// descriptors from the address every tile: five instructions each).
func (b kb) descStart(addr value.Value) value.Value {
	return b.NewAnd(b.NewLShr(addr, i32(4)), i32(0x3fff))
}

// descAt is the descriptor of the shared address off bytes past the one
// whose start field is start.
func (b kb) descAt(start value.Value, off, lbo, sbo int64) value.Value {
	if off%16 != 0 {
		panic(fmt.Sprintf("nvptx: descriptor offset %d is not a multiple of 16", off))
	}
	lo := b.NewZExt(b.NewAdd(start, i32(off>>4)), types.I64)
	return b.NewOr(lo, i64c((lbo>>4)<<16|(sbo>>4)<<32|1<<62))
}

// wgmma issues one wgmma.mma_async with n f32 accumulators acc (returned
// updated, still in flight): A from descriptor aDesc or, when aRegs is
// set, from four b16x2 registers; B from descriptor bDesc.
func (b kb) wgmma(dt string, n int64, acc []value.Value, aDesc value.Value, aRegs []value.Value, bDesc value.Value, transB int) []value.Value {
	na := len(acc)
	var regs []string
	for i := range na {
		regs = append(regs, fmt.Sprintf("$%d", i))
	}
	cons := strings.Repeat("=f,", na)
	for i := range na {
		cons += fmt.Sprintf("%d,", i)
	}
	args := append([]value.Value{}, acc...)
	next := 2 * na
	var aOp string
	if aRegs != nil {
		aOp = fmt.Sprintf("{$%d, $%d, $%d, $%d}", next, next+1, next+2, next+3)
		next += 4
		cons += "r,r,r,r,"
		args = append(args, aRegs...)
	} else {
		aOp = fmt.Sprintf("$%d", next)
		next++
		cons += "l,"
		args = append(args, aDesc)
	}
	bOp := fmt.Sprintf("$%d", next)
	cons += "l,r"
	args = append(args, bDesc, i32(1))
	imm := fmt.Sprintf("1, 1, 0, %d", transB) // scale-a, scale-b, trans-a, trans-b
	if aRegs != nil {
		imm = fmt.Sprintf("1, 1, %d", transB) // A in registers has no transpose
	}
	text := fmt.Sprintf("{ .reg .pred p; setp.ne.b32 p, $%d, 0; wgmma.mma_async.sync.aligned.m64n%dk16.f32.%s.%s {%s}, %s, %s, p, %s; }",
		next+1, n, dt, dt, strings.Join(regs, ", "), aOp, bOp, imm)
	fields := make([]types.Type, na)
	for i := range fields {
		fields[i] = types.Float
	}
	return b.fields(b.volatileAsm(types.NewStruct(fields...), text, cons, args...), na)
}

// settle waits for every wgmma in flight and ties the accumulators to the
// wait (empty volatile asm per register).
func (b kb) settle(acc []value.Value) []value.Value {
	b.wgmmaCommit()
	return b.wgmmaWait(0, acc)
}

// wgmmaFence orders this thread's register writes before the wgmma
// issued after it (its accumulators and A registers).
func (b kb) wgmmaFence() { b.asm(types.Void, "wgmma.fence.sync.aligned;", "") }

// wgmmaCommit closes the group of the wgmma issued since the last commit.
func (b kb) wgmmaCommit() { b.asm(types.Void, "wgmma.commit_group.sync.aligned;", "") }

// wgmmaWait waits until at most n committed groups are in flight (groups
// retire in order) and ties the accumulators acc, which the groups done
// wrote, to the wait: empty volatile asm per register, so that LLVM
// cannot schedule their uses above it.
func (b kb) wgmmaWait(n int, acc []value.Value) []value.Value {
	b.asm(types.Void, fmt.Sprintf("wgmma.wait_group.sync.aligned %d;", n), "")
	out := make([]value.Value, len(acc))
	for i, x := range acc {
		out[i] = b.volatileAsm(types.Float, "", "=f,0", x)
	}
	return out
}

func flatten(frags [][]value.Value) []value.Value {
	var out []value.Value
	for _, f := range frags {
		out = append(out, f...)
	}
	return out
}

func unflatten(xs []value.Value) [][]value.Value {
	out := make([][]value.Value, len(xs)/4)
	for i := range out {
		out[i] = xs[4*i : 4*i+4]
	}
	return out
}

// wgmmaQK returns S = Q·K(J)ᵀ + S (S: bk/8 fragments of 4) from the
// swizzled tiles whose descriptor starts are dQ (bq × d) and dK (bk × d).
func (b kb) wgmmaQK(dt string, dQ, dK value.Value, bq, bk, d int64, S [][]value.Value) [][]value.Value {
	b.wgmmaFence()
	return unflatten(b.settle(b.wgmmaQKAsync(dt, dQ, dK, bq, bk, d, flatten(S))))
}

// wgmmaQKAsync issues the wgmma of S = Q·K(J)ᵀ + S (acc: S flattened)
// and returns its accumulators, in flight until a wait; the caller fences
// before and commits after.
func (b kb) wgmmaQKAsync(dt string, dQ, dK value.Value, bq, bk, d int64, acc []value.Value) []value.Value {
	for kk := range d / 16 {
		off := func(rows int64) int64 { return kk/4*rows*128 + kk%4*32 }
		aDesc := b.descAt(dQ, off(bq), 16, 1024)
		bDesc := b.descAt(dK, off(bk), 16, 1024)
		acc = b.wgmma(dt, bk, acc, aDesc, nil, bDesc, 0)
	}
	return acc
}

// wgmmaPV returns O + P·V(J) (O: dv/8 fragments of 4) with pas[ks] the A
// registers of keys [16ks, 16ks+16) and V (bk × dv) swizzled at the
// descriptor start dV.
func (b kb) wgmmaPV(dt string, dV value.Value, bk, dv int64, pas [][]value.Value, O [][]value.Value) [][]value.Value {
	b.wgmmaFence()
	return unflatten(b.settle(b.wgmmaPVAsync(dt, dV, bk, dv, pas, flatten(O))))
}

// wgmmaPVAsync issues the wgmma of O + P·V(J) (acc: O flattened) and
// returns its accumulators, in flight until a wait; the caller fences
// before and commits after, and leaves pas untouched until the wait.
func (b kb) wgmmaPVAsync(dt string, dV value.Value, bk, dv int64, pas [][]value.Value, acc []value.Value) []value.Value {
	for ks, pa := range pas {
		bDesc := b.descAt(dV, int64(ks)*16*128, bk*128, 1024)
		acc = b.wgmma(dt, dv, acc, nil, pa, bDesc, 1)
	}
	return acc
}
