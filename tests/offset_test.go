package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/driver"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
)

// Queries offset from their keys (docs/dsl.md): M queries against N keys
// — a decode step, a chunk of a prefill — sit at positions i + N − M, and
// masks and score mods read those. These tests run the generated CPU
// kernels on such shapes against the interpreter.

// offsetMasks are the masks and mods of TestOffsetQueriesOnCPU, each a
// kernel body between the scores and the return.
var offsetMasks = []struct{ name, body string }{
	{"causal", "s = mask(s, causal)"},
	{"window", "s = mask(s, causal & window(100))"},
	{"sink", "s = mask(s, causal & (window(64) | sink(4)))"},
	{"alibi", "s = s - 0.0625 * (qi - ki)\n    s = mask(s, causal & window(300))"},
	{"nomask", ""},
}

// offsetShapes are the (M, N) TestOffsetQueriesOnCPU runs: a decode step,
// a few queries, a tile of them, a ragged chunk, a chunked prefill's
// chunk, more queries than keys (the first ones before key 0) and as many.
var offsetShapes = [][2]int{{1, 300}, {5, 300}, {64, 1000}, {100, 777}, {256, 2048}, {300, 100}, {150, 150}}

// roundInputs rounds q, k and v to dt as the kernel's inputs hold them,
// so that the interpreter reads what the kernel reads.
func roundInputs(in map[string]*interp.Tensor, dt runtime.DType) map[string]*interp.Tensor {
	out := map[string]*interp.Tensor{}
	for name, x := range in {
		y := interp.NewTensor(x.Shape...)
		for i, v := range x.Data {
			y.Data[i] = runtime.RoundFloat64(v, dt)
		}
		out[name] = y
	}
	return out
}

