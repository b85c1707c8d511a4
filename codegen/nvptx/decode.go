package nvptx

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/cuda"
)

// The decode path on the GPU: a few queries per head (a decode step, M =
// 1; speculative decoding; a small chunk) against a long KV cache. The
// prefill kernel's grid is NQ × H CTAs — with M = 1 that is H CTAs, 32
// on a card of 132 multiprocessors, each streaming a whole head's cache —
// and its 64-row tensor-core tiles would multiply 63 rows of padding. A
// decode step reads every key and value once and does ~2 flops per byte:
// its speed is the memory's, if enough loads are in flight. So, as
// FlashDecoding (Dao, Haziza, Massa, Sizov 2023) does, the keys are split
// across CTAs and the partial softmax states merged by a second kernel:
//
//	decode  grid (S, H/hr, ⌈hr·M/R⌉), 128 threads: CTA (s, b, c) takes
//	        rows [c·R, c·R+R) of head block b — hr consecutive query heads
//	        that share a KV head and a tile list, M rows each — and the
//	        list entries s, s + S, s + 2S, … of their query tile (the dense
//	        list of Tables, or a blockselect's, whose valid entries are a
//	        prefix the strides spread over every split). Each warp takes batches of U
//	        consecutive keys of those tiles in turn: every lane loads its
//	        d/32 columns of the U key rows and U value rows (coalesced
//	        rows, all loads in flight before any arithmetic), dots them
//	        with its columns of each row's q, and a butterfly
//	        reduce-scatter (U shuffles per row for U keys) leaves each key's
//	        score in 32/U lanes; the online softmax (log₂ units) runs per
//	        lane; the probabilities go through shared memory to every lane
//	        for P·V. The four warps' states merge in shared memory and the
//	        CTA writes its rows' unnormalised acc and (m, ℓ) to part.
//	combine grid H·M, a CTA per row: m = max over the splits, ℓ =
//	        Σ 2^(mₛ−m)·ℓₛ, out = Σ 2^(mₛ−m)·accₛ / ℓ (0 where nothing
//	        is allowed), stored in the output's type.
//
// The rows a CTA shares every key with are the query heads of a KV group
// reading one list (GQA decode: the group's heads, one read of the cache);
// the kernels are emitted for R ∈ decodeVariants rows and the executor
// picks the smallest that holds hr·M (runtime/cuda/decode.go). Masks and
// score modifications read each row's position i + N − M and head, on the
// list's partial tiles only (the class table); keys past N are masked.

// DecodeRows is the most queries per head a run takes the GPU's decode
// path with (the grid's decode attribute; the CPU's is the same number).
const DecodeRows = 16

// decodeThreads are the decode kernel's threads: four warps.
const decodeThreads = 128

// decodeVariants are the rows per CTA the decode kernel is emitted for.
var decodeVariants = []int{1, 2, 4, 8}

// decodeOK says whether the decode kernel applies to step s, and why not.
func decodeOK(s *tile.Step) error {
	ops := readOps(s)
	dt := s.Args[0].Type.DType.String()
	for _, a := range s.Args[1:3] {
		if a.Type.DType.String() != dt {
			return fmt.Errorf("q is %s and %s is %s (the decode kernel reads one element type)", dt, a.Name, a.Type.DType)
		}
	}
	switch {
	case ops.gather:
		return fmt.Errorf("keys gathered through a permutation")
	case ops.exit != nil:
		return fmt.Errorf("early_stop needs the list's tiles in order")
	case ops.compensate:
		return fmt.Errorf("compensate runs in the tensor-core kernel")
	case ops.rows:
		return fmt.Errorf("per-row lists run in the tensor-core kernel")
	case ops.d%32 != 0 || ops.dv%32 != 0 || ops.d > 256 || ops.dv > 256:
		return fmt.Errorf("head dims %d, %d (multiples of 32 up to 256)", ops.d, ops.dv)
	case ops.bk%16 != 0:
		return fmt.Errorf("key tiles of %d (multiples of 16)", ops.bk)
	}
	return nil
}

