package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// The cuda device compiles a kernel for the GPU — tile.Lower, the CUDA
// target's passes and LLVM IR (nvptx.GenerateWith), PTX from llc kept in a
// cache keyed by the LLVM IR's hash (so that a machine with a GPU but no
// LLVM can run what a machine with LLVM compiled: copy the cache, or point
// ATTNC_CACHE_DIR at it), and the plan (nvptx.Plan) — and hands the plan to
// runtime/cuda, which runs it (docs/gpu.md).

// gpuProgram is a kernel compiled for the GPU.
type gpuProgram struct {
	prog    *tile.Program // after the CUDA target's passes
	ll, ptx string
	kernels []cuda.Kernel
	target  string     // the PTX target (nvptx.Targets)
	plan    *cuda.Plan // what runtime/cuda runs
}

// compileGPU lowers f to PTX. The kernels depend on the target (wgmma on
// sm_90a): with llc, the newest llc's; without, the first target whose PTX
// the cache holds.
func compileGPU(f *ir.Func) (*gpuProgram, error) {
	targets := nvptx.Targets
	if _, major, err := nvptx.FindLLC(); err == nil {
		targets = []string{nvptx.Target(major)}
	}
	var first error
	for _, target := range targets {
		// Lowered again for each target: GenerateWith runs the target's
		// passes on the program it is given, so a second target must not
		// start from the first one's result (it produced IR no llc had
		// compiled, and the cache never held it).
		p, err := tile.Lower(f)
		if err != nil {
			return nil, err
		}
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor(target))
		if err != nil {
			return nil, err
		}
		ptx, err := cachedPTX(ll)
		if err == nil {
			plan, err := nvptx.Plan(p, kernels, ptx, target)
			if err != nil {
				return nil, err
			}
			return &gpuProgram{prog: p, ll: ll, ptx: ptx, kernels: kernels, target: target, plan: plan}, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, first
}

func ptxCacheDir() string { return cacheDir("ptx") }

// cachedPTX compiles LLVM IR with llc, or returns the PTX an earlier
// compilation of the same IR left in the cache, which is bounded with the
// other caches (cache.go).
func cachedPTX(ll string) (string, error) {
	sum := sha256.Sum256([]byte(ll))
	path := filepath.Join(ptxCacheDir(), hex.EncodeToString(sum[:16])+".ptx")
	if b, err := os.ReadFile(path); err == nil {
		useCacheEntry(path)
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
		// A temporary of its own, not path+".tmp": two attncs compiling
		// the same kernel must not rename each other's half-written file.
		if writeFileAtomic(path, bytesWriter([]byte(ptx))) == nil {
			useCacheEntry(path)
			if err := trimCache(filepath.Dir(filepath.Dir(path))); err != nil {
				return "", err
			}
		}
	}
	return ptx, nil
}

// gpuResult is one run of a program on the GPU, in the interpreter's
// float64 tensors.
type gpuResult struct {
	*cuda.Result
	Out *interp.Tensor
}

// gpuSession is a program loaded on an opened device (runtime/cuda runs it).
type gpuSession struct {
	drv  *cuda.Driver
	prog *cuda.Program
	// keyCache runs the repetitions as a decode loop (cuda.RunOptions.KeyCache;
	// attnc bench -key-cache).
	keyCache bool
	// rowScores has the per-row kernels return their scores
	// (cuda.RunOptions.RowScores).
	rowScores bool
}

func openGPU(gp *gpuProgram) (*gpuSession, error) {
	drv, err := cuda.Open()
	if err != nil {
		return nil, err
	}
	prog, err := drv.Load(gp.plan)
	if err != nil {
		drv.Close()
		return nil, err
	}
	return &gpuSession{drv: drv, prog: prog}, nil
}

func (s *gpuSession) Close() { s.drv.Close() }

// sumStages is a run's time as the sum of its stages' medians.
func sumStages(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

// run executes the program on the interpreter's inputs repeat times (after
// one warm-up) through runtime/cuda and returns the last output.
func (s *gpuSession) run(inputs map[string]*interp.Tensor, repeat, workers int) (*gpuResult, error) {
	in := map[string]*runtime.Tensor{}
	for _, prm := range s.prog.Plan().Params {
		x, ok := inputs[prm.Name]
		if !ok {
			return nil, fmt.Errorf("no input %s", prm.Name)
		}
		dt, err := runtime.ParseDType(prm.DType)
		if err != nil {
			return nil, err
		}
		t, err := runtime.FromFloat64(dt, x.Shape, x.Data) // exact: the inputs hold values of their type
		if err != nil {
			return nil, err
		}
		in[prm.Name] = t
	}
	res, err := s.prog.Run(in, cuda.RunOptions{Repeat: repeat, Workers: workers, KeyCache: s.keyCache, RowScores: s.rowScores})
	if err != nil {
		return nil, err
	}
	return &gpuResult{Result: res, Out: &interp.Tensor{Shape: res.Out.Shape, Data: res.Out.Float64s()}}, nil
}

// hasSchedule says whether a plan has sparse steps (a dense kernel may be
// re-tiled for the GPU, so its tile count is not the interpreter's).
func hasSchedule(p *cuda.Plan) bool {
	for _, s := range p.Steps {
		if s.Op != cuda.OpAttention && s.Op != cuda.OpConvert {
			return true
		}
	}
	return false
}
