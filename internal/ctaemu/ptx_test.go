package ctaemu

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// The kernels below call the inline PTX as codegen/nvptx's builder.go
// writes it (pack, cpAsync, cpAsyncIf, commit, waitAll, ldmatrix, mma).

// packLL: thread i of the grid packs in[2i] (high) and in[2i+1] (low)
// into out[2i] (bf16x2) and out[2i+1] (f16x2).
const packLL = `declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

define ptx_kernel void @packs(float* %in, i32* %out) {
entry:
	%t = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%c = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%c32 = mul i32 %c, 32
	%i = add i32 %c32, %t
	%i2 = mul i32 %i, 2
	%j = add i32 %i2, 1
	%x = sext i32 %i2 to i64
	%y = sext i32 %j to i64
	%ph = getelementptr float, float* %in, i64 %x
	%pl = getelementptr float, float* %in, i64 %y
	%hi = load float, float* %ph
	%lo = load float, float* %pl
	%b = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %hi, float %lo)
	%h = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %hi, float %lo)
	%ob = getelementptr i32, i32* %out, i64 %x
	%oh = getelementptr i32, i32* %out, i64 %y
	store i32 %b, i32* %ob
	store i32 %h, i32* %oh
	ret void
}
`

// TestPack holds cvt.rn.bf16x2.f32 and cvt.rn.f16x2.f32 to the run-time
// library's conversions (round to nearest even) bit for bit, $1 in the
// high half: ties both ways, subnormal results, the largest finite
// values and the first that overflow, infinities and random bit patterns
// across every exponent; a NaN must stay a NaN of its format.
func TestPack(t *testing.T) {
	tools, err := Find()
	if err != nil {
		t.Skip(err)
	}
	special := []uint32{
		0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffc12345,
		0x3f808000, 0x3f818000, 0x3f808001, 0x3f80ffff, 0x7f7fffff, 0x7f7f8000, 0x00000001, 0x00800000, 0x007fffff,
		0x477fe000, 0x477fefff, 0x477ff000, 0x47800000, 0x38800000, 0x387fffff, 0x33800000, 0x33000000, 0x33000001, 0x33c00000,
		0x3f801000, 0x3f803000, 0x3f801001, 0xb8801000, 0x38a01000, 0x38a03000,
	}
	r := rand.New(rand.NewPCG(1, 2))
	n := 32 * 64
	vals := make([]uint32, 2*n)
	for i := range vals {
		switch {
		case i < len(special):
			vals[i] = special[i]
		case i < 2*len(special):
			vals[i] = special[len(special)-1-(i-len(special))]
		case i%3 == 0: // near f16's range
			vals[i] = r.Uint32()&0x87ffffff | 0x30000000
		default:
			vals[i] = r.Uint32()
		}
	}
	in := &Buf{Data: make([]byte, 8*n)}
	for i, v := range vals {
		binary.LittleEndian.PutUint32(in.Data[4*i:], v)
	}
	out := &Buf{Data: make([]byte, 8*n)}
	if err := tools.Run(packLL, "packs", [3]int{n / 32, 1, 1}, 32, in, out); err != nil {
		t.Fatal(err)
	}
	isNaN := func(h uint16, exp uint16) bool { return h&exp == exp && h&^(exp|0x8000) != 0 }
	bad := 0
	for i := range n {
		hi, lo := math.Float32frombits(vals[2*i]), math.Float32frombits(vals[2*i+1])
		for k, f := range []struct {
			name string
			conv func(float32) uint16
			exp  uint16
		}{{"bf16x2", runtime.F32ToBF16, 0x7f80}, {"f16x2", runtime.F32ToF16, 0x7c00}} {
			got := binary.LittleEndian.Uint32(out.Data[4*(2*i+k):])
			for h, x := range []float32{lo, hi} {
				g, w := uint16(got>>(16*h)), f.conv(x)
				if g == w || isNaN(w, f.exp) && isNaN(g, f.exp) {
					continue
				}
				if bad++; bad <= 10 {
					t.Errorf("cvt.rn.%s.f32 of %#08x (%g) in the %s half: %#04x, want %#04x", f.name, math.Float32bits(x), x, []string{"low", "high"}[h], g, w)
				}
			}
		}
	}
}

