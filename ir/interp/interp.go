package interp

import (
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// Options control an evaluation.
type Options struct {
	Workers int // goroutines for the attention op; <= 0 means GOMAXPROCS
	// Check makes the attention ops also compute, per row, the dense softmax
	// mass that the computed pairs cover (mass_recall). The dense row
	// statistics come from Reference when given (a Result of the same kernel
	// without its schedule), else they are computed here.
	Check     bool
	Reference *Result
}

// Result is the output of a kernel and the statistics of DESIGN §5.
type Result struct {
	Out   *Tensor
	Stats Stats
	// Rows holds, per head and query row, the final running max m and
	// normaliser ℓ of the (last) attention op: for a dense kernel these are
	// the dense softmax statistics that mass_recall is measured against.
	Rows []RowStat
	// Visits holds, per head and query tile, how many key tiles were
	// processed (the stop point when early stopping).
	Visits [][]int
	// Values holds every value of the func, for plots and debugging.
	Values map[*ir.Value]*Tensor
}

// RowStat is the softmax state of one query row after attention.
type RowStat struct{ M, L float64 }

// Run evaluates f on inputs (one per parameter, by name). Symbolic dims are
// bound from the inputs; disagreements are errors naming the tensors.
func Run(f *ir.Func, inputs map[string]*Tensor, opts Options) (*Result, error) {
	dims, err := BindDims(f, inputs)
	if err != nil {
		return nil, err
	}
	if err := fusedWithLengths(f); err != nil {
		return nil, err
	}
	ev := &evaluator{f: f, dims: dims, opts: opts, vals: map[*ir.Value]*Tensor{}}
	for _, p := range f.Params {
		ev.vals[p] = inputs[p.Name]
	}
	for _, v := range f.Values {
		t, err := ev.eval(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", v.Pos, v.Op, err)
		}
		ev.vals[v] = t
	}
	return &Result{Out: ev.vals[f.Result], Stats: ev.stats, Rows: ev.rows, Visits: ev.visits, Values: ev.vals}, nil
}

// BindDims binds every symbolic dim of f's parameters to the sizes of the
// inputs and checks fixed dims, ranks and the GQA group rule.
func BindDims(f *ir.Func, inputs map[string]*Tensor) (map[string]int, error) {
	dims := map[string]int{}
	from := map[string]string{}
	for _, p := range f.Params {
		t := inputs[p.Name]
		if t == nil {
			return nil, fmt.Errorf("missing input %q (kernel %s wants %s: %s)", p.Name, f.Name, p.Name, p.Type)
		}
		if len(t.Shape) != p.Type.Rank() {
			return nil, fmt.Errorf("input %s has shape %v, kernel %s wants rank %d (%s)", p.Name, t.Shape, f.Name, p.Type.Rank(), p.Type)
		}
		for i, d := range p.Type.Shape {
			got := t.Shape[i]
			switch {
			case d.Sym == "" && got != d.Size:
				return nil, fmt.Errorf("input %s has shape %v, but dim %d must be %d (%s)", p.Name, t.Shape, i, d.Size, p.Type)
			case d.Sym != "":
				if prev, ok := dims[d.Sym]; ok && prev != got {
					return nil, fmt.Errorf("input %s has %s = %d (dim %d), but %s has %s = %d", p.Name, d.Sym, got, i, from[d.Sym], d.Sym, prev)
				}
				dims[d.Sym], from[d.Sym] = got, p.Name
			}
		}
	}
	return dims, nil
}

// fusedWithLengths refuses a func with key lengths that computes a
// softmax or a matrix product outside fused attention: only the attention
// op takes the lengths (ir.KeyLengths), so those would weigh or read the
// keys past them. fuse-attention refuses to leave one.
func fusedWithLengths(f *ir.Func) error {
	if f.KeyLengths() == nil {
		return nil
	}
	for _, v := range f.Values {
		if v.Op == ir.OpSoftmax || v.Op == ir.OpMatmul {
			return fmt.Errorf("%s: %s %s: func %s has key lengths, which only fused attention takes (run fuse-attention first)", v.Pos, v.Op, v.Ref(), f.Name)
		}
	}
	return nil
}

type evaluator struct {
	f      *ir.Func
	dims   map[string]int
	opts   Options
	vals   map[*ir.Value]*Tensor
	stats  Stats
	rows   []RowStat
	visits [][]int

	mu         sync.Mutex
	scoreFlops []float64 // per query head, from blockscore and permute
}

// shape returns the concrete shape of a type.
func (ev *evaluator) shape(t ir.Type) []int {
	s := make([]int, t.Rank())
	for i, d := range t.Shape {
		s[i] = d.Eval(ev.dims)
	}
	return s
}

func (ev *evaluator) eval(v *ir.Value) (*Tensor, error) {
	args := make([]*Tensor, len(v.Args))
	for i, a := range v.Args {
		args[i] = ev.vals[a]
	}
	switch v.Op {
	case ir.OpConst:
		return &Tensor{Shape: []int{}, Data: []float64{v.Float("value")}}, nil
	case ir.OpIndex:
		return ev.index(v), nil
	case ir.OpConvert:
		return convert(args[0], v.Ident("to")), nil
	case ir.OpTranspose:
		return transpose(args[0]), nil
	case ir.OpMatmul:
		return matmul(args[0], args[1], v.Flag("transpose_b"))
	case ir.OpMask:
		return maskScores(args[0], v.ExprAttr("mask")), nil
	case ir.OpSoftmax:
		return softmax(args[0]), nil
	case ir.OpAttention, ir.OpSparseAttention:
		return ev.attention(v, args)
	case ir.OpBlockScore:
		return ev.blockScore(v, args)
	case ir.OpBlockSelect:
		return ev.blockSelect(v, args)
	case ir.OpPermute:
		return ev.permute(v, args)
	case ir.OpRowScore:
		return ev.rowScore(v, args)
	case ir.OpRowSelect:
		return ev.rowSelect(v, args)
	case ir.OpTokenSelect:
		return ev.tokenSelect(v, args)
	case ir.OpRowAttention:
		return ev.rowAttention(v, args)
	}
	if fn, ok := scalarFuncs[v.Op]; ok {
		return elementwise(ev.shape(v.Type), args, fn)
	}
	return nil, fmt.Errorf("BUG: interp has no rule for op %s", v.Op)
}

// index is qi, ki or h of every element of the scores. qi is the query's
// position: its row plus N − M (sparse.QueryOffset) when the scores have
// M rows and keys=N.
func (ev *evaluator) index(v *ir.Value) *Tensor {
	t := NewTensor(ev.shape(v.Type)...)
	off := 0
	if keys, ok := v.DimAttr("keys"); ok {
		off = sparse.QueryOffset(t.Shape[1], keys.Eval(ev.dims))
	}
	for i := range t.Data {
		t.Data[i] = float64(i + off) // the one non-1 dim runs over i
	}
	return t
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

var scalarFuncs = map[ir.Op]func(x []float64) float64{
	ir.OpAdd:   func(x []float64) float64 { return x[0] + x[1] },
	ir.OpSub:   func(x []float64) float64 { return x[0] - x[1] },
	ir.OpMul:   func(x []float64) float64 { return x[0] * x[1] },
	ir.OpDiv:   func(x []float64) float64 { return x[0] / x[1] },
	ir.OpMax:   func(x []float64) float64 { return math.Max(x[0], x[1]) },
	ir.OpMin:   func(x []float64) float64 { return math.Min(x[0], x[1]) },
	ir.OpNeg:   func(x []float64) float64 { return -x[0] },
	ir.OpExp:   func(x []float64) float64 { return math.Exp(x[0]) },
	ir.OpLog:   func(x []float64) float64 { return math.Log(x[0]) },
	ir.OpTanh:  func(x []float64) float64 { return math.Tanh(x[0]) },
	ir.OpRsqrt: func(x []float64) float64 { return 1 / math.Sqrt(x[0]) },
	ir.OpLt:    func(x []float64) float64 { return b2f(x[0] < x[1]) },
	ir.OpLe:    func(x []float64) float64 { return b2f(x[0] <= x[1]) },
	ir.OpGt:    func(x []float64) float64 { return b2f(x[0] > x[1]) },
	ir.OpGe:    func(x []float64) float64 { return b2f(x[0] >= x[1]) },
	ir.OpEq:    func(x []float64) float64 { return b2f(x[0] == x[1]) },
	ir.OpNe:    func(x []float64) float64 { return b2f(x[0] != x[1]) },
	ir.OpAnd:   func(x []float64) float64 { return b2f(x[0] != 0 && x[1] != 0) },
	ir.OpOr:    func(x []float64) float64 { return b2f(x[0] != 0 || x[1] != 0) },
	ir.OpNot:   func(x []float64) float64 { return b2f(x[0] == 0) },
	ir.OpWhere: func(x []float64) float64 {
		if x[0] != 0 {
			return x[1]
		}
		return x[2]
	},
}

// elementwise applies fn over args broadcast to shape (numpy rules).
func elementwise(shape []int, args []*Tensor, fn func([]float64) float64) (*Tensor, error) {
	out := NewTensor(shape...)
	rank := len(shape)
	// bstrides[i][d]: the stride of arg i along output dim d (0 when broadcast).
	bstrides := make([][]int, len(args))
	for i, a := range args {
		if len(a.Shape) > rank {
			return nil, fmt.Errorf("operand %d has rank %d > %d", i, len(a.Shape), rank)
		}
		st := strides(a.Shape)
		bs := make([]int, rank)
		off := rank - len(a.Shape)
		for d := range a.Shape {
			if a.Shape[d] == shape[off+d] {
				bs[off+d] = st[d]
			} else if a.Shape[d] != 1 {
				return nil, fmt.Errorf("operand %d shape %v does not broadcast to %v", i, a.Shape, shape)
			}
		}
		bstrides[i] = bs
	}
	idx := make([]int, rank)
	offs := make([]int, len(args))
	xs := make([]float64, len(args))
	for n := range out.Data {
		for i, a := range args {
			xs[i] = a.Data[offs[i]]
		}
		out.Data[n] = fn(xs)
		// advance the multi-index and the operand offsets
		for d := rank - 1; d >= 0; d-- {
			idx[d]++
			for i := range args {
				offs[i] += bstrides[i][d]
			}
			if idx[d] < shape[d] {
				break
			}
			for i := range args {
				offs[i] -= bstrides[i][d] * shape[d]
			}
			idx[d] = 0
		}
	}
	return out, nil
}

// convert rounds every element to f32 and then to the target type: the
// rounding a backend computing in f32 performs when it stores its output.
func convert(x *Tensor, to string) *Tensor {
	out := NewTensor(x.Shape...)
	for i, v := range x.Data {
		f := float32(v)
		switch to {
		case "f16":
			f = runtime.F16ToF32(runtime.F32ToF16(f))
		case "bf16":
			f = runtime.BF16ToF32(runtime.F32ToBF16(f))
		}
		out.Data[i] = float64(f)
	}
	return out
}

func transpose(x *Tensor) *Tensor {
	r := len(x.Shape)
	m, n := x.Shape[r-2], x.Shape[r-1]
	shape := slices.Clone(x.Shape)
	shape[r-2], shape[r-1] = n, m
	out := NewTensor(shape...)
	for b := 0; b < numel(x.Shape[:r-2]); b++ {
		src, dst := x.Data[b*m*n:], out.Data[b*m*n:]
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				dst[j*m+i] = src[i*n+j]
			}
		}
	}
	return out
}

