package runtime

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

// Options configure an Exec.
type Options struct {
	// Workers is the number of worker goroutines; <= 0 means GOMAXPROCS.
	Workers int
	// KeyCache says k is a KV cache that only grows by appending: between
	// runs of the kernel, the rows below each sequence's length (its key
	// lengths, or all N rows without them) keep their values, or the
	// sequence's length shrinks (a new sequence in its place), or k is
	// another tensor. Scoring then keeps its key tiles' summaries (mean
	// keys, Quest's bounds) between runs and computes only those of the
	// tiles from each sequence's previous last key on (docs/gen.md). A k
	// changed in place below the lengths without shrinking them breaks
	// the promise: the scores then use stale summaries.
	KeyCache bool
}

// ErrConcurrentUse is the error of a call into an Exec that another
// goroutine is using: a generated kernel (which holds one Exec and its
// buffers) is not safe for concurrent use.
var ErrConcurrentUse = errors.New("already running; a kernel is not safe for concurrent use (use one per goroutine)")

// errConcurrentState is the error of every call after runs overlapped.
var errConcurrentState = fmt.Errorf("%w: it was run from several goroutines at once and its state is undefined; make a new one", ErrConcurrentUse)

// Exec runs the items of a grid on worker goroutines that live as long as
// the Exec, each with its own scratch buffers, so that a steady stream of
// kernel runs allocates nothing. Generated kernels hold one Exec each.
//
// An Exec serves one caller at a time. A call that overlaps another
// returns ErrConcurrentUse instead of running; since the kernel's state
// between its calls may then mix two runs, every later call returns it too
// (the kernel must be replaced), and so does the overlapped call itself
// when it finishes. Runs that overlap only between their calls into the
// Exec are not detected: the kernel's documentation says it is not safe
// for concurrent use.
type Exec struct {
	busy     atomic.Bool // a caller is inside Parallel
	poisoned atomic.Bool // calls overlapped: every call fails from now on

	workers []*Worker
	wake    []chan struct{}
	done    sync.WaitGroup

	// The current job, set before the workers are woken.
	job  func(w *Worker, item int)
	n    int64
	next atomic.Int64
	ctx  context.Context
	stop atomic.Bool

	conv      convJob
	convertFn func(w *Worker, item int)
}

// NewExec starts the worker goroutines. Close stops them.
func NewExec(opts Options) *Exec {
	n := opts.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	e := &Exec{}
	e.convertFn = e.convert
	for i := range n {
		w := &Worker{ID: i}
		c := make(chan struct{})
		e.workers = append(e.workers, w)
		e.wake = append(e.wake, c)
		go e.loop(w, c)
	}
	return e
}

// Workers returns the workers (their scratch and counters).
func (e *Exec) Workers() []*Worker { return e.workers }

func (e *Exec) loop(w *Worker, wake chan struct{}) {
	for range wake {
		for !e.stop.Load() {
			i := e.next.Add(1) - 1
			if i >= e.n {
				break
			}
			if i%16 == 0 && e.ctx.Err() != nil {
				e.stop.Store(true)
				break
			}
			e.job(w, int(i))
		}
		e.done.Done()
	}
}

// Parallel runs job(w, item) for every item in [0, n) on the workers and
// returns when all are done, or ctx's error if it was cancelled (some items
// may then not have run). job must be safe to run concurrently on distinct
// items; a Worker is used by one item at a time.
//
// A call while another goroutine is inside Parallel (or after that
// happened once) returns ErrConcurrentUse without running job.
func (e *Exec) Parallel(ctx context.Context, n int, job func(w *Worker, item int)) error {
	if err := e.acquire(); err != nil {
		return err
	}
	defer e.busy.Store(false)
	return e.parallel(ctx, n, job)
}

// acquire makes the caller the Exec's only one, or returns why not.
func (e *Exec) acquire() error {
	if e.poisoned.Load() {
		return errConcurrentState
	}
	if !e.busy.CompareAndSwap(false, true) {
		e.poisoned.Store(true)
		return ErrConcurrentUse
	}
	return nil
}

// parallel is Parallel for the caller that holds the Exec.
func (e *Exec) parallel(ctx context.Context, n int, job func(w *Worker, item int)) error {
	if n <= 0 {
		return ctx.Err()
	}
	e.job, e.n, e.ctx = job, int64(n), ctx
	e.next.Store(0)
	e.stop.Store(false)
	e.done.Add(len(e.workers))
	for _, c := range e.wake {
		c <- struct{}{}
	}
	e.done.Wait()
	e.job, e.ctx = nil, nil
	if e.poisoned.Load() {
		return errConcurrentState
	}
	return ctx.Err()
}

// Close stops the workers. The Exec must not be used afterwards.
func (e *Exec) Close() {
	for _, c := range e.wake {
		close(c)
	}
	e.wake = nil
}

// Worker is one worker goroutine's state: scratch buffers reused across
// items and runs, and per-head statistics counters.
type Worker struct {
	ID    int
	f32   [][]float32
	i32   [][]int32
	u16   [][]uint16
	Heads []HeadCounters
}

// U16 returns scratch buffer i of at least n uint16s (contents undefined).
func (w *Worker) U16(i, n int) []uint16 {
	for len(w.u16) <= i {
		w.u16 = append(w.u16, nil)
	}
	if cap(w.u16[i]) < n {
		w.u16[i] = make([]uint16, n)
	}
	return w.u16[i][:n]
}