// fragLL: one warp copies A (16×16 b16, row-major) into shared memory
// with cp.async, Bᵀ (8×16: n rows of k) with its predicated form (lanes
// 16-31 off, their sources past Bᵀ), and 16 bytes a lane with even lanes'
// size 0 (zero fill); then out[28·lane + …] holds: 0-3 ldmatrix.x4 of A's
// four 8×8 matrices (rows 0-7|8-15 × cols 0-7|8-15, in the mma A
// fragment's order), 4-7 the same with .trans, 8-11 ldmatrix.x4 of Bᵀ
// (k 0-7, k 8-15, twice), 12-15 the bf16 mma of those with C = c[4·lane
// + …], 16-19 the f16 one, 20-23 the lane's 16 bytes of the zero-fill
// region, 24-27 16 bytes the predicated copies left alone.
var fragLL = `@sm = internal addrspace(3) global [2048 x i8] undef, align 1024

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare void @llvm.nvvm.barrier0()

define ptx_kernel void @frag(i16* %a, i16* %bt, float* %c, i32* %out) {
entry:
	%base = ptrtoint [2048 x i8] addrspace(3)* @sm to i32
	%l = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%l16 = mul i32 %l, 16
	%l8 = mul i32 %l, 8
	%l8w = sext i32 %l8 to i64
	%dA = add i32 %base, %l16
	%sA = getelementptr i16, i16* %a, i64 %l8w
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %dA, i16* %sA, i32 16)
	%dB0 = add i32 %base, 512
	%dB = add i32 %dB0, %l16
	%sB = getelementptr i16, i16* %bt, i64 %l8w
	%onB = icmp ult i32 %l, 16
	%on = zext i1 %onB to i32
	call void asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $3, 0; @p cp.async.cg.shared.global [$0], [$1], 16, $2; }", "r,l,r,r"(i32 %dB, i16* %sB, i32 16, i32 %on)
	%dZ0 = add i32 %base, 1024
	%dZ = add i32 %dZ0, %l16
	%odd = and i32 %l, 1
	%nZ = mul i32 %odd, 16
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %dZ, i16* %sA, i32 %nZ)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()

	%r8 = and i32 %l, 7
	%m = lshr i32 %l, 3
	%m1 = and i32 %m, 1
	%m8 = shl i32 %m1, 3
	%row = add i32 %r8, %m8
	%rowb = mul i32 %row, 32
	%hiL = lshr i32 %l, 4
	%colb = shl i32 %hiL, 4
	%aoff = add i32 %rowb, %colb
	%aAddr = add i32 %base, %aoff
	%fa = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %aAddr)
	%ft = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %aAddr)
	%brow = mul i32 %r8, 32
	%bcol = shl i32 %m1, 4
	%boff = add i32 %brow, %bcol
	%bAddr0 = add i32 %dB0, %boff
	%fb = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %bAddr0)
	%a0 = extractvalue { i32, i32, i32, i32 } %fa, 0
	%a1 = extractvalue { i32, i32, i32, i32 } %fa, 1
	%a2 = extractvalue { i32, i32, i32, i32 } %fa, 2
	%a3 = extractvalue { i32, i32, i32, i32 } %fa, 3
	%b0 = extractvalue { i32, i32, i32, i32 } %fb, 0
	%b1 = extractvalue { i32, i32, i32, i32 } %fb, 1
	%l4 = mul i32 %l, 4
	%l4w = sext i32 %l4 to i64
	%cp = getelementptr float, float* %c, i64 %l4w
	%cp1 = getelementptr float, float* %cp, i64 1
	%cp2 = getelementptr float, float* %cp, i64 2
	%cp3 = getelementptr float, float* %cp, i64 3
	%c0 = load float, float* %cp
	%c1 = load float, float* %cp1
	%c2 = load float, float* %cp2
	%c3 = load float, float* %cp3
	%db = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %a0, i32 %a1, i32 %a2, i32 %a3, i32 %b0, i32 %b1, float %c0, float %c1, float %c2, float %c3)
	%dh = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %a0, i32 %a1, i32 %a2, i32 %a3, i32 %b0, i32 %b1, float %c0, float %c1, float %c2, float %c3)

	%o28 = mul i32 %l, 28
	%o = sext i32 %o28 to i64
	%op = getelementptr i32, i32* %out, i64 %o
` + fragStores + `	ret void
}
`

