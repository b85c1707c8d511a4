package cuda

import (
	"slices"
	"testing"

	"github.com/attnc/attnc/runtime/sparse"
)

// TestRowFlagMasks: by hand, RowTiles's words of two items (BQ 128: two
// flag words a listed tile) into flags — a row's bit set where its word
// is not zero — and the items' offsets scaled from BQ words a tile to
// two.
func TestRowFlagMasks(t *testing.T) {
	const bq = 128
	words := make([]uint64, 3*bq) // item 0: one listed tile; item 1: two
	words[0] = 0xff               // item 0, tile 0, row 0
	words[63] = 1                 // row 63
	words[64] = 1 << 63           // row 64: the second word
	words[bq+5] = 0xf0            // item 1, tile 0, row 5
	words[2*bq+127] = 3           // item 1, tile 1, row 127
	tl := sparse.RowTileLists{Masks: words, Offsets: []int{0, bq, 3 * bq}}
	masks, offs := RowFlagMasks(tl, bq)
	want := []uint64{1 | 1<<63, 1, 1 << 5, 0, 0, 1 << 63}
	if !slices.Equal(masks, want) {
		t.Errorf("flags %#x, want %#x", masks, want)
	}
	if !slices.Equal(offs, []int{0, 2, 6}) {
		t.Errorf("offsets %v, want [0 2 6]", offs)
	}
	for _, c := range []struct {
		block  int
		tokens bool
		bk     int
		want   bool
	}{{64, false, 64, true}, {128, false, 64, true}, {16, false, 64, false}, {96, false, 64, false}, {1, true, 64, false}, {64, true, 64, false}} {
		if got := RowFlags(c.block, c.tokens, c.bk); got != c.want {
			t.Errorf("RowFlags(%d, %v, %d) = %v", c.block, c.tokens, c.bk, got)
		}
	}
}
