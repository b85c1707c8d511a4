// Command gpudemo runs a generated sparse kernel on an NVIDIA GPU from plain
// Go: examples/minference.attn (mean scores, 10 % of the tiles, sinks and
// diagonal), compiled by `go generate` into package minference with
// -targets go,nvptx. The package embeds the kernel's plan; runtime/cuda
// loads its PTX and runs every step — scoring, selection and attention on
// the device — with no compiler and no cgo. The same inputs run through the
// package's CPU kernel, and the program reports both and their difference.
//
//	go run ./examples/gen/gpudemo -n 8192 -heads 8
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"sort"

	"github.com/attnc/attnc/examples/gen/minference"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

func main() {
	n := flag.Int("n", 8192, "sequence length")
	heads := flag.Int("heads", 8, "heads")
	repeat := flag.Int("repeat", 5, "timed GPU runs after one warm-up")
	flag.Parse()
	q, k, v := inputs(*heads, *n)

	drv, err := cuda.Open()
	if err != nil {
		log.Fatalf("no GPU: %v", err)
	}
	defer drv.Close()
	prog, err := minference.LoadMinferenceGPU(drv)
	if err != nil {
		log.Fatal(err)
	}
	res, err := prog.Run(map[string]*runtime.Tensor{"q": q, "k": k, "v": v}, cuda.RunOptions{Repeat: *repeat})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("minference on %s (%s kernels): N=%d heads=%d, %d key tiles visited, %.3f ms per call (median of %d)\n",
		drv.DeviceName(), minference.PTXTarget, *n, *heads, res.Tiles, median(res.TimeMS), len(res.TimeMS))
	for _, name := range sortedKeys(res.StageMS) {
		fmt.Printf("  %-32s %8.3f ms\n", name, res.StageMS[name])
	}
	for _, name := range sortedKeys(res.PartMS) {
		fmt.Printf("  %-32s %8.3f ms\n", name, res.PartMS[name])
	}

	cpu := minference.NewMinference(runtime.Options{})
	defer cpu.Close()
	out := runtime.New(runtime.F16, *heads, *n, 64)
	st, err := cpu.Run(context.Background(), q, k, v, out)
	if err != nil {
		log.Fatal(err)
	}
	diff := relErr(res.Out, out)
	fmt.Printf("CPU kernel: %d key tiles visited; GPU vs CPU rel_err %.2e\n", st.TilesVisited, diff)
	// Both round to f16; they differ by float32 arithmetic order and, where
	// two tiles' float32 scores tie within rounding, by a selected tile.
	if diff > 1e-2 || math.IsNaN(diff) {
		fmt.Println("FAIL: the GPU's output is not the CPU's")
		os.Exit(1)
	}
}

// inputs are random f16 q, k, v [heads, n, 64], the queries sharpened so
// attention has structure to exploit.
func inputs(heads, n int) (q, k, v *runtime.Tensor) {
	r := rand.New(rand.NewPCG(1, 2))
	tensor := func(scale float64) *runtime.Tensor {
		t := runtime.New(runtime.F16, heads, n, 64)
		for i := range t.Len() {
			t.Set(i, float32(scale*r.NormFloat64()))
		}
		return t
	}
	return tensor(3), tensor(1), tensor(1)
}

// relErr is ‖a − b‖ / ‖b‖.
func relErr(a, b *runtime.Tensor) float64 {
	var num, den float64
	for i := range b.Len() {
		d := float64(a.At(i)) - float64(b.At(i))
		num += d * d
		den += float64(b.At(i)) * float64(b.At(i))
	}
	return math.Sqrt(num / den)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func sortedKeys(m map[string]float64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
