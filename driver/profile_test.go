package driver

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchCPUProfile: -cpuprofile writes, per size, a runtime/pprof CPU
// profile of the sparse kernel's repetitions (gzip-compressed protobuf
// of the harness binary, kernel.bin), and is refused for a device other
// than the CPU.
func TestBenchCPUProfile(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "sparse.prof")
	var out, errb bytes.Buffer
	args := []string{"bench", "-n", "1024,2048", "-heads", "2", "-repeat", "4", "-cpuprofile", prof, filepath.Join("..", "examples", "causal.attn")}
	if code := Main(args, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, n := range []string{"1024", "2048"} {
		f, err := os.Open(prof + "." + n)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("profile for N=%s: %v", n, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatalf("profile for N=%s: %v", n, err)
		}
		if !bytes.Contains(b, []byte("kernel.bin")) { // the harness's mapping (samples may be few)
			t.Errorf("profile for N=%s (%d bytes) is not the kernel harness's", n, len(b))
		}
	}
	if _, err := os.Stat(prof); err == nil {
		t.Errorf("%s written: with several sizes each gets its own file", prof)
	}
	errb.Reset()
	if code := Main([]string{"bench", "-device", "cuda", "-cpuprofile", prof, filepath.Join("..", "examples", "causal.attn")}, &out, &errb); code == 0 || !strings.Contains(errb.String(), "-cpuprofile") {
		t.Errorf("-device cuda with -cpuprofile: exit %d, %q", code, errb.String())
	}
}
