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

// TestOffsetQueriesScoreOnHost: the GPU's scoring and selection kernels
// place query row i at i, so with queries that may be offset from the
// keys a blockscore and its blockselect run on the host (which places
// them at i + N − M), with the reason and the attention's position; with
// one length they stay on the device.
func TestOffsetQueriesScoreOnHost(t *testing.T) {
	for _, sched := range []string{
		"score(mean); select(density: 0.2, keep: [sink, diagonal])",
		"score(antidiagonal, stride: 8); select(mass: 0.9)",
		"score(mean); budget(density: 0.2)",
	} {
		for _, qlen := range []string{"M", "1", "N"} {
			p := lower(t, "k.attn", []byte(offsetKernel("bf16", qlen, "causal", sched)))[0]
			got := nvptx.HostSteps(p)
			if qlen == "N" {
				if len(got) != 0 {
					t.Errorf("%s with q[H,N,64]: host steps %q, want none", sched, got)
				}
				continue
			}
			want := "k.attn:5:23: blockscore runs on the host: queries of length " + qlen + " against keys of length N sit at positions i + N − " + qlen
			if len(got) != 2 || !strings.HasPrefix(got[0], want) || !strings.Contains(got[1], "blockselect runs on the host") {
				t.Errorf("%s with q[H,%s,64]: host steps %q, want %q and the blockselect", sched, qlen, got, want)
			}
		}
	}
}
