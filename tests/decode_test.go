package tests

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
)

// The decode path (codegen/golang/decode.go): kernels whose queries are
// not their keys run at most 16 queries per head as key ranges split over
// the workers, reading K and V in their stored type. These tests run it
// against the interpreter on the shapes it takes — a decode step, a few
// queries, 16 of them across two query tiles, more queries than keys —
// with every mask and mod, GQA (a unit holds a KV head's group of query
// heads), f32, f16 and bf16 keys and values, tile lists, one key range
// and several, and AVX-512, AVX2 and the portable twins.

// decodeMasks are the masks and mods of TestDecodePathOnCPU: those of
// TestOffsetQueriesOnCPU, a mask that reads the head, so that the heads
// of one unit classify a tile differently, and a mod that reads it.
var decodeMasks = append(append([]struct{ name, body string }{}, offsetMasks...),
	struct{ name, body string }{"perhead", "s = mask(s, ki + 5 * h <= qi | ki == 0)"},
	struct{ name, body string }{"headmod", "s = s * (1 + 0.25 * h)\n    s = mask(s, causal & window(400))"})

// decodeShapes are the (M, N) TestDecodePathOnCPU runs: one query, two,
// five, sixteen (two query tiles of the tile(q: 8) kernels), against a
// few thousand keys, a single partial tile, and more queries than keys.
var decodeShapes = [][2]int{{1, 1000}, {2, 777}, {5, 2048}, {16, 3000}, {16, 40}, {3, 1}, {16, 5}}

// decodeKernel is one kernel of TestDecodePathOnCPU: its name, element
// type, heads and KV heads of the run, head dim, and whether its query
// length is a fixed 1.
type decodeKernel struct {
	name string
	dt   runtime.DType
	h, g int
	d    int
	one  bool
}

// TestDecodePathOnCPU: every mask and mod, tile lists of two schedules, a
// head dim of 128 and one of 272 (whose queries the kernels read from
// memory), and a kernel of one fixed query, with f32, f16 and bf16 inputs
// and GQA, through the generated CPU kernels (AVX-512, AVX2, portable) on
// the decode path: the interpreter's output on every row, the output
// poisoned first.
func TestDecodePathOnCPU(t *testing.T) {
	var src strings.Builder
	var kernels []decodeKernel
	add := func(k decodeKernel, body, sched string) {
		m := "M"
		if k.one {
			m = "1"
		}
		fmt.Fprintf(&src, "kernel %s(q: %s[H, %s, %d], k: %[2]s[G, N, %[4]d], v: %[2]s[G, N, %[4]d]) -> f32[H, %[3]s, %[4]d] {\n    s = q @ k^T * rsqrt(%[4]d)\n    %s\n    return softmax(s) @ v\n}\n", k.name, k.dt, m, k.d, body)
		if sched != "" {
			fmt.Fprintf(&src, "schedule %s {\n    %s\n}\n", k.name, sched)
		}
		kernels = append(kernels, k)
	}
	for _, dt := range []runtime.DType{runtime.F32, runtime.F16, runtime.BF16} {
		for i, m := range decodeMasks {
			k := decodeKernel{name: fmt.Sprintf("%s_%s", m.name, dt), dt: dt, h: 2, g: 2, d: 64}
			sched := ""
			if i%2 == 1 || strings.HasPrefix(m.name, "head") { // GQA, and query tiles of 8: 16 queries are two
				k.h, sched = 4, "tile(q: 8, k: 64)"
			}
			add(k, m.body, sched)
		}
		add(decodeKernel{name: "mean_" + dt.String(), dt: dt, h: 2, g: 1, d: 64}, "s = mask(s, causal)",
			"tile(q: 64, k: 64); score(mean); select(density: 0.3, keep: [sink, diagonal])")
		add(decodeKernel{name: "antidiag_" + dt.String(), dt: dt, h: 3, g: 3, d: 64}, "s = s - 0.01 * (qi - ki)\n    s = mask(s, causal & window(900))",
			"tile(q: 8, k: 32); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [diagonal, local(1)])")
		add(decodeKernel{name: "d128_" + dt.String(), dt: dt, h: 8, g: 2, d: 128}, "s = mask(s, causal & window(1500))", "")
		add(decodeKernel{name: "d272_" + dt.String(), dt: dt, h: 1, g: 1, d: 272}, "s = mask(s, causal)", "")
		add(decodeKernel{name: "one_" + dt.String(), dt: dt, h: 2, g: 1, d: 64, one: true}, "s = mask(s, causal & window(200))", "")
	}
	funcs := compileFuncs(t, src.String())
	pk := buildKernels(t, funcs)
	for si, mn := range decodeShapes {
		m, n := mn[0], mn[1]
		if testing.Short() && m*n > 10_000 {
			continue
		}
		inputs := map[string]map[string]*interp.Tensor{}
		wants := map[string]*interp.Tensor{}
		for i, f := range funcs {
			k := kernels[i]
			if k.one && m != 1 {
				continue
			}
			seed := uint64(1000*si + i)
			in := randomQKV(seed, k.h, k.g, n, k.d, k.d, 1)
			in["q"] = randomQKV(seed+1e6, k.h, k.g, m, k.d, k.d, 1)["q"]
			inputs[f.Name] = roundInputs(in, k.dt)
			wants[f.Name] = interpret(t, f, inputs[f.Name])
		}
		for _, mode := range cpuModes {
			outs := pk.run(t, inputs, mode.env...)
			for name, want := range wants {
				if err := sameOutput(outs[name], want, f32Bound, nil); err != nil {
					t.Errorf("%s M=%d N=%d (%s): %v", name, m, n, mode.name, err)
				}
			}
		}
	}
}

