package driver

import (
	"fmt"
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
	"github.com/attnc/attnc/runtime/sparse"
)

// gateCases are the gates TestGPUGate runs on the device: MoBA's blocks of
// 16 and 64, the forced blocks alone and together (sink, diagonal,
// local), a list past 32 entries (two slots a lane), head dims 64 and 128,
// GQA, f16 and bf16, and unmasked attention (every block allowed).
var gateCases = []struct {
	dt      string
	d       int
	masked  bool
	kvHeads int // of 4 query heads
	sched   string
}{
	{"f16", 64, true, 4, "gate(block: 16, top: 8, keep: [diagonal])"},
	{"bf16", 64, true, 2, "gate(block: 16, top: 13, keep: [sink, diagonal, local(4)])"},
	{"f16", 128, true, 4, "gate(block: 64, top: 3, keep: [sink, diagonal])"},
	{"bf16", 128, true, 1, "gate(block: 32, top: 40, keep: [local(2)])"},
	{"f16", 64, false, 2, "gate(block: 16, top: 12, keep: [sink])"},
	{"bf16", 64, true, 4, "gate(block: 16, top: 64)"},
}

func compileGate(t *testing.T, dt string, d int, masked bool, sched string) *ir.Func {
	D := fmt.Sprint(d)
	mask := "    s = mask(s, causal)\n"
	if !masked {
		mask = ""
	}
	src := "kernel k(q: " + dt + "[H, N, " + D + "], k: " + dt + "[G, N, " + D + "], v: " + dt + "[G, N, " + D + "]) -> " + dt + "[H, N, " + D + "] {\n" +
		"    s = q @ k^T * rsqrt(" + D + ")\n" + mask + "    return softmax(s) @ v\n}\nschedule k { " + sched + " }\n"
	prog, err := frontend.Compile("k.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	return prog.Module.Funcs[0]
}

// TestGPUGate checks MoBA's gate on the device (codegen/nvptx/gate.go)
// against the run-time library: its scores within float32 rounding of the
// host's (RowScore, float64), and its lists exactly what RowSelect takes
// from the GPU's own scores, ties included (query head 0 all zeros at N =
// 777: every block scores 0, and the lower block must win each tie). It
// compiles (filling the PTX cache) everywhere and runs where there is a
// driver; added in the sixteenth session, before a GPU ran it.
func TestGPUGate(t *testing.T) {
	var fns []*ir.Func
	for _, c := range gateCases {
		f := compileGate(t, c.dt, c.d, c.masked, c.sched)
		if _, _, err := nvptx.FindLLC(); err == nil {
			gp, err := compileGPU(f)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(gp.kernels, func(k cuda.Kernel) bool { return k.Kind == cuda.KindGate }) {
				t.Fatalf("%s: no gate kernel (host steps: %q)", c.sched, nvptx.HostSteps(gp.prog))
			}
		}
		fns = append(fns, f)
	}
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for i, f := range fns {
		c := gateCases[i]
		for _, n := range []int{777, 5000, 20000} {
			h, g := 4, c.kvHeads
			if n > 10000 {
				h, g = 2, max(c.kvHeads/2, 1)
			}
			inputs := map[string]*interp.Tensor{}
			for _, p := range f.Params {
				heads := h
				if p.Name != "q" {
					heads = g
				}
				x := interp.NewTensor(heads, n, c.d)
				for j := range x.Data {
					x.Data[j] = roundTo(p.Type.DType, r.NormFloat64())
				}
				if p.Name == "q" && n == 777 {
					clear(x.Data[:n*c.d]) // ties: every block of head 0 scores 0
				}
				inputs[p.Name] = x
			}
			gp, err := compileGPU(f)
			if err != nil {
				t.Fatal(err)
			}
			s, err := openGPU(gp)
			if err != nil {
				t.Fatal(err)
			}
			s.gateScores = true
			gr, err := s.run(inputs, 0, 0)
			s.Close()
			if err != nil {
				t.Fatalf("%s N=%d: %v", c.sched, n, err)
			}
			checkGPUGate(t, f, inputs, gr, fmt.Sprintf("%s %s d=%d masked=%v N=%d", c.dt, c.sched, c.d, c.masked, n))
		}
	}
}

// checkGPUGate compares the GPU gate's scores and lists with the host's.
func checkGPUGate(t *testing.T, f *ir.Func, inputs map[string]*interp.Tensor, gr *gpuResult, what string) {
	var score, sel *ir.Value
	for _, v := range f.Values {
		switch v.Op {
		case ir.OpRowScore:
			score = v
		case ir.OpRowSelect:
			sel = v
		}
	}
	if score == nil || sel == nil {
		t.Fatalf("%s: no rowscore and rowselect", what)
	}
	q, k := inputs["q"], inputs["k"]
	h, n, d := q.Shape[0], q.Shape[1], q.Shape[2]
	block := score.Int("block")
	grid := &sparse.Grid{H: h, M: n, N: n, Group: h / k.Shape[0], BQ: 64, BK: 64, Mask: score.ExprAttr("mask").Program()}
	e, _, err := sparse.RowScore(grid, block, score.Float("scale"), q.Data, k.Data, d, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(gr.E) != len(e) {
		t.Fatalf("%s: GPU scores %d, host %d", what, len(gr.E), len(e))
	}
	worst, allowed := 0.0, 0
	for i := range e {
		switch {
		case math.IsInf(e[i], -1) != math.IsInf(gr.E[i], -1):
			t.Fatalf("%s: score %d: host %g, GPU %g (the mask's blocks differ)", what, i, e[i], gr.E[i])
		case !math.IsInf(e[i], -1):
			worst = math.Max(worst, math.Abs(e[i]-gr.E[i]))
			allowed++
		}
	}
	if worst > 1e-5 {
		t.Errorf("%s: GPU scores differ from the host's by up to %.3g", what, worst)
	}
	spec := sparse.RowSpec{Block: block, Top: sel.Int("top"), Density: sel.Float("density"), Diagonal: sel.Flag("diagonal"), Sink: sel.Flag("sink"), Local: sel.Int("local")}
	nb := (n + block - 1) / block
	w := spec.Width(nb)
	want := sparse.RowSelect(gr.E, h, n, nb, spec, n)
	differ := 0
	for row := range h * n {
		a, b := want[row*w:(row+1)*w], gr.List[row*w:(row+1)*w]
		if !slices.Equal(a, b) {
			differ++
			if differ <= 3 {
				t.Logf("%s: row %d: host %v, GPU %v", what, row, a, b)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%s: %d of %d rows differ from the host's selection on the same scores", what, differ, h*n)
	} else {
		t.Logf("%s: %d rows of %d blocks, %d scores, within %.2g", what, h*n, nb, allowed, worst)
	}
}
