package nvptx_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime/cuda"
)

func lower(t *testing.T, path string, src []byte) []*tile.Program {
	prog, err := frontend.Compile(path, src, frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	var out []*tile.Program
	for _, f := range prog.Module.Funcs {
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestLLCCompilesEveryKernel: every example with its schedule becomes LLVM
// IR that llc turns into PTX with a kernel entry — or, for what this
// backend does not lower yet (compensation), a positioned error.
func TestLLCCompilesEveryKernel(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	t.Logf("compiling with %s (LLVM %d) for %s", llc, major, nvptx.Target(major))
	files := examplesForCUDA(t)
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, p := range lower(t, path, src) {
			ll, kernels, err := nvptx.Generate(p)
			if err != nil {
				if !strings.Contains(err.Error(), "does not lower compensate yet") {
					t.Fatalf("%s: %v", path, err)
				}
				continue
			}
			ptx, target, err := nvptx.CompilePTX(ll)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, k := range kernels {
				if !strings.Contains(ptx, ".visible .entry "+k.Name+"(") {
					t.Errorf("%s: no PTX entry %s", path, k.Name)
				}
			}
			if !strings.Contains(ptx, ".target "+target) || !strings.Contains(ptx, "ex2.approx") {
				t.Errorf("%s: PTX lacks the target or ex2.approx", path)
			}
		}
	}
}

// TestMMAKernelPTX: the tensor-core kernel, compiled by every llc on the
// machine (llc-14 for sm_80, llc-19 for sm_90a), holds the instructions it
// was written for — mma.sync m16n8k16 ((d/16)·(bk/8) for Q·Kᵀ plus
// (bk/16)·(dv/8) for P·V per tile), ldmatrix and its .trans form, cp.async —
// and no local memory (its fragments are registers; a local depot would
// mean a spilled array).
func TestMMAKernelPTX(t *testing.T) {
	llcs := installedLLCs(t)
	for _, c := range mmaCases {
		p := c.program(t)
		ll, kernels, err := nvptx.Generate(p)
		if err != nil {
			t.Fatal(err)
		}
		attn := attentionKernel(kernels)
		if attn == nil || !attn.MMA {
			t.Fatalf("%s: no tensor-core attention kernel (%+v)", c.file, attn)
		}
		for _, llc := range llcs {
			ptx, target, err := nvptx.CompilePTXWith(ll, llc.path, llc.major)
			if err != nil {
				t.Fatal(err)
			}
			body := entryBody(ptx, attn.Name)
			want := (c.d/16)*(c.bk/8) + (c.bk/16)*(c.d/8)
			checks := []struct {
				what string
				n    int
				ok   func(int) bool
			}{
				{"mma.sync.aligned.m16n8k16.row.col.f32." + c.dt, strings.Count(body, "mma.sync.aligned.m16n8k16.row.col.f32."+c.dt), func(n int) bool { return n == want }},
				{"ldmatrix.sync.aligned.m8n8.x4.trans", strings.Count(body, "ldmatrix.sync.aligned.m8n8.x4.trans"), func(n int) bool { return n > 0 }},
				{"cp.async.cg.shared.global", strings.Count(body, "cp.async.cg.shared.global"), func(n int) bool { return n > 0 }},
				{".local", strings.Count(body, ".local"), func(n int) bool { return n == 0 }},
			}
			for _, ck := range checks {
				if !ck.ok(ck.n) {
					t.Errorf("%s (%s, %s): %d × %s (want %d mma, ldmatrix.trans and cp.async present, no .local)", c.file, filepath.Base(llc.path), target, ck.n, ck.what, want)
				}
			}
		}
	}
}

type installedLLC struct {
	path  string
	major int
}

// mmaCases are the examples the tensor-core PTX tests compile, with the
// operand type, head dim and key tile they are checked for.
type mmaCase struct {
	file, dt string
	d, bk    int
}

var mmaCases = []mmaCase{{"causal", "bf16", 128, 64}, {"gqa", "f16", 128, 64}, {"minference", "f16", 64, 64}, {"pbs", "bf16", 64, 64}, {"s2o", "f16", 64, 64}}

// program lowers the case's example with its operand type.
func (c mmaCase) program(t *testing.T) *tile.Program {
	src, _ := os.ReadFile("../../examples/" + c.file + ".attn")
	s := strings.NewReplacer("f16[", c.dt+"[", "bf16[", c.dt+"[").Replace(string(src))
	return lower(t, c.file+".attn", []byte(s))[0]
}

// attentionKernel is the attention kernel among kernels (nil if none).
func attentionKernel(kernels []nvptx.Kernel) *nvptx.Kernel {
	for i := range kernels {
		if kernels[i].Kind == "" {
			return &kernels[i]
		}
	}
	return nil
}

// installedLLCs are the llc-14 and llc-19 on this machine (the test skips
// without either).
func installedLLCs(t *testing.T) []installedLLC {
	var llcs []installedLLC
	for _, major := range []int{14, 19} {
		if p, err := exec.LookPath(fmt.Sprintf("llc-%d", major)); err == nil {
			llcs = append(llcs, installedLLC{p, major})
		}
	}
	if len(llcs) == 0 {
		t.Skip("no llc-14 or llc-19")
	}
	return llcs
}

// entryBody returns the PTX of one .entry up to the next.
func entryBody(ptx, name string) string {
	i := strings.Index(ptx, ".entry "+name+"(")
	if i < 0 {
		return ""
	}
	rest := ptx[i+1:]
	if j := strings.Index(rest, ".entry "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// TestSelectKernelsPTX pins what the scoring and selection kernels'
// speed rests on (BENCHMARKS.md: 97.6 → 3.8 ms at N = 131072): no local
// memory in any of them (loop-carried values are phis; llc leaves allocas
// in local memory), the scores GEMM's operands as 16-byte shared loads in
// a loop (not 4000 unrolled lines, which ptxas gave 32 registers and 13 KB
// of spills), and the select kernel's radix histogram with warp-aggregated
// shared atomics instead of a sort of the row.
func TestSelectKernelsPTX(t *testing.T) {
	llcs := installedLLCs(t)
	for _, sched := range []string{
		"tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 32); score(mean); select(mass: 0.9, min_blocks: 2); order(index)",
		"tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(density: 0.1, keep: [sink, diagonal])",
	} {
		p := lower(t, "k.attn", []byte(causalBF16(sched)))[0]
		ll, kernels, err := nvptx.Generate(p)
		if err != nil {
			t.Fatal(err)
		}
		names := map[cuda.Kind]string{}
		for _, k := range kernels {
			if k.Kind != "" {
				names[k.Kind] = k.Name
			}
		}
		if len(names) != 3 || names["select"] == "" {
			t.Fatalf("%s: kernels %v, want pool, scores and select, or adstats, admass and select", sched, names)
		}
		for _, llc := range llcs {
			ptx, target, err := nvptx.CompilePTXWith(ll, llc.path, llc.major)
			if err != nil {
				t.Fatal(err)
			}
			for kind, name := range names {
				body := entryBody(ptx, name)
				if body == "" {
					t.Fatalf("%s: no entry %s in the PTX", sched, name)
				}
				if n := strings.Count(body, ".local"); n != 0 {
					t.Errorf("%s (%s, %s): %s kernel uses local memory (%d mentions)", sched, filepath.Base(llc.path), target, kind, n)
				}
				want := map[cuda.Kind][]string{"scores": {"mma.sync.aligned.m16n8k16", "cp.async.cg.shared.global", "st.shared.v2.u32", "bar.red.or"}, "select": {"match.any.sync.b32", "atom.shared.add"},
					"adstats": {"mma.sync.aligned.m16n8k16", "cp.async", "st.global.f32"}, "admass": {"ex2.approx", "ld.global.f32"}}[kind]
				for _, w := range want {
					if !strings.Contains(body, w) {
						t.Errorf("%s (%s, %s): %s kernel has no %s", sched, filepath.Base(llc.path), target, kind, w)
					}
				}
				// The tensor-core scores are ≈ 2000 lines with the loops
				// over chunks and k-steps kept; unrolled, ≈ 6000.
				if lines := strings.Count(body, "\n"); kind == "scores" && lines > 2500 {
					t.Errorf("%s (%s): scores kernel is %d lines of PTX: unrolled again?", sched, filepath.Base(llc.path), lines)
				}
			}
		}
	}
}

// TestEarlyExitKernels: early_stop takes the tensor-core kernel where it
// applies and the scalar one, with the exit, on f32 inputs: a CTA per
// query tile; query tiles the scalar kernel cannot vote over (not whole
// warps) are a positioned error naming what would work, not a kernel that
// ignores the stop.
func TestEarlyExitKernels(t *testing.T) {
	src, _ := os.ReadFile("../../examples/s2o.attn")
	f32src := strings.ReplaceAll(string(src), "f16[", "f32[")
	p := lower(t, "s2o.attn", []byte(f32src))[0]
	_, ks, err := nvptx.Generate(p)
	if err != nil {
		t.Fatalf("f32 s2o: %v", err)
	}
	if k := attentionKernel(ks); k.MMA || !k.EarlyExit || k.BlockRows != k.BQ {
		t.Errorf("f32 s2o: kernel %s (mma %v, exit %v, %d threads for %d rows); want the scalar kernel with the exit, a CTA per query tile", k.Name, k.MMA, k.EarlyExit, k.BlockRows, k.BQ)
	}
	p = lower(t, "s2o.attn", []byte(strings.ReplaceAll(f32src, "tile(q: 64, k: 64)", "tile(q: 16, k: 64)")))[0]
	if _, _, err = nvptx.Generate(p); err == nil || !strings.Contains(err.Error(), "multiple of 32 rows") || !strings.HasPrefix(err.Error(), "s2o.attn:") {
		t.Fatalf("f32 s2o with 16-row tiles: got %v, want a positioned error about the tiles", err)
	}
	p = lower(t, "s2o.attn", src)[0]
	_, kernels, err := nvptx.Generate(p)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(kernels, func(k nvptx.Kernel) bool { return k.MMA && k.EarlyExit }) {
		t.Errorf("f16 s2o: no tensor-core kernel with the early exit: %+v", kernels)
	}
}

// TestWGMMAKernelPTX: with llc-19 (sm_90a) the kernel the driver compiles
// is the warpgroup one — d/16 wgmma.mma_async for Q·Kᵀ from descriptors,
// bk/16 for P·V with P in registers (N-major V), the proxy fence after
// cp.async, each batch committed and waited for — and no local memory;
// for sm_80 the options keep mma.sync.
func TestWGMMAKernelPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	if nvptx.OptionsFor("sm_80").WGMMA || !nvptx.OptionsFor("sm_90a").WGMMA {
		t.Fatalf("OptionsFor: wgmma must be sm_90a's only")
	}
	for _, c := range mmaCases {
		k, ptx := compileAttention(t, llc, c.program(t), wgOptions())
		body := entryBody(ptx, k.Name)
		qk, pv, wantQK, wantPV := c.wgmmaCounts()
		for _, ck := range []struct {
			what string
			ok   func(n int) bool
		}{
			{qk, func(n int) bool { return n == wantQK }},
			{pv, func(n int) bool { return n == wantPV }},
			{"fence.proxy.async.shared::cta", func(n int) bool { return n > 0 }},
			{"wgmma.fence.sync.aligned", func(n int) bool { return n == 2 }},
			{"wgmma.commit_group.sync.aligned", func(n int) bool { return n == 2 }},
			{"wgmma.wait_group.sync.aligned 0", func(n int) bool { return n == 2 }},
			{"mma.sync.aligned", func(n int) bool { return n == 0 }},
			{".local", func(n int) bool { return n == 0 }},
		} {
			if n := strings.Count(body, ck.what); !ck.ok(n) {
				t.Errorf("%s (%s): %d × %s", c.file, c.dt, n, ck.what)
			}
		}
	}
}

// TestWGMMAAntidiagonalPTX: with llc-19 (sm_90a) adstats multiplies
// gathered chunks of 64 columns of S·d with four wgmma m64n128k16 each
// (t-blocks of 128 columns), both operands from descriptors, after the
// proxy fence, with launch bounds for two CTAs per SM; no mma.sync, no
// local memory.
func TestWGMMAAntidiagonalPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	for _, d := range []int{64, 128} {
		src := strings.ReplaceAll(causalBF16("tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(density: 0.1)"), ", 128]", fmt.Sprintf(", %d]", d))
		src = strings.ReplaceAll(src, "rsqrt(128)", fmt.Sprintf("rsqrt(%d)", d))
		p := lower(t, "k.attn", []byte(src))[0]
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
		if err != nil {
			t.Fatal(err)
		}
		ptx, _, err := nvptx.CompilePTXWith(ll, llc, 19)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(kernels, func(k nvptx.Kernel) bool { return k.Kind == cuda.KindADStats })
		if i < 0 {
			t.Fatalf("d=%d: no adstats kernel in %+v", d, kernels)
		}
		body := entryBody(ptx, kernels[i].Name)
		for _, ck := range []struct {
			what string
			want int
		}{
			{"wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16", 4},
			{"wgmma.fence.sync.aligned", 1},
			{"wgmma.wait_group.sync.aligned 0", 1},
			{".minnctapersm 2", 1},
			{"mma.sync.aligned", 0},
			{".local", 0},
		} {
			if n := strings.Count(body, ck.what); n != ck.want {
				t.Errorf("d=%d: %d × %s, want %d", d, n, ck.what, ck.want)
			}
		}
		if !strings.Contains(body, "fence.proxy.async.shared::cta") {
			t.Errorf("d=%d: no proxy fence before the wgmma", d)
		}
	}
}

// TestHostSteps: the steps the GPU pipeline leaves to the host are named
// with their position and reason; those it runs are not.
func TestHostSteps(t *testing.T) {
	for _, c := range []struct {
		file     string
		from, to string   // an edit of the example's text, if any
		want     []string // substrings, one per host step, in order
	}{
		{"minference", "", "", nil},
		{"xattn", "", "", nil},
		{"proxy", "", "", nil},
		{"pbs", "", "", nil},
		{"s2o", "", "", nil},
		{"s2o", "probe: mean", "probe: last", []string{"permute runs on the host", "blockscore runs on the host: the keys are permuted: permute(probe: last, scope: global) has no GPU kernel", "blockselect runs on the host"}},
		{"pbs", "probe: mean", "probe: last", nil},
		{"best", "", "", nil},
		{"moba", "", "", nil},
		{"hisa", "", "", nil},
	} {
		src, _ := os.ReadFile("../../examples/" + c.file + ".attn")
		if c.from != "" {
			if !bytes.Contains(src, []byte(c.from)) {
				t.Fatalf("%s: no %q to edit", c.file, c.from)
			}
			src = bytes.ReplaceAll(src, []byte(c.from), []byte(c.to))
		}
		p := lower(t, c.file+".attn", src)[0]
		got := nvptx.HostSteps(p)
		t.Logf("%s%s: %q", c.file, map[bool]string{true: " (" + c.to + ")"}[c.to != ""], got)
		if len(got) != len(c.want) {
			t.Errorf("%s: host steps %q, want %d", c.file, got, len(c.want))
			continue
		}
		for i, w := range c.want {
			if !strings.Contains(got[i], w) || !strings.HasPrefix(got[i], c.file+".attn:") {
				t.Errorf("%s: host step %d is %q, want %q with a position", c.file, i, got[i], w)
			}
		}
	}
}

// TestDevicePlacement: proxy heads run on the device where every head of
// a group selects what its proxy selects, and on the host, with the
// reason, where not; per-head budgets run on the device; probe scores do
// with pool mean (the antidiagonal kernels), not with pool max.
func TestDevicePlacement(t *testing.T) {
	const kernel = `kernel proxy(q: bf16[H, N, 128], k: bf16[G, N, 128], v: bf16[G, N, 128]) -> bf16[H, N, 128] {
    s = q @ k^T * rsqrt(128)
    s = mask(s, causal)
    return softmax(s) @ v
}
`
	for _, c := range []struct {
		schedule string
		why      string // "": on the device
	}{
		{"score(mean, heads: 4); select(density: 0.1, keep: [sink, diagonal])", ""},
		{"score(antidiagonal, stride: 8, heads: 2); select(mass: 0.9)", ""},
		{"score(mean, heads: 4); budget(density: 0.1)", "proxy heads: a budget shares its ties out by head"},
		{"score(mean, heads: 4); select(density: 0.1); compensate(order: 0)", "proxy heads: the attention compensates"},
		{"f32 score(mean, heads: 4); select(density: 0.1)", "inputs are f32"},
		{"score(mean); budget(density: [0.1, 0.2, 0.1, 0.3])", ""},
		{"score(probe); select(mass: 0.9, keep: [sink, diagonal])", ""},
		{"score(probe, stride: 8, heads: 2); select(density: 0.1)", ""},
		{"score(probe, pool: max); select(mass: 0.9)", "score(probe, pool: max) has no GPU kernel"},
		{"f32 score(probe); select(mass: 0.9)", "inputs are f32"},
		{"score(mean, heads: 4); budget(density: [0.1, 0.2, 0.1, 0.3])", "proxy heads: a budget shares its ties out by head"},
	} {
		src := kernel
		if sched, ok := strings.CutPrefix(c.schedule, "f32 "); ok {
			src, c.schedule = strings.ReplaceAll(kernel, "bf16", "f32"), sched
		}
		src += "schedule proxy {\n    tile(q: 64, k: 64)\n    " + strings.ReplaceAll(c.schedule, "; ", "\n    ") + "\n}\n"
		p := lower(t, "proxy.attn", []byte(src))[0]
		got := nvptx.HostSteps(p)
		switch {
		case c.why == "" && len(got) != 0:
			t.Errorf("%s: host steps %q, want none", c.schedule, got)
		case c.why != "" && (len(got) == 0 || !strings.Contains(got[0], c.why)):
			t.Errorf("%s: host steps %q, want the blockscore's with %q", c.schedule, got, c.why)
		}
	}
}

// TestWGMMATwoWarpgroupsPTX: dense kernels with 128-row CTAs on sm_90a are
// two warpgroups sharing K and V — 256 threads, the same wgmma batches
// per warpgroup, the four-warp options' register cap (two CTAs for
// four) — and their 64 KiB of tiles (d = 128) are dynamic shared memory
// (Kernel.Smem, an extern array aligned for the swizzle atoms), while d =
// 64's 32 KiB stay static. With two K/V stages: 96 KiB and 48 KiB, and
// one barrier fewer (one per tile where there were two).
func TestWGMMATwoWarpgroupsPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	bars := map[string]int{}
	for _, stages := range []int{1, 2} {
		o := wgOptions()
		o.DenseBQ, o.TwoWarpgroups, o.KVStages = 128, true, stages
		o.OverlapHeadDims = nil // the loop without overlap (TestWGMMAOverlapPTX)
		twoWarpgroups(t, llc, o, bars)
	}
}

// TestWGMMAOverlapPTX: with Options.Overlap the double-buffered
// two-warpgroup loop issues Q·K(J)ᵀ and the last tile's P·V as two wgmma
// groups and waits for the first alone (wait_group 1) before the softmax;
// the last tile's P·V runs once more after the loop (the drain), with
// its own barrier; the same shared memory and register cap.
func TestWGMMAOverlapPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	for _, c := range []mmaCase{{"causal", "bf16", 128, 64}, {"gqa", "f16", 128, 64}, {"causal64", "bf16", 64, 64}} {
		p := func() *tile.Program {
			if c.file == "causal64" {
				return causalDim(t, 64, "bf16")
			}
			return c.program(t)
		}
		o := wgOptions()
		o.Overlap, o.OverlapHeadDims = false, nil
		_, plain := compileAttention(t, llc, p(), o)
		o.Overlap = true
		k, ptx := compileAttention(t, llc, p(), o)
		if k.BQ != 128 || k.BlockRows != 256 || k.Smem != map[int]int{128: 96 << 10, 64: 0}[c.d] {
			t.Errorf("%s: BQ %d, %d threads, %d bytes of dynamic shared memory", c.file, k.BQ, k.BlockRows, k.Smem)
		}
		body, before := entryBody(ptx, k.Name), entryBody(plain, k.Name)
		qk, pv, wantQK, wantPV := c.wgmmaCounts()
		wantPV += c.bk / 16 // the drain's P·V
		if qk == pv {
			wantQK = wantPV
		}
		for _, ck := range []struct {
			what string
			want int
		}{{qk, wantQK}, {pv, wantPV}, {"wgmma.wait_group.sync.aligned 1;", 1}, {"wgmma.wait_group.sync.aligned 0;", 2},
			{"wgmma.commit_group.sync.aligned;", 3}, {".minnctapersm 2", 1}, {".local", 0},
			{"bar.sync", strings.Count(before, "bar.sync") + 1}} {
			if n := strings.Count(body, ck.what); n != ck.want {
				t.Errorf("%s: %d × %s, want %d", c.file, n, ck.what, ck.want)
			}
		}
	}
}

