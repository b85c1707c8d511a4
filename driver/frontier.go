package driver

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/attnc/attnc/plot"
)

// cmdFrontier reads `attnc run -check -json -label SERIES` lines and shows
// the accuracy frontier of each series: a markdown table of every run, the
// error interpolated at given costs (with the ratio to a reference series),
// and a PNG of error against cost.
func cmdFrontier(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("frontier", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the frontier plot to this PNG")
	title := fs.String("title", "", "plot title")
	at := fs.String("at", "0.05,0.1,0.2", "costs at which to interpolate each series' rel_err")
	ref := fs.String("ref", "", "series to compare the others with at those costs (e.g. 'oracle τ')")
	metric := fs.String("metric", "pooled", "the error the plot shows: pooled (rel_err over every head) or head-mean (the mean of the heads' rel_err)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc frontier [flags] RUNS.jsonl...\n\nRUNS are `attnc run -check -json -label SERIES` lines. The cost of a run is its\ndensity_total (density plus scoring), except for series whose label starts with\n\"oracle\": their scoring is a measuring device, so they are placed at their density.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no run files")
	}
	plotErr, yLabel := pooledErr, "rel_err"
	switch *metric {
	case "pooled":
	case "head-mean":
		plotErr, yLabel = headMeanErr, "head mean" // short: the title sits beside it
	default:
		return usagef("-metric: %q, want pooled or head-mean", *metric)
	}
	var costs []float64
	for _, f := range strings.Split(*at, ",") {
		x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || x <= 0 {
			return usagef("-at: bad cost %q", f)
		}
		costs = append(costs, x)
	}
	runs, err := readRuns(files)
	if err != nil {
		return err
	}
	series := groupRuns(runs)
	writeRunTable(stdout, runs)
	fmt.Fprintln(stdout)
	writeAtTable(stdout, series, costs, *ref)
	if *out == "" {
		return nil
	}
	ps, err := frontierSeries(series, plotErr)
	if err != nil {
		return err
	}
	return writeFileAtomic(*out, func(w io.Writer) error {
		return plot.WriteFrontier(w, ps, plot.FrontierOptions{
			Title: *title, XLabel: "cost: density_total (oracles: density)", YLabel: yLabel,
		})
	})
}

// frontierSeries is the plot's series: each run at its cost and error
// (metric, at least 10⁻⁶ for the log axis).
func frontierSeries(series []*runSeries, metric errMetric) ([]plot.Series, error) {
	var ps []plot.Series
	for _, s := range series {
		p := plot.Series{Name: s.name, Dashed: s.oracle}
		for _, r := range s.runs {
			y, ok := metric(r)
			if !ok {
				return nil, fmt.Errorf("series %q: the run of %q has no rel_err_head_mean (made before attnc run reported it): plot -metric pooled", s.name, r.Schedule)
			}
			p.Points = append(p.Points, plot.Point{X: s.cost(r), Y: math.Max(y, 1e-6)})
		}
		ps = append(ps, p)
	}
	return ps, nil
}

func readRuns(files []string) ([]*report, error) {
	var runs []*report
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for line := 1; sc.Scan(); line++ {
			text := strings.TrimSpace(sc.Text())
			if text == "" {
				continue
			}
			r := &report{}
			if err := json.Unmarshal([]byte(text), r); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %v", path, line, err)
			}
			if v, ok := r.NonFiniteFields["rel_err"]; ok && r.RelErr == nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: rel_err is %s (non-finite inputs or output: see nonfinite_inputs, nonfinite_output)", path, line, v)
			}
			if r.RelErr == nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: run without rel_err (run it with -check)", path, line)
			}
			if r.Label == "" {
				r.Label = r.Kernel
			}
			runs = append(runs, r)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
	}
	if len(runs) == 0 {
		return nil, fmt.Errorf("no runs in %s", strings.Join(files, ", "))
	}
	return runs, nil
}

type runSeries struct {
	name   string
	oracle bool
	runs   []*report
}

