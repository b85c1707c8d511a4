package cuda

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// Program is a Plan loaded on a device: its PTX module and the tables
// that depend only on the mask and the shape, kept between runs.
type Program struct {
	drv     *Driver
	mod     Module
	plan    *Plan
	kernels map[string]*Kernel
	classes map[string]Tables
	full    map[string]fullTable // compensate's tables of wholly allowed tiles
	pairs   map[string][]int64   // allowed pairs per (head, query tile), by kernel and shape
	// Inputs kept on the device (resident.go), and each score step's key
	// means kept between repetitions and runs (RunOptions.KeyCache).
	resident map[string]*Resident
	kept     map[string]*keptMeans
	// The run-time library's buffers for each host step (hostWorkspace),
	// kept between runs so that a repeated run allocates nothing.
	hostWS map[string]*sparse.Workspace
}

// hostWorkspace returns host step out's workspace.
func (p *Program) hostWorkspace(out string) *sparse.Workspace {
	if p.hostWS == nil {
		p.hostWS = map[string]*sparse.Workspace{}
	}
	ws := p.hostWS[out]
	if ws == nil {
		ws = new(sparse.Workspace)
		p.hostWS[out] = ws
	}
	return ws
}

// Load checks plan and loads its PTX on d.
func (d *Driver) Load(plan *Plan) (*Program, error) {
	if err := plan.Check(); err != nil {
		return nil, err
	}
	mod, err := d.LoadPTX(plan.PTX)
	if err != nil {
		return nil, err
	}
	p := &Program{drv: d, mod: mod, plan: plan, kernels: map[string]*Kernel{}}
	for i := range plan.Kernels {
		p.kernels[plan.Kernels[i].Name] = &plan.Kernels[i]
	}
	return p, nil
}

// Plan returns the plan p runs.
func (p *Program) Plan() *Plan { return p.plan }

// RunOptions tune a run.
type RunOptions struct {
	Repeat  int // timed repetitions after one warm-up (0: one run, untimed warm-up none)
	Workers int // host threads for the run-time library's steps (0: all CPUs)
	// KeyCache runs the repetitions as a decode loop over a KV cache (a
	// kernel with key lengths): each repetition after the first appends a
	// key to every sequence — its length grows by one, up to the cache's
	// capacity — and the key tiles' means are kept between repetitions,
	// only the tiles from each sequence's previous last key pooled again
	// (keylens.go). The result is the last repetition's. With the keys
	// kept on the device (Program.Resident) the means are kept for the
	// next run too, while its lengths are no shorter and the keys below
	// them unwritten (resident.go).
	KeyCache bool
	// RowScores: the per-row kernels (gate, tokens) also write the scores
	// they ranked, which Result.RowE returns — for tests of the kernels
	// against the host's selection on the same scores.
	RowScores bool
}

// Result is a run's output and what it cost.
type Result struct {
	Out     *runtime.Tensor    // the result, in its element type
	StageMS map[string]float64 // per step, median over the repetitions (a step run on the device: its launches' device time)
	PartMS  map[string]float64 // per launch group of a score-select step ("blockscore %0+select (GPU): pool")
	TimeMS  []float64          // the whole program, per timed repetition
	Tiles   int64              // key tiles the attention kernels visited
	Pairs   []PairStats        // per head, over the attention steps of the last run: density's terms
	E       []float64          // the last blockscore's scores (for reports and plots)
	List    []int32            // the last blockselect's lists
	// RowE (RunOptions.RowScores): by the output of each per-row step run
	// on the device, the scores its kernel ranked — a gate's [H, M, NB]
	// (-inf where the mask allows a row nothing of a block), a token
	// stage's [H, M, W·block] (its candidates, -inf for none).
	RowE     map[string][]float64 `json:",omitempty"`
	RowLists map[string][]int32   `json:",omitempty"` // and the lists they wrote
	// PeakBytes is the most device memory the run's own buffers held at
	// once (inputs kept with the program and the driver's context apart).
	PeakBytes int64
}

