package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime"
)

// `attnc run -device cpu` executes the generated Go code for real, the way
// `go run` does: the kernel's package and a small main that reads inputs
// and writes outputs go into a build directory keyed by the hash of their
// content, next to a copy of the run-time library embedded in attnc; `go
// build` compiles it once and later runs reuse the binary (the cache's
// bound: cache.go).

// cpuResult is what the harness reports.
type cpuResult struct {
	Stats   runtime.Stats `json:"stats"`    // the last repetition's, its stages' times made medians (medianStages)
	TimeMS  []float64     `json:"time_ms"`  // per repetition
	StageNS [][]int64     `json:"stage_ns"` // per repetition, each stage's time
}

// medianStages sets each of the report's stage times to its median over
// the repetitions, as TimeMS is reported: the last repetition's alone
// could disagree with the median total (a call whose allocations page
// faults in fresh memory, say, is slow in one repetition only).
func (r *cpuResult) medianStages() {
	for j := range r.Stats.Stages {
		var ts []float64
		for _, ns := range r.StageNS {
			if j < len(ns) {
				ts = append(ts, float64(ns[j]))
			}
		}
		if len(ts) > 0 {
			r.Stats.Stages[j].Time = time.Duration(median(ts))
		}
	}
}

// buildCPU generates and builds the harness for kernel f, returning the
// binary's path.
func buildCPU(f *ir.Func, progress func(string, ...any)) (string, error) {
	p, err := tile.Lower(f)
	if err != nil {
		return "", err
	}
	gofiles, err := golang.Generate([]*tile.Program{p}, golang.Options{Package: "kernel", Source: f.Name + ".attn"})
	if err != nil {
		return "", err
	}
	main := harness(p)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", goruntime.Version(), main)
	for _, gf := range gofiles {
		fmt.Fprintf(h, "%s\n%s\n", gf.Suffix, gf.Data)
	}
	fs.WalkDir(runtime.Source, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := runtime.Source.ReadFile(path)
			fmt.Fprintf(h, "%s\n%s\n", path, b)
		}
		return nil
	})
	key := hex.EncodeToString(h.Sum(nil))[:24]
	dir := filepath.Join(buildCacheDir(), key)
	bin := filepath.Join(dir, "kernel.bin")
	if _, err := os.Stat(bin); err == nil {
		useCacheEntry(dir)
		return bin, nil
	}
	if _, err := exec.LookPath("go"); err != nil {
		return "", fmt.Errorf("attnc run -device cpu builds the generated kernel with the Go toolchain, and there is no go on PATH (%v); attnc gen writes the package for your own build instead", err)
	}
	progress("building the generated Go kernel in %s", dir)
	// A folder of this build's own: another attnc building the same kernel
	// at the same time (two test runs) must not remove or rename it.
	if err := os.MkdirAll(buildCacheDir(), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(buildCacheDir(), key+".tmp-")
	if err != nil {
		return "", err
	}
	// Whatever fails below, no half-built folder stays in the cache (after
	// the rename there is nothing left to remove).
	defer os.RemoveAll(tmp)
	sys := xsysVersion()
	files := map[string][]byte{
		"go.mod":       []byte(fmt.Sprintf("module attncbuild\n\ngo 1.26\n\nrequire (\n\tgithub.com/attnc/attnc v0.0.0\n\tgolang.org/x/sys %s\n)\n\nreplace github.com/attnc/attnc => ./attnc\n", sys)),
		"main.go":      main,
		"attnc/go.mod": []byte(fmt.Sprintf("module github.com/attnc/attnc\n\ngo 1.26\n\nrequire golang.org/x/sys %s\n", sys)),
	}
	for _, gf := range gofiles {
		files["kernel/kernel_attnc"+gf.Suffix] = gf.Data
	}
	fs.WalkDir(runtime.Source, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(path, "_test.go") {
			b, _ := runtime.Source.ReadFile(path)
			files[filepath.Join("attnc", "runtime", path)] = b
		}
		return nil
	})
	for name, b := range files {
		path := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return "", err
		}
	}
	cmd := exec.Command("go", "build", "-o", "kernel.bin", ".")
	cmd.Dir = tmp
	// Every module it needs is in the module cache already (attnc was built
	// with them): build offline, without the checksum database.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "CGO_ENABLED=0", "GOPROXY=off", "GOSUMDB=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("internal compiler error: the generated Go kernel does not build (attnc gen writes the same package):\n%s", out)
	}
	if _, err := os.Stat(bin); err != nil {
		os.RemoveAll(dir) // a leftover without a binary
		if err := os.Rename(tmp, dir); err != nil {
			if _, serr := os.Stat(bin); serr != nil {
				return "", err
			}
		}
	} // else another attnc built the same kernel first: its binary is this one
	useCacheEntry(dir)
	if err := trimCache(cacheRoot()); err != nil {
		return "", err
	}
	return bin, nil
}

// xsysVersion is the golang.org/x/sys version attnc was built with (the
// runtime's only dependency).
func xsysVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "golang.org/x/sys" {
				return d.Version
			}
		}
	}
	return "v0.50.0"
}

func buildCacheDir() string { return cacheDir("build") }

