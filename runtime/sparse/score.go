package sparse

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/abi"
)

// Scalar is the element type of the library's q and k: float64 (the
// interpreter's tensors) or float32 (the generated kernels' buffers). Every
// element is widened to float64 before it takes part in arithmetic, which is
// exact, so both give the same bits.
type Scalar interface{ ~float32 | ~float64 }

// BlockScore computes E[h, I, J], the estimated share of query tile I's
// softmax mass in key tile J (-1 where the mask empties the tile), for q
// [H, M, d] and k [KV, N, d]. It returns E ([H, NQ, NK]) and the flops
// spent per query head (a proxy head's work is split over its group).
func BlockScore[T Scalar](g *Grid, spec ScoreSpec, q, k []T, d, workers int) ([]float64, []float64, error) {
	return BlockScoreIn(nil, g, spec, q, k, d, workers)
}

// Workspace keeps the buffers of BlockScoreIn, BlockSelectIn, RowGateIn and
// TokenSelectIn between calls, so that a kernel that runs again allocates (and page-faults)
// nothing; what they return lives in it until its next use. The zero
// value is ready; a nil Workspace allocates afresh.
type Workspace struct {
	e, flops, means []float64
	means32         []float32 // the means rounded to float32 (ScoreSelect's filter)
	means16         []uint16  // means32 rounded to bfloat16 (the filter's first estimates)
	norms           []float64 // each mean's Euclidean norm (its error bound)
	fused           fusedStats
	kp              []float32 // antidiagonal: K' of every KV head
	prep            []float64 // any other method's prepare results (scorer.prep)
	scratch         []scoreScratch
	lists           []int32
	list            [][]int // blockselect: per worker, a row's list
	nforced         []int
	keys            []uint64
	hist            []int32

	// Workers is how many goroutines BlockSelectIn shares its rows over
	// (0 or 1: the caller's alone; a few rows are selected on it anyway).
	// BlockScoreIn and the others take theirs as an argument.
	Workers int

	// KeyCache keeps the key tiles' summaries (mean keys, Quest's bounds)
	// from one call to the next for keys that only grow by appending —
	// a KV cache whose rows below a sequence's length keep their values
	// (runtime.Options.KeyCache, docs/gen.md): a call recomputes a KV
	// head's summaries from the tile holding its previous call's last key
	// on, and all of them when its keys shrank or the keys are another
	// tensor (storage, shape), method or tiling. Off: every call computes
	// every summary.
	KeyCache bool
	kc       keyCache
	fresh    []int       // the key tiles a call summarises (kv·nk + J)
	rows     [][]float32 // per worker: key rows converted to float32 for pooling

	// Without a permutation, which tiles the mask allows depends only on
	// the grid's shape, mask and key lengths: kept per (h, I, J), -1 until
	// computed, 2 where it must be decided at each call's lengths. With key
	// lengths an entry holds over each sequence's range of lengths in hz
	// (HorizonClass), so that a decode loop decides only the tiles near
	// its last keys.
	tiles    []int8
	full     []int8   // the same for "the mask allows every pair of the tile" (no key lengths)
	tilesFor Grid     // the shape and mask tiles and full are for (Perm nil; Lens: their count)
	hz       Horizons // with key lengths: per sequence, the lengths tiles holds for

	gate       gateBufs      // RowGateIn's
	tokens     []int32       // TokenSelectIn's lists
	tokenTiles []tokenTile   // TokenSelectIn's per-worker scratch (the keys transposed: megabytes a head)
	perm       []int32       // PermuteIn's orders [H, segments, N]
	permKT     []float64     // PermuteIn's keys transposed, [KV][d][N]
	permRank   []rankScratch // PermuteIn's rank buffers, one per worker
	// score(heads: P): the proxy heads' queries and keys (proxyHeads,
	// proxyKeys), kept so that a call does not page in fresh megabytes.
	proxyQ, proxyK []float64
}

// allowedTiles returns the workspace's cache of allowed tiles for g,
// cleared when g's shape or mask differ from the last call's, and a
// sequence's entries when its length left their range; nil with a
// permutation.
func (ws *Workspace) allowedTiles(g *Grid) []int8 {
	if g.Perm != nil {
		return nil
	}
	f := &ws.tilesFor
	if f.H != g.H || f.M != g.M || f.N != g.N || f.BQ != g.BQ || f.BK != g.BK || !slices.Equal(f.Mask, g.Mask) || len(f.Lens) != len(g.Lens) || (f.Lens == nil) != (g.Lens == nil) || len(ws.tiles) == 0 {
		ws.tiles = growSlice(ws.tiles, g.H*g.NQ()*g.NK())
		ws.full = growSlice(ws.full, len(ws.tiles))
		for i := range ws.tiles {
			ws.tiles[i], ws.full[i] = -1, -1
		}
		ws.tilesFor = Grid{H: g.H, M: g.M, N: g.N, BQ: g.BQ, BK: g.BK, Mask: slices.Clone(g.Mask), Lens: slices.Clone(g.Lens)}
		ws.hz.Reset()
	}
	if g.Lens != nil {
		hs, per := g.H/len(g.Lens), g.NQ()*g.NK()
		for b, moved := range ws.hz.Update(g.Mask, g.Lens, g.BK, g.N) {
			if moved {
				fill(ws.tiles[b*hs*per:(b+1)*hs*per], -1)
			}
		}
	}
	return ws.tiles
}

func fill[T any](x []T, v T) {
	for i := range x {
		x[i] = v
	}
}

