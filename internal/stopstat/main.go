// Command stopstat replays the early stop of examples/accurate.attn
// (`score(mean); select(density: 1, keep: [sink, diagonal]);
// order(score); early_stop(eps: ε)`, 64 × 64 tiles, causal) on the real
// traces in float64, with a patience p: the stop is taken only after p
// tiles in a row each added less than ε of every row's normaliser (p = 1
// is the rule attnc implements, docs/passes.md). It prints, per trace
// and (ε, p), the head-mean and pooled rel_err against exact attention
// and the density (allowed pairs computed over allowed pairs; the mean
// scores' cost, ≈ 0.002 at 8192, is not added), so that a patience can
// be judged on the calibration traces before it is looked at on the
// validation ones. Run from the repository root: go run ./internal/stopstat
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/attnc/attnc/runtime"
)

const bt = 64 // tile rows and keys

var (
	traces   = flag.String("traces", "go8k_L1,pydev8k_L0,pydev8k_L2,pydev8k_L4", "traces (../shared/traces/NAME.safetensors)")
	epsList  = flag.String("eps", "0.01,0.005,0.003,0.002288,0.0015,0.001,0.0005", "ε values")
	patience = flag.String("p", "1,2,3,4,6,8", "patience values")
	orderBy  = flag.String("order", "mean", "the estimate the tiles are ordered by: mean (attnc's score(mean): the query tile's mean against the key tile's), sub16 (the largest of the query tile's mean against the key tile's four 16-key means), sub16q (the largest of its four 16-row means against the four 16-key means), bound (Σ_c max(q̄_c·min_c, q̄_c·max_c) over the key tile's per-channel extremes: an upper bound on q̄·k)")
)

type combo struct {
	eps float64
	p   int
}

// acc is one combo's sums over a trace: per head the squared error and
// reference norms, and the pairs computed.
type acc struct {
	err2, ref2 []float64
	pairs      float64
}

func main() {
	flag.Parse()
	var combos []combo
	for _, e := range strings.Split(*epsList, ",") {
		for _, p := range strings.Split(*patience, ",") {
			ev, err1 := strconv.ParseFloat(e, 64)
			pv, err2 := strconv.Atoi(p)
			if err1 != nil || err2 != nil || pv < 1 {
				fmt.Fprintln(os.Stderr, "stopstat: bad -eps or -p")
				os.Exit(2)
			}
			combos = append(combos, combo{ev, pv})
		}
	}
	fmt.Println("trace\torder\teps\tp\thead-mean rel_err\tpooled\tworst head\tdensity")
	for _, tr := range strings.Split(*traces, ",") {
		sf, err := runtime.ReadSafetensorsFile("../shared/traces/" + tr + ".safetensors")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		q, k, v := sf.Tensors["q"], sf.Tensors["k"], sf.Tensors["v"]
		h, n, d := q.Shape[0], q.Shape[1], q.Shape[2]
		accs := make([]acc, len(combos))
		for c := range accs {
			accs[c] = acc{err2: make([]float64, h), ref2: make([]float64, h)}
		}
		allowed := replay(q.Float64s(), k.Float64s(), v.Float64s(), h, n, d, combos, accs)
		for c, cb := range combos {
			a := accs[c]
			var mean, worst, e2, r2 float64
			for hh := range h {
				x := math.Sqrt(a.err2[hh] / a.ref2[hh])
				mean += x / float64(h)
				worst = math.Max(worst, x)
				e2 += a.err2[hh]
				r2 += a.ref2[hh]
			}
			fmt.Printf("%s\t%s\t%g\t%d\t%.5f\t%.5f\t%.5f\t%.4f\n", tr, *orderBy, cb.eps, cb.p, mean, math.Sqrt(e2/r2), worst, a.pairs/allowed)
		}
	}
}

