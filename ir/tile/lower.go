package tile

import (
	"fmt"

	"github.com/attnc/attnc/ir"
)

// Lower turns a compiled graph func into tile IR: the sparse ops and
// conversions become run-time library calls (selection and sorting are
// data-dependent and tiny next to attention, so a library call in float64
// — the same code the interpreter runs — is both simpler and guarantees
// the same decisions), and each attention or sparse attention becomes a
// tile program. Any other op left in the graph (an unfused softmax, a
// generic matmul) has no tile lowering: that is an error at the op's
// source position.
func Lower(f *ir.Func) (*Program, error) {
	p := &Program{Name: f.Name, ResultType: f.ResultType}
	bufs := map[*ir.Value]*Buffer{}
	for _, v := range f.Params {
		b := &Buffer{Name: v.Name, Type: v.Type}
		p.Params = append(p.Params, b)
		bufs[v] = b
	}
	var errs ir.ErrorList
	for _, v := range f.Values {
		out := &Buffer{Name: fmt.Sprint(len(p.Steps)), Type: v.Type}
		args := make([]*Buffer, len(v.Args))
		for i, a := range v.Args {
			args[i] = bufs[a]
		}
		st := &Step{Out: out, Args: args, Pos: v.Pos}
		switch v.Op {
		case ir.OpBlockScore, ir.OpBlockSelect, ir.OpPermute, ir.OpConvert, ir.OpRowScore, ir.OpRowSelect, ir.OpTokenSelect:
			st.Kind, st.Op, st.Attrs = Call, v.Op.String(), cloneAttrs(v.Attrs)
			if err := st.decode(); err != nil {
				errs.Add(v.Pos, "%v", err)
			}
		case ir.OpAttention, ir.OpSparseAttention, ir.OpRowAttention:
			st.Kind, st.Op, st.Body = Kernel, "attention", lowerAttention(v)
		default:
			errs.Add(v.Pos, "%s has no tile lowering: only fused attention, the sparse ops and convert reach the backends (fuse-attention did not match this kernel)", v.Op)
			continue
		}
		bufs[v] = out
		p.Steps = append(p.Steps, st)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	p.Result = bufs[f.Result]
	if p.Result == nil {
		return nil, fmt.Errorf("%s: kernel %s returns a parameter; nothing to compute", f.Pos, f.Name)
	}
	return p, Verify(p)
}

func cloneAttrs(a map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range a {
		if e, ok := v.(*ir.Expr); ok {
			v = e.Clone()
		}
		out[k] = v
	}
	return out
}

// lowerAttention writes the tile program of an attention op (DESIGN §5):
// one item per (head, query tile), a loop over key tiles (every tile the
// mask allows, or the item's list), and the online softmax.
func lowerAttention(v *ir.Value) []*Op {
	bq, bk := max(v.Int("bq"), 1), max(v.Int("bk"), 1)
	if v.Int("bq") == 0 {
		bq, bk = 64, 64
	}
	d := v.Args[0].Type.Shape[2].Size
	dv := v.Args[2].Type.Shape[2].Size
	op := func(c Code, attrs map[string]any) *Op { return &Op{Code: c, Attrs: attrs} }
	grid := map[string]any{"tiles": bq}
	if ir.KeyLengthsOf(v) != nil {
		grid["lens"] = true
	}
	body := []*Op{
		op(Grid, grid),
		op(LoadQ, map[string]any{"rows": bq, "dim": d}),
	}
	switch v.Op {
	case ir.OpSparseAttention:
		body = append(body, op(LoopList, nil))
	case ir.OpRowAttention:
		// Each row's own list (tiles of 64 × 64: rowattention has no
		// tile pass): the kernel runs over the union of its rows' key
		// tiles and keeps each row to its own keys.
		rows := map[string]any{"rows": true, "block": v.Int("block")}
		if v.Flag("tokens") {
			rows["tokens"] = true
		}
		body = append(body, op(LoopList, rows))
	default:
		body = append(body, op(LoopDense, nil))
	}
	kv := map[string]any{"rows": bk, "dim": d, "dimv": dv}
	if perm := ir.PermOf(v); perm != nil {
		// The permutation's segment travels with the load that uses it,
		// so no backend has to find the permute step again.
		kv["gather"] = true
		if seg := perm.Int("segment"); seg > 0 {
			kv["segment"] = seg
		}
	}
	body = append(body, op(LoadKV, kv), op(MatmulQK, map[string]any{"scale": v.Float("scale")}))
	if m := v.ExprAttr("mod"); m != nil {
		body = append(body, op(Mod, map[string]any{"expr": m.Clone()}))
	}
	if m := v.ExprAttr("mask"); m != nil {
		body = append(body, op(Mask, map[string]any{"expr": m.Clone()}))
	}
	body = append(body, op(SoftmaxOnline, nil), op(MatmulPV, nil))
	if eps := v.Float("eps"); eps > 0 {
		rule := v.Ident("rule")
		if rule == "" {
			rule = "max"
		}
		attrs := map[string]any{"eps": eps, "rule": rule}
		if p, ok := v.Attrs["patience"].(int); ok && p > 1 {
			attrs["patience"] = p
		}
		body = append(body, op(EarlyExit, attrs))
	}
	body = append(body, op(EndLoop, nil))
	if c, ok := v.Attrs["compensate"].(int); ok {
		body = append(body, op(Compensate, map[string]any{"order": c}))
	}
	return append(body, op(Store, map[string]any{"rows": bq, "dimv": dv}))
}
