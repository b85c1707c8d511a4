package nvptx

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// selectThreads are the select kernel's threads per CTA.
const selectThreads = 256

// selectEmitter emits the select kernel (scoreSelect). It holds the
// blockselect's attributes, the kernel's parameters and shared arrays, and
// what each phase hands to the next.
type selectEmitter struct {
	g     *gen
	f     *ir.Func
	name  string
	sp    selectSpec
	small bool // a budget kernel that keeps no row in shared memory (budget.go)

	pcls, pch, pe, pl, pNQ, pNK *ir.Param
	pM, pOff                    *ir.Param    // the query length and the queries' offset N − M (diagonalTiles)
	pLens, pHS                  *ir.Param    // key lengths (sp.lens): lens (i32 [B]) and query heads per sequence
	bp                          budgetParams // mode budget: the family's parameters (budget.go)

	sX     *ir.Global // a, p, then the code, by key tile
	sC     *ir.Global // the taken candidates' tiles, ascending
	sCmpG  *ir.Global // compact: per (chunk, warp), codes above t, then the entry's place
	sCmpT  *ir.Global // compact: per (chunk, warp), codes equal to t, then the ties before it
	sHist  *ir.Global // radix histogram
	sHist2 *ir.Global // topk's rounds alternate between sHist and it
	sRed   *ir.Global // blockReduce
	sScanA *ir.Global // blockScan, alternately
	sScanB *ir.Global
	sCnt   *ir.Global // forced count, mass count, mass reached
	sSel   *ir.Global // radix digit, count above it
	sHistM *ir.Global // mode mass: the mass histogram (select_mass.go)
	sBins  *ir.Global // mode mass: the mass round's digit, mass and count above it, its count
	sMass  *ir.Global // the forced tiles' mass (f64)
	sRadix *ir.Global // longRows: the radix sort's two buffers of counters (select_sort.go)

	tid, I, h, lane, warp value.Value
	clsRow, eRow, listRow value.Value // cls[h·ch, I, :], e[h, I, :], list[h, I, 0, :]
	hiR, step             value.Value // the rounds' end (NK rounded up to the threads) and step
	d0, d1                value.Value // the diagonal tiles of query tile I
	nAl, nF, nCand, mb    value.Value // allowed, forced and candidate tiles; min_blocks' share of the candidates
}

// scoreSelect emits the select kernel (see the file comment): grid
// (NQ, H), 256 threads, a CTA per row of tiles. Parameters: cls (u8 [CH,
// NQ, NK]), ch, e (f32 [H, NQ, NK]: the scores kernel's output in, the
// scores E out), list (i32 [H, NQ, 2, NK] out), NQ, NK, M (the query
// length) and off = N − M (the queries' offset: the diagonal sits at
// their positions, diagonalTiles). scale is not
// used: the scores arrive scaled.
//
// The row never leaves shared memory: one word per key tile holds a_J,
// then p_J = 2^(a_J − max), then a code ordered as the host ranks the tiles
// (0: not allowed, 1: forced, bits(E_J)+2: a candidate; float bits order
// as the floats do for E ≥ 0). The k candidates a mode takes are found
// without sorting the row: a radix selection of the k-th largest code (four
// 8-bit histogram passes, warp-aggregated atomics), then one pass that keeps
// the codes above it and, of the ties, the lowest tiles (the host's stable
// sort), compacting them in tile order. Only those k are sorted (a
// bitonic sort in shared memory), so the cost follows the tiles taken, not
// the row.
// mass mode does not know k in advance: it takes the highest bins of a
// two-round histogram of the codes' counts and masses whose mass reaches
// τ, then sums them in order in float64 exactly as the host does
// (select_mass.go).
func (g *gen) scoreSelect(name string, d int, scale float64, sp selectSpec) Kernel {
	sel := &selectEmitter{g: g, name: name, sp: sp}
	sel.declare()
	b := sel.entry()
	b, mx := sel.loadScores(b)
	b, inv := sel.probabilities(b, mx)
	b = sel.codes(b, inv)
	b = sel.forced(b)
	if sp.mode == "budget" {
		// The budget kernels (budget.go) complete the lists.
		b = sel.budgetCounts(b)
		b.NewRet(nil)
		return Kernel{Name: name, Kind: cuda.KindBudgetRows, BlockRows: selectThreads, D: d, BQ: sp.bq, BK: sp.bk, Arg: sp.scope, Lens: sp.lens}
	}
	var take, written value.Value
	if sp.mode == "mass" {
		b, take, written = sel.massTake(b)
	} else {
		b, take = sel.countTake(b)
		written = take
	}
	b = sel.pad(b, take, written)
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindSelect, BlockRows: selectThreads, D: d, BQ: sp.bq, BK: sp.bk, Lens: sp.lens}
}

