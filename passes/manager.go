package passes

import (
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/attnc/attnc/ir"
)

// Options control a pipeline run (the driver flags of DESIGN §4).
type Options struct {
	PrintAfterAll bool
	PrintAfter    []string  // pass names
	VerifyEach    bool      // run ir.Verify after every pass
	TimePasses    bool      // print a timing table to Out at the end
	Out           io.Writer // printed IR and timings (nil: discarded)
	Debug         io.Writer // the passes' debug streams (nil: discarded)
}

// Step is one pass invocation in a pipeline.
type Step struct {
	Pass *Pass
	Args Args
}

// Pipeline builds the pass list for one kernel: the required early passes,
// the schedule in the order written, then the required late passes. It
// checks every schedule line against its pass's schema and the ordering
// constraints.
func Pipeline(schedule []ir.PassCall) ([]Step, error) {
	var errs ir.ErrorList
	var steps []Step
	for _, p := range All() {
		if p.Phase == Early {
			steps = append(steps, Step{Pass: p})
		}
	}
	for _, call := range schedule {
		p, e := resolve(call)
		errs = append(errs, e...)
		if p == nil || len(e) > 0 {
			continue
		}
		a, _ := bindArgs(p, call)
		steps = append(steps, Step{Pass: p, Args: a})
	}
	for _, p := range All() {
		if p.Phase == Late {
			steps = append(steps, Step{Pass: p})
		}
	}
	if len(errs) == 0 {
		for _, c := range Constraints() {
			bi := slices.IndexFunc(steps, func(s Step) bool { return s.Pass.Name == c.Before })
			ai := slices.IndexFunc(steps, func(s Step) bool { return s.Pass.Name == c.After })
			if bi >= 0 && ai >= 0 && ai < bi {
				pos := steps[ai].Args.Call.Pos
				errs.Add(pos, "%s must run before %s: %s", c.Before, c.After, c.Why)
			}
		}
	}
	return steps, errs.Err()
}

// Timing is the time one pass took over all kernels.
type Timing struct {
	Pass  string
	Total time.Duration
	Runs  int
}

// Run compiles f through steps. User errors come back as they are; a panic
// inside a pass becomes "internal compiler error during PASS while compiling
// KERNEL" with the stack, so compiler bugs never look like user errors.
func Run(f *ir.Func, steps []Step, opts *Options) (timings []Timing, err error) {
	if opts == nil {
		opts = &Options{}
	}
	for _, st := range steps {
		start := time.Now()
		if err := runOne(f, st, opts); err != nil {
			return timings, err
		}
		timings = append(timings, Timing{Pass: st.Pass.Name, Total: time.Since(start), Runs: 1})
		if opts.VerifyEach {
			if err := ir.VerifyFunc(f); err != nil {
				return timings, fmt.Errorf("internal compiler error: IR invalid after %s while compiling %s:\n%v", st.Pass.Name, f.Name, err)
			}
		}
		if opts.Out != nil && (opts.PrintAfterAll || slices.Contains(opts.PrintAfter, st.Pass.Name)) {
			fmt.Fprintf(opts.Out, "// after %s\n%s", st.Pass.Name, f)
		}
	}
	return timings, nil
}

func runOne(f *ir.Func, st Step, opts *Options) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal compiler error during %s while compiling %s: %v\n%s", st.Pass.Name, f.Name, r, debug.Stack())
		}
	}()
	a := st.Args
	if a.named == nil {
		a.named = map[string]ir.PassValue{}
		a.Call.Name = st.Pass.Name
	}
	if lens := f.KeyLengths(); lens != nil && !st.Pass.Required() && !st.Pass.KeyLengths {
		return Errorf(a, "%s: kernel %s has key lengths (%s: %s at %s), which %s does not take yet; the schedule passes that do: %s", st.Pass.Name, f.Name, lens.Name, lens.Type, lens.Pos.Short(), st.Pass.Name, strings.Join(keyLengthPasses(), ", "))
	}
	if opts.Debug != nil {
		a.log = func(format string, args ...any) {
			fmt.Fprintf(opts.Debug, "%s: %s: %s\n", st.Pass.Name, f.Name, fmt.Sprintf(format, args...))
		}
	}
	return st.Pass.Run(f, a)
}

// CompileModule runs the pipeline on every func of m. schedules maps a
// kernel name to its schedule (nil: no schedule); override, when non-nil,
// replaces every kernel's schedule (the -passes flag).
func CompileModule(m *ir.Module, schedules map[string][]ir.PassCall, override []ir.PassCall, opts *Options) error {
	if opts == nil {
		opts = &Options{}
	}
	total := map[string]*Timing{}
	var order []string
	for _, f := range m.Funcs {
		sched := schedules[f.Name]
		if override != nil {
			sched = override
		}
		steps, err := Pipeline(sched)
		if err != nil {
			return err
		}
		ts, err := Run(f, steps, opts)
		for _, t := range ts {
			if total[t.Pass] == nil {
				total[t.Pass] = &Timing{Pass: t.Pass}
				order = append(order, t.Pass)
			}
			total[t.Pass].Total += t.Total
			total[t.Pass].Runs++
		}
		if err != nil {
			return err
		}
	}
	if opts.TimePasses && opts.Out != nil {
		writeTimings(opts.Out, order, total)
	}
	return nil
}

func writeTimings(w io.Writer, order []string, total map[string]*Timing) {
	var sum time.Duration
	for _, t := range total {
		sum += t.Total
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// %-16s %10s %6s %5s\n", "pass", "time", "share", "runs")
	names := append([]string(nil), order...)
	sort.SliceStable(names, func(i, j int) bool { return total[names[i]].Total > total[names[j]].Total })
	for _, n := range names {
		t := total[n]
		share := 0.0
		if sum > 0 {
			share = 100 * float64(t.Total) / float64(sum)
		}
		fmt.Fprintf(&b, "// %-16s %10s %5.1f%% %5d\n", n, t.Total.Round(time.Microsecond), share, t.Runs)
	}
	fmt.Fprintf(&b, "// %-16s %10s\n", "total", sum.Round(time.Microsecond))
	io.WriteString(w, b.String())
}

// keyLengthPasses lists the schedule passes that keep key lengths.
func keyLengthPasses() []string {
	var names []string
	for _, p := range All() {
		if !p.Required() && p.KeyLengths {
			names = append(names, p.Name)
		}
	}
	return names
}
