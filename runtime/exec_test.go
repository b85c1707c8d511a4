package runtime

import (
	"context"
	"errors"
	"math"
	"sync"
	"testing"
	"time"
)

// TestExecConcurrentUse: an Exec shared by goroutines (a kernel instance
// used from several at once) must not panic ("sync: WaitGroup is reused")
// or mix runs: overlapping calls return ErrConcurrentUse, and so does every
// later call (the kernel's state is undefined once runs overlapped).
func TestExecConcurrentUse(t *testing.T) {
	e := NewExec(Options{Workers: 2})
	defer e.Close()
	job := func(w *Worker, item int) { time.Sleep(200 * time.Microsecond) }
	if err := e.Parallel(context.Background(), 8, job); err != nil {
		t.Fatalf("one caller: %v", err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	refused := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				if err := e.Parallel(context.Background(), 8, job); err != nil {
					if !errors.Is(err, ErrConcurrentUse) {
						t.Errorf("error %v, want ErrConcurrentUse", err)
					}
					mu.Lock()
					refused++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if refused == 0 {
		t.Fatal("80 overlapping calls from 8 goroutines, none refused")
	}
	err := e.Parallel(context.Background(), 8, job)
	if !errors.Is(err, ErrConcurrentUse) {
		t.Errorf("a call after overlapping ones: %v, want ErrConcurrentUse", err)
	}
	// A refused Store cannot return the error (generated code ignores its
	// result): it fills the output with NaN instead of leaving it stale.
	out := New(F32, 4)
	e.Store(context.Background(), out, []float32{1, 2, 3, 4})
	for i := range 4 {
		if v := out.At(i); !math.IsNaN(float64(v)) {
			t.Errorf("out[%d] = %v after a refused Store, want NaN", i, v)
		}
	}
}
