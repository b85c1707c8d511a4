package driver

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// checkGPUTokens compares the GPU token stage's candidate scores and lists
// with the host's: each candidate (the c % block-th key of the row's c /
// block-th block of gateList) scored c·q·k in float64, and the top
// chosen from the GPU's scores by TokenSelect's rule (higher score, then
// lower key; ascending, -1 padded).
func checkGPUTokens(t *testing.T, f *ir.Func, inputs map[string]*interp.Tensor, gateList []int32, gotE []float64, got []int32, what string) {
	var ts *ir.Value
	for _, v := range f.Values {
		if v.Op == ir.OpTokenSelect {
			ts = v
		}
	}
	q, k := inputs["q"], inputs["k"]
	h, n, d := q.Shape[0], q.Shape[1], q.Shape[2]
	group := h / k.Shape[0]
	block, top, scale := ts.Int("block"), ts.Int("top"), ts.Float("scale")
	masked := ts.ExprAttr("mask") != nil
	w := len(gateList) / (h * n)
	cand := w * block
	if len(gotE) != h*n*cand || len(got) != h*n*top {
		t.Fatalf("%s: token scores %d (want %d), lists %d (want %d)", what, len(gotE), h*n*cand, len(got), h*n*top)
	}
	worst, differ := 0.0, 0
	type kv struct {
		s float64
		j int32
	}
	for row := range h * n {
		hh, i := row/n, row%n
		var keys []kv
		for c := range cand {
			blk := gateList[row*w+c/block]
			j := int(blk)*block + c%block
			e := gotE[row*cand+c]
			if blk < 0 || j >= n || masked && j > i {
				if !math.IsInf(e, -1) {
					t.Fatalf("%s: row %d candidate %d (key %d) is none, the GPU scored it %g", what, row, c, j, e)
				}
				continue
			}
			var dot float64
			for x := range d {
				dot += q.Data[(hh*n+i)*d+x] * k.Data[((hh/group)*n+j)*d+x]
			}
			worst = math.Max(worst, math.Abs(scale*dot-e))
			keys = append(keys, kv{e, int32(j)})
		}
		slices.SortStableFunc(keys, func(a, b kv) int {
			switch {
			case a.s > b.s:
				return -1
			case a.s < b.s:
				return 1
			}
			return int(a.j - b.j)
		})
		want := make([]int32, top)
		for x := range want {
			want[x] = -1
		}
		var chosen []int32
		for _, x := range keys[:min(top, len(keys))] {
			chosen = append(chosen, x.j)
		}
		slices.Sort(chosen)
		copy(want, chosen)
		if !slices.Equal(want, got[row*top:(row+1)*top]) {
			differ++
			if differ <= 3 {
				t.Logf("%s: tokens of row %d: host %v, GPU %v", what, row, want[:min(top, 16)], got[row*top:row*top+min(top, 16)])
			}
		}
	}
	if worst > 1e-4 {
		t.Errorf("%s: GPU token scores differ from the host's by up to %.3g", what, worst)
	}
	if differ > 0 {
		t.Errorf("%s: tokens of %d of %d rows differ from the host's rule on the same scores", what, differ, h*n)
	}
}

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
	{"bf16", 128, true, 2, "gate(block: 16, top: 100, keep: [diagonal, local(2)])"}, // 16 rows a CTA
	// HISA: the gate, then the token stage (codegen/nvptx/tokens.go) over
	// its blocks — fewer candidates than top in the first rows, ties.
	{"f16", 64, true, 4, "gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)"},
	{"bf16", 128, true, 2, "gate(block: 16, top: 32, keep: [sink, diagonal, local(4)]); tokens(top: 205)"},
	{"bf16", 64, false, 2, "gate(block: 32, top: 8, keep: [sink]); tokens(top: 50)"},
}

func compileGate(t *testing.T, dt string, d int, masked bool, sched string) *ir.Func {
	mask := "    s = mask(s, causal)\n"
	if !masked {
		mask = ""
	}
	return compileKernel(t, dt, fmt.Sprint(d), mask, sched)
}

