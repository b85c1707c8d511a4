// The implementation of blockscore and blockselect as of 3f77a37 (before
// the work on their speed), kept as the oracle the optimised library must
// match bit for bit — except the antidiagonal scores, whose order of
// operations changed on purpose (float32 sums of fused multiply-adds, a
// fixed exponential, tile sums before the division; docs/passes.md): their
// oracle is refAntidiagonal, the new definition written plainly, and the
// old float64 version (refAntidiagonalFloat64) stays as the yardstick of a
// tolerance test.

package sparse

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"sync"

	"github.com/attnc/attnc/runtime"
)

// refBlockScore computes E[h, I, J], the estimated share of query tile I's
// softmax mass in key tile J (-1 where the mask empties the tile), for q
// [H, M, d] and k [KV, N, d]. It returns E ([H, NQ, NK]) and the flops
// spent per query head (a proxy head's work is split over its group).
func refBlockScore(g *Grid, spec ScoreSpec, q, k []float64, d, workers int) ([]float64, []float64, error) {
	return refBlockScoreAD(g, spec, q, k, d, workers, false)
}

// refBlockScoreAD is refBlockScore with the antidiagonal scores of before
// 2026-11-28 when float64AD is set.
func refBlockScoreAD(g *Grid, spec ScoreSpec, q, k []float64, d, workers int, float64AD bool) ([]float64, []float64, error) {
	nq, nk := g.NQ(), g.NK()
	s := &refScorer{g: g, spec: spec, q: q, k: k, d: d, float64AD: float64AD}
	heads := g.H
	if p := spec.Heads; p > 0 {
		if g.H%p != 0 {
			return nil, nil, fmt.Errorf("score(heads: %d): query heads H=%d are not a multiple of %d", p, g.H, p)
		}
		s.proxy = g.H / p
		s.q = refProxyHeads(q, g.H, g.M, d, p, spec.Elem)
		s.k = refProxyKeys(k, g.N, d, p, g.H, g.Group, spec.Elem)
		heads = p
	}
	e := make([]float64, g.H*nq*nk)
	flops := make([]float64, g.H)
	var mu sync.Mutex
	Parallel(heads*nq, workers, func(item int) {
		ph, I := item/nq, item%nq
		h := ph // the head whose mask, permutation and output row are used
		if s.proxy > 0 {
			h = ph * s.proxy
		}
		buf := make([]int, 0, g.BK)
		row := e[(h*nq+I)*nk : (h*nq+I+1)*nk]
		for J := range row {
			if !refTileAllowed(g, h, I, J, buf) {
				row[J] = -1
			}
		}
		var f float64
		switch spec.Method {
		case "antidiagonal":
			if s.float64AD {
				f = s.antidiagonal(ph, h, I, row)
			} else {
				f = s.refAntidiagonal(ph, h, I, row)
			}
		case "mean":
			f = s.mean(ph, h, I, row)
		case "probe":
			f = s.probe(ph, h, I, row)
		case "oracle":
			f = s.oracle(ph, h, I, row)
		default:
			panic("BUG: unknown score method " + spec.Method)
		}
		// The heads of a proxy group share E; each keeps its own allowed
		// tiles (a mask may depend on h), with 0 where only it is allowed.
		group := max(s.proxy, 1)
		for t := 1; t < group; t++ {
			dst := e[((h+t)*nq+I)*nk : ((h+t)*nq+I+1)*nk]
			for J, x := range row {
				switch {
				case !refTileAllowed(g, h+t, I, J, buf):
					dst[J] = -1
				case x < 0:
					dst[J] = 0
				default:
					dst[J] = x
				}
			}
		}
		mu.Lock()
		for t := range group {
			flops[h+t] += f / float64(group)
		}
		mu.Unlock()
	})
	return e, flops, nil
}

