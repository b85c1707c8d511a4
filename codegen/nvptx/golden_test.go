package nvptx_test

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
	pair := nvptx.OptionsFor("sm_90a")
	pair.PairLists = true // the pair kernel (pairs.go), plain and compensating
	skip := pair
	skip.PairSkip = true // its consumers skip the union's tiles outside their lists
	return append(vs, goldenVariant{"rw32", nvptx.Options{RowsPerWarp: 32}, []string{"causal", "s2o"}},
		goldenVariant{"pair", pair, []string{"minference", "best"}},
		goldenVariant{"pairskip", skip, []string{"best"}})
}

// TestGolden: every testdata/golden/*.attn, lowered as the driver does and
// generated for each variant, is the LLVM IR in
// testdata/golden/<name>.<variant>.ll to the byte — so a change of the
// emitters is a reviewable diff of the IR without a GPU, and a refactoring
// that should not change the IR is shown not to. `go test
// ./codegen/nvptx -run Golden -update` rewrites the files.
//
// Each kernel's definition is stored once, in testdata/golden/kernels/
// (its name replaced by $K, the file named by a hash of that text), and
// a golden file names it in its place: `; @name: kernels/<hash>.ll`. The
// pool, scores and select kernels are the same in most of the 40
// goldens, which were 14.5 MB with each copy written out and ate into
// the device tool's 64 MiB carry (scripts/gpu-size.sh). A kernel that
// changes shows as its two definitions' diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.attn")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	ran, total := 0, 0
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
			total++
			t.Run(filepath.Base(base)+"."+v.name, func(t *testing.T) {
				ran++
				got, kernels := splitKernels(goldenLL(t, path, src, v.opts))
				want := base + "." + v.name + ".ll"
				if *update {
					if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					for file, text := range kernels {
						if err := os.WriteFile(filepath.Join(kernelDir, file), []byte(text), 0o644); err != nil {
							t.Fatal(err)
						}
						used[file] = true
					}
					return
				}
				w, err := os.ReadFile(want)
				if err != nil {
					t.Fatalf("%v (go test -run Golden -update writes it)", err)
				}
				if string(w) != got {
					t.Errorf("%s differs from the generated LLVM IR (-golden +generated):\n%s", want, shortDiff(string(w), got, 60))
					refs := kernelRefs(string(w))
					for name, file := range kernelRefs(got) {
						if old, ok := refs[name]; ok && old != file {
							before, _ := os.ReadFile(filepath.Join(kernelDir, old))
							t.Errorf("kernel @%s (-%s +generated):\n%s", name, old, shortDiff(string(before), kernels[file], 60))
						}
					}
				}
				for file, text := range kernels {
					w, err := os.ReadFile(filepath.Join(kernelDir, file))
					if err != nil || string(w) != text {
						t.Errorf("%s: %s is missing or differs (go test -run Golden -update writes it)", want, file)
					}
				}
			})
		}
	}
	if *update && ran == total && !t.Failed() { // the definitions no golden names any more (all goldens written)
		old, err := filepath.Glob(filepath.Join(kernelDir, "*.ll"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range old {
			if !used[filepath.Base(f)] {
				if err := os.Remove(f); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// kernelDir holds the goldens' kernel definitions, each once.
const kernelDir = "testdata/golden/kernels"

// used are the definitions an -update wrote (the rest are removed).
var used = map[string]bool{}

// defineRE is a kernel's definition in llir's text: from its define line
// to the closing brace at the start of a line.
var defineRE = regexp.MustCompile(`(?ms)^define [^@\n]*@([^(\s]+)\(.*?^}\n`)

// splitKernels replaces each definition in ll by a line naming its file
// in kernelDir, and returns those files' texts: the definition with its
// name (and so the names of its shared arrays, which start with it) as
// $K, named by the text's hash.
func splitKernels(ll string) (string, map[string]string) {
	kernels := map[string]string{}
	out := defineRE.ReplaceAllStringFunc(ll, func(def string) string {
		name := defineRE.FindStringSubmatch(def)[1]
		text := strings.ReplaceAll(def, name, "$K")
		sum := sha256.Sum256([]byte(text))
		file := hex.EncodeToString(sum[:8]) + ".ll"
		kernels[file] = text
		return "; @" + name + ": kernels/" + file + "\n"
	})
	return out, kernels
}

// kernelRefs are the kernel files a golden names, by kernel.
func kernelRefs(golden string) map[string]string {
	refs := map[string]string{}
	for _, m := range refRE.FindAllStringSubmatch(golden, -1) {
		refs[m[1]] = m[2]
	}
	return refs
}

var refRE = regexp.MustCompile(`(?m)^; @(\S+): kernels/(\S+)$`)

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

// TestNoGuardedWgmma: no golden kernel issues a wgmma under a guard
// predicate (`@p wgmma…`). ptxas serialises every wgmma of a kernel
// holding one (warning C7520: a compiler-inserted warpgroup arrive in a
// divergent path); the thirty-fourth session's guarded P·V made the
// skipping pair kernel 21–44 % slower on an H100 (BENCHMARKS.md).
func TestNoGuardedWgmma(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "kernels", "*.ll"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden kernels (%v)", err)
	}
	guarded := regexp.MustCompile(`@!?[A-Za-z_][A-Za-z0-9_]* +wgmma\.mma_async`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n += strings.Count(string(src), "wgmma.mma_async")
		if m := guarded.Find(src); m != nil {
			t.Errorf("%s: a guarded wgmma: %q", f, m)
		}
	}
	if n == 0 {
		t.Fatal("no wgmma in the golden kernels: the test checks nothing")
	}
}
