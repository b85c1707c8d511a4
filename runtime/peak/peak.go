// Package peak measures the machine's fp32 FMA peak and its memory read
// bandwidth with avo-generated loops (codegen/amd64.GeneratePeak), so
// benchmarks can say what fraction of the hardware they reach. attnc bench
// -peak runs it.
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

// BandwidthBytes is the buffer the bandwidth probe reads: far larger than
// the last-level caches of the machines attnc runs on (32–512 MiB), so
// that each pass over it comes from memory.
const BandwidthBytes = 1 << 30

// Bandwidth is one measurement of the memory's read bandwidth.
type Bandwidth struct {
	GBps    float64 // GB/s (10⁹ bytes) over all threads; 0 where there is no probe
	Bytes   int     // the buffer read
	Threads int
}

// MeasureBandwidth streams a buffer of BandwidthBytes, split into one
// contiguous part per thread (<= 0: GOMAXPROCS; each goroutine locked to
// an OS thread), through the widest probe loop the CPU runs, and reports
// the best of rounds of about d/3 each: the read bandwidth a kernel that
// reads a KV cache once per step can reach on as many threads. Every page
// is written first, so that no read comes from the kernel's shared zero
// page.
func MeasureBandwidth(threads int, d time.Duration) Bandwidth {
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	r := Bandwidth{Threads: threads, Bytes: BandwidthBytes}
	read := readFunc()
	if read == nil {
		return r
	}
	buf := make([]byte, BandwidthBytes)
	for i := 0; i < len(buf); i += 256 {
		buf[i] = byte(i >> 8)
	}
	part := len(buf) / threads / 512 * 512
	for range 3 {
		var wg sync.WaitGroup
		passes := make([]int, threads)
		start := time.Now()
		for t := range threads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				p := buf[t*part : (t+1)*part]
				for passes[t] == 0 || time.Since(start) < d/3 {
					read(&p[0], len(p))
					passes[t]++
				}
			}()
		}
		wg.Wait()
		el := time.Since(start).Seconds()
		total := 0
		for _, c := range passes {
			total += c
		}
		if g := float64(total) * float64(part) / el / 1e9; g > r.GBps {
			r.GBps = g
		}
	}
	return r
}
