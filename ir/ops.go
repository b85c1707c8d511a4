package ir

import (
	"fmt"
	"slices"

	"github.com/attnc/attnc/runtime/abi"
)

// Op is a graph-IR operation. Its behaviour is declared in opTable.
type Op uint8

// Graph ops. Keep in sync with opTable (a test and init check that every op
// has an entry).
const (
	OpInvalid Op = iota
	OpParam
	OpConst
	OpIndex
	OpConvert
	OpTranspose
	OpMatmul
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMax
	OpMin
	OpNeg
	OpExp
	OpLog
	OpTanh
	OpRsqrt
	OpLt
	OpLe
	OpGt
	OpGe
	OpEq
	OpNe
	OpAnd
	OpOr
	OpNot
	OpWhere
	OpMask
	OpSoftmax
	OpAttention
	OpBlockScore
	OpBlockSelect
	OpPermute
	OpSparseAttention
	OpRowScore
	OpRowSelect
	OpTokenSelect
	OpRowAttention
	opEnd // sentinel: sizes opTable
)

// AttrKind is the type of an attribute value.
type AttrKind uint8

// Attribute kinds and the Go types that hold them in Value.Attrs.
const (
	AttrInt    AttrKind = iota // int
	AttrFloat                  // float64
	AttrFlag                   // bool; printed as the bare key when true
	AttrIdent                  // string; one of Values when Values is set
	AttrExpr                   // *Expr; printed in braces
	AttrFloats                 // []float64; printed as [a,b,c], at least one
	AttrDim                    // Dim; a symbol or a positive size, printed as in a shape
)

// AttrSpec declares one attribute of an op.
type AttrSpec struct {
	Name     string
	Kind     AttrKind
	Required bool
	Values   []string // allowed identifiers for AttrIdent
	Vars     []string // variables an AttrExpr may read
	Min      float64  // lower bound for AttrInt / AttrFloat when HasMin
	HasMin   bool
	Doc      string
}

// OpInfo declares an op: its text name, arity, attributes, type rule and a
// one-line meaning.
type OpInfo struct {
	Name  string
	Arity int // -1: variadic
	Attrs []AttrSpec
	// Infer computes the result type from the arguments and attributes. It
	// may read v.Type for ops whose type is declared (param, index, convert).
	Infer func(v *Value) (Type, error)
	Doc   string
	// Elementwise ops apply a scalar function with broadcasting; they are the
	// ops fuse-attention can fold into a score modification.
	Elementwise bool
}

var maskVars = []string{"qi", "ki", "h"}
var modVars = []string{"s", "qi", "ki", "h"}

