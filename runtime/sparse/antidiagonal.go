package sparse

import (
	"math"
)

//go:generate go run gen_score.go

// XAttention's antidiagonal estimate (docs/passes.md) sums, for every group
// r of S queries and group t of S keys, the S products of the block's
// antidiagonal: A[r,t] = Σ_u q[rS+S−1−u]·k[tS+u]. Laid out as strided rows
// — Q'[r] = q[rS+S−1] ‖ … ‖ q[rS], K'[t] = k[tS] ‖ … ‖ k[tS+S−1], each S·d
// long — that is the matrix product A = Q'·K'ᵀ, which this file computes in
// blocks of 8 rows × 32 columns (codegen/amd64/score.go): K' is packed once
// per KV head and run (per head and segment with a permutation) into panels
// of 32 columns; Q' is read in place from float32 queries (scoreRows) or
// packed into blocks of 8 rows; each block is one kernel call. Every A[r,t]
// is a float32 sum of fused multiply-adds in the order of its S·d terms
// (u, then the head dim), and the softmax over t uses adExp, a fixed
// sequence of float64 operations, so the AVX-512, AVX2 and Go kernels agree
// to the bit and every machine takes the same decisions.

const (
	adRows = 8  // rows of a kernel block (codegen/amd64.ScoreRows)
	adCols = 32 // columns of a kernel block, the width of a K' panel

	// adGroup query tiles make one work item, computed panel by panel, so
	// that a K' panel (64 KB at d = 64, S = 8) is read from memory once for
	// all of them. At d = 64 the kernel is FMA-bound and 1, 2 or 8 measured
	// the same; larger S·d makes panels larger and this matter.
	adGroup = 8
)

// scorePanel writes out[r·ldo + c] = Σ_x q[8x+r]·k[32x+c] for r < 8 and
// c < 32, each sum a chain of float32 fused multiply-adds in x order: the
// fastest kernel of this CPU (antidiagonal_amd64.go), or scorePanelGo.
var scorePanel = scorePanelGo

// expShift writes dst[i] = adExp(x[i] − mx): the fastest kernel of this CPU
// on whole groups of 8, adExp on the rest.
var expShift = expShiftGo

func expShiftGo(dst, x []float64, mx float64) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = adExp(v - mx)
	}
}

// The constants of adExp, exported so that codegen/amd64/score.go emits
// the same exponential from the one definition.
const (
	ExpMin   = -700.0
	ExpMagic = 6755399441055744.0 // 1.5·2⁵²: adding it rounds to an integer
	ExpLn2Hi = 6.93147180369123816490e-01
	ExpLn2Lo = 1.90821492927058770002e-10
	ExpLog2e = 1.44269504088896338700e+00
)

// ExpCoef holds adExp's Taylor coefficients 1/i!, i = 0…10.
var ExpCoef = func() (c [11]float64) {
	f := 1.0
	for i := range c {
		if i > 0 {
			f *= float64(i)
		}
		c[i] = 1 / f
	}
	return c
}()

// adExp is the softmax's exponential: a fixed sequence of IEEE operations
// (docs/passes.md) that the SIMD kernels repeat lane by lane, so that every
// path gives the same bits (math.Exp's bits are Go's implementation
// detail, and it has no vector form). 0 below −700 (e⁻⁷⁰⁰ ≈ 10⁻³⁰⁴ is
// nothing next to the row's largest term, 1); else 2^k·p(r) with k = round(y·log₂e), r = y − k·ln2
// (Cody–Waite, |r| ≤ 0.35) and p the Taylor polynomial of degree 10
// (relative error below 10⁻¹²).
func adExp(y float64) float64 {
	if y < ExpMin {
		return 0
	}
	t := math.FMA(y, ExpLog2e, ExpMagic)
	k := t - ExpMagic
	r := math.FMA(k, -ExpLn2Hi, y)
	r = math.FMA(k, -ExpLn2Lo, r)
	p := ExpCoef[10]
	for i := 9; i >= 0; i-- {
		p = math.FMA(p, r, ExpCoef[i])
	}
	return p * math.Float64frombits((math.Float64bits(t)+1023)<<52)
}

