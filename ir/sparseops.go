package ir

import (
	"fmt"

	"github.com/attnc/attnc/runtime/abi"
)

// Type rules of the sparse ops (DESIGN §3, §5).

func tileDims(v *Value, q, k Type) (nq, nk Dim, err error) {
	var ok1, ok2 bool
	nq, ok1 = q.Shape[1].Tiles(v.Int("bq"))
	nk, ok2 = k.Shape[1].Tiles(v.Int("bk"))
	if !ok1 || !ok2 {
		return nq, nk, fmt.Errorf("%s: cannot tile %s by %d and %s by %d", v.Op, q.Shape[1], v.Int("bq"), k.Shape[1], v.Int("bk"))
	}
	return nq, nk, nil
}

func checkQK(v *Value, q, k Type) error {
	if q.Rank() != 3 || k.Rank() != 3 {
		return fmt.Errorf("%s needs q and k of rank 3, got %s and %s", v.Op, q, k)
	}
	if q.Shape[2] != k.Shape[2] {
		return fmt.Errorf("%s: q has head dim %s, k has %s", v.Op, q.Shape[2], k.Shape[2])
	}
	return groupDims(q.Shape[0], k.Shape[0])
}

// checkPerm checks an optional permutation argument at index i (of the
// operands before the key lengths).
func checkPerm(v *Value, i int, q Type) error {
	args := withoutLens(v)
	if len(args) <= i {
		if v.Int("segment") != 0 && v.Op != OpBlockScore {
			return fmt.Errorf("%s: segment=%d without a permutation", v.Op, v.Int("segment"))
		}
		return nil
	}
	p := args[i].Type
	if p.DType != I32 || p.Rank() != 3 {
		return fmt.Errorf("%s: permutation %s is %s, want i32[H,N/segment,N]", v.Op, args[i].Ref(), p)
	}
	if v.Int("segment") == 0 {
		return fmt.Errorf("%s: a permutation needs segment=", v.Op)
	}
	if p.Shape[0] != q.Shape[0] {
		return fmt.Errorf("%s: permutation has %s heads, q has %s", v.Op, p.Shape[0], q.Shape[0])
	}
	return nil
}

func inferBlockScore(v *Value) (Type, error) {
	if n := len(withoutLens(v)); n < 2 || n > 3 {
		return Type{}, fmt.Errorf("blockscore takes q, k, an optional permutation and optional key lengths, got %d arguments", len(v.Args))
	}
	q, k := v.Args[0].Type, v.Args[1].Type
	if err := checkQK(v, q, k); err != nil {
		return Type{}, err
	}
	if err := checkPerm(v, 2, q); err != nil {
		return Type{}, err
	}
	nq, nk, err := tileDims(v, q, k)
	return TensorOf(F32, q.Shape[0], nq, nk), err
}

func inferBlockSelect(v *Value) (Type, error) {
	if n := len(withoutLens(v)); n < 1 || n > 2 {
		return Type{}, fmt.Errorf("blockselect takes scores, an optional permutation and optional key lengths, got %d arguments", len(v.Args))
	}
	e := v.Args[0].Type
	if e.DType != F32 || e.Rank() != 3 {
		return Type{}, fmt.Errorf("blockselect: scores %s are %s, want f32[H,N/bq,N/bk]", v.Args[0].Ref(), e)
	}
	if err := checkPerm(v, 1, e); err != nil {
		return Type{}, err
	}
	mode := v.Ident("mode")
	ds, perHead := v.Attrs["densities"].([]float64)
	if m := abi.LookupSelectMode(mode); m != nil && m.Size != nil && v.Attrs[m.Size.Name] == nil && !perHead {
		return Type{}, fmt.Errorf("blockselect mode=%s needs %s=", mode, m.Size.Name)
	}
	if perHead {
		switch {
		case mode != "budget" || v.Ident("scope") != "head":
			return Type{}, fmt.Errorf("blockselect densities= (one per head) needs mode=budget scope=head")
		case v.Attrs["density"] != nil:
			return Type{}, fmt.Errorf("blockselect: densities= replaces density=; give one")
		case e.Shape[0].Sym == "" && e.Shape[0].Size != len(ds):
			return Type{}, fmt.Errorf("blockselect: %d densities for %d heads", len(ds), e.Shape[0].Size)
		}
		for _, d := range ds {
			if !(d > 0 && d <= 1) {
				return Type{}, fmt.Errorf("blockselect: density %v, want ρ in (0, 1]", d)
			}
		}
	}
	return TensorOf(I32, e.Shape[0], e.Shape[1], Fixed(2), e.Shape[2]), nil
}

// selectSizeAttrs declares blockselect's sizing attributes (mass, top,
// density), one per argument of runtime/abi's selection modes.
func selectSizeAttrs() []AttrSpec {
	var attrs []AttrSpec
	for _, a := range abi.SelectSizes() {
		kind := AttrFloat
		if a.Int {
			kind = AttrInt
		}
		attrs = append(attrs, AttrSpec{Name: a.Name, Kind: kind, Min: a.Min, HasMin: true, Doc: a.Doc})
	}
	return attrs
}

