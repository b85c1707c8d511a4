package driver

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileAtomic: a writer that fails midway (a full disk) leaves the
// old file as it was and no temporary file behind; one that succeeds
// replaces it, keeping its permissions.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.safetensors")
	os.WriteFile(path, []byte("good old content"), 0o640)
	full := errors.New("no space left on device")
	err := writeFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half of the new")
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("err = %v, want the writer's", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "good old content" {
		t.Errorf("after a failed write the file holds %q", b)
	}
	if err := writeFileAtomic(path, bytesWriter([]byte("new"))); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file holds %q, want new", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", st.Mode().Perm())
	}
	assertOnly(t, dir, "out.safetensors")
}

// TestWriteFilesAllOrNone: when one of several files fails, none is
// replaced.
func TestWriteFilesAllOrNone(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, []byte("old a"), 0o644)
	os.WriteFile(b, []byte("old b"), 0o644)
	err := writeFilesAtomic([]outFile{
		{a, bytesWriter([]byte("new a"))},
		{b, func(io.Writer) error { return errors.New("disk full") }},
	})
	if err == nil {
		t.Fatal("no error")
	}
	for p, want := range map[string]string{a: "old a", b: "old b"} {
		if got, _ := os.ReadFile(p); string(got) != want {
			t.Errorf("%s holds %q, want %q", p, got, want)
		}
	}
	assertOnly(t, dir, "a", "b")
}

// TestGenAllOrNone: gen that fails on one of its files (here the assembly's
// path is a folder) leaves the package as it was: the old Go file is not
// replaced by a new one that no longer matches the rest.
func TestGenAllOrNone(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "causal_attnc.go")
	os.WriteFile(old, []byte("package causal // the old package\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "causal_attnc_amd64.s"), 0o755)
	code, _, errs := runMain(t, "gen", "-o", dir, "../examples/causal.attn")
	if code != 1 || !strings.Contains(errs, "causal_attnc_amd64.s: not a regular file") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(old); string(b) != "package causal // the old package\n" {
		t.Errorf("gen failed but replaced causal_attnc.go")
	}
	assertOnly(t, dir, "causal_attnc.go", "causal_attnc_amd64.s")
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}