// declare adds the kernel, its launch bound and its shared arrays.
func (sel *selectEmitter) declare() {
	const threads = selectThreads
	g, name := sel.g, sel.name
	fp := types.NewPointer(types.Float)
	ip := types.NewPointer(types.I32)
	sel.pcls, sel.pch = ir.NewParam("cls", types.NewPointer(types.I8)), ir.NewParam("ch", types.I32)
	sel.pe, sel.pl = ir.NewParam("e", fp), ir.NewParam("list", ip)
	sel.pNQ, sel.pNK = ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	sel.pM, sel.pOff = ir.NewParam("M", types.I32), ir.NewParam("off", types.I32)
	params := []*ir.Param{sel.pcls, sel.pch, sel.pe, sel.pl, sel.pNQ, sel.pNK, sel.pM, sel.pOff}
	if sel.sp.mode == "budget" {
		sel.bp = newBudgetParams()
		params = append(params, sel.bp.list()...)
	}
	if sel.sp.lens {
		sel.pLens, sel.pHS = ir.NewParam("lens", ip), ir.NewParam("hs", types.I32)
		params = append(params, sel.pLens, sel.pHS)
	}
	f := g.m.NewFunc(name, types.Void, params...)
	f.CallingConv = ptxKernel
	ref := f.Type().String() + " @" + name
	g.annotations = append(g.annotations, ref+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	sel.f = f

	shared := func(suffix string, t types.Type) *ir.Global { return g.shared(name+"_"+suffix, t, 16) }
	if !sel.small {
		sel.sX = shared("x", types.NewArray(SelectLimit, types.I32))
		sel.sC = shared("c", types.NewArray(SelectLimit, types.I32))
		sel.sCmpG = shared("cmpg", types.NewArray(SelectLimit/threads*(threads/32), types.I32))
		sel.sCmpT = shared("cmpt", types.NewArray(SelectLimit/threads*(threads/32), types.I32))
	}
	bins := int64(256)
	if sel.small && sel.sp.mode == "budget" {
		bins = budgetBins // the budget's rounds take digits of up to 11 bits
	}
	sel.sHist = shared("hist", types.NewArray(uint64(bins), types.I32))
	if !sel.small {
		sel.sHist2 = shared("hist2", types.NewArray(256, types.I32))
	}
	sel.sRed = shared("red", types.NewArray(32, types.Float))
	sel.sScanA = shared("scana", types.NewArray(threads/32, types.I32))
	sel.sScanB = shared("scanb", types.NewArray(threads/32, types.I32))
	sel.sCnt = shared("cnt", types.NewArray(4, types.I32))
	sel.sSel = shared("sel", types.NewArray(2, types.I32))
	sel.sMass = shared("mass", types.NewArray(1, types.Double))
	if !sel.small && radixSort() && sel.sp.longRows() {
		sel.sRadix = shared("radix", types.NewArray(2*radixCount, types.I32))
	}
	if sel.sp.mode == "mass" {
		sel.sHistM = shared("histm", types.NewArray(256, types.I32))
		sel.sBins = shared("bins", types.NewArray(4, types.I32))
	}
}

// entry emits the entry block: this thread, the row (h, I) and its bases,
// and the rounds every thread runs.
func (sel *selectEmitter) entry() kb {
	const threads = selectThreads
	b := kb{sel.f.NewBlock("entry"), sel.g}
	tid, I, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	pNQ, pNK := sel.pNQ, sel.pNK
	row := b.NewAdd(b.NewMul(h, pNQ), I)                                         // (h, I)
	sel.clsRow = b.NewMul(b.NewAdd(b.NewMul(b.NewMul(h, sel.pch), pNQ), I), pNK) // cls[h·ch, I, :]
	sel.eRow = b.NewMul(row, pNK)                                                // e[h, I, :]
	sel.listRow = b.NewMul(b.NewMul(row, i32(2)), pNK)                           // list[h, I, 0, :]
	// Every thread runs the same number of rounds J = tid + 256·r < hiR
	// (NK rounded up to 256 ≤ SelectLimit), so warps stay converged.
	sel.hiR = b.NewMul(b.NewSDiv(b.NewAdd(pNK, i32(threads-1)), i32(threads)), i32(threads))
	sel.step = i32(threads)
	sel.tid, sel.I, sel.h, sel.lane, sel.warp = tid, I, h, lane, warp
	return b
}

// x is the row's word of key tile J in shared memory.
func (sel *selectEmitter) x(b kb, J value.Value) value.Value { return b.sharedAt(sel.sX, J) }

// loadScores stores a_J (log2 units, from the scores kernel) for allowed
// J, -inf otherwise, and returns its max per thread. A thread's class
// bytes of selectLoads tiles are loaded together, then the scores of
// the allowed ones together, so a row of 2048 tiles costs two round
// trips to memory, not the sixteen dependent ones of a loop that loaded
// one tile's class, then its score, then the next's (before the
// twenty-ninth session). The scores of tiles the mask forbids are not
// read: the scores kernel does not write them (compute-sanitizer's
// initcheck counted 253 952 reads of them at 4500 keys until the
// thirty-seventh session, each clamped row end read by every thread past
// it).
func (sel *selectEmitter) loadScores(b kb) (kb, value.Value) {
	last := b.NewSub(sel.pNK, i32(1))
	b, mx := b.strided(sel.tid, sel.hiR, selectThreads, selectLoads, []value.Value{negInf}, func(b kb, is, _, ok []value.Value, v []value.Value) (kb, []value.Value) {
		cs, es := make([]value.Value, len(is)), make([]value.Value, len(is))
		for k, J := range is {
			cs[k] = b.NewLoad(types.I8, b.NewGetElementPtr(types.I8, sel.pcls, b.i64(b.NewAdd(sel.clsRow, b.imin(J, last)))))
		}
		allowed := make([]value.Value, len(is))
		for k, J := range is {
			allowed[k] = b.NewAnd(b.NewICmp(enum.IPredSLT, J, sel.pNK), b.NewICmp(enum.IPredNE, cs[k], constant.NewInt(types.I8, 0)))
			b, es[k] = b.cond(allowed[k], func(b kb) (kb, value.Value) {
				return b, b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, sel.pe, b.i64(b.NewAdd(sel.eRow, J))))
			}, negInf)
		}
		m := v[0]
		for k, J := range is {
			a := es[k]
			b = b.when(ok[k], func(b kb) kb {
				b.NewStore(b.NewBitCast(a, types.I32), sel.x(b, J))
				return b
			})
			m = b.fmax(m, a)
		}
		return b, []value.Value{m}
	})
	return b, mx[0]
}