// decodeKernels emits the decode kernels of attention step s (one per
// row variant) and the combine kernel, which stores in outT.
func (g *gen) decodeKernels(name string, s *tile.Step, outT string) []Kernel {
	ops := readOps(s)
	dt := s.Args[0].Type.DType.String()
	var ks []Kernel
	for _, R := range decodeVariants {
		U := 16 // keys per warp batch: registers hold U rows of K and V
		if R > 2 || dt == "f32" || ops.d > 128 || ops.dv > 128 {
			U = 8
		}
		de := &decodeEmitter{g: g, name: fmt.Sprintf("%s_decode_r%d", name, R), ops: ops, dt: dt, R: R, U: U}
		de.emit()
		ks = append(ks, Kernel{Name: de.name, Kind: cuda.KindDecode, BlockRows: decodeThreads, Rows: R, D: ops.d, DV: ops.dv, BQ: ops.bq, BK: ops.bk,
			Sparse: ops.sparse, DType: dt, OutType: outT, Mask: ops.mask.Program(), MaskUsesH: ops.mask.Uses("h"), Lens: ops.lens})
	}
	ks = append(ks, g.decodeCombine(name+"_combine", ops.dv, outT))
	return ks
}

// decodeEmitter emits one decode kernel with R rows per CTA and batches
// of U keys per warp.
type decodeEmitter struct {
	g    *gen
	f    *ir.Func
	name string
	ops  attnOps
	dt   string
	R, U int

	pq, pk, pv, pPO, pML            *ir.Param
	pH, pM, pN, pG                  *ir.Param
	pList, pNQ, pNK, pLH, pCls, pCH *ir.Param
	pHR, pT, pS                     *ir.Param
	pLens, pHS                      *ir.Param  // key lengths: lens (i32 [B]) and query heads per sequence
	sP, sMx, sL, sAcc               *ir.Global // p per (warp, row, key); m, ℓ, acc per (warp, row)

	lane, warp, split               value.Value
	nKeys                           value.Value // the head block's keys: N, or its sequence's length
	kBase, vBase, listBase, clsBase value.Value
	rowG                            []value.Value // the rows' index h·M + i
	validRow                        []value.Value // the row is one of the head block's (else it repeats the last)
	qi, hf                          []value.Value // the rows' positions and heads (f32)
	q                               [][]value.Value
	e, ev                           int64 // columns per lane of k and of v
	keyBit                          int64 // 32/U lanes hold each key: lane >> keyBit is its key
	negInfC                         value.Value
	elemT                           types.Type
	elemSize                        int64
}

// emit declares the kernel (parameters, launch bound, shared memory) and
// its body: the entry, the warps' key loop, the merge of their states.
func (de *decodeEmitter) emit() {
	g := de.g
	ptr := types.NewPointer(types.I16)
	de.elemT, de.elemSize = types.I16, 2
	if de.dt == "f32" {
		ptr, de.elemT, de.elemSize = types.NewPointer(types.Float), types.Float, 4
	}
	fp, ip := types.NewPointer(types.Float), types.NewPointer(types.I32)
	de.pq, de.pk, de.pv = ir.NewParam("q", ptr), ir.NewParam("k", ptr), ir.NewParam("v", ptr)
	de.pPO, de.pML = ir.NewParam("part", fp), ir.NewParam("ml", fp)
	de.pH, de.pM, de.pN, de.pG = ir.NewParam("H", types.I32), ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("group", types.I32)
	de.pList, de.pNQ, de.pNK, de.pLH = ir.NewParam("list", ip), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("lh", types.I32)
	de.pCls, de.pCH = ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	de.pHR, de.pT, de.pS = ir.NewParam("hr", types.I32), ir.NewParam("T", types.I32), ir.NewParam("S", types.I32)
	params := []*ir.Param{de.pq, de.pk, de.pv, de.pPO, de.pML, de.pH, de.pM, de.pN, de.pG,
		de.pList, de.pNQ, de.pNK, de.pLH, de.pCls, de.pCH, de.pHR, de.pT, de.pS}
	if de.ops.lens {
		de.pLens, de.pHS = ir.NewParam("lens", ip), ir.NewParam("hs", types.I32)
		params = append(params, de.pLens, de.pHS)
	}
	de.f = g.m.NewFunc(de.name, types.Void, params...)
	de.f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, de.f.Type().String()+" @"+de.name+`, !"maxntidx", i32 `+fmt.Sprint(decodeThreads))
	R, U, dv := int64(de.R), int64(de.U), int64(de.ops.dv)
	de.sP = g.shared(de.name+"_p", types.NewArray(uint64(4*R*U), types.Float), 16)
	de.sMx = g.shared(de.name+"_m", types.NewArray(uint64(4*R), types.Float), 4)
	de.sL = g.shared(de.name+"_l", types.NewArray(uint64(4*R), types.Float), 4)
	de.sAcc = g.shared(de.name+"_acc", types.NewArray(uint64(4*R*dv), types.Float), 16)
	de.e, de.ev = int64(de.ops.d/32), dv/32
	de.keyBit = int64(5 - log2(U))
	de.negInfC = f32(math.Inf(-1))

	b := de.entry()
	b, st := de.keyLoop(b)
	de.finish(b, st)
}

