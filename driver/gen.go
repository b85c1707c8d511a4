package driver

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/ir/tile"
)

// cmdGen writes the Go package of a DSL file: attnc gen [-pkg NAME] [-o DIR] FILE.
func cmdGen(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkg := fs.String("pkg", "", "package name (default: the file's base name)")
	outDir := fs.String("o", ".", "directory to write NAME_attnc.go into")
	targets := fs.String("targets", "go", "backends to emit: go (amd64 and nvptx are not built yet)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: attnc gen [-pkg NAME] [-o DIR] FILE\n\nWrites a Go package with a typed API per kernel of FILE (see docs/gen.md).")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("want one file, got %d", len(files))
	}
	if *targets != "go" {
		return usagef("-targets %s: only the go backend exists so far", *targets)
	}
	out, name, err := generate(files[0], *pkg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	for _, f := range out {
		path := filepath.Join(*outDir, name+"_attnc"+f.Suffix)
		if old, err := os.ReadFile(path); err == nil && string(old) == string(f.Data) {
			continue // unchanged: keep the file's timestamp
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// generate compiles a DSL file to the Go files of its package and returns
// them with the file's base name.
func generate(path, pkg string) ([]golang.File, string, error) {
	prog, err := compile(path, &driverFlags{}, nil, nil)
	if err != nil {
		return nil, "", err
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if pkg == "" {
		pkg = packageName(base)
	}
	var progs []*tile.Program
	for _, f := range prog.Module.Funcs {
		p, err := tile.Lower(f)
		if err != nil {
			return nil, "", err
		}
		progs = append(progs, p)
	}
	// The header names the file as given relative to nothing machine-specific.
	src, err := golang.Generate(progs, golang.Options{Package: pkg, Source: filepath.ToSlash(filepath.Base(path))})
	return src, packageName(base), err
}

// packageName turns a file name into a Go package name.
func packageName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) && b.Len() > 0 {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "kernels"
	}
	return b.String()
}
