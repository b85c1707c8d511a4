package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	imagepng "image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
)

func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func examples(t *testing.T) []string {
	files, err := filepath.Glob("../examples/*.attn")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	return files
}

func TestCheckExamples(t *testing.T) {
	args := append([]string{"check"}, examples(t)...)
	if code, _, errs := runMain(t, args...); code != 0 {
		t.Fatalf("attnc check examples: exit %d\n%s", code, errs)
	}
}

// TestIRRoundTrip: attnc ir X.attn > a.ir; attnc ir a.ir > b.ir gives
// identical files for every example.
func TestIRRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, ex := range examples(t) {
		code, a, errs := runMain(t, "ir", ex)
		if code != 0 {
			t.Fatalf("ir %s: %s", ex, errs)
		}
		path := filepath.Join(dir, filepath.Base(ex)+".ir")
		if err := os.WriteFile(path, []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
		code, b, errs := runMain(t, "ir", path)
		if code != 0 {
			t.Fatalf("ir %s: %s", path, errs)
		}
		if a != b {
			t.Errorf("%s: IR changed on the round trip:\n%s\n---\n%s", ex, a, b)
		}
		if !strings.Contains(a, "= attention ") && !strings.Contains(a, "= sparseattention ") && !strings.Contains(a, "= rowattention ") {
			t.Errorf("%s: no fused attention op:\n%s", ex, a)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]struct{ src, want string }{
		"headdim.attn": {`kernel k(q: f32[H, N, 128], k: f32[H, N, 64], v: f32[H, N, 64]) -> f32[H, N, 64] {
    return softmax(q @ k^T) @ v
}`, "headdim.attn:2:22: k has head dim 64, q has 128 (q declared at 1:10)"},
		"syntax.attn": {`kernel k(q: f32[H, N, 128) -> f32[H, N, 128] {
    return q +
}`, "syntax.attn:1:"},
	}
	for name, c := range cases {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(c.src), 0o644)
		code, _, errs := runMain(t, "check", path)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", name, code)
		}
		if !strings.Contains(errs, c.want) {
			t.Errorf("%s: stderr %q lacks %q", name, errs, c.want)
		}
		if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
			t.Errorf("%s: stack trace in user error:\n%s", name, errs)
		}
	}
}

