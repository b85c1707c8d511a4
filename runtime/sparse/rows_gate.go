package sparse

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// The gate's fused pass (RowGate with score "mean"): each row's list
// without each row's exact scores.
//
// A row keeps its forced blocks and then the top k of its other allowed
// blocks by E = c·dot8(q_i, k̄_b) (float64, higher first, then lower
// index). Scoring every allowed block exactly — 8 × 8192 causal rows of
// up to 512 blocks of 16 keys, 17 M float64 products of 64 lanes — and
// ranking them all cost 60–75 % of dense attention (BENCHMARKS.md, issue
// 18). Only the order of the few best matters, so the gate filters, then
// refines, in the way of a branch-and-bound:
//
//   - A query tile's blocks are classified once by bisecting the key range
//     (a causal tile: ~30 interval classifications, not one per block),
//     and a block the mask cuts row by row once per range of rows, as bits
//     — once for every head when the mask does not read h (gateKept).
//   - Eight rows at a time are scored against 32 blocks at a time in
//     float32 (scorePanel, the antidiagonal scores' kernel: the block
//     means rounded to float32 and transposed into panels; float32 rows
//     are read in place by scoreRows, which sums in the same order), a
//     quarter of the float64 work and no horizontal sums; the eight rows'
//     norms come from one kernel (gateNorms) in the same pass over them.
//   - Each float32 estimate a_b is within e of the real q_i·k̄_b, e bounded
//     by the rounding of the inputs and of a chain of d fused
//     multiply-adds: (d+4)·2⁻²⁴·|q_i|·max_b|k̄_b| plus an underflow term
//     (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1);
//     the float64 dot8 is within far less. With A_k the k-th largest
//     estimate of the row's candidates, a block with a_b < A_k − G, G
//     covering twice both errors and a gap that survives the rounding of
//     c·x, has k blocks whose exact scores are strictly greater: it is out
//     whatever the tie rule. A_k is found without a branch per block: the
//     k-th of sixteen lane maxima (maxima of disjoint subsets, picked by
//     sixteen compares of ranks, gateKth) is at most A_k (for 8 < k ≤ 64,
//     the k-th of each lane's four largest, sorted by a bitonic network), the
//     blocks within G of it are marked sixteen at a time, and A_k is the
//     k-th of those few.
//   - The blocks left (k of them, unless estimates fall within G of A_k)
//     are the list; only when more are left are they scored exactly
//     (meanDots) and ranked by the tie rule (topSmall).
//
// The bound needs finite inputs of bounded size and a positive scale
// (rowBounded); other rows, a k above 64 and CPUs without a SIMD panel
// kernel take the exact scores: of the row's candidates only when the
// scores cannot be ±Inf or NaN, else of every allowed block through
// selectRow as RowSelect takes them. The lists are RowSelect's on
// RowScore's E in every case (TestRowGateFilter).

// gatePanel is scorePanel when that is a SIMD kernel (antidiagonal_amd64.go
// sets it), nil otherwise: the portable scorePanelGo would cost more than
// the exact float64 scores it spares, and the gate scores exactly.
var gatePanel func(out []float32, ldo int, q, k []float32, n int)

// gateInPlace is scoreRows for gatePanel's CPUs (gateEst's inPlace), nil
// on others.
var gateInPlace func(out []float32, ldo int, q, k []float32, d, S int)

// gateEst are the filter's estimate kernels: panel scores eight rows packed
// as [d][8] (nil: exact scores only), and inPlace, where not nil, eight
// float32 rows where they lie — scoreRows with S = 1, whose sums are
// panel's in the same order, so the estimates are the same bits without
// the transpose.
type gateEst struct {
	panel   func(out []float32, ldo int, q, k []float32, n int)
	inPlace func(out []float32, ldo int, q, k []float32, d, S int)
}

// gateNorms is the AVX-512 kernel of eight float32 rows' norms, out[r] =
// √dot8(q_r, q_r) with q_r = q[r·qs : r·qs+d] (d a multiple of 8) — the
// bits of norm's — nil on other CPUs (codegen/amd64 gate.go).
var gateNorms func(out *float64, q *float32, qs, d int)

// gateKeys is the keys' side of the gate, per KV head: the block means
// ([kv][nb][d] float64, pooled as mean pools a key tile), and for the
// filter the same means rounded to float32 in panels of adCols blocks
// ([kv][np][d][adCols], scorePanel's K', zero past the last block) and the
// largest mean's norm (NaN or +Inf when a mean is not finite).
type gateKeys struct {
	nb, np, d int
	means     []float64
	panels    []float32
	norm      []float64
}

// gateBufs are gateRows's buffers, kept in a Workspace between calls.
type gateBufs struct {
	keys    gateKeys
	kept    []gateKept // by query tile, for masks that do not read h
	panels  []float32
	norms   []float64
	lists   []int32
	flops   []float64
	scratch any // []gateScratch[T]
}

