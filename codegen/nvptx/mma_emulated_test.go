package nvptx_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// Error bounds of the tensor-core kernel against the float64 interpreter,
// the GPU tests' (tests/gpu_test.go: gpuBoundBF16, gpuBoundF16).
const (
	emuBoundBF16 = 6e-3
	emuBoundF16  = 1e-3
)

// TestMMAEmulated runs sm_80's tensor-core attention kernel (mma.go:
// cp.async copies, ldmatrix and ldmatrix.trans fragments, mma.sync
// products, P packed by cvt.rn.*x2) on the CPU (internal/ctaemu) as
// runtime/cuda launches it — its tables (Kernel.Tables), grid, block and
// arguments (Kernel.AttentionLaunch) — and holds its output to the float64
// interpreter within the GPU tests' bounds (rel_err, the norm of the
// difference over the reference's). The output is poisoned with NaN
// first, so an element the kernel leaves unwritten fails. Shapes: bf16 and
// f16, head dims 64 and 128, causal and unmasked, GQA, keys past the last
// full tile (and fewer keys than one tile), f32 and b16 outputs.
func TestMMAEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		dt, out string
		d, h, g int
		n       int
		causal  bool
		tq, tk  int  // the schedule's tiles; 0: the default
		pred    bool // the tiles' last copy round is cp.async's predicated form
	}{
		{dt: "bf16", out: "bf16", d: 64, h: 2, g: 1, n: 160, causal: true},
		{dt: "f16", out: "f32", d: 64, h: 1, g: 1, n: 128},
		{dt: "bf16", out: "f32", d: 128, h: 1, g: 1, n: 100},
		{dt: "f16", out: "f16", d: 128, h: 2, g: 2, n: 130, causal: true},
		{dt: "bf16", out: "f32", d: 64, h: 1, g: 1, n: 96, causal: true, tq: 32, tk: 32},
		{dt: "bf16", out: "bf16", d: 128, h: 1, g: 1, n: 50, causal: true},             // one partial tile: only the zero fill keeps shared memory's NaN rows past N out of P·V
		{dt: "f16", out: "f32", d: 64, h: 1, g: 1, n: 40, tq: 128, tk: 16, pred: true}, // K and V tiles of fewer chunks than threads: cp.async's predicated form
	}
	r := rand.New(rand.NewPCG(5, 6))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%s→%s d=%d H=%d G=%d N=%d causal=%v)", ci, c.dt, c.out, c.d, c.h, c.g, c.n, c.causal)
		start := time.Now()
		src := mmaSource(c.dt, c.out, c.d, c.causal, c.tq, c.tk)
		f, ll, k := mmaKernel(t, src)
		if !k.MMA || k.DType != c.dt || k.D != c.d {
			t.Fatalf("%s: kernel %s is not the tensor-core one (mma %v %s d=%d: %s)", name, k.Name, k.MMA, k.DType, k.D, k.Why)
		}
		for _, op := range []string{"cp.async.cg.shared.global", "cp.async.wait_group", "ldmatrix.sync.aligned.m8n8.x4.shared", "ldmatrix.sync.aligned.m8n8.x4.trans.shared", "mma.sync.aligned.m16n8k16", "cvt.rn." + c.dt + "x2.f32"} {
			if !strings.Contains(ll, op) {
				t.Fatalf("%s: the kernel has no %s", name, op)
			}
		}
		if c.pred != strings.Contains(ll, "@p cp.async") {
			t.Fatalf("%s: predicated cp.async %v, want %v", name, !c.pred, c.pred)
		}
		ot := map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16, "f32": runtime.F32}[c.out]
		in, _, want := emuInputs(t, r, f, c.dt, c.h, c.g, c.n, c.d)

		tb, err := k.Tables(c.h, c.n, c.n, nil, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		out := runtime.New(ot, c.h, c.n, k.DV)
		for i := range out.Data {
			out.Data[i] = 0xff // NaN in every float type
		}
		bufs := []*ctaemu.Buf{{Data: in["q"].Data}, {Data: in["k"].Data}, {Data: in["v"].Data}, {Data: out.Data},
			{Data: cuda.Int32Bytes(tb.List)}, {Data: tb.Class}}
		buf := func(i int) cuda.Buffer { return cuda.Buffer{Ptr: uint64(i + 1), Size: uint64(len(bufs[i].Data))} }
		a := cuda.AttentionArgs{Q: buf(0), K: buf(1), V: buf(2), Out: buf(3), H: c.h, M: c.n, N: c.n, Group: c.h / c.g,
			List: buf(4), Class: buf(5), Tables: tb}
		grid, block, largs, err := k.AttentionLaunch(a)
		if err != nil {
			t.Fatal(err)
		}
		args := emuArgs(t, largs, bufs)
		if err := tools.Run(ll, k.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), args...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rel := emuRelErr(t, name, out.Float32s(), want, c.n, k.DV)
		bound := emuBoundF16
		if c.dt == "bf16" || c.out == "bf16" {
			bound = emuBoundBF16
		}
		if !(rel <= bound) {
			t.Errorf("%s: rel_err %.3g against the interpreter, bound %g", name, rel, bound)
		}
		t.Logf("%s: %s, %d×%d CTAs of %d threads: rel_err %.3g (bound %g), %v", name, k.Name, grid[0], grid[1], block[0], rel, bound, time.Since(start).Round(time.Millisecond))
	}
}

