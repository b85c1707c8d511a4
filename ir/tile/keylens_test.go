package tile_test

import (
	"os"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/tile"
)

// TestKeyLengthsTileIR: a kernel with key lengths lowers to a step that
// reads them as its last argument with grid lens, prints and parses back,
// and a target that does not take them refuses the program at the step's
// DSL position.
func TestKeyLengthsTileIR(t *testing.T) {
	path := "../../examples/kvcache.attn"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := tile.Lower(compile(t, path, src).Funcs[0])
	if err != nil {
		t.Fatal(err)
	}
	text := p.String()
	if !strings.Contains(text, "kernel attention %q, %k, %v, %lens : f32[H,M,128] {\n    grid tiles=64 lens\n") {
		t.Errorf("no grid lens over %%lens:\n%s", text)
	}
	q, err := tile.Parse("t.tile", text)
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	if again := q.String(); again != text || !q.HasKeyLengths() || q.Steps[0].KeyLengths() != q.Params[3] {
		t.Errorf("round trip: %v %v\n%s\n---\n%s", q.HasKeyLengths(), q.Steps[0].KeyLengths(), text, again)
	}

	noLens := strings.Replace(text, "grid tiles=64 lens", "grid tiles=64", 1)
	if _, err := tile.Parse("t.tile", noLens); err == nil || !strings.Contains(err.Error(), "argument %lens is key lengths, but the grid does not say lens") {
		t.Errorf("lens without grid lens: %v", err)
	}
	threeArgs := strings.Replace(text, "%v, %lens : f32", "%v : f32", 1)
	if _, err := tile.Parse("t.tile", threeArgs); err == nil || !strings.Contains(err.Error(), "grid lens, but the last of 4 arguments is not lens: i32[B]") {
		t.Errorf("grid lens without lens: %v", err)
	}

	gpu := &tile.Target{Name: "gpu"}
	err = gpu.Run(q)
	if err == nil || !strings.Contains(err.Error(), "kvcache.attn:10:23: kernel kvcache: the gpu target does not take key lengths (%lens: i32[B]) yet") {
		t.Errorf("a target without key lengths: %v", err)
	}
	if err := (&tile.Target{Name: "cpu-like", KeyLengths: true}).Run(q); err != nil {
		t.Errorf("a target with key lengths: %v", err)
	}
}
