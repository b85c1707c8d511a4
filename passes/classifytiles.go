package passes

import (
	"fmt"
	"strings"

	"github.com/attnc/attnc/ir"
)

// DefaultTile is the tile size (queries and keys) when no schedule sets one.
const DefaultTile = 64

// classifyTiles fixes the tile sizes of every attention op (bq, bk; the
// schedule's tile pass may have set them, else DefaultTile) and checks that
// its mask can be classified per tile. Because masks are declarative
// expressions, ir.ClassifyTile decides for any tile whether it is empty,
// partial or full by interval arithmetic — exactly for causal, window and
// sink masks — so backends skip empty tiles and drop the per-element mask
// test on full ones without a run-time mask build (FlexAttention's
// BlockMask needs one). The debug stream shows the classification of the
// first 4×4 tiles of head 0:
//
//	classify-tiles: prefill: %9 mask {causal} bq=64 bk=64: P... FP.. FFP. FFFP
func classifyTiles(f *ir.Func, a Args) error {
	for _, v := range f.Values {
		if v.Op != ir.OpAttention && v.Op != ir.OpSparseAttention {
			continue
		}
		if v.Int("bq") == 0 {
			v.SetAttr("bq", DefaultTile)
		}
		if v.Int("bk") == 0 {
			v.SetAttr("bk", DefaultTile)
		}
		mask := v.ExprAttr("mask")
		if !ir.IntervalAnalysable(mask) {
			a.Logf("%s: mask {%s} is not interval-analysable; allowed tiles are treated as partial", v.Ref(), mask)
			continue
		}
		where := ""
		if lens := ir.KeyLengthsOf(v); lens != nil {
			where = fmt.Sprintf(" (at rows; the queries of sequence b sit %s[b] − %s further on)", lens.Name, v.Args[0].Type.Shape[1])
		} else if q, k := v.Args[0].Type, v.Args[1].Type; ir.HasQueryOffset(q, k) {
			// The offset is known at run time only: draw the rows.
			where = fmt.Sprintf(" (at rows; the queries sit %s − %s further on)", k.Shape[1], q.Shape[1])
		}
		a.Logf("%s mask {%s} bq=%d bk=%d: %s%s", v.Ref(), mask, v.Int("bq"), v.Int("bk"), TilePicture(mask, 0, v.Int("bq"), v.Int("bk"), 4, 4), where)
	}
	return nil
}

// TilePicture draws the classification of the first nq×nk tiles of head h,
// query tile I at positions [I·bq, (I+1)·bq): F full, P partial, . empty;
// rows separated by spaces.
func TilePicture(mask *ir.Expr, h, bq, bk, nq, nk int) string {
	rows := make([]string, nq)
	for i := range rows {
		var b strings.Builder
		for j := 0; j < nk; j++ {
			c := ir.ClassifyTile(mask, h, i*bq, (i+1)*bq-1, j*bk, (j+1)*bk-1)
			b.WriteByte("P.F"[map[ir.TileClass]int{ir.TilePartial: 0, ir.TileEmpty: 1, ir.TileFull: 2}[c]])
		}
		rows[i] = b.String()
	}
	return strings.Join(rows, " ")
}