// selectLoads are the tiles of a row a thread of the select family loads
// at once (2048 tiles a row: one batch).
const selectLoads = 8

// probabilities turns a_J into p_J (-1 where not allowed) and returns 1/z,
// the factor to E: p_J = 2^(a_J − max) over the row's sum z, or, for
// scores that are probabilities already (antidiagonal), p_J = E_J and 1.
func (sel *selectEmitter) probabilities(b kb, mx value.Value) (kb, value.Value) {
	const threads = selectThreads
	tid, hiR, step := sel.tid, sel.hiR, sel.step
	if sel.sp.probs {
		// E as the scores kernel left it: p_J = E_J (-1 where not allowed).
		b = b.each(tid, hiR, step, func(b kb, J value.Value) kb {
			a := b.NewBitCast(b.NewLoad(types.I32, sel.x(b, J)), types.Float)
			b.NewStore(b.NewBitCast(b.NewSelect(b.NewFCmp(enum.FPredONE, a, negInf), a, f32(-1)), types.I32), sel.x(b, J))
			return b
		})
		return b, f32(1)
	}
	gmax, b := b.blockReduce(mx, sel.sRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.fmax(x, y) })
	mUse := b.NewSelect(b.NewFCmp(enum.FPredOEQ, gmax, negInf), f32(0), gmax)
	// p_J = 2^(a_J − max) (-1 where not allowed); the sum.
	b, sum := b.forN(tid, hiR, step, []value.Value{f32(0)}, func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
		a := b.NewBitCast(b.NewLoad(types.I32, sel.x(b, J)), types.Float)
		ok := b.NewFCmp(enum.FPredONE, a, negInf)
		p := b.ex2(b.NewFSub(a, mUse))
		b.NewStore(b.NewBitCast(b.NewSelect(ok, p, f32(-1)), types.I32), sel.x(b, J))
		return b, []value.Value{b.NewFAdd(v[0], b.NewSelect(ok, p, f32(0)))}
	})
	z, b := b.blockReduce(sum[0], sel.sRed, tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
	return b, b.NewFDiv(f32(1), z)
}

