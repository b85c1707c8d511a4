package driver

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
	"github.com/attnc/attnc/runtime/sparse"
)

// `attnc run -device cuda` and `attnc bench -device cuda` run a kernel's
// tile program on device 0: attention, and mean scoring with selection, as
// kernels from codegen/nvptx (PTX from llc, kept in a cache keyed by the
// LLVM IR's hash, so that a machine with a GPU but no LLVM can run what a
// machine with LLVM compiled — copy the cache, or point ATTNC_CACHE_DIR at
// it); the other scoring methods, budget selection and permutations through
// the run-time library on the host, whose results are uploaded (docs/gpu.md).

// gpuProgram is a kernel compiled for the GPU.
type gpuProgram struct {
	prog    *tile.Program
	ll, ptx string
	kernels []cuda.Kernel
	target  string // the PTX target (nvptx.Targets)
}

// compileGPU lowers f to PTX. The kernels depend on the target (wgmma on
// sm_90a): with llc, the newest llc's; without, the first target whose PTX
// the cache holds.
func compileGPU(f *ir.Func) (*gpuProgram, error) {
	p, err := tile.Lower(f)
	if err != nil {
		return nil, err
	}
	targets := nvptx.Targets
	if _, major, err := nvptx.FindLLC(); err == nil {
		targets = []string{nvptx.Target(major)}
	}
	var first error
	for _, target := range targets {
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor(target))
		if err != nil {
			return nil, err
		}
		ptx, err := cachedPTX(ll)
		if err == nil {
			return &gpuProgram{prog: p, ll: ll, ptx: ptx, kernels: kernels, target: target}, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, first
}

func ptxCacheDir() string { return cacheDir("ptx") }

// cachedPTX compiles LLVM IR with llc, or returns the PTX an earlier
// compilation of the same IR left in the cache.
func cachedPTX(ll string) (string, error) {
	sum := sha256.Sum256([]byte(ll))
	path := filepath.Join(ptxCacheDir(), hex.EncodeToString(sum[:16])+".ptx")
	if b, err := os.ReadFile(path); err == nil {
		return string(b), nil
	}
	if _, _, err := nvptx.FindLLC(); err != nil {
		return "", fmt.Errorf("%v, and no PTX for this kernel in %s: run the same command once on a machine with LLVM and copy that folder here (or set ATTNC_CACHE_DIR to a copy)", err, ptxCacheDir())
	}
	ptx, _, err := nvptx.CompilePTX(ll)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
		tmp := path + ".tmp"
		if os.WriteFile(tmp, []byte(ptx), 0o644) == nil {
			os.Rename(tmp, path)
		}
	}
	return ptx, nil
}

// gpuResult is one run of a program on the GPU.
type gpuResult struct {
	Out     *interp.Tensor
	StageMS map[string]float64 // medians over the repetitions
	PartMS  map[string]float64 // medians of the launches within a stage ("blockscore %0+select (GPU): pool")
	TimeMS  []float64          // whole program, per repetition
	Tiles   int64              // key tiles the attention kernels visit
	E       []float64          // the last blockscore's scores (for tests and plots)
	List    []int32            // the last blockselect's lists
}

// gpuSession is an opened device with a program's module loaded.
type gpuSession struct {
	drv     *cuda.Driver
	mod     cuda.Module
	gp      *gpuProgram
	classes map[string]cuda.Tables // class tables (and dense lists) without a permutation, by kernel and shape
}

// classTable is k.Classes(H, M, N, nil, 0), kept for the session: it
// depends only on the mask and the shape.
func (s *gpuSession) classTable(k *cuda.Kernel, H, M, N int) cuda.Tables {
	key := fmt.Sprint(k.Name, H, M, N)
	if t, ok := s.classes[key]; ok {
		return t
	}
	if s.classes == nil {
		s.classes = map[string]cuda.Tables{}
	}
	t := k.Classes(H, M, N, nil, 0)
	s.classes[key] = t
	return t
}

func openGPU(gp *gpuProgram) (*gpuSession, error) {
	drv, err := cuda.Open()
	if err != nil {
		return nil, err
	}
	mod, err := drv.LoadPTX(gp.ptx)
	if err != nil {
		drv.Close()
		return nil, err
	}
	return &gpuSession{drv: drv, mod: mod, gp: gp}, nil
}

