package tests

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoGenerateFromUserModule follows docs/gen.md's recipe as a new user
// would, in a module of their own: attnc as a Go 1.24 tool (go get -tool,
// with a replace to this checkout), `//go:generate go tool attnc gen`, go
// generate, go build and the binary. It also checks that the generated CPU
// package and the program keep the compiler's dependencies (llir, purego,
// x/image) out of the build. Everything uses the go on PATH and the shared
// module cache; this checkout's go.sum is copied in so that nothing is
// looked up on the network.
func TestGoGenerateFromUserModule(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go on PATH: the recipe needs the Go toolchain")
	}
	checkout, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	write := func(name, text string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The user module's go get resolves attnc's whole module graph, go.mod
	// files the checkout's own build never reads among it (llir's
	// go-cmp v0.3.1): a fresh module cache lacks them. Fetch them the way
	// the environment fetches modules (a no-op once cached, as in CI,
	// which runs go mod download first), before the offline steps below.
	dl := exec.Command(goBin, "mod", "download")
	dl.Dir = checkout
	if out, err := dl.CombinedOutput(); err != nil {
		t.Skipf("go mod download in the checkout failed, so the offline recipe below cannot resolve attnc's modules: %v\n%s", err, out)
	}
	sum, err := os.ReadFile(filepath.Join(checkout, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}

	// docs/gen.md, "From your own module".
	run(goBin, "mod", "init", "example.com/user")
	run(goBin, "mod", "edit", "-replace", "github.com/attnc/attnc="+checkout)
	write("go.sum", string(sum))
	run(goBin, "get", "-tool", "github.com/attnc/attnc/cmd/attnc@v0.0.0")
	write("kern/sparse.attn", `kernel prefill(q: f32[H, N, 64], k: f32[H, N, 64], v: f32[H, N, 64]) -> f32[H, N, 64] {
    s = q @ k^T * rsqrt(64)
    s = mask(s, causal)
    return softmax(s) @ v
}

schedule prefill {
    tile(q: 64, k: 64)
    score(mean)
    select(density: 0.5, keep: [sink, diagonal])
}
`)
	write("kern/doc.go", `// Package kern is sparse.attn compiled by attnc.
package kern

//go:generate go tool attnc gen -pkg kern -o . sparse.attn
`)
	write("main.go", `package main

import (
	"context"
	"fmt"
	"os"

	"example.com/user/kern"
	"github.com/attnc/attnc/runtime"
)

func main() {
	const h, n, d = 2, 256, 64
	q, k, v := runtime.New(runtime.F32, h, n, d), runtime.New(runtime.F32, h, n, d), runtime.New(runtime.F32, h, n, d)
	for i := range q.Len() {
		q.Set(i, float32(i%7)/7)
		k.Set(i, float32(i%5)/5)
		v.Set(i, 1)
	}
	out := runtime.New(runtime.F32, h, n, d)
	x := kern.NewPrefill(runtime.Options{Workers: 2})
	defer x.Close()
	st, err := x.Run(context.Background(), q, k, v, out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// v is all ones: every row of a softmax-weighted sum of it is 1.
	fmt.Printf("out %g %g density %.3f\n", out.At(0), out.At(out.Len()-1), st.Density)
}
`)
	run(goBin, "generate", "./...")
	for _, f := range []string{"sparse_attnc.go", "sparse_attnc_amd64.go", "sparse_attnc_amd64.s"} {
		if _, err := os.Stat(filepath.Join(dir, "kern", f)); err != nil {
			t.Errorf("go generate did not write kern/%s (docs/gen.md says it does)", f)
		}
	}
	run(goBin, "build", "-o", "app", ".")
	out := run(filepath.Join(dir, "app"))
	var first, last, density float64
	if _, err := fmt.Sscanf(out, "out %g %g density %g", &first, &last, &density); err != nil ||
		math.Abs(first-1) > 1e-5 || math.Abs(last-1) > 1e-5 || density <= 0 || density >= 1 {
		t.Errorf("the program printed %q, want outputs of 1 and a sparse density", out)
	}

	// A CPU-only user builds none of the compiler's dependencies.
	for _, pkg := range []string{"./kern", "."} {
		for _, dep := range strings.Fields(run(goBin, "list", "-deps", pkg)) {
			for _, heavy := range []string{"github.com/llir/", "github.com/ebitengine/purego", "golang.org/x/image"} {
				if strings.HasPrefix(dep, heavy) {
					t.Errorf("go list -deps %s: %s; the generated CPU package must not pull it in", pkg, dep)
				}
			}
		}
	}
}
