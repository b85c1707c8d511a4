package driver

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// kvCacheSource is a decode kernel over an f16 KV cache with key lengths,
// with schedule sched.
func kvCacheSource(sched string) string {
	return `kernel kv(q: f16[H, M, 128], k: f16[G, N, 128], v: f16[G, N, 128], lens: i32[B]) -> f16[H, M, 128] {
    s = q @ k^T * rsqrt(128)
    s = mask(s, causal)
    return softmax(s) @ v
}
schedule kv { ` + sched + ` }
`
}

// compileKVCache compiles kvCacheSource(sched) and, where llc is, its GPU
// plan (filling the PTX cache the GPU machine reads).
func compileKVCache(t *testing.T, sched string) *ir.Func {
	t.Helper()
	prog, err := frontend.Compile("kv.attn", []byte(kvCacheSource(sched)), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	f := prog.Module.Funcs[0]
	if _, _, err := nvptx.FindLLC(); err == nil {
		if _, err := compileGPU(f); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// TestGPUKeyCache: a decode loop on the GPU (cuda.RunOptions.KeyCache:
// every repetition appends a key to each sequence and pools only the key
// tiles from its previous last key, keeping the others' means on the
// device) ends with the same scores, lists and output, to the bit, as one
// fresh run at the final lengths — which also checks the kept lengths
// (a stale partial tile would score differently). Two sequences of
// different lengths, GQA, a selection and a budget. It compiles (filling
// the PTX cache) everywhere and runs where there is a driver.
func TestGPUKeyCache(t *testing.T) {
	var fns []*ir.Func
	for _, sched := range []string{
		"tile(q: 64, k: 64); score(mean); select(density: 0.2, keep: [sink, diagonal])",
		"tile(q: 64, k: 32); score(mean); budget(density: 0.15, keep: [sink, diagonal])",
	} {
		fns = append(fns, compileKVCache(t, sched))
	}
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	const H, G, N, steps = 8, 4, 3000, 40
	r := rand.New(rand.NewPCG(5, 6))
	inputs := map[string]*interp.Tensor{}
	for _, p := range []struct {
		name  string
		heads int
	}{{"q", H}, {"k", G}, {"v", G}} {
		rows := N
		if p.name == "q" {
			rows = 1
		}
		x := interp.NewTensor(p.heads, rows, 128)
		for j := range x.Data {
			x.Data[j] = roundTo(fns[0].Params[0].Type.DType, r.NormFloat64())
		}
		inputs[p.name] = x
	}
	lens := func(a, b int) *interp.Tensor {
		x := interp.NewTensor(2)
		x.Data[0], x.Data[1] = float64(a), float64(b)
		return x
	}
	for _, f := range fns {
		gp, err := compileGPU(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := openGPU(gp)
		if err != nil {
			t.Fatal(err)
		}
		inputs["lens"] = lens(990, 2431) // tiles 15 and 37 (of 64) partial: the loop crosses a tile boundary
		s.keyCache = true
		loop, err := s.run(inputs, steps, 0)
		if err != nil {
			s.Close()
			t.Fatal(err)
		}
		inputs["lens"] = lens(990+steps, 2431+steps)
		s.keyCache = false
		fresh, err := s.run(inputs, 0, 0)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case !slices.Equal(loop.List, fresh.List):
			t.Errorf("%s: the loop's lists differ from a fresh run's", f.Name)
		case !slices.EqualFunc(loop.E, fresh.E, func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }):
			t.Errorf("%s: the loop's scores differ from a fresh run's", f.Name)
		case !slices.Equal(loop.Out.Data, fresh.Out.Data):
			t.Errorf("%s: the loop's output differs from a fresh run's", f.Name)
		}
		t.Logf("%s: stages %v (loop), %v (fresh)", f.Name, loop.StageMS, fresh.StageMS)
	}
}

// TestGPUResidentDecode: a decode loop through Program.Run with the KV
// cache kept on the device (Program.Resident), each step writing its new
// keys and values (WriteRows) and keeping the key means between runs
// (RunOptions.KeyCache), gives every step's scores, lists and output to the
// bit of a fresh run given the whole cache — also after a step rewrites a
// key below the kept lengths (the means of its tile must be pooled again)
// and with a non-finite value row (zeroed on the device, its readers NaN).
func TestGPUResidentDecode(t *testing.T) {
	f := compileKVCache(t, "tile(q: 64, k: 64); score(mean); select(density: 0.2, keep: [sink, diagonal])")
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	gp, err := compileGPU(f)
	if err != nil {
		t.Fatal(err)
	}
	const H, G, N, D, steps = 8, 4, 3000, 128, 30
	r := rand.New(rand.NewPCG(7, 8))
	fill := func(t *runtime.Tensor) {
		for i := range t.Len() {
			t.Set(i, float32(r.NormFloat64()))
		}
	}
	k, v := runtime.New(runtime.F16, G, N, D), runtime.New(runtime.F16, G, N, D)
	fill(k)
	fill(v)
	v.Set((1*N+500)*D+7, float32(math.Inf(1))) // a value row the sequence holds, non-finite
	lens := []int32{990, 2431}
	loop, err := openGPU(gp)
	if err != nil {
		t.Fatal(err)
	}
	defer loop.Close()
	fresh, err := openGPU(gp)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	rk, err := loop.prog.Resident("k", k)
	if err != nil {
		t.Fatal(err)
	}
	rv, err := loop.prog.Resident("v", v)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loop.prog.Run(map[string]*runtime.Tensor{"q": runtime.New(runtime.F16, H, 1, D), "k": k}, cuda.RunOptions{}); err == nil || !strings.Contains(err.Error(), "kept on the device") {
		t.Errorf("a resident input passed again: %v", err)
	}
	var wall [2][]float64
	row := func(x *runtime.Tensor, g, j int) []byte { return x.Data[(g*N+j)*D*2 : (g*N+j+1)*D*2] }
	for step := range steps {
		q := runtime.New(runtime.F16, H, 1, D)
		fill(q)
		for g := range G {
			j := int(lens[g/(G/2)])
			if step == 17 && g == 3 {
				j = 2000 // a key below the kept length: its tile's mean is stale
			}
			for _, x := range []struct {
				t *runtime.Tensor
				r *cuda.Resident
			}{{k, rk}, {v, rv}} {
				for c := range D {
					x.t.Set((g*N+j)*D+c, float32(r.NormFloat64()))
				}
				if err := x.r.WriteRows(g, j, row(x.t, g, j)); err != nil {
					t.Fatal(err)
				}
			}
		}
		for b := range lens {
			lens[b]++
		}
		lt := runtime.New(runtime.I32, 2)
		lt.SetInt32(0, lens[0])
		lt.SetInt32(1, lens[1])
		t0 := time.Now()
		a, err := loop.prog.Run(map[string]*runtime.Tensor{"q": q, "lens": lt}, cuda.RunOptions{KeyCache: true})
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		t1 := time.Now()
		b, err := fresh.prog.Run(map[string]*runtime.Tensor{"q": q, "k": k, "v": v, "lens": lt}, cuda.RunOptions{})
		if err != nil {
			t.Fatalf("step %d (fresh): %v", step, err)
		}
		wall[0], wall[1] = append(wall[0], t1.Sub(t0).Seconds()*1e3), append(wall[1], time.Since(t1).Seconds()*1e3)
		same := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
		switch {
		case !slices.Equal(a.List, b.List):
			t.Fatalf("step %d: the lists differ from a fresh run's", step)
		case !slices.EqualFunc(a.E, b.E, same):
			t.Fatalf("step %d: the scores differ from a fresh run's", step)
		case !slices.EqualFunc(a.Out.Float64s(), b.Out.Float64s(), same):
			t.Fatalf("step %d: the output differs from a fresh run's", step)
		}
		if step == steps-1 {
			t.Logf("last step: loop %v, fresh %v; Run's wall time, median of %d steps: %.3f ms resident, %.3f ms uploading the cache", a.StageMS, b.StageMS, steps, median(wall[0]), median(wall[1]))
		}
	}
	rk.Free()
	rv.Free()
}
