package passes

import (
	"fmt"
	"slices"
	"strings"

	"github.com/attnc/attnc/ir"
)

// ArgKind is the type of a pass argument.
type ArgKind uint8

// Argument kinds.
const (
	ArgInt     ArgKind = iota // 64
	ArgFloat                  // 0.9, 1e-3
	ArgIdent                  // mean, max
	ArgList                   // [sink, diagonal, local(2)]
	ArgMode                   // a positional name such as score(antidiagonal)
	ArgNumbers                // 0.1, or [0.05, 0.12] (one per head)
)

var argKindNames = [...]string{"int", "number", "name", "list", "mode", "number or list of numbers"}

func (k ArgKind) String() string { return argKindNames[k] }

// ArgSpec declares one argument of a pass.
type ArgSpec struct {
	Name   string
	Kind   ArgKind
	Values []string // allowed names (ArgIdent, ArgMode, ArgList items)
	Doc    string
}

// Args gives a pass its parsed, schema-checked arguments.
type Args struct {
	Call  ir.PassCall
	log   func(format string, args ...any)
	named map[string]ir.PassValue
	mode  string
}

// Logf writes a line to the pass's debug stream (shown with -debug and
// asserted by tests).
func (a Args) Logf(format string, args ...any) {
	if a.log != nil {
		a.log(format, args...)
	}
}

// Has reports whether argument name was given.
func (a Args) Has(name string) bool { _, ok := a.named[name]; return ok }

// Mode returns the positional mode (e.g. "antidiagonal"), or def.
func (a Args) Mode(def string) string {
	if a.mode == "" {
		return def
	}
	return a.mode
}

// Int returns argument name as an int, or def.
func (a Args) Int(name string, def int) int {
	if v, ok := a.named[name]; ok {
		return int(v.Num)
	}
	return def
}

// Float returns argument name as a float, or def.
func (a Args) Float(name string, def float64) float64 {
	if v, ok := a.named[name]; ok {
		return v.Num
	}
	return def
}

// Ident returns argument name as a name, or def.
func (a Args) Ident(name, def string) string {
	if v, ok := a.named[name]; ok {
		return v.Text
	}
	return def
}

// List returns argument name's items.
func (a Args) List(name string) []ir.PassValue { return a.named[name].List }

// bindArgs checks call against the pass's schema and returns its Args.
// Errors are positioned at the offending argument.
func bindArgs(p *Pass, call ir.PassCall) (Args, ir.ErrorList) {
	var errs ir.ErrorList
	a := Args{Call: call, named: map[string]ir.PassValue{}}
	for _, arg := range call.Args {
		key := arg.Key
		if key == "" {
			// A positional name selects the pass's mode, e.g. score(mean).
			spec := p.modeSpec()
			if spec == nil || arg.Value.Kind != ir.PassIdent {
				errs.Add(arg.Pos, "%s takes no positional argument %s; arguments: %s", p.Name, arg.Value, p.ArgSummary())
				continue
			}
			if a.mode != "" {
				errs.Add(arg.Pos, "%s: mode given twice (%s and %s)", p.Name, a.mode, arg.Value.Text)
				continue
			}
			if !slices.Contains(spec.Values, arg.Value.Text) {
				errs.Add(arg.Pos, "%s: unknown mode %s, want one of %s", p.Name, arg.Value.Text, strings.Join(spec.Values, ", "))
				continue
			}
			a.mode = arg.Value.Text
			continue
		}
		spec := p.argSpec(key)
		if spec == nil {
			errs.Add(arg.Pos, "%s has no argument %q; arguments: %s", p.Name, key, p.ArgSummary())
			continue
		}
		if _, dup := a.named[key]; dup {
			errs.Add(arg.Pos, "%s: argument %s given twice", p.Name, key)
			continue
		}
		if msg := checkArgValue(spec, arg.Value); msg != "" {
			errs.Add(arg.Value.Pos, "%s: %s", p.Name, msg)
			continue
		}
		a.named[key] = arg.Value
	}
	return a, errs
}

func checkArgValue(spec *ArgSpec, v ir.PassValue) string {
	switch spec.Kind {
	case ArgInt:
		if v.Kind != ir.PassNum || v.Num != float64(int(v.Num)) {
			return fmt.Sprintf("%s wants an integer, got %s", spec.Name, v)
		}
	case ArgFloat:
		if v.Kind != ir.PassNum {
			return fmt.Sprintf("%s wants a number, got %s", spec.Name, v)
		}
	case ArgNumbers:
		if v.Kind == ir.PassNum {
			break
		}
		if v.Kind != ir.PassList || len(v.List) == 0 {
			return fmt.Sprintf("%s wants a number or a list of numbers like [0.05, 0.1], got %s", spec.Name, v)
		}
		for _, it := range v.List {
			if it.Kind != ir.PassNum {
				return fmt.Sprintf("%s: %s in the list is not a number", spec.Name, it)
			}
		}
	case ArgIdent:
		if v.Kind != ir.PassIdent || spec.Values != nil && !slices.Contains(spec.Values, v.Text) {
			return fmt.Sprintf("%s wants one of %s, got %s", spec.Name, strings.Join(spec.Values, ", "), v)
		}
	case ArgList:
		if v.Kind != ir.PassList {
			return fmt.Sprintf("%s wants a list like [a, b], got %s", spec.Name, v)
		}
		for _, it := range v.List {
			if it.Kind != ir.PassIdent && it.Kind != ir.PassCallV || !slices.Contains(spec.Values, it.Text) {
				return fmt.Sprintf("%s: unknown item %s, want %s", spec.Name, it, strings.Join(spec.Values, ", "))
			}
		}
	}
	return ""
}
