package driver

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/passes"
)

// TestExitCodes: 0 success, 1 a user error, 2 bad usage (flag parse
// errors too), 3 an internal error — a Go panic included, which Main
// recovers and reports as a bug, never with a panic's exit status 2.
func TestExitCodes(t *testing.T) {
	if err := passes.Register(&passes.Pass{Name: "test-panic", Phase: passes.Schedule, Doc: "panics (exit code test)",
		Run: func(*ir.Func, passes.Args) error { panic("boom") }}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check", "../examples/causal.attn"}, 0, ""},
		{[]string{"check", "../examples/nonexistent.attn"}, 1, "no such file"},
		{[]string{"run"}, 2, "want one file"},
		{[]string{"run", "-n", "abc", "../examples/causal.attn"}, 2, `invalid value "abc" for flag -n`},
		{[]string{"run", "-frob", "../examples/causal.attn"}, 2, "flag provided but not defined: -frob"},
		{[]string{"run", "-synthetic", "x", "../examples/causal.attn"}, 2, `invalid value "x" for flag -synthetic`},
		{[]string{"gen", "-pkg"}, 2, "flag needs an argument: -pkg"},
		{[]string{"frob"}, 2, "unknown command"},
		{[]string{"ir", "-passes", "test-panic()", "../examples/causal.attn"}, 3, "internal compiler error"},
	} {
		code, _, errs := runMain(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("attnc %s: exit %d, want %d with %q; stderr:\n%.400s", strings.Join(c.args, " "), code, c.code, c.want, errs)
		}
	}
}

// TestPanicIsInternalError: a panic anywhere in a command is recovered by
// Main: exit 3 and a message asking for a report, not a crash.
func TestPanicIsInternalError(t *testing.T) {
	cmds := map[string]command{
		"boom":  func([]string, io.Writer, io.Writer) error { panic("index out of range") },
		"bug":   func([]string, io.Writer, io.Writer) error { return errors.New("BUG: generated Go does not parse") },
		"fails": func([]string, io.Writer, io.Writer) error { return errors.New("bad input") },
	}
	for name, want := range map[string]struct {
		code int
		msg  string
	}{
		"boom":  {3, "attnc boom: internal error: index out of range"},
		"bug":   {3, "BUG: generated Go does not parse"},
		"fails": {1, "bad input"},
	} {
		var errb strings.Builder
		code := dispatch(cmds, []string{name}, io.Discard, &errb)
		if code != want.code || !strings.Contains(errb.String(), want.msg) {
			t.Errorf("%s: exit %d, stderr %q; want %d with %q", name, code, errb.String(), want.code, want.msg)
		}
		if want.code == 3 && !strings.Contains(errb.String(), "please report") {
			t.Errorf("%s: no 'please report' in %q", name, errb.String())
		}
	}
}