// state is one warp's online softmax per row: m (log₂ units, warp-uniform),
// ℓ (this lane's share: its key's terms, counted in 32/U lanes), acc
// (this lane's ev columns).
type decodeState struct {
	m, l []value.Value
	acc  [][]value.Value
}

// flat lists st's values as the key loop carries them (m, ℓ, acc by
// row); unflat reads them back.
func (st decodeState) flat() []value.Value {
	var v []value.Value
	v = append(v, st.m...)
	v = append(v, st.l...)
	for _, a := range st.acc {
		v = append(v, a...)
	}
	return v
}

func (de *decodeEmitter) unflat(v []value.Value) decodeState {
	R, ev := de.R, int(de.ev)
	st := decodeState{m: v[:R], l: v[R : 2*R]}
	for r := range R {
		st.acc = append(st.acc, v[2*R+r*ev:2*R+(r+1)*ev])
	}
	return st
}

// entry finds the CTA's split, head block and rows, the bases of its KV
// head, list and class rows, and loads each row's q columns.
func (de *decodeEmitter) entry() kb {
	b := kb{de.f.NewBlock("entry"), de.g}
	tid := b.sreg("tid.x")
	de.lane, de.warp = b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	de.split = b.sreg("ctaid.x")
	hb, rc := b.sreg("ctaid.y"), b.sreg("ctaid.z")
	h0 := b.NewMul(hb, de.pHR)
	rows := b.NewMul(de.pHR, de.pM) // the head block's rows
	kvh := b.NewSDiv(h0, de.pG)
	d, dv := int64(de.ops.d), int64(de.ops.dv)
	de.kBase = b.NewMul(b.NewMul(kvh, de.pN), i32(d))
	de.vBase = b.NewMul(b.NewMul(kvh, de.pN), i32(dv))
	de.listBase = b.NewMul(b.NewMul(b.NewMul(b.NewUDiv(h0, de.pLH), de.pNQ), i32(2)), de.pNK)
	de.clsBase = b.NewMul(b.NewMul(b.NewMul(h0, de.pCH), de.pNQ), de.pNK)
	de.nKeys = de.pN
	if de.ops.lens {
		// A head block is one sequence's (its heads share a KV head): its
		// keys are the sequence's; its rows sit at their last positions.
		de.nKeys = b.NewLoad(types.I32, b.i32At(de.pLens, b.NewSDiv(h0, de.pHS)))
	}
	off := b.NewSub(de.nKeys, de.pM)
	for r := range de.R {
		var rho value.Value = b.NewAdd(b.NewMul(rc, i32(int64(de.R))), i32(int64(r)))
		ok := b.NewICmp(enum.IPredSLT, rho, rows)
		rho = b.NewSelect(ok, rho, b.NewSub(rows, i32(1))) // an idle row repeats the last
		h := b.NewAdd(h0, b.NewSDiv(rho, de.pM))
		i := b.NewSRem(rho, de.pM)
		de.validRow = append(de.validRow, ok)
		de.rowG = append(de.rowG, b.NewAdd(b.NewMul(h, de.pM), i))
		var pos value.Value = i
		if de.ops.offset {
			pos = b.NewAdd(i, off)
		}
		de.qi = append(de.qi, b.NewSIToFP(pos, types.Float))
		var hm value.Value = h
		if de.ops.lens {
			hm = b.NewSRem(h, de.pHS) // the mask reads the head within its sequence
		}
		de.hf = append(de.hf, b.NewSIToFP(hm, types.Float))
		at := b.NewAdd(b.NewMul(de.rowG[r], i32(d)), b.NewMul(de.lane, i32(de.e)))
		de.q = append(de.q, de.loadRow(b, de.pq, at, de.e))
	}
	return b
}