// scoreRows is scorePanel reading Q' in place: q holds the 8·S query rows
// (of d float32) of the block's 8 groups, whose strided rows are the
// groups' rows in reverse order. nil without a SIMD kernel: the caller
// packs Q' for scorePanel, which gives the same bits.
var scoreRows func(out []float32, ldo int, q, k []float32, d, S int)

// packPanelK packs a K' panel of float32 keys that lie inside the sequence
// (AVX-512 gathers), or is nil: packPanel copies then.
var packPanelK func(dst, k []float32, d, S int)

// scorePanelGo is the portable kernel.
func scorePanelGo(out []float32, ldo int, q, k []float32, n int) {
	var acc [adRows * adCols]float32
	q, k = q[:n*adRows], k[:n*adCols]
	for x := range n {
		qx, kx := q[x*adRows:(x+1)*adRows], k[x*adCols:(x+1)*adCols]
		for r, a := range qx {
			row := acc[r*adCols : (r+1)*adCols]
			for c, b := range kx {
				row[c] = fma32(a, b, row[c])
			}
		}
	}
	for r := range adRows {
		copy(out[r*ldo:r*ldo+adCols], acc[r*adCols:(r+1)*adCols])
	}
}

// fma32 is x·y + z rounded once to float32, as VFMADD231PS computes it.
// The product is exact in float64 (48 significant bits) and s = x·y + z
// rounded to float64 rounds to the right float32 unless s lands exactly
// halfway between two float32 while the exact sum does not (double
// rounding): then the sum's error term e says which way to go.
func fma32(x, y, z float32) float32 {
	p := float64(x) * float64(y)
	s := p + float64(z)
	r := float32(s)
	if float64(r) == s || !halfway32(s) {
		return r
	}
	zz := s - p // TwoSum (Knuth): s + e = p + z exactly
	e := (p - (s - zz)) + (float64(z) - zz)
	if e == 0 {
		return r
	}
	return float32(math.Nextafter(s, s+e))
}

// halfway32 reports whether the finite float64 s lies exactly halfway
// between two adjacent float32 values (float32 subnormals included).
func halfway32(s float64) bool {
	b := math.Float64bits(s) &^ (1 << 63)
	exp := int(b>>52) - 1023
	if exp < -150 || exp > 127 { // below half the least float32, or infinite or NaN
		return false
	}
	drop := 29 // float64 significand bits below a float32's last one
	if exp < -126 {
		drop += -126 - exp
	}
	m := b&(1<<52-1) | 1<<52
	return m&(1<<drop-1) == 1<<(drop-1)
}

// adScratch is one worker's antidiagonal buffers.
type adScratch struct {
	keysFor [2]int    // the (KV or proxy head, segment) kp holds; -1: none
	kp      []float32 // K' in panels [np][S·d][32] (with a permutation)
	qp      []float32 // the query tile's rows of Q' in blocks [nb][S·d][8]
	a       []float32 // A for the tile's rows: [nb·8][np·32]
	x, ex   []float64 // per key group t: the scaled score, its exponential
	sum     []float64 // per key tile: Σ_r P (rowmax: max_r)
	mass    []float64 // per key tile: one row's Σ exp
	full    []bool    // per key tile: the mask allows every pair of the tile
	need    []bool    // per block of Q' and K' panel: some allowed tile of the block has columns in it
}

// packKeys writes K' of (proxy) head ph in panels of adCols columns into
// dst ([np][S·d][adCols]); prow maps logical to physical keys (nil: the
// identity).
func (s *scorer[T]) packKeys(dst []float32, ph int, prow []int32) {
	if s.d == 0 {
		return
	}
	for p := range len(dst) / (s.spec.Stride * s.d * adCols) {
		s.packPanel(dst, s.kvHead(ph), p, prow)
	}
}

