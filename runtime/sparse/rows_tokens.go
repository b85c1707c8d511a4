package sparse

import (
	"cmp"
	"math"
	"slices"
)

// TokenSelect is HISA's second stage: for each row, of the keys of its
// blocks (rows [H, M, W] from RowSelect, blocks of block keys) that the
// mask allows, the top of them by exact score s = mod(c·q_i·k_j) (the
// product in dot8's eight lanes, dot8w's order; higher
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
// The rows are taken 64 at a time (tokenTile). On float32 inputs with
// the AVX-512 kernels, without a mod, the stage filters, then refines, as
// the gate does (rows_gate.go):
//
//   - each block of keys, transposed in float32, is scored for eight of
//     the rows that chose it at a time (tokenEst): float32 estimates e_j of
//     q_i·k_j, each within (d+4)·2⁻²⁴·|q_i|·max_j|k_j| of the exact value;
//   - A_k, the k-th largest estimate of a row, by a quickselect of the
//     values alone, in float32 as they were computed, sixteen a step
//     (tokenScratch.kth32); with G the gate's filterGap, a key
//     with e_j > A_k + G has at least n−k+1 keys whose exact scores are
//     strictly below its own (every key with e ≤ A_k), so it is in the top
//     k; one with e_j < A_k − G is out, by the same argument;
//   - only the keys in the band [A_k − G, A_k + G] (tokenBand: typically
//     one or two) are scored exactly (tokenDots, dot8w's bits, times c),
//     and ranked by the tie rule when more of them are left than places.
//
// Rows with a mod, non-finite or huge inputs (rowBounded), or a NaN
// estimate are scored exactly, every candidate, and their top found
// without sorting (tokenScratch.top): the k-th best value by a
// quickselect, then one pass keeping the keys above it and the first of
// its ties.
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
	// The block path: q and k float32, d a multiple of 8, the kernels.
	q32, f32 := any(q).([]float32)
	k32, _ := any(k).([]float32)
	blocks := f32 && tokenEst[0] != nil && tokenDots != nil && d%8 == 0
	var tiles []tokenTile // per worker
	if ws != nil {
		ws.tokenTiles = growSlice(ws.tokenTiles, resolveWorkers(workers))
		tiles = ws.tokenTiles
	} else {
		tiles = make([]tokenTile, resolveWorkers(workers))
	}
	for w := range tiles {
		tiles[w].ktHead = -1 // this call's keys: nothing transposed yet
	}
	parallel(g.H, workers, func(wk, h int) {
		kvh := h / max(g.Group, 1)
		tt := &tiles[wk]
		ts := &tt.sel
		var s []float64 // the scores by key, for the NaN path
		env := Env{H: float64(h)}
		kh := k[kvh*g.N*d : (kvh+1)*g.N*d]
		var kh32 []float32
		if blocks {
			kh32 = k32[kvh*g.N*d : (kvh+1)*g.N*d]
			if tt.ktHead != kvh { // the query heads of a KV group share it
				tt.transpose(kh32, g.N, block, d)
				tt.ktHead = kvh
			}
		}
		for r0 := 0; r0 < g.M; r0 += tokenTileRows {
			r1 := min(r0+tokenTileRows, g.M)
			tt.candidates(g, h, r0, r1, rows[(h*g.M+r0)*w:(h*g.M+r1)*w], w, block, blocks)
			tt.filt = growSlice(tt.filt, r1-r0)
			tt.gap = growSlice(tt.gap, r1-r0)
			if blocks && mod == nil {
				tt.norms(q32[(h*g.M+r0)*d:(h*g.M+r1)*d], d)
			}
			for i := r0; i < r1; i++ {
				n := tt.off[i-r0+1] - tt.off[i-r0]
				flops[h] += float64(2 * d * n)
				tt.need[i-r0] = n > top || mod != nil
				tt.filt[i-r0] = false
				if blocks && mod == nil && n > top {
					qn := tt.qn[i-r0]
					tt.filt[i-r0] = rowBounded(qn, tt.kmax, scale)
					tt.gap[i-r0] = filterGap(d, qn, tt.kmax)
				}
			}
			if blocks {
				tt.estimate(q32[(h*g.M+r0)*d:(h*g.M+r1)*d], block, d)
			}
			for i := r0; i < r1; i++ {
				row := out[(h*g.M+i)*top : (h*g.M+i+1)*top]
				cand := tt.cand[tt.off[i-r0]:tt.off[i-r0+1]]
				if !tt.need[i-r0] { // every candidate: no scores needed
					fillRow(row, cand)
					continue
				}
				if tt.filt[i-r0] && ts.filter(row, cand, tt.est[tt.off[i-r0]:tt.off[i-r0+1]], top, tt.gap[i-r0], q32[(h*g.M+i)*d:(h*g.M+i+1)*d], kh32, d, scale) {
					continue
				}
				sc := tt.sc[tt.off[i-r0]:tt.off[i-r0+1]]
				// Every candidate scored exactly.
				if blocks && len(cand) > 0 {
					ts.bkeys = ts.bkeys[:0]
					for _, j := range cand {
						ts.bkeys = append(ts.bkeys, int(j))
					}
					tokenDots(&sc[0], &q32[(h*g.M+i)*d], &kh32[0], &ts.bkeys[0], len(cand), d, scale)
				} else if !blocks {
					qi := q[(h*g.M+i)*d : (h*g.M+i+1)*d]
					for t, j := range cand {
						sc[t] = scale * dot8w(qi, kh[int(j)*d:int(j+1)*d])
					}
				}
				if mod != nil {
					env.Qi = float64(i + off)
					for t, j := range cand {
						env.S, env.Ki = sc[t], float64(j)
						sc[t] = mod.Eval(&env)
					}
				}
				if len(cand) <= top {
					fillRow(row, cand)
					continue
				}
				if !ts.top(row, cand, sc, top) { // a NaN: the stable sort's definition
					s = growSlice(s, g.N)
					for t, j := range cand {
						s[j] = sc[t]
					}
					c := make([]int, len(cand))
					for t, j := range cand {
						c[t] = int(j)
					}
					byScoreTop(s, c, top)
					c = c[:top]
					slices.Sort(c)
					for t, j := range c {
						row[t] = int32(j)
					}
				}
			}
		}
	})
	return out, flops
}

