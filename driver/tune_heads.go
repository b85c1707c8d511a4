package driver

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/attnc/attnc/runtime"
)

// tuneHeadMean chooses one density per head of input (for each of the
// budget families fams, keeping the cheapest) so that the heads' mean error meets t.err at the least total
// cost — the target attnc tune's other searches hold every input to, here
// spread over the heads as they need: a head where density buys little
// error gives its tiles to a head where it buys much. Each head's error
// and cost are measured alone on a geometric grid of densities, then on
// refineSteps more between the neighbours of its first choice; the
// allocation is the cheapest whose predicted mean error meets the target
// (allocateHeads: a knapsack over the heads). The chosen densities are
// then measured together on the whole input, which is what is reported
// and written.
func (t *tuneFlags) tuneHeadMean(path string, src []byte, input string, fams []tuneFamily, measure func(tuneFamily, float64, []string, string) (*tunePoint, error), stdout io.Writer) error {
	dir, err := os.MkdirTemp("", "attnc-tune")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	full := input
	if t.firstHalf {
		// Calibrate on the first half of the tokens; the whole input,
		// whose later queries the search never saw, validates.
		if input, err = firstHalf(input, dir); err != nil {
			return err
		}
	}
	files, err := eachHead(input, dir, "-head-mean")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "head-mean target %g on %s, %d densities per head, %d more around each choice:\n\n| family | densities per head | predicted err | predicted cost |\n|---|---|---|---|\n",
		t.err, shortName(input), 2*t.steps+2, refineSteps)
	var best *headAlloc
	for _, f := range fams {
		a, err := t.allocFamily(f, files, measure)
		if err != nil {
			return err
		}
		if a == nil {
			fmt.Fprintf(stdout, "| %s | none meets it (ρ ≤ %.4g) | | |\n", f.name, f.hi)
			continue
		}
		fmt.Fprintf(stdout, "| %s | %s | %.3g | %.4f |\n", f.name, a.list(), a.err, a.cost)
		if best == nil || a.cost < best.cost {
			best = a
		}
	}
	if best == nil {
		return fmt.Errorf("%s: no family meets a head-mean error of %g, even at its largest density on every head", input, t.err)
	}
	p, err := t.perHeadPoint(path, input, best.f, best.knobs, best.f.name+", per head for the head mean", "calibration")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nchosen, measured together: %s\n  calibration: %s\n", p.Schedule, describePoint(p))
	var val *tunePoint
	if t.firstHalf {
		if val, err = t.perHeadPoint(path, full, best.f, best.knobs, p.Family, "validation"); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "  validation (the whole input): %s\n", describePoint(val))
		if miss := t.misses(val); miss != "" {
			fmt.Fprintf(stdout, "  warning: on the whole input it misses the target: %s\n", miss)
		}
	}
	return t.writeTuned(src, path, p, val, nil)
}

// eachHead writes each head of input to its own file in dir (headParts,
// named head0, head1, …).
func eachHead(input, dir, flag string) ([]string, error) {
	return headParts(input, dir, flag, func(heads int) [][2]int {
		r := make([][2]int, heads)
		for h := range r {
			r[h] = [2]int{h, h + 1}
		}
		return r
	}, func(i int) string { return fmt.Sprintf("head%d", i) })
}

// perHeadPoint measures family f with one density per head (knobs) on
// input — budget(density: [ρ₀, ρ₁, …]) — as a point of set.
func (t *tuneFlags) perHeadPoint(path, input string, f tuneFamily, knobs []float64, family, set string) (*tunePoint, error) {
	parts := make([]string, len(knobs))
	for h, x := range knobs {
		parts[h] = fmt.Sprintf("%.4g", x)
	}
	p := &tunePoint{Family: family, Inputs: []string{input}, Set: set,
		Schedule: "tile(q: 64, k: 64); " + strings.Replace(f.sched, "%.4g", "["+strings.Join(parts, ", ")+"]", 1)}
	rep, err := tuneRun(path, t.kernel, input, p.Schedule)
	if err != nil {
		return nil, fmt.Errorf("%s on %s: %v", p.Schedule, input, err)
	}
	p.Err, p.Cost, p.MeanCost = *rep.RelErrHeadMean, rep.DensityTotal, rep.DensityTotal
	p.Errs, p.Costs = []float64{p.Err}, []float64{p.Cost}
	return p, nil
}