// fragStores writes fragLL's results: the three ldmatrix fragments, the
// two products (as bits), and the words of the two shared regions.
var fragStores = func() string {
	var b strings.Builder
	put := func(k int, v string) {
		b.WriteString("\t%p" + strconv.Itoa(k) + " = getelementptr i32, i32* %op, i64 " + strconv.Itoa(k) + "\n")
		b.WriteString("\tstore i32 " + v + ", i32* %p" + strconv.Itoa(k) + "\n")
	}
	for f, s := range []string{"%fa", "%ft", "%fb"} {
		for e := range 4 {
			v := "%x" + strconv.Itoa(4*f+e)
			b.WriteString("\t" + v + " = extractvalue { i32, i32, i32, i32 } " + s + ", " + strconv.Itoa(e) + "\n")
			put(4*f+e, v)
		}
	}
	for f, s := range []string{"%db", "%dh"} {
		for e := range 4 {
			k := 12 + 4*f + e
			b.WriteString("\t%y" + strconv.Itoa(k) + " = extractvalue { float, float, float, float } " + s + ", " + strconv.Itoa(e) + "\n")
			b.WriteString("\t%x" + strconv.Itoa(k) + " = bitcast float %y" + strconv.Itoa(k) + " to i32\n")
			put(k, "%x"+strconv.Itoa(k))
		}
	}
	// 20-23: shared bytes 1024 + 16·lane; 24-27: 768 + 16·(lane % 16).
	b.WriteString("\t%zl = and i32 %l, 15\n\t%zl16 = mul i32 %zl, 16\n\t%zq = add i32 %zl16, 768\n")
	for f, off := range []string{"%l16", "%zq"} {
		for e := range 4 {
			k := 20 + 4*f + e
			n := strconv.Itoa(k)
			b.WriteString("\t%q" + n + " = add i32 " + off + ", " + strconv.Itoa(1024*(1-f)+4*e) + "\n")
			b.WriteString("\t%g" + n + " = getelementptr [2048 x i8], [2048 x i8] addrspace(3)* @sm, i32 0, i32 %q" + n + "\n")
			b.WriteString("\t%w" + n + " = bitcast i8 addrspace(3)* %g" + n + " to i32 addrspace(3)*\n")
			b.WriteString("\t%x" + n + " = load i32, i32 addrspace(3)* %w" + n + "\n")
			put(k, "%x"+n)
		}
	}
	return b.String()
}()

