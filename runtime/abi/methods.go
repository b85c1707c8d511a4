package abi

import (
	"slices"
	"sort"
)

// The scoring methods of blockscore are declared here, once: a method's
// name, the arguments the score pass takes for it and a one-line doc. The
// IR attribute `method` and the score pass's mode take their values from
// ScoreMethods, and the pass checks its arguments against the entry; the
// host implementation is registered under the same name in
// runtime/sparse/methods.go (a test there checks the two agree). So a new
// method is an entry here, its host implementation in runtime/sparse (a
// file named after it), its test and its docs.

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
	// KeyLengths says the method scores a KV cache with key lengths
	// (docs/dsl.md): it summarises each key tile from its valid keys alone
	// (a partial last tile from the keys it holds), so the summaries can be
	// kept with the cache as it grows (runtime.Options.KeyCache).
	KeyLengths bool
}

// PoolRowMax is the pool the rowmax pass sets on a method with Rows.
const PoolRowMax = "rowmax"

// scoreMethods is the registry, in the order messages and `attnc passes`
// list the methods.
var scoreMethods = []*ScoreMethod{
	{Name: "antidiagonal", Stride: 8, Rows: true, Heads: true,
		Doc: "XAttention (Xu et al. 2025): softmax over key groups of the sum along each S×S block's antidiagonal"},
	{Name: "mean", Heads: true, KeyLengths: true,
		Doc: "MInference/FlexPrefill: softmax over tiles of c·mean(q_I)·mean(k_J)"},
	{Name: "probe", Stride: 16, Pools: []string{"mean", "max"}, Rows: true, Heads: true,
		Doc: "every S-th query of the tile scored exactly, softmax per probe, pooled into tiles"},
	{Name: "oracle", Rows: true, Mod: true, Heads: true,
		Doc: "the exact block mass of a dense pass: the yardstick, not a method"},
	{Name: "bound", Heads: true, KeyLengths: true,
		Doc: "Quest (Tang et al. 2024): softmax over tiles of c·Σ_c max(q̄_c·min_c k, q̄_c·max_c k), the mean query's upper bound over the tile"},
	{Name: "submean", Stride: 16, Heads: true,
		Doc: "softmax over tiles of log Σ_sub (n_sub/n)·exp(c·q̄·k̄_sub): the mean query against the means of the tile's sub-tiles of S keys"},
	{Name: "vslash",
		Doc: "MInference (Jiang et al. 2024): vertical and slash lines from the last query tile's exact attention, v[j] + s[pos_i − j] summed over each tile, averaged with mean's"},
}

// ScoreMethods returns the names of the registered scoring methods.
func ScoreMethods() []string {
	names := make([]string, len(scoreMethods))
	for i, m := range scoreMethods {
		names[i] = m.Name
	}
	return names
}

// KeyLengthScoreMethods returns the names of the methods that take key
// lengths.
func KeyLengthScoreMethods() []string {
	var names []string
	for _, m := range scoreMethods {
		if m.KeyLengths {
			names = append(names, m.Name)
		}
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
