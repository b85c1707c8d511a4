package tile

import (
	"fmt"
	"slices"
	"sort"

	"github.com/attnc/attnc/ir"
)

// Decisions a backend makes about a tile program — which conversion its
// kernel folds into the store, which calls run on the device and which
// are fused — are tile passes of that backend's Target, run after Lower.
// They write their decision into the program (attributes printed in the
// text form), so every consumer (the code generator, the executor that
// runs the program, the report) reads one answer instead of deriving its
// own. The table is the model of the Go compiler's ssa/config.go (per
// architecture) and ssa/compile.go (passes as data with ordering
// constraints):
//
//	attnc ir -stage tile -target cuda examples/minference.attn

// Pass is one tile-level rewrite of a target.
type Pass struct {
	Name string
	Fn   func(*Program) error
	Doc  string
}

// Order says pass Before must run before pass After, and why.
type Order struct {
	Before, After, Why string
}

// Target is a backend's tile pipeline.
type Target struct {
	Name   string
	Passes []Pass
	Order  []Order
	Doc    string
	// KeyLengths says the target's kernels honour key lengths (grid lens:
	// a KV cache whose sequences hold fewer keys than its capacity). Run
	// refuses a program that reads them on a target that does not, at
	// the step's position, instead of running its kernels on the whole
	// capacity.
	KeyLengths bool
	// RowLists says the target's kernels take each query row's own list
	// (loop_list rows: the gate and tokens passes); Run refuses programs
	// with them otherwise, at the attention.
	RowLists bool
}

var targets = map[string]*Target{}

// RegisterTarget adds t to the table (backends call it from init); it
// panics if the name is taken or t's passes break its ordering constraints.
func RegisterTarget(t *Target) {
	if _, ok := targets[t.Name]; ok {
		panic(fmt.Sprintf("BUG: tile target %s registered twice", t.Name))
	}
	if err := t.CheckOrder(); err != nil {
		panic("BUG: " + err.Error())
	}
	targets[t.Name] = t
}

// LookupTarget returns the registered target named name.
func LookupTarget(name string) (*Target, bool) {
	t, ok := targets[name]
	return t, ok
}

// TargetNames lists the registered targets, sorted.
func TargetNames() []string {
	var out []string
	for n := range targets {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// CheckOrder checks t's passes against its ordering constraints: both
// passes exist and run in the stated order.
func (t *Target) CheckOrder() error {
	at := func(name string) int {
		return slices.IndexFunc(t.Passes, func(p Pass) bool { return p.Name == name })
	}
	for _, o := range t.Order {
		b, a := at(o.Before), at(o.After)
		if b < 0 || a < 0 {
			return fmt.Errorf("target %s: ordering constraint %s before %s names a pass it does not have", t.Name, o.Before, o.After)
		}
		if b > a {
			return fmt.Errorf("target %s: %s must run before %s (%s)", t.Name, o.Before, o.After, o.Why)
		}
	}
	return nil
}

// Run applies t's passes to p in order, verifying after each; a pass that
// leaves an invalid program is a compiler bug, reported with its name.
func (t *Target) Run(p *Program) error {
	if !t.KeyLengths {
		for _, s := range p.Steps {
			if l := s.KeyLengths(); l != nil {
				var errs ir.ErrorList
				errs.Add(s.Pos, "kernel %s: the %s target does not take key lengths (%s: %s) yet; run it on the CPU (-device cpu) or the interpreter", p.Name, t.Name, l.Ref(), l.Type)
				return errs.Err()
			}
		}
	}
	if !t.RowLists {
		for _, s := range p.Steps {
			if ll := s.Find(LoopList); ll != nil && ll.Attrs["rows"] == true {
				var errs ir.ErrorList
				errs.Add(s.Pos, "kernel %s: per-row selection (gate, tokens) has no %s kernels yet; run it on the CPU (-device cpu) or the interpreter", p.Name, t.Name)
				return errs.Err()
			}
		}
	}
	for _, pass := range t.Passes {
		if err := pass.Fn(p); err != nil {
			return err
		}
		if err := Verify(p); err != nil {
			return fmt.Errorf("internal compiler error: tile IR invalid after %s (target %s): %v", pass.Name, t.Name, err)
		}
	}
	return nil
}

// RemoveStep deletes step i, whose uses (and the result) must already
// read another buffer.
func (p *Program) RemoveStep(i int) {
	p.Steps = slices.Delete(p.Steps, i, i+1)
}

// Replace makes every use of old (step arguments and the result) read new.
func (p *Program) Replace(old, new *Buffer) {
	for _, s := range p.Steps {
		for j, a := range s.Args {
			if a == old {
				s.Args[j] = new
			}
		}
	}
	if p.Result == old {
		p.Result = new
	}
}

// Uses counts the steps reading b, and the result.
func (p *Program) Uses(b *Buffer) int {
	n := 0
	for _, s := range p.Steps {
		for _, a := range s.Args {
			if a == b {
				n++
			}
		}
	}
	if p.Result == b {
		n++
	}
	return n
}

// Index returns the index of the step defining b, or -1 (a parameter).
func (p *Program) Index(b *Buffer) int {
	for i, s := range p.Steps {
		if s.Out == b {
			return i
		}
	}
	return -1
}

// Scored returns the queries and keys a blockselect step's scores were
// computed for — the q and k of the blockscore that produced them — whose
// lengths place the queries (row i at position i + N − M), or false when
// the scores are a parameter's.
func (p *Program) Scored(sel *Step) (q, k *Buffer, ok bool) {
	i := p.Index(sel.Args[0])
	if i < 0 || p.Steps[i].Score() == nil {
		return nil, nil, false
	}
	return p.Steps[i].Args[0], p.Steps[i].Args[1], true
}
