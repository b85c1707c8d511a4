package cuda

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEndLists pads lists the select kernels ended with one -1 (entries
// after it undefined) as the host's are, both halves of every row, and
// leaves full and already padded rows alone.
func TestEndLists(t *testing.T) {
	const nk = 4
	got := []int32{
		2, 0, -1, 7 /* flags */, 1, 0, -1, 9, // ended at 2, garbage after
		-1, 3, 3, 3 /* flags */, -1, 5, 5, 5, // empty
		1, 2, 3, 0 /* flags */, 1, 0, 0, 0, // every tile
		3, -1, -1, -1 /* flags */, 0, -1, -1, -1, // padded already
	}
	want := []int32{
		2, 0, -1, -1, 1, 0, -1, -1,
		-1, -1, -1, -1, -1, -1, -1, -1,
		1, 2, 3, 0, 1, 0, 0, 0,
		3, -1, -1, -1, 0, -1, -1, -1,
	}
	EndLists(got, nk)
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("EndLists (-want +got):\n%s", d)
	}
}
