package tests

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/golang"
	"github.com/attnc/attnc/ir/tile"
)

// TestDecodeLoopOnCPU: a generated kernel with key lengths kept through a
// loop of runs — the lengths growing by a key or two a step, now and then
// by a chunk, now and then starting over, as a decode loop and a chunked
// prefill move them — gives every run the output and the pair counts
// (allowed, computed, tiles visited; per head) of a fresh kernel, bit for bit: what the
// kernel keeps between runs (the mask's classes over a range of lengths,
// sparse.Horizons; the scoring's key-tile summaries with
// runtime.Options.KeyCache) must follow the lengths. Every mask of
// TestDecodePathOnCPU, a product in a mask (kept for one length only), a
// sparse schedule, one query and twenty (the prefill path), two sequences.
func TestDecodeLoopOnCPU(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a harness")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go on PATH: %v", err)
	}
	var src strings.Builder
	var names []string
	add := func(name, body, sched string) {
		fmt.Fprintf(&src, "kernel %s(q: f16[H, M, 64], k: f16[G, C, 64], v: f16[G, C, 64], lens: i32[B]) -> f32[H, M, 64] {\n    s = q @ k^T * rsqrt(64)\n    %s\n    return softmax(s) @ v\n}\n", name, body)
		if sched != "" {
			fmt.Fprintf(&src, "schedule %s {\n    %s\n}\n", name, sched)
		}
		names = append(names, name)
	}
	for i, m := range decodeMasks {
		sched := ""
		if i%2 == 1 {
			sched = "tile(q: 8, k: 64)"
		}
		add(m.name, m.body, sched)
	}
	add("product", "s = mask(s, (qi - ki) * 2 < 150)", "tile(q: 8, k: 16)")
	add("sparse", "s = mask(s, causal & window(700))", "tile(q: 8, k: 16)\n    score(mean)\n    select(density: 0.3, keep: [sink, diagonal])")
	funcs := compileFuncs(t, src.String())
	var progs []*tile.Program
	for _, f := range funcs {
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, p)
	}
	files, err := golang.Generate(progs, golang.Options{Package: "kernels", Source: "k.attn"})
	if err != nil {
		t.Fatal(err)
	}
	root, _ := filepath.Abs("..")
	dir := writeKernelModule(t, root, files, decodeLoopMain(names))
	cmd := exec.Command("go", "run", ".")
	cmd.Dir, cmd.Env = dir, append(os.Environ(), kernelModuleEnv...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("runs compared")) {
		t.Fatalf("the harness compared nothing:\n%s", out)
	}
	t.Logf("%s", out)
}

// decodeLoopMain is TestDecodeLoopOnCPU's harness: per kernel and query
// count, 150 runs of one kept kernel against a fresh one each.
func decodeLoopMain(names []string) []byte {
	var b bytes.Buffer
	b.WriteString(`package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"slices"

	"attnctest/kernels"
	"github.com/attnc/attnc/runtime"
)

type kernel interface {
	Run(ctx context.Context, q, k, v, lens, out *runtime.Tensor) (runtime.Stats, error)
	Close()
}

func counts(s runtime.Stats) []int64 {
	c := []int64{s.Allowed, s.Computed, s.TilesVisited}
	for _, h := range s.PerHead {
		c = append(c, h.Allowed, h.Computed, h.TilesVisited)
	}
	return c
}

func loop(name string, m int, fresh func() kernel) int {
	r := rand.New(rand.NewSource(int64(len(name) * m)))
	const hs, b, c, d = 2, 2, 700, 64
	q := runtime.New(runtime.F16, hs*b, m, d)
	k := runtime.New(runtime.F16, b, c, d)
	v := runtime.New(runtime.F16, b, c, d)
	for _, t := range []*runtime.Tensor{q, k, v} {
		for i := range t.Len() {
			t.Set(i, float32(r.NormFloat64()))
		}
	}
	lens := runtime.New(runtime.I32, b)
	kept := fresh()
	defer kept.Close()
	got, want := runtime.New(runtime.F32, hs*b, m, d), runtime.New(runtime.F32, hs*b, m, d)
	runs := 0
	for step := range 150 {
		for s := range b {
			n := int(lens.Int32(s))
			switch x := r.Intn(25); {
			case x == 0: // starts over
				n = r.Intn(n + 1)
			case x == 1: // a chunk
				n += r.Intn(150)
			default: // decode steps
				n += r.Intn(3)
			}
			lens.SetInt32(s, int32(min(n, c)))
		}
		sk, err := kept.Run(context.Background(), q, k, v, lens, got)
		if err != nil {
			fmt.Println(name, err)
			os.Exit(1)
		}
		f := fresh()
		sf, err := f.Run(context.Background(), q, k, v, lens, want)
		f.Close()
		if err != nil {
			fmt.Println(name, err)
			os.Exit(1)
		}
		if !bytes.Equal(got.Data, want.Data) || !slices.Equal(counts(sk), counts(sf)) {
			fmt.Printf("%s M=%d step %d lens %v: the kept kernel differs from a fresh one (pairs %v, fresh %v)\n", name, m, step, []int32{lens.Int32(0), lens.Int32(1)}, counts(sk), counts(sf))
			os.Exit(1)
		}
		runs++
	}
	return runs
}

func main() {
	runs := 0
	for _, m := range []int{1, 20} {
`)
	for _, name := range names {
		T := golang.TypeName(name)
		fmt.Fprintf(&b, "\t\truns += loop(%q, m, func() kernel { return kernels.New%s(runtime.Options{KeyCache: true}) })\n", name, T)
	}
	b.WriteString(`	}
	fmt.Println(runs, "runs compared")
}
`)
	return b.Bytes()
}
