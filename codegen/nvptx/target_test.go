package nvptx_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestCUDATargetDecides: on every example the CUDA target's passes leave
// a program whose text form parses back to the same program (the decisions
// are in the IR, not beside it), running them again changes nothing, and
// every call is placed; minference's tensor-core kernel stores the
// converted type itself, its scoring and selection fused on the device.
func TestCUDATargetDecides(t *testing.T) {
	files := examplesForCUDA(t)
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, p := range lower(t, path, src) {
			if err := nvptx.CUDA.Run(p); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			text := p.String()
			q, err := tile.Parse("t.tile", text)
			if err != nil {
				t.Fatalf("%s: %v\n%s", path, err, text)
			}
			if err := nvptx.CUDA.Run(q); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(text, q.String()); diff != "" {
				t.Errorf("%s: passes not idempotent through the text form (-first +again):\n%s", path, diff)
			}
			for _, s := range p.Steps {
				if s.Kind == tile.Call && s.On() == "" {
					t.Errorf("%s: %s not placed", path, s.Out.Ref())
				}
			}
		}
	}
	src, _ := os.ReadFile("../../examples/minference.attn")
	p := lower(t, "minference.attn", src)[0]
	if err := nvptx.CUDA.Run(p); err != nil {
		t.Fatal(err)
	}
	text := p.String()
	for _, want := range []string{"method=mean scale=0.125 mask={causal} bq=64 bk=64 on=device :", "on=device fused :", "store rows=64 dimv=64 to=f16"} {
		if !strings.Contains(text, want) {
			t.Errorf("minference after the CUDA target: no %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "convert") {
		t.Errorf("minference: the convert was not folded:\n%s", text)
	}
}

// TestPlanOfEveryExample: every example's plan checks, survives JSON, and
// names the kernels GenerateWith returned: a device score-select step
// where the target fused, a host step for every call placed on the host.
func TestPlanOfEveryExample(t *testing.T) {
	files := examplesForCUDA(t)
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, p := range lower(t, path, src) {
			_, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			plan, err := nvptx.Plan(p, kernels, "", "sm_90a")
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			b, err := cuda.MarshalPlans([]*cuda.Plan{plan})
			if err != nil {
				t.Fatal(err)
			}
			back, err := cuda.UnmarshalPlans(b)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if diff := cmp.Diff(plan, back[0]); diff != "" {
				t.Errorf("%s: plan changed through JSON:\n%s", path, diff)
			}
			var device, host int
			for _, s := range p.Steps {
				switch {
				case s.On() == "device" && !s.Fused():
					device++
				case s.On() == "host" && !s.Fused(): // a fused pair is one step (the gate)
					host++
				}
			}
			var gotDevice, gotHost int
			for _, s := range plan.Steps {
				switch {
				case s.Op == cuda.OpScoreSelect, (s.Op == cuda.OpPermute || s.Op == cuda.OpRowGate || s.Op == cuda.OpTokenSelect) && len(s.Launches) > 0:
					gotDevice++
				case s.Op == cuda.OpAttention:
				default:
					gotHost++
				}
			}
			if gotDevice != device || gotHost != host {
				t.Errorf("%s: plan has %d device and %d host steps, the IR placed %d and %d", path, gotDevice, gotHost, device, host)
			}
		}
	}
}

// TestPlanCheckRejects: a plan that reads an undefined buffer or launches
// a kernel it does not hold is refused before anything loads.
func TestPlanCheckRejects(t *testing.T) {
	for _, c := range []struct {
		plan cuda.Plan
		want string
	}{
		{cuda.Plan{Name: "a", Params: []cuda.PlanParam{{Name: "q"}}, Steps: []cuda.PlanStep{{Name: "attention %0", Op: cuda.OpAttention, Out: "0", Args: []string{"q", "k"}, Kernel: "x"}}, Result: "0"}, `reads "k" before it is defined`},
		{cuda.Plan{Name: "b", Params: []cuda.PlanParam{{Name: "q"}}, Steps: []cuda.PlanStep{{Name: "attention %0", Op: cuda.OpAttention, Out: "0", Args: []string{"q"}, Kernel: "x"}}, Result: "0"}, `launches "x", which the plan does not hold`},
		{cuda.Plan{Name: "c", Params: []cuda.PlanParam{{Name: "q"}}, Steps: []cuda.PlanStep{{Name: "sort %0", Op: "sort", Out: "0", Args: []string{"q"}}}, Result: "0"}, `unknown op "sort"`},
		{cuda.Plan{Name: "d", Params: []cuda.PlanParam{{Name: "q"}}, Result: "1"}, `returns "1"`},
		{cuda.Plan{Name: "e", Params: []cuda.PlanParam{{Name: "q"}}, Steps: []cuda.PlanStep{{Name: "blockscore %0", Op: cuda.OpBlockScore, Out: "0", Args: []string{"q", "q"},
			Score: &cuda.ScoreStep{ScoreSpec: abi.ScoreSpec{Method: "psychic"}, BQ: 64, BK: 64}}}, Result: "0"}, `unknown scoring method "psychic"`},
		{cuda.Plan{Name: "f", Params: []cuda.PlanParam{{Name: "q"}}, Steps: []cuda.PlanStep{{Name: "blockselect %0", Op: cuda.OpBlockSelect, Out: "0", Args: []string{"q"},
			Select: &cuda.SelectStep{SelectSpec: abi.SelectSpec{Mode: "all", BQ: 64}}}}, Result: "0"}, `selection tiles 64×0`},
		{cuda.Plan{Name: "g", Params: []cuda.PlanParam{{Name: "q"}}, Kernels: []cuda.Kernel{{Name: "x"}}, Steps: []cuda.PlanStep{{Name: "attention %0", Op: cuda.OpAttention, Out: "0", Args: []string{"q"}, Kernel: "x", KeyMeans: "q"}}, Result: "0"},
			`rounds its mean keys from the key means of "q", which no earlier score-select step pools`},
	} {
		if err := c.plan.Check(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("plan %s: got %v, want %q", c.plan.Name, err, c.want)
		}
	}
}

