package cuda

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/sparse"
)

// Plan is a compiled kernel as the executor (Load, Program.Run) runs it:
// the PTX, the launch descriptions of its kernels and its steps in order,
// each a launch with named buffers or a run-time library call on the host.
// codegen/nvptx writes it (nvptx.Plan) from the tile program after the
// CUDA target's passes, so what runs on the device, what is fused and what
// the host computes is decided there, once; a Plan is plain data (JSON),
// embedded by `attnc gen -targets nvptx` packages so that a user's Go
// program runs the whole sparse kernel without the compiler.
type Plan struct {
	Name    string
	Target  string      // the PTX's target: sm_90a (Hopper) or sm_80
	PTX     string      `json:",omitempty"`
	Params  []PlanParam // in the kernel's order
	Steps   []PlanStep
	Result  string // the buffer returned
	Kernels []Kernel
}

// PlanParam is an input: its name and element type (f32, f16, bf16).
type PlanParam struct {
	Name  string
	DType string
}

// Step operations.
const (
	OpAttention   = "attention"    // an attention kernel (Kernel) over q, k, v [, list [, perm]]
	OpScoreSelect = "score-select" // blockscore and its blockselect on the device (Launches); Out the scores, SelectOut the lists
	OpBlockScore  = "blockscore"   // the run-time library on the host, result uploaded where used
	OpBlockSelect = "blockselect"  // the run-time library on the host
	OpPermute     = "permute"      // the run-time library on the host
	OpConvert     = "convert"      // rounding on the host (through f32, as a kernel's store)
	OpRowGate     = "rowgate"      // a rowscore and the rowselect reading it: the run-time library on the host (sparse.RowGate)
	OpTokenSelect = "tokenselect"  // the run-time library on the host (sparse.TokenSelect)
)

// PlanStep is one step of a Plan. Buffers are named by the tile
// program's values ("q", "0", ...).
type PlanStep struct {
	Name string   // the report's stage name: "blockscore %0"
	Op   string   // one of the Op constants
	Out  string   // the buffer it defines
	Args []string // the buffers it reads
	Pos  string   `json:",omitempty"` // the DSL position, for errors

	Kernel   string       `json:",omitempty"` // attention: the kernel's name
	Segment  int          `json:",omitempty"` // attention with a permutation: its query segment
	Launches []PlanLaunch `json:",omitempty"` // score-select: the launches, in order
	Score    *ScoreStep   `json:",omitempty"` // blockscore, score-select
	Select   *SelectStep  `json:",omitempty"` // blockselect, score-select
	Permute  *PermuteStep `json:",omitempty"` // permute
	Rows     *RowStep     `json:",omitempty"` // rowgate, tokenselect
	To       string       `json:",omitempty"` // convert: f32, f16 or bf16
	// Lens names the key lengths (an i32 [B] parameter, docs/dsl.md "KV
	// caches") an attention, blockscore, blockselect or score-select step
	// reads beside Args: head h's keys are the first lens[h/(H/B)] rows of
	// its KV head, its queries the last M of them.
	Lens string `json:",omitempty"`
	// KeyMeans (attention with compensate kmeans: codegen/nvptx's
	// share-key-means) names the earlier score-select step (its Out)
	// whose pooled key means the compensation's mean keys are rounded
	// from.
	KeyMeans string `json:",omitempty"`
}

// PlanLaunch is one timed group of launches of a score-select step
// ("pool": q and k, "scores", "select").
type PlanLaunch struct {
	What    string
	Kernels []string
}

// ScoreStep is a blockscore's spec and grid.
type ScoreStep struct {
	sparse.ScoreSpec
	BQ, BK  int
	Segment int            `json:",omitempty"`
	Mask    sparse.Program `json:",omitempty"`
	// SelectOut is the blockselect's buffer (score-select), and
	// SelectLimit the most key tiles a row may have for the device's
	// select kernel: longer rows are scored and selected on the host.
	SelectOut   string `json:",omitempty"`
	SelectLimit int    `json:",omitempty"`
}

