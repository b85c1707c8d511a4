package driver

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/plot"
	"github.com/attnc/attnc/runtime"
)

// attnc tune: search schedules for a kernel on calibration inputs, check
// the choice on inputs it did not see, and write it as an .attn file.
//
// The search space is a table of families (tuneFamilies): a scoring
// method and a selection rule with one knob — a density ρ, a mass τ, an
// early stop's ε or a count k — whose cost grows and whose error falls as
// the knob moves from lo to hi. For a target error (-err) each family's
// knob is bisected to the cheapest setting (least mean density_total over
// the inputs) whose head-mean rel_err is within the target on every
// calibration input; for a target cost (-density) to the largest setting
// whose density_total is within it on every input. The family that meets
// the target cheapest (or, for a cost target, with the least error) wins.
// Every evaluation is `attnc run -device ref -check` on one input (the
// interpreter: the semantics every backend is held to; the dense
// reference is cached per input), so a search is deterministic.

// tuneFamily is one family of schedules with one knob.
type tuneFamily struct {
	name   string
	knob   string  // "ρ", "τ", "ε" or "k" (a count, rounded), for reports
	lo, hi float64 // the knob's search range; cost grows from lo to hi
	sched  string  // the schedule after tile(...), the knob as %.4g
}

// perHeadKnob says whether f's knob is a budget's density, which
// budget(density: [ρ₀, ρ₁, …]) sets per head.
func (f tuneFamily) perHeadKnob() bool { return strings.Contains(f.sched, "budget(density: %.4g") }

// body is the family's schedule at knob x.
func (f tuneFamily) body(x float64) string { return fmt.Sprintf(f.sched, x) }

// keep is what every family forces.
const keep = "keep: [sink, diagonal]"

// tuneFamilies is the search space, in the order reports list it.
var tuneFamilies = []tuneFamily{
	{"mean density", "ρ", 0.01, 1, "score(mean); select(density: %.4g, " + keep + ")"},
	{"mean budget", "ρ", 0.01, 1, "score(mean); budget(density: %.4g, " + keep + ")"},
	{"mean budget + compensate", "ρ", 0.01, 1, "score(mean); budget(density: %.4g, " + keep + "); compensate(order: 0)"},
	// The same without the forced sink: on traces whose heads lean on no
	// sink it costs 7–16 % of the head-mean error at equal density (at N =
	// 8192), where a model with a sink loses 3–4× without it
	// (docs/accuracy.md, "What the forced sink and diagonal cost"): the
	// calibration inputs decide.
	{"mean budget (diagonal)", "ρ", 0.01, 1, "score(mean); budget(density: %.4g, keep: [diagonal])"},
	{"mean budget + compensate (diagonal)", "ρ", 0.01, 1, "score(mean); budget(density: %.4g, keep: [diagonal]); compensate(order: 0)"},
	{"bound budget", "ρ", 0.01, 1, "score(bound); budget(density: %.4g, " + keep + ")"},
	{"submean budget", "ρ", 0.01, 1, "score(submean, stride: 16); budget(density: %.4g, " + keep + ")"},
	{"vslash budget", "ρ", 0.01, 1, "score(vslash); budget(density: %.4g, " + keep + ")"},
	{"probe budget", "ρ", 0.01, 1, "score(probe, stride: 16); budget(density: %.4g, " + keep + ")"},
	{"probe max budget", "ρ", 0.01, 1, "score(probe, stride: 16, pool: max); budget(density: %.4g, " + keep + ")"},
	{"xattn mass", "τ", 0.5, 0.9995, "score(antidiagonal, stride: 8); select(mass: %.4g, " + keep + ")"},
	{"pbs mass", "τ", 0.5, 0.9995, "permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: %.4g, keep: [diagonal])"},
	// Every allowed tile in the estimate's order until a computed tile adds
	// less than ε of its rows' normaliser (S2O's loop without its
	// permutation): the stop reads the real scores, so each query tile
	// spends what its attention needs. ε runs from large (cheap) to small.
	{"mean early stop", "ε", 0.1, 1e-4, "score(mean); order(score); early_stop(eps: %.4g)"},
	// The same with the sink tile forced first, before the stop reads
	// anything: a sink's one key is what a tile mean cannot see, and an
	// early stop never reaches a tile its estimate puts last (synthetic
	// inputs: head-mean rel_err 0.32–0.42 without it, 0.045–0.056 with it).
	{"mean early stop (sink)", "ε", 0.1, 1e-4, "score(mean); select(density: 1, " + keep + "); order(score); early_stop(eps: %.4g)"},
	// With a patience of 3: the stop waits for three tiles in a row below
	// ε, so that a tile a poor estimate ranks high but that holds little
	// does not end the loop before the ones behind it (docs/accuracy.md,
	// "A patience for the early stop": free on the calibration traces,
	// pydev8k_L4's error 0.053 → 0.031).
	{"mean early stop (sink; patience 3)", "ε", 0.1, 1e-4, "score(mean); select(density: 1, " + keep + "); order(score); early_stop(eps: %.4g, patience: 3)"},
	{"vslash early stop", "ε", 0.1, 1e-4, "score(vslash); order(score); early_stop(eps: %.4g)"},
	// Per-row selection (docs/passes.md): the blocks per row, and HISA's
	// keys per row inside 16 blocks of 64.
	{"moba gate", "k", 1, 512, "gate(block: 16, top: %.4g, keep: [sink, diagonal, local(4)])"},
	{"hisa tokens", "k", 8, 1024, "gate(block: 64, top: 16, keep: [sink, diagonal, local(1)]); tokens(top: %.4g)"},
	// The same inside 32 blocks of 16, which find single keys that a
	// block of 64's mean dilutes (docs/accuracy.md, "HISA over 16-key blocks").
	{"hisa16 tokens", "k", 8, 512, "gate(block: 16, top: 32, keep: [sink, diagonal, local(4)]); tokens(top: %.4g)"},
}

