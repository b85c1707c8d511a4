package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunSizeRefused: a run that cannot fit is refused before anything is
// allocated, with the size it would need, by run and bench alike (one rule:
// 2^30 elements per tensor, the estimate within the memory limit); a huge
// fixed dim neither panics nor overflows.
func TestRunSizeRefused(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.attn")
	os.WriteFile(huge, []byte(`kernel huge(q: f32[H, 16777216, 64], k: f32[H, 16777216, 64], v: f32[H, 16777216, 64]) -> f32[H, 16777216, 64] {
    return softmax(q @ k^T * 0.125) @ v
}
`), 0o644)
	for _, c := range []struct {
		env  string
		args []string
		want []string
	}{
		{"", []string{"run", "-n", "10000000", "../examples/causal.attn"}, []string{"parameter q is bf16[4,10000000,128] = 5120000000 elements (38.1 GiB as float64)", "at most 2^30 elements"}},
		{"", []string{"run", "-heads", "2", huge}, []string{"parameter q is f32[2,16777216,64] = 2147483648 elements (16.0 GiB as float64)", "at most 2^30 elements"}},
		{"", []string{"bench", "-n", "10000000", "../examples/causal.attn"}, []string{"parameter q is bf16[8,10000000,128]", "at most 2^30 elements"}},
		{"1M", []string{"run", "-n", "1024", "-check", "../examples/causal.attn"}, []string{"prefill: this run would need about 32.0 MiB of memory (inputs (float64) 12.0 MiB, output (float64) 4.0 MiB, interpreter 8.0 MiB, dense reference 8.0 MiB)", "dense reference", "the limit is 1.0 MiB (ATTNC_MAX_MEMORY)"}},
		{"lots", []string{"run", "../examples/causal.attn"}, []string{"ATTNC_MAX_MEMORY=lots: want a size in bytes"}},
	} {
		t.Setenv("ATTNC_MAX_MEMORY", c.env)
		code, _, errs := runMain(t, c.args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1: %s", c.args, code, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: stderr %q lacks %q", c.args, errs, w)
			}
		}
	}
}

// TestGenHeadDimRefused: gen refuses a head dim the generated kernels would
// be unrolled over without bound, quickly and with its position.
func TestGenHeadDimRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wide.attn")
	os.WriteFile(path, []byte(`kernel wide(q: f32[H, N, 8192], k: f32[H, N, 8192], v: f32[H, N, 8192]) -> f32[H, N, 8192] {
    return softmax(q @ k^T * 0.01) @ v
}
`), 0o644)
	code, _, errs := runMain(t, "gen", "-o", dir, path)
	if code != 1 || !strings.Contains(errs, "wide.attn:1:13: kernel wide: parameter q has head dim 8192; generated kernels are unrolled over the head dim and support at most 4096") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestParseBytes(t *testing.T) {
	for s, want := range map[string]int64{"123": 123, "64K": 64 << 10, "512m": 512 << 20, "8G": 8 << 30, "1TB": 1 << 40} {
		if got, err := parseBytes(s); err != nil || got != want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "G", "-1", "1.5G", "1X"} {
		if _, err := parseBytes(s); err == nil {
			t.Errorf("parseBytes(%q) accepted", s)
		}
	}
}