// codes writes E_J = p_J/z (-1 where not allowed) out, replaces p_J by its
// code (0 not allowed, 1 forced, bits(E_J)+2 a candidate) and counts the
// allowed tiles (sel.nAl).
func (sel *selectEmitter) codes(b kb, inv value.Value) kb {
	const threads = selectThreads
	sp, I := sel.sp, sel.I
	sel.d0, sel.d1 = sel.diagonalTiles(b, sel.h, I)
	b, nal := b.forN(sel.tid, sel.hiR, sel.step, []value.Value{f32(0)}, func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
		p := b.NewBitCast(b.NewLoad(types.I32, sel.x(b, J)), types.Float)
		ok := b.NewFCmp(enum.FPredOGE, p, f32(0))
		E := b.NewSelect(ok, b.NewFMul(p, inv), f32(-1))
		b = b.when(b.NewICmp(enum.IPredSLT, J, sel.pNK), func(b kb) kb {
			b.NewStore(E, b.NewGetElementPtr(types.Float, sel.pe, b.i64(b.NewAdd(sel.eRow, J))))
			return b
		})
		forced := sp.forcedTile(b, I, sel.d0, sel.d1, J)
		code := b.NewSelect(forced, i32(1), b.NewAdd(b.NewBitCast(E, types.I32), i32(2)))
		b.NewStore(b.NewSelect(ok, code, i32(0)), sel.x(b, J))
		return b, []value.Value{b.NewFAdd(v[0], b.NewUIToFP(ok, types.Float))}
	})
	nAlF, b := b.blockReduce(nal[0], sel.sRed, sel.tid, threads, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
	sel.nAl = b.NewFPToSI(nAlF, types.I32)
	return b
}

// forced puts the forced tiles first in the list, ascending, from thread 0
// (they lie in {0} ∪ [lo, d1]), with their mass summed in float64 in the
// host's order; then every thread reads their number (sel.nF), the
// candidates' (sel.nCand) and min_blocks' share of them (sel.mb).
func (sel *selectEmitter) forced(b kb) kb {
	sp, pl, pNK, listRow := sel.sp, sel.pl, sel.pNK, sel.listRow
	b = b.when(b.NewICmp(enum.IPredEQ, sel.tid, i32(0)), func(b kb) kb {
		force := func(b kb, J value.Value, v []value.Value) (kb, []value.Value) {
			n, taken := v[0], v[1]
			isF := b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, sel.x(b, J)), i32(1))
			b = b.when(isF, func(b kb) kb {
				b.NewStore(J, b.i32At(pl, b.NewAdd(listRow, n)))
				b.NewStore(i32(1), b.i32At(pl, b.NewAdd(b.NewAdd(listRow, pNK), n)))
				return b
			})
			e := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, sel.pe, b.i64(b.NewAdd(sel.eRow, J))))
			return b, []value.Value{
				b.NewSelect(isF, b.NewAdd(n, i32(1)), n),
				b.NewSelect(isF, b.NewFAdd(taken, b.NewFPExt(e, types.Double)), taken),
			}
		}
		b, v := force(b, i32(0), []value.Value{i32(0), constant.NewFloat(types.Double, 0)})
		var lo value.Value = sel.d0
		if sp.local > 0 {
			lo = b.NewSub(sel.d0, i32(int64(sp.local)))
		}
		var s1 value.Value
		if sp.segment > 0 {
			var s0 value.Value
			s0, s1 = sp.segmentTiles(b, sel.I)
			lo = b.imin(lo, s0)
		}
		lo = b.NewSelect(b.NewICmp(enum.IPredSGT, lo, i32(1)), lo, i32(1))
		var hi value.Value = b.NewAdd(sel.d1, i32(1))
		if s1 != nil {
			hi = b.imax(hi, s1)
		}
		hi = b.NewSelect(b.NewICmp(enum.IPredSLT, hi, pNK), hi, pNK)
		b, v = b.forN(lo, hi, i32(1), v, force)
		b.NewStore(v[0], b.sharedAt(sel.sCnt, i32(0)))
		b.NewStore(v[1], b.sharedAt(sel.sMass, i32(0)))
		return b
	})
	b.barrier()
	sel.nF = b.NewLoad(types.I32, b.sharedAt(sel.sCnt, i32(0)))
	sel.nCand = b.NewSub(sel.nAl, sel.nF)
	sel.mb = i32(0) // min_blocks, less the forced tiles, at most the candidates
	if sp.minBlks > 0 {
		sel.mb = b.imin(b.NewSub(b.imin(i32(int64(sp.minBlks)), sel.nAl), sel.nF), sel.nCand)
	}
	return b
}