// tokenTileRows is how many query rows the token stage takes together:
// the rows of a query tile mostly choose the same blocks, and each block
// is scored for all of them while it is in L1.
const tokenTileRows = 64

// tokenTile is one worker's view of a tile of rows: their candidate keys
// (row r's are cand[off[r]:off[r+1]], ascending) and their scores beside
// them (estimates, then exact scores where needed), which rows need
// scores and which are filtered (with their gaps G), and, for the block
// path, the head's keys transposed per block and each block's segments of
// the rows' candidates.
type tokenTile struct {
	cand []int32
	off  []int
	sc   []float64
	need []bool
	filt []bool
	gap  []float64
	sel  tokenScratch

	cls   []Class  // by block: its class over the tile's rows
	clsAt []uint32 // the stamp of the tile cls[b] was found for
	stamp uint32

	est     []float32               // the filtered rows' estimates, beside cand
	kt      []float32               // [nb][d][bp]: block b's key j, dim i at (b·d+i)·bp + j; zero past N
	bp      int                     // the block's keys rounded up to 16
	kmax    float64                 // the largest key norm of the head (NaN or +Inf if a key is not finite)
	ktHead  int                     // the KV head kt holds in this call, -1 for none
	uses    [][]tokenUse            // by block: the rows' segments
	touched []int                   // the blocks with uses, in first-use order
	tmp     []float32               // [tokenTileRows][bp]: estimates of segments that are not the whole block
	qn      [tokenTileRows]float64  // the rows' query norms
	qs      [tokenTileRows]*float32 // a block's filtered rows
	outs    [tokenTileRows]*float32 // where their estimates go
	slot    [tokenTileRows]tokenUse // and their uses
}

// tokenUse is one row's segment of candidates in one block: cand[start :
// start+n], the whole block (every one of its bp keys) when whole.
type tokenUse struct {
	row, start, n int32
	whole         bool
}

