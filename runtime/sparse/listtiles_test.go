package sparse

import (
	"slices"
	"testing"
)

// TestListTiles: a row's tiles are its first half up to the first -1 —
// not its flags (the second half, 0s and 1s, which a stride of NK instead
// of 2·NK reads as the next row: internal/pairstat did, thirty-third
// session) — and a full row has no -1.
func TestListTiles(t *testing.T) {
	const nk = 4
	lists := []int32{
		3, 0, -1, 2 /* flags */, 1, 1, -1, 0, // row 0: two tiles, then entries after the -1 that are not the list's
		1, 2, 3, 0 /* flags */, 0, 0, 1, 1, // row 1: full
	}
	for r, want := range [][]int32{{3, 0}, {1, 2, 3, 0}} {
		if got := ListTiles(lists, r, nk); !slices.Equal(got, want) {
			t.Errorf("row %d: %v, want %v", r, got, want)
		}
	}
	// Every row of a real selection: no tile twice, each a key tile.
	e := []float64{0.5, 0.1, 0.4, 0.0, 0.3, 0.9, 0.2, 0.6}
	sel := BlockSelect(e, 1, 2, nk, SelectSpec{Mode: "top", Top: 2, BQ: 64, BK: 64}, nil, 128, 256)
	for r := range 2 {
		tiles := ListTiles(sel, r, nk)
		if len(tiles) == 0 || len(tiles) > nk {
			t.Fatalf("row %d: %v", r, tiles)
		}
		seen := map[int32]bool{}
		for _, J := range tiles {
			if J < 0 || J >= nk || seen[J] {
				t.Fatalf("row %d: %v holds %d twice or out of range", r, tiles, J)
			}
			seen[J] = true
		}
	}
}
