package runtime

import (
	"context"
	"strings"
	"testing"
)

// TestLoadPrefix: a KV cache's load converts each head's first lens rows
// (heads/B heads per sequence) and leaves the rest of the buffer as it
// was, over chunks that cross heads and a head of no keys.
func TestLoadPrefix(t *testing.T) {
	e := NewExec(Options{Workers: 3})
	defer e.Close()
	for _, dt := range []DType{F16, BF16, F32} {
		heads, rows, width := 4, 3000, 7 // 21000 elements per head: a chunk and a part
		lens := []int32{2999, 0}
		x := New(dt, heads, rows, width)
		for i := range x.Len() {
			x.Set(i, float32(i%1000))
		}
		buf := make([]float32, x.Len())
		for i := range buf {
			buf[i] = -7
		}
		got := e.LoadPrefix(context.Background(), x, &buf, lens)
		for hd := range heads {
			n := int(lens[hd/2])
			for i := range rows * width {
				at := (hd*rows)*width + i
				want := float32(-7)
				if i < n*width || dt == F32 { // f32 is viewed whole
					want = x.At(at)
				}
				if got[at] != want {
					t.Fatalf("%v: head %d element %d = %v, want %v", dt, hd, i, got[at], want)
				}
			}
		}
	}
}

// TestKeyLengths: B sequences must divide the heads, every length lie in
// [0, C]; the errors say which.
func TestKeyLengths(t *testing.T) {
	mk := func(xs ...float64) *Tensor {
		l, err := FromFloat64(I32, []int{len(xs)}, xs)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	var buf []int32
	if l, err := KeyLengths(mk(0, 4096), &buf, 8, 2, 4096); err != nil || len(l) != 2 || l[1] != 4096 {
		t.Errorf("KeyLengths(0, 4096) = %v, %v", l, err)
	}
	for _, c := range []struct {
		lens    *Tensor
		h, g, n int
		want    string
	}{
		{mk(1, 2, 3), 6, 2, 8, "B = 3 sequences do not divide the query heads H = 6 and the KV heads G = 2"},
		{mk(1, 2), 3, 3, 8, "B = 2 sequences do not divide the query heads H = 3"},
		{mk(1, 9), 2, 2, 8, "sequence 1 has 9 keys, want an integer in [0, 8] (the cache's capacity, k's rows)"},
		{mk(-3), 2, 2, 8, "sequence 0 has -3 keys"},
		{mk(), 2, 2, 8, "none given (B = 0)"},
		{New(F32, 2), 2, 2, 8, "key lengths are f32, want i32"},
	} {
		if _, err := KeyLengths(c.lens, &buf, c.h, c.g, c.n); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v H=%d G=%d C=%d: %v, want %q", c.lens.Float64s(), c.h, c.g, c.n, err, c.want)
		}
	}
	if !SameLengths([]int32{1, 2}, []int32{1, 2}) || SameLengths([]int32{1, 2}, []int32{1, 3}) || SameLengths(nil, []int32{1}) {
		t.Errorf("SameLengths")
	}
}
