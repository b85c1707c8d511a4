package driver

import (
	"strings"
	"time"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/runtime/cuda"
)

// A device is where attnc run and attnc bench execute a kernel, and what
// attnc gen emits for it: an entry of the devices table, which the
// commands loop over instead of switching on names (the model is Triton's
// BaseBackend and the Go compiler's ssa/config.go). Adding a device is one
// entry here and the files its build and run live in.
type device struct {
	Name string
	Doc  string
	// Gen is the attnc gen -targets name of the backend that emits this
	// device's code ("" when gen has none).
	Gen string
	// CPUPeak says the machine's measured FMA peak bounds this device
	// (attnc bench -peak reports fractions of it).
	CPUPeak bool
	// Build compiles f for the device; progress reports long steps.
	Build func(f *ir.Func, progress func(string, ...any)) (executable, error)
	// Compile, where set, compiles f without opening the device, so that
	// a command building several kernels compiles them all (filling the
	// PTX cache) before the first device error: attnc bench's dense and
	// sparse kernels, on a machine with llc and no GPU.
	Compile func(f *ir.Func) error
}

// executable is a kernel built for a device.
type executable interface {
	// Run executes the kernel on inputs, repeat timed runs after a warm-up
	// where the device times, and measures it.
	Run(inputs map[string]*interp.Tensor, repeat, workers int) (*measurement, error)
	// Where names the device the kernel runs on ("cuda: NVIDIA H200").
	Where() string
	// Close releases the device.
	Close()
}

// measurement is one run's report fields, defined once for every device
// (DESIGN §9): the output, the median time per call, the stages, the tiles
// visited and the density as Computed / Allowed (q, k) pairs.
type measurement struct {
	Out          *interp.Tensor
	TimeMS       float64            // per call: the median over the repetitions
	TimesMS      []float64          // per repetition, where the device times each call (nil elsewhere)
	StageMS      map[string]float64 // per stage, named as the device names it
	TilesVisited int64
	EarlyStops   int64 // -1: the device does not count them
	// DeviceMB is the most device memory the run's buffers held at once
	// (cuda; 0 elsewhere).
	DeviceMB float64
	// OwnTiles says TilesVisited counts other tiles than the interpreter's
	// (a dense GPU kernel re-tiled to its CTA): ref_match is not reported.
	OwnTiles     bool
	Density      float64
	DensityTotal float64 // density plus scoring and compensation flops, as a fraction of dense flops
	PerHead      []headReport
	Interp       *interp.Result // the ref device's result (statistics, scores and lists for plots)
}

var devices = []*device{
	{Name: "ref", Doc: "the float64 interpreter (the oracle)", Build: buildRef},
	{Name: "cpu", Doc: "the generated Go kernels with AVX-512/AVX2 assembly, built on first use", Gen: "go", CPUPeak: true, Build: buildCPUExec},
	{Name: "cuda", Doc: "NVIDIA GPU 0 through runtime/cuda (PTX from llc or the PTX cache)", Gen: "nvptx", Build: buildCUDAExec,
		Compile: func(f *ir.Func) error { _, err := compileGPU(f); return err }},
}

// lookupDevice returns the device named name.
func lookupDevice(name string) (*device, error) {
	for _, d := range devices {
		if d.Name == name {
			return d, nil
		}
	}
	return nil, usagef("-device %s: want %s", name, deviceNames(func(*device) bool { return true }))
}

// deviceNames lists the devices keep accepts, with their docs.
func deviceNames(keep func(*device) bool) string {
	var parts []string
	for _, d := range devices {
		if keep(d) {
			parts = append(parts, d.Name+" ("+d.Doc+")")
		}
	}
	return strings.Join(parts, ", ")
}

// refExec runs the interpreter; with reference set it also measures
// mass_recall against it (interp.Options.Check).
type refExec struct {
	f         *ir.Func
	reference *interp.Result
}

func buildRef(f *ir.Func, _ func(string, ...any)) (executable, error) { return &refExec{f: f}, nil }

func (x *refExec) Where() string { return "ref" }
func (x *refExec) Close()        {}

func (x *refExec) Run(inputs map[string]*interp.Tensor, _, workers int) (*measurement, error) {
	t0 := time.Now()
	res, err := interp.Run(x.f, inputs, interp.Options{Workers: workers, Check: x.reference != nil, Reference: x.reference})
	if err != nil {
		return nil, err
	}
	t := ms(time.Since(t0))
	m := &measurement{Out: res.Out, TimeMS: t, StageMS: map[string]float64{"run": t}, Interp: res,
		TilesVisited: res.Stats.TilesVisited, EarlyStops: res.Stats.EarlyStops,
		Density: res.Stats.Density, DensityTotal: res.Stats.DensityTotal}
	for _, h := range res.Stats.PerHead {
		m.PerHead = append(m.PerHead, headReport{Density: h.Density, DensityTotal: h.DensityTotal})
	}
	return m, nil
}

