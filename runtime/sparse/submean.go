package sparse

import "math"

// Sub-tile means: a key tile of bk keys is summarised by the means of its
// sub-tiles of S keys (S = the stride), and its score is the log of the
// mean over the tile's keys of exp(c·q̄_I·k̄_sub), each key standing in for
// by its sub-tile's mean:
//
//	a_J = log Σ_sub (n_sub/n_J)·exp(c·q̄_I·k̄_sub)
//
// E is the softmax of a over the row's allowed tiles. With one sub-tile
// (S = bk) it is mean's score; with S = 1 it is the query tile's mean
// query scored exactly against every key (the tile's softmax mass under
// q̄). Between, a tile whose strong keys sit together (a line, an
// identifier repeated) keeps their weight where the mean over 64 keys
// would wash it out, for bk/S dot products per tile pair instead of
// mean's one (still far below probe's: no query row is scored alone).

type submeanHost[T Scalar] struct{}

// prepare: without a permutation the sub-tile means depend only on the KV
// head: computed once.
func (submeanHost[T]) prepare(s *scorer[T], ws *Workspace, workers int) {
	if s.g.Perm == nil && s.g.N > 0 && s.d > 0 {
		s.subMeans(ws, workers)
	}
}

func (submeanHost[T]) tiles(*scorer[T]) int { return 1 }

func (submeanHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	return s.submean(it.ph, it.h, it.I0, it.rows, sc)
}

// subStride is the sub-tile size S (the spec's stride, at most the tile).
func (s *scorer[T]) subStride() int {
	S := s.spec.Stride
	if S <= 0 || S > s.g.BK {
		S = s.g.BK
	}
	return S
}

// subMeans computes, on the workers, the sub-tile means of every key tile
// of every KV (or proxy) head into s.prep: per head and tile, ⌈bk/S⌉
// means of d (a short last tile's missing sub-tiles stay zero and are
// never read).
func (s *scorer[T]) subMeans(ws *Workspace, workers int) {
	g, d, S := s.g, s.d, s.subStride()
	heads := len(s.k) / (g.N * d)
	nk, nsub := g.NK(), (g.BK+S-1)/S
	ws.prep = growSlice(ws.prep, heads*nk*nsub*d)
	s.prep = ws.prep
	clear(s.prep)
	parallel(heads*nk, workers, func(_, item int) {
		kv, J := item/nk, item%nk
		k := s.k[kv*g.N*d : (kv+1)*g.N*d]
		j0, j1 := J*g.BK, min((J+1)*g.BK, g.N)
		for u := 0; j0+u*S < j1; u++ {
			m := s.prep[(item*nsub+u)*d : (item*nsub+u+1)*d]
			lo, hi := j0+u*S, min(j0+(u+1)*S, j1)
			for j := lo; j < hi; j++ {
				accumulateMean(m, k[j*d:(j+1)*d], hi-lo)
			}
		}
	})
}

// submean is the sub-tile mean estimate for query tile I of head h
// ((proxy) head ph's data).
func (s *scorer[T]) submean(ph, h, I int, row []float64, sc *scoreScratch) float64 {
	g, d, S := s.g, s.d, s.subStride()
	qm, a, ex, allowed, q0, q1 := s.pooledQuery(ph, I, row, sc)
	c := s.spec.Scale
	nsub := (g.BK + S - 1) / S
	var tmp []float64
	if s.prep == nil {
		tmp = make([]float64, nsub*d)
	}
	vals := make([]float64, nsub)
	for _, J := range allowed {
		n := min((J+1)*g.BK, g.N) - J*g.BK
		means := tmp
		if s.prep != nil {
			i := s.kvHead(ph)*g.NK() + J
			means = s.prep[i*nsub*d : (i+1)*nsub*d]
		} else {
			clear(tmp)
			keys := g.Keys(h, I, J, sc.buf[:0])
			for t, j := range keys {
				u := t / S
				accumulateMean(tmp[u*d:(u+1)*d], s.krow(ph, j), min(S, n-u*S))
			}
		}
		mx := math.Inf(-1)
		for u := 0; u*S < n; u++ {
			vals[u] = c * Dot(qm, means[u*d:(u+1)*d])
			mx = math.Max(mx, vals[u])
		}
		var sum float64
		for u := 0; u*S < n; u++ {
			sum += float64(min(S, n-u*S)) / float64(n) * math.Exp(vals[u]-mx)
		}
		a[J] = mx + math.Log(sum)
	}
	softmaxAllowed(row, a, ex, allowed)
	// The query tile's pooling, its share of the key tiles' sub-tile means,
	// and per allowed tile a dot product per sub-tile.
	return float64((q1-q0)*d + g.BK*d*len(row)/max(g.NQ(), 1) + 2*d*nsub*len(allowed))
}
