package abi

import "fmt"

// The specs of the run-time library's calls: what a blockscore, blockselect
// or permute op's attributes mean to the library (docs/passes.md). ir reads
// them off the ops (ir.ScoreSpecOf and its siblings); runtime/sparse runs
// them; codegen/golang prints them as literals, field by field.

// ScoreSpec describes a blockscore op.
type ScoreSpec struct {
	Method string  // a registered method (ScoreMethods)
	Stride int     // methods with a Stride
	Pool   string  // one of the method's Pools, or rowmax (methods with Rows); "": the default
	Heads  int     // proxy heads; 0: none
	Elem   string  // proxy heads: the element type they are stored in, q's (bf16, f16; f32 or "": float32)
	Scale  float64 // c in s = c·q·k
	Mod    Program // methods with Mod: the kernel's score modification
}

// SelectSpec describes a blockselect op (docs/passes.md).
type SelectSpec struct {
	Mode           string // mass, top, density, all or budget
	Mass           float64
	Top            int
	Density        float64
	Sink, Diagonal bool
	Local          int
	MinBlocks      int
	Order          string // score (default) or index
	Scope          string // budget: global (default) or head
	BQ, BK         int
	Segment        int // with a permutation: the query's own segment is forced
	// budget with one density per query head (scope head): head h's
	// budget is ⌈Densities[h]·allowed_h⌉; Density is then unused.
	Densities []float64 `json:",omitempty"`
}

// CheckHeads says whether s fits h query heads: one density per head.
func (s SelectSpec) CheckHeads(h int) error {
	if s.Densities != nil && len(s.Densities) != h {
		return fmt.Errorf("budget(density: [%d values]) gives one density per query head, and there are %d heads", len(s.Densities), h)
	}
	return nil
}

// PermuteSpec describes a permute op (docs/passes.md).
type PermuteSpec struct {
	Segment int
	Probe   string // mean or last
	Scope   string // local or global
	Scale   float64
	BQ      int
}

// RowSpec describes a per-row selection (the gate pass): blocks of Block
// keys; a row takes Top blocks — or, with Density > 0, ⌈Density ·
// allowed⌉ — the forced ones first (Diagonal: the block holding the row's
// own position; Local: the Local blocks before it; Sink: block 0), then its
// best other allowed blocks. Counts
// include the forced blocks, as select's do; forced blocks are never
// dropped to meet them.
type RowSpec struct {
	Block          int
	Top            int
	Density        float64
	Diagonal, Sink bool
	Local          int
}

// Width is the length of a row's list: the most blocks a row can take
// (Top, or the forced blocks if more; every block with Density) — the
// rowselect op's last dim, whatever the keys of the run.
func (s RowSpec) Width(nb int) int {
	if s.Density > 0 {
		return nb
	}
	forced := s.Local
	if s.Diagonal {
		forced++
	}
	if s.Sink {
		forced++
	}
	return max(s.Top, forced) // rows with fewer allowed blocks are -1 padded
}
