// Package tests holds attnc's end-to-end differential tests: DSL files go
// through the whole compiler, the generated Go kernels are built and run
// (attnc run -device cpu), and their outputs and decisions are compared
// with the float64 interpreter running the same sparse program.
package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/driver"
)

type report struct {
	Kernel       string  `json:"kernel"`
	Density      float64 `json:"density"`
	RefDiff      float64 `json:"ref_diff"`
	RefMatch     bool    `json:"ref_match"`
	TilesVisited int64   `json:"tiles_visited"`
	EarlyStops   int64   `json:"early_stops"`
	// StageMS names the stages the kernel ran ("cpu attention %0 decode").
	StageMS map[string]float64 `json:"stage_ms"`
}

// runCPU runs attnc run -device cpu -json on src and returns the report.
func runCPU(t *testing.T, src string, args ...string) report {
	t.Helper()
	path := filepath.Join(t.TempDir(), "k.attn")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	all := append([]string{"run", "-device", "cpu", "-ref", "-json"}, args...)
	if code := driver.Main(append(all, path), &out, &errb); code != 0 {
		t.Fatalf("attnc %s: exit %d: %s\n%s", strings.Join(all, " "), code, errb.String(), src)
	}
	var r report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	return r
}

// asF32 rewrites a kernel's element types to f32, so that the comparison
// with the interpreter is not dominated by f16/bf16 output rounding.
func asF32(src string) string {
	return strings.NewReplacer("bf16[", "f32[", "f16[", "f32[").Replace(src)
}

const f32Bound = 1e-5

func check(t *testing.T, what string, r report) {
	t.Helper()
	if r.RefDiff >= f32Bound || r.RefDiff != r.RefDiff {
		t.Errorf("%s: ref_diff %.3g >= %g", what, r.RefDiff, f32Bound)
	}
	if !r.RefMatch {
		t.Errorf("%s: the CPU kernel's decisions differ from the interpreter's (tiles %d, early stops %d)", what, r.TilesVisited, r.EarlyStops)
	}
}

// TestExamplesOnCPU: every example, in f32, on random inputs of a ragged
// size with GQA where the kernel takes it.
func TestExamplesOnCPU(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.attn")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, path := range files {
		src, _ := os.ReadFile(path)
		args := []string{"-n", "301", "-heads", "4", "-seed", "3"}
		if strings.Contains(string(src), "[G,") {
			args = append(args, "-kv-heads", "2")
		}
		if strings.Contains(string(src), "[H, M,") {
			args = append(args, "-dims", "M=3") // queries offset from the keys: the decode path
		}
		r := runCPU(t, asF32(string(src)), args...)
		check(t, filepath.Base(path), r)
	}
}

// TestExamplesOnTrace: the head-dim-64 examples on the real trace.
func TestExamplesOnTrace(t *testing.T) {
	trace := os.Getenv("ATTNC_TRACE")
	if trace == "" {
		trace = "../../shared/traces/go8k_L1.safetensors"
	}
	if _, err := os.Stat(trace); err != nil {
		t.Skipf("no trace at %s", trace)
	}
	if testing.Short() {
		t.Skip("float64 attention over 8192 tokens; skipped in -short mode")
	}
	for _, name := range []string{"xattn", "minference", "proxy", "pbs", "s2o", "best", "window", "moba"} {
		src, _ := os.ReadFile("../examples/" + name + ".attn")
		r := runCPU(t, asF32(string(src)), "-inputs", trace)
		t.Logf("%s on the trace: ref_diff %.3g, density %.4f, %d tiles, %d early stops", name, r.RefDiff, r.Density, r.TilesVisited, r.EarlyStops)
		check(t, name+" on the trace", r)
	}
}

