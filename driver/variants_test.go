package driver

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestBenchVariants: -variants times the sparse kernel once per variant
// and round, in order, against one dense run; each variant is built with
// its settings in the environment (a variant's own ATTNC_CACHE_DIR
// receives its CPU build), and the environment is as before afterwards.
func TestBenchVariants(t *testing.T) {
	dir := t.TempDir()
	const probe = "ATTNC_TEST_VARIANT_PROBE"
	t.Setenv(probe, "before")
	variants := "-|ATTNC_CACHE_DIR=" + dir + " " + probe + "=during"
	code, out, errs := runMain(t, "bench", "-json", "-n", "256", "-heads", "2", "-repeat", "1", "-variants", variants, "-rounds", "2",
		"-passes", "tile(q: 64, k: 64); score(mean); select(density: 0.5, keep: [diagonal])", "../examples/causal.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var lines []benchLine
	for _, s := range strings.Split(strings.TrimSpace(out), "\n") {
		var l benchLine
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatalf("%v: %s", err, s)
		}
		lines = append(lines, l)
	}
	want := []struct {
		variant string
		round   int
	}{{"-", 1}, {"ATTNC_CACHE_DIR=" + dir + " " + probe + "=during", 1}, {"-", 2}, {"ATTNC_CACHE_DIR=" + dir + " " + probe + "=during", 2}}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		l := lines[i]
		if l.Variant != w.variant || l.Round != w.round {
			t.Errorf("line %d: variant %q round %d, want %q round %d", i, l.Variant, l.Round, w.variant, w.round)
		}
		if l.DenseMS != lines[0].DenseMS || l.SparseMS <= 0 || l.Density <= 0 {
			t.Errorf("line %d: dense %v (want one dense run: %v), sparse %v, density %v", i, l.DenseMS, lines[0].DenseMS, l.SparseMS, l.Density)
		}
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) == 0 {
		t.Errorf("the variant's ATTNC_CACHE_DIR %s holds nothing (%v): its kernel was not built under its settings", dir, err)
	}
	if v := os.Getenv(probe); v != "before" {
		t.Errorf("%s is %q after the bench, want it restored to %q", probe, v, "before")
	}
	if _, set := os.LookupEnv("ATTNC_CACHE_DIR"); set && os.Getenv("ATTNC_CACHE_DIR") == dir {
		t.Errorf("ATTNC_CACHE_DIR left at the variant's %s", dir)
	}
	if code, _, errs := runMain(t, "bench", "-n", "256", "-rounds", "2", "../examples/causal.attn"); code != 2 || !strings.Contains(errs, "-rounds 2") {
		t.Errorf("-rounds without -variants: exit %d, %s", code, errs)
	}
	if code, _, errs := runMain(t, "bench", "-n", "256", "-variants", "-|ATTNC_X", "../examples/causal.attn"); code != 2 || !strings.Contains(errs, `"ATTNC_X" is not NAME=value`) {
		t.Errorf("a bad variant: exit %d, %s", code, errs)
	}
	// The table, and each variant's median over the rounds after it.
	code, out, errs = runMain(t, "bench", "-n", "256", "-heads", "2", "-repeat", "1", "-variants", "-|"+probe+"=x", "-rounds", "2", "../examples/causal.attn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, summary, ok := strings.Cut(out, "sparse ms over the rounds:")
	if !ok || strings.Count(strings.TrimSpace(summary), "\n") != 2 || !strings.Contains(summary, "1.000") || !strings.Contains(summary, probe+"=x") {
		t.Errorf("no summary of the rounds, or not one line a variant:\n%s", out)
	}
	// Without -variants: no variant or round in the lines.
	code, out, errs = runMain(t, "bench", "-json", "-n", "256", "-heads", "2", "-repeat", "1", "../examples/causal.attn")
	if code != 0 || strings.Contains(out, `"variant"`) || strings.Contains(out, `"round"`) {
		t.Errorf("plain bench: exit %d, %s%s", code, out, errs)
	}
}

func TestParseVariants(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // String of each; nil: an error
	}{
		{"", []string{"-"}},
		{"-", []string{"-"}},
		{"-|A=1", []string{"-", "A=1"}},
		{" A=1  B=x=y | - |C=", []string{"A=1 B=x=y", "-", "C="}},
		{"A=1||B=2", nil},
		{"A", nil},
		{"1A=2", nil},
		{"A-B=1", nil},
	} {
		vs, err := parseVariants(c.in)
		if c.want == nil {
			if err == nil {
				t.Errorf("%q: no error, want one", c.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		var got []string
		for _, v := range vs {
			got = append(got, v.String())
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
	// A variant's settings hold while its function runs and are undone
	// after, a variable unset before unset again.
	const a, b = "ATTNC_TEST_VARIANT_A", "ATTNC_TEST_VARIANT_B"
	t.Setenv(a, "old")
	os.Unsetenv(b)
	vs, _ := parseVariants(a + "=new " + b + "=1")
	err := vs[0].with(func() error {
		if os.Getenv(a) != "new" || os.Getenv(b) != "1" {
			t.Errorf("inside: %s=%q %s=%q", a, os.Getenv(a), b, os.Getenv(b))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, set := os.LookupEnv(b); os.Getenv(a) != "old" || set {
		t.Errorf("after: %s=%q, %s set %v", a, os.Getenv(a), b, set)
	}
}
