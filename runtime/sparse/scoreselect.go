package sparse

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/abi"
)

// Score and select fused: blockselect(blockscore(q, k)) for score(mean)
// and a rule that counts its tiles (select's density or top), computed
// row by row without writing E. The lists are BlockSelect's to the bit;
// what changes is how much of the means a row reads.
//
// A count rule keeps a row's k best tiles by E = exp(a − max)/Σ, where a
// is the tile's exact logit c·dot8(q̄, k̄) over float64 means (score.go).
// Ranking by E is ranking by a, except where two logits lie so close that
// the exponential or the division rounds them to one value (then the
// lower index wins) or where E underflows. So a row is filtered first:
//
//  1. est_J = c·q̄·k̄_J in float32 arithmetic, from bfloat16 copies of
//     the means kept beside them (a quarter of the bytes of the float64
//     means, which a decode step's scoring streams: 8 MB at 64K keys, 8
//     heads; half those of the float32 copies it read before), with the
//     bound |a_J − est_J| ≤ B_J = c·κ·‖q̄‖·‖k̄_J‖ + 2u·|est_J| + c·A
//     (any order of float32 additions of d products, the inputs'
//     rounding, the float64 reference's own rounding: κ = 2⁻⁸ +
//     1.01·(d+5)·2⁻²⁴ + 10⁻¹², A the subnormals' absolute errors; cut's
//     comment derives it);
//  2. with B the largest B_J of the row and T the k-th largest estimate,
//     k tiles have a ≥ T − B, so a tile whose estimate lies below T − 2B
//     (less a margin) cannot be among the k best; where that leaves many
//     more than k (means whose spread is small against their norms, where
//     2⁻⁸ of the norms is a wide band), the float32 copies' estimates of
//     those left (κ = 1.01·(d+5)·2⁻²⁴ + 10⁻¹²) cut again;
//  3. the exact logits of the tiles left (a few more than k) and of the
//     forced tiles, ranked; the list is their first k.
//
// The filtered list is taken only when it is provably the exact one: a
// positive scale (the ranks are the estimates'), every estimate and logit
// finite, the logits of consecutive ranked tiles up to
// the k+1-th apart by more than 10⁻¹³·(1 + |a − max|) (so exp and the
// division keep them apart), and the k-th logit within 600 of the row's
// maximum (so its E is a normal number). Otherwise, and where the rule
// takes more than half the row (the filter would save nothing), the row is
// scored and selected exactly as BlockScore and BlockSelect do.

// ScoreSelectFusable reports whether ScoreSelect filters for spec and sel:
// score(mean) without proxy heads, select(density) or select(top) with one
// density for every head. ScoreSelect computes the unfused result for
// anything else.
func ScoreSelectFusable(spec ScoreSpec, sel SelectSpec) bool {
	return spec.Method == "mean" && spec.Heads == 0 && (sel.Mode == "density" || sel.Mode == "top") && sel.Densities == nil
}

// ScoreSelectIn returns BlockSelect(BlockScore(q, k)) — the lists
// [H, NQ, 2, NK] of blockselect sel over score spec's E, and the scoring's
// flops per head (the method's, as BlockScore reports them) — fused where
// ScoreSelectFusable holds, with its buffers in ws. g.M and g.N place the
// diagonal, as BlockSelect's m and n (key lengths: BlockSelectLens).
func ScoreSelectIn[T Scalar](ws *Workspace, g *Grid, spec ScoreSpec, sel SelectSpec, q, k []T, d, workers int) ([]int32, []float64, error) {
	if ws == nil {
		ws = new(Workspace)
	}
	if !ScoreSelectFusable(spec, sel) || g.Perm != nil {
		return unfused(ws, g, sel, func() ([]float64, []float64, error) { return BlockScoreIn(ws, g, spec, q, k, d, workers) })
	}
	if g.Lens != nil {
		if err := g.CheckLens(); err != nil {
			return nil, nil, err
		}
	}
	return newScorer(g, spec, q, k, d).runSelect(ws, sel, workers)
}

