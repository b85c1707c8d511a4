package tile

import (
	"fmt"

	"github.com/attnc/attnc/ir"
)

// Verify checks a Program: steps read defined buffers of the right kinds,
// calls are known with valid attributes, and every kernel body has the
// shape backends expect — grid and load_q first, one loop whose body loads,
// multiplies, optionally modifies and masks, updates the softmax and
// accumulates in that order (an early exit last), then optionally
// compensate, and store last — with each op's attributes present and typed.
func Verify(p *Program) error {
	var errs ir.ErrorList
	defined := map[*Buffer]bool{}
	for _, b := range p.Params {
		defined[b] = true
	}
	for i, s := range p.Steps {
		where := fmt.Sprintf("step %s (%s %s)", s.Out.Ref(), kindName(s.Kind), s.Op)
		for j, a := range s.Args {
			if a == nil || !defined[a] {
				errs.Add(s.Pos, "%s: argument %d is not defined before step %d", where, j, i)
			}
		}
		switch s.Kind {
		case Call:
			op, ok := Calls[s.Op]
			if !ok {
				errs.Add(s.Pos, "%s: unknown call", where)
				break
			}
			if err := ir.CheckAttrs(op, graphAttrs(s.Attrs)); err != nil {
				errs.Add(s.Pos, "%s: %v", where, err)
			}
			verifyPlacement(p, i, where, &errs)
			if s.Spec == nil || s.Spec.callOp() != s.Op {
				errs.Add(s.Pos, "%s: attributes not decoded (Spec %T)", where, s.Spec)
			}
			if len(s.Body) > 0 {
				errs.Add(s.Pos, "%s: a call has no body", where)
			}
		case Kernel:
			if s.Op != "attention" {
				errs.Add(s.Pos, "%s: unknown kernel", where)
			}
			if n := len(s.Args); n < 3 || n > 5 {
				errs.Add(s.Pos, "%s: %d arguments, want q, k, v [, list [, perm]] or q, k, v, lens", where, n)
			}
			verifyBody(s, where, &errs)
		}
		defined[s.Out] = true
	}
	if p.Result == nil || !defined[p.Result] {
		errs.Add(ir.Pos{}, "program %s returns an undefined buffer", p.Name)
	}
	return errs.Err()
}

func kindName(k Kind) string {
	if k == Kernel {
		return "kernel"
	}
	return "call"
}

// bodyOrder is the sequence of a kernel body; optional ops may be absent.
var bodyOrder = []struct {
	code     Code
	optional bool
}{
	{Grid, false}, {LoadQ, false}, {LoopDense, true}, {LoopList, true}, {LoadKV, false}, {MatmulQK, false},
	{Mod, true}, {Mask, true}, {SoftmaxOnline, false}, {MatmulPV, false}, {EarlyExit, true}, {EndLoop, false},
	{Compensate, true}, {Store, false},
}

