package cuda

import "testing"

// TestLaunchPart: the names ATTNC_TIME_KERNELS gives an attention step's
// launches timed alone — compensation's three by kernel name, then the
// kernel; the pair kernel's list launch; the decode path's two.
func TestLaunchPart(t *testing.T) {
	comp := []launchCall{{name: "a_kbar", group: "compensate"}, {name: "a_vbar", group: "compensate"}, {name: "a_comp", group: "compensate"}, {name: "a"}}
	for i, want := range []string{"compensate/a_kbar", "compensate/a_vbar", "compensate/a_comp", "kernel"} {
		if got := launchPart(comp, i, 3, false); got != want {
			t.Errorf("compensation launch %d: %q, want %q", i, got, want)
		}
	}
	pairs := []launchCall{{name: "b_pairs", group: "pairs"}, {name: "b"}}
	for i, want := range []string{"pairs/b_pairs", "kernel"} {
		if got := launchPart(pairs, i, 1, false); got != want {
			t.Errorf("pair launch %d: %q, want %q", i, got, want)
		}
	}
	dec := []launchCall{{name: "d"}, {name: "d_combine"}}
	for i, want := range []string{"decode", "combine"} {
		if got := launchPart(dec, i, 0, true); got != want {
			t.Errorf("decode launch %d: %q, want %q", i, got, want)
		}
	}
}