// countTake is the number of candidates modes top, density and all take
// (at least min_blocks'), ranked and written to the list.
func (sel *selectEmitter) countTake(b kb) (kb, value.Value) {
	sp := sel.sp
	var take value.Value
	switch sp.mode {
	case "top", "density":
		var k value.Value = i32(int64(sp.top))
		if sp.mode == "density" {
			// ⌈ρ·allowed − 1e-9⌉, as the host computes it.
			x := b.NewFSub(b.NewFMul(constant.NewFloat(types.Double, sp.density), b.NewSIToFP(sel.nAl, types.Double)), constant.NewFloat(types.Double, 1e-9))
			ceil := b.NewCall(sel.g.intrinsic("llvm.ceil.f64", types.Double, types.Double), x)
			k = b.NewFPToSI(ceil, types.I32)
		}
		take = b.imin(b.imax(b.NewSub(k, sel.nF), i32(0)), sel.nCand)
	default: // all
		take = sel.nCand
	}
	take = b.imax(take, sel.mb)
	if sp.mode == "all" || sp.mode == "density" && sp.density >= 1 {
		// Every candidate (a density of 1 or more takes ⌈ρ·allowed⌉ ≥
		// allowed: every candidate, as mode all): no ranking rounds.
		b, _ = sel.compact(b, i32(1), i32(0))
		b.barrier()
	} else {
		b = sel.topk(b, take)
	}
	b = sel.write(b, take)
	return b, take
}

// topk leaves the K best candidates' tiles in sC, ascending (K ≤ nCand,
// the same in every thread): four radix rounds find the K-th largest code
// t and how many of the codes equal to it to take, then one pass compacts
// the codes above t and the first of the ties.
func (sel *selectEmitter) topk(b kb, K value.Value) kb {
	run, after := kb{sel.f.NewBlock("topk"), sel.g}, kb{sel.f.NewBlock("topk_done"), sel.g}
	b.NewCondBr(b.NewICmp(enum.IPredSGT, K, i32(0)), run.Block, after.Block)
	b = run
	var prefix, mask, rem value.Value = i32(0), i32(0), K
	hists := [2]*ir.Global{sel.sHist, sel.sHist2}
	b.barrier() // the first histogram may still be read
	b.NewStore(i32(0), b.sharedAt(hists[0], sel.tid))
	b.barrier()
	for r, shift := 0, int64(24); shift >= 0; r, shift = r+1, shift-8 {
		b, prefix, mask, rem = sel.radixRound(b, hists[r%2], hists[(r+1)%2], shift, prefix, mask, rem)
	}
	b, _ = sel.compact(b, prefix, rem)
	b.barrier()
	b.NewBr(after.Block)
	return after
}

// radixRound is one 8-bit round of the radix selection at shift: the
// histogram of the digits of the candidates whose code matches prefix
// under mask (one atomic per distinct digit in a warp: codes cluster),
// then a scan from the top digit for the one holding the rem-th largest.
// It returns prefix and mask extended by that digit and rem less the
// candidates in the digits above it. The histograms alternate between
// rounds: hist was cleared by the round before (or by topk), and this
// round clears next while it scans hist — whose last reader,
// the round before's scan, finished before that round's last barrier.
// Three barriers a round where one histogram, cleared between two
// barriers first, took five (before the twenty-ninth session).
func (sel *selectEmitter) radixRound(b kb, hist, next *ir.Global, shift int64, prefix, mask, rem value.Value) (kb, value.Value, value.Value, value.Value) {
	const threads = selectThreads
	tid := sel.tid
	b = b.each(tid, sel.hiR, sel.step, func(b kb, J value.Value) kb {
		v := b.NewLoad(types.I32, sel.x(b, J))
		part := b.NewAnd(b.NewICmp(enum.IPredUGE, v, i32(2)), b.NewICmp(enum.IPredEQ, b.NewAnd(v, mask), prefix))
		b, _ = sel.histAddTo(b, hist, v, part, shift, 8)
		return b
	})
	b.barrier()
	digit := b.NewSub(i32(255), tid)
	c := b.NewLoad(types.I32, b.sharedAt(hist, digit))
	b.NewStore(i32(0), b.sharedAt(next, tid))
	var excl value.Value
	b, excl, _ = b.blockScan(c, sel.sScanA, tid, threads) // candidates in digits above this one
	hit := b.NewAnd(b.NewICmp(enum.IPredSLT, excl, rem), b.NewICmp(enum.IPredSLE, rem, b.NewAdd(excl, c)))
	b = b.when(hit, func(b kb) kb {
		b.NewStore(digit, b.sharedAt(sel.sSel, i32(0)))
		b.NewStore(excl, b.sharedAt(sel.sSel, i32(1)))
		return b
	})
	b.barrier()
	D, above := b.NewLoad(types.I32, b.sharedAt(sel.sSel, i32(0))), b.NewLoad(types.I32, b.sharedAt(sel.sSel, i32(1)))
	rem = b.NewSub(rem, above)
	prefix = b.NewOr(prefix, b.NewShl(D, i32(shift)))
	mask = b.NewOr(mask, i32(255<<shift))
	return b, prefix, mask, rem
}

