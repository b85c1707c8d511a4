package tests

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
)

// Helpers that build many kernels into one generated package, so that a
// test of dozens of kernels pays for one go build, and that compare
// outputs element by element where non-finite values are expected.

// compileFuncs compiles every kernel of src with its schedule.
func compileFuncs(t *testing.T, src string) []*ir.Func {
	t.Helper()
	prog, err := frontend.Compile("k.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	return prog.Module.Funcs
}

// cpuPackage is a built harness of generated kernels (buildKernels).
type cpuPackage struct {
	bin   string
	funcs []*ir.Func
}

// buildKernels generates the Go package of funcs (attnc gen's files), runs
// go vet on it (asmdecl checks the avo assembly against its Go
// declarations) and builds it with a main that runs each kernel on the
// tensors "KERNEL/PARAM" of a safetensors file and writes each output as
// "KERNEL". The module lies in a temporary folder and replaces attnc with
// this checkout. Kernels take q, k, v, [H, M, D]- and [G, N, D]-shaped,
// and return [H, M, DV], which the harness poisons (NaN) before the run.
func buildKernels(t *testing.T, funcs []*ir.Func) *cpuPackage {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go on PATH: %v", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	var progs []*tile.Program
	for _, f := range funcs {
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, p)
	}
	files, err := golang.Generate(progs, golang.Options{Package: "kernels", Source: "k.attn"})
	if err != nil {
		t.Fatal(err)
	}
	dir := writeKernelModule(t, root, files, kernelsMain(progs))
	env := append(os.Environ(), kernelModuleEnv...)
	for _, args := range [][]string{{"vet", "./kernels"}, {"build", "-o", "kernels.bin", "."}} {
		t0 := time.Now()
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		t.Logf("go %s: %v", args[0], time.Since(t0).Round(time.Millisecond))
	}
	return &cpuPackage{bin: filepath.Join(dir, "kernels.bin"), funcs: funcs}
}

// kernelsMain is the harness's main package.
func kernelsMain(progs []*tile.Program) []byte {
	var b bytes.Buffer
	b.WriteString(`package main

import (
	"context"
	"fmt"
	"os"

	"attnctest/kernels"
	"github.com/attnc/attnc/runtime"
)

func main() {
	in, err := runtime.ReadSafetensorsFile(os.Args[1])
	if err != nil {
		fail(err)
	}
	outs := map[string]*runtime.Tensor{}
	var names []string
	run := func(name string, dt runtime.DType, k interface {
		Run(context.Context, *runtime.Tensor, *runtime.Tensor, *runtime.Tensor, *runtime.Tensor) (runtime.Stats, error)
	}) {
		q, v := in.Tensors[name+"/q"], in.Tensors[name+"/v"]
		if q == nil {
			return
		}
		res := runtime.New(dt, q.Shape[0], q.Shape[1], v.Shape[2])
		for i := range res.Data {
			res.Data[i] = 0xff // poison: NaN in every float type, so that an unwritten element shows
		}
		if _, err := k.Run(context.Background(), q, in.Tensors[name+"/k"], v, res); err != nil {
			fail(fmt.Errorf("%s: %v", name, err))
		}
		outs[name] = res
		names = append(names, name)
	}
	// Kernels with key lengths (a fourth parameter, lens: i32[B]).
	runLens := func(name string, dt runtime.DType, k interface {
		Run(context.Context, *runtime.Tensor, *runtime.Tensor, *runtime.Tensor, *runtime.Tensor, *runtime.Tensor) (runtime.Stats, error)
	}) {
		run(name, dt, lensKernel{func(ctx context.Context, q, k0, v, out *runtime.Tensor) (runtime.Stats, error) {
			return k.Run(ctx, q, k0, v, in.Tensors[name+"/lens"], out)
		}})
	}
	_ = runLens
`)
	for _, p := range progs {
		run := "run"
		if p.HasKeyLengths() {
			run = "runLens"
		}
		fmt.Fprintf(&b, "\t{\n\t\tk := kernels.New%s(runtime.Options{})\n\t\t%s(%q, %s, k)\n\t\tk.Close()\n\t}\n",
			golang.TypeName(p.Name), run, p.Name, map[ir.DType]string{ir.F32: "runtime.F32", ir.F16: "runtime.F16", ir.BF16: "runtime.BF16"}[p.ResultType.DType])
	}
	b.WriteString(`	f, err := os.Create(os.Args[2])
	if err != nil {
		fail(err)
	}
	if err := runtime.WriteSafetensors(f, names, outs, nil); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// lensKernel is a kernel with key lengths as run calls it: lens bound.
type lensKernel struct {
	run func(ctx context.Context, q, k, v, out *runtime.Tensor) (runtime.Stats, error)
}

func (l lensKernel) Run(ctx context.Context, q, k, v, out *runtime.Tensor) (runtime.Stats, error) {
	return l.run(ctx, q, k, v, out)
}
`)
	return b.Bytes()
}

