package driver

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// gpuSelectSchedules are the schedules whose scoring and selection run on
// the GPU (codegen/nvptx/select.go).
var gpuSelectSchedules = []string{
	"tile(q: 64, k: 64); score(mean); select(mass: 0.9, keep: [sink, diagonal])",
	"tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])",
	"tile(q: 64, k: 32); score(mean); select(top: 5, keep: [diagonal, local(2)]); order(index)",
	"tile(q: 32, k: 64); score(mean); select(mass: 0.5, min_blocks: 3)",
	// XAttention's antidiagonal scores (codegen/nvptx/antidiag.go).
	"tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])",
	"tile(q: 64, k: 32); score(antidiagonal, stride: 4); select(density: 0.2, keep: [diagonal])",
	// Key tiles of 16 and 32 groups: four and two tiles per 64-column
	// block, the other shapes of adstats' quad reduction.
	"tile(q: 64, k: 64); score(antidiagonal, stride: 4); select(mass: 0.8, keep: [diagonal])",
	"tile(q: 64, k: 64); score(antidiagonal, stride: 2); select(density: 0.3)",
	// One budget for all rows (codegen/nvptx/budget.go).
	"tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])",
	"tile(q: 32, k: 64); score(mean); budget(density: 0.2, scope: head, keep: [local(2)]); order(index)",
	"tile(q: 64, k: 64); score(antidiagonal, stride: 8); budget(density: 0.05)",
	// One budget per head (the pick kernel's table; four heads: N < 10000 only).
	"tile(q: 64, k: 64); score(mean); budget(density: [0.05, 0.2, 0.1, 0.3], keep: [sink, diagonal])",
	// Proxy heads (codegen/nvptx/proxy.go): f16, then bf16.
	"tile(q: 64, k: 64); score(mean, heads: 2); select(density: 0.1, keep: [sink, diagonal])",
	"tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 1); select(mass: 0.9, keep: [sink, diagonal])",
	// Oracle scores: the antidiagonal kernels with groups of one (f16, bf16).
	"tile(q: 64, k: 64); score(oracle); select(mass: 0.95, keep: [sink])",
	"tile(q: 64, k: 64); score(oracle); budget(density: 0.1, keep: [diagonal])",
	// Probe scores: the antidiagonal kernels with groups of S queries and
	// single keys (f16, bf16).
	"tile(q: 64, k: 64); score(probe); select(mass: 0.9, keep: [sink, diagonal])",
	"tile(q: 64, k: 64); score(probe, stride: 32); budget(density: 0.1, keep: [diagonal])",
}

func compileSchedule(t *testing.T, dt, sched string) *ir.Func {
	return compileScheduleD(t, dt, 64, sched)
}

func compileScheduleD(t *testing.T, dt string, d int, sched string) *ir.Func {
	D := strconv.Itoa(d)
	return compileKernel(t, dt, D, "    s = mask(s, causal)\n", sched)
}

// compileKernel compiles kernel k (GQA, head dim D, element type dt) with
// the mask line mask (empty: none) and schedule sched.
func compileKernel(t *testing.T, dt, D, mask, sched string) *ir.Func {
	src := "kernel k(q: " + dt + "[H, N, " + D + "], k: " + dt + "[G, N, " + D + "], v: " + dt + "[G, N, " + D + "]) -> " + dt + "[H, N, " + D + "] {\n" +
		"    s = q @ k^T * rsqrt(" + D + ")\n" + mask + "    return softmax(s) @ v\n}\nschedule k { " + sched + " }\n"
	prog, err := frontend.Compile("k.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.CompileModule(prog.Module, prog.Schedules, nil, nil); err != nil {
		t.Fatal(err)
	}
	return prog.Module.Funcs[0]
}