func twoWarpgroups(t *testing.T, llc string, o nvptx.Options, bars map[string]int) {
	for _, c := range []mmaCase{{"causal", "bf16", 128, 64}, {"gqa", "f16", 128, 64}, {"causal64", "bf16", 64, 64}} {
		file := c.file
		var p *tile.Program
		if file == "causal64" {
			p = causalDim(t, 64, "bf16")
		} else {
			p = c.program(t)
		}
		k, ptx := compileAttention(t, llc, p, o)
		wantSmem := 0
		if c.d == 128 {
			wantSmem = 64 << 10
			if o.KVStages == 2 {
				wantSmem = 96 << 10
			}
		}
		if k.BQ != 128 || k.BlockRows != 256 || k.Smem != wantSmem {
			t.Errorf("%s: BQ %d, %d threads, %d bytes of dynamic shared memory; want 128, 256, %d", file, k.BQ, k.BlockRows, k.Smem, wantSmem)
		}
		ext := regexp.MustCompile(`\.extern \.shared \.align 1024 \.b8 ` + k.Name + `_smem\[\];`)
		if got := ext.MatchString(ptx); got != (wantSmem > 0) {
			t.Errorf("%s: extern shared array declared %v, want %v", file, got, wantSmem > 0)
		}
		body := entryBody(ptx, k.Name)
		qk, pv, wantQK, wantPV := c.wgmmaCounts()
		for _, ck := range []struct {
			what string
			want int
		}{{qk, wantQK}, {pv, wantPV}, {".maxntid 256, 1, 1", 1}, {".minnctapersm 2", 1}, {".local", 0}, {"mma.sync.aligned", 0}} {
			if n := strings.Count(body, ck.what); n != ck.want {
				t.Errorf("%s (%d stages): %d × %s, want %d", file, o.KVStages, n, ck.what, ck.want)
			}
		}
		n := strings.Count(body, "bar.sync")
		if o.KVStages != 2 {
			bars[file] = n
		} else if n != bars[file]-1 {
			t.Errorf("%s: %d barriers with two stages, %d with one: want one fewer", file, n, bars[file])
		}
	}
}

