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

// blockselect mode=budget on the GPU: one budget of ⌈ρ·allowed − 1e-9⌉
// tiles (forced ones included) shared by every query tile of a group of
// rows — all heads (scope global) or each head (scope head) — the
// unforced allowed tiles with the largest E anywhere winning, ties to the
// lower (head, query tile, key tile), as runtime/sparse/budget.go ranks
// them. The decision is global, so it takes launches where a select takes
// one, all on the device (the lists never leave it):
//
//	rows:  the select kernel up to its forced tiles (E written out, the
//	       forced tiles first in each list), and each row's allowed and
//	       forced counts in cnt;
//	pick (init): per group, k = the budget less the forced tiles (at most
//	       the candidates); hist zeroed;
//	hist, pick (×3, bits 31–21, 20–10, 9–0: budgetDigits): the radix
//	       selection of the k-th largest candidate code over the whole
//	       group — every row's histogram of the digit under the prefix
//	       chosen so far, added into the group's (CTA histograms first,
//	       then one atomic per non-empty digit), then one CTA per group
//	       picks the digit;
//	ties:  per row, the candidates whose code equals the k-th largest, t;
//	pick (scan): per group, each row's share of the ties to take, in row
//	       order (the host's order: lower head and query tile first);
//	take:  per row, the codes above t and its share of the ties, in tile
//	       order, sorted (select_kernel.go sortTaken) and written after the forced
//	       tiles (the select kernel's compact, write and pad).
//
// A code is the select kernel's: 0 not allowed, 1 forced, bits(E)+2 a
// candidate, so unsigned order is the host's order of E. Every kernel of
// the family takes the same parameters: the select kernel's (cls, ch, e,
// list, NQ, NK, M, off), then cnt (i32 [H·NQ, 2]), hist (i32 [groups,
// budgetBins]),
// state (i32 [groups, 8]: the code prefix, its mask, the rank still to
// find, whether the budget is empty), ties (i32 [H·NQ]) and R, the rows
// of a group.

// budgetRowsPerCTA are the rows a hist or ties CTA reads.
const budgetRowsPerCTA = 8

// budgetScanRows are the rows a thread of the tie-share scan takes in a
// tile (a variable for the tests, which make tiles of a row a thread).
var budgetScanRows = 8

// budgetBins is the most digits a radix round of the budget takes (its
// histograms' size), cuda.BudgetBins.
const budgetBins = cuda.BudgetBins

// budgetDigits are the budget's radix rounds' digit widths, the most
// significant first, summing to 32: three rounds of 11, 11 and 10 bits,
// each a pass over the group's scores (a round's hist kernel read E at
// ≈ 1.2 TB/s, 0.22 ms at 131072 × 32 heads on an H100, thirtieth
// session), where four rounds of 8 bits took four. Measured on an H100
// in the thirty-first session at 131072 and 8 heads: the budget group
// 0.473, 0.475 ms against the four rounds' 0.534, 0.537.
var budgetDigits = []int{11, 11, 10}

// budgetParams are the parameters the budget kernels add to the select
// kernel's.
type budgetParams struct{ cnt, hist, state, ties, R *ir.Param }

func newBudgetParams() budgetParams {
	ip := types.NewPointer(types.I32)
	return budgetParams{ir.NewParam("cnt", ip), ir.NewParam("hist", ip), ir.NewParam("state", ip), ir.NewParam("ties", ip), ir.NewParam("R", types.I32)}
}

func (p budgetParams) list() []*ir.Param { return []*ir.Param{p.cnt, p.hist, p.state, p.ties, p.R} }

// budgetKernels emits the family for a budget blockselect (its selection
// spec sp), in launch order after the rows kernel, which scoreSelect
// emits.
func (g *gen) budgetKernels(prefix string, d int, sp selectSpec) []Kernel {
	var ks []Kernel
	add := func(k Kernel) {
		k.D, k.BQ, k.BK, k.Arg, k.Lens = d, sp.bq, sp.bk, sp.scope, sp.lens
		ks = append(ks, k)
	}
	add(g.budgetPick(prefix+"_init", sp, -1, 0))
	shift := 32
	for _, w := range budgetDigits {
		shift -= w
		add(g.budgetHist(fmt.Sprintf("%s_hist%d", prefix, shift), sp, shift, w))
		add(g.budgetPick(fmt.Sprintf("%s_pick%d", prefix, shift), sp, shift, w))
	}
	add(g.budgetHist(prefix+"_ties", sp, -1, 0))
	add(g.budgetPick(prefix+"_scan", sp, -2, 0))
	add(g.budgetTake(prefix+"_take", sp))
	return ks
}

