package sparse

import (
	"fmt"
	"math"
	"slices"
)

// Per-row selection (MoBA's gating, HISA's token top-k; docs/passes.md
// "Per-row selection"): every query row chooses its own key blocks, and
// optionally its own keys inside them, where the tile selections above
// give all the rows of a query tile one list.
//
// The geometry is a Grid's (heads, queries at their positions, GQA, the
// mask) with blocks of Block keys in place of key tiles; BQ is unused.

// blockAllowed reports whether the mask allows row i of head h any key of
// block b (blocks of size bs).
func (g *Grid) blockAllowed(h, i, b, bs int) bool {
	n, _ := g.Seq(h)
	k0, k1 := b*bs, min((b+1)*bs, n)-1
	if k1 < k0 {
		return false
	}
	switch g.Classify(h, i, i, k0, k1) {
	case Empty:
		return false
	case Full:
		return true
	}
	for j := k0; j <= k1; j++ {
		if g.Allowed(h, i, j) {
			return true
		}
	}
	return false
}

// RowScore computes E[h, i, b], MoBA's gate for query row i of head h and
// key block b: c·q_i·k̄_b for the blocks the mask allows the row (any
// allowed pair), k̄_b the mean of the block's keys (pooled as mean scoring
// pools a key tile; the product in dot8's order); -inf for blocks the mask
// empties. Only the order matters to the selection, so no softmax: a row
// of 512 blocks would spend more on exponentials than on its products. q is [H, M, d], k [H/Group, N, d]. It returns
// E ([H, M, NB], NB = ⌈N/block⌉) and the flops spent per query head.
func RowScore[T Scalar](g *Grid, block int, scale float64, q, k []T, d, workers int) ([]float64, []float64, error) {
	return RowScoreMethod(g, "mean", block, scale, nil, q, k, d, workers)
}

// RowScoreMethod is RowScore with the gate's estimate named: "mean" (as
// RowScore) or "oracle" — the yardstick, not a method: E[h, i, b] is the
// exact share of row i's softmax mass in block b (the scores c·q_i·k_j
// with the kernel's mod and mask, in key order), at the cost of a dense
// pass (2d per allowed pair).
func RowScoreMethod[T Scalar](g *Grid, method string, block int, scale float64, mod Program, q, k []T, d, workers int) ([]float64, []float64, error) {
	if method == "oracle" {
		return rowOracle(g, block, scale, mod, q, k, d, workers)
	}
	nb := (g.N + block - 1) / block
	e := make([]float64, g.H*g.M*nb)
	flops, err := meanRows(g, method, block, scale, q, k, d, workers,
		func(_, h, i int) []float64 { return e[(h*g.M+i)*nb : (h*g.M+i+1)*nb] })
	return e, flops, err
}

// RowGate is RowScoreMethod and RowSelect in one pass: the lists are
// RowSelect's on RowScoreMethod's E without E ([H, M, NB] float64: 268 MB
// for 8 heads of 8192 rows and blocks of 16) ever being written, and with
// "mean" without most of it being computed: float32 estimates with an
// error bound leave the few blocks that may rank, scored exactly only
// when more than the row takes are left (rows_gate.go). It returns the
// lists ([H, M, spec.Width(NB)]) and the flops per query head (those of
// the definition: 2d per row and allowed block, and the pooling).
func RowGate[T Scalar](g *Grid, method string, block int, scale float64, mod Program, q, k []T, d int, spec RowSpec, workers int) ([]int32, []float64, error) {
	return RowGateIn(nil, g, method, block, scale, mod, q, k, d, spec, workers)
}

// RowGateIn is RowGate with its buffers in ws (nil: fresh ones), the
// lists it returns among them.
func RowGateIn[T Scalar](ws *Workspace, g *Grid, method string, block int, scale float64, mod Program, q, k []T, d int, spec RowSpec, workers int) ([]int32, []float64, error) {
	if method == "oracle" { // the yardstick: a dense pass anyway
		e, flops, err := rowOracle(g, block, scale, mod, q, k, d, workers)
		if err != nil {
			return nil, nil, err
		}
		nb := (g.N + block - 1) / block
		return RowSelect(e, g.H, g.M, nb, spec, g.N), flops, nil
	}
	if method != "mean" {
		return nil, nil, fmt.Errorf("gate: no method %q (mean, oracle)", method)
	}
	if ws == nil {
		ws = &Workspace{}
	}
	return gateRows(&ws.gate, g, block, scale, q, k, d, spec, workers, gateEst{gatePanel, gateInPlace})
}