// TestGPUSelect checks scoring and selection on the GPU against the
// run-time library: the scores within float32 rounding of the host's
// (float64), and the lists exactly what the host selects from the GPU's
// own scores, ties included (one head of zeros at N = 777; added after the
// session's last GPU call, so first run by the next). It compiles (filling
// the PTX cache) everywhere and runs where there is a driver.
func TestGPUSelect(t *testing.T) {
	var fns []*ir.Func
	for i, sched := range gpuSelectSchedules {
		f := compileSchedule(t, []string{"bf16", "f16"}[i%2], sched)
		if _, _, err := nvptx.FindLLC(); err == nil {
			gp, err := compileGPU(f)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(gp.kernels, func(k cuda.Kernel) bool { return k.Kind == cuda.KindSelect || k.Kind == cuda.KindBudgetRows }) {
				t.Fatalf("%s: no GPU select kernel", sched)
			}
		}
		fns = append(fns, f)
	}
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i, f := range fns {
		for _, n := range []int{777, 5000, 70000} {
			if n > 10000 && (strings.Contains(gpuSelectSchedules[i], "oracle") || strings.Contains(gpuSelectSchedules[i], "probe")) {
				continue // the host's exact scores at this size take minutes
			}
			if n > 10000 && strings.Contains(gpuSelectSchedules[i], "density: [") {
				continue // four densities, for the four heads below
			}
			h, g := 4, 2
			if n > 10000 {
				h, g = 2, 1
			}
			inputs := map[string]*interp.Tensor{}
			for _, p := range f.Params {
				heads := h
				if p.Name != "q" {
					heads = g
				}
				x := interp.NewTensor(heads, n, 64)
				for j := range x.Data {
					x.Data[j] = roundTo(p.Type.DType, r.NormFloat64())
				}
				if p.Name == "q" && n == 777 {
					// Ties: query head 0 is all zeros, so every tile of its
					// rows scores alike and the selection must break every
					// tie by the lower tile, as the host's stable sort does.
					clear(x.Data[:n*64])
				}
				inputs[p.Name] = x
			}
			gp, err := compileGPU(f)
			if err != nil {
				t.Fatal(err)
			}
			s, err := openGPU(gp)
			if err != nil {
				t.Fatal(err)
			}
			gr, err := s.run(inputs, 0, 0)
			s.Close()
			if err != nil {
				t.Fatalf("%s N=%d: %v", gpuSelectSchedules[i], n, err)
			}
			checkGPUSelection(t, f, inputs, gr, gpuSelectSchedules[i], n)
		}
	}
}

// checkGPUSelection compares the GPU's scores and lists with the host's.
func checkGPUSelection(t *testing.T, f *ir.Func, inputs map[string]*interp.Tensor, gr *gpuResult, what string, n int) {
	score, sel := sparseOps(f)
	q, k := inputs["q"], inputs["k"]
	h := q.Shape[0]
	grid := &sparse.Grid{H: h, M: n, N: n, Group: h / k.Shape[0], BQ: score.Int("bq"), BK: score.Int("bk"), Mask: score.ExprAttr("mask").Program()}
	spec := ir.ScoreSpecOf(score.Attrs, score.Args[0].Type)
	e, _, err := sparse.BlockScore(grid, spec, q.Data, k.Data, 64, 0)
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i := range e {
		worst = math.Max(worst, math.Abs(e[i]-gr.E[i]))
	}
	if worst > 1e-5 {
		t.Errorf("%s N=%d: GPU scores differ from the host's by up to %.3g", what, n, worst)
	}
	nq, nk := grid.NQ(), grid.NK()
	ss := ir.SelectSpecOf(sel.Attrs)
	// The host's selection on the GPU's scores, in float32 as the GPU sums.
	e32 := make([]float64, len(gr.E))
	for i, x := range gr.E {
		e32[i] = float64(float32(x))
	}
	want := sparse.BlockSelect(e32, h, nq, nk, ss, nil, n, n)
	rows, differ := h*nq, 0
	for row := range rows {
		a, b := want[row*2*nk:(row+1)*2*nk], gr.List[row*2*nk:(row+1)*2*nk]
		for j := range a {
			if a[j] != b[j] {
				differ++
				if differ <= 3 {
					t.Logf("%s N=%d: row %d: host %v, GPU %v", what, n, row, a[:min(nk, 12)], b[:min(nk, 12)])
				}
				break
			}
		}
	}
	allowed := 0
	if differ > allowed {
		t.Errorf("%s N=%d: %d of %d rows differ from the host's selection on the same scores", what, n, differ, rows)
	} else {
		t.Logf("%s N=%d: %d rows, %d differ; scores within %.2g", what, n, rows, differ, worst)
	}
}