// poolGateKeys pools k's blocks of block keys and finds their largest
// norm; with panels, it also packs them for the filter.
func poolGateKeys[T Scalar](ws *gateBufs, g *Grid, block int, k []T, d, workers int, panels bool) *gateKeys {
	nb := (g.N + block - 1) / block
	kv := g.H / max(g.Group, 1)
	gk := &ws.keys
	gk.nb, gk.np, gk.d = nb, (nb+adCols-1)/adCols, d
	gk.means = growSlice(gk.means, kv*nb*d)
	parallel(kv*nb, workers, func(_, item int) {
		h, b := item/nb, item%nb
		lo, hi := b*block, min((b+1)*block, g.N)
		clear(gk.means[item*d : (item+1)*d]) // poolRows adds
		poolRows(gk.means[item*d:(item+1)*d], k[h*g.N*d:(h+1)*g.N*d], lo, hi, hi-lo)
	})
	gk.panels = nil
	if panels {
		ws.panels = growSlice(ws.panels, kv*gk.np*d*adCols)
		gk.panels = ws.panels
	}
	ws.norms = growSlice(ws.norms, kv*gk.np)
	norms := ws.norms
	parallel(kv*gk.np, workers, func(_, item int) {
		h, p := item/gk.np, item%gk.np
		var most float64
		for c := range adCols {
			b := p*adCols + c
			if b >= nb { // zero past the last block
				for x := range d {
					if panels {
						gk.panels[(item*d+x)*adCols+c] = 0
					}
				}
				continue
			}
			m := gk.means[(h*nb+b)*d : (h*nb+b+1)*d]
			var s float64
			for x, v := range m {
				if panels {
					gk.panels[(item*d+x)*adCols+c] = float32(v)
				}
				s += v * v
			}
			most = max(most, math.Sqrt(s)) // a NaN stays
		}
		norms[item] = most
	})
	gk.norm = growSlice(gk.norm, kv)
	for h := range kv {
		gk.norm[h] = slices.Max(norms[h*gk.np : (h+1)*gk.np]) // a NaN stays
	}
	return gk
}

// gateTile is one query tile's view of the blocks: their classes against
// the tile's rows, the span of blocks any row may take, and for each block
// the mask cuts, the rows it allows (bit r: row r0 + r).
type gateTile struct {
	cls    []Class
	runs   []gateRun // cls as runs, ascending
	part   []int     // the partial blocks, ascending
	holes  []int     // the empty blocks in [lo, hi)
	bits   []uint64  // per partial block, the rows allowed any of its keys
	pidx   []int32   // by block: its index in part
	full   int       // Full blocks
	lo, hi int       // blocks [lo, hi) hold every non-empty one
}

// gateRun is blocks [b0, b1) of one class.
type gateRun struct {
	b0, b1 int32
	c      Class
}

// classify fills t for rows [r0, r1] of head h and nb blocks of block
// keys: bisecting the key range, so that a range the mask fills or empties
// for every row is classified once. The classes are the blocks' own (the
// interval classification is sound: a range it calls Full or Empty is so
// for every block in it), the bits blockAllowed's.
func (t *gateTile) classify(g *Grid, h, r0, r1, block, nb int) {
	t.cls = growSlice(t.cls, nb)[:nb]
	t.pidx = growSlice(t.pidx, nb)[:nb]
	t.runs = t.runs[:0]
	t.classifyBlocks(g, h, r0, r1, block, 0, nb)
	t.lists()
	t.bits = t.bits[:0]
	for _, b := range t.part {
		t.bits = append(t.bits, rowsAllowed(g, h, r0, r0, r1, b*block, min((b+1)*block, g.N)-1))
	}
}

// lists derives t's lists and counts from t.runs.
func (t *gateTile) lists() {
	t.part, t.holes = t.part[:0], t.holes[:0]
	t.full, t.lo, t.hi = 0, len(t.cls), 0
	for _, u := range t.runs {
		b0, b1 := int(u.b0), int(u.b1)
		switch u.c {
		case Empty:
			continue
		case Full:
			t.full += b1 - b0
		case Partial:
			for b := b0; b < b1; b++ {
				t.pidx[b] = int32(len(t.part))
				t.part = append(t.part, b)
			}
		}
		t.lo, t.hi = min(t.lo, b0), b1
	}
	for _, u := range t.runs {
		if u.c == Empty && int(u.b0) >= t.lo && int(u.b1) <= t.hi {
			for b := u.b0; b < u.b1; b++ {
				t.holes = append(t.holes, int(b))
			}
		}
	}
}

// gateKept is a query tile's classification kept for every head, where
// the mask does not read h (gateRows classifies each tile once then): its
// runs and partial blocks' bits, when there are at most gateKeepMax of
// each (ok), so that what is kept stays small whatever the mask.
type gateKept struct {
	runs []gateRun
	bits []uint64
	ok   bool
}