// fullTiles is allowedTiles' companion cache for tileFull (nil with key
// lengths, which no method that asks takes).
func (ws *Workspace) fullTiles(g *Grid) []int8 {
	if ws.allowedTiles(g) == nil || g.Lens != nil {
		return nil
	}
	return ws.full
}

// tileAllowed is g.TileAllowed through the workspace's cache (nil: none).
func (ws *Workspace) tileAllowed(g *Grid, cache []int8, h, I, J int, buf []int) bool {
	if cache == nil {
		return g.TileAllowed(h, I, J, buf)
	}
	i := (h*g.NQ()+I)*g.NK() + J
	switch cache[i] {
	case 0:
		return false
	case 1:
		return true
	case 2:
		return g.TileAllowed(h, I, J, buf)
	}
	if g.Lens != nil {
		b := h / (g.H / len(g.Lens))
		if lo, hi := int(ws.hz.Lo[b]), int(ws.hz.Hi[b]); lo < hi {
			r0, r1 := I*g.BQ, min((I+1)*g.BQ, g.M)-1
			_, hm := g.Seq(h)
			off := QueryOffset(g.M, lo)
			switch HorizonClass(g.Mask, hm, r0+off, r1+off, lo, hi, J*g.BK, (J+1)*g.BK-1) {
			case Empty:
				cache[i] = 0
				return false
			case Full:
				cache[i] = 1
				return true
			}
			cache[i] = 2
			return g.TileAllowed(h, I, J, buf)
		}
	}
	cache[i] = 0
	if g.TileAllowed(h, I, J, buf) {
		cache[i] = 1
	}
	return cache[i] == 1
}

// permRanges memoises the physical key range of every key tile of one
// (head, query segment)'s order, which the segment's query tiles share.
type permRanges struct {
	valid  bool  // cleared by each call (scoreScratch)
	h, seg int   // whose
	lo, hi []int // tile J's smallest and largest key; hi < lo: no key
}

// of returns the key ranges of the tiles of query tile I's segment of
// head h, taken once per segment.
func (r *permRanges) of(g *Grid, h, I int) (lo, hi []int) {
	seg := I * g.BQ / g.Segment
	if r.valid && r.h == h && r.seg == seg {
		return r.lo, r.hi
	}
	row := g.PermRow(h, I)
	nk := g.NK()
	r.lo, r.hi = growSlice(r.lo, nk), growSlice(r.hi, nk)
	n, _ := g.Seq(h)
	for J := range nk {
		a, b := J*g.BK, min((J+1)*g.BK, n)
		if b <= a {
			r.lo[J], r.hi[J] = 0, -1
			continue
		}
		kmin, kmax := int(row[a]), int(row[a])
		for _, j := range row[a+1 : b] {
			kmin, kmax = min(kmin, int(j)), max(kmax, int(j))
		}
		r.lo[J], r.hi[J] = kmin, kmax
	}
	r.valid, r.h, r.seg = true, h, seg
	return r.lo, r.hi
}

// markAllowed writes into row, query tile I's row of E for head h, 0 for
// the tiles the mask allows and -1 for the others: tileAllowed, with the
// entries the cache has decided read inline (a decode step asks for 1024
// tiles a head).
func (ws *Workspace) markAllowed(g *Grid, cache []int8, h, I int, row []float64, buf []int, pr *permRanges) {
	if cache == nil && g.Perm != nil {
		// The query tiles of a segment share its order: each tile's
		// physical key range once per segment, the pairs checked only
		// where the range's classification is inconclusive.
		lo, hi := pr.of(g, h, I)
		q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)-1
		for J := range row {
			row[J] = -1
			if hi[J] < lo[J] || q1 < q0 {
				continue
			}
			switch g.Classify(h, q0, q1, lo[J], hi[J]) {
			case Empty:
			case Full:
				row[J] = 0
			default:
				if g.TileAllowed(h, I, J, buf) {
					row[J] = 0
				}
			}
		}
		return
	}
	if cache == nil {
		for J := range row {
			row[J] = 0
			if !g.TileAllowed(h, I, J, buf) {
				row[J] = -1
			}
		}
		return
	}
	c := cache[(h*g.NQ()+I)*g.NK():][:len(row)]
	for J := range row {
		switch c[J] {
		case 0:
			row[J] = -1
		case 1:
			row[J] = 0
		default:
			row[J] = 0
			if !ws.tileAllowed(g, cache, h, I, J, buf) {
				row[J] = -1
			}
		}
	}
}

// BlockScoreIn is BlockScore with its buffers in ws.
func BlockScoreIn[T Scalar](ws *Workspace, g *Grid, spec ScoreSpec, q, k []T, d, workers int) ([]float64, []float64, error) {
	if ws == nil {
		ws = new(Workspace)
	}
	if g.Lens != nil {
		if err := g.CheckLens(); err != nil {
			return nil, nil, err
		}
		if m := abi.LookupScoreMethod(spec.Method); m == nil || !m.KeyLengths || spec.Heads > 0 {
			return nil, nil, fmt.Errorf("score(%s) with key lengths: only the methods that summarise key tiles alone (%s), without proxy heads, take them", spec.Method, strings.Join(abi.KeyLengthScoreMethods(), ", "))
		}
	}
	if p := spec.Heads; p > 0 {
		if g.H%p != 0 {
			return nil, nil, fmt.Errorf("score(heads: %d): query heads H=%d are not a multiple of %d", p, g.H, p)
		}
		s := &scorer[float64]{g: g, spec: spec, d: d, proxy: g.H / p}
		s.q = proxyHeads(&ws.proxyQ, q, g.H, g.M, d, p, spec.Elem, workers)
		s.k = proxyKeys(&ws.proxyK, k, g.N, d, p, g.H, g.Group, spec.Elem, workers)
		return s.run(ws, p, workers)
	}
	return newScorer(g, spec, q, k, d).run(ws, g.H, workers)
}

