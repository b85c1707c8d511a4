package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// permGlobalCases are TestPermGlobalEmulated's and TestPermDotsEmulated's
// shapes and inputs.
var permGlobalCases = []struct {
	h, g, n, d, seg int
	dt              string
	nanKey          int // a key with a NaN: the prefixes holding it keep the identity (−1: none)
	coarse          bool
	outlier         int  // a key 10⁵ times the others: its score spreads the range (the buckets crowd), and float64 exp would underflow for every other key (−1: none)
	tiny            bool // scores of −2⁻¹⁵² and 0: float32 rounds the first to −0, which must rank as +0 (the host's tie)
	onehot          bool // keys ±e_c: a score is one product, so every path's is the float32 chain's to the bit (the tensor cores' too: all three of a probe's parts must be there)
}{
	{2, 1, 1000, 64, 256, "bf16", -1, false, -1, false, false},
	{2, 2, 700, 128, 128, "f16", -1, false, -1, false, false},
	{1, 1, 600, 64, 192, "bf16", 300, false, -1, false, false},
	{2, 1, 900, 64, 128, "bf16", -1, true, -1, false, false},
	{1, 1, 1300, 32, 256, "bf16", -1, false, -1, false, false},
	// 68 segments: the probes' GEMM in two blocks of 64 probes.
	{1, 1, 4300, 32, 64, "bf16", -1, false, -1, false, false},
	{1, 1, 600, 32, 128, "bf16", -1, false, -1, true, false},
	// A key far above the rest: every other key in the first
	// bucket, so permGlobal takes the radix sort from its segment on.
	{1, 1, 1100, 64, 128, "bf16", -1, false, 200, false, false},
	{2, 1, 900, 64, 128, "bf16", -1, false, -1, false, true},
	// Segments of eight query tiles (the dots' two butterflies).
	{1, 1, 1500, 64, 512, "bf16", -1, false, -1, false, false},
	// A NaN key where the dots path runs (segments of four tiles).
	{1, 1, 700, 64, 256, "bf16", 400, false, -1, false, false},
	// 40 key tiles: the dots' rescoring in two CTAs a segment.
	{1, 1, 2500, 32, 128, "bf16", -1, false, -1, false, false},
	// f32 inputs (the CUDA cores' GEMM, the keys' rescoring), a NaN key.
	{2, 1, 800, 64, 256, "f32", 300, false, -1, false, false},
}

