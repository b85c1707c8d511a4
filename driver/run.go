package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/synthetic"
)

type runFlags struct {
	driverFlags
	device   string
	inputs   string
	n        int
	heads    int
	kvHeads  int
	dims     string
	seed     uint64
	check    bool
	ref      bool
	json     bool
	out      string
	workers  int
	plot     string
	label    string
	repeat   int
	synth    uint64
	synthSet bool
	progress bool
	last     int   // -last-queries: keep the last rows of the query inputs
	lens     []int // -lens: the key lengths of a kernel with a KV cache (keylens.go)
}

func cmdRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var r runFlags
	r.register(fs)
	fs.StringVar(&r.device, "device", "ref", "where to run: "+deviceNames(func(*device) bool { return true }))
	fs.IntVar(&r.repeat, "repeat", 1, "-device cpu, cuda: run the kernel this many times and report the median time")
	fs.StringVar(&r.inputs, "inputs", "", "safetensors file with one tensor per kernel parameter, [H,N,D] or [1,H,N,D]")
	fs.IntVar(&r.n, "n", 1024, "sequence length N for random inputs")
	fs.IntVar(&r.heads, "heads", 4, "query heads H for random inputs")
	fs.IntVar(&r.kvHeads, "kv-heads", 0, "key/value heads G for random inputs (default: H/4 when the kernel uses G)")
	fs.StringVar(&r.dims, "dims", "", "other run-time dims for random inputs, e.g. M=512,B=2")
	fs.Uint64Var(&r.seed, "seed", 1, "seed for random inputs")
	fs.Func("lens", "key lengths of a kernel with a KV cache (lens: i32[B]), one per sequence, e.g. 100,2000,37 (default: every sequence holds the whole cache; with -inputs: the file's tensor, unless given)", func(s string) (err error) {
		r.lens, err = parseLens(s)
		return err
	})
	fs.BoolVar(&r.check, "check", false, "compare with the dense float64 result (rel_err, mass_recall) and, off -device ref, with the interpreter's run of the same program (as -ref)")
	fs.BoolVar(&r.ref, "ref", false, "also run the float64 interpreter on the same program: ref_diff (the device's output against it) and ref_match (the same tiles visited)")
	fs.BoolVar(&r.json, "json", false, "print one JSON object")
	fs.StringVar(&r.label, "label", "", "a label copied into the JSON object (attnc frontier groups runs by it)")
	fs.StringVar(&r.out, "o", "", "write the output tensor to this .safetensors file")
	fs.IntVar(&r.workers, "workers", 0, "goroutines (default: GOMAXPROCS)")
	fs.IntVar(&r.last, "last-queries", 0, "with -inputs and a kernel whose queries have a dim of their own (q: [H, M, d]): keep the last M rows of the query inputs, e.g. 1 for the decode step after the input's keys")
	fs.StringVar(&r.plot, "plot", "", "draw each head's block scores, selected tiles, order and stop point into this PNG")
	fs.Func("synthetic", "synthetic inputs with the structure real attention shows (see docs/synthetic.md), from this seed", func(s string) error {
		n, err := strconv.ParseUint(s, 10, 64)
		r.synth, r.synthSet = n, true
		return err
	})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc run [flags] FILE\n\nRuns one kernel of FILE on random inputs or on -inputs.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("want one file, got %d", len(files))
	}
	if err := dimsAgree(fs, r.dims); err != nil {
		return err
	}
	if _, err := lookupDevice(r.device); err != nil {
		return err
	}
	if r.repeat < 1 {
		return usagef("-repeat %d: want at least 1", r.repeat)
	}
	if r.last < 0 || r.last > 0 && r.inputs == "" {
		return usagef("-last-queries %d: keeps the last rows of -inputs' queries (≥ 1, with -inputs); random queries take their number from -dims", r.last)
	}
	if r.inputs != "" {
		var conflict string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "n", "heads", "kv-heads", "dims", "seed", "synthetic":
				if conflict == "" {
					conflict = f.Name
				}
			}
		})
		if conflict != "" {
			return usagef("-%s: -inputs gives the inputs and their sizes; -n, -heads, -kv-heads, -dims, -seed and -synthetic make random ones", conflict)
		}
	}
	r.progress = !r.json && isTerminal(stderr)
	return run(files[0], &r, stdout, stderr)
}

