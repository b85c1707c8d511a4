package tests

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// The GPU machine has no Go and no LLVM, so GPU tests come in two halves:
// TestWriteGPUCases (here, with ATTNC_WRITE_GPU_CASES=DIR) compiles kernels
// to PTX and writes inputs and the interpreter's outputs; TestGPU (there,
// in a test binary cross-built with CGO_ENABLED=0 go test -c, with
// ATTNC_GPU_CASES=DIR) runs the PTX and compares. See ../shared/GPU.md.

type gpuCase struct {
	Kernel              string `json:"kernel"`
	H, M, N, Group      int
	D, DV, BlockRows    int
	Sparse, Gather      bool
	NQ, NK, NS, Segment int
}

// TestWriteGPUCases writes every dense example (f32 inputs, ragged N, GQA
// where the kernel takes it) and one long case for timing.
func TestWriteGPUCases(t *testing.T) {
	dir := os.Getenv("ATTNC_WRITE_GPU_CASES")
	if dir == "" {
		t.Skip("set ATTNC_WRITE_GPU_CASES=DIR to write the GPU test cases")
	}
	cases := []struct {
		file    string
		h, g, n int
		sched   bool // keep the file's schedule (sparse)
	}{
		{"causal", 4, 4, 1000, false}, {"gqa", 8, 2, 777, false}, {"window", 4, 4, 1300, false}, {"alibi", 3, 3, 555, false},
		{"xattn", 4, 4, 4096, false},
		{"xattn", 4, 4, 901, true}, {"minference", 4, 4, 1111, true}, {"proxy", 4, 4, 700, true}, {"pbs", 4, 4, 1025, true},
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range cases {
		src, err := os.ReadFile("../examples/" + c.file + ".attn")
		if err != nil {
			t.Fatal(err)
		}
		f32src := asF32(string(src))
		prog, err := frontend.Compile(c.file+".attn", []byte(f32src), frontend.Options{CheckPass: passes.Check})
		if err != nil {
			t.Fatal(err)
		}
		var override []ir.PassCall
		if !c.sched {
			override = []ir.PassCall{}
		}
		if err := passes.CompileModule(prog.Module, prog.Schedules, override, nil); err != nil {
			t.Fatal(err)
		}
		f := prog.Module.Funcs[0]
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		ll, kernels, err := nvptx.Generate(p)
		if err != nil {
			t.Fatal(err)
		}
		ptx, _, err := nvptx.CompilePTX(ll)
		if err != nil {
			t.Fatal(err)
		}
		k := kernels[0]
		d := f.Params[0].Type.Shape[2].Size
		in := map[string]*interp.Tensor{"q": randTensor(r, c.h, c.n, d), "k": randTensor(r, c.g, c.n, d), "v": randTensor(r, c.g, c.n, k.DV)}
		var out *interp.Tensor
		extra := map[string]*interp.Tensor{}
		meta := gpuCase{Kernel: k.Name, H: c.h, M: c.n, N: c.n, Group: c.h / c.g, D: k.D, DV: k.DV, BlockRows: k.BlockRows,
			Sparse: k.Sparse, Gather: k.Gather}
		if c.n <= 2000 {
			res, err := interp.Run(f, in, interp.Options{})
			if err != nil {
				t.Fatal(err)
			}
			out = res.Out
			for _, v := range f.Values {
				switch v.Op {
				case ir.OpBlockSelect:
					extra["list"] = res.Values[v]
					meta.NQ, meta.NK = res.Values[v].Shape[1], res.Values[v].Shape[3]
				case ir.OpPermute:
					extra["perm"] = res.Values[v]
					meta.NS, meta.Segment = res.Values[v].Shape[1], v.Int("segment")
				}
			}
		}
		name := c.file
		if c.sched {
			name += "-sparse"
		}
		cd := filepath.Join(dir, name)
		os.MkdirAll(cd, 0o755)
		os.WriteFile(filepath.Join(cd, "kernel.ptx"), []byte(ptx), 0o644)
		os.WriteFile(filepath.Join(cd, "kernel.ll"), []byte(ll), 0o644)
		mb, _ := json.Marshal(meta)
		os.WriteFile(filepath.Join(cd, "meta.json"), mb, 0o644)
		inputs := map[string]*interp.Tensor{"q": in["q"], "k": in["k"], "v": in["v"]}
		for n, x := range extra {
			inputs[n] = x // small integers: exact in f32
		}
		writeF32(t, filepath.Join(cd, "in.safetensors"), inputs)
		if out != nil {
			writeF32(t, filepath.Join(cd, "ref.safetensors"), map[string]*interp.Tensor{"out": out})
		}
	}
}

func randTensor(r *rand.Rand, shape ...int) *interp.Tensor {
	t := interp.NewTensor(shape...)
	for i := range t.Data {
		t.Data[i] = float64(float32(r.NormFloat64()))
	}
	return t
}

func writeF32(t *testing.T, path string, ts map[string]*interp.Tensor) {
	names := []string{}
	rts := map[string]*runtime.Tensor{}
	for _, n := range []string{"q", "k", "v", "out", "list", "perm"} {
		if x, ok := ts[n]; ok {
			rt, err := runtime.FromFloat64(runtime.F32, x.Shape, x.Data)
			if err != nil {
				t.Fatal(err)
			}
			rts[n] = rt
			names = append(names, n)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := runtime.WriteSafetensors(f, names, rts, nil); err != nil {
		t.Fatal(err)
	}
}

// TestGPU runs the written cases on the GPU: ref_diff against the
// interpreter below 1e-5 (f32), and the device time of every case.
func TestGPU(t *testing.T) {
	dir := os.Getenv("ATTNC_GPU_CASES")
	if dir == "" {
		t.Skip("set ATTNC_GPU_CASES=DIR (written by TestWriteGPUCases) to run the GPU tests")
	}
	drv, err := cuda.Open()
	if err != nil {
		t.Skip(err)
	}
	defer drv.Close()
	t.Logf("device: %s", drv.DeviceName())
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		cd := filepath.Join(dir, e.Name())
		var c gpuCase
		b, err := os.ReadFile(filepath.Join(cd, "meta.json"))
		if err != nil {
			continue
		}
		json.Unmarshal(b, &c)
		ptx, _ := os.ReadFile(filepath.Join(cd, "kernel.ptx"))
		mod, err := drv.LoadPTX(string(ptx))
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		fn, err := drv.Function(mod, c.Kernel)
		if err != nil {
			t.Fatal(err)
		}
		in, err := runtime.ReadSafetensorsFile(filepath.Join(cd, "in.safetensors"))
		if err != nil {
			t.Fatal(err)
		}
		bufs := map[string]cuda.Buffer{}
		for _, n := range []string{"q", "k", "v"} {
			x := in.Tensors[n].Float32s()
			bufs[n], err = drv.Alloc(uint64(4 * len(x)))
			if err != nil {
				t.Fatal(err)
			}
			if err := drv.Upload(bufs[n], x); err != nil {
				t.Fatal(err)
			}
		}
		out := make([]float32, c.H*c.M*c.DV)
		for i := range out {
			out[i] = float32(-7e30) // poison: unwritten elements show
		}
		ob, _ := drv.Alloc(uint64(4 * len(out)))
		drv.Upload(ob, out)
		args := []any{bufs["q"].Ptr, bufs["k"].Ptr, bufs["v"].Ptr, ob.Ptr, int32(c.H), int32(c.M), int32(c.N), int32(c.Group)}
		for _, n := range []string{"list", "perm"} {
			if (n == "list" && !c.Sparse) || (n == "perm" && !c.Gather) {
				continue
			}
			x := in.Tensors[n].Float32s()
			ints := make([]int32, len(x))
			for i, v := range x {
				ints[i] = int32(v)
			}
			bufs[n], err = drv.Alloc(uint64(4 * len(ints)))
			if err != nil {
				t.Fatal(err)
			}
			if err := drv.UploadInt32(bufs[n], ints); err != nil {
				t.Fatal(err)
			}
			if n == "list" {
				args = append(args, bufs[n].Ptr, int32(c.NQ), int32(c.NK))
			} else {
				args = append(args, bufs[n].Ptr, int32(c.NS), int32(c.Segment))
			}
		}
		grid := [3]uint32{uint32((c.M + c.BlockRows - 1) / c.BlockRows), uint32(c.H), 1}
		ms, err := drv.Time(func() error {
			return drv.Launch(fn, grid, [3]uint32{uint32(c.BlockRows), 1, 1}, 0, args...)
		})
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if err := drv.Download(out, ob); err != nil {
			t.Fatal(err)
		}
		flops := 2 * float64(c.N) * float64(c.N) * float64(c.D) * float64(c.H)
		t.Logf("%s: H=%d N=%d d=%d: %.3f ms (%.1f GFLOP/s causal-equivalent)", e.Name(), c.H, c.N, c.D, ms, flops/float64(ms)/1e6)
		ref, err := runtime.ReadSafetensorsFile(filepath.Join(cd, "ref.safetensors"))
		if err != nil {
			continue // timing-only case
		}
		want := ref.Tensors["out"].Float32s()
		var num, den float64
		for i := range want {
			dd := float64(out[i]) - float64(want[i])
			num += dd * dd
			den += float64(want[i]) * float64(want[i])
		}
		diff := num / den
		if diff > 1e-10 || diff != diff {
			t.Errorf("%s: ref_diff² %.3g (ref_diff %.3g) against the interpreter", e.Name(), diff, math.Sqrt(diff))
		} else {
			t.Logf("%s: ref_diff %.3g", e.Name(), math.Sqrt(diff))
		}
		for _, bf := range bufs {
			drv.Free(bf)
		}
		drv.Free(ob)
	}
}
