package sparse

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// kvCase is a random KV cache for the key-length tests: B sequences of hs
// query heads and gs KV heads each, capacity N, their lengths, M queries
// and tiles; q and k float64 with k's rows past each length NaN.
type kvCase struct {
	g      Grid
	b, hs  int
	gs, d  int
	q, k   []float64
	scores ScoreSpec
}

func randomKVCase(r *rand.Rand, method string) kvCase {
	tiles := []int{4, 8, 16}
	c := kvCase{b: 1 + r.IntN(3), gs: 1 + r.IntN(2), d: []int{1, 3, 8, 16}[r.IntN(4)]}
	c.hs = c.gs * (1 + r.IntN(2))
	c.g = Grid{H: c.b * c.hs, Group: c.hs / c.gs, BQ: tiles[r.IntN(3)], BK: tiles[r.IntN(3)], Mask: testMasks[r.IntN(len(testMasks))]}
	c.g.N = 1 + r.IntN(150)
	c.g.M = 1 + r.IntN(20)
	if r.IntN(4) == 0 {
		c.g.M = 1 + r.IntN(60)
	}
	c.g.Lens = make([]int32, c.b)
	for i := range c.g.Lens {
		c.g.Lens[i] = int32([]int{0, c.g.N, r.IntN(c.g.N + 1), r.IntN(c.g.N + 1)}[r.IntN(4)])
	}
	coarse := r.IntN(3) == 0
	c.q = randomValues(r, c.g.H*c.g.M*c.d, coarse)
	c.k = randomValues(r, c.b*c.gs*c.g.N*c.d, coarse)
	for kv := range c.b * c.gs {
		for j := c.g.KVKeys(kv); j < c.g.N; j++ {
			for x := range c.d {
				c.k[(kv*c.g.N+j)*c.d+x] = math.NaN()
			}
		}
	}
	c.scores = ScoreSpec{Method: method, Scale: []float64{0.25, 1}[r.IntN(2)]}
	return c
}

// sequence returns sequence b's own grid, queries and keys: its heads, its
// keys alone (N = its length), no lengths.
func (c kvCase) sequence(b int) (Grid, []float64, []float64) {
	g := c.g
	g.Lens, g.H, g.N = nil, c.hs, int(c.g.Lens[b])
	q := c.q[b*c.hs*g.M*c.d : (b+1)*c.hs*g.M*c.d]
	var k []float64
	for kv := b * c.gs; kv < (b+1)*c.gs; kv++ {
		k = append(k, c.k[kv*c.g.N*c.d:(kv*c.g.N+g.N)*c.d]...)
	}
	return g, q, k
}

// TestKeyLengthsScoreAsSequences: scoring a KV cache with key lengths is
// scoring each sequence alone on its own keys (docs/dsl.md): the same
// bits on the tiles its keys reach, -1 past them, the NaN rows past the
// lengths never read; its mask reads the head within the sequence.
func TestKeyLengthsScoreAsSequences(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	var ws Workspace // reused, as a kernel reuses it: lengths change between runs
	for it := range 400 {
		c := randomKVCase(r, []string{"mean", "bound"}[it%2])
		got, _, err := BlockScoreIn(&ws, &c.g, c.scores, c.q, c.k, c.d, 1+r.IntN(3))
		if err != nil {
			t.Fatalf("case %d: %v", it, err)
		}
		nq, nk := c.g.NQ(), c.g.NK()
		for b := range c.b {
			g, q, k := c.sequence(b)
			want, _, err := BlockScore(&g, c.scores, q, k, c.d, 1)
			if err != nil {
				t.Fatalf("case %d sequence %d: %v", it, b, err)
			}
			nkb := g.NK()
			for hm := range c.hs {
				h := b*c.hs + hm
				for I := range nq {
					row := got[(h*nq+I)*nk : (h*nq+I+1)*nk]
					wrow := want[(hm*nq+I)*nkb : (hm*nq+I+1)*nkb]
					if !sameBits(row[:nkb], wrow) || slices.ContainsFunc(row[nkb:], func(x float64) bool { return x != -1 }) {
						t.Fatalf("case %d (%s, grid %+v, d=%d): head %d tile %d\n got %v\nwant %v then -1", it, c.scores.Method, c.g, c.d, h, I, row, wrow)
					}
				}
			}
		}
	}
}

