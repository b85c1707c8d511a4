package interp

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/attnc/attnc/ir"
)

// blockScore evaluates blockscore: E[h, I, J], the estimated share of query
// tile I's softmax mass in key tile J; -1 where the mask empties the tile.
// The methods follow DESIGN §5; docs/passes.md states the decisions the
// design leaves open (ragged tiles, out-of-range tokens).
func (ev *evaluator) blockScore(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	bs := &scorer{grid: g, scale: v.Float("scale"), mod: v.ExprAttr("mod"), stride: v.Int("stride"), pool: v.Ident("pool")}
	bs.q, bs.k = q, k
	if p := v.Int("heads"); p > 0 {
		if g.h%p != 0 {
			return nil, fmt.Errorf("score(heads: %d): query heads H=%d are not a multiple of %d", p, g.h, p)
		}
		bs.q, bs.k, bs.proxy = proxyHeads(q, p), proxyKeys(k, p, g.h, g.group), g.h/p
	}
	out := NewTensor(g.h, g.nq, g.nk)
	method := v.Ident("method")
	heads := g.h
	if bs.proxy > 0 {
		heads = g.h / bs.proxy
	}
	ev.parallel(heads, g.nq, func(ph, I int, _ *HeadStats) {
		h := ph // the head whose mask, permutation and output row are used
		if bs.proxy > 0 {
			h = ph * bs.proxy
		}
		row := out.Data[(h*g.nq+I)*g.nk : (h*g.nq+I+1)*g.nk]
		for J := range row {
			if !g.tileAllowed(h, I, J) {
				row[J] = -1
			}
		}
		var flops float64
		switch method {
		case "antidiagonal":
			flops = bs.antidiagonal(ph, h, I, row)
		case "mean":
			flops = bs.mean(ph, h, I, row)
		case "probe":
			flops = bs.probe(ph, h, I, row)
		case "oracle":
			flops = bs.oracle(ph, h, I, row)
		}
		// A proxy head's work serves its whole group: split it evenly.
		group := max(bs.proxy, 1)
		for t := range group {
			ev.chargeScoring(h+t, flops/float64(group))
		}
		// The heads of a proxy group share E; each keeps its own allowed
		// tiles (a mask may depend on h), with 0 where only it is allowed.
		for t := 1; t < max(bs.proxy, 1); t++ {
			dst := out.Data[((h+t)*g.nq+I)*g.nk : ((h+t)*g.nq+I+1)*g.nk]
			for J, x := range row {
				switch {
				case !g.tileAllowed(h+t, I, J):
					dst[J] = -1
				case x < 0:
					dst[J] = 0
				default:
					dst[J] = x
				}
			}
		}
	}, make([]HeadStats, heads))
	return out, nil
}

// scorer computes one row E[h, I, ·] at a time.
type scorer struct {
	*grid
	scale  float64
	mod    *ir.Expr
	stride int
	pool   string
	q, k   *Tensor // per query head (or per proxy head) and per KV head (or proxy)
	proxy  int     // query heads per proxy head; 0: no proxy
}

// kvHead returns the index into s.k for (proxy) head ph.
func (s *scorer) kvHead(ph int) int {
	if s.proxy > 0 {
		return ph
	}
	return ph / s.group
}

