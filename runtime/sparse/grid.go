package sparse

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Grid is the tile geometry of one attention: H query heads over M queries,
// KV heads (H/Group of them) over N keys, tiles of BQ × BK, the mask, and an
// optional permutation: per head and query segment of Segment tokens, the
// physical key at each logical position ([H, ⌈M/Segment⌉, N]). Query tile
// I holds rows [I·BQ, (I+1)·BQ); the mask sees their positions, the rows
// plus QueryOffset (N − M): Grid's methods take rows and map them.
//
// With key lengths (a KV cache, docs/dsl.md), Lens holds the valid keys of
// each of B = len(Lens) sequences: the heads form B sequences of H/B query
// heads (and G/B KV heads), N is the cache's capacity (K's rows per head),
// head h's keys are the first Lens[h/(H/B)] of them, its query rows sit at
// i + Lens[b] − M, and the mask reads h − b·H/B, the head within its
// sequence. Key tiles past a head's keys hold none: no method reads them
// and the mask allows none of their pairs. No permutation with lengths.
type Grid struct {
	H, M, N int
	Group   int // query heads per KV head
	BQ, BK  int
	Mask    Program
	Perm    []int32
	Segment int
	Lens    []int32
}

// Seq returns head h's keys (N, or its sequence's length) and the head
// its mask reads (h, or h within its sequence).
func (g *Grid) Seq(h int) (n, hm int) {
	if g.Lens == nil {
		return g.N, h
	}
	hs := g.H / len(g.Lens)
	return int(g.Lens[h/hs]), h % hs
}

// KVKeys returns the keys of KV head kv: N, or its sequence's length.
func (g *Grid) KVKeys(kv int) int {
	if g.Lens == nil {
		return g.N
	}
	gs := g.H / g.Group / len(g.Lens)
	return int(g.Lens[kv/gs])
}

// CheckLens checks the key lengths against the grid: B ≥ 1 sequences that
// divide the query and KV heads, each length in [0, N], no permutation.
func (g *Grid) CheckLens() error {
	if g.Lens == nil {
		return nil
	}
	b, kv := len(g.Lens), g.H/max(g.Group, 1)
	switch {
	case b == 0 || g.H%b != 0 || kv%b != 0:
		return fmt.Errorf("key lengths: B = %d sequences do not divide the query heads H = %d and the KV heads G = %d", b, g.H, kv)
	case g.Perm != nil:
		return fmt.Errorf("key lengths with a permutation: permuted keys are not taken with key lengths")
	}
	for i, x := range g.Lens {
		if x < 0 || int(x) > g.N {
			return fmt.Errorf("key lengths: sequence %d has %d keys, want an integer in [0, %d] (the cache's capacity, k's rows)", i, x, g.N)
		}
	}
	return nil
}

// NQ is the number of query tiles.
func (g *Grid) NQ() int { return (g.M + g.BQ - 1) / g.BQ }

// NK is the number of key tiles.
func (g *Grid) NK() int { return (g.N + g.BK - 1) / g.BK }

// QueryOffset is the position of query row 0: N − M (abi.QueryOffset).
// With key lengths it differs per sequence: Offset.
func (g *Grid) QueryOffset() int { return QueryOffset(g.M, g.N) }

// Offset is the position of head h's query row 0: its keys − M.
func (g *Grid) Offset(h int) int {
	n, _ := g.Seq(h)
	return QueryOffset(g.M, n)
}

// Classify classifies the query rows [r0, r1] against the keys [k0, k1]
// (inclusive) of head h: the mask's interval classification at the rows'
// positions. Keys past h's (key lengths) are the caller's to leave out.
func (g *Grid) Classify(h, r0, r1, k0, k1 int) Class {
	n, hm := g.Seq(h)
	off := QueryOffset(g.M, n)
	return g.Mask.Classify(hm, r0+off, r1+off, k0, k1)
}

// Keys returns the physical keys of (virtual) key tile J as query tile I of
// head h sees them, in buf's storage.
func (g *Grid) Keys(h, I, J int, buf []int) []int {
	n, _ := g.Seq(h)
	lo, hi := J*g.BK, min((J+1)*g.BK, n)
	buf = buf[:0]
	if g.Perm == nil {
		for j := lo; j < hi; j++ {
			buf = append(buf, j)
		}
		return buf
	}
	row := g.PermRow(h, I)
	for _, j := range row[lo:hi] {
		buf = append(buf, int(j))
	}
	return buf
}

// PermRow returns the logical → physical index of query tile I's segment.
func (g *Grid) PermRow(h, I int) []int32 {
	seg := I * g.BQ / g.Segment
	ns := (g.M + g.Segment - 1) / g.Segment
	return g.Perm[(h*ns+seg)*g.N : (h*ns+seg+1)*g.N]
}

// Allowed reports whether the mask allows query row i (at position
// i + QueryOffset) and physical key j.
func (g *Grid) Allowed(h, i, j int) bool {
	n, hm := g.Seq(h)
	if j >= n {
		return false
	}
	return g.Mask == nil || g.Mask.Eval(&Env{Qi: float64(i + QueryOffset(g.M, n)), Ki: float64(j), H: float64(hm)}) != 0
}