// TestPerRowPlan: MoBA's and HISA's plans run the gate as one host step
// (rowgate: its scores never written), HISA's tokens as another, then the
// per-row attention kernel reading the last list; the specs are the
// schedule's.
func TestPerRowPlan(t *testing.T) {
	for _, c := range []struct {
		file string
		ops  []string
		spec sparse.RowSpec
	}{
		{"moba", []string{cuda.OpRowGate, cuda.OpAttention}, sparse.RowSpec{Block: 16, Top: 8, Diagonal: true}},
		{"hisa", []string{cuda.OpRowGate, cuda.OpTokenSelect, cuda.OpAttention}, sparse.RowSpec{Block: 64, Top: 16, Diagonal: true}},
	} {
		src, _ := os.ReadFile("../../examples/" + c.file + ".attn")
		p := lower(t, c.file+".attn", src)[0]
		_, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
		if err != nil {
			t.Fatal(err)
		}
		plan, err := nvptx.Plan(p, kernels, "", "sm_90a")
		if err != nil {
			t.Fatal(err)
		}
		var ops []string
		for _, s := range plan.Steps {
			ops = append(ops, s.Op)
		}
		if diff := cmp.Diff(c.ops, ops); diff != "" {
			t.Errorf("%s: plan steps (-want +got):\n%s", c.file, diff)
			continue
		}
		gate, attn := plan.Steps[0], plan.Steps[len(plan.Steps)-1]
		if gate.Rows == nil || gate.Rows.Spec != c.spec || gate.Rows.Method != "mean" || gate.Rows.Scale != 0.125 || len(gate.Args) != 2 || gate.Args[0] != "q" || gate.Args[1] != "k" {
			t.Errorf("%s: gate step %+v (rows %+v)", c.file, gate, gate.Rows)
		}
		if last := plan.Steps[len(plan.Steps)-2]; attn.Args[3] != last.Out {
			t.Errorf("%s: the attention reads %s, the last selection writes %s", c.file, attn.Args[3], last.Out)
		}
		if c.file == "hisa" && (plan.Steps[1].Rows == nil || plan.Steps[1].Rows.Top != 256 || plan.Steps[1].Rows.Block != 64 || plan.Steps[1].Args[2] != gate.Out) {
			t.Errorf("hisa: tokens step %+v", plan.Steps[1])
		}
	}
}

