package driver

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"

	"github.com/attnc/attnc/ir/interp"
)

// A NaN or an infinity among a run's inputs or in its output is reported,
// never silently absorbed: the report says how many each tensor holds and
// where the first is, and a number of the report that is not finite
// (rel_err of a NaN output) is left out of the JSON object (null) and
// named, with its value, in nonfinite_fields (JSON has no NaN), so -json
// never fails.

// nonFinite counts the non-finite elements of a tensor.
type nonFinite struct {
	Count int   `json:"count"`
	NaN   int   `json:"nan"`
	Inf   int   `json:"inf"`   // +Inf and -Inf
	First []int `json:"first"` // index of the first, per dim
}

// countNonFinite returns t's non-finite elements, or nil when there are none.
func countNonFinite(t *interp.Tensor) *nonFinite {
	var nf *nonFinite
	for i, x := range t.Data {
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			continue
		}
		if nf == nil {
			nf = &nonFinite{First: unravel(i, t.Shape)}
		}
		nf.Count++
		if math.IsNaN(x) {
			nf.NaN++
		} else {
			nf.Inf++
		}
	}
	return nf
}

// unravel turns a flat index into one index per dim.
func unravel(i int, shape []int) []int {
	idx := make([]int, len(shape))
	for d := len(shape) - 1; d >= 0; d-- {
		if shape[d] > 0 {
			idx[d] = i % shape[d]
			i /= shape[d]
		}
	}
	return idx
}

// noteNonFinite fills the report's counts of non-finite inputs and output.
func (r *report) noteNonFinite(inputs map[string]*interp.Tensor, out *interp.Tensor) {
	for name, t := range inputs {
		if nf := countNonFinite(t); nf != nil {
			if r.NonFiniteInputs == nil {
				r.NonFiniteInputs = map[string]*nonFinite{}
			}
			r.NonFiniteInputs[name] = nf
		}
	}
	if out != nil {
		r.NonFiniteOutput = countNonFinite(out)
	}
}

// finiteForJSON replaces every non-finite number of the report by null,
// which the JSON leaves out (0 for the fields that are not pointers), and
// names it in
// NonFiniteFields with its value.
func (r *report) finiteForJSON() {
	note := func(name string, x float64) {
		if r.NonFiniteFields == nil {
			r.NonFiniteFields = map[string]string{}
		}
		r.NonFiniteFields[name] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	ptr := func(name string, p **float64) {
		if *p != nil && !isFinite(**p) {
			note(name, **p)
			*p = nil
		}
	}
	val := func(name string, p *float64) {
		if !isFinite(*p) {
			note(name, *p)
			*p = 0
		}
	}
	ptr("ref_diff", &r.RefDiff)
	ptr("rel_err", &r.RelErr)
	ptr("rel_err_head_mean", &r.RelErrHeadMean)
	ptr("rel_err_head_max", &r.RelErrHeadMax)
	ptr("mass_recall", &r.MassRecall)
	val("density", &r.Density)
	val("density_total", &r.DensityTotal)
	val("time_ms", &r.TimeMS)
	for k, v := range r.StageMS {
		if !isFinite(v) {
			note("stage_ms."+k, v)
			r.StageMS[k] = 0
		}
	}
	for i := range r.PerHead {
		h := &r.PerHead[i]
		pre := fmt.Sprintf("per_head.%d.", i)
		ptr(pre+"rel_err", &h.RelErr)
		ptr(pre+"mass_recall", &h.MassRecall)
		val(pre+"density", &h.Density)
		val(pre+"density_total", &h.DensityTotal)
	}
}

func isFinite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// printNonFinite writes the text report's lines on non-finite values.
func printNonFinite(w io.Writer, r *report) {
	names := make([]string, 0, len(r.NonFiniteInputs))
	for n := range r.NonFiniteInputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		nf := r.NonFiniteInputs[n]
		fmt.Fprintf(w, "  non-finite  input %s: %d (%d NaN, %d Inf), first at %v\n", n, nf.Count, nf.NaN, nf.Inf, nf.First)
	}
	if nf := r.NonFiniteOutput; nf != nil {
		fmt.Fprintf(w, "  non-finite  output: %d (%d NaN, %d Inf), first at %v\n", nf.Count, nf.NaN, nf.Inf, nf.First)
	}
}