// loadRow loads a lane's n consecutive elements at element index at (a
// multiple of n) of base as f32, in loads as wide as their alignment
// allows, up to 16 bytes.
func (de *decodeEmitter) loadRow(b kb, base value.Value, at value.Value, n int64) []value.Value {
	var out []value.Value
	p := b.NewGetElementPtr(de.elemT, base, b.i64(at))
	align := n * de.elemSize & -(n * de.elemSize) // the largest power of two dividing the lane's bytes
	for done := int64(0); done < n; {
		bytes := min(align, 16, (n-done)*de.elemSize)
		c := bytes / de.elemSize // elements in this load
		pc := b.NewGetElementPtr(de.elemT, p, i64c(done))
		switch {
		case de.dt == "f32" && c == 1:
			out = append(out, b.NewLoad(types.Float, pc))
		case de.dt == "f32":
			vt := types.NewVector(uint64(c), types.Float)
			ld := b.NewLoad(vt, b.NewBitCast(pc, types.NewPointer(vt)))
			ld.Align = ir.Align(bytes)
			for k := range c {
				out = append(out, b.NewExtractElement(ld, i32(k)))
			}
		case bytes == 2:
			out = append(out, b.b16f32(de.dt, b.NewLoad(types.I16, pc)))
		default:
			words := bytes / 4
			var ws []value.Value
			if words == 1 {
				ld := b.NewLoad(types.I32, b.NewBitCast(pc, types.NewPointer(types.I32)))
				ld.Align = 4
				ws = []value.Value{ld}
			} else {
				vt := types.NewVector(uint64(words), types.I32)
				ld := b.NewLoad(vt, b.NewBitCast(pc, types.NewPointer(vt)))
				ld.Align = ir.Align(bytes)
				for k := range words {
					ws = append(ws, b.NewExtractElement(ld, i32(k)))
				}
			}
			for _, w := range ws {
				out = append(out, de.widenLo(b, w), de.widenHi(b, w))
			}
		}
		done += c
	}
	return out
}

// widenLo and widenHi are the f32 values of a word's low and high b16.
func (de *decodeEmitter) widenLo(b kb, w value.Value) value.Value {
	if de.dt == "bf16" {
		return b.NewBitCast(b.NewShl(w, i32(16)), types.Float)
	}
	return b.b16f32(de.dt, b.NewTrunc(w, types.I16))
}

func (de *decodeEmitter) widenHi(b kb, w value.Value) value.Value {
	if de.dt == "bf16" {
		return b.NewBitCast(b.NewAnd(w, i32(-65536)), types.Float)
	}
	return b.b16f32(de.dt, b.NewTrunc(b.NewLShr(w, i32(16)), types.I16))
}