// knobAt maps u ∈ [0, 1] to the knob: lo·(hi/lo)^u for a density or an
// ε (whose lo is the larger end),
// 1 − (1−lo)·((1−hi)/(1−lo))^u for a mass, rounded to 4 digits (the
// schedule's text).
func (f tuneFamily) knobAt(u float64) float64 {
	x := f.lo * math.Pow(f.hi/f.lo, u)
	if f.knob == "τ" {
		x = 1 - (1-f.lo)*math.Pow((1-f.hi)/(1-f.lo), u)
	}
	if f.knob == "k" {
		return math.Round(x) // a count: top: 13
	}
	v, _ := strconv.ParseFloat(fmt.Sprintf("%.4g", x), 64)
	return v
}

// tunePoint is one setting of a family measured on a set of inputs: the
// worst input's head-mean rel_err and density_total.
type tunePoint struct {
	Family   string    `json:"family"`
	Knob     float64   `json:"knob"`
	Schedule string    `json:"schedule"`
	Err      float64   `json:"err"`       // max over the inputs of rel_err_head_mean
	Cost     float64   `json:"cost"`      // max over the inputs of density_total
	MeanCost float64   `json:"mean_cost"` // mean over the inputs of density_total
	Inputs   []string  `json:"inputs"`
	Errs     []float64 `json:"errs"`  // per input
	Costs    []float64 `json:"costs"` // per input
	Set      string    `json:"set"`   // calibration or validation
}

type tuneFlags struct {
	train, validate string
	err, density    float64
	out, plotPath   string
	families        string
	steps           int
	kernel          string
	json            bool
	oracle          bool
	holdout         bool
	perHead         bool
	headMean        bool
	firstHalf       bool
	margin          float64 // the calibration inputs must meet target·margin
}

// calib is the target the calibration inputs must meet (the target times
// the margin; validation is held to the target itself).
func (t *tuneFlags) calib(x float64) float64 {
	if t.margin > 0 {
		return x * t.margin
	}
	return x
}