// group is row h's group: its head (scope head) or 0.
func (sp selectSpec) group(h value.Value) value.Value {
	if sp.scope == "head" {
		return h
	}
	return i32(0)
}

// diagonalTiles are the first and last key tiles query tile I's positions
// touch: ⌊p/bk⌋ of p0 = I·bq + off and p1 = min((I+1)·bq, M) − 1 + off,
// off = N − M the queries' offset (docs/dsl.md; runtime/sparse's
// diagonalTiles) — with key lengths, head h's: lens[h/hs] − M. Either may lie outside [0, NK); only tiles below NK are
// looked at.
func (sel *selectEmitter) diagonalTiles(b kb, h, I value.Value) (d0, d1 value.Value) {
	bq, bk := i32(int64(sel.sp.bq)), i32(int64(sel.sp.bk))
	floorDiv := func(a value.Value) value.Value { // ⌊a/bk⌋, positions before key 0 negative
		neg := b.NewICmp(enum.IPredSLT, a, i32(0))
		down := b.NewSub(i32(0), b.NewSDiv(b.NewAdd(b.NewSub(i32(0), a), b.NewSub(bk, i32(1))), bk))
		return b.NewSelect(neg, down, b.NewSDiv(a, bk))
	}
	var off value.Value = sel.pOff
	if sel.sp.lens {
		// Key lengths: head h's queries sit at its sequence's last keys.
		off = b.NewSub(b.NewLoad(types.I32, b.i32At(sel.pLens, b.NewSDiv(h, sel.pHS))), sel.pM)
	}
	p0 := b.NewAdd(b.NewMul(I, bq), off)
	p1 := b.NewAdd(b.NewSub(b.imin(b.NewMul(b.NewAdd(I, i32(1)), bq), sel.pM), i32(1)), off)
	return floorDiv(p0), floorDiv(p1)
}

// forcedTile says whether key tile J is forced in query tile I's row,
// whose diagonal tiles are [d0, d1] (keep: diagonal, sink, local(n); with
// a permutation, the query's own segment).
func (sp selectSpec) forcedTile(b kb, I, d0, d1, J value.Value) value.Value {
	var forced value.Value = constant.False
	if sp.diagonal {
		forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredSGE, J, d0), b.NewICmp(enum.IPredSLE, J, d1)))
	}
	if sp.sink {
		forced = b.NewOr(forced, b.NewICmp(enum.IPredEQ, J, i32(0)))
	}
	if sp.local > 0 {
		forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredSGE, J, b.NewSub(d0, i32(int64(sp.local)))), b.NewICmp(enum.IPredSLT, J, d0)))
	}
	if sp.segment > 0 {
		s0, s1 := sp.segmentTiles(b, I)
		forced = b.NewOr(forced, b.NewAnd(b.NewICmp(enum.IPredSGE, J, s0), b.NewICmp(enum.IPredSLT, J, s1)))
	}
	return forced
}

// segmentTiles are the key tiles [s0, s1) of query tile I's own segment
// (the host's forcedTiles: s·seg/bk up to (s+1)·seg/bk, s = I·bq/seg).
func (sp selectSpec) segmentTiles(b kb, I value.Value) (s0, s1 value.Value) {
	s := b.NewSDiv(b.NewMul(I, i32(int64(sp.bq))), i32(int64(sp.segment)))
	s0 = b.NewSDiv(b.NewMul(s, i32(int64(sp.segment))), i32(int64(sp.bk)))
	s1 = b.NewSDiv(b.NewMul(b.NewAdd(s, i32(1)), i32(int64(sp.segment))), i32(int64(sp.bk)))
	return s0, s1
}