// keyLoop runs the warp's batches: batch u (u ≡ warp mod 4) of the CTA's
// list entries s, s + S, …, s + (T−1)·S is U keys of tile list[s +
// (u/nb)·S], nb = bk/U batches per tile; entries past the list's end (-1
// or NK) end the warp's loop: the valid entries are a prefix (a
// selection's list, padded with -1; Tables' dense lists), so a split's are
// too. Strided, not contiguous ranges: the strides spread a prefix over
// every split.
func (de *decodeEmitter) keyLoop(b kb) (kb, decodeState) {
	R, ev := de.R, int(de.ev)
	init := decodeState{}
	for range R {
		init.m = append(init.m, de.negInfC)
		init.l = append(init.l, f32(0))
		var a []value.Value
		for range ev {
			a = append(a, f32(0))
		}
		init.acc = append(init.acc, a)
	}
	nb := int64(de.ops.bk) / int64(de.U)
	hi := b.NewMul(de.pT, i32(nb))
	b, out := b.forNext(de.warp, hi, init.flat(), func(b kb, u value.Value, vals []value.Value) (kb, value.Value, []value.Value) {
		t := b.NewAdd(de.split, b.NewMul(b.NewUDiv(u, i32(nb)), de.pS))
		inList := b.NewICmp(enum.IPredSLT, t, de.pNK)
		tc := b.NewSelect(inList, t, i32(0))
		var J value.Value = b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, de.pList, b.i64(b.NewAdd(de.listBase, tc))))
		J = b.NewSelect(inList, J, i32(-1))
		key0 := b.NewAdd(b.NewMul(J, i32(int64(de.ops.bk))), b.NewMul(b.NewURem(u, i32(nb)), i32(int64(de.U))))
		valid := b.NewICmp(enum.IPredSGE, J, i32(0))
		// The list's valid entries are a prefix, so the first invalid one
		// of this split ends the warp's loop: a 10 % list would otherwise
		// cost every warp a dependent load per padding entry. (Not in a
		// dense kernel: its list pads only past the last tiles a mask
		// allows, and the exit's dependence on the load cost dense decode
		// ~10 % at 128K keys.)
		var next value.Value = b.NewAdd(u, i32(4))
		if de.ops.sparse {
			next = b.NewSelect(valid, next, hi)
		}
		b, vs := b.condVals(valid, vals, func(b kb) (kb, []value.Value) {
			cls := b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, de.pCls, b.i64(b.NewAdd(de.clsBase, J))))
			partial := b.NewICmp(enum.IPredNE, cls, constant.NewInt(types.I8, int64(abi.Full)))
			b, st := de.batch(b, key0, partial, de.unflat(vals))
			return b, st.flat()
		})
		return b, next, vs
	})
	return b, de.unflat(out)
}

// batch runs U keys from key0 through every row's online softmax.
func (de *decodeEmitter) batch(b kb, key0, partial value.Value, st decodeState) (kb, decodeState) {
	U, d, dv := int64(de.U), int64(de.ops.d), int64(de.ops.dv)
	var last value.Value = b.NewSub(de.nKeys, i32(1))
	if de.ops.lens {
		last = b.imax(last, i32(0)) // a sequence without keys visits no tile; keep the address valid anyway
	}
	// Every load first: U key rows and U value rows (keys past N — past
	// the sequence's length with key lengths — read the last row; their
	// scores are masked).
	var K, V [][]value.Value
	for k := range U {
		j := b.imin(b.NewAdd(key0, i32(k)), last)
		K = append(K, de.loadRow(b, de.pk, b.NewAdd(de.kBase, b.NewAdd(b.NewMul(j, i32(d)), b.NewMul(de.lane, i32(de.e)))), de.e))
	}
	for k := range U {
		j := b.imin(b.NewAdd(key0, i32(k)), last)
		V = append(V, de.loadRow(b, de.pv, b.NewAdd(de.vBase, b.NewAdd(b.NewMul(j, i32(dv)), b.NewMul(de.lane, i32(de.ev)))), de.ev))
	}
	myKey := b.NewLShr(de.lane, i32(de.keyBit))
	j := b.NewAdd(key0, myKey)
	ki := b.NewSIToFP(j, types.Float)
	inN := b.NewICmp(enum.IPredSLT, j, de.nKeys)
	writer := b.NewICmp(enum.IPredEQ, b.NewAnd(de.lane, i32((1<<de.keyBit)-1)), i32(0))
	alpha := make([]value.Value, de.R)
	next := decodeState{}
	for r := range de.R {
		// This lane's columns of q·k for each key, then the butterfly
		// reduce-scatter: after the stage of lane bit m, a lane keeps the
		// half of the keys its bit selects and adds its partner's half.
		part := make([]value.Value, U)
		for k := range U {
			var acc value.Value = f32(0)
			for c := range de.e {
				acc = b.fma(de.q[r][c], K[k][c], acc)
			}
			part[k] = acc
		}
		for m := int64(16); len(part) > 1; m >>= 1 {
			bit := b.NewICmp(enum.IPredNE, b.NewAnd(de.lane, i32(m)), i32(0))
			half := len(part) / 2
			kept := make([]value.Value, half)
			for k := range half {
				send := b.NewSelect(bit, part[k], part[k+half])
				keep := b.NewSelect(bit, part[k+half], part[k])
				kept[k] = b.NewFAdd(keep, b.bfly(send, m))
			}
			part = kept
		}
		dot := part[0]
		for m := int64(1); m < 1<<de.keyBit; m <<= 1 {
			dot = b.NewFAdd(dot, b.bfly(dot, m))
		}
		s := de.score(b, r, dot, ki, inN, partial)
		// Online softmax: the batch's max over its keys' lanes.
		mb := s
		for m := int64(1) << de.keyBit; m < 32; m <<= 1 {
			mb = b.fmax(mb, b.bfly(mb, m))
		}
		mNew := b.fmax(st.m[r], mb)
		mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, mNew, de.negInfC), f32(0), mNew)
		alpha[r] = b.ex2(b.NewFSub(st.m[r], mUse))
		p := b.ex2(b.NewFSub(s, mUse))
		next.m = append(next.m, mNew)
		next.l = append(next.l, b.fma(st.l[r], alpha[r], p))
		b = b.when(writer, func(b kb) kb {
			b.NewStore(p, de.pAt(b, r, myKey))
			return b
		})
	}
	de.syncWarp(b)
	for r := range de.R {
		acc := make([]value.Value, de.ev)
		for c := range de.ev {
			acc[c] = b.NewFMul(st.acc[r][c], alpha[r])
		}
		for k := range U {
			p := b.NewLoad(types.Float, de.pAt(b, r, i32(k)))
			for c := range de.ev {
				acc[c] = b.fma(p, V[k][c], acc[c])
			}
		}
		next.acc = append(next.acc, acc)
	}
	de.syncWarp(b) // the next batch overwrites p
	return b, next
}