// SelectStep is a blockselect's spec.
type SelectStep struct{ sparse.SelectSpec }

// PermuteStep is a permute's spec.
type PermuteStep struct{ sparse.PermuteSpec }

// RowStep is a per-row selection's spec (docs/passes.md "Per-row
// selection"): a rowgate's scores (Method over blocks of Block keys) and
// selection (Spec), or a tokenselect's Top keys inside each row's blocks.
type RowStep struct {
	Block     int
	Method    string         `json:",omitempty"` // rowgate: mean or oracle
	Spec      sparse.RowSpec `json:",omitempty"` // rowgate
	Top       int            `json:",omitempty"` // tokenselect
	Scale     float64
	Mask, Mod sparse.Program `json:",omitempty"`
}

// MarshalPlans encodes plans for embedding.
func MarshalPlans(plans []*Plan) ([]byte, error) { return json.MarshalIndent(plans, "", " ") }

// UnmarshalPlans decodes what MarshalPlans wrote and checks each plan.
func UnmarshalPlans(data []byte) ([]*Plan, error) {
	var plans []*Plan
	if err := json.Unmarshal(data, &plans); err != nil {
		return nil, fmt.Errorf("cuda: plan: %v", err)
	}
	for _, p := range plans {
		if err := p.Check(); err != nil {
			return nil, err
		}
	}
	return plans, nil
}

// Check verifies that every buffer a step reads is defined before it,
// every kernel named exists, and every op is known.
func (p *Plan) Check() error {
	if p == nil {
		return fmt.Errorf("cuda: no plan")
	}
	defined := map[string]bool{}
	for _, prm := range p.Params {
		defined[prm.Name] = true
	}
	kernels := map[string]bool{}
	for _, k := range p.Kernels {
		kernels[k.Name] = true
	}
	for i, s := range p.Steps {
		for _, a := range s.Args {
			if !defined[a] {
				return fmt.Errorf("cuda: plan %s: step %d (%s) reads %q before it is defined", p.Name, i, s.Name, a)
			}
		}
		if s.Lens != "" && !isParam(p, s.Lens, "i32") {
			return fmt.Errorf("cuda: plan %s: step %d (%s) reads key lengths %q, which is not an i32 parameter", p.Name, i, s.Name, s.Lens)
		}
		var names []string
		switch s.Op {
		case OpAttention:
			names = []string{s.Kernel}
			if s.KeyMeans != "" && !slices.ContainsFunc(p.Steps[:i], func(t PlanStep) bool { return t.Op == OpScoreSelect && t.Out == s.KeyMeans }) {
				return fmt.Errorf("cuda: plan %s: step %d (%s) rounds its mean keys from the key means of %q, which no earlier score-select step pools", p.Name, i, s.Name, s.KeyMeans)
			}
			for _, l := range s.Launches {
				names = append(names, l.Kernels...) // compensate's, before it
			}
		case OpScoreSelect:
			if s.Score == nil || s.Select == nil || s.Score.SelectOut == "" {
				return fmt.Errorf("cuda: plan %s: step %d (%s) has no score, select or list buffer", p.Name, i, s.Name)
			}
			for _, l := range s.Launches {
				names = append(names, l.Kernels...)
			}
			defined[s.Score.SelectOut] = true
		case OpBlockScore:
			if s.Score == nil {
				return fmt.Errorf("cuda: plan %s: step %d (%s) has no score spec", p.Name, i, s.Name)
			}
		case OpBlockSelect:
			if s.Select == nil {
				return fmt.Errorf("cuda: plan %s: step %d (%s) has no select spec", p.Name, i, s.Name)
			}
		case OpPermute:
			if s.Permute == nil {
				return fmt.Errorf("cuda: plan %s: step %d (%s) has no permute spec", p.Name, i, s.Name)
			}
			if abi.LookupPermuteProbe(s.Permute.Probe) == nil || abi.LookupPermuteScope(s.Permute.Scope) == nil || s.Permute.Segment <= 0 {
				return fmt.Errorf("cuda: plan %s: step %d (%s): permutation probe %q, scope %q, segment %d", p.Name, i, s.Name, s.Permute.Probe, s.Permute.Scope, s.Permute.Segment)
			}
			for _, l := range s.Launches {
				names = append(names, l.Kernels...) // on the device
			}
		case OpRowGate, OpTokenSelect:
			if s.Rows == nil || s.Rows.Block <= 0 || len(s.Args) != map[string]int{OpRowGate: 2, OpTokenSelect: 3}[s.Op] {
				return fmt.Errorf("cuda: plan %s: step %d (%s) has no row spec, a block of %d keys, or %d arguments", p.Name, i, s.Name, rowBlock(s.Rows), len(s.Args))
			}
			for _, l := range s.Launches {
				names = append(names, l.Kernels...) // the gate on the device
			}
		case OpConvert:
		default:
			return fmt.Errorf("cuda: plan %s: step %d (%s): unknown op %q", p.Name, i, s.Name, s.Op)
		}
		if err := s.checkSpecs(); err != nil {
			return fmt.Errorf("cuda: plan %s: step %d (%s): %v", p.Name, i, s.Name, err)
		}
		for _, n := range names {
			if !kernels[n] {
				return fmt.Errorf("cuda: plan %s: step %d (%s) launches %q, which the plan does not hold", p.Name, i, s.Name, n)
			}
		}
		defined[s.Out] = true
	}
	for _, k := range p.Kernels {
		if err := k.Mask.Check(); err != nil {
			return fmt.Errorf("cuda: plan %s: kernel %s: %v", p.Name, k.Name, err)
		}
		if k.BQ < 0 || k.BK < 0 || k.D < 0 || k.DV < 0 || k.BlockRows < 0 {
			return fmt.Errorf("cuda: plan %s: kernel %s: negative sizes", p.Name, k.Name)
		}
	}
	if !defined[p.Result] {
		return fmt.Errorf("cuda: plan %s returns %q, which no step defines", p.Name, p.Result)
	}
	return nil
}