// codesAt are the codes of key tiles is of query tile I's row at eRow in
// e (eRow = (h·NQ + I)·NK, diagonal tiles [d0, d1]) — 0 past NK or where
// E is not ≥ 0 (a tile the mask forbids, or NaN), 1 forced, bits(E) + 2 a
// candidate — their scores loaded together first (at clamped tiles,
// unguarded), then coded: one round trip to memory for the batch, where a
// loop over the tiles took one a tile (before the twenty-ninth session).
func (sel *selectEmitter) codesAt(b kb, eRow, I, d0, d1 value.Value, is []value.Value) []value.Value {
	last := b.NewSub(sel.pNK, i32(1))
	es := make([]value.Value, len(is))
	for k, J := range is {
		es[k] = b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, sel.pe, b.i64(b.NewAdd(eRow, b.imin(J, last)))))
	}
	codes := make([]value.Value, len(is))
	for k, J := range is {
		ok := b.NewAnd(b.NewICmp(enum.IPredSLT, J, sel.pNK), b.NewFCmp(enum.FPredOGE, es[k], f32(0)))
		code := b.NewSelect(sel.sp.forcedTile(b, I, d0, d1, J), i32(1), b.NewAdd(b.NewBitCast(es[k], types.I32), i32(2)))
		codes[k] = b.NewSelect(ok, code, i32(0))
	}
	return codes
}

// budgetCounts ends the rows kernel: thread 0 writes the row's allowed
// and forced tiles to cnt.
func (sel *selectEmitter) budgetCounts(b kb) kb {
	row := b.NewAdd(b.NewMul(sel.h, sel.pNQ), sel.I)
	return b.when(b.NewICmp(enum.IPredEQ, sel.tid, i32(0)), func(b kb) kb {
		b.NewStore(sel.nAl, b.i32At(sel.bp.cnt, b.NewMul(row, i32(2))))
		b.NewStore(sel.nF, b.i32At(sel.bp.cnt, b.NewAdd(b.NewMul(row, i32(2)), i32(1))))
		return b
	})
}

// budgetEmitter starts a kernel of the family without the row arrays.
func (g *gen) budgetEmitter(name string, sp selectSpec) *selectEmitter {
	sel := &selectEmitter{g: g, name: name, sp: sp, small: true}
	sel.declare()
	return sel
}