// cpuExec is a kernel's generated Go package, built into a harness.
type cpuExec struct {
	f   *ir.Func
	bin string
	// keyCache runs with runtime.Options.KeyCache, each run after the
	// first appending a key to every sequence (attnc bench -key-cache).
	keyCache bool
	// profile, when set, is where the next Run writes a CPU profile of
	// its repetitions (attnc bench -cpuprofile).
	profile string
}

func buildCPUExec(f *ir.Func, progress func(string, ...any)) (executable, error) {
	if err := checkGenSize(f); err != nil {
		return nil, err
	}
	bin, err := buildCPU(f, progress)
	if err != nil {
		return nil, err
	}
	return &cpuExec{f: f, bin: bin}, nil
}

func (x *cpuExec) Where() string { return "cpu" }
func (x *cpuExec) Close()        {}

func (x *cpuExec) Run(inputs map[string]*interp.Tensor, repeat, workers int) (*measurement, error) {
	out, cr, err := runCPU(x.bin, x.f, inputs, workers, repeat, x.keyCache, x.profile)
	if err != nil {
		return nil, err
	}
	st := cr.Stats
	m := &measurement{Out: out, TimeMS: median(cr.TimeMS), TimesMS: cr.TimeMS, StageMS: map[string]float64{},
		TilesVisited: st.TilesVisited, EarlyStops: st.EarlyStops, Density: st.Density, DensityTotal: st.DensityTotal}
	for _, sg := range st.Stages {
		m.StageMS["cpu "+sg.Name] = ms(sg.Time)
	}
	for _, h := range st.PerHead {
		m.PerHead = append(m.PerHead, headReport{Density: h.Density, DensityTotal: h.DensityTotal})
	}
	return m, nil
}

// cudaExec is a kernel's plan loaded on GPU 0.
type cudaExec struct {
	s *gpuSession
}

func buildCUDAExec(f *ir.Func, progress func(string, ...any)) (executable, error) {
	if err := checkGenSize(f); err != nil {
		return nil, err
	}
	gp, err := compileGPU(f)
	if err != nil {
		return nil, err
	}
	reportGPUPlacement(gp, progress)
	s, err := openGPU(gp)
	if err != nil {
		return nil, err
	}
	return &cudaExec{s: s}, nil
}

func (x *cudaExec) Where() string { return "cuda: " + x.s.drv.DeviceName() }
func (x *cudaExec) Close()        { x.s.Close() }

// Run times every launch with CUDA events and every host step with the
// clock; TimeMS is the sum of the stages' medians (what the device spent,
// without the uploads and downloads of the inputs and the report).
func (x *cudaExec) Run(inputs map[string]*interp.Tensor, repeat, workers int) (*measurement, error) {
	gr, err := x.s.run(inputs, repeat, workers)
	if err != nil {
		return nil, err
	}
	m := &measurement{Out: gr.Out, TimeMS: sumStages(gr.StageMS), StageMS: map[string]float64{},
		TilesVisited: gr.Tiles, EarlyStops: -1, OwnTiles: !hasSchedule(x.s.prog.Plan()), DeviceMB: float64(gr.PeakBytes) / 1e6}
	var tot cuda.PairStats
	for _, p := range gr.Pairs {
		tot.Allowed += p.Allowed
		tot.Computed += p.Computed
		// Scoring on the GPU is not counted in flops yet: density_total is
		// the density (docs/gpu.md).
		m.PerHead = append(m.PerHead, headReport{Density: p.Density(), DensityTotal: p.Density()})
	}
	m.Density, m.DensityTotal = tot.Density(), tot.Density()
	for k, v := range gr.StageMS {
		m.StageMS["cuda "+k] = v
	}
	for k, v := range gr.PartMS {
		m.StageMS["cuda "+k] = v
	}
	return m, nil
}

// reportGPUPlacement says which kernels miss the tensor cores and which
// steps the CUDA target left on the host, and why.
func reportGPUPlacement(gp *gpuProgram, progress func(string, ...any)) {
	for _, k := range gp.kernels {
		if !k.MMA && k.Kind == cuda.KindAttention {
			progress("%s: the scalar f32 kernel (no tensor cores: %s)", k.Name, k.Why)
		}
	}
	for _, why := range nvptx.HostSteps(gp.prog) {
		progress("%s", why)
	}
}
