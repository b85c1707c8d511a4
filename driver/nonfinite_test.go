package driver

import (
	"encoding/json"
	"io"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// writeInputs writes q, k, v of causal.attn ([1, 8, 128]) with x planted
// at v[0, 2, 5].
func writeInputs(t *testing.T, x float64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.safetensors")
	ts := map[string]*runtime.Tensor{}
	for i, name := range []string{"q", "k", "v"} {
		vals := make([]float64, 8*128)
		for j := range vals {
			vals[j] = math.Sin(float64(j*(i+3))) / 4
		}
		if name == "v" {
			vals[2*128+5] = x
		}
		tt, err := runtime.FromFloat64(runtime.F32, []int{1, 8, 128}, vals)
		if err != nil {
			t.Fatal(err)
		}
		ts[name] = tt
	}
	if err := writeFileAtomic(path, func(w io.Writer) error { return runtime.WriteSafetensors(w, nil, ts, nil) }); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNonFiniteReport: a NaN among the inputs is reported (which input,
// how many, where the first is) and so is the output's; rel_err, which is
// NaN, is left out of the JSON (null) and named in nonfinite_fields, and the report
// never fails.
func TestNonFiniteReport(t *testing.T) {
	in := writeInputs(t, math.NaN())
	code, out, errs := runMain(t, "run", "-check", "-json", "-inputs", in, "../examples/causal.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if v := rep["rel_err"]; v != nil {
		t.Errorf("rel_err = %v, want null (left out): %s", v, out)
	}
	for _, want := range []string{
		`"nonfinite_fields":{"per_head.0.rel_err":"NaN","rel_err":"NaN","rel_err_head_max":"NaN","rel_err_head_mean":"NaN"}`,
		`"nonfinite_inputs":{"v":{"count":1,"nan":1,"inf":0,"first":[0,2,5]}}`,
		// Rows 2..7 attend to key 2: every output element of those rows at
		// column 5 is NaN (the bf16 result keeps it).
		`"nonfinite_output":{"count":6,"nan":6,"inf":0,"first":[0,2,5]}`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s:\n%s", want, out)
		}
	}
	code, out, errs = runMain(t, "run", "-check", "-inputs", in, "../examples/causal.attn")
	if code != 0 {
		t.Fatalf("text: exit %d: %s", code, errs)
	}
	for _, want := range []string{"rel_err     NaN", "non-finite  input v: 1 (1 NaN, 0 Inf), first at [0 2 5]", "non-finite  output: 6 (6 NaN, 0 Inf), first at [0 2 5]"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	// Finite inputs: no such fields.
	code, out, _ = runMain(t, "run", "-check", "-json", "-inputs", writeInputs(t, 1), "../examples/causal.attn")
	if code != 0 || strings.Contains(out, "nonfinite") {
		t.Errorf("finite run: exit %d, %s", code, out)
	}
}
