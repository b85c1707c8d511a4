package driver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/synthetic"
)

// writeSyntheticInputs writes structured q, k, v (f16 [h, n, 64]) from
// seed to a safetensors file, as a trace is stored.
func writeSyntheticInputs(t *testing.T, dir string, seed uint64, h, n int) string {
	t.Helper()
	q, k, v, err := synthetic.Generate(synthetic.Config{Heads: h, KVHeads: h, N: n, D: 64, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	ts := map[string]*runtime.Tensor{}
	for name, x := range map[string][]float64{"q": q, "k": k, "v": v} {
		if ts[name], err = runtime.FromFloat64(runtime.F16, []int{h, n, 64}, x); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "in"+string(rune('0'+seed))+".safetensors")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	if err := runtime.WriteSafetensors(w, []string{"q", "k", "v"}, ts, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTuneSearch: a search for an error target on one input, checked on
// another: the choice meets the target on calibration, is the cheapest
// passing setting tried, is written as a file that compiles with the
// numbers in its comment, and the run is deterministic.
func TestTuneSearch(t *testing.T) {
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	train, val := writeSyntheticInputs(t, dir, 1, 2, 768), writeSyntheticInputs(t, dir, 2, 2, 768)
	out := filepath.Join(dir, "tuned.attn")
	args := []string{"tune", "-train", train, "-validate", val, "-err", "0.05", "-steps", "4", "-families", "mean budget,xattn mass", "-json", "-oracle", "-o", out, "../examples/xattn.attn"}
	code, stdout, errs := runMain(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var tried []tunePoint
	for _, l := range lines[:len(lines)-1] {
		var p tunePoint
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		tried = append(tried, p)
	}
	var choice struct {
		Choice     *tunePoint    `json:"choice"`
		Validation *tunePoint    `json:"validation"`
		Oracle     []oracleRatio `json:"oracle"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &choice); err != nil || choice.Choice == nil || choice.Validation == nil {
		t.Fatalf("last line: %v: %s", err, lines[len(lines)-1])
	}
	c := choice.Choice
	if c.Err > 0.05 {
		t.Errorf("chosen %s: err %g above the target", c.Schedule, c.Err)
	}
	for _, p := range tried {
		if p.Set == "calibration" && p.Err <= 0.05 && p.MeanCost < c.MeanCost {
			t.Errorf("%s (err %g, mean cost %g) passes and is cheaper than the choice %s (mean cost %g)", p.Schedule, p.Err, p.MeanCost, c.Schedule, c.MeanCost)
		}
		mean := 0.0
		for _, x := range p.Costs {
			mean += x / float64(len(p.Costs))
		}
		if math.Abs(p.MeanCost-mean) > 1e-12 || p.MeanCost > p.Cost {
			t.Errorf("%s: mean cost %g, costs %v (worst %g)", p.Schedule, p.MeanCost, p.Costs, p.Cost)
		}
	}
	if len(choice.Oracle) != 2 {
		t.Errorf("oracle ratios %+v, want one per input", choice.Oracle)
	}
	for i, r := range choice.Oracle {
		// At equal error: the oracle's target is what the choice reached.
		want := c.Errs[0]
		if i == 1 {
			want = choice.Validation.Errs[0]
		}
		if r.Err != want {
			t.Errorf("oracle ratio %d measured at err %g, the choice reached %g there", i, r.Err, want)
		}
		// The oracle's budget meets that error, and the density it
		// reports is what it computes.
		in := train
		if i == 1 {
			in = val
		}
		rep, err := tuneRun("../examples/xattn.attn", "", in, fmt.Sprintf("tile(q: 64, k: 64); score(oracle); budget(density: %.4g)", r.OracleKnob))
		if err != nil || *rep.RelErrHeadMean > r.Err || rep.Density != r.Oracle {
			t.Errorf("oracle ratio %+v: its budget gives err %v, density %v (%v)", r, *rep.RelErrHeadMean, rep.Density, err)
		}
		// The oracle's bisection picks its cheapest passing density, which
		// on these inputs is well below dense.
		if r.Oracle <= 0 || r.Oracle >= 0.9 || math.Abs(r.Ratio-r.Cost/r.Oracle) > 1e-12 {
			t.Errorf("oracle ratio %+v", r)
		}
	}
	if v := choice.Validation; v.Set != "validation" || v.Schedule != c.Schedule || len(v.Errs) != 1 || !strings.Contains(v.Inputs[0], "in2") {
		t.Errorf("validation %+v", v)
	}
	text, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := frontend.Compile(out, text, frontend.Options{CheckPass: passes.Check}); err != nil {
		t.Fatalf("tuned file: %v\n%s", err, text)
	}
	for _, want := range []string{"Chosen by attnc tune", "Validation (not tuned on)", "schedule xattn {", strings.Split(c.Schedule, "; ")[1]} {
		if !strings.Contains(string(text), want) {
			t.Errorf("tuned file lacks %q:\n%s", want, text)
		}
	}
	if strings.Count(string(text), "schedule ") != 1 {
		t.Errorf("tuned file keeps the input's schedule:\n%s", text)
	}
	code, again, _ := runMain(t, args...)
	if code != 0 || again != stdout {
		t.Errorf("a second search printed something else (exit %d)", code)
	}
	// The text report warns exactly when validation misses the target.
	_, textOut, _ := runMain(t, "tune", "-train", train, "-validate", val, "-err", "0.05", "-steps", "4", "-families", "mean budget,xattn mass", "../examples/xattn.attn")
	if warned, missed := strings.Contains(textOut, "warning: on the validation inputs it misses"), choice.Validation.Err > 0.05; warned != missed {
		t.Errorf("validation err %g against 0.05, warning printed %v:\n%s", choice.Validation.Err, warned, textOut)
	}
}

// TestTuneRefuses: bad usage exits 2, a target no family meets exits 1
// with the reason.
func TestTuneRefuses(t *testing.T) {
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	train := writeSyntheticInputs(t, dir, 1, 1, 384)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-err", "0.1", "../examples/xattn.attn"}, 2, "-train"},
		{[]string{"-train", train, "../examples/xattn.attn"}, 2, "one target"},
		{[]string{"-train", train, "-err", "0.1", "-density", "0.1", "../examples/xattn.attn"}, 2, "one target"},
		{[]string{"-train", train, "-err", "0.1", "-families", "nope", "../examples/xattn.attn"}, 2, "no family"},
		{[]string{"-train", train, "-density", "0.1", "-oracle", "../examples/xattn.attn"}, 2, "-oracle"},
		{[]string{"-train", train, "-err", "0.1", "-margin", "1.5", "../examples/xattn.attn"}, 2, "-margin"},
		{[]string{"-train", filepath.Join(dir, "missing.safetensors"), "-err", "0.1", "../examples/xattn.attn"}, 1, "missing.safetensors"},
		{[]string{"-train", train, "-err", "1e-12", "-steps", "1", "-families", "xattn mass", "../examples/xattn.attn"}, 1, "no family meets"},
	} {
		code, _, errs := runMain(t, append([]string{"tune"}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}

// TestTuneBisection: on a family whose error and cost follow the knob
// exactly, the search lands next to the true threshold from the passing
// side, for both targets.
func TestTuneBisection(t *testing.T) {
	f := tuneFamily{name: "fake", knob: "ρ", lo: 0.01, hi: 0.64}
	eval := func(x float64) (*tunePoint, error) {
		return &tunePoint{Family: "fake", Knob: x, Err: 0.01 / x, Cost: x, MeanCost: x}, nil
	}
	// err ≤ 0.1 ⟺ x ≥ 0.1: the cheapest passing setting is just above 0.1.
	tf := &tuneFlags{err: 0.1, steps: 12}
	p, _, err := tf.searchFamily(f, eval)
	if err != nil || p == nil || p.Knob < 0.1 || p.Knob > 0.101 {
		t.Errorf("error target: picked %+v, %v; want just above 0.1", p, err)
	}
	// cost ≤ 0.2: the largest passing setting is just below 0.2.
	tf = &tuneFlags{density: 0.2, steps: 12}
	p, _, err = tf.searchFamily(f, eval)
	if err != nil || p == nil || p.Knob > 0.2 || p.Knob < 0.199 {
		t.Errorf("cost target: picked %+v, %v; want just below 0.2", p, err)
	}
	// A margin calibrates to the target times it: err ≤ 0.05 ⟺ x ≥ 0.2.
	tf = &tuneFlags{err: 0.1, steps: 12, margin: 0.5}
	p, _, err = tf.searchFamily(f, eval)
	if err != nil || p == nil || p.Knob < 0.2 || p.Knob > 0.202 {
		t.Errorf("margin 0.5: picked %+v, %v; want just above 0.2", p, err)
	}
	// Unreachable: the top fails, nothing else is tried.
	tf = &tuneFlags{err: 0.001, steps: 12}
	p, all, _ := tf.searchFamily(f, eval)
	if p != nil || len(all) != 1 {
		t.Errorf("unreachable target: picked %+v after %d settings", p, len(all))
	}
}

// TestTuneHoldoutHeads: -holdout-heads calibrates on the first half of
// each input's heads and validates on the rest, the halves holding the
// original heads' bytes.
func TestTuneHoldoutHeads(t *testing.T) {
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	in := writeSyntheticInputs(t, dir, 3, 3, 512)
	calib, held, err := splitHeads(in, dir)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := runtime.ReadSafetensorsFile(in)
	for i, path := range []string{calib, held} {
		f, err := runtime.ReadSafetensorsFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"q", "k", "v"} {
			o, x := orig.Tensors[name], f.Tensors[name]
			per := len(o.Data) / 3
			want := [][]byte{o.Data[:2*per], o.Data[2*per:]}[i]
			if !slices.Equal(x.Shape, []int{[]int{2, 1}[i], 512, 64}) || !bytes.Equal(x.Data, want) {
				t.Errorf("%s %s: shape %v, bytes equal %v", path, name, x.Shape, bytes.Equal(x.Data, want))
			}
		}
	}
	code, out, errs := runMain(t, "tune", "-train", in, "-holdout-heads", "-err", "0.05", "-steps", "2", "-families", "mean budget", "-json", "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var choice struct{ Choice, Validation *tunePoint }
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &choice); err != nil || choice.Validation == nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !strings.Contains(choice.Choice.Inputs[0], ".calibration") || !strings.Contains(choice.Validation.Inputs[0], ".held-out") {
		t.Errorf("calibration %v, validation %v", choice.Choice.Inputs, choice.Validation.Inputs)
	}
	one := writeSyntheticInputs(t, dir, 4, 1, 256)
	if code, _, errs := runMain(t, "tune", "-train", one, "-holdout-heads", "-err", "0.05", "../examples/xattn.attn"); code != 1 || !strings.Contains(errs, "at least 2 heads") {
		t.Errorf("one head: exit %d, %q", code, errs)
	}
}

// TestTunePerHead: -per-head searches each head alone: one choice per
// head, each meeting the target on its head; with -o, the heads'
// densities written as one schedule that runs.
func TestTunePerHead(t *testing.T) {
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	in := writeSyntheticInputs(t, dir, 5, 2, 512)
	code, out, errs := runMain(t, "tune", "-train", in, "-per-head", "-err", "0.05", "-steps", "3", "-families", "mean budget", "-json", "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var res struct {
		PerHead map[string]*tunePoint `json:"per_head"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil || len(res.PerHead) != 2 {
		t.Fatalf("%v: %s", err, lines[len(lines)-1])
	}
	for head, p := range res.PerHead {
		if p == nil || p.Err > 0.05 || !strings.Contains(p.Inputs[0], head) {
			t.Errorf("%s: %+v", head, p)
		}
	}
	// -o needs one budget family: it writes the heads' densities as one
	// schedule, measured on the whole input.
	if code, _, errs := runMain(t, "tune", "-train", in, "-per-head", "-err", "0.05", "-o", filepath.Join(dir, "x.attn"), "../examples/xattn.attn"); code != 2 || !strings.Contains(errs, "one budget family") {
		t.Errorf("-per-head -o with every family: exit %d, %q", code, errs)
	}
	outPath := filepath.Join(dir, "perhead.attn")
	code, out, errs = runMain(t, "tune", "-train", in, "-per-head", "-err", "0.05", "-steps", "3", "-families", "mean budget", "-o", outPath, "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("-per-head -o: exit %d: %s", code, errs)
	}
	heads := slices.Sorted(maps.Keys(res.PerHead)) // …head0…, …head1…
	want := fmt.Sprintf("budget(density: [%.4g, %.4g], keep: [sink, diagonal])", res.PerHead[heads[0]].Knob, res.PerHead[heads[1]].Knob)
	src, err := os.ReadFile(outPath)
	if err != nil || !strings.Contains(string(src), want) || !strings.Contains(out, "per head together") {
		t.Fatalf("%v: the written schedule lacks %s:\n%s\n%s", err, want, src, out)
	}
	// The written file runs, and its comment states what the run measures.
	code, rout, errs := runMain(t, "run", "-device", "ref", "-check", "-json", "-inputs", in, outPath)
	if code != 0 {
		t.Fatalf("running %s: exit %d: %s", outPath, code, errs)
	}
	var rep report
	if err := json.Unmarshal([]byte(rout), &rep); err != nil || rep.RelErrHeadMean == nil {
		t.Fatalf("%v: %s", err, rout)
	}
	if c := fmt.Sprintf("worst err %.3g, worst cost %.4f", *rep.RelErrHeadMean, rep.DensityTotal); !strings.Contains(string(src), c) {
		t.Errorf("the comment does not state the run's %s:\n%s", c, src)
	}
	// -head-mean: the heads' densities chosen together for the mean; a
	// head's selection is its own, so the whole run's head mean is the
	// predicted one and meets the target.
	hm := filepath.Join(dir, "headmean.attn")
	code, out, errs = runMain(t, "tune", "-train", in, "-per-head", "-head-mean", "-err", "0.05", "-steps", "3", "-families", "mean budget,bound budget,xattn mass", "-o", hm, "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("-head-mean: exit %d: %s", code, errs)
	}
	code, rout, errs = runMain(t, "run", "-device", "ref", "-check", "-json", "-inputs", in, hm)
	rep = report{}
	if code != 0 || json.Unmarshal([]byte(rout), &rep) != nil || rep.RelErrHeadMean == nil || *rep.RelErrHeadMean > 0.05 {
		t.Fatalf("the -head-mean schedule: exit %d, %s, %s\n%s", code, rout, errs, out)
	}
	// One row per budget family (xattn mass has no density to split), and
	// the chosen family's predicted error is the run's head mean.
	chosen := ""
	for _, fam := range []string{"mean budget", "bound budget"} {
		if strings.Contains(string(mustRead(t, hm)), "("+fam+", per head") {
			chosen = fam
		}
	}
	if chosen == "" || strings.Contains(out, "| xattn mass") || !strings.Contains(out, "| bound budget |") {
		t.Fatalf("no budget family chosen, or a row per family missing:\n%s", out)
	}
	if !regexp.MustCompile(`\| ` + regexp.QuoteMeta(chosen) + ` \| [^|]+ \| ` + regexp.QuoteMeta(fmt.Sprintf("%.3g", *rep.RelErrHeadMean)) + ` \|`).MatchString(out) {
		t.Errorf("the prediction for %s is not the run's head mean %.3g:\n%s", chosen, *rep.RelErrHeadMean, out)
	}
	if code, _, errs := runMain(t, "tune", "-train", in, "-head-mean", "-err", "0.05", "../examples/xattn.attn"); code != 2 || !strings.Contains(errs, "-head-mean") {
		t.Errorf("-head-mean without -per-head: exit %d, %q", code, errs)
	}
	// -first-half: calibrated on the first 256 tokens, validated on all
	// 512; the file says both, and the validation is the whole run's.
	fh := filepath.Join(dir, "firsthalf.attn")
	code, out, errs = runMain(t, "tune", "-train", in, "-per-head", "-head-mean", "-first-half", "-err", "0.05", "-steps", "3", "-families", "mean budget", "-o", fh, "../examples/xattn.attn")
	if code != 0 {
		t.Fatalf("-first-half: exit %d: %s", code, errs)
	}
	code, rout, errs = runMain(t, "run", "-device", "ref", "-check", "-json", "-inputs", in, fh)
	rep = report{}
	if code != 0 || json.Unmarshal([]byte(rout), &rep) != nil || rep.RelErrHeadMean == nil {
		t.Fatalf("the -first-half schedule: exit %d, %s, %s", code, rout, errs)
	}
	want = fmt.Sprintf("Validation (not tuned on): worst err %.3g, worst cost %.4f", *rep.RelErrHeadMean, rep.DensityTotal)
	if src := string(mustRead(t, fh)); !strings.Contains(src, want) || !strings.Contains(src, "first-half") || !strings.Contains(out, "validation (the whole input)") {
		t.Errorf("the -first-half file lacks %q or its calibration input:\n%s\n%s", want, src, out)
	}
	if code, _, errs := runMain(t, "tune", "-train", in, "-per-head", "-first-half", "-err", "0.05", "../examples/xattn.attn"); code != 2 || !strings.Contains(errs, "-first-half") {
		t.Errorf("-first-half without -head-mean: exit %d, %q", code, errs)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAllocateHeads: the head-mean allocation spends density where it buys
// the most error: a head whose error falls steeply gets more than a flat
// one, the mean meets the target, and the cheapest choice is found even
// off the curves' convex hulls (which a Lagrangian sweep misses).
func TestAllocateHeads(t *testing.T) {
	curve := func(pts ...[2]float64) []*tunePoint {
		var c []*tunePoint
		for _, p := range pts {
			c = append(c, &tunePoint{Cost: p[0], Err: p[1]})
		}
		return c
	}
	steep := curve([2]float64{0.05, 0.2}, [2]float64{0.1, 0.05}, [2]float64{0.2, 0.01}, [2]float64{0.4, 0.005})
	flat := curve([2]float64{0.05, 0.02}, [2]float64{0.1, 0.018}, [2]float64{0.2, 0.015}, [2]float64{0.4, 0.012})
	pick, err, cost := allocateHeads([][]*tunePoint{steep, flat}, 0.02)
	if pick == nil || err > 0.02 {
		t.Fatalf("pick %v, mean err %g", pick, err)
	}
	// Every head at its cheapest point meeting 0.02 alone would cost
	// (0.2 + 0.05)/2; spreading the error does better: steep at 0.2 (err
	// 0.01) lets flat stay at 0.05 (0.02), mean 0.015 at cost 0.125 — or
	// cheaper: steep 0.1 (0.05) needs flat ≤ −0.01, impossible.
	if pick[0] != 2 || pick[1] != 0 || math.Abs(cost-0.125) > 1e-12 {
		t.Errorf("pick %v (mean err %g, cost %g), want [2 0] at cost 0.125", pick, err, cost)
	}
	if pick, _, _ := allocateHeads([][]*tunePoint{steep, flat}, 0.001); pick != nil {
		t.Errorf("an unreachable target gave %v", pick)
	}
	// a's middle point lies above the chord of its neighbours; the best
	// pair uses it: (a1, b1) = mean err 0.0225 at cost 0.2, where the
	// hull's best, (a2, b0), costs 0.225.
	a := curve([2]float64{0.1, 0.04}, [2]float64{0.2, 0.035}, [2]float64{0.35, 0})
	b := curve([2]float64{0.1, 0.012}, [2]float64{0.2, 0.01})
	if pick, err, cost := allocateHeads([][]*tunePoint{a, b}, 0.023); !slices.Equal(pick, []int{1, 1}) || err > 0.023 || math.Abs(cost-0.2) > 1e-12 {
		t.Errorf("non-convex: pick %v (mean err %g, cost %g), want [1 1] at cost 0.2", pick, err, cost)
	}
}

// TestTuneFamiliesCompile: every family's schedule, at the ends and the
// middle of its knob's range, is a valid schedule for a causal f16
// kernel (a family whose text a pass refuses would only fail mid-search).
func TestTuneFamiliesCompile(t *testing.T) {
	src := []byte("kernel k(q: f16[H, N, 64], k: f16[H, N, 64], v: f16[H, N, 64]) -> f16[H, N, 64] {\n    s = mask(q @ k^T * rsqrt(64), causal)\n    return softmax(s) @ v\n}\n")
	for _, f := range tuneFamilies {
		for _, u := range []float64{0, 0.5, 1} {
			sched := "tile(q: 64, k: 64); " + f.body(f.knobAt(u))
			prog, err := frontend.Compile("k.attn", src, frontend.Options{CheckPass: passes.Check})
			if err != nil {
				t.Fatal(err)
			}
			calls, err := frontend.ParsePipeline(sched)
			if err != nil {
				t.Errorf("%s: %q: %v", f.name, sched, err)
				continue
			}
			steps, err := passes.Pipeline(calls)
			if err == nil {
				_, err = passes.Run(prog.Module.Funcs[0], steps, &passes.Options{VerifyEach: true})
			}
			if err != nil {
				t.Errorf("%s: %q: %v", f.name, sched, err)
			}
		}
	}
}

// TestTuneRanksByMeanCost: for an error target, of two passing settings
// the one with the smaller mean cost over the inputs wins even when its
// worst input costs more (an early stop spends what each layer needs);
// for a cost target the error decides.
func TestTuneRanksByMeanCost(t *testing.T) {
	adaptive := &tunePoint{Err: 0.009, Cost: 0.95, MeanCost: 0.55, Costs: []float64{0.15, 0.95}}
	fixed := &tunePoint{Err: 0.008, Cost: 0.87, MeanCost: 0.87, Costs: []float64{0.87, 0.87}}
	e := tuneFlags{err: 0.01}
	if !e.better(adaptive, fixed) || e.better(fixed, adaptive) {
		t.Errorf("error target: the mean cost 0.55 should beat 0.87")
	}
	if e.plotCost(adaptive) != 0.55 {
		t.Errorf("error target plots cost %g, want the mean", e.plotCost(adaptive))
	}
	d := tuneFlags{density: 1}
	if !d.better(fixed, adaptive) {
		t.Errorf("cost target: the smaller error should win")
	}
	if d.plotCost(adaptive) != 0.95 {
		t.Errorf("cost target plots cost %g, want the worst", d.plotCost(adaptive))
	}
}

// TestTuneEarlyStopKnob: an early stop's ε runs from large (cheap) to
// small as the bisection's u grows, and the search finds the largest ε
// (the cheapest setting) that meets an error target when error grows
// with ε.
func TestTuneEarlyStopKnob(t *testing.T) {
	f := familyNamed("mean early stop (sink)")
	if f.name == "" || f.knob != "ε" || !strings.Contains(f.body(0.002), "early_stop(eps: 0.002)") || !strings.Contains(f.body(0.002), "keep: [sink, diagonal]") {
		t.Fatalf("family %+v", f)
	}
	if a, b := f.knobAt(0), f.knobAt(1); a != 0.1 || b != 1e-4 {
		t.Errorf("knobAt(0), knobAt(1) = %g, %g; want 0.1, 1e-4", a, b)
	}
	for u := 0.0; u < 1; u += 0.125 {
		if f.knobAt(u+0.125) >= f.knobAt(u) {
			t.Errorf("ε does not fall with u at %g: %g then %g", u, f.knobAt(u), f.knobAt(u+0.125))
		}
	}
	// err = ε, cost = 1 − ε: err ≤ 0.003 ⟺ ε ≤ 0.003, the cheapest
	// passing ε is just below 0.003.
	eval := func(x float64) (*tunePoint, error) {
		return &tunePoint{Family: f.name, Knob: x, Err: x, Cost: 1 - x, MeanCost: 1 - x}, nil
	}
	tf := &tuneFlags{err: 0.003, steps: 14}
	p, _, err := tf.searchFamily(f, eval)
	if err != nil || p == nil || p.Knob > 0.003 || p.Knob < 0.0029 {
		t.Errorf("picked %+v, %v; want ε just below 0.003", p, err)
	}
}

// TestTuneFamilyNames: every family can be named in -families, which
// splits on commas, and no two share a name.
func TestTuneFamilyNames(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range tuneFamilies {
		if strings.Contains(f.name, ",") {
			t.Errorf("family %q: a comma in its name cannot pass -families", f.name)
		}
		if seen[f.name] {
			t.Errorf("family %q twice", f.name)
		}
		seen[f.name] = true
		if got := familyNamed(f.name); got.name != f.name {
			t.Errorf("familyNamed(%q) = %q", f.name, got.name)
		}
	}
}
