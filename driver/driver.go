// Package driver is attnc's command line as a library: Main parses the
// arguments and runs check, ir, run or passes. cmd/attnc calls it; so can a
// program that links in its own passes (passes.Register) and wants them
// usable by name from schedules and -passes.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
)

const usage = `attnc compiles sparse attention.

usage:
  attnc check FILE...                 parse, check shapes, verify; errors as file:line:col
  attnc ir [flags] FILE               graph IR after the pipeline (FILE is .attn or IR text)
  attnc gen [-pkg NAME] [-o DIR] FILE write a Go package with a typed API per kernel
  attnc run [flags] FILE              run a kernel; -check compares with dense float64
  attnc bench [flags] FILE            time the generated kernel dense and sparse on synthetic inputs
  attnc passes                        the registered passes, their arguments and docs
  attnc frontier [flags] RUNS.jsonl   accuracy frontiers of labelled runs: tables and a PNG
  attnc tune -train A -validate B (-err E | -density D) [-o OUT.attn] FILE
                                      search schedules on calibration traces, validate, write the choice

Run 'attnc CMD -h' for a command's flags.
`

// Main runs attnc with args (without the program name) and returns the exit
// status: 0 success, 1 a user error (bad input), 2 bad usage (flag parse
// errors included), 3 an internal error — a bug in attnc, a Go panic
// included, which Main recovers and reports with a request to report it.
func Main(args []string, stdout, stderr io.Writer) int {
	return dispatch(commands(), args, stdout, stderr)
}

// A command runs one attnc subcommand on its arguments.
type command func(args []string, stdout, stderr io.Writer) error

func commands() map[string]command {
	return map[string]command{
		"check":    cmdCheck,
		"ir":       cmdIR,
		"run":      cmdRun,
		"passes":   cmdPasses,
		"frontier": cmdFrontier,
		"gen":      cmdGen,
		"bench":    cmdBench,
		"tune":     cmdTune,
	}
}

const pleaseReport = "This is a bug in attnc: please report it with the command line and its input files."

// dispatch runs the command args[0] names and turns its error (or panic)
// into an exit status.
func dispatch(cmds map[string]command, args []string, stdout, stderr io.Writer) (code int) {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		return 0
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "attnc: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "attnc %s: internal error: %v\n\n%s\n%s\n", args[0], p, debug.Stack(), pleaseReport)
			code = 3
		}
	}()
	err := cmd(args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(flagError)):
		return 2 // the flag package printed the error and the flags
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "attnc %s: %v\n", args[0], err)
		return 2
	case isInternal(err):
		fmt.Fprintf(stderr, "%v\n%s\n", err, pleaseReport)
		return 3
	}
	fmt.Fprintf(stderr, "%v\n", err)
	return 1
}

// isInternal tells a bug in attnc from a user error by its message: the
// pass manager's "internal compiler error" and the "BUG:" of violated
// invariants.
func isInternal(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "internal compiler error") || strings.HasPrefix(msg, "BUG:") || strings.Contains(msg, ": BUG:")
}

// flagError is a flag the flag package could not parse (it has printed it).
type flagError struct{ err error }

func (e flagError) Error() string { return e.err.Error() }
func (e flagError) Unwrap() error { return e.err }

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// parseInterspersed parses flags that may come before or after the
// positional arguments (attnc run FILE -n 1024 works like attnc run -n 1024 FILE).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, flagError{err}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// dimsAgree refuses a -dims entry for a dim that has a flag of its own (N:
// -n, H: -heads, G: -kv-heads) when that flag was given too with another
// value: one of the two would be ignored without a word.
func dimsAgree(fs *flag.FlagSet, dims string) error {
	given := map[string]string{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = f.Value.String() })
	for _, kv := range strings.Split(dims, ",") {
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		name := map[string]string{"N": "n", "H": "heads", "G": "kv-heads"}[k]
		if fv, set := given[name]; ok && name != "" && set && fv != v {
			return usagef("-dims %s=%s and -%s %s disagree: give the size once", k, v, name, fv)
		}
	}
	return nil
}

// driverFlags are the pass-manager flags shared by ir and run.
type driverFlags struct {
	passes        string
	passesSet     bool
	printAfterAll bool
	printAfter    string
	verifyEach    bool
	timePasses    bool
	debug         bool
	kernel        string
}

