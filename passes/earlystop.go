package passes

import "github.com/attnc/attnc/ir"

// earlyStop adds S2O's stop rule (2025) to the sparse attention loop: tiles
// are processed in list order, and after each tile past the forced ones
// the kernel compares every row's contribution from that tile,
// Δ_r = Σ_t exp(s_rt − m_r) after the online-softmax update, with the row's
// normaliser ℓ_r; when max_r Δ_r/ℓ_r < ε (rule: mean averages over rows)
// the remaining tiles are skipped — with patience p, once p tiles in a row
// each were below ε (a tile ranked high by a poor estimate but holding
// little mass does not end the loop before the tiles behind it). With tiles in descending score order the
// tail holds little mass, so the rule trades a bounded, measured error for
// time without a fixed budget. The decision is uniform per query tile, so a
// GPU CTA can take it together.
//
//	early_stop(eps: 1e-3, rule: max, patience: 1)
//
// Before:
//
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N,64]
//
// After:
//
//	%2 = sparseattention %q, %k, %v, %1 scale=0.125 mask={causal} bq=64 bk=64 eps=0.001 rule=max : f32[H,N,64]
func earlyStop(f *ir.Func, a Args) error {
	ps, err := plans(f, a)
	if err != nil {
		return err
	}
	eps := a.Float("eps", 1e-3)
	if eps <= 0 || eps >= 1 {
		return Errorf(a, "early_stop(eps: %g): ε must be in (0, 1)", eps)
	}
	patience := a.Int("patience", 1)
	if patience < 1 {
		return Errorf(a, "early_stop(patience: %d): the patience must be at least 1", patience)
	}
	for _, p := range ps {
		if p.attn.Op != ir.OpSparseAttention {
			return Errorf(a, "early_stop needs a processing order: add select(...) or order(...) before it")
		}
		p.attn.SetAttr("eps", eps)
		p.attn.SetAttr("rule", a.Ident("rule", "max"))
		if patience > 1 {
			p.attn.SetAttr("patience", patience)
		}
		a.Logf("%s", p.attn.LongString())
	}
	return nil
}
