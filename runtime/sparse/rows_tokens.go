package sparse

import (
	"math"
	"slices"
)

// TokenSelect is HISA's second stage: for each row, of the keys of its
// blocks (rows [H, M, W] from RowSelect, blocks of block keys) that the
// mask allows, the top of them by exact score s = mod(c·q_i·k_j) (the
// product in dot8's eight lanes, tokenDotsAVX512's order; higher
// first, then lower index; all of them when there are no more than top),
// in ascending order, -1 padded: [H, M, top]. It returns the lists and
// the flops per query head (2·d per candidate key).
func TokenSelect[T Scalar](g *Grid, rows []int32, w, block, top int, scale float64, mod Program, q, k []T, d, workers int) ([]int32, []float64) {
	return TokenSelectIn(nil, g, rows, w, block, top, scale, mod, q, k, d, workers)
}

// TokenSelectIn is TokenSelect with its lists in ws (nil: fresh ones):
// [H, M, top] int32 is 34 MB at 4K rows, 8 heads and top 256, which a
// fresh allocation page-faults in on every call.
//
// A row's candidates are scored in their own order (tokenDots), and the
// top are found without sorting (tokenTop): the k-th best value by a
// quickselect of the scores alone, three-way partitions eight a step,
// then one pass keeping the keys above it and the first of its ties.
func TokenSelectIn[T Scalar](ws *Workspace, g *Grid, rows []int32, w, block, top int, scale float64, mod Program, q, k []T, d, workers int) ([]int32, []float64) {
	var out []int32
	if ws == nil {
		out = make([]int32, g.H*g.M*top)
	} else {
		ws.tokens = growSlice(ws.tokens, g.H*g.M*top)
		out = ws.tokens
	}
	flops := make([]float64, g.H)
	off := g.QueryOffset()
	parallel(g.H, workers, func(_, h int) {
		kvh := h / max(g.Group, 1)
		var cand []int
		var ts tokenScratch
		var s []float64 // the scores by key, for the NaN path
		env := Env{H: float64(h)}
		kh := k[kvh*g.N*d : (kvh+1)*g.N*d]
		for i := range g.M {
			cand = cand[:0]
			for _, b := range rows[(h*g.M+i)*w : (h*g.M+i+1)*w] {
				if b < 0 {
					break
				}
				k0, k1 := int(b)*block, min((int(b)+1)*block, g.N)
				switch g.Classify(h, i, i, k0, k1-1) { // the mask per key only where it cuts
				case Full:
					for j := k0; j < k1; j++ {
						cand = append(cand, j)
					}
				case Partial:
					for j := k0; j < k1; j++ {
						if g.Allowed(h, i, j) {
							cand = append(cand, j)
						}
					}
				}
			}
			row := out[(h*g.M+i)*top : (h*g.M+i+1)*top]
			n := len(cand)
			flops[h] += float64(2 * d * n)
			if n <= top && mod == nil { // every candidate: no scores needed
				fillRow(row, cand)
				continue
			}
			sc := ts.scores(n)
			qi := q[(h*g.M+i)*d : (h*g.M+i+1)*d]
			env.Qi = float64(i + off)
			if q32, ok := any(qi).([]float32); ok && tokenDots != nil && d%8 == 0 && n > 0 {
				k32 := any(kh).([]float32)
				tokenDots(&sc[0], &q32[0], &k32[0], &cand[0], n, d, scale)
			} else {
				for t, j := range cand {
					sc[t] = scale * dot8w(qi, kh[j*d:(j+1)*d])
				}
			}
			if mod != nil {
				for t, j := range cand {
					env.S, env.Ki = sc[t], float64(j)
					sc[t] = mod.Eval(&env)
				}
			}
			if n <= top {
				fillRow(row, cand)
				continue
			}
			if !ts.top(row, cand, sc, top) { // a NaN: the stable sort's definition
				s = growSlice(s, g.N)
				for t, j := range cand {
					s[j] = sc[t]
				}
				byScoreTop(s, cand, top)
				cand = cand[:top]
				slices.Sort(cand)
				fillRow(row, cand)
			}
		}
	})
	return out, flops
}

// fillRow writes a row's keys and pads it with -1.
func fillRow(row []int32, keys []int) {
	for t, j := range keys {
		row[t] = int32(j)
	}
	for t := len(keys); t < len(row); t++ {
		row[t] = -1
	}
}

// tokenScratch holds a worker's buffers for the token stage: the scores
// and three partition buffers (8 slack lanes each for the kernels'
// eight-lane stores), and the kept keys.
type tokenScratch struct {
	sc   []float64
	part [3][]float64
	keep []int32
}

func (ts *tokenScratch) scores(n int) []float64 {
	ts.sc = growSlice(ts.sc, n+8)
	return ts.sc[:n]
}

