package custompass_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/attnc/attnc/driver"
	_ "github.com/attnc/attnc/examples/custompass"
)

// TestStreamingFromSchedule uses the user pass by name from a schedule and
// from -passes, through the same driver attnc uses, and checks what it
// computes: the sink, the diagonal and two tiles per query tile.
func TestStreamingFromSchedule(t *testing.T) {
	var out, errb bytes.Buffer
	code := driver.Main([]string{"ir", "streaming.attn"}, &out, &errb)
	if code != 0 {
		t.Fatalf("attnc ir: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "blockselect %0 mode=top top=1 sink diagonal local=2") {
		t.Errorf("the pass did not build the selection:\n%s", out.String())
	}
	out.Reset()
	code = driver.Main([]string{"run", "-json", "-check", "-n", "640", "-heads", "2", "streaming.attn"}, &out, &errb)
	if code != 0 {
		t.Fatalf("attnc run: exit %d: %s", code, errb.String())
	}
	var rep struct {
		Density      float64 `json:"density"`
		TilesVisited int     `json:"tiles_visited"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	// 10 query tiles of 64: tile I visits min(I+1, 4) tiles (sink, two
	// local, diagonal; fewer near the start) → 1+2+3+4·7 = 34 per head.
	if rep.TilesVisited != 2*34 {
		t.Errorf("visited %d tiles, want %d", rep.TilesVisited, 2*34)
	}
	if rep.Density <= 0 || rep.Density >= 1 {
		t.Errorf("density %v", rep.Density)
	}
	out.Reset()
	errb.Reset()
	code = driver.Main([]string{"ir", "-passes", "streaming(window: 0)", "streaming.attn"}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "-passes:1:1: streaming(window: 0): the window must be at least 1 tile") {
		t.Errorf("bad argument: exit %d, %q", code, errb.String())
	}
}
