// Package peak measures the machine's fp32 FMA peak with avo-generated
// loops (codegen/amd64.GeneratePeak), so benchmarks can say what fraction
// of the hardware they reach. attnc bench -peak runs it.
package peak

//go:generate go run ../../internal/genpeak

import (
	"runtime"
	"sync"
	"time"

	"golang.org/x/sys/cpu"
)

// Chains and lanes of the probe loops (codegen/amd64.PeakChains).
const chains = 12

// Result is one measurement.
type Result struct {
	ZMM, YMM float64 // GFLOP/s over all threads; 0 when the CPU lacks the ISA
	Threads  int
}

// Measure runs the probe on threads goroutines (<= 0: GOMAXPROCS), each
// locked to an OS thread, for about d per vector width, and reports the
// best of three rounds.
func Measure(threads int, d time.Duration) Result {
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	r := Result{Threads: threads}
	if !available() {
		return r
	}
	if cpu.X86.HasAVX512F {
		r.ZMM = best(threads, d, 16, runZMM)
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		r.YMM = best(threads, d, 8, runYMM)
	}
	return r
}

func best(threads int, d time.Duration, lanes int, run func(n int)) float64 {
	const n = 1 << 20 // iterations per call: ~3 ms
	var top float64
	for range 3 {
		var wg sync.WaitGroup
		calls := make([]int, threads)
		start := time.Now()
		for t := range threads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				for time.Since(start) < d/3 {
					run(n)
					calls[t]++
				}
			}()
		}
		wg.Wait()
		el := time.Since(start).Seconds()
		total := 0
		for _, c := range calls {
			total += c
		}
		flops := float64(total) * n * chains * float64(lanes) * 2
		if g := flops / el / 1e9; g > top {
			top = g
		}
	}
	return top
}
