package sparse

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestParallel: every item runs once, on a worker number in range that no
// other goroutine holds at the same time, from concurrent callers and from
// calls nested inside items (which must not wait for busy helpers).
func TestParallel(t *testing.T) {
	check := func(n, workers int, nest bool) {
		t.Helper()
		ran := make([]atomic.Int32, n)
		busy := make([]atomic.Int32, max(workers, 1))
		var bad atomic.Int32
		parallel(n, workers, func(w, i int) {
			if w < 0 || w >= max(workers, 1) {
				bad.Add(1)
				return
			}
			if busy[w].Add(1) != 1 {
				bad.Add(1) // two goroutines hold worker number w at once
			}
			ran[i].Add(1)
			if i%4 == 0 {
				time.Sleep(20 * time.Microsecond) // hold w long enough for an overlap to show
			}
			if nest {
				var inner atomic.Int32
				parallel(7, workers, func(_, _ int) { inner.Add(1) })
				if inner.Load() != 7 {
					bad.Add(1)
				}
			}
			busy[w].Add(-1)
		})
		if bad.Load() != 0 {
			t.Errorf("n %d workers %d nest %v: %d bad worker numbers or nested runs", n, workers, nest, bad.Load())
		}
		for i := range ran {
			if c := ran[i].Load(); c != 1 {
				t.Fatalf("n %d workers %d nest %v: item %d ran %d times", n, workers, nest, i, c)
			}
		}
	}
	for _, n := range []int{0, 1, 2, 3, 17, 1000} {
		for _, w := range []int{1, 2, 3, 8} {
			check(n, w, false)
			check(n, w, true)
		}
	}
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				check(100+c, 1+c%4, c%2 == 0)
			}
		}()
	}
	wg.Wait()
}

// BenchmarkParallel is the cost of one call with little work per item, as
// a decode step's scoring, selection and attention calls have: 8 items of
// about a microsecond on two workers, with a touch of stack per item.
func BenchmarkParallel(b *testing.B) {
	var sink atomic.Int64
	for b.Loop() {
		parallel(8, 2, func(_, i int) {
			var buf [512]int64 // stack a fresh goroutine has to grow into
			for k := range buf {
				buf[k] = int64(k * i)
			}
			s := int64(0)
			for k := range 300 {
				s += buf[k%512] ^ int64(k)
			}
			sink.Add(s)
		})
	}
}