// TestWGMMAHeadDim256PTX: head dim 256 takes the warpgroup kernel on
// sm_90a — by default two warpgroups of 64 rows sharing double-buffered K
// and V in 192 KiB of dynamic shared memory, the loop overlapped (its
// P·V also after the loop), else one in 96 KiB; each issues 16 k-steps
// of m64n64k16 for Q·Kᵀ and 4 of m64n256k16 for P·V, no register cap —
// and the scalar kernel elsewhere, saying why.
func TestWGMMAHeadDim256PTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	for _, dt := range []string{"bf16", "f16"} {
		_, kernels, err := nvptx.GenerateWith(causalDim(t, 256, dt), nvptx.OptionsFor("sm_80"))
		if err != nil {
			t.Fatal(err)
		}
		if k := attentionKernel(kernels); k.MMA || !strings.Contains(k.Why, "256") {
			t.Errorf("%s, sm_80: MMA %v (%q); want the scalar kernel, saying why", dt, k.MMA, k.Why)
		}
		// Not measured with an early exit: the scalar kernel, with it.
		_, ks, err := nvptx.GenerateWith(causalDim(t, 256, dt, "tile(q: 64, k: 64)", "score(mean)", "order(score)", "early_stop(eps: 1e-3)"), nvptx.OptionsFor("sm_90a"))
		if k := attentionKernel(ks); err != nil || k.MMA || !k.EarlyExit {
			t.Errorf("%s: d = 256 with an early exit: %v, kernel %s (mma %v, exit %v); want the scalar kernel with the exit", dt, err, k.Name, k.MMA, k.EarlyExit)
		}
		// The default: two warpgroups sharing double-buffered K and V
		// (Q 64 KiB, two stages of K and V 128 KiB); one warpgroup of 64
		// rows without TwoWarpgroups (96 KiB).
		one := wgOptions()
		one.TwoWarpgroups = false
		for _, c := range []struct {
			o                        nvptx.Options
			bq, threads, smemKB, nPV int
		}{{wgOptions(), 128, 256, 192, 8}, {one, 64, 128, 96, 4}} { // two warpgroups overlap: P·V in the loop and the drain
			k, ptx := compileAttention(t, llc, causalDim(t, 256, dt), c.o)
			if !k.MMA || k.BQ != c.bq || k.BlockRows != c.threads || k.Smem != c.smemKB<<10 || k.D != 256 {
				t.Errorf("%s: MMA %v (%s), BQ %d, %d threads, %d bytes of dynamic shared memory, d %d; want the warpgroup kernel, %d, %d, %d KiB, 256",
					dt, k.MMA, k.Why, k.BQ, k.BlockRows, k.Smem, k.D, c.bq, c.threads, c.smemKB)
			}
			body := entryBody(ptx, k.Name)
			for _, ck := range []struct {
				what string
				want int
			}{
				{fmt.Sprintf("wgmma.mma_async.sync.aligned.m64n64k16.f32.%s.%s", dt, dt), 16},
				{fmt.Sprintf("wgmma.mma_async.sync.aligned.m64n256k16.f32.%s.%s", dt, dt), c.nPV},
				{"wgmma.wait_group.sync.aligned 1;", map[int]int{8: 1, 4: 0}[c.nPV]},
				{".minnctapersm", 0}, {".local", 0},
			} {
				if n := strings.Count(body, ck.what); n != ck.want {
					t.Errorf("%s, %d rows: %d × %s, want %d", dt, c.bq, n, ck.what, ck.want)
				}
			}
		}
	}
}

