package nvptx_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// A model of the producer kernel's barrier protocol (mma_ws.go, the
// overlapped loop in mma_overlap.go), run under random schedules: the
// producer warpgroup, the two consumer warpgroups and the copies in
// flight each move one step at a time, in an order drawn at random, for
// every stage count, list length and variant the kernel has. It checks
// what the GPU's sanitizers cannot: that no schedule deadlocks, and that
// every tile a consumer reads holds the list entry it expects and is not
// overwritten while read. It models the protocol the emitter's comments
// state, not the emitted PTX (TestWGMMAProducerPTX counts that); a change
// to the protocol changes both.
//
// The first SplitKV kernel hung on an H100 at N = 8192 (docs/gpu-notes.md):
// its consumers waited for V of entry −1 at t = 0 on the phase before the
// first of a full barrier, which the producer may already have moved on.
// protoAliasV0 is that version; the test checks the model finds its
// deadlock.

// mbar is an mbarrier: count arrivals complete a phase.
type mbar struct{ count, pending, phase int }

func newMbar(count int) *mbar { return &mbar{count, count, 0} }

func (b *mbar) arrive() {
	if b.pending--; b.pending == 0 {
		b.phase++
		b.pending = b.count
	}
}

// done is mbarrier.try_wait.parity's answer: the phase of parity p has
// completed (the current phase's parity is not p).
func (b *mbar) done(p int) bool { return b.phase&1 != p }

type protoVariant struct {
	overlap, split, aliasV0 bool
	// skip: the pair kernel's skipping consumers (mma_overlap.go's
	// skipJoin; overlap and split): consumer w computes entry t only
	// where own[w][t], and otherwise issues its pending P·V alone,
	// releases K(t), waits for V(t)'s copies and releases V(t). The next
	// iteration has no P·V pending and does not wait for V(t) again.
	// skipEarlyV releases V(t) without that wait (the test checks the
	// model finds what goes wrong).
	skip, skipEarlyV bool
}

// protoModel is one kernel's CTA: nst stages, a list of n entries.
type protoModel struct {
	nst, n int
	v      protoVariant
	// full and empty barriers of each stage's K and V (the same ones
	// unless split).
	fullK, emptyK, fullV, emptyV []*mbar
	// What each stage holds: the entry whose tile landed, -1 none, -2 a
	// copy in flight; and how many consumers read it now.
	kIn, vIn     []int
	kHeld, vHeld []int
	landing      []protoCopy // copies in flight, landing in order
	prod         protoProducer
	cons         [2]protoConsumer
}

type protoCopy struct {
	s, e int
	k, v bool  // which tiles land
	bar  *mbar // the full barrier the thread's copies arrive on
}

type protoProducer struct{ e, step int }

type protoConsumer struct {
	t, step int
	done    bool
	own     []bool // skip: the entries it computes
	pending bool   // skip: its P·V of entry t−1 (and V(t−1)'s release) is pending
}

func newProtoModel(nst, n int, v protoVariant) *protoModel {
	m := &protoModel{nst: nst, n: n, v: v}
	for range nst {
		fk, ek := newMbar(1), newMbar(2) // the producer's 128 threads arrive as one; the two consumer warpgroups
		fv, ev := fk, ek
		if v.split {
			fv, ev = newMbar(1), newMbar(2)
		}
		m.fullK, m.emptyK, m.fullV, m.emptyV = append(m.fullK, fk), append(m.emptyK, ek), append(m.fullV, fv), append(m.emptyV, ev)
		m.kIn, m.vIn = append(m.kIn, -1), append(m.vIn, -1)
		m.kHeld, m.vHeld = append(m.kHeld, 0), append(m.vHeld, 0)
	}
	return m
}

// producerStep runs the producer's next step if it can (false: it waits
// or is done). Per entry e in stage s: wait for the stage's empty phase
// before e's (parity (e/nst)&1 ^ 1: for e < nst the phase before the
// first, complete at once), copy K (split: count it on fullK, then wait
// for V's empty barrier), copy V, count the thread's copies on fullV.
func (m *protoModel) producerStep() (bool, error) {
	p := &m.prod
	if p.e >= m.n {
		return false, nil
	}
	s, free := p.e%m.nst, (p.e/m.nst)&1^1
	switch p.step {
	case 0:
		if !m.emptyK[s].done(free) {
			return false, nil
		}
		if m.kHeld[s] > 0 {
			return false, fmt.Errorf("entry %d: K's copy into stage %d while a consumer reads it", p.e, s)
		}
		m.kIn[s] = -2
		if m.v.split {
			m.landing = append(m.landing, protoCopy{s: s, e: p.e, k: true, bar: m.fullK[s]})
			p.step = 1
			return true, nil
		}
		p.step = 2
	case 1:
		if !m.emptyV[s].done(free) {
			return false, nil
		}
		p.step = 2
	case 2:
		if m.vHeld[s] > 0 {
			return false, fmt.Errorf("entry %d: V's copy into stage %d while a consumer reads it", p.e, s)
		}
		m.vIn[s] = -2
		m.landing = append(m.landing, protoCopy{s: s, e: p.e, k: !m.v.split, v: true, bar: m.fullV[s]})
		p.e, p.step = p.e+1, 0
	}
	return true, nil
}