// meanRows computes the gate's mean scores row by row into row(w, h, i)
// (worker w): RowScore's E, every allowed block scored. Items are
// (head, query tile of 64 rows): the mask classifies each block against
// the tile's rows at once, and only the partial ones row by row.
func meanRows[T Scalar](g *Grid, method string, block int, scale float64, q, k []T, d, workers int,
	row func(w, h, i int) []float64) ([]float64, error) {
	if method != "mean" {
		return nil, fmt.Errorf("gate: no method %q (mean, oracle)", method)
	}
	if block < 1 {
		return nil, fmt.Errorf("gate: block %d, want ≥ 1", block)
	}
	if g.Perm != nil || g.Lens != nil {
		return nil, fmt.Errorf("gate: per-row selection takes neither permuted keys nor key lengths")
	}
	nb := (g.N + block - 1) / block
	kv := g.H / max(g.Group, 1)
	means := make([]float64, kv*nb*d)
	parallel(kv*nb, workers, func(_, item int) {
		h, b := item/nb, item%nb
		lo, hi := b*block, min((b+1)*block, g.N)
		poolRows(means[item*d:(item+1)*d], k[h*g.N*d:(h+1)*g.N*d], lo, hi, hi-lo)
	})
	const rowsPer = 64
	nt := (g.M + rowsPer - 1) / rowsPer
	flops := make([]float64, g.H*nt)
	cls := make([][]Class, resolveWorkers(workers))
	parallel(g.H*nt, workers, func(w, item int) {
		h, r0 := item/nt, item%nt*rowsPer
		r1 := min(r0+rowsPer, g.M)
		kvh := h / max(g.Group, 1)
		means := means[kvh*nb*d : (kvh+1)*nb*d]
		if cap(cls[w]) < nb {
			cls[w] = make([]Class, nb)
		}
		c := cls[w][:nb]
		for b := range nb {
			k0, k1 := b*block, min((b+1)*block, g.N)-1
			c[b] = g.Classify(h, r0, r1-1, k0, k1)
		}
		qm := make([]float64, d)
		allowed := make([]int, 0, nb)
		for i := r0; i < r1; i++ {
			row := row(w, h, i)
			for t, x := range q[(h*g.M+i)*d : (h*g.M+i+1)*d] {
				qm[t] = float64(x)
			}
			allowed = allowed[:0]
			for b := range nb {
				row[b] = math.Inf(-1)
				if c[b] == Full || c[b] == Partial && g.blockAllowed(h, i, b, block) {
					allowed = append(allowed, b)
				}
			}
			if meanDots != nil && d%8 == 0 && len(allowed) > 0 {
				meanDots(&row[0], &qm[0], &means[0], &allowed[0], len(allowed), d, scale)
			} else {
				for _, b := range allowed {
					row[b] = scale * dot8(qm, means[b*d:(b+1)*d])
				}
			}
			flops[item] += float64(2 * d * len(allowed))
		}
	})
	perHead := make([]float64, g.H)
	for item, f := range flops {
		perHead[item/nt] += f
	}
	for h := range perHead {
		// The keys' pooling, shared by the heads of a KV group.
		perHead[h] += float64(g.N*d) / float64(max(g.Group, 1))
	}
	return perHead, nil
}

// RowSelect turns gate scores E [H, M, NB] (-inf: not allowed) into each row's blocks
// [H, M, W] (W = spec.Width(NB)) in ascending order, -1 padded: the
// forced blocks the mask allows, then the best others by score (higher
// first, then lower index: byScore's order) up to Top blocks in all — or
// ⌈Density · allowed⌉ with Density. m and n are the
// queries and keys the scores were computed for (row i sits at position
// i + n − m, which places the diagonal block).
func RowSelect(e []float64, h, m, nb int, spec RowSpec, n int) []int32 {
	w := spec.Width(nb)
	out := make([]int32, h*m*w)
	off := QueryOffset(m, n)
	var sc rowScratch
	for r := range h * m {
		sc.selectRow(out[r*w:(r+1)*w], e[r*nb:(r+1)*nb], r%m+off, spec)
	}
	return out
}