// matmul multiplies over the last two dims; the rhs batch broadcasts to
// consecutive groups of the lhs batch (GQA: query head h reads KV head
// h / (H/G)).
func matmul(a, b *Tensor, transposeB bool) (*Tensor, error) {
	r := len(a.Shape)
	m, k := a.Shape[r-2], a.Shape[r-1]
	kb, n := b.Shape[r-2], b.Shape[r-1]
	if transposeB {
		kb, n = n, kb
	}
	if k != kb {
		return nil, fmt.Errorf("inner dims %d vs %d", k, kb)
	}
	ba, bb := numel(a.Shape[:r-2]), numel(b.Shape[:r-2])
	if bb == 0 || ba%bb != 0 {
		return nil, fmt.Errorf("batch %v is not a multiple of %v (H %% G must be 0)", a.Shape[:r-2], b.Shape[:r-2])
	}
	group := ba / bb
	shape := append(slices.Clone(a.Shape[:r-2]), m, n)
	out := NewTensor(shape...)
	for x := 0; x < ba; x++ {
		A, B, C := a.Data[x*m*k:], b.Data[(x/group)*k*n:], out.Data[x*m*n:]
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				var s float64
				for l := 0; l < k; l++ {
					if transposeB {
						s += A[i*k+l] * B[j*k+l]
					} else {
						s += A[i*k+l] * B[l*n+j]
					}
				}
				C[i*n+j] = s
			}
		}
	}
	return out, nil
}