// TestOffsetQueriesOnCPU: causal, window, sink and ALiBi (a mod reading
// qi) kernels, and one without a mask, of f32 and f16 inputs, with M
// queries against N keys — 1, 5, 64, 100 and 256 (a chunk) against up to
// 2048, more queries than keys, and as many — plus a decode kernel whose
// query length is a fixed 1: the generated Go (AVX-512, AVX2 and portable)
// gives the interpreter's output, poisoned first, on every row.
func TestOffsetQueriesOnCPU(t *testing.T) {
	var src strings.Builder
	type kernel struct {
		name string
		dt   runtime.DType
		one  bool // q: [H, 1, 64]
	}
	var kernels []kernel
	for _, dt := range []runtime.DType{runtime.F32, runtime.F16} {
		for i, m := range offsetMasks {
			k := kernel{name: fmt.Sprintf("%s_%s", m.name, dt), dt: dt}
			tile := ""
			if i%2 == 1 { // other tile sizes: queries of a tile straddle a key tile
				tile = "schedule " + k.name + " { tile(q: 32, k: 64) }\n"
			}
			fmt.Fprintf(&src, "kernel %s(q: %s[H, M, 64], k: %[2]s[H, N, 64], v: %[2]s[H, N, 64]) -> f32[H, M, 64] {\n    s = q @ k^T * rsqrt(64)\n    %s\n    return softmax(s) @ v\n}\n%s", k.name, dt, m.body, tile)
			kernels = append(kernels, k)
		}
		k := kernel{name: fmt.Sprintf("decode_%s", dt), dt: dt, one: true}
		fmt.Fprintf(&src, "kernel %s(q: %s[H, 1, 64], k: %[2]s[H, N, 64], v: %[2]s[H, N, 64]) -> f32[H, 1, 64] {\n    s = mask(q @ k^T * rsqrt(64), causal & window(200))\n    return softmax(s) @ v\n}\n", k.name, dt)
		kernels = append(kernels, k)
	}
	funcs := compileFuncs(t, src.String())
	pk := buildKernels(t, funcs)
	for si, mn := range offsetShapes {
		m, n := mn[0], mn[1]
		if testing.Short() && m*n > 100_000 {
			continue
		}
		inputs := map[string]map[string]*interp.Tensor{}
		wants := map[string]*interp.Tensor{}
		for i, f := range funcs {
			k := kernels[i]
			if k.one && m != 1 {
				continue
			}
			in := randomQKV(uint64(100*si+i), 2, 2, n, 64, 64, 1)
			in["q"] = randomQKV(uint64(100*si+i)+1e6, 2, 2, m, 64, 64, 1)["q"] // [2, m, 64]
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

// offsetSchedules are sparse schedules over offset queries: the host's
// scoring methods (which classify the tiles and cells at the queries'
// positions), the diagonal at the queries' positions, early stops and
// compensation.
var offsetSchedules = []string{
	"score(mean); select(density: 0.3, keep: [sink, diagonal])",
	"score(antidiagonal, stride: 8); select(mass: 0.9, keep: [diagonal, local(1)])",
	"score(probe, stride: 16); select(top: 3, keep: [diagonal]); early_stop(eps: 0.01)",
	"score(oracle); budget(density: 0.2, keep: [sink, diagonal])",
	"score(mean); select(density: 0.3, keep: [diagonal]); compensate(order: 1)",
	"score(bound); order(score); early_stop(eps: 0.05)",
	"score(mean); order(score); early_stop(eps: 0.02, patience: 3)",
}

// TestOffsetSchedulesOnCPU: sparse schedules over M queries against N keys
// take the interpreter's decisions (tiles visited, early stops) and give
// its output through the generated CPU kernels, f32 and f16.
func TestOffsetSchedulesOnCPU(t *testing.T) {
	shapes := []string{"M=100,N=777,H=2", "M=1,N=1000,H=2", "M=256,N=1024,H=2"}
	for i, sched := range offsetSchedules {
		dt := []string{"f32", "f16"}[i%2]
		src := `kernel k(q: ` + dt + `[H, M, 64], k: ` + dt + `[H, N, 64], v: ` + dt + `[H, N, 64]) -> f32[H, M, 64] {
    s = q @ k^T * rsqrt(64)
    s = s - 0.01 * (qi - ki)
    s = mask(s, causal & window(700))
    return softmax(s) @ v
}
schedule k {
    tile(q: 32, k: 64)
    ` + strings.ReplaceAll(sched, "; ", "\n    ") + `
}
`
		dims := shapes[i%len(shapes)]
		check(t, fmt.Sprintf("%s (%s, %s)", sched, dt, dims), runCPU(t, src, "-dims", dims, "-seed", fmt.Sprint(i)))
	}
}

// TestDecodeOnCPU is issue 17's two reports, as the command line runs
// them: a decode kernel without mask() (f16, q [H, M, 128] against k, v
// [H, N, 128]) compiles and runs on the CPU backend (its generated Go said
// `var …Mask = nil` and left qi unused), and with mask(s, causal) its one
// query sees all 4096 keys — every key tile — not key 0 alone.
func TestDecodeOnCPU(t *testing.T) {
	for _, c := range []struct {
		name, body string
	}{
		{"nomask", "s = q @ k^T * rsqrt(128)"},
		{"causal", "s = mask(q @ k^T * rsqrt(128), causal)"},
	} {
		src := "kernel attnDecode(q: f16[H, M, 128], k: f16[H, N, 128], v: f16[H, N, 128]) -> f16[H, M, 128] {\n    " + c.body + "\n    return softmax(s) @ v\n}\n"
		path := filepath.Join(t.TempDir(), "decode.attn")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if code := driver.Main([]string{"run", "-device", "cpu", "-check", "-dims", "M=1,N=4096,H=2", path}, &out, &errb); code != 0 {
			t.Fatalf("%s: attnc run -device cpu -check -dims M=1,N=4096,H=2: exit %d: %s", c.name, code, errb.String())
		}
		if !strings.Contains(out.String(), "ref_match   true") || !strings.Contains(out.String(), "M=1 N=4096") {
			t.Errorf("%s: %s", c.name, out.String())
		}
		out.Reset()
		if code := driver.Main([]string{"run", "-device", "cpu", "-ref", "-json", "-dims", "M=1,N=4096,H=2", path}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, errb.String())
		}
		var r report
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		check(t, c.name, r)
		if r.TilesVisited != 2*64 {
			t.Errorf("%s: %d key tiles visited, want 2 heads × 64: the query sits at key 4095 and sees every key", c.name, r.TilesVisited)
		}
	}
}
