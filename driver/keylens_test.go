package driver

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/runtime"
)

const kvSource = `kernel kv(q: f32[H, M, 32], k: f32[G, N, 32], v: f32[G, N, 32], lens: i32[B]) -> f32[H, M, 32] {
    s = mask(q @ k^T * rsqrt(32), causal & window(100))
    return softmax(s) @ v
}
`

func writeKV(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kv.attn")
	if err := os.WriteFile(path, []byte(kvSource), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunKeyLengths: attnc run feeds -lens to a kernel with key lengths
// (B is their count) on the interpreter and the CPU, and the report states
// them; without -lens every sequence holds the whole cache.
func TestRunKeyLengths(t *testing.T) {
	path := writeKV(t)
	for _, dev := range []string{"ref", "cpu"} {
		code, out, errs := runMain(t, "run", "-device", dev, "-check", "-json", "-n", "300", "-dims", "M=2", "-heads", "4", "-kv-heads", "2", "-lens", "0,250", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", dev, code, errs)
		}
		var r report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		// Heads 0 and 1 (sequence 0) have no keys, 2 and 3 see the 100
		// keys of the window before 249.
		if len(r.Lens) != 2 || r.Lens[1] != 250 || r.N != 300 || r.M != 2 || *r.RelErr > 1e-5 {
			t.Errorf("%s: lens %v, N %d, M %d, rel_err %v", dev, r.Lens, r.N, r.M, *r.RelErr)
		}
		if dev == "cpu" && (r.RefMatch == nil || !*r.RefMatch || r.TilesVisited != 2*2) {
			t.Errorf("cpu: ref_match %v, %d tiles visited, want 4 (2 heads × tiles 2 and 3)", r.RefMatch, r.TilesVisited)
		}
	}
	code, out, errs := runMain(t, "run", "-n", "300", "-dims", "M=1", "-heads", "2", "-kv-heads", "2", path)
	if code != 0 || !strings.Contains(out, "lens        300 (keys per sequence, of N)") {
		t.Errorf("without -lens: exit %d: %s%s", code, out, errs)
	}
}

// TestVarlenBatch: a batch of prompts of different lengths through key
// lengths (docs/dsl.md): each sequence's queries in the last rows, the
// padding rows before key 0 never visited — on the CPU the tiles visited
// are the sequences' own causal triangles (or squares, with qi >= 0
// instead of causal), and the output matches the interpreter.
func TestVarlenBatch(t *testing.T) {
	for _, c := range []struct {
		mask  string
		tiles int64
	}{
		// Lengths 64, 128, 256 at M = 256, tiles of 64: triangles of 1, 2
		// and 4 query tiles; squares 1·1, 2·2, 4·4.
		{"causal", 1 + 3 + 10},
		{"qi >= 0", 1 + 4 + 16},
	} {
		src := strings.Replace(kvSource, "causal & window(100)", c.mask, 1)
		path := filepath.Join(t.TempDir(), "kv.attn")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runMain(t, "run", "-device", "cpu", "-check", "-json", "-n", "256", "-dims", "M=256", "-heads", "3", "-kv-heads", "3", "-lens", "64,128,256", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.mask, code, errs)
		}
		var r report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.RefMatch == nil || !*r.RefMatch || r.TilesVisited != c.tiles {
			t.Errorf("%s: ref_match %v, %d tiles visited, want %d", c.mask, r.RefMatch, r.TilesVisited, c.tiles)
		}
	}
}

// TestRunKeyLengthsUsage: bad -lens values are usage errors (exit 2)
// that say what is wrong; lengths from a file that do not fit are user
// errors (exit 1).
func TestRunKeyLengthsUsage(t *testing.T) {
	path := writeKV(t)
	base := []string{"run", "-n", "300", "-dims", "M=1", "-heads", "4", "-kv-heads", "2"}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-lens", "abc"}, `-lens: bad length "abc", want a non-negative integer`},
		{[]string{"-lens", "1,-3"}, `-lens: bad length "-3"`},
		{[]string{"-lens", ""}, "-lens: empty"},
		{[]string{"-lens", "301"}, "-lens: sequence 0 has 301 keys, want 0 to the cache's capacity N = 300"},
		{[]string{"-lens", "1,2,3"}, "-lens: 3 sequences do not divide the 4 query heads and 2 KV heads"},
		{[]string{"-lens", "1,2", "-dims", "M=1,B=3"}, "-lens gives 2 lengths, but -dims B=3"},
	} {
		code, _, errs := runMain(t, append(append(append([]string{}, base...), c.args...), path)...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d: %s, want exit 2 and %q", c.args, code, errs, c.want)
		}
	}
	causal := "../examples/causal.attn"
	if code, _, errs := runMain(t, "run", "-lens", "3", causal); code != 2 || !strings.Contains(errs, "-lens: kernel prefill has no key lengths") {
		t.Errorf("-lens for a kernel without key lengths: exit %d: %s", code, errs)
	}
}

