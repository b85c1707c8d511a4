package interp

import (
	"fmt"
	"math"
	goruntime "runtime"
	"sync"

	"github.com/attnc/attnc/ir"
)

// Stats are the statistics every run reports (DESIGN §5).
type Stats struct {
	Allowed      int64   // (q, k) pairs the mask allows
	Computed     int64   // pairs whose score was computed
	Density      float64 // Computed / Allowed
	MassRecall   float64 // mean over rows of the dense softmax mass the computed pairs cover (with Options.Check)
	TilesVisited int64
	EarlyStops   int64
	PerHead      []HeadStats
}

// HeadStats are the statistics of one query head.
type HeadStats struct {
	Allowed, Computed int64
	Density           float64
	MassRecall        float64
	TilesVisited      int64
	EarlyStops        int64
	rows              int     // rows with any allowed pair
	massSum           float64 // Σ over those rows of covered mass
}

func (h *HeadStats) add(o *HeadStats) {
	h.Allowed += o.Allowed
	h.Computed += o.Computed
	h.TilesVisited += o.TilesVisited
	h.EarlyStops += o.EarlyStops
	h.rows += o.rows
	h.massSum += o.massSum
}

func (h *HeadStats) finish() {
	h.Density = ratio(float64(h.Computed), float64(h.Allowed))
	h.MassRecall = ratio(h.massSum, float64(h.rows))
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

// attnOp holds what every row of an attention op needs.
type attnOp struct {
	scale  float64
	mask   *ir.Expr
	mod    *ir.Expr
	bq, bk int
	n, m   int // keys, queries
	d, dv  int
	group  int // query heads per KV head
	q      *Tensor
	k, v   *Tensor
	out    *Tensor
	check  bool
}

// attention evaluates the fused attention op: per head h and query row i,
//
//	s_j = mod(scale · q_i·k_j, qi=i, ki=j, h)   for every j the mask allows
//	o_i = Σ_j softmax(s)_j v_j                    (0 when nothing is allowed)
//
// tiles of bq×bk pairs that the mask provably empties are skipped, and the
// mask is not evaluated inside provably full ones (ir.ClassifyTile).
func (ev *evaluator) attention(v *ir.Value, q, k, val *Tensor) (*Tensor, error) {
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	g, n := k.Shape[0], k.Shape[1]
	if g == 0 || h%g != 0 {
		return nil, fmt.Errorf("query heads H=%d are not a multiple of key/value heads G=%d", h, g)
	}
	if val.Shape[0] != g || val.Shape[1] != n {
		return nil, fmt.Errorf("k is %v but v is %v", k.Shape, val.Shape)
	}
	op := &attnOp{
		scale: v.Float("scale"), mask: v.ExprAttr("mask"), mod: v.ExprAttr("mod"),
		bq: max(v.Int("bq"), 1), bk: max(v.Int("bk"), 1),
		n: n, m: m, d: d, dv: val.Shape[2], group: h / g,
		q: q, k: k, v: val, check: ev.opts.Check,
	}
	if v.Int("bq") == 0 {
		op.bq, op.bk = 64, 64
	}
	op.out = NewTensor(h, m, op.dv)
	nq := (m + op.bq - 1) / op.bq
	type item struct{ h, i int }
	items := make(chan item)
	per := make([]HeadStats, h)
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
			buf := newRowBuf(n, op.dv)
			for it := range items {
				var st HeadStats
				op.queryTile(it.h, it.i, buf, &st)
				mu.Lock()
				per[it.h].add(&st)
				mu.Unlock()
			}
		}()
	}
	for hh := range h {
		for i := range nq {
			items <- item{hh, i}
		}
	}
	close(items)
	wg.Wait()
	ev.recordStats(per)
	return op.out, nil
}

func (ev *evaluator) recordStats(per []HeadStats) {
	var tot HeadStats
	for i := range per {
		per[i].finish()
		tot.add(&per[i])
	}
	tot.finish()
	ev.stats = Stats{
		Allowed: tot.Allowed, Computed: tot.Computed, Density: tot.Density, MassRecall: tot.MassRecall,
		TilesVisited: tot.TilesVisited, EarlyStops: tot.EarlyStops, PerHead: per,
	}
}

