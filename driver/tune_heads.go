package driver

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

// tuneHeadMean chooses one density per head of input (family f, a budget
// family) so that the heads' mean error meets t.err at the least total
// cost — the target attnc tune's other searches hold every input to, here
// spread over the heads as they need: a head where density buys little
// error gives its tiles to a head where it buys much. Each head's error
// and cost are measured alone on a geometric grid of densities (points
// settings); the allocation is the cheapest over the Lagrangian choices
// (for each λ, every head takes the density minimising err + λ·cost) whose
// predicted mean error meets the target. The chosen densities are then
// measured together on the whole input, which is what is reported and
// written.
func (t *tuneFlags) tuneHeadMean(path string, src []byte, input string, f tuneFamily, measure func(tuneFamily, float64, []string, string) (*tunePoint, error), stdout io.Writer) error {
	dir, err := os.MkdirTemp("", "attnc-tune")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	files, err := headParts(input, dir, "-head-mean", func(heads int) [][2]int {
		var r [][2]int
		for h := range heads {
			r = append(r, [2]int{h, h + 1})
		}
		return r
	}, func(i int) string { return fmt.Sprintf("head%d", i) })
	if err != nil {
		return err
	}
	points := 2*t.steps + 2
	curves := make([][]*tunePoint, len(files))
	for h, file := range files {
		for i := range points {
			p, err := measure(f, f.knobAt(float64(i)/float64(points-1)), []string{file}, "calibration")
			if err != nil {
				return err
			}
			curves[h] = append(curves[h], p)
		}
	}
	pick, predErr, predCost := allocateHeads(curves, t.calib(t.err))
	if pick == nil {
		return fmt.Errorf("%s: even the largest density (%.4g) on every head misses a head-mean error of %g", input, f.hi, t.err)
	}
	knobs := make([]float64, len(pick))
	parts := make([]string, len(pick))
	for h, i := range pick {
		knobs[h] = curves[h][i].Knob
		parts[h] = fmt.Sprintf("%.4g", knobs[h])
	}
	p := &tunePoint{Family: f.name + ", per head for the head mean", Inputs: []string{input}, Set: "calibration",
		Schedule: "tile(q: 64, k: 64); " + strings.Replace(f.sched, "%.4g", "["+strings.Join(parts, ", ")+"]", 1)}
	rep, err := tuneRun(path, t.kernel, input, p.Schedule)
	if err != nil {
		return fmt.Errorf("%s on %s: %v", p.Schedule, input, err)
	}
	p.Err, p.Cost = *rep.RelErrHeadMean, rep.DensityTotal
	p.Errs, p.Costs = []float64{p.Err}, []float64{p.Cost}
	fmt.Fprintf(stdout, "head-mean target %g on %s, %s, %d densities per head:\n\n| head | ρ | err alone | cost alone |\n|---|---|---|---|\n",
		t.err, shortName(input), f.name, points)
	for h, i := range pick {
		fmt.Fprintf(stdout, "| %d | %.4g | %.3g | %.4f |\n", h, knobs[h], curves[h][i].Err, curves[h][i].Cost)
	}
	fmt.Fprintf(stdout, "\npredicted from the heads alone: head-mean err %.3g, cost %.4f\nmeasured together: %s\n  %s\n", predErr, predCost, p.Schedule, describePoint(p))
	if t.out == "" {
		return nil
	}
	text, err := tunedSource(src, path, p, nil, nil, *t)
	if err != nil {
		return err
	}
	return writeFileAtomic(t.out, func(w io.Writer) error { _, err := io.WriteString(w, text); return err })
}

// allocateHeads picks one point per head (curves[h]: settings of one
// head, each with its error and cost) so that the mean error is at most
// target at the least mean cost, over the Lagrangian choices: for each λ
// on a log grid, every head takes the point minimising err + λ·cost. It
// returns the indices (nil: no choice meets the target) and the chosen
// mean error and cost.
func allocateHeads(curves [][]*tunePoint, target float64) ([]int, float64, float64) {
	var best []int
	bestErr, bestCost := 0.0, math.Inf(1)
	for k := range 401 {
		lambda := math.Pow(10, -6+float64(k)*0.03) // 1e-6 … 1e6
		pick := make([]int, len(curves))
		sumErr, sumCost := 0.0, 0.0
		for h, c := range curves {
			for i, p := range c {
				if p.Err+lambda*p.Cost < c[pick[h]].Err+lambda*c[pick[h]].Cost {
					pick[h] = i
				}
			}
			sumErr, sumCost = sumErr+c[pick[h]].Err, sumCost+c[pick[h]].Cost
		}
		n := float64(len(curves))
		if sumErr/n <= target && sumCost/n < bestCost {
			best, bestErr, bestCost = pick, sumErr/n, sumCost/n
		}
	}
	return best, bestErr, bestCost
}