// ScoreSelectTensor is ScoreSelectIn with the keys as a tensor in their
// stored type, as BlockScoreTensor.
func ScoreSelectTensor(ws *Workspace, g *Grid, spec ScoreSpec, sel SelectSpec, q []float32, k *runtime.Tensor, d, workers int) ([]int32, []float64, error) {
	if ws == nil {
		ws = new(Workspace)
	}
	if !ScoreSelectFusable(spec, sel) || g.Perm != nil {
		return unfused(ws, g, sel, func() ([]float64, []float64, error) { return BlockScoreTensor(ws, g, spec, q, k, d, workers) })
	}
	s, err := newTensorScorer(g, spec, q, k, d)
	if err != nil {
		return nil, nil, err
	}
	return s.runSelect(ws, sel, workers)
}

// unfused is ScoreSelect's result the long way: the scores, then the
// selection, in one workspace.
func unfused(ws *Workspace, g *Grid, sel SelectSpec, score func() ([]float64, []float64, error)) ([]int32, []float64, error) {
	e, flops, err := score()
	if err != nil {
		return nil, nil, err
	}
	if m := abi.LookupSelectMode(sel.Mode); m == nil {
		return nil, nil, fmt.Errorf("BUG: ScoreSelect: no select mode %q (there are: %s)", sel.Mode, strings.Join(abi.SelectModes(), ", "))
	}
	return blockSelect(ws, e, g.H, g.NQ(), g.NK(), sel, g.Perm, g.M, g.N, g.Lens), flops, nil
}

// fusedStats counts, for tests and benchmarks, the rows ScoreSelect
// filtered and those it scored exactly.
type fusedStats struct {
	filtered, exact int
	candidates      int // exact logits computed by the filtered rows, forced tiles' included
	refined         int // filtered rows cut again by float32 estimates (step 1b)
}

// runSelect is ScoreSelect for score(mean) and a count rule.
func (s *scorer[T]) runSelect(ws *Workspace, sel SelectSpec, workers int) ([]int32, []float64, error) {
	g := s.g
	nq, nk := g.NQ(), g.NK()
	workers = resolveWorkers(workers)
	hostOf[T]("mean").prepare(s, ws, workers)
	ws.e, ws.flops = growSlice(ws.e, g.H*nq*nk), growSlice(ws.flops, g.H)
	e, flops := ws.e, ws.flops
	clear(flops)
	ws.lists = growSlice(ws.lists, g.H*nq*2*nk)
	out := ws.lists
	fill(out, -1)
	tiles := ws.allowedTiles(g)
	scratch := ws.scoreScratch(workers, g.BK)
	rule := selectHostOf(sel.Mode).(rowRule)
	var mu sync.Mutex
	var st fusedStats
	parallel(g.H*nq, workers, func(w, r int) {
		h, I := r/nq, r%nq
		sc := &scratch[w]
		row := e[r*nk : (r+1)*nk]
		ws.markAllowed(g, tiles, h, I, row, sc.buf[:0], &sc.ranges)
		list, nforced, f, filtered, cands := s.selectRow(h, I, row, sel, rule, sc)
		base := r * 2 * nk
		for t, J := range list {
			out[base+t] = int32(J)
			out[base+nk+t] = 0
			if t < nforced {
				out[base+nk+t] = 1
			}
		}
		mu.Lock()
		flops[h] += f
		if filtered {
			st.filtered++
			st.candidates += cands
			if sc.refined {
				st.refined++
			}
		} else {
			st.exact++
		}
		mu.Unlock()
	})
	ws.fused = st
	return out, flops, nil
}