// score is row r's score of this lane's key in log₂ units: scale·q·k, the
// modification, the mask on partial tiles, -inf past N.
func (de *decodeEmitter) score(b kb, r int, dot, ki, inN, partial value.Value) value.Value {
	var s value.Value = b.NewFMul(dot, f32(de.ops.scale))
	env := map[string]value.Value{"qi": de.qi[r], "ki": ki, "h": de.hf[r]}
	if de.ops.mod != nil {
		env["s"] = s
		s = de.g.expr(b.Block, de.ops.mod, env)
	}
	ok := inN
	if de.ops.mask != nil {
		allowed := b.NewFCmp(enum.FPredUNE, de.g.expr(b.Block, de.ops.mask, env), f32(0))
		ok = b.NewAnd(inN, b.NewOr(b.NewXor(partial, constant.True), allowed))
	}
	return b.NewSelect(ok, b.NewFMul(s, f32(math.Log2E)), de.negInfC)
}

// pAt is the shared slot of row r's probability of key k in this warp.
func (de *decodeEmitter) pAt(b kb, r int, k value.Value) value.Value {
	at := b.NewAdd(b.NewMul(de.warp, i32(int64(de.R*de.U))), b.NewAdd(i32(int64(r*de.U)), k))
	return b.sharedAt(de.sP, at)
}

// syncWarp orders the warp's shared memory accesses:
//
//	bar.warp.sync 0xffffffff;
func (de *decodeEmitter) syncWarp(b kb) {
	b.NewCall(de.g.intrinsic("llvm.nvvm.bar.warp.sync", types.Void, types.I32), i32(-1))
}

