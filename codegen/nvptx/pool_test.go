package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
)

// TestPoolEmulated runs the mean-pooling kernels on the CPU
// (internal/ctaemu) for every input type they read — f32 (the scores of
// f32 inputs on the device), bf16 and f16 — and holds each tile's mean to
// the float64 mean of the same (rounded) inputs within the float32 sum's
// rounding: pool over whole and partial tiles, and poolLens over a KV
// cache with key lengths (tiles past a sequence's keys zero, tiles below
// its first tile to pool left as they were). The outputs are poisoned
// first, so an unwritten mean fails; pool's means are the row-order
// float32 sum's to the bit (its rows' loads are batched, not its sums).
func TestPoolEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const heads, d, rows = 3, 32, 64
	r := rand.New(rand.NewPCG(21, 22))
	// Tiles of 64 rows, the last of 11 (rows are loaded 8 at a time); and
	// two CTAs of pool's tiles at d = 32 (16 a CTA for f32, 32 for b16).
	for _, c := range []struct {
		dt string
		L  int
	}{{"f32", 203}, {"bf16", 203}, {"f16", 203}, {"f32", 1995}, {"bf16", 4043}} {
		dt, L := c.dt, c.L
		nt := (L + rows - 1) / rows
		vals := make([]float32, heads*L*d)
		for i := range vals {
			vals[i] = float32(r.NormFloat64()*3 + 1)
		}
		x, err := runtime.FromFloat32(map[string]runtime.DType{"f32": runtime.F32, "bf16": runtime.BF16, "f16": runtime.F16}[dt], []int{heads, L, d}, vals)
		if err != nil {
			t.Fatal(err)
		}
		xs := x.Float32s() // the values the kernel reads
		mean := func(h, T, n int) (m, bound float64) {
			r0, r1 := T*rows, min((T+1)*rows, n)
			if r1 <= r0 {
				return 0, 0
			}
			var s, a float64
			for i := r0; i < r1; i++ {
				s += float64(xs[(h*L+i)*d])
				a += math.Abs(float64(xs[(h*L+i)*d]))
			}
			return s / float64(r1-r0), float64(r1-r0+2) * 0x1p-24 * a / float64(r1-r0)
		}
		out := func(b *ctaemu.Buf, i int) float64 {
			return float64(math.Float32frombits(binary.LittleEndian.Uint32(b.Data[4*i:])))
		}
		check := func(name string, b *ctaemu.Buf, h, T, col int, want, bound float64) {
			t.Helper()
			if got := out(b, (h*nt+T)*d+col); !(math.Abs(got-want) <= bound) {
				t.Errorf("%s %s: head %d tile %d col %d: %g, want %g (bound %.3g)", dt, name, h, T, col, got, want, bound)
			}
		}

		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kp := g.pool("t_pool", dt, d, rows)
		kl := g.poolLens("t_pool_lens", dt, d, rows)
		ll := g.m.String()

		o := &ctaemu.Buf{Data: fill(4*heads*nt*d, 0xff)}
		if err := tools.Run(ll, kp.Name, [3]int{poolGrid(kp, nt), heads, 1}, kp.BlockRows, &ctaemu.Buf{Data: x.Data}, o, int32(L), int32(nt)); err != nil {
			t.Fatalf("%s pool: %v", dt, err)
		}
		for h := range heads {
			for T := range nt {
				for col := range d {
					var s, a float64
					r1 := min((T+1)*rows, L)
					for i := T * rows; i < r1; i++ {
						s += float64(xs[(h*L+i)*d+col])
						a += math.Abs(float64(xs[(h*L+i)*d+col]))
					}
					n := float64(r1 - T*rows)
					check("pool", o, h, T, col, s/n, (n+2)*0x1p-24*a/n)
					// To the bit: a float32 sum in row order, one division.
					var s32 float32
					for i := T * rows; i < r1; i++ {
						s32 += xs[(h*L+i)*d+col]
					}
					if got, want := out(o, (h*nt+T)*d+col), float64(s32/float32(n)); got != want {
						t.Errorf("%s pool: head %d tile %d col %d: %g, not the row-order float32 mean %g", dt, h, T, col, got, want)
					}
				}
			}
		}

		// Key lengths: one sequence per head (gs = 1), 200, 70 and 0
		// keys; head 0's first tile kept from an earlier run (from = 64).
		lens, from := []int32{200, 70, 0}, []int32{64, 0, 0}
		o = &ctaemu.Buf{Data: fill(4*heads*nt*d, 0xff)}
		for col := range d { // the kept mean of head 0's tile 0
			binary.LittleEndian.PutUint32(o.Data[4*col:], math.Float32bits(12.5))
		}
		if err := tools.Run(ll, kl.Name, [3]int{nt, heads, 1}, kl.BlockRows, &ctaemu.Buf{Data: x.Data}, o, int32(L), int32(nt),
			&ctaemu.Buf{Data: i32Bytes(lens)}, int32(1), &ctaemu.Buf{Data: i32Bytes(from)}, int32(0)); err != nil {
			t.Fatalf("%s poolLens: %v", dt, err)
		}
		for h := range heads {
			for T := range nt {
				want, bound := mean(h, T, int(lens[h]))
				if h == 0 && T == 0 {
					want, bound = 12.5, 0
				}
				check(fmt.Sprintf("poolLens (%d keys)", lens[h]), o, h, T, 0, want, bound)
			}
		}
	}
}

