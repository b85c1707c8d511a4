package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunOffsetQueries: a kernel of M queries against N keys runs on
// synthetic inputs — the last M queries of the N the generator makes,
// which sit at the positions the generator built them for — and the
// report names both lengths; more queries than keys is an error there,
// not a panic (the generator made k as long as q).
func TestRunOffsetQueries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chunk.attn")
	src := "kernel chunk(q: f32[H, M, 32], k: f32[H, N, 32], v: f32[H, N, 32]) -> f32[H, M, 32] {\n    s = mask(q @ k^T * rsqrt(32), causal)\n    return softmax(s) @ v\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Main([]string{"run", "-device", "ref", "-synthetic", "1", "-dims", "M=100,N=300,H=2", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "kernel chunk on ref: M=100 N=300 H=2") {
		t.Errorf("report:\n%s", out.String())
	}
	out.Reset()
	errb.Reset()
	code := Main([]string{"run", "-device", "ref", "-synthetic", "1", "-dims", "M=400,N=300,H=2", path}, &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "-synthetic: q has 400 queries, more than the 300 keys of k") {
		t.Errorf("400 synthetic queries against 300 keys: exit %d: %s", code, errb.String())
	}
}
