package sparse

import "github.com/attnc/attnc/runtime/abi"

// The host implementations of the scoring methods that runtime/abi
// declares (abi.ScoreMethods: names, arguments, docs), registered against
// their names. A test checks that every declared method has one and that
// nothing is registered under a name abi does not declare.

// scoreHostsOf holds each method's host implementation, by name.
var scoreHostsOf = map[string]scoreHosts{
	"antidiagonal": {antidiagonalHost[float32]{}, antidiagonalHost[float64]{}},
	"mean":         {meanHost[float32]{}, meanHost[float64]{}},
	"probe":        {probeHost[float32]{}, probeHost[float64]{}},
	"oracle":       {oracleHost[float32]{}, oracleHost[float64]{}},
	"bound":        {boundHost[float32]{}, boundHost[float64]{}},
	"submean":      {submeanHost[float32]{}, submeanHost[float64]{}},
	"vslash":       {vslashHost[float32]{}, vslashHost[float64]{}},
}

// scoreHost is a method's host implementation for inputs of element type T
// (float32: the generated kernels' buffers; float64: the interpreter's
// tensors and proxy heads).
type scoreHost[T Scalar] interface {
	// prepare does, on the workers and once per call, the work that every
	// query tile shares (mean: each key tile's mean key); it may keep its
	// results in s and their buffers in ws.
	prepare(s *scorer[T], ws *Workspace, workers int)
	// tiles is how many consecutive query tiles one work item scores.
	tiles(s *scorer[T]) int
	// score fills the rows of E of one work item and returns the flops it
	// spent.
	score(s *scorer[T], sc *scoreScratch, it scoreItem) float64
}

// scoreItem is one work item: query tiles [I0, I1) of head h, scored from
// (proxy) head ph's data. rows holds their rows of E (NK each), 0 for the
// allowed tiles and -1 for the others.
type scoreItem struct {
	ph, h, I0, I1 int
	rows          []float64
}

// row returns query tile I's row of E.
func (it scoreItem) row(I int) []float64 {
	nk := len(it.rows) / (it.I1 - it.I0)
	return it.rows[(I-it.I0)*nk : (I-it.I0+1)*nk]
}

// scoreHosts holds a method's host implementation for both element types.
type scoreHosts struct {
	f32 scoreHost[float32]
	f64 scoreHost[float64]
}

// hostOf returns method's host implementation for T.
func hostOf[T Scalar](method string) scoreHost[T] {
	m, ok := scoreHostsOf[method]
	if !ok {
		if abi.LookupScoreMethod(method) != nil {
			panic("BUG: score method " + method + " has no host implementation")
		}
		panic("BUG: unknown score method " + method)
	}
	if h, ok := m.f32.(scoreHost[T]); ok {
		return h
	}
	if h, ok := m.f64.(scoreHost[T]); ok {
		return h
	}
	panic("BUG: score method " + method + " has no host implementation for this element type")
}

// perTile is the scoreHost part of a method that scores one query tile
// at a time from the inputs as they are.
type perTile[T Scalar] struct{}

func (perTile[T]) prepare(*scorer[T], *Workspace, int) {}
func (perTile[T]) tiles(*scorer[T]) int                { return 1 }

// The host implementations of the methods of score.go and antidiagonal.go.

type meanHost[T Scalar] struct{}

func (meanHost[T]) prepare(s *scorer[T], ws *Workspace, workers int) {
	if s.g.Perm == nil && s.g.N > 0 && s.d > 0 {
		s.poolKeys(ws, workers)
	}
}

// tiles: with permuted keys, a segment's query tiles together, which
// share its pooled key tiles (scoreScratch.seg).
func (meanHost[T]) tiles(s *scorer[T]) int {
	if s.g.Perm != nil && s.g.Segment >= s.g.BQ && s.g.BQ > 0 {
		return s.g.Segment / s.g.BQ
	}
	return 1
}

func (meanHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	nk := len(it.rows) / max(it.I1-it.I0, 1)
	var f float64
	for I := it.I0; I < it.I1; I++ {
		f += s.mean(it.ph, it.h, I, it.rows[(I-it.I0)*nk:(I-it.I0+1)*nk], sc)
	}
	return f
}

type antidiagonalHost[T Scalar] struct{}

func (antidiagonalHost[T]) prepare(s *scorer[T], ws *Workspace, workers int) {
	if s.g.Perm == nil && s.g.N > 0 && s.d > 0 {
		s.prepareKeys(ws, workers)
	}
}

// tiles: without a permutation, groups of query tiles share each K' panel
// while it is in the L2 cache; with one K' changes with the segment.
func (antidiagonalHost[T]) tiles(s *scorer[T]) int {
	if s.g.Perm == nil {
		return adGroup
	}
	return 1
}

func (antidiagonalHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	return s.antidiagonal(it.ph, it.h, it.I0, it.I1, it.rows, sc)
}

type probeHost[T Scalar] struct{ perTile[T] }

func (probeHost[T]) score(s *scorer[T], _ *scoreScratch, it scoreItem) float64 {
	return s.probe(it.ph, it.h, it.I0, it.rows)
}

type oracleHost[T Scalar] struct{ perTile[T] }

func (oracleHost[T]) score(s *scorer[T], _ *scoreScratch, it scoreItem) float64 {
	return s.oracle(it.ph, it.h, it.I0, it.rows)
}