// gateKeepMax bounds a kept tile's runs and partial blocks: a causal tile
// of 64 rows has about 2·log₂(blocks) runs and 64/block + 1 partial blocks.
const gateKeepMax = 256

// keep stores t's classification in k, if it is small enough.
func (k *gateKept) keep(t *gateTile) {
	k.ok = len(t.runs) <= gateKeepMax && len(t.bits) <= gateKeepMax
	if k.ok {
		k.runs = append(k.runs[:0], t.runs...)
		k.bits = append(k.bits[:0], t.bits...)
	}
}

// load fills t from a kept classification of nb blocks: what classify
// would compute for any head.
func (t *gateTile) load(k *gateKept, nb int) {
	t.cls = growSlice(t.cls, nb)[:nb]
	t.pidx = growSlice(t.pidx, nb)[:nb]
	t.runs = append(t.runs[:0], k.runs...)
	for _, u := range t.runs {
		cls := t.cls[u.b0:u.b1]
		for b := range cls {
			cls[b] = u.c
		}
	}
	t.lists()
	t.bits = append(t.bits[:0], k.bits...)
}

func (t *gateTile) classifyBlocks(g *Grid, h, r0, r1, block, b0, b1 int) {
	c := g.Classify(h, r0, r1, b0*block, min(b1*block, g.N)-1)
	if c != Partial || b1-b0 == 1 {
		for b := b0; b < b1; b++ {
			t.cls[b] = c
		}
		if n := len(t.runs); n > 0 && t.runs[n-1].c == c && int(t.runs[n-1].b1) == b0 {
			t.runs[n-1].b1 = int32(b1)
		} else {
			t.runs = append(t.runs, gateRun{int32(b0), int32(b1), c})
		}
		return
	}
	mid := (b0 + b1) / 2
	t.classifyBlocks(g, h, r0, r1, block, b0, mid)
	t.classifyBlocks(g, h, r0, r1, block, mid, b1)
}

// rowsAllowed returns, as bits from row base, which of rows [ra, rb] the
// mask allows a key of [k0, k1]: bisecting the rows, one row at a time
// only where the classification cannot tell (blockAllowed's test).
func rowsAllowed(g *Grid, h, base, ra, rb, k0, k1 int) uint64 {
	switch g.Classify(h, ra, rb, k0, k1) {
	case Empty:
		return 0
	case Full:
		return (^uint64(0) >> (63 - (rb - ra))) << (ra - base)
	}
	if ra == rb {
		for j := k0; j <= k1; j++ {
			if g.Allowed(h, ra, j) {
				return 1 << (ra - base)
			}
		}
		return 0
	}
	mid := (ra + rb) / 2
	return rowsAllowed(g, h, base, ra, mid, k0, k1) | rowsAllowed(g, h, base, mid+1, rb, k0, k1)
}

// allowed reports whether the mask allows tile row r a key of block b.
func (t *gateTile) allowed(b, r int) bool {
	switch t.cls[b] {
	case Full:
		return true
	case Partial:
		return t.bits[t.pidx[b]]>>r&1 != 0
	}
	return false
}

// gateScratch is one worker's scratch.
type gateScratch[T Scalar] struct {
	tile   gateTile
	forced []bool          // by block: taken before the ranking (cleared after each row)
	q8     []float32       // [d][8]: eight rows for scorePanel
	qn     [adRows]float64 // the norms of the rows packed
	qi     []T             // the row being selected
	qmOK   bool            // whether qm holds qi
	a      []float32       // [8][W]: their estimates
	qm     []float64       // qi as float64, for exact scores
	row    []float64       // exact scores, by block
	list   []int
	take   []int
	hits   []uint16 // per 16 estimates, those at or above the threshold
	top    [gateTopMax]float32
	sel    []float32   // the estimates a quickselect reorders
	lanes  [64]float32 // the filter's lane maxima, four per lane for k > 16 (here, not on the stack: the kernels' pointers would move them to the heap per row)
	exact  rowScratch  // selectRow's, for rows the bound does not cover
	n2     float64     // norm's sum, and the index list of its one row: here for the lanes' reason (a row's allocation)
	zero   int
}

// gateTopMax is the largest k the filter ranks: the k-th of sixteen lane
// maxima bounds A_k for k ≤ 16, the k-th of each lane's four largest for
// k ≤ 64.
const gateTopMax = 64