// randomKernel writes a random kernel and schedule: head dims, tile sizes,
// GQA, masks, score mods and schedules drawn from r.
func randomKernel(r *rand.Rand) (src string, args []string) {
	d := []int{8, 16, 24, 64}[r.IntN(4)]
	tq := []int{16, 32, 64}[r.IntN(3)]
	tk := []int{16, 32, 64}[r.IntN(3)]
	masks := []string{"causal", "causal & window(70)", "causal & (window(50) | sink(5))", "ki <= qi - 3 | h == 1", "!(qi - ki > 90) & causal"}
	mods := []string{"", "s = s - 0.05 * (qi - ki)", "s = tanh(s / 5) * 5", "s = s * (1 + 0.1 * h)"}
	lcm := tq * tk / gcd(tq, tk)
	seg := lcm * (1 + r.IntN(2))
	stride := gcd(tq, tk) / []int{1, 2, 4}[r.IntN(3)]
	scheds := []string{
		"",
		fmt.Sprintf("score(antidiagonal, stride: %d); select(mass: 0.%d, keep: [sink, diagonal])", stride, 5+r.IntN(5)),
		fmt.Sprintf("score(mean); select(density: 0.%d, keep: [diagonal, local(1)])", 2+r.IntN(7)),
		fmt.Sprintf("score(probe, stride: %d, pool: %s); select(top: %d)", stride, []string{"max", "mean"}[r.IntN(2)], 1+r.IntN(4)),
		fmt.Sprintf("permute(segment: %d, scope: global); score(mean); order(score); early_stop(eps: 0.0%d)", seg, 1+r.IntN(5)),
		fmt.Sprintf("permute(segment: %d, probe: last, scope: local); score(mean); select(mass: 0.8, keep: [diagonal])", seg),
		fmt.Sprintf("score(mean); budget(density: 0.%d, keep: [diagonal]); compensate(order: %d)", 2+r.IntN(5), r.IntN(2)),
		fmt.Sprintf("score(antidiagonal, stride: %d, heads: 1); rowmax; budget(density: 0.3, scope: head)", stride),
		"score(mean); select(top: 2); early_stop(eps: 0.05, rule: mean); compensate",
		// An early stop with a patience (every candidate in score order).
		fmt.Sprintf("score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.0%d, patience: %d)", 1+r.IntN(5), 2+r.IntN(3)),
		// The gate filter's two bounds (k ≤ 16, k ≤ 64).
		fmt.Sprintf("gate(block: %d, top: %d, keep: [diagonal])", []int{16, 24, 64}[r.IntN(3)], []int{1 + r.IntN(5), 17 + r.IntN(40)}[r.IntN(2)]),
		// fuse-score-select's top rule.
		fmt.Sprintf("score(mean); select(top: %d, keep: [sink]); order(index)", 1+r.IntN(6)),
		fmt.Sprintf("gate(block: %d, density: 0.%d, keep: [sink]); tokens(top: %d)", []int{8, 32}[r.IntN(2)], 2+r.IntN(7), 1+r.IntN(80)),
	}
	mod := mods[r.IntN(len(mods))]
	src = fmt.Sprintf(`kernel rnd(q: f32[H, N, %d], k: f32[G, N, %d], v: f32[G, N, %d]) -> f32[H, N, %d] {
    s = q @ k^T * rsqrt(%d)
    %s
    s = mask(s, %s)
    return softmax(s) @ v
}
`, d, d, d, d, d, mod, masks[r.IntN(len(masks))])
	if sc := scheds[r.IntN(len(scheds))]; sc != "" {
		src += fmt.Sprintf("schedule rnd {\n    tile(q: %d, k: %d); %s\n}\n", tq, tk, sc)
	}
	g := 1 + r.IntN(2)
	h := g * (1 + r.IntN(2))
	args = []string{"-n", fmt.Sprint(20 + r.IntN(300)), "-heads", fmt.Sprint(h), "-kv-heads", fmt.Sprint(g), "-seed", fmt.Sprint(r.IntN(1000))}
	// The inputs' type, the output f32 (so the comparison is not the
	// output's rounding): f16 and bf16 take the conversions and, with bf16
	// on a CPU with AVX512_BF16, the VDPBF16PS kernel and its pair layout
	// (gatherPairs at d = 64 with 64-key tiles, permuted or not).
	if elem := []string{"f32", "f32", "f16", "bf16"}[r.IntN(4)]; elem != "f32" {
		for _, x := range []string{"q", "k", "v"} {
			src = strings.Replace(src, x+": f32[", x+": "+elem+"[", 1)
		}
	}
	return src, args
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// TestRandomGraphs: random kernels and schedules through the whole path,
// with the AVX-512 tile kernels, the AVX2 ones (where the CPU has them) and
// the portable Go loops (selected by environment in the kernel's process).
func TestRandomGraphs(t *testing.T) {
	n := 16
	if testing.Short() {
		n = 4
	}
	for _, mode := range []string{"simd", "avx2", "portable"} {
		t.Run(mode, func(t *testing.T) {
			switch mode {
			case "avx2":
				t.Setenv("ATTNC_NOAVX512", "1")
			case "portable":
				t.Setenv("ATTNC_NOSIMD", "1")
			}
			r := rand.New(rand.NewPCG(42, 7))
			for i := range n {
				src, args := randomKernel(r)
				check(t, fmt.Sprintf("random kernel %d (%s)\n%s", i, strings.Join(args, " "), src), runCPU(t, src, args...))
			}
		})
	}
}

// FuzzCPU compares the generated kernels with the interpreter on random
// kernels chosen by the fuzzer's seed (each new kernel costs a go build).
func FuzzCPU(f *testing.F) {
	for _, s := range []uint64{1, 2, 3} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		src, args := randomKernel(rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)))
		check(t, fmt.Sprintf("seed %d (%s)\n%s", seed, strings.Join(args, " "), src), runCPU(t, src, args...))
	})
}

