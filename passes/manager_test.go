package passes_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/passes"
)

// TestPassOrder checks the default pipeline against every ordering
// constraint, and that each constraint names registered passes and a reason.
func TestPassOrder(t *testing.T) {
	steps, err := passes.Pipeline(nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range steps {
		names = append(names, s.Pass.Name)
	}
	for _, c := range passes.Constraints() {
		if passes.Lookup(c.Before) == nil || passes.Lookup(c.After) == nil {
			t.Errorf("constraint %s before %s names an unregistered pass", c.Before, c.After)
		}
		if c.Why == "" {
			t.Errorf("constraint %s before %s has no reason", c.Before, c.After)
		}
		bi, ai := slices.Index(names, c.Before), slices.Index(names, c.After)
		if bi < 0 || ai < 0 {
			continue
		}
		if bi > ai {
			t.Errorf("pipeline %v runs %s after %s, but %s", names, c.Before, c.After, c.Why)
		}
	}
	for _, p := range passes.All() {
		if p.Doc == "" || strings.Contains(p.Doc, "\n") {
			t.Errorf("pass %s needs a one-line doc", p.Name)
		}
	}
}

func TestRegisterAndSchema(t *testing.T) {
	ran := ""
	p := &passes.Pass{
		Name: "test-mark", Phase: passes.Schedule, Doc: "records that it ran",
		Args: []passes.ArgSpec{
			{Name: "mode", Kind: passes.ArgMode, Values: []string{"fast", "slow"}},
			{Name: "n", Kind: passes.ArgInt},
			{Name: "tau", Kind: passes.ArgFloat},
			{Name: "keep", Kind: passes.ArgList, Values: []string{"sink", "local"}},
		},
		Run: func(f *ir.Func, a passes.Args) error {
			ran = a.Mode("fast") + " " + a.Call.String()
			a.Logf("n=%d tau=%g keep=%d", a.Int("n", 1), a.Float("tau", 0.5), len(a.List("keep")))
			return nil
		},
	}
	if err := passes.Register(p); err != nil {
		t.Fatal(err)
	}
	if err := passes.Register(p); err == nil {
		t.Error("registering a name twice succeeded")
	}
	calls, err := frontend.ParsePipeline("test-mark(slow, n: 3, keep: [sink, local(2)])")
	if err != nil {
		t.Fatal(err)
	}
	steps, err := passes.Pipeline(calls)
	if err != nil {
		t.Fatal(err)
	}
	f := &ir.Func{Name: "k"}
	f.Result = f.NewValue(ir.Pos{}, ir.OpConst, ir.TensorOf(ir.F32))
	f.Result.SetAttr("value", 1.0)
	f.ResultType = f.Result.Type
	var debug bytes.Buffer
	if _, err := passes.Run(f, steps, &passes.Options{Debug: &debug, VerifyEach: true}); err != nil {
		t.Fatal(err)
	}
	if ran != "slow test-mark(slow, n: 3, keep: [sink, local(2)])" {
		t.Errorf("pass saw %q", ran)
	}
	if !strings.Contains(debug.String(), "test-mark: k: n=3 tau=0.5 keep=2") {
		t.Errorf("debug stream: %q", debug.String())
	}
	for src, want := range map[string]string{
		"test-mark(medium)":     "-passes:1:11: test-mark: unknown mode medium, want one of fast, slow",
		"test-mark(n: 1.5)":     "-passes:1:14: test-mark: n wants an integer, got 1.5",
		"test-mark(m: 1)":       `-passes:1:11: test-mark has no argument "m"`,
		"test-mark(keep: [x])":  "test-mark: keep: unknown item x",
		"test-mark(n: 1, n: 2)": "argument n given twice",
		"nope":                  `-passes:1:1: unknown pass "nope"`,
	} {
		calls, err := frontend.ParsePipeline(src)
		if err == nil {
			_, err = passes.Pipeline(calls)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", src, err, want)
		}
	}
}

func TestInternalErrorNamesPassAndKernel(t *testing.T) {
	bad := &passes.Pass{Name: "test-crash", Phase: passes.Schedule, Doc: "panics",
		Run: func(f *ir.Func, a passes.Args) error { var m map[string]int; m["x"] = 1; return nil }}
	if err := passes.Register(bad); err != nil {
		t.Fatal(err)
	}
	steps, err := passes.Pipeline([]ir.PassCall{{Name: "test-crash"}})
	if err != nil {
		t.Fatal(err)
	}
	f := &ir.Func{Name: "prefill"}
	_, err = passes.Run(f, steps[len(steps)-2:len(steps)-1], nil)
	if err == nil || !strings.HasPrefix(err.Error(), "internal compiler error during test-crash while compiling prefill") {
		t.Errorf("got %v", err)
	}
}

func TestPrintAfterAndTimePasses(t *testing.T) {
	prog, err := frontend.Compile("x.attn", []byte(`kernel k(q: f32[H, N, 8], k: f32[H, N, 8], v: f32[H, N, 8]) -> f32[H, N, 8] {
    return softmax(mask(q @ k^T, causal)) @ v
}`), frontend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = passes.CompileModule(prog.Module, nil, nil, &passes.Options{PrintAfter: []string{"fuse-attention"}, TimePasses: true, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"// after fuse-attention\nfunc k(", "= attention %q, %k, %v", "// total"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "// after shapes") {
		t.Errorf("printed after a pass not asked for:\n%s", s)
	}
}
