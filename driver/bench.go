package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/peak"
)

// benchLine is one JSON line of attnc bench (DESIGN §9).
type benchLine struct {
	Kernel  string  `json:"kernel"`
	N       int     `json:"n"`
	M       int     `json:"m,omitempty"` // queries, when not N (-dims M=…): a decode step or a prefill chunk
	Heads   int     `json:"heads"`
	KVHeads int     `json:"kv_heads"`
	HeadDim int     `json:"head_dim"`
	Lens    []int   `json:"lens,omitempty"` // key lengths, per sequence, of a cache of N keys (-lens)
	Device  string  `json:"device"`
	DenseMS float64 `json:"dense_ms"`
	// DenseRangeMS is the fastest and slowest of the dense runs (the
	// median is DenseMS), where the device times each call.
	DenseRangeMS *[2]float64        `json:"dense_range_ms,omitempty"`
	SparseMS     float64            `json:"sparse_ms"`
	Density      float64            `json:"density"`
	DensityTot   float64            `json:"density_total"`
	StageMS      map[string]float64 `json:"stage_ms"`
	// DeviceMB is the sparse run's device buffers at their peak (cuda).
	DeviceMB    float64  `json:"device_mb,omitempty"`
	GflopsDense float64  `json:"gflops_dense"`
	PeakGflops  *float64 `json:"peak_gflops"`
	// KVBytes is the bytes of k and v (the second and third parameters),
	// which a dense run must read once; KVGBpsDense is them over DenseMS,
	// and PeakGBps the memory's measured read bandwidth (-peak).
	KVBytes     int64    `json:"kv_bytes"`
	KVGBpsDense float64  `json:"kv_gbps_dense"`
	PeakGBps    *float64 `json:"peak_gbps"`
	Repeat      int      `json:"repeat"`
	// Variant is the environment the sparse kernel was built and run
	// under (-variants: "VAR=value …", "-" for none), Round the pass
	// through the variants that timed it (-rounds, from 1).
	Variant string `json:"variant,omitempty"`
	Round   int    `json:"round,omitempty"`
}