// packPanel writes panel p of K' of KV (or proxy) head kv: key groups
// [32p, 32p+32), key group t in column t−32p, element (u, i) of its
// strided row in row u·d + i. Keys past the end are zero vectors. One key
// row at a time, so the rows read are contiguous (reading 32 rows 2 KB
// apart at once thrashes the L1's sets), u by u, so the rows written stay
// in L1.
func (s *scorer[T]) packPanel(dst []float32, kv, p int, prow []int32) {
	g, S, d := s.g, s.spec.Stride, s.d
	n := S * d
	keys := s.k[kv*g.N*d : (kv+1)*g.N*d]
	panel := dst[p*n*adCols : (p+1)*n*adCols]
	if k32, ok := any(keys).([]float32); ok && packPanelK != nil && prow == nil && (p+1)*adCols*S <= g.N {
		packPanelK(panel, k32[p*adCols*n:(p+1)*adCols*n], d, S)
		return
	}
	for u := range S { // the rows of one u, 8 KB at d = 64, stay in L1
		for col := range adCols {
			out := panel[u*d*adCols+col:]
			j := (p*adCols+col)*S + u
			if j >= g.N {
				for i := range d {
					out[i*adCols] = 0
				}
				continue
			}
			if prow != nil {
				j = int(prow[j])
			}
			for i, x := range keys[j*d : (j+1)*d] {
				out[i*adCols] = float32(x)
			}
		}
	}
}

// packQueries writes rows [r0, r1) of Q' of (proxy) head ph in blocks of
// adRows rows (rows past r1 and queries past the end are zero) and returns
// the number of blocks.
func (s *scorer[T]) packQueries(sc *adScratch, ph, r0, r1 int) int {
	g, S, d := s.g, s.spec.Stride, s.d
	n := S * d
	nb := (r1 - r0 + adRows - 1) / adRows
	sc.qp = growSlice(sc.qp, nb*n*adRows)
	if n == 0 {
		return nb
	}
	for b := range nb {
		blk := sc.qp[b*n*adRows : (b+1)*n*adRows]
		for lane := range adRows {
			r := r0 + b*adRows + lane
			for u := range S {
				out := blk[u*d*adRows+lane:]
				qi := r*S + S - 1 - u
				if r >= r1 || qi >= g.M {
					for i := range d {
						out[i*adRows] = 0
					}
					continue
				}
				for i, x := range s.qrow(ph, qi) {
					out[i*adRows] = float32(x)
				}
			}
		}
	}
	return nb
}

// tileFull reports whether the mask allows every pair of (virtual) tile
// (I, J) of head h by interval classification; cache as in tileAllowed.
func (s *scorer[T]) tileFull(h, I, J int, buf []int) bool {
	g := s.g
	var i int
	if s.full != nil {
		i = (h*g.NQ()+I)*g.NK() + J
		if s.full[i] >= 0 {
			return s.full[i] == 1
		}
	}
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)-1
	k0, k1 := J*g.BK, min((J+1)*g.BK, g.N)-1
	if g.Perm != nil {
		k0, k1 = keyRange(g.Keys(h, I, J, buf))
	}
	full := g.Classify(h, q0, q1, k0, k1) == Full
	if s.full != nil {
		s.full[i] = 0
		if full {
			s.full[i] = 1
		}
	}
	return full
}

