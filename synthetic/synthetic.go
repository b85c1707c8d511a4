package synthetic

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Config describes what to generate.
type Config struct {
	// Heads and KVHeads are the query and key/value head counts; q is
	// [Heads,N,D], k and v are [KVHeads,N,D], and query head h reads KV
	// head h/(Heads/KVHeads) (grouped-query attention).
	Heads, KVHeads int
	// N is the sequence length and D the head dimension (at least 16, so
	// every component gets a subspace of its own).
	N, D int
	// Seed selects the instance; equal configs give bit-identical output.
	Seed uint64
}

// HeadInfo is the structure one query head was built with, as drawn from
// the seed. Scores are in units of the scaled score q·k/sqrt(D), the
// quantity the softmax sees.
type HeadInfo struct {
	// Sink is the score added to key 0 for every query (0: the head has no
	// sink). Keys 1..3 of the KV head may receive a decaying fraction.
	Sink float64
	// BandWidth is the local band width: keys with i-j < BandWidth score
	// close to the band peak, older keys fall off as a power of i-j.
	BandWidth int
	// Stripes are the key positions (ascending) that every later query of
	// the head is drawn to.
	Stripes []int
	// Slashes are the offsets delta (ascending) of the diagonals j = i-delta
	// the head attends to.
	Slashes []int
	// Needles are the (query, key) pairs that attend to each other strongly.
	Needles [][2]int
}

// Stream constants of the two PCG generators. Parameters and vector noise
// come from separate streams so that Describe can redraw the parameters
// without generating the vectors, and so that changing how much noise is
// drawn never changes the structure.
const (
	streamParams = 0x73796e7468706172 // "synthpar"
	streamNoise  = 0x73796e74686e6f69 // "synthnoi"
)

// Magnitudes of the construction (see doc.go). The dedicated sink and
// stripe coordinates of k are scaled by keyScale and the queries by its
// inverse, so that both vectors have comparable norms.
const (
	keyScale     = 3.0  // k coordinate of the sink/stripe directions
	omegaHi      = 2.0  // fastest rotary frequency (radians per position)
	slashOmegaLo = 0.02 // slower rotary pairs are not used by slashes: keeps slashes thin
	contentSigma = 0.25 // std of the random "content" coordinates
	noiseSigma   = 0.05 // std of the noise added to every coordinate
	needleGap    = 64   // a needle key lies at least this far before its query
	maxElems     = 1 << 30
)

// layout is how the D coordinates are split between the components.
type layout struct {
	pairs   int // rotary pairs at coordinates 2..2+2*pairs
	needle0 int // first needle/content coordinate
	needles int // number of needle/content coordinates
}

func newLayout(d int) layout {
	nd := max(2, d/4)
	pairs := (d - 2 - nd) / 2
	return layout{pairs: pairs, needle0: 2 + 2*pairs, needles: d - 2 - 2*pairs}
}

// kvParams is the structure shared by the query heads of one KV head: it
// lives in k, so every query head of the group sees the same positions.
type kvParams struct {
	omega     []float64 // rotary frequencies, descending
	sinkKeys  []float64 // sink weight of keys 0..len-1 (key 0: 1)
	stripes   []int     // stripe key positions, ascending
	stripeAmp []float64 // relative strength of each stripe
	slashes   []int     // candidate slash offsets, ascending
	width     float64   // base band width of the group
}

// qParams is the part of the structure that lives in q.
type qParams struct {
	diffuse bool
	peak    float64 // band score at i-j = 0 (before sink/stripes/needles)
	width   int
	sink    float64
	stripe  float64 // score added to a stripe key of relative strength 1
	slashes []int
	slashS  []float64 // score at the centre of each slash
	needles [][2]int
	needleS []float64
	needleR [][]float64 // unit direction of each needle in the needle coordinates
	// re, im: complex rotary coefficient per pair; the pair contributes
	// Re(coef·e^{iω(i-j)}) to the score of (i, j).
	re, im []float64
}

// rotary is the score the rotary pairs of p give to a query-key distance d.
func (p *qParams) rotary(omega []float64, d int) float64 {
	var s float64
	for m, w := range omega {
		sn, cs := math.Sincos(w * float64(d))
		s += p.re[m]*cs - p.im[m]*sn
	}
	return s
}

