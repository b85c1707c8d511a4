package nvptx_test

import (
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
)

// offsetKernel is a kernel of dt inputs whose queries are [H, qlen, 64]
// against keys [H, N, 64], with a score mod reading qi and the mask.
func offsetKernel(dt, qlen, mask, schedule string) string {
	src := `kernel k(q: ` + dt + `[H, ` + qlen + `, 64], k: ` + dt + `[H, N, 64], v: ` + dt + `[H, N, 64]) -> f32[H, ` + qlen + `, 64] {
    s = q @ k^T * rsqrt(64)
    s = s - 0.0625 * (qi - ki)
    s = mask(s, ` + mask + `)
    return softmax(s) @ v
}
`
	if schedule != "" {
		src += "schedule k {\n    " + strings.ReplaceAll(schedule, "; ", "\n    ") + "\n}\n"
	}
	return src
}

// TestOffsetQueriesOnTheGPU: with queries shorter than the keys (M or a
// fixed 1 against N) the attention kernels — the scalar one for f32, the
// tensor-core one for bf16 — add N − M to the row the mask and the mod
// read (query row i sits at position i + N − M), and llc compiles them;
// with one length (N against N) they emit nothing for it, so the kernels
// of M = N stay as they were (the goldens check that).
func TestOffsetQueriesOnTheGPU(t *testing.T) {
	llc, _, llcErr := nvptx.FindLLC()
	for _, dt := range []string{"f32", "bf16"} {
		for _, qlen := range []string{"M", "1", "N"} {
			for _, sched := range []string{"", "score(mean); select(density: 0.3, keep: [diagonal])"} {
				what := dt + " q[H," + qlen + ",64] " + sched
				p := lower(t, "k.attn", []byte(offsetKernel(dt, qlen, "causal & window(100)", sched)))[0]
				for _, target := range nvptx.Targets {
					ll, _, err := nvptx.GenerateWith(p, nvptx.OptionsFor(target))
					if err != nil {
						t.Fatalf("%s (%s): %v", what, target, err)
					}
					if got, want := strings.Contains(ll, "sub i32 %N, %M"), qlen != "N"; got != want {
						t.Errorf("%s (%s): the kernel computes N − M: %v, want %v", what, target, got, want)
					}
					if llcErr == nil && qlen != "N" {
						if _, _, err := nvptx.CompilePTX(ll); err != nil {
							t.Errorf("%s (%s): llc %s: %v", what, target, llc, err)
						}
					}
				}
			}
		}
	}
}

// TestOffsetQueriesScoreOnDevice: the GPU's scoring and selection kernels
// place the queries at their positions (the select kernel's diagonal;
// mean scores read the class table), so with queries that may be offset
// from the keys a blockscore and its blockselect stay on the device, and
// the select family takes M and the offset N − M. Antidiagonal scores of
// offset queries stay on the host until a GPU run has checked them.
func TestOffsetQueriesScoreOnDevice(t *testing.T) {
	for _, sched := range []string{
		"score(mean); select(density: 0.2, keep: [sink, diagonal])",
		"score(antidiagonal, stride: 8); select(mass: 0.9)",
		"score(mean); budget(density: 0.2)",
	} {
		for _, qlen := range []string{"M", "1", "N"} {
			p := lower(t, "k.attn", []byte(offsetKernel("bf16", qlen, "causal", sched)))[0]
			got := nvptx.HostSteps(p)
			if strings.Contains(sched, "antidiagonal") && qlen != "N" {
				// Not yet run on a GPU with an offset: the host, with why.
				if len(got) != 2 || !strings.Contains(got[0], "not verified on the GPU yet") {
					t.Errorf("%s with q[H,%s,64]: host steps %q, want the blockscore's and the blockselect's", sched, qlen, got)
				}
				continue
			}
			if len(got) != 0 {
				t.Errorf("%s with q[H,%s,64]: host steps %q, want none", sched, qlen, got)
			}
			ll, _, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"i32 %M, i32 %off"} {
				if !strings.Contains(ll, w) {
					t.Errorf("%s with q[H,%s,64]: no %q in the select kernel's parameters", sched, qlen, w)
				}
			}
		}
	}
}
