package sparse

import "math"

// The host implementations of permute's probes and scopes, which
// runtime/abi declares (abi.PermuteProbes, abi.PermuteScopes), registered
// against their names. A test checks the tables agree both ways.
var (
	permuteProbesOf = map[string]permuteProbe{"mean": meanProbe, "last": lastProbe}
	permuteScopesOf = map[string]permuteScope{"local": localScope, "global": globalScope}
)

// permuteProbe returns the probe rows of query segment s of p's head.
type permuteProbe func(p *permuter, s int) [][]float64

// permuteScope writes p's head's logical → physical key order for every
// query segment s into rows[s], ranking with p.rank under p.probe.
type permuteScope func(p *permuter, rows [][]int32)

// permuter holds one head's inputs and the flops its probes spend.
type permuter struct {
	spec     PermuteSpec
	q, k     []float64 // the head's queries [M, d], its KV head's keys [N, d]
	kt       []float64 // the keys transposed, [d][N], for permDots (nil: Dot)
	m, n, d  int
	segments int // ⌈M/Segment⌉
	probe    permuteProbe
	flops    float64
	sc       []float64   // rank's scores under one probe row
	by       []rankedKey // rank's keys by importance
	tmp      []rankedKey // radixDescending's other buffer
}

// rankScratch is a worker's rank buffers (permuter's sc, by and tmp).
type rankScratch struct {
	sc      []float64
	by, tmp []rankedKey
}