// TestKeyLengthsSelectAsSequences: selecting over a KV cache's scores with
// key lengths gives each sequence the lists of its own selection (its
// diagonal at its queries' positions), padded to the capacity's tiles.
// The budget's global scope shares across heads, so it runs per head.
func TestKeyLengthsSelectAsSequences(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	var ws Workspace
	specs := []SelectSpec{
		{Mode: "density", Density: 0.3, Sink: true, Diagonal: true},
		{Mode: "mass", Mass: 0.8, Diagonal: true, Local: 1},
		{Mode: "top", Top: 2, Sink: true},
		{Mode: "all", Order: "score", Diagonal: true},
		{Mode: "budget", Density: 0.25, Scope: "head", Sink: true, Diagonal: true},
	}
	for it := range 300 {
		c := randomKVCase(r, "mean")
		spec := specs[it%len(specs)]
		spec.BQ, spec.BK = c.g.BQ, c.g.BK
		e, _, err := BlockScore(&c.g, c.scores, c.q, c.k, c.d, 2)
		if err != nil {
			t.Fatal(err)
		}
		nq, nk := c.g.NQ(), c.g.NK()
		got := BlockSelectLens(&ws, e, c.g.H, nq, nk, spec, c.g.M, c.g.N, c.g.Lens)
		for b := range c.b {
			g, q, k := c.sequence(b)
			nkb := g.NK()
			eb, _, _ := BlockScore(&g, c.scores, q, k, c.d, 1)
			want := BlockSelect(eb, c.hs, nq, nkb, spec, nil, g.M, g.N)
			for hm := range c.hs {
				h := b*c.hs + hm
				for I := range nq {
					for part := range 2 {
						row := got[((h*nq+I)*2+part)*nk : ((h*nq+I)*2+part+1)*nk]
						wrow := want[((hm*nq+I)*2+part)*nkb : ((hm*nq+I)*2+part+1)*nkb]
						if !slices.Equal(row[:nkb], wrow) || slices.ContainsFunc(row[nkb:], func(x int32) bool { return x != -1 }) {
							t.Fatalf("case %d (%+v, grid %+v): head %d tile %d part %d\n got %v\nwant %v then -1", it, spec, c.g, h, I, part, row, wrow)
						}
					}
				}
			}
		}
	}
}

// TestKeyLengthsRefused: the methods that do not take key lengths, proxy
// heads, a permutation and lengths that do not fit say so.
func TestKeyLengthsRefused(t *testing.T) {
	g := Grid{H: 4, M: 2, N: 10, Group: 2, BQ: 4, BK: 4, Lens: []int32{3, 10}}
	q, k := make([]float64, 4*2*8), make([]float64, 2*10*8)
	for _, c := range []struct {
		g    Grid
		spec ScoreSpec
		want string
	}{
		{g, ScoreSpec{Method: "antidiagonal", Stride: 2, Scale: 1}, "score(antidiagonal) with key lengths: only the methods that summarise key tiles alone (mean, bound), without proxy heads, take them"},
		{g, ScoreSpec{Method: "mean", Heads: 2, Scale: 1}, "without proxy heads"},
		{Grid{H: 4, M: 2, N: 10, Group: 2, BQ: 4, BK: 4, Lens: []int32{3, 11}}, ScoreSpec{Method: "mean", Scale: 1}, "sequence 1 has 11 keys, want an integer in [0, 10]"},
		{Grid{H: 4, M: 2, N: 10, Group: 2, BQ: 4, BK: 4, Lens: []int32{3, 1, 2}}, ScoreSpec{Method: "mean", Scale: 1}, "B = 3 sequences do not divide"},
		{Grid{H: 4, M: 2, N: 10, Group: 2, BQ: 4, BK: 4, Lens: []int32{3, 1}, Perm: make([]int32, 4*10), Segment: 4}, ScoreSpec{Method: "mean", Scale: 1}, "with a permutation"},
	} {
		_, _, err := BlockScore(&c.g, c.spec, q, k, 8, 1)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want %q", c.spec, err, c.want)
		}
	}
}

