package tests

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/interp"
)

// headDims are the head dims TestHeadDims compiles: every multiple of 8 up
// to 512 (those of 16 run the vector tile kernels, the others the portable
// loops) and a few others, which fall back to the portable loops.
func headDims() []int {
	var ds []int
	for d := 8; d <= 512; d += 8 {
		ds = append(ds, d)
	}
	return append(ds, 1, 3, 7, 12, 20, 33, 100, 130, 513)
}

// TestHeadDims: a causal f32 kernel per head dim, all in one generated
// package (go vet's asmdecl on its assembly, one go build), run with the
// AVX-512 kernels, the AVX2 ones and the portable loops against the
// interpreter. N = 80: a full key tile, a partial one and a short one.
func TestHeadDims(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a package of 73 kernels; skipped in -short mode")
	}
	var src strings.Builder
	for _, d := range headDims() {
		fmt.Fprintf(&src, "kernel d%[1]d(q: f32[H, N, %[1]d], k: f32[H, N, %[1]d], v: f32[H, N, %[1]d]) -> f32[H, N, %[1]d] {\n", d)
		fmt.Fprintf(&src, "    s = mask(q @ k^T * rsqrt(%d), causal)\n    return softmax(s) @ v\n}\n", d)
	}
	funcs := compileFuncs(t, src.String())
	pk := buildKernels(t, funcs)
	inputs := map[string]map[string]*interp.Tensor{}
	for i, f := range funcs {
		d := headDims()[i]
		inputs[f.Name] = randomQKV(uint64(d), 1, 1, 80, d, d, 1)
	}
	for _, mode := range cpuModes {
		outs := pk.run(t, inputs, mode.env...)
		for _, f := range funcs {
			want := interpret(t, f, inputs[f.Name])
			if err := sameOutput(outs[f.Name], want, f32Bound, nil); err != nil {
				t.Errorf("%s (%s): %v", f.Name, mode.name, err)
			}
		}
	}
}
