package nvptx

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/value"
)

// Queries offset from their keys (docs/dsl.md): with M queries against N
// keys — a decode step, a chunked prefill — query row i sits at position
// i + N − M, and masks and score mods read the position. The attention
// kernels take M and N as parameters and add N − M to the row when q's and
// k's lengths are different dims (attnOps.offset; with one dim the offset
// is 0 and they emit nothing for it), and runtime/cuda's class tables
// classify the tiles at the positions. The scoring and selection kernels
// place the queries there too: the select kernel's diagonal is the key
// tiles of I's positions (diagonalTiles) and mean scores read the class
// table (both checked on an H200 with TestGPUDriver's offset cases); the
// antidiagonal kernels' group r takes part with key groups t·S ≤ r·S + S
// − 1 + off (lastGroup), which no GPU run has checked with an offset yet,
// so gpuSelectable keeps those on the host.

// position is query row i's position, which masks and score mods read:
// i + N − M when the kernel's q and k lengths may differ, else the row.
func (sc *scalarEmitter) position(b *ir.Block, i value.Value) value.Value {
	if !sc.ops.offset {
		return i
	}
	return b.NewAdd(i, b.NewSub(sc.pN, sc.pM))
}