// wgmmaCounts are the case's wgmma instructions for Q·Kᵀ and P·V (one
// text when bk = d) and how many of each a warpgroup issues per tile.
func (c mmaCase) wgmmaCounts() (qk, pv string, nQK, nPV int) {
	qk = fmt.Sprintf("wgmma.mma_async.sync.aligned.m64n%dk16.f32.%s.%s", c.bk, c.dt, c.dt)
	pv = fmt.Sprintf("wgmma.mma_async.sync.aligned.m64n%dk16.f32.%s.%s", c.d, c.dt, c.dt)
	nQK, nPV = c.d/16, c.bk/16
	if qk == pv {
		nQK, nPV = nQK+nPV, nQK+nPV
	}
	return qk, pv, nQK, nPV
}

// causalDim is examples/causal.attn with head dim d and operands of type
// dt, and schedule lines if any, lowered.
func causalDim(t *testing.T, d int, dt string, schedule ...string) *tile.Program {
	src, _ := os.ReadFile("../../examples/causal.attn")
	r := strings.NewReplacer("128", fmt.Sprint(d), "bf16[", dt+"[")
	text := r.Replace(string(src))
	if len(schedule) > 0 {
		text += "\nschedule prefill {\n    " + strings.Join(schedule, "\n    ") + "\n}\n"
	}
	return lower(t, fmt.Sprintf("causal%d.attn", d), []byte(text))[0]
}

