package runtime

import (
	"context"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// misaligned returns a tensor of n elements of dt whose data starts at an
// odd address, so that Load and Store take their byte-wise paths.
func misaligned(dt DType, n int) *Tensor {
	t := New(dt, n)
	t.Data = make([]byte, len(t.Data)+1)[1:]
	return t
}

// TestExecLoadAllBits loads every f16 and bf16 bit pattern (NaN payloads
// included) through the workers and compares with At, aligned or not.
func TestExecLoadAllBits(t *testing.T) {
	e := NewExec(Options{Workers: 2})
	defer e.Close()
	for _, dt := range []DType{F16, BF16} {
		for _, odd := range []bool{false, true} {
			x := New(dt, 1<<16)
			if odd {
				x = misaligned(dt, 1<<16)
			}
			for i := range 1 << 16 {
				binary.LittleEndian.PutUint16(x.Data[2*i:], uint16(i))
			}
			var buf []float32
			got := e.Load(context.Background(), x, &buf)
			for i, v := range got {
				if want := x.At(i); math.Float32bits(v) != math.Float32bits(want) {
					t.Fatalf("%s (odd %v): Load of %#04x = %#08x, At gives %#08x", dt, odd, i, math.Float32bits(v), math.Float32bits(want))
				}
			}
		}
	}
}

// TestExecStoreMatchesSet stores special values, values at and around
// every rounding boundary, and random bit patterns through the workers and
// compares with Set.
func TestExecStoreMatchesSet(t *testing.T) {
	e := NewExec(Options{Workers: 2})
	defer e.Close()
	r := rand.New(rand.NewPCG(9, 10))
	var xs []float32
	for _, b := range []uint32{0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffa00001, 0x7f7fffff, 0x477fe000, 0x477ff000, 0x38800000, 0x387fffff, 0x33800000, 0x33000000, 0x00000001} {
		xs = append(xs, math.Float32frombits(b))
	}
	for h := range 1 << 16 { // every f16 value, its halfway points and neighbours
		b := math.Float32bits(F16ToF32(uint16(h)))
		for _, d := range []uint32{0, 1, 0xfff, 0x1000, 0x1001, 0x7fff, 0x8000, 0x8001} {
			xs = append(xs, math.Float32frombits(b+d), math.Float32frombits(b-d))
		}
	}
	for range 1 << 18 {
		xs = append(xs, math.Float32frombits(r.Uint32()))
	}
	// Infinities and NaNs send a whole range back to the Go loop: check the
	// finite values separately, so that the vector loops see them too.
	var finite []float32
	for _, v := range xs {
		if math.Float32bits(v)&0x7f800000 != 0x7f800000 {
			finite = append(finite, v)
		}
	}
	for _, xs := range [][]float32{xs, finite} {
		storeMatchesSet(t, e, xs)
	}
}

func storeMatchesSet(t *testing.T, e *Exec, xs []float32) {
	for _, dt := range []DType{F16, BF16} {
		for _, odd := range []bool{false, true} {
			got, want := New(dt, len(xs)), New(dt, len(xs))
			if odd {
				got = misaligned(dt, len(xs))
			}
			e.Store(context.Background(), got, xs)
			for i, v := range xs {
				want.Set(i, v)
			}
			for i := range xs {
				g, w := binary.LittleEndian.Uint16(got.Data[2*i:]), binary.LittleEndian.Uint16(want.Data[2*i:])
				if g != w {
					t.Fatalf("%s (odd %v): Store of %#08x = %#04x, Set gives %#04x", dt, odd, math.Float32bits(xs[i]), g, w)
				}
			}
		}
	}
}