// TestDecodePathDecisions: through attnc run -device cpu -ref, kernels of
// a few queries take the decode path (the run's stage says so) and the
// interpreter's decisions — tiles visited per head, with GQA units of two
// heads, a tile list and a mod — and output; a kernel the path does not
// cover (an early exit) and a run of more than 16 queries take the
// prefill path, and still match.
func TestDecodePathDecisions(t *testing.T) {
	kernel := func(body, sched string) string {
		src := "kernel k(q: f32[H, M, 64], k: f32[G, N, 64], v: f32[G, N, 64]) -> f32[H, M, 64] {\n    s = q @ k^T * rsqrt(64)\n    " + body + "\n    return softmax(s) @ v\n}\n"
		if sched != "" {
			src += "schedule k {\n    " + sched + "\n}\n"
		}
		return src
	}
	for _, c := range []struct {
		name, src, dims string
		decode          bool
	}{
		{"gqa", kernel("s = mask(s, causal & window(500))", ""), "M=3,N=2000,H=4,G=2", true},
		{"mod", kernel("s = s - 0.05 * (qi - ki)\n    s = mask(s, causal)", "tile(q: 8, k: 32)"), "M=16,N=1500,H=2,G=1", true},
		{"list", kernel("s = mask(s, causal)", "tile(q: 64, k: 64); score(mean); select(density: 0.3, keep: [sink, diagonal])"), "M=1,N=3000,H=2,G=2", true},
		{"early exit", kernel("s = mask(s, causal)", "tile(q: 64, k: 64); score(mean); order(score); early_stop(eps: 0.05)"), "M=2,N=3000,H=2,G=2", false},
		{"17 queries", kernel("s = mask(s, causal)", ""), "M=17,N=1000,H=2,G=2", false},
	} {
		r := runCPU(t, c.src, "-dims", c.dims, "-seed", "7")
		check(t, c.name, r)
		decoded := false
		for stage := range r.StageMS {
			decoded = decoded || strings.HasPrefix(stage, "cpu attention %") && strings.HasSuffix(stage, " decode")
		}
		if decoded != c.decode {
			t.Errorf("%s (%s): the decode path ran: %v, want %v (stages %v)", c.name, c.dims, decoded, c.decode, r.StageMS)
		}
	}
}