// budgetHist emits the hist kernel of the round at shift (grid
// (⌈NQ/8⌉, H)): the histogram of digit (code >> shift) mod 2^width of the
// candidates whose code matches the group's prefix under its mask, into
// hist[group]. shift −1 emits the ties kernel: per row, the candidates
// whose code is the group's t, into ties[row].
func (g *gen) budgetHist(name string, sp selectSpec, shift, width int) Kernel {
	const threads = selectThreads
	sel := g.budgetEmitter(name, sp)
	b := kb{sel.f.NewBlock("entry"), g}
	tid, cx, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	sel.tid, sel.lane = tid, b.NewAnd(tid, i32(31))
	st := b.NewMul(sp.group(h), i32(8))
	prefix := b.NewLoad(types.I32, b.i32At(sel.bp.state, st))
	mask := b.NewLoad(types.I32, b.i32At(sel.bp.state, b.NewAdd(st, i32(1))))
	bins := int64(1) << width
	binsOf := func(f func(bin value.Value)) { // this thread's bins: tid, tid + 256, … (f may move b on)
		for j := int64(0); j*threads < bins; j++ {
			f(b.NewAdd(tid, i32(j*threads)))
		}
	}
	if shift >= 0 {
		binsOf(func(bin value.Value) { b.NewStore(i32(0), b.sharedAt(sel.sHist, bin)) })
		b.barrier()
	}
	hiR := b.NewMul(b.NewSDiv(b.NewAdd(sel.pNK, i32(threads-1)), i32(threads)), i32(threads))
	for i := range int64(budgetRowsPerCTA) {
		I := b.NewAdd(b.NewMul(cx, i32(budgetRowsPerCTA)), i32(i))
		row := b.NewAdd(b.NewMul(h, sel.pNQ), I)
		eRow := b.NewMul(row, sel.pNK)
		d0, d1 := sel.diagonalTiles(b, h, I)
		b = b.when(b.NewICmp(enum.IPredSLT, I, sel.pNQ), func(b kb) kb { // the same in every thread
			var n []value.Value
			// The row's codes selectLoads at a time (codesAt); a tile
			// past hiR codes 0 (past NK), which counts nowhere.
			b, n = b.strided(tid, hiR, threads, selectLoads, []value.Value{i32(0)}, func(b kb, is, _, _ []value.Value, v []value.Value) (kb, []value.Value) {
				n := v[0]
				for _, code := range sel.codesAt(b, eRow, I, d0, d1, is) {
					if shift < 0 {
						n = b.NewAdd(n, b.NewZExt(b.NewICmp(enum.IPredEQ, code, prefix), types.I32))
						continue
					}
					part := b.NewAnd(b.NewICmp(enum.IPredUGE, code, i32(2)), b.NewICmp(enum.IPredEQ, b.NewAnd(code, mask), prefix))
					b, _ = sel.histAdd(b, code, part, int64(shift), int64(width))
				}
				return b, []value.Value{n}
			})
			if shift >= 0 {
				return b
			}
			slots := []*ir.Global{sel.sScanA, sel.sScanB}[i%2] // consecutive scans alternate
			b, _, tot := b.blockScan(n[0], slots, tid, threads)
			return b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
				b.NewStore(tot, b.i32At(sel.bp.ties, row))
				return b
			})
		})
	}
	if shift >= 0 {
		b.barrier()
		binsOf(func(bin value.Value) {
			c := b.NewLoad(types.I32, b.sharedAt(sel.sHist, bin))
			b = b.when(b.NewICmp(enum.IPredNE, c, i32(0)), func(b kb) kb {
				at := b.i32At(sel.bp.hist, b.NewAdd(b.NewMul(sp.group(h), i32(budgetBins)), bin))
				b.NewAtomicRMW(enum.AtomicOpAdd, at, c, enum.AtomicOrderingMonotonic)
				return b
			})
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindBudgetHist, BlockRows: threads, Rows: budgetRowsPerCTA}
}

// histAdd adds the candidates where part holds to the CTA histogram of
// digit (code >> shift) mod 2^width: one shared atomic per distinct digit
// in a warp (codes cluster). It returns the block after and the digit.
func (sel *selectEmitter) histAdd(b kb, code, part value.Value, shift, width int64) (kb, value.Value) {
	return sel.histAddTo(b, sel.sHist, code, part, shift, width)
}

// histAddTo is histAdd into the histogram hist. A warp none of whose
// lanes takes part skips the match (a vote instead): past a radix
// selection's first round only the codes under the prefix chosen so far
// take part — a fraction of a row's after the second — and match.any
// costs every warp that issues it, taking part or not. Measured on an
// H100 in the thirty-first session: MInference's select 0.368 ms at
// 131072 and 8 heads against 0.386 matching in every warp; the budget's
// third and fourth 8-bit rounds 0.218, 0.217 → 0.187, 0.189 ms at 32
// heads (docs/gpu-notes.md).
func (sel *selectEmitter) histAddTo(b kb, hist *ir.Global, code, part value.Value, shift, width int64) (kb, value.Value) {
	dig := b.NewAnd(b.NewLShr(code, i32(shift)), i32(1<<width-1))
	add := func(b kb) kb {
		peers := b.NewCall(sel.g.intrinsic("llvm.nvvm.match.any.sync.i32", types.I32, types.I32, types.I32), i32(-1), b.NewSelect(part, dig, i32(1<<width)))
		lower := b.NewSub(b.NewShl(i32(1), sel.lane), i32(1))
		leader := b.NewICmp(enum.IPredEQ, b.NewAnd(peers, lower), i32(0))
		return b.when(b.NewAnd(part, leader), func(b kb) kb {
			b.NewAtomicRMW(enum.AtomicOpAdd, b.sharedAt(hist, dig), b.popc(peers), enum.AtomicOrderingMonotonic)
			return b
		})
	}
	return b.when(b.voteAny(part), add), dig // the vote is the warp's: every lane goes the same way
}

// budgetPick emits a pick kernel (grid: the groups, one CTA each). shift
// −1 is init: k from the rows' counts, the state reset, hist zeroed; ≥ 0
// picks the digit of width bits at shift holding the k-th largest from
// hist (the select kernel's radixRound across the group) and zeroes hist;
// −2 is the scan: each row's share of the ties to take, in row order,
// into ties.
func (g *gen) budgetPick(name string, sp selectSpec, shift, width int) Kernel {
	const threads = selectThreads
	sel := g.budgetEmitter(name, sp)
	b := kb{sel.f.NewBlock("entry"), g}
	tid, grp := b.sreg("tid.x"), b.sreg("ctaid.x")
	st := b.NewMul(grp, i32(8))
	stAt := func(b kb, i int64) value.Value { return b.i32At(sel.bp.state, b.NewAdd(st, i32(i))) }
	histAt := func(b kb, bin value.Value) value.Value {
		return b.i32At(sel.bp.hist, b.NewAdd(b.NewMul(grp, i32(budgetBins)), bin))
	}
	r0 := b.NewMul(grp, sel.bp.R)
	switch {
	case shift == -1:
		var v []value.Value
		b, v = b.forN(tid, sel.bp.R, i32(threads), []value.Value{i32(0), i32(0)}, func(b kb, r value.Value, v []value.Value) (kb, []value.Value) {
			c := b.NewMul(b.NewAdd(r0, r), i32(2))
			return b, []value.Value{
				b.NewAdd(v[0], b.NewLoad(types.I32, b.i32At(sel.bp.cnt, c))),
				b.NewAdd(v[1], b.NewLoad(types.I32, b.i32At(sel.bp.cnt, b.NewAdd(c, i32(1))))),
			}
		})
		var allowed, forced value.Value
		b, _, allowed = b.blockScan(v[0], sel.sScanA, tid, threads)
		b, _, forced = b.blockScan(v[1], sel.sScanB, tid, threads)
		// ⌈ρ·allowed − 1e-9⌉ less the forced tiles, as the host computes it;
		// with one density per head (scope head: group grp is head grp;
		// the executor checks there are as many heads) the group's ρ.
		var rho value.Value = constant.NewFloat(types.Double, sp.density)
		if sp.densities != nil {
			tab := g.densities(sel.f.Name()+"_densities", sp.densities)
			rho = b.NewLoad(types.Double, b.NewGetElementPtr(tab.ContentType, tab, i32(0), b.imin(grp, i32(int64(len(sp.densities)-1)))))
		}
		x := b.NewFSub(b.NewFMul(rho, b.NewSIToFP(allowed, types.Double)), constant.NewFloat(types.Double, 1e-9))
		var k value.Value = b.NewFPToSI(b.NewCall(g.intrinsic("llvm.ceil.f64", types.Double, types.Double), x), types.I32)
		k = b.imax(b.imin(b.NewSub(k, forced), b.NewSub(allowed, forced)), i32(0))
		none := b.NewICmp(enum.IPredEQ, k, i32(0))
		b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
			// An empty budget matches no code: prefix and mask all ones.
			start := b.NewSelect(none, i32(-1), i32(0))
			b.NewStore(start, stAt(b, 0))
			b.NewStore(start, stAt(b, 1))
			b.NewStore(k, stAt(b, 2))
			b.NewStore(b.NewZExt(none, types.I32), stAt(b, 3))
			return b
		})
		for j := int64(0); j < budgetBins/threads; j++ {
			b.NewStore(i32(0), histAt(b, b.NewAdd(tid, i32(j*threads))))
		}
	case shift >= 0:
		prefix, mask := b.NewLoad(types.I32, stAt(b, 0)), b.NewLoad(types.I32, stAt(b, 1))
		rem, none := b.NewLoad(types.I32, stAt(b, 2)), b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, stAt(b, 3)), i32(0))
		// Thread tid takes per consecutive digits from the top down:
		// digits bins−1 − (tid·per + j), j < per, their counts summed for
		// one CTA scan, then walked in order.
		bins := int64(1) << width
		per := max(bins/threads, 1)
		digits, cs := make([]value.Value, per), make([]value.Value, per)
		var sum value.Value = i32(0)
		for j := range per {
			digits[j] = b.NewSub(i32(bins-1), b.NewAdd(b.NewMul(tid, i32(per)), i32(j)))
			in := b.NewICmp(enum.IPredSGE, digits[j], i32(0)) // false only past the bins of a narrow round
			cs[j] = b.NewSelect(in, b.NewLoad(types.I32, histAt(b, b.imax(digits[j], i32(0)))), i32(0))
			sum = b.NewAdd(sum, cs[j])
		}
		var excl value.Value
		b, excl, _ = b.blockScan(sum, sel.sScanA, tid, threads) // candidates in digits above this thread's
		for j := range per {
			hit := b.NewAnd(b.NewICmp(enum.IPredSLT, excl, rem), b.NewICmp(enum.IPredSLE, rem, b.NewAdd(excl, cs[j])))
			at := excl
			b = b.when(b.NewAnd(hit, b.NewXor(none, constant.True)), func(b kb) kb {
				b.NewStore(b.NewOr(prefix, b.NewShl(digits[j], i32(int64(shift)))), stAt(b, 0))
				b.NewStore(b.NewOr(mask, i32(int64(int32(uint32(1<<width-1)<<shift)))), stAt(b, 1))
				b.NewStore(b.NewSub(rem, at), stAt(b, 2))
				return b
			})
			excl = b.NewAdd(excl, cs[j])
		}
		// Every thread read its digits before blockScan's barrier.
		for j := range per {
			b = b.when(b.NewICmp(enum.IPredSGE, digits[j], i32(0)), func(b kb) kb {
				b.NewStore(i32(0), histAt(b, digits[j]))
				return b
			})
		}
	default: // the scan
		// The group's rows a tile of 8·256 at a time, in row order: the
		// tile's ties loaded coalesced (thread tid rows tid + 256·j) into
		// shared memory, read back as eight consecutive rows a thread
		// (rows padded a word every 32, so the reads hit 32 banks), one
		// CTA scan of the threads' sums, each row's share of the rem ties
		// still to take written back in place and stored coalesced. Once
		// the ties before a tile reach rem its shares are all 0: stores
		// alone. Each thread a contiguous segment of rows, loaded from
		// memory (a warp's load 32 lines 1 KB apart), took 0.134 ms for
		// 65536 rows on an H100 (thirty-first session); a scan of 256
		// rows a step 0.157 (thirtieth).
		per := int64(budgetScanRows)
		tile := threads * per
		sT := g.shared(name+"_tile", types.NewArray(uint64(tile+tile/32), types.I32), 16)
		slot := func(b kb, i value.Value) value.Value { return b.sharedAt(sT, b.NewAdd(i, b.NewLShr(i, i32(5)))) }
		rem := b.NewLoad(types.I32, stAt(b, 2))
		tiesAt := func(b kb, r value.Value) value.Value { return b.i32At(sel.bp.ties, b.NewAdd(r0, r)) }
		b, _ = b.forN(i32(0), sel.bp.R, i32(tile), []value.Value{i32(0)}, func(b kb, base value.Value, v []value.Value) (kb, []value.Value) {
			run := v[0]
			rows := make([]value.Value, per) // this thread's coalesced rows of the tile
			for j := range per {
				rows[j] = b.NewAdd(base, b.NewAdd(tid, i32(j*threads)))
			}
			done := b.NewICmp(enum.IPredSGE, run, rem) // the same in every thread
			f := b.Parent
			zero, work, next := kb{f.NewBlock("scan_zero"), g}, kb{f.NewBlock("scan_tile"), g}, kb{f.NewBlock("scan_next"), g}
			b.NewCondBr(done, zero.Block, work.Block)
			for j := range per {
				zero = zero.when(zero.NewICmp(enum.IPredSLT, rows[j], sel.bp.R), func(b kb) kb { b.NewStore(i32(0), tiesAt(b, rows[j])); return b })
			}
			zero.NewBr(next.Block)
			xs := make([]value.Value, per)
			for j := range per {
				in := work.NewICmp(enum.IPredSLT, rows[j], sel.bp.R)
				xs[j] = work.NewLoad(types.I32, tiesAt(work, work.NewSelect(in, rows[j], i32(0))))
				xs[j] = work.NewSelect(in, xs[j], i32(0))
			}
			for j := range per {
				work.NewStore(xs[j], slot(work, work.NewAdd(tid, i32(j*threads))))
			}
			work.barrier()
			mine := work.NewMul(tid, i32(per)) // rows mine … mine + 7 of the tile
			cs := make([]value.Value, per)
			var sum value.Value = i32(0)
			for k := range per {
				cs[k] = work.NewLoad(types.I32, slot(work, work.NewAdd(mine, i32(k))))
				sum = work.NewAdd(sum, cs[k])
			}
			var excl, tot value.Value
			work, excl, tot = work.blockScan(sum, sel.sScanA, tid, threads)
			at := work.NewAdd(run, excl)
			for k := range per {
				share := work.imax(work.imin(work.NewSub(rem, at), cs[k]), i32(0))
				work.NewStore(share, slot(work, work.NewAdd(mine, i32(k))))
				at = work.NewAdd(at, cs[k])
			}
			work.barrier() // the shares are in
			for j := range per {
				work = work.when(work.NewICmp(enum.IPredSLT, rows[j], sel.bp.R), func(b kb) kb {
					b.NewStore(b.NewLoad(types.I32, slot(b, b.NewAdd(tid, i32(j*threads)))), tiesAt(b, rows[j]))
					return b
				})
			}
			work.barrier() // the tile is read before the next one's loads overwrite it
			sums := work.NewAdd(run, tot)
			work.NewBr(next.Block)
			runNext := next.NewPhi(ir.NewIncoming(run, zero.Block), ir.NewIncoming(sums, work.Block))
			return next, []value.Value{runNext}
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindBudgetPick, BlockRows: threads}
}

