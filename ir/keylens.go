package ir

import "strconv"

// Key lengths: a KV cache of capacity C holds, for each of B sequences,
// only its first len[b] keys. A kernel says so with one parameter of type
// i32[B] (docs/dsl.md, "KV caches"); fuse-attention makes it the last
// operand of every attention op it builds, and the schedule passes that
// take key lengths keep it there on the ops they build (blockscore,
// blockselect, sparseattention):
//
//	func dec(%q: f16[H,M,128], %k: f16[G,C,128], %v: f16[G,C,128], %lens: i32[B]) -> f16[H,M,128] {
//	  %0 = attention %q, %k, %v, %lens scale=0.08838834764831845 mask={causal} : f32[H,M,128]
//
// The heads are grouped into B sequences of H/B query heads and G/B KV
// heads each: query head h belongs to sequence b = h / (H/B). Its keys are
// the first lens[b] rows of its KV head's k and v — the rows past them are
// never read, not even as masked scores —, its query row i sits at
// position i + lens[b] − M (the end alignment of abi.QueryOffset, with
// lens[b] for N), and the index variable h of masks and mods is the head
// within its sequence, h − b·H/B. Key tiles past a head's keys hold none:
// blockscore gives them -1, as tiles the mask empties. permute does not
// take key lengths, and the pass manager refuses the schedule passes that
// do not keep them (passes.Pass.KeyLengths).

// IsKeyLengths reports whether t is the type of key lengths: i32[B].
func IsKeyLengths(t Type) bool { return t.DType == I32 && t.Rank() == 1 }

// KeyLengths returns f's key-lengths parameter, or nil when its keys are
// all valid.
func (f *Func) KeyLengths() *Value {
	for _, p := range f.Params {
		if IsKeyLengths(p.Type) {
			return p
		}
	}
	return nil
}

// KeyLengthsOf returns the key lengths an op takes (the last operand of
// attention, sparseattention, blockscore and blockselect, of type i32[B]),
// or nil.
func KeyLengthsOf(v *Value) *Value {
	switch v.Op {
	case OpAttention, OpSparseAttention, OpBlockScore, OpBlockSelect:
	default:
		return nil
	}
	if n := len(v.Args); n > 0 {
		if l := v.Args[n-1]; l != nil && IsKeyLengths(l.Type) {
			return l
		}
	}
	return nil
}

// withoutLens returns v's operands without its key lengths.
func withoutLens(v *Value) []*Value {
	if KeyLengthsOf(v) != nil {
		return v.Args[:len(v.Args)-1]
	}
	return v.Args
}

// PermOf returns the permutation a blockscore, blockselect or
// sparseattention takes (the operand after its scores, keys or list), or
// nil.
func PermOf(v *Value) *Value {
	args := withoutLens(v)
	i := map[Op]int{OpBlockScore: 2, OpBlockSelect: 1, OpSparseAttention: 4}
	if n, ok := i[v.Op]; ok && len(args) > n {
		return args[n]
	}
	return nil
}

// verifyKeyLengths checks the rules of key lengths in f: at most one i32
// parameter, of rank 1; every attention op takes it and nothing else
// does; no sparse op (they do not take lengths).
func verifyKeyLengths(f *Func, errs *ErrorList) {
	var lens *Value
	for _, p := range f.Params {
		switch {
		case p.Type.DType != I32:
		case !IsKeyLengths(p.Type):
			errs.Add(p.Pos, "func %s: parameter %s is %s: an i32 parameter gives the keys' lengths and is i32[B]", f.Name, p.Ref(), p.Type)
		case lens != nil:
			errs.Add(p.Pos, "func %s: parameters %s and %s are both key lengths; a func has at most one", f.Name, lens.Ref(), p.Ref())
		default:
			lens = p
		}
	}
	for i, v := range f.Values {
		where := v.Op.String() + " %" + strconv.Itoa(i)
		l := KeyLengthsOf(v)
		for j, a := range v.Args {
			if a != nil && a.Type.DType == I32 && a.Op == OpParam && !(a == l && j == len(v.Args)-1) {
				errs.Add(v.Pos, "%s: operand %d is the key lengths %s, which only attention, sparseattention, blockscore and blockselect take (as their last operand)", where, j, a.Ref())
			}
		}
		if lens == nil {
			if l := KeyLengthsOf(v); l != nil {
				errs.Add(v.Pos, "%s: key lengths %s are not a parameter of func %s", where, l.Ref(), f.Name)
			}
			continue
		}
		switch v.Op {
		case OpAttention, OpSparseAttention, OpBlockScore, OpBlockSelect:
			if l != lens {
				errs.Add(v.Pos, "%s: func %s has key lengths %s, which every %s takes as its last operand", where, f.Name, lens.Ref(), v.Op)
			}
			if p := PermOf(v); p != nil {
				errs.Add(v.Pos, "%s: a permutation with key lengths: permuted keys do not take them", where)
			}
		case OpPermute:
			errs.Add(v.Pos, "%s: func %s has key lengths %s, which permute does not take", where, f.Name, lens.Ref())
		}
	}
}
