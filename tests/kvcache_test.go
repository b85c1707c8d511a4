package tests

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
)

// Key lengths (docs/dsl.md, "KV caches"): a kernel with lens: i32[B] runs
// B sequences of H/B query heads and G/B KV heads against a cache of C
// rows per KV head, sequence b's keys its first lens[b] rows. These tests
// run the generated CPU kernels — the decode path (M ≤ 16) and the
// prefill path (a chunk against the cache) — against the interpreter on
// random shapes and lengths, 0 and C among them, with the cache's rows
// past the lengths NaN (a kernel that reads one makes its row NaN) and
// the output poisoned first (an unwritten element shows).

// kvShape is one run of TestKeyLengthsOnCPU: M queries against a cache of
// capacity C holding B sequences; lens nil: drawn at random, 0 and C
// among them.
type kvShape struct {
	m, c, b int
	lens    []int
}

var kvShapes = []kvShape{
	{1, 1000, 2, nil},
	{3, 777, 3, []int{0, 777, 500}},
	{16, 300, 2, nil},
	{5, 40, 1, []int{3}},             // more queries than keys
	{1, 64, 2, []int{64, 1}},         // a whole tile and one key
	{40, 500, 2, nil},                // a prefill chunk
	{100, 1000, 2, []int{1000, 50}},  // a chunk longer than a sequence
	{70, 130, 3, []int{0, 129, 130}}, // a sequence of no keys on the prefill path
	{17, 2048, 1, []int{2047}},       // just past the decode path
	{2, 4096, 2, []int{4096, 2049}},  // a long cache
	{9, 3000, 1, []int{2999}},        // one sequence, a ragged last tile
	{33, 200, 2, []int{33, 0}},       // M = len
}

// kvKernel is one kernel of TestKeyLengthsOnCPU: element type, query and
// KV heads per sequence, head dim, and whether its queries are a fixed 1.
type kvKernel struct {
	name   string
	dt     runtime.DType
	hs, gs int
	d      int
}

// TestKeyLengthsOnCPU: every mask and mod of TestDecodePathOnCPU (head-
// reading ones among them: h is the head within its sequence), query
// tiles of 8 and 64, GQA, f32, f16 and bf16 caches, head dims 64 and 128,
// on the decode and the prefill path with AVX-512, AVX2 and the portable
// loops: the interpreter's output on every row.
func TestKeyLengthsOnCPU(t *testing.T) {
	var src strings.Builder
	var kernels []kvKernel
	add := func(k kvKernel, body, sched string) {
		fmt.Fprintf(&src, "kernel %s(q: %s[H, M, %d], k: %[2]s[G, C, %[3]d], v: %[2]s[G, C, %[3]d], lens: i32[B]) -> f32[H, M, %[3]d] {\n    s = q @ k^T * rsqrt(%[3]d)\n    %s\n    return softmax(s) @ v\n}\n", k.name, k.dt, k.d, body)
		if sched != "" {
			fmt.Fprintf(&src, "schedule %s {\n    %s\n}\n", k.name, sched)
		}
		kernels = append(kernels, k)
	}
	for _, dt := range []runtime.DType{runtime.F32, runtime.F16, runtime.BF16} {
		for i, m := range decodeMasks {
			k := kvKernel{name: fmt.Sprintf("%s_%s", m.name, dt), dt: dt, hs: 1, gs: 1, d: 64}
			sched := ""
			if i%2 == 1 || strings.HasPrefix(m.name, "head") {
				k.hs, sched = 2, "tile(q: 8, k: 64)"
			}
			add(k, m.body, sched)
		}
		add(kvKernel{name: "d128_" + dt.String(), dt: dt, hs: 4, gs: 2, d: 128}, "s = mask(s, causal & window(1500))", "")
		// Sparse schedules: the scores, the selection and the attention
		// over its lists all read the lengths (the NaN rows past them
		// would reach a pooled mean, or a row, that read one).
		add(kvKernel{name: "mean_" + dt.String(), dt: dt, hs: 2, gs: 1, d: 64}, "s = mask(s, causal)",
			"tile(q: 8, k: 16)\n    score(mean)\n    select(density: 0.4, keep: [sink, diagonal])")
		add(kvKernel{name: "bound_" + dt.String(), dt: dt, hs: 2, gs: 2, d: 64}, "s = mask(s, causal & window(300))",
			"score(bound)\n    budget(density: 0.3, keep: [diagonal])")
		add(kvKernel{name: "mass_" + dt.String(), dt: dt, hs: 4, gs: 2, d: 128}, "s = s - 0.01 * (h + 1) * (qi - ki)\n    s = mask(s, causal)",
			"tile(q: 16, k: 32)\n    score(mean)\n    select(mass: 0.7, keep: [sink])\n    order(score)")
	}
	funcs := compileFuncs(t, src.String())
	pk := buildKernels(t, funcs)
	r := rand.New(rand.NewPCG(17, 0))
	shapes := append([]kvShape{}, kvShapes...)
	for range 4 { // and random ones: M on both paths, ragged capacities
		shapes = append(shapes, kvShape{m: 1 + r.IntN(60), c: 1 + r.IntN(2500), b: 1 + r.IntN(3)})
	}
	for si, sh := range shapes {
		if testing.Short() && sh.m*sh.c > 20_000 {
			continue
		}
		lens := sh.lens
		if lens == nil {
			lens = make([]int, sh.b)
			for b := range lens {
				lens[b] = []int{0, sh.c, r.IntN(sh.c + 1)}[(si+b)%3]
			}
		}
		inputs := map[string]map[string]*interp.Tensor{}
		wants := map[string]*interp.Tensor{}
		for i, f := range funcs {
			k := kernels[i]
			seed := uint64(1000*si + i)
			in := randomQKV(seed, sh.b*k.hs, sh.b*k.gs, sh.c, k.d, k.d, 1)
			in["q"] = randomQKV(seed+1e6, sh.b*k.hs, sh.b*k.gs, sh.m, k.d, k.d, 1)["q"]
			in = roundInputs(in, k.dt)
			poisonCache(in["k"], in["v"], lens)
			in["lens"] = lensInput(lens)
			inputs[f.Name] = in
			wants[f.Name] = interpret(t, f, in)
		}
		for _, mode := range cpuModes {
			outs := pk.run(t, inputs, mode.env...)
			for name, want := range wants {
				if err := sameOutput(outs[name], want, f32Bound, nil); err != nil {
					t.Errorf("%s M=%d C=%d lens %v (%s): %v", name, sh.m, sh.c, lens, mode.name, err)
				}
			}
		}
	}
}