// TestPermGlobalEmulated runs the global permute kernels (permute_global.go:
// the probes' pool, their scores' GEMM, the sort, the rescoring of the
// permuted tiles) and the segmented class kernel on the CPU
// (internal/ctaemu) and holds
// them to references: the probes' scores — the float32 GEMM's (f16 keys)
// to the bit against a model (the probe's sums in row order, the dot's
// fused multiply-adds in dim order), the tensor cores' (bf16) within
// float32 rounding of the float64 dot of that probe, and to the bit where
// a score is one product; the order to the bit against a stable sort of
// those scores by score descending, and against the run-time library's
// float64 sparse.Permute except where two keys' float64 scores lie within
// rounding of each other, the identity where a NaN key makes the host's
// importances NaN; the class table against the interval
// rule on the kernel's own order; the permuted tiles' scores within
// float32 rounding of the float64 means through that order, every other
// score left as it was. Shapes: a short last segment, GQA, f16, segments
// of 128, 192 and 256 keys (a prefix of one partial tile of 256 and of
// several), coarse scores (ties everywhere: the sort's stability), more
// than 64 segments, keys ±e_c.
func TestPermGlobalEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := permGlobalCases
	const bq, bk = 64, 64
	r := rand.New(rand.NewPCG(21, 22))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%+v)", ci, c)
		m, n := c.n, c.n
		scale := 1 / math.Sqrt(float64(c.d))
		q, k, et := permCaseInputs(r, ci)
		qt, _ := runtime.FromFloat64(et, []int{c.h, m, c.d}, q)
		kt, _ := runtime.FromFloat64(et, []int{c.g, n, c.d}, k)
		ns := (m + c.seg - 1) / c.seg
		nq, nk := (m+bq-1)/bq, (n+bk-1)/bk

		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kq := g.pool("t_probes", c.dt, c.d, c.seg)
		kg := g.permProbe("t_probe", c.dt, c.d, c.seg, scale)
		// The sort both ways as one kernel, and as the two stages pick
		// (ATTNC_PERM_SPLIT=1; last: its order is the one the class and
		// score kernels read below). (The one kernel that picks, the
		// default, is the two stages' code in one: not run again here.)
		modes := []permSort{permSortRadix, permSortBuckets, permSortAuto}
		var kps [][]Kernel
		for _, mode := range modes[:2] {
			kps = append(kps, []Kernel{g.permGlobalWith(fmt.Sprintf("t_perm%d", mode), c.seg, mode, permWhole)})
		}
		kps = append(kps, []Kernel{g.permGlobalWith("t_split", c.seg, permSortAuto, permBucketStage), g.permGlobalWith("t_split_radix", c.seg, permSortAuto, permRadixStage)})
		kc := g.permClasses("t_cls", bq, bk, true)
		ks := g.permScores("t_scores", c.dt, c.d, bq, bk, c.seg, scale)
		ll := g.m.String()

		probes := &ctaemu.Buf{Data: fill(4*c.h*ns*c.d, 0xff)}
		if err := tools.Run(ll, kq.Name, [3]int{poolGrid(kq, ns), c.h, 1}, kq.BlockRows, &ctaemu.Buf{Data: qt.Data}, probes, int32(m), int32(ns)); err != nil {
			t.Fatalf("%s: probes: %v", name, err)
		}
		var perm *ctaemu.Buf
		var runs [][]int32
		near := 0
		scr0 := &ctaemu.Buf{Data: fill(int(4*permGlobalScratch(c.h, ns, c.seg)), 0xfd)}
		if err := tools.Run(ll, kg.Name, [3]int{(n + 63) / 64, (ns + 63) / 64, c.h}, kg.BlockRows, probes, &ctaemu.Buf{Data: kt.Data}, scr0, int32(ns), int32(n), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: probe scores: %v", name, err)
		}
		// The GEMM's scores: on the CUDA cores the float32 FMA chain to the
		// bit; on the tensor cores (bf16) within float32 rounding of the
		// float64 dot of the same probe — (d + 4)·2⁻²³ of Σ|p·k|, and
		// 2⁻¹⁴⁰ beside it for products below float32's range.
		tensor := permProbeTensor(c.dt, c.d)
		kernScores := make([][][]float32, c.h) // [head][segment][key]
		for h := range c.h {
			kv := h / (c.h / c.g)
			kernScores[h] = make([][]float32, ns)
			for s := range ns {
				P := min(s*c.seg, n)
				o := 4 * (h*c.seg*ns*(ns-1)/2 + c.seg*s*(s-1)/2)
				pr := permProbe32(q[h*m*c.d:(h+1)*m*c.d], c.d, s, c.seg, m)
				kh := k[kv*n*c.d : (kv+1)*n*c.d]
				for j := range P {
					x := math.Float32frombits(binary.LittleEndian.Uint32(scr0.Data[o+4*j:]))
					kernScores[h][s] = append(kernScores[h][s], x)
					if !tensor || c.onehot {
						if w := permScores32(pr, kh, j, scale); math.Float32bits(x) != math.Float32bits(w) {
							t.Fatalf("%s: head %d segment %d key %d: score %v, the float32 chain's %v", name, h, s, j, x, w)
						}
						continue
					}
					var ref, mag float64
					for t, p := range pr {
						ref += float64(p) * kh[j*c.d+t]
						mag += math.Abs(float64(p) * kh[j*c.d+t])
					}
					ref, mag = ref*scale, mag*scale
					if math.IsNaN(ref) != math.IsNaN(float64(x)) || math.Abs(float64(x)-ref) > float64(c.d+4)*0x1p-23*mag+0x1p-140 {
						t.Fatalf("%s: head %d segment %d key %d: score %v on the tensor cores, the float64 dot's %v (|p·k| %v)", name, h, s, j, x, ref, mag)
					}
				}
			}
		}
		for ki, kp := range kps {
			scr := &ctaemu.Buf{Data: slices.Clone(scr0.Data)}
			var got []int32
			perm, got = permRunSort(t, tools, ll, name, kp, scr, c.h, ns, m, n)
			runs = append(runs, got)
			if modes[ki] == permSortAuto {
				// Which sort auto took for each prefix: the bucket sort leaves
				// its scores in place, the radix sort turns them into codes.
				byRadix := 0
				for h := range c.h {
					for s := 1; s < ns; s++ {
						o := 4 * (h*c.seg*ns*(ns-1)/2 + c.seg*s*(s-1)/2)
						l := 4 * min(s*c.seg, n)
						if !slices.Equal(scr.Data[o:o+l], scr0.Data[o:o+l]) {
							byRadix++
						}
					}
				}
				crowded := c.outlier >= 0 || c.coarse || c.tiny // buckets of hundreds of keys
				if crowded != (byRadix > 0) {
					t.Errorf("%s: the automatic sort took the radix sort for %d of %d prefixes", name, byRadix, c.h*(ns-1))
				}
			}
		}
		for ri, got := range runs {
			name := fmt.Sprintf("%s, sort %d", name, modes[ri])

			// The float32 model, and the host's float64 order.
			host, _ := sparse.Permute(abi.PermuteSpec{Segment: c.seg, Probe: "mean", Scope: "global", Scale: scale, BQ: bq}, q, k, c.h, m, c.d, c.g, n)
			for h := range c.h {
				kv := h / (c.h / c.g)
				for s := range ns {
					row := got[(h*ns+s)*n : (h*ns+s+1)*n]
					want := permOrder32(kernScores[h][s], n)
					if !slices.Equal(row, want) {
						i := 0
						for row[i] == want[i] {
							i++
						}
						t.Fatalf("%s: head %d segment %d: position %d is key %d, the sort of its scores' %d (%d differ)", name, h, s, i, row[i], want[i], countDiff(row, want))
					}
					hr := host[(h*ns+s)*n : (h*ns+s+1)*n]
					for i := range row {
						if row[i] == hr[i] {
							continue
						}
						// A swap is only allowed between keys whose float64
						// scores are within rounding.
						pr := meanRow(q[h*m*c.d:(h+1)*m*c.d], c.d, s*c.seg, min((s+1)*c.seg, m))
						a := scale * sparse.Dot(pr, k[(kv*n+int(row[i]))*c.d:][:c.d])
						b := scale * sparse.Dot(pr, k[(kv*n+int(hr[i]))*c.d:][:c.d])
						if math.Abs(a-b) > 1e-5*(1+math.Abs(a)) {
							t.Fatalf("%s: head %d segment %d: position %d is key %d (score %.9g), the host's %d (score %.9g)", name, h, s, i, row[i], a, hr[i], b)
						}
						near++
					}
				}
			}
			if c.nanKey >= 0 {
				for s := range ns {
					if s*c.seg > c.nanKey {
						for i, x := range got[s*n : (s+1)*n] {
							if int(x) != i {
								t.Fatalf("%s: segment %d ranks a prefix with a NaN key: position %d is key %d", name, s, i, x)
							}
						}
					}
				}
			}

		}
		got := runs[len(runs)-1]

		// The classes of every segment's query tiles, from its order.
		cls := &ctaemu.Buf{Data: fill(c.h*nq*nk, 0xee)}
		if err := tools.Run(ll, kc.Name, [3]int{(nk + 255) / 256, ns, c.h}, kc.BlockRows, perm, cls, int32(m), int32(n), int32(nq), int32(nk), int32(ns), int32(c.seg)); err != nil {
			t.Fatalf("%s: classes: %v", name, err)
		}
		for h := range c.h {
			for I := range nq {
				s := I * bq / c.seg
				row := got[(h*ns+s)*n : (h*ns+s+1)*n]
				q0, q1 := I*bq, min((I+1)*bq, m)-1
				for J := range nk {
					keys := row[J*bk : min((J+1)*bk, n)]
					want := byte(1)
					switch {
					case int(slices.Min(keys)) > q1:
						want = 0
					case int(slices.Max(keys)) <= q0 && len(keys) == bk:
						want = 2
					}
					if g := cls.Data[(h*nq+I)*nk+J]; g != want {
						t.Fatalf("%s: class of head %d tile (%d, %d) is %d, want %d", name, h, I, J, g, want)
					}
				}
			}
		}

		// The permuted tiles' scores over a table of sentinels.
		qm := make([]float32, c.h*nq*c.d)
		for h := range c.h {
			for I := range nq {
				mr := meanRow(q[h*m*c.d:(h+1)*m*c.d], c.d, I*bq, min((I+1)*bq, m))
				for t, x := range mr {
					qm[(h*nq+I)*c.d+t] = float32(x)
				}
			}
		}
		eb := &ctaemu.Buf{Data: f32Bytes(slices.Repeat([]float32{permSentinel}, c.h*nq*nk))}
		if err := tools.Run(ll, ks.Name, [3]int{(nk + cuda.PermScoresTiles - 1) / cuda.PermScoresTiles, ns, c.h}, ks.BlockRows,
			&ctaemu.Buf{Data: kt.Data}, &ctaemu.Buf{Data: f32Bytes(qm)}, eb, perm, int32(m), int32(n), int32(nq), int32(nk), int32(ns), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: scores: %v", name, err)
		}
		written := permTileScores(t, name, eb, got, c.h, c.g, nq, nk, ns, n, c.seg, bq, bk, c.nanKey, func(h, kv, I int, keys []int32) (float64, float64) {
			var want float64
			for t := range c.d {
				var kbar float64
				for _, j := range keys {
					kbar += k[(kv*n+int(j))*c.d+t]
				}
				want += float64(qm[(h*nq+I)*c.d+t]) * kbar / bk
			}
			want *= scale * math.Log2E
			return want, 1e-5 * (1 + math.Abs(want))
		})
		t.Logf("%s: %d segments a head; %d positions swapped against the host within rounding; %d permuted tile scores", name, ns, near, written)
	}
}