// TestGPUSparseTiming times the whole sparse pipeline on the GPU — mean or
// antidiagonal scoring, selection and the sparse attention — against
// dense causal attention, bf16, H = 32, d = 128 (the shapes of
// ../shared/GPU.md's peers). Set ATTNC_GPU_TIMING=N1,N2,... to run it (it
// needs a GPU with several GB free; run it once where llc is to fill the
// PTX cache), ATTNC_GPU_TIMING_SCHED=substring to time only some schedules.
func TestGPUSparseTiming(t *testing.T) {
	scheds := []string{
		"tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])",
		// 128-row query tiles: two warpgroups with double-buffered K and V
		// on sm_90a (the 64-row kernel is one warpgroup).
		"tile(q: 128, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 2); select(density: 0.1, keep: [sink, diagonal])",
		"tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])",
		"tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)",
		"tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])",
		// PBS's pipeline at the density the goal names (random
		// inputs hold no structure a mass selection could pack into 10 %).
		"tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(density: 0.1, keep: [diagonal])",
		// One budget per head (32 heads: 0.05 and 0.14 alternating).
		"tile(q: 64, k: 64); score(mean); budget(density: [" + strings.Repeat("0.05, 0.14, ", 15) + "0.05, 0.14], keep: [sink, diagonal])",
	}
	if only := os.Getenv("ATTNC_GPU_TIMING_SCHED"); only != "" {
		// Only the schedules containing the substring (a short call).
		scheds = slices.DeleteFunc(scheds, func(s string) bool { return !strings.Contains(s, only) })
	}
	fns := []*ir.Func{compileDense(t)}
	for _, sc := range scheds {
		fns = append(fns, compileScheduleD(t, "bf16", 128, sc))
	}
	gps := make([]*gpuProgram, len(fns))
	for i, f := range fns {
		gp, err := compileGPU(f) // fills the PTX cache here, for the GPU machine
		if err != nil {
			if _, _, lerr := nvptx.FindLLC(); lerr == nil {
				t.Fatal(err)
			}
		}
		gps[i] = gp
	}
	sizes := os.Getenv("ATTNC_GPU_TIMING")
	if sizes == "" {
		t.Skip("set ATTNC_GPU_TIMING=N1,N2,... to time the sparse pipeline on the GPU")
	}
	for i, gp := range gps {
		if gp == nil {
			t.Fatalf("%s: no PTX (run the test once where llc is)", fns[i].Name)
		}
	}
	ds, err := openGPU(gps[0])
	if err != nil {
		t.Skip(err)
	}
	defer ds.Close()
	sessions := []*gpuSession{}
	for _, gp := range gps[1:] {
		prog, err := ds.drv.Load(gp.plan)
		if err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, &gpuSession{drv: ds.drv, prog: prog})
	}
	t.Logf("device: %s", ds.drv.DeviceName())
	for _, f := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatal(err)
		}
		const h, d = 32, 128
		r := rand.New(rand.NewPCG(uint64(n), 9))
		inputs := map[string]*interp.Tensor{}
		for _, name := range []string{"q", "k", "v"} {
			x := interp.NewTensor(h, n, d)
			for j := range x.Data {
				x.Data[j] = float64(r.Float32()*4 - 2)
			}
			inputs[name] = x
		}
		dr, err := ds.run(inputs, 5, 0)
		if err != nil {
			t.Fatal(err)
		}
		dms := sumStages(dr.StageMS) - dr.StageMS["convert %1"]
		t.Logf("N=%d: dense %.2f ms (%.0f TFLOP/s)", n, dms, 2*float64(n)*float64(n)*d*h/dms/1e9)
		for i, ss := range sessions {
			sr, err := ss.run(inputs, 5, 0)
			if err != nil {
				t.Fatal(err)
			}
			sms := 0.0 // every device stage: permute, scoring and selection, attention
			for name, ms := range sr.StageMS {
				if !strings.HasPrefix(name, "convert") {
					sms += ms
				}
			}
			// Computed pairs, not tiles: the dense kernel's CTAs need not
			// be the selection's tiles (128 rows on sm_90a).
			t.Logf("N=%d %s: sparse pipeline %.2f ms = %.3f of dense at %.4f of the causal pairs; stages %v; launches %v",
				n, scheds[i], sms, sms/dms, float64(computed(sr.Pairs))/float64(computed(dr.Pairs)), sr.StageMS, sr.PartMS)
		}
	}
}