// run runs the kernels on inputs (per kernel name, per parameter) with the
// environment variables env set (ATTNC_NOSIMD=1, ...) and returns each
// kernel's output.
func (pk *cpuPackage) run(t *testing.T, inputs map[string]map[string]*interp.Tensor, env ...string) map[string]*interp.Tensor {
	t.Helper()
	res, msg, err := pk.tryRun(t, inputs, env...)
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", pk.bin, env, err, msg)
	}
	return res
}

// tryRun is run that returns a kernel's error (the harness's output and
// its exit status) instead of failing the test.
func (pk *cpuPackage) tryRun(t *testing.T, inputs map[string]map[string]*interp.Tensor, env ...string) (map[string]*interp.Tensor, string, error) {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.safetensors"), filepath.Join(dir, "out.safetensors")
	tensors := map[string]*runtime.Tensor{}
	var names []string
	for _, f := range pk.funcs {
		for _, p := range f.Params {
			x := inputs[f.Name][p.Name]
			if x == nil {
				continue
			}
			rt, err := runtime.FromFloat64(runtime.DType(p.Type.DType), x.Shape, x.Data)
			if err != nil {
				t.Fatal(err)
			}
			name := f.Name + "/" + p.Name
			tensors[name] = rt
			names = append(names, name)
		}
	}
	file, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := runtime.WriteSafetensors(file, names, tensors, nil); err != nil {
		t.Fatal(err)
	}
	file.Close()
	cmd := exec.Command(pk.bin, in, out)
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, string(b), err
	}
	sf, err := runtime.ReadSafetensorsFile(out)
	if err != nil {
		t.Fatal(err)
	}
	res := map[string]*interp.Tensor{}
	for name, x := range sf.Tensors {
		res[name] = &interp.Tensor{Shape: x.Shape, Data: x.Float64s()}
	}
	return res, "", nil
}

// cpuModes are the instruction sets a generated package can run its tile
// kernels on, as the environment that selects each.
var cpuModes = []struct {
	name string
	env  []string
}{
	{"avx512", nil},
	{"avx2", []string{"ATTNC_NOAVX512=1"}},
	{"portable", []string{"ATTNC_NOSIMD=1"}},
}

// randomQKV returns f32 q [h, n, d], k and v [g, n, d] and [g, n, dv] of
// normal values scaled by scale.
func randomQKV(seed uint64, h, g, n, d, dv int, scale float64) map[string]*interp.Tensor {
	r := rand.New(rand.NewPCG(seed, 0x61747463))
	mk := func(shape ...int) *interp.Tensor {
		x := interp.NewTensor(shape...)
		for i := range x.Data {
			x.Data[i] = float64(float32(scale * r.NormFloat64()))
		}
		return x
	}
	return map[string]*interp.Tensor{"q": mk(h, n, d), "k": mk(g, n, d), "v": mk(g, n, dv)}
}

// interpret runs f on the float64 interpreter.
func interpret(t *testing.T, f *ir.Func, in map[string]*interp.Tensor) *interp.Tensor {
	t.Helper()
	res, err := interp.Run(f, in, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Out
}

// sameOutput compares a device's output with the interpreter's element by
// element on the rows check accepts (row: the index of a row of the
// flattened output, all nil: every row): within bound of the
// interpreter's, relative to the row's largest magnitude, and finite where
// it is. It returns the first difference.
func sameOutput(got, want *interp.Tensor, bound float64, check func(row int) bool) error {
	if len(got.Data) != len(want.Data) {
		return fmt.Errorf("%v elements, want %v", got.Shape, want.Shape)
	}
	dv := want.Shape[len(want.Shape)-1]
	for row := 0; row < len(want.Data)/dv; row++ {
		if check != nil && !check(row) {
			continue
		}
		g, w := got.Data[row*dv:(row+1)*dv], want.Data[row*dv:(row+1)*dv]
		scale := 0.0
		for _, x := range w {
			scale = math.Max(scale, math.Abs(x))
		}
		for i := range w {
			if d := math.Abs(g[i] - w[i]); !(d <= bound*scale) && g[i] != w[i] && !(math.IsNaN(g[i]) && math.IsNaN(w[i])) {
				return fmt.Errorf("row %d, column %d: %g, want %g (row scale %g)", row, i, g[i], w[i], scale)
			}
		}
	}
	return nil
}

// kernelModuleEnv is the environment the generated test modules build in: the
// checkout as a replaced module, nothing fetched.
var kernelModuleEnv = []string{"GOFLAGS=-mod=mod", "CGO_ENABLED=0", "GOPROXY=off", "GOSUMDB=off"}

// writeKernelModule writes a module in a temporary folder: the generated
// package files as ./kernels, main as its main package, the checkout at
// root replacing github.com/attnc/attnc. It returns the folder.
func writeKernelModule(t *testing.T, root string, files []golang.File, main []byte) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, b []byte) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		write("kernels/kernels_attnc"+f.Suffix, f.Data)
	}
	sum, _ := os.ReadFile(filepath.Join(root, "go.sum"))
	write("go.sum", sum)
	write("go.mod", []byte(fmt.Sprintf("module attnctest\n\ngo 1.26\n\nrequire github.com/attnc/attnc v0.0.0\n\nreplace github.com/attnc/attnc => %s\n", root)))
	write("main.go", main)
	return dir
}