// permRunSort runs the global permute's sort kernels kp (one, or the two
// stages) in order on the scratch scr, into a poisoned order [h, ns, n],
// and returns it as bytes and as keys.
func permRunSort(t *testing.T, tools ctaemu.Tools, ll, name string, kp []Kernel, scr *ctaemu.Buf, h, ns, m, n int) (*ctaemu.Buf, []int32) {
	t.Helper()
	perm := &ctaemu.Buf{Data: fill(4*h*ns*n, 0xfe)}
	for _, k := range kp {
		if err := tools.Run(ll, k.Name, [3]int{ns, h, 1}, k.BlockRows, perm, scr, int32(m), int32(n)); err != nil {
			t.Fatalf("%s: permute (%s): %v", name, k.Name, err)
		}
	}
	got := make([]int32, h*ns*n)
	for i := range got {
		got[i] = int32(binary.LittleEndian.Uint32(perm.Data[4*i:]))
	}
	return perm, got
}

// permSentinel fills the score table before a rescoring: a tile the
// rescoring must leave alone keeps it.
const permSentinel = 12345.5

// permTileScores walks the score table eb [h, nq, nk] after a rescoring
// of the order got [h, ns, n]: a tile that is not a permuted one of its
// query tile's segment must keep permSentinel; a permuted one holding the
// NaN key (nanKey ≥ 0) must be NaN; every other must lie within tol of
// want, both from ref(h, its KV head, I, the tile's keys). It returns how
// many scores it held to ref, and fails where there were none.
func permTileScores(t *testing.T, name string, eb *ctaemu.Buf, got []int32, heads, kvHeads, nq, nk, ns, n, seg, bq, bk, nanKey int, ref func(h, kv, I int, keys []int32) (want, tol float64)) int {
	t.Helper()
	written := 0
	for h := range heads {
		kv := h / (heads / kvHeads)
		for I := range nq {
			s := I * bq / seg
			row := got[(h*ns+s)*n : (h*ns+s+1)*n]
			for J := range nk {
				v := math.Float32frombits(binary.LittleEndian.Uint32(eb.Data[4*((h*nq+I)*nk+J):]))
				if J >= s*seg/bk {
					if v != permSentinel {
						t.Fatalf("%s: score of head %d tile (%d, %d), not a permuted one, overwritten: %v", name, h, I, J, v)
					}
					continue
				}
				keys := row[J*bk : (J+1)*bk]
				if nanKey >= 0 && slices.Contains(keys, int32(nanKey)) {
					if !math.IsNaN(float64(v)) {
						t.Fatalf("%s: score of head %d tile (%d, %d) holding the NaN key is %v", name, h, I, J, v)
					}
					continue
				}
				want, tol := ref(h, kv, I, keys)
				if math.Abs(float64(v)-want) > tol {
					t.Fatalf("%s: score of head %d tile (%d, %d) is %v, want %v (within %v)", name, h, I, J, v, want, tol)
				}
				written++
			}
		}
	}
	if written == 0 {
		t.Fatalf("%s: no permuted tile scored", name)
	}
	return written
}