func verifyBody(s *Step, where string, errs *ir.ErrorList) {
	k := 0
	loops := 0
	for _, op := range s.Body {
		for k < len(bodyOrder) && bodyOrder[k].code != op.Code {
			if !bodyOrder[k].optional {
				errs.Add(s.Pos, "%s: %s missing before %s", where, bodyOrder[k].code, op.Code)
				return
			}
			k++
		}
		if k == len(bodyOrder) {
			errs.Add(s.Pos, "%s: %s out of order", where, op.Code)
			return
		}
		k++
		if op.Code == LoopDense || op.Code == LoopList {
			loops++
		}
		verifyOpAttrs(s, where, op, errs)
	}
	for ; k < len(bodyOrder); k++ {
		if !bodyOrder[k].optional {
			errs.Add(s.Pos, "%s: body ends before %s", where, bodyOrder[k].code)
			break
		}
	}
	if loops != 1 {
		errs.Add(s.Pos, "%s: %d key-tile loops, want 1", where, loops)
	}
	// The arguments: q, k, v, then the tile list (loop_list), the
	// permutation (load_kv gather) and the key lengths (grid lens), each
	// when the body reads it, in that order.
	want := 3
	if s.Find(LoopList) != nil {
		want++
	}
	if lk := s.Find(LoadKV); lk != nil && lk.Attrs["gather"] == true {
		want++
	}
	if g := s.Find(Grid); g != nil && g.Attrs["lens"] == true {
		want++
		var last *Buffer
		if len(s.Args) > 0 {
			last = s.Args[len(s.Args)-1]
		}
		lk := s.Find(LoadKV)
		switch {
		case len(s.Args) != want || last == nil || !ir.IsKeyLengths(last.Type):
			errs.Add(s.Pos, "%s: grid lens, but the last of %d arguments is not lens: i32[B]", where, want)
		case lk != nil && lk.Attrs["gather"] == true || s.Find(Compensate) != nil || s.Find(EarlyExit) != nil:
			errs.Add(s.Pos, "%s: grid lens with a permutation, an early exit or compensation: key lengths are for dense loops and tile lists", where)
		}
	} else {
		for _, a := range s.Args {
			if a != nil && ir.IsKeyLengths(a.Type) {
				errs.Add(s.Pos, "%s: argument %s is key lengths, but the grid does not say lens", where, a.Ref())
			}
		}
	}
	if s.Find(LoopList) != nil && len(s.Args) < 4 {
		errs.Add(s.Pos, "%s: loop_list without a tile list argument", where)
	}
	if ll := s.Find(LoopList); ll != nil && len(s.Args) >= 4 && s.Args[3] != nil {
		rows, l := ll.Attrs["rows"] == true, s.Args[3].Type
		lk := s.Find(LoadKV)
		switch {
		case rows && (l.DType != ir.I32 || l.Rank() != 3):
			errs.Add(s.Pos, "%s: loop_list rows over %s, want each row's list i32[H,M,W]", where, l)
		case rows && ll.Int("block") == 0:
			errs.Add(s.Pos, "%s: loop_list rows without block", where)
		case !rows && (ll.Attrs["block"] != nil || ll.Attrs["tokens"] == true):
			errs.Add(s.Pos, "%s: loop_list block or tokens without rows", where)
		case rows && (s.Find(EarlyExit) != nil || s.Find(Compensate) != nil || s.KeyLengths() != nil || lk != nil && lk.Attrs["gather"] == true):
			errs.Add(s.Pos, "%s: loop_list rows with an early exit, compensation, key lengths or a permutation", where)
		}
	}
	if lk := s.Find(LoadKV); lk != nil && lk.Attrs["gather"] == true && len(s.Args) != want {
		errs.Add(s.Pos, "%s: load_kv gather without a permutation argument", where)
	}
	if lk := s.Find(LoadKV); lk != nil && lk.Attrs["gather"] == true && lk.Int("segment") == 0 {
		errs.Add(s.Pos, "%s: load_kv gather without the permutation's segment", where)
	}
	if st := s.Find(Store); st != nil {
		want := "f32"
		if to, ok := st.Attrs["to"].(string); ok {
			want = to
		}
		if got := s.Out.Type.DType.String(); got != want {
			errs.Add(s.Pos, "%s: store writes %s but the output buffer is %s", where, want, got)
		}
	}
}

// graphAttrs is a call's attributes without the tile-level placement ones.
func graphAttrs(a map[string]any) map[string]any {
	out := make(map[string]any, len(a))
	for k, v := range a {
		out[k] = v
	}
	for _, spec := range placeAttrs {
		delete(out, spec.Name)
	}
	return out
}

// verifyPlacement checks the placement a target decided for call i: a
// fused call reads the result of the call just before it, which is placed
// where it is (both on the device, both on the host — the CUDA target's
// gate, one run-time library call — or both unplaced, on the CPU).
func verifyPlacement(p *Program, i int, where string, errs *ir.ErrorList) {
	s := p.Steps[i]
	if !s.Fused() {
		return
	}
	if i == 0 || p.Steps[i-1].Kind != Call || len(s.Args) == 0 || s.Args[0] != p.Steps[i-1].Out {
		errs.Add(s.Pos, "%s: fused, but it does not read the call before it", where)
		return
	}
	if s.On() != p.Steps[i-1].On() {
		errs.Add(s.Pos, "%s: fused with %s, but placed apart: both must run on the device, both on the host, or both be unplaced (on the CPU) (on=%q, on=%q)", where, p.Steps[i-1].Out.Ref(), p.Steps[i-1].On(), s.On())
	}
}

func verifyOpAttrs(s *Step, where string, op *Op, errs *ir.ErrorList) {
	info := op.Code.Info()
	for key := range op.Attrs {
		found := false
		for _, spec := range info.Attrs {
			found = found || spec.Name == key
		}
		if !found {
			errs.Add(s.Pos, "%s: %s has no attribute %s", where, op.Code, key)
		}
	}
	for _, spec := range info.Attrs {
		val, ok := op.Attrs[spec.Name]
		if !ok {
			if spec.Required {
				errs.Add(s.Pos, "%s: %s needs %s", where, op.Code, spec.Name)
			}
			continue
		}
		good := false
		switch spec.Kind {
		case ir.AttrInt:
			_, good = val.(int)
		case ir.AttrFloat:
			_, good = val.(float64)
		case ir.AttrFlag:
			good = val == true
		case ir.AttrIdent:
			_, good = val.(string)
		case ir.AttrExpr:
			_, good = val.(*ir.Expr)
		}
		if !good {
			errs.Add(s.Pos, "%s: %s attribute %s is %T", where, op.Code, spec.Name, val)
		}
	}
}
