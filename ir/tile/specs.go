package tile

import (
	"fmt"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// A call step's attributes are decoded once, by Lower and Parse (and again
// by SetAttr), into a typed CallSpec; backends read the spec, never the
// attribute map. The map stays the text form's source of truth, so a
// program printed and parsed back decodes to the same specs.

// CallSpec is the typed description of a run-time library call: one of
// *ScoreCall, *SelectCall, *PermuteCall or *ConvertCall.
type CallSpec interface{ callOp() string }

// ScoreCall is a blockscore: the library's spec and the grid it scores.
type ScoreCall struct {
	abi.ScoreSpec
	BQ, BK  int
	Mask    *ir.Expr // the attention's mask (nil: none)
	Segment int      // with a permutation (a third argument): its query segment
}

// SelectCall is a blockselect.
type SelectCall struct{ abi.SelectSpec }

// PermuteCall is a permute.
type PermuteCall struct{ abi.PermuteSpec }

// ConvertCall is a convert to To (rounding through f32).
type ConvertCall struct{ To ir.DType }

// RowScoreCall is a rowscore (the gate's scores): blocks of Block keys.
type RowScoreCall struct {
	Block     int
	Method    string // mean or oracle
	Scale     float64
	Mask, Mod *ir.Expr
}

// RowSelectCall is a rowselect.
type RowSelectCall struct{ abi.RowSpec }

// TokenSelectCall is a tokenselect: the Top keys per row inside its
// blocks of Block keys, by exact score.
type TokenSelectCall struct {
	Block, Top int
	Scale      float64
	Mask, Mod  *ir.Expr
}

func (*RowScoreCall) callOp() string    { return "rowscore" }
func (*RowSelectCall) callOp() string   { return "rowselect" }
func (*TokenSelectCall) callOp() string { return "tokenselect" }

// RowScore returns s's rowscore spec (nil for any other step).
func (s *Step) RowScore() *RowScoreCall { c, _ := s.Spec.(*RowScoreCall); return c }

// RowSelect returns s's rowselect spec (nil for any other step).
func (s *Step) RowSelect() *RowSelectCall { c, _ := s.Spec.(*RowSelectCall); return c }

// TokenSelect returns s's tokenselect spec (nil for any other step).
func (s *Step) TokenSelect() *TokenSelectCall { c, _ := s.Spec.(*TokenSelectCall); return c }

func (*ScoreCall) callOp() string   { return "blockscore" }
func (*SelectCall) callOp() string  { return "blockselect" }
func (*PermuteCall) callOp() string { return "permute" }
func (*ConvertCall) callOp() string { return "convert" }

// Score returns s's blockscore spec (nil for any other step).
func (s *Step) Score() *ScoreCall { c, _ := s.Spec.(*ScoreCall); return c }

// Select returns s's blockselect spec (nil for any other step).
func (s *Step) Select() *SelectCall { c, _ := s.Spec.(*SelectCall); return c }

// Permute returns s's permute spec (nil for any other step).
func (s *Step) Permute() *PermuteCall { c, _ := s.Spec.(*PermuteCall); return c }

// Convert returns s's convert spec (nil for any other step).
func (s *Step) Convert() *ConvertCall { c, _ := s.Spec.(*ConvertCall); return c }

// decode sets s.Spec from its attributes (calls only).
func (s *Step) decode() error {
	if s.Kind != Call {
		s.Spec = nil
		return nil
	}
	a := s.Attrs
	switch s.Op {
	case "blockscore":
		mask, _ := a["mask"].(*ir.Expr)
		var q ir.Type
		if len(s.Args) > 0 && s.Args[0] != nil {
			q = s.Args[0].Type
		}
		s.Spec = &ScoreCall{ScoreSpec: ir.ScoreSpecOf(a, q), BQ: intAttr(a, "bq"), BK: intAttr(a, "bk"), Mask: mask, Segment: intAttr(a, "segment")}
	case "blockselect":
		s.Spec = &SelectCall{ir.SelectSpecOf(a)}
	case "permute":
		s.Spec = &PermuteCall{ir.PermuteSpecOf(a)}
	case "convert":
		s.Spec = &ConvertCall{To: s.Out.Type.DType}
	case "rowscore":
		mask, _ := a["mask"].(*ir.Expr)
		mod, _ := a["mod"].(*ir.Expr)
		method, _ := a["method"].(string)
		if method == "" {
			method = "mean"
		}
		s.Spec = &RowScoreCall{Block: intAttr(a, "block"), Method: method, Scale: floatAttr(a, "scale"), Mask: mask, Mod: mod}
	case "rowselect":
		d, _ := a["density"].(float64)
		s.Spec = &RowSelectCall{abi.RowSpec{Block: intAttr(a, "block"), Top: intAttr(a, "top"), Density: d, Diagonal: a["diagonal"] == true, Sink: a["sink"] == true, Local: intAttr(a, "local")}}
	case "tokenselect":
		mask, _ := a["mask"].(*ir.Expr)
		mod, _ := a["mod"].(*ir.Expr)
		s.Spec = &TokenSelectCall{Block: intAttr(a, "block"), Top: intAttr(a, "top"), Scale: floatAttr(a, "scale"), Mask: mask, Mod: mod}
	default:
		return fmt.Errorf("unknown call %s", s.Op)
	}
	return nil
}

// SetAttr sets a call attribute and decodes the spec again, so that a
// tile pass changes the text form and the spec together.
func (s *Step) SetAttr(key string, v any) {
	if s.Attrs == nil {
		s.Attrs = map[string]any{}
	}
	if v == nil || v == false {
		delete(s.Attrs, key)
	} else {
		s.Attrs[key] = v
	}
	if err := s.decode(); err != nil {
		panic(fmt.Sprintf("BUG: %v", err))
	}
}

func intAttr(a map[string]any, k string) int { n, _ := a[k].(int); return n }

func floatAttr(a map[string]any, k string) float64 { x, _ := a[k].(float64); return x }

// Placement attributes: what a target's tile passes decide about a call.
// They are not the graph op's attributes; they exist only in tile IR.
var placeAttrs = []ir.AttrSpec{
	{Name: "on", Kind: ir.AttrIdent, Values: []string{"host", "device"}},
	{Name: "fused", Kind: ir.AttrFlag},
}

// On says where a call runs on its target ("host", "device"; "" before a
// target placed it, or on the CPU where both are the same).
func (s *Step) On() string { v, _ := s.Attrs["on"].(string); return v }

// Fused says whether this call is computed by the device kernels of the
// call before it (a blockselect fused with its blockscore).
func (s *Step) Fused() bool { return s.Attrs["fused"] == true }

// StoreType is the element type a kernel step stores (its output buffer's:
// f32 unless a target folded a conversion into the store).
func (s *Step) StoreType() ir.DType { return s.Out.Type.DType }

// FuseGate marks `fused` each rowselect whose scores come from the
// rowscore step just before it that nothing else reads (the CPU and CUDA
// targets' fuse-gate pass): a backend then computes both in one pass over
// the rows (sparse.RowGate), the same lists without the scores [H, M,
// N/block] ever being written.
func FuseGate(p *Program) error {
	for j, s := range p.Steps {
		if s.RowSelect() == nil {
			continue
		}
		i := p.Index(s.Args[0])
		s.SetAttr("fused", i == j-1 && i >= 0 && p.Steps[i].RowScore() != nil && p.Uses(s.Args[0]) == 1)
	}
	return nil
}
