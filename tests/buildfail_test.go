package tests

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/driver"
)

// TestInfiniteScale: rsqrt(0) as the scale is the user's error, with its
// position, at check time and at run time — not an internal error from a
// generated package that does not build (issue 16, item 3).
func TestInfiniteScale(t *testing.T) {
	t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
	path := filepath.Join(t.TempDir(), "r0.attn")
	src := "kernel r0(q: f32[H, N, 64], k: f32[H, N, 64], v: f32[H, N, 64]) -> f32[H, N, 64] {\n    s = q @ k^T * rsqrt(0)\n    s = mask(s, causal)\n    return softmax(s) @ v\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check"}, {"run", "-device", "cpu", "-n", "64", "-heads", "1"}} {
		var out, errb bytes.Buffer
		code := driver.Main(append(args, path), &out, &errb)
		msg := errb.String()
		if code != 1 || !strings.Contains(msg, "r0.attn:2:19: scale rsqrt(0) is +Inf") || strings.Contains(msg, "internal") {
			t.Errorf("attnc %s: exit %d, %q; want exit 1 and the scale's position", strings.Join(args, " "), code, msg)
		}
	}
}

// TestFailedBuildLeavesNoTemp: when go build fails on a generated package
// (here: a GOARCH it does not know), the build folder's .tmp copy is
// removed.
func TestFailedBuildLeavesNoTemp(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("ATTNC_CACHE_DIR", cache)
	t.Setenv("GOARCH", "nonesuch")
	path := filepath.Join(t.TempDir(), "k.attn")
	src := "kernel k(q: f32[H, N, 16], k: f32[H, N, 16], v: f32[H, N, 16]) -> f32[H, N, 16] {\n    return softmax(q @ k^T) @ v\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := driver.Main([]string{"run", "-device", "cpu", "-n", "16", "-heads", "1", path}, &out, &errb); code == 0 {
		t.Fatalf("the build succeeded with GOARCH=nonesuch")
	}
	left, _ := filepath.Glob(filepath.Join(cache, "build", "*"))
	if len(left) > 0 {
		t.Errorf("a failed build left %v in the cache (%s)", left, errb.String())
	}
}
