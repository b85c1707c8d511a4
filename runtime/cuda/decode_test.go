package cuda

import "testing"

// TestDecodeShape: the decode launch's head blocks share a KV head and a
// list, its variant holds a block's rows where one does, and its strided
// splits cover every list entry exactly once.
func TestDecodeShape(t *testing.T) {
	variants := []*Kernel{{Rows: 1}, {Rows: 2}, {Rows: 4}, {Rows: 8}}
	for _, c := range []struct {
		H, M, group, lh, nk, sms int
		hr, rows                 int
	}{
		{32, 1, 1, 0, 2048, 132, 1, 1}, // MHA, one list for all heads: a head per block
		{32, 1, 4, 0, 2048, 132, 4, 4}, // GQA 32/8: the group's four heads
		{32, 1, 4, 1, 2048, 132, 1, 1}, // a list per head (a selection): one head
		{8, 3, 4, 2, 100, 132, 2, 8},   // proxy lists shared by two heads: 2·3 rows in the 8-row variant
		{8, 16, 8, 0, 13, 132, 8, 8},   // MQA, 8·16 rows: the largest variant, in 16 CTAs
		{2, 1, 1, 0, 1563, 132, 1, 1},  // few blocks: many splits
		{512, 1, 1, 0, 512, 132, 1, 1}, // many blocks: few splits
		{4, 7, 1, 1, 1, 132, 1, 8},     // one key tile
	} {
		tb := Tables{NQ: 1, NK: c.nk, LH: c.lh}
		k, hr, S, T := decodeShape(variants, tb, c.H, c.M, c.group, c.sms)
		if hr != c.hr || k.Rows != c.rows {
			t.Errorf("%+v: hr %d, rows per CTA %d; want %d, %d", c, hr, k.Rows, c.hr, c.rows)
		}
		if c.group%hr != 0 || tb.listDivisor(c.H)%hr != 0 {
			t.Errorf("%+v: head blocks of %d do not share a KV head and a list", c, hr)
		}
		seen := make([]int, c.nk)
		for s := range S {
			for j := range T {
				if e := s + j*S; e < c.nk {
					seen[e]++
				}
			}
		}
		for e, n := range seen {
			if n != 1 {
				t.Fatalf("%+v: S=%d T=%d: entry %d taken %d times", c, S, T, e, n)
			}
		}
		if S < 1 || S > c.nk {
			t.Errorf("%+v: %d splits of %d entries", c, S, c.nk)
		}
	}
}