func (d *driverFlags) register(fs *flag.FlagSet) {
	fs.Func("passes", "replace the file's schedule, e.g. 'tile(q:64,k:64); score(mean)' (empty: no schedule)", func(s string) error {
		d.passes, d.passesSet = s, true
		return nil
	})
	fs.BoolVar(&d.printAfterAll, "print-after-all", false, "print the IR after every pass")
	fs.StringVar(&d.printAfter, "print-after", "", "print the IR after the named passes (comma-separated)")
	fs.BoolVar(&d.verifyEach, "verify-each", false, "verify the IR after every pass")
	fs.BoolVar(&d.timePasses, "time-passes", false, "print the time each pass took")
	fs.BoolVar(&d.debug, "debug", false, "print the passes' debug streams to stderr")
	fs.StringVar(&d.kernel, "kernel", "", "the kernel to use (default: the file's only or first kernel)")
}

func (d *driverFlags) options(out, debug io.Writer) *passes.Options {
	o := &passes.Options{
		PrintAfterAll: d.printAfterAll,
		VerifyEach:    d.verifyEach,
		TimePasses:    d.timePasses,
		Out:           out,
	}
	if d.printAfter != "" {
		o.PrintAfter = strings.Split(d.printAfter, ",")
	}
	if d.debug {
		o.Debug = debug
	}
	return o
}

// override returns the -passes pipeline, or nil when the flag is absent.
func (d *driverFlags) override() ([]ir.PassCall, error) {
	if !d.passesSet {
		return nil, nil
	}
	calls, err := frontend.ParsePipeline(d.passes)
	if err != nil {
		return nil, err
	}
	for _, c := range calls {
		if err := passes.Check(c); err != nil {
			return nil, err
		}
	}
	if calls == nil {
		calls = []ir.PassCall{}
	}
	return calls, nil
}

// load reads a .attn file (or graph IR text) into a checked program.
func load(path string) (*frontend.Program, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if isIRText(path, src) {
		m, err := ir.Parse(path, string(src))
		if err != nil {
			return nil, err
		}
		return &frontend.Program{Module: m, Schedules: map[string][]ir.PassCall{}}, nil
	}
	return frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
}

// isTileText tells tile IR text (attnc ir -stage tile's output): by the
// .tile extension, or a first non-comment line that starts with "program ".
func isTileText(path string, src []byte) bool {
	if strings.HasSuffix(path, ".tile") {
		return true
	}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		return strings.HasPrefix(line, "program ")
	}
	return false
}

// printTileText parses and verifies tile IR text, runs a target's tile
// passes on it when one is named, and prints it: tile IR is a checkpoint
// as graph IR is.
func printTileText(path string, src []byte, t *tile.Target, stdout io.Writer) error {
	p, err := tile.Parse(path, string(src))
	if err != nil {
		return err
	}
	if t != nil {
		if err := t.Run(p); err != nil {
			return err
		}
	}
	_, err = io.WriteString(stdout, p.String())
	return err
}

// isIRText tells graph IR text from DSL source: by the .ir extension, or
// by a first non-comment line that starts with "func ".
func isIRText(path string, src []byte) bool {
	if strings.HasSuffix(path, ".ir") {
		return true
	}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		return strings.HasPrefix(line, "func ")
	}
	return false
}

// compile loads path and runs the pipeline on every kernel. IR input runs
// only the passes -passes names (it already went through the pipeline), so
// `attnc ir a.ir` reprints a.ir unchanged.
func compile(path string, d *driverFlags, out, debug io.Writer) (*frontend.Program, error) {
	prog, err := load(path)
	if err != nil {
		return nil, err
	}
	override, err := d.override()
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(d.printAfter, ",") {
		if name = strings.TrimSpace(name); name != "" && passes.Lookup(name) == nil {
			return nil, usagef("-print-after: no pass %q (attnc passes lists them)", name)
		}
	}
	opts := d.options(out, debug)
	if isIRTextFile(path) {
		if err := ir.Verify(prog.Module); err != nil {
			return nil, err
		}
		for _, f := range prog.Module.Funcs {
			var steps []passes.Step
			for _, c := range override {
				st, err := passes.Pipeline([]ir.PassCall{c})
				if err != nil {
					return nil, err
				}
				for _, s := range st {
					if s.Pass.Name == c.Name {
						steps = append(steps, s)
					}
				}
			}
			if _, err := passes.Run(f, steps, opts); err != nil {
				return nil, err
			}
		}
		return prog, ir.Verify(prog.Module)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, override, opts); err != nil {
		return nil, err
	}
	if err := ir.Verify(prog.Module); err != nil {
		return nil, fmt.Errorf("internal compiler error: IR invalid after the pipeline:\n%v", err)
	}
	return prog, nil
}

