// Package nvptx generates LLVM IR for NVIDIA GPUs with llir/llvm (triple
// nvptx64-nvidia-cuda, kernels marked ptx_kernel) and turns it into PTX
// with the newest llc on the machine (DESIGN §7).
//
// Attention steps — dense, or sparse over the tile lists of a
// blockselect, gathered through a permutation, with any mask and score
// modification and an optional early exit — become a tensor-core kernel
// in the FlashAttention-2 structure (mma.go) whose products are wgmma on
// sm_90a (wgmma.go) and mma.sync on sm_80; f32 inputs or other head dims
// get a scalar f32 kernel (scalar.go). A blockscore (mean or antidiagonal)
// feeding a blockselect becomes scoring kernels and a select kernel
// (select.go, antidiag.go), so the tile lists never leave the device.
// What remains — other scoring methods, budget selection, permutations,
// compensation — runs on the host (runtime/sparse) with its results
// uploaded, or is a positioned error; HostSteps names those steps.
package nvptx

import (
	"fmt"
	"math"
	"strings"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// Kernel describes one generated GPU kernel and how to launch it (its
// parameters are listed with cuda.Kernel).
type Kernel = cuda.Kernel

// ptxKernel is LLVM's calling convention number for PTX kernels.
const ptxKernel = enum.CallingConv(71)

// Generate returns an LLVM module (text) holding a kernel for every
// dense attention step of p, and their launch descriptions.
func Generate(p *tile.Program) (string, []Kernel, error) {
	return GenerateWith(p, DefaultOptions)
}

// Options tune the tensor-core kernel's shape (docs/gpu-notes.md says how
// the defaults were chosen).
type Options struct {
	// DenseBQ is the query rows per CTA of dense kernels (16 per warp);
	// 0 keeps the tile IR's. Sparse kernels keep the selection's tiles.
	DenseBQ int
	// RowsPerWarp is 16 (one m16 atom, Q in registers) or 32 (two atoms
	// sharing every K and V fragment; Q re-read from shared memory).
	RowsPerWarp int
	// MinBlocksPerSM asks ptxas to fit that many CTAs on a multiprocessor
	// (launch bounds; registers are capped to fit); a CTA of two
	// warpgroups (TwoWarpgroups) counts as two. 0: no bound.
	MinBlocksPerSM int
	// WGMMA emits Hopper's warpgroup MMA (wgmma.mma_async, sm_90a only)
	// for 64-row tiles of one warpgroup: Q·Kᵀ from shared memory through
	// matrix descriptors, P·V with P in registers (mma.go).
	WGMMA bool
	// PlainBlocksPerSM, when set, replaces MinBlocksPerSM for warpgroup
	// kernels without a score modification, compensation, gathered keys
	// or an early exit: those fit in fewer registers (128 for four CTAs)
	// without spilling, the others did not (ptxas, sm_90a: a kernel with
	// a score mod and an offset spilled 92 bytes at four).
	PlainBlocksPerSM int
	// TwoWarpgroups makes a 128-row CTA of a plain WGMMA kernel (no score
	// mod, compensation, gathered keys or early exit) two warpgroups of
	// 64 rows sharing each K and V tile, the tiles in dynamic shared
	// memory past 48 KiB (Kernel.Smem). With DenseBQ 128, dense plain
	// kernels take it; others keep the tile IR's 64 rows, one warpgroup.
	TwoWarpgroups bool
	// KVStages is 2 for two-warpgroup CTAs that keep two K and V tiles in
	// shared memory: tile J+1's copies are issued when tile J starts and
	// have its whole products to land, one barrier per tile. (One
	// warpgroup with two stages, 80 KiB, fits two CTAs per SM instead of
	// four and ran 15 % slower on an H200: not offered.)
	KVStages int
	// Overlap pipelines the double-buffered two-warpgroup loop within
	// each warpgroup (FlashAttention-3 §3.2): tile J's Q·Kᵀ and the last
	// tile's P·V are issued together and the softmax of J runs while P·V
	// does (mma_overlap.go). OverlapHeadDims takes it for the kernels of
	// those head dims (the larger of d and dv) only.
	Overlap         bool
	OverlapHeadDims []int
	// Producer makes the two-warpgroup CTA warp-specialised
	// (FlashAttention-3 §3.1; mma_ws.go): a third warpgroup copies K and
	// V into KVStages (at least 2) stages handed over through mbarriers
	// and gives its registers to the two computing warpgroups
	// (setmaxnreg), one CTA of 384 threads per SM.
	Producer bool
	// PingPong, with Producer and the overlapped loop, has the two
	// consumer warpgroups take turns issuing their products (named
	// barriers 2 and 3; FlashAttention-3 §3.1), so that one's softmax
	// runs while the other's products hold the tensor cores.
	PingPong bool
	// EvenRegs, with Producer, leaves every warpgroup at the registers
	// ptxas compiles for (168 a thread) instead of moving the producer's
	// to the consumers.
	EvenRegs bool
	// SplitKV, with Producer and the overlapped loop, gives K and V of
	// each stage barriers of their own (FlashAttention-3's two
	// pipelines): a stage's K is released once Q·Kᵀ has been waited for
	// and its V once P·V has, a tile earlier than the stage as a whole,
	// so the producer runs one tile further ahead in the same shared
	// memory (docs/gpu-notes.md).
	SplitKV bool
	// DenseProducer takes, for dense plain kernels whose head dims (d
	// and dv alike) it lists, the producer kernel with K and V on
	// barriers of their own, two stages, the overlapped loop, and key
	// tiles of DenseBK rows (128: FlashAttention-3's shape), whatever
	// Producer and SplitKV say for other kernels.
	DenseProducer []int
	DenseBK       int
	// PairLists runs sparse kernels of 64-row query tiles, plain or
	// compensating (no mod, gathered keys, early exit or per-row lists;
	// d = dv ≤ 128: pairKernel), as the producer kernel over pairs of
	// query tiles: a 128-row CTA whose two consumer warpgroups share
	// each K and V tile of the union of their tiles' lists, a tile
	// outside one's own list masked for that warpgroup (pairs.go). A
	// pair-list kernel builds the unions before it. ATTNC_PAIR=0 or 1
	// overrides it (the A/B). Off: on an H100 it ran the budget's lists
	// 5.6 % faster and MInference's 18.7 % slower (docs/gpu-notes.md,
	// thirty-third session).
	PairLists bool
	// PairSkip has the pair kernel's consumers skip the union's tiles
	// outside their lists (issuing only the pending P·V) instead of
	// multiplying them masked (mma_overlap.go's skipJoin).
	// ATTNC_PAIR_SKIP=0 or 1 overrides it. Correct on an H100, and 2–7 %
	// slower than one warpgroup on the budget's and best's lists (two
	// stages; docs/gpu-notes.md, thirty-fourth session).
	PairSkip bool
}

// DefaultOptions are Generate's: 64-row CTAs of four warps, three CTAs per
// multiprocessor (ptxas caps registers at 168). On an H200 this ran dense
// causal bf16 d=128 at 312–316 TFLOP/s against 297 uncapped, 294 with
// 128-row CTAs and 305–310 with 32 rows per warp (docs/gpu-notes.md).
var DefaultOptions = Options{MinBlocksPerSM: 3}

// OptionsFor are the options for PTX of target (Target's names): on
// sm_90a the warpgroup MMA, which ran dense causal bf16 d=128 at 446
// TFLOP/s on an H200 against 310 for mma.sync in the same call
// (docs/gpu-notes.md); elsewhere DefaultOptions.
func OptionsFor(target string) Options {
	o := DefaultOptions
	if target == "sm_90a" {
		// Four CTAs per SM for plain kernels: dense causal bf16 d=128
		// 17.0-17.3 ms at N=32768 against 18.0-18.3 with three, on an
		// H200 in one call (docs/gpu-notes.md).
		o.WGMMA, o.PlainBlocksPerSM = true, 4
		// Dense plain kernels: two warpgroups per 128-row CTA sharing
		// double-buffered K and V, 16.50-16.54 ms at N=32768 against
		// 17.48-17.64 for one warpgroup of 64 rows (+6 %), +1.5 % at 8192,
		// +8.5 % at d=64, on an H200 in one call (docs/gpu-notes.md).
		o.DenseBQ, o.TwoWarpgroups, o.KVStages = 128, true, 2
		// The overlapped loop where its registers fit: 119 at d = 64
		// under the cap of two CTAs per SM (10.09-10.39 ms against
		// 10.30-10.49 at N=32768), d = 256 has no cap (214; 32.4 ms
		// against 35.0 without it and 33.5 for one warpgroup). At d = 128
		// it needs 154 and lost 18 % (docs/gpu-notes.md).
		o.OverlapHeadDims = []int{64, 256}
		// Dense d = 128: the producer kernel with split K/V barriers and
		// 128-key tiles, 0.92-0.95 of the time above at 32768 and 131072
		// and level at 8192 (1.01x, 0.99-1.01x and 1.04x cuDNN), on an
		// H100 in two calls; correct on causal, ALiBi, GQA, window and
		// f16 (BENCHMARKS.md, sixteenth session).
		o.DenseProducer, o.DenseBK = []int{128}, 128
	}
	return o
}

// HostSteps says, for each call of p the CUDA target placed on the host
// (the run-time library, results uploaded), where it is and why: the
// reasons a user needs when a sparse pipeline is slower than expected.
// It runs the target's passes on p first (see GenerateWith).
func HostSteps(p *tile.Program) []string {
	if err := prepare(p); err != nil {
		return []string{err.Error()}
	}
	var out []string
	for i, s := range p.Steps {
		switch {
		case s.Kind != tile.Call || s.On() != "host" || s.Convert() != nil:
		case s.Score() != nil:
			out = append(out, fmt.Sprintf("%s: %s runs on the host: %v", s.Pos, s.Op, gpuSelectable(p, i)))
		case s.Select() != nil && i > 0 && p.Steps[i-1].Score() != nil:
			out = append(out, fmt.Sprintf("%s: %s runs on the host, after its blockscore", s.Pos, s.Op))
		case s.RowScore() != nil && i+1 < len(p.Steps) && p.Steps[i+1].Fused():
			// Said with its rowselect.
		case s.RowSelect() != nil && s.Fused():
			out = append(out, fmt.Sprintf("%s: the gate (rowscore and rowselect) runs on the host: %v", s.Pos, gateOK(p, i)))
		case s.TokenSelect() != nil:
			out = append(out, fmt.Sprintf("%s: %s runs on the host: %v", s.Pos, s.Op, tokensOK(p, i)))
		default:
			out = append(out, fmt.Sprintf("%s: %s runs on the host", s.Pos, s.Op))
		}
	}
	return out
}

// Targets are the PTX targets this backend emits for, newest first.
var Targets = []string{"sm_90a", "sm_80"}

// GenerateWith is Generate with options. It runs the CUDA target's tile
// passes on p first (p changes: conversions folded into stores, calls
// placed), then emits what they decided.
func GenerateWith(p *tile.Program, opts Options) (string, []Kernel, error) {
	if err := prepare(p); err != nil {
		return "", nil, err
	}
	m := ir.NewModule()
	m.TargetTriple = "nvptx64-nvidia-cuda"
	m.DataLayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
	g := &gen{m: m, intrinsics: map[string]*ir.Func{}, opts: opts}
	var kernels []Kernel
	for i, s := range p.Steps {
		switch {
		case s.Convert() != nil:
			continue // the host rounds the output (a tensor-core kernel's store folded it)
		case s.Kind == tile.Kernel:
			name := fmt.Sprintf("%s_attn%d", p.Name, i)
			dt := s.Args[0].Type.DType.String()
			if denseProducer(s, g.opts) && g.opts.DenseBK > 0 {
				// The producer kernel's key tiles (Options.DenseBK).
				s.Find(tile.LoadKV).Attrs["rows"] = g.opts.DenseBK
			}
			var k Kernel
			var err error
			if why := mmaOK(s, dt, g.opts); why == nil {
				k, err = g.mmaAttention(name, s, dt, s.StoreType().String())
			} else if readOps(s).compensate {
				return "", nil, fmt.Errorf("%s: compensate runs in the tensor-core kernel only, which does not apply: %v", s.Pos, why)
			} else if readOps(s).rows {
				return "", nil, fmt.Errorf("%s: per-row selection (gate, tokens) runs in the tensor-core kernel only, which does not apply: %v; run it on the CPU (-device cpu)", s.Pos, why)
			} else {
				k, err = g.attention(name, s)
				k.Why = why.Error()
			}
			if err != nil {
				return "", nil, err
			}
			k.Step = i
			kernels = append(kernels, k)
			if k.PerRow {
				// Its rows' lists into its union lists and row bits
				// (rowtiles.go), launched before it.
				sp := rowTilesSpec{block: max(k.RowBlock, 1), tokens: k.RowTokens, bq: k.BQ, bk: k.BK}
				for _, rk := range []Kernel{g.rowCount(name+"_rowcount", sp), g.rowScan(name+"_rowscan", sp.perTile()), g.rowFill(name+"_rowfill", sp)} {
					rk.Step = i
					kernels = append(kernels, rk)
				}
			}
			if s.Find(tile.Grid).Int("decode") > 0 {
				outT := k.OutType
				if outT == "" {
					outT = "f32" // the scalar kernel's
				}
				for _, dk := range g.decodeKernels(name, s, outT) {
					dk.Step = i
					kernels = append(kernels, dk)
				}
			}
			if k.Pair {
				// The unions of its pairs' lists (pairs.go), launched before it.
				pk := g.pairList(name+"_pairs", pairOrderSplit(k))
				pk.Step = i
				kernels = append(kernels, pk)
			}
			if k.Compensate {
				// Its mean keys and values, and the list with their tiles
				// (compensate.go), launched before it.
				comp := []Kernel{g.compPool(name+"_kbar", dt, k.D, k.BK, "k")}
				if s.Find(tile.Compensate).Attrs["kmeans"] == true {
					// Its mean keys rounded from the scores' key means
					// (target.go's share-key-means), where the scores ran
					// on the device (runtime/cuda picks one of the two).
					comp = append(comp, g.compRound(name+"_kround", dt, k.D))
				}
				comp = append(comp, g.compPool(name+"_vbar", dt, k.DV, k.BK, "v"), g.compList(name+"_comp", k.BK))
				for _, c := range comp {
					c.Step = i
					kernels = append(kernels, c)
				}
			}
		case s.Score() != nil && s.On() == "device":
			// Scoring and selection on the GPU (select.go), as the
			// target's fuse-score-select placed them.
			sc, sel := s.Score(), p.Steps[i+1].Select()
			q := s.Args[0]
			dt := q.Type.DType.String()
			d := q.Type.Shape[2].Size
			bq, bk := sc.BQ, sc.BK
			ad := adStride(sc) > 0 // antidiagonal, oracle or probe scores
			ssp := selectSpec{
				probs: ad, mode: sel.Mode, mass: sel.Mass, density: sel.Density, densities: sel.Densities, top: sel.Top, local: sel.Local,
				minBlks: sel.MinBlocks, sink: sel.Sink, diagonal: sel.Diagonal,
				orderIndex: sel.Order == "index", scope: sel.Scope, segment: sel.Segment, bq: bq, bk: bk, lens: s.KeyLengths() != nil,
				padAll: feedsCompensation(p, i+1)}
			if ssp.mode == "budget" && ssp.scope == "" {
				ssp.scope = "global"
			}
			selName := fmt.Sprintf("%s_select%d", p.Name, i+1)
			ks := g.scoreSelect(selName, d, sc.Scale, ssp)
			ks.Step, ks.Mask, ks.MaskUsesH = i+1, sc.Mask.Program(), sc.Mask.Uses("h")
			var budget []Kernel // after the select kernel, in launch order
			if ssp.mode == "budget" {
				for _, k := range g.budgetKernels(selName, d, ssp) {
					k.Step = i + 1
					budget = append(budget, k)
				}
			}
			if sc.Heads > 0 {
				// Proxy heads first (proxy.go); the kernels after them
				// run on sc.Heads heads.
				pq := g.proxy(fmt.Sprintf("%s_proxy_q%d", p.Name, i), dt, "q")
				pk := g.proxy(fmt.Sprintf("%s_proxy_k%d", p.Name, i), dt, "k")
				pq.Step, pk.Step = i, i
				kernels = append(kernels, pq, pk)
			}
			if ad {
				sh, _ := adShapeOf(sc)
				ka := g.adKernel(fmt.Sprintf("%s_adstats%d", p.Name, i), dt, d, sh, bq, bk, sc.Scale, sc.Mask != nil)
				km := g.adMass(fmt.Sprintf("%s_admass%d", p.Name, i), sh, bq, bk)
				ka.Step, km.Step = i, i
				kernels = append(append(kernels, ka, km, ks), budget...)
				continue
			}
			kp := g.pool(fmt.Sprintf("%s_pool_q%d", p.Name, i), dt, d, bq)
			kp.Step, kp.Arg = i, "q"
			var kk Kernel
			global := s.Perm() != nil && p.Steps[p.Index(s.Perm())].Permute().Scope == "global"
			switch {
			case s.Perm() != nil && !global: // keys pooled through the device's permutation
				kk = g.poolGather(fmt.Sprintf("%s_pool_k%d", p.Name, i), dt, d, bk)
			case s.KeyLengths() != nil: // a KV cache's keys, tiles pooled before kept
				kk = g.poolLens(fmt.Sprintf("%s_pool_k%d", p.Name, i), dt, d, bk)
			default:
				kk = g.pool(fmt.Sprintf("%s_pool_k%d", p.Name, i), dt, d, bk)
			}
			kk.Step, kk.Arg = i, "k"
			kg := g.scoresKernel(fmt.Sprintf("%s_scores%d", p.Name, i), d, sc.Scale)
			kg.Step = i
			kernels = append(kernels, kp, kk, kg)
			if global {
				// The permuted tiles' scores over the GEMM's unpermuted
				// ones (permute_global.go).
				pc := p.Steps[p.Index(s.Perm())].Permute()
				var kx Kernel
				if R := permDots(dt, d, bq, bk, pc.Segment); R > 0 {
					// From the per-key dots the permute's GEMM wrote.
					kx = g.permScoresDots(fmt.Sprintf("%s_perm_scores%d", p.Name, i), bq, bk, pc.Segment, R, sc.Scale)
				} else {
					kx = g.permScores(fmt.Sprintf("%s_perm_scores%d", p.Name, i), dt, d, bq, bk, pc.Segment, sc.Scale)
				}
				kx.Step = i
				kernels = append(kernels, kx)
			}
			if attnir.HasQueryOffset(q.Type, s.Args[1].Type) && s.Perm() == nil && sc.Heads == 0 && scoresRowOK(d) {
				// A decode step's one query tile (scores_row.go).
				kr := g.scoresRow(fmt.Sprintf("%s_scores_row%d", p.Name, i), dt, d, sc.Scale)
				kr.Step = i
				kernels = append(kernels, kr)
			}
			kernels = append(append(kernels, ks), budget...)
		case s.RowScore() != nil && s.On() == "device":
			continue // the gate kernel of its rowselect scores it
		case s.RowSelect() != nil && s.On() == "device":
			// MoBA's gate (gate.go): the keys pooled in blocks, then the
			// gate kernel.
			sc, sel := p.Steps[i-1].RowScore(), s.RowSelect().RowSpec
			q := p.Steps[i-1].Args[0]
			dt, d := q.Type.DType.String(), q.Type.Shape[2].Size
			kp := g.poolSplit(fmt.Sprintf("%s_gate_pool%d", p.Name, i), dt, d, sc.Block)
			kp.Arg = "k"
			kg := g.gate(fmt.Sprintf("%s_gate%d", p.Name, i), gateSpec{dt: dt, d: d, block: sc.Block, rows: gateRows(d),
				top: sel.Top, local: sel.Local, w: sel.Width(1), sink: sel.Sink, diagonal: sel.Diagonal, causal: sc.Mask != nil, scale: sc.Scale})
			kp.Step, kg.Step = i, i
			kernels = append(kernels, kp, kg)
		case s.TokenSelect() != nil && s.On() == "device":
			// HISA's token stage (tokens.go).
			ts, q := s.TokenSelect(), s.Args[0]
			kt := g.tokens(fmt.Sprintf("%s_tokens%d", p.Name, i), tokensSpec{dt: q.Type.DType.String(), d: q.Type.Shape[2].Size,
				block: ts.Block, w: s.Args[2].Type.Shape[2].Size, top: ts.Top, causal: ts.Mask != nil, scale: ts.Scale})
			kt.Step = i
			kernels = append(kernels, kt)
		case s.Permute() != nil && s.On() == "device":
			// permute.go; the tiles and mask of the blockscore reading it.
			pc := s.Permute()
			var sc *tile.ScoreCall
			for _, u := range p.Steps[i+1:] {
				if u.Perm() == s.Out && u.Score() != nil {
					sc = u.Score()
					break
				}
			}
			if sc == nil {
				return "", nil, fmt.Errorf("%s: internal error: a permute on the device with no blockscore reading it", s.Pos)
			}
			q := s.Args[0]
			dt, d := q.Type.DType.String(), q.Type.Shape[2].Size
			var ks []Kernel
			if pc.Scope == "global" { // permute_global.go: probes, their scores, the sort
				if R := permDots(dt, d, sc.BQ, sc.BK, pc.Segment); R > 0 {
					// The query tiles' means as the probes: their dots
					// with every key for the rescoring, the segments'
					// scores from them.
					kq := g.poolFrag(fmt.Sprintf("%s_permute%d_probes", p.Name, i), dt, d, sc.BQ)
					ks = append(ks, kq, g.permProbeMMAWith(fmt.Sprintf("%s_permute%d_scores", p.Name, i), d, pc.Segment, R, sc.BQ, pc.Scale))
				} else {
					kq := g.pool(fmt.Sprintf("%s_permute%d_probes", p.Name, i), dt, d, pc.Segment)
					kq.Arg = "q"
					ks = append(ks, kq, g.permProbe(fmt.Sprintf("%s_permute%d_scores", p.Name, i), dt, d, pc.Segment, pc.Scale))
				}
				ks = append(ks, g.permGlobal(fmt.Sprintf("%s_permute%d", p.Name, i), pc.Segment)...)
			} else {
				name := fmt.Sprintf("%s_permute%d", p.Name, i)
				if pc.Probe == "last" { // permute_last.go
					ks = append(ks, g.permLocalLast(name, dt, d, pc.Segment, pc.BQ, pc.Scale))
				} else {
					ks = append(ks, g.permLocal(name, dt, d, pc.Segment, pc.Scale))
				}
			}
			ks = append(ks, g.permClasses(fmt.Sprintf("%s_permclass%d", p.Name, i), sc.BQ, sc.BK, sc.Mask != nil))
			for _, k := range ks {
				k.Step = i
				kernels = append(kernels, k)
			}
		default:
			// Other scoring, selection and permutation run on the host (the
			// run-time library); their results are uploaded.
			if s.Kind == tile.Call {
				continue
			}
			return "", nil, fmt.Errorf("%s: the nvptx backend does not lower %s yet", s.Pos, s.Op)
		}
	}
	text := m.String()
	if len(g.annotations) > 0 {
		refs := make([]string, len(g.annotations))
		for i := range refs {
			refs[i] = fmt.Sprintf("!%d", i)
		}
		text += "\n!nvvm.annotations = !{" + strings.Join(refs, ", ") + "}\n"
		for i, a := range g.annotations {
			text += fmt.Sprintf("!%d = !{%s}\n", i, a)
		}
	}
	return text, kernels, nil
}

type gen struct {
	m           *ir.Module
	intrinsics  map[string]*ir.Func
	opts        Options
	annotations []string // nvvm.annotations entries, appended as text
}

func (g *gen) intrinsic(name string, ret types.Type, params ...types.Type) *ir.Func {
	if f, ok := g.intrinsics[name]; ok {
		return f
	}
	var ps []*ir.Param
	for i, t := range params {
		ps = append(ps, ir.NewParam(fmt.Sprintf("p%d", i), t))
	}
	f := g.m.NewFunc(name, ret, ps...)
	g.intrinsics[name] = f
	return f
}

// shared defines a CTA-shared array (addrspace 3, internal, undefined
// initial value) of type t.
func (g *gen) shared(name string, t types.Type, align int64) *ir.Global {
	v := g.m.NewGlobalDef(name, constant.NewUndef(t))
	v.AddrSpace, v.Typ = 3, nil
	v.Type()
	v.Align = ir.Align(align)
	v.Linkage = enum.LinkageInternal
	return v
}

// sharedDynamic declares the CTA's dynamic shared memory (extern, its
// size given at launch: Kernel.Smem) under name.
func (g *gen) sharedDynamic(name string, align int64) *ir.Global {
	v := ir.NewGlobal(name, types.NewArray(0, types.I8))
	v.AddrSpace, v.Typ = 3, nil
	v.Type()
	v.Align = ir.Align(align)
	v.Linkage = enum.LinkageExternal
	g.m.Globals = append(g.m.Globals, v)
	return v
}

func f32(x float64) *constant.Float { return constant.NewFloat(types.Float, float64(float32(x))) }
func i32(x int64) *constant.Int     { return constant.NewInt(types.I32, x) }

// exp is e^x through ex2.approx: 2^(x·log2 e).
func (g *gen) exp(b *ir.Block, x value.Value) value.Value {
	ex2 := g.intrinsic("llvm.nvvm.ex2.approx.f", types.Float, types.Float)
	return b.NewCall(ex2, b.NewFMul(x, f32(math.Log2E)))
}

// expr translates a mask or score modification into f32 LLVM IR with the
// semantics of ir.Expr.Eval (booleans are 0 and 1).
func (g *gen) expr(b *ir.Block, e *attnir.Expr, env map[string]value.Value) value.Value {
	a := func(i int) value.Value { return g.expr(b, e.Args[i], env) }
	b2f := func(c value.Value) value.Value { return b.NewUIToFP(c, types.Float) }
	truth := func(x value.Value) value.Value { return b.NewFCmp(enum.FPredUNE, x, f32(0)) }
	switch e.Op {
	case attnir.ENum:
		return f32(e.Num)
	case attnir.EVar:
		return env[e.Name]
	case attnir.ENeg:
		return b.NewFSub(f32(0), a(0))
	case attnir.ENot:
		return b2f(b.NewFCmp(enum.FPredOEQ, a(0), f32(0)))
	case attnir.EAdd:
		return b.NewFAdd(a(0), a(1))
	case attnir.ESub:
		return b.NewFSub(a(0), a(1))
	case attnir.EMul:
		return b.NewFMul(a(0), a(1))
	case attnir.EDiv:
		return b.NewFDiv(a(0), a(1))
	case attnir.EAnd:
		return b2f(b.NewAnd(truth(a(0)), truth(a(1))))
	case attnir.EOr:
		return b2f(b.NewOr(truth(a(0)), truth(a(1))))
	}
	cmp := map[attnir.ExprOp]enum.FPred{attnir.ELt: enum.FPredOLT, attnir.ELe: enum.FPredOLE, attnir.EGt: enum.FPredOGT,
		attnir.EGe: enum.FPredOGE, attnir.EEq: enum.FPredOEQ, attnir.ENe: enum.FPredUNE}
	if p, ok := cmp[e.Op]; ok {
		return b2f(b.NewFCmp(p, a(0), a(1)))
	}
	qi, ki := env["qi"], env["ki"]
	switch e.Name {
	case "causal":
		return b2f(b.NewFCmp(enum.FPredOLE, ki, qi))
	case "window":
		return b2f(b.NewFCmp(enum.FPredOLT, b.NewFSub(qi, ki), a(0)))
	case "sink":
		return b2f(b.NewFCmp(enum.FPredOLT, ki, a(0)))
	case "exp":
		return g.exp(b, a(0))
	case "log":
		lg2 := g.intrinsic("llvm.nvvm.lg2.approx.f", types.Float, types.Float)
		return b.NewFMul(b.NewCall(lg2, a(0)), f32(math.Ln2))
	case "tanh": // 1 − 2/(e^{2x} + 1)
		e2 := g.exp(b, b.NewFMul(a(0), f32(2)))
		return b.NewFSub(f32(1), b.NewFDiv(f32(2), b.NewFAdd(e2, f32(1))))
	case "rsqrt":
		r := g.intrinsic("llvm.nvvm.rsqrt.approx.f", types.Float, types.Float)
		return b.NewCall(r, a(0))
	case "max":
		x, y := a(0), a(1)
		return b.NewSelect(b.NewFCmp(enum.FPredOGT, x, y), x, y)
	case "min":
		x, y := a(0), a(1)
		return b.NewSelect(b.NewFCmp(enum.FPredOLT, x, y), x, y)
	case "where":
		return b.NewSelect(truth(a(0)), a(1), a(2))
	}
	panic(fmt.Sprintf("BUG: nvptx: no lowering for expr %s", e))
}