// permCaseInputs are case ci's q [h, n, d] and k [g, n, d], drawn from r
// and rounded to the case's type.
func permCaseInputs(r *rand.Rand, ci int) (q, k []float64, et runtime.DType) {
	c := permGlobalCases[ci]
	et = map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16, "f32": runtime.F32}[c.dt]
	m, n := c.n, c.n
	q = make([]float64, c.h*m*c.d)
	k = make([]float64, c.g*n*c.d)
	for _, x := range [][]float64{q, k} {
		for i := range x {
			x[i] = runtime.RoundFloat64(r.NormFloat64(), et)
		}
	}
	if c.coarse { // scores of five values: q̄ along dim 0, keys' dim 0 in −2 … 2
		clear(q)
		for i := 0; i < len(q); i += c.d {
			q[i] = 1
		}
		for j := range c.g * n {
			k[j*c.d] = float64(r.IntN(5) - 2)
		}
	}
	if c.tiny {
		// q̄ = 2⁻⁷⁶ along the last dim, the keys' last dim −2⁻⁷⁶ or 0:
		// the dot's last product −2⁻¹⁵², which float32 rounds to −0
		// (the dims before it sum to +0, which would absorb a −0
		// earlier in the chain), or +0.
		clear(q)
		clear(k)
		for i := c.d - 1; i < len(q); i += c.d {
			q[i] = 0x1p-76
		}
		for j := range c.g * n {
			k[j*c.d+c.d-1] = -0x1p-76 * float64(r.IntN(2))
		}
	}
	if c.onehot {
		clear(k)
		for j := range c.g * n {
			k[j*c.d+j%c.d] = float64(1 - 2*(j/c.d%2))
		}
	}
	if c.outlier >= 0 {
		for i := range c.d {
			k[c.outlier*c.d+i] = runtime.RoundFloat64(1e5*k[c.outlier*c.d+i], et)
		}
	}
	if c.nanKey >= 0 {
		k[c.nanKey*c.d+3] = math.NaN()
	}
	return q, k, et
}

