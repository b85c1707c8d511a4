package cuda

import "testing"

// TestHeadGroup: the blocks' order groups as many heads as keep their K
// and V within l2Budget (d = dv = 128 bf16: 4 MiB a head at 8192),
// counting the query heads of each KV head, one head at least, H at most;
// an explicit group is taken, capped at H; the launch passes it after ch.
func TestHeadGroup(t *testing.T) {
	k := &Kernel{MMA: true, D: 128, DV: 128, BQ: 128, BK: 64}
	for _, c := range []struct {
		a    AttentionArgs
		want int
	}{
		{AttentionArgs{H: 32, N: 8192, Group: 1}, 8},
		{AttentionArgs{H: 32, N: 32768, Group: 1}, 2},
		{AttentionArgs{H: 32, N: 131072, Group: 1}, 1},
		{AttentionArgs{H: 32, N: 1 << 20, Group: 1}, 1},
		{AttentionArgs{H: 32, N: 32768, Group: 4}, 8},
		{AttentionArgs{H: 4, N: 1000, Group: 1}, 4},
		{AttentionArgs{H: 32, N: 8192, Group: 1, HeadGroup: 3}, 3},
		{AttentionArgs{H: 3, N: 8192, Group: 1, HeadGroup: 9}, 3},
	} {
		if got := k.HeadGroup(c.a); got != c.want {
			t.Errorf("H %d, N %d, group %d, HeadGroup %d: %d heads per group, want %d", c.a.H, c.a.N, c.a.Group, c.a.HeadGroup, got, c.want)
		}
		_, _, args, err := k.AttentionLaunch(c.a)
		if err != nil {
			t.Fatal(err)
		}
		if got := args[14]; got != int32(c.want) {
			t.Errorf("H %d, N %d: the launch passes hg %v, want %d", c.a.H, c.a.N, got, c.want)
		}
	}
}