var opTable = [opEnd]OpInfo{
	OpInvalid: {Name: "invalid", Doc: "never valid; catches zero Values"},
	OpParam:   {Name: "param", Arity: 0, Infer: declaredType, Doc: "a kernel parameter"},
	OpConst: {Name: "const", Arity: 0, Attrs: []AttrSpec{{Name: "value", Kind: AttrFloat, Required: true}},
		Infer: func(*Value) (Type, error) { return TensorOf(F32), nil }, Doc: "a scalar constant"},
	OpIndex: {Name: "index", Arity: 0, Attrs: []AttrSpec{{Name: "axis", Kind: AttrIdent, Required: true, Values: maskVars},
		{Name: "keys", Kind: AttrDim, Doc: "axis=qi of scores [H,M,N] with N ≠ M: N, and query row i sits at position i + N − M (absent: N = M)"}},
		Infer: inferIndex, Doc: "the query position (qi), key position (ki) or head (h) of each element of the score tensor, broadcastable [H,M,1]-style"},
	OpConvert: {Name: "convert", Arity: 1, Attrs: []AttrSpec{{Name: "to", Kind: AttrIdent, Required: true, Values: []string{"f32", "f16", "bf16"}}},
		Infer: inferConvert, Doc: "rounds to another element type"},
	OpTranspose: {Name: "transpose", Arity: 1, Infer: inferTranspose, Doc: "swaps the last two dims"},
	OpMatmul: {Name: "matmul", Arity: 2, Attrs: []AttrSpec{{Name: "transpose_b", Kind: AttrFlag}},
		Infer: inferMatmul, Doc: "matrix product over the last two dims, batched over the rest; the rhs batch broadcasts to groups of the lhs batch (GQA)"},
	OpAdd:   arith("add", "x + y"),
	OpSub:   arith("sub", "x - y"),
	OpMul:   arith("mul", "x * y"),
	OpDiv:   arith("div", "x / y"),
	OpMax:   arith("max", "the larger of x and y"),
	OpMin:   arith("min", "the smaller of x and y"),
	OpNeg:   unary("neg", "-x"),
	OpExp:   unary("exp", "e^x"),
	OpLog:   unary("log", "natural logarithm"),
	OpTanh:  unary("tanh", "hyperbolic tangent"),
	OpRsqrt: unary("rsqrt", "1/sqrt(x)"),
	OpLt:    compare("lt", "x < y"),
	OpLe:    compare("le", "x <= y"),
	OpGt:    compare("gt", "x > y"),
	OpGe:    compare("ge", "x >= y"),
	OpEq:    compare("eq", "x == y"),
	OpNe:    compare("ne", "x != y"),
	OpAnd:   {Name: "and", Arity: 2, Infer: inferLogic, Elementwise: true, Doc: "x and y (booleans)"},
	OpOr:    {Name: "or", Arity: 2, Infer: inferLogic, Elementwise: true, Doc: "x or y (booleans)"},
	OpNot:   {Name: "not", Arity: 1, Infer: inferLogic, Elementwise: true, Doc: "not x (boolean)"},
	OpWhere: {Name: "where", Arity: 3, Infer: inferWhere, Elementwise: true, Doc: "y where the boolean c holds, else z"},
	OpMask: {Name: "mask", Arity: 1, Attrs: []AttrSpec{{Name: "mask", Kind: AttrExpr, Required: true, Vars: maskVars}},
		Infer: inferScoreUnary, Elementwise: true, Doc: "the score where the mask expression in qi, ki, h holds, else -inf"},
	OpSoftmax: {Name: "softmax", Arity: 1, Infer: inferScoreUnary, Doc: "softmax over the last axis; a row of -inf gives zeros"},
	OpAttention: {Name: "attention", Arity: -1, Attrs: []AttrSpec{
		{Name: "scale", Kind: AttrFloat, Required: true, Doc: "c in s = c·q·k"},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars, Doc: "pairs where it is false get weight 0"},
		{Name: "mod", Kind: AttrExpr, Vars: modVars, Doc: "score modification applied to s = c·q·k before the mask"},
		{Name: "bq", Kind: AttrInt, Min: 1, HasMin: true, Doc: "query tile size, set by classify-tiles"},
		{Name: "bk", Kind: AttrInt, Min: 1, HasMin: true, Doc: "key tile size, set by classify-tiles"},
	}, Infer: inferAttention, Doc: "softmax(mask(mod(scale·q·kᵀ)))·v, fused; rows with nothing allowed give 0; a 4th operand i32[B] gives the keys' valid length per sequence (KeyLengths)"},
	OpBlockScore: {Name: "blockscore", Arity: -1, Attrs: []AttrSpec{
		{Name: "method", Kind: AttrIdent, Required: true, Values: abi.ScoreMethods(), Doc: "a scoring method of runtime/abi's registry"},
		{Name: "stride", Kind: AttrInt, Min: 1, HasMin: true, Doc: "the method's stride S (methods that take one)"},
		{Name: "pool", Kind: AttrIdent, Values: append(abi.ScorePools(), abi.PoolRowMax), Doc: "how row scores pool into a tile: mean (mass share), max (largest probability, probe), rowmax (largest single-row mass)"},
		{Name: "heads", Kind: AttrInt, Min: 1, HasMin: true, Doc: "proxy heads: average Q and K over groups before scoring"},
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars},
		{Name: "mod", Kind: AttrExpr, Vars: modVars, Doc: "oracle only: the exact scores"},
		{Name: "bq", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "bk", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "segment", Kind: AttrInt, Min: 1, HasMin: true, Doc: "with a permutation: its segment length"},
	}, Infer: inferBlockScore, Doc: "per head and tile (I, J), an estimate E of the softmax mass of the tile (rows sum to 1 over allowed tiles); -1 marks tiles the mask empties"},
	OpBlockSelect: {Name: "blockselect", Arity: -1, Attrs: slices.Concat([]AttrSpec{
		{Name: "mode", Kind: AttrIdent, Required: true, Values: abi.SelectModes(), Doc: "a selection mode of runtime/abi's registry"},
	}, selectSizeAttrs(), []AttrSpec{
		{Name: "sink", Kind: AttrFlag, Doc: "force the tile holding key 0"},
		{Name: "diagonal", Kind: AttrFlag, Doc: "force the tiles on the diagonal"},
		{Name: "local", Kind: AttrInt, Min: 1, HasMin: true, Doc: "force this many tiles left of the diagonal"},
		{Name: "min_blocks", Kind: AttrInt, Min: 1, HasMin: true},
		{Name: "order", Kind: AttrIdent, Values: []string{"score", "index"}, Doc: "order of the unforced tiles (default score)"},
		{Name: "scope", Kind: AttrIdent, Values: abi.SelectScopes(), Doc: "mode=budget: share ρ·allowed tiles across all heads and query tiles, or per head"},
		{Name: "bq", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "bk", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "segment", Kind: AttrInt, Min: 1, HasMin: true, Doc: "with a permutation: the query's own segment is forced"},
		{Name: "densities", Kind: AttrFloats, Doc: "mode=budget scope=head: one density per query head, in place of density"},
	}), Infer: inferBlockSelect, Doc: "per head and query tile, the key tiles to compute in processing order ([..., 0, :], -1 padded) and which are forced ([..., 1, :])"},
	OpPermute: {Name: "permute", Arity: 2, Attrs: []AttrSpec{
		{Name: "segment", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "probe", Kind: AttrIdent, Required: true, Values: abi.PermuteProbes(), Doc: "a probe of runtime/abi's registry"},
		{Name: "scope", Kind: AttrIdent, Required: true, Values: abi.PermuteScopes(), Doc: "a scope of runtime/abi's registry"},
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "bq", Kind: AttrInt, Required: true, Min: 1, HasMin: true, Doc: "probe last: the last query tile"},
	}, Infer: inferPermute, Doc: "per head and query segment, the logical→physical key index (keys of earlier segments sorted by importance under the segment's probe)"},
	OpSparseAttention: {Name: "sparseattention", Arity: -1, Attrs: []AttrSpec{
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars},
		{Name: "mod", Kind: AttrExpr, Vars: modVars},
		{Name: "bq", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "bk", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "segment", Kind: AttrInt, Min: 1, HasMin: true},
		{Name: "eps", Kind: AttrFloat, Min: 0, HasMin: true, Doc: "early stop threshold ε"},
		{Name: "rule", Kind: AttrIdent, Values: []string{"max", "mean"}, Doc: "early stop: max or mean over rows of Δ/ℓ"},
		{Name: "patience", Kind: AttrInt, Min: 1, HasMin: true, Doc: "early stop: the tiles in a row that must each add less than ε (default 1)"},
		{Name: "compensate", Kind: AttrInt, Min: 0, HasMin: true, Doc: "approximate skipped full tiles by their mean key: 0 zeroth order, 1 first order"},
	}, Infer: inferSparseAttention, Doc: "attention over the listed key tiles of each query tile in list order (online softmax), optionally through a permutation and with an early stop"},
	OpRowScore: {Name: "rowscore", Arity: 2, Attrs: []AttrSpec{
		{Name: "block", Kind: AttrInt, Required: true, Min: 1, HasMin: true, Doc: "keys per block"},
		{Name: "method", Kind: AttrIdent, Values: []string{"mean", "oracle"}, Doc: "the estimate: the blocks' mean keys (default), or the exact block mass (the yardstick)"},
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars},
		{Name: "mod", Kind: AttrExpr, Vars: modVars, Doc: "oracle only: the exact scores"},
	}, Infer: inferRowScore, Doc: "per head, query row i and key block b, MoBA's gate: scale·q_i·mean(k_b) for the row's allowed blocks (only their order matters), -inf for blocks the mask empties"},
	OpRowSelect: {Name: "rowselect", Arity: 1, Attrs: []AttrSpec{
		{Name: "block", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "top", Kind: AttrInt, Min: 0, HasMin: true, Doc: "blocks per row, the forced ones included"},
		{Name: "density", Kind: AttrFloat, Min: 0, HasMin: true, Doc: "in place of top: ⌈ρ·allowed blocks⌉ per row, forced ones included"},
		{Name: "sink", Kind: AttrFlag, Doc: "force block 0"},
		{Name: "diagonal", Kind: AttrFlag, Doc: "force the block holding the row's position"},
		{Name: "local", Kind: AttrInt, Min: 1, HasMin: true, Doc: "force this many blocks before the row's own"},
	}, Infer: inferRowSelect, Doc: "per head and query row, its key blocks in ascending order, -1 padded"},
	OpTokenSelect: {Name: "tokenselect", Arity: 3, Attrs: []AttrSpec{
		{Name: "block", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "top", Kind: AttrInt, Required: true, Min: 1, HasMin: true, Doc: "keys per row"},
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars},
		{Name: "mod", Kind: AttrExpr, Vars: modVars},
	}, Infer: inferTokenSelect, Doc: "HISA's second stage: per head and query row, the top keys by exact score among those of its blocks the mask allows, ascending, -1 padded"},
	OpRowAttention: {Name: "rowattention", Arity: 4, Attrs: []AttrSpec{
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "mask", Kind: AttrExpr, Vars: maskVars},
		{Name: "mod", Kind: AttrExpr, Vars: modVars},
		{Name: "block", Kind: AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "tokens", Kind: AttrFlag, Doc: "the list holds keys (tokenselect), not blocks"},
	}, Infer: inferRowAttention, Doc: "attention in which row i of each head attends only the keys of its own list (blocks of block keys, or keys), with the mask and mod"},
}