// finish merges the four warps' states in shared memory and writes the
// CTA's rows: part[row, s, :] = acc and ml[row, s] = (m, ℓ), m in log₂
// units (-inf and 0 where nothing was allowed).
func (de *decodeEmitter) finish(b kb, st decodeState) {
	R, dv := int64(de.R), int64(de.ops.dv)
	dup := float64(int64(1) << de.keyBit)
	for r := range de.R {
		l := st.l[r]
		for m := int64(1); m < 32; m <<= 1 {
			l = b.NewFAdd(l, b.bfly(l, m))
		}
		l = b.NewFMul(l, f32(1/dup)) // each key counted in 2^keyBit lanes
		slot := b.NewAdd(b.NewMul(de.warp, i32(R)), i32(int64(r)))
		b = b.when(b.NewICmp(enum.IPredEQ, de.lane, i32(0)), func(b kb) kb {
			b.NewStore(st.m[r], b.sharedAt(de.sMx, slot))
			b.NewStore(l, b.sharedAt(de.sL, slot))
			return b
		})
		for c := range de.ev {
			col := b.NewAdd(b.NewMul(de.lane, i32(de.ev)), i32(c))
			b.NewStore(st.acc[r][c], b.sharedAt(de.sAcc, b.NewAdd(b.NewMul(slot, i32(dv)), col)))
		}
	}
	b.barrier()
	tid := b.NewAdd(b.NewMul(de.warp, i32(32)), de.lane)
	for r := range de.R {
		b = b.when(de.validRow[r], func(b kb) kb {
			var ms, ls []value.Value
			for w := range int64(4) {
				slot := i32(w*R + int64(r))
				ms = append(ms, b.NewLoad(types.Float, b.sharedAt(de.sMx, slot)))
				ls = append(ls, b.NewLoad(types.Float, b.sharedAt(de.sL, slot)))
			}
			mx := b.tree(ms, b.fmax)
			mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, mx, de.negInfC), f32(0), mx)
			var wt []value.Value
			var L value.Value = f32(0)
			for w := range 4 {
				wt = append(wt, b.ex2(b.NewFSub(ms[w], mUse)))
				L = b.fma(wt[w], ls[w], L)
			}
			ps := b.NewAdd(b.NewMul(de.rowG[r], de.pS), de.split) // (row, s)
			b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
				b.NewStore(mx, b.NewGetElementPtr(types.Float, de.pML, b.i64(b.NewMul(ps, i32(2)))))
				b.NewStore(L, b.NewGetElementPtr(types.Float, de.pML, b.i64(b.NewAdd(b.NewMul(ps, i32(2)), i32(1)))))
				return b
			})
			return b.each(tid, i32(dv), i32(decodeThreads), func(b kb, c value.Value) kb {
				var a value.Value = f32(0)
				for w := range int64(4) {
					x := b.NewLoad(types.Float, b.sharedAt(de.sAcc, b.NewAdd(i32((w*R+int64(r))*dv), c)))
					a = b.fma(wt[w], x, a)
				}
				b.NewStore(a, b.NewGetElementPtr(types.Float, de.pPO, b.i64(b.NewAdd(b.NewMul(ps, i32(dv)), c))))
				return b
			})
		})
	}
	b.NewRet(nil)
}

// combineUnroll is the splits a warp of the combine kernel reads per
// iteration, their loads issued together.
const combineUnroll = 4