func (c Config) validate() error {
	switch {
	case c.Heads < 1:
		return fmt.Errorf("synthetic: Heads = %d, want >= 1", c.Heads)
	case c.KVHeads < 1:
		return fmt.Errorf("synthetic: KVHeads = %d, want >= 1", c.KVHeads)
	case c.Heads%c.KVHeads != 0:
		return fmt.Errorf("synthetic: Heads = %d is not a multiple of KVHeads = %d", c.Heads, c.KVHeads)
	case c.N < 1:
		return fmt.Errorf("synthetic: N = %d, want >= 1", c.N)
	case c.D < 16:
		return fmt.Errorf("synthetic: D = %d, want >= 16", c.D)
	}
	// Checked by division so the check itself cannot overflow.
	if c.N > maxElems/c.D || c.Heads > maxElems/(c.N*c.D) {
		return errors.New("synthetic: Heads*N*D exceeds 2^30 elements")
	}
	return nil
}

// draw derives all structure parameters from the seed, in a fixed order:
// first every KV head, then every query head.
func draw(c Config) ([]kvParams, []qParams) {
	rng := rand.New(rand.NewPCG(c.Seed, streamParams))
	uni := func(lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }
	lay := newLayout(c.D)

	// The slowest frequency turns by at most pi/2 over the whole sequence,
	// so its pair is a monotone recency bias rather than a periodic one.
	omegaLo := math.Pi / (2 * float64(max(c.N, 64)))
	kvs := make([]kvParams, c.KVHeads)
	for g := range kvs {
		p := &kvs[g]
		// A geometric ladder like RoPE's, jittered per KV head so heads do
		// not share aliasing patterns.
		p.omega = make([]float64, lay.pairs)
		for m := range p.omega {
			t := float64(m) / float64(max(lay.pairs-1, 1))
			if m > 0 && m < lay.pairs-1 {
				t += uni(-0.3, 0.3) / float64(lay.pairs-1)
			}
			p.omega[m] = omegaHi * math.Pow(omegaLo/omegaHi, t)
		}
		ns := 1 + rng.IntN(4)
		p.sinkKeys = []float64{1}
		for t := 1; t < ns; t++ {
			p.sinkKeys = append(p.sinkKeys, p.sinkKeys[t-1]*uni(0.6, 0.85))
		}
		nst := 2 + rng.IntN(4)
		for range nst {
			if c.N <= 8 {
				break
			}
			pos := 4 + rng.IntN(c.N-4)
			if !slices.Contains(p.stripes, pos) {
				p.stripes = append(p.stripes, pos)
			}
		}
		slices.Sort(p.stripes)
		for range p.stripes {
			p.stripeAmp = append(p.stripeAmp, uni(0.85, 1.15))
		}
		nsl := 1 + rng.IntN(2)
		for range nsl {
			hi := min(2000.0, float64(c.N-1))
			if hi < 64 {
				break
			}
			// Log-uniform: short and long offsets are equally common.
			d := int(math.Round(64 * math.Pow(hi/64, rng.Float64())))
			if !slices.Contains(p.slashes, d) {
				p.slashes = append(p.slashes, d)
			}
		}
		slices.Sort(p.slashes)
		p.width = 2 * math.Pow(8, rng.Float64()) // 2..16, log-uniform
	}

	group := c.Heads / c.KVHeads
	qs := make([]qParams, c.Heads)
	needleAxis := make([]int, c.KVHeads)
	for h := range qs {
		kv := &kvs[h/group]
		p := &qs[h]
		p.diffuse = rng.Float64() < 0.2
		if p.diffuse {
			p.peak = uni(5, 7)
		} else {
			p.peak = uni(9, 13)
		}
		p.width = max(1, int(math.Round(kv.width*math.Exp(uni(-0.35, 0.35)))))
		// The sink must outweigh the whole band, not just its peak, so its
		// score grows with the log of the band width.
		sink := p.peak + uni(0.5, 1)*math.Log1p(float64(p.width)) + uni(-1, 1)
		if rng.Float64() >= 0.15 {
			p.sink = sink
		}
		p.stripe = p.peak * uni(0.55, 0.8)
		// mass estimates the log of a row's normaliser (band plus sink):
		// slashes and needles are placed relative to it so that they take
		// a visible share of their rows however strong the sink is.
		mass := p.peak + math.Log(float64(p.width))
		if p.sink > 0 {
			mass = math.Log(math.Exp(mass) + math.Exp(p.sink))
		}

		// Band: pairs faster than 1/width are damped, since their cosines
		// would decorrelate inside the band and only add noise; the rest
		// share the peak equally (a RoPE-like power-law decay in i-j).
		p.re = make([]float64, lay.pairs)
		p.im = make([]float64, lay.pairs)
		var wsum float64
		for m, w := range kv.omega {
			x := float64(p.width) * w
			p.re[m] = 1 / (1 + x*x)
			wsum += p.re[m]
		}
		for m := range p.re {
			p.re[m] *= p.peak / wsum
		}
		// Slashes use only the fast pairs (a thin diagonal), equally
		// weighted; each is scaled so that band plus slash at i-j = delta
		// lands a little below mass, whatever the band has decayed to by
		// then.
		var nfast int
		for _, w := range kv.omega {
			if w >= slashOmegaLo {
				nfast++
			}
		}
		band := *p
		for _, d := range kv.slashes {
			below := uni(3, 5)
			if rng.Float64() >= 0.75 || nfast == 0 {
				continue
			}
			s := max(0, mass-below-band.rotary(kv.omega, d))
			p.slashes = append(p.slashes, d)
			p.slashS = append(p.slashS, s)
			for m, w := range kv.omega {
				if w < slashOmegaLo {
					continue
				}
				sn, cs := math.Sincos(w * float64(d))
				a := s / float64(nfast)
				p.re[m] += a * cs
				p.im[m] -= a * sn
			}
		}

		// The rotary pairs are not only peaks: away from them their
		// cosines add up to a bounded pseudo-random score, and a row's
		// normaliser grows accordingly (E[exp(r cos θ)] = I0(r) for a
		// uniform phase). Needles are placed relative to that.
		noise := math.Log(float64(c.N))
		for m := range p.re {
			noise += logI0(math.Hypot(p.re[m], p.im[m]))
		}
		mass = math.Log(math.Exp(mass) + math.Exp(noise))
		nn := 2 + rng.IntN(4)
		for range nn {
			if c.N <= needleGap+8 {
				break
			}
			i := needleGap + 4 + rng.IntN(c.N-needleGap-4)
			j := 4 + rng.IntN(i-needleGap-4+1)
			// Like slashes, the needle tops up whatever the rotary pairs
			// give the pair to around mass: it takes a large share of its row.
			above := uni(0, 2)
			// Needles of one KV group use distinct coordinate axes (while
			// there are enough), so one needle's key does not light up
			// in another needle's row.
			r := make([]float64, lay.needles)
			axis := needleAxis[h/group] % lay.needles
			needleAxis[h/group]++
			r[axis] = 1
			if rng.Float64() < 0.5 {
				r[axis] = -1
			}
			// Key 0 gets the rotary score of distance i on top of the
			// sink, which can make row i's sink much heavier than usual.
			row := mass
			if p.sink > 0 {
				row = math.Log(math.Exp(row) + math.Exp(p.sink+p.rotary(kv.omega, i)))
			}
			p.needles = append(p.needles, [2]int{i, j})
			p.needleS = append(p.needleS, max(1, row+above-p.rotary(kv.omega, i-j)))
			p.needleR = append(p.needleR, r)
		}
	}
	return kvs, qs
}

