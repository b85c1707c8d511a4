package nvptx

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The tensor-core kernel's epilogue: O/ℓ (0 for rows with nothing
// allowed), stored from the fragments.

// finals are the epilogue's phis, first in its block: ℓ per row slot, the
// tiles processed, and O, from the entry (no tiles: zeros) or the loop's
// last block.
func (em *mmaEmitter) finals() (lF []value.Value, tF value.Value, OF [][]value.Value) {
	x, e, b := em.epi, em.start, em.last
	fin := func(v value.Value) value.Value {
		return x.NewPhi(ir.NewIncoming(f32(0), e.Block), ir.NewIncoming(v, b.Block))
	}
	lF = make([]value.Value, 2*em.ma)
	for r := range lF {
		lF[r] = fin(em.lNew[r])
	}
	tF = x.NewPhi(ir.NewIncoming(i32(0), e.Block), ir.NewIncoming(em.tN, b.Block))
	OF = make([][]value.Value, em.ma*em.nO)
	for i := range OF {
		OF[i] = []value.Value{fin(em.Onew[i][0]), fin(em.Onew[i][1]), fin(em.Onew[i][2]), fin(em.Onew[i][3])}
	}
	return lF, tF, OF
}

// storeRows stores each row slot's row of O/ℓ (ℓ summed over the quad)
// where the row is below M, two adjacent columns per store (a b16 pair
// for a bf16 or f16 output), and returns the block after the stores.
func (em *mmaEmitter) storeRows(lF []value.Value, OF [][]value.Value) kb {
	x, nO, outT := em.epi, em.nO, em.outT
	for r := range 2 * em.ma {
		a, hr := r/2, r%2
		l := lF[r]
		l = x.NewFAdd(l, x.bfly(l, 1))
		l = x.NewFAdd(l, x.bfly(l, 2))
		inv := x.NewSelect(x.NewFCmp(enum.FPredOGT, l, f32(0)), x.NewFDiv(f32(1), l), f32(0))
		row := em.rowOf(x, r)
		st := kb{em.f.NewBlock(fmt.Sprintf("store%d", r)), em.g}
		next := kb{em.f.NewBlock(fmt.Sprintf("stored%d", r)), em.g}
		vals := make([]value.Value, 2*nO)
		for j := range nO {
			for c := range 2 {
				vals[2*j+c] = x.NewFMul(OF[a*nO+j][2*hr+c], inv)
			}
		}
		x.NewCondBr(x.NewICmp(enum.IPredSLT, row, em.pM), st.Block, next.Block)
		orow := st.NewMul(st.NewAdd(st.NewMul(em.h, em.pM), row), i32(em.dv))
		for j := range nO {
			col := st.NewAdd(i32(8*int64(j)), st.NewShl(em.tq, i32(1)))
			off := st.i64(st.NewAdd(orow, col))
			if outT != "f32" {
				p := st.NewGetElementPtr(types.I16, em.po, off)
				st.NewStore(st.pack(outT, vals[2*j], vals[2*j+1]), st.NewBitCast(p, types.NewPointer(types.I32)))
			} else {
				p := st.NewGetElementPtr(types.Float, em.po, off)
				st.NewStore(vals[2*j], p)
				st.NewStore(vals[2*j+1], st.NewGetElementPtr(types.Float, p, i32(1)))
			}
		}
		st.NewBr(next.Block)
		x = next
	}
	return x
}