func init() {
	for op, info := range opTable {
		if info.Name == "" {
			panic(fmt.Sprintf("BUG: op %d not registered in opTable", op))
		}
	}
}

// Info returns the declaration of op. It panics on an unregistered op.
func (op Op) Info() *OpInfo {
	if int(op) >= len(opTable) || opTable[op].Name == "" {
		panic(fmt.Sprintf("BUG: op %d not registered", op))
	}
	return &opTable[op]
}

func (op Op) String() string {
	if int(op) < len(opTable) {
		return opTable[op].Name
	}
	return fmt.Sprintf("op(%d)", op)
}

// LookupOp returns the op named name.
func LookupOp(name string) (Op, bool) {
	for op, info := range opTable {
		if info.Name == name && Op(op) != OpInvalid {
			return Op(op), true
		}
	}
	return OpInvalid, false
}

// Ops returns every registered op, for documentation and tests.
func Ops() []Op {
	ops := make([]Op, 0, len(opTable))
	for op := OpParam; op < opEnd; op++ {
		ops = append(ops, op)
	}
	return ops
}

func arith(name, doc string) OpInfo {
	return OpInfo{Name: name, Arity: 2, Infer: inferArith, Elementwise: true, Doc: doc}
}

func unary(name, doc string) OpInfo {
	return OpInfo{Name: name, Arity: 1, Infer: inferArith, Elementwise: true, Doc: doc}
}