// TestRunKeyLengthsInputs: with -inputs the lengths are the file's tensor
// named after the parameter (i32), unless -lens gives them; a file
// without them, or with lengths past the cache, is an error.
func TestRunKeyLengthsInputs(t *testing.T) {
	path := writeKV(t)
	write := func(lens []float64, dt runtime.DType) string {
		in := filepath.Join(t.TempDir(), "in.safetensors")
		ts := map[string]*runtime.Tensor{}
		for _, name := range []string{"q", "k", "v"} {
			rows := 64
			if name == "q" {
				rows = 1
			}
			vals := make([]float64, 2*rows*32)
			for i := range vals {
				vals[i] = float64(i%7) / 7
			}
			ts[name], _ = runtime.FromFloat64(runtime.F32, []int{2, rows, 32}, vals)
		}
		if lens != nil {
			ts["lens"], _ = runtime.FromFloat64(dt, []int{len(lens)}, lens)
		}
		if err := writeFileAtomic(in, func(w io.Writer) error { return runtime.WriteSafetensors(w, nil, ts, nil) }); err != nil {
			t.Fatal(err)
		}
		return in
	}
	report := func(args ...string) report {
		t.Helper()
		code, out, errs := runMain(t, append(append([]string{"run", "-json"}, args...), path)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		var r report
		json.Unmarshal([]byte(out), &r)
		return r
	}
	if r := report("-inputs", write([]float64{5, 64}, runtime.I32)); len(r.Lens) != 2 || r.Lens[0] != 5 || r.Lens[1] != 64 {
		t.Errorf("the file's lengths: %v", r.Lens)
	}
	if r := report("-inputs", write([]float64{5, 64}, runtime.I32), "-lens", "7"); len(r.Lens) != 1 || r.Lens[0] != 7 {
		t.Errorf("-lens over the file's: %v", r.Lens)
	}
	for _, c := range []struct {
		lens []float64
		dt   runtime.DType
		want string
	}{
		{nil, runtime.I32, `no tensor "lens" for the key lengths lens: i32[B]; give them with -lens`},
		{[]float64{5, 65}, runtime.I32, "key lengths lens: sequence 1 has 65 keys, want 0 to the cache's capacity N = 64"},
		{[]float64{5, 6}, runtime.F32, "tensor lens is f32; key lengths are i32"},
	} {
		code, _, errs := runMain(t, "run", "-inputs", write(c.lens, c.dt), path)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("lens %v (%v): exit %d: %s, want %q", c.lens, c.dt, code, errs, c.want)
		}
	}
}