// gateRows is RowGate's mean path; est are the estimates' kernels (a nil
// panel: exact scores only).
func gateRows[T Scalar](ws *gateBufs, g *Grid, block int, scale float64, q, k []T, d int, spec RowSpec, workers int,
	est gateEst) ([]int32, []float64, error) {
	if block < 1 {
		return nil, nil, fmt.Errorf("gate: block %d, want ≥ 1", block)
	}
	if g.Perm != nil || g.Lens != nil {
		return nil, nil, fmt.Errorf("gate: per-row selection takes neither permuted keys nor key lengths")
	}
	gk := poolGateKeys(ws, g, block, k, d, workers, est.panel != nil)
	nb := gk.nb
	w := spec.Width(nb)
	ws.lists = growSlice(ws.lists, g.H*g.M*w)
	out := ws.lists // every entry written
	const rowsPer = 64
	nt := (g.M + rowsPer - 1) / rowsPer
	ws.flops = growSlice(ws.flops, g.H*nt)
	flops := ws.flops
	clear(flops)
	scr, _ := ws.scratch.([]gateScratch[T])
	if len(scr) < resolveWorkers(workers) {
		scr = make([]gateScratch[T], resolveWorkers(workers))
		ws.scratch = scr
	}
	off := g.QueryOffset()
	// A mask that does not read h classifies a query tile alike for every
	// head (the grid has no key lengths): once per tile, then.
	kept := g.H > 1 && !slices.ContainsFunc(g.Mask, func(in Instr) bool { return in.Op == OpH })
	if kept {
		if len(ws.kept) < nt {
			ws.kept = append(ws.kept, make([]gateKept, nt-len(ws.kept))...)
		}
		parallel(nt, workers, func(wk, it int) {
			t := &scr[wk].tile
			t.classify(g, 0, it*rowsPer, min((it+1)*rowsPer, g.M)-1, block, nb)
			ws.kept[it].keep(t)
		})
	}
	parallel(g.H*nt, workers, func(wk, item int) {
		s := &scr[wk]
		h, r0 := item/nt, item%nt*rowsPer
		r1 := min(r0+rowsPer, g.M)
		kvh := h / max(g.Group, 1)
		t := &s.tile
		if kept && ws.kept[item%nt].ok {
			t.load(&ws.kept[item%nt], nb)
		} else {
			t.classify(g, h, r0, r1-1, block, nb)
		}
		if len(s.forced) < nb {
			s.forced = make([]bool, nb)
			s.row = make([]float64, nb)
		}
		means := gk.means[kvh*nb*d : (kvh+1)*nb*d]
		filter := est.panel != nil && t.hi > t.lo
		var plo, width int
		// The item's products, added up here and written once: flops[item]
		// shares a cache line with the items the other workers run.
		var pairs int
		for g0 := r0; g0 < r1; g0 += adRows {
			nr := min(adRows, r1-g0)
			if filter {
				plo, width = t.lo/adCols, ((t.hi+adCols-1)/adCols-t.lo/adCols)*adCols
				s.a = growSlice(s.a, adRows*width)
				rows := q[(h*g.M+g0)*d : (h*g.M+g0+nr)*d]
				q32, inPlace := any(rows).([]float32)
				inPlace = inPlace && est.inPlace != nil && nr == adRows
				s.norms(rows, d)
				if !inPlace {
					packRows(s, rows, d)
				}
				for p := range width / adCols {
					pn := gk.panels[(kvh*gk.np+plo+p)*d*adCols : (kvh*gk.np+plo+p+1)*d*adCols]
					if inPlace {
						est.inPlace(s.a[p*adCols:], width, q32, pn, d, 1)
					} else {
						est.panel(s.a[p*adCols:], width, s.q8, pn, d)
					}
				}
			}
			for r := range nr {
				i := g0 + r
				s.qi, s.qmOK = q[(h*g.M+i)*d:(h*g.M+i+1)*d], false
				var a []float32
				qn := s.qn[r]
				if filter {
					a = s.a[r*width : (r+1)*width]
				} else {
					qn = s.norm(s.qi)
				}
				na := s.selectRow(out[(h*g.M+i)*w:(h*g.M+i+1)*w], i-r0, i+off, qn, means, gk.norm[kvh], a, plo*adCols, scale, spec)
				pairs += na
			}
		}
		flops[item] = float64(2 * d * pairs)
	})
	perHead := make([]float64, g.H)
	for item, f := range flops {
		perHead[item/nt] += f
	}
	for h := range perHead {
		// The keys' pooling, shared by the heads of a KV group.
		perHead[h] += float64(g.N*d) / float64(max(g.Group, 1))
	}
	return out, perHead, nil
}

// packRows packs up to eight query rows (qs, rows of d) into s.q8 for
// scorePanel, zero rows past the last.
func packRows[T Scalar](s *gateScratch[T], qs []T, d int) {
	s.q8 = growSlice(s.q8, d*adRows)[:d*adRows]
	nr := len(qs) / d
	for r := range adRows {
		if r >= nr {
			for x := range d {
				s.q8[x*adRows+r] = 0
			}
			continue
		}
		for x, v := range qs[r*d : (r+1)*d] {
			s.q8[x*adRows+r] = float32(v)
		}
	}
}

