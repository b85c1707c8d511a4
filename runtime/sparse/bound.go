package sparse

import "math"

// Quest's bound (Tang et al. 2024, "Quest: Query-Aware Sparsity for
// Efficient Long-Context LLM Inference"): a key tile is summarised by the
// per-channel minimum and maximum of its keys, and
//
//	U(q, J) = Σ_c max(q_c·min_c(J), q_c·max_c(J)) ≥ q·k  for every key k of J,
//
// so a tile holding one strong key (a needle) scores as high as that key,
// where the mean key washes it out. Quest bounds one decode query; a query
// tile here uses its mean query q̄ (as the mean method does, and at its
// cost), not the mean of its rows' bounds, which would cost bq times more.
// E is the softmax over the row's allowed tiles of c·U(q̄_I, J), as mean
// turns c·q̄_I·k̄_J into E. The bound ignores the mask inside a partial tile,
// as the means do.

type boundHost[T Scalar] struct{}

// prepare: without a permutation a key tile's bounds depend only on the KV
// head, so a kernel computes them once.
func (boundHost[T]) prepare(s *scorer[T], ws *Workspace, workers int) {
	if s.g.Perm == nil && s.g.N > 0 && s.d > 0 {
		s.boundKeys(ws, workers)
	}
}

func (boundHost[T]) tiles(*scorer[T]) int { return 1 }

func (boundHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	return s.bound(it.ph, it.h, it.I0, it.rows, sc)
}

// boundKeys computes, on the workers, the per-channel minima and maxima of
// every key tile of every KV (or proxy) head into s.prep: per head and
// tile, d minima then d maxima.
func (s *scorer[T]) boundKeys(ws *Workspace, workers int) {
	g, d := s.g, s.d
	heads := s.kvHeads()
	nk := g.NK()
	ws.prep = growSlice(ws.prep, heads*nk*2*d)
	s.prep = ws.prep
	from := ws.keyTilesFrom(g, s.keys, heads, d, "bound")
	s.fresh = fresh(g, from)
	ws.kc.tilesFresh = s.fresh.total
	bufs := ws.rowBufs(resolveWorkers(workers))
	tiles := s.fresh.items(ws, g, from)
	parallel(len(tiles), summaryWorkers(len(tiles), g.BK, d, workers), func(w, t int) {
		item := tiles[t]
		kv, J := item/nk, item%nk
		lo, hi := J*g.BK, min((J+1)*g.BK, g.KVKeys(kv))
		mn := s.prep[item*2*d : item*2*d+d]
		mx := s.prep[item*2*d+d : (item+1)*2*d]
		if s.kt != nil {
			rows := s.keyRows(&bufs[w], kv, lo, hi)
			for j := range hi - lo {
				channelBounds(mn, mx, rows[j*d:(j+1)*d], j == 0)
			}
			return
		}
		k := s.k[kv*g.N*d : (kv+1)*g.N*d]
		for j := lo; j < hi; j++ {
			channelBounds(mn, mx, k[j*d:(j+1)*d], j == lo)
		}
	})
}

// channelBounds widens [mn, mx] per channel to hold key (first: start
// from it).
func channelBounds[T Scalar](mn, mx []float64, key []T, first bool) {
	key = key[:len(mn)]
	for c, x := range key {
		v := float64(x)
		if first {
			mn[c], mx[c] = v, v
			continue
		}
		mn[c], mx[c] = math.Min(mn[c], v), math.Max(mx[c], v)
	}
}

// upperDot is U(q, J) from the tile's channel bounds.
func upperDot(q, mn, mx []float64) float64 {
	var u float64
	mn, mx = mn[:len(q)], mx[:len(q)]
	for c, x := range q {
		u += math.Max(x*mn[c], x*mx[c])
	}
	return u
}

// bound is Quest's estimate for query tile I of head h ((proxy) head ph's
// data).
func (s *scorer[T]) bound(ph, h, I int, row []float64, sc *scoreScratch) float64 {
	g, d := s.g, s.d
	qm, a, ex, allowed, q0, q1 := s.pooledQuery(ph, I, row, sc)
	c := s.spec.Scale
	var tmp []float64
	if s.prep == nil {
		tmp = make([]float64, 2*d)
	}
	for _, J := range allowed {
		b := tmp
		if s.prep != nil {
			i := s.kvHead(ph)*g.NK() + J
			b = s.prep[i*2*d : (i+1)*2*d]
		} else {
			for t, j := range g.Keys(h, I, J, sc.buf[:0]) {
				channelBounds(b[:d], b[d:], s.krow(ph, j), t == 0)
			}
		}
		a[J] = c * upperDot(qm, b[:d], b[d:])
	}
	softmaxAllowed(row, a, ex, allowed)
	// The query tile's pooling; its share of the key tiles' minima and
	// maxima (one comparison each per key and channel, done once per key
	// tile); per allowed tile two products, a max and an add per channel.
	return float64((q1-q0)*d + 2*g.BK*d*s.pooledTiles(ph, len(row))/max(g.NQ(), 1) + 4*d*len(allowed))
}