// selectRow returns query tile I's list (its nforced forced tiles first,
// then the rule's), the flops mean charges for its scores, whether it was
// filtered, and how many exact logits that took. row holds 0 for the
// allowed tiles, -1 for the others.
func (s *scorer[T]) selectRow(h, I int, row []float64, sel SelectSpec, rule rowRule, sc *scoreScratch) (list []int, nforced int, flops float64, filtered bool, cands int) {
	d := s.d
	keys, _ := s.g.Seq(h)
	sc.forced = forcedTiles(sc.forced[:0], sel, row, I, s.g.M, keys, 0)
	forced := sc.forced
	// The rule's count: forced and the rest of the allowed tiles.
	allowed := 0
	sc.rest = sc.rest[:0]
	f := 0
	for J, x := range row {
		if x < 0 {
			continue
		}
		allowed++
		for f < len(forced) && forced[f] < J {
			f++
		}
		if f < len(forced) && forced[f] == J {
			continue
		}
		sc.rest = append(sc.rest, J)
	}
	rest := sc.rest
	minTake := min(min(sel.MinBlocks, allowed)-len(forced), len(rest))
	take := max(rule(sel, row, forced, rest, allowed), minTake)
	if s.means32 != nil && d%8 == 0 && d > 0 && d < 4000 && take > 0 && 2*take <= len(rest) {
		qm, a, _, _, q0, q1 := s.pooledQuery(h, I, row, sc)
		if l, n, ok := s.filterRow(h, qm, a, forced, rest, take, sel, sc); ok {
			return l, len(forced), s.meanFlops(h, q1-q0, len(row), allowed), true, n
		}
	}
	// Exactly as BlockScore then BlockSelect: the forced tiles are those
	// of the scored row (a NaN score is not ≥ 0: not forced).
	flops = s.mean(h, h, I, row, sc)
	sc.list = forcedTiles(sc.list[:0], sel, row, I, s.g.M, keys, 0)
	nforced = len(sc.list)
	return selectTiles(sel, rule, row, sc.list), nforced, flops, false, 0
}

// meanFlops is what mean charges for a query tile of rows rows with
// allowed of its nk tiles allowed.
func (s *scorer[T]) meanFlops(ph, rows, nk, allowed int) float64 {
	g, d := s.g, s.d
	return float64(rows*d + g.BK*d*s.pooledTiles(ph, nk)/max(g.NQ(), 1) + 2*d*allowed)
}