// rowScratch is selectRow's scratch, reused across rows.
type rowScratch struct {
	take, cand []int
	forced     []bool // by block: taken before the ranking (cleared after each row)
}

// selectRow writes into out (-1 padded) the blocks RowSelect takes for the
// row of scores row (-inf: not allowed) at position pos.
func (sc *rowScratch) selectRow(out []int32, row []float64, pos int, spec RowSpec) {
	nb := len(row)
	take := sc.take[:0]
	if len(sc.forced) < nb {
		sc.forced = make([]bool, nb)
	}
	forced := sc.forced[:nb]
	force := func(b int) {
		if b >= 0 && b < nb && !math.IsInf(row[b], -1) && !forced[b] {
			forced[b] = true
			take = append(take, b)
		}
	}
	d := floorDiv(pos, spec.Block)
	if spec.Diagonal {
		force(d)
	}
	for w := 1; w <= spec.Local; w++ {
		force(d - w)
	}
	if spec.Sink {
		force(0)
	}
	cand := sc.cand[:0]
	allowed, nan := 0, false
	for b, x := range row {
		if !math.IsInf(x, -1) {
			allowed++
			nan = nan || math.IsNaN(x)
			if !forced[b] {
				cand = append(cand, b)
			}
		}
	}
	for _, b := range take {
		forced[b] = false
	}
	k := spec.Top - len(take)
	if spec.Density > 0 {
		k = int(math.Ceil(spec.Density*float64(allowed))) - len(take)
	}
	k = max(min(k, len(cand)), 0)
	if k <= 32 && !nan {
		cand = topSmall(row, cand, k)
	} else {
		byScoreTop(row, cand, k)
	}
	take = append(take, cand[:k]...)
	slices.Sort(take)
	for t := range out {
		out[t] = -1
		if t < len(take) {
			out[t] = int32(take[t])
		}
	}
	sc.take, sc.cand = take, cand
}

// topSmall leaves the k best of list (ascending indices, no NaN scores)
// first, in byScore's order (higher score, then lower index): an insertion
// into the k kept, cheaper than byScoreTop's partition for a handful.
func topSmall(row []float64, list []int, k int) []int {
	if k == 0 {
		return list
	}
	n := 0 // list[:n] holds the best so far, in order
	for _, b := range list {
		x := row[b]
		if n == k && !(x > row[list[n-1]]) {
			continue // not better than the k-th (a tie loses: higher index)
		}
		t := min(n, k-1)
		for t > 0 && x > row[list[t-1]] {
			list[t] = list[t-1]
			t--
		}
		list[t] = b
		if n < k {
			n++
		}
	}
	return list
}

// RowTileLists is per-row selection in the form the tile kernels take
// (RowTiles): per head and query tile, the key tiles any of its rows
// selects keys in, ascending, as BlockSelect's lists ([H, NQ, 2, NK],
// none forced); and for the t-th listed tile of item (h, I) the bits of
// the keys each of its rows selected — bit c of Masks[Offsets[h·NQ+I] +
// t·BQ + r] is key J·BK + c for row I·BQ + r.
type RowTileLists struct {
	List    []int32
	Masks   []uint64
	Offsets []int
}

// RowTiles turns each row's list — blocks of block keys ([H, M, W] from
// RowSelect) or keys (tokens, [H, M, W] from TokenSelect) — into tile
// lists with per-row key bits for query tiles of bq rows and key tiles of
// bk ≤ 64 keys over n keys. The mask is not applied: the kernel ANDs it.
func RowTiles(rows []int32, h, m, w, n, block int, tokens bool, bq, bk int) RowTileLists {
	nq, nk := (m+bq-1)/bq, (n+bk-1)/bk
	out := RowTileLists{List: make([]int32, h*nq*2*nk), Offsets: make([]int, h*nq+1)}
	for i := range out.List {
		out.List[i] = -1
	}
	bits := make([]uint64, nk*bq) // the item's rows' bits, by tile
	used := make([]bool, nk)
	for item := range h * nq {
		hh, I := item/nq, item%nq
		clear(bits)
		clear(used)
		r0, r1 := I*bq, min((I+1)*bq, m)
		for i := r0; i < r1; i++ {
			for _, x := range rows[(hh*m+i)*w : (hh*m+i+1)*w] {
				if x < 0 {
					break
				}
				lo, hi := entryKeys(x, tokens, block, n)
				for j := lo; j < hi; {
					J := j / bk
					end := min(hi, (J+1)*bk) // the keys of the run in tile J
					c0, c1 := j-J*bk, end-J*bk
					bits[J*bq+i-r0] |= (^uint64(0) >> (64 - (c1 - c0))) << c0
					used[J] = true
					j = end
				}
			}
		}
		base := item * 2 * nk
		t := 0
		for J := range nk {
			if used[J] {
				out.List[base+t] = int32(J)
				out.List[base+nk+t] = 0
				out.Masks = append(out.Masks, bits[J*bq:(J+1)*bq]...)
				t++
			}
		}
		out.Offsets[item+1] = len(out.Masks)
	}
	return out
}