func inferPermute(v *Value) (Type, error) {
	q, k := v.Args[0].Type, v.Args[1].Type
	if err := checkQK(v, q, k); err != nil {
		return Type{}, err
	}
	if HasQueryOffset(q, k) {
		return Type{}, fmt.Errorf("permute: q has length %s, k %s: a permutation's segments need queries at the keys' positions (one length)", q.Shape[1], k.Shape[1])
	}
	seg := v.Int("segment")
	ns, ok := q.Shape[1].Tiles(seg)
	if !ok {
		return Type{}, fmt.Errorf("permute: cannot split %s into segments of %d", q.Shape[1], seg)
	}
	return TensorOf(I32, q.Shape[0], ns, k.Shape[1]), nil
}

func inferSparseAttention(v *Value) (Type, error) {
	if n := len(withoutLens(v)); n < 4 || n > 5 {
		return Type{}, fmt.Errorf("sparseattention takes q, k, v, a tile list, an optional permutation and optional key lengths, got %d arguments", len(v.Args))
	}
	t, err := inferAttention(v)
	if err != nil {
		return t, err
	}
	sel := v.Args[3].Type
	if sel.DType != I32 || sel.Rank() != 4 {
		return Type{}, fmt.Errorf("sparseattention: tile list %s is %s, want i32[H,N/bq,2,N/bk]", v.Args[3].Ref(), sel)
	}
	if err := checkPerm(v, 4, v.Args[0].Type); err != nil {
		return Type{}, err
	}
	if c, ok := v.Attrs["compensate"].(int); ok && c > 1 {
		return Type{}, fmt.Errorf("sparseattention: compensate=%d, want 0 or 1", c)
	}
	return t, nil
}

// Type rules of the per-row selection ops (docs/passes.md "Per-row
// selection").

func inferRowScore(v *Value) (Type, error) {
	q, k := v.Args[0].Type, v.Args[1].Type
	if err := checkQK(v, q, k); err != nil {
		return Type{}, err
	}
	nb, ok := k.Shape[1].Tiles(v.Int("block"))
	if !ok {
		return Type{}, fmt.Errorf("rowscore: cannot split %s keys into blocks of %d", k.Shape[1], v.Int("block"))
	}
	return TensorOf(F32, q.Shape[0], q.Shape[1], nb), nil
}

func inferRowSelect(v *Value) (Type, error) {
	e := v.Args[0].Type
	if e.DType != F32 || e.Rank() != 3 {
		return Type{}, fmt.Errorf("rowselect: scores %s are %s, want f32[H,M,N/block]", v.Args[0].Ref(), e)
	}
	_, hasTop := v.Attrs["top"]
	_, hasDensity := v.Attrs["density"]
	switch {
	case hasTop == hasDensity:
		return Type{}, fmt.Errorf("rowselect needs one of top= and density=")
	case hasDensity && !(v.Float("density") > 0 && v.Float("density") <= 1):
		return Type{}, fmt.Errorf("rowselect: density %v, want ρ in (0, 1]", v.Float("density"))
	case hasDensity:
		return TensorOf(I32, e.Shape[0], e.Shape[1], e.Shape[2]), nil
	}
	forced := v.Int("local")
	for _, f := range []string{"sink", "diagonal"} {
		if v.Flag(f) {
			forced++
		}
	}
	w := max(v.Int("top"), forced)
	if w == 0 {
		return Type{}, fmt.Errorf("rowselect keeps no block: top=0 and nothing forced")
	}
	return TensorOf(I32, e.Shape[0], e.Shape[1], Fixed(w)), nil
}

func inferTokenSelect(v *Value) (Type, error) {
	q, k, rows := v.Args[0].Type, v.Args[1].Type, v.Args[2].Type
	if err := checkQK(v, q, k); err != nil {
		return Type{}, err
	}
	if rows.DType != I32 || rows.Rank() != 3 || rows.Shape[0] != q.Shape[0] || rows.Shape[1] != q.Shape[1] {
		return Type{}, fmt.Errorf("tokenselect: blocks %s are %s, want i32[%s,%s,W]", v.Args[2].Ref(), rows, q.Shape[0], q.Shape[1])
	}
	return TensorOf(I32, q.Shape[0], q.Shape[1], Fixed(v.Int("top"))), nil
}

func inferRowAttention(v *Value) (Type, error) {
	t, err := inferAttention(v)
	if err != nil {
		return t, err
	}
	q, l := v.Args[0].Type, v.Args[3].Type
	if l.DType != I32 || l.Rank() != 3 || l.Shape[0] != q.Shape[0] || l.Shape[1] != q.Shape[1] {
		return Type{}, fmt.Errorf("rowattention: list %s is %s, want i32[%s,%s,W]", v.Args[3].Ref(), l, q.Shape[0], q.Shape[1])
	}
	return t, nil
}
