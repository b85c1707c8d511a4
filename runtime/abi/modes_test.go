package abi

import "testing"

// TestSelectModes checks every registry entry: a name, a doc, a pass, and a
// sizing argument that makes sense. runtime/sparse checks that each has a
// host implementation.
func TestSelectModes(t *testing.T) {
	seen := map[string]bool{}
	sizes := map[string]bool{}
	for _, name := range SelectModes() {
		m := LookupSelectMode(name)
		if m == nil || m.Name != name || m.Doc == "" || seen[name] {
			t.Fatalf("mode %q: missing, undocumented or registered twice", name)
		}
		seen[name] = true
		switch m.Pass {
		case "select":
			// select picks the mode by the argument it is given, so each of
			// its modes needs one, and a name of its own.
			if m.Size == nil || m.Size.Default != 0 || sizes[m.Size.Name] {
				t.Errorf("%s: a select mode needs a required sizing argument no other select mode has", name)
				continue
			}
			sizes[m.Size.Name] = true
		case "budget", "order":
		default:
			t.Errorf("%s: written by pass %q, not select, budget or order", name, m.Pass)
		}
		if a := m.Size; a != nil {
			if a.Name == "" || a.Sym == "" || a.Doc == "" || (a.Max != 0 && a.Max < a.Min) {
				t.Errorf("%s: sizing argument %+v incomplete", name, *a)
			}
			if a.Default != 0 && a.Check(a.Default) != nil {
				t.Errorf("%s: default %g: %v", name, a.Default, a.Check(a.Default))
			}
		}
	}
	if LookupSelectMode("nonesuch") != nil {
		t.Error("LookupSelectMode found an unregistered mode")
	}
}

// TestSelectArgCheck pins the range messages the passes print.
func TestSelectArgCheck(t *testing.T) {
	for _, c := range []struct {
		mode string
		x    float64
		want string
	}{
		{"mass", -0.1, "τ must be in [0, 1]"},
		{"mass", 1.5, "τ must be in [0, 1]"},
		{"mass", 0, ""},
		{"density", 0, "ρ must be in (0, 1]"},
		{"density", 1, ""},
		{"budget", 1.01, "ρ must be in (0, 1]"},
		{"top", 0, "k must be at least 1"},
		{"top", 1, ""},
	} {
		err := LookupSelectMode(c.mode).Size.Check(c.x)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s %g: %q, want %q", c.mode, c.x, got, c.want)
		}
	}
}