// newScorer is the scorer of q and k as they are (no proxy heads), the
// keys' storage recorded for Workspace.KeyCache.
func newScorer[T Scalar](g *Grid, spec ScoreSpec, q, k []T, d int) *scorer[T] {
	s := &scorer[T]{g: g, spec: spec, q: q, k: k, d: d}
	if len(k) > 0 {
		s.keys = keyID{data: uintptr(unsafe.Pointer(&k[0])), size: len(k) * int(unsafe.Sizeof(k[0]))}
	}
	return s
}

// newTensorScorer is the scorer of BlockScoreTensor and ScoreSelectTensor:
// the keys a tensor [KV, N, d] in their stored type, checked against the
// grid with its key lengths.
func newTensorScorer(g *Grid, spec ScoreSpec, q []float32, k *runtime.Tensor, d int) (*scorer[float32], error) {
	if err := g.CheckLens(); err != nil {
		return nil, err
	}
	if len(k.Shape) != 3 || k.Shape[1] != g.N || k.Shape[2] != d || k.Shape[0]*g.Group != g.H {
		return nil, fmt.Errorf("BUG: scoring tensor keys %v for a grid of %d heads (group %d), %d keys, d = %d", k.Shape, g.H, g.Group, g.N, d)
	}
	s := &scorer[float32]{g: g, spec: spec, q: q, kt: k, d: d}
	if len(k.Data) > 0 {
		s.keys = keyID{data: uintptr(unsafe.Pointer(&k.Data[0])), size: len(k.Data)}
	}
	return s, nil
}

// BlockScoreTensor is BlockScoreIn with the keys as a tensor [KV, N, d]
// in their stored type (f32, f16 or bf16): the methods that summarise key
// tiles from their keys alone (abi.ScoreMethod.KeyLengths: mean, bound)
// convert only the rows they pool, on the workers, exactly as Exec.Load
// would — a decode step needs no f32 copy of its KV cache, and with
// ws.KeyCache only the rows of the tiles that changed are read at all.
// No permutation, no proxy heads.
func BlockScoreTensor(ws *Workspace, g *Grid, spec ScoreSpec, q []float32, k *runtime.Tensor, d, workers int) ([]float64, []float64, error) {
	if ws == nil {
		ws = new(Workspace)
	}
	m := abi.LookupScoreMethod(spec.Method)
	if m == nil || !m.KeyLengths || spec.Heads > 0 || g.Perm != nil {
		return nil, nil, fmt.Errorf("BUG: BlockScoreTensor for score(%s) (heads %d, permuted %v): only %s without proxy heads or permutation", spec.Method, spec.Heads, g.Perm != nil, strings.Join(abi.KeyLengthScoreMethods(), ", "))
	}
	s, err := newTensorScorer(g, spec, q, k, d)
	if err != nil {
		return nil, nil, err
	}
	return s.run(ws, g.H, workers)
}

// keyID identifies the keys a call scores, for Workspace.KeyCache: their
// storage and its size in bytes.
type keyID struct {
	data uintptr
	size int
}

// keyCache is what Workspace.KeyCache remembers of the last call.
type keyCache struct {
	keys       keyID
	n, d, bk   int
	heads      int
	method     string
	pooled     []int // per KV head: its keys when its summaries were computed
	valid      bool
	tilesFresh int // tiles the last call summarised (statistics, tests)
}

// keyTilesFrom returns, per KV head of g (heads of them), the first key
// tile whose summary this call must compute, and records the call: with
// ws.KeyCache and the same keys, the tile holding the last call's last
// key (its tiles before it hold rows that an append leaves as they were),
// else 0.
func (ws *Workspace) keyTilesFrom(g *Grid, keys keyID, heads, d int, method string) []int {
	c := &ws.kc
	from := make([]int, heads)
	same := ws.KeyCache && c.valid && c.keys == keys && c.n == g.N && c.d == d && c.bk == g.BK && c.heads == heads && c.method == method && keys.data != 0
	if len(c.pooled) != heads {
		c.pooled = make([]int, heads)
	}
	for kv := range heads {
		n := g.KVKeys(kv)
		if same && n >= c.pooled[kv] {
			from[kv] = c.pooled[kv] / g.BK
		}
		c.pooled[kv] = n
	}
	c.keys, c.n, c.d, c.bk, c.heads, c.method, c.valid = keys, g.N, d, g.BK, heads, method, ws.KeyCache
	return from
}

