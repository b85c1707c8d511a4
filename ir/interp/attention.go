package interp

import (
	"fmt"
	"math"
	goruntime "runtime"
	"slices"
	"sync"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
)

// Stats are the statistics every run reports (DESIGN §5).
type Stats struct {
	Allowed      int64   // (q, k) pairs the mask allows
	Computed     int64   // allowed pairs whose score was computed
	Density      float64 // Computed / Allowed
	MassRecall   float64 // mean over rows of the dense softmax mass the computed pairs cover (with Options.Check)
	TilesVisited int64
	EarlyStops   int64 // query tiles whose list was cut short by the stop rule
	// Flops of the sparse machinery: scoring and permutation probes
	// (ScoreFlops) and compensation of skipped tiles (CompFlops). Dense
	// attention over the allowed pairs costs DenseFlops = allowed·2·(d+dv).
	ScoreFlops, CompFlops, DenseFlops float64
	// DensityTotal is everything computed relative to dense attention:
	// density plus (ScoreFlops + CompFlops) / DenseFlops.
	DensityTotal float64
	PerHead      []HeadStats
}

// HeadStats are the statistics of one query head.
type HeadStats struct {
	Allowed, Computed                 int64
	Density                           float64
	DensityTotal                      float64
	MassRecall                        float64
	TilesVisited                      int64
	EarlyStops                        int64
	ScoreFlops, CompFlops, DenseFlops float64
	rows                              int     // rows with any allowed pair
	massSum                           float64 // Σ over those rows of covered mass
	pairFlops                         float64 // flops of one (q, k) pair: 2·(d+dv)
}

func (h *HeadStats) add(o *HeadStats) {
	h.Allowed += o.Allowed
	h.Computed += o.Computed
	h.TilesVisited += o.TilesVisited
	h.EarlyStops += o.EarlyStops
	h.ScoreFlops += o.ScoreFlops
	h.CompFlops += o.CompFlops
	h.DenseFlops += o.DenseFlops
	h.rows += o.rows
	h.massSum += o.massSum
}