func compare(name, doc string) OpInfo {
	return OpInfo{Name: name, Arity: 2, Infer: inferCompare, Elementwise: true, Doc: doc}
}

func declaredType(v *Value) (Type, error) { return v.Type, nil }

func inferIndex(v *Value) (Type, error) {
	t := v.Type
	if t.Rank() != 3 {
		return t, fmt.Errorf("index has rank %d, want 3 ([H,1,1], [1,M,1] or [1,1,N])", t.Rank())
	}
	axis := map[string]int{"h": 0, "qi": 1, "ki": 2}[v.Ident("axis")]
	for i, d := range t.Shape {
		if i != axis && !d.IsOne() {
			return t, fmt.Errorf("index %s has shape %s, want 1 in every dim but dim %d", v.Ident("axis"), t.Shape, axis)
		}
	}
	if keys, ok := v.Attrs["keys"].(Dim); ok && (v.Ident("axis") != "qi" || keys == t.Shape[1]) {
		return t, fmt.Errorf("index %s keys=%s: keys= gives the key length of query positions (axis=qi) when it differs from %s", v.Ident("axis"), keys, t.Shape[1])
	}
	return TensorOf(F32, t.Shape...), nil
}

func inferConvert(v *Value) (Type, error) {
	dt, ok := ParseDType(v.Ident("to"))
	if !ok {
		return Type{}, fmt.Errorf("convert to unknown type %q", v.Ident("to"))
	}
	return Type{DType: dt, Shape: v.Args[0].Type.Shape}, nil
}

