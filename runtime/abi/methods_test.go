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

// TestProgramCheck: well-formed programs pass; a pop from an empty stack,
// two values left, an unknown op are refused, never evaluated.
func TestProgramCheck(t *testing.T) {
	good := []Program{nil, {{Op: OpCausal}}, {{Op: OpKi}, {Op: OpQi}, {Op: OpLe}}, {{Op: OpNum, Num: 4}, {Op: OpSink}, {Op: OpCausal}, {Op: OpOr}},
		{{Op: OpCausal}, {Op: OpS}, {Op: OpNum, Num: -1}, {Op: OpWhere}}}
	for _, p := range good {
		if err := p.Check(); err != nil {
			t.Errorf("%v: %v", p, err)
		}
	}
	bad := []Program{{{Op: OpAdd}}, {{Op: OpQi}, {Op: OpKi}}, {{Op: OpWindow}}, {{Op: Op(200)}}, {{Op: OpCausal}, {Op: OpS}, {Op: OpWhere}}}
	for _, p := range bad {
		if err := p.Check(); err == nil {
			t.Errorf("%v: accepted", p)
		}
	}
}
