package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunFlagConflicts: -repeat below 1 is refused, and so is every flag
// that makes random inputs when -inputs gives them (it was ignored
// silently), naming the flag.
func TestRunFlagConflicts(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "o.safetensors")
	if code, _, errs := runMain(t, "run", "-n", "70", "-heads", "2", "-o", in, "../examples/causal.attn"); code != 0 {
		t.Fatal(errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-repeat", "0"}, "-repeat 0: want at least 1"},
		{[]string{"-repeat", "-1"}, "-repeat -1: want at least 1"},
		{[]string{"-inputs", in, "-n", "512"}, "-n: -inputs gives the inputs and their sizes; -n, -heads, -kv-heads, -dims, -seed and -synthetic make random ones"},
		{[]string{"-inputs", in, "-heads", "8"}, "-heads: -inputs gives the inputs"},
		{[]string{"-inputs", in, "-kv-heads", "1"}, "-kv-heads: -inputs gives"},
		{[]string{"-inputs", in, "-synthetic", "1"}, "-synthetic: -inputs gives"},
		{[]string{"-inputs", in, "-seed", "3"}, "-seed: -inputs gives"},
		{[]string{"-inputs", in, "-dims", "M=2"}, "-dims: -inputs gives"},
	} {
		code, _, errs := runMain(t, append(append([]string{"run"}, c.args...), "../examples/causal.attn")...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("run %v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}

// TestRunRefTextReport: the text report shows ref_diff and ref_match when
// the interpreter ran the same program (-ref), as the README says.
func TestRunRefTextReport(t *testing.T) {
	code, out, errs := runMain(t, "run", "-device", "cpu", "-ref", "-n", "130", "-heads", "2", "../examples/causal.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"  ref_diff    ", "  ref_match   true"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckEmptyFile: a file without kernels is an error (exit 1) that
// says so, not a silent success.
func TestCheckEmptyFile(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"empty.attn": "", "comments.attn": "// nothing here\n"} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(src), 0o644)
		code, _, errs := runMain(t, "check", path)
		if code != 1 || !strings.Contains(errs, name+": no kernels") {
			t.Errorf("check %s: exit %d, stderr %q", name, code, errs)
		}
	}
}