type rowBuf struct {
	s    []float64 // scores of the listed keys
	idx  []int     // their key positions
	sel  []bool    // whether the schedule computes them
	acc  []float64
	tile []ir.TileClass
}

func newRowBuf(n, dv int) *rowBuf {
	return &rowBuf{s: make([]float64, 0, n), idx: make([]int, 0, n), sel: make([]bool, 0, n), acc: make([]float64, dv)}
}

// queryTile computes the rows of query tile I of head h.
func (op *attnOp) queryTile(h, I int, buf *rowBuf, st *HeadStats) {
	kvh := h / op.group
	nk := (op.n + op.bk - 1) / op.bk
	q0, q1 := I*op.bq, min((I+1)*op.bq, op.m)-1
	buf.tile = buf.tile[:0]
	for J := range nk {
		c := ir.ClassifyTile(op.mask, h, q0, q1, J*op.bk, min((J+1)*op.bk, op.n)-1)
		buf.tile = append(buf.tile, c)
		if c != ir.TileEmpty {
			st.TilesVisited++
		}
	}
	sel := op.selectTiles(buf.tile)
	Q, K, V := op.q.head(h), op.k.head(kvh), op.v.head(kvh)
	env := ir.Env{H: float64(h)}
	for i := q0; i <= q1; i++ {
		qrow := Q[i*op.d : (i+1)*op.d]
		env.Qi = float64(i)
		// The dense row: every pair the mask allows, with a flag for the
		// pairs the (sparse) schedule computes.
		buf.s, buf.idx, buf.sel = buf.s[:0], buf.idx[:0], buf.sel[:0]
		for J, c := range buf.tile {
			if c == ir.TileEmpty {
				continue
			}
			for j := J * op.bk; j < min((J+1)*op.bk, op.n); j++ {
				env.Ki = float64(j)
				if c == ir.TilePartial && op.mask.Eval(&env) == 0 {
					continue
				}
				st.Allowed++
				if !sel[J] && !op.check {
					continue // not computed, and no dense reference wanted
				}
				buf.s = append(buf.s, op.score(qrow, K[j*op.d:(j+1)*op.d], &env))
				buf.idx = append(buf.idx, j)
				buf.sel = append(buf.sel, sel[J])
			}
		}
		out := op.out.Data[(h*op.m+i)*op.dv : (h*op.m+i+1)*op.dv]
		computed, covered := softmaxRow(buf, V, op.dv, out)
		st.Computed += int64(computed)
		if op.check && len(buf.s) > 0 {
			st.rows++
			st.massSum += covered
		}
	}
}

// selectTiles returns which key tiles of a query tile are computed. Dense
// attention computes every tile the mask does not empty.
func (op *attnOp) selectTiles(tiles []ir.TileClass) []bool {
	sel := make([]bool, len(tiles))
	for J, c := range tiles {
		sel[J] = c != ir.TileEmpty
	}
	return sel
}

// score returns mod(scale·q·k) at env (env.Qi, env.Ki, env.H set).
func (op *attnOp) score(q, k []float64, env *ir.Env) float64 {
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

// softmaxRow writes Σ_j softmax(s)_j v_j over the selected keys into out.
// It returns how many keys it computed and the share of the row's dense
// softmax mass (over all listed keys) that they cover.
func softmaxRow(buf *rowBuf, V []float64, dv int, out []float64) (int, float64) {
	clear(out)
	m, mAll := math.Inf(-1), math.Inf(-1)
	computed := 0
	for t, s := range buf.s {
		mAll = math.Max(mAll, s)
		if buf.sel[t] {
			m = math.Max(m, s)
			computed++
		}
	}
	var covered, total float64
	for t, s := range buf.s {
		p := math.Exp(s - mAll)
		total += p
		if buf.sel[t] {
			covered += p
		}
	}
	if math.IsInf(m, -1) {
		return computed, 1 // nothing allowed (or every score is -inf): output 0
	}
	var sum float64
	for t, s := range buf.s {
		if !buf.sel[t] {
			continue
		}
		p := math.Exp(s - m)
		sum += p
		vrow := V[buf.idx[t]*dv : (buf.idx[t]+1)*dv]
		for l, x := range vrow {
			out[l] += p * x
		}
	}
	for l := range out {
		out[l] /= sum
	}
	if math.IsInf(mAll, -1) || total == 0 {
		return computed, 1
	}
	return computed, covered / total
}
