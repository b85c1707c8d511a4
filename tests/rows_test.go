package tests

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
)

// TestRowSelectionOnCPU: per-row selection (gate, and tokens after it:
// MoBA, HISA) through the generated CPU kernels — each row gathering its
// own keys, and each query tile over the union of its rows' key tiles,
// each row kept to its own keys (ATTNC_ROWS forces each) — against the
// interpreter: masks reading positions and heads, a score mod, GQA, blocks
// of 16, 24 (straddling key tiles) and 64, f32, f16 and bf16, queries at
// their keys and offset from them, ragged lengths, with AVX-512, AVX2 and
// the portable loops; the output poisoned first.
func TestRowSelectionOnCPU(t *testing.T) {
	type rowKernel struct {
		name string
		dt   runtime.DType
		h, g int
	}
	var src strings.Builder
	var kernels []rowKernel
	add := func(k rowKernel, body, sched string) {
		fmt.Fprintf(&src, "kernel %s(q: %s[H, M, 64], k: %[2]s[G, N, 64], v: %[2]s[G, N, 64]) -> f32[H, M, 64] {\n    s = q @ k^T * rsqrt(64)\n    %s\n    return softmax(s) @ v\n}\nschedule %[1]s {\n    %[4]s\n}\n", k.name, k.dt, body, sched)
		kernels = append(kernels, k)
	}
	for _, dt := range []runtime.DType{runtime.F32, runtime.F16, runtime.BF16} {
		add(rowKernel{"moba_" + dt.String(), dt, 4, 2}, "s = mask(s, causal)", "gate(block: 16, top: 4, keep: [diagonal])")
		add(rowKernel{"moba24_" + dt.String(), dt, 2, 2}, "s = mask(s, causal & window(500))", "gate(block: 24, density: 0.2, keep: [diagonal, sink])")
		add(rowKernel{"mobahead_" + dt.String(), dt, 4, 4}, "s = s * (1 + 0.25 * h)\n    s = mask(s, ki + 5 * h <= qi | ki == 0)", "gate(block: 64, top: 3, keep: [sink])")
		add(rowKernel{"hisa_" + dt.String(), dt, 4, 1}, "s = mask(s, causal)", "gate(block: 32, top: 8, keep: [diagonal])\n    tokens(top: 100)")
		add(rowKernel{"mobaoracle_" + dt.String(), dt, 2, 1}, "s = s - 0.0625 * (qi - ki)\n    s = mask(s, causal)", "gate(block: 16, density: 0.1, keep: [diagonal, local(2)], score: oracle)")
		add(rowKernel{"hisamod_" + dt.String(), dt, 2, 2}, "s = s - 0.0625 * (qi - ki)\n    s = mask(s, causal & window(300))", "gate(block: 16, top: 6)\n    tokens(top: 40)")
	}
	funcs := compileFuncs(t, src.String())
	pk := buildKernels(t, funcs)
	for si, mn := range [][2]int{{300, 300}, {1, 1000}, {100, 777}, {64, 2000}, {129, 129}} {
		m, n := mn[0], mn[1]
		if testing.Short() && m*n > 40_000 {
			continue
		}
		inputs := map[string]map[string]*interp.Tensor{}
		wants := map[string]*interp.Tensor{}
		for i, f := range funcs {
			k := kernels[i]
			seed := uint64(7000 + 1000*si + i)
			in := randomQKV(seed, k.h, k.g, n, 64, 64, 1)
			in["q"] = randomQKV(seed+1e6, k.h, k.g, m, 64, 64, 1)["q"]
			inputs[f.Name] = roundInputs(in, k.dt)
			wants[f.Name] = interpret(t, f, inputs[f.Name])
		}
		for _, mode := range cpuModes {
			for _, path := range []string{"gather", "union"} {
				outs := pk.run(t, inputs, append(append([]string{}, mode.env...), "ATTNC_ROWS="+path)...)
				for name, want := range wants {
					if err := sameOutput(outs[name], want, f32Bound, nil); err != nil {
						t.Errorf("%s M=%d N=%d (%s, %s): %v", name, m, n, mode.name, path, err)
					}
				}
			}
		}
	}
}