func inferTranspose(v *Value) (Type, error) {
	t := v.Args[0].Type
	if t.Rank() < 2 {
		return Type{}, fmt.Errorf("transpose needs rank >= 2, %s has rank %d", v.Args[0].Ref(), t.Rank())
	}
	s := append(Shape(nil), t.Shape...)
	n := len(s)
	s[n-2], s[n-1] = s[n-1], s[n-2]
	return Type{DType: t.DType, Shape: s}, nil
}

// MatmulDims returns the contraction dims of a matmul's operands after the
// optional transpose of b: a is [..., M, K], b is [..., K, N].
func MatmulDims(a, b Shape, transposeB bool) (m, ka, kb, n Dim) {
	m, ka = a[len(a)-2], a[len(a)-1]
	kb, n = b[len(b)-2], b[len(b)-1]
	if transposeB {
		kb, n = n, kb
	}
	return
}

func inferMatmul(v *Value) (Type, error) {
	a, b := v.Args[0].Type, v.Args[1].Type
	if a.Rank() < 2 || b.Rank() < 2 {
		return Type{}, fmt.Errorf("matmul needs rank >= 2 operands, got %s and %s", a, b)
	}
	if a.Rank() != b.Rank() {
		return Type{}, fmt.Errorf("matmul operands have ranks %d and %d", a.Rank(), b.Rank())
	}
	m, ka, kb, n := MatmulDims(a.Shape, b.Shape, v.Flag("transpose_b"))
	if ka != kb {
		return Type{}, fmt.Errorf("matmul inner dims %s vs %s", ka, kb)
	}
	out := append(Shape(nil), a.Shape[:a.Rank()-2]...)
	for i, d := range out {
		if err := groupDims(d, b.Shape[i]); err != nil {
			return Type{}, fmt.Errorf("matmul batch dim %d: %v", i, err)
		}
	}
	return TensorOf(F32, append(out, m, n)...), nil
}

// groupDims checks that the rhs batch dim g can broadcast to groups of the
// lhs batch dim h: equal, 1, two symbols (checked at run time: H % G == 0),
// or fixed sizes that divide.
func groupDims(h, g Dim) error {
	switch {
	case h == g, g.IsOne():
		return nil
	case h.Sym != "" && g.Sym != "":
		return nil
	case h.Sym == "" && g.Sym == "" && g.Size > 0 && h.Size%g.Size == 0:
		return nil
	}
	return fmt.Errorf("%s is not a multiple of %s", h, g)
}

// Broadcast returns the broadcast of shapes (numpy rules: aligned on the
// right, a dim of 1 stretches).
func Broadcast(shapes ...Shape) (Shape, error) {
	rank := 0
	for _, s := range shapes {
		rank = max(rank, len(s))
	}
	out := make(Shape, rank)
	for i := range out {
		out[i] = Fixed(1)
	}
	for _, s := range shapes {
		off := rank - len(s)
		for i, d := range s {
			o := &out[off+i]
			switch {
			case d.IsOne() || *o == d:
			case o.IsOne():
				*o = d
			default:
				return nil, fmt.Errorf("shapes %s and %s do not broadcast (dim %s vs %s)", shapesString(shapes[:1]), s, *o, d)
			}
		}
	}
	return out, nil
}

