package abi

// The permutations of permute are declared here, once, on their two axes:
// a query segment's probe (the rows its keys are ranked under) and the
// scope (which keys are ranked together, under which segment's probe). The
// IR attributes `probe` and `scope` and the permute pass's arguments take
// their values from these tables; the host implementations are registered
// under the same names in runtime/sparse/permute.go (a test there checks
// the two agree). docs/passes.md defines both axes.

// PermuteRule declares one value of a permute axis.
type PermuteRule struct {
	Name string
	Doc  string // one line: what it does, and where it comes from
}

// permuteProbes and permuteScopes are the registries, the default first.
var (
	permuteProbes = []*PermuteRule{
		{Name: "mean", Doc: "the segment's mean query"},
		{Name: "last", Doc: "each query of the segment's last query tile, importances averaged"},
	}
	permuteScopes = []*PermuteRule{
		{Name: "local", Doc: "PBS-Attn (2025): keys sorted inside every key segment under the last query segment's probe, one order for all"},
		{Name: "global", Doc: "S2O (2025): per query segment, all keys of the earlier segments ranked together under its own probe"},
	}
)

// PermuteProbes returns the names of the registered probes, the default
// first.
func PermuteProbes() []string { return ruleNames(permuteProbes) }

// PermuteScopes returns the names of the registered scopes, the default
// first.
func PermuteScopes() []string { return ruleNames(permuteScopes) }

// LookupPermuteProbe returns the probe called name, or nil.
func LookupPermuteProbe(name string) *PermuteRule { return lookupRule(permuteProbes, name) }

// LookupPermuteScope returns the scope called name, or nil.
func LookupPermuteScope(name string) *PermuteRule { return lookupRule(permuteScopes, name) }

func ruleNames(rules []*PermuteRule) []string {
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.Name
	}
	return names
}

func lookupRule(rules []*PermuteRule, name string) *PermuteRule {
	for _, r := range rules {
		if r.Name == name {
			return r
		}
	}
	return nil
}
