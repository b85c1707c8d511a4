package abi

import (
	"fmt"
	"slices"
)

// The selection modes of blockselect are declared here, once: a mode's
// name, the pass that writes it, the argument that sizes its lists, the
// scopes it takes and a one-line doc. The IR attribute `mode` takes its
// values from SelectModes, blockselect's sizing attributes and the select
// and budget passes' arguments and checks come from the entries; the host
// implementation is registered under the same name in
// runtime/sparse/modes.go (a test there checks the two agree). So a new
// mode is an entry here, its host implementation in runtime/sparse, its
// test and its docs (and, if it is sized by a new argument, a SelectSpec
// field and its line in ir.SelectSpecOf).

// SelectMode declares a blockselect mode: the rule that completes the
// lists after their forced tiles (docs/passes.md, blockselect step 3).
type SelectMode struct {
	Name string
	Doc  string // one line: what the lists take, and where it comes from

	// Pass is the graph pass that writes blockselect ops of this mode:
	// select (which picks the mode by the sizing argument it is given),
	// budget or order.
	Pass string
	// Size is the argument that sizes the lists; nil: none.
	Size *SelectArg
	// Scopes are the scope: values the mode takes, the default first; nil:
	// the mode takes no scope.
	Scopes []string
}

// SelectArg declares the argument that sizes a mode's lists: a pass
// argument and the blockselect attribute of the same name.
type SelectArg struct {
	Name    string  // mass, top, density
	Sym     string  // its symbol in messages: τ, k, ρ
	Int     bool    // an integer; else a float
	Min     float64 // the least value the pass accepts
	MinOpen bool    // Min itself is refused: (Min, Max]
	Max     float64 // the largest value; 0: no bound
	Default float64 // the pass's default; 0: it must be given
	PerHead bool    // a list gives one value per query head (scope head)
	Doc     string  // the pass argument's and the attribute's doc
}

// selectModes is the registry, in the order messages list the modes.
var selectModes = []*SelectMode{
	{Name: "mass", Pass: "select",
		Size: &SelectArg{Name: "mass", Sym: "τ", Min: 0, Max: 1, Doc: "τ: add tiles while the mass taken is below τ"},
		Doc:  "XAttention's threshold: tiles by descending score while the mass taken, forced tiles included, is below τ"},
	{Name: "top", Pass: "select",
		Size: &SelectArg{Name: "top", Sym: "k", Int: true, Min: 1, Doc: "k: keep k tiles per query tile"},
		Doc:  "MInference-style fixed budget: k tiles per query tile, forced tiles included"},
	{Name: "density", Pass: "select",
		Size: &SelectArg{Name: "density", Sym: "ρ", Min: 0, MinOpen: true, Max: 1, Doc: "ρ: keep ⌈ρ·allowed⌉ tiles per query tile"},
		Doc:  "FlexPrefill-style budget relative to the allowed area: ⌈ρ·allowed⌉ tiles per query tile, forced tiles included"},
	{Name: "all", Pass: "order",
		Doc: "every allowed tile (order without select: S2O's selection-free scheme)"},
	{Name: "budget", Pass: "budget", Scopes: []string{"global", "head"},
		Size: &SelectArg{Name: "density", Sym: "ρ", Min: 0, MinOpen: true, Max: 1, Default: 0.1, PerHead: true, Doc: "ρ: ⌈ρ·allowed⌉ tiles in all, forced ones included (default 0.1); a list [ρ₀, ρ₁, …]: one per query head (scope head)"},
		Doc:  "one budget of ⌈ρ·allowed⌉ tiles shared by all query tiles (scope global: and heads); the best tiles anywhere win"},
}

// SelectModes returns the names of the registered selection modes.
func SelectModes() []string {
	names := make([]string, len(selectModes))
	for i, m := range selectModes {
		names[i] = m.Name
	}
	return names
}

// LookupSelectMode returns the mode called name, or nil.
func LookupSelectMode(name string) *SelectMode {
	for _, m := range selectModes {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// SelectModesOf returns the modes pass writes, in registry order.
func SelectModesOf(pass string) []*SelectMode {
	var ms []*SelectMode
	for _, m := range selectModes {
		if m.Pass == pass {
			ms = append(ms, m)
		}
	}
	return ms
}

// SelectSizes returns the sizing arguments of all modes, each name once
// (the first mode's declaration), in registry order: blockselect's
// sizing attributes.
func SelectSizes() []*SelectArg {
	var args []*SelectArg
	for _, m := range selectModes {
		if m.Size != nil && !slices.ContainsFunc(args, func(a *SelectArg) bool { return a.Name == m.Size.Name }) {
			args = append(args, m.Size)
		}
	}
	return args
}

// SelectScopes returns every scope: value some mode takes, in registry
// order.
func SelectScopes() []string {
	var scopes []string
	for _, m := range selectModes {
		for _, s := range m.Scopes {
			if !slices.Contains(scopes, s) {
				scopes = append(scopes, s)
			}
		}
	}
	return scopes
}

// Check says whether x is a value of the argument; if not, the error
// says what it must be, in the argument's symbol: "ρ must be in (0, 1]",
// "k must be at least 1".
func (a *SelectArg) Check(x float64) error {
	open, lo := "[", x < a.Min
	if a.MinOpen {
		open, lo = "(", x <= a.Min
	}
	switch {
	case a.Max != 0 && (lo || x > a.Max):
		return fmt.Errorf("%s must be in %s%g, %g]", a.Sym, open, a.Min, a.Max)
	case lo && a.MinOpen:
		return fmt.Errorf("%s must be above %g", a.Sym, a.Min)
	case lo:
		return fmt.Errorf("%s must be at least %g", a.Sym, a.Min)
	}
	return nil
}
