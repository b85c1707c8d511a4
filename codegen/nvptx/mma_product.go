package nvptx

import "github.com/llir/llvm/ir/value"

// The tensor-core kernel's two products, mma.sync m16n8k16 from ldmatrix
// fragments (or wgmma, wgmma.go).

// matmulQK is S = Q·K(J)ᵀ: per m-atom, bk/8 accumulator fragments of four.
// Each K fragment feeds every m-atom.
func (em *mmaEmitter) matmulQK(b kb) [][]value.Value {
	ma, nS, d, lane := em.ma, em.nS, em.d, em.lane
	S := make([][]value.Value, ma*nS)
	for j := range S {
		S[j] = []value.Value{f32(0), f32(0), f32(0), f32(0)}
	}
	if em.wg {
		return b.wgmmaQK(em.dt, em.dQ, em.dKt, em.bq, em.bk, d, S)
	}
	qa := make([][][]value.Value, ma)
	for a := range ma {
		if ma == 1 {
			qa[a] = em.qReg
		} else {
			qa[a] = em.qFrags(b, a)
		}
	}
	krow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(em.lhi, i32(3)))
	kchunk := b.NewAnd(b.NewLShr(lane, i32(3)), i32(1))
	kLane := b.NewAdd(b.NewAdd(em.sK, b.NewMul(krow, i32(2*d))), b.NewShl(b.NewXor(kchunk, b.NewAnd(lane, i32(7))), i32(4)))
	for kk := range d / 16 {
		kkBase := b.NewXor(kLane, i32(32*kk))
		for np := range int(em.bk / 16) {
			m := b.ldmatrix(b.NewAdd(kkBase, i32(int64(16*np)*2*d)), false)
			for a := range ma {
				S[a*nS+2*np] = b.mma(em.dt, qa[a][kk], m[0], m[1], S[a*nS+2*np])
				S[a*nS+2*np+1] = b.mma(em.dt, qa[a][kk], m[2], m[3], S[a*nS+2*np+1])
			}
		}
	}
	return S
}

// matmulPV is O' = O + P·V(J) (em.Onew) with O scaled to the rows' reference (em.Oscaled), P packed to b16 pairs: the
// accumulator layout of two adjacent n-tiles is the A layout of one
// k-step.
func (em *mmaEmitter) matmulPV(b kb) kb {
	ma, nO, dt, dv, lane := em.ma, em.nO, em.dt, em.dv, em.lane
	Onew := make([][]value.Value, ma*nO)
	for i := range Onew {
		Onew[i] = append([]value.Value{}, em.Oscaled[i]...)
	}
	vrow := b.NewAdd(b.NewAnd(lane, i32(7)), b.NewShl(b.NewAnd(b.NewLShr(lane, i32(3)), i32(1)), i32(3)))
	vLane := b.NewAdd(b.NewAdd(em.sV, b.NewMul(vrow, i32(2*dv))), b.NewShl(b.NewXor(em.lhi, b.NewAnd(lane, i32(7))), i32(4)))
	var pas [][]value.Value // wg: the A operand of each k-step
	for ks := range int(em.bk / 16) {
		pa := make([][]value.Value, ma)
		for a := range ma {
			pa[a] = em.packP(b, a, ks)
		}
		if em.wg {
			pas = append(pas, pa[0])
			continue
		}
		for dp := range int(dv / 16) {
			m := b.ldmatrix(b.NewAdd(b.NewXor(vLane, i32(int64(32*dp))), i32(int64(16*ks)*2*dv)), true)
			for a := range ma {
				Onew[a*nO+2*dp] = b.mma(dt, pa[a], m[0], m[1], Onew[a*nO+2*dp])
				Onew[a*nO+2*dp+1] = b.mma(dt, pa[a], m[2], m[3], Onew[a*nO+2*dp+1])
			}
		}
	}
	if em.wg {
		Onew = b.wgmmaPV(dt, em.dVt, em.bk, dv, pas, Onew)
	}
	em.Onew = Onew
	return b
}

// packP is the A operand of m-atom a's k-step ks of P·V: P's fragments of
// keys [16ks, 16ks+16) packed to b16 pairs.
func (em *mmaEmitter) packP(b kb, a, ks int) []value.Value {
	p0, p1 := em.P[a*em.nS+2*ks], em.P[a*em.nS+2*ks+1]
	return []value.Value{b.pack(em.dt, p0[0], p0[1]), b.pack(em.dt, p0[2], p0[3]), b.pack(em.dt, p1[0], p1[1]), b.pack(em.dt, p1[2], p1[3])}
}
