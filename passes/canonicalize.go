package passes

import (
	"math"

	"github.com/attnc/attnc/ir"
)

// canonicalize puts the graph in the form later passes pattern-match:
//
//   - constant folding: an elementwise op over scalar constants becomes a
//     const (rsqrt(128) becomes 0.08838834764831845);
//   - transposes fold into matmul: matmul a, (transpose b) becomes
//     matmul a, b transpose_b;
//   - scalar factors move right: mul c, x becomes mul x, c; and a positive
//     scale moves inside a mask (mask(x)·c = mask(x·c) since -inf·c = -inf),
//     so the score scale sits next to its matmul;
//   - identical constants and index values are merged, dead values removed.
//
// Before:                                  After:
//
//	%0 = transpose %k : f32[H,64,N]          %0 = matmul %q, %k transpose_b : f32[H,N,N]
//	%1 = matmul %q, %0 : f32[H,N,N]          %1 = const value=0.125 : f32[]
//	%2 = const value=64.0 : f32[]            %2 = mul %0, %1 : f32[H,N,N]
//	%3 = rsqrt %2 : f32[]
//	%4 = mul %1, %3 : f32[H,N,N]
func canonicalize(f *ir.Func, a Args) error {
	changed := true
	for changed {
		changed = false
		for _, v := range f.Values {
			if foldConst(v) || foldTranspose(v) || scalarRight(v) || scaleIntoMask(f, v) {
				a.Logf("rewrote %s", v.LongString())
				changed = true
			}
		}
		if mergeLeaves(f) > 0 {
			changed = true
		}
		if n := f.DeadCode(); n > 0 {
			a.Logf("removed %d dead values", n)
		}
	}
	return nil
}

func isConst(v *ir.Value) bool { return v.Op == ir.OpConst }

// foldConst evaluates an elementwise op whose operands are all constants.
func foldConst(v *ir.Value) bool {
	if !v.Op.Info().Elementwise || v.Op == ir.OpMask || len(v.Args) == 0 || v.Type.DType != ir.F32 {
		return false
	}
	xs := make([]float64, len(v.Args))
	for i, a := range v.Args {
		if !isConst(a) {
			return false
		}
		xs[i] = a.Float("value")
	}
	var r float64
	switch v.Op {
	case ir.OpAdd:
		r = xs[0] + xs[1]
	case ir.OpSub:
		r = xs[0] - xs[1]
	case ir.OpMul:
		r = xs[0] * xs[1]
	case ir.OpDiv:
		r = xs[0] / xs[1]
	case ir.OpMax:
		r = math.Max(xs[0], xs[1])
	case ir.OpMin:
		r = math.Min(xs[0], xs[1])
	case ir.OpNeg:
		r = -xs[0]
	case ir.OpExp:
		r = math.Exp(xs[0])
	case ir.OpLog:
		r = math.Log(xs[0])
	case ir.OpTanh:
		r = math.Tanh(xs[0])
	case ir.OpRsqrt:
		r = 1 / math.Sqrt(xs[0])
	default:
		return false
	}
	v.Op, v.Args, v.Attrs = ir.OpConst, nil, nil
	v.SetAttr("value", r)
	return true
}

func foldTranspose(v *ir.Value) bool {
	if v.Op != ir.OpMatmul || v.Args[1].Op != ir.OpTranspose {
		return false
	}
	v.Args[1] = v.Args[1].Args[0]
	v.SetAttr("transpose_b", !v.Flag("transpose_b"))
	return true
}

func scalarRight(v *ir.Value) bool {
	if (v.Op != ir.OpMul && v.Op != ir.OpAdd) || !isConst(v.Args[0]) || isConst(v.Args[1]) {
		return false
	}
	v.Args[0], v.Args[1] = v.Args[1], v.Args[0]
	return true
}

// scaleIntoMask rewrites mul(mask(x), c) with c > 0 into mask(mul(x, c)),
// reusing both values so positions stay meaningful.
func scaleIntoMask(f *ir.Func, v *ir.Value) bool {
	if v.Op != ir.OpMul || !isConst(v.Args[1]) || v.Args[1].Float("value") <= 0 {
		return false
	}
	m := v.Args[0]
	if m.Op != ir.OpMask || f.Uses()[m] != 1 {
		return false
	}
	x, c, expr := m.Args[0], v.Args[1], m.ExprAttr("mask")
	// m becomes the mul and v the mask, so the order stays topological.
	mulPos, maskPos := v.Pos, m.Pos
	*m = ir.Value{ID: m.ID, Op: ir.OpMul, Type: m.Type, Args: []*ir.Value{x, c}, Pos: mulPos}
	*v = ir.Value{ID: v.ID, Op: ir.OpMask, Type: v.Type, Args: []*ir.Value{m}, Pos: maskPos}
	v.SetAttr("mask", expr)
	return true
}

// mergeLeaves replaces duplicate constants and index values by the first.
func mergeLeaves(f *ir.Func) int {
	seen := map[string]*ir.Value{}
	n := 0
	for _, v := range f.Values {
		if v.Op != ir.OpConst && v.Op != ir.OpIndex {
			continue
		}
		key := v.LongString()
		key = key[len(v.Ref()):] // drop the name
		if i := len(key) - len(v.Pos.String()); v.Pos.IsValid() && i > 0 {
			key = key[:i]
		}
		if first := seen[key]; first != nil {
			f.ReplaceUses(v, first)
			n++
			continue
		}
		seen[key] = v
	}
	return n
}
