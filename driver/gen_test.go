package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenPackageName: -pkg must be a Go identifier and not a keyword, and
// so must the name gen derives from the file's name; either is a usage
// error (exit 2) that says so, and nothing is written.
func TestGenPackageName(t *testing.T) {
	src, err := os.ReadFile("../examples/causal.attn")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keyword := filepath.Join(dir, "func.attn")
	os.WriteFile(keyword, src, 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-pkg", "func", "../examples/causal.attn"}, `-pkg func: "func" is a Go keyword, not a package name`},
		{[]string{"-pkg", "my-kernels", "../examples/causal.attn"}, `-pkg my-kernels: "my-kernels" is not a Go identifier`},
		{[]string{"-pkg", "_", "../examples/causal.attn"}, `-pkg _: "_" is not a package name`},
		{[]string{keyword}, `package name "func" (from the file name func.attn) is a Go keyword, not a package name: give one with -pkg NAME`},
	} {
		out := t.TempDir()
		code, _, errs := runMain(t, append([]string{"gen", "-o", out}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) || strings.Contains(errs, "BUG") {
			t.Errorf("gen %v: exit %d, stderr %.300q; want 2 and %q", c.args, code, errs, c.want)
		}
		if files, _ := os.ReadDir(out); len(files) != 0 {
			t.Errorf("gen %v wrote %d files", c.args, len(files))
		}
	}
	out := t.TempDir()
	if code, _, errs := runMain(t, "gen", "-pkg", "αβ", "-o", out, "../examples/causal.attn"); code != 0 {
		t.Errorf("-pkg αβ (a Go identifier): exit %d %s", code, errs)
	}
}