// norms writes the norms of up to eight query rows (qs, rows of d) into
// s.qn: eight float32 rows in one call of gateNorms, else row by row.
func (s *gateScratch[T]) norms(qs []T, d int) {
	nr := len(qs) / d
	if q32, ok := any(qs).([]float32); ok && gateNorms != nil && nr == adRows && d%8 == 0 && d > 0 {
		gateNorms(&s.qn[0], &q32[0], d, d)
		return
	}
	for r := range nr {
		s.qn[r] = s.norm(qs[r*d : (r+1)*d])
	}
}

// gateNormsGo is gateNormsAVX512's definition: norm's dot8 of each row.
func gateNormsGo(out *[adRows]float64, q []float32, qs, d int) {
	for r := range out {
		x := q[r*qs : r*qs+d]
		out[r] = math.Sqrt(dot8w(x, x))
	}
}

// norm is the Euclidean norm of x, in float64 (any order: it only bounds
// the estimates' error): dot8 of a float32 row with itself on AVX-512
// (tokenDots, its out and index in s), else four partial sums.
func (s *gateScratch[T]) norm(x []T) float64 {
	if x32, ok := any(x).([]float32); ok && tokenDots != nil && len(x)%8 == 0 && len(x) > 0 {
		s.zero = 0
		tokenDots(&s.n2, &x32[0], &x32[0], &s.zero, 1, len(x), 1)
		return math.Sqrt(s.n2)
	}
	return norm4(x)
}

// norm4 is the Euclidean norm of x in float64, four partial sums (any
// order: the filters only bound errors with it).
func norm4[T Scalar](x []T) float64 {
	var a [4]float64
	i := 0
	for ; i+4 <= len(x); i += 4 {
		for t := range 4 {
			v := float64(x[i+t])
			a[t] += v * v
		}
	}
	for ; i < len(x); i++ {
		v := float64(x[i])
		a[0] += v * v
	}
	return math.Sqrt((a[0] + a[1]) + (a[2] + a[3]))
}

// rowBounded reports whether a row's estimates are bounded as the filter
// assumes, and scores cannot be ±Inf or NaN: a finite, positive scale, and
// norms of the query (qn) and of the largest block mean (mn) small enough
// that no float32 product or sum overflows (NaN fails every comparison).
func rowBounded(qn, mn, scale float64) bool {
	const big, small = 0x1p100, 0x1p-100
	return qn <= big && mn <= big && qn*mn <= big && scale >= small && scale <= big
}

// filterGap is G, in units of q·k̄ (unscaled): twice the estimates' and
// the float64 products' errors (d+4 and d+2 roundings of 2⁻²⁴ and 2⁻⁵³
// relative to |q|·max|k̄|, d·2⁻¹⁴⁹ of underflow per operand) and a gap of
// 2⁻⁴⁰·|q|·max|k̄| + 2⁻⁸⁹⁰ that c·x cannot round away for c in [2⁻¹⁰⁰, 2¹⁰⁰]
// — with a factor of two to spare.
func filterGap(d int, qn, mn float64) float64 {
	m := qn * mn
	return float64(d+4)*0x1p-21*m + float64(d)*0x1p-146*(1+qn+mn) + 0x1p-890
}

// selectRow writes into out (-1 padded) the blocks of tile row r (at
// position pos, its query qm) and returns its allowed blocks. est holds
// its estimates from block base (nil: none).
func (s *gateScratch[T]) selectRow(out []int32, r, pos int, qn float64, means []float64, mn float64, est []float32, base int, scale float64, spec RowSpec) int {
	t := &s.tile
	na := t.full
	for p := range t.part {
		na += int(t.bits[p] >> r & 1)
	}
	if !rowBounded(qn, mn, scale) {
		s.exactRow(out, r, pos, means, scale, spec)
		return na
	}
	nb := len(t.cls)
	take := s.take[:0]
	force := func(b int) {
		if b >= 0 && b < nb && t.allowed(b, r) && !s.forced[b] {
			s.forced[b] = true
			take = append(take, b)
		}
	}
	// The forced blocks in ascending order (the set RowSelect forces).
	dg := floorDiv(pos, spec.Block)
	if spec.Sink {
		force(0)
	}
	for w := spec.Local; w >= 1; w-- {
		force(dg - w)
	}
	if spec.Diagonal {
		force(dg)
	}
	nf := len(take)
	k := spec.Top - nf
	if spec.Density > 0 {
		k = int(math.Ceil(spec.Density*float64(na))) - nf
	}
	cands := na - nf
	k = max(min(k, cands), 0)
	switch {
	case k == 0:
	case k == cands: // all of them: no scores needed
		for b := t.lo; b < t.hi; b++ {
			if t.allowed(b, r) && !s.forced[b] {
				take = append(take, b)
			}
		}
	case est != nil && k <= gateTopMax:
		take = append(take, s.filter(r, est, base, k, filterGap(len(s.qi), qn, mn), take[:nf], means, scale)...)
	default:
		list := s.list[:0]
		for b := t.lo; b < t.hi; b++ {
			if t.allowed(b, r) && !s.forced[b] {
				list = append(list, b)
			}
		}
		s.score(list, means, scale)
		if k <= gateTopMax {
			list = topSmall(s.row, list, k)
		} else {
			byScoreTop(s.row, list, k)
		}
		slices.Sort(list[:k])
		take = append(take, list[:k]...)
		s.list = list
	}
	for _, b := range take[:nf] {
		s.forced[b] = false
	}
	take = mergeSorted(s, take, nf) // both runs ascending
	for x := range out {
		out[x] = -1
		if x < len(take) {
			out[x] = int32(take[x])
		}
	}
	s.take = take
	return na
}

