package ir

import (
	"fmt"
	"slices"
	"strconv"
)

// Value is an SSA value: the result of one op applied to earlier values.
type Value struct {
	ID    int // dense index in Func.Values; parameters use their Name
	Op    Op
	Type  Type
	Args  []*Value
	Attrs map[string]any // int, float64, bool (flag), string (ident) or *Expr, per the op's AttrSpecs
	Pos   Pos            // where the value comes from in the DSL source
	Name  string         // parameter name (OpParam only)
}

// Ref returns the short form of v: %7 or %q.
func (v *Value) Ref() string {
	if v.Op == OpParam {
		return "%" + v.Name
	}
	return "%" + strconv.Itoa(v.ID)
}

// Attr returns attribute key of v, or nil.
func (v *Value) Attr(key string) any { return v.Attrs[key] }

// Float returns the float attribute key (0 when absent).
func (v *Value) Float(key string) float64 { f, _ := v.Attrs[key].(float64); return f }

// Int returns the int attribute key (0 when absent).
func (v *Value) Int(key string) int { n, _ := v.Attrs[key].(int); return n }

// Flag reports whether the flag attribute key is set.
func (v *Value) Flag(key string) bool { b, _ := v.Attrs[key].(bool); return b }

// Ident returns the identifier attribute key ("" when absent).
func (v *Value) Ident(key string) string { s, _ := v.Attrs[key].(string); return s }

// DimAttr returns the dimension attribute key and whether it is present.
func (v *Value) DimAttr(key string) (Dim, bool) { d, ok := v.Attrs[key].(Dim); return d, ok }

// ExprAttr returns the expression attribute key (nil when absent).
func (v *Value) ExprAttr(key string) *Expr { e, _ := v.Attrs[key].(*Expr); return e }

// SetAttr sets attribute key, creating the map when needed. A nil or false
// value deletes it.
func (v *Value) SetAttr(key string, val any) {
	if v.Attrs == nil {
		v.Attrs = map[string]any{}
	}
	switch x := val.(type) {
	case nil:
		delete(v.Attrs, key)
		return
	case bool:
		if !x {
			delete(v.Attrs, key)
			return
		}
	case *Expr:
		if x == nil {
			delete(v.Attrs, key)
			return
		}
	}
	v.Attrs[key] = val
}

// Func is one kernel in graph IR: parameters, values in topological order
// and the returned value.
type Func struct {
	Name       string
	Pos        Pos
	Params     []*Value
	Values     []*Value
	Result     *Value
	ResultType Type // the declared result type; Verify checks Result matches
}

// NewValue appends a value computing op over args to f and returns it. Its
// type is left for the caller (or Infer) to set.
func (f *Func) NewValue(pos Pos, op Op, t Type, args ...*Value) *Value {
	v := &Value{ID: len(f.Values), Op: op, Type: t, Args: args, Pos: pos}
	f.Values = append(f.Values, v)
	return v
}

// Renumber gives values dense IDs in their current order.
func (f *Func) Renumber() {
	for i, v := range f.Values {
		v.ID = i
	}
}

// Uses counts, for each value, how many arguments (and the result) refer
// to it.
func (f *Func) Uses() map[*Value]int {
	n := map[*Value]int{}
	for _, v := range f.Values {
		for _, a := range v.Args {
			n[a]++
		}
	}
	if f.Result != nil {
		n[f.Result]++
	}
	return n
}

// ReplaceUses makes every use of old (arguments and result) refer to new.
func (f *Func) ReplaceUses(old, new *Value) {
	for _, v := range f.Values {
		for i, a := range v.Args {
			if a == old {
				v.Args[i] = new
			}
		}
	}
	if f.Result == old {
		f.Result = new
	}
}

// DeadCode removes values nothing reachable from the result uses and
// renumbers the rest. It returns how many it removed.
func (f *Func) DeadCode() int {
	live := map[*Value]bool{}
	var mark func(v *Value)
	mark = func(v *Value) {
		if v == nil || live[v] {
			return
		}
		live[v] = true
		for _, a := range v.Args {
			mark(a)
		}
	}
	mark(f.Result)
	kept := f.Values[:0]
	removed := 0
	for _, v := range f.Values {
		if live[v] {
			kept = append(kept, v)
		} else {
			removed++
		}
	}
	f.Values = kept
	f.Renumber()
	return removed
}

// Module is a compilation unit: the kernels of one file.
type Module struct {
	Funcs []*Func
}

// Func returns the kernel named name, or nil.
func (m *Module) Func(name string) *Func {
	for _, f := range m.Funcs {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// NewOp appends a value computing op over args with attrs, its type
// inferred by the op's rule. Passes (including user passes) build IR with
// it; MoveBefore then puts the value where it belongs.
func (f *Func) NewOp(pos Pos, op Op, attrs map[string]any, args ...*Value) (*Value, error) {
	v := &Value{ID: len(f.Values), Op: op, Args: args, Attrs: attrs, Pos: pos}
	t, err := op.Info().Infer(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", op, err)
	}
	v.Type = t
	f.Values = append(f.Values, v)
	return v, nil
}

// MoveBefore moves v to just before anchor in f's order and renumbers.
func (f *Func) MoveBefore(v, anchor *Value) {
	i := slices.Index(f.Values, v)
	if i < 0 || v == anchor {
		return
	}
	f.Values = slices.Delete(f.Values, i, i+1)
	j := slices.Index(f.Values, anchor)
	if j < 0 {
		j = len(f.Values)
	}
	f.Values = slices.Insert(f.Values, j, v)
	f.Renumber()
}