// budgetTake emits the take kernel (grid (NQ, H)): the row's codes into
// shared memory, then the codes above t and the row's share of the ties
// compacted in tile order, sorted by code (unless order=index) and written after
// the forced tiles, the rest of the list padded.
func (g *gen) budgetTake(name string, sp selectSpec) Kernel {
	sel := &selectEmitter{g: g, name: name, sp: sp}
	sel.declare()
	b := sel.entry()
	row := b.NewAdd(b.NewMul(sel.h, sel.pNQ), sel.I)
	d0, d1 := sel.diagonalTiles(b, sel.h, sel.I)
	b, _ = b.strided(sel.tid, sel.hiR, selectThreads, selectLoads, nil, func(b kb, is, _, ok []value.Value, _ []value.Value) (kb, []value.Value) {
		for k, code := range sel.codesAt(b, sel.eRow, sel.I, d0, d1, is) {
			b = b.when(ok[k], func(b kb) kb {
				b.NewStore(code, sel.x(b, is[k]))
				return b
			})
		}
		return b, nil
	})
	t := b.NewLoad(types.I32, b.i32At(sel.bp.state, b.NewMul(sp.group(sel.h), i32(8))))
	share := b.NewLoad(types.I32, b.i32At(sel.bp.ties, row))
	sel.nF = b.NewLoad(types.I32, b.i32At(sel.bp.cnt, b.NewAdd(b.NewMul(row, i32(2)), i32(1))))
	b.barrier()
	b, take := sel.compact(b, t, share)
	b.barrier()
	b = sel.write(b, take)
	b = sel.pad(b, take, take)
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindBudgetTake, BlockRows: selectThreads}
}

// densities is a constant global table of the heads' budget densities
// (budget(density: [ρ₀, ρ₁, …])), read by the pick kernel's init.
func (g *gen) densities(name string, rho []float64) *ir.Global {
	elems := make([]constant.Constant, len(rho))
	for i, x := range rho {
		elems[i] = constant.NewFloat(types.Double, x)
	}
	t := types.NewArray(uint64(len(rho)), types.Double)
	v := g.m.NewGlobalDef(name, constant.NewArray(t, elems...))
	v.Immutable, v.Linkage = true, enum.LinkageInternal
	return v
}