// filter returns the k best (k ≤ gateTopMax) of tile row r's candidates
// (allowed, not forced), ascending, from their estimates est
// (block b at est[b−base], the row's forced blocks take[:nf]) and the gap
// G. The k-th largest of sixteen lane maxima (the maxima of disjoint
// subsets of the candidates) is at most A_k; the blocks within G of it
// hold the k best estimates, hence A_k, and the blocks within G of A_k
// are the only ones that may rank in the k: only when there are more than
// k of them are they scored exactly.
func (s *gateScratch[T]) filter(r int, est []float32, base, k int, gap float64, forced []int, means []float64, scale float64) []int {
	t := &s.tile
	ninf := float32(math.Inf(-1))
	// Only the sixteens that hold [lo, hi) are scanned: each block keeps
	// its lane (16 | a0), and what the scans drop is -inf.
	a0, a1 := (t.lo-base)&^15, min((t.hi-base+15)&^15, len(est))
	est, base = est[a0:a1], base+a0
	// What is not a candidate scans as -inf.
	for i := range t.lo - base {
		est[i] = ninf
	}
	for i := t.hi - base; i < len(est); i++ {
		est[i] = ninf
	}
	for _, b := range t.holes {
		est[b-base] = ninf
	}
	for p, b := range t.part {
		if t.bits[p]>>r&1 == 0 {
			est[b-base] = ninf
		}
	}
	for _, b := range forced {
		est[b-base] = ninf
	}
	m := (*[16]float32)(s.lanes[:16])
	var bound float32 // at most A_k
	if k <= 8 {
		laneMax(m, est)
		bound = kth16(m, k)
	} else {
		// Each lane's four largest: 64 values of distinct blocks, so their
		// k-th is at most A_k. Past k = 8 the lane maxima's k-th is too
		// loose a bound: hisa.attn's gate (k = 15) at 65536 kept 33
		// blocks a row on average for an insertion sort, and took 76 ms
		// against 51 this way (BenchmarkRowGate64K); at k = 7 this way
		// was 1–8 % slower.
		laneMax4(&s.lanes, est)
		for j := 0; j < 64; j += 16 {
			sort16((*[16]float32)(s.lanes[j : j+16]))
		}
		bound = kthOfSorted4(&s.lanes, k)
	}
	thr := float32(-math.MaxFloat32) // estimates are finite: every candidate
	if bound != ninf {
		thr = below(float64(bound) - gap)
	}
	s.list = growSlice(s.list, len(est)+16)
	list := s.list[:aboveList(s.list, &s.hits, est, thr, base)]
	if len(list) == k { // the common case: they are the k
		s.list = list
		return list
	}
	// A_k: the k-th largest of the blocks at or above thr.
	var ak float32
	if len(list) <= 16 { // then k ≤ 16: list holds the k best
		for i := range m {
			m[i] = ninf
		}
		for i, b := range list {
			m[i] = est[b-base]
		}
		ak = kth16(m, k)
	} else if k <= 16 {
		top, n := &s.top, 0
		for _, b := range list {
			n = insertTop(top, n, k, est[b-base])
		}
		ak = top[k-1]
	} else { // k > 16: a quickselect, not up to k moves an insertion
		s.sel = s.sel[:0]
		for _, b := range list {
			s.sel = append(s.sel, est[b-base])
		}
		ak = kthLargestOf(s.sel, k)
	}
	cut := float64(ak) - gap
	keep := list[:0]
	for _, b := range list {
		if float64(est[b-base]) >= cut {
			keep = append(keep, b)
		}
	}
	s.list = list
	if len(keep) > k {
		s.score(keep, means, scale)
		keep = topSmall(s.row, keep, k)[:k]
		slices.Sort(keep)
	}
	return keep[:k]
}

// kthOfSorted4 returns the k-th largest (1 ≤ k ≤ 64) of the four runs of
// sixteen in m, each in descending order (NaN-free): a merge of their
// heads.
func kthOfSorted4(m *[64]float32, k int) float32 {
	var at [4]int
	var x float32
	for range k {
		best := -1
		for j := range 4 {
			if at[j] < 16 && (best < 0 || m[16*j+at[j]] > m[16*best+at[best]]) {
				best = j
			}
		}
		x = m[16*best+at[best]]
		at[best]++
	}
	return x
}