// filterRow is steps 1–3 of the filter for one row (q̄ in qm, a scratch
// of the row's length for logits): the list, the exact logits computed,
// and whether the list is provably the exact selection's.
func (s *scorer[T]) filterRow(ph int, qm, a []float64, forced, rest []int, take int, sel SelectSpec, sc *scoreScratch) ([]int, int, bool) {
	d, c := s.d, s.spec.Scale
	if !(c > 0) { // the ranks below are the estimates', which c > 0 keeps
		return nil, 0, false
	}
	kv := s.kvHead(ph)
	norms, means := s.norms[kv], s.means[kv]
	// 1. The estimates, from float32 q̄ against the bfloat16 means.
	sc.q32 = growSlice(sc.q32, d)
	qn := 0.0
	for i, x := range qm {
		sc.q32[i] = float32(x)
		qn += x * x
	}
	qn = math.Sqrt(qn)
	sc.idx32 = sc.idx32[:0]
	for _, J := range rest {
		sc.idx32 = append(sc.idx32, int32(J))
	}
	sc.refined = false
	sc.est = growSlice(sc.est, len(rest))
	estDots16(sc.est, sc.q32, s.means16[kv], sc.idx32)
	cand, L, ok := sc.cut(sc.cand[:0], rest, norms, c, qn, kappa16(d), take)
	if !ok {
		return nil, 0, false
	}
	// 1b. Where the bfloat16 bound left many candidates (means whose
	// spread is small against their norms), their float32 estimates cut
	// again: a tile either cut leaves out is below the take-th logit.
	if len(cand) > take+take/4+8 {
		sc.rest2 = append(sc.rest2[:0], cand...)
		sc.idx32 = sc.idx32[:0]
		for _, J := range sc.rest2 {
			sc.idx32 = append(sc.idx32, int32(J))
		}
		sc.est = growSlice(sc.est, len(sc.rest2))
		GatherDots(sc.est, sc.q32, s.means32[kv], sc.idx32, 1)
		var L2 float64
		if cand, L2, ok = sc.cut(cand[:0], sc.rest2, norms, c, qn, kappa32(d), take); !ok {
			return nil, 0, false
		}
		L = max(L, L2)
		sc.refined = true
	}
	sc.cand = cand
	// 3. Their exact logits and the forced tiles', as mean computes them.
	sc.exactIdx = append(append(sc.exactIdx[:0], cand...), forced...)
	exact := sc.exactIdx
	if meanDots != nil && d%8 == 0 && len(exact) > 0 {
		meanDots(&a[0], &qm[0], &means[0], &exact[0], len(exact), d, c)
	} else {
		for _, J := range exact {
			a[J] = c * dot8(qm, means[J*d:(J+1)*d])
		}
	}
	mx := math.Inf(-1)
	for _, J := range exact {
		if math.IsNaN(a[J]) || math.IsInf(a[J], 0) {
			return nil, 0, false
		}
		mx = max(mx, a[J])
	}
	if len(cand) < take {
		return nil, 0, false // cannot be: k tiles have lo ≥ L
	}
	// Only the first take+1 ranks are read below (the list and the gap
	// after its last tile): sortTop orders those as a full sort would.
	sortTop(cand, min(take+1, len(cand)), a, 2*bits.Len(uint(len(cand))))
	for t := 0; t < take && t+1 < len(cand); t++ {
		x, y := a[cand[t]], a[cand[t+1]]
		if x-y <= 1e-13*(1+math.Abs(x-mx)) {
			return nil, 0, false
		}
	}
	// A tile left out has a below L, which lies 10⁻⁹·(1 + |L|) under the
	// take-th logit: it must be as clear of it as the ranked ones are.
	if x := a[cand[take-1]]; x-mx < -600 || x-L <= 1e-13*(1+math.Abs(x-mx)) {
		return nil, 0, false
	}
	list := append(sc.list[:0], forced...)
	list = append(list, cand[:take]...)
	if sel.Order == "index" {
		slices.Sort(list[len(forced):])
	}
	sc.list = list
	return list, len(exact), true
}