// TestKeyCache: a decode loop over a KV cache with Workspace.KeyCache —
// sequences growing by appends of 0 to 70 keys per step, one now and then
// starting over (its length shrinks, its rows rewritten), the cache now
// and then another tensor — gives every step the scores of a fresh
// workspace, bit for bit, while summarising only the key tiles from each
// KV head's previous last key on; for f16 and bf16 caches read in place
// (BlockScoreTensor) and f32 ones (BlockScoreIn).
func TestKeyCache(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for _, dt := range []runtime.DType{runtime.F16, runtime.BF16, runtime.F32} {
		for _, method := range []string{"mean", "bound"} {
			b, gs, hs, d, n := 1+r.IntN(3), 1+r.IntN(2), 0, 8, 200+r.IntN(200)
			hs = gs * (1 + r.IntN(2))
			g := Grid{H: b * hs, M: 1 + r.IntN(3), N: n, Group: hs / gs, BQ: 16, BK: []int{16, 32}[r.IntN(2)], Mask: testMasks[1], Lens: make([]int32, b)}
			spec := ScoreSpec{Method: method, Scale: 0.5}
			newCache := func() *runtime.Tensor {
				k := runtime.New(dt, b*gs, n, d)
				for i := range k.Len() {
					k.Set(i, float32(r.NormFloat64()))
				}
				return k
			}
			k := newCache()
			k32 := k.Float32s() // the f32 cache: one storage while it is the same cache
			q := make([]float32, g.H*g.M*d)
			ws := Workspace{KeyCache: true}
			prev := make([]int32, b)
			for step := range 40 {
				for i := range q {
					q[i] = float32(r.NormFloat64())
				}
				switch {
				case step == 25:
					k = newCache() // another cache: everything afresh
					k32 = k.Float32s()
				case r.IntN(8) == 0: // a sequence starts over
					s := r.IntN(b)
					g.Lens[s] = int32(r.IntN(int(g.Lens[s]) + 1))
					for kv := s * gs; kv < (s+1)*gs; kv++ {
						for i := kv * n * d; i < (kv+1)*n*d; i++ {
							k.Set(i, float32(r.NormFloat64()))
						}
					}
					copy(k32, k.Float32s())
				default:
					for s := range b {
						g.Lens[s] = min(g.Lens[s]+int32(r.IntN(71)), int32(n))
					}
				}
				var got []float64
				var err error
				if dt == runtime.F32 {
					got, _, err = BlockScoreIn(&ws, &g, spec, q, k32, d, 2)
				} else {
					got, _, err = BlockScoreTensor(&ws, &g, spec, q, k, d, 2)
				}
				if err != nil {
					t.Fatal(err)
				}
				got = slices.Clone(got)
				want, _, _ := BlockScore(&g, spec, q, k.Float32s(), d, 1)
				if !sameBits(got, want) {
					t.Fatalf("%s %s step %d (lens %v, before %v): the kept summaries give other scores", dt, method, step, g.Lens, prev)
				}
				if step > 0 && step != 25 {
					wantFresh := 0
					for kv := range b * gs {
						l, p := g.KVKeys(kv), int(prev[kv/gs])
						from := p / g.BK
						if l < p {
							from = 0
						}
						wantFresh += max((l+g.BK-1)/g.BK-from, 0)
					}
					if ws.kc.tilesFresh != wantFresh {
						t.Fatalf("%s %s step %d: summarised %d tiles, want %d (lens %v, before %v)", dt, method, step, ws.kc.tilesFresh, wantFresh, g.Lens, prev)
					}
				}
				copy(prev, g.Lens)
			}
		}
	}
}
