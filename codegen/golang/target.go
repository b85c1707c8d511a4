package golang

import (
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/sparse"
)

// CPU is the Go backend's tile pipeline: which tile kernels a kernel step
// uses and what it prepares once per run, decided once and written into
// the tile IR, where the item function, the prepare step and the package's
// kernel variables read it.
//
//	matmul_qk scale=0.125 simd pairs       the vector tile kernels, Q·Kᵀ on bf16 pairs
//	load_kv rows=64 dim=64 dimv=64 transpose   Kᵀ per key tile, once per run
//	compensate order=0 means               tile means for compensation, once per run
//	grid tiles=64 decode=16                at most 16 queries: the decode path (decode.go)
//
// (attnc ir -stage tile -target cpu). Which instruction set runs the
// vector kernels — AVX-512, AVX2 or portable Go — is chosen at start-up on
// the machine that runs them, not here.
var CPU = &tile.Target{
	Name:       "cpu",
	Doc:        "the generated Go package with avo's AVX-512/AVX2 tile kernels",
	KeyLengths: true, // items end at their sequence's keys (lowerGrid, decodeGrid)
	RowLists:   true, // each row's own list: gathered row by row (lower_rows.go), or the union of tiles with per-row bits (rowScoreElements) when the rows fill their tiles
	Passes: []tile.Pass{
		{Name: "choose-tile-kernels", Fn: chooseTileKernels, Doc: "a tile of at most 64 keys with value dims a multiple of 16 uses the vector tile kernels; bf16 q and k with an even head dim multiply bf16 pairs"},
		{Name: "prepare-per-run", Fn: preparePerRun, Doc: "what each key tile needs for every query tile is prepared once per run: Kᵀ for the f32 vector Q·Kᵀ, tile means for zeroth-order compensation (neither through a permutation)"},
		{Name: "fuse-score-select", Fn: fuseScoreSelect, Doc: "a blockselect counting its tiles (density, top) over a score(mean) no other step reads runs with it, row by row (sparse.ScoreSelect): float32 estimates of the logits with a bound pick the candidates, exact logits rank them; E is never written"},
		{Name: "fuse-gate", Fn: tile.FuseGate, Doc: "a rowselect reading a rowscore no other step reads runs with it, row by row (sparse.RowGate): the gate's scores [H, M, N/block] are never written"},
		{Name: "choose-decode", Fn: chooseDecode, Doc: "a kernel whose queries are not its keys (q's length another dim than k's) runs at most DecodeRows queries per head as a decode step: key ranges split over the workers, K and V read in their stored type, nothing prepared; not with a permutation, an early exit or compensation"},
	},
	Order: []tile.Order{
		{Before: "choose-tile-kernels", After: "prepare-per-run", Why: "Kᵀ is prepared only for the f32 vector kernel"},
		{Before: "choose-tile-kernels", After: "choose-decode", Why: "the decode path uses the vector tile kernels' score rows (64 keys)"},
	},
}

// DecodeRows is the most queries per head a kernel runs on the decode
// path (choose-decode; docs/gen.md): a decode step is one, speculative
// decoding and small prefill chunks a few. Past it the items of the
// prefill path — whole query tiles against Kᵀ prepared per run, inputs
// converted to f32 once — reuse each key tile for enough rows to pay
// for that preparation.
const DecodeRows = 16

func init() { tile.RegisterTarget(CPU) }

// setFlag sets or clears a flag attribute of op.
func setFlag(op *tile.Op, key string, on bool) {
	if op.Attrs == nil {
		op.Attrs = map[string]any{}
	}
	if on {
		op.Attrs[key] = true
	} else {
		delete(op.Attrs, key)
	}
}

func chooseTileKernels(p *tile.Program) error {
	for _, s := range p.Steps {
		if s.Kind != tile.Kernel {
			continue
		}
		kv, qk := s.Find(tile.LoadKV), s.Find(tile.MatmulQK)
		simd := kv.Int("rows") <= 64 && kv.Int("dimv")%16 == 0
		pairs := simd && s.Args[0].Type.DType.String() == "bf16" && s.Args[1].Type.DType.String() == "bf16" && kv.Int("dim")%2 == 0
		setFlag(qk, "simd", simd)
		setFlag(qk, "pairs", pairs)
	}
	return nil
}

