// Package tracesets hands the measuring tools (internal/unionstat,
// internal/pairstat) the inputs they measure on: the real traces in
// ../shared/traces (read from the repository root; one that is missing is
// said on stderr and skipped) and two synthetic inputs.
package tracesets

import (
	"fmt"
	"os"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/synthetic"
)

// Traces are the real traces' names (../shared/traces/NAME.safetensors).
var Traces = []string{"go8k_L1", "pydev8k_L0", "pydev8k_L2", "pydev8k_L4"}

// Each calls run with each input's q and k ([h, n, d], float64): the
// traces, then synthetic inputs of seeds 1 and 2 (4 heads, 8192 tokens,
// d = 64).
func Each(run func(name string, q, k []float64, h, n, d int)) {
	for _, tr := range Traces {
		sf, err := runtime.ReadSafetensorsFile("../shared/traces/" + tr + ".safetensors")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		q, k := sf.Tensors["q"], sf.Tensors["k"]
		run(tr, q.Float64s(), k.Float64s(), q.Shape[0], q.Shape[1], q.Shape[2])
	}
	for _, seed := range []uint64{1, 2} {
		q, k, _, err := synthetic.Generate(synthetic.Config{Heads: 4, KVHeads: 4, N: 8192, D: 64, Seed: seed})
		if err != nil {
			panic(err)
		}
		run(fmt.Sprintf("synthetic %d", seed), q, k, 4, 8192, 64)
	}
}
