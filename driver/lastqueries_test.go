package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime"
)

// TestLastQueries: -last-queries m keeps the last m rows of the query
// inputs of a kernel whose queries have a dim of their own, so the run is
// the decode step after the input's keys: its output is exactly the last
// m rows of the square kernel's on the whole input (the interpreter, a
// window mask and a score mod reading positions). A square kernel, a
// run without -inputs and m beyond the rows are usage errors.
func TestLastQueries(t *testing.T) {
	dir := t.TempDir()
	body := `{
    s = q @ k^T * rsqrt(128)
    s = s - 0.05 * (qi - ki)
    s = mask(s, causal & window(5))
    return softmax(s) @ v
}
`
	square := filepath.Join(dir, "square.attn")
	decode := filepath.Join(dir, "decode.attn")
	os.WriteFile(square, []byte("kernel sq(q: f32[H, N, 128], k: f32[H, N, 128], v: f32[H, N, 128]) -> f32[H, N, 128] "+body), 0o644)
	os.WriteFile(decode, []byte("kernel dec(q: f32[H, M, 128], k: f32[H, N, 128], v: f32[H, N, 128]) -> f32[H, M, 128] "+body), 0o644)
	in := writeInputs(t, 0.5) // q, k, v: [1, 8, 128]
	full, last := filepath.Join(dir, "full.safetensors"), filepath.Join(dir, "last.safetensors")
	if code, _, errs := runMain(t, "run", "-inputs", in, "-o", full, square); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runMain(t, "run", "-inputs", in, "-last-queries", "3", "-o", last, decode); code != 0 {
		t.Fatal(errs)
	}
	read := func(path string) *runtime.Tensor {
		sf, err := runtime.ReadSafetensorsFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return sf.Tensors["out"]
	}
	f, l := read(full).Float64s(), read(last)
	if got := l.Shape; len(got) != 3 || got[1] != 3 {
		t.Fatalf("output shape %v, want [1 3 128]", got)
	}
	for i, x := range l.Float64s() {
		if want := f[5*128+i]; x != want {
			t.Fatalf("element %d of the last 3 rows: %v, the square kernel's %v", i, x, want)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-inputs", in, "-last-queries", "3", square}, "share the dim N"},
		{[]string{"-last-queries", "1", decode}, "with -inputs"},
		{[]string{"-inputs", in, "-last-queries", "9", decode}, "q has 8 rows"},
	} {
		code, _, errs := runMain(t, append([]string{"run"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want a usage error with %q", c.args, code, errs, c.want)
		}
	}
}
