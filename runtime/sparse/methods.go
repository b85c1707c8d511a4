package sparse

import (
	"slices"
	"sort"
)

// The scoring methods of blockscore are declared here, once: a method's
// name, the arguments the score pass takes for it, a one-line doc, and its
// host implementation. The IR attribute `method` and the score pass's mode
// take their values from ScoreMethods, and the pass checks its arguments
// against the entry, so a new method is an entry here, the file that
// implements it (named after it), its test and its docs.

// ScoreMethod declares a blockscore method.
type ScoreMethod struct {
	Name string
	Doc  string // one line: what it estimates, and where it comes from

	// Stride is the default group or probe stride S (it must divide the
	// tile sizes); 0: the method takes no stride.
	Stride int
	// Pools are the pool: values the score pass accepts, the default
	// first; nil: the method takes no pool.
	Pools []string
	// Rows says the method scores single rows, so the rowmax pass applies
	// (pool=rowmax: a tile's score is its largest single-row mass).
	Rows bool
	// Mod says the method reads the kernel's score modification.
	Mod bool
	// Heads says the method accepts proxy heads (score(heads: G)).
	Heads bool

	host scoreHosts
}

// PoolRowMax is the pool the rowmax pass sets on a method with Rows.
const PoolRowMax = "rowmax"

// scoreMethods is the registry, in the order messages and `attnc passes`
// list the methods.
var scoreMethods = []*ScoreMethod{
	{Name: "antidiagonal", Stride: 8, Rows: true, Heads: true,
		Doc:  "XAttention (Xu et al. 2025): softmax over key groups of the sum along each S×S block's antidiagonal",
		host: scoreHosts{antidiagonalHost[float32]{}, antidiagonalHost[float64]{}}},
	{Name: "mean", Heads: true,
		Doc:  "MInference/FlexPrefill: softmax over tiles of c·mean(q_I)·mean(k_J)",
		host: scoreHosts{meanHost[float32]{}, meanHost[float64]{}}},
	{Name: "probe", Stride: 16, Pools: []string{"mean", "max"}, Rows: true, Heads: true,
		Doc:  "every S-th query of the tile scored exactly, softmax per probe, pooled into tiles",
		host: scoreHosts{probeHost[float32]{}, probeHost[float64]{}}},
	{Name: "oracle", Rows: true, Mod: true, Heads: true,
		Doc:  "the exact block mass of a dense pass: the yardstick, not a method",
		host: scoreHosts{oracleHost[float32]{}, oracleHost[float64]{}}},
	{Name: "bound", Heads: true,
		Doc:  "Quest (Tang et al. 2024): softmax over tiles of c·Σ_c max(q̄_c·min_c k, q̄_c·max_c k), the mean query's upper bound over the tile",
		host: scoreHosts{boundHost[float32]{}, boundHost[float64]{}}},
}

// ScoreMethods returns the names of the registered scoring methods.
func ScoreMethods() []string {
	names := make([]string, len(scoreMethods))
	for i, m := range scoreMethods {
		names[i] = m.Name
	}
	return names
}

// LookupScoreMethod returns the method called name, or nil.
func LookupScoreMethod(name string) *ScoreMethod {
	for _, m := range scoreMethods {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// ScorePools returns, sorted, every pool: value some method accepts.
func ScorePools() []string {
	var pools []string
	for _, m := range scoreMethods {
		for _, p := range m.Pools {
			if !slices.Contains(pools, p) {
				pools = append(pools, p)
			}
		}
	}
	sort.Strings(pools)
	return pools
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
	m := LookupScoreMethod(method)
	if m == nil {
		panic("BUG: unknown score method " + method)
	}
	if h, ok := m.host.f32.(scoreHost[T]); ok {
		return h
	}
	if h, ok := m.host.f64.(scoreHost[T]); ok {
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

func (meanHost[T]) tiles(*scorer[T]) int { return 1 }

func (meanHost[T]) score(s *scorer[T], sc *scoreScratch, it scoreItem) float64 {
	return s.mean(it.ph, it.h, it.I0, it.rows, sc)
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