// compact stores in sC, in tile order, the candidates with codes above t
// and the first r of those equal to it (the host's stable sort keeps the
// lower tiles of a tie), and returns how many it stored. Tile J = J0 +
// tid of round J0 is lane J % 32 of warp w in chunk J0/256, so tile order
// is (chunk, warp, lane) order, and a warp's ballots place its lanes:
//
//	count:  per (chunk, warp), the codes above t and those equal to it
//	        (two ballots), into sCmpG and sCmpT;
//	scan:   thread e takes entry e = chunk·8 + w: the ties before it (a
//	        CTA scan), so the ties it takes, min(max(r − before, 0), its
//	        ties), and with its codes above t the entry's place (a second
//	        scan), back into sCmpG and sCmpT;
//	place:  per (chunk, warp) again, each lane's tile at the entry's place
//	        plus the taken lanes below it (a ballot).
//
// Four barriers, where a CTA scan of every chunk took two each (sixteen
// for 2048 tiles). Where r is the constant 0 no tie is taken: one ballot
// and one scan.
func (sel *selectEmitter) compact(b kb, t, r value.Value) (kb, value.Value) {
	const threads = selectThreads
	const warps = threads / 32
	if SelectLimit/threads*warps > threads {
		panic("BUG: compact: more (chunk, warp) entries than threads")
	}
	tid, lane, warp := sel.tid, sel.lane, sel.warp
	noTies := false
	if c, ok := r.(*constant.Int); ok && c.X.Sign() == 0 {
		noTies = true
	}
	below := b.NewSub(b.NewShl(i32(1), lane), i32(1)) // the lanes below this one
	entry := func(b kb, J0 value.Value) value.Value {
		return b.NewAdd(b.NewMul(b.NewSDiv(J0, i32(threads)), i32(warps)), warp)
	}
	ballots := func(b kb, J0 value.Value) (gt, tie, bg, bt value.Value) {
		x := b.NewLoad(types.I32, sel.x(b, b.NewAdd(J0, tid)))
		gt, tie = b.NewICmp(enum.IPredUGT, x, t), b.NewICmp(enum.IPredEQ, x, t)
		bg = b.ballot(gt)
		if !noTies {
			bt = b.ballot(tie)
		}
		return gt, tie, bg, bt
	}
	// count
	b = b.each(i32(0), sel.hiR, sel.step, func(b kb, J0 value.Value) kb {
		_, _, bg, bt := ballots(b, J0)
		return b.when(b.NewICmp(enum.IPredEQ, lane, i32(0)), func(b kb) kb {
			e := entry(b, J0)
			b.NewStore(b.popc(bg), b.sharedAt(sel.sCmpG, e))
			if !noTies {
				b.NewStore(b.popc(bt), b.sharedAt(sel.sCmpT, e))
			}
			return b
		})
	})
	b.barrier()
	// scan
	nE := b.NewMul(b.NewSDiv(sel.hiR, i32(threads)), i32(warps))
	has := b.NewICmp(enum.IPredSLT, tid, nE)
	at := b.NewSelect(has, tid, i32(0))
	gc := b.NewSelect(has, b.NewLoad(types.I32, b.sharedAt(sel.sCmpG, at)), i32(0))
	var cnt value.Value = gc
	var tieBefore value.Value = i32(0)
	if !noTies {
		tc := b.NewSelect(has, b.NewLoad(types.I32, b.sharedAt(sel.sCmpT, at)), i32(0))
		b, tieBefore, _ = b.blockScan(tc, sel.sScanA, tid, threads)
		cnt = b.NewAdd(gc, b.imin(b.imax(b.NewSub(r, tieBefore), i32(0)), tc))
	}
	b, off, total := b.blockScan(cnt, sel.sScanB, tid, threads)
	b = b.when(has, func(b kb) kb {
		b.NewStore(off, b.sharedAt(sel.sCmpG, tid))
		if !noTies {
			b.NewStore(tieBefore, b.sharedAt(sel.sCmpT, tid))
		}
		return b
	})
	b.barrier()
	// place
	b = b.each(i32(0), sel.hiR, sel.step, func(b kb, J0 value.Value) kb {
		gt, tie, _, bt := ballots(b, J0)
		e := entry(b, J0)
		take := gt
		if !noTies {
			tb := b.NewAdd(b.NewLoad(types.I32, b.sharedAt(sel.sCmpT, e)), b.popc(b.NewAnd(bt, below)))
			take = b.NewOr(gt, b.NewAnd(tie, b.NewICmp(enum.IPredSLT, tb, r)))
		}
		bk := b.ballot(take)
		pos := b.NewAdd(b.NewLoad(types.I32, b.sharedAt(sel.sCmpG, e)), b.popc(b.NewAnd(bk, below)))
		return b.when(take, func(b kb) kb {
			b.NewStore(b.NewAdd(J0, tid), b.sharedAt(sel.sC, pos))
			return b
		})
	})
	return b, total
}

