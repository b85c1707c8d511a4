package sparse

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/attnc/attnc/runtime/abi"
)

// TestPermuteHosts checks the probe and scope registries against abi's
// declarations, both ways.
func TestPermuteHosts(t *testing.T) {
	for _, name := range abi.PermuteProbes() {
		if permuteProbesOf[name] == nil {
			t.Errorf("probe %s: declared in runtime/abi, but no host implementation", name)
		}
	}
	for name := range permuteProbesOf {
		if abi.LookupPermuteProbe(name) == nil {
			t.Errorf("probe %s: a host implementation runtime/abi does not declare", name)
		}
	}
	for _, name := range abi.PermuteScopes() {
		if permuteScopesOf[name] == nil {
			t.Errorf("scope %s: declared in runtime/abi, but no host implementation", name)
		}
	}
	for name := range permuteScopesOf {
		if abi.LookupPermuteScope(name) == nil {
			t.Errorf("scope %s: a host implementation runtime/abi does not declare", name)
		}
	}
}

// TestPermuteMatchesReference holds Permute to refPermute, the
// implementation as it was before the probes and scopes were registered
// by name, to the bit: orders and flops.
func TestPermuteMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var ws Workspace
	for it := range 300 {
		kvHeads := 1 + r.IntN(2)
		h := kvHeads * (1 + r.IntN(2))
		bq := []int{4, 8}[r.IntN(2)]
		seg := bq * (1 + r.IntN(3))
		m := 1 + r.IntN(5*seg)
		n := m
		if it%3 == 0 {
			n = 1 + r.IntN(5*seg)
		}
		d := 1 + r.IntN(6)
		if it%4 == 1 { // the kernels' sizes: eight keys and more a step, a real head dim
			d = []int{16, 64}[r.IntN(2)]
			n = 1 + r.IntN(300)
			if it%8 == 1 {
				m = n
			}
		}
		q, k := make([]float64, h*m*d), make([]float64, kvHeads*n*d)
		for i := range q {
			q[i] = r.NormFloat64()
		}
		for i := range k {
			k[i] = r.NormFloat64()
			if r.IntN(8) == 0 {
				k[i] = 0 // ties
			}
		}
		if it%7 == 0 { // a non-finite input: every importance of its ranks NaN
			x := []float64{math.NaN(), math.Inf(1), math.Inf(-1)}[r.IntN(3)]
			if r.IntN(2) == 0 {
				k[r.IntN(len(k))] = x
			} else {
				q[r.IntN(len(q))] = x
			}
		}
		spec := PermuteSpec{Segment: seg, Probe: []string{"mean", "last"}[r.IntN(2)], Scope: []string{"local", "global"}[r.IntN(2)], Scale: 0.5, BQ: bq}
		want, wantF := refPermute(spec, q, k, h, m, d, kvHeads, n)
		got, gotF := Permute(spec, q, k, h, m, d, kvHeads, n)
		if !slices.Equal(got, want) || !slices.Equal(gotF, wantF) { // flops: never NaN
			t.Fatalf("case %d %+v h=%d m=%d n=%d d=%d: orders or flops differ from the reference", it, spec, h, m, n, d)
		}
		// With a Workspace (kept across cases of every shape): the keys
		// transposed and scored eight at a time where the CPU can.
		got, gotF = PermuteIn(&ws, spec, q, k, h, m, d, kvHeads, n)
		if !slices.Equal(got, want) || !slices.Equal(gotF, wantF) {
			t.Fatalf("case %d %+v h=%d m=%d n=%d d=%d: PermuteIn's orders or flops differ from the reference", it, spec, h, m, n, d)
		}
	}
}

// refPermute is Permute as it was (a frozen copy; do not edit). Since the
// twenty-fifth session Permute ranks keys under one probe row by score,
// where this copy ranks float64 probabilities: the two agree wherever no
// probability underflows to 0 or two merge in rounding, which holds for
// TestPermuteMatchesReference's inputs (TestPermuteRanksByScore covers
// the rest).
func refPermute(spec PermuteSpec, q, k []float64, h, m, d, kvHeads, n int) ([]int32, []float64) {
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

// TestPermutedMeansNotKept: mean scores over permuted keys pool each key
// tile once a segment into per-worker scratch (scoreScratch.seg); a second
// call on the same Workspace with other keys must pool them again, and
// score as a fresh Workspace does.
func TestPermutedMeansNotKept(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const d, seg = 16, 128
	// One head and one segment on one worker: the second call's first
	// item is the first call's last.
	for _, c := range []struct{ h, n, workers int }{{1, seg, 1}, {2, 4 * seg, 2}} {
		h, n := c.h, c.n
		q, k1, k2 := make([]float64, h*n*d), make([]float64, h*n*d), make([]float64, h*n*d)
		for i := range q {
			q[i], k1[i], k2[i] = r.NormFloat64(), r.NormFloat64(), r.NormFloat64()
		}
		pspec := PermuteSpec{Segment: seg, Probe: "mean", Scope: "global", Scale: 0.25, BQ: 64}
		spec := ScoreSpec{Method: "mean", Scale: 0.25}
		ws := &Workspace{}
		for i, k := range [][]float64{k1, k2} {
			perm, _ := Permute(pspec, q, k, h, n, d, h, n)
			g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}, Perm: perm, Segment: seg}
			got, _, err := BlockScoreIn(ws, g, spec, q, k, d, c.workers)
			if err != nil {
				t.Fatal(err)
			}
			got = slices.Clone(got)
			want, _, err := BlockScoreIn(nil, g, spec, q, k, d, c.workers)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%d heads of %d, call %d: the kept Workspace's scores differ from a fresh one's", h, n, i)
			}
		}
	}
}