// rowOracle is RowScoreMethod's "oracle": each row's exact softmax mass
// per block.
func rowOracle[T Scalar](g *Grid, block int, scale float64, mod Program, q, k []T, d, workers int) ([]float64, []float64, error) {
	if block < 1 || g.Perm != nil || g.Lens != nil {
		return nil, nil, fmt.Errorf("gate(oracle): block %d, no permutation, no key lengths", block)
	}
	nb := (g.N + block - 1) / block
	e := make([]float64, g.H*g.M*nb)
	flops := make([]float64, g.H)
	off := g.QueryOffset()
	parallel(g.H, workers, func(_, h int) {
		kvh := h / max(g.Group, 1)
		s := make([]float64, g.N)
		ok := make([]bool, g.N)
		env := Env{H: float64(h)}
		for i := range g.M {
			row := e[(h*g.M+i)*nb : (h*g.M+i+1)*nb]
			qi := q[(h*g.M+i)*d : (h*g.M+i+1)*d]
			env.Qi = float64(i + off)
			mx := math.Inf(-1)
			for j := range g.N {
				ok[j] = g.Allowed(h, i, j)
				if !ok[j] {
					continue
				}
				x := scale * dot(qi, k[(kvh*g.N+j)*d:(kvh*g.N+j+1)*d])
				if mod != nil {
					env.S, env.Ki = x, float64(j)
					x = mod.Eval(&env)
				}
				s[j] = x
				mx = math.Max(mx, x)
				flops[h] += float64(2 * d)
			}
			for b := range row {
				row[b] = math.Inf(-1)
			}
			var z float64
			for j := range g.N {
				if ok[j] {
					if math.IsInf(row[j/block], -1) {
						row[j/block] = 0
					}
					if !math.IsInf(mx, -1) {
						p := math.Exp(s[j] - mx)
						row[j/block] += p
						z += p
					}
				}
			}
			if z > 0 {
				for b, x := range row {
					if !math.IsInf(x, -1) {
						row[b] = x / z
					}
				}
			}
		}
	})
	return e, flops, nil
}

// dot8w is dot8 on any element types, each widened to float64 first (the
// same bits as dot8 on float64 copies: widening is exact).
func dot8w[A, B Scalar](a []A, b []B) float64 {
	var l [8]float64
	b = b[:len(a)]
	i := 0
	for ; i+8 <= len(a); i += 8 {
		for t := range 8 {
			l[t] += float64(float64(a[i+t]) * float64(b[i+t]))
		}
	}
	for t := 0; i < len(a); i, t = i+1, t+1 {
		l[t] += float64(float64(a[i]) * float64(b[i]))
	}
	return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]))
}

// tokenDots is the AVX-512 kernel of dot8w over a list of keys (float32
// rows; out[t] = c·dot8w(q, k[j·d:(j+1)·d]) for j = idx[t], d a multiple
// of 8), nil on other CPUs: the gate's query norms, and the token stage's
// exact scores (the keys in its filter's band, or every candidate of a row
// that goes the exact way).
var tokenDots func(out *float64, q, k *float32, idx *int, n, d int, c float64)

// entryKeys are the keys [lo, hi) of one entry x of a per-row list: the
// key x (tokens), or block x's keys below n.
func entryKeys(x int32, tokens bool, block, n int) (lo, hi int) {
	if tokens {
		return int(x), int(x) + 1
	}
	return int(x) * block, min((int(x)+1)*block, n)
}