func isIRTextFile(path string) bool {
	src, err := os.ReadFile(path)
	return err == nil && isIRText(path, src)
}

// pickKernel returns the kernel named name, or the first one.
func pickKernel(m *ir.Module, name, path string) (*ir.Func, error) {
	if len(m.Funcs) == 0 {
		return nil, fmt.Errorf("%s: no kernels", path)
	}
	if name == "" {
		return m.Funcs[0], nil
	}
	if f := m.Func(name); f != nil {
		return f, nil
	}
	var names []string
	for _, f := range m.Funcs {
		names = append(names, f.Name)
	}
	return nil, fmt.Errorf("%s: no kernel %q (kernels: %s)", path, name, strings.Join(names, ", "))
}

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: attnc check FILE...") }
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no files")
	}
	var failed []string
	for _, path := range files {
		prog, err := compile(path, &driverFlags{verifyEach: true}, nil, nil)
		if err == nil && len(prog.Module.Funcs) == 0 {
			err = fmt.Errorf("%s: no kernels (an empty file, or only comments)", path)
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = append(failed, path)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("attnc check: %d of %d files failed", len(failed), len(files))
	}
	return nil
}

func cmdIR(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ir", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var d driverFlags
	d.register(fs)
	stage := fs.String("stage", "graph", "which IR to print: graph, or tile (after lowering)")
	target := fs.String("target", "", "with -stage tile: run this backend's tile passes first ("+strings.Join(tile.TargetNames(), ", ")+"), showing what it decides")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc ir [flags] FILE\n\nPrints the graph IR after the pipeline. FILE is .attn source or IR text.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("want one file, got %d", len(files))
	}
	if *stage != "graph" && *stage != "tile" {
		return usagef("-stage %s: want graph or tile", *stage)
	}
	var tt *tile.Target
	if *target != "" {
		var ok bool
		if tt, ok = tile.LookupTarget(*target); !ok {
			return usagef("-target %s: want one of %s", *target, strings.Join(tile.TargetNames(), ", "))
		}
		if *stage != "tile" {
			return usagef("-target needs -stage tile")
		}
	}
	if src, err := os.ReadFile(files[0]); err == nil && isTileText(files[0], src) {
		return printTileText(files[0], src, tt, stdout)
	}
	prog, err := compile(files[0], &d, stdout, stderr)
	if err != nil {
		return err
	}
	m := prog.Module
	if d.kernel != "" {
		f, err := pickKernel(m, d.kernel, files[0])
		if err != nil {
			return err
		}
		m = &ir.Module{Funcs: []*ir.Func{f}}
	}
	if d.printAfterAll || d.printAfter != "" || d.timePasses {
		fmt.Fprintln(stdout, "// final")
	}
	if *stage == "tile" {
		for i, f := range m.Funcs {
			p, err := tile.Lower(f)
			if err != nil {
				return err
			}
			if tt != nil {
				if err := tt.Run(p); err != nil {
					return err
				}
			}
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			io.WriteString(stdout, p.String())
		}
		return nil
	}
	_, err = io.WriteString(stdout, m.String())
	return err
}

func cmdPasses(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		return usagef("passes takes no arguments")
	}
	fmt.Fprintln(stdout, "Passes (required ones run on every kernel; schedule passes run when a schedule names them):")
	for _, p := range passes.All() {
		fmt.Fprintf(stdout, "\n  %-16s [%s]\n      %s\n      arguments: %s\n", p.Name, p.Phase, p.Doc, p.ArgSummary())
		for _, a := range p.Args {
			if a.Doc != "" {
				fmt.Fprintf(stdout, "        %s: %s\n", a.Name, a.Doc)
			}
		}
	}
	fmt.Fprintln(stdout, "\nOrdering constraints:")
	for _, c := range passes.Constraints() {
		fmt.Fprintf(stdout, "  %s before %s: %s\n", c.Before, c.After, c.Why)
	}
	for _, name := range tile.TargetNames() {
		t, _ := tile.LookupTarget(name)
		fmt.Fprintf(stdout, "\nTile passes of target %s (%s; attnc ir -stage tile -target %s):\n", name, t.Doc, name)
		for _, p := range t.Passes {
			fmt.Fprintf(stdout, "  %-18s %s\n", p.Name, p.Doc)
		}
		for _, c := range t.Order {
			fmt.Fprintf(stdout, "  %s before %s: %s\n", c.Before, c.After, c.Why)
		}
	}
	return nil
}
