package sparse

// Tile classes kept across key lengths.
//
// A decode loop runs a kernel with key lengths (a KV cache) that grow by a
// key a step. The mask's class of a tile (empty, partial, full) depends on
// the length n in two ways: the queries sit at positions i + n − M
// (QueryOffset), and the last tile holding keys ends at key n − 1. So the
// classes were recomputed on every call, every key tile of every head —
// in a sparse decode step twice (the scoring and the attention), about a
// fifth of its time.
//
// Classifying a tile for a range of lengths [lo, hi] at once keeps most of
// them. For a tile wholly below lo (its keys the same at every such n),
// the mask's interval classification over the query positions of all
// those lengths — rows [r0, r1] at [r0 + lo − M, r1 + hi − M] — is an
// enclosure of every single length's: when it says empty or full, each
// length's classification says the same, provided the classifier is
// inclusion-isotone (a narrower box never gives a wider answer). A tile
// past hi holds no key at any such n: empty. The rest (the tiles around
// the last key, and those the mask cuts somewhere in the range, as a
// window's far edge) are classified at each call's own length, as before.
// With a range of one tile (BK lengths), a causal mask leaves one or two
// tiles per head to classify per step instead of all of them.

// Horizons keeps, per sequence, the key lengths [Lo, Hi] over which the
// tile classes a kernel computed with HorizonClass hold: from the length
// the classes were computed at to BK − 1 keys further (the capacity at
// most), or that length alone for a mask whose classification is not
// known to be isotone. The zero value holds nothing.
type Horizons struct {
	Lo, Hi []int32
	moved  []bool
}

// Update takes the lengths of a call: a sequence whose length left its
// range starts a new one at its length. It returns, per sequence, whether
// it did (its kept classes are stale), in hz's storage.
func (hz *Horizons) Update(mask Program, lens []int32, bk, capacity int) []bool {
	if len(hz.Lo) != len(lens) {
		hz.Lo, hz.Hi = make([]int32, len(lens)), make([]int32, len(lens))
		for b := range hz.Lo {
			hz.Lo[b], hz.Hi[b] = 1, 0 // holds no length
		}
		hz.moved = make([]bool, len(lens))
	}
	wide := isotone(mask)
	for b, n := range lens {
		hz.moved[b] = n < hz.Lo[b] || n > hz.Hi[b]
		if hz.moved[b] {
			hz.Lo[b], hz.Hi[b] = n, n
			if wide {
				hz.Hi[b] = int32(min(int(n)+bk-1, capacity))
			}
		}
	}
	return hz.moved
}

// Reset forgets every range: the next Update moves every sequence.
func (hz *Horizons) Reset() { hz.Lo, hz.Hi = nil, nil }

// Unclassified marks a kept class that HorizonClass has not computed yet.
const Unclassified Class = 255

// HorizonClass classifies the key tile [k0, k1] (its keys when full) for
// query positions [p0, p1] at key length lo, which sit hi − lo further at
// length hi: Empty or Full when that is its class at every length in
// [lo, hi] (see Horizons), Partial when the caller must classify it at its
// own length (mask's classification must be isotone when lo < hi).
func HorizonClass(mask Program, hm, p0, p1, lo, hi, k0, k1 int) Class {
	switch {
	case k0 >= hi:
		return Empty // no keys at any length of the range
	case k1 >= lo:
		return Partial // its keys differ across the range
	}
	return mask.Classify(hm, p0, p1+hi-lo, k0, k1)
}

// isotone reports whether mask's interval classification is known to be
// inclusion-isotone — over a box inside another it never gives a class
// the other's enclosure excludes — so that a class over the positions of
// many key lengths holds for each: the position, comparison and boolean
// instructions over finite constants (causal, window, sink and their
// combinations, qi + h ≥ ki + 3, …). Products, quotients and the
// transcendental functions can make NaN bounds, which compare oddly; a
// mask with them keeps its classes for one length only.
func isotone(mask Program) bool {
	for _, in := range mask {
		switch in.Op {
		case OpNum:
			if !(in.Num > -1<<53 && in.Num < 1<<53) {
				return false
			}
		case OpQi, OpKi, OpH, OpCausal, OpWindow, OpSink, OpNeg, OpNot, OpAdd, OpSub,
			OpLt, OpLe, OpGt, OpGe, OpEq, OpNe, OpAnd, OpOr, OpMax, OpMin, OpWhere:
		default:
			return false
		}
	}
	return true
}