// land lands the oldest copy in flight and counts it on its barrier.
func (m *protoModel) land() {
	c := m.landing[0]
	m.landing = m.landing[1:]
	if c.k {
		m.kIn[c.s] = c.e
	}
	if c.v {
		m.vIn[c.s] = c.e
	}
	c.bar.arrive()
}

// consumerStep runs consumer w's next step if it can. Iteration t (stage
// s): wait for K(t) (and, split, for V(t−1) apart), read K(t) in S =
// Q·Kᵀ — released there when split — and V(t−1) in P·V, released after
// it (not split: the whole stage of t−1). The plain loop reads K(t) and
// V(t) and releases stage s after P·V. After the last entry the
// overlapped loop's drain reads V(n−1).
func (m *protoModel) consumerStep(w int) (bool, error) {
	c := &m.cons[w]
	if c.done {
		return false, nil
	}
	t := c.t
	if t == m.n {
		if !m.v.overlap {
			c.done = true
			return true, nil
		}
		s := (t - 1) % m.nst
		if m.v.split && !m.fullV[s].done((t-1)/m.nst&1) {
			return false, nil
		}
		if m.v.skip && !c.pending {
			c.done = true // the last entry was skipped: P = 0 on the zero tile
			return true, nil
		}
		if m.vIn[s] != t-1 {
			return false, fmt.Errorf("consumer %d, drain: V of stage %d holds entry %d, want %d", w, s, m.vIn[s], t-1)
		}
		c.done = true
		return true, nil
	}
	s, ph := t%m.nst, t/m.nst&1
	prev := (t + m.nst - 1) % m.nst
	switch c.step {
	case 0: // acquire
		if !m.fullK[s].done(ph) {
			return false, nil
		}
		if m.v.skip {
			return m.skipAcquire(w, t, s, prev)
		}
		if m.v.split {
			switch {
			case m.v.aliasV0:
				if !m.fullV[prev].done((t+m.nst-1)/m.nst&1 ^ 1) {
					return false, nil
				}
			case t > 0:
				if !m.fullV[prev].done((t - 1) / m.nst & 1) {
					return false, nil
				}
			}
		}
		if m.kIn[s] != t {
			return false, fmt.Errorf("consumer %d, entry %d: K of stage %d holds entry %d", w, t, s, m.kIn[s])
		}
		m.kHeld[s]++
		vs, ve := prev, t-1
		if !m.v.overlap {
			vs, ve = s, t
		}
		if ve >= 0 {
			if m.vIn[vs] != ve {
				return false, fmt.Errorf("consumer %d, entry %d: V of stage %d holds entry %d, want %d", w, t, vs, m.vIn[vs], ve)
			}
			m.vHeld[vs]++
		}
		c.step = 1
	case 1: // S = Q·Kᵀ waited for
		m.kHeld[s]--
		if m.v.split {
			m.emptyK[s].arrive()
		}
		c.step = 2
	case 2: // P·V waited for
		switch {
		case !m.v.overlap:
			m.vHeld[s]--
			m.emptyK[s].arrive()
		case m.v.skip:
			if c.pending {
				m.vHeld[prev]--
				m.emptyV[prev].arrive()
			}
			c.pending = true
		case t > 0:
			m.vHeld[prev]--
			m.emptyV[prev].arrive()
		}
		c.t, c.step = t+1, 0
	case 3, 4:
		return m.skipStep(w)
	}
	return true, nil
}

// skipAcquire is acquire for the skip variant, and the iteration after
// it: V(t−1) is waited for and read only where its P·V is pending; an
// entry this consumer does not compute goes to skipStep.
func (m *protoModel) skipAcquire(w, t, s, prev int) (bool, error) {
	c := &m.cons[w]
	if c.pending && !m.fullV[prev].done((t-1)/m.nst&1) {
		return false, nil
	}
	if m.kIn[s] != t {
		return false, fmt.Errorf("consumer %d, entry %d: K of stage %d holds entry %d", w, t, s, m.kIn[s])
	}
	if c.pending {
		if m.vIn[prev] != t-1 {
			return false, fmt.Errorf("consumer %d, entry %d: V of stage %d holds entry %d, want %d", w, t, prev, m.vIn[prev], t-1)
		}
		m.vHeld[prev]++
	}
	if c.own[t] {
		m.kHeld[s]++
		c.step = 1 // as the computing loop: S waited for, then P·V
		return true, nil
	}
	c.step = 3
	return true, nil
}

