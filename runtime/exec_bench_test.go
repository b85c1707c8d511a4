package runtime

import (
	"context"
	"math/rand/v2"
	"testing"
)

// The conversions at the ends of a kernel run, at the size of best.attn's
// q (8 heads × 16384 × 64): go test -bench=Exec -run=^$ ./runtime

func benchTensor(dt DType) (*Tensor, []float32) {
	const n = 8 * 16384 * 64
	r := rand.New(rand.NewPCG(1, 2))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	return New(dt, n), x
}

func BenchmarkExecStoreF16(b *testing.B)  { benchStore(b, F16) }
func BenchmarkExecStoreBF16(b *testing.B) { benchStore(b, BF16) }
func BenchmarkExecLoadF16(b *testing.B)   { benchLoad(b, F16) }
func BenchmarkExecLoadBF16(b *testing.B)  { benchLoad(b, BF16) }

func benchStore(b *testing.B, dt DType) {
	t, x := benchTensor(dt)
	e := NewExec(Options{})
	defer e.Close()
	b.SetBytes(int64(len(x) * 4))
	for b.Loop() {
		e.Store(context.Background(), t, x)
	}
}

func benchLoad(b *testing.B, dt DType) {
	t, x := benchTensor(dt)
	e := NewExec(Options{})
	defer e.Close()
	e.Store(context.Background(), t, x)
	var buf []float32
	b.SetBytes(int64(len(x) * 4))
	for b.Loop() {
		e.Load(context.Background(), t, &buf)
	}
}