// antidiagonal is XAttention's estimate (docs/passes.md) for query tiles
// [I0, I1) of head h ((proxy) head ph's data); rows holds their rows of E,
// 0 for the allowed tiles and -1 for the others.
func (s *scorer[T]) antidiagonal(ph, h, I0, I1 int, rows []float64, sc0 *scoreScratch) (flops float64) {
	g, S, sc := s.g, s.spec.Stride, &sc0.ad
	nk := g.NK()
	r0, r1 := I0*g.BQ/S, (min(I1*g.BQ, g.M)+S-1)/S
	n := S * s.d
	nt := (g.N + S - 1) / S
	np := (nt + adCols - 1) / adCols

	// K' for this head (and segment), unless this worker packed it last.
	key := [2]int{s.kvHead(ph), 0}
	kp := s.kp // packed by prepareKeys
	if kp != nil {
		size := np * n * adCols
		kp = kp[key[0]*size : (key[0]+1)*size]
	} else {
		var prow []int32
		if g.Perm != nil { // then I1 = I0+1
			prow = g.PermRow(h, I0)
			key[1] = I0 * g.BQ / g.Segment
			if s.proxy == 0 {
				key[0] = h // a permutation is per query head
			} else {
				key[0] = ph
			}
		}
		if sc.keysFor != key {
			sc.kp = growSlice(sc.kp, np*n*adCols)
			s.packKeys(sc.kp, ph, prow)
			sc.keysFor = key
		}
		kp = sc.kp
	}
	// Blocks of 8 groups of float32 queries inside the sequence are read in
	// place; otherwise Q' is packed.
	nb := (r1 - r0 + adRows - 1) / adRows
	q32, _ := any(s.q).([]float32)
	inPlace := func(b int) bool {
		return scoreRows != nil && q32 != nil && r0+(b+1)*adRows <= r1 && (r0+(b+1)*adRows)*S <= g.M
	}
	if !inPlace(nb - 1) { // the last block is the only one that can fail
		s.packQueries(sc, ph, r0, r1)
	}

	// A for the blocks and panels that hold an allowed tile: panel-major,
	// so that a panel is read from memory once for all the blocks.
	sc.need = growSlice(sc.need, nb*np)
	for i := range sc.need {
		sc.need[i] = false
	}
	for b := range nb {
		rlo, rhi := r0+b*adRows, min(r0+(b+1)*adRows, r1)
		for I := rlo * S / g.BQ; I <= (rhi*S-1)/g.BQ; I++ {
			for J, e := range rows[(I-I0)*nk : (I-I0+1)*nk] {
				if e >= 0 {
					t0, t1 := J*g.BK/S, (min((J+1)*g.BK, g.N)+S-1)/S
					for p := t0 / adCols; p <= (t1-1)/adCols; p++ {
						sc.need[b*np+p] = true
					}
				}
			}
		}
	}
	lda := np * adCols
	sc.a = growSlice(sc.a, nb*adRows*lda)
	for p := range np {
		panel := kp[p*n*adCols : (p+1)*n*adCols]
		for b := range nb {
			switch {
			case !sc.need[b*np+p]:
			case inPlace(b):
				q0 := (ph*g.M + (r0+b*adRows)*S) * s.d
				scoreRows(sc.a[b*adRows*lda+p*adCols:], lda, q32[q0:q0+adRows*n], panel, s.d, S)
			default:
				scorePanel(sc.a[b*adRows*lda+p*adCols:], lda, sc.qp[b*n*adRows:(b+1)*n*adRows], panel, n)
			}
		}
	}
	for I := I0; I < I1; I++ {
		flops += s.softmaxTile(h, I, r0, lda, rows[(I-I0)*nk:(I-I0+1)*nk], sc0)
	}
	return flops
}

// softmaxTile turns A into query tile I's row of E: the softmax over t per
// row r in float64, then each key tile's share — the tile's exponentials
// summed in t order, divided by the row's sum. Cells the mask empties score
// -Inf, whose exponential is 0: a row's exponentials are computed in one
// call over the span of its allowed tiles. sc.a holds A from row r0 on.
func (s *scorer[T]) softmaxTile(h, I, r0, lda int, row []float64, sc0 *scoreScratch) float64 {
	g, S, sc := s.g, s.spec.Stride, &sc0.ad
	nt := (g.N + S - 1) / S
	sc.x, sc.ex = growSlice(sc.x, nt), growSlice(sc.ex, nt)
	sc.sum, sc.mass, sc.full = growSlice(sc.sum, len(row)), growSlice(sc.mass, len(row)), growSlice(sc.full, len(row))
	sum, mass, full := sc.sum, sc.mass, sc.full
	clear(sum)
	Jlo, Jhi := len(row), 0
	for J, e := range row {
		full[J] = e >= 0 && s.tileFull(h, I, J, sc0.buf[:0])
		if e >= 0 {
			Jlo, Jhi = min(Jlo, J), J+1
		}
	}
	if Jlo >= Jhi {
		return 0
	}
	span0, span1 := Jlo*g.BK/S, (min(Jhi*g.BK, g.N)+S-1)/S
	rowmax := s.spec.Pool == "rowmax"
	c := s.spec.Scale / float64(S)
	cells := 0 // scored cells: a kernel does 2·S·d flops for each
	ra, rb := I*g.BQ/S, (min((I+1)*g.BQ, g.M)+S-1)/S
	for r := ra; r < rb; r++ {
		arow := sc.a[(r-r0)*lda : (r-r0+1)*lda]
		mx := math.Inf(-1)
		for J := Jlo; J < Jhi; {
			t0, t1 := J*g.BK/S, (min((J+1)*g.BK, g.N)+S-1)/S
			x := sc.x[t0:t1]
			switch {
			case row[J] < 0:
				for i := range x {
					x[i] = math.Inf(-1)
				}
			case full[J]: // and the full tiles that follow, in one call
				J1 := J + 1
				for J1 < Jhi && full[J1] {
					J1++
				}
				t1 = (min(J1*g.BK, g.N) + S - 1) / S
				mx = max(mx, scaleMax(sc.x[t0:t1], arow[t0:t1], c))
				cells += t1 - t0
				J = J1
				continue
			default:
				for i, a := range arow[t0:t1] {
					if !s.cellAllowed(h, I, r, t0+i, sc0.buf[:0]) {
						x[i] = math.Inf(-1)
						continue
					}
					x[i] = c * float64(a)
					mx = max(mx, x[i])
					cells++
				}
			}
			J++
		}
		if math.IsInf(mx, -1) {
			continue
		}
		expShift(sc.ex[span0:span1], sc.x[span0:span1], mx)
		var z float64
		for J := Jlo; J < Jhi; J++ {
			mass[J] = 0
			if row[J] < 0 {
				continue
			}
			t0, t1 := J*g.BK/S, (min((J+1)*g.BK, g.N)+S-1)/S
			var m float64
			for _, e := range sc.ex[t0:t1] {
				m += e
			}
			mass[J] = m
			z += m
		}
		for J := Jlo; J < Jhi; J++ {
			if row[J] < 0 {
				continue
			}
			if rowmax {
				sum[J] = math.Max(sum[J], mass[J]/z)
			} else {
				sum[J] += mass[J] / z
			}
		}
	}
	for J := range row {
		if row[J] >= 0 {
			if rowmax {
				row[J] = sum[J]
			} else {
				row[J] = sum[J] / float64(rb-ra)
			}
		}
	}
	return float64(cells) * float64(2*S*s.d)
}