// report is the JSON object of DESIGN §9.
type report struct {
	Label        string   `json:"label,omitempty"`
	Kernel       string   `json:"kernel"`
	Schedule     string   `json:"schedule"`
	Device       string   `json:"device"`
	N            int      `json:"n"`
	M            int      `json:"m,omitempty"` // queries, when not N: query row i sits at key position i + N − M
	Heads        int      `json:"heads"`
	KVHeads      int      `json:"kv_heads"`
	HeadDim      int      `json:"head_dim"`
	Lens         []int    `json:"lens,omitempty"` // key lengths, per sequence, of a cache of N keys (docs/dsl.md, "KV caches")
	Density      float64  `json:"density"`
	DensityTotal float64  `json:"density_total"`
	RefDiff      *float64 `json:"ref_diff,omitempty"`
	RefMatch     *bool    `json:"ref_match,omitempty"`
	RelErr       *float64 `json:"rel_err,omitempty"`
	// The per-head rel_errs' mean and largest (and its head): a pooled
	// error hides a head that carries most of it.
	RelErrHeadMean  *float64           `json:"rel_err_head_mean,omitempty"`
	RelErrHeadMax   *float64           `json:"rel_err_head_max,omitempty"`
	RelErrWorstHead *int               `json:"rel_err_worst_head,omitempty"`
	MassRecall      *float64           `json:"mass_recall,omitempty"`
	TilesVisited    int64              `json:"tiles_visited"`
	EarlyStops      int64              `json:"early_stops"`
	TimeMS          float64            `json:"time_ms"`
	StageMS         map[string]float64 `json:"stage_ms"`
	DeviceMB        float64            `json:"device_mb,omitempty"` // the device buffers' peak (cuda)
	PerHead         []headReport       `json:"per_head"`
	// NaNs and infinities (nonfinite.go): in each input and the output,
	// and the fields above written as null because they are not finite.
	NonFiniteInputs map[string]*nonFinite `json:"nonfinite_inputs,omitempty"`
	NonFiniteOutput *nonFinite            `json:"nonfinite_output,omitempty"`
	NonFiniteFields map[string]string     `json:"nonfinite_fields,omitempty"`
}

type headReport struct {
	Density      float64  `json:"density"`
	DensityTotal float64  `json:"density_total"`
	RelErr       *float64 `json:"rel_err,omitempty"`
	MassRecall   *float64 `json:"mass_recall,omitempty"`
}