// maskScores sets masked elements to -inf; axes -2, -1 and -3 are the
// query row, ki and h, and qi is the row's position: the row plus
// cols − rows (sparse.QueryOffset).
func maskScores(x *Tensor, mask *ir.Expr) *Tensor {
	out := NewTensor(x.Shape...)
	r := len(x.Shape)
	rows, cols := 1, x.Shape[r-1]
	if r >= 2 {
		rows = x.Shape[r-2]
	}
	off := sparse.QueryOffset(rows, cols)
	for i, v := range x.Data {
		j := i % cols
		q := (i / cols) % rows
		h := i / (cols * rows)
		if r >= 3 {
			h %= x.Shape[r-3]
		}
		if mask.Eval(&ir.Env{Qi: float64(q + off), Ki: float64(j), H: float64(h)}) != 0 {
			out.Data[i] = v
		} else {
			out.Data[i] = math.Inf(-1)
		}
	}
	return out
}

// softmax over the last axis; a row that is all -inf gives zeros.
func softmax(x *Tensor) *Tensor {
	out := NewTensor(x.Shape...)
	n := x.Shape[len(x.Shape)-1]
	for r := 0; r+n <= len(x.Data) && n > 0; r += n {
		row, dst := x.Data[r:r+n], out.Data[r:r+n]
		m := math.Inf(-1)
		for _, v := range row {
			m = math.Max(m, v)
		}
		if math.IsInf(m, -1) {
			continue
		}
		var sum float64
		for i, v := range row {
			dst[i] = math.Exp(v - m)
			sum += dst[i]
		}
		for i := range dst {
			dst[i] /= sum
		}
	}
	return out
}
