package sparse

import (
	"math"
	"sort"
)

// Permute returns, per head and query segment, the logical → physical key
// order [H, ⌈M/Segment⌉, N] for q [H, M, d] and k [KV, N, d], and the flops
// its probes spent per head. A key's importance is its softmax probability
// under the segment's probe (the mean query of the segment, or each query
// of its last tile, averaged), the softmax taken over the keys ranked
// together. Local scope (PBS-Attn) sorts inside every key segment under the
// last query segment's probe, one order for all; global scope (S2O) ranks
// all keys before each query segment under its own probe and keeps the rest
// in place. Ties keep the lower index first.
func Permute(spec PermuteSpec, q, k []float64, h, m, d, kvHeads, n int) ([]int32, []float64) {
	seg := spec.Segment
	ns := (m + seg - 1) / seg
	out := make([]int32, h*ns*n)
	flops := make([]float64, h)
	for hh := range h {
		Q := q[hh*m*d : (hh+1)*m*d]
		kv := hh / (h / kvHeads)
		K := k[kv*n*d : (kv+1)*n*d]
		probeRows := func(s int) [][]float64 {
			lo, hi := s*seg, min((s+1)*seg, m)
			if spec.Probe == "last" {
				lo = max(lo, hi-spec.BQ)
				var rows [][]float64
				for i := lo; i < hi; i++ {
					rows = append(rows, Q[i*d:(i+1)*d])
				}
				return rows
			}
			mean := make([]float64, d)
			for i := lo; i < hi; i++ {
				for t := range mean {
					mean[t] += Q[i*d+t] / float64(hi-lo)
				}
			}
			return [][]float64{mean}
		}
		rank := func(keys []int, probe [][]float64) {
			imp := make([]float64, len(keys))
			sc := make([]float64, len(keys))
			for _, p := range probe {
				mx := math.Inf(-1)
				for t, j := range keys {
					sc[t] = spec.Scale * Dot(p, K[j*d:(j+1)*d])
					mx = math.Max(mx, sc[t])
				}
				flops[hh] += float64(2 * d * len(keys))
				var z float64
				for _, x := range sc {
					z += math.Exp(x - mx)
				}
				for t, x := range sc {
					imp[t] += math.Exp(x-mx) / z / float64(len(probe))
				}
			}
			idx := make([]int, len(keys))
			for t := range idx {
				idx[t] = t
			}
			sort.SliceStable(idx, func(a, b int) bool { return imp[idx[a]] > imp[idx[b]] })
			sorted := make([]int, len(keys))
			for t, i := range idx {
				sorted[t] = keys[i]
			}
			copy(keys, sorted)
		}
		var local []int
		if spec.Scope == "local" {
			local = make([]int, n)
			last := probeRows(ns - 1)
			for b := 0; b*seg < n; b++ {
				keys := local[b*seg : min((b+1)*seg, n)]
				for t := range keys {
					keys[t] = b*seg + t
				}
				rank(keys, last)
			}
		}
		for s := range ns {
			row := out[(hh*ns+s)*n : (hh*ns+s+1)*n]
			if local != nil {
				for j := range row {
					row[j] = int32(local[j])
				}
				continue
			}
			keys := make([]int, n)
			for j := range keys {
				keys[j] = j
			}
			if s > 0 {
				rank(keys[:min(s*seg, n)], probeRows(s))
			}
			for j, x := range keys {
				row[j] = int32(x)
			}
		}
	}
	return out, flops
}
