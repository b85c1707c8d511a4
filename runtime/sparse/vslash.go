package sparse

import "math"

// Vertical and slash lines (MInference, Jiang et al. 2024): a head whose
// attention is a few columns (keys every query attends to) and a few
// diagonals (queries attending at a fixed distance back) is described by
// two vectors, estimated from the exact attention of the last query tile
// alone — rows L = [(NQ−1)·bq, M):
//
//	v[j] = Σ_{i∈L} p_i(j) / |L|            (vertical: key j)
//	s[o] = Σ_{i∈L} p_i(pos_i − o) / |L|    (slash: offset o = pos_i − j)
//
// with p_i the softmax of row i over its allowed keys and pos_i its
// position. A pair (i, j) is estimated at v[j] + s[pos_i − j], a tile's
// line score is the mean over its rows of the sum over its allowed pairs,
// normalised over the row's allowed tiles, and E is the mean of that and
// mean's E. Where mean pooling washes a diagonal line out of the 64×64
// tiles it crosses (a repeated passage, a copy), the slash vector carries
// it into every query tile along it; where the attention is not lines (a
// band of queries attending widely, which the last tile does not see),
// mean's half keeps it. Either half alone was worse than the two on every
// trace (docs/accuracy.md). Cost: the last tile's rows scored exactly
// against their keys (2d per allowed pair), once per head, and mean's.

type vslashHost[T Scalar] struct{}

// slashRange is the offsets a pair of g can have: pos_i − j from the
// first query's position less N − 1 (negative positions too, with more
// queries than keys) to the last query's, N − 1: o ∈ [lo, lo + n).
func slashRange(g *Grid) (lo, n int) {
	off := g.QueryOffset()
	lo = min(0, off) - (g.N - 1)
	return lo, g.M - 1 + off - lo + 1
}

// vslashLines is the size of one head's lines: v (N), then the prefix
// sums cs of s over the offsets of slashRange, offset o at index o − lo
// (cs[t] = Σ s below index t: one more entry than offsets), then the
// flops spent.
func vslashLines(g *Grid) int {
	_, n := slashRange(g)
	return g.N + n + 1 + 1
}

func (vslashHost[T]) prepare(s *scorer[T], ws *Workspace, workers int) {
	g := s.g
	if g.N == 0 || g.M == 0 {
		return
	}
	heads := len(s.q) / (g.M * s.d)
	size := vslashLines(g)
	ws.prep = growSlice(ws.prep, heads*size)
	s.prep = ws.prep
	clear(s.prep[:heads*size])
	if g.Perm == nil {
		s.poolKeys(ws, workers) // mean's half: the key tiles' means, once
	}
	parallel(heads, workers, func(_, h int) {
		s.vslashLines(h, s.prep[h*size:(h+1)*size])
	})
}

// vslashLines fills lines with head h's v, the prefix sums of s and the
// flops spent.
func (s *scorer[T]) vslashLines(h int, lines []float64) {
	g, n, d := s.g, s.g.N, s.d
	lo, no := slashRange(g)
	v, cs := lines[:n], lines[n:n+no+1]
	slash := make([]float64, no)
	off := g.QueryOffset()
	i0 := (g.NQ() - 1) * g.BQ
	p := make([]float64, n)
	var flops float64
	rows := 0
	for i := i0; i < g.M; i++ {
		mx := math.Inf(-1)
		for j := range n {
			p[j] = math.Inf(-1)
			if g.Allowed(h, i, j) {
				p[j] = s.spec.Scale * dot(s.qrow(h, i), s.krow(h, j))
				flops += float64(2 * d)
				mx = math.Max(mx, p[j])
			}
		}
		if math.IsInf(mx, -1) {
			continue // a row with nothing allowed says nothing
		}
		rows++
		var z float64
		for j := range n {
			p[j] = math.Exp(p[j] - mx)
			z += p[j]
		}
		for j := range n {
			v[j] += p[j] / z
			slash[i+off-j-lo] += p[j] / z
		}
	}
	if rows > 0 {
		for j := range v {
			v[j] /= float64(rows)
		}
		for t := range slash {
			slash[t] /= float64(rows)
		}
	}
	for t, x := range slash {
		cs[t+1] = cs[t] + x
	}
	lines[n+no+1] = flops
}

func (vslashHost[T]) tiles(*scorer[T]) int { return 1 }

func (vslashHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	return s.vslash(it.h, it.I0, it.rows, sc)
}

// vslash scores query tile I of head h from the head's lines.
func (s *scorer[T]) vslash(h, I int, row []float64, sc *scoreScratch) float64 {
	g, n := s.g, s.g.N
	lo, no := slashRange(g)
	size := vslashLines(g)
	lines := s.prep[h*size : (h+1)*size]
	v, cs := lines[:n], lines[n:n+no+1]
	slashSum := func(o0, o1 int) float64 { // Σ s[o], o0 ≤ o < o1 (none outside the table)
		t0, t1 := min(max(o0-lo, 0), no), min(max(o1-lo, 0), no)
		return cs[t1] - cs[t0]
	}
	off := g.QueryOffset()
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	acc := make([]float64, len(row))
	for J := range row {
		if row[J] < 0 {
			continue
		}
		k0, k1 := J*g.BK, min((J+1)*g.BK, n)
		if g.Perm == nil && g.Classify(h, q0, q1-1, k0, k1-1) == Full {
			var vs float64
			for j := k0; j < k1; j++ {
				vs += v[j]
			}
			a := float64(q1-q0) * vs
			for i := q0; i < q1; i++ {
				a += slashSum(i+off-k1+1, i+off-k0+1)
			}
			acc[J] = a / float64(q1-q0)
			continue
		}
		var a float64
		for _, j := range g.Keys(h, I, J, sc.buf[:0]) {
			for i := q0; i < q1; i++ {
				if g.Allowed(h, i, j) {
					a += v[j] + slashSum(i+off-j, i+off-j+1)
				}
			}
		}
		acc[J] = a / float64(q1-q0)
	}
	normalise(row, acc)
	// Mean's half, into a copy of the row's allowed marks.
	sc.mean = append(sc.mean[:0], row...)
	flops := s.mean(h, h, I, sc.mean, sc)
	for J, x := range sc.mean {
		if row[J] >= 0 {
			row[J] = (row[J] + x) / 2
		}
	}
	if I == 0 {
		flops += lines[n+no+1] // the lines, charged once per head
	}
	return flops + float64(2*(q1-q0)*len(row))
}