func (s *gpuSession) Close() { s.drv.Close() }

// openGPUPair compiles two kernels (sparse and dense) and loads both on one
// device; closing the first closes the device.
func openGPUPair(sf, df *ir.Func) (*gpuSession, *gpuSession, error) {
	sp, err := compileGPU(sf)
	if err != nil {
		return nil, nil, err
	}
	dp, err := compileGPU(df)
	if err != nil {
		return nil, nil, err
	}
	s, err := openGPU(sp)
	if err != nil {
		return nil, nil, err
	}
	mod, err := s.drv.LoadPTX(dp.ptx)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, &gpuSession{drv: s.drv, mod: mod, gp: dp}, nil
}

// sumStages is a run's time as the sum of its stages' medians.
func sumStages(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

// run executes the tile program on inputs repeat times (after one warm-up)
// and returns the last output.
func (s *gpuSession) run(inputs map[string]*interp.Tensor, repeat, workers int) (*gpuResult, error) {
	p, drv := s.gp.prog, s.drv
	var bufs []cuda.Buffer
	defer func() {
		for _, b := range bufs {
			drv.Free(b)
		}
	}()
	alloc := func(n int) (cuda.Buffer, error) {
		b, err := drv.Alloc(uint64(n))
		if err == nil {
			bufs = append(bufs, b)
		}
		return b, err
	}
	upload := func(data []byte) (cuda.Buffer, error) {
		b, err := alloc(len(data))
		if err != nil {
			return b, err
		}
		return b, drv.UploadBytes(b, data)
	}
	// Host values by buffer: parameters in float64, step results.
	f64 := map[*tile.Buffer][]float64{}
	i32 := map[*tile.Buffer][]int32{}
	shape := map[*tile.Buffer][]int{}
	for _, prm := range p.Params {
		x, ok := inputs[prm.Name]
		if !ok {
			return nil, fmt.Errorf("no input %s", prm.Name)
		}
		f64[prm], shape[prm] = x.Data, x.Shape
	}
	dev := map[string]cuda.Buffer{} // parameter uploads by dtype: "q/bf16"
	param := func(b *tile.Buffer, dt runtime.DType) (cuda.Buffer, error) {
		key := b.Name + "/" + dt.String()
		if buf, ok := dev[key]; ok {
			return buf, nil
		}
		t, err := runtime.FromFloat64(dt, shape[b], f64[b])
		if err != nil {
			return cuda.Buffer{}, err
		}
		buf, err := upload(t.Data)
		dev[key] = buf
		return buf, err
	}
	res := &gpuResult{StageMS: map[string]float64{}, PartMS: map[string]float64{}}
	stageTimes, partTimes := map[string][]float64{}, map[string][]float64{}
	var out *interp.Tensor
	wrote := map[*tile.Buffer]string{}        // the type an MMA kernel stored its output in
	devList := map[*tile.Buffer]cuda.Buffer{} // tile lists the GPU selected (never uploaded)
	for rep := 0; rep <= repeat; rep++ {
		t0 := time.Now()
		res.Tiles = 0
		skip := -1
		for si, st := range p.Steps {
			name := fmt.Sprintf("%s %%%d", st.Op, si)
			ts := time.Now()
			if si == skip {
				continue // computed on the GPU with the step before
			}
			if sel := s.kernel("select", si+1); st.Op == "blockscore" && sel != nil && s.gpuSelect(si, sel, shape) {
				split := map[string]float64{}
				ms, err := s.scoreSelect(si, sel, f64, shape, param, alloc, upload, devList, rep == repeat, i32, split)
				if err != nil {
					return nil, err
				}
				stageTimes[name+"+select (GPU)"] = append(stageTimes[name+"+select (GPU)"], ms)
				for what, t := range split {
					partTimes[name+"+select (GPU): "+what] = append(partTimes[name+"+select (GPU): "+what], t)
				}
				skip = si + 1
				continue
			}
			switch {
			case st.Kind == tile.Call && st.Op == "convert" && wrote[st.Args[0]] == st.Out.Type.DType.String():
				f64[st.Out], shape[st.Out] = f64[st.Args[0]], shape[st.Args[0]] // the kernel rounded as it stored
			case st.Kind == tile.Call && st.Op == "convert":
				src := f64[st.Args[0]]
				dt := st.Out.Type.DType
				outv := make([]float64, len(src))
				for i, x := range src {
					outv[i] = roundTo(dt, x)
				}
				f64[st.Out], shape[st.Out] = outv, shape[st.Args[0]]
			case st.Kind == tile.Call:
				if err := hostCall(st, f64, i32, shape, workers); err != nil {
					return nil, err
				}
			default:
				k := s.kernel("", si)
				// The output comes back on the first repetition (the later
				// steps' input) and the last (the result); the others reuse
				// the first's, the same values.
				keep := rep == 0 || rep == repeat || f64[st.Out] == nil
				o, tiles, ms, err := s.attention(k, st, f64, i32, shape, param, upload, alloc, devList, keep)
				if err != nil {
					return nil, err
				}
				res.Tiles += tiles
				if o != nil {
					f64[st.Out], shape[st.Out] = o.Data, o.Shape
				}
				wrote[st.Out] = k.OutType
				stageTimes[name] = append(stageTimes[name], ms)
				continue
			}
			stageTimes[name] = append(stageTimes[name], float64(time.Since(ts).Microseconds())/1000)
		}
		if rep > 0 {
			res.TimeMS = append(res.TimeMS, float64(time.Since(t0).Microseconds())/1000)
		}
		out = &interp.Tensor{Shape: shape[p.Result], Data: f64[p.Result]}
	}
	for _, m := range []struct {
		times map[string][]float64
		out   map[string]float64
	}{{stageTimes, res.StageMS}, {partTimes, res.PartMS}} {
		for k, v := range m.times {
			if len(v) > 1 {
				v = v[1:] // the warm-up
			}
			m.out[k] = median(v)
		}
	}
	res.Out = out
	for _, st := range p.Steps {
		switch st.Op {
		case "blockscore":
			res.E = f64[st.Out]
		case "blockselect":
			res.List = i32[st.Out]
		}
	}
	return res, nil
}

// attention launches one attention kernel and returns its output (float64,
// already rounded when the kernel writes b16), tiles visited and device ms.
// keep: poison the output, download it and check it (else the result is
// nil: a timing repetition whose output nobody reads).
func (s *gpuSession) attention(k *cuda.Kernel, st *tile.Step, f64 map[*tile.Buffer][]float64, i32 map[*tile.Buffer][]int32,
	shape map[*tile.Buffer][]int, param func(*tile.Buffer, runtime.DType) (cuda.Buffer, error),
	upload func([]byte) (cuda.Buffer, error), alloc func(int) (cuda.Buffer, error), devList map[*tile.Buffer]cuda.Buffer, keep bool) (*interp.Tensor, int64, float64, error) {
	drv := s.drv
	qb, kb, vb := st.Args[0], st.Args[1], st.Args[2]
	H, M, D := shape[qb][0], shape[qb][1], shape[qb][2]
	G, N := shape[kb][0], shape[kb][1]
	if G == 0 || H%G != 0 {
		return nil, 0, 0, fmt.Errorf("%s: %d query heads do not divide into %d key/value heads", st.Pos, H, G)
	}
	if D != k.D {
		return nil, 0, 0, fmt.Errorf("%s: head dim %d, kernel %d", st.Pos, D, k.D)
	}
	dt := runtime.F32
	if k.MMA {
		dt = map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[k.DType]
	}
	a := cuda.AttentionArgs{H: H, M: M, N: N, Group: H / G}
	var err error
	if a.Q, err = param(qb, dt); err != nil {
		return nil, 0, 0, err
	}
	if a.K, err = param(kb, dt); err != nil {
		return nil, 0, 0, err
	}
	if a.V, err = param(vb, dt); err != nil {
		return nil, 0, 0, err
	}
	var list, perm []int32
	var dlist *cuda.Buffer
	for _, arg := range st.Args[3:] {
		switch {
		case len(shape[arg]) == 4: // blockselect [H, NQ, 2, NK]
			list = i32[arg]
			if b, ok := devList[arg]; ok {
				dlist = &b
			}
		case len(shape[arg]) == 3 && i32[arg] != nil: // permute [H, NS, N]
			perm = i32[arg]
			a.NS = shape[arg][1]
		}
	}
	if perm != nil {
		if a.Perm, err = upload(cuda.Int32Bytes(perm)); err != nil {
			return nil, 0, 0, err
		}
		for _, ps := range s.gp.prog.Steps {
			if ps.Op == "permute" && slices.Contains(st.Args, ps.Out) {
				a.Segment, _ = ps.Attrs["segment"].(int)
			}
		}
		if a.Segment <= 0 {
			return nil, 0, 0, fmt.Errorf("internal error: %s: no segment for the permutation", st.Pos)
		}
	}
	var tiles int64
	if k.MMA {
		tb, err := s.tables(k, H, M, N, list, perm, a.Segment, dlist != nil)
		if err != nil {
			return nil, 0, 0, err
		}
		a.Tables = tb
		if dlist == nil {
			for h := range H {
				lh := h * tb.LH
				for I := range tb.NQ {
					tiles += countTiles(tb.List[(lh*tb.NQ+I)*2*tb.NK:][:tb.NK])
				}
			}
		}
		if dlist != nil {
			a.List = *dlist
			for i := 0; i+tb.NK <= len(list); i += 2 * tb.NK {
				tiles += countTiles(list[i : i+tb.NK]) // the downloaded copy, for the report
			}
		} else if a.List, err = upload(cuda.Int32Bytes(tb.List)); err != nil {
			return nil, 0, 0, err
		}
		if a.Class, err = upload(tb.Class); err != nil {
			return nil, 0, 0, err
		}
	} else if k.Sparse {
		a.NQ, a.NK = (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
		if a.List, err = upload(cuda.Int32Bytes(list)); err != nil {
			return nil, 0, 0, err
		}
	}
	odt := runtime.F32
	if k.MMA && k.OutType != "f32" {
		odt = map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[k.OutType]
	}
	var o *runtime.Tensor
	if keep {
		o = runtime.New(odt, H, M, k.DV)
		for i := range o.Data {
			o.Data[i] = 0xff // poison: NaN in every float type
		}
		a.Out, err = upload(o.Data)
	} else {
		a.Out, err = alloc(H * M * k.DV * odt.Size()) // no host copy: nobody reads this output
	}
	if err != nil {
		return nil, 0, 0, err
	}
	if k.EarlyExit {
		if a.Visits, err = alloc(4 * H * a.Tables.NQ); err != nil {
			return nil, 0, 0, err
		}
	}
	fn, err := drv.Function(s.mod, k.Name)
	if err != nil {
		return nil, 0, 0, err
	}
	ms, err := drv.Time(func() error { return drv.LaunchAttention(fn, k, a) })
	if err != nil {
		return nil, 0, 0, fmt.Errorf("%s: %v", k.Name, err)
	}
	if k.EarlyExit {
		// The kernel stopped where it did: count what it processed.
		v := make([]int32, H*a.Tables.NQ)
		if err := drv.DownloadBytes(cuda.Int32Bytes(v), a.Visits); err != nil {
			return nil, 0, 0, err
		}
		tiles = 0
		for _, n := range v {
			tiles += int64(n)
		}
	}
	if !keep {
		return nil, tiles, float64(ms), nil
	}
	if err := drv.DownloadBytes(o.Data, a.Out); err != nil {
		return nil, 0, 0, err
	}
	t := &interp.Tensor{Shape: []int{H, M, k.DV}, Data: o.Float64s()}
	if slices.ContainsFunc(t.Data, func(x float64) bool { return x != x }) {
		return nil, 0, 0, fmt.Errorf("internal error: %s left NaN in its output (unwritten or overflowed elements)", k.Name)
	}
	return t, tiles, float64(ms), nil
}

// countTiles counts the entries of one tile list row.
func countTiles(list []int32) int64 {
	var n int64
	for _, J := range list {
		if J >= 0 {
			n++
		}
	}
	return n
}

// kernel returns the program's GPU kernel of a kind for step si, or nil.
func (s *gpuSession) kernel(kind string, si int) *cuda.Kernel { return s.kernelOf(kind, "", si) }

// kernelOf is kernel for kernels that also name an argument (pool: q, k).
func (s *gpuSession) kernelOf(kind, arg string, si int) *cuda.Kernel {
	for i := range s.gp.kernels {
		if k := &s.gp.kernels[i]; k.Kind == kind && k.Arg == arg && k.Step == si {
			return k
		}
	}
	return nil
}

// tables is k.Tables(H, M, N, list, perm, segment) — with onDevice, only
// the classes (the list is on the device already). The class table (and a
// dense kernel's list) depend on the mask and the shape only unless a
// permutation moves the keys, so those are kept for the session instead of
// rebuilt every repetition.
func (s *gpuSession) tables(k *cuda.Kernel, H, M, N int, list, perm []int32, segment int, onDevice bool) (cuda.Tables, error) {
	switch {
	case perm != nil && onDevice:
		tb := k.Classes(H, M, N, perm, segment)
		tb.LH = 1
		return tb, nil
	case perm != nil:
		return k.Tables(H, M, N, list, perm, segment)
	case onDevice:
		tb := s.classTable(k, H, M, N)
		tb.LH = 1
		return tb, nil
	case k.Sparse:
		tb := s.classTable(k, H, M, N)
		if len(list) != H*tb.NQ*2*tb.NK {
			return tb, fmt.Errorf("internal error: %s: tile list has %d entries, want %d×%d×2×%d", k.Name, len(list), H, tb.NQ, tb.NK)
		}
		tb.List, tb.LH = list, 1
		return tb, nil
	}
	return s.denseTables(k, H, M, N)
}

// denseTables is k.Tables(H, M, N, nil, nil, 0) (a dense kernel's list of
// non-empty tiles and their classes), kept for the session.
func (s *gpuSession) denseTables(k *cuda.Kernel, H, M, N int) (cuda.Tables, error) {
	key := fmt.Sprint("dense ", k.Name, H, M, N)
	if t, ok := s.classes[key]; ok {
		return t, nil
	}
	if s.classes == nil {
		s.classes = map[string]cuda.Tables{}
	}
	t, err := k.Tables(H, M, N, nil, nil, 0)
	if err == nil {
		s.classes[key] = t
	}
	return t, err
}

// gpuSelect says whether blockscore si runs on the GPU at these shapes: a
// row of key tiles must fit the select kernel's sort.
func (s *gpuSession) gpuSelect(si int, sel *cuda.Kernel, shape map[*tile.Buffer][]int) bool {
	kb := s.gp.prog.Steps[si].Args[1]
	return (shape[kb][1]+sel.BK-1)/sel.BK <= nvptx.SelectLimit
}

// scoreSelect runs blockscore si and the blockselect after it on the GPU:
// the scores (mean: pooled q and k and their GEMM; antidiagonal: row
// statistics, then tile masses), then the select kernel, whose list stays
// on the device (devList) for the attention. With last, the scores and the
// list are downloaded for the report (outside the timed region).
func (s *gpuSession) scoreSelect(si int, sel *cuda.Kernel, f64 map[*tile.Buffer][]float64, shape map[*tile.Buffer][]int,
	param func(*tile.Buffer, runtime.DType) (cuda.Buffer, error), alloc func(int) (cuda.Buffer, error),
	upload func([]byte) (cuda.Buffer, error), devList map[*tile.Buffer]cuda.Buffer, last bool, i32 map[*tile.Buffer][]int32, split map[string]float64) (float64, error) {
	drv := s.drv
	st, se := s.gp.prog.Steps[si], s.gp.prog.Steps[si+1]
	qb, kb := st.Args[0], st.Args[1]
	H, M, d := shape[qb][0], shape[qb][1], shape[qb][2]
	G, N := shape[kb][0], shape[kb][1]
	nq, nk := (M+sel.BQ-1)/sel.BQ, (N+sel.BK-1)/sel.BK
	dt := map[ir.DType]runtime.DType{ir.BF16: runtime.BF16, ir.F16: runtime.F16}[qb.Type.DType]
	q, err := param(qb, dt)
	if err != nil {
		return 0, err
	}
	k, err := param(kb, dt)
	if err != nil {
		return 0, err
	}
	tb := s.classTable(sel, H, M, N)
	cls, err := upload(tb.Class)
	if err != nil {
		return 0, err
	}
	e, err := alloc(4 * H * nq * nk)
	if err != nil {
		return 0, err
	}
	list, err := alloc(4 * H * nq * 2 * nk)
	if err != nil {
		return 0, err
	}
	sa := cuda.ScoreArgs{H: H, G: G, M: M, N: N, D: d, NQ: nq, NK: nk, Q: q, K: k, E: e, Class: cls, CH: tb.CH, List: list}
	// Each launch timed on its own (the stages' split is what tuning
	// needs); the step's time is their sum.
	type launch struct {
		what    string
		kernels []*cuda.Kernel
	}
	find := func(kind, arg string) *cuda.Kernel { return s.kernelOf(kind, arg, si) }
	var launches []launch
	if find("adstats", "") != nil {
		// Antidiagonal scores: row statistics, then the tile masses.
		sa.Stride = ir.ScoreSpecOf(st.Attrs).Stride
		if sa.Stats, err = alloc(4 * 2 * H * ((M + sa.Stride - 1) / sa.Stride)); err != nil {
			return 0, err
		}
		launches = append(launches, launch{"adstats", []*cuda.Kernel{find("adstats", "")}}, launch{"admass", []*cuda.Kernel{find("admass", "")}})
	} else {
		if sa.QM, err = alloc(4 * H * nq * d); err != nil {
			return 0, err
		}
		if sa.KM, err = alloc(4 * G * nk * d); err != nil {
			return 0, err
		}
		launches = append(launches, launch{"pool", []*cuda.Kernel{find("pool", "q"), find("pool", "k")}}, launch{"scores", []*cuda.Kernel{find("scores", "")}})
	}
	launches = append(launches, launch{"select", []*cuda.Kernel{sel}})
	var ms float64
	for _, l := range launches {
		type call struct {
			fn          cuda.Function
			grid, block [3]uint32
			args        []any
		}
		var calls []call
		for _, kk := range l.kernels {
			if kk == nil {
				return 0, fmt.Errorf("internal error: no %s kernel for step %d", l.what, si)
			}
			fn, err := drv.Function(s.mod, kk.Name)
			if err != nil {
				return 0, err
			}
			grid, block, args, err := kk.ScoreLaunch(sa)
			if err != nil {
				return 0, err
			}
			calls = append(calls, call{fn, grid, block, args})
		}
		t, err := drv.Time(func() error {
			for _, c := range calls {
				if err := drv.Launch(c.fn, c.grid, c.block, 0, c.args...); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("%s (%s): %v", sel.Name, l.what, err)
		}
		split[l.what] = float64(t)
		ms += float64(t)
	}
	devList[se.Out] = list
	shape[st.Out], shape[se.Out] = []int{H, nq, nk}, []int{H, nq, 2, nk}
	if last {
		eb := make([]byte, 4*H*nq*nk)
		lb := make([]byte, 4*H*nq*2*nk)
		if err := drv.DownloadBytes(eb, e); err != nil {
			return 0, err
		}
		if err := drv.DownloadBytes(lb, list); err != nil {
			return 0, err
		}
		ev := make([]float64, H*nq*nk)
		for i := range ev {
			ev[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(eb[4*i:])))
		}
		lv := make([]int32, H*nq*2*nk)
		for i := range lv {
			lv[i] = int32(binary.LittleEndian.Uint32(lb[4*i:]))
		}
		f64[st.Out], i32[se.Out] = ev, lv
	} else {
		i32[se.Out] = nil
	}
	return ms, nil
}

// hostCall runs a scoring, selection or permutation step with the run-time
// library (the semantics the interpreter and the CPU backend share).
func hostCall(st *tile.Step, f64 map[*tile.Buffer][]float64, i32 map[*tile.Buffer][]int32, shape map[*tile.Buffer][]int, workers int) error {
	in := func(k string) int { n, _ := st.Attrs[k].(int); return n }
	mask, _ := st.Attrs["mask"].(*ir.Expr)
	switch st.Op {
	case "permute":
		q, k := st.Args[0], st.Args[1]
		h, m, d := shape[q][0], shape[q][1], shape[q][2]
		spec := ir.PermuteSpecOf(st.Attrs)
		perm, _ := sparse.Permute(spec, f64[q], f64[k], h, m, d, shape[k][0], shape[k][1])
		i32[st.Out], shape[st.Out] = perm, []int{h, (m + spec.Segment - 1) / spec.Segment, shape[k][1]}
	case "blockscore":
		q, k := st.Args[0], st.Args[1]
		h, m, d := shape[q][0], shape[q][1], shape[q][2]
		g := &sparse.Grid{H: h, M: m, N: shape[k][1], Group: h / shape[k][0], BQ: in("bq"), BK: in("bk"), Mask: mask.Program(), Segment: in("segment")}
		if len(st.Args) == 3 {
			g.Perm = i32[st.Args[2]]
		}
		spec := ir.ScoreSpecOf(st.Attrs)
		e, _, err := sparse.BlockScore(g, spec, f64[q], f64[k], d, workers)
		if err != nil {
			return fmt.Errorf("%s: %v", st.Pos, err)
		}
		f64[st.Out], shape[st.Out] = e, []int{h, g.NQ(), g.NK()}
	case "blockselect":
		e := st.Args[0]
		h, nq, nk := shape[e][0], shape[e][1], shape[e][2]
		spec := ir.SelectSpecOf(st.Attrs)
		var perm []int32
		m, n := nq*spec.BQ, nk*spec.BK
		if len(st.Args) == 2 {
			perm = i32[st.Args[1]]
			ps := shape[st.Args[1]]
			m, n = ps[1]*spec.Segment, ps[2]
		}
		i32[st.Out], shape[st.Out] = sparse.BlockSelect(f64[e], h, nq, nk, spec, perm, m, n), []int{h, nq, 2, nk}
	default:
		return fmt.Errorf("%s: the GPU path has no lowering for %s", st.Pos, st.Op)
	}
	return nil
}

// runOnCUDA runs f on the GPU after the interpreter (res) and reports the
// GPU's output against it (ref_diff), its time and its stages.
func (r *runFlags) runOnCUDA(f *ir.Func, inputs map[string]*interp.Tensor, res *interp.Result, rep *report, progress func(string, ...any)) error {
	t0 := time.Now()
	gp, err := compileGPU(f)
	if err != nil {
		return err
	}
	rep.StageMS["build"] = ms(time.Since(t0))
	for _, k := range gp.kernels {
		if !k.MMA && k.Kind == "" {
			progress("%s: the scalar f32 kernel (no tensor cores: %s)", k.Name, k.Why)
		}
	}
	for _, why := range nvptx.HostSteps(gp.prog) {
		progress("%s", why)
	}
	s, err := openGPU(gp)
	if err != nil {
		return err
	}
	defer s.Close()
	rep.Device = "cuda: " + s.drv.DeviceName()
	progress("running on %s", s.drv.DeviceName())
	gr, err := s.run(inputs, r.repeat, r.workers)
	if err != nil {
		return err
	}
	diff, err := interp.RelErr(gr.Out, res.Out)
	if err != nil {
		return err
	}
	match := gr.Tiles == res.Stats.TilesVisited
	rep.RefDiff = &diff
	if hasSchedule(gp.prog) {
		rep.RefMatch = &match // the same tiles as the interpreter
	}
	rep.StageMS["ref"] = rep.StageMS["run"]
	rep.TimeMS = median(gr.TimeMS)
	rep.StageMS["run"] = rep.TimeMS
	for k, v := range gr.StageMS {
		rep.StageMS["cuda "+k] = v
	}
	for k, v := range gr.PartMS {
		rep.StageMS["cuda "+k] = v
	}
	res.Out = gr.Out
	return nil
}

func hasSchedule(p *tile.Program) bool {
	for _, s := range p.Steps {
		if s.Kind == tile.Call && s.Op != "convert" {
			return true
		}
	}
	return false
}