// norms writes the norms of the tile's query rows q (rows of d) to qn:
// eight rows a call of gateNorms where the CPU has it, else norm4 (any
// order: the filter only bounds errors with them).
func (tt *tokenTile) norms(q []float32, d int) {
	nr := len(q) / d
	r := 0
	if gateNorms != nil && d%8 == 0 {
		for ; r+adRows <= nr; r += adRows {
			gateNorms(&tt.qn[r], &q[r*d], d, d)
		}
	}
	for ; r < nr; r++ {
		tt.qn[r] = norm4(q[r*d : (r+1)*d])
	}
}

// candidates fills cand, off and sc's size for rows [r0, r1) of head h
// from their block lists (rows, w a row), and for the block path (uses),
// each block's uses. A block is classified once for the tile's rows
// (cls, stamped per tile), and row by row only where that is Partial.
func (tt *tokenTile) candidates(g *Grid, h, r0, r1 int, rows []int32, w, block int, uses bool) {
	tt.cand, tt.off = tt.cand[:0], append(tt.off[:0], 0)
	tt.need = growSlice(tt.need, r1-r0)
	if nb := (g.N + block - 1) / block; len(tt.cls) < nb {
		tt.cls, tt.clsAt = make([]Class, nb), make([]uint32, nb)
	}
	if tt.stamp++; tt.stamp == 0 { // wrapped: no entry may look current
		clear(tt.clsAt)
		tt.stamp = 1
	}
	for i := r0; i < r1; i++ {
		for _, b := range rows[(i-r0)*w : (i-r0+1)*w] {
			if b < 0 {
				break
			}
			k0, k1 := int(b)*block, min((int(b)+1)*block, g.N)
			start := len(tt.cand)
			if tt.clsAt[b] != tt.stamp {
				tt.cls[b], tt.clsAt[b] = g.Classify(h, r0, r1-1, k0, k1-1), tt.stamp
			}
			cls := tt.cls[b]
			if cls == Partial {
				cls = g.Classify(h, i, i, k0, k1-1) // the mask per key only where it cuts
			}
			switch cls {
			case Full:
				tt.cand = slices.Grow(tt.cand, k1-k0)[:start+k1-k0]
				tokenIota(tt.cand[start:], int32(k0))
			case Partial:
				tt.cand = appendAllowed(tt.cand, g, h, i, k0, k1)
			}
			if !uses || len(tt.cand) == start {
				continue
			}
			if len(tt.uses[b]) == 0 {
				tt.touched = append(tt.touched, int(b))
			}
			tt.uses[b] = append(tt.uses[b], tokenUse{row: int32(i - r0), start: int32(start), n: int32(len(tt.cand) - start), whole: cls == Full && k1-k0 == tt.bp})
		}
		tt.off = append(tt.off, len(tt.cand))
	}
	tt.sc = growSlice(tt.sc, len(tt.cand)+8)
	if uses {
		tt.est = growSlice(tt.est, len(tt.cand)+16)
	}
}

// appendAllowed appends the keys of [k0, k1) the mask allows row i of
// head h, ascending: a prefix for the causal mask alone; for others,
// halving the range where the interval classification cannot tell (a
// dozen classifications, not a mask evaluation per key), key by key below
// eight. The causal prefix took hisa.attn's token stage at 65536 from
// 177.8 to 169.4 ms (in-process A/B, medians of 22 calls).
func appendAllowed(cand []int32, g *Grid, h, i, k0, k1 int) []int32 {
	if len(g.Mask) == 1 && g.Mask[0].Op == OpCausal { // ki ≤ qi: a prefix
		n, _ := g.Seq(h)
		for j := k0; j < min(k1, n, i+QueryOffset(g.M, n)+1); j++ {
			cand = append(cand, int32(j))
		}
		return cand
	}
	if k1-k0 <= 8 {
		for j := k0; j < k1; j++ {
			if g.Allowed(h, i, j) {
				cand = append(cand, int32(j))
			}
		}
		return cand
	}
	mid := (k0 + k1) / 2
	for _, r := range [2][2]int{{k0, mid}, {mid, k1}} {
		switch g.Classify(h, i, i, r[0], r[1]-1) {
		case Full:
			for j := r[0]; j < r[1]; j++ {
				cand = append(cand, int32(j))
			}
		case Partial:
			cand = appendAllowed(cand, g, h, i, r[0], r[1])
		}
	}
	return cand
}