// replay runs every combo over the trace's causal attention and returns
// the allowed pairs.
func replay(q, k, v []float64, h, n, d int, combos []combo, accs []acc) float64 {
	scale := 1 / math.Sqrt(float64(d))
	nt := (n + bt - 1) / bt
	var allowed float64
	meanOf := func(x []float64, hh, lo, hi int) []float64 {
		out := make([]float64, d)
		hi = min(hi, n)
		for r := lo; r < hi; r++ {
			for c := range d {
				out[c] += x[(hh*n+r)*d+c]
			}
		}
		for c := range out {
			out[c] /= float64(max(hi-lo, 1))
		}
		return out
	}
	mean := func(x []float64, hh, t int) []float64 { return meanOf(x, hh, t*bt, (t+1)*bt) }
	dot := func(a, b []float64) float64 {
		var s float64
		for c := range a {
			s += a[c] * b[c]
		}
		return s
	}
	const sub = 16
	for hh := range h {
		km := make([][]float64, nt)
		ks := make([][][]float64, nt) // 16-key means
		kmin, kmax := make([][]float64, nt), make([][]float64, nt)
		for J := range nt {
			km[J] = mean(k, hh, J)
			for s0 := J * bt; s0 < (J+1)*bt && s0 < n; s0 += sub {
				ks[J] = append(ks[J], meanOf(k, hh, s0, s0+sub))
			}
			kmin[J], kmax[J] = make([]float64, d), make([]float64, d)
			for c := range d {
				kmin[J][c], kmax[J][c] = math.Inf(1), math.Inf(-1)
			}
			for j := J * bt; j < min((J+1)*bt, n); j++ {
				for c := range d {
					x := k[(hh*n+j)*d+c]
					kmin[J][c], kmax[J][c] = math.Min(kmin[J][c], x), math.Max(kmax[J][c], x)
				}
			}
		}
		for I := range nt {
			qm := mean(q, hh, I)
			var qs [][]float64
			for s0 := I * bt; s0 < (I+1)*bt && s0 < n; s0 += sub {
				qs = append(qs, meanOf(q, hh, s0, s0+sub))
			}
			estimate := func(J int) float64 {
				switch *orderBy {
				case "sub16":
					best := math.Inf(-1)
					for _, x := range ks[J] {
						best = math.Max(best, dot(qm, x))
					}
					return best
				case "sub16q":
					best := math.Inf(-1)
					for _, y := range qs {
						for _, x := range ks[J] {
							best = math.Max(best, dot(y, x))
						}
					}
					return best
				case "bound":
					var s float64
					for c := range d {
						s += math.Max(qm[c]*kmin[J][c], qm[c]*kmax[J][c])
					}
					return s
				}
				return dot(qm, km[J])
			}
			rows := min((I+1)*bt, n) - I*bt
			// Per tile J ≤ I: each row's max, sum and numerator.
			parts := make([]part, I+1)
			for J := 0; J <= I; J++ {
				p := part{m: make([]float64, rows), z: make([]float64, rows), num: make([][]float64, rows)}
				for r := range rows {
					qi := I*bt + r
					qr := q[(hh*n+qi)*d : (hh*n+qi+1)*d]
					lo, hi := J*bt, min((J+1)*bt, n)
					if hi > qi+1 {
						hi = qi + 1
					}
					s := make([]float64, 0, bt)
					mx := math.Inf(-1)
					for j := lo; j < hi; j++ {
						x := dot(qr, k[(hh*n+j)*d:(hh*n+j+1)*d]) * scale
						s = append(s, x)
						mx = math.Max(mx, x)
					}
					num := make([]float64, d)
					var z float64
					for jj, x := range s {
						e := math.Exp(x - mx)
						z += e
						vj := v[(hh*n+lo+jj)*d : (hh*n+lo+jj+1)*d]
						for c := range d {
							num[c] += e * vj[c]
						}
					}
					p.m[r], p.z[r], p.num[r] = mx, z, num
					p.pairs += float64(len(s))
				}
				parts[J] = p
			}
			// The order: the sink and the diagonal first (index order),
			// then by mean score, larger first, ties the lower tile.
			order := []int{0}
			if I > 0 {
				order = append(order, I)
			}
			var rest []int
			sc := make([]float64, I+1)
			for J := 1; J < I; J++ {
				sc[J] = estimate(J) * scale
				rest = append(rest, J)
			}
			sort.SliceStable(rest, func(a, b int) bool { return sc[rest[a]] > sc[rest[b]] })
			order = append(order, rest...)
			nForced := min(2, len(order))
			// The exact output.
			ref := combine(parts, order, rows, d, len(order), func(int) {})
			for _, pp := range parts {
				allowed += pp.pairs
			}
			for c, cb := range combos {
				// The stop: after tile t ≥ nForced (and before the
				// last), max over rows of Δ/ℓ < ε counts a small tile;
				// p in a row stop the loop.
				m := make([]float64, rows)
				l := make([]float64, rows)
				for r := range m {
					m[r] = math.Inf(-1)
				}
				small, visited := 0, len(order)
				for t, J := range order {
					var worst float64
					for r := range rows {
						pm, pz := parts[J].m[r], parts[J].z[r]
						if math.IsInf(pm, -1) {
							continue
						}
						nm := math.Max(m[r], pm)
						l[r] = l[r]*math.Exp(m[r]-nm) + pz*math.Exp(pm-nm)
						m[r] = nm
						if l[r] > 0 {
							worst = math.Max(worst, pz*math.Exp(pm-nm)/l[r])
						}
					}
					if t+1 >= nForced && t+1 < len(order) && t >= nForced {
						if worst < cb.eps {
							small++
						} else {
							small = 0
						}
						if small >= cb.p {
							visited = t + 1
							break
						}
					}
				}
				out := combine(parts, order, rows, d, visited, func(J int) { accs[c].pairs += parts[J].pairs })
				for r := range rows {
					for x := range d {
						e := out[r][x] - ref[r][x]
						accs[c].err2[hh] += e * e
						accs[c].ref2[hh] += ref[r][x] * ref[r][x]
					}
				}
			}
		}
	}
	return allowed
}

// part is one key tile's share of a query tile's rows: each row's
// largest score, the sum of exp(s − m) and its numerator Σ exp(s − m)·v,
// and the pairs the mask allows.
type part struct {
	m, z  []float64
	num   [][]float64
	pairs float64
}

// combine is each row's output over the first upto tiles of order
// (seen is told each tile it takes).
func combine(parts []part, order []int, rows, d, upto int, seen func(J int)) [][]float64 {
	out := make([][]float64, rows)
	for r := range rows {
		m, l := math.Inf(-1), 0.0
		num := make([]float64, d)
		for _, J := range order[:upto] {
			pm := parts[J].m[r]
			if math.IsInf(pm, -1) {
				continue
			}
			nm := math.Max(m, pm)
			a, b := math.Exp(m-nm), math.Exp(pm-nm)
			l = l*a + parts[J].z[r]*b
			for c := range d {
				num[c] = num[c]*a + parts[J].num[r][c]*b
			}
			m = nm
		}
		for c := range d {
			num[c] /= l
		}
		out[r] = num
	}
	for _, J := range order[:upto] {
		seen(J)
	}
	return out
}
