package nvptx

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/value"

	attnir "github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// Queries offset from their keys (docs/dsl.md): with M queries against N
// keys — a decode step, a chunked prefill — query row i sits at position
// i + N − M, and masks and score mods read the position. The attention
// kernels take M and N as parameters and add N − M to the row when q's and
// k's lengths are different dims (attnOps.offset; with one dim the offset
// is 0 and they emit nothing for it), and runtime/cuda's class tables
// classify the tiles at the positions. The scoring and selection kernels
// place query row i at i (the antidiagonal kernels' groups take part when
// t ≤ r; the select kernel's diagonal is I·bq/bk), so a blockscore and
// blockselect over offset queries run on the host, where runtime/sparse
// places them.

// position is query row i's position, which masks and score mods read:
// i + N − M when the kernel's q and k lengths may differ, else the row.
func (sc *scalarEmitter) position(b *ir.Block, i value.Value) value.Value {
	if !sc.ops.offset {
		return i
	}
	return b.NewAdd(i, b.NewSub(sc.pN, sc.pM))
}

// positionsOK says why the device's scoring and selection kernels cannot
// score queries q against keys k: their lengths may differ, and the
// kernels place query row i at position i, not i + N − M.
func positionsOK(q, k *tile.Buffer) error {
	if attnir.HasQueryOffset(q.Type, k.Type) {
		return fmt.Errorf("queries of length %s against keys of length %s sit at positions i + %s − %s, which the GPU's scoring and selection kernels do not place", q.Type.Shape[1], k.Type.Shape[1], k.Type.Shape[1], q.Type.Shape[1])
	}
	return nil
}