// run is the state of one Run: host values and device buffers by name.
type run struct {
	p       *Program
	opts    RunOptions
	in      map[string]*runtime.Tensor // the inputs as given
	f64     map[string][]float64       // host values: step results, and inputs a host step read (values)
	f32     map[string][]float32       // inputs the per-row steps read, as float32 (float32s)
	devRows map[string]Buffer          // per-row lists the device wrote (gate, tokens), also in i32
	rowE    map[string][]float64       // per-row kernels' scores by step output (RunOptions.RowScores)
	rowOut  map[string][]int32         // and their lists
	i32     map[string][]int32
	shape   map[string][]int
	dev     map[string]Buffer   // parameter uploads by name and type ("q/bf16")
	devList map[string]devList  // tile lists the device selected (never uploaded)
	devPerm map[string]devPerm  // permutations the device computed (permute.go)
	bufs    []Buffer            // the run's: parameter uploads, key lengths (freed when it ends)
	repBufs []Buffer            // this repetition's steps' (freed when the next begins)
	live    int64               // bytes allocated now
	peak    int64               // the most bytes allocated at once
	pairs   []PairStats         // per head, summed over the last run's attention steps
	bad     map[string][]badKey // inputs' keys with non-finite V rows (nonfinite.go)
	parts   map[string]float64  // the last attention step's launches timed alone (ATTNC_TIME_KERNELS)
	lens    map[string]*seqLens // key lengths by parameter (keylens.go)
	lensOf  map[string][]int32  // host scores' key lengths, by buffer
	// keyMeans are the score-select steps' pooled key means (f32 [G, NK,
	// d], unpermuted), by the step's Out: a compensation marked kmeans
	// rounds its mean keys from them (PlanStep.KeyMeans).
	keyMeans map[string]Buffer
}

// devList is a tile list the device selected: [H/share, NQ, 2, NK], head
// h reading list h/share (share > 1: proxy heads, one list per group).
type devList struct {
	buf   Buffer
	share int
}