// transpose copies the head's keys (n of them, rows of d) into kt, block
// by block, finds their largest norm, and makes room for the uses.
func (tt *tokenTile) transpose(k []float32, n, block, d int) {
	nb := (n + block - 1) / block
	tt.bp = (block + 15) &^ 15
	tt.kt = growSlice(tt.kt, nb*d*tt.bp)
	tt.kmax = 0
	for b := range nb {
		kt := tt.kt[b*d*tt.bp : (b+1)*d*tt.bp]
		for j := range tt.bp {
			key := b*block + j
			if j >= block || key >= n {
				for i := range d {
					kt[i*tt.bp+j] = 0
				}
				continue
			}
			row := k[key*d : (key+1)*d]
			for i, v := range row {
				kt[i*tt.bp+j] = v
			}
			// NaN sticks: a finite norm after it must not replace it
			// (it did: only the filter's NaN check in kth32 then sent the
			// row's NaN estimates to the exact scores).
			if kn := norm4(row); kn > tt.kmax || kn != kn {
				tt.kmax = kn
			}
		}
	}
	if len(tt.uses) < nb {
		tt.uses = make([][]tokenUse, nb)
	}
	tt.tmp = growSlice(tt.tmp, tokenTileRows*tt.bp)
}

// estimate writes the float32 estimates of the filtered rows (q their
// queries, rows of d) into est, beside their candidates, block by block:
// the rows that use a block eight at a time, then four, two and one
// (tokenEst's kernels), straight into a row's estimates when its segment
// is the whole block, else through tmp.
func (tt *tokenTile) estimate(q []float32, block, d int) {
	for _, b := range tt.touched {
		m := 0
		for _, u := range tt.uses[b] {
			if !tt.filt[u.row] {
				continue
			}
			tt.qs[m], tt.slot[m] = &q[int(u.row)*d], u
			if u.whole {
				tt.outs[m] = &tt.est[u.start]
			} else {
				tt.outs[m] = &tt.tmp[m*tt.bp]
			}
			m++
		}
		kt := &tt.kt[b*d*tt.bp]
		for p, x := 0, 0; p < m; {
			if rows := 8 >> x; m-p >= rows {
				tokenEst[x](&tt.outs[p], &tt.qs[p], kt, tt.bp, d)
				p += rows
			} else {
				x++
			}
		}
		for r, u := range tt.slot[:m] {
			if u.whole {
				continue
			}
			for t := int(u.start); t < int(u.start+u.n); t++ {
				tt.est[t] = tt.tmp[r*tt.bp+int(tt.cand[t])-b*block]
			}
		}
		tt.uses[b] = tt.uses[b][:0]
	}
	tt.touched = tt.touched[:0]
}