// computed is the (query, key) pairs the attention kernels computed,
// over every head.
func computed(ps []cuda.PairStats) int64 {
	var n int64
	for _, p := range ps {
		n += p.Computed
	}
	return n
}

func compileDense(t *testing.T) *ir.Func { return compileScheduleD(t, "bf16", 128, "") }

// TestSessionTables: the session's cached tables are what Kernel.Tables
// builds, for dense and sparse kernels, with and without a permutation and
// with the list on the device, and stay so on the second call.
func TestSessionTables(t *testing.T) {
	dense := compileScheduleD(t, "bf16", 64, "")
	sparseF := compileScheduleD(t, "bf16", 64, "tile(q: 64, k: 32); score(mean); select(top: 3)")
	const H, M, N = 3, 300, 300
	r := rand.New(rand.NewPCG(1, 2))
	for _, f := range []*ir.Func{dense, sparseF} {
		p, err := tile.Lower(f)
		if err != nil {
			t.Fatal(err)
		}
		_, kernels, err := nvptx.Generate(p)
		if err != nil {
			t.Fatal(err)
		}
		var k *cuda.Kernel
		for i := range kernels {
			if kernels[i].Kind == "" {
				k = &kernels[i]
			}
		}
		nq, nk := (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
		var list []int32
		if k.Sparse {
			list = make([]int32, H*nq*2*nk)
			for i := range list {
				list[i] = int32(r.IntN(nk+1)) - 1
			}
		}
		perm := make([]int32, H*2*N) // two segments of 150 per head, shuffled keys
		for i := range H * 2 {
			for j, x := range r.Perm(N) {
				perm[i*N+j] = int32(x)
			}
		}
		s := &cuda.Program{}
		for round := range 2 {
			for _, pm := range [][]int32{nil, perm} {
				want, err := k.Tables(H, M, N, list, pm, 150)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Tables(k, H, M, N, list, pm, 150, false)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got.Class, want.Class) || !slices.Equal(got.List, want.List) || got.LH != want.LH || got.CH != want.CH {
					t.Errorf("sparse=%v perm=%v round %d: session tables differ from Kernel.Tables", k.Sparse, pm != nil, round)
				}
				dev, err := s.Tables(k, H, M, N, nil, pm, 150, true)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(dev.Class, want.Class) || dev.List != nil || dev.LH != 1 {
					t.Errorf("sparse=%v perm=%v round %d: on-device tables: classes differ or a list is set", k.Sparse, pm != nil, round)
				}
			}
		}
	}
}