// run scores every (head, query tile) item of heads (proxy) heads.
func (s *scorer[T]) run(ws *Workspace, heads, workers int) ([]float64, []float64, error) {
	g := s.g
	nq, nk := g.NQ(), g.NK()
	workers = resolveWorkers(workers)
	host := hostOf[T](s.spec.Method)
	if m := s.spec.Method; m != "mean" && m != "bound" || g.Perm != nil {
		ws.kc.valid = false // the summaries' buffers may be reused
	}
	host.prepare(s, ws, workers)
	ws.e, ws.flops = growSlice(ws.e, g.H*nq*nk), growSlice(ws.flops, g.H)
	e, flops := ws.e, ws.flops
	clear(flops)
	var mu sync.Mutex
	tiles := ws.allowedTiles(g)
	scratch := ws.scoreScratch(workers, g.BK)
	for w := range scratch {
		scratch[w].ad.keysFor = [2]int{-1, -1} // new inputs: repack K'
	}
	s.full = ws.fullTiles(g)
	size := host.tiles(s)
	items := (nq + size - 1) / size
	parallel(heads*items, workers, func(w, item int) {
		ph, I0 := item/items, item%items*size
		I1 := min(I0+size, nq)
		h := ph // the head whose mask, permutation and output row are used
		if s.proxy > 0 {
			h = ph * s.proxy
		}
		sc := &scratch[w]
		rows := e[(h*nq+I0)*nk : (h*nq+I1)*nk]
		for I := I0; I < I1; I++ {
			ws.markAllowed(g, tiles, h, I, rows[(I-I0)*nk:(I-I0+1)*nk], sc.buf[:0], &sc.ranges)
		}
		f := host.score(s, sc, scoreItem{ph: ph, h: h, I0: I0, I1: I1, rows: rows})
		// The heads of a proxy group share E; each keeps its own allowed
		// tiles (a mask may depend on h), with 0 where only it is allowed.
		group := max(s.proxy, 1)
		for t := 1; t < group; t++ {
			dst := e[((h+t)*nq+I0)*nk : ((h+t)*nq+I1)*nk]
			for i, x := range rows {
				I, J := I0+i/nk, i%nk
				switch {
				case !ws.tileAllowed(g, tiles, h+t, I, J, sc.buf[:0]):
					dst[i] = -1
				case x < 0:
					dst[i] = 0
				default:
					dst[i] = x
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

// scoreScratch is one worker's scratch, reused across its items.
type scoreScratch struct {
	buf      []int
	qm, a, p []float64
	mean     []float64 // vslash: mean's half of the row
	idx      []int
	ad       adScratch
	seg      segMeans   // mean over permuted keys: one segment's pooled tiles
	ranges   permRanges // markAllowed: the key ranges of one segment's permuted tiles

	// ScoreSelect's row (scoreselect.go).
	forced, rest, rest2, list, cand, exactIdx []int
	q32                                       []float32
	est                                       []float32
	idx32                                     []int32
	sel32                                     []float32
	refined                                   bool // the row's float32 cut ran
}

type scorer[T Scalar] struct {
	g     *Grid
	spec  ScoreSpec
	q, k  []T // per query head (or proxy head), per KV head (or proxy)
	d     int
	proxy int // query heads per proxy head; 0: no proxy

	kt   *runtime.Tensor // BlockScoreTensor: the keys in their stored type (k is nil)
	keys keyID           // the keys' storage, for Workspace.KeyCache

	means [][]float64 // mean, without a permutation: per KV head, the mean key of every key tile
	// mean, without a permutation: per KV head, the means rounded to
	// float32 and to bfloat16, and their norms, for ScoreSelect
	means32 [][]float32
	means16 [][]uint16
	norms   [][]float64
	fresh   freshTiles // mean, bound: the key tiles this call summarised
	full    []int8     // antidiagonal, without a permutation: the workspace's cache of tileFull
	kp      []float32  // antidiagonal, without a permutation: K' of every KV head, packed
	prep    []float64  // what another method's prepare computed, in the workspace's prep
}

func (s *scorer[T]) qrow(ph, i int) []T {
	d := s.d
	m := s.g.M
	return s.q[(ph*m+i)*d : (ph*m+i+1)*d]
}

func (s *scorer[T]) kvHead(ph int) int {
	if s.proxy > 0 {
		return ph
	}
	return ph / s.g.Group
}

func (s *scorer[T]) krow(ph, j int) []T {
	d, n := s.d, s.g.N
	kv := s.kvHead(ph)
	return s.k[(kv*n+j)*d : (kv*n+j+1)*d]
}

// Dot is the float64 dot product every scorer uses.
func Dot(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// dot is Dot on widened elements: the same bits as Dot on float64 copies.
func dot[A, B Scalar](a []A, b []B) float64 {
	var s float64
	b = b[:len(a)]
	for i, x := range a {
		s += float64(x) * float64(b[i])
	}
	return s
}

// dot8 is mean scoring's q̄·k̄: lane l (of eight) sums the rounded
// products a[i]·b[i] of the elements i ≡ l (mod 8) in i order, and the
// lanes fold as ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)) — the order of one
// AVX-512 register of products added to and then folded, which
// meanDotsAVX512 computes to the bit (a missing lane adds 0).
func dot8(a, b []float64) float64 { return dot8w(a, b) }

// meanDots is the AVX-512 kernel of dot8 over a row's allowed tiles (out[J]
// = c·dot8(q, means[J·d:(J+1)·d]), d a multiple of 8), nil on other CPUs.
var meanDots func(out, q, means *float64, idx *int, n, d int, c float64)

// accumulateMean adds src/n to dst elementwise, as dst[t] += src[t] / n.
// Division by a power of two is the exact multiplication by its inverse
// (both are the correctly rounded x·2⁻ᵏ), which is much cheaper; the
// conversion keeps the compiler from fusing it into a multiply-add.
func accumulateMean[T Scalar](dst []float64, src []T, n int) {
	src = src[:len(dst)]
	if n&(n-1) == 0 {
		inv := 1 / float64(n)
		for t, x := range src {
			dst[t] += float64(float64(x) * inv)
		}
		return
	}
	for t, x := range src {
		dst[t] += float64(x) / float64(n)
	}
}

// accumulateMean4 is accumulateMean of four rows in turn (a, b, c, then
// e): the same additions in the same order per element, with dst loaded
// and stored once instead of four times.
func accumulateMean4[T Scalar](dst []float64, a, b, c, e []T, n int) {
	a, b, c, e = a[:len(dst)], b[:len(dst)], c[:len(dst)], e[:len(dst)]
	if n&(n-1) == 0 {
		inv := 1 / float64(n)
		for t := range dst {
			dst[t] = dst[t] + float64(float64(a[t])*inv) + float64(float64(b[t])*inv) + float64(float64(c[t])*inv) + float64(float64(e[t])*inv)
		}
		return
	}
	f := float64(n)
	for t := range dst {
		dst[t] = dst[t] + float64(a[t])/f + float64(b[t])/f + float64(c[t])/f + float64(e[t])/f
	}
}

// poolRows adds rows [lo, hi) of x (rows of len(dst)) divided by n into
// dst, in row order.
func poolRows[T Scalar](dst []float64, x []T, lo, hi, n int) {
	d := len(dst)
	if xs, ok := any(x).([]float32); ok && poolF32[0] != nil && d%8 == 0 && d > 0 && hi > lo {
		_ = xs[hi*d-1]
		if n&(n-1) == 0 {
			poolF32[0](&dst[0], &xs[lo*d], hi-lo, d, 1/float64(n))
		} else {
			poolF32[1](&dst[0], &xs[lo*d], hi-lo, d, float64(n))
		}
		return
	}
	i := lo
	for ; i+4 <= hi; i += 4 {
		accumulateMean4(dst, x[i*d:(i+1)*d], x[(i+1)*d:(i+2)*d], x[(i+2)*d:(i+3)*d], x[(i+3)*d:(i+4)*d], n)
	}
	for ; i < hi; i++ {
		accumulateMean(dst, x[i*d:(i+1)*d], n)
	}
}

// poolF32 holds the AVX-512 kernels of poolRows for float32 rows, nil on
// other CPUs: [0] for a power-of-two n (a product by 1/n, exact), [1] for
// any n (a quotient) — the same sums to the bit. poolU16 holds those of
// f16 ([0]) and bf16 ([1]) rows, widened exactly as runtime.LoadElems
// widens them, in the same order.
var (
	poolF32    [2]func(dst *float64, x *float32, rows, d int, c float64)
	poolU16    [2][2]func(dst *float64, x *uint16, rows, d int, c float64)
	poolGather [2]func(dst *float64, x *float32, idx *int, rows, d int, c float64)
)

// poolKeys adds the rows keys (in that order) of x (rows of len(dst))
// divided by n = len(keys) into dst: accumulateMean row by row, or on
// AVX-512 the gathering kernels (the same sums to the bit) — a permuted
// key tile's mean.
func poolKeys[T Scalar](dst []float64, x []T, keys []int) {
	d, n := len(dst), len(keys)
	if xs, ok := any(x).([]float32); ok && poolGather[0] != nil && d%8 == 0 && d > 0 && n > 0 {
		for _, j := range keys {
			_ = xs[(j+1)*d-1] // in range: the kernel does not check
		}
		if n&(n-1) == 0 {
			poolGather[0](&dst[0], &xs[0], &keys[0], n, d, 1/float64(n))
		} else {
			poolGather[1](&dst[0], &xs[0], &keys[0], n, d, float64(n))
		}
		return
	}
	for _, j := range keys {
		accumulateMean(dst, x[j*d:(j+1)*d], n)
	}
}

// poolTensorRows adds rows [lo, hi) of KV head kv of the keys tensor kt
// (f32, f16 or bf16) divided by hi − lo into dst, as poolRows on their
// float32 values: 16-bit rows straight from the tensor on AVX-512, else
// through a float32 copy in buf.
func poolTensorRows(dst []float64, kt *runtime.Tensor, raw []uint16, buf *[]float32, kv, n, lo, hi int) {
	d := len(dst)
	e := -1
	switch kt.DType {
	case runtime.F16:
		e = 0
	case runtime.BF16:
		e = 1
	}
	if e >= 0 && raw != nil && poolU16[e][0] != nil && d%8 == 0 && d > 0 && hi > lo {
		x := raw[(kv*n+lo)*d : (kv*n+hi)*d]
		if rows := hi - lo; rows&(rows-1) == 0 {
			poolU16[e][0](&dst[0], &x[0], rows, d, 1/float64(rows))
		} else {
			poolU16[e][1](&dst[0], &x[0], rows, d, float64(rows))
		}
		return
	}
	m := (hi - lo) * d
	if cap(*buf) < m {
		*buf = make([]float32, m)
	}
	rows := (*buf)[:m]
	runtime.LoadElems(rows, kt, (kv*n+lo)*d)
	poolRows(dst, rows, 0, hi-lo, hi-lo)
}

// pooledQuery starts a pooled estimate of query tile I ((proxy) head ph's
// data): the tile's mean query qm (rows [q0, q1)), the row's logits a and
// exponentials ex (scratch), and its allowed tiles.
func (s *scorer[T]) pooledQuery(ph, I int, row []float64, sc *scoreScratch) (qm, a, ex []float64, allowed []int, q0, q1 int) {
	g, d := s.g, s.d
	sc.qm = growSlice(sc.qm, d)
	qm = sc.qm
	clear(qm)
	q0, q1 = I*g.BQ, min((I+1)*g.BQ, g.M)
	poolRows(qm, s.q[ph*g.M*d:(ph+1)*g.M*d], q0, q1, q1-q0)
	sc.a, sc.p = growSlice(sc.a, len(row)), growSlice(sc.p, len(row))
	sc.idx = allowedIn(row, sc.idx)
	return qm, sc.a, sc.p, sc.idx, q0, q1
}

// mean is MInference/FlexPrefill's pooled estimate.
func (s *scorer[T]) mean(ph, h, I int, row []float64, sc *scoreScratch) float64 {
	g, d := s.g, s.d
	qm, a, ex, allowed, q0, q1 := s.pooledQuery(ph, I, row, sc)
	c := s.spec.Scale
	if s.means != nil {
		means := s.means[s.kvHead(ph)]
		if meanDots != nil && d%8 == 0 && len(allowed) > 0 {
			_, _ = a[allowed[len(allowed)-1]], means[(allowed[len(allowed)-1]+1)*d-1]
			meanDots(&a[0], &qm[0], &means[0], &allowed[0], len(allowed), d, c)
		} else {
			for _, J := range allowed {
				a[J] = c * dot8(qm, means[J*d:(J+1)*d])
			}
		}
	} else {
		// The query tiles of a segment share its permutation, so each key
		// tile is pooled once a segment (the same additions, in the same
		// order, as pooling it for every query tile).
		seg := 0 // no permutation (no keys or no dims): one set of tiles
		var order []int32
		if g.Perm != nil && g.Segment > 0 {
			seg, order = I*g.BQ/g.Segment, g.PermRow(h, I)
		}
		sm := sc.seg.of(ph, seg, order, g.NK(), d)
		for _, J := range allowed {
			km, ok := sm.tile(J)
			if !ok {
				keys := g.Keys(h, I, J, sc.buf[:0])
				kv := s.kvHead(ph)
				poolKeys(km, s.k[kv*g.N*d:(kv+1)*g.N*d], keys)
			}
			a[J] = c * dot8(qm, km)
		}
	}
	softmaxAllowed(row, a, ex, allowed)
	// A kernel pools each query and key tile once (here: this query tile and
	// its share of the key tiles) and scores every allowed tile pair.
	return float64((q1-q0)*d + g.BK*d*s.pooledTiles(ph, len(row))/max(g.NQ(), 1) + 2*d*len(allowed))
}

// segMeans holds the mean keys of one (head, segment)'s permuted key
// tiles as mean pools them, each valid where its stamp is the current one.
type segMeans struct {
	head, seg int
	order     []int32   // the segment's permutation (PBS's local scope: every segment's the same)
	means     []float64 // [NK][d]
	valid     []int     // by tile: the stamp it was pooled under
	stamp, d  int
}

// forget drops what the cache holds (new inputs).
func (m *segMeans) forget() { m.head, m.seg = -1, -1 }

// of returns the cache for (proxy) head ph's segment seg, whose keys are
// in the given order (nil: no permutation), emptied when it held another
// head, or a segment whose order differs.
func (m *segMeans) of(ph, seg int, order []int32, nk, d int) *segMeans {
	if m.head == ph && m.seg != seg && m.seg >= 0 && slices.Equal(m.order, order) {
		m.seg, m.order = seg, order // the same keys in the same tiles
	}
	if m.head != ph || m.seg != seg || len(m.valid) < nk || len(m.means) < nk*d {
		m.head, m.seg, m.order = ph, seg, order
		m.stamp++
		if len(m.valid) < nk {
			m.valid = make([]int, nk)
		}
		m.means = growSlice(m.means, nk*d)
		m.d = d
	}
	return m
}

// tile returns tile J's mean key and whether it is already pooled; when
// not, the slice is zeroed for the caller to pool into, and counts as
// pooled from then on.
func (m *segMeans) tile(J int) ([]float64, bool) {
	km := m.means[J*m.d : (J+1)*m.d]
	if m.valid[J] == m.stamp {
		return km, true
	}
	clear(km)
	m.valid[J] = m.stamp
	return km, false
}

// pooledTiles is how many key tiles of (proxy) head ph's keys this call
// pooled: all nk of them, unless the summaries came from keyTilesFrom.
func (s *scorer[T]) pooledTiles(ph, nk int) int {
	if s.fresh.perHead == nil {
		return nk
	}
	return s.fresh.perHead[s.kvHead(ph)]
}

// allowedIn returns, in idx's storage, the tiles J whose entry in row of E
// is not -1 (the tiles the mask allows).
func allowedIn(row []float64, idx []int) []int {
	idx = idx[:0]
	for J, x := range row {
		if x >= 0 {
			idx = append(idx, J)
		}
	}
	return idx
}

// softmaxAllowed writes into row the softmax of the logits a over the
// allowed tiles (ex is scratch of row's length); a row with no allowed
// tile, or only -inf logits, is left as it is.
func softmaxAllowed(row, a, ex []float64, allowed []int) {
	mx := math.Inf(-1)
	for _, J := range allowed {
		mx = math.Max(mx, a[J])
	}
	if math.IsInf(mx, -1) {
		return
	}
	var z float64
	if n := len(allowed) &^ 7; goExp != nil && n > 0 {
		// The exponentials eight at a time, in ex's first entries (the
		// same bits as math.Exp's), summed in the same order.
		for t, J := range allowed {
			ex[t] = a[J] - mx
		}
		goExp(&ex[0], &ex[0], n)
		for t := n; t < len(allowed); t++ {
			ex[t] = math.Exp(ex[t])
		}
		for _, y := range ex[:len(allowed)] {
			z += y
		}
		for t, J := range allowed {
			row[J] = ex[t] / z
		}
		return
	}
	for _, J := range allowed {
		ex[J] = math.Exp(a[J] - mx)
		z += ex[J]
	}
	for _, J := range allowed {
		row[J] = ex[J] / z
	}
}

// goExp is math.Exp of n (a multiple of 8) float64 in place or not, with
// math.Exp's bits (Go's amd64 FMA path copied lane for lane), nil where
// it is not the path math.Exp takes or there is no AVX-512.
var goExp func(dst, x *float64, n int)

// poolKeys computes, on the workers, the mean key of every key tile of
// every KV (or proxy) head, in the same order of additions as mean's
// permuted path: without a permutation the means depend only on the KV head
// (a kernel pools each key tile once). With Workspace.KeyCache the tiles
// before keyTilesFrom's keep their means from the last call.
func (s *scorer[T]) poolKeys(ws *Workspace, workers int) {
	g, d := s.g, s.d
	heads := s.kvHeads()
	nk := g.NK()
	ws.means = growSlice(ws.means, heads*nk*d)
	ws.means32, ws.norms = growSlice(ws.means32, heads*nk*d), growSlice(ws.norms, heads*nk)
	ws.means16 = growSlice(ws.means16, heads*nk*d)
	s.means, s.means32, s.norms = make([][]float64, heads), make([][]float32, heads), make([][]float64, heads)
	s.means16 = make([][]uint16, heads)
	for kv := range heads {
		s.means[kv] = ws.means[kv*nk*d : (kv+1)*nk*d]
		s.means32[kv] = ws.means32[kv*nk*d : (kv+1)*nk*d]
		s.means16[kv] = ws.means16[kv*nk*d : (kv+1)*nk*d]
		s.norms[kv] = ws.norms[kv*nk : (kv+1)*nk]
	}
	from := ws.keyTilesFrom(g, s.keys, heads, d, "mean")
	s.fresh = fresh(g, from)
	ws.kc.tilesFresh = s.fresh.total
	bufs := ws.rowBufs(resolveWorkers(workers))
	raw := rawKeys(s.kt)
	tiles := s.fresh.items(ws, g, from)
	parallel(len(tiles), summaryWorkers(len(tiles), g.BK, d, workers), func(w, item int) {
		kv, J := tiles[item]/nk, tiles[item]%nk
		lo, hi := J*g.BK, min((J+1)*g.BK, g.KVKeys(kv))
		km := s.means[kv][J*d : (J+1)*d]
		clear(km)
		if s.kt != nil {
			poolTensorRows(km, s.kt, raw, &bufs[w], kv, g.N, lo, hi)
		} else {
			poolRows(km, s.k[kv*g.N*d:(kv+1)*g.N*d], lo, hi, hi-lo)
		}
		s.norms[kv][J] = round32(s.means32[kv][J*d:(J+1)*d], s.means16[kv][J*d:(J+1)*d], km)
	})
}

// round32 writes x rounded to float32 into dst, that rounded to
// bfloat16 into dst16, and returns x's Euclidean norm.
func round32(dst []float32, dst16 []uint16, x []float64) float64 {
	dst, dst16 = dst[:len(x)], dst16[:len(x)]
	n := 0.0
	for i, v := range x {
		dst[i] = float32(v)
		dst16[i] = toBF16(dst[i])
		n += v * v
	}
	return math.Sqrt(n)
}

// toBF16 rounds x to the nearest bfloat16, ties to even (subnormals
// alike: a bfloat16 is a float32's top half), a NaN to a quiet NaN.
func toBF16(x float32) uint16 {
	b := math.Float32bits(x)
	if x != x {
		return uint16(b>>16) | 0x40
	}
	b += 0x7fff + (b>>16)&1
	return uint16(b >> 16)
}

// rowBufs returns a float32 buffer per worker, kept in ws.
func (ws *Workspace) rowBufs(workers int) [][]float32 {
	for len(ws.rows) < workers {
		ws.rows = append(ws.rows, nil)
	}
	return ws.rows
}

// rawKeys views an f16 or bf16 keys tensor's elements as uint16s in place
// (nil for other tensors, none, or data that is not 2-aligned, which the
// pooling then converts tile by tile).
func rawKeys(kt *runtime.Tensor) []uint16 {
	if kt == nil || kt.DType != runtime.F16 && kt.DType != runtime.BF16 || kt.Len() == 0 || uintptr(unsafe.Pointer(&kt.Data[0]))%2 != 0 {
		return nil
	}
	return runtime.Uint16s(kt, nil)
}

// smallSummary is the most key elements (tiles × rows × d) whose summaries
// a call computes on its own goroutine: a decode step's one tile per KV
// head (8 × 64 × 128 here) pools in ≈ 10 µs, less than waking the workers
// costs.
const smallSummary = 1 << 16

// summaryWorkers is the workers for summarising tiles key tiles of bk
// rows of d: one when the work is small.
func summaryWorkers(tiles, bk, d, workers int) int {
	if tiles*bk*d <= smallSummary {
		return 1
	}
	return workers
}

// kvHeads is the number of KV (or proxy) heads the keys hold.
func (s *scorer[T]) kvHeads() int {
	if s.kt != nil {
		return s.kt.Shape[0]
	}
	return len(s.k) / (s.g.N * s.d)
}

// keyRows returns rows [lo, hi) of KV head kv of s.kt as float32, in buf.
func (s *scorer[T]) keyRows(buf *[]float32, kv, lo, hi int) []float32 {
	n := (hi - lo) * s.d
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	rows := (*buf)[:n]
	runtime.LoadElems(rows, s.kt, (kv*s.g.N+lo)*s.d)
	return rows
}

// freshTiles counts the key tiles a call summarises, per KV head and in
// all: the flops charged for pooling are for those.
type freshTiles struct {
	perHead []int
	total   int
}

// items lists, as kv·nk + J in ws's storage, the key tiles to summarise:
// from each KV head's from[kv] to its last tile holding keys.
func (f freshTiles) items(ws *Workspace, g *Grid, from []int) []int {
	nk := g.NK()
	ws.fresh = ws.fresh[:0]
	for kv, J0 := range from {
		for J := J0; J < J0+f.perHead[kv]; J++ {
			ws.fresh = append(ws.fresh, kv*nk+J)
		}
	}
	return ws.fresh
}

func fresh(g *Grid, from []int) freshTiles {
	f := freshTiles{perHead: make([]int, len(from))}
	for kv, J0 := range from {
		n := max((g.KVKeys(kv)+g.BK-1)/g.BK-J0, 0)
		f.perHead[kv], f.total = n, f.total+n
	}
	return f
}

// probe scores probe queries exactly (docs/passes.md).
func (s *scorer[T]) probe(ph, h, I int, row []float64) (flops float64) {
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
				if row[J] >= 0 && g.Allowed(h, i, j) {
					x = s.spec.Scale * dot(s.qrow(ph, i), s.krow(ph, j))
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
		for t, x := range sc {
			sc[t] = math.Exp(x - mx)
			z += sc[t]
		}
		t := 0
		for J := range row {
			var tileMass, tileMax float64
			for range min((J+1)*g.BK, g.N) - J*g.BK {
				p := sc[t] / z
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

// oracle is the exact block mass (or, with rowmax, the largest row mass).
func (s *scorer[T]) oracle(ph, h, I int, row []float64) (flops float64) {
	g := s.g
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	acc := make([]float64, len(row))
	sc := make([]float64, 0, g.N)
	buf := make([]int, 0, g.BK)
	env := Env{H: float64(h)}
	for i := q0; i < q1; i++ {
		sc = sc[:0]
		mx := math.Inf(-1)
		env.Qi = float64(i + g.QueryOffset())
		for J := range row {
			for _, j := range g.Keys(h, I, J, buf) {
				x := math.Inf(-1)
				if row[J] >= 0 && g.Allowed(h, i, j) {
					x = s.spec.Scale * dot(s.qrow(ph, i), s.krow(ph, j))
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
		for t, x := range sc {
			sc[t] = math.Exp(x - mx)
			z += sc[t]
		}
		t := 0
		for J := range row {
			var mass float64
			for range min((J+1)*g.BK, g.N) - J*g.BK {
				mass += sc[t] / z
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

// proxyHeads averages q over groups of H/p consecutive query heads
// (ProxyMean).
func proxyHeads[T Scalar](buf *[]float64, q []T, h, m, d, p int, elem string, workers int) []float64 {
	size := h / p
	*buf = growSlice(*buf, p*m*d)
	out := *buf
	for g := range p {
		proxyMeanPar(out[g*m*d:(g+1)*m*d], q[g*size*m*d:(g+1)*size*m*d], size, elem, workers)
	}
	return out
}

// proxyKeys averages, for each proxy group, the distinct KV heads its query
// heads read: (g·size)/group … (g·size+size−1)/group, a contiguous range
// since head h reads KV head h/group.
func proxyKeys[T Scalar](buf *[]float64, k []T, n, d, p, h, group int, elem string, workers int) []float64 {
	size := h / p
	*buf = growSlice(*buf, p*n*d)
	out := *buf
	for g := range p {
		lo, hi := g*size/group, (g*size+size-1)/group
		proxyMeanPar(out[g*n*d:(g+1)*n*d], k[lo*n*d:(hi+1)*n*d], hi-lo+1, elem, workers)
	}
	return out
}

// ProxyMean writes into dst the mean of the heads consecutive slices of src
// (each len(dst) long), as a kernel storing proxy heads computes it: a
// float32 sum in head order from +0, divided by heads in float32, rounded
// to elem (bf16 or f16; anything else keeps the float32) — the tensor
// ProxyAttn's implementation writes in the inputs' type and the scoring
// reads back. The GPU's proxy kernel (codegen/nvptx) does the same
// operations in the same order, so both give the same bits.
func ProxyMean[T Scalar](dst []float64, src []T, heads int, elem string) {
	proxyMeanPar(dst, src, heads, elem, 1)
}

// proxyMeanPar is ProxyMean on the workers, in chunks of dst (each
// element's operations are the same wherever it is computed).
func proxyMeanPar[T Scalar](dst []float64, src []T, heads int, elem string, workers int) {
	dt, _ := runtime.ParseDType(elem)
	n := float32(heads)
	const chunk = 1 << 14
	parallel((len(dst)+chunk-1)/chunk, workers, func(_, c int) {
		for i := c * chunk; i < min((c+1)*chunk, len(dst)); i++ {
			var acc float32
			for t := range heads {
				acc += float32(src[t*len(dst)+i])
			}
			dst[i] = runtime.RoundFloat64(float64(acc/n), dt)
		}
	})
}

// scoreScratch is the workspace's per-worker scoring scratch, one for
// each of workers, each with room for a tile row of bk.
func (ws *Workspace) scoreScratch(workers, bk int) []scoreScratch {
	for len(ws.scratch) < workers {
		ws.scratch = append(ws.scratch, scoreScratch{})
	}
	for w := range ws.scratch {
		if cap(ws.scratch[w].buf) < bk {
			ws.scratch[w].buf = make([]int, 0, bk)
		}
		ws.scratch[w].seg.forget()         // a new call: new inputs, pool the keys again
		ws.scratch[w].ranges.valid = false // and a new order
	}
	return ws.scratch
}