// insertTop inserts x into top[:n], the k largest values so far in
// descending order, and returns their new count.
func insertTop(top *[gateTopMax]float32, n, k int, x float32) int {
	if n == k && !(x > top[k-1]) {
		return n
	}
	p := min(n, k-1)
	for p > 0 && x > top[p-1] {
		top[p] = top[p-1]
		p--
	}
	top[p] = x
	return min(n+1, k)
}

// gateMax, gateAbove and gateSort are the AVX-512 kernels of the filter
// (codegen/amd64 gate.go), nil on other CPUs.
var (
	gateMax   func(m, x *float32, n int)
	gateAbove func(bits *uint16, x *float32, n int, t float32)
	gateSort  func(m *float32)
)

// gateKth is kth16's AVX-512 kernel (codegen/amd64 gate.go), nil on
// other CPUs.
var gateKth func(m *float32, k int) float32

// kth16 returns the k-th largest (1 ≤ k ≤ 16) of m (no NaN), in
// gateKthGo's way.
func kth16(m *[16]float32, k int) float32 {
	if gateKth != nil {
		return gateKth(&m[0], k)
	}
	return gateKthGo(m, k)
}

// gateKthGo is gateKthAVX512's definition: the least of the values that
// fewer than k others exceed — they are at or above the k-th largest,
// which is one of them — the others +inf, folded by halves (lane i
// against lane i + h, h = 8, 4, 2, 1) as v_i < v_(i+h) ? v_i : v_(i+h).
// Only the sign of a zero could tell another order.
func gateKthGo(m *[16]float32, k int) float32 {
	var v [16]float32
	for i, x := range m {
		n := 0
		for _, y := range m {
			if x < y {
				n++
			}
		}
		v[i] = float32(math.Inf(1))
		if n < k {
			v[i] = x
		}
	}
	for h := 8; h >= 1; h /= 2 {
		for i := range h {
			if !(v[i] < v[i+h]) {
				v[i] = v[i+h]
			}
		}
	}
	return v[0]
}

// sort16 sorts m in descending order (gateSortGo's network).
func sort16(m *[16]float32) {
	if gateSort != nil {
		gateSort(&m[0])
		return
	}
	gateSortGo(m)
}

// gateSortGo is gateSortAVX512's bitonic network: at each step lane i
// takes the larger of itself and lane i^dist (v > p ? v : p) when
// (i&dist = 0) = (i&size = 0), else the smaller (v < p ? v : p).
func gateSortGo(m *[16]float32) {
	for size := 2; size <= 16; size *= 2 {
		for dist := size / 2; dist >= 1; dist /= 2 {
			v := *m
			for i, x := range v {
				p := v[i^dist]
				if (i&dist == 0) == (i&size == 0) {
					if !(x > p) {
						x = p
					}
				} else if !(x < p) {
					x = p
				}
				m[i] = x
			}
		}
	}
}

// laneMax writes m[l] = the largest x[16c + l] (len(x) a positive
// multiple of 16; in gateMaxGo's order, which only a NaN or the sign of a
// zero can tell).
func laneMax(m *[16]float32, x []float32) {
	if gateMax != nil {
		gateMax(&m[0], &x[0], len(x))
		return
	}
	gateMaxGo(m, x)
}

// laneMax4 writes m[16j + l], the (j+1)-th largest x[16c + l] for j < 4
// (len(x) a positive multiple of 16, no NaN; -inf past a lane's count).
func laneMax4(m *[64]float32, x []float32) {
	if gateMax4 != nil {
		gateMax4(&m[0], &x[0], len(x))
		return
	}
	gateMax4Go(m, x)
}

// gateMax4 is laneMax4's AVX-512 kernel (codegen/amd64 gate.go), nil on
// other CPUs.
var gateMax4 func(m, x *float32, n int)

func gateMax4Go(m *[64]float32, x []float32) { laneTopGo(m[:], x, 4) }

// gateMaxGo is gateMaxAVX512's order: four chains of maxima, a_0 from
// x's first sixteen, a_1…a_3 from -inf, sixteen c ≥ 1 folded into
// a_((c−1) mod 4) as a = v > a ? v : a (a NaN or an equal value keeps a),
// then a_0 with a_1, a_2 with a_3, and the two, in the same way.
func gateMaxGo(m *[16]float32, x []float32) {
	var a [4][16]float32
	copy(a[0][:], x[:16])
	for j := 1; j < 4; j++ {
		for l := range a[j] {
			a[j][l] = float32(math.Inf(-1))
		}
	}
	for c := 1; c < len(x)/16; c++ {
		u := &a[(c-1)%4]
		for l, v := range x[16*c : 16*c+16] {
			if v > u[l] {
				u[l] = v
			}
		}
	}
	for l := range m {
		a0, a2 := a[0][l], a[2][l]
		if a[1][l] > a0 {
			a0 = a[1][l]
		}
		if a[3][l] > a2 {
			a2 = a[3][l]
		}
		if a2 > a0 {
			a0 = a2
		}
		m[l] = a0
	}
}