func (s *runSeries) cost(r *report) float64 {
	if s.oracle {
		return r.Density
	}
	return r.DensityTotal
}

// groupRuns groups runs by label in order of first appearance, each
// series sorted by cost.
func groupRuns(runs []*report) []*runSeries {
	var out []*runSeries
	index := map[string]*runSeries{}
	for _, r := range runs {
		s := index[r.Label]
		if s == nil {
			s = &runSeries{name: r.Label, oracle: strings.HasPrefix(r.Label, "oracle")}
			index[r.Label] = s
			out = append(out, s)
		}
		s.runs = append(s.runs, r)
	}
	for _, s := range out {
		sort.SliceStable(s.runs, func(a, b int) bool { return s.cost(s.runs[a]) < s.cost(s.runs[b]) })
	}
	return out
}

// errMetric reads one error of a run: the pooled rel_err or the mean over
// heads (false where the run has none: runs written before it existed).
type errMetric func(r *report) (float64, bool)

func pooledErr(r *report) (float64, bool) { return *r.RelErr, true }

func headMeanErr(r *report) (float64, bool) {
	if r.RelErrHeadMean == nil {
		return 0, false
	}
	return *r.RelErrHeadMean, true
}

// at interpolates the series' error (metric) at cost x, linearly in
// log(error) between the two runs around x; no extrapolation.
func (s *runSeries) at(x float64, metric errMetric) (float64, bool) {
	for k := 1; k < len(s.runs); k++ {
		a, b := s.runs[k-1], s.runs[k]
		xa, xb := s.cost(a), s.cost(b)
		if xa <= x && x <= xb {
			ea, okA := metric(a)
			eb, okB := metric(b)
			if !okA || !okB {
				return 0, false
			}
			ya, yb := math.Log(math.Max(ea, 1e-12)), math.Log(math.Max(eb, 1e-12))
			if xb == xa {
				return math.Exp(math.Min(ya, yb)), true
			}
			return math.Exp(ya + (yb-ya)*(x-xa)/(xb-xa)), true
		}
	}
	return 0, false
}

func writeRunTable(w io.Writer, runs []*report) {
	fmt.Fprintln(w, "| series | schedule | density | density_total | rel_err | head mean | mass_recall | early stops |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, r := range runs {
		sched := strings.TrimPrefix(r.Schedule, "tile(q: 64, k: 64); ")
		hm := "—"
		if e, ok := headMeanErr(r); ok {
			hm = fmt.Sprintf("%.3g", e)
		}
		fmt.Fprintf(w, "| %s | `%s` | %.4f | %.4f | %.3g | %s | %.4f | %d |\n", r.Label, sched, r.Density, r.DensityTotal, *r.RelErr, hm, *r.MassRecall, r.EarlyStops)
	}
}

// writeAtTable writes the error of every series at the costs, each cell
// the pooled rel_err and the mean over heads ("pooled / head mean"), with
// their ratios to the reference series'.
func writeAtTable(w io.Writer, series []*runSeries, costs []float64, ref string) {
	var refS *runSeries
	for _, s := range series {
		if s.name == ref {
			refS = s
		}
	}
	head := "| series |"
	sep := "|---|"
	for _, c := range costs {
		head += fmt.Sprintf(" pooled / head-mean rel_err at %g%% |", 100*c)
		sep += "---|"
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, sep)
	for _, s := range series {
		fmt.Fprintf(w, "| %s |", s.name)
		for _, c := range costs {
			var parts []string
			for _, metric := range []errMetric{pooledErr, headMeanErr} {
				y, ok := s.at(c, metric)
				if !ok {
					parts = append(parts, "—")
					continue
				}
				part := fmt.Sprintf("%.3g", y)
				if refS != nil && refS != s {
					if ry, ok := refS.at(c, metric); ok {
						part += fmt.Sprintf(" (%.2f×)", y/ry)
					}
				}
				parts = append(parts, part)
			}
			fmt.Fprint(w, " "+strings.Join(parts, " / ")+" |")
		}
		fmt.Fprintln(w)
	}
}