func cmdTune(args []string, stdout, stderr io.Writer) error {
	var t tuneFlags
	fs := flag.NewFlagSet("tune", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&t.train, "train", "", "calibration inputs: safetensors files (q, k, v), comma-separated")
	fs.StringVar(&t.validate, "validate", "", "validation inputs the search never sees, comma-separated")
	fs.Float64Var(&t.err, "err", 0, "target: the cheapest schedule (least mean density_total over the calibration inputs) whose head-mean rel_err is at most this on every one")
	fs.Float64Var(&t.density, "density", 0, "target: the most accurate schedule whose density_total is at most this on every calibration input")
	fs.StringVar(&t.out, "o", "", "write the chosen schedule with FILE's kernel to this .attn file")
	fs.StringVar(&t.plotPath, "plot", "", "write a PNG of every setting tried (worst calibration input's error against the cost it is ranked by: the mean over the inputs for -err, the worst for -density)")
	fs.StringVar(&t.families, "families", "", "families to search, comma-separated (default: all; see -h)")
	fs.IntVar(&t.steps, "steps", 7, "bisection steps per family")
	fs.StringVar(&t.kernel, "kernel", "", "the kernel to tune (default: the file's only or first kernel)")
	fs.BoolVar(&t.json, "json", false, "one JSON line per setting measured, then the choice")
	fs.Float64Var(&t.margin, "margin", 1, "calibrate to the target times this (0 < m ≤ 1), so inputs that were not seen keep within the target")
	fs.BoolVar(&t.headMean, "head-mean", false, "with -per-head and -err (one input): choose the heads' densities together so that their mean error meets -err at the least cost, instead of every head meeting it; the cheapest of the budget families in -families")
	fs.BoolVar(&t.firstHalf, "first-half", false, "with -head-mean: calibrate on the first half of the input's tokens, validate on the whole input (whose later queries the search never saw)")
	fs.BoolVar(&t.perHead, "per-head", false, "search each head of each -train input on its own and print what each needs; with -o (one input, one budget family) write its densities as budget(density: [ρ₀, ρ₁, …])")
	fs.BoolVar(&t.holdout, "holdout-heads", false, "split each -train input by heads: the first half calibrates, the second half validates (per-layer tuning where a layer has one trace)")
	fs.BoolVar(&t.oracle, "oracle", false, "with -err: also find, per input, the density the exact block-mass oracle (score(oracle); budget) needs for the head-mean rel_err the choice reaches there, and report the choice's cost over it (issue 15's ratio at equal error)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc tune -train A.safetensors[,...] [-validate C.safetensors[,...]] (-err E | -density D) [flags] FILE\n\nSearches schedules for FILE's kernel (its dense meaning; its own schedule is ignored) on\nthe calibration inputs with the interpreter, checks the choice on the validation inputs,\nand writes it with -o. Families:")
		for _, f := range tuneFamilies {
			fmt.Fprintf(stderr, "  %-26s %s\n", f.name, strings.ReplaceAll(f.sched, "%.4g", f.knob))
		}
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(files) != 1:
		return usagef("tune takes one .attn file")
	case t.train == "":
		return usagef("-train: give the calibration inputs")
	case (t.err > 0) == (t.density > 0):
		return usagef("give one target: -err or -density")
	case t.density > 1:
		return usagef("-density %g: a fraction of dense attention, at most 1", t.density)
	case t.steps < 1 || t.steps > 30:
		return usagef("-steps %d: 1 to 30", t.steps)
	case !(t.margin > 0 && t.margin <= 1):
		return usagef("-margin %g: in (0, 1]", t.margin)
	case t.oracle && t.err == 0:
		return usagef("-oracle compares at equal error: give -err")
	case t.perHead && (t.holdout || t.validate != "" || t.oracle):
		return usagef("-per-head reports per head: it takes no -holdout-heads, -validate or -oracle")
	case t.perHead && t.out != "" && len(splitList(t.train)) != 1:
		return usagef("-per-head -o writes one input's budget per head: give one -train input")
	case t.headMean && (!t.perHead || t.err == 0 || len(splitList(t.train)) != 1):
		return usagef("-head-mean spreads one input's -err over its heads: it needs -per-head, -err and one -train input")
	case t.firstHalf && !t.headMean:
		return usagef("-first-half calibrates -head-mean on half an input: it needs -per-head -head-mean")
	}
	fams, err := t.selectFamilies()
	if err != nil {
		return err
	}
	if t.headMean {
		// Only families whose knob is a budget's density take a list.
		fams = slices.DeleteFunc(fams, func(f tuneFamily) bool { return !f.perHeadKnob() })
		if len(fams) == 0 {
			return usagef(`-head-mean chooses a budget's density per head: -families must name budget families, e.g. "mean budget"`)
		}
	} else if t.perHead && t.out != "" && (len(fams) != 1 || !fams[0].perHeadKnob()) {
		return usagef(`-per-head -o writes one budget family's density per head: name it with -families, e.g. -families "mean budget"`)
	}
	path := files[0]
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	train, validate := splitList(t.train), splitList(t.validate)
	for _, in := range append(append([]string{}, train...), validate...) {
		if _, err := os.Stat(in); err != nil {
			return fmt.Errorf("input %s: %v", in, err)
		}
	}
	if t.holdout {
		dir, err := os.MkdirTemp("", "attnc-tune")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		var calib, held []string
		for _, in := range train {
			c, h, err := splitHeads(in, dir)
			if err != nil {
				return err
			}
			calib, held = append(calib, c), append(held, h)
		}
		train, validate = calib, append(held, validate...)
	}
	progress := !t.json && isTerminal(stderr)
	say := func(format string, args ...any) {
		if progress {
			fmt.Fprintf(stderr, "attnc tune: "+format+"\n", args...)
		}
	}
	measure := func(f tuneFamily, x float64, inputs []string, set string) (*tunePoint, error) {
		p := &tunePoint{Family: f.name, Knob: x, Schedule: "tile(q: 64, k: 64); " + f.body(x), Inputs: inputs, Set: set}
		for _, in := range inputs {
			rep, err := tuneRun(path, t.kernel, in, p.Schedule)
			if err != nil {
				return nil, fmt.Errorf("%s at %s = %.4g on %s: %v", f.name, f.knob, x, in, err)
			}
			p.Errs, p.Costs = append(p.Errs, *rep.RelErrHeadMean), append(p.Costs, rep.DensityTotal)
			p.Err, p.Cost = math.Max(p.Err, *rep.RelErrHeadMean), math.Max(p.Cost, rep.DensityTotal)
			p.MeanCost += rep.DensityTotal / float64(len(inputs))
		}
		if t.json {
			b, _ := json.Marshal(p)
			fmt.Fprintln(stdout, string(b))
		}
		say("%-26s %s=%-7.4g err %.3g cost %.4f (mean %.4f)", f.name, f.knob, x, p.Err, p.Cost, p.MeanCost)
		return p, nil
	}
	search := func(inputs []string) (best *tunePoint, tried []*tunePoint, err error) {
		for _, f := range fams {
			pick, all, err := t.searchFamily(f, func(x float64) (*tunePoint, error) { return measure(f, x, inputs, "calibration") })
			if err != nil {
				return nil, nil, err
			}
			tried = append(tried, all...)
			if pick != nil && (best == nil || t.better(pick, best)) {
				best = pick
			}
		}
		return best, tried, nil
	}
	if t.headMean {
		return t.tuneHeadMean(path, src, train[0], fams, measure, stdout)
	}
	if t.perHead {
		return t.tunePerHead(train, search, stdout, func(f tuneFamily, knobs []float64) error {
			// One budget per head, measured on the whole input and written.
			p, err := t.perHeadPoint(path, train[0], f, knobs, f.name+", per head", "calibration")
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "\nper head together: %s\n  calibration: %s\n", p.Schedule, describePoint(p))
			return t.writeTuned(src, path, p, nil, nil)
		})
	}
	best, tried, err := search(train)
	if err != nil {
		return err
	}
	if !t.json {
		writeTuneTable(stdout, tried, t)
	}
	if t.plotPath != "" {
		if err := writeTunePlot(t.plotPath, tried, t); err != nil {
			return err
		}
	}
	if best == nil {
		return fmt.Errorf("no family meets %s on every calibration input (see the table: the least error reached is the last row of each family)", t.target())
	}
	var val *tunePoint
	if len(validate) > 0 {
		f := familyNamed(best.Family)
		if val, err = measure(f, best.Knob, validate, "validation"); err != nil {
			return err
		}
	}
	var ratios []oracleRatio
	if t.oracle {
		for _, p := range []*tunePoint{best, val} {
			if p == nil {
				continue
			}
			for i, in := range p.Inputs {
				// At equal error, as issue 15 measures it: the density
				// the oracle needs for the error the choice reached on
				// this input (below the target where it overshoots,
				// above it where it misses).
				d, knob, err := t.oracleDensity(path, in, p.Errs[i])
				if err != nil {
					return err
				}
				ratios = append(ratios, oracleRatio{Input: in, Set: p.Set, Err: p.Errs[i], Cost: p.Costs[i], Oracle: d, OracleKnob: knob, Ratio: p.Costs[i] / d})
				say("oracle on %s: density %.4f for head-mean rel_err %.3g", shortName(in), d, p.Errs[i])
			}
		}
	}
	if t.json {
		b, _ := json.Marshal(map[string]any{"choice": best, "validation": val, "oracle": ratios})
		fmt.Fprintln(stdout, string(b))
	} else {
		fmt.Fprintf(stdout, "\nchosen for %s: %s (%s)\n  calibration: %s\n", t.target(), best.Schedule, best.Family, describePoint(best))
		if val != nil {
			fmt.Fprintf(stdout, "  validation:  %s\n", describePoint(val))
			if miss := t.misses(val); miss != "" {
				fmt.Fprintf(stdout, "  warning: on the validation inputs it misses the target: %s\n", miss)
			}
		} else {
			fmt.Fprintln(stdout, "  validation:  none (-validate): the numbers above are what it was tuned on")
		}
		for _, r := range ratios {
			fmt.Fprintf(stdout, "  oracle (%s) %s: density %.4f for the same head-mean rel_err %.3g; the choice costs %.2f× that\n", r.Set, shortName(r.Input), r.Oracle, r.Err, r.Ratio)
		}
	}
	return t.writeTuned(src, path, best, val, ratios)
}

