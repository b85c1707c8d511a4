package nvptx

import (
	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// attnOps is what the tile ops of an attention step decide, read from its
// body by one switch over tile.Code (readOps). The attention emitters read
// these fields, not the ops: the phases of a kernel do not run in the
// body's order (the tensor-core kernel decides its early exit and starts
// the next key tile's copy before P·V, so that the copy overlaps it; the
// scalar kernel tests the mask before it computes a score), and some run
// with no op at all (keys past N are masked without a mask op).
type attnOps struct {
	bq         int          // grid: query rows per tile
	sparse     bool         // loop_list: key tiles from the item's list (else loop_dense)
	rowBlock   int          // loop_list rows: the rows' blocks of keys (rowselect's block)
	rowTokens  bool         // loop_list rows tokens: the rows' lists are keys (tokenselect)
	rows       bool         // loop_list rows: the list is the union of the item's rows' key tiles, each row kept to its own keys by a 64-bit mask per listed tile (rowmask, rowoff: sparse.RowTiles), or by a flag a row where blocks are whole key tiles (cuda.RowFlags)
	bk, d, dv  int          // load_kv: key rows per tile; the head dims of q and k, and of v
	gather     bool         // load_kv: keys gathered through the permutation
	scale      float64      // matmul_qk: S = scale·Q·Kᵀ
	mod        *attnir.Expr // mod: S = mod(S) per element (nil without)
	mask       *attnir.Expr // mask: S = -inf where it fails (nil without)
	exit       *tile.Op     // early_exit: eps and rule (nil without)
	compensate bool         // compensate: skipped full tiles enter as their mean key (compensate.go)
	compOrder  int          // compensate: its order
	// offset: q's and k's lengths are different dims (M, N), so the mask
	// and the mod read query row i at position i + N − M; with one dim the
	// offset is 0 and the kernel does not compute it.
	offset bool
	// lens: the step reads key lengths (grid lens): head h's keys are the
	// first lens[h/hs] rows of its KV head (hs query heads per sequence),
	// its rows sit at i + lens − M and the mask reads h mod hs. Only the
	// decode kernel takes them (the target refuses the others).
	lens bool
}

// plain says whether the kernel is the plain one: no score mod,
// compensation, gathered keys or early exit. Those need fewer registers
// (Options.PlainBlocksPerSM) and are the ones two warpgroups were
// measured on (Options.TwoWarpgroups).
func (a attnOps) plain() bool {
	return a.mod == nil && !a.compensate && !a.gather && a.exit == nil
}

// readOps reads the decisions of step s's tile ops.
func readOps(s *tile.Step) attnOps {
	a := attnOps{offset: attnir.HasQueryOffset(s.Args[0].Type, s.Args[1].Type), lens: s.KeyLengths() != nil}
	for _, op := range s.Body {
		switch op.Code {
		case tile.Grid:
			a.bq = op.Int("tiles")
		case tile.LoopList:
			a.sparse = true
			a.rows = op.Attrs["rows"] == true
			a.rowBlock, a.rowTokens = op.Int("block"), op.Attrs["tokens"] == true
		case tile.LoadKV:
			a.bk, a.d, a.dv = op.Int("rows"), op.Int("dim"), op.Int("dimv")
			a.gather = op.Attrs["gather"] == true
		case tile.MatmulQK:
			a.scale = op.Float("scale")
		case tile.Mod:
			a.mod = op.Expr("expr")
		case tile.Mask:
			a.mask = op.Expr("expr")
		case tile.EarlyExit:
			a.exit = op
		case tile.Compensate:
			a.compensate, a.compOrder = true, op.Int("order")
		case tile.LoadQ, tile.LoopDense, tile.SoftmaxOnline, tile.MatmulPV, tile.EndLoop, tile.Store:
			// Every attention kernel does these; their attributes repeat
			// the grid's and load_kv's (the store's type is the step's).
		}
	}
	return a
}