func TestRunJSON(t *testing.T) {
	code, out, errs := runMain(t, "run", "-device", "ref", "-check", "-json", "../examples/causal.attn", "-n", "100", "-heads", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"kernel", "device", "n", "heads", "head_dim", "density", "density_total", "rel_err", "mass_recall", "time_ms", "stage_ms", "per_head", "tiles_visited", "early_stops"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	if rep["density"] != 1.0 || rep["rel_err"] != 0.0 || rep["n"] != 100.0 || rep["head_dim"] != 128.0 {
		t.Errorf("dense run: %s", out)
	}
	if ph, _ := rep["per_head"].([]any); len(ph) != 2 {
		t.Errorf("per_head has %d entries, want 2", len(ph))
	}
}

// TestRunHeadErrors: the head-mean and worst-head rel_err beside the
// pooled one, in JSON and in the text report, are the per-head values'.
func TestRunHeadErrors(t *testing.T) {
	args := []string{"run", "-device", "ref", "-check", "../examples/minference.attn", "-n", "700", "-heads", "4", "-synthetic", "2"}
	code, out, errs := runMain(t, append(args, "-json")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.RelErrHeadMean == nil || rep.RelErrHeadMax == nil || rep.RelErrWorstHead == nil || len(rep.PerHead) != 4 {
		t.Fatalf("no head errors: %s", out)
	}
	var sum, mx float64
	worst := 0
	for h, hr := range rep.PerHead {
		sum += *hr.RelErr
		if *hr.RelErr > mx {
			mx, worst = *hr.RelErr, h
		}
	}
	if math.Abs(*rep.RelErrHeadMean-sum/4) > 1e-15 || *rep.RelErrHeadMax != mx || *rep.RelErrWorstHead != worst || mx == 0 {
		t.Errorf("head mean %v max %v (head %v), per head %s", *rep.RelErrHeadMean, *rep.RelErrHeadMax, *rep.RelErrWorstHead, out)
	}
	_, text, _ := runMain(t, args...)
	if want := fmt.Sprintf("%.3g worst (head %d)", mx, worst); !strings.Contains(text, "head mean") || !strings.Contains(text, want) {
		t.Errorf("text report lacks %q:\n%s", want, text)
	}
}

func TestRunGQAAndInputs(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "o.safetensors")
	code, out, errs := runMain(t, "run", "-json", "-n", "70", "-heads", "8", "-kv-heads", "2", "-o", outPath, "../examples/gqa.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"kv_heads":2`) {
		t.Errorf("GQA run: %s", out)
	}
	// Feed the output back as inputs of a kernel whose q, k, v are all "out":
	// a missing tensor must be reported by name.
	code, _, errs = runMain(t, "run", "-inputs", outPath, "../examples/gqa.attn")
	if code != 1 || !strings.Contains(errs, `no tensor "q" for parameter q`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frob"}, {"run"}, {"run", "-device", "tpu", "x.attn"}, {"ir", "-stage", "llvm", "../examples/causal.attn"}} {
		if code, _, _ := runMain(t, args...); code != 2 {
			t.Errorf("attnc %v: exit %d, want 2", args, code)
		}
	}
	// A size given twice, by its flag and by -dims, must agree.
	for _, args := range [][]string{
		{"run", "-n", "10", "-dims", "M=5,N=3", "../examples/decode.attn"},
		{"run", "-heads", "4", "-dims", "H=8", "../examples/causal.attn"},
		{"bench", "-n", "64", "-kv-heads", "2", "-dims", "G=1", "../examples/gqa.attn"},
	} {
		if code, _, errs := runMain(t, args...); code != 2 || !strings.Contains(errs, "disagree") {
			t.Errorf("attnc %v: exit %d, want 2 and a disagreement: %s", args, code, errs)
		}
	}
	if code, _, errs := runMain(t, "run", "-n", "64", "-dims", "M=5,N=64", "../examples/decode.attn"); code != 0 {
		t.Errorf("sizes that agree: exit %d: %s", code, errs)
	}
	if code, out, _ := runMain(t, "passes"); code != 0 || !strings.Contains(out, "fuse-attention") {
		t.Errorf("attnc passes: exit %d\n%s", code, out)
	}
}

// TestFrontier runs two labelled sweeps and draws their frontier.
func TestFrontier(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for _, c := range []struct{ label, passes string }{
		{"mean", "tile(q: 16, k: 16); score(mean); select(density: 0.2)"},
		{"mean", "tile(q: 16, k: 16); score(mean); select(density: 0.5)"},
		{"oracle τ", "tile(q: 16, k: 16); score(oracle); select(mass: 0.9)"},
		{"oracle τ", "tile(q: 16, k: 16); score(oracle); select(mass: 0.99)"},
	} {
		code, out, errs := runMain(t, "run", "-check", "-json", "-label", c.label, "-passes", c.passes, "-synthetic", "3", "-n", "256", "-heads", "2", "../examples/xattn.attn")
		if code != 0 {
			t.Fatalf("run: %s", errs)
		}
		lines = append(lines, out)
	}
	runs := filepath.Join(dir, "runs.jsonl")
	os.WriteFile(runs, []byte(strings.Join(lines, "")), 0o644)
	png := filepath.Join(dir, "f.png")
	code, out, errs := runMain(t, "frontier", "-o", png, "-ref", "oracle τ", "-at", "0.4", runs)
	if code != 0 {
		t.Fatalf("frontier: exit %d: %s", code, errs)
	}
	for _, want := range []string{"| mean | `tile(q: 16, k: 16); score(mean); select(density: 0.2)` |", "| oracle τ |", "| head mean |", "pooled / head-mean rel_err at 40%"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Both errors at the cost, each with its ratio to the reference.
	if !regexp.MustCompile(`\| mean \| [0-9.e+-]+ \([0-9.]+×\) / [0-9.e+-]+ \([0-9.]+×\) \|`).MatchString(out) {
		t.Errorf("no pooled / head-mean cell with ratios for mean:\n%s", out)
	}
	f, err := os.Open(png)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := imagepng.Decode(f); err != nil {
		t.Errorf("frontier PNG does not decode: %v", err)
	}
	// -metric head-mean plots each run's mean over heads.
	if code, _, errs := runMain(t, "frontier", "-o", png, "-metric", "head-mean", runs); code != 0 {
		t.Fatalf("frontier -metric head-mean: exit %d: %s", code, errs)
	}
	parsed, err := readRuns([]string{runs})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := frontierSeries(groupRuns(parsed), headMeanErr)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		for j, pt := range p.Points {
			r := groupRuns(parsed)[i].runs[j]
			if pt.Y != math.Max(*r.RelErrHeadMean, 1e-6) || *r.RelErrHeadMean == *r.RelErr {
				t.Errorf("%s, run %d: plotted %g, head mean %g, pooled %g", p.Name, j, pt.Y, *r.RelErrHeadMean, *r.RelErr)
			}
		}
	}
	if code, _, errs := runMain(t, "frontier", "-o", png, "-metric", "worst", runs); code != 2 || !strings.Contains(errs, "-metric") {
		t.Errorf("-metric worst: exit %d %q", code, errs)
	}
	os.WriteFile(runs, []byte("{\"label\":\"x\"}\n"), 0o644)
	if code, _, errs := runMain(t, "frontier", runs); code != 1 || !strings.Contains(errs, "runs.jsonl:1: run without rel_err") {
		t.Errorf("bad input: exit %d %q", code, errs)
	}
}

// TestBestScheduleOnTrace checks the claim examples/best.attn makes: on the
// real trace, at about 10% density_total, its error is at most 1.5× the
// block-mass oracle's (cumulative τ, interpolated to the same cost). It
// needs the trace and about a minute, so it skips in -short mode.
func TestBestScheduleOnTrace(t *testing.T) {
	trace := os.Getenv("ATTNC_TRACE")
	if trace == "" {
		trace = "../../shared/traces/go8k_L1.safetensors"
	}
	if _, err := os.Stat(trace); err != nil {
		t.Skipf("no trace at %s", trace)
	}
	if testing.Short() {
		t.Skip("a minute of float64 attention; skipped in -short mode")
	}
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	run := func(args ...string) *report {
		code, out, errs := runMain(t, append([]string{"run", "-check", "-json", "-inputs", trace}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
		r := &report{}
		if err := json.Unmarshal([]byte(out), r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	best := run("../examples/best.attn")
	if best.DensityTotal < 0.09 || best.DensityTotal > 0.11 {
		t.Errorf("best.attn costs %.4f of dense, want about 10%%", best.DensityTotal)
	}
	series := &runSeries{name: "oracle τ", oracle: true}
	for _, tau := range []string{"0.98", "0.99"} {
		r := run("-passes", "tile(q: 64, k: 64); score(oracle); select(mass: "+tau+")", "../examples/best.attn")
		series.runs = append(series.runs, r)
	}
	oracle, ok := series.at(best.DensityTotal, pooledErr)
	if !ok {
		t.Fatalf("oracle runs at densities %.4f, %.4f do not bracket %.4f", series.runs[0].Density, series.runs[1].Density, best.DensityTotal)
	}
	t.Logf("best: density_total %.4f rel_err %.4g; oracle τ at that density %.4g (%.2f×)", best.DensityTotal, *best.RelErr, oracle, *best.RelErr/oracle)
	if *best.RelErr > 1.5*oracle {
		t.Errorf("best.attn rel_err %.4g > 1.5 × oracle %.4g", *best.RelErr, oracle)
	}
}

// TestRunPlot: -plot writes a PNG of the schedule's scores and selection
// with one panel column per head.
func TestRunPlot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.png")
	code, _, errs := runMain(t, "run", "-plot", path, "-n", "300", "-heads", "3", "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := imagepng.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// 5 tiles of 64 for N=300: cell 8 px, panels 3·40 + 2·4 wide and
	// 2·40 + 4 tall; the title, labels and key make it larger (plot_test
	// checks where).
	if b := img.Bounds(); b.Dx() < 128 || b.Dy() < 84+5*15 {
		t.Errorf("plot is %v, want panels of 128×84 and room for the title and key", b.Size())
	}
	if code, _, errs := runMain(t, "run", "-plot", path, "-n", "100", "../examples/causal.attn"); code != 1 || !strings.Contains(errs, "no block scores to draw") {
		t.Errorf("dense kernel: exit %d %q", code, errs)
	}
}

// TestGenNVPTX: -targets go,nvptx adds the LLVM IR, the PTX and a Go file
// embedding them with the kernels' launch descriptions (needs llc).
func TestGenNVPTX(t *testing.T) {
	if _, err := exec.LookPath("llc-14"); err != nil {
		if _, err := exec.LookPath("llc"); err != nil {
			t.Skip("no llc")
		}
	}
	dir := t.TempDir()
	if code, _, errs := runMain(t, "gen", "-targets", "go,nvptx", "-o", dir, "../examples/xattn.attn"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range []string{"xattn_attnc.go", "xattn_attnc.ll", "xattn_attnc.ptx", "xattn_attnc_nvptx.go", "xattn_attnc_kernels.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	ptx, _ := os.ReadFile(filepath.Join(dir, "xattn_attnc.ptx"))
	if !strings.Contains(string(ptx), ".visible .entry xattn_attn2(") {
		t.Errorf("PTX lacks the kernel entry")
	}
	// The glue names the PTX's target, and the antidiagonal scorer is among
	// the kernels (the xattn pipeline stays on the device).
	glue, _ := os.ReadFile(filepath.Join(dir, "xattn_attnc_nvptx.go"))
	m := regexp.MustCompile(`const PTXTarget = "(sm_\w+)"`).FindSubmatch(glue)
	if m == nil || !strings.Contains(string(ptx), ".target "+string(m[1])) {
		t.Errorf("PTXTarget %q does not name the PTX's .target", m)
	}
	kj, _ := os.ReadFile(filepath.Join(dir, "xattn_attnc_kernels.json"))
	for _, kind := range []string{`"Kind": "adstats"`, `"Kind": "admass"`, `"Kind": "select"`} {
		if !strings.Contains(string(kj), kind) {
			t.Errorf("kernels table lacks %s", kind)
		}
	}
	if code, _, errs := runMain(t, "gen", "-targets", "go,tpu", "-o", dir, "../examples/xattn.attn"); code != 2 || !strings.Contains(errs, `unknown backend "tpu"`) {
		t.Errorf("bad target: exit %d %q", code, errs)
	}
}

// TestRunCUDAWithoutDriver: on a machine without an NVIDIA driver, -device
// cuda compiles (filling the PTX cache) and then fails with the reason.
func TestRunCUDAWithoutDriver(t *testing.T) {
	if _, err := os.Stat("/usr/local/nvidia/lib64/libcuda.so.1"); err == nil {
		t.Skip("this machine has a driver: TestGPU (tests/) covers -device cuda")
	}
	if _, _, err := nvptx.FindLLC(); err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	t.Setenv("ATTNC_CACHE_DIR", dir)
	code, _, errs := runMain(t, "run", "-device", "cuda", "../examples/causal.attn", "-n", "256", "-heads", "2")
	if code == 0 || !strings.Contains(errs, "no NVIDIA driver") {
		t.Fatalf("exit %d, stderr %q; want the missing driver named", code, errs)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "ptx", "*.ptx")); len(m) != 1 {
		t.Errorf("PTX cache holds %v, want the kernel's PTX", m)
	}
	// First-order compensation has no GPU lowering: a positioned error
	// before the driver is looked for.
	best, _ := os.ReadFile("../examples/best.attn")
	first := filepath.Join(dir, "first.attn")
	os.WriteFile(first, []byte(strings.Replace(string(best), "compensate(order: 0)", "compensate(order: 1)", 1)), 0o644)
	code, _, errs = runMain(t, "bench", "-device", "cuda", first, "-n", "256")
	if code == 0 || !strings.Contains(errs, "first.attn:") || !strings.Contains(errs, "order 0") {
		t.Errorf("bench of a kernel with first-order compensation: exit %d, %q; want a positioned error", code, errs)
	}
}

// TestInterpreterOnlyWhenAsked: off -device ref the interpreter runs only
// for -ref or -check (stage "ref", ref_diff), never otherwise.
func TestInterpreterOnlyWhenAsked(t *testing.T) {
	for _, c := range []struct {
		args    []string
		wantRef bool
	}{
		{nil, false},
		{[]string{"-ref"}, true},
		{[]string{"-check"}, true},
	} {
		args := append([]string{"run", "-device", "cpu", "-json", "-n", "130", "-heads", "2"}, c.args...)
		code, out, errs := runMain(t, append(args, "../examples/causal.attn")...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		var rep report
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		_, ran := rep.StageMS["ref"]
		if ran != c.wantRef || (rep.RefDiff != nil) != c.wantRef {
			t.Errorf("%v: interpreter ran %v (ref_diff %v), want %v", c.args, ran, rep.RefDiff, c.wantRef)
		}
		if rep.Density != 1 || rep.Device != "cpu" {
			t.Errorf("%v: device %q density %v, want cpu and 1 (dense)", c.args, rep.Device, rep.Density)
		}
	}
}

// TestDeviceTable: every device has a name, a doc and a build; the usage
// error for an unknown device lists them all.
func TestDeviceTable(t *testing.T) {
	code, _, errs := runMain(t, "run", "-device", "tpu", "../examples/causal.attn")
	if code == 0 {
		t.Fatal("-device tpu accepted")
	}
	for _, d := range devices {
		if d.Name == "" || d.Doc == "" || d.Build == nil {
			t.Errorf("device %+v incomplete", d)
		}
		if !strings.Contains(errs, d.Name+" (") {
			t.Errorf("the -device error does not list %s: %s", d.Name, errs)
		}
	}
}

// TestTileTextCheckpoint: attnc ir reads its own -stage tile output back
// (tile IR is a checkpoint, as graph IR is), and -target runs a backend's
// tile passes on it.
func TestTileTextCheckpoint(t *testing.T) {
	code, text, errs := runMain(t, "ir", "-stage", "tile", "../examples/minference.attn")
	if code != 0 {
		t.Fatal(errs)
	}
	path := filepath.Join(t.TempDir(), "m.tile")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, again, errs := runMain(t, "ir", path)
	if code != 0 || again != text {
		t.Fatalf("exit %d: %s\nreprinted:\n%s\nwant:\n%s", code, errs, again, text)
	}
	code, placed, errs := runMain(t, "ir", "-stage", "tile", "-target", "cuda", path)
	if code != 0 || !strings.Contains(placed, "on=device fused") {
		t.Fatalf("exit %d: %s\n%s", code, errs, placed)
	}
}

// TestDimsUnknown: -dims names only run-time dims the kernel has.
func TestDimsUnknown(t *testing.T) {
	code, _, errs := runMain(t, "run", "-dims", "X=3", "-n", "64", "../examples/causal.attn")
	if code != 2 || !strings.Contains(errs, "no run-time dim X") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}

// TestKVHeadsWithoutG: -kv-heads on a kernel whose k has q's heads is an
// error (it was ignored: the run reported kv_heads = heads).
func TestKVHeadsWithoutG(t *testing.T) {
	code, _, errs := runMain(t, "run", "-kv-heads", "2", "-heads", "4", "-n", "64", "../examples/causal.attn")
	if code != 2 || !strings.Contains(errs, "-kv-heads 2: kernel prefill has no run-time dim G") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if code, _, errs := runMain(t, "run", "-kv-heads", "2", "-heads", "4", "-n", "64", "../examples/gqa.attn"); code != 0 {
		t.Fatalf("gqa: exit %d: %s", code, errs)
	}
	// As many KV heads as heads is what such a kernel does (docs/accuracy.sh says so).
	if code, _, errs := runMain(t, "run", "-kv-heads", "4", "-heads", "4", "-n", "64", "../examples/causal.attn"); code != 0 {
		t.Fatalf("kv-heads = heads: exit %d: %s", code, errs)
	}
}

// TestPrintAfterUnknown: -print-after names registered passes only (an
// unknown name printed nothing and exited 0).
func TestPrintAfterUnknown(t *testing.T) {
	code, _, errs := runMain(t, "ir", "-print-after", "fuse-atention", "../examples/causal.attn")
	if code != 2 || !strings.Contains(errs, `no pass "fuse-atention"`) {
		t.Fatalf("exit %d: %s", code, errs)
	}
}