// top writes to row (len k) the k best of list by (higher score, then
// lower index) — sc[t] the score of list[t], list ascending — in
// ascending order. It reports false, writing nothing, when a score is
// NaN.
func (ts *tokenScratch) top(row []int32, list []int, sc []float64, k int) bool {
	t, above, neq, ok := ts.kth(sc, k)
	if !ok {
		return false
	}
	tj := math.MaxInt // the last tie kept: all of them
	if need := k - above; need < neq {
		c := 0
		for i, x := range sc {
			if x == t {
				if c++; c == need {
					tj = list[i]
					break
				}
			}
		}
	}
	ts.keep = growSlice(ts.keep, len(list)+8)
	if n := tokenKeep(ts.keep, sc, list, t, tj); n != k {
		panic("BUG: tokenKeep kept a count other than k")
	}
	copy(row, ts.keep[:k])
	return true
}

// kth returns the k-th largest of x (1 ≤ k ≤ len(x), counted with
// multiplicity), how many are above it and how many equal it; ok is false
// when x holds a NaN. Quickselect on the values alone: each pass splits
// the set that holds the k-th around a pivot drawn from a sample at its
// expected rank, into the larger, the equal (counted, not kept) and the
// smaller. Every value equal to the answer stays in the set that holds
// it, so the last pass's equal count is the whole set's.
func (ts *tokenScratch) kth(x []float64, k int) (t float64, above, neq int, ok bool) {
	for b := range ts.part {
		ts.part[b] = growSlice(ts.part[b], len(x)+8)
	}
	cur, curBuf := x, -1
	for first := true; ; first = false {
		r := k - above // the rank wanted inside cur, from the top
		if len(cur) <= 16 {
			var a [16]float64
			s := a[:len(cur)]
			copy(s, cur)
			for i := 1; i < len(s); i++ { // insertion sort, descending
				v, j := s[i], i
				for ; j > 0 && s[j-1] < v; j-- {
					s[j] = s[j-1]
				}
				s[j] = v
			}
			if first && slices.ContainsFunc(s, math.IsNaN) {
				return 0, 0, 0, false
			}
			t = s[r-1]
			for _, v := range cur {
				if v > t {
					above++
				} else if v == t {
					neq++
				}
			}
			return t, above, neq, true
		}
		p := pivot(cur, r)
		gb, lb := (curBuf+1)%3, (curBuf+2)%3
		if curBuf < 0 {
			gb, lb = 0, 1
		}
		ngt, nlt, ne := tokenPart(cur, p, ts.part[gb], ts.part[lb])
		if first && ngt+nlt+ne != len(cur) {
			return 0, 0, 0, false // a NaN compares as none of the three
		}
		switch {
		case r <= ngt:
			cur, curBuf = ts.part[gb][:ngt], gb
		case r <= ngt+ne:
			return p, above + ngt, ne, true
		default:
			above += ngt + ne
			cur, curBuf = ts.part[lb][:nlt], lb
		}
	}
}

// pivot draws five values of x at even spacing and returns the one whose
// rank among them best matches r's among len(x) (x has more than 5).
func pivot(x []float64, r int) float64 {
	var s [5]float64
	for i := range s {
		s[i] = x[len(x)*(2*i+1)/10]
	}
	for i := 1; i < len(s); i++ { // descending
		v, j := s[i], i
		for ; j > 0 && s[j-1] < v; j-- {
			s[j] = s[j-1]
		}
		s[j] = v
	}
	return s[min(r*len(s)/len(x), len(s)-1)]
}

// The selection's kernels: AVX-512 (score_amd64.s, codegen/amd64
// tokens.go) where the CPU has it, else their portable twins.
var (
	tokenPart = tokenPartGo
	tokenKeep = tokenKeepGo
)

// tokenPartGo writes the x[i] > p to gt and the x[i] < p to lt, in i
// order, and returns how many went to each and how many equal p (a NaN is
// none of the three).
func tokenPartGo(x []float64, p float64, gt, lt []float64) (ngt, nlt, neq int) {
	for _, v := range x {
		switch {
		case v > p:
			gt[ngt] = v
			ngt++
		case v < p:
			lt[nlt] = v
			nlt++
		case v == p:
			neq++
		}
	}
	return ngt, nlt, neq
}

// tokenKeepGo writes to out, in i order, the idx[i] with x[i] > t, or x[i]
// = t and idx[i] ≤ tj, and returns their count.
func tokenKeepGo(out []int32, x []float64, idx []int, t float64, tj int) int {
	n := 0
	for i, v := range x {
		if v > t || v == t && idx[i] <= tj {
			out[n] = int32(idx[i])
			n++
		}
	}
	return n
}