func (h *HeadStats) finish() {
	h.Density = ratio(float64(h.Computed), float64(h.Allowed))
	h.MassRecall = ratio(h.massSum, float64(h.rows))
	h.DensityTotal = h.Density
	if h.DenseFlops > 0 {
		h.DensityTotal += (h.ScoreFlops + h.CompFlops) / h.DenseFlops
	}
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

// attnOp holds what every query tile of an attention op needs.
type attnOp struct {
	grid
	scale    float64
	mod      sparse.Program
	d, dv    int
	q        *Tensor
	k, v     *Tensor
	out      *Tensor
	sel      *Tensor // blockselect result, nil for dense attention
	eps      float64 // early stop threshold; 0: none
	ruleMx   bool    // stop on the max over rows (else the mean)
	patience int     // the early stop's tiles in a row below ε (≥ 1)
	comp     int     // compensation order; -1: none
	check    bool
	// seqs holds, with key lengths (ir.KeyLengths), each sequence's grid:
	// its keys end at its length and its queries sit before it; hs is the
	// query heads of a sequence. Nil without key lengths.
	seqs   []sparse.Grid
	hs     int
	ref    []RowStat // dense row statistics for mass_recall
	rows   []RowStat // this op's final row statistics
	visits [][]int
}

// attention evaluates attention and sparseattention with one online-softmax
// core (DESIGN §5): for each head h and query tile I, the key tiles of its
// list are processed in list order; per row i the running max m, normaliser
// ℓ and accumulator take each allowed pair's score
//
//	s = mod(scale · q_i·k_j, qi=i, ki=j, h)   (j the physical key)
//
// (qi is row i's position, i + N − M: sparse.QueryOffset) and the output
// is acc/ℓ (0 when nothing is allowed). Dense attention's
// list is every tile the mask does not empty, in index order. After each
// tile past the forced ones, the early-stop rule compares each row's
// Δ_r = Σ_t exp(s_rt − m_r) (the tile's contribution after the update) with
// ℓ_r and stops when max_r (or mean_r) Δ_r/ℓ_r < ε; rows with ℓ_r = 0 (no
// allowed pair yet) do not take part.
func (ev *evaluator) attention(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k, val := args[0], args[1], args[2]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	if val.Shape[0] != k.Shape[0] || val.Shape[1] != k.Shape[1] {
		return nil, fmt.Errorf("k is %v but v is %v", k.Shape, val.Shape)
	}
	op := &attnOp{
		grid: *g, scale: v.Float("scale"), mod: v.ExprAttr("mod").Program(),
		d: q.Shape[2], dv: val.Shape[2], q: q, k: k, v: val,
		eps: v.Float("eps"), ruleMx: v.Ident("rule") != "mean", patience: 1, check: ev.opts.Check, comp: -1,
	}
	if p, ok := v.Attrs["patience"].(int); ok {
		op.patience = p
	}
	if c, ok := v.Attrs["compensate"].(int); ok {
		op.comp = c
	}
	if v.Op == ir.OpSparseAttention {
		op.sel = args[3]
	}
	if ir.KeyLengthsOf(v) != nil {
		if err := op.keyLengths(args[len(args)-1]); err != nil {
			return nil, err
		}
	}
	op.out = NewTensor(op.h, op.m, op.dv)
	op.rows = make([]RowStat, op.h*op.m)
	op.visits = make([][]int, op.h)
	for h := range op.visits {
		op.visits[h] = make([]int, op.nq)
	}
	if op.check {
		op.ref, err = ev.referenceRows(v, op)
		if err != nil {
			return nil, err
		}
	}
	per := make([]HeadStats, op.h)
	ev.parallel(op.h, op.nq, func(h, I int, st *HeadStats) {
		op.queryTile(h, I, st)
	}, per)
	ev.recordStats(per, float64(2*(op.d+op.dv)))
	ev.rows, ev.visits = op.rows, op.visits
	return op.out, nil
}

// referenceRows returns the dense row statistics for mass_recall: from
// Options.Reference, or, for a dense op, from this very run (its rows are
// the dense ones), or computed by a dense pass over the same op.
func (ev *evaluator) referenceRows(v *ir.Value, op *attnOp) ([]RowStat, error) {
	if r := ev.opts.Reference; r != nil {
		if len(r.Rows) != op.h*op.m {
			return nil, fmt.Errorf("reference has %d rows, this op %d", len(r.Rows), op.h*op.m)
		}
		return r.Rows, nil
	}
	if op.sel == nil && op.perm == nil {
		return nil, nil // dense: filled in as the rows finish
	}
	dense := *op
	dense.sel, dense.perm, dense.eps, dense.check, dense.comp = nil, nil, 0, false, -1
	dense.out = NewTensor(op.h, op.m, op.dv)
	dense.rows = make([]RowStat, op.h*op.m)
	dense.visits = op.visits
	ev.parallel(op.h, op.nq, func(h, I int, st *HeadStats) { dense.queryTile(h, I, st) }, make([]HeadStats, op.h))
	for h := range op.visits {
		clear(op.visits[h])
	}
	return dense.rows, nil
}

// parallel runs fn over every (head, query tile) on the worker pool and
// sums the per-head statistics into per.
func (ev *evaluator) parallel(heads, nq int, fn func(h, I int, st *HeadStats), per []HeadStats) {
	type item struct{ h, i int }
	items := make(chan item)
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := ev.opts.Workers
	if workers <= 0 {
		workers = goruntime.GOMAXPROCS(0)
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				var st HeadStats
				fn(it.h, it.i, &st)
				mu.Lock()
				per[it.h].add(&st)
				mu.Unlock()
			}
		}()
	}
	for h := range heads {
		for i := range nq {
			items <- item{h, i}
		}
	}
	close(items)
	wg.Wait()
}

