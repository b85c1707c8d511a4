package nvptx

import (
	"fmt"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// CUDA is the nvptx backend's tile pipeline: the decisions about a
// program this backend makes before it emits anything, written into the
// tile IR so that GenerateWith, HostSteps and the executor in
// runtime/cuda read them instead of deriving them again.
//
// Before (tile.Lower of a mean+density schedule in bf16):
//
//	%0 = call blockscore %q, %k method=mean scale=0.088 mask={causal} bq=64 bk=64 : f32[H,N/64,N/64]
//	%1 = call blockselect %0 mode=density density=0.1 sink diagonal bq=64 bk=64 : i32[H,N/64,2,N/64]
//	%2 = kernel attention %q, %k, %v, %1 : f32[H,N,128] { ... store rows=64 dimv=128 }
//	%3 = call convert %2 to=bf16 : bf16[H,N,128]
//
// After (attnc ir -stage tile -target cuda):
//
//	%0 = call blockscore %q, %k method=mean ... on=device : f32[H,N/64,N/64]
//	%1 = call blockselect %0 mode=density ... on=device fused : i32[H,N/64,2,N/64]
//	%2 = kernel attention %q, %k, %v, %1 : bf16[H,N,128] { ... store rows=64 dimv=128 to=bf16 }
var CUDA = &tile.Target{
	Name: "cuda",
	Doc:  "NVIDIA GPUs: PTX from llir/llvm, run through the CUDA driver",
	// Key lengths (a KV cache): the decode kernels, mean scores and every
	// selection on the device take them; other scoring on the host.
	KeyLengths: true,
	// Per-row selection: the gate on the device where its kernel applies
	// (gate.go), else on the host, and the tokens on the host (the
	// run-time library); the attention over the union of each query
	// tile's rows' key tiles with every row's key bits (mask phase).
	RowLists: true,
	Passes: []tile.Pass{
		{Name: "fold-convert", Fn: foldConvert, Doc: "a tensor-core kernel rounds its output to the conversion's type as it stores it; the convert call goes"},
		{Name: "fuse-score-select", Fn: fuseScoreSelect, Doc: "a blockscore with a GPU kernel and the blockselect reading it run on the device, the selection fused after the scores (the lists never leave the device), with the permute they read when it has one"},
		{Name: "fuse-gate", Fn: tile.FuseGate, Doc: "a rowselect reading a rowscore no other step reads runs with it on the host, row by row (sparse.RowGate): the gate's scores are never written"},
		{Name: "gate-device", Fn: gateDevice, Doc: "a fused gate whose mask, selection and head dim the gate kernel takes (gate.go) runs on the device: the keys pooled in blocks, each row's blocks ranked as its scores are computed"},
		{Name: "tokens-device", Fn: tokensDevice, Doc: "a tokenselect whose mask, head dim and candidates the token kernel takes (tokens.go) runs on the device: a warp per row, a radix selection of its keys' scores"},
		{Name: "share-key-means", Fn: shareKeyMeans, Doc: "a compensating kernel whose list comes from mean scores of its own keys in its own key tiles (on the device, unpermuted, no proxy heads or key lengths) rounds its mean keys from the scores' key means (kmeans) instead of pooling k again"},
		{Name: "place-host", Fn: placeHost, Doc: "every call still unplaced runs on the host through runtime/sparse, its result uploaded"},
		{Name: "choose-decode", Fn: chooseDecode, Doc: "an attention step whose queries are not its keys also gets the decode kernels (decode.go): a run of at most DecodeRows queries per head splits the keys over CTAs and merges the splits; not with a permutation, an early exit or compensation; a step reading key lengths must take it (a positioned error otherwise)"},
	},
	Order: []tile.Order{
		{Before: "fuse-score-select", After: "place-host", Why: "place-host places what the fusion left"},
		{Before: "fold-convert", After: "place-host", Why: "a folded convert is no longer a call to place"},
		{Before: "fuse-gate", After: "place-host", Why: "the plan reads the fusion's mark"},
		{Before: "fuse-gate", After: "gate-device", Why: "only a fused gate runs on the device"},
		{Before: "gate-device", After: "place-host", Why: "place-host places what the gate left"},
		{Before: "tokens-device", After: "place-host", Why: "place-host places what the tokens left"},
		{Before: "fuse-score-select", After: "share-key-means", Why: "only scores on the device pool keys there"},
	},
}

func init() { tile.RegisterTarget(CUDA) }

// foldConvert folds `convert %k to=T` into the store of the tensor-core
// kernel %k when the convert is %k's only use.
func foldConvert(p *tile.Program) error {
	for i := 0; i+1 < len(p.Steps); i++ {
		k, c := p.Steps[i], p.Steps[i+1]
		if k.Kind != tile.Kernel || c.Convert() == nil || c.Args[0] != k.Out || p.Uses(k.Out) != 1 {
			continue
		}
		// Asked without wgmma: the pass runs before the target's llc is
		// known, and only sm_90a's kernel takes head dim 256 (which then
		// stores f32 and the host rounds).
		if mmaOK(k, k.Args[0].Type.DType.String(), Options{}) != nil || k.Out.Type.DType.String() != "f32" {
			continue
		}
		to := c.Convert().To.String()
		if to != "bf16" && to != "f16" {
			continue
		}
		k.Find(tile.Store).Attrs["to"] = to
		k.Out.Type.DType = c.Convert().To
		p.Replace(c.Out, k.Out)
		p.RemoveStep(i + 1)
	}
	return nil
}

// fuseScoreSelect places a blockscore that has GPU kernels, and the
// blockselect after it, on the device.
func fuseScoreSelect(p *tile.Program) error {
	for i, s := range p.Steps {
		if s.Score() == nil || gpuSelectable(p, i) != nil {
			continue
		}
		s.SetAttr("on", "device")
		p.Steps[i+1].SetAttr("on", "device")
		p.Steps[i+1].SetAttr("fused", true)
		if perm := s.Perm(); perm != nil { // its permutation too (gpuSelectable checked it)
			p.Steps[p.Index(perm)].SetAttr("on", "device")
		}
	}
	return nil
}

// shareKeyMeans marks kmeans the compensate of each kernel step whose
// key means its scores already pooled (keyMeansOf), and clears it where
// not.
func shareKeyMeans(p *tile.Program) error {
	for _, s := range p.Steps {
		c := s.Find(tile.Compensate)
		if s.Kind != tile.Kernel || c == nil {
			continue
		}
		if keyMeansOf(p, s) != nil {
			c.Attrs["kmeans"] = true
		} else {
			delete(c.Attrs, "kmeans")
		}
	}
	return nil
}

// keyMeansOf is the score step whose pooled key means are kernel step
// s's compensation's, before rounding, or nil: s's list comes from a
// blockselect fused with mean scores on the device that read s's keys
// in tiles of s's key tile rows, with no permutation, proxy heads or key
// lengths anywhere. Both then hold the float32 mean of the same rows
// summed in row order and divided once (pool and poolTo share that
// order; TestCompRoundEmulated), so kbar rounded from the scores' means
// is kbar pooled again, to the bit.
func keyMeansOf(p *tile.Program, s *tile.Step) *tile.Step {
	if s.Kind != tile.Kernel || len(s.Args) != 4 || s.Find(tile.Compensate) == nil || s.KeyLengths() != nil {
		return nil
	}
	kv := s.Find(tile.LoadKV)
	if kv == nil || kv.Attrs["gather"] == true {
		return nil
	}
	si := p.Index(s.Args[3])
	if si < 1 {
		return nil
	}
	sel, score := p.Steps[si], p.Steps[si-1]
	sc := score.Score()
	switch {
	case sel.Select() == nil || !sel.Fused() || sel.On() != "device" || sel.Args[0] != score.Out || sel.Perm() != nil:
		return nil
	case sc == nil || score.On() != "device" || sc.Method != "mean" || sc.Heads > 0 || score.Perm() != nil || score.KeyLengths() != nil:
		return nil
	case score.Args[1] != s.Args[1] || sc.BK != kv.Int("rows"):
		return nil
	}
	return score
}

// gateDevice places a fused gate (rowscore and rowselect) on the device
// where gateOK holds.
func gateDevice(p *tile.Program) error {
	for i, s := range p.Steps {
		if s.RowSelect() == nil || !s.Fused() || gateOK(p, i) != nil {
			continue
		}
		p.Steps[i-1].SetAttr("on", "device")
		s.SetAttr("on", "device")
	}
	return nil
}

// tokensDevice places a tokenselect on the device where tokensOK holds.
func tokensDevice(p *tile.Program) error {
	for i, s := range p.Steps {
		if s.TokenSelect() != nil && tokensOK(p, i) == nil {
			s.SetAttr("on", "device")
		}
	}
	return nil
}

// placeHost places every other call on the host.
func placeHost(p *tile.Program) error {
	for _, s := range p.Steps {
		if s.Kind == tile.Call && s.On() == "" {
			s.SetAttr("on", "host")
		}
	}
	return nil
}

// chooseDecode writes decode=DecodeRows on the grid of each attention
// step that can run as a decode step: its queries are not its keys (q's
// length is another dim than k's, or a fixed size of at most DecodeRows)
// and decodeOK holds. Whether a run takes the path (M ≤ DecodeRows and M
// ≤ the query tile) is decided at run time (runtime/cuda).
func chooseDecode(p *tile.Program) error {
	for _, s := range p.Steps {
		if s.Kind != tile.Kernel {
			continue
		}
		grid := s.Find(tile.Grid)
		q, k := s.Args[0].Type, s.Args[1].Type
		m := q.Shape[1]
		why := decodeOK(s)
		if attnir.HasQueryOffset(q, k) && (m.Sym != "" || m.Size <= DecodeRows) && why == nil {
			grid.Attrs["decode"] = DecodeRows
			continue
		}
		delete(grid.Attrs, "decode")
		if l := s.KeyLengths(); l != nil {
			// Only the decode kernels read key lengths (the tensor-core
			// and scalar prefill kernels take every sequence's N keys).
			if why == nil {
				why = fmt.Errorf("q's length %s is k's", m)
			}
			var errs attnir.ErrorList
			errs.Add(s.Pos, "kernel %s: key lengths (%s) on the GPU take the decode kernels only — a run of at most %d queries per head against the cache — which do not apply: %v; run it on the CPU (-device cpu) or the interpreter", p.Name, l.Ref(), DecodeRows, why)
			return errs.Err()
		}
	}
	return nil
}

// prepare runs the CUDA target's passes on p (they are idempotent: a
// program that went through them already, or was parsed from their
// output, is unchanged).
func prepare(p *tile.Program) error {
	if err := CUDA.Run(p); err != nil {
		return fmt.Errorf("%s: %v", p.Name, err)
	}
	return nil
}