// scaleMax writes x[i] = c·a[i] and returns the largest: the fastest
// kernel of this CPU, or scaleMaxGo.
var scaleMax = scaleMaxGo

// scaleMaxGo keeps four running maxima: max is exact, so their order does
// not matter (but for the sign of a zero maximum, which x − m does not
// see).
func scaleMaxGo(x []float64, a []float32, c float64) float64 {
	x = x[:len(a)]
	m0, m1, m2, m3 := math.Inf(-1), math.Inf(-1), math.Inf(-1), math.Inf(-1)
	i := 0
	for ; i+4 <= len(a); i += 4 {
		x0, x1, x2, x3 := c*float64(a[i]), c*float64(a[i+1]), c*float64(a[i+2]), c*float64(a[i+3])
		x[i], x[i+1], x[i+2], x[i+3] = x0, x1, x2, x3
		m0, m1, m2, m3 = max(m0, x0), max(m1, x1), max(m2, x2), max(m3, x3)
	}
	for ; i < len(a); i++ {
		x[i] = c * float64(a[i])
		m0 = max(m0, x[i])
	}
	return max(m0, m1, m2, m3)
}

// cellAllowed reports whether the S×S cell (r, t) may hold an allowed pair.
func (s *scorer[T]) cellAllowed(h, I, r, t int, buf []int) bool {
	g, S := s.g, s.spec.Stride
	J := t * S / g.BK
	lo := t*S - J*g.BK
	hi := min(lo+S, min((J+1)*g.BK, g.N)-J*g.BK)
	if lo >= hi {
		return false
	}
	kmin, kmax := J*g.BK+lo, J*g.BK+hi-1
	if g.Perm != nil {
		keys := g.Keys(h, I, J, buf)
		kmin, kmax = keyRange(keys[lo:hi])
	}
	return g.Classify(h, r*S, min(r*S+S, g.M)-1, kmin, kmax) != Empty
}

// prepareKeys packs K' of every KV (or proxy) head on the workers, one
// panel an item: without a permutation K' depends only on the KV head.
func (s *scorer[T]) prepareKeys(ws *Workspace, workers int) {
	g, S, d := s.g, s.spec.Stride, s.d
	n := S * d
	heads := len(s.k) / (g.N * d)
	np := ((g.N+S-1)/S + adCols - 1) / adCols
	size := np * n * adCols
	ws.kp = growSlice(ws.kp, heads*size)
	s.kp = ws.kp
	parallel(heads*np, workers, func(_, item int) {
		kv, p := item/np, item%np
		s.packPanel(s.kp[kv*size:(kv+1)*size], kv, p, nil)
	})
}