// TestKeyLengthsGPU: the GPU takes key lengths through its decode
// kernels: gen -targets nvptx compiles a decode kernel with them, and
// refuses one whose queries are the cache's rows (no decode path) at the
// attention, saying why.
func TestKeyLengthsGPU(t *testing.T) {
	if _, _, err := nvptx.FindLLC(); err != nil {
		t.Skip(err)
	}
	path := writeKV(t)
	if code, _, errs := runMain(t, "gen", "-targets", "go,nvptx", "-o", t.TempDir(), path); code != 0 {
		t.Errorf("gen -targets go,nvptx: exit %d: %s", code, errs)
	}
	src := strings.NewReplacer("q: f32[H, M, 32]", "q: f32[H, N, 32]", "-> f32[H, M, 32]", "-> f32[H, N, 32]").Replace(kvSource)
	bad := filepath.Join(t.TempDir(), "kv.attn")
	if err := os.WriteFile(bad, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runMain(t, "gen", "-targets", "go,nvptx", "-o", t.TempDir(), bad)
	if code != 1 || !strings.Contains(errs, "kv.attn:3:") || !strings.Contains(errs, "key lengths (%lens) on the GPU take the decode kernels only") {
		t.Errorf("queries that are the cache's rows: exit %d: %s", code, errs)
	}
}

// TestBenchKeyLengths: attnc bench takes -lens; its line states them and
// counts the bytes of k and v the sequences hold, not the capacity.
func TestBenchKeyLengths(t *testing.T) {
	path := writeKV(t)
	code, out, errs := runMain(t, "bench", "-json", "-dims", "M=1", "-n", "512", "-heads", "2", "-kv-heads", "2", "-lens", "100,512", "-repeat", "1", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var l benchLine
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(l.Lens) != 2 || l.N != 512 || l.KVBytes != 2*(100+512)*32*4 {
		t.Errorf("lens %v, n %d, kv bytes %d, want [100 512], 512, %d", l.Lens, l.N, l.KVBytes, 2*(100+512)*32*4)
	}
	code, out, errs = runMain(t, "bench", "-dims", "M=1", "-n", "512", "-heads", "2", "-kv-heads", "2", "-lens", "100,512", "-repeat", "1", path)
	if code != 0 || !strings.Contains(out, "lens") || !strings.Contains(out, "100,512") {
		t.Errorf("the table: exit %d: %s%s", code, out, errs)
	}
	if code, _, errs := runMain(t, "bench", "-dims", "M=1", "-n", "512", "-heads", "2", "-kv-heads", "2", "-lens", "600", path); code != 2 || !strings.Contains(errs, "sequence 0 has 600 keys, want 0 to the cache's capacity N = 512") {
		t.Errorf("-lens past -n: exit %d: %s", code, errs)
	}
}

// TestKeyLengthsDeclaredFirst: the key lengths may be any parameter; the
// report still reads q, k and v, the generated Run takes the tensors in
// their declared order, and bench's synthetic inputs fill q, k, v.
func TestKeyLengthsDeclaredFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "first.attn")
	src := "kernel first(lens: i32[B], q: f16[H, M, 32], k: f16[G, N, 32], v: f16[G, N, 32]) -> f32[H, M, 32] {\n    s = mask(q @ k^T * rsqrt(32), causal)\n    return softmax(s) @ v\n}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runMain(t, "run", "-device", "cpu", "-ref", "-json", "-n", "200", "-dims", "M=3", "-heads", "4", "-kv-heads", "2", "-lens", "7,200", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.N != 200 || r.M != 3 || r.Heads != 4 || r.KVHeads != 2 || r.HeadDim != 32 || *r.RefDiff > 1e-5 || !*r.RefMatch || len(r.PerHead) != 4 {
		t.Errorf("N %d M %d H %d G %d D %d ref_diff %v ref_match %v, %d heads", r.N, r.M, r.Heads, r.KVHeads, r.HeadDim, *r.RefDiff, *r.RefMatch, len(r.PerHead))
	}
	code, out, errs = runMain(t, "bench", "-json", "-dims", "M=1", "-n", "256", "-heads", "2", "-kv-heads", "2", "-lens", "100", "-repeat", "1", path)
	var l benchLine
	if code != 0 || json.Unmarshal([]byte(out), &l) != nil || l.KVBytes != 2*2*100*32*2 || l.Heads != 2 {
		t.Errorf("bench: exit %d, kv bytes %d, heads %d: %s%s", code, l.KVBytes, l.Heads, out, errs)
	}
}

// TestBenchKeyCache: attnc bench -key-cache runs the sparse kernel as a
// decode loop with its key tiles' summaries kept (runtime.Options.KeyCache
// in the generated package, a key appended per run) on the CPU (the GPU's
// loop: TestGPUKeyCache).
func TestBenchKeyCache(t *testing.T) {
	path := writeKV(t)
	sched := "tile(q: 64, k: 64); score(mean); select(density: 0.25, keep: [sink, diagonal])"
	code, out, errs := runMain(t, "bench", "-json", "-key-cache", "-passes", sched, "-dims", "M=1", "-n", "512", "-heads", "2", "-kv-heads", "2", "-lens", "100,400", "-repeat", "5", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var l benchLine
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if l.SparseMS <= 0 || l.Density <= 0 || l.Density >= 1 {
		t.Errorf("sparse %v ms at density %v: %s", l.SparseMS, l.Density, out)
	}
}