// TestGPUGate checks MoBA's gate and HISA's token stage on the device
// (codegen/nvptx/gate.go, tokens.go) against the run-time library: their
// scores within float32 rounding of the host's (float64), and their lists
// exactly what the host's rules take from the GPU's own scores, ties
// included (query head 0 all zeros at N = 777: every score is 0, and the
// lower block or key must win each tie). It compiles (filling the PTX
// cache) everywhere and runs where there is a driver; added in the
// sixteenth session, before a GPU ran it (TestGateEmulated and
// TestTokensEmulated ran the kernels on the CPU).
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
			if strings.Contains(c.sched, "tokens") && !slices.ContainsFunc(gp.kernels, func(k cuda.Kernel) bool { return k.Kind == cuda.KindTokens }) {
				t.Fatalf("%s: no token kernel (host steps: %q)", c.sched, nvptx.HostSteps(gp.prog))
			}
		}
		fns = append(fns, f)
	}
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	only := os.Getenv("ATTNC_GPU_GATE_ONLY") // a substring of the schedules to run
	ran := 0
	defer func() {
		if ran == 0 {
			t.Errorf("ATTNC_GPU_GATE_ONLY=%q is in no schedule: nothing ran", only)
		}
	}()
	for i, f := range fns {
		c := gateCases[i]
		if only != "" && !strings.Contains(c.sched, only) {
			continue
		}
		ran++
		sizes := []int{777, 5000, 20000}
		if os.Getenv("ATTNC_GPU_GATE_SMALL") != "" {
			sizes = sizes[:1] // under compute-sanitizer
		}
		for _, n := range sizes {
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
			s.rowScores = true
			gr, err := s.run(inputs, 0, 0)
			s.Close()
			if err != nil {
				t.Fatalf("%s N=%d: %v", c.sched, n, err)
			}
			what := fmt.Sprintf("%s %s d=%d masked=%v N=%d", c.dt, c.sched, c.d, c.masked, n)
			var gate, tokens string
			for _, st := range gp.plan.Steps {
				switch {
				case st.Op == cuda.OpRowGate && len(st.Launches) > 0:
					gate = st.Out
				case st.Op == cuda.OpTokenSelect && len(st.Launches) > 0:
					tokens = st.Out
				}
			}
			checkGPUGate(t, f, inputs, gr.RowE[gate], gr.RowLists[gate], what)
			if strings.Contains(c.sched, "tokens") {
				checkGPUTokens(t, f, inputs, gr.RowLists[gate], gr.RowE[tokens], gr.RowLists[tokens], what)
			}
		}
	}
}

// checkGPUGate compares the GPU gate's scores and lists with the host's.
func checkGPUGate(t *testing.T, f *ir.Func, inputs map[string]*interp.Tensor, gotE []float64, gotList []int32, what string) {
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
	if len(gotE) != len(e) {
		t.Fatalf("%s: GPU scores %d, host %d", what, len(gotE), len(e))
	}
	worst, allowed := 0.0, 0
	for i := range e {
		switch {
		case math.IsInf(e[i], -1) != math.IsInf(gotE[i], -1):
			t.Fatalf("%s: score %d: host %g, GPU %g (the mask's blocks differ)", what, i, e[i], gotE[i])
		case !math.IsInf(e[i], -1):
			worst = math.Max(worst, math.Abs(e[i]-gotE[i]))
			allowed++
		}
	}
	if worst > 1e-5 {
		t.Errorf("%s: GPU scores differ from the host's by up to %.3g", what, worst)
	}
	spec := sparse.RowSpec{Block: block, Top: sel.Int("top"), Density: sel.Float("density"), Diagonal: sel.Flag("diagonal"), Sink: sel.Flag("sink"), Local: sel.Int("local")}
	nb := (n + block - 1) / block
	w := spec.Width(nb)
	want := sparse.RowSelect(gotE, h, n, nb, spec, n)
	differ := 0
	for row := range h * n {
		a, b := want[row*w:(row+1)*w], gotList[row*w:(row+1)*w]
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