// Describe returns the structure of each query head of c, as Generate
// builds it (nil if c is invalid).
func Describe(c Config) []HeadInfo {
	if c.validate() != nil {
		return nil
	}
	kvs, qs := draw(c)
	group := c.Heads / c.KVHeads
	out := make([]HeadInfo, c.Heads)
	for h, p := range qs {
		kv := kvs[h/group]
		hi := HeadInfo{Sink: p.sink, BandWidth: p.width, Slashes: slices.Clone(p.slashes)}
		if p.stripe > 0 {
			hi.Stripes = slices.Clone(kv.stripes)
		}
		hi.Needles = slices.Clone(p.needles)
		out[h] = hi
	}
	return out
}

// Generate returns row-major float64 q [Heads*N*D], k and v [KVHeads*N*D].
// See the package comment for what they contain.
func Generate(c Config) (q, k, v []float64, err error) {
	if err := c.validate(); err != nil {
		return nil, nil, nil, err
	}
	kvs, qs := draw(c)
	lay := newLayout(c.D)
	N, D := c.N, c.D
	group := c.Heads / c.KVHeads
	rng := rand.New(rand.NewPCG(c.Seed, streamNoise))
	// q̃·k̃ is the designed scaled score; multiplying both by D^(1/4)
	// makes q·k/sqrt(D) equal to it.
	s := math.Sqrt(math.Sqrt(float64(D)))

	k = make([]float64, c.KVHeads*N*D)
	v = make([]float64, c.KVHeads*N*D)
	for g, p := range kvs {
		// Needle keys of every query head of the group, by key position.
		nk := map[int][]float64{}
		for h := g * group; h < (g+1)*group; h++ {
			for n, pr := range qs[h].needles {
				a := math.Sqrt(qs[h].needleS[n])
				acc := nk[pr[1]]
				if acc == nil {
					acc = make([]float64, lay.needles)
				}
				for x, r := range qs[h].needleR[n] {
					acc[x] += a * r
				}
				nk[pr[1]] = acc
			}
		}
		for j := range N {
			row := k[(g*N+j)*D : (g*N+j+1)*D]
			if j < len(p.sinkKeys) {
				row[0] = keyScale * p.sinkKeys[j]
			}
			if x, ok := slices.BinarySearch(p.stripes, j); ok {
				row[1] = keyScale * p.stripeAmp[x]
			}
			for m, w := range p.omega {
				sn, cs := math.Sincos(w * float64(j))
				row[2+2*m] = cs
				row[3+2*m] = sn
			}
			for x := range lay.needles {
				row[lay.needle0+x] = contentSigma * rng.NormFloat64()
			}
			if acc := nk[j]; acc != nil {
				for x, a := range acc {
					row[lay.needle0+x] += a
				}
			}
			for x := range row {
				row[x] = s * (row[x] + noiseSigma*rng.NormFloat64())
			}
		}
		for j := range N * D {
			v[g*N*D+j] = rng.NormFloat64()
		}
	}

	q = make([]float64, c.Heads*N*D)
	for h, p := range qs {
		kv := kvs[h/group]
		needleQ := map[int][]int{}
		for n, pr := range p.needles {
			needleQ[pr[0]] = append(needleQ[pr[0]], n)
		}
		for i := range N {
			row := q[(h*N+i)*D : (h*N+i+1)*D]
			if p.sink > 0 {
				row[0] = p.sink / keyScale * (1 + 0.05*rng.NormFloat64())
			}
			row[1] = p.stripe / keyScale
			for m, w := range kv.omega {
				sn, cs := math.Sincos(w * float64(i))
				// (re + i·im)·e^{iωi}, split into its two coordinates;
				// the dot with k's (cos ωj, sin ωj) is the real part of
				// coef·e^{iω(i-j)}.
				row[2+2*m] = p.re[m]*cs - p.im[m]*sn
				row[3+2*m] = p.re[m]*sn + p.im[m]*cs
			}
			for x := range lay.needles {
				row[lay.needle0+x] = contentSigma * rng.NormFloat64()
			}
			for _, n := range needleQ[i] {
				a := math.Sqrt(p.needleS[n])
				for x, r := range p.needleR[n] {
					row[lay.needle0+x] += a * r
				}
			}
			for x := range row {
				row[x] = s * (row[x] + noiseSigma*rng.NormFloat64())
			}
		}
	}
	return q, k, v, nil
}

// logI0 is the log of the modified Bessel function I0, by its power series
// (the arguments here are small: at most a few units).
func logI0(x float64) float64 {
	t, sum := 1.0, 1.0
	for k := 1; k < 200 && t > 1e-17*sum; k++ {
		t *= x * x / (4 * float64(k*k))
		sum += t
	}
	return math.Log(sum)
}