// TestPermDots: the probe-scoring kernel gives c·Dot's bits for every key
// of a transposed range — head dims 1 to 128, 8 to 104 keys (both of its
// widths), a leading dimension past the keys, values spanning 2⁴⁰ so that
// rounding each product before the add (not fusing them) shows — and
// writes nothing past its n outputs.
func TestPermDots(t *testing.T) {
	if permDots == nil {
		t.Skip("no AVX-512 permDots on this CPU")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, d := range []int{1, 3, 16, 64, 128} {
		for _, n := range []int{8, 16, 32, 40, 104} {
			ld := n + r.IntN(9)
			p, kt := make([]float64, d), make([]float64, d*ld)
			for i := range p {
				p[i] = r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20))
			}
			for i := range kt {
				kt[i] = r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20))
			}
			c := r.NormFloat64()
			out := make([]float64, n+8)
			for i := range out {
				out[i] = math.NaN()
			}
			permDots(&out[0], &p[0], &kt[0], ld, n, d, c)
			k := make([]float64, d)
			for j := range n {
				for i := range d {
					k[i] = kt[i*ld+j]
				}
				if want := c * Dot(p, k); math.Float64bits(out[j]) != math.Float64bits(want) {
					t.Fatalf("d=%d n=%d key %d: %v, want %v", d, n, j, out[j], want)
				}
			}
			for j, x := range out[n:] {
				if !math.IsNaN(x) {
					t.Fatalf("d=%d n=%d: out[%d] past the keys was written", d, n, n+j)
				}
			}
		}
	}
}

// TestPermuteRanksByScore: under one probe row (probe: mean) keys are
// ranked by score, not by float64 softmax probabilities — those are 0 for
// every key more than ≈ 745 below the best, which would leave them in key
// order. One key 2000 above the rest; the rest must still follow their
// scores (descending, ties by index), in both scopes, and −0 ties +0.
func TestPermuteRanksByScore(t *testing.T) {
	const d, n, seg = 4, 64, 32
	r := rand.New(rand.NewPCG(3, 4))
	q := make([]float64, n*d) // every query (1, 0, 0, 0): the probe too
	for i := 0; i < n; i++ {
		q[i*d] = 1
	}
	k := make([]float64, n*d)
	for j := range n {
		k[j*d] = float64(r.IntN(9) - 4) // ties everywhere
	}
	k[5*d] = 2000 // key 5: 2000 above the rest (exp(−2000) underflows)
	k[7*d] = math.Copysign(0, -1)
	k[9*d] = 0 // key 7's −0 score ties key 9's +0
	for _, scope := range []string{"global", "local"} {
		spec := PermuteSpec{Segment: seg, Probe: "mean", Scope: scope, Scale: 1, BQ: 32}
		out, _ := Permute(spec, q, k, 1, n, d, 1, n)
		ns := n / seg
		for s := range ns {
			row := out[s*n : (s+1)*n]
			var ranges [][2]int // the ranked ranges of this row
			if scope == "global" {
				ranges = [][2]int{{0, s * seg}}
			} else {
				ranges = [][2]int{{0, seg}, {seg, n}}
			}
			for _, rg := range ranges {
				want := make([]int32, 0, rg[1]-rg[0])
				for j := rg[0]; j < rg[1]; j++ {
					want = append(want, int32(j))
				}
				slices.SortStableFunc(want, func(a, b int32) int { return cmp.Compare(k[int(b)*d], k[int(a)*d]) })
				if got := row[rg[0]:rg[1]]; !slices.Equal(got, want) {
					t.Fatalf("%s scope, segment %d, keys [%d, %d): %v, want by score %v", scope, s, rg[0], rg[1], got, want)
				}
			}
		}
	}
}

