package tests

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir/tile"
)

// FuzzGPUCodegen drives the CUDA backend's emitters with random kernels
// (per-row gates and token stages: randomPerRowKernel; the tensor-core
// shapes of randomMMAKernel, some with head dim 256, the wider feature mix of the
// CPU's randomKernel with its inputs as bf16, f16 or f32, queries at the
// end of the keys) and both kernel families (mma.sync and, where llc is
// new enough, wgmma). A kernel the front end or the backend refuses is
// fine; a panic is not, and neither is LLVM IR that llc's verifier
// rejects (a value that does not dominate its uses, a malformed phi: what
// the emitters' hand-built control flow can get wrong), with the producer
// kernel's options as well (llc ≥ 19). This machine
// needs no GPU: the PTX is only compiled.
func FuzzGPUCodegen(f *testing.F) {
	for _, s := range []uint64{1, 2, 3, 4, 5, 6} {
		f.Add(s)
	}
	llc, major, llcErr := nvptx.FindLLC()
	f.Fuzz(func(t *testing.T, seed uint64) {
		r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
		var src string
		if r.IntN(4) == 0 { // per-row selection: the gate and token kernels (gate.go, tokens.go)
			src = randomPerRowKernel(r)
		} else if r.IntN(2) == 0 {
			src, _, _, _ = randomMMAKernel(r)
			if r.IntN(4) == 0 { // head dim 256: sm_90a's warpgroup kernel in dynamic shared memory
				src = strings.ReplaceAll(src, "128", "256")
			}
		} else {
			src, _ = randomKernel(r)
			src = asDType(src, []string{"f32", "bf16", "f16"}[r.IntN(3)])
		}
		if r.IntN(3) == 0 { // M queries at the end of N keys: the decode and offset kernels
			src = strings.Replace(src, "[H, N,", "[H, M,", 2)
		}
		f, err := compileGPU("fuzz", src, true)
		if err != nil {
			return // refused with a message: the front end's business
		}
		targets := []nvptx.Options{nvptx.DefaultOptions}
		if llcErr == nil && major >= 17 {
			targets = append(targets, nvptx.OptionsFor(nvptx.Target(major)))
			if major >= 19 { // the producer kernel's variants (mma_ws.go)
				ws := nvptx.OptionsFor(nvptx.Target(major))
				ws.Producer, ws.KVStages, ws.Overlap, ws.PingPong, ws.SplitKV = true, 2+r.IntN(3), r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0
				ws.PairLists, ws.PairSkip = r.IntN(2) == 0, r.IntN(2) == 0 // sparse kernels as pairs (pairs.go)
				targets = append(targets, ws)
			}
		}
		for _, opts := range targets {
			p, err := tile.Lower(f) // GenerateWith runs the target's passes on p
			if err != nil {
				return
			}
			ll, _, err := nvptx.GenerateWith(p, opts)
			if err != nil {
				continue // the backend refuses what it cannot lower, with the reason
			}
			if llcErr != nil {
				continue
			}
			if _, _, err := nvptx.CompilePTXWith(ll, llc, major); err != nil {
				t.Fatalf("seed %d, options %+v:\n%s\n%v", seed, opts, src, firstLines(err.Error(), 12))
			}
		}
	})
}

// randomPerRowKernel is attention with a random MoBA gate and, half the
// time, HISA's token stage: head dims that are and are not multiples of
// 16 (the per-row attention refuses those), b16 inputs, causal or unmasked, blocks of 16 to 128 keys, tops past
// the GPU kernels' limits (the host then takes the step).
func randomPerRowKernel(r *rand.Rand) string {
	d := []int{64, 64, 128, 128, 256, 48, 20}[r.IntN(7)] // the per-row attention takes 64, 128 and (sm_90a) 256
	dt := []string{"bf16", "f16"}[r.IntN(2)]
	mask := ""
	if r.IntN(3) > 0 {
		mask = "    s = mask(s, causal)\n"
	}
	src := fmt.Sprintf("kernel k(q: %[1]s[H, N, %[2]d], k: %[1]s[H, N, %[2]d], v: %[1]s[H, N, %[2]d]) -> %[1]s[H, N, %[2]d] {\n    s = q @ k^T * rsqrt(%[2]d)\n%[3]s    return softmax(s) @ v\n}\n", dt, d, mask)
	var keep []string
	for _, k := range []string{"sink", "diagonal", fmt.Sprintf("local(%d)", 1+r.IntN(4))} {
		if r.IntN(2) == 0 {
			keep = append(keep, k)
		}
	}
	gate := fmt.Sprintf("gate(block: %d, top: %d", []int{16, 32, 64, 128}[r.IntN(4)], 1+r.IntN(140))
	if len(keep) > 0 {
		gate += ", keep: [" + strings.Join(keep, ", ") + "]"
	}
	sched := "    " + gate + ")\n"
	if r.IntN(2) == 0 {
		sched += fmt.Sprintf("    tokens(top: %d)\n", 1+r.IntN(300))
	}
	return src + "\nschedule k {\n" + sched + "}\n"
}

// firstLines is s's first n lines.
func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("… (%d more bytes)", len(s)))
	}
	return strings.Join(lines, "\n")
}
