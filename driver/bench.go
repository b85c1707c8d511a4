package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/attnc/attnc/runtime/peak"
)

// benchLine is one JSON line of attnc bench (DESIGN §9).
type benchLine struct {
	Kernel      string             `json:"kernel"`
	N           int                `json:"n"`
	Heads       int                `json:"heads"`
	HeadDim     int                `json:"head_dim"`
	Device      string             `json:"device"`
	DenseMS     float64            `json:"dense_ms"`
	SparseMS    float64            `json:"sparse_ms"`
	Density     float64            `json:"density"`
	DensityTot  float64            `json:"density_total"`
	StageMS     map[string]float64 `json:"stage_ms"`
	GflopsDense float64            `json:"gflops_dense"`
	PeakGflops  *float64           `json:"peak_gflops"`
	Repeat      int                `json:"repeat"`
}

// cmdBench times a kernel's generated code, dense (without its schedule)
// and sparse (with it), on synthetic attention of each size.
func cmdBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var d driverFlags
	d.register(fs)
	deviceName := fs.String("device", "cpu", "where to time: "+deviceNames(func(d *device) bool { return d.Name != "ref" }))
	sizes := fs.String("n", "4096,16384", "sequence lengths")
	heads := fs.Int("heads", 8, "heads")
	kvHeads := fs.Int("kv-heads", 0, "key/value heads (default heads/4 when the kernel uses G)")
	repeat := fs.Int("repeat", 3, "runs per measurement; the median is reported")
	seed := fs.Uint64("synthetic", 1, "seed of the synthetic inputs (structured attention, so sparse schedules find structure)")
	workers := fs.Int("workers", 0, "worker goroutines (default GOMAXPROCS)")
	asJSON := fs.Bool("json", false, "one JSON line per size")
	measurePeak := fs.Bool("peak", false, "measure the machine's fp32 FMA peak (avo-generated zmm/ymm loops) and report each size's fraction of it; alone (no FILE), only measure")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc bench [flags] FILE\n\nTimes FILE's kernel dense (no schedule) and sparse (its schedule, or -passes) on the CPU backend.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	var peakGflops *float64
	if *measurePeak {
		pk := peak.Measure(*workers, 2*time.Second)
		if *asJSON {
			b, _ := json.Marshal(map[string]any{"peak_zmm_gflops": pk.ZMM, "peak_ymm_gflops": pk.YMM, "threads": pk.Threads})
			fmt.Fprintf(stdout, "%s\n", b)
		} else {
			fmt.Fprintf(stdout, "fp32 FMA peak on %d threads: zmm %.1f GFLOP/s, ymm %.1f GFLOP/s\n", pk.Threads, pk.ZMM, pk.YMM)
		}
		if p := max(pk.ZMM, pk.YMM); p > 0 {
			peakGflops = &p
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
	if *deviceName == "ref" {
		return usagef("-device ref: bench times generated kernels; want %s", deviceNames(func(d *device) bool { return d.Name != "ref" }))
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
		peakGflops = nil // the CPU's peak says nothing about this device
	}
	sx, err := dev.Build(sf, progress)
	if err != nil {
		return err
	}
	defer sx.Close()
	dx, err := dev.Build(df, progress)
	if err != nil {
		return err
	}
	defer dx.Close()
	var lines []benchLine
	for _, n := range ns {
		r := &runFlags{n: n, heads: *heads, kvHeads: *kvHeads, synth: *seed, synthSet: true, device: dev.Name}
		inputs, err := r.loadInputs(sf)
		if err != nil {
			return err
		}
		progress("N=%d: dense", n)
		dm, err := dx.Run(inputs, *repeat, *workers)
		if err != nil {
			return err
		}
		progress("N=%d: sparse", n)
		sm, err := sx.Run(inputs, *repeat, *workers)
		if err != nil {
			return err
		}
		line := benchLine{Kernel: sf.Name, Device: sx.Where(), DenseMS: dm.TimeMS, SparseMS: sm.TimeMS,
			Density: sm.Density, DensityTot: sm.DensityTotal, StageMS: sm.StageMS, Repeat: *repeat}
		line.N, line.Heads, _, line.HeadDim = shapeOf(sf, inputs)
		// Causal flops as DESIGN §9 counts them: 2·N²·d·H, which is half
		// of 4·N²·d·H, as the GPU peers count causal too.
		flops := 2 * float64(n) * float64(n) * float64(line.HeadDim) * float64(line.Heads)
		line.GflopsDense = flops / (line.DenseMS * 1e6)
		line.PeakGflops = peakGflops
		lines = append(lines, line)
		if *asJSON {
			b, _ := json.Marshal(line)
			fmt.Fprintf(stdout, "%s\n", b)
		}
	}
	if !*asJSON {
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "n\theads\td\tdense ms\tsparse ms\tsparse/dense\tdensity\tdensity_total\tdense GFLOP/s\tof peak\t")
		for _, l := range lines {
			frac := "-"
			if l.PeakGflops != nil {
				frac = fmt.Sprintf("%.3f", l.GflopsDense / *l.PeakGflops)
			}
			fmt.Fprintf(tw, "%d\t%d\t%d\t%.1f\t%.1f\t%.3f\t%.4f\t%.4f\t%.2f\t%s\t\n", l.N, l.Heads, l.HeadDim, l.DenseMS, l.SparseMS, l.SparseMS/l.DenseMS, l.Density, l.DensityTot, l.GflopsDense, frac)
		}
		tw.Flush()
	}
	return nil
}