type refScorer struct {
	g     *Grid
	spec  ScoreSpec
	q, k  []float64 // per query head (or proxy head), per KV head (or proxy)
	d     int
	proxy int // query heads per proxy head; 0: no proxy

	float64AD bool // antidiagonal: the float64 definition before 2026-11-28

	meansOnce sync.Once
	means     [][]float64 // per KV head: the mean key of every key tile
}

func (s *refScorer) qrow(ph, i int) []float64 {
	d := s.d
	m := s.g.M
	return s.q[(ph*m+i)*d : (ph*m+i+1)*d]
}

func (s *refScorer) krow(ph, j int) []float64 {
	kv := ph / s.g.Group
	if s.proxy > 0 {
		kv = ph
	}
	d, n := s.d, s.g.N
	return s.k[(kv*n+j)*d : (kv*n+j+1)*d]
}

// Dot is the float64 dot product every refScorer uses.
// refDot8 is mean's q̄·k̄ as docs/passes.md defines it: eight partial
// sums over the elements i ≡ l (mod 8), folded ((0+4)+(2+6))+((1+5)+(3+7)).
func refDot8(a, b []float64) float64 {
	var l [8]float64
	for i := range a {
		p := a[i] * b[i]
		l[i%8] += p
	}
	return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]))
}

