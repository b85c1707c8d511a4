package driver

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime/cuda"
)

// TestGPURunMemory: a run's device buffers at their peak do not grow with
// its repetitions (a repetition's buffers are freed when the next begins;
// they were kept to the run's end, and S2O at N = 131072 with 32 heads
// held 50 GB after the warm-up and one run). Its kernels come from
// ATTNC_CACHE_DIR or llc.
func TestGPURunMemory(t *testing.T) {
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	peak := func(args ...string) float64 {
		var stdout, stderr strings.Builder
		if code := Main(append([]string{"run", "-device", "cuda", "-json"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		var rep struct {
			DeviceMB float64 `json:"device_mb"`
		}
		if err := json.Unmarshal([]byte(stdout.String()), &rep); err != nil {
			t.Fatalf("%v: %v: %s", args, err, stdout.String())
		}
		return rep.DeviceMB
	}
	for _, args := range [][]string{
		{"../examples/s2o.attn", "-n", "1500", "-heads", "4", "-synthetic", "3"},
		{"../examples/pbs.attn", "-n", "1500", "-heads", "4", "-synthetic", "3"},
		{"../examples/moba.attn", "-n", "1500", "-heads", "4", "-synthetic", "3"},
	} {
		one, four := peak(append([]string{"-repeat", "1"}, args...)...), peak(append([]string{"-repeat", "4"}, args...)...)
		if one <= 0 || four != one {
			t.Errorf("%v: %.3f MB of device buffers at the peak with one repetition, %.3f with four", args, one, four)
		}
		t.Logf("%v: %.3f MB", args, one)
	}
}