// Run executes the plan on inputs (by parameter name) opts.Repeat times
// after one warm-up and returns the last output. Outputs are poisoned
// before each kernel that is read back, so unwritten elements show.
func (p *Program) Run(inputs map[string]*runtime.Tensor, opts RunOptions) (*Result, error) {
	r := &run{p: p, opts: opts, in: map[string]*runtime.Tensor{}, f64: map[string][]float64{}, f32: map[string][]float32{}, i32: map[string][]int32{}, shape: map[string][]int{},
		dev: map[string]Buffer{}, devList: map[string]devList{}, lensOf: map[string][]int32{}, devRows: map[string]Buffer{}, rowE: map[string][]float64{}, rowOut: map[string][]int32{}}
	defer r.free()
	defer p.dropRunMeans()
	for _, prm := range p.plan.Params {
		x, ok := inputs[prm.Name]
		if res := p.resident[prm.Name]; res != nil {
			if ok {
				return nil, fmt.Errorf("%s: input %s is kept on the device (Program.Resident); leave it out of the inputs, or Free it", p.plan.Name, prm.Name)
			}
			r.shape[prm.Name] = res.shape
			continue
		}
		if !ok {
			return nil, fmt.Errorf("%s: no input %s", p.plan.Name, prm.Name)
		}
		switch {
		case prm.DType == "i32":
			if x.DType != runtime.I32 || len(x.Shape) != 1 {
				return nil, fmt.Errorf("%s: input %s is %s%v; the key lengths are i32[B]", p.plan.Name, prm.Name, x.DType, x.Shape)
			}
		case len(x.Shape) != 3:
			return nil, fmt.Errorf("%s: input %s has shape %v; the GPU kernels take [heads, tokens, dim]", p.plan.Name, prm.Name, x.Shape)
		}
		r.in[prm.Name], r.shape[prm.Name] = x, x.Shape
	}
	res := &Result{StageMS: map[string]float64{}, PartMS: map[string]float64{}}
	stageTimes, partTimes := map[string][]float64{}, map[string][]float64{}
	for rep := 0; rep <= opts.Repeat; rep++ {
		if err := r.beginLens(rep); err != nil {
			return nil, err
		}
		t0 := time.Now()
		res.Tiles = 0
		r.beginRep()
		for _, st := range p.plan.Steps {
			ts := time.Now()
			// The output comes back on the first repetition (the later
			// steps' input) and the last (the result); the others reuse
			// the first's, the same values.
			keep := rep == 0 || rep == opts.Repeat || r.f64[st.Out] == nil
			name, ms, parts, tiles, err := r.step(&st, keep, rep == opts.Repeat)
			if err != nil {
				return nil, err
			}
			if ms < 0 {
				ms = float64(time.Since(ts).Microseconds()) / 1000
			}
			res.Tiles += tiles
			stageTimes[name] = append(stageTimes[name], ms)
			for what, t := range parts {
				partTimes[name+": "+what] = append(partTimes[name+": "+what], t)
			}
		}
		if rep > 0 {
			res.TimeMS = append(res.TimeMS, float64(time.Since(t0).Microseconds())/1000)
		}
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
	out, err := r.result()
	if err != nil {
		return nil, err
	}
	res.Out, res.Pairs, res.PeakBytes = out, r.pairs, r.peak
	for _, st := range p.plan.Steps {
		switch st.Op {
		case OpBlockScore:
			res.E = r.f64[st.Out]
		case OpScoreSelect:
			res.E, res.List = r.f64[st.Out], r.i32[st.Score.SelectOut]
		case OpBlockSelect:
			res.List = r.i32[st.Out]
		}
	}
	if len(r.rowE) > 0 {
		res.RowE, res.RowLists = r.rowE, r.rowOut
	}
	return res, nil
}

// result is the plan's result buffer as a tensor of the result's type.
func (r *run) result() (*runtime.Tensor, error) {
	name := r.p.plan.Result
	dt := runtime.F32
	for _, st := range r.p.plan.Steps {
		if st.Out != name {
			continue
		}
		switch {
		case st.Op == OpConvert:
			dt = dtypeOf(st.To)
		case st.Op == OpAttention:
			dt = dtypeOf(r.p.kernels[st.Kernel].OutType)
		}
	}
	return runtime.FromFloat64(dt, r.shape[name], r.values(name))
}

// step runs one step and returns its stage name, its time in ms (-1: host
// wall time, measured by the caller), launch groups' times and tiles.
func (r *run) step(st *PlanStep, keep, last bool) (string, float64, map[string]float64, int64, error) {
	switch st.Op {
	case OpAttention:
		r.parts = nil
		tiles, ms, dec, err := r.attention(st, keep, last)
		if dec {
			return st.Name + " decode", ms, r.parts, tiles, err
		}
		return st.Name, ms, r.parts, tiles, err // parts: the per-row lists' kernels
	case OpScoreSelect:
		delete(r.keyMeans, st.Out) // the device's path pools them again
		if r.selectOnDevice(st) {
			parts := map[string]float64{}
			ms, err := r.scoreSelect(st, last, parts)
			return st.Name + "+select (GPU)", ms, parts, 0, err
		}
		return st.Name, -1, nil, 0, r.hostScoreSelect(st)
	case OpRowGate, OpTokenSelect:
		if len(st.Launches) > 0 {
			ms, err := r.rowKernels(st, last)
			return st.Name + " (GPU)", ms, nil, 0, err
		}
	case OpPermute:
		if len(st.Launches) > 0 {
			ms, err := r.permute(st, last)
			return st.Name + " (GPU)", ms, nil, 0, err
		}
	case OpConvert:
		src := r.values(st.Args[0])
		dt := dtypeOf(st.To)
		out := make([]float64, len(src))
		for i, x := range src {
			out[i] = runtime.RoundFloat64(x, dt)
		}
		r.f64[st.Out], r.shape[st.Out] = out, r.shape[st.Args[0]]
		return st.Name, -1, nil, 0, nil
	}
	return st.Name, -1, nil, 0, r.host(st)
}

// selectOnDevice says whether a score-select step's row of key tiles fits
// the device's select kernel at these shapes.
func (r *run) selectOnDevice(st *PlanStep) bool {
	n := r.shape[st.Args[1]][1]
	return (n+st.Score.BK-1)/st.Score.BK <= st.Score.SelectLimit
}

// hostScoreSelect runs a score-select step's scoring and selection on the
// host (rows too long for the select kernel).
func (r *run) hostScoreSelect(st *PlanStep) error {
	if len(st.Args) > 2 && r.devPerm[st.Args[2]].perm.Size > 0 {
		return fmt.Errorf("%s: %d key tiles per row are more than the GPU's select kernel takes (%d), and the permutation is on the device: use fewer tokens or larger key tiles", st.Pos, (r.shape[st.Args[1]][1]+st.Score.BK-1)/st.Score.BK, st.Score.SelectLimit)
	}
	score := *st
	score.Op = OpBlockScore
	if err := r.host(&score); err != nil {
		return err
	}
	sel := PlanStep{Name: st.Name, Op: OpBlockSelect, Out: st.Score.SelectOut, Args: []string{st.Out}, Pos: st.Pos, Select: st.Select}
	return r.host(&sel)
}

func (r *run) free() {
	for _, b := range append(r.bufs, r.repBufs...) {
		r.p.drv.Free(b)
	}
}

// beginRep frees the buffers of the last repetition: no step reads
// another repetition's, and keeping them to the run's end made a run of R
// repetitions hold R copies (50 GB at its peak for S2O at N = 131072 and
// 32 heads, with the warm-up and one run).
func (r *run) beginRep() {
	for _, b := range r.repBufs {
		r.p.drv.Free(b)
		r.live -= int64(b.Size)
	}
	r.repBufs = r.repBufs[:0]
	clear(r.keyMeans) // they were this repetition's buffers
}

// release frees b, a buffer of this repetition that no later step reads,
// before the repetition ends (a global permutation's scratch: 13 GB at
// N = 131072).
func (r *run) release(b Buffer) {
	if i := slices.IndexFunc(r.repBufs, func(x Buffer) bool { return x.Ptr == b.Ptr }); i >= 0 {
		r.p.drv.Free(b)
		r.live -= int64(b.Size)
		r.repBufs = slices.Delete(r.repBufs, i, i+1)
	}
}

// alloc allocates n bytes for this repetition's steps.
func (r *run) alloc(n int) (Buffer, error) {
	return r.allocIn(&r.repBufs, n)
}

// allocRun allocates n bytes that live as long as the run (uploads cached
// across repetitions).
func (r *run) allocRun(n int) (Buffer, error) {
	return r.allocIn(&r.bufs, n)
}

func (r *run) allocIn(list *[]Buffer, n int) (Buffer, error) {
	b, err := r.p.drv.Alloc(uint64(n))
	if err != nil {
		return b, fmt.Errorf("%v (%.2f GB held by this run)", err, float64(r.live)/1e9)
	}
	*list = append(*list, b)
	r.live += int64(b.Size)
	r.peak = max(r.peak, r.live)
	return b, nil
}

func (r *run) upload(data []byte) (Buffer, error) {
	return r.uploadIn(&r.repBufs, data)
}

// uploadRun is upload into a buffer that lives as long as the run.
func (r *run) uploadRun(data []byte) (Buffer, error) {
	return r.uploadIn(&r.bufs, data)
}

func (r *run) uploadIn(list *[]Buffer, data []byte) (Buffer, error) {
	b, err := r.allocIn(list, len(data))
	if err != nil {
		return b, err
	}
	return b, r.p.drv.UploadBytes(b, data)
}

// param uploads input name as dt, once per run.
func (r *run) param(name string, dt runtime.DType) (Buffer, error) {
	if x := r.p.resident[name]; x != nil {
		if x.dt != dt {
			return Buffer{}, fmt.Errorf("%s: input %s is kept on the device as %s; this step reads it as %s", r.p.plan.Name, name, x.dt, dt)
		}
		return x.buf, nil
	}
	key := name + "/" + dt.String()
	if buf, ok := r.dev[key]; ok {
		return buf, nil
	}
	if x := r.in[name]; x != nil && x.DType == dt {
		buf, err := r.uploadRun(x.Data) // already the kernel's type: no conversion
		r.dev[key] = buf
		return buf, err
	}
	t, err := runtime.FromFloat64(dt, r.shape[name], r.values(name))
	if err != nil {
		return Buffer{}, err
	}
	buf, err := r.uploadRun(t.Data)
	r.dev[key] = buf
	return buf, err
}

// host runs a blockscore, blockselect or permute with the run-time library
// (the semantics the interpreter and the CPU backend share).
func (r *run) host(st *PlanStep) error {
	for _, a := range st.Args {
		if r.p.resident[a] != nil {
			return fmt.Errorf("%s: %s runs on the host and reads input %s, which is kept on the device (Program.Resident): keep only inputs the device steps read", st.Pos, st.Op, a)
		}
	}
	switch st.Op {
	case OpPermute:
		q, k := st.Args[0], st.Args[1]
		h, m, d := r.shape[q][0], r.shape[q][1], r.shape[q][2]
		spec := st.Permute.PermuteSpec
		// The CPU backend's call (transposed keys, eight dots a step),
		// its workspace kept with the program; the order is copied out of
		// it, since the next run reuses it.
		perm, _ := sparse.PermuteIn(r.p.hostWorkspace(st.Out), spec, r.values(q), r.values(k), h, m, d, r.shape[k][0], r.shape[k][1])
		r.i32[st.Out], r.shape[st.Out] = slices.Clone(perm), []int{h, (m + spec.Segment - 1) / spec.Segment, r.shape[k][1]}
	case OpBlockScore:
		q, k := st.Args[0], st.Args[1]
		h, m, d := r.shape[q][0], r.shape[q][1], r.shape[q][2]
		sc := st.Score
		g := &sparse.Grid{H: h, M: m, N: r.shape[k][1], Group: h / r.shape[k][0], BQ: sc.BQ, BK: sc.BK, Mask: sc.Mask, Segment: sc.Segment}
		if len(st.Args) == 3 {
			g.Perm = r.i32[st.Args[2]]
		}
		var err error
		if g.Lens, _, err = r.stepLens(st, h, r.shape[k][0], g.N); err != nil {
			return err
		}
		r.lensOf[st.Out] = g.Lens // the blockselect reading e selects under them
		// On float32 copies, as the CPU backend scores (b16 and f32
		// inputs are exact in them; the same scores as on float64), with
		// its kernels and a workspace kept with the program.
		var e []float64
		e, _, err = sparse.BlockScoreIn(r.p.hostWorkspace(st.Out), g, sc.ScoreSpec, r.float32s(q), r.float32s(k), d, r.opts.Workers)
		if err != nil {
			return fmt.Errorf("%s: %v", st.Pos, err)
		}
		r.f64[st.Out], r.shape[st.Out] = slices.Clone(e), []int{h, g.NQ(), g.NK()}
	case OpBlockSelect:
		e := st.Args[0]
		h, nq, nk := r.shape[e][0], r.shape[e][1], r.shape[e][2]
		spec := st.Select.SelectSpec
		if err := spec.CheckHeads(h); err != nil {
			return fmt.Errorf("%s: %v", st.Pos, err)
		}
		var perm []int32
		if len(st.Args) == 2 {
			perm = r.i32[st.Args[1]]
		}
		m, n, err := r.scored(e)
		if err != nil {
			return fmt.Errorf("%s: %v", st.Pos, err)
		}
		if lens := r.lensOf[e]; lens != nil {
			var ws sparse.Workspace
			r.i32[st.Out] = sparse.BlockSelectLens(&ws, r.values(e), h, nq, nk, spec, m, n, lens)
		} else {
			r.i32[st.Out] = sparse.BlockSelect(r.values(e), h, nq, nk, spec, perm, m, n)
		}
		r.shape[st.Out] = []int{h, nq, 2, nk}
		delete(r.devList, st.Out)
	case OpRowGate, OpTokenSelect:
		return r.rows(st)
	default:
		return fmt.Errorf("%s: the CUDA executor has no step %q", st.Pos, st.Op)
	}
	return nil
}

// rows runs a per-row selection on the host with the run-time library,
// on float32 copies of q and k (the CPU backend's operands: b16 and f32
// inputs are exact in them): a rowgate's lists of blocks [H, M, W] or a
// tokenselect's keys [H, M, top].
func (r *run) rows(st *PlanStep) error {
	q, k := st.Args[0], st.Args[1]
	h, m, d := r.shape[q][0], r.shape[q][1], r.shape[q][2]
	ro := st.Rows
	g := &sparse.Grid{H: h, M: m, N: r.shape[k][1], Group: h / r.shape[k][0], BQ: 64, BK: 64, Mask: ro.Mask}
	q32, k32 := r.float32s(q), r.float32s(k)
	if st.Op == OpTokenSelect {
		rows := st.Args[2]
		lists, _ := sparse.TokenSelect(g, r.i32[rows], r.shape[rows][2], ro.Block, ro.Top, ro.Scale, ro.Mod, q32, k32, d, r.opts.Workers)
		r.i32[st.Out], r.shape[st.Out] = lists, []int{h, m, ro.Top}
		return nil
	}
	lists, _, err := sparse.RowGate(g, ro.Method, ro.Block, ro.Scale, ro.Mod, q32, k32, d, ro.Spec, r.opts.Workers)
	if err != nil {
		return fmt.Errorf("%s: %v", st.Pos, err)
	}
	r.i32[st.Out], r.shape[st.Out] = lists, []int{h, m, ro.Spec.Width((g.N + ro.Block - 1) / ro.Block)}
	return nil
}

// float32s returns input or step result name as float32, once per run
// (the gate and the tokens read the same q and k): an input converted
// from its own type (exact for f32, f16 and bf16) without the float64
// copy r.values would keep, a host value rounded.
func (r *run) float32s(name string) []float32 {
	if v, ok := r.f32[name]; ok {
		return v
	}
	var v []float32
	if x := r.in[name]; x != nil {
		v = x.Float32s()
	} else {
		f := r.values(name)
		v = make([]float32, len(f))
		for i, x := range f {
			v[i] = float32(x)
		}
	}
	r.f32[name] = v
	return v
}

// scored returns the numbers of queries and keys scores e were computed
// for: the lengths of the q and k of the step that wrote them (a
// blockscore, or a score-select), which place the queries (row i at
// position i + n − m).
func (r *run) scored(e string) (m, n int, err error) {
	for _, st := range r.p.plan.Steps {
		if st.Out == e && (st.Op == OpBlockScore || st.Op == OpScoreSelect) {
			return r.shape[st.Args[0]][1], r.shape[st.Args[1]][1], nil
		}
	}
	return 0, 0, fmt.Errorf("blockselect reads %s, which no blockscore wrote", e)
}

func dtypeOf(s string) runtime.DType {
	switch s {
	case "bf16":
		return runtime.BF16
	case "f16":
		return runtime.F16
	}
	return runtime.F32
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	return s[len(s)/2]
}

// float32s decodes little-endian float32s.
func float32s(b []byte) []float64 {
	out := make([]float64, len(b)/4)
	for i := range out {
		out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])))
	}
	return out
}

// int32s decodes little-endian int32s.
func int32s(b []byte) []int32 {
	out := make([]int32, len(b)/4)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// values returns buffer name's host values: a step's result, or an input
// converted to float64 the first time a host step needs it (a plan that
// runs wholly on the device never converts its inputs).
func (r *run) values(name string) []float64 {
	if v, ok := r.f64[name]; ok {
		return v
	}
	x := r.in[name]
	if x == nil {
		return nil
	}
	v := x.Float64s()
	r.f64[name] = v
	return v
}