func run(path string, r *runFlags, stdout, stderr io.Writer) error {
	progress := func(format string, args ...any) {
		if r.progress {
			fmt.Fprintf(stderr, "attnc: "+format+"\n", args...)
		}
	}
	stages := map[string]float64{}
	t0 := time.Now()
	prog, err := compile(path, &r.driverFlags, stdout, stderr)
	if err != nil {
		return err
	}
	stages["compile"] = ms(time.Since(t0))
	f, err := pickKernel(prog.Module, r.kernel, path)
	if err != nil {
		return err
	}
	t0 = time.Now()
	inputs, err := r.loadInputs(f)
	if err != nil {
		return err
	}
	stages["inputs"] = ms(time.Since(t0))
	dims, err := interp.BindDims(f, inputs)
	if err != nil {
		return err
	}
	var ref *interp.Result
	if r.check {
		progress("computing the dense float64 reference (%s)", describeDims(dims))
		t0 = time.Now()
		if ref, err = denseReference(path, f.Name, inputs, r); err != nil {
			return err
		}
		stages["reference"] = ms(time.Since(t0))
	}
	dev, err := lookupDevice(r.device)
	if err != nil {
		return err
	}
	t0 = time.Now()
	exe, err := dev.Build(f, progress)
	if err != nil {
		return err
	}
	defer exe.Close()
	if dev.Name != "ref" {
		stages["build"] = ms(time.Since(t0))
	}
	if x, ok := exe.(*refExec); ok {
		x.reference = ref // mass_recall, measured as the interpreter runs
	}
	progress("running %s on %s (%s)", f.Name, exe.Where(), describeDims(dims))
	m, err := exe.Run(inputs, r.repeat, r.workers)
	if err != nil {
		return err
	}
	maps.Copy(stages, m.StageMS)
	stages["run"] = m.TimeMS
	rep := &report{
		Label: r.label, Kernel: f.Name, Schedule: scheduleText(prog.Schedules[f.Name], &r.driverFlags),
		Device: exe.Where(), Density: m.Density, DensityTotal: m.DensityTotal,
		TilesVisited: m.TilesVisited, EarlyStops: max(m.EarlyStops, 0),
		TimeMS: m.TimeMS, StageMS: stages, PerHead: m.PerHead, DeviceMB: m.DeviceMB,
	}
	rep.N, rep.Heads, rep.KVHeads, rep.HeadDim = shapeOf(f, inputs)
	rep.Lens = lensOf(f, inputs)
	if n := keysOf(f, inputs); n > 0 && n != rep.N {
		rep.M, rep.N = rep.N, n
	}
	// The interpreter runs the same program only when something needs it:
	// ref_diff and ref_match (-ref, -check), mass_recall (-check), the
	// scores and lists a plot draws.
	res := m.Interp
	if res == nil && (r.ref || r.check || r.plot != "") {
		progress("running %s on the float64 interpreter", f.Name)
		t0 = time.Now()
		if res, err = interp.Run(f, inputs, interp.Options{Workers: r.workers, Check: r.check, Reference: ref}); err != nil {
			return err
		}
		stages["ref"] = ms(time.Since(t0))
		diff, err := interp.RelErr(m.Out, res.Out)
		if err != nil {
			return err
		}
		rep.RefDiff = &diff
		if !m.OwnTiles {
			match := m.TilesVisited == res.Stats.TilesVisited && (m.EarlyStops < 0 || m.EarlyStops == res.Stats.EarlyStops)
			rep.RefMatch = &match
		}
	}
	if r.check {
		if err := compare(rep, m.Out, res, ref); err != nil {
			return err
		}
	}
	if r.plot != "" {
		if err := writePlot(r.plot, f, res); err != nil {
			return err
		}
		progress("wrote %s", r.plot)
	}
	if r.out != "" {
		if err := writeOutput(r.out, f, m.Out); err != nil {
			return err
		}
	}
	rep.noteNonFinite(inputs, m.Out)
	if r.json {
		rep.finiteForJSON()
		b, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	printReport(stdout, rep)
	return nil
}

// denseReference compiles the same kernel without its schedule and runs it
// in float64: the result rel_err and mass_recall are measured against.
func denseReference(path, kernel string, inputs map[string]*interp.Tensor, r *runFlags) (*interp.Result, error) {
	dense := r.driverFlags
	dense.passes, dense.passesSet = "", true
	dense.printAfterAll, dense.printAfter, dense.timePasses, dense.debug = false, "", false, false
	prog, err := compile(path, &dense, io.Discard, io.Discard)
	if err != nil {
		return nil, err
	}
	f, err := pickKernel(prog.Module, kernel, path)
	if err != nil {
		return nil, err
	}
	dir := refCacheDir()
	n, heads, _, _ := shapeOf(f, inputs)
	if dir == "" || heads*n*n < minCachedWork {
		return interp.Run(f, inputs, interp.Options{Workers: r.workers})
	}
	dims, err := interp.BindDims(f, inputs)
	if err != nil {
		return nil, err
	}
	outShape := make([]int, f.Result.Type.Rank())
	for i, d := range f.Result.Type.Shape {
		outShape[i] = d.Eval(dims)
	}
	key := refKey(f, inputs)
	if res := loadRef(dir, key, outShape, heads*n); res != nil {
		return res, nil
	}
	res, err := interp.Run(f, inputs, interp.Options{Workers: r.workers})
	if err == nil && len(res.Rows) == heads*n {
		storeRef(dir, key, res)
	}
	return res, err
}

// compare fills rel_err of out against the dense reference and
// mass_recall from the interpreter's run res (overall and per head).
func compare(rep *report, out *interp.Tensor, res, ref *interp.Result) error {
	e, err := interp.RelErr(out, ref.Out)
	if err != nil {
		return err
	}
	mr := res.Stats.MassRecall
	rep.RelErr, rep.MassRecall = &e, &mr
	heads := len(rep.PerHead)
	if heads > 0 && len(out.Data)%heads == 0 {
		n := len(out.Data) / heads
		for h := range rep.PerHead {
			a := &interp.Tensor{Shape: []int{n}, Data: out.Data[h*n : (h+1)*n]}
			b := &interp.Tensor{Shape: []int{n}, Data: ref.Out.Data[h*n : (h+1)*n]}
			he, _ := interp.RelErr(a, b)
			hm := res.Stats.PerHead[h].MassRecall
			rep.PerHead[h].RelErr, rep.PerHead[h].MassRecall = &he, &hm
		}
		headStats(rep)
	}
	return nil
}

// headStats sets the mean and the largest of the per-head rel_errs (a NaN
// head makes both NaN: nonfinite.go reports it).
func headStats(rep *report) {
	var sum float64
	worst := -1
	for h, hr := range rep.PerHead {
		e := *hr.RelErr
		sum += e
		if worst < 0 || e > *rep.PerHead[worst].RelErr || math.IsNaN(e) {
			worst = h
		}
	}
	mean, mx := sum/float64(len(rep.PerHead)), *rep.PerHead[worst].RelErr
	rep.RelErrHeadMean, rep.RelErrHeadMax, rep.RelErrWorstHead = &mean, &mx, &worst
}

func ms(d time.Duration) float64 { return math.Round(float64(d.Microseconds())) / 1000 }

// shapeOf reads N, H, G and the head dim off the first three tensor
// parameters (q, k, v by convention; key lengths aside).
func shapeOf(f *ir.Func, inputs map[string]*interp.Tensor) (n, h, g, d int) {
	params := tensorParams(f)
	if len(params) == 0 {
		return
	}
	q := inputs[params[0].Name]
	if len(q.Shape) == 3 {
		h, n, d = q.Shape[0], q.Shape[1], q.Shape[2]
	}
	g = h
	if len(params) > 1 {
		if k := inputs[params[1].Name]; len(k.Shape) == 3 {
			g = k.Shape[0]
		}
	}
	return
}

// keysOf is the number of keys: the second tensor parameter's rows (N),
// or 0.
func keysOf(f *ir.Func, inputs map[string]*interp.Tensor) int {
	params := tensorParams(f)
	if len(params) < 2 {
		return 0
	}
	if k := inputs[params[1].Name]; len(k.Shape) == 3 {
		return k.Shape[1]
	}
	return 0
}

func describeDims(dims map[string]int) string {
	var parts []string
	for k, v := range dims {
		parts = append(parts, k+"="+strconv.Itoa(v))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func printReport(w io.Writer, r *report) {
	m := ""
	if r.M > 0 {
		m = fmt.Sprintf("M=%d ", r.M)
	}
	fmt.Fprintf(w, "kernel %s on %s: %sN=%d H=%d G=%d D=%d\n", r.Kernel, r.Device, m, r.N, r.Heads, r.KVHeads, r.HeadDim)
	if r.Lens != nil {
		fmt.Fprintf(w, "  lens        %s (keys per sequence, of N)\n", joinInts(r.Lens))
	}
	fmt.Fprintf(w, "  time        %.1f ms\n", r.TimeMS)
	fmt.Fprintf(w, "  density     %.4f (%.4f with scoring)\n", r.Density, r.DensityTotal)
	fmt.Fprintf(w, "  tiles       %d visited, %d early stops\n", r.TilesVisited, r.EarlyStops)
	if r.DeviceMB > 0 {
		fmt.Fprintf(w, "  memory      %.0f MB of device buffers at the peak\n", r.DeviceMB)
	}
	if r.RefDiff != nil {
		fmt.Fprintf(w, "  ref_diff    %.3g\n", *r.RefDiff)
	}
	if r.RefMatch != nil {
		fmt.Fprintf(w, "  ref_match   %v\n", *r.RefMatch)
	}
	if r.RelErr != nil {
		fmt.Fprintf(w, "  rel_err     %.3g", *r.RelErr)
		if r.RelErrHeadMean != nil && r.RelErrHeadMax != nil && len(r.PerHead) > 1 {
			fmt.Fprintf(w, " pooled, %.3g head mean, %.3g worst (head %d)", *r.RelErrHeadMean, *r.RelErrHeadMax, *r.RelErrWorstHead)
		}
		fmt.Fprintf(w, "\n  mass_recall %.4f\n", *r.MassRecall)
	}
	printNonFinite(w, r)
}

// loadInputs reads -inputs or makes random ones, as float64 tensors named
// after the parameters, each rounded to its parameter's element type.
func (r *runFlags) loadInputs(f *ir.Func) (map[string]*interp.Tensor, error) {
	if r.inputs != "" {
		inputs, err := readInputs(r.inputs, f, r.lens, r.checkSize)
		if err != nil || r.last == 0 {
			return inputs, err
		}
		return lastQueries(f, inputs, r.last)
	}
	dims, err := r.randomDims(f)
	if err != nil {
		return nil, err
	}
	if err := r.checkSize(f, dims); err != nil {
		return nil, err
	}
	if r.synthSet {
		return r.syntheticInputs(f, dims)
	}
	rng := rand.New(rand.NewPCG(r.seed, 0x61747463))
	inputs := map[string]*interp.Tensor{}
	for _, p := range f.Params {
		if ir.IsKeyLengths(p.Type) {
			if inputs[p.Name], err = lensInput(f, r.lens, dims); err != nil {
				return nil, err
			}
			continue
		}
		shape := make([]int, p.Type.Rank())
		for i, d := range p.Type.Shape {
			if d.Sym == "" {
				shape[i] = d.Size
			} else {
				shape[i] = dims[d.Sym]
			}
		}
		t := interp.NewTensor(shape...)
		for i := range t.Data {
			t.Data[i] = roundTo(p.Type.DType, rng.NormFloat64())
		}
		inputs[p.Name] = t
	}
	return inputs, nil
}

// checkSize refuses a run of f at dims that would not fit (limits.go),
// before anything is allocated.
func (r *runFlags) checkSize(f *ir.Func, dims map[string]int) error {
	interp := r.device == "ref" || r.ref || r.check || r.plot != ""
	return checkRunSize(f, dims, interp, r.check, r.device != "ref")
}

// randomDims binds N to -n, H to -heads, G to -kv-heads and the rest to -dims.
func (r *runFlags) randomDims(f *ir.Func) (map[string]int, error) {
	dims := map[string]int{"N": r.n, "H": r.heads}
	g := r.kvHeads
	if g == 0 {
		g = max(r.heads/4, 1)
	}
	dims["G"] = g
	dimsSet := map[string]bool{}
	if r.dims != "" {
		for _, kv := range strings.Split(r.dims, ",") {
			k, v, ok := strings.Cut(kv, "=")
			n, err := strconv.Atoi(v)
			if !ok || err != nil || n <= 0 {
				return nil, usagef("-dims: bad entry %q, want NAME=SIZE", kv)
			}
			dims[strings.TrimSpace(k)] = n
			dimsSet[strings.TrimSpace(k)] = true
		}
		for k := range dims {
			if k != "N" && k != "H" && k != "G" && !usesDim(f, k) {
				return nil, usagef("-dims: kernel %s has no run-time dim %s", f.Name, k)
			}
		}
	}
	if err := bindLensDim(f, r.lens, dims, dimsSet); err != nil {
		return nil, err
	}
	for _, p := range f.Params {
		for _, d := range p.Type.Shape {
			if d.Sym != "" {
				if _, ok := dims[d.Sym]; !ok {
					return nil, usagef("parameter %s has run-time dim %s: give its size with -dims %s=SIZE", p.Name, d.Sym, d.Sym)
				}
			}
		}
	}
	if r.n <= 0 || r.heads <= 0 {
		return nil, usagef("-n and -heads must be positive")
	}
	if r.kvHeads > 0 && r.kvHeads != r.heads && !usesDim(f, "G") {
		return nil, usagef("-kv-heads %d: kernel %s has no run-time dim G (its k and v have as many heads as q: -heads %d)", r.kvHeads, f.Name, r.heads)
	}
	if dims["H"]%dims["G"] != 0 {
		return nil, usagef("-heads %d is not a multiple of -kv-heads %d", dims["H"], dims["G"])
	}
	return dims, nil
}

// roundTo rounds x to the parameter type dt as the kernels read it.
func roundTo(dt ir.DType, x float64) float64 { return runtime.RoundFloat64(x, runtime.DType(dt)) }

// readInputs reads the tensors of f's parameters from a safetensors file;
// check sees their dims before they are converted to float64.
func readInputs(path string, f *ir.Func, lens []int, check func(*ir.Func, map[string]int) error) (map[string]*interp.Tensor, error) {
	sf, err := runtime.ReadSafetensorsFile(path)
	if err != nil {
		return nil, err
	}
	if err := bindLensDim(f, lens, map[string]int{}, nil); err != nil {
		return nil, err // -lens for a kernel without key lengths
	}
	shapes := map[string]*interp.Tensor{}
	for _, p := range f.Params {
		if ir.IsKeyLengths(p.Type) && lens != nil {
			shapes[p.Name] = &interp.Tensor{Shape: []int{len(lens)}} // -lens, not the file's
			continue
		}
		t := sf.Tensors[p.Name]
		if t == nil && ir.IsKeyLengths(p.Type) {
			return nil, fmt.Errorf("%s: no tensor %q for the key lengths %s: %s; give them with -lens (tensors: %s)", path, p.Name, p.Name, p.Type, strings.Join(sf.Names, ", "))
		}
		if t != nil && ir.IsKeyLengths(p.Type) && t.DType != runtime.I32 {
			return nil, fmt.Errorf("%s: tensor %s is %s; key lengths are i32", path, p.Name, t.DType)
		}
		if t == nil {
			return nil, fmt.Errorf("%s: no tensor %q for parameter %s: %s (tensors: %s)", path, p.Name, p.Name, p.Type, strings.Join(sf.Names, ", "))
		}
		shape := t.Shape
		if len(shape) == p.Type.Rank()+1 && shape[0] == 1 {
			shape = shape[1:]
		}
		if len(shape) != p.Type.Rank() {
			return nil, fmt.Errorf("%s: tensor %s has shape %v, parameter %s wants rank %d (%s) or a leading 1", path, p.Name, t.Shape, p.Name, p.Type.Rank(), p.Type)
		}
		shapes[p.Name] = &interp.Tensor{Shape: append([]int(nil), shape...)}
	}
	dims, err := interp.BindDims(f, shapes)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if err := check(f, dims); err != nil {
		return nil, err
	}
	inputs := map[string]*interp.Tensor{}
	for _, p := range f.Params {
		if ir.IsKeyLengths(p.Type) {
			if lens == nil {
				for _, x := range sf.Tensors[p.Name].Float64s() {
					lens = append(lens, int(x))
				}
			}
			capacity, h, g := keyShape(f, dims)
			if err := checkLens(lens, capacity, h, g); err != nil {
				return nil, fmt.Errorf("%s: key lengths %s: %v", path, p.Name, err)
			}
			inputs[p.Name] = &interp.Tensor{Shape: []int{len(lens)}, Data: toFloats(lens)}
			continue
		}
		t := sf.Tensors[p.Name]
		vals := t.Float64s()
		if dt := ir.DType(t.DType); dt != p.Type.DType {
			for i, x := range vals {
				vals[i] = roundTo(p.Type.DType, x)
			}
		}
		inputs[p.Name] = &interp.Tensor{Shape: shapes[p.Name].Shape, Data: vals}
	}
	return inputs, nil
}

// lastQueries keeps the last m rows of f's query inputs: the parameters
// whose length is the result's (q: [H, M, d] → [H, m, d]), which must be
// a dim the keys do not share, so that the kept rows sit at the keys' end
// (positions N − m … N − 1): a decode step after the input's keys, on a
// trace recorded as a prefill.
func lastQueries(f *ir.Func, inputs map[string]*interp.Tensor, m int) (map[string]*interp.Tensor, error) {
	if f.ResultType.Rank() != 3 {
		return nil, usagef("-last-queries: kernel %s's result is %s, not [H, M, d]", f.Name, f.ResultType)
	}
	qdim := f.ResultType.Shape[1]
	var queries []*ir.Value
	own := false // some parameter (the keys) has a length of its own
	for _, p := range f.Params {
		switch {
		case p.Type.Rank() != 3:
		case p.Type.Shape[1] == qdim:
			queries = append(queries, p)
		default:
			own = true
		}
	}
	if qdim.Sym == "" || !own {
		return nil, usagef("-last-queries: kernel %s's queries and keys share the dim %s; declare the queries with a dim of their own (q: [H, M, d], examples/decode.attn)", f.Name, qdim)
	}
	for _, p := range queries {
		t := inputs[p.Name]
		h, n, d := t.Shape[0], t.Shape[1], t.Shape[2]
		if m > n {
			return nil, usagef("-last-queries %d: %s has %d rows", m, p.Name, n)
		}
		out := interp.NewTensor(h, m, d)
		for i := range h {
			copy(out.Data[i*m*d:(i+1)*m*d], t.Data[(i*n+n-m)*d:(i*n+n)*d])
		}
		inputs[p.Name] = out
	}
	return inputs, nil
}

func writeOutput(path string, f *ir.Func, out *interp.Tensor) error {
	dt := runtime.DType(f.ResultType.DType)
	t, err := runtime.FromFloat64(dt, out.Shape, out.Data)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, func(w io.Writer) error {
		return runtime.WriteSafetensors(w, []string{"out"}, map[string]*runtime.Tensor{"out": t}, map[string]string{"kernel": f.Name})
	})
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// syntheticInputs fills the kernel's q, k and v (its first three
// parameters, [H,M,D] and [G,N,D]) from the synthetic generator. With
// M < N the queries are the last M of N generated ones: query row i sits
// at position i + N − M, where the generator's structure put it.
func (r *runFlags) syntheticInputs(f *ir.Func, dims map[string]int) (map[string]*interp.Tensor, error) {
	params := tensorParams(f) // the key lengths come from -lens
	if len(params) != 3 {
		return nil, fmt.Errorf("-synthetic: kernel %s must take exactly q, k, v (and key lengths); it has %d parameters", f.Name, len(f.Params))
	}
	shapes := make([][]int, 3)
	for i, p := range params {
		if p.Type.Rank() != 3 {
			return nil, fmt.Errorf("-synthetic: parameter %s is %s, want [heads, seq, dim]", p.Name, p.Type)
		}
		shapes[i] = make([]int, 3)
		for j, d := range p.Type.Shape {
			shapes[i][j] = d.Eval(dims)
		}
	}
	m, n := shapes[0][1], shapes[1][1]
	if m > n {
		return nil, fmt.Errorf("-synthetic: %s has %d queries, more than the %d keys of %s: the generator places queries at positions of the keys", params[0].Name, m, n, params[1].Name)
	}
	c := synthetic.Config{Heads: shapes[0][0], KVHeads: shapes[1][0], N: n, D: shapes[0][2], Seed: r.synth}
	q, k, v, err := synthetic.Generate(c)
	if err != nil {
		return nil, fmt.Errorf("-synthetic: %v", err)
	}
	if m < n { // the last m queries of each head
		d := c.D
		last := make([]float64, 0, c.Heads*m*d)
		for h := range c.Heads {
			last = append(last, q[(h*n+n-m)*d:(h+1)*n*d]...)
		}
		q = last
	}
	inputs := map[string]*interp.Tensor{}
	if l := f.KeyLengths(); l != nil {
		if inputs[l.Name], err = lensInput(f, r.lens, dims); err != nil {
			return nil, err
		}
	}
	for i, data := range [][]float64{q, k, v} {
		p := params[i]
		for j, x := range data {
			data[j] = roundTo(p.Type.DType, x)
		}
		inputs[p.Name] = &interp.Tensor{Shape: shapes[i], Data: data}
	}
	return inputs, nil
}

// scheduleText is the schedule a run used, in schedule syntax.
func scheduleText(file []ir.PassCall, d *driverFlags) string {
	calls := file
	if o, err := d.override(); err == nil && o != nil {
		calls = o
	}
	parts := make([]string, len(calls))
	for i, c := range calls {
		parts[i] = c.String()
	}
	return strings.Join(parts, "; ")
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// usesDim says whether a parameter of f has the run-time dim name.
func usesDim(f *ir.Func, name string) bool {
	for _, p := range f.Params {
		for _, d := range p.Type.Shape {
			if d.Sym == name {
				return true
			}
		}
	}
	return false
}

func toFloats(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}