// oracleRatio is the choice's cost on one input over the density the
// exact block-mass oracle needs there for the same head-mean rel_err.
type oracleRatio struct {
	Input  string  `json:"input"`
	Set    string  `json:"set"`
	Err    float64 `json:"err"` // the choice's head-mean rel_err there, the oracle's target
	Cost   float64 `json:"cost"`
	Oracle float64 `json:"oracle_density"`
	// OracleKnob is the oracle's budget(density: ρ) that computes Oracle.
	OracleKnob float64 `json:"oracle_knob"`
	Ratio      float64 `json:"ratio"`
}

// oracleDensity bisects the oracle's budget on one input for head-mean
// rel_err ≤ target and returns the density it computes there (the
// oracle's scoring is a measuring device, not a cost: its density, not
// density_total), and the budget's ρ that gives it.
func (t *tuneFlags) oracleDensity(path, input string, target float64) (float64, float64, error) {
	f := tuneFamily{name: "oracle budget", knob: "ρ", lo: 0.01, hi: 1, sched: "score(oracle); budget(density: %.4g)"}
	eval := func(x float64) (*tunePoint, error) {
		s := "tile(q: 64, k: 64); " + f.body(x)
		rep, err := tuneRun(path, t.kernel, input, s)
		if err != nil {
			return nil, fmt.Errorf("oracle at ρ = %.4g on %s: %v", x, input, err)
		}
		return &tunePoint{Family: f.name, Knob: x, Schedule: s, Err: *rep.RelErrHeadMean, Cost: rep.Density, MeanCost: rep.Density}, nil
	}
	o := tuneFlags{err: target, steps: t.steps}
	p, _, err := o.searchFamily(f, eval)
	if err != nil {
		return 0, 0, err
	}
	if p == nil {
		return 1, 1, nil // not even dense meets it (the target is below rounding): dense
	}
	return p.Cost, p.Knob, nil
}