// poisonCache sets the rows of k and v past each sequence's length to
// NaN.
func poisonCache(k, v *interp.Tensor, lens []int) {
	g, c := k.Shape[0], k.Shape[1]
	gs := g / len(lens)
	for kv := range g {
		for _, t := range []*interp.Tensor{k, v} {
			w := t.Shape[2]
			for j := lens[kv/gs]; j < c; j++ {
				for x := range w {
					t.Data[(kv*c+j)*w+x] = math.NaN()
				}
			}
		}
	}
}

// lensInput holds key lengths as the interpreter and the harness take them.
func lensInput(lens []int) *interp.Tensor {
	t := interp.NewTensor(len(lens))
	for i, n := range lens {
		t.Data[i] = float64(n)
	}
	return t
}

// TestKeyLengthsDecisions: through attnc run -device cpu -ref, a kernel
// with key lengths takes the decode path for at most 16 queries (the
// run's stage says so) and the prefill path past them, visits the
// interpreter's tiles and gives its output; with lengths 0 and the
// capacity, GQA and a mod reading the head.
func TestKeyLengthsDecisions(t *testing.T) {
	src := `kernel k(q: f16[H, M, 64], k: f16[G, N, 64], v: f16[G, N, 64], lens: i32[B]) -> f32[H, M, 64] {
    s = q @ k^T * rsqrt(64)
    s = s - 0.01 * (h + 1) * (qi - ki)
    s = mask(s, causal & window(700))
    return softmax(s) @ v
}
`
	for _, c := range []struct {
		dims, lens string
		decode     bool
	}{
		{"M=1,N=2000,H=4,G=2", "1999,0", true},
		{"M=16,N=1500,H=6,G=3", "1500,700,3", true},
		{"M=17,N=1000,H=2,G=2", "999,17", false},
		{"M=100,N=3000,H=4,G=4", "0,3000", false},
	} {
		r := runCPU(t, src, "-dims", c.dims, "-lens", c.lens, "-seed", "5")
		check(t, c.dims+" lens "+c.lens, r)
		decoded := false
		for stage := range r.StageMS {
			decoded = decoded || strings.HasSuffix(stage, " decode")
		}
		if decoded != c.decode {
			t.Errorf("%s lens %s: the decode path ran: %v, want %v (stages %v)", c.dims, c.lens, decoded, c.decode, r.StageMS)
		}
	}
}

// TestKeyLengthsRunErrors: the generated Run checks the key lengths
// before anything else and says what is wrong at the attention's position
// (the driver refuses such lengths before they reach it; a program
// calling the package does not).
func TestKeyLengthsRunErrors(t *testing.T) {
	src := "kernel bad(q: f32[H, M, 32], k: f32[G, N, 32], v: f32[G, N, 32], lens: i32[B]) -> f32[H, M, 32] {\n    s = mask(q @ k^T, causal)\n    return softmax(s) @ v\n}\n"
	funcs := compileFuncs(t, src)
	pk := buildKernels(t, funcs)
	for _, c := range []struct {
		h, g, n int
		lens    []int
		want    string
	}{
		{4, 2, 64, []int{1, 2, 3}, "k.attn:3:23: bad: key lengths: B = 3 sequences do not divide the query heads H = 4 and the KV heads G = 2"},
		{4, 1, 64, []int{1, 2}, "B = 2 sequences do not divide the query heads H = 4 and the KV heads G = 1"},
		{2, 2, 64, []int{65, 2}, "key lengths: sequence 0 has 65 keys, want an integer in [0, 64] (the cache's capacity, k's rows)"},
		{2, 2, 64, []int{3, -1}, "sequence 1 has -1 keys"},
	} {
		in := randomQKV(1, c.h, c.g, c.n, 32, 32, 1)
		in["q"] = randomQKV(2, c.h, c.g, 1, 32, 32, 1)["q"]
		in["lens"] = lensInput(c.lens)
		_, msg, err := pk.tryRun(t, map[string]map[string]*interp.Tensor{"bad": in})
		if err == nil || !strings.Contains(msg, c.want) {
			t.Errorf("H=%d G=%d lens %v: %v %s, want %q", c.h, c.g, c.lens, err, msg, c.want)
		}
	}
}