func preparePerRun(p *tile.Program) error {
	for _, s := range p.Steps {
		if s.Kind != tile.Kernel {
			continue
		}
		kv, qk := s.Find(tile.LoadKV), s.Find(tile.MatmulQK)
		gather := kv.Attrs["gather"] == true
		setFlag(kv, "transpose", qk.Attrs["simd"] == true && qk.Attrs["pairs"] != true && !gather)
		if c := s.Find(tile.Compensate); c != nil {
			setFlag(c, "means", c.Int("order") == 0 && !gather && s.Find(tile.Mod) == nil)
		}
	}
	return nil
}

// chooseDecode writes decode=DecodeRows on the grid of each attention
// step that can run as a decode step: its queries are not its keys (q's
// length is another dim than k's, or a fixed size of at most DecodeRows),
// its tiles fit the vector kernels (64-key score rows, head and value dims
// multiples of 16), and nothing in its loop needs the keys' tiles in
// order or prepared: no permutation, early exit or compensation. Whether
// a run takes the path (M ≤ DecodeRows) is decided at run time.
func chooseDecode(p *tile.Program) error {
	for _, s := range p.Steps {
		if s.Kind != tile.Kernel {
			continue
		}
		grid, kv := s.Find(tile.Grid), s.Find(tile.LoadKV)
		q, k := s.Args[0].Type, s.Args[1].Type
		m := q.Shape[1]
		ok := (ir.HasQueryOffset(q, k) || s.KeyLengths() != nil) && (m.Sym != "" || m.Size <= DecodeRows) &&
			s.Find(tile.MatmulQK).Attrs["simd"] == true && kv.Int("dim")%16 == 0 && kv.Int("dimv")%16 == 0 &&
			kv.Attrs["gather"] != true && s.Find(tile.EarlyExit) == nil && s.Find(tile.Compensate) == nil &&
			!rowLists(s)
		if ok {
			grid.Attrs["decode"] = DecodeRows
		} else {
			delete(grid.Attrs, "decode")
		}
	}
	return nil
}

// rowLists reports whether kernel step s loops over each row's own list
// (loop_list rows), which the decode path does not take.
func rowLists(s *tile.Step) bool {
	ll := s.Find(tile.LoopList)
	return ll != nil && ll.Attrs["rows"] == true
}

// fuseScoreSelect marks `fused` each blockselect that counts its tiles
// (mode density or top, one density for every head) right after the
// blockscore it reads, when that is score(mean) without proxy heads or a
// permutation and no other step reads it. The two run as one library call
// (sparse.ScoreSelectIn/Tensor), which gives BlockSelect's lists to the
// bit (runtime/sparse scoreselect.go).
func fuseScoreSelect(p *tile.Program) error {
	for j, s := range p.Steps {
		sel := s.Select()
		if sel == nil {
			continue
		}
		i := p.Index(s.Args[0])
		ok := i == j-1 && i >= 0 && p.Uses(s.Args[0]) == 1 && s.Perm() == nil
		if ok {
			sc := p.Steps[i]
			ok = sc.Score() != nil && sc.Perm() == nil && sparse.ScoreSelectFusable(sc.Score().ScoreSpec, sel.SelectSpec)
		}
		s.SetAttr("fused", ok)
	}
	return nil
}

// scoreFused reports whether step i is a blockscore whose only reader is
// a fused blockselect (fuseScoreSelect): the blockselect's step computes
// both.
func scoreFused(p *tile.Program, i int) bool {
	s := p.Steps[i]
	if s.Score() == nil {
		return false
	}
	for _, t := range p.Steps {
		if t.Select() != nil && t.Fused() && t.Args[0] == s.Out {
			return true
		}
	}
	return false
}

// gateFused reports whether step i is a rowscore whose only reader is a
// fused rowselect (tile.FuseGate): the rowselect's step computes both.
func gateFused(p *tile.Program, i int) bool {
	s := p.Steps[i]
	if s.RowScore() == nil {
		return false
	}
	for _, t := range p.Steps {
		if t.RowSelect() != nil && t.Fused() && t.Args[0] == s.Out {
			return true
		}
	}
	return false
}