// splitHeads writes input's first ⌈H/2⌉ heads and its other heads to two
// files in dir, named after it with ".calibration" and ".held-out".
func splitHeads(input, dir string) (string, string, error) {
	out, err := headParts(input, dir, "-holdout-heads", func(heads int) [][2]int {
		return [][2]int{{0, (heads + 1) / 2}, {(heads + 1) / 2, heads}}
	}, func(i int) string { return []string{"calibration", "held-out"}[i] })
	if err != nil {
		return "", "", err
	}
	return out[0], out[1], nil
}

// headParts writes the head ranges parts(H) of input (every tensor [H, N,
// D] with one H ≥ 2) to files in dir named after it and name(i).
func headParts(input, dir, flag string, parts func(int) [][2]int, name func(int) string) ([]string, error) {
	f, err := runtime.ReadSafetensorsFile(input)
	if err != nil {
		return nil, err
	}
	heads := -1
	for _, n := range f.Names {
		s := f.Tensors[n].Shape
		if len(s) != 3 || heads >= 0 && s[0] != heads {
			return nil, fmt.Errorf("%s: %s needs tensors [H, N, D] with one H; %s is %v", input, flag, n, s)
		}
		heads = s[0]
	}
	if heads < 2 {
		return nil, fmt.Errorf("%s: %s needs at least 2 heads, the file has %d", input, flag, heads)
	}
	base := strings.TrimSuffix(filepath.Base(input), ".safetensors")
	var out []string
	for i, r := range parts(heads) {
		ts := map[string]*runtime.Tensor{}
		for _, n := range f.Names {
			x := f.Tensors[n]
			per := len(x.Data) / heads
			ts[n] = &runtime.Tensor{DType: x.DType, Shape: []int{r[1] - r[0], x.Shape[1], x.Shape[2]}, Data: x.Data[r[0]*per : r[1]*per]}
		}
		path := filepath.Join(dir, base+"."+name(i)+".safetensors")
		if err := writeFileAtomic(path, func(w io.Writer) error { return runtime.WriteSafetensors(w, f.Names, ts, f.Metadata) }); err != nil {
			return nil, err
		}
		out = append(out, path)
	}
	return out, nil
}

