package abi

import "testing"

// TestPermuteRules checks both axes' entries: a name, a doc, once.
func TestPermuteRules(t *testing.T) {
	for axis, names := range map[string][]string{"probe": PermuteProbes(), "scope": PermuteScopes()} {
		lookup := map[string]func(string) *PermuteRule{"probe": LookupPermuteProbe, "scope": LookupPermuteScope}[axis]
		seen := map[string]bool{}
		for _, name := range names {
			r := lookup(name)
			if r == nil || r.Name != name || r.Doc == "" || seen[name] {
				t.Errorf("%s %q: missing, undocumented or registered twice", axis, name)
			}
			seen[name] = true
		}
		if lookup("nonesuch") != nil {
			t.Errorf("%s: found an unregistered name", axis)
		}
	}
}