// harness writes the main package that runs the kernel on a safetensors
// file and reports its output and statistics.
func harness(p *tile.Program) []byte {
	var args []string
	for _, b := range p.Params {
		args = append(args, fmt.Sprintf("in.Tensors[%q]", b.Name))
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by attnc (run -device cpu); DO NOT EDIT.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"attncbuild/kernel"
	"github.com/attnc/attnc/runtime"
)

func main() {
	inPath := flag.String("in", "", "inputs")
	outPath := flag.String("out", "", "output")
	workers := flag.Int("workers", 0, "workers")
	repeat := flag.Int("repeat", 1, "repetitions")
	keyCache := flag.Bool("keycache", false, "runtime.Options.KeyCache, and each repetition after the first appends a key to every sequence (its length + 1, up to the capacity)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the repetitions (runtime/pprof) to this file")
	flag.Parse()
	in, err := runtime.ReadSafetensorsFile(*inPath)
	if err != nil {
		fail(err)
	}
	k := kernel.New%[1]s(runtime.Options{Workers: *workers, KeyCache: *keyCache})
	defer k.Close()
	res := runtime.New(%[2]s, %[3]s)
	var st runtime.Stats
	var times []float64
	var stageNS [][]int64 // per repetition, each stage's time
	if *cpuProfile != "" {
		pf, err := os.Create(*cpuProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			fail(err)
		}
		defer pf.Close()
	}
	for i := range *repeat {
		if *keyCache && i > 0 {
			appendKey(%[5]s)
		}
		start := time.Now()
		st, err = k.Run(context.Background(), %[4]s, res)
		if err != nil {
			fail(err)
		}
		times = append(times, float64(time.Since(start).Microseconds())/1000)
		ns := make([]int64, len(st.Stages))
		for j, sg := range st.Stages {
			ns[j] = int64(sg.Time)
		}
		stageNS = append(stageNS, ns)
	}
	pprof.StopCPUProfile() // nothing when not started
	f, err := os.Create(*outPath)
	if err != nil {
		fail(err)
	}
	if err := runtime.WriteSafetensors(f, []string{"out"}, map[string]*runtime.Tensor{"out": res}, nil); err != nil {
		fail(err)
	}
	f.Close()
	json.NewEncoder(os.Stdout).Encode(map[string]any{"stats": st, "time_ms": times, "stage_ns": stageNS})
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// appendKey grows every sequence of a KV cache by one key, as a decode
// step appends one (lens nil: no lengths, nothing to grow).
func appendKey(lens, k *runtime.Tensor) {
	if lens == nil {
		return
	}
	for b := range lens.Len() {
		if n := lens.Int32(b); int(n) < k.Shape[1] {
			lens.SetInt32(b, n+1)
		}
	}
}
`, golang.TypeName(p.Name), dtypeExpr(p.ResultType.DType), resultShape(p), strings.Join(args, ", "), appendArgs(p))
	return b.Bytes()
}

func dtypeExpr(dt ir.DType) string {
	return map[ir.DType]string{ir.F32: "runtime.F32", ir.F16: "runtime.F16", ir.BF16: "runtime.BF16"}[dt]
}

// resultShape is the Go expression of the result's shape, read off the
// inputs whose dims bind its symbols.
func resultShape(p *tile.Program) string {
	var parts []string
	for _, d := range p.ResultType.Shape {
		if d.Sym == "" {
			parts = append(parts, fmt.Sprint(d.Size))
			continue
		}
		found := "0"
		for _, b := range p.Params {
			for i, pd := range b.Type.Shape {
				if pd.Sym == d.Sym && found == "0" {
					found = fmt.Sprintf("in.Tensors[%q].Shape[%d]", b.Name, i)
				}
			}
		}
		parts = append(parts, found)
	}
	return strings.Join(parts, ", ")
}

// appendArgs is the harness's arguments to appendKey: the key lengths
// and the keys, or nil and the first parameter without lengths.
func appendArgs(p *tile.Program) string {
	for _, s := range p.Steps {
		if l := s.KeyLengths(); l != nil && s.Kind == tile.Kernel {
			return fmt.Sprintf("in.Tensors[%q], in.Tensors[%q]", l.Name, s.Args[1].Name)
		}
	}
	return fmt.Sprintf("nil, in.Tensors[%q]", p.Params[0].Name)
}

// runCPU runs the built kernel on inputs and returns its output (as
// float64) and report.
func runCPU(bin string, f *ir.Func, inputs map[string]*interp.Tensor, workers, repeat int, keyCache bool, profile string) (*interp.Tensor, *cpuResult, error) {
	dir, err := os.MkdirTemp("", "attnc-run-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	inPath, outPath := filepath.Join(dir, "in.safetensors"), filepath.Join(dir, "out.safetensors")
	tensors := map[string]*runtime.Tensor{}
	var names []string
	for _, p := range f.Params {
		t := inputs[p.Name]
		rt, err := runtime.FromFloat64(runtime.DType(p.Type.DType), t.Shape, t.Data)
		if err != nil {
			return nil, nil, err
		}
		tensors[p.Name] = rt
		names = append(names, p.Name)
	}
	file, err := os.Create(inPath)
	if err != nil {
		return nil, nil, err
	}
	if err := runtime.WriteSafetensors(file, names, tensors, nil); err != nil {
		file.Close()
		return nil, nil, err
	}
	file.Close()
	args := []string{"-in", inPath, "-out", outPath, "-workers", fmt.Sprint(workers), "-repeat", fmt.Sprint(max(repeat, 1)), fmt.Sprintf("-keycache=%v", keyCache)}
	if profile != "" {
		args = append(args, "-cpuprofile", profile)
	}
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 && msg != "" {
			return nil, nil, errors.New(msg) // the kernel's own error (a positioned one, say)
		}
		return nil, nil, fmt.Errorf("cpu kernel: %v: %s", err, msg)
	}
	res := &cpuResult{}
	if err := json.Unmarshal(stdout.Bytes(), res); err != nil {
		return nil, nil, fmt.Errorf("cpu kernel report: %v", err)
	}
	res.medianStages()
	sf, err := runtime.ReadSafetensorsFile(outPath)
	if err != nil {
		return nil, nil, err
	}
	o := sf.Tensors["out"]
	return &interp.Tensor{Shape: o.Shape, Data: o.Float64s()}, res, nil
}

var _ = io.Discard
