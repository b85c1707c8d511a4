package golang_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/attnc/attnc/codegen/golang"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.go.golden with the current output")

// TestGolden compiles every testdata/golden/NAME.attn through the frontend,
// its schedule and tile.Lower, generates its Go package, and compares the
// generated Go files with testdata/golden/NAME.go.golden, a txtar archive
// with one section per file. The tile IR is not a section: its printed form
// is passes' golden tests' business, and a change there that leaves the Go
// alone is no change here. The amd64 assembly is left out too: it is avo's
// output, checked in codegen/amd64. Run with -update to regenerate, and
// review the diff like any other code change.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*.attn")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".attn")
		t.Run(name, func(t *testing.T) {
			got := goldenFiles(t, in, name)
			path := strings.TrimSuffix(in, ".attn") + ".go.golden"
			if *update {
				if err := os.WriteFile(path, txtar.Format(&txtar.Archive{Files: got}), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			want := map[string]string{}
			for _, f := range ar.Files {
				want[f.Name] = string(f.Data)
			}
			for _, f := range got {
				w, ok := want[f.Name]
				if !ok {
					t.Errorf("%s: new section %s (rerun with -update if intended)", path, f.Name)
					continue
				}
				if diff := cmp.Diff(w, string(f.Data)); diff != "" {
					t.Errorf("%s: section %s differs (-want +got), rerun with -update if intended:\n%s", path, f.Name, diff)
				}
				delete(want, f.Name)
			}
			for s := range want {
				t.Errorf("%s: section %s is no longer generated", path, s)
			}
		})
	}
}

// goldenFiles compiles the DSL file at path and returns the sections of its
// golden archive: every generated Go file.
func goldenFiles(t *testing.T, path, name string) []txtar.File {
	t.Helper()
	files, err := golang.Generate(lowerFile(t, path), golang.Options{Package: name, Source: filepath.Base(path)})
	if err != nil {
		t.Fatal(err)
	}
	var out []txtar.File
	for _, f := range files {
		if strings.HasSuffix(f.Suffix, ".go") {
			out = append(out, txtar.File{Name: name + "_attnc" + f.Suffix, Data: f.Data})
		}
	}
	return out
}