// filter writes to row (len k) the top k of list by exact score from the
// float32 estimates est (est[t] of list[t], unscaled, each within the gap
// G's error bound; est is overwritten) and the exact scores of the keys
// in the band around the k-th estimate (q and kh the row's query and the
// head's keys). It reports false, having written nothing, where the
// estimates hold a NaN or the band does not hold the places left (which
// the bound rules out): the caller scores every candidate then.
//
// The band's ends A_k ∓ G are rounded outwards to float32 (the estimates'
// type), so the band may hold a key more than the bound needs, never one
// less.
func (ts *tokenScratch) filter(row []int32, list []int32, est []float32, k int, gap float64, q, kh []float32, d int, scale float64) bool {
	t, _, _, ok := ts.kth32(est, k)
	if !ok {
		return false
	}
	lo, hi := down32(float64(t)-gap), up32(float64(t)+gap)
	ts.band = growSlice(ts.band, len(est)+16)
	above, nb := tokenBand32(est, lo, hi, ts.band)
	need := k - above
	band := ts.band[:nb]
	if need <= 0 || need > nb {
		return false
	}
	if need < nb { // rank the band by exact score, then key
		ts.bkeys = ts.bkeys[:0]
		for _, p := range band {
			ts.bkeys = append(ts.bkeys, int(list[p]))
		}
		ts.ex = growSlice(ts.ex, nb)
		tokenDots(&ts.ex[0], &q[0], &kh[0], &ts.bkeys[0], nb, d, scale)
		ts.ranked = ts.ranked[:0]
		for i, x := range ts.ex[:nb] {
			if math.IsNaN(x) {
				return false
			}
			ts.ranked = append(ts.ranked, bandKey{x, band[i]})
		}
		slices.SortFunc(ts.ranked, func(a, b bandKey) int {
			if c := cmp.Compare(b.s, a.s); c != 0 {
				return c
			}
			return cmp.Compare(a.p, b.p) // list ascending: position order is key order
		})
		for i, r := range ts.ranked {
			band[i] = r.p
		}
	}
	for _, p := range band[:need] {
		est[p] = float32(math.Inf(1))
	}
	for _, p := range band[need:] {
		est[p] = float32(math.Inf(-1))
	}
	ts.keep = growSlice(ts.keep, len(list)+16)
	if n := tokenKeep32(ts.keep, est, list, hi, math.MinInt32); n != k {
		panic("BUG: the token filter kept a count other than k")
	}
	copy(row, ts.keep[:k])
	return true
}

// bandKey is a band key's exact score and its position in the row's list.
type bandKey struct {
	s float64
	p int32
}

// up32 and down32 round x to a float32 at or above it (below it).
func up32(x float64) float32 {
	f := float32(x)
	if float64(f) < x {
		f = math.Nextafter32(f, float32(math.Inf(1)))
	}
	return f
}

func down32(x float64) float32 {
	f := float32(x)
	if float64(f) > x {
		f = math.Nextafter32(f, float32(math.Inf(-1)))
	}
	return f
}

// fillRow writes a row's keys and pads it with -1.
func fillRow(row []int32, keys []int32) {
	copy(row, keys)
	for t := len(keys); t < len(row); t++ {
		row[t] = -1
	}
}

// tokenScratch holds a worker's buffers for the selection: three
// partition buffers for each element type and the kept keys (a step's
// slack lanes each for the kernels' whole-register stores).
type tokenScratch struct {
	part   [3][]float64
	part32 [3][]float32 // the filter's, over its float32 estimates
	keep   []int32
	band   []int32   // the filter's band: positions in the row's list
	bkeys  []int     // and their keys (also an exact row's keys, for tokenDots)
	ex     []float64 // and their exact scores
	ranked []bandKey // the band by exact score
}

// top writes to row (len k) the k best of list by (higher score, then
// lower index) — sc[t] the score of list[t], list ascending — in
// ascending order. It reports false, writing nothing, when a score is
// NaN.
func (ts *tokenScratch) top(row []int32, list []int32, sc []float64, k int) bool {
	t, above, neq, ok := ts.kth(sc, k)
	if !ok {
		return false
	}
	tj := int32(math.MaxInt32) // the last tie kept: all of them
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
	return kthOf(x, k, tokenPart, &ts.part)
}

// kth32 is kth over float32 (the filter's estimates).
func (ts *tokenScratch) kth32(x []float32, k int) (t float32, above, neq int, ok bool) {
	return kthOf(x, k, tokenPart32, &ts.part32)
}

// selFloat is the element types of the selection.
type selFloat interface{ float32 | float64 }

