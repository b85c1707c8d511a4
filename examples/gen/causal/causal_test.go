package causal

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime"
)

func inputs(h, n int) (q, k, v, out *runtime.Tensor) {
	r := rand.New(rand.NewPCG(1, 1))
	mk := func() *runtime.Tensor {
		t := runtime.New(runtime.BF16, h, n, 128)
		for i := range t.Len() {
			t.Set(i, float32(r.NormFloat64()))
		}
		return t
	}
	return mk(), mk(), mk(), runtime.New(runtime.BF16, h, n, 128)
}

// TestSteadyStateAllocs: after the first run sized the buffers, a dense
// kernel run allocates nothing.
func TestSteadyStateAllocs(t *testing.T) {
	k := NewPrefill(runtime.Options{Workers: 2})
	defer k.Close()
	q, kk, v, out := inputs(2, 200)
	ctx := context.Background()
	if _, err := k.Run(ctx, q, kk, v, out); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(5, func() {
		if _, err := k.Run(ctx, q, kk, v, out); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run in the steady state, want 0", allocs)
	}
}

// TestShapeErrorsWriteNothing: bad inputs are reported with the tensor and
// dims, and out keeps its poison.
func TestShapeErrorsWriteNothing(t *testing.T) {
	k := NewPrefill(runtime.Options{Workers: 2})
	defer k.Close()
	q, kk, v, out := inputs(2, 64)
	out.Fill(-7)
	short := runtime.New(runtime.BF16, 2, 63, 128)
	f32 := runtime.New(runtime.F32, 2, 64, 128)
	for _, c := range []struct {
		q, k, v *runtime.Tensor
		want    string
	}{
		{q, short, v, "k has N = 63 (dim 1), but q has N = 64"},
		{q, kk, f32, "v is f32, want bf16"},
		{runtime.New(runtime.BF16, 2, 64, 64), kk, v, "q has shape [2 64 64], but dim 2 must be 128"},
	} {
		_, err := k.Run(context.Background(), c.q, c.k, c.v, out)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
	for i := range out.Len() {
		if out.At(i) != -7 {
			t.Fatalf("out[%d] = %v after failed runs: written", i, out.At(i))
		}
	}
}

// TestCancel: a cancelled context stops the run, returns its error, and
// leaves out untouched.
func TestCancel(t *testing.T) {
	k := NewPrefill(runtime.Options{Workers: 2})
	defer k.Close()
	q, kk, v, out := inputs(2, 512)
	out.Fill(-7)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := k.Run(ctx, q, kk, v, out); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if out.At(0) != -7 {
		t.Error("out written by a cancelled run")
	}
}