// mmaSource is dense attention over b16 inputs of head dim d, with a
// causal mask or none, and tiles tq×tk when given.
func mmaSource(dt, out string, d int, causal bool, tq, tk int) string {
	mask, sched := "", ""
	if causal {
		mask = "s = mask(s, causal)"
	}
	if tq > 0 {
		sched = fmt.Sprintf("schedule emu {\n    tile(q: %d, k: %d)\n}\n", tq, tk)
	}
	return fmt.Sprintf(`kernel emu(q: %[1]s[H, N, %[2]d], k: %[1]s[G, N, %[2]d], v: %[1]s[G, N, %[2]d]) -> %[3]s[H, N, %[2]d] {
    s = q @ k^T * rsqrt(%[2]d)
    %[4]s
    return softmax(s) @ v
}
%[5]s`, dt, d, out, mask, sched)
}

// mmaKernel compiles src for sm_80: its function (for the interpreter),
// the LLVM module and the attention kernel's launch description.
func mmaKernel(t *testing.T, src string) (f *ir.Func, ll string, k nvptx.Kernel) {
	t.Helper()
	f, ll, kernels := mmaKernels(t, src)
	for _, kk := range kernels {
		if kk.Kind == "" { // the attention kernel
			k = kk
		}
	}
	return f, ll, k
}

// mmaKernels compiles src for sm_80: its function, the LLVM module and
// every kernel's launch description.
func mmaKernels(t *testing.T, src string) (f *ir.Func, ll string, kernels []nvptx.Kernel) {
	t.Helper()
	prog, err := frontend.Compile("emu.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	f = prog.Module.Funcs[0]
	p, err := tile.Lower(f)
	if err != nil {
		t.Fatal(err)
	}
	ll, kernels, err = nvptx.GenerateWith(p, nvptx.OptionsFor("sm_80"))
	if err != nil {
		t.Fatal(err)
	}
	return f, ll, kernels
}

// emuArgs turns a launch's arguments (cuda.Kernel.AttentionLaunch: device
// pointers, which here are 1 + the index into bufs, and int32 sizes) into
// ctaemu's.
func emuArgs(t *testing.T, largs []any, bufs []*ctaemu.Buf) []any {
	t.Helper()
	var args []any
	for _, x := range largs {
		switch x := x.(type) {
		case uint64:
			if x == 0 || int(x) > len(bufs) {
				t.Fatalf("launch argument: device pointer %d is no buffer", x)
			}
			args = append(args, bufs[x-1])
		case int32:
			args = append(args, x)
		default:
			t.Fatalf("launch argument of type %T", x)
		}
	}
	return args
}

// emuInputs makes q [h, n, d] and k, v [g, n, d] of normal values in dt
// (the kernel's inputs) and their float64 copies, and runs f on those in
// the interpreter: the inputs, the interpreter's and its output.
func emuInputs(t *testing.T, r *rand.Rand, f *ir.Func, dt string, h, g, n, d int) (map[string]*runtime.Tensor, map[string]*interp.Tensor, []float64) {
	t.Helper()
	et := map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[dt]
	in := map[string]*runtime.Tensor{}
	ref := map[string]*interp.Tensor{}
	for _, x := range []string{"q", "k", "v"} {
		heads := g
		if x == "q" {
			heads = h
		}
		vals := make([]float32, heads*n*d)
		for i := range vals {
			vals[i] = float32(r.NormFloat64())
		}
		tt, err := runtime.FromFloat32(et, []int{heads, n, d}, vals)
		if err != nil {
			t.Fatal(err)
		}
		in[x] = tt
		it := interp.NewTensor(heads, n, d)
		for i, v := range tt.Float32s() {
			it.Data[i] = float64(v)
		}
		ref[x] = it
	}
	res, err := interp.Run(f, ref, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return in, ref, res.Out.Data
}

// emuRelErr is the kernel's output's rel_err against want (the norm of
// the difference over want's), failing on an element left NaN (the
// poison: unwritten). Rows of dv columns, n a head.
func emuRelErr(t *testing.T, name string, got []float32, want []float64, n, dv int) float64 {
	t.Helper()
	var num, den float64
	for i, w := range want {
		if math.IsNaN(float64(got[i])) {
			t.Fatalf("%s: output %d (head %d, row %d, col %d) is NaN: unwritten", name, i, i/(n*dv), i/dv%n, i%dv)
		}
		d := float64(got[i]) - w
		num += d * d
		den += w * w
	}
	return math.Sqrt(num / den)
}