// FuzzPermute: random shapes, scopes, probes and inputs spanning 2^±60
// (softmax probabilities that underflow), zeros (ties) and non-finite
// values. Permute and PermuteIn (the kernels' path) agree to the bit; each
// row is a bijection on its ranked ranges and the identity elsewhere; and
// under the mean probe (one row) the ranked keys follow their scores
// descending, ties by index — or stay in place where a NaN, +Inf, or no
// score above −Inf makes the importances NaN.
func FuzzPermute(f *testing.F) {
	f.Add(uint64(1), uint8(2), uint8(3), uint8(40), uint8(5), uint8(0), uint8(0))
	f.Add(uint64(2), uint8(1), uint8(1), uint8(200), uint8(64), uint8(60), uint8(1))
	f.Add(uint64(3), uint8(3), uint8(2), uint8(90), uint8(16), uint8(30), uint8(2))
	var ws Workspace
	f.Fuzz(func(t *testing.T, seed uint64, hb, segb, nb, db, spread, mode uint8) {
		r := rand.New(rand.NewPCG(seed, 9))
		kvHeads := 1 + int(hb)%2
		h := kvHeads * (1 + int(hb/2)%2)
		bq := 4
		seg := bq * (1 + int(segb)%4)
		n := 1 + int(nb)
		m := n
		d := 1 + int(db)%64
		q, k := make([]float64, h*m*d), make([]float64, kvHeads*n*d)
		e := float64(int(spread)%121 - 60) // values up to 2^±60
		for _, x := range [][]float64{q, k} {
			for i := range x {
				x[i] = r.NormFloat64() * math.Exp2(e*r.Float64())
				if r.IntN(6) == 0 {
					x[i] = 0
				}
			}
		}
		if mode%4 == 3 {
			x := []float64{math.NaN(), math.Inf(1), math.Inf(-1)}[r.IntN(3)]
			k[r.IntN(len(k))] = x
		}
		spec := PermuteSpec{Segment: seg, Probe: []string{"mean", "last"}[int(mode/4)%2], Scope: []string{"local", "global"}[int(mode/8)%2], Scale: 0.125, BQ: bq}
		got, flops := Permute(spec, q, k, h, m, d, kvHeads, n)
		got2, flops2 := PermuteIn(&ws, spec, q, k, h, m, d, kvHeads, n)
		if !slices.Equal(got, got2) || !slices.Equal(flops, flops2) {
			t.Fatalf("%+v h=%d n=%d d=%d: PermuteIn differs from Permute", spec, h, n, d)
		}
		ns := (m + seg - 1) / seg
		for hh := range h {
			kv := hh / (h / kvHeads)
			for s := range ns {
				row := got[(hh*ns+s)*n : (hh*ns+s+1)*n]
				var ranges [][2]int
				if spec.Scope == "global" {
					ranges = [][2]int{{0, min(s*seg, n)}}
					for j := min(s*seg, n); j < n; j++ {
						if row[j] != int32(j) {
							t.Fatalf("%+v: head %d segment %d: position %d past the ranked keys holds %d", spec, hh, s, j, row[j])
						}
					}
				} else {
					for lo := 0; lo < n; lo += seg {
						ranges = append(ranges, [2]int{lo, min(lo+seg, n)})
					}
				}
				for _, rg := range ranges {
					seen := map[int32]bool{}
					for _, x := range row[rg[0]:rg[1]] {
						if int(x) < rg[0] || int(x) >= rg[1] || seen[x] {
							t.Fatalf("%+v: head %d segment %d: positions [%d, %d) are not a bijection: %v", spec, hh, s, rg[0], rg[1], row[rg[0]:rg[1]])
						}
						seen[x] = true
					}
					if spec.Probe != "mean" || rg[1] == rg[0] {
						continue
					}
					ps := s // the probe's segment: the last one for local scope
					if spec.Scope == "local" {
						ps = ns - 1
					}
					lo, hi := ps*seg, min((ps+1)*seg, m)
					pr := make([]float64, d)
					for i := lo; i < hi; i++ {
						for t := range pr {
							pr[t] += q[(hh*m+i)*d+t] / float64(hi-lo)
						}
					}
					score := func(j int32) float64 { return spec.Scale * Dot(pr, k[(kv*n+int(j))*d:][:d]) }
					ident, finite := false, false
					for j := rg[0]; j < rg[1]; j++ {
						x := score(int32(j))
						ident = ident || math.IsNaN(x) || math.IsInf(x, 1)
						finite = finite || x > math.Inf(-1)
					}
					for p := rg[0]; p+1 < rg[1]; p++ {
						a, b := row[p], row[p+1]
						if ident || !finite {
							if a != int32(p) {
								t.Fatalf("%+v: head %d segment %d: a NaN importance keeps the identity, position %d holds %d", spec, hh, s, p, a)
							}
							continue
						}
						if sa, sb := score(a), score(b); sa < sb || (sa == sb && a > b) {
							t.Fatalf("%+v: head %d segment %d: key %d (score %g) ranked before key %d (score %g)", spec, hh, s, a, sa, b, sb)
						}
					}
				}
			}
		}
	})
}