// TestBF16Kernels: bf16 inputs with an f32 output (so that the comparison
// is not dominated by output rounding) through the VDPBF16PS kernel (on
// CPUs with AVX512_BF16), the f32 AVX-512 kernels and the portable loops;
// with 64-key tiles, contiguous and permuted (PBS's local and S2O's global
// scope), a full tile's pairs come from gatherPairs and its float32 rows
// are gathered only for the float32 kernels (555 keys: a short last tile
// takes the pair-at-a-time loop).
func TestBF16Kernels(t *testing.T) {
	head := `kernel bfo(q: bf16[H, N, 128], k: bf16[G, N, 128], v: bf16[G, N, 128]) -> f32[H, N, 128] {
    s = mask(q @ k^T * rsqrt(128), causal & (window(300) | sink(3)))
    return softmax(s) @ v
}
`
	schedules := map[string]string{
		"k32": "tile(q: 64, k: 32)\n    score(mean)\n    select(density: 0.5, keep: [diagonal])\n    compensate",
		"k64": "tile(q: 64, k: 64)\n    score(mean)\n    select(density: 0.6, keep: [diagonal])",
		"pbs": "tile(q: 64, k: 64)\n    permute(segment: 128, probe: mean, scope: local)\n    score(mean)\n    select(mass: 0.9, keep: [diagonal])",
		"s2o": "tile(q: 64, k: 64)\n    permute(segment: 128, probe: mean, scope: global)\n    score(mean)\n    order(score)\n    early_stop(eps: 1e-3)",
	}
	for _, name := range []string{"k32", "k64", "pbs", "s2o"} {
		src := head + "schedule bfo {\n    " + schedules[name] + "\n}\n"
		for _, env := range []string{"", "ATTNC_NOBF16", "ATTNC_NOSIMD"} {
			t.Run(name+"/env="+env, func(t *testing.T) {
				if env != "" {
					t.Setenv(env, "1")
				}
				check(t, "bf16 kernel", runCPU(t, src, "-n", "555", "-heads", "4", "-kv-heads", "2"))
			})
		}
	}
}

// TestNoMaskOnCPU: kernels without mask() — plain, soft-capped, and with a
// schedule — build and match the interpreter (the generated Go declared
// `var …Mask = nil`, which does not compile, and left qi unused).
func TestNoMaskOnCPU(t *testing.T) {
	for _, c := range []struct{ name, body, sched string }{
		{"plain", "return softmax(q @ k^T * rsqrt(64)) @ v", ""},
		{"softcap", "s = q @ k^T * rsqrt(64)\n    return softmax(tanh(s / 30) * 30) @ v", ""},
		{"sparse", "return softmax(q @ k^T * rsqrt(64)) @ v", "schedule nomask { score(mean); select(top: 2) }"},
	} {
		src := "kernel nomask(q: f32[H, N, 64], k: f32[H, N, 64], v: f32[H, N, 64]) -> f32[H, N, 64] {\n    " + c.body + "\n}\n" + c.sched + "\n"
		check(t, c.name, runCPU(t, src, "-n", "200", "-heads", "2"))
	}
}

// TestPerHeadAndProxyOnCPU: a budget per head (f32) and proxy heads of
// bf16 inputs (stored rounded to bf16) take the interpreter's decisions
// through the generated CPU kernels; a budget list that does not fit the
// run's heads is a positioned error there too.
func TestPerHeadAndProxyOnCPU(t *testing.T) {
	kernel := func(dt, sched string) string {
		return `kernel k(q: ` + dt + `[H, N, 64], k: ` + dt + `[G, N, 64], v: ` + dt + `[G, N, 64]) -> f32[H, N, 64] {
    s = q @ k^T * rsqrt(64)
    s = mask(s, causal)
    return softmax(s) @ v
}
schedule k {
    tile(q: 32, k: 32)
    ` + sched + `
}
`
	}
	perHead := kernel("f32", "score(mean); budget(density: [0.1, 0.35, 0.7], keep: [diagonal])")
	check(t, "per-head budget", runCPU(t, perHead, "-n", "700", "-heads", "3", "-kv-heads", "1", "-synthetic", "2"))
	for _, sched := range []string{"score(mean, heads: 2); select(density: 0.2, keep: [sink])", "score(antidiagonal, stride: 8, heads: 1); select(mass: 0.9)"} {
		check(t, sched, runCPU(t, kernel("bf16", sched), "-n", "600", "-heads", "4", "-kv-heads", "2", "-synthetic", "3"))
	}
	path := filepath.Join(t.TempDir(), "k.attn")
	if err := os.WriteFile(path, []byte(perHead), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := driver.Main([]string{"run", "-device", "cpu", "-n", "256", "-heads", "2", path}, &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "k.attn:4:23: budget(density: [3 values]) gives one density per query head, and there are 2 heads") {
		t.Errorf("3 densities for 2 heads on the CPU: exit %d: %s", code, errb.String())
	}
}