// writeTuned writes the tuned file (tunedSource) to t.out, if one was asked for.
func (t *tuneFlags) writeTuned(src []byte, path string, best, val *tunePoint, ratios []oracleRatio) error {
	if t.out == "" {
		return nil
	}
	text, err := tunedSource(src, path, best, val, ratios, *t)
	if err != nil {
		return err
	}
	return writeFileAtomic(t.out, func(w io.Writer) error { _, err := io.WriteString(w, text); return err })
}

// headAlloc is one family's densities per head for the head-mean target
// and what the heads alone predict for them.
type headAlloc struct {
	f         tuneFamily
	knobs     []float64
	err, cost float64
}

// list prints the densities as the schedule's list holds them.
func (a *headAlloc) list() string {
	parts := make([]string, len(a.knobs))
	for h, x := range a.knobs {
		parts[h] = fmt.Sprintf("%.4g", x)
	}
	return strings.Join(parts, ", ")
}

// allocFamily measures family f on each head's file (files) on the grid,
// then around the first choice, and returns the cheapest allocation
// meeting the target (nil: none does).
func (t *tuneFlags) allocFamily(f tuneFamily, files []string, measure func(tuneFamily, float64, []string, string) (*tunePoint, error)) (*headAlloc, error) {
	points := 2*t.steps + 2
	curves := make([][]*tunePoint, len(files))
	for h, file := range files {
		for i := range points {
			p, err := measure(f, f.knobAt(float64(i)/float64(points-1)), []string{file}, "calibration")
			if err != nil {
				return nil, err
			}
			curves[h] = append(curves[h], p)
		}
	}
	pick, _, _ := allocateHeads(curves, t.calib(t.err))
	if pick == nil {
		return nil, nil
	}
	// Coarse to fine: refineSteps more densities between each head's
	// chosen point's neighbours on the grid, then the allocation again.
	for h, i := range pick {
		lo, hi := curves[h][max(i-1, 0)].Knob, curves[h][min(i+1, points-1)].Knob
		for k := 1; k <= refineSteps; k++ {
			x, _ := strconv.ParseFloat(fmt.Sprintf("%.4g", lo*math.Pow(hi/lo, float64(k)/float64(refineSteps+1))), 64)
			p, err := measure(f, x, []string{files[h]}, "calibration")
			if err != nil {
				return nil, err
			}
			curves[h] = append(curves[h], p)
		}
	}
	pick, e, c := allocateHeads(curves, t.calib(t.err))
	a := &headAlloc{f: f, err: e, cost: c}
	for h, i := range pick {
		a.knobs = append(a.knobs, curves[h][i].Knob)
	}
	return a, nil
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

// firstHalf writes the first ⌊N/2⌋ tokens of every tensor [H, N, D] of
// input to a file in dir named after it.
func firstHalf(input, dir string) (string, error) {
	f, err := runtime.ReadSafetensorsFile(input)
	if err != nil {
		return "", err
	}
	ts := map[string]*runtime.Tensor{}
	for _, n := range f.Names {
		x := f.Tensors[n]
		if len(x.Shape) != 3 || x.Shape[1] < 2 {
			return "", fmt.Errorf("%s: -first-half needs tensors [H, N, D] with N ≥ 2; %s is %v", input, n, x.Shape)
		}
		h, m, d := x.Shape[0], x.Shape[1], x.Shape[2]
		row := d * x.DType.Size()
		half := m / 2
		y := &runtime.Tensor{DType: x.DType, Shape: []int{h, half, d}, Data: make([]byte, 0, h*half*row)}
		for hh := range h {
			y.Data = append(y.Data, x.Data[hh*m*row:(hh*m+half)*row]...)
		}
		ts[n] = y
	}
	path := filepath.Join(dir, strings.TrimSuffix(filepath.Base(input), ".safetensors")+".first-half.safetensors")
	return path, writeFileAtomic(path, func(w io.Writer) error { return runtime.WriteSafetensors(w, f.Names, ts, f.Metadata) })
}