// isParam says whether p has a parameter name of element type dt.
func isParam(p *Plan, name, dt string) bool {
	for _, prm := range p.Params {
		if prm.Name == name {
			return prm.DType == dt
		}
	}
	return false
}

// checkSpecs checks a step's library specs against the contract's tables
// (runtime/abi): a plan from a file names only methods, modes, probes and
// scopes the library implements, tiles of positive size and well-formed
// mask programs.
func (s *PlanStep) checkSpecs() error {
	if sc := s.Score; sc != nil {
		if abi.LookupScoreMethod(sc.Method) == nil {
			return fmt.Errorf("unknown scoring method %q", sc.Method)
		}
		if sc.BQ <= 0 || sc.BK <= 0 {
			return fmt.Errorf("tiles %d×%d", sc.BQ, sc.BK)
		}
		if err := sc.Mask.Check(); err != nil {
			return err
		}
		if err := sc.Mod.Check(); err != nil {
			return err
		}
	}
	if ro := s.Rows; ro != nil {
		if s.Op == OpRowGate && ro.Method != "mean" && ro.Method != "oracle" {
			return fmt.Errorf("unknown gate method %q (mean or oracle)", ro.Method)
		}
		if err := ro.Mask.Check(); err != nil {
			return err
		}
		if err := ro.Mod.Check(); err != nil {
			return err
		}
	}
	if se := s.Select; se != nil {
		if abi.LookupSelectMode(se.Mode) == nil {
			return fmt.Errorf("unknown selection mode %q", se.Mode)
		}
		if se.BQ <= 0 || se.BK <= 0 {
			return fmt.Errorf("selection tiles %d×%d", se.BQ, se.BK)
		}
		for _, d := range se.Densities {
			if !(d > 0 && d <= 1) {
				return fmt.Errorf("budget density %v per head, want ρ in (0, 1]", d)
			}
		}
	}
	return nil
}

// rowBlock is r's block, 0 without r (for Check's message).
func rowBlock(r *RowStep) int {
	if r == nil {
		return 0
	}
	return r.Block
}