// TestCompileGPUFromCache: without llc the driver runs what the cache
// holds, for whichever target a machine with llc compiled — wgmma kernels
// from llc-19 (sm_90a), mma.sync ones from llc-14 (sm_80) — and says what
// is missing when the cache holds neither.
func TestCompileGPUFromCache(t *testing.T) {
	// The dense kernel at d = 128 is sm_90a's producer kernel, whose
	// passes change the program most: the sm_80 case must not start from
	// what they left (the driver once did, and missed llc-14's PTX).
	fns := []*ir.Func{
		compileScheduleD(t, "bf16", 128, "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"),
		compileDense(t),
	}
	for _, c := range []struct {
		llc    string
		major  int
		target string
	}{{"llc-19", 19, "sm_90a"}, {"llc-14", 14, "sm_80"}} {
		path, err := exec.LookPath(c.llc)
		if err != nil {
			path = fmt.Sprintf("/usr/lib/llvm-%d/bin/llc", c.major)
			if _, err := os.Stat(path); err != nil {
				t.Logf("no %s: skipping its case", c.llc)
				continue
			}
		}
		for _, f := range fns {
			t.Setenv("ATTNC_CACHE_DIR", t.TempDir())
			t.Setenv("ATTNC_LLC", "off")
			if _, err := compileGPU(f); err == nil || !strings.Contains(err.Error(), "ATTNC_LLC=off") {
				t.Fatalf("%s: empty cache, no llc: %v, want the missing llc named", f.Name, err)
			}
			t.Setenv("ATTNC_LLC", path)
			built, err := compileGPU(f)
			if err != nil {
				t.Fatal(err)
			}
			t.Setenv("ATTNC_LLC", "off")
			cached, err := compileGPU(f)
			if err != nil {
				t.Fatalf("%s, %s: %v", f.Name, c.llc, err)
			}
			if built.target != c.target || cached.target != c.target || cached.ptx != built.ptx {
				t.Errorf("%s, %s: built for %s, cache gave %s (same PTX: %v), want %s", f.Name, c.llc, built.target, cached.target, cached.ptx == built.ptx, c.target)
			}
			if wg := strings.Contains(cached.ptx, "wgmma.mma_async"); wg != (c.target == "sm_90a") {
				t.Errorf("%s, %s: wgmma in the PTX: %v", f.Name, c.target, wg)
			}
		}
	}
}

// TestGPUBudgetHeadsMismatch: a per-head budget run with another number
// of heads than it lists densities is an error on the device, as on the
// host, not a read past the pick kernel's table.
func TestGPUBudgetHeadsMismatch(t *testing.T) {
	f := compileSchedule(t, "bf16", "tile(q: 64, k: 64); score(mean); budget(density: [0.05, 0.2, 0.1, 0.3])")
	if _, _, err := nvptx.FindLLC(); err == nil {
		if _, err := compileGPU(f); err != nil { // here: fills the PTX cache for the GPU machine, which has no llc
			t.Fatal(err)
		}
	}
	if _, err := cuda.Open(); err != nil {
		t.Skip(err)
	}
	gp, err := compileGPU(f)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	inputs := map[string]*interp.Tensor{}
	for _, p := range f.Params {
		x := interp.NewTensor(2, 300, 64)
		for j := range x.Data {
			x.Data[j] = roundTo(p.Type.DType, r.NormFloat64())
		}
		inputs[p.Name] = x
	}
	s, err := openGPU(gp)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.run(inputs, 0, 0); err == nil || !strings.Contains(err.Error(), "one density per query head") {
		t.Errorf("two heads, four densities: %v, want the heads' error", err)
	}
}

// TestBenchCompilesBothFirst: attnc bench -device cuda compiles the dense
// and the sparse kernel before it opens the device, so that a machine
// with llc and no GPU fills the PTX cache a GPU machine without llc
// reads (the sixteenth session's first call lost its benchmarks to a
// cache holding the sparse kernel only).
func TestBenchCompilesBothFirst(t *testing.T) {
	if _, _, err := nvptx.FindLLC(); err != nil {
		t.Skip(err)
	}
	if _, err := cuda.Open(); err == nil {
		t.Skip("a GPU is here: bench would run")
	}
	root := t.TempDir()
	t.Setenv("ATTNC_CACHE_DIR", root)
	var stdout, stderr strings.Builder
	if code := Main([]string{"bench", "-device", "cuda", "-n", "256", "-heads", "2", "../examples/moba.attn"}, &stdout, &stderr); code == 0 {
		t.Fatalf("bench without a GPU succeeded: %s", stdout.String())
	}
	entries, err := os.ReadDir(filepath.Join(root, "ptx"))
	if err != nil || len(entries) != 2 {
		t.Fatalf("PTX cache after bench: %d entries (%v), want the dense and the sparse kernel; stderr: %s", len(entries), err, stderr.String())
	}
}