func dot(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// antidiagonal is XAttention's estimate: reshape queries and keys into
// groups of S, score group pairs by the antidiagonal sum
// A[r,t] = (c/S)·Σ_{u<S} q[rS+S−1−u]·k[tS+u], softmax over t per r (over the
// groups whose S×S cell the mask does not empty), and sum into tiles:
// E[I,J] = Σ_{r∈I,t∈J} P[r,t] / (rows r in I). Tokens past the end count
// as zero vectors.
func (s *scorer) antidiagonal(ph, h, I int, row []float64) (flops float64) {
	S, d := s.stride, s.q.Shape[2]
	Q, K := s.q.head(ph), s.k.head(s.kvHead(ph))
	r0, r1 := I*s.bq/S, (min((I+1)*s.bq, s.m)+S-1)/S
	nt := (s.n + S - 1) / S
	a := make([]float64, nt)
	ok := make([]bool, nt)
	sum := make([]float64, len(row))
	rowMass := make([]float64, len(row))
	for r := r0; r < r1; r++ {
		mx := math.Inf(-1)
		for t := range nt {
			J := t * S / s.bk
			ok[t] = row[J] >= 0 && s.cellAllowed(h, I, r, t)
			if !ok[t] {
				continue
			}
			keys := s.keys(h, I, J)
			var acc float64
			for u := range S {
				qi, kl := r*S+S-1-u, t*S+u-J*s.bk
				if qi >= s.m || kl >= len(keys) {
					continue
				}
				acc += dot(Q[qi*d:(qi+1)*d], K[keys[kl]*d:(keys[kl]+1)*d])
			}
			a[t] = s.scale / float64(S) * acc
			mx = math.Max(mx, a[t])
			flops += float64(2 * S * d)
		}
		if s.pool == "rowmax" {
			clear(rowMass)
			softmaxInto(a, ok, mx, func(t int, p float64) { rowMass[t*S/s.bk] += p })
			for J, x := range rowMass {
				sum[J] = math.Max(sum[J], x)
			}
			continue
		}
		softmaxInto(a, ok, mx, func(t int, p float64) { sum[t*S/s.bk] += p })
	}
	for J := range row {
		if row[J] >= 0 {
			row[J] = sum[J] / float64(r1-r0)
			if s.pool == "rowmax" {
				row[J] = sum[J]
			}
		}
	}
	return flops
}

// cellAllowed reports whether the S×S cell (r, t) may hold an allowed pair
// (interval classification over its query range and physical key range).
func (s *scorer) cellAllowed(h, I, r, t int) bool {
	S := s.stride
	J := t * S / s.bk
	keys := s.keys(h, I, J)
	lo := t*S - J*s.bk
	hi := min(lo+S, len(keys))
	if lo >= hi {
		return false
	}
	kmin, kmax := keys[lo], keys[lo]
	for _, j := range keys[lo:hi] {
		kmin, kmax = min(kmin, j), max(kmax, j)
	}
	return ir.ClassifyTile(s.mask, h, r*S, min(r*S+S, s.m)-1, kmin, kmax) != ir.TileEmpty
}

// softmaxInto applies softmax over the entries with ok set and calls add
// with each probability.
func softmaxInto(a []float64, ok []bool, mx float64, add func(t int, p float64)) {
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

// mean is MInference/FlexPrefill's pooled estimate: softmax over allowed
// tiles J of c·mean(q_I)·mean(k_J).
func (s *scorer) mean(ph, h, I int, row []float64) float64 {
	d := s.q.Shape[2]
	Q, K := s.q.head(ph), s.k.head(s.kvHead(ph))
	qm := make([]float64, d)
	q0, q1 := I*s.bq, min((I+1)*s.bq, s.m)
	for i := q0; i < q1; i++ {
		for t := range qm {
			qm[t] += Q[i*d+t] / float64(q1-q0)
		}
	}
	a := make([]float64, len(row))
	ok := make([]bool, len(row))
	mx := math.Inf(-1)
	km := make([]float64, d)
	for J := range row {
		if ok[J] = row[J] >= 0; !ok[J] {
			continue
		}
		clear(km)
		keys := s.keys(h, I, J)
		for _, j := range keys {
			for t := range km {
				km[t] += K[j*d+t] / float64(len(keys))
			}
		}
		a[J] = s.scale * dot(qm, km)
		mx = math.Max(mx, a[J])
	}
	softmaxInto(a, ok, mx, func(J int, p float64) { row[J] = p })
	// A kernel pools each query and key tile once (here: this query tile and
	// its share of the key tiles) and scores every allowed tile pair.
	allowed := 0
	for _, x := range ok {
		if x {
			allowed++
		}
	}
	return float64((q1-q0)*d + s.bk*d*len(row)/max(s.nq, 1) + 2*d*allowed)
}

// probe scores every stride-th query of the tile (the last of each group of
// stride) against every allowed key, takes the softmax per probe row, pools
// the probabilities into tiles (mean: a tile's mass averaged over probe
// rows; max: its largest probability) and renormalises the row.
func (s *scorer) probe(ph, h, I int, row []float64) (flops float64) {
	d := s.q.Shape[2]
	Q, K := s.q.head(ph), s.k.head(s.kvHead(ph))
	q0, q1 := I*s.bq, min((I+1)*s.bq, s.m)
	acc := make([]float64, len(row))
	var probes int
	sc := make([]float64, 0, s.n)
	for i := q0 + s.stride - 1; ; i += s.stride {
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
			for _, j := range s.keys(h, I, J) {
				x := math.Inf(-1)
				if row[J] >= 0 && s.allowed(h, i, j) {
					x = s.scale * dot(Q[i*d:(i+1)*d], K[j*d:(j+1)*d])
					flops += float64(2 * d)
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
			for range s.keys(h, I, J) {
				p := math.Exp(sc[t]-mx) / z
				tileMass += p
				tileMax = math.Max(tileMax, p)
				t++
			}
			switch s.pool {
			case "max":
				acc[J] = math.Max(acc[J], tileMax)
			case "rowmax":
				acc[J] = math.Max(acc[J], tileMass)
			default:
				acc[J] += tileMass // the mean over probes, up to the renormalisation
			}
		}
	}
	if s.pool == "rowmax" { // row maxima are shares already; no renormalising
		for J := range row {
			if row[J] >= 0 {
				row[J] = acc[J]
			}
		}
		return flops
	}
	normalise(row, acc)
	return flops
}

// normalise writes acc/Σacc into the allowed entries of row.
func normalise(row, acc []float64) {
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

// oracle is the exact block mass: E[I,J] = mean over rows i of I of
// Σ_{j∈J} softmax(s_i)_j with the kernel's mask and mod. It costs a dense
// attention pass; it is the yardstick, not a method.
func (s *scorer) oracle(ph, h, I int, row []float64) (flops float64) {
	d := s.q.Shape[2]
	Q, K := s.q.head(ph), s.k.head(s.kvHead(ph))
	q0, q1 := I*s.bq, min((I+1)*s.bq, s.m)
	acc := make([]float64, len(row))
	sc := make([]float64, 0, s.n)
	env := ir.Env{H: float64(h)}
	for i := q0; i < q1; i++ {
		sc = sc[:0]
		mx := math.Inf(-1)
		env.Qi = float64(i)
		for J := range row {
			for _, j := range s.keys(h, I, J) {
				x := math.Inf(-1)
				if row[J] >= 0 && s.allowed(h, i, j) {
					x = s.scale * dot(Q[i*d:(i+1)*d], K[j*d:(j+1)*d])
					flops += float64(2 * d)
					if s.mod != nil {
						env.Ki, env.S = float64(j), x
						x = s.mod.Eval(&env)
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
			for range s.keys(h, I, J) {
				mass += math.Exp(sc[t]-mx) / z
				t++
			}
			if s.pool == "rowmax" {
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

// proxyHeads averages q over groups of H/p consecutive query heads
// (ProxyAttn): one proxy query head per group.
func proxyHeads(q *Tensor, p int) *Tensor {
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	size := h / p
	out := NewTensor(p, m, d)
	for g := range p {
		dst := out.head(g)
		for t := 0; t < size; t++ {
			for i, x := range q.head(g*size + t) {
				dst[i] += x / float64(size)
			}
		}
	}
	return out
}

// proxyKeys averages, for each proxy group, the distinct KV heads its query
// heads read.
func proxyKeys(k *Tensor, p, h, group int) *Tensor {
	n, d := k.Shape[1], k.Shape[2]
	size := h / p
	out := NewTensor(p, n, d)
	for g := range p {
		var kvs []int
		for t := 0; t < size; t++ {
			if kv := (g*size + t) / group; !slices.Contains(kvs, kv) {
				kvs = append(kvs, kv)
			}
		}
		dst := out.head(g)
		for _, kv := range kvs {
			for i, x := range k.head(kv) {
				dst[i] += x / float64(len(kvs))
			}
		}
	}
	return out
}

// blockSelect evaluates blockselect (DESIGN §5): per (h, I), forced tiles
// first in ascending index (diagonal, sink, local(w), and with a
// permutation every tile of the query's own segment), then the other
// allowed tiles by descending score (ties: lower index) until the mode's
// budget is met; order=index sorts the unforced part by index.
func (ev *evaluator) blockSelect(v *ir.Value, args []*Tensor) (*Tensor, error) {
	e := args[0]
	h, nq, nk := e.Shape[0], e.Shape[1], e.Shape[2]
	bq, bk, seg := v.Int("bq"), v.Int("bk"), v.Int("segment")
	var perm *Tensor
	if len(args) > 1 {
		perm = args[1]
	}
	out := NewTensor(h, nq, 2, nk)
	for i := range out.Data {
		out.Data[i] = -1
	}
	var extra map[[2]int][]int // mode=budget: the tiles each (h, I) wins
	if v.Ident("mode") == "budget" {
		extra = budgetTiles(v, e, perm)
	}
	for hh := range h {
		for I := range nq {
			row := e.Data[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
			forced := forcedTiles(v, row, I, bq, bk, seg, sinkTile(perm, hh, I, bq, bk, seg))
			var list []int
			if extra != nil {
				list = append(forced, extra[[2]int{hh, I}]...)
				if v.Ident("order") == "index" {
					sort.Ints(list[len(forced):])
				}
			} else {
				list = selectTiles(v, row, forced)
			}
			base := (hh*nq + I) * 2 * nk
			for t, J := range list {
				out.Data[base+t] = float64(J)
				out.Data[base+nk+t] = 0
				if t < len(forced) {
					out.Data[base+nk+t] = 1
				}
			}
		}
	}
	return out, nil
}

// budgetTiles shares a budget of ⌈ρ·allowed⌉ tiles (forced ones included)
// across all query tiles of all heads (scope=global) or of each head
// (scope=head): after the forced tiles, the unforced allowed tiles with the
// largest scores anywhere win (ties: lower head, query tile, key tile). It
// returns, per (h, I), the tiles won in descending score order.
func budgetTiles(v *ir.Value, e, perm *Tensor) map[[2]int][]int {
	h, nq, nk := e.Shape[0], e.Shape[1], e.Shape[2]
	bq, bk, seg := v.Int("bq"), v.Int("bk"), v.Int("segment")
	type cand struct {
		h, I, J int
		e       float64
	}
	won := map[[2]int][]int{}
	groups := [][]int{}
	if v.Ident("scope") == "head" {
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
				row := e.Data[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
				forced := forcedTiles(v, row, I, bq, bk, seg, sinkTile(perm, hh, I, bq, bk, seg))
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
		budget := int(math.Ceil(v.Float("density")*float64(allowed)-1e-9)) - forcedN
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].e > cands[b].e })
		for _, c := range cands[:max(0, min(budget, len(cands)))] {
			won[[2]int{c.h, c.I}] = append(won[[2]int{c.h, c.I}], c.J)
		}
	}
	return won
}

// sinkTile returns the (virtual) tile holding physical key 0.
func sinkTile(perm *Tensor, h, I, bq, bk, seg int) int {
	if perm == nil {
		return 0
	}
	ns, n := perm.Shape[1], perm.Shape[2]
	s := I * bq / seg
	row := perm.Data[(h*ns+s)*n : (h*ns+s+1)*n]
	for j, x := range row {
		if x == 0 {
			return j / bk
		}
	}
	return 0
}

// forcedTiles lists the allowed tiles the select attributes force, in
// ascending order.
func forcedTiles(v *ir.Value, row []float64, I, bq, bk, seg, sink int) []int {
	nk := len(row)
	var f []int
	add := func(J int) {
		if J >= 0 && J < nk && row[J] >= 0 && !slices.Contains(f, J) {
			f = append(f, J)
		}
	}
	// Key tiles overlapping the query tile's positions [I·bq, (I+1)·bq).
	d0, d1 := I*bq/bk, ((I+1)*bq-1)/bk
	if v.Flag("diagonal") {
		for J := d0; J <= d1; J++ {
			add(J)
		}
	}
	if v.Flag("sink") {
		add(sink)
	}
	for w := 1; w <= v.Int("local"); w++ {
		add(d0 - w)
	}
	if seg > 0 { // the query's own segment stays dense
		s := I * bq / seg
		for J := s * seg / bk; J < min((s+1)*seg/bk, nk); J++ {
			add(J)
		}
	}
	sort.Ints(f)
	return f
}

// selectTiles completes the forced list with the mode's budget.
func selectTiles(v *ir.Value, row []float64, forced []int) []int {
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
	switch v.Ident("mode") {
	case "mass":
		taken := 0.0
		for _, J := range forced {
			taken += row[J]
		}
		tau := v.Float("mass")
		for _, J := range rest {
			if taken >= tau {
				break
			}
			list = append(list, J)
			taken += row[J]
		}
	case "top", "density":
		k := v.Int("top")
		if v.Ident("mode") == "density" {
			// 1e-9 keeps ρ·allowed = 3.0000000000000004 from becoming 4.
			k = int(math.Ceil(v.Float("density")*float64(allowed) - 1e-9))
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
		if len(list) >= min(v.Int("min_blocks"), allowed) {
			break
		}
		if !slices.Contains(list, J) {
			list = append(list, J)
		}
	}
	if v.Ident("order") == "index" {
		sort.Ints(list[len(forced):])
	}
	return list
}

// permute evaluates permute (DESIGN §5): per head and query segment, the
// logical → physical key order. A key's importance is its softmax
// probability under the segment's probe (the mean query of the segment, or
// each query of its last tile, averaged), the softmax taken over the keys
// ranked together. scope=local (PBS-Attn) sorts the keys inside every key
// segment by importance under the last query segment's probe, one order for
// all queries; scope=global (S2O) ranks all keys of the earlier segments
// together under each query segment's own probe, and keys from the
// query's own segment on keep their positions. Ties keep the lower index
// first.
func (ev *evaluator) permute(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	kh, n := k.Shape[0], k.Shape[1]
	if kh == 0 || h%kh != 0 {
		return nil, fmt.Errorf("query heads H=%d are not a multiple of key/value heads G=%d", h, kh)
	}
	seg, scale, bq := v.Int("segment"), v.Float("scale"), v.Int("bq")
	ns := (m + seg - 1) / seg
	out := NewTensor(h, ns, n)
	for hh := range h {
		Q, K := q.head(hh), k.head(hh/(h/kh))
		probeRows := func(s int) [][]float64 {
			lo, hi := s*seg, min((s+1)*seg, m)
			if v.Ident("probe") == "last" {
				lo = max(lo, hi-bq)
				var rows [][]float64
				for i := lo; i < hi; i++ {
					rows = append(rows, Q[i*d:(i+1)*d])
				}
				return rows
			}
			mean := make([]float64, d)
			for i := lo; i < hi; i++ {
				for t := range mean {
					mean[t] += Q[i*d+t] / float64(hi-lo)
				}
			}
			return [][]float64{mean}
		}
		rank := func(keys []int, probe [][]float64) {
			imp := make([]float64, len(keys))
			sc := make([]float64, len(keys))
			for _, p := range probe {
				mx := math.Inf(-1)
				for t, j := range keys {
					sc[t] = scale * dot(p, K[j*d:(j+1)*d])
					mx = math.Max(mx, sc[t])
				}
				ev.chargeScoring(hh, float64(2*d*len(keys)))
				var z float64
				for _, x := range sc {
					z += math.Exp(x - mx)
				}
				for t, x := range sc {
					imp[t] += math.Exp(x-mx) / z / float64(len(probe))
				}
			}
			idx := make([]int, len(keys))
			for t := range idx {
				idx[t] = t
			}
			sort.SliceStable(idx, func(a, b int) bool { return imp[idx[a]] > imp[idx[b]] })
			sorted := make([]int, len(keys))
			for t, i := range idx {
				sorted[t] = keys[i]
			}
			copy(keys, sorted)
		}
		var local []int
		if v.Ident("scope") == "local" {
			local = make([]int, n)
			last := probeRows(ns - 1)
			for b := 0; b*seg < n; b++ {
				keys := local[b*seg : min((b+1)*seg, n)]
				for t := range keys {
					keys[t] = b*seg + t
				}
				rank(keys, last)
			}
		}
		for s := range ns {
			row := out.Data[(hh*ns+s)*n : (hh*ns+s+1)*n]
			if local != nil {
				for j := range row {
					row[j] = float64(local[j])
				}
				continue
			}
			keys := make([]int, n)
			for j := range keys {
				keys[j] = j
			}
			if s > 0 {
				rank(keys[:min(s*seg, n)], probeRows(s))
			}
			for j, x := range keys {
				row[j] = float64(x)
			}
		}
	}
	return out, nil
}
