package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/driver"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// TestGPUNonFinite runs the non-finite cases (NaN and ±Inf planted at keys
// the mask hides or the schedule does not select) through attnc run
// -device cuda, in f32 (the scalar kernel) and bf16 (the tensor-core
// kernel), and holds every row that reads no planted key to the
// interpreter's. Here, without a driver, with ATTNC_WRITE_GPU_CASES=DIR it
// only compiles the kernels into DIR/cache's PTX cache for the GPU machine;
// there, ATTNC_GPU_CASES=DIR runs them.
func TestGPUNonFinite(t *testing.T) {
	dir := os.Getenv("ATTNC_GPU_CASES")
	write := os.Getenv("ATTNC_WRITE_GPU_CASES")
	_, noDriver := cuda.Open()
	switch {
	case noDriver == nil && dir != "":
	case write != "":
		dir = write
	default:
		t.Skip("set ATTNC_WRITE_GPU_CASES=DIR here, ATTNC_GPU_CASES=DIR on the GPU machine")
	}
	t.Setenv("ATTNC_CACHE_DIR", filepath.Join(dir, "cache"))
	tmp := t.TempDir()
	for _, c := range nonFiniteCases() {
		for _, dt := range []string{"f32", "bf16"} {
			name := c.name + "-" + dt
			src := strings.ReplaceAll(c.src, "f32[", dt+"[")
			srcPath := filepath.Join(tmp, name+".attn")
			os.WriteFile(srcPath, []byte(src), 0o644)
			in := c.inputs()
			if dt == "bf16" {
				for _, x := range in {
					for i, v := range x.Data {
						x.Data[i] = float64(runtime.BF16ToF32(runtime.F32ToBF16(float32(v))))
					}
				}
			}
			inPath, outPath := filepath.Join(tmp, name+".in.safetensors"), filepath.Join(tmp, name+".out.safetensors")
			writeInputs(t, inPath, dt, in)
			var stdout, stderr strings.Builder
			code := driver.Main([]string{"run", "-device", "cuda", "-inputs", inPath, "-o", outPath, srcPath}, &stdout, &stderr)
			if noDriver != nil {
				if !strings.Contains(stderr.String(), "no NVIDIA driver") {
					t.Fatalf("%s: %s", name, stderr.String())
				}
				continue // compiled into the cache: the GPU machine runs it
			}
			if code != 0 {
				t.Errorf("%s: exit %d: %s", name, code, stderr.String())
				continue
			}
			f := compileFuncs(t, src)[0]
			want := interpret(t, f, in)
			sf, err := runtime.ReadSafetensorsFile(outPath)
			if err != nil {
				t.Fatal(err)
			}
			o := sf.Tensors["out"]
			got := &interp.Tensor{Shape: o.Shape, Data: o.Float64s()}
			bound := gpuBoundF32
			if dt == "bf16" {
				bound = gpuBoundBF16 * 4 // outputs rounded to bf16 on both sides, row-relative
			}
			if err := sameOutput(got, want, bound, c.clean); err != nil {
				t.Errorf("%s on the GPU: %v", name, err)
			}
		}
	}
}

// writeInputs writes q, k, v as dt into a safetensors file.
func writeInputs(t *testing.T, path, dt string, in map[string]*interp.Tensor) {
	t.Helper()
	d, err := runtime.ParseDType(dt)
	if err != nil {
		t.Fatal(err)
	}
	tensors := map[string]*runtime.Tensor{}
	for name, x := range in {
		if tensors[name], err = runtime.FromFloat64(d, x.Shape, x.Data); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := runtime.WriteSafetensors(f, []string{"q", "k", "v"}, tensors, nil); err != nil {
		t.Fatal(err)
	}
}
