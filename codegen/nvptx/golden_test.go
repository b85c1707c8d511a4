package nvptx_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attnc/attnc/codegen/nvptx"
)

var update = flag.Bool("update", false, "rewrite the golden LLVM IR in testdata/golden")

// goldenVariant is one set of options the golden LLVM IR is pinned for,
// for the inputs named in only (all when nil).
type goldenVariant struct {
	name string
	opts nvptx.Options
	only []string
}

// goldenVariants are every PTX target with its options, and 32 query rows
// per warp (two m16 atoms sharing the K and V fragments, which no target
// picks by default) for a dense and an early-exit, gathered kernel.
func goldenVariants() []goldenVariant {
	var vs []goldenVariant
	for _, t := range nvptx.Targets {
		vs = append(vs, goldenVariant{name: t, opts: nvptx.OptionsFor(t)})
	}
	return append(vs, goldenVariant{"rw32", nvptx.Options{RowsPerWarp: 32}, []string{"causal", "s2o"}})
}

// TestGolden: every testdata/golden/*.attn, lowered as the driver does and
// generated for each variant, is the LLVM IR in
// testdata/golden/<name>.<variant>.ll to the byte — so a change of the
// emitters is a reviewable diff of the IR without a GPU, and a refactoring
// that should not change the IR is shown not to. `go test
// ./codegen/nvptx -run Golden -update` rewrites the files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.attn")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(path, ".attn")
		for _, v := range goldenVariants() {
			if v.only != nil && !slices.Contains(v.only, filepath.Base(base)) {
				continue
			}
			t.Run(filepath.Base(base)+"."+v.name, func(t *testing.T) {
				got := goldenLL(t, path, src, v.opts)
				want := base + "." + v.name + ".ll"
				if *update {
					if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				w, err := os.ReadFile(want)
				if err != nil {
					t.Fatalf("%v (go test -run Golden -update writes it)", err)
				}
				if string(w) != got {
					t.Errorf("%s differs from the generated LLVM IR (-golden +generated):\n%s", want, shortDiff(string(w), got, 60))
				}
			})
		}
	}
}

// goldenLL is the LLVM IR of every function of the source (lowered
// afresh: GenerateWith runs the target's passes on the program), or the
// error GenerateWith returns, as text.
func goldenLL(t *testing.T, path string, src []byte, opts nvptx.Options) string {
	var sb strings.Builder
	for _, p := range lower(t, filepath.Base(path), src) {
		ll, _, err := nvptx.GenerateWith(p, opts)
		if err != nil {
			fmt.Fprintf(&sb, "; %s: error: %v\n", p.Name, err)
			continue
		}
		fmt.Fprintf(&sb, "; %s\n%s", p.Name, ll)
	}
	return sb.String()
}

// shortDiff is cmp.Diff of the two texts' lines, cut to max lines.
func shortDiff(want, got string, max int) string {
	d := strings.Split(cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")), "\n")
	if len(d) > max {
		d = append(d[:max], fmt.Sprintf("... (%d more lines of diff)", len(d)-max))
	}
	return strings.Join(d, "\n")
}