// compileAttention generates p under o, compiles it with llc (19) and
// returns its attention kernel and the whole PTX.
func compileAttention(t *testing.T, llc string, p *tile.Program, o nvptx.Options) (*nvptx.Kernel, string) {
	t.Helper()
	ll, kernels, err := nvptx.GenerateWith(p, o)
	if err != nil {
		t.Fatal(err)
	}
	ptx, _, err := nvptx.CompilePTXWith(ll, llc, 19)
	if err != nil {
		t.Fatal(err)
	}
	return attentionKernel(kernels), ptx
}

// TestStaticSharedMemory: every kernel's static shared memory — the
// `.shared` arrays llc places in its entry — fits the 48 KB a CTA gets
// without opting in (ptxas on the GPU machine would reject more: this
// catches it here), for every example and scoring schedule, with the
// kernels of both targets; and a kernel declares dynamic shared memory
// exactly when its launch passes bytes for it (Kernel.Smem).
func TestStaticSharedMemory(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	decl := regexp.MustCompile(`\.shared\s+\.align\s+\d+\s+\.b8\s+\w+\[(\d+)\]`)
	srcs := map[string][]byte{}
	files := examplesForCUDA(t)
	for _, path := range files {
		srcs[path], _ = os.ReadFile(path)
	}
	for i, sched := range []string{
		"tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 32); score(antidiagonal, stride: 4); select(mass: 0.9)",
		"tile(q: 128, k: 64); score(mean); select(top: 8)",
		"tile(q: 64, k: 64); score(oracle); select(mass: 0.9)",
	} {
		srcs[fmt.Sprintf("sched%d.attn", i)] = []byte(causalBF16(sched))
	}
	for path, src := range srcs {
		for _, p := range lower(t, path, src) {
			for _, o := range []nvptx.Options{nvptx.OptionsFor("sm_80"), nvptx.OptionsFor(nvptx.Target(major))} {
				ll, kernels, err := nvptx.GenerateWith(p, o)
				if err != nil {
					continue // a positioned error (compensate): TestLLCCompilesEveryKernel
				}
				ptx, _, err := nvptx.CompilePTXWith(ll, llc, major)
				if err != nil {
					t.Fatal(err)
				}
				for _, k := range kernels {
					total := 0
					for _, m := range decl.FindAllStringSubmatch(entryBody(ptx, k.Name), -1) {
						n, _ := strconv.Atoi(m[1])
						total += n
					}
					if total > 48<<10 {
						t.Errorf("%s (wgmma %v): %s declares %d bytes of static shared memory (48 KB at most)", path, o.WGMMA, k.Name, total)
					}
					// Dynamic shared memory: declared in the PTX exactly
					// when the launch passes bytes for it, and within
					// what a CTA may opt into.
					extern := strings.Contains(ptx, ".extern .shared .align 1024 .b8 "+k.Name+"_smem[];")
					if extern != (k.Smem > 0) || k.Smem+total > 227<<10 {
						t.Errorf("%s (wgmma %v): %s: extern shared array %v, Smem %d, static %d", path, o.WGMMA, k.Name, extern, k.Smem, total)
					}
				}
			}
		}
	}
}

