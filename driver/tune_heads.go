package driver

import (
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// tuneHeadMean chooses one density per head of input (family f, a budget
// family) so that the heads' mean error meets t.err at the least total
// cost — the target attnc tune's other searches hold every input to, here
// spread over the heads as they need: a head where density buys little
// error gives its tiles to a head where it buys much. Each head's error
// and cost are measured alone on a geometric grid of densities, then on
// refineSteps more between the neighbours of its first choice; the
// allocation is the cheapest whose predicted mean error meets the target
// (allocateHeads: a knapsack over the heads). The chosen densities are
// then measured together on the whole input, which is what is reported
// and written.
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
	pick, _, _ := allocateHeads(curves, t.calib(t.err))
	if pick == nil {
		return fmt.Errorf("%s: even the largest density (%.4g) on every head misses a head-mean error of %g", input, f.hi, t.err)
	}
	// Coarse to fine: refineSteps more densities between each head's
	// chosen point's neighbours on the grid, then the allocation again.
	for h, i := range pick {
		lo, hi := curves[h][max(i-1, 0)].Knob, curves[h][min(i+1, points-1)].Knob
		for k := 1; k <= refineSteps; k++ {
			x, _ := strconv.ParseFloat(fmt.Sprintf("%.4g", lo*math.Pow(hi/lo, float64(k)/float64(refineSteps+1))), 64)
			p, err := measure(f, x, []string{files[h]}, "calibration")
			if err != nil {
				return err
			}
			curves[h] = append(curves[h], p)
		}
	}
	pick, predErr, predCost := allocateHeads(curves, t.calib(t.err))
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
	fmt.Fprintf(stdout, "head-mean target %g on %s, %s, %d densities per head, %d more around each choice:\n\n| head | ρ | err alone | cost alone |\n|---|---|---|---|\n",
		t.err, shortName(input), f.name, points, refineSteps)
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
// head, each with its error and cost) with the least mean cost whose mean
// error is at most target: a knapsack over the heads, the errors rounded
// up to units of n·target/allocUnits (so a choice it finds always meets
// the target; it may miss one within a unit of it). It returns the indices
// (nil: no choice meets the target) and the chosen mean error and cost.
func allocateHeads(curves [][]*tunePoint, target float64) ([]int, float64, float64) {
	n := len(curves)
	if n == 0 || !(target > 0) {
		return nil, 0, 0
	}
	unit := float64(n) * target / allocUnits
	units := func(e float64) int { return int(math.Ceil(e/unit - 1e-9)) }
	// cost[h][u]: the least cost of heads 0…h using u error units; from
	// records the point chosen for head h there.
	inf := math.Inf(1)
	cost := make([][]float64, n)
	from := make([][]int, n)
	for h, c := range curves {
		cost[h], from[h] = make([]float64, allocUnits+1), make([]int, allocUnits+1)
		for u := range cost[h] {
			cost[h][u], from[h][u] = inf, -1
		}
		for i, p := range c {
			w := units(p.Err)
			if w > allocUnits || p.Err != p.Err {
				continue
			}
			for u := w; u <= allocUnits; u++ {
				prev := 0.0
				if h > 0 {
					prev = cost[h-1][u-w]
				}
				if prev+p.Cost < cost[h][u] {
					cost[h][u], from[h][u] = prev+p.Cost, i
				}
			}
		}
	}
	u := 0
	for v := range cost[n-1] {
		if cost[n-1][v] < cost[n-1][u] {
			u = v
		}
	}
	if math.IsInf(cost[n-1][u], 1) {
		return nil, 0, 0
	}
	pick := make([]int, n)
	for h := n - 1; h >= 0; h-- {
		pick[h] = from[h][u]
		u -= units(curves[h][pick[h]].Err)
	}
	e, c := 0.0, 0.0
	for h, i := range pick {
		e, c = e+curves[h][i].Err, c+curves[h][i].Cost
	}
	return pick, e / float64(n), c / float64(n)
}

// refineSteps are the densities tuneHeadMean adds around each head's first
// choice.
const refineSteps = 5

// allocUnits is allocateHeads' resolution: the mean error target in
// units.
const allocUnits = 20000