// tunePerHead searches every head of every input on its own and prints
// what each needs.
func (t *tuneFlags) tunePerHead(train []string, search func([]string) (*tunePoint, []*tunePoint, error), stdout io.Writer, write func(tuneFamily, []float64) error) error {
	dir, err := os.MkdirTemp("", "attnc-tune")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	type row struct {
		head string
		pick *tunePoint
	}
	var rows []row
	for _, in := range train {
		files, err := eachHead(in, dir, "-per-head")
		if err != nil {
			return err
		}
		for _, f := range files {
			pick, _, err := search([]string{f})
			if err != nil {
				return err
			}
			rows = append(rows, row{shortName(f), pick})
		}
	}
	if t.json {
		out := map[string]*tunePoint{}
		for _, r := range rows {
			out[r.head] = r.pick
		}
		b, _ := json.Marshal(map[string]any{"per_head": out})
		fmt.Fprintln(stdout, string(b))
	} else {
		fmt.Fprintf(stdout, "per head, target %s:\n\n| head | chosen | knob | err | cost |\n|---|---|---|---|---|\n", t.target())
		for _, r := range rows {
			if r.pick == nil {
				fmt.Fprintf(stdout, "| %s | none meets it | | | |\n", r.head)
				continue
			}
			fmt.Fprintf(stdout, "| %s | %s | %s = %.4g | %.3g | %.4f |\n", r.head, r.pick.Family, familyNamed(r.pick.Family).knob, r.pick.Knob, r.pick.Err, r.pick.Cost)
		}
	}
	if t.out == "" {
		return nil
	}
	// -o (one input, one budget family): the heads' densities as one
	// schedule.
	knobs := make([]float64, len(rows))
	for i, r := range rows {
		if r.pick == nil {
			return fmt.Errorf("%s: no density meets %s, so there is no schedule to write", r.head, t.target())
		}
		knobs[i] = r.pick.Knob
	}
	return write(familyNamed(rows[0].pick.Family), knobs)
}

// tuneRun measures schedule on one input with the interpreter.
func tuneRun(path, kernel, input, schedule string) (*report, error) {
	args := []string{"-device", "ref", "-check", "-json", "-inputs", input, "-passes", schedule}
	if kernel != "" {
		args = append(args, "-kernel", kernel)
	}
	var out, errb bytes.Buffer
	if err := cmdRun(append(args, path), &out, &errb); err != nil {
		return nil, err
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		return nil, fmt.Errorf("reading the run's report: %v", err)
	}
	if rep.RelErrHeadMean == nil {
		return nil, fmt.Errorf("no finite head-mean rel_err (%v)", rep.NonFiniteFields)
	}
	return &rep, nil
}