// TestPoolGatherEmulated runs the pool through a permutation (PBS's keys
// pooled in their permuted order, poolGather) on the CPU for f32, bf16 and
// f16 keys: tile T of query head h is the mean of KV head h/group's keys
// perm[h, T·rows …] (a random bijection per head, GQA: two query heads a
// KV head with different orders, the last tile short), within the float32
// sum's rounding of the float64 mean; the output poisoned first.
func TestPoolGatherEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const heads, group, d, rows, L = 4, 2, 32, 64, 150
	nt := (L + rows - 1) / rows
	r := rand.New(rand.NewPCG(23, 24))
	for _, dt := range []string{"f32", "bf16", "f16"} {
		vals := make([]float32, heads/group*L*d)
		for i := range vals {
			vals[i] = float32(r.NormFloat64()*2 - 0.5)
		}
		x, err := runtime.FromFloat32(map[string]runtime.DType{"f32": runtime.F32, "bf16": runtime.BF16, "f16": runtime.F16}[dt], []int{heads / group, L, d}, vals)
		if err != nil {
			t.Fatal(err)
		}
		xs := x.Float32s()
		perm := make([]int32, heads*L)
		for h := range heads {
			for i, p := range r.Perm(L) {
				perm[h*L+i] = int32(p)
			}
		}
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		k := g.poolGather("t_pool_gather", dt, d, rows)
		o := &ctaemu.Buf{Data: fill(4*heads*nt*d, 0xff)}
		if err := tools.Run(g.m.String(), k.Name, [3]int{nt, heads, 1}, k.BlockRows, &ctaemu.Buf{Data: x.Data}, o, int32(L), int32(nt),
			&ctaemu.Buf{Data: i32Bytes(perm)}, int32(group)); err != nil {
			t.Fatalf("%s: %v", dt, err)
		}
		for h := range heads {
			kv := h / group
			for T := range nt {
				r0, r1 := T*rows, min((T+1)*rows, L)
				for col := range d {
					var s, a float64
					for i := r0; i < r1; i++ {
						v := float64(xs[(kv*L+int(perm[h*L+i]))*d+col])
						s, a = s+v, a+math.Abs(v)
					}
					n := float64(r1 - r0)
					got := float64(math.Float32frombits(binary.LittleEndian.Uint32(o.Data[4*((h*nt+T)*d+col):])))
					if !(math.Abs(got-s/n) <= (n+2)*0x1p-24*a/n) {
						t.Fatalf("%s: head %d tile %d col %d: %g, want %g", dt, h, T, col, got, s/n)
					}
				}
			}
		}
	}
}

// inputTensor is x as a tensor of dt (rounded to it) and the values the
// kernel reads, widened to float64 for the references.
func inputTensor(t *testing.T, dt runtime.DType, shape []int, x []float32) (*runtime.Tensor, []float64) {
	t.Helper()
	tt, err := runtime.FromFloat32(dt, shape, x)
	if err != nil {
		t.Fatal(err)
	}
	f := tt.Float32s()
	x64 := make([]float64, len(f))
	for i, v := range f {
		x64[i] = float64(v)
	}
	return tt, x64
}

// i32Bytes is x as little-endian bytes.
func i32Bytes(x []int32) []byte {
	b := make([]byte, 4*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(v))
	}
	return b
}

// poolGrid is the CTAs pool kernel k takes for nt tiles (runtime/cuda's
// poolCTAs): Kernel.Rows tiles a CTA, or one.
func poolGrid(k Kernel, nt int) int {
	r := max(k.Rows, 1)
	return (nt + r - 1) / r
}