func refDot(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// refSoftmaxInto applies softmax over the entries with ok set and calls add
// with each probability.
func refSoftmaxInto(a []float64, ok []bool, mx float64, add func(t int, p float64)) {
	if math.IsInf(mx, -1) {
		return
	}
	var z float64
	for t, x := range a {
		if ok[t] {
			z += math.Exp(x - mx)
		}
	}
	for t, x := range a {
		if ok[t] {
			add(t, math.Exp(x-mx)/z)
		}
	}
}

// refAntidiagonal is XAttention's estimate as docs/passes.md defines it
// now, one cell at a time.
func (s *refScorer) refAntidiagonal(ph, h, I int, row []float64) (flops float64) {
	g, S, d := s.g, s.spec.Stride, s.d
	r0, r1 := I*g.BQ/S, (min((I+1)*g.BQ, g.M)+S-1)/S
	nt := (g.N + S - 1) / S
	x := make([]float64, nt)
	ok := make([]bool, nt)
	sum := make([]float64, len(row))
	buf := make([]int, 0, g.BK)
	zero := make([]float64, d)
	c := s.spec.Scale / float64(S)
	for r := r0; r < r1; r++ {
		mx := math.Inf(-1)
		for t := range nt {
			J := t * S / g.BK
			ok[t] = row[J] >= 0 && s.refCellAllowed(h, I, r, t, buf)
			if !ok[t] {
				continue
			}
			keys := g.Keys(h, I, J, buf)
			var acc float32 // A[r,t]: fused multiply-adds in float32, u then i
			for u := range S {
				qv, kv := zero, zero
				if qi := r*S + S - 1 - u; qi < g.M {
					qv = s.qrow(ph, qi)
				}
				if kl := t*S + u - J*g.BK; kl < len(keys) {
					kv = s.krow(ph, keys[kl])
				}
				for i := range d {
					acc = fma32(float32(qv[i]), float32(kv[i]), acc) // TestFMA32 checks it against math/big
				}
			}
			x[t] = c * float64(acc)
			mx = math.Max(mx, x[t])
			flops += float64(2 * S * d)
		}
		if math.IsInf(mx, -1) {
			continue
		}
		mass := make([]float64, len(row))
		var z float64
		for J := range row {
			if row[J] < 0 {
				continue
			}
			for t := J * g.BK / S; t < nt && t*S/g.BK == J; t++ {
				if ok[t] {
					mass[J] += adExp(x[t] - mx)
				}
			}
			z += mass[J]
		}
		for J := range row {
			if row[J] < 0 {
				continue
			}
			if s.spec.Pool == "rowmax" {
				sum[J] = math.Max(sum[J], mass[J]/z)
			} else {
				sum[J] += mass[J] / z
			}
		}
	}
	for J := range row {
		if row[J] >= 0 {
			if s.spec.Pool == "rowmax" {
				row[J] = sum[J]
			} else {
				row[J] = sum[J] / float64(r1-r0)
			}
		}
	}
	return flops
}

// refFMA32 is x·y + z rounded once to float32, exactly (math/big).
func refFMA32(x, y, z float32) float32 {
	p := new(big.Float).SetPrec(200).SetFloat64(float64(x))
	p.Mul(p, new(big.Float).SetPrec(200).SetFloat64(float64(y)))
	p.Add(p, new(big.Float).SetPrec(200).SetFloat64(float64(z)))
	if p.Sign() == 0 { // an exact zero: IEEE's sign rules, exact in float64
		return float32(float64(x)*float64(y) + float64(z))
	}
	f, _ := p.Float32()
	return f
}

// antidiagonal is XAttention's estimate as it was defined until
// 2026-11-28: float64 dot products, math.Exp, each probability added.
func (s *refScorer) antidiagonal(ph, h, I int, row []float64) (flops float64) {
	g, S := s.g, s.spec.Stride
	r0, r1 := I*g.BQ/S, (min((I+1)*g.BQ, g.M)+S-1)/S
	nt := (g.N + S - 1) / S
	a := make([]float64, nt)
	ok := make([]bool, nt)
	sum := make([]float64, len(row))
	rowMass := make([]float64, len(row))
	buf := make([]int, 0, g.BK)
	rowmax := s.spec.Pool == "rowmax"
	for r := r0; r < r1; r++ {
		mx := math.Inf(-1)
		for t := range nt {
			J := t * S / g.BK
			ok[t] = row[J] >= 0 && s.refCellAllowed(h, I, r, t, buf)
			if !ok[t] {
				continue
			}
			keys := g.Keys(h, I, J, buf)
			var acc float64
			for u := range S {
				qi, kl := r*S+S-1-u, t*S+u-J*g.BK
				if qi >= g.M || kl >= len(keys) {
					continue
				}
				acc += refDot(s.qrow(ph, qi), s.krow(ph, keys[kl]))
			}
			a[t] = s.spec.Scale / float64(S) * acc
			mx = math.Max(mx, a[t])
			flops += float64(2 * S * s.d)
		}
		if rowmax {
			clear(rowMass)
			refSoftmaxInto(a, ok, mx, func(t int, p float64) { rowMass[t*S/g.BK] += p })
			for J, x := range rowMass {
				sum[J] = math.Max(sum[J], x)
			}
			continue
		}
		refSoftmaxInto(a, ok, mx, func(t int, p float64) { sum[t*S/g.BK] += p })
	}
	for J := range row {
		if row[J] >= 0 {
			if rowmax {
				row[J] = sum[J]
			} else {
				row[J] = sum[J] / float64(r1-r0)
			}
		}
	}
	return flops
}

// refCellAllowed reports whether the S×S cell (r, t) may hold an allowed pair.
func (s *refScorer) refCellAllowed(h, I, r, t int, buf []int) bool {
	g, S := s.g, s.spec.Stride
	J := t * S / g.BK
	keys := g.Keys(h, I, J, buf)
	lo := t*S - J*g.BK
	hi := min(lo+S, len(keys))
	if lo >= hi {
		return false
	}
	kmin, kmax := keyRange(keys[lo:hi])
	off := g.N - g.M // queries sit at their rows plus N − M
	return g.Mask.Classify(h, r*S+off, min(r*S+S, g.M)-1+off, kmin, kmax) != Empty
}

// mean is MInference/FlexPrefill's pooled estimate.
func (s *refScorer) mean(ph, h, I int, row []float64) float64 {
	g, d := s.g, s.d
	qm := make([]float64, d)
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	for i := q0; i < q1; i++ {
		for t, x := range s.qrow(ph, i) {
			qm[t] += x / float64(q1-q0)
		}
	}
	a := make([]float64, len(row))
	ok := make([]bool, len(row))
	mx := math.Inf(-1)
	km := make([]float64, d)
	buf := make([]int, 0, g.BK)
	allowed := 0
	for J := range row {
		if ok[J] = row[J] >= 0; !ok[J] {
			continue
		}
		allowed++
		a[J] = s.spec.Scale * refDot8(qm, s.keyMean(ph, h, I, J, km, buf))
		mx = math.Max(mx, a[J])
	}
	refSoftmaxInto(a, ok, mx, func(J int, p float64) { row[J] = p })
	// A kernel pools each query and key tile once (here: this query tile and
	// its share of the key tiles) and scores every allowed tile pair.
	return float64((q1-q0)*d + g.BK*d*len(row)/max(g.NQ(), 1) + 2*d*allowed)
}

// keyMean returns the mean key of (virtual) tile J as query tile I of head
// h sees it. Without a permutation the means depend only on the KV head and
// are computed once per run (a kernel pools each key tile once); with one
// they depend on the query segment and are computed here, into km.
func (s *refScorer) keyMean(ph, h, I, J int, km []float64, buf []int) []float64 {
	g, d := s.g, s.d
	if g.Perm == nil {
		kv := ph / g.Group
		if s.proxy > 0 {
			kv = ph
		}
		s.meansOnce.Do(s.poolKeys)
		return s.means[kv][J*d : (J+1)*d]
	}
	clear(km)
	keys := g.Keys(h, I, J, buf)
	for _, j := range keys {
		for t, x := range s.krow(ph, j) {
			km[t] += x / float64(len(keys))
		}
	}
	return km
}

// poolKeys computes the mean key of every key tile of every KV (or proxy)
// head, in the same order of additions as keyMean's permuted path.
func (s *refScorer) poolKeys() {
	g, d := s.g, s.d
	heads := len(s.k) / (g.N * d)
	s.means = make([][]float64, heads)
	nk := g.NK()
	for kv := range heads {
		m := make([]float64, nk*d)
		for J := range nk {
			lo, hi := J*g.BK, min((J+1)*g.BK, g.N)
			km := m[J*d : (J+1)*d]
			for j := lo; j < hi; j++ {
				for t, x := range s.k[(kv*g.N+j)*d : (kv*g.N+j+1)*d] {
					km[t] += x / float64(hi-lo)
				}
			}
		}
		s.means[kv] = m
	}
}

// probe scores probe queries exactly (docs/passes.md).
func (s *refScorer) probe(ph, h, I int, row []float64) (flops float64) {
	g, S := s.g, s.spec.Stride
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	acc := make([]float64, len(row))
	probes := 0
	sc := make([]float64, 0, g.N)
	buf := make([]int, 0, g.BK)
	for i := q0 + S - 1; ; i += S {
		if i >= q1 {
			if probes > 0 || q1 <= q0 {
				break
			}
			i = q1 - 1 // a tile shorter than the stride still gets a probe
		}
		probes++
		sc = sc[:0]
		mx := math.Inf(-1)
		for J := range row {
			for _, j := range g.Keys(h, I, J, buf) {
				x := math.Inf(-1)
				if row[J] >= 0 && refAllowed(g, h, i, j) {
					x = s.spec.Scale * refDot(s.qrow(ph, i), s.krow(ph, j))
					flops += float64(2 * s.d)
				}
				sc = append(sc, x)
				mx = math.Max(mx, x)
			}
		}
		if math.IsInf(mx, -1) {
			continue
		}
		var z float64
		for _, x := range sc {
			z += math.Exp(x - mx)
		}
		t := 0
		for J := range row {
			var tileMass, tileMax float64
			for range g.Keys(h, I, J, buf) {
				p := math.Exp(sc[t]-mx) / z
				tileMass += p
				tileMax = math.Max(tileMax, p)
				t++
			}
			switch s.spec.Pool {
			case "max":
				acc[J] = math.Max(acc[J], tileMax)
			case "rowmax":
				acc[J] = math.Max(acc[J], tileMass)
			default:
				acc[J] += tileMass // the mean over probes, up to the renormalisation
			}
		}
	}
	if s.spec.Pool == "rowmax" { // row maxima are shares already
		for J := range row {
			if row[J] >= 0 {
				row[J] = acc[J]
			}
		}
		return flops
	}
	refNormalise(row, acc)
	return flops
}

// refNormalise writes acc/Σacc into the allowed entries of row.
func refNormalise(row, acc []float64) {
	var z float64
	for J, x := range acc {
		if row[J] >= 0 {
			z += x
		}
	}
	for J := range row {
		if row[J] >= 0 {
			row[J] = 0
			if z > 0 {
				row[J] = acc[J] / z
			}
		}
	}
}

// oracle is the exact block mass (or, with rowmax, the largest row mass).
func (s *refScorer) oracle(ph, h, I int, row []float64) (flops float64) {
	g := s.g
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	acc := make([]float64, len(row))
	sc := make([]float64, 0, g.N)
	buf := make([]int, 0, g.BK)
	env := Env{H: float64(h)}
	for i := q0; i < q1; i++ {
		sc = sc[:0]
		mx := math.Inf(-1)
		env.Qi = float64(i + g.N - g.M)
		for J := range row {
			for _, j := range g.Keys(h, I, J, buf) {
				x := math.Inf(-1)
				if row[J] >= 0 && refAllowed(g, h, i, j) {
					x = s.spec.Scale * refDot(s.qrow(ph, i), s.krow(ph, j))
					flops += float64(2 * s.d)
					if s.spec.Mod != nil {
						env.Ki, env.S = float64(j), x
						x = s.spec.Mod.Eval(&env)
					}
				}
				sc = append(sc, x)
				mx = math.Max(mx, x)
			}
		}
		if math.IsInf(mx, -1) {
			continue
		}
		var z float64
		for _, x := range sc {
			z += math.Exp(x - mx)
		}
		t := 0
		for J := range row {
			var mass float64
			for range g.Keys(h, I, J, buf) {
				mass += math.Exp(sc[t]-mx) / z
				t++
			}
			if s.spec.Pool == "rowmax" {
				acc[J] = math.Max(acc[J], mass)
			} else {
				acc[J] += mass / float64(q1-q0)
			}
		}
	}
	for J := range row {
		if row[J] >= 0 {
			row[J] = acc[J]
		}
	}
	return flops
}

// refProxyHeads averages q over groups of H/p consecutive query heads.
func refProxyHeads(q []float64, h, m, d, p int, elem string) []float64 {
	size := h / p
	out := make([]float64, p*m*d)
	for g := range p {
		heads := make([]int, size)
		for t := range heads {
			heads[t] = g*size + t
		}
		refMean(out[g*m*d:(g+1)*m*d], q, m*d, heads, elem)
	}
	return out
}

// refProxyKeys averages, for each proxy group, the distinct KV heads its query
// heads read.
func refProxyKeys(k []float64, n, d, p, h, group int, elem string) []float64 {
	size := h / p
	out := make([]float64, p*n*d)
	for g := range p {
		var kvs []int
		for t := range size {
			if kv := (g*size + t) / group; !slices.Contains(kvs, kv) {
				kvs = append(kvs, kv)
			}
		}
		refMean(out[g*n*d:(g+1)*n*d], k, n*d, kvs, elem)
	}
	return out
}

// refMean is the stored proxy head (docs/passes.md): the float32 mean of
// x's heads (each size elements) in their order, rounded to elem.
func refMean(dst, x []float64, size int, heads []int, elem string) {
	for i := range dst {
		sum := float32(0)
		for _, hh := range heads {
			sum = sum + float32(x[hh*size+i])
		}
		f := sum / float32(len(heads))
		switch elem {
		case "bf16":
			f = runtime.BF16ToF32(runtime.F32ToBF16(f))
		case "f16":
			f = runtime.F16ToF32(runtime.F32ToF16(f))
		}
		dst[i] = float64(f)
	}
}

// refBlockSelect turns scores E [H, NQ, NK] (-1: not allowed) into ordered
// tile lists [H, NQ, 2, NK]: [h, I, 0, :] the key tiles in processing order
// padded with -1, [h, I, 1, :] 1 for forced entries. perm (nil without a
// permutation) locates the sink; n is the number of keys.
func refBlockSelect(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) []int32 {
	out := make([]int32, h*nq*2*nk)
	for i := range out {
		out[i] = -1
	}
	var won [][]int
	if spec.Mode == "budget" {
		won = refBudgetTiles(e, h, nq, nk, spec, perm, m, n)
	}
	for hh := range h {
		for I := range nq {
			row := e[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
			forced := refForcedTiles(spec, row, I, m, n, refSinkTile(perm, spec, hh, I, m, n))
			var list []int
			if won != nil {
				list = append(forced, won[hh*nq+I]...)
				if spec.Order == "index" {
					sort.Ints(list[len(forced):])
				}
			} else {
				list = refSelectTiles(spec, row, forced)
			}
			base := (hh*nq + I) * 2 * nk
			for t, J := range list {
				out[base+t] = int32(J)
				out[base+nk+t] = 0
				if t < len(forced) {
					out[base+nk+t] = 1
				}
			}
		}
	}
	return out
}

// refSinkTile returns the (virtual) tile holding physical key 0.
func refSinkTile(perm []int32, spec SelectSpec, h, I, m, n int) int {
	if perm == nil {
		return 0
	}
	ns := (m + spec.Segment - 1) / spec.Segment
	s := I * spec.BQ / spec.Segment
	row := perm[(h*ns+s)*n : (h*ns+s+1)*n]
	for j, x := range row {
		if x == 0 {
			return j / spec.BK
		}
	}
	return 0
}

// refForcedTiles lists the allowed tiles the spec forces for query tile I
// of m queries against n keys, ascending.
func refForcedTiles(spec SelectSpec, row []float64, I, m, n, sink int) []int {
	nk := len(row)
	var f []int
	add := func(J int) {
		if J >= 0 && J < nk && row[J] >= 0 && !slices.Contains(f, J) {
			f = append(f, J)
		}
	}
	// The query tile's positions [p0, p1]: its rows plus n − m.
	p0, p1 := I*spec.BQ+n-m, min((I+1)*spec.BQ, m)-1+n-m
	if spec.Diagonal { // key tiles whose keys meet [p0, p1]
		for J := range nk {
			if J*spec.BK <= p1 && min((J+1)*spec.BK, n)-1 >= p0 {
				add(J)
			}
		}
	}
	if spec.Sink {
		add(sink)
	}
	if p0 >= 0 { // the tiles left of the one holding p0 (none before key 0)
		for w := 1; w <= spec.Local; w++ {
			add(p0/spec.BK - w)
		}
	}
	if spec.Segment > 0 { // the query's own segment stays dense
		s := I * spec.BQ / spec.Segment
		for J := s * spec.Segment / spec.BK; J < min((s+1)*spec.Segment/spec.BK, nk); J++ {
			add(J)
		}
	}
	sort.Ints(f)
	return f
}

// refSelectTiles completes the forced list with the mode's budget.
func refSelectTiles(spec SelectSpec, row []float64, forced []int) []int {
	var rest []int
	allowed := 0
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		if !slices.Contains(forced, J) {
			rest = append(rest, J)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool { return row[rest[a]] > row[rest[b]] })
	list := append([]int(nil), forced...)
	switch spec.Mode {
	case "mass":
		taken := 0.0
		for _, J := range forced {
			taken += row[J]
		}
		for _, J := range rest {
			if taken >= spec.Mass {
				break
			}
			list = append(list, J)
			taken += row[J]
		}
	case "top", "density":
		k := spec.Top
		if spec.Mode == "density" {
			// 1e-9 keeps ρ·allowed = 3.0000000000000004 from becoming 4.
			k = int(math.Ceil(spec.Density*float64(allowed) - 1e-9))
		}
		for _, J := range rest {
			if len(list) >= k {
				break
			}
			list = append(list, J)
		}
	case "all":
		list = append(list, rest...)
	}
	for _, J := range rest {
		if len(list) >= min(spec.MinBlocks, allowed) {
			break
		}
		if !slices.Contains(list, J) {
			list = append(list, J)
		}
	}
	if spec.Order == "index" {
		sort.Ints(list[len(forced):])
	}
	return list
}

// refBudgetTiles shares ⌈ρ·allowed⌉ tiles (forced ones included) across all
// query tiles of all heads (scope global) or of each head (scope head): the
// unforced allowed tiles with the largest scores anywhere win (ties: lower
// head, query tile, key tile). It returns, per h·nq + I, the tiles won in
// descending score order.
func refBudgetTiles(e []float64, h, nq, nk int, spec SelectSpec, perm []int32, m, n int) [][]int {
	type cand struct {
		h, I, J int
		e       float64
	}
	won := make([][]int, h*nq)
	var groups [][]int
	if spec.Scope == "head" {
		for hh := range h {
			groups = append(groups, []int{hh})
		}
	} else {
		all := make([]int, h)
		for hh := range all {
			all[hh] = hh
		}
		groups = append(groups, all)
	}
	for _, heads := range groups {
		var cands []cand
		allowed, forcedN := 0, 0
		for _, hh := range heads {
			for I := range nq {
				row := e[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
				forced := refForcedTiles(spec, row, I, m, n, refSinkTile(perm, spec, hh, I, m, n))
				forcedN += len(forced)
				for J, x := range row {
					if x < 0 {
						continue
					}
					allowed++
					if !slices.Contains(forced, J) {
						cands = append(cands, cand{hh, I, J, x})
					}
				}
			}
		}
		budget := int(math.Ceil(spec.Density*float64(allowed)-1e-9)) - forcedN
		// Candidates are in (h, I, J) order, so ordering ties by that order
		// is the stable sort's result at O(n log n).
		sort.Slice(cands, func(a, b int) bool {
			x, y := &cands[a], &cands[b]
			if x.e != y.e {
				return x.e > y.e
			}
			if x.h != y.h {
				return x.h < y.h
			}
			if x.I != y.I {
				return x.I < y.I
			}
			return x.J < y.J
		})
		for _, c := range cands[:max(0, min(budget, len(cands)))] {
			won[c.h*nq+c.I] = append(won[c.h*nq+c.I], c.J)
		}
	}
	return won
}

// TileAllowed reports whether the mask leaves any pair in (virtual) tile
// (I, J) of head h: by interval classification over the tile's key range,
// and by checking pairs where that is inconclusive.
func refTileAllowed(g *Grid, h, I, J int, buf []int) bool {
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)-1
	keys := g.Keys(h, I, J, buf)
	if len(keys) == 0 || q1 < q0 {
		return false
	}
	kmin, kmax := keyRange(keys)
	switch g.Mask.Classify(h, q0+g.N-g.M, q1+g.N-g.M, kmin, kmax) {
	case Empty:
		return false
	case Full:
		return true
	}
	for i := q0; i <= q1; i++ {
		for _, j := range keys {
			if refAllowed(g, h, i, j) {
				return true
			}
		}
	}
	return false
}

// refAllowed reports whether the mask allows query row i, at position
// i + N − M, and key j.
func refAllowed(g *Grid, h, i, j int) bool {
	return g.Mask == nil || g.Mask.Eval(&Env{Qi: float64(i + g.N - g.M), Ki: float64(j), H: float64(h)}) != 0
}