// searchFamily bisects f's knob for t's target and returns the setting it
// picks (nil: none meets the target) and every setting it measured.
func (t *tuneFlags) searchFamily(f tuneFamily, eval func(float64) (*tunePoint, error)) (*tunePoint, []*tunePoint, error) {
	var all []*tunePoint
	ok := func(p *tunePoint) bool {
		if t.err > 0 {
			return p.Err <= t.calib(t.err)
		}
		return p.Cost <= t.calib(t.density)
	}
	at := func(x float64) (*tunePoint, error) {
		p, err := eval(x)
		if err == nil {
			all = append(all, p)
		}
		return p, err
	}
	// The bisection runs on u ∈ [0, 1], geometric in the knob (ρ) or in
	// 1 − τ (τ): error and cost change by factors, most steeply near τ = 1.
	lo, hi := 0.0, 1.0
	// For an error target the cheapest passing setting: the top must pass
	// (else nothing does); for a cost target the largest passing setting:
	// the bottom must pass.
	end := hi
	if t.density > 0 {
		end = lo
	}
	p, err := at(f.knobAt(end))
	if err != nil {
		return nil, all, err
	}
	if !ok(p) {
		return nil, all, nil
	}
	pick := p
	for range t.steps {
		mid := (lo + hi) / 2
		p, err := at(f.knobAt(mid))
		if err != nil {
			return nil, all, err
		}
		switch {
		case ok(p) && t.err > 0: // passes: try cheaper
			hi, pick = mid, t.pickOf(pick, p)
		case ok(p): // within the cost: try more
			lo, pick = mid, t.pickOf(pick, p)
		case t.err > 0: // fails the error: more
			lo = mid
		default: // over the cost: less
			hi = mid
		}
	}
	return pick, all, nil
}

// pickOf is the better of two passing settings of one family.
func (t *tuneFlags) pickOf(a, b *tunePoint) *tunePoint {
	if t.better(b, a) {
		return b
	}
	return a
}

// better says whether passing setting a beats b: cheaper for an error
// target, more accurate for a cost target (ties: the other measure).
//
// For an error target "cheaper" is the mean density_total over the
// inputs, not the worst: the inputs stand for the layers of a model, and
// what a model pays is the sum of its layers. A schedule whose cost
// adapts to each layer (a mass threshold, an early stop) spends what each
// needs, and ranking by the worst input would charge it the hardest
// layer's cost on every other (docs/accuracy.md, "An early stop meets
// 10⁻²"). A cost target stays a cap on every input.
func (t *tuneFlags) better(a, b *tunePoint) bool {
	if t.err > 0 {
		return a.MeanCost < b.MeanCost || a.MeanCost == b.MeanCost && a.Err < b.Err
	}
	return a.Err < b.Err || a.Err == b.Err && a.Cost < b.Cost
}

// plotCost is what p's cost is ranked by: the mean over the inputs for an
// error target, the worst for a cost target (better).
func (t *tuneFlags) plotCost(p *tunePoint) float64 {
	if t.err > 0 {
		return p.MeanCost
	}
	return p.Cost
}

// misses names the inputs of p where the target fails ("" if none).
func (t *tuneFlags) misses(p *tunePoint) string {
	var out []string
	for i, in := range p.Inputs {
		switch {
		case t.err > 0 && p.Errs[i] > t.err:
			out = append(out, fmt.Sprintf("%s err %.3g > %g", shortName(in), p.Errs[i], t.err))
		case t.density > 0 && p.Costs[i] > t.density:
			out = append(out, fmt.Sprintf("%s cost %.4f > %g", shortName(in), p.Costs[i], t.density))
		}
	}
	return strings.Join(out, "; ")
}

func (t *tuneFlags) target() string {
	s := fmt.Sprintf("density_total ≤ %g", t.density)
	if t.err > 0 {
		s = fmt.Sprintf("head-mean rel_err ≤ %g", t.err)
	}
	if t.margin > 0 && t.margin < 1 {
		s += fmt.Sprintf(" (calibrated to %.3g)", t.calib(math.Max(t.err, t.density)))
	}
	return s
}

func (t *tuneFlags) selectFamilies() ([]tuneFamily, error) {
	if t.families == "" {
		return tuneFamilies, nil
	}
	var out []tuneFamily
	for _, name := range splitList(t.families) {
		f := familyNamed(name)
		if f.name == "" {
			var names []string
			for _, f := range tuneFamilies {
				names = append(names, f.name)
			}
			return nil, usagef("-families: no family %q (there are: %s)", name, strings.Join(names, ", "))
		}
		out = append(out, f)
	}
	return out, nil
}

func familyNamed(name string) tuneFamily {
	for _, f := range tuneFamilies {
		if f.name == name {
			return f
		}
	}
	return tuneFamily{}
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func describePoint(p *tunePoint) string {
	var parts []string
	for i, in := range p.Inputs {
		parts = append(parts, fmt.Sprintf("%s err %.3g cost %.4f", shortName(in), p.Errs[i], p.Costs[i]))
	}
	return fmt.Sprintf("worst err %.3g, worst cost %.4f, mean cost %.4f (%s)", p.Err, p.Cost, p.MeanCost, strings.Join(parts, "; "))
}

func shortName(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[i+1:]
	}
	return strings.TrimSuffix(path, ".safetensors")
}

