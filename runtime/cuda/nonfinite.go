package cuda

import (
	"encoding/binary"
	"math"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// badKey is a key/value head and key whose V row holds NaN or ±Inf.
type badKey struct{ g, j int }

// nonFiniteKeys lists the keys whose V row (input name, [G, N, DV]) holds
// a non-finite value, once per run.
func (r *run) nonFiniteKeys(name string) []badKey {
	if bad, ok := r.bad[name]; ok {
		return bad
	}
	if x := r.residentInput(name); x != nil {
		return x.badKeys() // kept as rows were written
	}
	var bad []badKey
	shape := r.shape[name]
	G, N, DV := shape[0], shape[1], shape[2]
	for g := range G {
		for j := range N {
			if !finiteRange(r, name, (g*N+j)*DV, (g*N+j+1)*DV) {
				bad = append(bad, badKey{g, j})
			}
		}
	}
	if r.bad == nil {
		r.bad = map[string][]badKey{}
	}
	r.bad[name] = bad
	return bad
}

// finiteParam uploads input name as dt with its non-finite values zeroed.
func (r *run) finiteParam(name string, dt runtime.DType) (Buffer, error) {
	if r.residentInput(name) != nil {
		return r.param(name, dt) // its device copy holds zeros for them already
	}
	key := name + "/" + dt.String() + "/finite"
	if buf, ok := r.dev[key]; ok {
		return buf, nil
	}
	x := make([]float64, len(r.values(name)))
	for i, v := range r.values(name) {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			x[i] = v
		}
	}
	t, err := runtime.FromFloat64(dt, r.shape[name], x)
	if err != nil {
		return Buffer{}, err
	}
	buf, err := r.uploadRun(t.Data)
	r.dev[key] = buf
	return buf, err
}

// poisonReaders makes NaN every output row (out [H, M, DV]) that read one
// of the bad keys: the mask allows the pair and the key's tile is one the
// row's query tile visited (its list, cut at visits; every allowed tile
// without a list). The interpreter's row is NaN there too for NaN values
// (p·NaN), and ±Inf or NaN per column for infinite ones.
func (r *run) poisonReaders(out []float64, k *Kernel, a *AttentionArgs, bad []badKey, list, perm, visits []int32, rows *sparse.RowTileLists) {
	g := &sparse.Grid{H: a.H, M: a.M, N: a.N, Group: a.Group, BQ: k.BQ, BK: k.BK, Mask: k.Mask, Perm: perm, Segment: a.Segment}
	nq, nk := g.NQ(), g.NK()
	inverse := map[[2]int][]int32{} // (h, segment) → physical key → logical position
	tileOf := func(h, I, j int) int {
		if perm == nil {
			return j / k.BK
		}
		seg := I * k.BQ / a.Segment
		inv, ok := inverse[[2]int{h, seg}]
		if !ok {
			inv = make([]int32, a.N)
			for pos, phys := range g.PermRow(h, I) {
				inv[phys] = int32(pos)
			}
			inverse[[2]int{h, seg}] = inv
		}
		return int(inv[j]) / k.BK
	}
	visited := func(h, I, J int) bool {
		if !k.Sparse {
			return true
		}
		row := list[(h*nq+I)*2*nk:][:nk]
		if visits != nil {
			row = row[:min(int(visits[h*nq+I]), nk)]
		}
		for _, x := range row {
			if x < 0 {
				break
			}
			if int(x) == J {
				return true
			}
		}
		return false
	}
	for _, b := range bad {
		for h := b.g * a.Group; h < (b.g+1)*a.Group; h++ {
			for I := range nq {
				if !visited(h, I, tileOf(h, I, b.j)) {
					continue
				}
				for i := I * k.BQ; i < min((I+1)*k.BQ, a.M); i++ {
					if g.Allowed(h, i, b.j) && (rows == nil || rowReads(rows, list, h, i, b.j, nq, nk, k.BQ, k.BK)) {
						row := out[(h*a.M+i)*k.DV : (h*a.M+i+1)*k.DV]
						for t := range row {
							row[t] = math.NaN()
						}
					}
				}
			}
		}
	}
}

// rowReads says whether row i of head h of a per-row kernel reads key j:
// its bit in the row's mask of the listed tile that holds j (list is the
// union, rows its bits: sparse.RowTiles).
func rowReads(rows *sparse.RowTileLists, list []int32, h, i, j, nq, nk, bq, bk int) bool {
	I, J := i/bq, j/bk
	for t, x := range list[(h*nq+I)*2*nk:][:nk] {
		if x < 0 {
			break
		}
		if int(x) == J {
			return rows.Masks[rows.Offsets[h*nq+I]+t*bq+i-I*bq]>>(j-J*bk)&1 == 1
		}
	}
	return false
}

// finiteRange says whether elements [lo, hi) of buffer name are all
// finite: on an input as given, by its exponent bits (all ones is NaN or
// ±Inf in f32, f16 and bf16 alike), without converting it.
func finiteRange(r *run, name string, lo, hi int) bool {
	x := r.in[name]
	if x == nil {
		for _, v := range r.f64[name][lo:hi] {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return false
			}
		}
		return true
	}
	return finiteElems(x.DType, x.Data, lo, hi)
}

// finiteElems says whether elements [lo, hi) of data (elements of type dt)
// are all finite.
func finiteElems(dt runtime.DType, data []byte, lo, hi int) bool {
	switch dt {
	case runtime.F32:
		for i := lo; i < hi; i++ {
			if binary.LittleEndian.Uint32(data[4*i:])&0x7f800000 == 0x7f800000 {
				return false
			}
		}
	case runtime.F16:
		for i := lo; i < hi; i++ {
			if binary.LittleEndian.Uint16(data[2*i:])&0x7c00 == 0x7c00 {
				return false
			}
		}
	case runtime.BF16:
		for i := lo; i < hi; i++ {
			if binary.LittleEndian.Uint16(data[2*i:])&0x7f80 == 0x7f80 {
				return false
			}
		}
	}
	return true
}