// The bounds of the estimates. For q̄ and a mean k̄ (float64, d long)
// and a = c·q̄·k̄ as mean computes it (dot8 in float64, times c), an
// estimate est = Σ q̂_i·k̂_i in float32 arithmetic (any order, fused or
// not) from q̂_i = fl32(q̄_i) and k̂_i = k̄_i rounded to float32 (or
// that rounded again to bfloat16, round to nearest each) has
//
//	|a − c·est| ≤ c·κ·‖q̄‖·‖k̄‖ + 2u·c·|est| + c·A,
//	A = √d·(2⁻¹³²·‖q̄‖ + 2⁻¹⁴⁹·‖k̄‖) + d·2⁻¹⁴⁸,
//
// u = 2⁻²⁴, where, with ρ the inputs' relative rounding of k̄ (2⁻²⁴ for
// float32; for bfloat16 2⁻⁸·(1+2⁻²⁴) + 2⁻²⁴ ≤ 2⁻⁸ + 2⁻²³, its 8
// significant bits after float32's 24):
//
//   - |Σ q̄k̄ − Σ q̂k̂| ≤ Σ|q̄_i − q̂_i||k̄_i| + Σ|q̂_i||k̄_i − k̂_i|
//     ≤ (u + (1+u)·ρ)·‖q̄‖‖k̄‖ (Cauchy–Schwarz) plus the absolute
//     errors of rounding into the subnormals: ≤ 2⁻¹⁵⁰ per element of q̂
//     and of a float32 k̂, 2⁻¹³⁴ more per element of a bfloat16 one (half
//     its least subnormal, 2⁻¹³³), so ≤ √d·(2⁻¹⁵⁰·‖k̄‖ + (1+u)·2⁻¹³³·‖q̄‖)
//     after Cauchy–Schwarz again, within A's first term;
//   - the float32 evaluation adds ≤ γ_d·Σ|q̂_i k̂_i|, γ_d = d·u/(1−d·u)
//     and Σ|q̂k̂| ≤ (1+u)(1+ρ)·‖q̄‖‖k̄‖ (+ the same absolute terms), and
//     ≤ 2⁻¹⁵⁰ per operation whose result is subnormal: d·2⁻¹⁴⁸ covers
//     the d multiply-adds and the folds;
//   - the float64 reference's own rounding (dot8, the product by c) and
//     c·float64(est) are ≤ (d+2)·2⁻⁵³ relative, within 10⁻¹² for
//     d < 4·10³; the term 2u·|est| is slack kept from the first bound.
//
// So κ = u + (1+u)ρ + γ_d·(1+u)(1+ρ) + 10⁻¹². For float32, ρ = u and
// κ ≤ 1.01·(d+5)·u + 10⁻¹² (d < 2¹⁴, so 1/(1 − d·u) ≤ 1.001). For
// bfloat16, u + (1+u)ρ ≤ 2⁻⁸ + 3.01·u and γ_d·(1+u)(1+ρ) ≤ 1.0051·d·u
// (1 + ρ ≤ 1.0040), so κ ≤ 2⁻⁸ + 1.01·(d+5)·u + 10⁻¹². The absolute
// term A is ≈ 10⁻³⁸ of anything but subnormal-scale q̄ against huge
// means (a float32 q̂ of 2⁻¹⁴⁰ against k̄ of 2¹²⁰), which it covers,
// in the float32 cut too.

// kappa32 and kappa16 are κ for float32 and bfloat16 means.
func kappa32(d int) float64 { return 1.01*float64(d+5)/(1<<24) + 1e-12 }
func kappa16(d int) float64 { return 1.0/(1<<8) + kappa32(d) }

// cut is steps 1–2 of the filter over tiles, whose estimates are in
// sc.est (κ the relative term of their bound): B, one bound for the row
// (the largest of the tiles'), and T, the take-th largest estimate:
// take tiles have a ≥ c·T − B, so a tile whose estimate lies below
// c·T − 2B (less a margin that keeps those left out clear of the
// take-th logit, step 3's checks) cannot be among the take best. It
// appends the others to dst and returns them with L, the cut; false
// where an estimate or the bound is not finite.
func (sc *scoreScratch) cut(dst, tiles []int, norms []float64, c, qn, kappa float64, take int) ([]int, float64, bool) {
	var big float32
	maxNorm := 0.0
	est := sc.est[:len(tiles)]
	for t, J := range tiles {
		x := est[t]
		if x != x || x-x != 0 { // NaN or ±Inf
			return dst, 0, false
		}
		// Plain comparisons: the builtin max orders NaNs and zeros,
		// which costs branches (none are left here).
		if x > big {
			big = x
		} else if -x > big {
			big = -x
		}
		if n := norms[J]; n > maxNorm {
			maxNorm = n
		}
	}
	const u = 1.0 / (1 << 24)
	d := float64(len(sc.q32))
	abs := math.Sqrt(d)*(math.Ldexp(qn, -132)+math.Ldexp(maxNorm, -149)) + math.Ldexp(d, -148)
	B := c*kappa*qn*maxNorm + 2*u*c*float64(big) + c*abs
	if math.IsNaN(B) || math.IsInf(B, 0) {
		return dst, 0, false
	}
	var T float32
	T, sc.sel32 = kthLargestSampled(est, take, sc.sel32)
	L := c*float64(T) - B
	L -= 1e-9 * (1 + math.Abs(L))
	for t, J := range tiles {
		if c*float64(est[t])+B >= L {
			dst = append(dst, J)
		}
	}
	return dst, L, true
}