// cmdBench times a kernel's generated code, dense (without its schedule)
// and sparse (with it), on synthetic attention of each size.
func cmdBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var d driverFlags
	d.register(fs)
	deviceName := fs.String("device", "cpu", "where to time: "+deviceNames(func(d *device) bool { return d.Name != "ref" }))
	sizes := fs.String("n", "4096,16384", "sequence lengths (N, the keys)")
	dims := fs.String("dims", "", "other run-time dims, e.g. M=1 for a decode step (M queries against N keys)")
	heads := fs.Int("heads", 8, "heads")
	kvHeads := fs.Int("kv-heads", 0, "key/value heads (default heads/4 when the kernel uses G)")
	repeat := fs.Int("repeat", 3, "runs per measurement; the median is reported")
	seed := fs.Uint64("synthetic", 1, "seed of the synthetic inputs (structured attention, so sparse schedules find structure)")
	workers := fs.Int("workers", 0, "worker goroutines (default GOMAXPROCS)")
	var lens []int
	fs.Func("lens", "key lengths of a kernel with a KV cache (lens: i32[B]), one per sequence, e.g. 16384 (default: every sequence holds the whole cache of -n)", func(s string) (err error) {
		lens, err = parseLens(s)
		return err
	})
	asJSON := fs.Bool("json", false, "one JSON line per size")
	keyCache := fs.Bool("key-cache", false, "run as a decode loop over a KV cache: the sparse kernel keeps its key tiles' summaries between runs (cpu: runtime.Options.KeyCache; cuda: cuda.RunOptions.KeyCache, the means kept on the device) and each run after the first appends a key to every sequence (-lens below -n leaves room)")
	cpuProfile := fs.String("cpuprofile", "", "cpu: write a CPU profile (runtime/pprof; read it with go tool pprof) of the sparse kernel's repetitions to this file, one file per size (FILE.N) when -n lists several, and per variant and round (FILE.N.VARIANT[.rR]) with -variants")
	variantsFlag := fs.String("variants", "", "time the sparse kernel under each of these environments, '|'-separated, each 'VAR=value …' or '-' for none (the A/B of the ATTNC_* knobs, e.g. '-|ATTNC_PAIR=1'): each built and run with its variables set, on the same inputs, against one dense run; a line per variant (and per round)")
	rounds := fs.Int("rounds", 1, "with -variants: passes through the variants, alternated (each line says its round)")
	measurePeak := fs.Bool("peak", false, "measure the machine's fp32 FMA peak and memory read bandwidth (avo-generated zmm/ymm loops) and report each size's fraction of them; alone (no FILE), only measure")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc bench [flags] FILE\n\nTimes FILE's kernel dense (no schedule) and sparse (its schedule, or -passes) on the device -device names (the CPU's generated kernels by default); -variants times the sparse kernel under several ATTNC_* settings.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if err := dimsAgree(fs, *dims); err != nil {
		return err
	}
	var peakGflops, peakGBps *float64
	if *measurePeak {
		pk := peak.Measure(*workers, 2*time.Second)
		bw := peak.MeasureBandwidth(*workers, 2*time.Second)
		if *asJSON {
			b, _ := json.Marshal(map[string]any{"peak_zmm_gflops": pk.ZMM, "peak_ymm_gflops": pk.YMM, "threads": pk.Threads,
				"read_gbps": bw.GBps, "read_bytes": bw.Bytes})
			fmt.Fprintf(stdout, "%s\n", b)
		} else {
			fmt.Fprintf(stdout, "fp32 FMA peak on %d threads: zmm %.1f GFLOP/s, ymm %.1f GFLOP/s\n", pk.Threads, pk.ZMM, pk.YMM)
			fmt.Fprintf(stdout, "memory read bandwidth on %d threads: %.1f GB/s (streaming %d MiB)\n", bw.Threads, bw.GBps, bw.Bytes>>20)
		}
		if p := max(pk.ZMM, pk.YMM); p > 0 {
			peakGflops = &p
		}
		if bw.GBps > 0 {
			peakGBps = &bw.GBps
		}
		if len(files) == 0 {
			return nil
		}
	}
	if len(files) != 1 {
		return usagef("want one file, got %d", len(files))
	}
	if *repeat < 1 {
		return usagef("-repeat %d: want at least 1", *repeat)
	}
	variants, err := parseVariants(*variantsFlag)
	if err != nil {
		return err
	}
	if *rounds < 1 || *rounds > 1 && *variantsFlag == "" {
		return usagef("-rounds %d: want at least 1, and more only with -variants", *rounds)
	}
	if *deviceName == "ref" {
		return usagef("-device ref: bench times generated kernels; want %s", deviceNames(func(d *device) bool { return d.Name != "ref" }))
	}
	if *cpuProfile != "" && *deviceName != "cpu" {
		return usagef("-cpuprofile profiles the CPU kernels (-device cpu), not -device %s", *deviceName)
	}
	var ns []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return usagef("-n: bad size %q", s)
		}
		ns = append(ns, n)
	}
	progress := func(format string, a ...any) {
		if !*asJSON && isTerminal(stderr) {
			fmt.Fprintf(stderr, "attnc: "+format+"\n", a...)
		}
	}
	sparseProg, err := compile(files[0], &d, io.Discard, io.Discard)
	if err != nil {
		return err
	}
	dense := d
	dense.passes, dense.passesSet = "", true
	denseProg, err := compile(files[0], &dense, io.Discard, io.Discard)
	if err != nil {
		return err
	}
	sf, err := pickKernel(sparseProg.Module, d.kernel, files[0])
	if err != nil {
		return err
	}
	df, _ := pickKernel(denseProg.Module, d.kernel, files[0])
	dev, err := lookupDevice(*deviceName)
	if err != nil {
		return err
	}
	if !dev.CPUPeak {
		peakGflops, peakGBps = nil, nil // the CPU's peaks say nothing about this device
	}
	if dev.Compile != nil {
		// Every kernel compiled before any opens the device.
		for _, v := range variants {
			if err := v.with(func() error { return dev.Compile(sf) }); err != nil {
				return err
			}
		}
		if err := dev.Compile(df); err != nil {
			return err
		}
	}
	sxs := make([]executable, len(variants))
	for i, v := range variants {
		err := v.with(func() (err error) {
			sxs[i], err = dev.Build(sf, progress)
			return err
		})
		if err != nil {
			return err
		}
		defer sxs[i].Close()
		switch x := sxs[i].(type) {
		case *cpuExec:
			x.keyCache = *keyCache
		case *cudaExec:
			x.s.keyCache = *keyCache
		}
	}
	dx, err := dev.Build(df, progress)
	if err != nil {
		return err
	}
	defer dx.Close()
	var lines []benchLine
	for _, n := range ns {
		r := &runFlags{n: n, heads: *heads, kvHeads: *kvHeads, dims: *dims, synth: *seed, synthSet: true, device: dev.Name, lens: lens}
		inputs, err := r.loadInputs(sf)
		if err != nil {
			return err
		}
		progress("N=%d: dense", n)
		dm, err := dx.Run(inputs, *repeat, *workers)
		if err != nil {
			return err
		}
		for round := 1; round <= *rounds; round++ {
			for i, v := range variants {
				sx := sxs[i]
				progress("N=%d: sparse%s", n, v.label())
				if x, ok := sx.(*cpuExec); ok && *cpuProfile != "" {
					x.profile = *cpuProfile
					if suffix := v.fileSuffix(len(variants), round, *rounds); len(ns) > 1 || suffix != "" {
						x.profile = fmt.Sprintf("%s.%d%s", *cpuProfile, n, suffix)
					}
					if x.profile, err = filepath.Abs(x.profile); err != nil {
						return err
					}
				}
				var sm *measurement
				err := v.with(func() (err error) {
					sm, err = sx.Run(inputs, *repeat, *workers)
					return err
				})
				if err != nil {
					return err
				}
				line := benchLine{Kernel: sf.Name, Device: sx.Where(), DenseMS: dm.TimeMS, SparseMS: sm.TimeMS,
					Density: sm.Density, DensityTot: sm.DensityTotal, StageMS: sm.StageMS, Repeat: *repeat, DeviceMB: sm.DeviceMB}
				if *variantsFlag != "" {
					line.Variant, line.Round = v.String(), round
				}
				lines = append(lines, benchResult(line, sf, inputs, n, denseRange(dm), peakGflops, peakGBps))
				if *asJSON {
					b, _ := json.Marshal(lines[len(lines)-1])
					fmt.Fprintf(stdout, "%s\n", b)
				}
			}
		}
	}
	if !*asJSON {
		printBench(stdout, lines)
		printRounds(stdout, lines)
	}
	return nil
}