// TestAttentionLaunchMatchesPTX: the arguments runtime/cuda passes to each
// attention kernel (Kernel.AttentionLaunch) are, in number, order and width,
// the parameters of its PTX entry, and its block the threads the entry was
// compiled for (.maxntid) — for dense, sparse, gathered and
// early-exit kernels of both targets. A mismatch would only show on the
// GPU, as garbage or a fault.
func TestAttentionLaunchMatchesPTX(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	files := examplesForCUDA(t)
	for _, path := range files {
		src, _ := os.ReadFile(path)
		for _, dt := range []string{"f16", "f32"} {
			s := strings.NewReplacer("bf16[", dt+"[", "f16[", dt+"[").Replace(string(src))
			for _, p := range lower(t, path, []byte(s)) {
				for _, o := range []nvptx.Options{nvptx.OptionsFor("sm_80"), nvptx.OptionsFor(nvptx.Target(major))} {
					ll, kernels, err := nvptx.GenerateWith(p, o)
					if err != nil {
						continue // positioned errors: TestLLCCompilesEveryKernel
					}
					ptx, _, err := nvptx.CompilePTXWith(ll, llc, major)
					if err != nil {
						t.Fatal(err)
					}
					for _, k := range kernels {
						if k.Kind == cuda.KindCompPool || k.Kind == cuda.KindCompList {
							_, block, args, err := k.CompLaunch(cuda.AttentionArgs{H: 2, M: 64, N: 64, Group: 1, Tables: cuda.Tables{NQ: 1, NK: 1}, KeyMeans: cuda.Buffer{Ptr: 1, Size: 1}}, cuda.Buffer{}, 0, cuda.Buffer{})
							if err != nil {
								t.Fatal(err)
							}
							if got, want := argWidths(args), paramWidths(entryBody(ptx, k.Name)); !slices.Equal(got, want) {
								t.Errorf("%s: %s takes %v, CompLaunch passes %v", path, k.Name, want, got)
							}
							if mt := maxThreads(entryBody(ptx, k.Name)); mt != 0 && mt != int(block[0]) {
								t.Errorf("%s: %s is compiled for %d threads, launched with %d", path, k.Name, mt, block[0])
							}
							continue
						}
						if k.Kind != "" {
							continue
						}
						want := paramWidths(entryBody(ptx, k.Name))
						_, block, args, err := k.AttentionLaunch(cuda.AttentionArgs{H: 2, M: 64, N: 64, Group: 1, Visits: cuda.Buffer{Size: 1 << 20}})
						if err != nil {
							t.Fatal(err)
						}
						if mt := maxThreads(entryBody(ptx, k.Name)); mt != 0 && mt != int(block[0]) {
							t.Errorf("%s: %s is compiled for %d threads, launched with %d", path, k.Name, mt, block[0])
						}
						got := argWidths(args)
						if !slices.Equal(got, want) {
							t.Errorf("%s (%s, wgmma %v): %s takes %v, AttentionLaunch passes %v", path, dt, o.WGMMA, k.Name, want, got)
						}
					}
				}
			}
		}
	}
}

// TestScoreLaunchMatchesPTX: the arguments runtime/cuda passes to every
// scoring and selection kernel (Kernel.ScoreLaunch) are its PTX entry's
// parameters, in number, order and width.
func TestScoreLaunchMatchesPTX(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	for _, sched := range []string{
		"tile(q: 64, k: 64); score(mean); select(mass: 0.9, keep: [sink, diagonal])",
		"tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(density: 0.1)",
		"tile(q: 64, k: 64); score(mean); budget(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 32); score(mean); budget(density: 0.2, scope: head, keep: [local(2)]); order(index)",
		"tile(q: 64, k: 64); permute(segment: 192, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])",
		// S2O: per-key dots (segments of four query tiles), and the keys'
		// rescoring (three).
		"tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)",
		"tile(q: 64, k: 64); permute(segment: 192, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)",
		"lens: tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])",
		"lens: tile(q: 64, k: 64); score(mean); budget(density: 0.1, keep: [sink, diagonal])",
	} {
		src := causalBF16(sched)
		if strings.HasPrefix(sched, "lens: ") { // a KV cache with key lengths
			sched = strings.TrimPrefix(sched, "lens: ")
			src = decodeLensSrc("bf16", sched)
		}
		p := lower(t, "k.attn", []byte(src))[0]
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor(nvptx.Target(major)))
		if err != nil {
			t.Fatal(err)
		}
		ptx, _, err := nvptx.CompilePTXWith(ll, llc, major)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, k := range kernels {
			if k.Kind == "" || k.Kind == cuda.KindDecode || k.Kind == cuda.KindDecodeCombine {
				continue // the attention's (TestAttentionLaunchMatchesPTX, TestDecodeLaunchMatchesPTX)
			}
			n++
			launch := func() ([3]uint32, [3]uint32, []any, error) {
				return k.ScoreLaunch(cuda.ScoreArgs{H: 2, G: 2, M: 500, N: 500, D: 128, NQ: 8, NK: 8, Stride: 8, Perm: cuda.Buffer{Size: 4}, HS: 2, GS: 2})
			}
			if k.Kind == cuda.KindScoresRow { // one query tile
				launch = func() ([3]uint32, [3]uint32, []any, error) {
					return k.ScoreLaunch(cuda.ScoreArgs{H: 2, G: 2, M: 1, N: 500, D: 128, NQ: 1, NK: 8, HS: 2, GS: 2})
				}
			}
			// A global permute's buffers, as runtime/cuda sets them for the
			// kernels' variant (per-key dots or not).
			seg, dots := 256, cuda.Buffer{Size: 4}
			if strings.Contains(sched, "segment: 192") {
				seg = 192
			}
			if !slices.ContainsFunc(kernels, func(k nvptx.Kernel) bool { return k.Arg == "dots" }) {
				dots = cuda.Buffer{}
			}
			pa := cuda.PermArgs{H: 2, G: 2, M: 500, N: 500, NQ: 8, NK: 8, NS: (500 + seg - 1) / seg, Seg: seg, Probes: cuda.Buffer{Size: 4}, Dots: dots, BQ: 64}
			if k.Kind == cuda.KindPermute || k.Kind == cuda.KindPermClass || k.Kind == cuda.KindPermProbe || k.Kind == cuda.KindPermGlobal ||
				k.Kind == cuda.KindPool && strings.Contains(k.Name, "_permute") {
				launch = func() ([3]uint32, [3]uint32, []any, error) { return k.PermLaunch(pa) }
			}
			if k.Kind == cuda.KindPermScores {
				launch = func() ([3]uint32, [3]uint32, []any, error) {
					return k.ScoreLaunch(cuda.ScoreArgs{H: 2, G: 2, M: 500, N: 500, D: 128, NQ: 8, NK: 8, SegPerm: cuda.Buffer{Size: 4}, NS: pa.NS, Dots: dots})
				}
			}
			_, block, args, err := launch()
			if err != nil {
				t.Fatal(err)
			}
			if mt := maxThreads(entryBody(ptx, k.Name)); mt != 0 && mt != int(block[0]) {
				t.Errorf("%s: %s is compiled for %d threads, launched with %d", sched, k.Name, mt, block[0])
			}
			if got, want := argWidths(args), paramWidths(entryBody(ptx, k.Name)); !slices.Equal(got, want) {
				t.Errorf("%s: %s takes %v, ScoreLaunch passes %v", sched, k.Name, want, got)
			}
		}
		if n < 3 {
			t.Errorf("%s: %d scoring and selection kernels", sched, n)
		}
		if rows := slices.ContainsFunc(kernels, func(k nvptx.Kernel) bool { return k.Kind == cuda.KindScoresRow }); rows != (src != causalBF16(sched)) {
			t.Errorf("%s: a row scores kernel: %v (decode steps only)", sched, rows)
		}
	}
}

