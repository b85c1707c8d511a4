package passes_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// TestGolden compiles the "in.attn" section of every testdata/*.txtar file
// and compares the IR after each pass, the tile IR after lowering (and the
// passes' debug stream) with the file's other sections. An optional "passes" section replaces the
// schedule. Run with -update to regenerate.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := runGolden(t, ar)
			if *update {
				ar.Files = got
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string]string{}
			for _, f := range ar.Files {
				want[f.Name] = string(f.Data)
			}
			for _, f := range got {
				if diff := cmp.Diff(want[f.Name], string(f.Data)); diff != "" {
					t.Errorf("section %s differs (-want +got), rerun with -update if intended:\n%s", f.Name, diff)
				}
				delete(want, f.Name)
			}
			for name := range want {
				t.Errorf("section %s is no longer produced", name)
			}
		})
	}
}

func runGolden(t *testing.T, ar *txtar.Archive) []txtar.File {
	var src, pipeline []byte
	hasPipeline := false
	for _, f := range ar.Files {
		switch f.Name {
		case "in.attn":
			src = f.Data
		case "passes":
			pipeline, hasPipeline = f.Data, true
		}
	}
	out := []txtar.File{{Name: "in.attn", Data: src}}
	if hasPipeline {
		out = append(out, txtar.File{Name: "passes", Data: pipeline})
	}
	prog, err := frontend.Compile("in.attn", src, frontend.Options{CheckPass: passes.Check})
	if err != nil {
		return append(out, txtar.File{Name: "errors", Data: []byte(err.Error() + "\n")})
	}
	var override []ir.PassCall
	if hasPipeline {
		override, err = frontend.ParsePipeline(string(pipeline))
		if err != nil {
			t.Fatal(err)
		}
		if override == nil {
			override = []ir.PassCall{}
		}
	}
	var debug bytes.Buffer
	sections := map[string]*bytes.Buffer{}
	var order []string
	for _, f := range prog.Module.Funcs {
		sched := prog.Schedules[f.Name]
		if hasPipeline {
			sched = override
		}
		steps, err := passes.Pipeline(sched)
		if err != nil {
			return append(out, txtar.File{Name: "errors", Data: []byte(err.Error() + "\n")})
		}
		for _, st := range steps {
			if _, err := passes.Run(f, []passes.Step{st}, &passes.Options{VerifyEach: true, Debug: &debug}); err != nil {
				return append(out, txtar.File{Name: "errors", Data: []byte(err.Error() + "\n")})
			}
			name := st.Pass.Name
			if sections[name] == nil {
				sections[name] = &bytes.Buffer{}
				order = append(order, name)
			}
			sections[name].WriteString(f.String())
		}
	}
	for _, name := range order {
		out = append(out, txtar.File{Name: name, Data: sections[name].Bytes()})
	}
	var tiles bytes.Buffer
	for _, f := range prog.Module.Funcs {
		p, err := tile.Lower(f)
		if err != nil {
			tiles.WriteString("error: " + err.Error() + "\n")
			continue
		}
		tiles.WriteString(p.String())
	}
	out = append(out, txtar.File{Name: "tile-ir", Data: tiles.Bytes()})
	if debug.Len() > 0 {
		out = append(out, txtar.File{Name: "debug", Data: []byte(strings.TrimRight(debug.String(), "\n") + "\n")})
	}
	return out
}