// recordStats finishes the attention op's statistics, charging each head
// the scoring flops the ops before it spent on that head.
func (ev *evaluator) recordStats(per []HeadStats, pairFlops float64) {
	var tot HeadStats
	for i := range per {
		if i < len(ev.scoreFlops) {
			per[i].ScoreFlops += ev.scoreFlops[i]
		}
		per[i].DenseFlops = float64(per[i].Allowed) * pairFlops
		per[i].finish()
		tot.add(&per[i])
	}
	tot.finish()
	ev.stats = Stats{
		Allowed: tot.Allowed, Computed: tot.Computed, Density: tot.Density, MassRecall: tot.MassRecall,
		TilesVisited: tot.TilesVisited, EarlyStops: tot.EarlyStops, PerHead: per,
		ScoreFlops: tot.ScoreFlops, CompFlops: tot.CompFlops, DenseFlops: tot.DenseFlops, DensityTotal: tot.DensityTotal,
	}
}

// chargeScoring adds flops spent scoring for query head h.
func (ev *evaluator) chargeScoring(h int, flops float64) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	for len(ev.scoreFlops) <= h {
		ev.scoreFlops = append(ev.scoreFlops, 0)
	}
	ev.scoreFlops[h] += flops
}

// keyLengths checks the key lengths of a KV cache (ir.KeyLengths) against
// the op's heads and keys and makes each sequence's grid: B sequences of
// H/B query heads and G/B KV heads, sequence b's keys the first lens[b]
// rows of k and v.
func (op *attnOp) keyLengths(lens *Tensor) error {
	b, g := len(lens.Data), op.h/op.group
	switch {
	case b == 0:
		return fmt.Errorf("key lengths: none given (B = 0); want one length per sequence")
	case op.h%b != 0 || g%b != 0:
		return fmt.Errorf("key lengths: B = %d sequences do not divide the query heads H = %d and the KV heads G = %d (sequence b has heads [b·H/B, (b+1)·H/B))", b, op.h, g)
	}
	op.hs = op.h / b
	op.seqs = make([]sparse.Grid, b)
	for i, x := range lens.Data {
		if x != math.Trunc(x) || x < 0 || x > float64(op.n) {
			return fmt.Errorf("key lengths: sequence %d has %v keys, want an integer in [0, %d] (the cache's capacity, k's rows)", i, x, op.n)
		}
		op.seqs[i] = op.Grid
		op.seqs[i].N = int(x)
	}
	return nil
}

// seq returns the grid head h's queries and keys are placed in and the
// head its mask and mod read: with key lengths its sequence's grid and its
// head within the sequence, else the op's grid and h.
func (op *attnOp) seq(h int) (*sparse.Grid, int) {
	if op.seqs == nil {
		return &op.Grid, h
	}
	return &op.seqs[h/op.hs], h % op.hs
}

// list returns the key tiles of query tile I in processing order and how
// many of them (at the head) are forced.
func (op *attnOp) list(h, I int) ([]int, int) {
	if op.sel == nil {
		gr, hm := op.seq(h)
		var l []int
		buf := make([]int, 0, op.bk)
		for J := range gr.NK() {
			if gr.TileAllowed(hm, I, J, buf) {
				l = append(l, J)
			}
		}
		return l, len(l)
	}
	nk := op.sel.Shape[3]
	base := ((h*op.nq + I) * 2) * nk
	var l []int
	forced := 0
	for t := 0; t < nk; t++ {
		J := int(op.sel.Data[base+t])
		if J < 0 {
			break
		}
		l = append(l, J)
		if op.sel.Data[base+nk+t] != 0 {
			forced++
		}
	}
	return l, forced
}