// F32 returns scratch buffer i of at least n float32s (contents undefined).
func (w *Worker) F32(i, n int) []float32 {
	for len(w.f32) <= i {
		w.f32 = append(w.f32, nil)
	}
	if cap(w.f32[i]) < n {
		w.f32[i] = make([]float32, n)
	}
	return w.f32[i][:n]
}

// I32 returns scratch buffer i of at least n int32s (contents undefined).
func (w *Worker) I32(i, n int) []int32 {
	for len(w.i32) <= i {
		w.i32 = append(w.i32, nil)
	}
	if cap(w.i32[i]) < n {
		w.i32[i] = make([]int32, n)
	}
	return w.i32[i][:n]
}

// ResetCounters sizes the per-head counters for h heads and zeroes them.
func (w *Worker) ResetCounters(h int) {
	if cap(w.Heads) < h {
		w.Heads = make([]HeadCounters, h)
	}
	w.Heads = w.Heads[:h]
	clear(w.Heads)
}

// HeadCounters are the counts a kernel keeps per head while it runs.
type HeadCounters struct {
	Allowed, Computed, TilesVisited, EarlyStops int64
	CompFlops                                   float64
}

// The conversions between a run's tensors and its float32 buffers are
// spread over the workers too (they are O(N·d), but single-threaded they
// cost as much as a sparse attention). Their state lives in the Exec so the
// job function is created once and a run allocates nothing.
type convJob struct {
	t     *Tensor
	f32   []float32
	store bool
	// With lens, a load of a KV cache [heads, rows, width]: items are
	// chunks of one head's first lens[head/per] rows (LoadPrefix).
	lens             []int32
	rows, width, per int
	chunksPerHead    int
}

const convChunk = 1 << 14

func (e *Exec) convert(w *Worker, item int) {
	j := &e.conv
	if j.lens != nil {
		head, c := item/j.chunksPerHead, item%j.chunksPerHead
		base := head * j.rows * j.width
		lo := base + c*convChunk
		if hi := min(lo+convChunk, base+int(j.lens[head/j.per])*j.width); lo < hi {
			loadRange(j.t, j.f32, lo, hi)
		}
		return
	}
	lo := item * convChunk
	hi := min(lo+convChunk, len(j.f32))
	if j.store {
		storeRange(j.t, j.f32, lo, hi)
	} else {
		loadRange(j.t, j.f32, lo, hi)
	}
}

// Load converts t into buf (grown as needed) on the workers and returns
// the float32 values; f32 tensors are viewed without copying. A Load that
// overlaps another call converts nothing; the run's next Parallel returns
// ErrConcurrentUse.
func (e *Exec) Load(ctx context.Context, t *Tensor, buf *[]float32) []float32 {
	if v, ok := float32View(t); ok {
		return v
	}
	n := t.Len()
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	out := (*buf)[:n]
	if e.acquire() != nil {
		return out
	}
	defer e.busy.Store(false)
	e.conv = convJob{t: t, f32: out}
	e.parallel(ctx, (n+convChunk-1)/convChunk, e.convertFn)
	return out
}

// LoadPrefix is Load for a KV cache t of [heads, rows, width] whose B
// sequences hold lens[b] keys each (heads/B heads per sequence): it
// converts only the first lens[head/(heads/B)] rows of each head, so a
// prefill against a cache reads the keys it has, not its capacity. The
// rows past them are left as they were in buf (nothing reads them); f32
// tensors are viewed without copying. lens must have passed KeyLengths.
func (e *Exec) LoadPrefix(ctx context.Context, t *Tensor, buf *[]float32, lens []int32) []float32 {
	if v, ok := float32View(t); ok {
		return v
	}
	n := t.Len()
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	out := (*buf)[:n]
	if len(t.Shape) != 3 || len(lens) == 0 || t.Shape[0]%len(lens) != 0 {
		panic(fmt.Sprintf("BUG: LoadPrefix of %v with %d key lengths", t.Shape, len(lens)))
	}
	if n == 0 || e.acquire() != nil {
		return out
	}
	defer e.busy.Store(false)
	heads, rows, width := t.Shape[0], t.Shape[1], t.Shape[2]
	cph := (rows*width + convChunk - 1) / convChunk
	e.conv = convJob{t: t, f32: out, lens: lens, rows: rows, width: width, per: heads / len(lens), chunksPerHead: cph}
	e.parallel(ctx, heads*cph, e.convertFn)
	return out
}

// Store writes x into t, rounding to t's element type, on the workers. A
// Store that overlaps another call (or follows overlapping ones) cannot
// return the error, as it is the run's last step: it fills t with NaN, so
// that no run returns a stale or mixed output as if it were right.
func (e *Exec) Store(ctx context.Context, t *Tensor, x []float32) {
	if e.acquire() != nil {
		poison(t)
		return
	}
	defer e.busy.Store(false)
	e.conv = convJob{t: t, f32: x, store: true}
	if err := e.parallel(ctx, (len(x)+convChunk-1)/convChunk, e.convertFn); errors.Is(err, ErrConcurrentUse) {
		poison(t)
	}
}

// poison fills t with NaN.
func poison(t *Tensor) {
	nan := float32(math.NaN())
	for i := range t.Len() {
		t.Set(i, nan)
	}
}