// printRounds writes, for -variants with several rounds, each variant's
// sparse time over the rounds — the median, its range, and the median
// over the first variant's — per size.
func printRounds(w io.Writer, lines []benchLine) {
	type key struct {
		n       int
		variant string
	}
	times := map[key][]float64{}
	var order []key
	multi := false
	for _, l := range lines {
		k := key{l.N, l.Variant}
		if _, ok := times[k]; !ok {
			order = append(order, k)
		}
		times[k] = append(times[k], l.SparseMS)
		multi = multi || l.Round > 1
	}
	if !multi {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\nsparse ms over the rounds:\nn\tvariant\tmedian\t(min–max)\tof the first\t")
	first := map[int]float64{}
	for _, k := range order {
		ts := times[k]
		m := median(ts)
		if _, ok := first[k.n]; !ok {
			first[k.n] = m
		}
		fmt.Fprintf(tw, "%d\t%s\t%.3f\t%.3f–%.3f\t%.3f\t\n", k.n, k.variant, m, slices.Min(ts), slices.Max(ts), m/first[k.n])
	}
	tw.Flush()
}

// denseRange is a dense measurement's spread: its fastest and slowest runs, where
// the device timed each.
func denseRange(dm *measurement) *[2]float64 {
	if len(dm.TimesMS) == 0 {
		return nil
	}
	return &[2]float64{slices.Min(dm.TimesMS), slices.Max(dm.TimesMS)}
}

// benchResult completes a bench line of kernel sf at size n: its shape,
// flops and bytes, and the peaks' fractions.
func benchResult(line benchLine, sf *ir.Func, inputs map[string]*interp.Tensor, n int, spread *[2]float64, peakGflops, peakGBps *float64) benchLine {
	var m int
	m, line.Heads, line.KVHeads, line.HeadDim = shapeOf(sf, inputs)
	line.N = keysOf(sf, inputs)
	line.Lens = lensOf(sf, inputs)
	// Causal flops as DESIGN §9 counts them: 2·N²·d·H, which is half
	// of 4·N²·d·H, as the GPU peers count causal too. M queries against
	// N keys count every pair (a causal decode row sees every key).
	flops := 2 * float64(n) * float64(n) * float64(line.HeadDim) * float64(line.Heads)
	if m != line.N {
		line.M = m
		flops = 4 * float64(m) * float64(line.N) * float64(line.HeadDim) * float64(line.Heads)
	}
	line.GflopsDense = flops / (line.DenseMS * 1e6)
	line.PeakGflops = peakGflops
	line.DenseRangeMS = spread
	line.KVBytes = kvBytes(sf, inputs)
	line.KVGBpsDense = float64(line.KVBytes) / (line.DenseMS * 1e6)
	line.PeakGBps = peakGBps
	return line
}

// printBench writes the bench table: with queries fewer than keys (a
// decode step), the dense time per step, the GB/s of k and v it reads and
// their fraction of the measured bandwidth, where a prefill reports
// GFLOP/s and the fraction of the FMA peak.
func printBench(w io.Writer, lines []benchLine) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	decode := false
	for _, l := range lines {
		decode = decode || l.M != 0
	}
	frac := func(x float64, of *float64) string {
		if of == nil {
			return "-"
		}
		return fmt.Sprintf("%.3f", x / *of)
	}
	// With key lengths a last column gives them (the keys each sequence
	// holds of the cache's n; kv MB counts those).
	lensHead, lensCol := "", func(benchLine) string { return "" }
	for _, l := range lines {
		if l.Lens != nil {
			lensHead, lensCol = "lens\t", func(l benchLine) string { return joinInts(l.Lens) + "\t" }
		}
	}
	// With -variants a first column gives the variant and its round.
	varHead, varCol := "", func(benchLine) string { return "" }
	for _, l := range lines {
		if l.Variant != "" {
			varHead, varCol = "variant\tround\t", func(l benchLine) string { return fmt.Sprintf("%s\t%d\t", l.Variant, l.Round) }
		}
	}
	if decode {
		fmt.Fprintln(tw, varHead+"m\tn\theads\tkv heads\td\tdense ms\t(min–max)\tsparse ms\tdensity\tkv MB\tkv GB/s\tof bw\t"+lensHead)
		for _, l := range lines {
			spread := "-"
			if r := l.DenseRangeMS; r != nil {
				spread = fmt.Sprintf("%.3f–%.3f", r[0], r[1])
			}
			fmt.Fprintf(tw, "%s%d\t%d\t%d\t%d\t%d\t%.3f\t%s\t%.3f\t%.4f\t%.1f\t%.1f\t%s\t%s\n", varCol(l), queriesOf(l), l.N, l.Heads, l.KVHeads, l.HeadDim,
				l.DenseMS, spread, l.SparseMS, l.Density, float64(l.KVBytes)/1e6, l.KVGBpsDense, frac(l.KVGBpsDense, l.PeakGBps), lensCol(l))
		}
		tw.Flush()
		return
	}
	fmt.Fprintln(tw, varHead+"n\theads\td\tdense ms\tsparse ms\tsparse/dense\tdensity\tdensity_total\tdense GFLOP/s\tof peak\t"+lensHead)
	for _, l := range lines {
		fmt.Fprintf(tw, "%s%d\t%d\t%d\t%.1f\t%.1f\t%.3f\t%.4f\t%.4f\t%.2f\t%s\t%s\n", varCol(l), l.N, l.Heads, l.HeadDim, l.DenseMS, l.SparseMS, l.SparseMS/l.DenseMS, l.Density, l.DensityTot, l.GflopsDense, frac(l.GflopsDense, l.PeakGflops), lensCol(l))
	}
	tw.Flush()
}

// queriesOf is a line's M: its queries, as many as its keys when M is 0.
func queriesOf(l benchLine) int {
	if l.M == 0 {
		return l.N
	}
	return l.M
}

// kvBytes is the bytes of f's second and third parameters (k and v) in
// their element types; with key lengths, of the rows the sequences hold
// (what a run reads), not the cache's capacity.
func kvBytes(f *ir.Func, inputs map[string]*interp.Tensor) int64 {
	lens := lensOf(f, inputs)
	var n int64
	params := tensorParams(f)
	for _, p := range params[min(1, len(params)):min(3, len(params))] {
		t := inputs[p.Name]
		if t == nil {
			continue
		}
		size := int64(runtime.DType(p.Type.DType).Size())
		if lens == nil || len(t.Shape) != 3 || t.Shape[0]%len(lens) != 0 {
			n += int64(len(t.Data)) * size
			continue
		}
		per := t.Shape[0] / len(lens) // KV heads per sequence
		for g := range t.Shape[0] {
			n += int64(lens[g/per]*t.Shape[2]) * size
		}
	}
	return n
}
