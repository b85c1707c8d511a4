package driver

import (
	"bytes"
	"encoding/json"
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

// TestBenchDecode: attnc bench times M queries against N keys (-dims
// M=1: a decode step) and reports the bytes of k and v a step reads, the
// GB/s of reading them and the spread of the runs.
func TestBenchDecode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "decode.attn")
	src := "kernel decode(q: f16[H, M, 32], k: f16[H, N, 32], v: f16[H, N, 32]) -> f16[H, M, 32] {\n    s = mask(q @ k^T * rsqrt(32), causal)\n    return softmax(s) @ v\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Main([]string{"bench", "-json", "-dims", "M=1", "-n", "512", "-heads", "2", "-repeat", "3", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var l benchLine
	if err := json.Unmarshal(out.Bytes(), &l); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if l.M != 1 || l.N != 512 || l.Heads != 2 || l.KVHeads != 2 || l.KVBytes != 2*2*512*32*2 {
		t.Errorf("m %d n %d heads %d kv heads %d kv bytes %d, want 1, 512, 2, 2 and %d", l.M, l.N, l.Heads, l.KVHeads, l.KVBytes, 2*2*512*32*2)
	}
	if r := l.DenseRangeMS; r == nil || !(r[0] <= l.DenseMS && l.DenseMS <= r[1]) || !(l.KVGBpsDense > 0) {
		t.Errorf("dense %g ms in %v, %g GB/s", l.DenseMS, l.DenseRangeMS, l.KVGBpsDense)
	}
	out.Reset()
	if code := Main([]string{"bench", "-dims", "M=1", "-n", "512", "-heads", "2", "-repeat", "1", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "kv GB/s") {
		t.Errorf("the table of a decode bench names no kv GB/s:\n%s", out.String())
	}
}
