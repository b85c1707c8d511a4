package interp

import (
	"fmt"
	"math"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/sparse"
)

// Per-row selection (docs/passes.md "Per-row selection"): the gate's
// scores, each row's blocks and keys come from the run-time library, the
// single definition; rowattention computes each row over its own keys.

func (ev *evaluator) rowScore(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k := args[0], args[1]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	block := v.Int("block")
	method := v.Ident("method")
	if method == "" {
		method = "mean"
	}
	e, flops, err := sparse.RowScoreMethod(&g.Grid, method, block, v.Float("scale"), v.ExprAttr("mod").Program(), q.Data, k.Data, q.Shape[2], ev.opts.Workers)
	if err != nil {
		return nil, err
	}
	for h, f := range flops {
		ev.chargeScoring(h, f)
	}
	return &Tensor{Shape: []int{g.H, g.M, (g.N + block - 1) / block}, Data: e}, nil
}

// rowSpec reads a rowselect's attributes.
func rowSpec(v *ir.Value) sparse.RowSpec {
	return sparse.RowSpec{Block: v.Int("block"), Top: v.Int("top"), Density: v.Float("density"), Diagonal: v.Flag("diagonal"), Sink: v.Flag("sink"), Local: v.Int("local")}
}

func (ev *evaluator) rowSelect(v *ir.Value, args []*Tensor) (*Tensor, error) {
	e := args[0]
	h, m, nb := e.Shape[0], e.Shape[1], e.Shape[2]
	n := nb * v.Int("block") // scores given directly: keys fill the blocks
	if s := v.Args[0]; s.Op == ir.OpRowScore {
		n = ev.vals[s.Args[1]].Shape[1]
	}
	spec := rowSpec(v)
	lists := sparse.RowSelect(e.Data, h, m, nb, spec, n)
	return &Tensor{Shape: []int{h, m, spec.Width(nb)}, Data: toFloat64(lists)}, nil
}

func (ev *evaluator) tokenSelect(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k, rows := args[0], args[1], args[2]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	top := v.Int("top")
	lists, flops := sparse.TokenSelect(&g.Grid, toInt32(rows.Data), rows.Shape[2], v.Int("block"), top, v.Float("scale"),
		v.ExprAttr("mod").Program(), q.Data, k.Data, q.Shape[2], ev.opts.Workers)
	for h, f := range flops {
		ev.chargeScoring(h, f)
	}
	return &Tensor{Shape: []int{g.H, g.M, top}, Data: toFloat64(lists)}, nil
}

// rowAttention computes row i of head h over the keys of its list — the
// blocks' keys, or the keys themselves with tokens — that the mask
// allows, in ascending order, with attention's online softmax (DESIGN §5);
// a row with none gives 0. Density counts those pairs over the pairs the
// mask allows.
func (ev *evaluator) rowAttention(v *ir.Value, args []*Tensor) (*Tensor, error) {
	q, k, val, list := args[0], args[1], args[2], args[3]
	g, err := ev.newGrid(v, q, k, args)
	if err != nil {
		return nil, err
	}
	if val.Shape[0] != k.Shape[0] || val.Shape[1] != k.Shape[1] {
		return nil, fmt.Errorf("k is %v but v is %v", k.Shape, val.Shape)
	}
	d, dv, w := q.Shape[2], val.Shape[2], list.Shape[2]
	block, tokens := v.Int("block"), v.Flag("tokens")
	scale, mod := v.Float("scale"), v.ExprAttr("mod").Program()
	out := NewTensor(g.H, g.M, dv)
	ev.rows = make([]RowStat, g.H*g.M)
	per := make([]HeadStats, g.H)
	off := g.QueryOffset()
	var ref []RowStat
	if r := ev.opts.Reference; ev.opts.Check && r != nil && len(r.Rows) == g.H*g.M {
		ref = r.Rows
	} else if ev.opts.Check {
		dense := &ir.Value{Op: ir.OpAttention, Attrs: v.Attrs, Args: v.Args[:3], Type: v.Type}
		sub := &evaluator{opts: Options{Workers: ev.opts.Workers}, vals: ev.vals}
		if _, err := sub.attention(dense, args[:3]); err != nil {
			return nil, err
		}
		ref = sub.rows
	}
	ev.parallel(g.H, g.M, func(h, i int, st *HeadStats) {
		kvh := h / g.Group
		env := sparse.Env{H: float64(h), Qi: float64(i + off)}
		qrow := q.Data[(h*g.M+i)*d : (h*g.M+i+1)*d]
		st.Allowed += g.AllowedPairs(h, i, i+1)
		var keys []int
		for _, x := range list.Data[(h*g.M+i)*w : (h*g.M+i+1)*w] {
			if x < 0 {
				break
			}
			if tokens {
				keys = append(keys, int(x))
				continue
			}
			for j := int(x) * block; j < min((int(x)+1)*block, g.N); j++ {
				keys = append(keys, j)
			}
		}
		mx, l, covered := math.Inf(-1), 0.0, 0.0
		acc := make([]float64, dv)
		for _, j := range keys {
			env.Ki = float64(j)
			if g.Mask != nil && g.Mask.Eval(&env) == 0 {
				continue
			}
			st.Computed++
			s := scale * sparse.Dot(qrow, k.Data[(kvh*g.N+j)*d:(kvh*g.N+j+1)*d])
			if mod != nil {
				env.S = s
				s = mod.Eval(&env)
			}
			if math.IsInf(s, -1) {
				continue
			}
			if ref != nil {
				r := ref[h*g.M+i]
				covered += math.Exp(s-r.M) / r.L
			}
			if s > mx {
				f := math.Exp(mx - s)
				l *= f
				for t := range acc {
					acc[t] *= f
				}
				mx = s
			}
			p := math.Exp(s - mx)
			l += p
			for t, x := range val.Data[(kvh*g.N+j)*dv : (kvh*g.N+j+1)*dv] {
				acc[t] += p * x
			}
		}
		o := out.Data[(h*g.M+i)*dv : (h*g.M+i+1)*dv]
		if l > 0 {
			for t := range o {
				o[t] = acc[t] / l
			}
		}
		ev.rows[h*g.M+i] = RowStat{M: mx, L: l}
		if ref != nil && ref[h*g.M+i].L > 0 {
			st.rows++
			st.massSum += covered
		}
	}, per)
	// Tiles visited as the kernels count them: per head and query tile of
	// 64 rows, the 64-key tiles holding a key some row of it selected.
	tl := sparse.RowTiles(toInt32(list.Data), g.H, g.M, w, g.N, block, tokens, 64, 64)
	nq, nk := (g.M+63)/64, (g.N+63)/64
	for item := range g.H * nq {
		for t := 0; t < nk && tl.List[item*2*nk+t] >= 0; t++ {
			per[item/nq].TilesVisited++
		}
	}
	ev.recordStats(per, float64(2*(d+dv)))
	return out, nil
}
