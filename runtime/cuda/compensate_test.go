package cuda

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCompLaunchKeyMeans: the kbar kernel that rounds the scores' key
// means (Arg "kmeans") covers G·NK·d means, four a thread, reading
// AttentionArgs.KeyMeans and writing KBar; without key means it is an
// error, not a launch over nothing.
func TestCompLaunchKeyMeans(t *testing.T) {
	k := Kernel{Name: "a_kround", Kind: KindCompPool, Arg: "kmeans", BlockRows: 256, D: 128}
	a := AttentionArgs{H: 8, Group: 2, Tables: Tables{NQ: 33, NK: 33}, KBar: Buffer{Ptr: 0x1000, Size: 2 * 4 * 33 * 128}, KeyMeans: Buffer{Ptr: 0x9000, Size: 4 * 4 * 33 * 128}}
	grid, block, args, err := k.CompLaunch(a, Buffer{}, 0, Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	n := 4 * 33 * 128 // G = H/Group KV heads
	if grid != [3]uint32{uint32((n + 1023) / 1024), 1, 1} || block != [3]uint32{256, 1, 1} {
		t.Errorf("grid %v block %v for %d means", grid, block, n)
	}
	if diff := cmp.Diff([]any{uint64(0x9000), uint64(0x1000), int32(n)}, args); diff != "" {
		t.Errorf("args (-want +got):\n%s", diff)
	}
	a.KeyMeans = Buffer{}
	if _, _, _, err := k.CompLaunch(a, Buffer{}, 0, Buffer{}); err == nil || !strings.Contains(err.Error(), "none given") {
		t.Errorf("no key means: %v", err)
	}
}