// TestDenseProducerIsMeasured: the default dense kernel of head dim 128
// on sm_90a (Options.DenseProducer) is, up to its store, the kernel the
// GPU calls measured and checked as `tile(q: 128, k: 128)` with the
// producer, two stages, the overlapped loop and split K/V barriers
// (BENCHMARKS.md, sixteenth session): the LLVM IR of the two is the same
// text until the first line that writes the output (bf16 here, f32
// there: the convert folds into the 64-key dense kernel's store).
func TestDenseProducerIsMeasured(t *testing.T) {
	src, err := os.ReadFile("../../examples/causal.attn")
	if err != nil {
		t.Fatal(err)
	}
	a, ka, err := nvptx.GenerateWith(lower(t, "causal.attn", src)[0], nvptx.OptionsFor("sm_90a"))
	if err != nil {
		t.Fatal(err)
	}
	o := nvptx.OptionsFor("sm_90a")
	o.DenseProducer, o.DenseBK = nil, 0
	o.Producer, o.KVStages, o.OverlapHeadDims, o.Overlap, o.SplitKV = true, 2, nil, true, true
	measured := string(src) + "\nschedule prefill {\n    tile(q: 128, k: 128)\n}\n"
	b, kb, err := nvptx.GenerateWith(lower(t, "causal.attn", []byte(measured))[0], o)
	if err != nil {
		t.Fatal(err)
	}
	if ka[0].BK != 128 || ka[0].BQ != 128 || ka[0].BlockRows != 384 || ka[0].Smem != kb[0].Smem || ka[0].OutType != "bf16" {
		t.Fatalf("default kernel %+v, measured %+v", ka[0], kb[0])
	}
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] == bl[i] || strings.HasPrefix(al[i], "define ") && strings.Contains(al[i], "%out") {
			continue
		}
		if !strings.Contains(al[i], "%out") {
			t.Fatalf("line %d differs before the store:\n default:  %s\n measured: %s", i+1, al[i], bl[i])
		}
		t.Logf("the same IR for %d lines, then the store", i)
		return
	}
	t.Fatal("no store found")
}

// TestShareKeyMeans: best.attn's compensation rounds its mean keys from
// the scores' key means (compensate kmeans; the plan's attention step
// names the score-select step, and the kernels hold both kbar kernels,
// runtime/cuda picking one); where the scores are not mean scores of the
// same keys on the device — proxy heads, antidiagonal scores, key tiles
// of another size — it pools k as before, and a kmeans written by hand on
// such a program is cleared by the pass.
func TestShareKeyMeans(t *testing.T) {
	const kernel = `kernel best(q: f16[H, N, 64], k: f16[H, N, 64], v: f16[H, N, 64]) -> f16[H, N, 64] {
    s = q @ k^T * rsqrt(64)
    s = mask(s, causal)
    return softmax(s) @ v
}
`
	for _, c := range []struct {
		name, schedule string
		share          bool
	}{
		{"best", "tile(q: 64, k: 64)\n score(mean)\n budget(density: 0.09, keep: [sink, diagonal])\n compensate(order: 0)", true},
		{"density", "tile(q: 64, k: 64)\n score(mean)\n select(density: 0.1)\n compensate(order: 0)", true},
		{"proxy heads (scores on the host)", "tile(q: 64, k: 64)\n score(mean, heads: 2)\n budget(density: 0.09)\n compensate(order: 0)", false},
		{"antidiagonal", "tile(q: 64, k: 64)\n score(antidiagonal, stride: 8)\n select(mass: 0.9)\n compensate(order: 0)", false},
	} {
		src := kernel + "schedule best {\n " + c.schedule + "\n}\n"
		p := lower(t, c.name+".attn", []byte(src))[0]
		if err := nvptx.CUDA.Run(p); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var comp *tile.Op
		for _, s := range p.Steps {
			if s.Kind == tile.Kernel {
				comp = s.Find(tile.Compensate)
			}
		}
		if comp == nil {
			t.Fatalf("%s: no compensate in\n%s", c.name, p)
		}
		if got := comp.Attrs["kmeans"] == true; got != c.share {
			t.Errorf("%s: compensate kmeans %v, want %v:\n%s", c.name, got, c.share, p)
		}
		if !c.share {
			// Written by hand: the pass clears it, so the plan cannot
			// round means nobody pooled.
			comp.Attrs["kmeans"] = true
			if err := nvptx.CUDA.Run(p); err != nil {
				t.Fatal(err)
			}
			if comp.Attrs["kmeans"] == true {
				t.Errorf("%s: a kmeans written by hand survives the pass", c.name)
			}
		}
		_, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		plan, err := nvptx.Plan(p, kernels, "", "sm_90a")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		attn := plan.Steps[len(plan.Steps)-1]
		var args []string
		for _, l := range attn.Launches {
			for _, n := range l.Kernels {
				for _, k := range kernels {
					if k.Name == n && k.Kind == cuda.KindCompPool {
						args = append(args, k.Arg)
					}
				}
			}
		}
		want, wantMeans := []string{"k", "v"}, ""
		if c.share {
			want, wantMeans = []string{"k", "kmeans", "v"}, plan.Steps[0].Out
			if plan.Steps[0].Op != cuda.OpScoreSelect {
				t.Errorf("%s: the first step is %s, not the score-select", c.name, plan.Steps[0].Op)
			}
		}
		if diff := cmp.Diff(want, args); diff != "" || attn.KeyMeans != wantMeans {
			t.Errorf("%s: the compensation's pools (-want +got):\n%s; KeyMeans %q, want %q", c.name, diff, attn.KeyMeans, wantMeans)
		}
	}
}