// paramWidths are the widths (u64, u32) of a PTX entry's parameters.
func paramWidths(body string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`\.param\s+\.(u64|u32|b64|b32|s32)\s`).FindAllStringSubmatch(body[:strings.Index(body, ")")], -1) {
		out = append(out, map[string]string{"u64": "u64", "b64": "u64", "u32": "u32", "b32": "u32", "s32": "u32"}[m[1]])
	}
	return out
}

// causalBF16 is causal attention, bf16, d = 128, with schedule sched.
func causalBF16(sched string) string {
	return `kernel k(q: bf16[H, N, 128], k: bf16[H, N, 128], v: bf16[H, N, 128]) -> bf16[H, N, 128] {
    s = mask(q @ k^T * rsqrt(128), causal)
    return softmax(s) @ v
}
schedule k { ` + sched + ` }
`
}

// maxThreads is a PTX entry's .maxntid (0 without one).
func maxThreads(body string) int {
	m := regexp.MustCompile(`\.maxntid\s+(\d+)`).FindStringSubmatch(body)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// argWidths are the widths launch arguments have.
func argWidths(args []any) []string {
	var out []string
	for _, a := range args {
		switch a.(type) {
		case uint64:
			out = append(out, "u64")
		case int32:
			out = append(out, "u32")
		default:
			out = append(out, fmt.Sprintf("%T", a))
		}
	}
	return out
}

// examplesForCUDA returns examples/*.attn: the CUDA target takes every
// one (per-row selection since its gate runs on the host), so the tests
// that loop over the examples cover them all (key lengths included).
func examplesForCUDA(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../examples/*.attn")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	return files
}

// TestPerRowKernelPTX: a per-row kernel (moba's blocks, hisa's tokens)
// takes every listed tile through the mask phase and keeps each row to
// its own keys: one load of the item's first mask and one 64-bit mask per
// row slot a tile (a thread's two rows of its m16 atom), and a shift and
// an AND per score element (64 × 64 / 128 threads) on each of the two
// paths — tiles full for the mask test the bits alone (rowsfull), partial
// ones the bits and the mask; a tile-list kernel loads none. The launch
// description names the rows' block and kind.
func TestPerRowKernelPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	for _, c := range []struct {
		file         string
		loads, elems int
		block        int
		tokens       bool
	}{{"moba", 3, 2 * 32, 16, false}, {"hisa", 3, 2 * 32, 64, true}, {"minference", 0, 0, 0, false}} {
		src, _ := os.ReadFile("../../examples/" + c.file + ".attn")
		k, ptx := compileAttention(t, llc, lower(t, c.file+".attn", src)[0], wgOptions())
		body := entryBody(ptx, k.Name)
		if n := strings.Count(body, "ld.global.u64"); n != c.loads {
			t.Errorf("%s: %d 64-bit loads, want %d (the item's offset and a mask per row slot)", c.file, n, c.loads)
		}
		if n := strings.Count(body, "shr.u64"); n != c.elems {
			t.Errorf("%s: %d shifts of a row's mask, want %d (one per score element on each path)", c.file, n, c.elems)
		}
		if k.PerRow != (c.loads > 0) || k.RowBlock != c.block || k.RowTokens != c.tokens {
			t.Errorf("%s: kernel PerRow %v, RowBlock %d, RowTokens %v", c.file, k.PerRow, k.RowBlock, k.RowTokens)
		}
	}
}

// TestPerRowNeedsTensorCores: per-row selection's attention runs in the
// tensor-core kernel only (its row masks are in that kernel's mask
// phase): an f32 kernel is refused with a position and the reason.
func TestPerRowNeedsTensorCores(t *testing.T) {
	src, _ := os.ReadFile("../../examples/moba.attn")
	src = []byte(strings.ReplaceAll(string(src), "f16", "f32"))
	for _, p := range lower(t, "moba32.attn", src) {
		_, _, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
		if err == nil || !strings.Contains(err.Error(), "per-row selection (gate, tokens) runs in the tensor-core kernel only") || !strings.Contains(err.Error(), "moba32.attn:") || !strings.Contains(err.Error(), "inputs are f32") {
			t.Errorf("f32 moba: %v; want a positioned error saying the tensor-core kernel does not take f32", err)
		}
	}
}

// TestWGMMAProducerPTX: with Options.Producer the two-warpgroup CTA gets
// a third, producing warpgroup: 384 threads, one CTA per SM, registers
// moved by setmaxnreg (40 for the producer, 232 for the consumers), a
// full and an empty mbarrier per stage initialised once, behind the one
// CTA-wide barrier; the consumers' own barrier for Q; the producer's
// copies counted by cp.async.mbarrier.arrive.noinc. Shared memory: the
// stages, Q, the overlapped loop's zero V tile, 16 bytes of barriers a
// stage. Each consumer issues the products of one tile per iteration
// (the overlapped loop: its P·V once more after the loop) and arrives
// on the empty barrier once; with PingPong it waits for its turn before
// issuing them and hands the turn over after.
func TestWGMMAProducerPTX(t *testing.T) {
	llc, err := exec.LookPath("llc-19")
	if err != nil {
		t.Skip("no llc-19")
	}
	// 128-key tiles at d = 128: the producer kernel in 192 KiB (two
	// stages, Q, the zero tile, the barriers); without a producer the
	// 48 KiB limit stands (the scalar kernel, saying why).
	k128 := func() *tile.Program { return causalDim(t, 128, "bf16", "tile(q: 128, k: 128)") }
	pk := wgOptions()
	pk.Producer, pk.KVStages, pk.Overlap, pk.PingPong = true, 2, true, true
	if k, _ := compileAttention(t, llc, k128(), pk); !k.MMA || k.BK != 128 || k.BlockRows != 384 || k.Smem != 2*64<<10+32<<10+32<<10+32 {
		t.Errorf("128-key tiles, producer: MMA %v (%s), BK %d, %d threads, %d bytes", k.MMA, k.Why, k.BK, k.BlockRows, k.Smem)
	}
	if _, kernels, err := nvptx.GenerateWith(k128(), wgOptions()); err != nil {
		t.Fatal(err)
	} else if k := attentionKernel(kernels); k.MMA || !strings.Contains(k.Why, "shared memory") {
		t.Errorf("128-key tiles without a producer: MMA %v (%q); want the scalar kernel, saying why", k.MMA, k.Why)
	}
	// The defaults give a dense d = 128 kernel the producer, so the
	// schedule's 128-key tiles take it too.
	if _, kernels, err := nvptx.GenerateWith(k128(), nvptx.OptionsFor("sm_90a")); err != nil {
		t.Fatal(err)
	} else if k := attentionKernel(kernels); !k.MMA || k.BK != 128 || k.BlockRows != 384 {
		t.Errorf("128-key tiles under the defaults: MMA %v (%q), BK %d, %d threads; want the producer kernel", k.MMA, k.Why, k.BK, k.BlockRows)
	}
	// EvenRegs: the same kernel without setmaxnreg.
	o := wgOptions()
	o.Producer, o.KVStages, o.Overlap, o.PingPong, o.EvenRegs = true, 3, true, true, true
	if k, ptx := compileAttention(t, llc, causalDim(t, 128, "bf16"), o); k.BlockRows != 384 || strings.Contains(ptx, "setmaxnreg") {
		t.Errorf("EvenRegs: %d threads, setmaxnreg %v; want 384 and none", k.BlockRows, strings.Contains(ptx, "setmaxnreg"))
	}
	for _, c := range []mmaCase{{"causal", "bf16", 128, 64}, {"gqa", "f16", 128, 64}, {"causal64", "bf16", 64, 64}} {
		for _, stages := range []int{2, 3} {
			for _, v := range []struct{ ov, pp, split bool }{{false, false, false}, {true, false, false}, {true, true, false}, {true, false, true}, {true, true, true}} {
				ov, pp, split := v.ov, v.pp, v.split
				// split: K and V of a stage have their own full and
				// empty barriers (Options.SplitKV): twice the inits, a
				// counted arrive for each, the producer's wait for V's
				// stage, the consumers' for the last V and the drain's,
				// and a release of K after Q·Kᵀ.
				nb := map[bool]int{false: 1, true: 2}[split]
				p := c.program
				if c.file == "causal64" {
					p = func(t *testing.T) *tile.Program { return causalDim(t, 64, "bf16") }
				}
				o := wgOptions()
				o.Producer, o.KVStages, o.Overlap, o.OverlapHeadDims, o.PingPong, o.SplitKV = true, stages, ov, nil, pp, split
				k, ptx := compileAttention(t, llc, p(t), o)
				name := fmt.Sprintf("%s, %d stages, overlap %v, ping-pong %v, split %v", c.file, stages, ov, pp, split)
				smem := stages*2*(64*c.d+64*c.d) + 2*128*c.d + 16*nb*stages
				if ov {
					smem += 2 * 64 * c.d
				}
				if k.BQ != 128 || k.BlockRows != 384 || k.Smem != smem {
					t.Errorf("%s: BQ %d, %d threads, %d bytes of dynamic shared memory; want 128, 384, %d", name, k.BQ, k.BlockRows, k.Smem, smem)
				}
				body := entryBody(ptx, k.Name)
				qk, pv, wantQK, wantPV := c.wgmmaCounts()
				if ov {
					if qk == pv {
						wantQK += c.bk / 16
					}
					wantPV += c.bk / 16 // the drain's P·V
				}
				for _, ck := range []struct {
					what string
					want int
				}{
					{qk, wantQK}, {pv, wantPV},
					{".maxntid 384, 1, 1", 1}, {".minnctapersm 1", 1},
					{"setmaxnreg.dec.sync.aligned.u32 40;", 1}, {"setmaxnreg.inc.sync.aligned.u32 232;", 1},
					{"mbarrier.init.shared::cta.b64", 2 * nb * stages}, {"fence.mbarrier_init.release.cluster;", 1},
					{"bar.sync \t0;", 1}, {"bar.sync 1, 256;", 1}, {"barrier.sync", 0},
					{"cp.async.mbarrier.arrive.noinc.shared::cta.b64", nb},
					{"mbarrier.try_wait.parity.shared::cta.b64", map[bool]int{false: 2, true: 5}[split]},
					{"mbarrier.arrive.shared::cta.b64", nb},
					{"wgmma.wait_group.sync.aligned 1;", map[bool]int{false: 0, true: 1}[ov]},
					{"st.shared.v4.b32", map[bool]int{false: 0, true: 2 * 64 * c.d / 256 / 16}[ov]},
					// Ping-pong: the first turn's arrival, then a wait and an
					// arrival around each iteration's products.
					{"bar.arrive 2, 256;", map[bool]int{false: 0, true: 1}[pp]},
					{"bar.arrive %r", map[bool]int{false: 0, true: 1}[pp]},
					{"bar.sync %r", map[bool]int{false: 0, true: 1}[pp]},
					{".local", 0}, {"mma.sync.aligned", 0},
				} {
					if n := strings.Count(body, ck.what); n != ck.want {
						t.Errorf("%s: %d × %s, want %d", name, n, ck.what, ck.want)
					}
				}
			}
		}
	}
}

// wgOptions are sm_90a's options without the dense producer kernel
// (Options.DenseProducer), for the tests of the kernels it replaced as
// dense d = 128's default and of the variants built on them.
func wgOptions() nvptx.Options {
	o := nvptx.OptionsFor("sm_90a")
	o.DenseProducer, o.DenseBK = nil, 0
	return o
}

// TestPerRowPlacement: a gate and a token stage run on the device where
// their kernels take them (gate.go, tokens.go) and on the host, with the
// reason, where not.
func TestPerRowPlacement(t *testing.T) {
	window, err := os.ReadFile("../../examples/window.attn")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    *tile.Program
		want []string // substrings of the host steps, in order
	}{
		{causalDim(t, 128, "bf16", "gate(block: 16, top: 128, keep: [diagonal])"), nil},
		{causalDim(t, 128, "bf16", "gate(block: 16, top: 129)"), []string{"top 129"}},
		{causalDim(t, 128, "bf16", "gate(block: 16, density: 0.1)"), []string{"a density per row"}},
		{causalDim(t, 64, "f32", "gate(block: 16, top: 8)"), []string{"inputs are f32"}},
		{causalDim(t, 128, "bf16", "gate(block: 64, top: 32); tokens(top: 100)"), nil}, // 2048 candidates: the most
		{causalDim(t, 128, "bf16", "gate(block: 64, top: 33); tokens(top: 100)"), []string{"2112 candidate keys"}},
		{lower(t, "window.attn", append(window, []byte("\nschedule window {\n    gate(block: 16, top: 8); tokens(top: 30)\n}\n")...))[0],
			[]string{"mask", "mask"}},
	} {
		got := nvptx.HostSteps(c.p)
		if len(got) != len(c.want) {
			t.Errorf("%s: host steps %q, want %d", c.p.Name, got, len(c.want))
			continue
		}
		for i, w := range c.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: host step %q, want %q in it", c.p.Name, got[i], w)
			}
		}
	}
}