// queryTile computes the rows of query tile I of head h.
func (op *attnOp) queryTile(h, I int, st *HeadStats) {
	kvh := h / op.group
	q0, q1 := I*op.bq, min((I+1)*op.bq, op.m)
	rows := q1 - q0
	Q, K, V := op.q.head(h), op.k.head(kvh), op.v.head(kvh)
	m := make([]float64, rows)
	l := make([]float64, rows)
	delta := make([]float64, rows)
	acc := make([]float64, rows*op.dv)
	for r := range m {
		m[r] = math.Inf(-1)
	}
	covered := make([]float64, rows)
	gr, hm := op.seq(h)
	env := sparse.Env{H: float64(hm)}
	list, forced := op.list(h, I)
	visited := 0
	off := gr.QueryOffset()
	small := 0 // the early stop's tiles in a row below ε
	for idx, J := range list {
		visited++
		st.TilesVisited++
		keys := gr.Keys(h, I, J, nil)
		for r := range rows {
			i := q0 + r
			env.Qi = float64(i + off)
			qrow := Q[i*op.d : (i+1)*op.d]
			delta[r] = 0
			for _, j := range keys {
				env.Ki = float64(j)
				if gr.Mask != nil && gr.Mask.Eval(&env) == 0 {
					continue
				}
				st.Computed++
				s := op.score(qrow, K[j*op.d:(j+1)*op.d], &env)
				if math.IsInf(s, -1) {
					continue
				}
				if op.ref != nil {
					ref := op.ref[h*op.m+i]
					covered[r] += math.Exp(s-ref.M) / ref.L
				}
				if s > m[r] {
					f := math.Exp(m[r] - s) // 0 when m was -inf
					l[r] *= f
					delta[r] *= f
					a := acc[r*op.dv : (r+1)*op.dv]
					for t := range a {
						a[t] *= f
					}
					m[r] = s
				}
				p := math.Exp(s - m[r])
				l[r] += p
				delta[r] += p
				a := acc[r*op.dv : (r+1)*op.dv]
				vrow := V[j*op.dv : (j+1)*op.dv]
				for t, x := range vrow {
					a[t] += p * x
				}
			}
		}
		if op.eps > 0 && idx >= forced && idx < len(list)-1 {
			// A tile below ε counts; one above resets the count. The
			// loop stops once patience tiles in a row counted.
			if !op.shouldStop(delta, l) {
				small = 0
			} else if small++; small >= op.patience {
				st.EarlyStops++
				break
			}
		}
	}
	op.visits[h][I] = visited
	if op.comp >= 0 {
		op.compensate(h, I, list[:visited], m, l, acc, st)
	}
	st.Allowed += gr.AllowedPairs(hm, q0, q1)
	for r := range rows {
		i := q0 + r
		op.rows[h*op.m+i] = RowStat{M: m[r], L: l[r]}
		out := op.out.Data[(h*op.m+i)*op.dv : (h*op.m+i+1)*op.dv]
		// A row with nothing allowed stays 0; a NaN normaliser (a NaN or
		// infinite score the row reads) makes the row NaN, as dense
		// softmax would, instead of hiding it as an empty row.
		if l[r] > 0 || l[r] != l[r] {
			for t := range out {
				out[t] = acc[r*op.dv+t] / l[r]
			}
		}
		if !op.check {
			continue
		}
		if op.ref == nil { // dense: its own rows are the reference
			covered[r] = 1
		}
		if op.ref == nil && l[r] > 0 || op.ref != nil && op.ref[h*op.m+i].L > 0 {
			st.rows++
			st.massSum += covered[r]
		}
	}
}

// shouldStop applies the early-stop rule to one tile's contributions.
func (op *attnOp) shouldStop(delta, l []float64) bool {
	worst, sum, n := 0.0, 0.0, 0
	for r := range delta {
		if l[r] == 0 {
			continue
		}
		x := delta[r] / l[r]
		worst = math.Max(worst, x)
		sum += x
		n++
	}
	if n == 0 {
		return false
	}
	if op.ruleMx {
		return worst < op.eps
	}
	return sum/float64(n) < op.eps
}