func writeTuneTable(w io.Writer, tried []*tunePoint, t tuneFlags) {
	fmt.Fprintf(w, "target %s on every calibration input; err: worst head-mean rel_err, cost: worst density_total, mean cost: its mean over the inputs (what an error target ranks by)\n\n", t.target())
	fmt.Fprintln(w, "| family | knob | err | cost | mean cost | meets |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	sorted := append([]*tunePoint{}, tried...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Family != sorted[j].Family {
			return familyIndex(sorted[i].Family) < familyIndex(sorted[j].Family)
		}
		return sorted[i].Knob < sorted[j].Knob
	})
	for _, p := range sorted {
		meets := p.Err <= t.calib(t.err)
		if t.density > 0 {
			meets = p.Cost <= t.calib(t.density)
		}
		fmt.Fprintf(w, "| %s | %s = %.4g | %.3g | %.4f | %.4f | %v |\n", p.Family, familyNamed(p.Family).knob, p.Knob, p.Err, p.Cost, p.MeanCost, meets)
	}
}

func familyIndex(name string) int {
	for i, f := range tuneFamilies {
		if f.name == name {
			return i
		}
	}
	return len(tuneFamilies)
}

func writeTunePlot(path string, tried []*tunePoint, t tuneFlags) error {
	var series []plot.Series
	for _, f := range tuneFamilies {
		s := plot.Series{Name: f.name}
		for _, p := range tried {
			if p.Family == f.name {
				s.Points = append(s.Points, plot.Point{X: t.plotCost(p), Y: math.Max(p.Err, 1e-6)})
			}
		}
		if len(s.Points) > 0 {
			series = append(series, s)
		}
	}
	xl := "worst density_total"
	if t.err > 0 {
		xl = "mean density_total"
	}
	return writeFileAtomic(path, func(w io.Writer) error {
		return plot.WriteFrontier(w, series, plot.FrontierOptions{
			Title:  "attnc tune: " + strings.ReplaceAll(t.target(), "≤", "<="), // the plot's font is ASCII
			XLabel: xl,
			YLabel: "worst head-mean rel_err",
		})
	})
}

// tunedSource is FILE's text up to its first schedule block, with the
// chosen schedule after it and a comment saying what it was measured to
// do; it is compiled before it is returned, so what -o writes runs.
func tunedSource(src []byte, path string, best, val *tunePoint, ratios []oracleRatio, t tuneFlags) (string, error) {
	text := string(src)
	if i := strings.Index(text, "\nschedule "); i >= 0 {
		text = text[:i+1]
	}
	text = strings.TrimRight(text, "\n") + "\n"
	prog, err := frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
	if err != nil {
		return "", err
	}
	name := prog.Module.Funcs[0].Name
	if t.kernel != "" {
		name = t.kernel
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Chosen by attnc tune for %s (%s).\n", t.target(), best.Family)
	fmt.Fprintf(&b, "// Calibration: %s.\n", describePoint(best))
	if val != nil {
		fmt.Fprintf(&b, "// Validation (not tuned on): %s.\n", describePoint(val))
		if miss := t.misses(val); miss != "" {
			fmt.Fprintf(&b, "// It misses the target there: %s.\n", miss)
		}
	} else {
		b.WriteString("// No validation inputs: the numbers above are the ones it was tuned on.\n")
	}
	for _, r := range ratios {
		fmt.Fprintf(&b, "// Against the block-mass oracle on %s (%s): %.2f× its density %.4f for the same error (%.3g).\n", shortName(r.Input), r.Set, r.Ratio, r.Oracle, r.Err)
	}
	b.WriteString(text)
	fmt.Fprintf(&b, "schedule %s {\n", name)
	for _, call := range strings.Split(best.Schedule, "; ") {
		fmt.Fprintf(&b, "    %s\n", call)
	}
	b.WriteString("}\n")
	out := b.String()
	if _, err := frontend.Compile(path, []byte(out), frontend.Options{CheckPass: passes.Check}); err != nil {
		return "", fmt.Errorf("internal error: the tuned file does not compile: %v", err)
	}
	return out, nil
}
