package sparse

import (
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
// The rows are taken 64 at a time (tokenTile): each block of keys is
// scored for every row that chose it (tokenBlockDots, on float32 inputs
// with AVX-512), and each row's top are found without sorting
// (tokenScratch.top): the k-th best value by a quickselect of the scores
// alone, three-way partitions eight a step, then one pass keeping the keys
// above it and the first of its ties.
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
	// The block path: q and k float32, d a multiple of 8, the kernel.
	_, f32 := any(q).([]float32)
	blocks := f32 && tokenBlockDots != nil && d%8 == 0
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
		if blocks && tt.ktHead != kvh { // the query heads of a KV group share it
			tt.transpose(any(kh).([]float32), g.N, block, d)
			tt.ktHead = kvh
		}
		for r0 := 0; r0 < g.M; r0 += tokenTileRows {
			r1 := min(r0+tokenTileRows, g.M)
			tt.candidates(g, h, r0, r1, rows[(h*g.M+r0)*w:(h*g.M+r1)*w], w, block, blocks)
			for i := r0; i < r1; i++ {
				n := tt.off[i-r0+1] - tt.off[i-r0]
				flops[h] += float64(2 * d * n)
				tt.need[i-r0] = n > top || mod != nil
			}
			if blocks {
				tt.scoreBlocks(any(q[(h*g.M+r0)*d:(h*g.M+r1)*d]).([]float32), block, d, scale)
			}
			for i := r0; i < r1; i++ {
				row := out[(h*g.M+i)*top : (h*g.M+i+1)*top]
				cand := tt.cand[tt.off[i-r0]:tt.off[i-r0+1]]
				if !tt.need[i-r0] { // every candidate: no scores needed
					fillRow(row, cand)
					continue
				}
				sc := tt.sc[tt.off[i-r0]:tt.off[i-r0+1]]
				if !blocks { // float64 inputs, d not a multiple of 8, or no AVX-512
					qi := q[(h*g.M+i)*d : (h*g.M+i+1)*d]
					for t, j := range cand {
						sc[t] = scale * dot8w(qi, kh[j*d:(j+1)*d])
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
					c := slices.Clone(cand)
					byScoreTop(s, c, top)
					c = c[:top]
					slices.Sort(c)
					fillRow(row, c)
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
// them, which rows need scores, and, for the block path, the head's keys
// transposed per block and each block's segments of the rows' candidates.
type tokenTile struct {
	cand []int
	off  []int
	sc   []float64
	need []bool
	sel  tokenScratch

	kt      []float64    // [nb][d][bp]: block b's key j, dim i at (b·d+i)·bp + j; zero past N
	bp      int          // the block's keys rounded up to 8
	ktHead  int          // the KV head kt holds in this call, -1 for none
	uses    [][]tokenUse // by block: the rows' segments
	touched []int        // the blocks with uses, in first-use order
	q64     []float64    // the tile's rows as float64
	tmp     []float64    // one block's scores, for segments that are not the whole block
}

// tokenUse is one row's segment of candidates in one block: cand[start :
// start+n], the whole block (every one of its bp keys) when whole.
type tokenUse struct {
	row, start, n int
	whole         bool
}

// candidates fills cand, off and sc's size for rows [r0, r1) of head h
// from their block lists (rows, w a row), and for the block path (uses),
// each block's uses.
func (tt *tokenTile) candidates(g *Grid, h, r0, r1 int, rows []int32, w, block int, uses bool) {
	tt.cand, tt.off = tt.cand[:0], append(tt.off[:0], 0)
	tt.need = growSlice(tt.need, r1-r0)
	for i := r0; i < r1; i++ {
		for _, b := range rows[(i-r0)*w : (i-r0+1)*w] {
			if b < 0 {
				break
			}
			k0, k1 := int(b)*block, min((int(b)+1)*block, g.N)
			start := len(tt.cand)
			cls := g.Classify(h, i, i, k0, k1-1) // the mask per key only where it cuts
			switch cls {
			case Full:
				for j := k0; j < k1; j++ {
					tt.cand = append(tt.cand, j)
				}
			case Partial:
				tt.cand = appendAllowed(tt.cand, g, h, i, k0, k1)
			}
			if !uses || len(tt.cand) == start {
				continue
			}
			if len(tt.uses[b]) == 0 {
				tt.touched = append(tt.touched, int(b))
			}
			tt.uses[b] = append(tt.uses[b], tokenUse{row: i - r0, start: start, n: len(tt.cand) - start, whole: cls == Full && k1-k0 == tt.bp})
		}
		tt.off = append(tt.off, len(tt.cand))
	}
	tt.sc = growSlice(tt.sc, len(tt.cand)+8)
}

// appendAllowed appends the keys of [k0, k1) the mask allows row i of
// head h, ascending: halving the range where the interval classification
// cannot tell (a causal row's own block: a dozen classifications, not a
// mask evaluation per key), key by key below eight.
func appendAllowed(cand []int, g *Grid, h, i, k0, k1 int) []int {
	if k1-k0 <= 8 {
		for j := k0; j < k1; j++ {
			if g.Allowed(h, i, j) {
				cand = append(cand, j)
			}
		}
		return cand
	}
	mid := (k0 + k1) / 2
	for _, r := range [2][2]int{{k0, mid}, {mid, k1}} {
		switch g.Classify(h, i, i, r[0], r[1]-1) {
		case Full:
			for j := r[0]; j < r[1]; j++ {
				cand = append(cand, j)
			}
		case Partial:
			cand = appendAllowed(cand, g, h, i, r[0], r[1])
		}
	}
	return cand
}

// transpose widens the head's keys (n of them, rows of d) into kt, block by
// block, and makes room for the uses.
func (tt *tokenTile) transpose(k []float32, n, block, d int) {
	nb := (n + block - 1) / block
	tt.bp = (block + 7) &^ 7
	tt.kt = growSlice(tt.kt, nb*d*tt.bp)
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
			for i, v := range k[key*d : (key+1)*d] {
				kt[i*tt.bp+j] = float64(v)
			}
		}
	}
	if len(tt.uses) < nb {
		tt.uses = make([][]tokenUse, nb)
	}
	tt.tmp = growSlice(tt.tmp, tt.bp)
}

// scoreBlocks writes the exact scores of the rows that need them (q their
// queries, rows of d), block by block: each block's kernel call per row
// that uses it, straight into the row's scores when its segment is the
// whole block, else through tmp.
func (tt *tokenTile) scoreBlocks(q []float32, block, d int, scale float64) {
	nr := len(tt.off) - 1
	tt.q64 = growSlice(tt.q64, nr*d)
	for r := range nr {
		if tt.need[r] {
			for i, v := range q[r*d : (r+1)*d] {
				tt.q64[r*d+i] = float64(v)
			}
		}
	}
	for _, b := range tt.touched {
		kt := &tt.kt[b*d*tt.bp]
		for _, u := range tt.uses[b] {
			if !tt.need[u.row] {
				continue
			}
			if u.whole {
				tokenBlockDots(&tt.sc[u.start], &tt.q64[u.row*d], kt, tt.bp, d, scale)
				continue
			}
			tokenBlockDots(&tt.tmp[0], &tt.q64[u.row*d], kt, tt.bp, d, scale)
			for t := u.start; t < u.start+u.n; t++ {
				tt.sc[t] = tt.tmp[tt.cand[t]-b*block]
			}
		}
		tt.uses[b] = tt.uses[b][:0]
	}
	tt.touched = tt.touched[:0]
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

// tokenScratch holds a worker's buffers for the selection: three
// partition buffers and the kept keys (8 slack lanes each for the
// kernels' eight-lane stores).
type tokenScratch struct {
	part [3][]float64
	keep []int32
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

// tokenBlockDots is the block path's kernel (tokenBlockDotsAVX512), nil on
// other CPUs: out[j] = c·dot8(q, k_j) for the n keys of one block
// transposed in kt.
var tokenBlockDots func(out, q, kt *float64, n, d int, c float64)

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
