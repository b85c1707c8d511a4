package nvptx

import (
	"fmt"
	"slices"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// Plan describes how runtime/cuda runs p (after GenerateWith, which ran
// the CUDA target's passes and returned kernels): a step per tile step, a
// device step naming its kernels, a host step its library spec, and a
// fused blockscore+blockselect pair one score-select step. ptx and target
// are llc's output for the module GenerateWith wrote.
func Plan(p *tile.Program, kernels []Kernel, ptx, target string) (*cuda.Plan, error) {
	if !placed(p) {
		return nil, fmt.Errorf("internal error: nvptx.Plan of %s before the CUDA target's passes (call GenerateWith first)", p.Name)
	}
	plan := &cuda.Plan{Name: p.Name, Target: target, PTX: ptx, Result: p.Result.Name, Kernels: kernels}
	for _, b := range p.Params {
		plan.Params = append(plan.Params, cuda.PlanParam{Name: b.Name, DType: b.Type.DType.String()})
	}
	of := func(kind cuda.Kind, step int) []string {
		var names []string
		for _, k := range kernels {
			if k.Kind == kind && k.Step == step {
				names = append(names, k.Name)
			}
		}
		return names
	}
	for i := 0; i < len(p.Steps); i++ {
		s := p.Steps[i]
		ps := cuda.PlanStep{Name: s.Op + " " + s.Out.Ref(), Op: s.Op, Out: s.Out.Name, Pos: s.Pos.String()}
		args := s.Args
		if l := s.KeyLengths(); l != nil {
			args, ps.Lens = args[:len(args)-1], l.Name // the kernels take lens apart
		}
		for _, a := range args {
			ps.Args = append(ps.Args, a.Name)
		}
		switch {
		case s.Kind == tile.Kernel:
			names := of(cuda.KindAttention, i)
			if len(names) != 1 {
				return nil, fmt.Errorf("internal error: %s: %d kernels for step %s", s.Pos, len(names), s.Out.Ref())
			}
			ps.Kernel = names[0]
			ps.Segment = s.Find(tile.LoadKV).Int("segment")
			if pl := of(cuda.KindPairList, i); len(pl) > 0 {
				ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: "pairs", Kernels: pl})
			}
			if comp := append(of(cuda.KindCompPool, i), of(cuda.KindCompList, i)...); len(comp) > 0 {
				ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: "compensate", Kernels: comp})
			}
			if c := s.Find(tile.Compensate); c != nil && c.Attrs["kmeans"] == true {
				score := keyMeansOf(p, s)
				if score == nil {
					return nil, fmt.Errorf("internal error: %s: compensate kmeans, but %s's list does not come from mean scores of its keys on the device", s.Pos, s.Out.Ref())
				}
				ps.KeyMeans = score.Out.Name
			}
			if rt := append(append(of(cuda.KindRowCount, i), of(cuda.KindRowScan, i)...), of(cuda.KindRowFill, i)...); len(rt) > 0 {
				ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: "rowtiles", Kernels: rt})
			}
			if dec := append(of(cuda.KindDecode, i), of(cuda.KindDecodeCombine, i)...); len(dec) > 0 {
				ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: "decode", Kernels: dec})
			}
		case s.Score() != nil:
			ps.Score = scoreStep(s)
			if s.On() == "device" {
				sel := p.Steps[i+1]
				ps.Op = cuda.OpScoreSelect
				ps.Select = &cuda.SelectStep{SelectSpec: sel.Select().SelectSpec}
				ps.Score.SelectOut, ps.Score.SelectLimit = sel.Out.Name, SelectLimit
				kinds := []cuda.Kind{cuda.KindPool, cuda.KindScores}
				if of(cuda.KindADStats, i) != nil {
					kinds = []cuda.Kind{cuda.KindADStats, cuda.KindADMass}
				}
				if of(cuda.KindProxy, i) != nil {
					kinds = append([]cuda.Kind{cuda.KindProxy}, kinds...)
				}
				if of(cuda.KindPermScores, i) != nil {
					kinds = append(kinds, cuda.KindPermScores) // after the GEMM it overwrites
				}
				for _, kind := range kinds {
					names := of(kind, i)
					if kind == cuda.KindScores {
						names = append(names, of(cuda.KindScoresRow, i)...) // the executor launches one of them
					}
					ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: string(kind), Kernels: names})
				}
				ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: string(cuda.KindSelect), Kernels: append(of(cuda.KindSelect, i+1), of(cuda.KindBudgetRows, i+1)...)})
				if budget := budgetOf(kernels, i+1); budget != nil {
					ps.Launches = append(ps.Launches, cuda.PlanLaunch{What: "budget", Kernels: budget})
				}
				i++ // the fused blockselect
			}
		case s.Select() != nil:
			ps.Select = &cuda.SelectStep{SelectSpec: s.Select().SelectSpec}
		case s.Permute() != nil:
			ps.Permute = &cuda.PermuteStep{PermuteSpec: s.Permute().PermuteSpec}
			if s.On() == "device" {
				ps.Launches = []cuda.PlanLaunch{{What: "permute", Kernels: slices.Concat(of(cuda.KindPool, i), of(cuda.KindPermProbe, i), of(cuda.KindPermute, i), of(cuda.KindPermGlobal, i), of(cuda.KindPermClass, i))}}
			}
		case s.Convert() != nil:
			ps.To = s.Convert().To.String()
		case s.RowScore() != nil:
			if i+1 < len(p.Steps) && p.Steps[i+1].RowSelect() != nil && p.Steps[i+1].Fused() && p.Steps[i+1].Args[0] == s.Out {
				continue // the rowselect's step computes it (fuse-gate)
			}
			return nil, fmt.Errorf("%s: the gate's scores (%s) are read by more than its rowselect: the CUDA target runs the gate as one step", s.Pos, s.Out.Ref())
		case s.RowSelect() != nil:
			sc := p.Steps[p.Index(s.Args[0])].RowScore()
			if !s.Fused() || sc == nil {
				return nil, fmt.Errorf("%s: a rowselect of scores other than its rowscore's: the CUDA target runs the gate as one step", s.Pos)
			}
			ps.Op, ps.Args = cuda.OpRowGate, []string{p.Steps[p.Index(s.Args[0])].Args[0].Name, p.Steps[p.Index(s.Args[0])].Args[1].Name}
			ps.Rows = &cuda.RowStep{Block: sc.Block, Method: sc.Method, Spec: s.RowSelect().RowSpec, Scale: sc.Scale, Mask: sc.Mask.Program(), Mod: sc.Mod.Program()}
			if s.On() == "device" {
				ps.Launches = []cuda.PlanLaunch{{What: string(cuda.KindGate), Kernels: append(of(cuda.KindPool, i), of(cuda.KindGate, i)...)}}
			}
		case s.TokenSelect() != nil:
			ts := s.TokenSelect()
			ps.Rows = &cuda.RowStep{Block: ts.Block, Top: ts.Top, Scale: ts.Scale, Mask: ts.Mask.Program(), Mod: ts.Mod.Program()}
			if s.On() == "device" {
				ps.Launches = []cuda.PlanLaunch{{What: string(cuda.KindTokens), Kernels: of(cuda.KindTokens, i)}}
			}
		}
		plan.Steps = append(plan.Steps, ps)
	}
	return plan, plan.Check()
}

// budgetOf names the budget kernels of step (budget.go) after its rows
// kernel, in the order GenerateWith emitted them, which is their launch
// order.
func budgetOf(kernels []Kernel, step int) []string {
	var names []string
	for _, k := range kernels {
		switch k.Kind {
		case cuda.KindBudgetHist, cuda.KindBudgetPick, cuda.KindBudgetTake:
			if k.Step == step {
				names = append(names, k.Name)
			}
		}
	}
	return names
}

func scoreStep(s *tile.Step) *cuda.ScoreStep {
	sc := s.Score()
	return &cuda.ScoreStep{ScoreSpec: sc.ScoreSpec, BQ: sc.BQ, BK: sc.BK, Segment: sc.Segment, Mask: sc.Mask.Program()}
}

// placed says whether the CUDA target's passes placed every call of p.
func placed(p *tile.Program) bool {
	for _, s := range p.Steps {
		if s.Kind == tile.Call && s.On() == "" {
			return false
		}
	}
	return true
}