// TileAllowed reports whether the mask leaves any pair in (virtual) tile
// (I, J) of head h: by interval classification over the tile's key range,
// and by checking pairs where that is inconclusive. buf is scratch for the
// permuted keys.
func (g *Grid) TileAllowed(h, I, J int, buf []int) bool {
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)-1
	if g.Perm == nil { // the keys are the range [k0, k1]
		n, _ := g.Seq(h)
		k0, k1 := J*g.BK, min((J+1)*g.BK, n)-1
		if k1 < k0 || q1 < q0 {
			return false
		}
		switch g.Classify(h, q0, q1, k0, k1) {
		case Empty:
			return false
		case Full:
			return true
		}
		for i := q0; i <= q1; i++ {
			for j := k0; j <= k1; j++ {
				if g.Allowed(h, i, j) {
					return true
				}
			}
		}
		return false
	}
	keys := g.Keys(h, I, J, buf)
	if len(keys) == 0 || q1 < q0 {
		return false
	}
	kmin, kmax := keyRange(keys)
	switch g.Classify(h, q0, q1, kmin, kmax) {
	case Empty:
		return false
	case Full:
		return true
	}
	for i := q0; i <= q1; i++ {
		for _, j := range keys {
			if g.Allowed(h, i, j) {
				return true
			}
		}
	}
	return false
}

func keyRange(keys []int) (int, int) {
	kmin, kmax := keys[0], keys[0]
	for _, j := range keys {
		kmin, kmax = min(kmin, j), max(kmax, j)
	}
	return kmin, kmax
}

// AllowedPairs counts the pairs the mask allows for queries [q0, q1) of
// head h over all keys (a permutation does not change it).
func (g *Grid) AllowedPairs(h, q0, q1 int) int64 {
	var n int64
	keys, _ := g.Seq(h)
	for J := range g.NK() {
		k0, k1 := J*g.BK, min((J+1)*g.BK, keys)
		if k1 <= k0 {
			break
		}
		switch g.Classify(h, q0, q1-1, k0, k1-1) {
		case Empty:
		case Full:
			n += int64((q1 - q0) * (k1 - k0))
		default:
			for i := q0; i < q1; i++ {
				for j := k0; j < k1; j++ {
					if g.Allowed(h, i, j) {
						n++
					}
				}
			}
		}
	}
	return n
}

// Parallel runs fn(i) for i in [0, n) on up to workers goroutines
// (<= 0: GOMAXPROCS).
func Parallel(n, workers int, fn func(i int)) {
	parallel(n, workers, func(_, i int) { fn(i) })
}

func resolveWorkers(workers int) int {
	if workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return workers
}

// parallel is Parallel that also passes fn the index of the goroutine
// running it, in [0, resolveWorkers(workers)), for per-worker scratch.
func parallel(n, workers int, fn func(w, i int)) {
	workers = min(resolveWorkers(workers), n)
	if workers <= 1 {
		for i := range n {
			fn(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				fn(w, k)
			}
		}()
	}
	wg.Wait()
}

// RowListedPairs counts the pairs the mask allows between query row i of
// head h and the keys of its own list (entries < 0 end it): blocks of
// block keys, or with tokens the keys themselves — the pairs a per-row
// attention computes, as the interpreter's rowAttention and the CPU
// kernels count them (not the pairs of the union of a query tile's rows'
// tiles, which is the work a GPU tile does).
func (g *Grid) RowListedPairs(h, i int, list []int32, block int, tokens bool) int64 {
	var n int64
	for _, x := range list {
		if x < 0 {
			break
		}
		if tokens {
			if g.Allowed(h, i, int(x)) {
				n++
			}
			continue
		}
		k0, k1 := int(x)*block, min((int(x)+1)*block, g.N)
		if k1 <= k0 {
			continue
		}
		switch g.Classify(h, i, i, k0, k1-1) {
		case Empty:
		case Full:
			n += int64(k1 - k0)
		default:
			for j := k0; j < k1; j++ {
				if g.Allowed(h, i, j) {
					n++
				}
			}
		}
	}
	return n
}

// ListedPairs counts the pairs the mask allows in the (virtual) key tiles
// of list (entries < 0 end it) for query tile I of head h: the pairs an
// attention over that list computes. buf is scratch for permuted keys.
func (g *Grid) ListedPairs(h, I int, list []int32, buf []int) int64 {
	q0, q1 := I*g.BQ, min((I+1)*g.BQ, g.M)
	var n int64
	for _, J := range list {
		if J < 0 {
			break
		}
		keys := g.Keys(h, I, int(J), buf)
		if len(keys) == 0 || q1 <= q0 {
			continue
		}
		kmin, kmax := keyRange(keys)
		switch g.Classify(h, q0, q1-1, kmin, kmax) {
		case Empty:
		case Full:
			n += int64((q1 - q0) * len(keys))
		default:
			for i := q0; i < q1; i++ {
				for _, j := range keys {
					if g.Allowed(h, i, j) {
						n++
					}
				}
			}
		}
		buf = keys[:0]
	}
	return n
}