// score returns mod(scale·q·k) at env (env.Qi, env.Ki, env.H set).
func (op *attnOp) score(q, k []float64, env *sparse.Env) float64 {
	var dot float64
	for l, x := range q {
		dot += x * k[l]
	}
	s := op.scale * dot
	if op.mod != nil {
		env.S = s
		s = op.mod.Eval(env)
	}
	return s
}

// compensate approximates the allowed tiles the list skipped (PISA,
// SVG-EAR) instead of dropping them. Every skipped tile J whose pairs the
// mask allows for all rows of the query tile enters each row's online
// softmax as its mean key k̄_J with the weight of |J| keys:
//
//	s̄ = mod(c·q·k̄_J)   (mod at ki = the tile's mean key position)
//	ℓ += |J|·exp(s̄ − m),  acc += exp(s̄ − m)·Σ_{j∈J} v_j
//
// which is exact when the tile's keys are equal. First order adds the
// linear term of exp around s̄, whose ℓ part vanishes (the deviations from
// k̄ sum to zero): acc += c·exp(s̄ − m)·Σ_j (q·(k_j − k̄)) v_j. Tiles the
// mask cuts are dropped as before. The flops are charged to CompFlops:
// per row and tile 2(d+dv) (first order: + 2·d·dv), plus the per-head
// tile sums once.
func (op *attnOp) compensate(h, I int, done []int, m, l, acc []float64, st *HeadStats) {
	kvh := h / op.group
	q0, q1 := I*op.bq, min((I+1)*op.bq, op.m)
	Q, K, V := op.q.head(h), op.k.head(kvh), op.v.head(kvh)
	if I == 0 {
		per := float64(op.n * (op.d + op.dv))
		if op.comp == 1 {
			per += float64(op.n * 2 * op.d * op.dv)
		}
		st.CompFlops += per
	}
	kbar := make([]float64, op.d)
	vsum := make([]float64, op.dv)
	var dev [][]float64 // first order: (k_j − k̄) per key
	env := sparse.Env{H: float64(h)}
	for J := range op.nk {
		if slices.Contains(done, J) {
			continue
		}
		keys := op.keys(h, I, J)
		kmin, kmax := keys[0], keys[0]
		var pos float64
		for _, j := range keys {
			kmin, kmax = min(kmin, j), max(kmax, j)
			pos += float64(j) / float64(len(keys))
		}
		if op.Classify(h, q0, q1-1, kmin, kmax) != sparse.Full {
			continue
		}
		clear(kbar)
		clear(vsum)
		for _, j := range keys {
			for t := range kbar {
				kbar[t] += K[j*op.d+t] / float64(len(keys))
			}
			for t := range vsum {
				vsum[t] += V[j*op.dv+t]
			}
		}
		if op.comp == 1 {
			dev = dev[:0]
			for _, j := range keys {
				dk := make([]float64, op.d)
				for t := range dk {
					dk[t] = K[j*op.d+t] - kbar[t]
				}
				dev = append(dev, dk)
			}
		}
		env.Ki = pos
		for r := range q1 - q0 {
			i := q0 + r
			env.Qi = float64(i + op.QueryOffset())
			qrow := Q[i*op.d : (i+1)*op.d]
			sbar := op.score(qrow, kbar, &env)
			st.CompFlops += float64(2 * (op.d + op.dv))
			if math.IsInf(sbar, -1) {
				continue
			}
			a := acc[r*op.dv : (r+1)*op.dv]
			if sbar > m[r] {
				f := math.Exp(m[r] - sbar)
				l[r] *= f
				for t := range a {
					a[t] *= f
				}
				m[r] = sbar
			}
			w := math.Exp(sbar - m[r])
			l[r] += float64(len(keys)) * w
			for t, x := range vsum {
				a[t] += w * x
			}
			if op.comp == 1 {
				st.CompFlops += float64(2 * op.d * op.dv)
				for kk, j := range keys {
					lin := w * op.scale * sparse.Dot(qrow, dev[kk])
					for t := range a {
						a[t] += lin * V[j*op.dv+t]
					}
				}
			}
		}
	}
}