// write puts the K tiles of sC in the list after the forced ones: by
// index (they are ascending), or sorted by code (sortTaken).
func (sel *selectEmitter) write(b kb, K value.Value) kb {
	return sel.writeRanked(b, K, false)
}

// writeRanked is write; with sorted, sC is left in the list's order too
// (mode mass sums the taken tiles' mass in that order), which the ranks
// by counting do not do: the bitonic sort then, whatever K.
func (sel *selectEmitter) writeRanked(b kb, K value.Value, sorted bool) kb {
	pl, pNK, listRow := sel.pl, sel.pNK, sel.listRow
	put := func(b kb, J, j value.Value) {
		t := b.NewAdd(sel.nF, j)
		b.NewStore(J, b.i32At(pl, b.NewAdd(listRow, t)))
		b.NewStore(i32(0), b.i32At(pl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
	}
	inOrder := func(b kb) kb { // sC as it lies
		return b.each(sel.tid, K, sel.step, func(b kb, j value.Value) kb {
			put(b, b.NewLoad(types.I32, b.sharedAt(sel.sC, j)), j)
			return b
		})
	}
	if sel.sp.orderIndex {
		return inOrder(b)
	}
	if sorted {
		return inOrder(sel.sortTaken(b, K))
	}
	// At most a tile a thread: each taken tile's place is the number of
	// taken tiles before it in the host's order (larger code, then lower
	// tile), counted against the K codes copied beside the tiles (sHist2)
	// — K broadcast reads a thread and one barrier, where the bitonic sort
	// takes a barrier a stage (28 at K = 128). Past selectThreads tiles,
	// the bitonic sort.
	// Longer rows, up to radixSlots·selectThreads tiles: the radix sort
	// (select_sort.go) where the selection takes long rows (longRows);
	// past that, or otherwise, the bitonic sort.
	f := b.Parent
	rank, bitonic, after := kb{f.NewBlock("write_rank"), sel.g}, kb{f.NewBlock("write_sort"), sel.g}, kb{f.NewBlock("write_done"), sel.g}
	mine := b.NewICmp(enum.IPredSLT, sel.tid, K) // this thread holds taken tile tid
	long := bitonic
	if sel.sRadix != nil { // radixSort() and longRows
		long = kb{f.NewBlock("write_long"), sel.g}
		radix := kb{f.NewBlock("write_radix"), sel.g}
		long.NewCondBr(long.NewICmp(enum.IPredSLE, K, i32(radixSlots*selectThreads)), radix.Block, bitonic.Block)
		sel.sortRadix(radix, K, put).NewBr(after.Block)
	}
	b.NewCondBr(b.NewICmp(enum.IPredSLE, K, i32(selectThreads)), rank.Block, long.Block)
	inOrder(sel.sortTaken(bitonic, K)).NewBr(after.Block)
	rank = rank.when(mine, func(b kb) kb {
		J := b.NewLoad(types.I32, b.sharedAt(sel.sC, sel.tid))
		b.NewStore(b.NewLoad(types.I32, sel.x(b, J)), b.sharedAt(sel.sHist2, sel.tid))
		return b
	})
	rank.barrier()
	rank = rank.when(mine, func(b kb) kb {
		J := b.NewLoad(types.I32, b.sharedAt(sel.sC, sel.tid))
		x := b.NewLoad(types.I32, b.sharedAt(sel.sHist2, sel.tid))
		b, n := b.forN(i32(0), K, i32(1), []value.Value{i32(0)}, func(b kb, j value.Value, v []value.Value) (kb, []value.Value) {
			xj := b.NewLoad(types.I32, b.sharedAt(sel.sHist2, j))
			Jj := b.NewLoad(types.I32, b.sharedAt(sel.sC, j))
			first := b.NewOr(b.NewICmp(enum.IPredUGT, xj, x), b.NewAnd(b.NewICmp(enum.IPredEQ, xj, x), b.NewICmp(enum.IPredSLT, Jj, J)))
			return b, []value.Value{b.NewAdd(v[0], b.NewZExt(first, types.I32))}
		})
		put(b, J, n[0])
		return b
	})
	rank.NewBr(after.Block)
	return after
}

// sortTaken sorts the K tiles of sC (ascending, complete: a barrier
// precedes) into the host's order — larger code first, the lower tile of
// equal codes first — with a bitonic sort over the next power of two P ≥ K
// (entries past K padded with -1, which sorts last): log₂P·(log₂P+1)/2
// stages of P/2 compare-exchanges, a barrier each (a thread's loop runs
// over the stage's pairs, not over all P entries half of which would
// idle), so a row of K taken tiles costs O(K log² K) where ranking each
// against the others cost K².
// It ends with a barrier.
func (sel *selectEmitter) sortTaken(b kb, K value.Value) kb {
	clz := b.NewCall(sel.g.intrinsic("llvm.ctlz.i32", types.I32, types.I32, types.I1), b.NewSub(K, i32(1)), constant.False)
	logP := b.NewSelect(b.NewICmp(enum.IPredSGT, K, i32(1)), b.NewSub(i32(32), clz), i32(0))
	P := b.NewShl(i32(1), logP)
	b = b.each(b.NewAdd(K, sel.tid), P, sel.step, func(b kb, i value.Value) kb {
		b.NewStore(i32(-1), b.sharedAt(sel.sC, i))
		return b
	})
	b.barrier()
	code := func(b kb, J value.Value) value.Value {
		valid := b.NewICmp(enum.IPredSGE, J, i32(0))
		x := b.NewLoad(types.I32, sel.x(b, b.NewSelect(valid, J, i32(0))))
		return b.NewSelect(valid, x, i32(0))
	}
	// before(a, c): a comes first in the list.
	before := func(b kb, a, xa, c, xc value.Value) value.Value {
		return b.NewOr(b.NewICmp(enum.IPredUGT, xa, xc), b.NewAnd(b.NewICmp(enum.IPredEQ, xa, xc), b.NewICmp(enum.IPredSLT, a, c)))
	}
	return b.each(i32(1), b.NewAdd(logP, i32(1)), i32(1), func(b kb, s value.Value) kb {
		k := b.NewShl(i32(1), s)
		return b.each(i32(0), s, i32(1), func(b kb, u value.Value) kb {
			j := b.NewShl(i32(1), b.NewSub(b.NewSub(s, i32(1)), u))
			jl := b.NewSub(b.NewSub(s, i32(1)), u) // log₂ j
			// The P/2 pairs (i, i + j), i's bit jl clear: pair p is p
			// with a 0 put in at bit jl.
			b = b.each(sel.tid, b.NewLShr(P, i32(1)), sel.step, func(b kb, p value.Value) kb {
				i := b.NewOr(b.NewShl(b.NewLShr(p, jl), b.NewAdd(jl, i32(1))), b.NewAnd(p, b.NewSub(j, i32(1))))
				l := b.NewOr(i, j)
				a, c := b.NewLoad(types.I32, b.sharedAt(sel.sC, i)), b.NewLoad(types.I32, b.sharedAt(sel.sC, l))
				up := b.NewICmp(enum.IPredEQ, b.NewAnd(i, k), i32(0))
				// Ascending blocks (in list order) swap when c comes
				// first, descending ones when a does.
				swap := b.NewICmp(enum.IPredEQ, before(b, c, code(b, c), a, code(b, a)), up)
				return b.when(swap, func(b kb) kb {
					b.NewStore(c, b.sharedAt(sel.sC, i))
					b.NewStore(a, b.sharedAt(sel.sC, l))
					return b
				})
			})
			b.barrier()
			return b
		})
	})
}

// pad ends the list after its n = forced + taken tiles: -1 at entry n
// of both halves (when n < NK), and over the candidates written past n
// (written ≥ take: mode mass writes its last try's), the entries after
// those left as they were (cuda.EndLists). A run of at most DecodeRows queries pads the row to NK with
// -1, because the decode kernel's splits read entries anywhere in it
// (keyLoop); its rows are few. A list a compensating attention reads is
// padded to the end of the compensate list kernel's chunk that holds its
// −1 (feedsCompensation, compListChunk), which that kernel reads whole.
func (sel *selectEmitter) pad(b kb, take, written value.Value) kb {
	pl, pNK, listRow := sel.pl, sel.pNK, sel.listRow
	n := b.NewAdd(sel.nF, take)
	decode := b.NewICmp(enum.IPredSLE, sel.pM, i32(DecodeRows))
	var last value.Value = b.NewAdd(n, i32(1)) // one past the −1
	if sel.sp.padAll {
		last = b.NewMul(b.NewSDiv(b.NewAdd(n, i32(compListChunk)), i32(compListChunk)), i32(compListChunk))
	}
	end := b.NewSelect(decode, pNK, b.imin(b.imax(last, b.NewAdd(sel.nF, written)), pNK))
	return b.each(b.NewAdd(n, sel.tid), end, sel.step, func(b kb, t value.Value) kb {
		b.NewStore(i32(-1), b.i32At(pl, b.NewAdd(listRow, t)))
		b.NewStore(i32(-1), b.i32At(pl, b.NewAdd(b.NewAdd(listRow, pNK), t)))
		return b
	})
}