// TestFragments holds cp.async, ldmatrix (.trans too) and mma.sync
// m16n8k16 to the PTX ISA's fragment layouts, for bf16 and f16 data:
// with g = lane/4 and t = lane%4, ldmatrix gives lane l in register i the
// elements (g, 2t) and (g, 2t+1) of matrix i (the lower in the low half),
// and .trans (2t, g) and (2t+1, g); mma's A is a0 (g, 2t…), a1 (g+8,
// 2t…), a2 (g, 2t+8…), a3 (g+8, 2t+8…), B b0 (k 2t…, n g), b1 (k 2t+8…,
// n g), C and D c0 (g, 2t), c1 (g, 2t+1), c2 (g+8, 2t), c3 (g+8, 2t+1).
// The fragments must match bit for bit, the products the exact ones to
// within f32 summation; the zero fill must be zeros, the copies the
// predicate turns off must leave shared memory as it was (0xff bytes).
func TestFragments(t *testing.T) {
	tools, err := Find()
	if err != nil {
		t.Skip(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, dt := range []runtime.DType{runtime.BF16, runtime.F16} {
		conv, widen := runtime.F32ToBF16, runtime.BF16ToF32
		if dt == runtime.F16 {
			conv, widen = runtime.F32ToF16, runtime.F16ToF32
		}
		var A [16][16]uint16
		var BT [8][16]uint16 // Bᵀ: [n][k]
		var C [16][8]float32
		a, bt := make([]byte, 512), make([]byte, 256)
		for i := range 16 {
			for k := range 16 {
				A[i][k] = conv(float32(r.NormFloat64()))
				binary.LittleEndian.PutUint16(a[2*(16*i+k):], A[i][k])
			}
		}
		for n := range 8 {
			for k := range 16 {
				BT[n][k] = conv(float32(r.NormFloat64()))
				binary.LittleEndian.PutUint16(bt[2*(16*n+k):], BT[n][k])
			}
		}
		c := make([]byte, 4*4*32)
		for l := range 32 {
			g, tt := l/4, l%4
			for i := range 4 {
				row, col := g+8*(i/2), 2*tt+i%2
				C[row][col] = float32(r.NormFloat64())
				binary.LittleEndian.PutUint32(c[4*(4*l+i):], math.Float32bits(C[row][col]))
			}
		}
		out := &Buf{Data: make([]byte, 4*28*32)}
		if err := tools.Run(fragLL, "frag", [3]int{1, 1, 1}, 32, &Buf{Data: a}, &Buf{Data: bt}, &Buf{Data: c}, out); err != nil {
			t.Fatal(err)
		}
		word := func(l, k int) uint32 { return binary.LittleEndian.Uint32(out.Data[4*(28*l+k):]) }
		pair := func(lo, hi uint16) uint32 { return uint32(lo) | uint32(hi)<<16 }
		// mat is matrix i of A's four 8×8: rows 0-7|8-15 (i%2), cols 0-7|8-15 (i/2).
		mat := func(i, row, col int) uint16 { return A[8*(i%2)+row][8*(i/2)+col] }
		for l := range 32 {
			g, tt := l/4, l%4
			for i := range 4 {
				check := func(what string, got, want uint32) {
					if got != want {
						t.Errorf("%v: lane %d: %s register %d = %#08x, want %#08x", dt, l, what, i, got, want)
					}
				}
				check("ldmatrix.x4", word(l, i), pair(mat(i, g, 2*tt), mat(i, g, 2*tt+1)))
				check("ldmatrix.x4.trans", word(l, 4+i), pair(mat(i, 2*tt, g), mat(i, 2*tt+1, g)))
				check("ldmatrix.x4 of Bᵀ", word(l, 8+i), pair(BT[g][8*(i%2)+2*tt], BT[g][8*(i%2)+2*tt+1]))
				zero := uint32(0)
				if l%2 == 1 {
					zero = binary.LittleEndian.Uint32(a[16*l+4*i:])
				}
				check("zero-filled cp.async", word(l, 20+i), zero)
				check("cp.async predicated off", word(l, 24+i), 0xffffffff)
			}
			k := 12
			if dt == runtime.F16 {
				k = 16
			}
			for i := range 4 {
				row, col := g+8*(i/2), 2*tt+i%2
				exact, mag := float64(C[row][col]), math.Abs(float64(C[row][col]))
				for kk := range 16 {
					p := float64(widen(A[row][kk])) * float64(widen(BT[col][kk]))
					exact, mag = exact+p, mag+math.Abs(p)
				}
				got := float64(math.Float32frombits(word(l, k+i)))
				if !(math.Abs(got-exact) <= 16*mag*0x1p-24) {
					t.Errorf("%v: lane %d: mma d%d (row %d, col %d) = %g, want %g", dt, l, i, row, col, got, exact)
				}
			}
		}
	}
}

// TestRefused: inline PTX the emulator does not run is refused by name.
func TestRefused(t *testing.T) {
	ll := "define ptx_kernel void @k(i32* %x) {\n\tcall void asm sideeffect \"wgmma.fence.sync.aligned;\", \"\"()\n\tcall void asm sideeffect \"bar.sync 1, 256;\", \"\"()\n\tret void\n}\n"
	_, _, _, err := extract(ll, "k")
	if err == nil || !strings.Contains(err.Error(), `"wgmma.fence.sync.aligned;"`) || !strings.Contains(err.Error(), `"bar.sync 1, 256;"`) {
		t.Fatalf("extract: %v, want an error naming both PTX texts", err)
	}
}

// TestSharedFault: an ldmatrix row outside every shared variable stops
// the run, naming the thread and the address.
func TestSharedFault(t *testing.T) {
	tools, err := Find()
	if err != nil {
		t.Skip(err)
	}
	ll := `@sm = internal addrspace(3) global [512 x i8] undef, align 1024

define ptx_kernel void @k(i32* %out) {
	%base = ptrtoint [512 x i8] addrspace(3)* @sm to i32
	%bad = add i32 %base, 512
	%f = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %bad)
	%x = extractvalue { i32, i32, i32, i32 } %f, 0
	store i32 %x, i32* %out
	ret void
}
`
	err = tools.Run(ll, "k", [3]int{1, 1, 1}, 32, &Buf{Data: make([]byte, 4)})
	if err == nil || !strings.Contains(err.Error(), "ldmatrix: shared address") || !strings.Contains(err.Error(), "in no shared variable") {
		t.Fatalf("Run: %v, want the fault of an ldmatrix outside shared memory", err)
	}
}

// TestDeadlock: a barrier that thread 0 skips stops the run as a
// deadlock, naming the CTA, where POSIX threads hung; and a kernel whose
// threads all reach their barriers, a CTA after another, writes every
// thread's value through shared memory in a rotated order (the barrier
// orders the stores before the loads).
func TestDeadlock(t *testing.T) {
	tools, err := Find()
	if err != nil {
		t.Skip(err)
	}
	const ll = `@sm = internal addrspace(3) global [64 x i32] undef, align 16
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
declare void @llvm.nvvm.barrier0()

define ptx_kernel void @rot(i32* %out) {
entry:
	%t = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%c = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%p = getelementptr [64 x i32], [64 x i32] addrspace(3)* @sm, i32 0, i32 %t
	%v = add i32 %t, 1000
	store i32 %v, i32 addrspace(3)* %p
	call void @llvm.nvvm.barrier0()
	%t1 = add i32 %t, 1
	%r = and i32 %t1, 63
	%q = getelementptr [64 x i32], [64 x i32] addrspace(3)* @sm, i32 0, i32 %r
	%x = load i32, i32 addrspace(3)* %q
	%c64 = mul i32 %c, 64
	%i = add i32 %c64, %t
	%o = getelementptr i32, i32* %out, i32 %i
	store i32 %x, i32* %o
	ret void
}

define ptx_kernel void @skip(i32* %out) {
entry:
	%t = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%z = icmp eq i32 %t, 0
	br i1 %z, label %end, label %wait
wait:
	call void @llvm.nvvm.barrier0()
	br label %end
end:
	ret void
}
`
	out := &Buf{Data: make([]byte, 4*64*3)}
	if err := tools.Run(ll, "rot", [3]int{3, 1, 1}, 64, out); err != nil {
		t.Fatal(err)
	}
	for i := range 64 * 3 {
		if got, want := int32(binary.LittleEndian.Uint32(out.Data[4*i:])), int32(1000+(i%64+1)%64); got != want {
			t.Fatalf("thread %d of CTA %d read %d, want %d", i%64, i/64, got, want)
		}
	}
	// Thread 0's end of the CTA meets the others' barrier (one barrier,
	// bar.sync 0, as on the GPU); then the others wait at the end for a
	// thread that has returned.
	err = tools.Run(ll, "skip", [3]int{1, 1, 1}, 64, &Buf{Data: make([]byte, 4)})
	if err == nil || !strings.Contains(err.Error(), "deadlock") || !strings.Contains(err.Error(), "CTA (0, 0, 0)") {
		t.Fatalf("Run: %v, want a deadlock in CTA (0, 0, 0)", err)
	}
}