// skipStep runs the steps of a skipped entry t: 3, the pending P·V
// waited for and its V released, K(t) released; 4, V(t)'s copies waited
// for (skipEarlyV: not) and V(t) released.
func (m *protoModel) skipStep(w int) (bool, error) {
	c := &m.cons[w]
	t := c.t
	s, ph, prev := t%m.nst, t/m.nst&1, (t+m.nst-1)%m.nst
	switch c.step {
	case 3:
		if c.pending {
			m.vHeld[prev]--
			m.emptyV[prev].arrive()
		}
		m.emptyK[s].arrive()
		c.step = 4
	case 4:
		if !m.v.skipEarlyV && !m.fullV[s].done(ph) {
			return false, nil
		}
		m.emptyV[s].arrive()
		c.t, c.step, c.pending = t+1, 0, false
	}
	return true, nil
}

// ownAtRandom gives each consumer of a skip model a random list within
// the union (one consumer in four computes every entry, one in four
// none), or, one model in three, the two lists of a pair list in the
// split order (pairList's split: entries both compute, then the two
// sides' alternating, then one side's rest).
func (m *protoModel) ownAtRandom(r *rand.Rand) {
	if r.IntN(3) == 0 {
		shared := r.IntN(m.n + 1)
		alt := 2 * r.IntN((m.n-shared)/2+1)
		longer := r.IntN(2)
		for w := range m.cons {
			m.cons[w].own = make([]bool, m.n)
			for t := range m.n {
				switch {
				case t < shared:
					m.cons[w].own[t] = true
				case t < shared+alt:
					m.cons[w].own[t] = (t-shared)%2 == w
				default:
					m.cons[w].own[t] = w == longer
				}
			}
		}
		return
	}
	for w := range m.cons {
		m.cons[w].own = make([]bool, m.n)
		mode := r.IntN(4)
		for t := range m.own(w) {
			m.cons[w].own[t] = mode == 0 || mode != 1 && r.IntN(2) == 0
		}
	}
}

func (m *protoModel) own(w int) []bool { return m.cons[w].own }

// run plays one random schedule to its end: an error for a wrong tile, a
// copy over a tile being read, or a deadlock.
func (m *protoModel) run(r *rand.Rand) error {
	for {
		var moves []func() (bool, error)
		if len(m.landing) > 0 {
			moves = append(moves, func() (bool, error) { m.land(); return true, nil })
		}
		moves = append(moves, m.producerStep, func() (bool, error) { return m.consumerStep(0) }, func() (bool, error) { return m.consumerStep(1) })
		r.Shuffle(len(moves), func(i, j int) { moves[i], moves[j] = moves[j], moves[i] })
		moved := false
		for _, f := range moves {
			ok, err := f()
			if err != nil {
				return err
			}
			if ok {
				moved = true
				break
			}
		}
		if !moved {
			if m.prod.e == m.n && m.cons[0].done && m.cons[1].done && len(m.landing) == 0 {
				return nil
			}
			return fmt.Errorf("deadlock: producer at entry %d step %d, consumers at %d/%d and %d/%d",
				m.prod.e, m.prod.step, m.cons[0].t, m.cons[0].step, m.cons[1].t, m.cons[1].step)
		}
	}
}

func TestProducerProtocol(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	variants := []protoVariant{{}, {overlap: true}, {overlap: true, split: true}, {overlap: true, split: true, skip: true}}
	for _, v := range variants {
		for nst := 2; nst <= 5; nst++ {
			for n := 1; n <= 3*nst+2; n++ {
				for range 200 {
					m := newProtoModel(nst, n, v)
					m.ownAtRandom(r)
					if err := m.run(r); err != nil {
						t.Fatalf("%+v, %d stages, %d entries (own %v, %v): %v", v, nst, n, m.cons[0].own, m.cons[1].own, err)
					}
				}
			}
		}
	}
	// A skip that releases V(t) before its copies land counts its arrival
	// for the phase of entry t − nst while the other consumer may still
	// read that entry's V: the model must find it.
	early := false
	for nst := 2; nst <= 4 && !early; nst++ {
		for range 2000 {
			m := newProtoModel(nst, 3*nst, protoVariant{overlap: true, split: true, skip: true, skipEarlyV: true})
			m.ownAtRandom(r)
			if err := m.run(r); err != nil {
				early = true
				break
			}
		}
	}
	if !early {
		t.Error("a skip releasing V(t) before its copies landed never failed: the model does not see it")
	}
	// The first SplitKV kernel: some schedule of it deadlocks (the
	// producer fills entry nst−1 before the consumers' first wait).
	found := false
	for nst := 2; nst <= 4 && !found; nst++ {
		for range 2000 {
			if err := newProtoModel(nst, 2*nst, protoVariant{overlap: true, split: true, aliasV0: true}).run(r); err != nil {
				found = true
				break
			}
		}
	}
	if !found {
		t.Error("the aliased t = 0 wait of V (protoAliasV0) never deadlocked: the model does not see the bug that hung the GPU")
	}
}