// decodeCombine emits the combine kernel: a CTA per row of H·M merging
// its S splits (part [H·M, S, dv], ml [H·M, S, 2]) into out [H·M, dv] of
// type outT — the splits' maximum m over the CTA, then each warp the
// splits w, w+4, … (combineUnroll per iteration) for its lanes' columns,
// the four warps' sums through shared memory. Parameters: part, ml, out,
// rows, S.
func (g *gen) decodeCombine(name string, dv int, outT string) Kernel {
	fp := types.NewPointer(types.Float)
	pPO, pML := ir.NewParam("part", fp), ir.NewParam("ml", fp)
	outPtr := types.NewPointer(types.I16)
	if outT == "f32" {
		outPtr = fp
	}
	pOut, pRows, pS := ir.NewParam("out", outPtr), ir.NewParam("rows", types.I32), ir.NewParam("S", types.I32)
	f := g.m.NewFunc(name, types.Void, pPO, pML, pOut, pRows, pS)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(decodeThreads))
	const warps = decodeThreads / 32
	red := g.shared(name+"_red", types.NewArray(32, types.Float), 4)
	sAcc := g.shared(name+"_acc", types.NewArray(uint64(warps*dv), types.Float), 16)
	sL := g.shared(name+"_l", types.NewArray(warps, types.Float), 4)
	b := kb{f.NewBlock("entry"), g}
	tid := b.sreg("tid.x")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	row := b.sreg("ctaid.x")
	body, exit := kb{f.NewBlock("body"), g}, f.NewBlock("exit")
	b.NewCondBr(b.NewICmp(enum.IPredSLT, row, pRows), body.Block, exit)
	exit.NewRet(nil)
	b = body
	ev := int64(dv / 32)
	negInfC := f32(math.Inf(-1))
	mAt := func(b kb, s value.Value) value.Value {
		return b.NewGetElementPtr(types.Float, pML, b.i64(b.NewMul(b.NewAdd(b.NewMul(row, pS), s), i32(2))))
	}
	b, mx := b.forN(tid, pS, i32(decodeThreads), []value.Value{negInfC}, func(b kb, s value.Value, v []value.Value) (kb, []value.Value) {
		return b, []value.Value{b.fmax(v[0], b.NewLoad(types.Float, mAt(b, s)))}
	})
	m, b := b.blockReduce(mx[0], red, tid, decodeThreads, func(b kb, x, y value.Value) value.Value { return b.fmax(x, y) })
	mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, m, negInfC), f32(0), m)
	init := []value.Value{f32(0)}
	for range ev {
		init = append(init, f32(0))
	}
	step := i32(warps * combineUnroll)
	b, acc := b.forN(b.NewMul(warp, i32(combineUnroll)), pS, step, init, func(b kb, s0 value.Value, v []value.Value) (kb, []value.Value) {
		var ws, ls []value.Value
		var xs [][]value.Value
		for u := range int64(combineUnroll) {
			var s value.Value = b.NewAdd(s0, i32(u))
			in := b.NewICmp(enum.IPredSLT, s, pS)
			s = b.imin(s, b.NewSub(pS, i32(1))) // past S: the last split, weight 0
			p := mAt(b, s)
			ws = append(ws, b.NewSelect(in, b.ex2(b.NewFSub(b.NewLoad(types.Float, p), mUse)), f32(0)))
			ls = append(ls, b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, p, i64c(1))))
			base := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(row, pS), s), i32(int64(dv))), b.NewMul(lane, i32(ev)))
			var x []value.Value
			for c := range ev {
				x = append(x, b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pPO, b.i64(b.NewAdd(base, i32(c))))))
			}
			xs = append(xs, x)
		}
		out := append([]value.Value(nil), v...)
		for u := range combineUnroll {
			out[0] = b.fma(ws[u], ls[u], out[0])
			for c := range ev {
				out[1+c] = b.fma(ws[u], xs[u][c], out[1+c])
			}
		}
		return b, out
	})
	b = b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
		b.NewStore(acc[0], b.sharedAt(sL, warp))
		return b
	})
	for c := range ev {
		col := b.NewAdd(b.NewMul(lane, i32(ev)), i32(c))
		b.NewStore(acc[1+c], b.sharedAt(sAcc, b.NewAdd(b.NewMul(warp, i32(int64(dv))), col)))
	}
	b.barrier()
	var L value.Value = f32(0)
	for w := range int64(warps) {
		L = b.NewFAdd(L, b.NewLoad(types.Float, b.sharedAt(sL, i32(w))))
	}
	inv := b.NewSelect(b.NewFCmp(enum.FPredOGT, L, f32(0)), b.NewFDiv(f32(1), L), f32(0))
	b = b.each(tid, i32(int64(dv)), i32(decodeThreads), func(b kb, c value.Value) kb {
		var a value.Value = f32(0)
		for w := range int64(warps) {
			a = b.NewFAdd(a, b.NewLoad(types.Float, b.sharedAt(sAcc, b.NewAdd(i32(w*int64(dv)), c))))
		}
		x := b.NewFMul(a, inv)
		at := b.i64(b.NewAdd(b.NewMul(row, i32(int64(dv))), c))
		if outT == "f32" {
			b.NewStore(x, b.NewGetElementPtr(types.Float, pOut, at))
		} else {
			b.NewStore(b.NewTrunc(b.pack(outT, x, f32(0)), types.I16), b.NewGetElementPtr(types.I16, pOut, at))
		}
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindDecodeCombine, BlockRows: decodeThreads, DV: dv, OutType: outT}
}