// radixDescending sorts by (imp, not NaN, no −0) descending, stably
// (equal keys keep their order): an LSD radix sort on descCode's 64 bits,
// a byte a pass, passes where every key has the same byte skipped; the
// eight bytes' counts are taken in one sweep. tmp is scratch of by's
// length. The result is sort.SliceStable's by imp descending, and
// slices.SortFunc's by (imp descending, place ascending) when by is in
// place order.
func radixDescending(by, tmp []rankedKey) {
	var count [8][256]int
	for _, r := range by {
		b := descCode(r.imp)
		for x := range 8 {
			count[x][byte(b>>(8*x))]++
		}
	}
	src, dst := by, tmp
	for x := range 8 {
		shift := 8 * x
		cnt := &count[x]
		if cnt[byte(descCode(src[0].imp)>>shift)] == len(src) {
			continue // every key has this byte
		}
		sum := 0
		for b, c := range cnt {
			cnt[b] = sum
			sum += c
		}
		for _, r := range src {
			b := byte(descCode(r.imp) >> shift)
			dst[cnt[b]] = r
			cnt[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &by[0] {
		copy(by, src)
	}
}

// descCode is x's descending order code: a larger x has a smaller code
// (x not NaN; −0 codes below +0, so callers add +0 first).
func descCode(x float64) uint64 {
	b := math.Float64bits(x)
	if b>>63 != 0 {
		return b // negative: the larger the magnitude, the larger the bits
	}
	return ^(b | 1<<63)
}

// rankedKey is a key's importance and its place in the ranked list.
type rankedKey struct {
	imp float64
	pos int
}

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
	return PermuteIn(nil, spec, q, k, h, m, d, kvHeads, n)
}

// PermuteIn is Permute with its orders and the keys it transposes in ws
// (nil: fresh ones, and the probes' dot products one key at a time). With
// ws and AVX-512, each KV head's keys are transposed once per call into
// storage ws keeps, and a probe scores eight keys a step (permDots, Dot's
// bits): the orders are Permute's to the bit.
func PermuteIn(ws *Workspace, spec PermuteSpec, q, k []float64, h, m, d, kvHeads, n int) ([]int32, []float64) {
	ns := (m + spec.Segment - 1) / spec.Segment
	var out []int32
	if ws == nil {
		out = make([]int32, h*ns*n)
	} else {
		ws.perm = growSlice(ws.perm, h*ns*n)
		out = ws.perm
	}
	flops := make([]float64, h)
	probe, scope := permuteProbeOf(spec.Probe), permuteScopeOf(spec.Scope)
	var kt []float64 // [kvHeads][d][n]
	if ws != nil && permDots != nil && n >= 8 {
		ws.permKT = growSlice(ws.permKT, kvHeads*d*n)
		kt = ws.permKT
		parallel(kvHeads, 0, func(_, kv int) {
			transposeKeys(kt[kv*d*n:(kv+1)*d*n], k[kv*n*d:(kv+1)*n*d], n, d)
		})
	}
	// Heads in parallel: each writes its own rows and flops. rank's
	// scratch is the worker's, as long as the longest range it ranks, so
	// that it is allocated (and its pages first touched) once per worker,
	// not once per segment as the ranges grow: with ws, once.
	var scratch []rankScratch
	if ws != nil {
		ws.permRank = growSlice(ws.permRank, resolveWorkers(0))
		scratch = ws.permRank
	} else {
		scratch = make([]rankScratch, resolveWorkers(0))
	}
	parallel(h, 0, func(w, hh int) {
		kv := hh / (h / kvHeads)
		p := &permuter{spec: spec, q: q[hh*m*d : (hh+1)*m*d], k: k[kv*n*d : (kv+1)*n*d], m: m, n: n, d: d, segments: ns, probe: probe}
		if kt != nil {
			p.kt = kt[kv*d*n : (kv+1)*d*n]
		}
		sc := &scratch[w]
		longest := min(n, max(spec.Segment, (ns-1)*spec.Segment))
		sc.sc, sc.by, sc.tmp = growSlice(sc.sc, longest), growSlice(sc.by, longest), growSlice(sc.tmp, longest)
		p.sc, p.by, p.tmp = sc.sc, sc.by, sc.tmp
		rows := make([][]int32, ns)
		for s := range rows {
			rows[s] = out[(hh*ns+s)*n : (hh*ns+s+1)*n]
		}
		scope(p, rows)
		flops[hh] = p.flops
	})
	return out, flops
}

func permuteProbeOf(name string) permuteProbe {
	if f := permuteProbesOf[name]; f != nil {
		return f
	}
	panic("BUG: permute probe " + name + " is not registered")
}

func permuteScopeOf(name string) permuteScope {
	if f := permuteScopesOf[name]; f != nil {
		return f
	}
	panic("BUG: permute scope " + name + " is not registered")
}

// segment returns query segment s's rows [lo, hi).
func (p *permuter) segment(s int) (lo, hi int) {
	return s * p.spec.Segment, min((s+1)*p.spec.Segment, p.m)
}

// rank writes into keys the keys lo, lo+1, …, lo+len(keys)−1 by
// descending importance under the probe rows (stable: ties keep the
// earlier key first; both scopes rank ranges of keys). The importances are either all NaN (a NaN or an
// infinite score makes every one NaN: the maximum or the normaliser is
// NaN) or none, so ordering by (importance descending, place ascending) is
// a strict order that gives the stable sort's result — the identity when
// all are NaN. Under one probe row the importances' order is the scores'
// (the softmax is strictly increasing in the score), so the keys are
// ranked by score (−0 as +0): float64's exponentials would tie every key
// more than ≈ 745 below the best at 0 and merge scores closer than their
// rounding, which the exact order does not (docs/passes.md). With AVX-512
// the exponentials are eight at a time (goExp, math.Exp's bits), each
// computed once, and with transposed keys (kt) the scores too (permDots,
// Dot's bits).
func (p *permuter) rank(lo int, keys []int, probe [][]float64) {
	d := p.d
	p.sc = growSlice(p.sc, len(keys))
	p.by = growSlice(p.by, len(keys))
	sc, by := p.sc[:len(keys)], p.by[:len(keys)]
	for t := range by {
		by[t] = rankedKey{pos: t}
	}
	for _, pr := range probe {
		mx := math.Inf(-1)
		n8 := 0
		if p.kt != nil {
			if n8 = len(keys) &^ 7; n8 > 0 {
				permDots(&sc[0], &pr[0], &p.kt[lo], p.n, n8, d, p.spec.Scale)
			}
		}
		for t := n8; t < len(keys); t++ {
			j := lo + t
			sc[t] = p.spec.Scale * Dot(pr, p.k[j*d:(j+1)*d])
		}
		nan := false // math.Max's NaN; the sign of a zero maximum cannot change x − mx
		for _, x := range sc {
			if x > mx {
				mx = x
			} else if x != x {
				nan = true
			}
		}
		if nan {
			mx = math.NaN()
		}
		p.flops += float64(2 * d * len(keys))
		if len(probe) == 1 {
			// All NaN where the softmax is: a NaN, +Inf, or no score above −Inf.
			if nan || math.IsInf(mx, 0) {
				mx = math.NaN()
			}
			for t, x := range sc {
				by[t].imp = x + 0 + 0*mx // −0 as +0; NaN everywhere with mx
			}
			continue
		}
		var z float64
		if n := len(sc) &^ 7; goExp != nil && n > 0 {
			ex := p.sc[:len(sc)] // the exponentials in place of the scores
			for t, x := range sc {
				ex[t] = x - mx
			}
			goExp(&ex[0], &ex[0], n)
			for t := n; t < len(ex); t++ {
				ex[t] = math.Exp(ex[t])
			}
			for _, y := range ex {
				z += y
			}
			for t, y := range ex {
				by[t].imp += y / z / float64(len(probe))
			}
			continue
		}
		for _, x := range sc {
			z += math.Exp(x - mx)
		}
		for t, x := range sc {
			by[t].imp += math.Exp(x-mx) / z / float64(len(probe))
		}
	}
	if len(by) > 0 && !math.IsNaN(by[0].imp) { // all NaN: the identity
		p.tmp = growSlice(p.tmp, len(by))
		radixDescending(by, p.tmp[:len(by)])
	}
	for t, r := range by {
		keys[t] = lo + r.pos
	}
}

// transposeKeys writes k [n][d] into kt as [d][n], eight keys at a time
// (each row of kt written a cache line at once).
func transposeKeys(kt, k []float64, n, d int) {
	for j0 := 0; j0 < n; j0 += 8 {
		j1 := min(j0+8, n)
		for i := range d {
			row := kt[i*n+j0 : i*n+j1]
			for t := range row {
				row[t] = k[(j0+t)*d+i]
			}
		}
	}
}

// permDots is Dot(p, k_j) times c for n keys (a multiple of 8) held
// transposed (k_j[i] at kt[i·ld+j]), to the bit: permDotsAVX512, nil
// without AVX-512.
var permDots func(out, p, kt *float64, ld, n, d int, c float64)

// meanProbe: the segment's mean query.
func meanProbe(p *permuter, s int) [][]float64 {
	lo, hi := p.segment(s)
	d := p.d
	mean := make([]float64, d)
	for i := lo; i < hi; i++ {
		for t := range mean {
			mean[t] += p.q[i*d+t] / float64(hi-lo)
		}
	}
	return [][]float64{mean}
}

// lastProbe: each query of the segment's last query tile.
func lastProbe(p *permuter, s int) [][]float64 {
	lo, hi := p.segment(s)
	lo = max(lo, hi-p.spec.BQ)
	var rows [][]float64
	for i := lo; i < hi; i++ {
		rows = append(rows, p.q[i*p.d:(i+1)*p.d])
	}
	return rows
}

// localScope (PBS-Attn): inside every key segment, keys sorted under the
// last query segment's probe; one order for every query segment.
func localScope(p *permuter, rows [][]int32) {
	seg, n := p.spec.Segment, p.n
	local := make([]int, n)
	last := p.probe(p, p.segments-1)
	for b := 0; b*seg < n; b++ {
		p.rank(b*seg, local[b*seg:min((b+1)*seg, n)], last)
	}
	for _, row := range rows {
		for j := range row {
			row[j] = int32(local[j])
		}
	}
}

// globalScope (S2O): for query segment s, keys [0, s·L) ranked together
// under segment s's probe; the rest keep their place.
func globalScope(p *permuter, rows [][]int32) {
	keys := make([]int, p.n)
	for s, row := range rows {
		ranked := 0
		if s > 0 {
			ranked = min(s*p.spec.Segment, p.n)
			p.rank(0, keys[:ranked], p.probe(p, s)) // writes every one of them
		}
		for j, x := range keys[:ranked] {
			row[j] = int32(x)
		}
		for j := ranked; j < len(row); j++ {
			row[j] = int32(j)
		}
	}
}