// laneTopGo is the portable twin of codegen/amd64's laneTop kernel (gateMax4):
// m[16j + l], j < depth, the (j+1)-th largest x[16c + l] (len(x) a
// positive multiple of 16), inserted as the kernel does — lo = min(m_j,
// v), m_j = max(m_j, v), v = lo, each keeping m_j's value on a tie or a
// NaN, as VMINPS and VMAXPS do — the registers past the first from -inf.
func laneTopGo(m, x []float32, depth int) {
	copy(m[:16], x[:16])
	for i := 16; i < 16*depth; i++ {
		m[i] = float32(math.Inf(-1))
	}
	for c := 16; c+16 <= len(x); c += 16 {
		for l, v := range x[c : c+16] {
			for j := 0; j < 16*depth; j += 16 {
				lo := m[j+l]
				if v < lo {
					lo = v
				}
				if v > m[j+l] {
					m[j+l] = v
				}
				v = lo
			}
		}
	}
}

// gateList is gateAboveBits's compressing kernel (codegen/amd64 gate.go),
// nil on other CPUs.
var gateList func(out *int, x *float32, n int, t float32, base int) int

// aboveList writes base + i to out for each x[i] ≥ t, ascending, and
// returns their count (len(x) a multiple of 16; out has room for len(x)
// + 16); hits is aboveBits's scratch where there is no kernel.
func aboveList(out []int, hits *[]uint16, x []float32, t float32, base int) int {
	if gateList != nil && len(x) > 0 {
		_ = out[len(x)+15]
		return gateList(&out[0], &x[0], len(x), t, base)
	}
	*hits = growSlice(*hits, len(x)/16)
	aboveBits(*hits, x, t)
	n := 0
	for c, w := range *hits {
		for ; w != 0; w &= w - 1 {
			out[n] = base + c*16 + bits.TrailingZeros16(w)
			n++
		}
	}
	return n
}

// aboveBits sets bit l of hits[c] when x[16c + l] ≥ t (len(x) = 16·len(hits)).
func aboveBits(hits []uint16, x []float32, t float32) {
	x = x[:16*len(hits)]
	if gateAbove != nil && len(hits) > 0 {
		gateAbove(&hits[0], &x[0], len(x), t)
		return
	}
	gateAboveGo(hits, x, t)
}

func gateAboveGo(hits []uint16, x []float32, t float32) {
	for c := range hits {
		var w uint16
		for l, v := range x[16*c : 16*c+16] {
			if v >= t {
				w |= 1 << l
			}
		}
		hits[c] = w
	}
}

// mergeSorted returns take with its ascending runs take[:nf] and
// take[nf:] merged, through s.list's storage.
func mergeSorted[T Scalar](s *gateScratch[T], take []int, nf int) []int {
	if nf == 0 || nf == len(take) {
		return take
	}
	out := s.list[:0]
	a, b := take[:nf], take[nf:]
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	out = append(append(out, a...), b...)
	s.list = take[:0] // swap the storages
	return out
}

// below is a float32 at or below x (finite): x rounded, one step down
// when that rounded up.
func below(x float64) float32 {
	f := float32(x)
	if float64(f) > x {
		u := math.Float32bits(f)
		switch {
		case f > 0:
			u--
		case f == 0:
			u = 0x80000001 // the negative subnormal nearest zero
		default:
			u++
		}
		f = math.Float32frombits(u)
	}
	return f
}

// score writes the exact scores c·dot8(q, k̄_b) of list's blocks into s.row.
func (s *gateScratch[T]) score(list []int, means []float64, scale float64) {
	d := len(s.qi)
	if !s.qmOK {
		s.qm = growSlice(s.qm, d)
		for x, v := range s.qi {
			s.qm[x] = float64(v)
		}
		s.qmOK = true
	}
	if meanDots != nil && d%8 == 0 && len(list) > 0 {
		_, _ = s.row[list[len(list)-1]], means[(list[len(list)-1]+1)*d-1]
		meanDots(&s.row[0], &s.qm[0], &means[0], &list[0], len(list), d, scale)
		return
	}
	for _, b := range list {
		s.row[b] = scale * dot8(s.qm, means[b*d:(b+1)*d])
	}
}

// exactRow is the row as RowSelect takes it from RowScore's E: every
// allowed block scored exactly (-inf elsewhere), then selectRow — for rows
// whose scores may be infinite or NaN.
func (s *gateScratch[T]) exactRow(out []int32, r, pos int, means []float64, scale float64, spec RowSpec) {
	t := &s.tile
	row := s.row[:len(t.cls)]
	for b := range row {
		row[b] = math.Inf(-1)
	}
	list := s.list[:0]
	for b := t.lo; b < t.hi; b++ {
		if t.allowed(b, r) {
			list = append(list, b)
		}
	}
	s.score(list, means, scale)
	s.list = list
	s.exact.selectRow(out, row, pos, spec)
}
