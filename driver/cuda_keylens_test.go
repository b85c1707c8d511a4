package driver

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/passes"
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
		fns = append(fns, f)
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