// permProbe32 is segment s's probe as the pool kernel computes it: the
// float32 sums of its rows in row order, over their count.
func permProbe32(q []float64, d, s, seg, m int) []float32 {
	lo, hi := s*seg, min((s+1)*seg, m)
	probe := make([]float32, d)
	for c := range d {
		var sum float32
		for i := lo; i < hi; i++ {
			sum += float32(q[i*d+c])
		}
		probe[c] = sum / float32(hi-lo)
	}
	return probe
}

// permScores32 is the float32 GEMM's score of key j under probe p: the
// fused multiply-adds in dim order, scaled, −0 made +0.
func permScores32(p []float32, k []float64, j int, scale float64) float32 {
	d := len(p)
	var acc float32
	for c := range d {
		acc = fma32(p[c], float32(k[j*d+c]), acc)
	}
	return float32(acc*float32(scale)) + 0
}

// permOrder32 is the global permute kernel's order of a prefix with
// scores sc (the GEMM's, as the kernel read them) among n keys: the
// identity where a score is NaN or +Inf or every score −Inf, else a stable
// sort by score descending.
func permOrder32(sc []float32, n int) []int32 {
	out := make([]int32, n)
	for j := range out {
		out[j] = int32(j)
	}
	P := len(sc)
	if P == 0 {
		return out
	}
	for _, x := range sc {
		if x != x || math.IsInf(float64(x), 1) {
			return out
		}
	}
	if !slices.ContainsFunc(sc, func(x float32) bool { return !math.IsInf(float64(x), -1) }) {
		return out
	}
	slices.SortStableFunc(out[:P], func(a, b int32) int {
		switch {
		case sc[a] > sc[b]:
			return -1
		case sc[a] < sc[b]:
			return 1
		}
		return 0
	})
	return out
}