func shapesString(ss []Shape) string {
	if len(ss) == 0 {
		return "[]"
	}
	return ss[0].String()
}

func argShapes(v *Value) []Shape {
	s := make([]Shape, len(v.Args))
	for i, a := range v.Args {
		s[i] = a.Type.Shape
	}
	return s
}

func inferArith(v *Value) (Type, error) {
	for _, a := range v.Args {
		if !a.Type.DType.IsFloat() {
			return Type{}, fmt.Errorf("%s needs numbers, %s is %s", v.Op, a.Ref(), a.Type.DType)
		}
	}
	s, err := Broadcast(argShapes(v)...)
	return Type{DType: F32, Shape: s}, err
}

func inferCompare(v *Value) (Type, error) {
	t, err := inferArith(v)
	t.DType = Bool
	return t, err
}

func inferLogic(v *Value) (Type, error) {
	for _, a := range v.Args {
		if a.Type.DType != Bool {
			return Type{}, fmt.Errorf("%s needs booleans, %s is %s", v.Op, a.Ref(), a.Type.DType)
		}
	}
	s, err := Broadcast(argShapes(v)...)
	return Type{DType: Bool, Shape: s}, err
}

func inferWhere(v *Value) (Type, error) {
	if v.Args[0].Type.DType != Bool {
		return Type{}, fmt.Errorf("where needs a boolean condition, %s is %s", v.Args[0].Ref(), v.Args[0].Type.DType)
	}
	for _, a := range v.Args[1:] {
		if !a.Type.DType.IsFloat() {
			return Type{}, fmt.Errorf("where needs numbers, %s is %s", a.Ref(), a.Type.DType)
		}
	}
	s, err := Broadcast(argShapes(v)...)
	return Type{DType: F32, Shape: s}, err
}

func inferScoreUnary(v *Value) (Type, error) {
	t := v.Args[0].Type
	if t.Rank() < 1 || !t.DType.IsFloat() {
		return Type{}, fmt.Errorf("%s needs a float tensor of rank >= 1, got %s", v.Op, t)
	}
	return TensorOf(F32, t.Shape...), nil
}

func inferAttention(v *Value) (Type, error) {
	if v.Op == OpAttention && len(v.Args) != 3 && len(v.Args) != 4 {
		return Type{}, fmt.Errorf("attention takes q, k, v and optional key lengths, got %d arguments", len(v.Args))
	}
	q, k, val := v.Args[0].Type, v.Args[1].Type, v.Args[2].Type
	for i, t := range []Type{q, k, val} {
		if t.Rank() != 3 {
			return Type{}, fmt.Errorf("attention operand %d (%s) has rank %d, want 3 [heads, seq, dim]", i, v.Args[i].Ref(), t.Rank())
		}
	}
	if q.Shape[2] != k.Shape[2] {
		return Type{}, fmt.Errorf("attention: q has head dim %s, k has %s", q.Shape[2], k.Shape[2])
	}
	if k.Shape[0] != val.Shape[0] || k.Shape[1] != val.Shape[1] {
		return Type{}, fmt.Errorf("attention: k is %s but v is %s", k.Shape, val.Shape)
	}
	if err := groupDims(q.Shape[0], k.Shape[0]); err != nil {
		return Type{}, fmt.Errorf("attention heads: %v", err)
	}
	if v.Op == OpAttention && len(v.Args) == 4 {
		if l := v.Args[3]; !IsKeyLengths(l.Type) {
			return Type{}, fmt.Errorf("attention: key lengths %s are %s, want i32[B]", l.Ref(), l.Type)
		}
	}
	if v.Op == OpSparseAttention && len(v.Args) == 6 && KeyLengthsOf(v) == nil {
		l := v.Args[5]
		return Type{}, fmt.Errorf("sparseattention: key lengths %s are %s, want i32[B]", l.Ref(), l.Type)
	}
	return TensorOf(F32, q.Shape[0], q.Shape[1], val.Shape[2]), nil
}
