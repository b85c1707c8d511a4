package passes

import (
	"fmt"

	"github.com/attnc/attnc/ir"
)

// plan is what the schedule passes have built around one attention op so
// far: the op itself (attention, or sparseattention once a tile list
// exists) and the sparse ops feeding it.
type plan struct {
	f     *ir.Func
	attn  *ir.Value // OpAttention or OpSparseAttention
	perm  *ir.Value // OpPermute or nil
	score *ir.Value // OpBlockScore or nil
	sel   *ir.Value // OpBlockSelect or nil
}

// plans finds every attention op of f with its sparse ops. A schedule pass
// that finds none reports it at its own position.
func plans(f *ir.Func, a Args) ([]*plan, error) {
	var out []*plan
	for _, v := range f.Values {
		if v.Op != ir.OpAttention && v.Op != ir.OpSparseAttention {
			continue
		}
		p := &plan{f: f, attn: v}
		q, k := v.Args[0], v.Args[1]
		for _, w := range f.Values {
			switch {
			case w.Op == ir.OpPermute && w.Args[0] == q && w.Args[1] == k:
				p.perm = w
			case w.Op == ir.OpBlockScore && w.Args[0] == q && w.Args[1] == k:
				p.score = w
			}
		}
		if v.Op == ir.OpSparseAttention {
			p.sel = v.Args[3]
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, Errorf(a, "%s: kernel %s has no attention to make sparse (fuse-attention found no softmax(q @ k^T) @ v pattern)", a.Call.Name, f.Name)
	}
	return out, nil
}

// Errorf returns a user error positioned at the schedule line being run
// (a's call). Passes report bad arguments and impossible schedules with it.
func Errorf(a Args, format string, args ...any) error {
	var errs ir.ErrorList
	errs.Add(a.Call.Pos, format, args...)
	return errs.Err()
}

// tiles returns the op's tile sizes, fixing the defaults on first use so
// every later op agrees.
func (p *plan) tiles() (bq, bk int) {
	if p.attn.Int("bq") == 0 {
		p.attn.SetAttr("bq", DefaultTile)
	}
	if p.attn.Int("bk") == 0 {
		p.attn.SetAttr("bk", DefaultTile)
	}
	return p.attn.Int("bq"), p.attn.Int("bk")
}

// newOp creates a value computing op over args just before the attention
// op, so that it follows its arguments and precedes its users.
func (p *plan) newOp(op ir.Op, attrs map[string]any, args ...*ir.Value) (*ir.Value, error) {
	v, err := p.f.NewOp(p.attn.Pos, op, attrs, args...)
	if err != nil {
		return nil, fmt.Errorf("BUG: %v", err)
	}
	p.f.MoveBefore(v, p.attn)
	return v, nil
}

// makeSparse turns the attention op into sparseattention over sel (and the
// permutation, if any), keeping its attributes.
func (p *plan) makeSparse(sel *ir.Value) {
	a := p.attn
	lens := ir.KeyLengthsOf(a)
	a.Op = ir.OpSparseAttention
	a.Args = []*ir.Value{a.Args[0], a.Args[1], a.Args[2], sel}
	if p.perm != nil {
		a.Args = append(a.Args, p.perm)
		a.SetAttr("segment", p.perm.Int("segment"))
	}
	if lens != nil { // key lengths stay the last operand
		a.Args = append(a.Args, lens)
	}
	p.sel = sel
	// A list built before must not linger unused.
	p.f.DeadCode()
}