// meanRow is the float64 mean of rows [lo, hi) of x [·, d].
func meanRow(x []float64, d, lo, hi int) []float64 {
	out := make([]float64, d)
	for i := lo; i < hi; i++ {
		for t := range d {
			out[t] += x[i*d+t] / float64(hi-lo)
		}
	}
	return out
}

// fma32 is x·y + z rounded once to float32: the float64 sum is exact
// but for its rounding error e (TwoSum), which decides only where the sum
// lies halfway between two float32 values.
func fma32(x, y, z float32) float32 {
	p := float64(x) * float64(y) // exact: 48 bits
	s := p + float64(z)
	r := float32(s)
	zz := s - p
	e := (p - (s - zz)) + (float64(z) - zz)
	if float64(r) == s || e == 0 {
		return r
	}
	o := math.Nextafter32(r, float32(math.Inf(1)))
	if float64(r) > s {
		o = math.Nextafter32(r, float32(math.Inf(-1)))
	}
	if (float64(r)+float64(o))/2 != s { // not halfway: r is the rounding of s + e too
		return r
	}
	if (e > 0) == (float64(o) > float64(r)) {
		return o
	}
	return r
}

func countDiff(a, b []int32) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

func f32Bytes(x []float32) []byte {
	b := make([]byte, 4*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

// TestPermDotsEmulated runs S2O's per-key dots path (permDots: the query
// tiles' means as the probes' GEMM's rows on the tensor cores, the
// segments' scores from their tiles' dots, the permuted tiles rescored
// from the dots) on the CPU (internal/ctaemu), on every case of
// permGlobalCases it takes (bf16, segments of two, four or eight query
// tiles), and holds it to references: each dot within float32 rounding of
// the float64 dot of the pooled tile mean (to the bit where a dot is one
// product: keys ±e_c); each segment's score within rounding of the
// float64 weighted mean of its tiles' dots (the rows of each tile); the
// order to the bit against a stable sort of the kernel's own scores, and
// against the host's float64 order except between keys whose float64
// scores lie within rounding; the permuted tiles' scores within rounding
// of the float64 dot of the tile mean and the mean of the keys the order
// puts in the tile, every other score left as it was. Poisoned buffers
// (NaN bytes) show anything unwritten.
func TestPermDotsEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const bq, bk = 64, 64
	r := rand.New(rand.NewPCG(21, 22))
	ran := 0
	for ci, c := range permGlobalCases {
		q, k, et := permCaseInputs(r, ci) // drawn for every case: each case's inputs as TestPermGlobalEmulated's
		R := permDots(c.dt, c.d, bq, bk, c.seg)
		if R == 0 {
			continue
		}
		ran++
		name := fmt.Sprintf("case %d (%+v, %d tiles a segment)", ci, c, R)
		m, n := c.n, c.n
		scale := 1 / math.Sqrt(float64(c.d))
		qt, _ := runtime.FromFloat64(et, []int{c.h, m, c.d}, q)
		kt, _ := runtime.FromFloat64(et, []int{c.g, n, c.d}, k)
		ns, nq, nk := (m+c.seg-1)/c.seg, (m+bq-1)/bq, (n+bk-1)/bk

		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		kq := g.poolFrag("t_tiles", c.dt, c.d, bq)
		kg := g.permProbeMMAWith("t_dots", c.d, c.seg, R, bq, scale)
		kp := g.permGlobal("t_perm", c.seg)
		ks := g.permScoresDots("t_rescore", bq, bk, c.seg, R, scale)
		ll := g.m.String()

		nt8 := (nq + 7) / 8
		qmb := &ctaemu.Buf{Data: fill(48*c.h*nt8*c.d, 0xff)}
		if err := tools.Run(ll, kq.Name, [3]int{nt8 * 8, c.h, 1}, kq.BlockRows, &ctaemu.Buf{Data: qt.Data}, qmb, int32(m), int32(nq)); err != nil {
			t.Fatalf("%s: tile means: %v", name, err)
		}
		// The tile means (the pool's float32 sums in row order over their
		// count), and their parts in the B fragments: hi + mid + lo each
		// mean to the bit, zeros past the last tile.
		qm := make([]float32, c.h*nq*c.d)
		for h := range c.h {
			for I := range nt8 * 8 {
				var mr []float32
				if I < nq {
					mr = permProbe32(q[h*m*c.d:(h+1)*m*c.d], c.d, I, bq, m)
					copy(qm[(h*nq+I)*c.d:], mr)
				}
				for cc := range c.d {
					var sum float64
					for part := range 3 {
						w := cc % 32
						u := ((((h*nt8+I/8)*(c.d/16)+2*(cc/32)+w%8/4)*3+part)*32+4*(I%8)+w/8)*2 + w%4/2
						bits := binary.LittleEndian.Uint16(qmb.Data[2*(2*u+cc%2):])
						sum += float64(math.Float32frombits(uint32(bits) << 16))
					}
					want := 0.0
					if I < nq {
						want = float64(mr[cc])
					}
					if sum != want {
						t.Fatalf("%s: head %d tile %d dim %d: the B fragments' parts add to %v, the mean is %v", name, h, I, cc, sum, want)
					}
				}
			}
		}
		words := permGlobalScratch(c.h, ns, c.seg)
		scr := &ctaemu.Buf{Data: fill(int(4*words), 0xfd)}
		dots := &ctaemu.Buf{Data: fill(int(4*int64(R)*(words/3)), 0xff)}
		if err := tools.Run(ll, kg.Name, [3]int{(n + 63) / 64, (nq + 63) / 64, c.h}, kg.BlockRows, qmb, &ctaemu.Buf{Data: kt.Data}, scr, dots, int32(ns), int32(n), int32(m), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: dots: %v", name, err)
		}
		f32At := func(b *ctaemu.Buf, i int64) float32 {
			return math.Float32frombits(binary.LittleEndian.Uint32(b.Data[4*i:]))
		}
		dotAt := func(h, s, j, u int) float32 {
			return f32At(dots, (int64(h*c.seg*ns*(ns-1)/2+c.seg*s*(s-1)/2)+int64(j))*int64(R)+int64(u))
		}
		// The dots and the segments' scores.
		kernScores := make([][][]float32, c.h)
		for h := range c.h {
			kv := h / (c.h / c.g)
			kh := k[kv*n*c.d : (kv+1)*n*c.d]
			kernScores[h] = make([][]float32, ns)
			for s := range ns {
				P := min(s*c.seg, n)
				o := int64(h*c.seg*ns*(ns-1)/2 + c.seg*s*(s-1)/2)
				for j := range P {
					var wsum, wmag, rows float64
					for u := range R {
						I := s*R + u
						if I >= nq {
							continue
						}
						x := dotAt(h, s, j, u)
						var ref, mag float64
						for t := range c.d {
							p := float64(qm[(h*nq+I)*c.d+t]) * kh[j*c.d+t]
							ref += p
							mag += math.Abs(p)
						}
						bound := float64(c.d+4)*0x1p-23*mag + 0x1p-140
						if c.onehot {
							bound = 0
						}
						if math.IsNaN(ref) != math.IsNaN(float64(x)) || math.Abs(float64(x)-ref) > bound {
							t.Fatalf("%s: head %d segment %d key %d tile %d: dot %v, the float64 dot's %v (|q̄·k| %v)", name, h, s, j, I, x, ref, mag)
						}
						nr := float64(min(bq, m-I*bq))
						wsum += nr * float64(x)
						wmag += nr * math.Abs(float64(x))
						rows += nr
					}
					x := f32At(scr, o+int64(j))
					kernScores[h][s] = append(kernScores[h][s], x)
					ref := scale * wsum / rows
					if math.IsNaN(ref) != math.IsNaN(float64(x)) || math.Abs(float64(x)-ref) > float64(R+4)*0x1p-24*scale*wmag/rows+0x1p-140 {
						t.Fatalf("%s: head %d segment %d key %d: score %v, its tiles' weighted dots %v", name, h, s, j, x, ref)
					}
				}
			}
		}
		// The sort of those scores (scratch as the GEMM left it).
		perm, got := permRunSort(t, tools, ll, name, kp, scr, c.h, ns, m, n)
		host, _ := sparse.Permute(abi.PermuteSpec{Segment: c.seg, Probe: "mean", Scope: "global", Scale: scale, BQ: bq}, q, k, c.h, m, c.d, c.g, n)
		near := 0
		for h := range c.h {
			kv := h / (c.h / c.g)
			for s := range ns {
				row := got[(h*ns+s)*n : (h*ns+s+1)*n]
				if want := permOrder32(kernScores[h][s], n); !slices.Equal(row, want) {
					t.Fatalf("%s: head %d segment %d: the order is not the sort of its scores (%d differ)", name, h, s, countDiff(row, want))
				}
				hr := host[(h*ns+s)*n : (h*ns+s+1)*n]
				pr := meanRow(q[h*m*c.d:(h+1)*m*c.d], c.d, s*c.seg, min((s+1)*c.seg, m))
				for i := range row {
					if row[i] == hr[i] {
						continue
					}
					a := scale * sparse.Dot(pr, k[(kv*n+int(row[i]))*c.d:][:c.d])
					b := scale * sparse.Dot(pr, k[(kv*n+int(hr[i]))*c.d:][:c.d])
					if math.Abs(a-b) > 1e-5*(1+math.Abs(a)) {
						t.Fatalf("%s: head %d segment %d: position %d is key %d (score %.9g), the host's %d (score %.9g)", name, h, s, i, row[i], a, hr[i], b)
					}
					near++
				}
			}
		}
		// The permuted tiles' scores over a table of sentinels.
		eb := &ctaemu.Buf{Data: f32Bytes(slices.Repeat([]float32{permSentinel}, c.h*nq*nk))}
		if err := tools.Run(ll, ks.Name, [3]int{(nk + cuda.PermScoresDotsTiles - 1) / cuda.PermScoresDotsTiles, ns, c.h}, ks.BlockRows,
			dots, eb, perm, int32(n), int32(nq), int32(nk), int32(ns)); err != nil {
			t.Fatalf("%s: rescoring: %v", name, err)
		}
		written := permTileScores(t, name, eb, got, c.h, c.g, nq, nk, ns, n, c.seg, bq, bk, c.nanKey, func(h, kv, I int, keys []int32) (float64, float64) {
			var want, mag float64
			for _, j := range keys {
				for t := range c.d {
					p := float64(qm[(h*nq+I)*c.d+t]) * k[(kv*n+int(j))*c.d+t]
					want += p
					mag += math.Abs(p)
				}
			}
			want *= scale * math.Log2E / bk
			mag *= scale * math.Log2E / bk
			// Each dot within (d + 4)·2⁻²³ of its |q̄·k|, their sum of bk
			// and the scaling within (bk + 8)·2⁻²⁴.
			return want, float64(c.d+bk+12)*0x1p-23*mag + 0x1p-140
		})
		t.Logf("%s: %d positions swapped against the host within rounding; %d permuted tile scores", name, near, written)
	}
	if ran == 0 {
		t.Fatal("no case takes the dots path")
	}
}
