package abi

import "testing"

// TestScoreMethods checks every registry entry: a name, a doc, and a
// schema that makes sense. runtime/sparse checks that each has a host
// implementation.
func TestScoreMethods(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range ScoreMethods() {
		m := LookupScoreMethod(name)
		if m == nil || m.Name != name || m.Doc == "" || seen[name] {
			t.Fatalf("method %q: missing, undocumented or registered twice", name)
		}
		seen[name] = true
		if m.Stride < 0 {
			t.Errorf("%s: negative default stride", name)
		}
		for _, p := range m.Pools {
			if p == PoolRowMax {
				t.Errorf("%s: %s is the rowmax pass's pool, set through Rows", name, p)
			}
		}
	}
	if LookupScoreMethod("nonesuch") != nil {
		t.Error("LookupScoreMethod found an unregistered method")
	}
}
