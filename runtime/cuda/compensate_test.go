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

// TestCompKernels: a compensating step whose plan names a score step's
// key means rounds them (its kround kernel, not the k pool) when this
// repetition's scores left them, pools k when they did not (the scores
// ran on the host: rows past SelectLimit) or when the plan names none;
// and a new repetition forgets them with its buffers (beginRep).
func TestCompKernels(t *testing.T) {
	kernels := map[string]*Kernel{
		"a_kbar":   {Name: "a_kbar", Kind: KindCompPool, Arg: "k"},
		"a_kround": {Name: "a_kround", Kind: KindCompPool, Arg: "kmeans"},
		"a_vbar":   {Name: "a_vbar", Kind: KindCompPool, Arg: "v"},
		"a_comp":   {Name: "a_comp", Kind: KindCompList},
		"a_pairs":  {Name: "a_pairs", Kind: KindPairList},
	}
	st := &PlanStep{KeyMeans: "0", Launches: []PlanLaunch{
		{What: "pairs", Kernels: []string{"a_pairs"}},
		{What: "compensate", Kernels: []string{"a_kbar", "a_kround", "a_vbar", "a_comp"}}}}
	means := map[string]Buffer{"0": {Ptr: 7, Size: 64}}
	for _, c := range []struct {
		name     string
		keyMeans string
		have     map[string]Buffer
		want     []string
		round    bool
	}{
		{"scores on the device", "0", means, []string{"a_kround", "a_vbar", "a_comp"}, true},
		{"scores on the host", "0", map[string]Buffer{}, []string{"a_kbar", "a_vbar", "a_comp"}, false},
		{"another step's means", "3", means, []string{"a_kbar", "a_vbar", "a_comp"}, false},
		{"no key means named", "", map[string]Buffer{"": {Ptr: 9, Size: 64}}, []string{"a_kbar", "a_vbar", "a_comp"}, false},
	} {
		st.KeyMeans = c.keyMeans
		names, km, round := compKernels(st, kernels, c.have)
		if diff := cmp.Diff(c.want, names); diff != "" || round != c.round || round && km.Ptr != 7 {
			t.Errorf("%s: launches (-want +got):\n%s; round %v (km %+v), want %v", c.name, diff, round, km, c.round)
		}
	}
	r := &run{p: &Program{}, keyMeans: map[string]Buffer{"0": {Ptr: 7, Size: 64}}}
	r.beginRep()
	if len(r.keyMeans) != 0 {
		t.Errorf("a new repetition still names the last one's key means: %v", r.keyMeans)
	}
}