// kthLargestSampled returns the k-th largest of xs (1 ≤ k ≤ len(xs), no
// NaN), leaving xs as it is, with buf (grown) as scratch. For a small k
// of many it quickselects only what lies at or above a pivot taken from
// a sample of 64: the sample's element of rank about twice its expected
// k·64/n plus four, so that ≈ 2k + n/16 values pass rather than n. If
// fewer than k pass (a sample far from the whole), it quickselects all.
// Either way the k-th largest is among the values quickselected: the
// same value as kthLargestOf(xs, k).
func kthLargestSampled(xs []float32, k int, buf []float32) (float32, []float32) {
	n := len(xs)
	buf = growSlice(buf, n)
	if n < 512 || 8*k > n {
		copy(buf, xs)
		return kthLargestOf(buf, k), buf
	}
	var smp [64]float32
	for i := range smp {
		smp[i] = xs[i*n/64]
	}
	r := min(2*k*64/n+4, 64)
	p := kthLargestOf(smp[:], r)
	m := 0
	for _, x := range xs {
		buf[m] = x
		if x >= p {
			m++
		}
	}
	if m < k {
		copy(buf, xs)
		return kthLargestOf(buf, k), buf
	}
	return kthLargestOf(buf[:m], k), buf
}

// kthLargestOf returns the k-th largest of xs (1 ≤ k ≤ len(xs), no NaN),
// reordering xs: a quickselect.
func kthLargestOf[E float32 | float64](xs []E, k int) E {
	lo, hi, want := 0, len(xs)-1, k-1
	for lo < hi {
		p := xs[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] > p {
				i++
			}
			for xs[j] < p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case want <= j:
			hi = j
		case want >= i:
			lo = i
		default:
			return xs[want]
		}
	}
	return xs[want]
}

// estDotsBF16 is the AVX-512 kernel of estDots16 (codegen/amd64
// gather.go), nil on other CPUs.
var estDotsBF16 func(s, q *float32, k *uint16, idx *int32, n, d int)

// estDots16 writes s[t] = Σ_i q[i]·k[idx[t]·d+i] for t < len(idx), the
// key rows bfloat16 (widened exactly) and len(q) = d long, summed in
// float32 as estDotsBF16Go defines.
func estDots16(s, q []float32, k []uint16, idx []int32) {
	d := len(q)
	if len(idx) == 0 {
		return
	}
	s = s[:len(idx)]
	if estDotsBF16 != nil && d%16 == 0 && d > 0 {
		checkRows(idx, len(k)/d) // the kernel reads rows unchecked
		estDotsBF16(&s[0], &q[0], &k[0], &idx[0], len(idx), d)
		return
	}
	estDotsBF16Go(s, q, k, idx)
}

// estDotsBF16Go defines estDots16's bits, the AVX-512 kernel's order:
// sixteen lanes, lane l the fused multiply-adds of the elements i ≡ l
// (mod 16) in order (fma32, antidiagonal.go), then lanes l and l+8
// added, l and l+4, l and l+2, 0 and 1.
func estDotsBF16Go(s, q []float32, k []uint16, idx []int32) {
	d := len(q)
	for t, j := range idx {
		kr := k[int(j)*d : int(j)*d+d]
		var acc [16]float32
		for i, x := range q {
			acc[i%16] = fma32(x, math.Float32frombits(uint32(kr[i])<<16), acc[i%16])
		}
		for w := 8; w >= 2; w /= 2 {
			for l := range w {
				acc[l] = float32(acc[l] + acc[l+w])
			}
		}
		s[t] = float32(acc[0] + acc[1])
	}
}