// kthOf is kth over F, with the partition kernel part and its three
// buffers bufs (grown here, with 16 lanes of slack).
func kthOf[F selFloat](x []F, k int, part func([]F, F, []F, []F) (int, int, int), bufs *[3][]F) (t F, above, neq int, ok bool) {
	for b := range bufs {
		bufs[b] = growSlice(bufs[b], len(x)+16)
	}
	cur, curBuf := x, -1
	for first := true; ; first = false {
		r := k - above // the rank wanted inside cur, from the top
		if len(cur) <= 16 {
			var a [16]F
			s := a[:len(cur)]
			copy(s, cur)
			for i := 1; i < len(s); i++ { // insertion sort, descending
				v, j := s[i], i
				for ; j > 0 && s[j-1] < v; j-- {
					s[j] = s[j-1]
				}
				s[j] = v
			}
			if first && slices.ContainsFunc(s, func(v F) bool { return v != v }) {
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
		ngt, nlt, ne := part(cur, p, bufs[gb], bufs[lb])
		if first && ngt+nlt+ne != len(cur) {
			return 0, 0, 0, false // a NaN compares as none of the three
		}
		switch {
		case r <= ngt:
			cur, curBuf = bufs[gb][:ngt], gb
		case r <= ngt+ne:
			return p, above + ngt, ne, true
		default:
			above += ngt + ne
			cur, curBuf = bufs[lb][:nlt], lb
		}
	}
}

// pivot draws five values of x at even spacing and returns the one whose
// rank among them best matches r's among len(x) (x has more than 5).
func pivot[F selFloat](x []F, r int) F {
	var s [5]F
	step := len(x) / 5
	for i, j := 0, step/2; i < 5; i, j = i+1, j+step {
		s[i] = x[j]
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
	tokenPart   = tokenPartGo[float64]
	tokenKeep   = tokenKeepGo[float64]
	tokenBand   = tokenBandGo[float64]
	tokenPart32 = tokenPartGo[float32]
	tokenKeep32 = tokenKeepGo[float32]
	tokenBand32 = tokenBandGo[float32]
	tokenIota   = tokenIotaGo
)

// tokenIotaGo writes start + i to dst[i]: a block's candidate keys.
func tokenIotaGo(dst []int32, start int32) {
	for i := range dst {
		dst[i] = start + int32(i)
	}
}

// tokenEst are the filter's estimate kernels for 8, 4, 2 and 1 rows at a
// time (tokenEst8AVX512 …), nil on other CPUs (the token stage then scores
// exactly); tokenEstGo is their portable twin.
var tokenEst [4]func(outs **float32, qs **float32, kt *float32, n, d int)

// tokenEstGo writes outs[r][j] for r < rows (8, 4, 2 or 1) and j < n: the
// float32 estimate of qs[r]·k_j, k_j[i] = kt[i·n+j], as the kernels sum
// it — 8/rows chains a row, chain c the fma32 chain over the dims i ≡ c
// (mod 8/rows), folded pairwise (codegen/amd64 tokenEst).
func tokenEstGo(rows int, outs [][]float32, qs [][]float32, kt []float32, n, d int) {
	c := 8 / rows
	for r := range rows {
		for j := range n {
			var a [8]float32
			for i := range d {
				a[i%c] = fma32(qs[r][i], kt[i*n+j], a[i%c])
			}
			var x float32
			switch c {
			case 8:
				x = ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7]))
			case 4:
				x = (a[0] + a[2]) + (a[1] + a[3])
			case 2:
				x = a[0] + a[1]
			default:
				x = a[0]
			}
			outs[r][j] = x
		}
	}
}

// tokenBandGo returns how many x[i] > hi, and writes to band the i with
// lo ≤ x[i] ≤ hi, in order, returning their count.
func tokenBandGo[F selFloat](x []F, lo, hi F, band []int32) (above, nband int) {
	for i, v := range x {
		switch {
		case v > hi:
			above++
		case v >= lo:
			band[nband] = int32(i)
			nband++
		}
	}
	return above, nband
}

// tokenPartGo writes the x[i] > p to gt and the x[i] < p to lt, in i
// order, and returns how many went to each and how many equal p (a NaN is
// none of the three).
func tokenPartGo[F selFloat](x []F, p F, gt, lt []F) (ngt, nlt, neq int) {
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
func tokenKeepGo[F selFloat](out []int32, x []F, idx []int32, t F, tj int32) int {
	n := 0
	for i, v := range x {
		if v > t || v == t && idx[i] <= tj {
			out[n] = idx[i]
			n++
		}
	}
	return n
}
