package passes

import (
	"github.com/attnc/attnc/ir"
)

// gateRows is MoBA's gating (Lu et al. 2025, "MoBA: Mixture of Block
// Attention for Long-Context LLMs"): every query row picks its own key
// blocks, where select picks tiles for all the rows of a query tile. It
// scores each row against the mean key of every block of block keys
// (rowscore: softmax over the row's allowed blocks of c·q_i·k̄_b), keeps
// per row the forced blocks (keep: [diagonal] — the block holding the
// row's position, as MoBA always attends its current block — and [sink])
// and its best others, top blocks in all (or ⌈ρ·allowed⌉ with density),
// and makes the attention a rowattention over each row's blocks with the
// mask (causal inside the current block) and mod:
//
//	gate(block: 64, top: 4, keep: [diagonal])
//
// Before:
//
//	%0 = attention %q, %k, %v scale=0.125 mask={causal} : f32[H,N,64]
//
// After:
//
//	%0 = rowscore %q, %k block=64 scale=0.125 mask={causal} : f32[H,N,N/64]
//	%1 = rowselect %0 block=64 top=4 diagonal : i32[H,N,4]
//	%2 = rowattention %q, %k, %v, %1 scale=0.125 mask={causal} block=64 : f32[H,N,64]
//
// It replaces tile selection: it comes instead of tile, permute, score,
// select and the passes after them, not with them.
func gateRows(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	block := a.Int("block", 64)
	if block < 1 {
		return Errorf(a, "gate(block: %d): a block holds at least one key", block)
	}
	hasTop, hasDensity := a.Has("top"), a.Has("density")
	if hasTop == hasDensity {
		return Errorf(a, "gate takes one of top: k (blocks per row) and density: ρ (a fraction of each row's allowed blocks)")
	}
	for _, p := range ps {
		if p.attn.Op != ir.OpAttention || p.score != nil || p.perm != nil {
			return Errorf(a, "gate selects per row in place of tile selection: give it instead of permute, score, select and budget, not with them")
		}
		q, k := p.attn.Args[0], p.attn.Args[1]
		score := map[string]any{"block": block, "scale": p.attn.Float("scale")}
		if mask := p.attn.ExprAttr("mask"); mask != nil {
			score["mask"] = mask.Clone()
		}
		if m := a.Ident("score", "mean"); m != "mean" {
			score["method"] = m
			if mod := p.attn.ExprAttr("mod"); mod != nil {
				score["mod"] = mod.Clone()
			}
		}
		e, err := p.newOp(ir.OpRowScore, score, q, k)
		if err != nil {
			return err
		}
		sel := map[string]any{"block": block}
		if hasTop {
			top := a.Int("top", 0)
			if top < 1 {
				return Errorf(a, "gate(top: %d): a row takes at least one block", top)
			}
			sel["top"] = top
		} else {
			rho := a.Float("density", 0)
			if !(rho > 0 && rho <= 1) {
				return Errorf(a, "gate(density: %g): want ρ in (0, 1]", rho)
			}
			sel["density"] = rho
		}
		for _, it := range a.List("keep") {
			if it.Text != "local" {
				sel[it.Text] = true
				continue
			}
			if len(it.List) != 1 || it.List[0].Kind != ir.PassNum || it.List[0].Num < 1 || it.List[0].Num != float64(int(it.List[0].Num)) {
				return Errorf(a, "keep: local(w) needs a positive integer w, got %s", it)
			}
			sel["local"] = int(it.List[0].Num)
		}
		rows, err := p.newOp(ir.OpRowSelect, sel, e)
		if err != nil {
			return err
		}
		p.attn.Op = ir.OpRowAttention
		p.attn.Args = []*ir.Value{q, k, p.attn.Args[2], rows}
		delete(p.attn.Attrs, "bq")
		delete(p.attn.Attrs, "bk")
		p.attn.SetAttr("block", block) // the attention keeps its type
		a.Logf("%s", rows.LongString())
	}
	return nil
}

// tokenRows is HISA's second stage (hierarchical indexed sparse
// attention): inside each row's gated blocks, the top keys by their exact
// score mod(c·q_i·k_j) (all of them when there are no more), and the
// attention over those keys alone:
//
//	gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 512)
//
// After gate's ops:
//
//	%2 = tokenselect %q, %k, %1 block=64 top=512 scale=0.125 mask={causal} : i32[H,N,512]
//	%3 = rowattention %q, %k, %v, %2 scale=0.125 mask={causal} block=64 tokens : f32[H,N,64]
func tokenRows(f *ir.Func, a Args) error {
	top := a.Int("top", 0)
	if top < 1 {
		return Errorf(a, "tokens(top: %d): a row keeps at least one key", top)
	}
	var attns []*ir.Value // collected first: inserting ops moves f.Values
	for _, v := range f.Values {
		if v.Op == ir.OpRowAttention {
			attns = append(attns, v)
		}
	}
	for _, v := range attns {
		if v.Flag("tokens") {
			return Errorf(a, "tokens given twice for %s", v.Ref())
		}
		attrs := map[string]any{"block": v.Int("block"), "top": top, "scale": v.Float("scale")}
		for _, name := range []string{"mask", "mod"} {
			if e := v.ExprAttr(name); e != nil {
				attrs[name] = e.Clone()
			}
		}
		t, err := f.NewOp(v.Pos, ir.OpTokenSelect, attrs, v.Args[0], v.Args[1], v.Args[3])
		if err != nil {
			return Errorf(a, "tokens: %v", err)
		}
		f.MoveBefore(t, v)
		v.Args[3] = t
		v.SetAttr("tokens", true)
		a.Logf("%s", t.LongString())
	}
	if len(attns) == 0 {
		return Errorf(a, "tokens refines gate's blocks: add gate(...) before it")
	}
	return nil
}
