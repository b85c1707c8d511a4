package nvptx

import (
	"fmt"
	"math"
	"os"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/runtime/cuda"
)

// permute(scope: global, probe: mean) on the GPU (S2O): for query segment
// s of head h, the keys [0, s·L) ranked by their score under the
// segment's mean query, the rest in place — perm [H, NS, N], NS = ⌈M/L⌉,
// as the host's globalScope writes it. Four launches:
//
//	pool:      the probes, each segment's mean query ([H, NS, d] f32:
//	           pool over rows of L);
//	probe:     every probe against every key it ranks, c·probe·k_j, a
//	           GEMM per head (the blocks with no j < s·L skipped): on the
//	           tensor cores for bf16 keys (permProbeMMA, the probes as
//	           three bf16 parts), else float32 (gemm64, scores' CTA); each
//	           segment's scores written into its prefix's place in the
//	           scratch;
//	permute:   a CTA per (query segment, head): the scores bucketed by
//	           a linear map of the prefix's score range (8192 buckets,
//	           permBucketSort), each key then ranked by (code, index)
//	           against its bucket's keys alone — or, where the buckets
//	           crowd (an outlier's score stretching the range, a few
//	           distinct scores), a stable LSD radix sort of the codes in
//	           four passes of 8 bits, the key indices riding along. Ties
//	           keep the lower key first either way, which is the host's
//	           stable sort by importance (under one probe row, the order
//	           of the scores: docs/passes.md). The radix sort reads the
//	           codes in tiles of 2048: each warp ranks its 256 against a
//	           histogram of its own (match.any, 32 codes a step), one scan
//	           of the eight histograms places the warps, and the tile's
//	           codes are gathered by digit in shared memory and written
//	           out a digit's run at a time. The codes and the indices ping-pong
//	           between scratch and the perm row itself, so the fourth pass
//	           leaves the order in place;
//	classes:   permClasses with segments (permute.go).
//
// The blockscore after it pools and scores the tiles as they lie (a
// segment's tiles from s·L on are the unpermuted ones), then permScores
// overwrites the raw scores of the permuted tiles J < s·L/bk of the
// segment's query tiles with the means of the keys the order puts there.
// With per-key dots (permDots: bf16 keys on the tensor cores, R = L/bq
// of 2, 4 or 8) the probes are the R query tiles' means of each segment
// instead: the GEMM writes every ranked key's R dots, [H][Σ_s s·L][R]
// f32, and the segment's score as their weighted mean (its mean query's
// score, rounded otherwise), and permScoresDots rescores a permuted tile
// from its keys' dots — R floats a key instead of d b16 dims.
//
// A score that is NaN or +Inf (or all of a prefix's −Inf) makes every
// host importance NaN, and the host keeps the identity: so does the
// kernel. Scores are float32 against the host's float64: keys whose
// scores lie within rounding of each other may swap, as with local scope.
// (The first version scored the keys in the sort's CTA, a thread per key
// reading its key's dims two bytes at a time: 44.7 of its 58 ms at N =
// 32768 on an H100, every load 32 L1 lookups; docs/gpu-notes.md.)

// permGlobalThreads is the global permute kernel's CTA: a thread per
// radix digit.
const permGlobalThreads = 256

// permGlobalScratch is the scratch (int32 words) the global permute
// kernel needs for h heads, ns query segments of seg keys: the scores
// (then the radix sort's codes A) for every prefix, [H][seg·ns(ns−1)/2],
// then — from the next even word, so its pairs are 8-byte aligned — the
// (index, code) pairs of the buckets or the radix sort's B buffers,
// interleaved, [H][seg·ns(ns−1)/2][2].
func permGlobalScratch(h, ns, seg int) int64 {
	return 3*int64(h)*int64(seg)*int64(ns)*int64(ns-1)/2 + 1
}

// permSort picks the global permute kernel's sort: by buckets where the
// scores spread (permSortAuto's rule), always the radix sort, or buckets
// wherever the scores' range is finite (the last two for tests).
type permSort int

const (
	permSortAuto permSort = iota
	permSortRadix
	permSortBuckets
)

// permBuckets is the bucket sort's bins: they share their 32 KB with the
// radix sort's warp histograms and staging (permShared).
const permBuckets = 8192

// permBucketWork is the bucket sort's limit: it ranks each key against
// the keys of its bucket, Σ n_b² comparisons for a prefix of P keys,
// against ≈ 100 instructions a key for each of the radix sort's four
// passes, so buckets are taken while Σ n_b² ≤ permBucketWork·P.
const permBucketWork = 64

// permGlobal emits the global permute kernel (see the file comment): grid
// (NS, H). Parameters: perm (i32 [H, NS, N] out), scr (i32 scratch,
// permGlobalScratch words, its first part holding permProbe's scores), M, N.
func (g *gen) permGlobal(name string, seg int) []Kernel {
	switch {
	case os.Getenv("ATTNC_PERM_SORT") == "radix": // the A/B against the radix sort alone
		return []Kernel{g.permGlobalWith(name, seg, permSortRadix, permWhole)}
	case os.Getenv("ATTNC_PERM_SPLIT") == "1": // the two stages, for the A/B (measured slower)
		return []Kernel{g.permGlobalWith(name, seg, permSortAuto, permBucketStage), g.permGlobalWith(name+"_radix", seg, permSortAuto, permRadixStage)}
	}
	return []Kernel{g.permGlobalWith(name, seg, permSortAuto, permWhole)}
}

// permStage splits the global permute kernel in two launches
// (ATTNC_PERM_SPLIT=1): the bucket sort alone needs 64 registers and
// spills nothing, so it runs four CTAs an SM; the radix sort beside it
// makes the one kernel want 120 or more, and at its cap of 80 (three
// CTAs an SM) it spills 124 bytes (ptxas 11.8, sm_90). The first launch
// sorts by buckets where they do not crowd and marks the others' perm
// rows (−1 at the prefix's first place); the second, a CTA per prefix as
// well, returns at once unless its row is marked, and radix-sorts it.
// Measured on an H200 (twenty-seventh session): the permute stage 7 %
// slower than the one kernel's at 32768 and 131072, where 20–30 % faster
// was predicted — not understood yet (no device time was left for a
// profile), so one kernel stays the default.
type permStage int

const (
	permWhole       permStage = iota // one kernel: both sorts
	permBucketStage                  // the bucket sort; a crowded prefix marked
	permRadixStage                   // the radix sort of the marked prefixes
)

// permGlobalWith is permGlobal with its sort chosen by mode, whole or one
// stage of the split.
func (g *gen) permGlobalWith(name string, seg int, mode permSort, stage permStage) Kernel {
	const T = permGlobalThreads
	const W = T / 32
	ip := types.NewPointer(types.I32)
	pp, ps := ir.NewParam("perm", ip), ir.NewParam("scr", ip)
	pM, pN := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32)
	f := g.m.NewFunc(name, types.Void, pp, ps, pM, pN)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(T))
	// One kernel: three CTAs an SM (≤ 85 registers; 106 gave two: the
	// sort waits on its loads with too few warps to cover them,
	// docs/gpu-notes.md) — at 80 it spills 124 bytes (ptxas).
	ctas := 3
	switch stage {
	case permBucketStage:
		// 64 registers, no spills; ATTNC_PERM_BUCKET_CTAS=3 (80) tells its
		// spills from its occupancy in the A/B the split's miss asks for.
		ctas = envCTAs("ATTNC_PERM_BUCKET_CTAS", 4)
	case permRadixStage:
		ctas = 2 // ≈ 120 registers, no spills; it runs where buckets crowd
	}
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"minctasm", i32 `+fmt.Sprint(ctas))
	sHist := g.shared(name+"_hist", types.NewArray(4*256, types.I32), 16)
	// permShared: the bucket sort's bins, or the radix sort's warp
	// histograms and offsets [2][W][256] and its staging of codes and
	// indices [2][permItems·T].
	sBig := g.shared(name+"_big", types.NewArray(permBuckets, types.I32), 16)
	sFlag := g.shared(name+"_flag", types.NewArray(4, types.I32), 4) // a NaN or +Inf score; a score above −Inf; the least code; the largest code of a finite score
	sRed := g.shared(name+"_red", types.NewArray(32, types.Float), 16)
	b := kb{f.NewBlock("entry"), g}
	tid, s, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	ns := b.NewSDiv(b.NewAdd(pM, i32(int64(seg-1))), i32(int64(seg)))
	P := b.imin(b.NewMul(s, i32(int64(seg))), pN) // the ranked prefix
	row := b.NewGetElementPtr(types.I32, pp, b.NewMul(b.i64(b.NewAdd(b.NewMul(h, ns), s)), b.i64(pN)))
	// buf is an int32 array with a stride: the pairs' codes and indices.
	type buf struct {
		base   value.Value
		stride int64
	}
	at := func(b kb, x buf, i value.Value) value.Value {
		if x.stride != 1 {
			i = b.NewMul(i, i32(x.stride))
		}
		return b.NewGetElementPtr(types.I32, x.base, b.i64(i))
	}
	if stage != permRadixStage {
		// The keys from P on keep their place (all of them for s = 0).
		b = b.each(b.NewAdd(P, tid), pN, i32(T), func(b kb, j value.Value) kb {
			b.NewStore(j, at(b, buf{row, 1}, j))
			return b
		})
	}
	work, done := kb{f.NewBlock("rank"), g}, kb{f.NewBlock("done"), g}
	var rank value.Value = b.NewICmp(enum.IPredSGT, P, i32(0))
	if stage == permRadixStage {
		// Only a prefix the bucket stage marked (P > 0: its row's first
		// place, which that stage wrote, −1).
		rank = b.NewAnd(rank, b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, row), i32(-1)))
	}
	b.NewCondBr(rank, work.Block, done.Block)
	done.NewRet(nil)
	b = work
	// Scratch: the scores (codes A) of this prefix, then its pairs — (index,
	// code) as one little-endian word of 64 bits, the code high — which
	// are the radix sort's indices and codes B.
	off, htri := permPrefix(b, seg, ns, s, h, b.sreg("nctaid.y"))
	kA := buf{b.NewGetElementPtr(types.I32, ps, off), 1}
	pairs := b.NewGetElementPtr(types.I32, ps, b.NewAdd(b.NewAdd(htri, b.NewAnd(htri, i64c(1))), b.NewMul(off, i64c(2))))
	kB, vB := buf{b.NewGetElementPtr(types.I32, pairs, i64c(1)), 2}, buf{pairs, 2}
	pairs64 := b.NewBitCast(pairs, types.NewPointer(types.I64))
	vA := buf{row, 1}
	radix := kb{f.NewBlock("radix"), g}
	if stage == permRadixStage {
		b.NewBr(radix.Block)
	} else {
		b = b.when(b.NewICmp(enum.IPredULT, tid, i32(4)), func(b kb) kb {
			b.NewStore(b.NewSelect(b.NewICmp(enum.IPredEQ, tid, i32(2)), i32(-1), i32(0)), b.sharedAt(sFlag, tid))
			return b
		})
		b.barrier()
		// Each key's score: the flags, and the least code (the highest score)
		// and the largest code below −Inf's (the lowest finite score).
		var mm []value.Value
		b, mm = b.strided(tid, P, T, permUnroll, []value.Value{i32(-1), i32(0), constant.False, constant.False}, func(b kb, _, cl, ok []value.Value, mm []value.Value) (kb, []value.Value) {
			xs := make([]value.Value, len(cl))
			for u, j := range cl { // the loads first, all in flight at once
				xs[u] = b.NewBitCast(b.NewLoad(types.I32, at(b, kA, j)), types.Float)
			}
			for u, x := range xs {
				bad := b.NewOr(b.NewFCmp(enum.FPredUNO, x, x), b.NewFCmp(enum.FPredOEQ, x, f32(math.Inf(1))))
				fin := b.NewFCmp(enum.FPredONE, x, f32(math.Inf(-1)))
				code := permCode(b, x)
				// A clamped repeat of the last key changes neither bound.
				mm = []value.Value{b.umin(mm[0], code), b.NewSelect(fin, b.umax(mm[1], code), mm[1]), b.NewOr(mm[2], bad), b.NewOr(mm[3], b.NewAnd(ok[u], fin))}
			}
			return b, mm
		})
		b = b.when(mm[2], func(b kb) kb { b.NewStore(i32(1), b.sharedAt(sFlag, i32(0))); return b })
		b = b.when(mm[3], func(b kb) kb { b.NewStore(i32(1), b.sharedAt(sFlag, i32(1))); return b })
		b.NewAtomicRMW(enum.AtomicOpUMin, b.sharedAt(sFlag, i32(2)), mm[0], enum.AtomicOrderingMonotonic)
		b.NewAtomicRMW(enum.AtomicOpUMax, b.sharedAt(sFlag, i32(3)), mm[1], enum.AtomicOrderingMonotonic)
		b.barrier()
		// The host's importances are all NaN: the identity.
		bad := b.NewOr(b.NewICmp(enum.IPredNE, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(0))), i32(0)),
			b.NewICmp(enum.IPredEQ, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(1))), i32(0)))
		sorts, ident := kb{f.NewBlock("sorts"), g}, kb{f.NewBlock("ident"), g}
		b.NewCondBr(bad, ident.Block, sorts.Block)
		ident = ident.each(tid, P, i32(T), func(b kb, j value.Value) kb {
			b.NewStore(j, at(b, vA, j))
			return b
		})
		ident.NewRet(nil)
		b = sorts
		if mode != permSortRadix {
			g.permBucketSort(b, radix, sBig, sHist, sRed, sFlag, kA.base, pairs64, row, P, tid, mode)
		} else {
			b.NewBr(radix.Block)
		}
	}
	b = radix
	if stage == permBucketStage {
		// The buckets crowd: the radix stage's mark.
		b = b.when(b.NewICmp(enum.IPredEQ, tid, i32(0)), func(b kb) kb {
			b.NewStore(i32(-1), row)
			return b
		})
		b.NewRet(nil)
		return Kernel{Name: name, Kind: cuda.KindPermGlobal, BlockRows: T, Rows: seg}
	}
	// The radix sort: every key's code in place of its score, its index
	// in the perm row, the four digits' counts.
	for i := int64(0); i < 4; i++ {
		b.NewStore(i32(0), b.sharedAt(sHist, b.NewAdd(tid, i32(256*i))))
	}
	for i := int64(0); i < 2*W; i++ {
		b.NewStore(i32(0), b.sharedAt(sBig, b.NewAdd(tid, i32(256*i))))
	}
	b.barrier()
	b = b.each(tid, P, i32(T), func(b kb, j value.Value) kb {
		code := permCode(b, b.NewBitCast(b.NewLoad(types.I32, at(b, kA, j)), types.Float))
		b.NewStore(code, at(b, kA, j))
		b.NewStore(j, at(b, vA, j))
		for p := int64(0); p < 4; p++ {
			dig := b.NewAnd(b.NewLShr(code, i32(8*p)), i32(255))
			b.NewAtomicRMW(enum.AtomicOpAdd, b.sharedAt(sHist, b.NewAdd(dig, i32(256*p))), i32(1), enum.AtomicOrderingMonotonic)
		}
		return b
	})
	b.barrier()
	// Each pass's digit offsets: warp p scans pass p's 256 counts, eight
	// a lane.
	b = b.when(b.NewICmp(enum.IPredULT, warp, i32(4)), func(b kb) kb {
		base := b.NewAdd(b.NewMul(warp, i32(256)), b.NewMul(lane, i32(8)))
		var c [8]value.Value
		var sum value.Value = i32(0)
		for i := range c {
			c[i] = b.NewLoad(types.I32, b.sharedAt(sHist, b.NewAdd(base, i32(int64(i)))))
			sum = b.NewAdd(sum, c[i])
		}
		incl := sum
		for dd := int64(1); dd < 32; dd *= 2 {
			y := b.shflUp(incl, dd)
			incl = b.NewAdd(incl, b.NewSelect(b.NewICmp(enum.IPredUGE, lane, i32(dd)), y, i32(0)))
		}
		var run value.Value = b.NewSub(incl, sum)
		for i := range c {
			b.NewStore(run, b.sharedAt(sHist, b.NewAdd(base, i32(int64(i)))))
			run = b.NewAdd(run, c[i])
		}
		return b
	})
	b.barrier()
	lt := b.NewSub(b.NewShl(i32(1), lane), i32(1))
	bufs := [2][2]buf{{kA, vA}, {kB, vB}}
	stgK := func(b kb, x value.Value) value.Value { return b.sharedAt(sBig, b.NewAdd(x, i32(2*W*256))) }
	stgV := func(b kb, x value.Value) value.Value { return b.sharedAt(sBig, b.NewAdd(x, i32(2*W*256+permItems*T))) }
	sStart := g.shared(name+"_start", types.NewArray(256, types.I32), 16)
	sScan := g.shared(name+"_scan", types.NewArray(W, types.I32), 16)
	hw := func(b kb, w, d value.Value) value.Value { // warp w's count of digit d in the tile
		return b.sharedAt(sBig, b.NewAdd(b.NewMul(w, i32(256)), d))
	}
	wo := func(b kb, w, d value.Value) value.Value { // the tile's codes of digit d before warp w's
		return b.sharedAt(sBig, b.NewAdd(i32(W*256), b.NewAdd(b.NewMul(w, i32(256)), d)))
	}
	for p := int64(0); p < 4; p++ {
		src, dst := bufs[p%2], bufs[(p+1)%2]
		load := func(b kb, i value.Value) (kb, value.Value, []value.Value, value.Value) {
			valid := b.NewICmp(enum.IPredSLT, i, P)
			b, kv := b.condVals(valid, []value.Value{i32(0), i32(0)}, func(b kb) (kb, []value.Value) {
				return b, []value.Value{b.NewLoad(types.I32, at(b, src[0], i)), b.NewLoad(types.I32, at(b, src[1], i))}
			})
			return b, valid, kv, b.NewAnd(b.NewLShr(kv[0], i32(8*p)), i32(255))
		}
		hs := func(b kb) value.Value { return b.sharedAt(sHist, b.NewAdd(tid, i32(256*p))) }
		// A tile of permItems·256 codes: warp w ranks the tile's w-th 256,
		// 32 a step, against a histogram of its own (permShared's first 8 KB);
		// one scan of the warps' histograms places the warps (its second
		// half); the codes are gathered in shared memory by digit, then
		// written out in order — each digit's codes of the tile land
		// together.
		const U = permItems
		b = b.each(i32(0), P, i32(U*T), func(b kb, t0 value.Value) kb {
			var run value.Value = i32(0) // thread dd: the tile's codes of digit dd
			var kv [U][]value.Value
			var valid, dig, loc [U]value.Value
			base := b.NewAdd(t0, b.NewAdd(b.NewMul(warp, i32(int64(U*32))), lane))
			for u := range U { // the loads first, all in flight at once
				b, valid[u], kv[u], dig[u] = load(b, b.NewAdd(base, i32(int64(32*u))))
			}
			for u := range U {
				peers := b.NewCall(g.intrinsic("llvm.nvvm.match.any.sync.i32", types.I32, types.I32, types.I32), i32(-1), b.NewSelect(valid[u], dig[u], i32(256)))
				r := b.popc(b.NewAnd(peers, lt))
				var prior value.Value
				b, prior = b.cond(valid[u], func(b kb) (kb, value.Value) {
					return b, b.NewLoad(types.I32, hw(b, warp, dig[u]))
				}, i32(0))
				loc[u] = b.NewAdd(prior, r) // within the digit's codes of the warp's 256
				b.warpSync()                // every lane has read before the leaders add
				b = b.when(b.NewAnd(valid[u], b.NewICmp(enum.IPredEQ, r, i32(0))), func(b kb) kb {
					b.NewStore(b.NewAdd(prior, b.popc(peers)), hw(b, warp, dig[u]))
					return b
				})
				b.warpSync()
			}
			b.barrier()
			// Thread dd: each warp's offset among digit dd's codes of the
			// tile; the histograms zeroed for the next tile.
			for w := int64(0); w < W; w++ {
				c := b.NewLoad(types.I32, hw(b, i32(w), tid))
				b.NewStore(run, wo(b, i32(w), tid))
				b.NewStore(i32(0), hw(b, i32(w), tid))
				run = b.NewAdd(run, c)
			}
			b.barrier()
			for u := range U {
				loc[u] = b.NewAdd(loc[u], b.NewLoad(types.I32, wo(b, warp, b.NewSelect(valid[u], dig[u], i32(0)))))
			}
			var excl value.Value
			b, excl, _ = b.blockScan(run, sScan, tid, T)
			b.NewStore(excl, b.sharedAt(sStart, tid))
			b.barrier()
			for u := range U {
				b = b.when(valid[u], func(b kb) kb {
					x := b.NewAdd(b.NewLoad(types.I32, b.sharedAt(sStart, dig[u])), loc[u])
					b.NewStore(kv[u][0], stgK(b, x))
					b.NewStore(kv[u][1], stgV(b, x))
					return b
				})
			}
			b.barrier()
			n := b.imin(i32(int64(U*T)), b.NewSub(P, t0))
			for u := range U {
				x := b.NewAdd(i32(int64(u*T)), tid)
				b = b.when(b.NewICmp(enum.IPredSLT, x, n), func(b kb) kb {
					key := b.NewLoad(types.I32, stgK(b, x))
					d := b.NewAnd(b.NewLShr(key, i32(8*p)), i32(255))
					pos := b.NewAdd(b.NewLoad(types.I32, b.sharedAt(sHist, b.NewAdd(d, i32(256*p)))), b.NewSub(x, b.NewLoad(types.I32, b.sharedAt(sStart, d))))
					b.NewStore(key, at(b, dst[0], pos))
					b.NewStore(b.NewLoad(types.I32, stgV(b, x)), at(b, dst[1], pos))
					return b
				})
			}
			b.barrier()
			// The pass's running offsets past the tile (read again only
			// past the next tile's barriers).
			b.NewStore(b.NewAdd(b.NewLoad(types.I32, hs(b)), run), hs(b))
			return b
		})
		b.barrier() // the pass's stores before the next pass's loads
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermGlobal, BlockRows: T, Rows: seg}
}

// permBucketSort emits the bucket sort of a prefix's P scores (at
// scores; the CTA's least code and largest finite code in sFlag[2:4]),
// from block b, into the perm row; where it declines (an infinite range,
// or, in mode auto, buckets too full: Σ n_b² > permBucketWork·P) it
// branches to radix with sBig and sHist free to reuse and the scores
// untouched. A score's bucket is ⌊(x_max − x)·B/(x_max − x_min)⌋ (at most
// B − 1; −Inf in the last), which never decreases as the score does, so
// the buckets hold the order's runs: a histogram, its scan, each key's
// (index, code) scattered into its bucket by a shared atomic (in no
// particular order within it), then each key ranked within its bucket
// by (code, index) — the radix sort's stable order, to the bit — and its
// index written at its rank. The scores are read twice and the pairs
// once; the radix sort moves 16 bytes a key in each of four passes.
func (g *gen) permBucketSort(b, radix kb, sBig, sHist, sRed, sFlag *ir.Global, scores, pairs64, row, P, tid value.Value, mode permSort) {
	const T, B = permGlobalThreads, permBuckets
	const per = B / T // the bins a thread scans
	f := b.Parent
	xmax := permScore(b, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(2))))
	xmin := permScore(b, b.NewLoad(types.I32, b.sharedAt(sFlag, i32(3))))
	rng := b.NewFSub(xmax, xmin)
	try := kb{f.NewBlock("buckets"), g}
	b.NewCondBr(b.NewFCmp(enum.FPredOLT, rng, f32(math.Inf(1))), try.Block, radix.Block)
	b = try
	// rng = 0 (or below B/MaxFloat32): every finite score in bucket 0.
	var inv value.Value = b.NewFDiv(f32(B), rng)
	inv = b.NewSelect(b.NewFCmp(enum.FPredOLT, inv, f32(math.MaxFloat32)), inv, f32(math.MaxFloat32))
	bucket := func(b kb, x value.Value) value.Value {
		var t value.Value = b.NewFMul(b.NewFSub(xmax, x), inv) // ≥ 0, never NaN: +Inf for −Inf
		t = b.NewSelect(b.NewFCmp(enum.FPredOLT, t, f32(B-1)), t, f32(B-1))
		return b.NewFPToUI(t, types.I32)
	}
	score := func(b kb, j value.Value) value.Value {
		return b.NewBitCast(b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, scores, b.i64(j))), types.Float)
	}
	bin := func(b kb, k value.Value) value.Value { return b.sharedAt(sBig, k) }
	for i := int64(0); i < per; i++ {
		b.NewStore(i32(0), bin(b, b.NewAdd(tid, i32(T*i))))
	}
	b.barrier()
	b, _ = b.strided(tid, P, T, permUnroll, nil, func(b kb, _, cl, ok []value.Value, _ []value.Value) (kb, []value.Value) {
		xs := make([]value.Value, len(cl))
		for u, j := range cl {
			xs[u] = score(b, j)
		}
		for u, x := range xs { // a clamped repeat adds 0
			b.NewAtomicRMW(enum.AtomicOpAdd, bin(b, bucket(b, x)), b.NewZExt(ok[u], types.I32), enum.AtomicOrderingMonotonic)
		}
		return b, nil
	})
	b.barrier()
	// Thread t's bins [t·per, (t+1)·per): their starts, and Σ n_b².
	base := b.NewMul(tid, i32(per))
	var c [per]value.Value
	var sum value.Value = i32(0)
	var sq value.Value = f32(0)
	for i := range c {
		c[i] = b.NewLoad(types.I32, bin(b, b.NewAdd(base, i32(int64(i)))))
		sum = b.NewAdd(sum, c[i])
		n := b.NewSIToFP(c[i], types.Float)
		sq = b.NewFAdd(sq, b.NewFMul(n, n))
	}
	var run value.Value
	b, run, _ = b.blockScan(sum, sHist, tid, T)
	for i := range c {
		b.NewStore(run, bin(b, b.NewAdd(base, i32(int64(i)))))
		run = b.NewAdd(run, c[i])
	}
	work, b := b.blockReduce(sq, sRed, tid, T, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) }) // its barriers order the starts' stores before the scatter
	scatter := kb{f.NewBlock("scatter"), g}
	if mode == permSortBuckets {
		b.NewBr(scatter.Block)
	} else {
		limit := b.NewFMul(b.NewSIToFP(P, types.Float), f32(permBucketWork))
		b.NewCondBr(b.NewFCmp(enum.FPredOLE, work, limit), scatter.Block, radix.Block)
	}
	b = scatter
	b, _ = b.strided(tid, P, T, permUnroll, nil, func(b kb, js, cl, ok []value.Value, _ []value.Value) (kb, []value.Value) {
		xs := make([]value.Value, len(cl))
		for u, j := range cl {
			xs[u] = score(b, j)
		}
		for u, x := range xs {
			b = b.when(ok[u], func(b kb) kb {
				at := b.NewAtomicRMW(enum.AtomicOpAdd, bin(b, bucket(b, x)), i32(1), enum.AtomicOrderingMonotonic)
				key := b.NewOr(b.NewShl(b.NewZExt(permCode(b, x), types.I64), i64c(32)), b.NewZExt(js[u], types.I64))
				b.NewStore(key, b.NewGetElementPtr(types.I64, pairs64, b.i64(at)))
				return b
			})
		}
		return b, nil
	})
	b.barrier() // the pairs written; each bin now holds its bucket's end
	b = b.each(tid, P, i32(T), func(b kb, x value.Value) kb {
		key := b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, pairs64, b.i64(x)))
		k := bucket(b, permScore(b, b.NewTrunc(b.NewLShr(key, i64c(32)), types.I32)))
		end := b.NewLoad(types.I32, bin(b, k))
		var start value.Value
		b, start = b.cond(b.NewICmp(enum.IPredSGT, k, i32(0)), func(b kb) (kb, value.Value) {
			return b, b.NewLoad(types.I32, bin(b, b.NewSub(k, i32(1))))
		}, i32(0))
		// Four of the bucket's pairs an iteration (past its end, its last
		// again, not counted).
		var r []value.Value
		b, r = b.strided(start, end, 1, 4, []value.Value{start}, func(b kb, _, cl, ok []value.Value, r []value.Value) (kb, []value.Value) {
			ys := make([]value.Value, len(cl))
			for u, y := range cl {
				ys[u] = b.NewLoad(types.I64, b.NewGetElementPtr(types.I64, pairs64, b.i64(y)))
			}
			n := r[0]
			for u, o := range ys {
				n = b.NewAdd(n, b.NewZExt(b.NewAnd(ok[u], b.NewICmp(enum.IPredULT, o, key)), types.I32))
			}
			return b, []value.Value{n}
		})
		b.NewStore(b.NewTrunc(key, types.I32), b.NewGetElementPtr(types.I32, row, b.i64(r[0])))
		return b
	})
	b.NewRet(nil)
}

// permUnroll is the keys a thread of the bucket sort loads at once in its
// passes over a prefix (one a thread an iteration left each a chain of
// load, atomic and store waiting on memory: docs/gpu-notes.md).
const permUnroll = 8

// permScore is permCode's inverse: the score whose order code is code.
func permScore(b kb, code value.Value) value.Value {
	asc := b.NewXor(code, i32(-1))
	pos := b.NewICmp(enum.IPredSLT, asc, i32(0)) // the score's sign bit was clear
	return b.NewBitCast(b.NewSelect(pos, b.NewXor(asc, i32(math.MinInt32)), code), types.Float)
}

// The radix sort's warp histograms and staging fit the bucket sort's bins.
const _ = uint(permBuckets - 2*(permGlobalThreads/32)*256 - 2*permItems*permGlobalThreads)

// permItems is the codes a thread holds in a tile of the sort.
const permItems = 8

// permPrefix is where segment s's prefix of head h lies in each of the
// scratch's three parts (i32 words), and the part's size: h·T + L·s(s−1)/2
// and H·T, T = L·NS(NS−1)/2 a head.
func permPrefix(b kb, seg int, ns, s, h, heads value.Value) (off, part value.Value) {
	tri := b.NewSDiv(b.NewMul(b.NewMul(i64c(int64(seg)), b.i64(ns)), b.NewSub(b.i64(ns), i64c(1))), i64c(2))
	off = b.NewAdd(b.NewMul(b.i64(h), tri), b.NewSDiv(b.NewMul(b.NewMul(i64c(int64(seg)), b.i64(s)), b.NewSub(b.i64(s), i64c(1))), i64c(2)))
	return off, b.NewMul(b.i64(heads), tri)
}

// permProbe emits the probes' scores (see the file comment): grid
// (⌈N/64⌉, ⌈NS/64⌉, H) of 256 threads, scores' GEMM (gemm64) of the probes
// [H, NS, d] (f32) against the keys [G, N, d] (b16), a CTA's 64×64 block
// skipped when none of its keys lies in its probes' prefixes; score
// c·probe_s·k_j (+0: −0 as +0) for j < s·L, written at the prefix's place
// in the scratch's first part (permPrefix). Parameters: pm, k, scr, NS, N,
// group.
func (g *gen) permProbe(name, dt string, d, seg int, scale float64) Kernel {
	if permProbeTensor(dt, d) {
		return g.permProbeMMA(name, d, seg, scale)
	}
	c, b := g.permProbeEntry(name, dt, seg, 0)
	ppm, pk, ps, pNS, pN := c.pm, c.k, c.scr, c.NS, c.N
	tid, h, I0, J0, kvh := c.tid, c.h, c.I0, c.J0, c.kvh
	tileT := types.NewArray(16*68, types.Float)
	sA, sB := g.shared(name+"_a", tileT, 16), g.shared(name+"_b", tileT, 16)
	tx, ty := b.NewAnd(tid, i32(15)), b.NewLShr(tid, i32(4))
	Ib, Jb := b.NewAdd(I0, b.NewMul(ty, i32(4))), b.NewAdd(J0, b.NewMul(tx, i32(4)))
	b, acc := b.gemm64(sA, sB, tid, ty, tx, d, func(b kb, row, col value.Value, put func(op int, x value.Value)) {
		s := b.NewAdd(I0, row)
		ok := b.NewICmp(enum.IPredSLT, s, pNS)
		off := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNS), b.NewSelect(ok, s, i32(0))), i32(int64(d))), col)
		x := b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, ppm, b.i64(off)))
		put(0, b.NewSelect(ok, x, f32(0)))
		j := b.NewAdd(J0, row)
		ok = b.NewICmp(enum.IPredSLT, j, pN)
		koff := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.i64(kvh), b.i64(pN)), b.i64(b.NewSelect(ok, j, i32(0)))), i64c(int64(d))), b.i64(col))
		k := b.widen(dt, b.NewLoad(elemType(dt), b.NewGetElementPtr(elemType(dt), pk, koff)))
		put(1, b.NewSelect(ok, k, f32(0)))
	})
	for i := range 4 {
		s := b.NewAdd(Ib, i32(int64(i)))
		b = b.when(b.NewICmp(enum.IPredSLT, s, pNS), func(b kb) kb {
			off, _ := permPrefix(b, seg, pNS, s, h, i32(0))
			P := b.imin(b.NewMul(s, i32(int64(seg))), pN)
			for j := range 4 {
				J := b.NewAdd(Jb, i32(int64(j)))
				x := b.NewFAdd(b.NewFMul(acc[4*i+j], f32(scale)), f32(0))
				b = b.when(b.NewICmp(enum.IPredSLT, J, P), func(b kb) kb {
					b.NewStore(b.NewBitCast(x, types.I32), b.NewGetElementPtr(types.I32, ps, b.NewAdd(off, b.i64(J))))
					return b
				})
			}
			return b
		})
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermProbe, BlockRows: 256, D: d, Rows: seg}
}

// probeCTA is what the probe GEMMs begin with: the kernel's parameters
// (pm, k, scr, NS, N, group; with per-key dots also dots and M), the
// thread, the head (and its KV head), and the CTA's first probe I0 and
// key J0 of its 64 × 64 block.
type probeCTA struct {
	pm, k, scr, NS, N   *ir.Param
	dots, M             *ir.Param
	tid, h, kvh, I0, J0 value.Value
}

// permProbeEntry declares a probe GEMM kernel of 256 threads and returns
// its probeCTA and the block past the return of a CTA whose block holds
// no ranked key (its last probe's segment s ranks keys [0, s·L): J0 is
// not among them). With R > 0 the probes are the query tiles' means, R
// a segment (permDots): tile I is of segment I / R, and the kernel takes
// the dots buffer and M too.
func (g *gen) permProbeEntry(name, dt string, seg, R int) (probeCTA, kb) {
	fp, hp, ip := types.NewPointer(types.Float), types.NewPointer(elemType(dt)), types.NewPointer(types.I32)
	c := probeCTA{pm: ir.NewParam("pm", fp), k: ir.NewParam("k", hp), scr: ir.NewParam("scr", ip), NS: ir.NewParam("NS", types.I32), N: ir.NewParam("N", types.I32)}
	pG := ir.NewParam("group", types.I32)
	params := []*ir.Param{c.pm, c.k, c.scr, c.NS, c.N, pG}
	if R > 0 {
		c.dots, c.M = ir.NewParam("dots", fp), ir.NewParam("M", types.I32)
		params = []*ir.Param{c.pm, c.k, c.scr, c.dots, c.NS, c.N, c.M, pG}
	}
	f := g.m.NewFunc(name, types.Void, params...)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 256`)
	b := kb{f.NewBlock("entry"), g}
	c.tid, c.h = b.sreg("tid.x"), b.sreg("ctaid.z")
	c.I0, c.J0 = b.NewMul(b.sreg("ctaid.y"), i32(64)), b.NewMul(b.sreg("ctaid.x"), i32(64))
	c.kvh = b.NewSDiv(c.h, pG)
	probes := value.Value(c.NS)
	if R > 0 {
		probes = b.NewMul(c.NS, i32(int64(R))) // the tiles of NS segments (the last may hold fewer)
	}
	var last value.Value = b.NewSub(b.imin(b.NewAdd(c.I0, i32(64)), probes), i32(1))
	if R > 0 {
		last = b.NewSDiv(last, i32(int64(R)))
	}
	work, skip := kb{f.NewBlock("work"), g}, kb{f.NewBlock("skip"), g}
	b.NewCondBr(b.NewICmp(enum.IPredSLT, c.J0, b.imin(b.NewMul(last, i32(int64(seg))), c.N)), work.Block, skip.Block)
	skip.NewRet(nil)
	return c, work
}

// permProbeTensor reports whether the probes' GEMM runs on the tensor
// cores (permProbeMMA): bf16 keys (exact in the mma's operands) and a
// head dim of whole k-steps; else the float32 GEMM on the CUDA cores
// (f16 keys: a probe's f16 parts would lose its low bits below f16's
// range). ATTNC_PERM_PROBE=simt forces the latter, for the A/B.
func permProbeTensor(dt string, d int) bool {
	return dt == "bf16" && d%16 == 0 && os.Getenv("ATTNC_PERM_PROBE") != "simt"
}

// permProbeMMA is permProbe on the tensor cores, for bf16 keys: the same
// grid, parameters and output (a CTA per 64 keys × 64 probes of a head,
// the blocks with no j < s·L skipped). Warp w takes keys J0 + 16·(w%4) …
// (one m-tile: its A fragments, every k-step's, loaded once from the
// keys and held) against probes I0 + 32·(w/4) … (four n-tiles of 8). A
// probe enters as its three bf16 parts, hi + mid + lo (split3, as the
// gate's means: each the rounded remainder of the ones before; an
// infinite part leaves no rest), split in registers as its B fragments
// are loaded: the parts carry all of the float32 probe's 24 bits, the
// products of bf16 keys with them are exact, and the tensor cores sum
// them in float32 — the same scores to float32 rounding as the FMA chain
// of the float32 GEMM, in another order. 1.03 ms against the float32
// GEMM's 1.23 at N = 32768 under ncu on an H100: both are bound by L1's
// loads (each warp loads its probes and its keys' fragments itself), not
// by the arithmetic (docs/gpu-notes.md, twenty-sixth session).
func (g *gen) permProbeMMA(name string, d, seg int, scale float64) Kernel {
	return g.permProbeMMAWith(name, d, seg, 0, 0, scale)
}

// permProbeMMAWith is permProbeMMA, or with R > 0 its per-key dots form
// (permDots): the probes are the query tiles' means [H, NQ, d] (tiles of
// bq rows, R a segment), and for every tile I of segment s = I / R and
// key j < s·L the kernel writes the unscaled dot q̄_I·k_j into
// dots[(off_s + j)·R + I mod R] (off_s the prefix's place, permPrefix),
// and the segment's score c·Σ_u n_u·(q̄_u·k_j) / Σ_u n_u — its mean
// query's, n_u the rows of tile u — into the scratch as permProbe does.
// A lane holds two adjacent tiles of a key (the accumulator's c0, c1 and
// c2, c3), so a segment of four tiles meets across the lane pair by one
// butterfly, of eight by two.
func (g *gen) permProbeMMAWith(name string, d, seg, R, bq int, scale float64) Kernel {
	c, b := g.permProbeEntry(name, "bf16", seg, R)
	ppm, pk, ps, pNS, pN := c.pm, c.k, c.scr, c.NS, c.N
	tid, h, I0, J0, kvh := c.tid, c.h, c.I0, c.J0, c.kvh
	ip := types.NewPointer(types.I32)
	nP := value.Value(pNS) // the probes: segments, or query tiles
	if R > 0 {
		nP = b.NewSDiv(b.NewAdd(c.M, i32(int64(bq-1))), i32(int64(bq)))
	}
	steps := int64(d / 16)
	warp, lane := b.NewLShr(tid, i32(5)), b.NewAnd(tid, i32(31))
	gq, t4 := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	jw := b.NewAdd(J0, b.NewMul(b.NewAnd(warp, i32(3)), i32(16)))  // the warp's keys
	sw := b.NewAdd(I0, b.NewMul(b.NewLShr(warp, i32(2)), i32(32))) // and probes
	// The keys' A fragments: rows jw + gq and + 8, dims 16s + 2·t4 (+ 8),
	// a b16 pair a register; a key past N is zeros.
	word := func(b kb, j value.Value, dim int64) value.Value {
		ok := b.NewICmp(enum.IPredSLT, j, pN)
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.i64(kvh), b.i64(pN)), b.i64(b.NewSelect(ok, j, i32(0)))), i64c(int64(d))), b.i64(b.NewAdd(b.NewShl(t4, i32(1)), i32(dim))))
		x := b.NewLoad(types.I32, b.NewBitCast(b.NewGetElementPtr(types.I16, pk, at), ip))
		return b.NewSelect(ok, x, i32(0))
	}
	qa := make([][]value.Value, steps)
	if R > 0 {
		// The dots' GEMM sums over the dims in another order (any order
		// of k serves, B's the same: poolFrag): within dims [32p, 32p +
		// 32), lane t4's k-steps 2p and 2p + 1 take dims 32p + 8·t4 + 0…3
		// and + 4…7 (a0/a1 the first pair, a2/a3 the second), so that a
		// row's four registers of two k-steps are one 16-byte load (d is
		// a multiple of 32: permDots).
		v4 := types.NewVector(4, types.I32)
		for p := range steps / 2 {
			var rows [2][4]value.Value
			for r := range int64(2) {
				j := b.NewAdd(jw, b.NewAdd(gq, i32(8*r)))
				ok := b.NewICmp(enum.IPredSLT, j, pN)
				at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.i64(kvh), b.i64(pN)), b.i64(b.NewSelect(ok, j, i32(0)))), i64c(int64(d))), b.i64(b.NewAdd(b.NewShl(t4, i32(3)), i32(32*p))))
				ld := b.NewLoad(v4, b.NewBitCast(b.NewGetElementPtr(types.I16, pk, at), types.NewPointer(v4)))
				ld.Align = 16
				for e := range int64(4) {
					rows[r][e] = b.NewSelect(ok, b.NewExtractElement(ld, i32(e)), i32(0))
				}
			}
			// a0: row gq, k 2t4…; a1: row gq + 8; a2: row gq, k 2t4 + 8…; a3: row gq + 8.
			qa[2*p] = []value.Value{rows[0][0], rows[1][0], rows[0][1], rows[1][1]}
			qa[2*p+1] = []value.Value{rows[0][2], rows[1][2], rows[0][3], rows[1][3]}
		}
	} else {
		for s := range steps {
			for _, r := range [4][2]int64{{0, 0}, {8, 0}, {0, 8}, {8, 8}} {
				qa[s] = append(qa[s], word(b, b.NewAdd(jw, b.NewAdd(gq, i32(r[0]))), 16*s+r[1]))
			}
		}
	}
	acc := make([][]value.Value, 4) // [n-tile][4]
	for nt := range acc {
		acc[nt] = []value.Value{f32(0), f32(0), f32(0), f32(0)}
	}
	v2 := types.NewVector(2, types.Float)
	v2i := types.NewVector(2, types.I32)
	nt8 := b.NewSDiv(b.NewAdd(nP, i32(7)), i32(8))
	for s := range steps {
		for nt := range int64(4) {
			if R > 0 {
				// The tile means' parts as poolFrag laid them out: this
				// lane's b0, b1 of n-tile (sw + 8·nt)/8, k-step s, each
				// part, 256 bytes a warp; an n-tile past the last is zeros.
				nti := b.NewSDiv(b.NewAdd(sw, i32(8*nt)), i32(8))
				ok := b.NewICmp(enum.IPredSLT, nti, nt8)
				base := b.NewMul(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.i64(h), b.i64(nt8)), b.i64(b.NewSelect(ok, nti, i32(0)))), i64c(steps)), i64c(s)), i64c(3))
				c := acc[nt]
				for part := int64(2); part >= 0; part-- { // the smallest first
					at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.NewAdd(base, i64c(part)), i64c(32)), b.i64(lane)), i64c(2)), i64c(0))
					ld := b.NewLoad(v2i, b.NewBitCast(b.NewGetElementPtr(types.Float, ppm, at), types.NewPointer(v2i)))
					ld.Align = 8
					w0, w1 := b.NewSelect(ok, b.NewExtractElement(ld, i32(0)), i32(0)), b.NewSelect(ok, b.NewExtractElement(ld, i32(1)), i32(0))
					c = b.mma("bf16", qa[s], w0, w1, c)
				}
				acc[nt] = c
				continue
			}
			// Probe sw + 8·nt + gq's dims 16s + 2·t4, + 1 (b0) and + 8, + 9
			// (b1), split into parts; a probe past the last is zeros.
			p := b.NewAdd(sw, b.NewAdd(gq, i32(8*nt)))
			ok := b.NewICmp(enum.IPredSLT, p, nP)
			row := b.NewMul(b.NewAdd(b.NewMul(h, nP), b.NewSelect(ok, p, i32(0))), i32(int64(d)))
			var parts [3][2]value.Value // [part][b0, b1]
			for hh, col := range [2]int64{0, 8} {
				at := b.NewAdd(row, b.NewAdd(b.NewShl(t4, i32(1)), i32(16*s+col)))
				ld := b.NewLoad(v2, b.NewBitCast(b.NewGetElementPtr(types.Float, ppm, b.i64(at)), types.NewPointer(v2)))
				ld.Align = 8
				x0, x1 := b.NewSelect(ok, b.NewExtractElement(ld, i32(0)), f32(0)), b.NewSelect(ok, b.NewExtractElement(ld, i32(1)), f32(0))
				for part, w := range b.split3("bf16", x0, x1) {
					parts[part][hh] = w
				}
			}
			c := acc[nt]
			for part := 2; part >= 0; part-- { // the smallest first
				c = b.mma("bf16", qa[s], parts[part][0], parts[part][1], c)
			}
			acc[nt] = c
		}
	}
	if R > 0 {
		b = g.permDotsStore(b, c, acc, nP, jw, sw, gq, t4, seg, R, bq, scale)
		b.NewRet(nil)
		return Kernel{Name: name, Kind: cuda.KindPermProbe, BlockRows: 256, D: d, Rows: seg, BQ: bq, Arg: "dots"}
	}
	// c0, c1: key jw + gq, probes 2·t4, + 1 of the n-tile; c2, c3: key + 8.
	for nt := range int64(4) {
		for e := range int64(4) {
			p := b.NewAdd(sw, b.NewAdd(b.NewShl(t4, i32(1)), i32(8*nt+(e&1))))
			j := b.NewAdd(jw, b.NewAdd(gq, i32(8*(e>>1))))
			x := b.NewFAdd(b.NewFMul(acc[nt][e], f32(scale)), f32(0))
			P := b.imin(b.NewMul(p, i32(int64(seg))), pN)
			b = b.when(b.NewAnd(b.NewICmp(enum.IPredSLT, p, pNS), b.NewICmp(enum.IPredSLT, j, P)), func(b kb) kb {
				off, _ := permPrefix(b, seg, pNS, p, h, i32(0))
				b.NewStore(b.NewBitCast(x, types.I32), b.NewGetElementPtr(types.I32, ps, b.NewAdd(off, b.i64(j))))
				return b
			})
		}
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermProbe, BlockRows: 256, D: d, Rows: seg}
}

// permDotsStore is permProbeMMAWith's epilogue with per-key dots: acc[nt]
// holds, for keys jw + gq (c0, c1) and + 8 (c2, c3), the dots of query
// tiles sw + 8·nt + 2·t4 and + 1 (nQ of them). Each lane writes its two
// dots of a key (8 bytes: R is even, so both are of one segment), and the segment's score from
// the lanes holding its R tiles: their weighted dots added by butterflies
// (every lane takes part, so before any branch), written by the segment's
// first lane.
func (g *gen) permDotsStore(b kb, c probeCTA, acc [][]value.Value, nQ, jw, sw, gq, t4 value.Value, seg, R, bq int, scale float64) kb {
	ps, pNS, pN, pM, h := c.scr, c.NS, c.N, c.M, c.h
	rows := func(b kb, I value.Value) value.Value { // n_I: rows of query tile I
		return b.NewSIToFP(b.imax(b.imin(i32(int64(bq)), b.NewSub(pM, b.NewMul(I, i32(int64(bq))))), i32(0)), types.Float)
	}
	for nt := range int64(4) {
		I := b.NewAdd(sw, b.NewAdd(b.NewShl(t4, i32(1)), i32(8*nt))) // this lane's first tile (even)
		s := b.NewSDiv(I, i32(int64(R)))
		for half := range int64(2) { // c0, c1: key jw + gq; c2, c3: + 8
			j := b.NewAdd(jw, b.NewAdd(gq, i32(8*half)))
			x0, x1 := acc[nt][2*half], acc[nt][2*half+1]
			// The segment's weighted sum: this lane's pair, then (R ≥ 4)
			// the partners' — lane ^ 1 holds tiles I ^ 2, I ^ 3, lane ^ 2
			// the next four.
			var wsum value.Value = b.NewFAdd(b.NewFMul(rows(b, I), x0), b.NewFMul(rows(b, b.NewAdd(I, i32(1))), x1))
			for sh := int64(1); 2*sh < int64(R); sh *= 2 {
				wsum = b.NewFAdd(wsum, b.bfly(wsum, sh))
			}
			P := b.imin(b.NewMul(s, i32(int64(seg))), pN)
			in := b.NewAnd(b.NewICmp(enum.IPredSLT, s, pNS), b.NewICmp(enum.IPredSLT, j, P))
			b = b.when(b.NewAnd(in, b.NewICmp(enum.IPredSLT, I, nQ)), func(b kb) kb {
				off, _ := permPrefix(b, seg, pNS, s, h, i32(0))
				at := b.NewAdd(b.NewMul(b.NewAdd(off, b.i64(j)), i64c(int64(R))), b.i64(b.NewSRem(I, i32(int64(R)))))
				v := b.NewInsertElement(b.NewInsertElement(constant.NewUndef(types.NewVector(2, types.Float)), x0, i32(0)), x1, i32(1))
				st := b.NewStore(v, b.NewBitCast(b.NewGetElementPtr(types.Float, c.dots, at), types.NewPointer(types.NewVector(2, types.Float))))
				st.Align = 8
				// The segment's first lane: its score.
				first := b.NewICmp(enum.IPredEQ, b.NewSRem(I, i32(int64(R))), i32(0))
				return b.when(first, func(b kb) kb {
					n := b.imin(i32(int64(seg)), b.NewSub(pM, b.NewMul(s, i32(int64(seg)))))
					x := b.NewFAdd(b.NewFDiv(b.NewFMul(wsum, f32(scale)), b.NewSIToFP(n, types.Float)), f32(0)) // −0 as +0
					b.NewStore(b.NewBitCast(x, types.I32), b.NewGetElementPtr(types.I32, ps, b.NewAdd(off, b.i64(j))))
					return b
				})
			})
		}
	}
	return b
}

// permCode is score x's order code: ascending in the code as unsigned is
// descending in x (−0 was made +0 by the caller's addition).
func permCode(b kb, x value.Value) value.Value {
	fb := b.NewBitCast(x, types.I32)
	neg := b.NewICmp(enum.IPredSLT, fb, i32(0))
	asc := b.NewXor(fb, b.NewSelect(neg, i32(-1), i32(math.MinInt32)))
	return b.NewXor(asc, i32(-1))
}

// permScores emits the scores of the permuted key tiles (see the file
// comment): grid (⌈NK/8⌉, NS, H) of permScoresThreads(d) threads; for each
// of the CTA's tiles J < s·seg/bk, the mean of the keys the order puts
// there (perm[h, s, J·bk …]), then e[h, I, J] = c·log2(e)·q̄[h, I]·k̄ for
// every query tile I of segment s — the raw scores the GEMM (scores)
// wrote for the unpermuted tiles. The keys are read in chunks of v dims a
// thread (16 bytes where d allows), d/v threads a key and as many keys
// at once as the CTA holds groups, all of a thread's loads of a tile in
// flight before any is added; each group's partial sums meet in shared
// memory. (A thread per dim reading two bytes a key, one key at a time,
// kept the L1 71 % busy at IPC 2.6 on instructions alone: 3.9 ms at
// 32768, 64.7 at 131072.) Parameters: k [G, N, d] (b16 or f32), qm [H, NQ, d],
// e [H, NQ, NK], perm [H, NS, N], M, N, NQ, NK, NS, group.
func (g *gen) permScores(name, dt string, d, bq, bk, seg int, scale float64) Kernel {
	et := elemType(dt)
	hp, fp, ip := types.NewPointer(et), types.NewPointer(types.Float), types.NewPointer(types.I32)
	pk, pqm, pe, pp := ir.NewParam("k", hp), ir.NewParam("qm", fp), ir.NewParam("e", fp), ir.NewParam("perm", ip)
	pM, pN, pNQ, pNK := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32)
	pNS, pG := ir.NewParam("NS", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pk, pqm, pe, pp, pM, pN, pNQ, pNK, pNS, pG)
	f.CallingConv = ptxKernel
	T, v := permScoresThreads(d), permScoresChunk(d)
	lk := d / v      // threads a key
	groups := T / lk // keys read at once
	U := (bk + groups - 1) / groups
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(T))
	red := g.shared(name+"_red", types.NewArray(32, types.Float), 16)
	sums := g.shared(name+"_sums", types.NewArray(uint64(groups*d), types.Float), 16) // [group][dim]
	b := kb{f.NewBlock("entry"), g}
	t, s, h := b.sreg("tid.x"), b.sreg("ctaid.y"), b.sreg("ctaid.z")
	grp, c := b.NewSDiv(t, i32(int64(lk))), b.NewSRem(t, i32(int64(lk)))
	loads := b.NewICmp(enum.IPredSLT, grp, i32(int64(groups))) // a thread of a key group
	J0 := b.NewMul(b.sreg("ctaid.x"), i32(cuda.PermScoresTiles))
	lo := b.NewMul(s, i32(int64(seg)))
	J1 := b.imin(b.NewAdd(J0, i32(cuda.PermScoresTiles)), b.NewSDiv(b.imin(lo, pN), i32(int64(bk)))) // the permuted tiles
	I0 := b.NewSDiv(lo, i32(int64(bq)))
	I1 := b.imin(b.NewSDiv(b.NewAdd(b.NewAdd(lo, i32(int64(seg))), i32(int64(bq-1))), i32(int64(bq))), pNQ)
	row := b.NewGetElementPtr(types.I32, pp, b.NewMul(b.i64(b.NewAdd(b.NewMul(h, pNS), s)), b.i64(pN)))
	kh := b.NewGetElementPtr(et, pk, b.NewAdd(b.NewMul(b.NewMul(b.i64(b.NewSDiv(h, pG)), b.i64(pN)), i64c(int64(d))), b.i64(b.NewMul(c, i32(int64(v))))))
	scaleC := f32(scale * math.Log2E)
	b = b.each(J0, J1, i32(1), func(b kb, J value.Value) kb {
		r0 := b.NewMul(J, i32(int64(bk)))
		b = b.when(loads, func(b kb) kb {
			// This thread's keys of the tile: r = grp, grp + groups, …
			var xs [][]value.Value
			for u := range U {
				r := b.NewAdd(grp, i32(int64(u*groups)))
				var x []value.Value
				zero := make([]value.Value, v)
				for e := range zero {
					zero[e] = constant.NewInt(types.I16, 0)
					if dt == "f32" {
						zero[e] = f32(0)
					}
				}
				b, x = b.condVals(b.NewICmp(enum.IPredSLT, r, i32(int64(bk))), zero, func(b kb) (kb, []value.Value) {
					j := b.NewLoad(types.I32, b.i32At(row, b.NewAdd(r0, r)))
					return b, b.loadLanes(et, b.NewGetElementPtr(et, kh, b.NewMul(b.i64(j), i64c(int64(d)))), v)
				})
				xs = append(xs, x)
			}
			for e := range v {
				var acc value.Value = f32(0)
				for u := range U {
					acc = b.NewFAdd(acc, b.widen(dt, xs[u][e]))
				}
				b.NewStore(acc, b.sharedAt(sums, b.NewAdd(b.NewMul(grp, i32(int64(d))), b.NewAdd(b.NewMul(c, i32(int64(v))), i32(int64(e))))))
			}
			return b
		})
		b.barrier()
		// Thread t < d: the tile's mean key in dim t, the groups' sums
		// added in order.
		var mean value.Value = f32(0)
		b, mean = b.cond(b.NewICmp(enum.IPredSLT, t, i32(int64(d))), func(b kb) (kb, value.Value) {
			var acc value.Value = f32(0)
			for gi := range groups {
				acc = b.NewFAdd(acc, b.NewLoad(types.Float, b.sharedAt(sums, b.NewAdd(i32(int64(gi*d)), t))))
			}
			return b, b.NewFDiv(acc, f32(float64(bk)))
		}, f32(0))
		b = b.each(I0, I1, i32(1), func(b kb, I value.Value) kb {
			hI := b.NewAdd(b.NewMul(h, pNQ), I)
			var q value.Value
			b, q = b.cond(b.NewICmp(enum.IPredSLT, t, i32(int64(d))), func(b kb) (kb, value.Value) {
				return b, b.NewLoad(types.Float, b.NewGetElementPtr(types.Float, pqm, b.i64(b.NewAdd(b.NewMul(hI, i32(int64(d))), t))))
			}, f32(0))
			sum, b := b.blockReduce(b.NewFMul(q, mean), red, t, T, func(b kb, x, y value.Value) value.Value { return b.NewFAdd(x, y) })
			return b.when(b.NewICmp(enum.IPredEQ, t, i32(0)), func(b kb) kb {
				b.NewStore(b.NewFMul(sum, scaleC), b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(hI, pNK), J))))
				return b
			})
		})
		b.barrier() // the sums read before the next tile's are written
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermScores, BlockRows: T, D: d, BQ: bq, BK: bk, Rows: seg}
}

// poolFrag pools the query tiles' means for the per-key dots' GEMM
// (permDots): each mean (a float32, as pool's) written as its three bf16
// parts hi + mid + lo (split3) straight into the mma's B fragments, [H]
// [⌈NT/8⌉][d/16][3][32][2] u32: n-tile T/8, k-step 2·(c/32) + (c mod
// 8)/4, part, lane 4·(T mod 8) + (c mod 32)/8, register (c mod 4)/2, half
// c mod 2 (the GEMM's order of the dims, whose A fragments of two k-steps
// are one 16-byte load of a key) — so a
// warp loads a (k-step, n-tile, part)'s fragments as 256 contiguous
// bytes, where the float32 means cost it eight rows' scattered loads and
// a split per element in every warp that reads them. Tiles from NT to the
// next multiple of 8 are zeros. Parameters: x (b16 [H, L, d]), out, L, NT;
// grid (⌈NT/8⌉·8, H), d threads (rounded up to whole warps).
func (g *gen) poolFrag(name, dt string, d, rows int) Kernel {
	hp := types.NewPointer(types.I16)
	px, po, pL, pNT := ir.NewParam("x", hp), ir.NewParam("out", hp), ir.NewParam("L", types.I32), ir.NewParam("NT", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pL, pNT)
	f.CallingConv = ptxKernel
	threads := (d + 31) / 32 * 32
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	b := kb{f.NewBlock("entry"), g}
	t, T, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	b = b.when(b.NewICmp(enum.IPredSLT, t, i32(int64(d))), func(b kb) kb {
		var mean value.Value
		b, mean = b.cond(b.NewICmp(enum.IPredSLT, T, pNT), func(b kb) (kb, value.Value) {
			return b.poolMean(dt, d, rows, px, pL, t, T, h)
		}, f32(0))
		nt8 := b.NewSDiv(b.NewAdd(pNT, i32(7)), i32(8))
		// Dim c's place (the GEMM's order of k, permProbeMMAWith): w = c
		// mod 32 is lane t4 = w/8's, k-step 2·(c/32) + (w mod 8)/4,
		// register (w mod 4)/2, half c mod 2.
		w := b.NewAnd(t, i32(31))
		ks := b.NewAdd(b.NewShl(b.NewLShr(t, i32(5)), i32(1)), b.NewLShr(b.NewAnd(w, i32(7)), i32(2)))
		lane := b.NewAdd(b.NewShl(b.NewAnd(T, i32(7)), i32(2)), b.NewLShr(w, i32(3)))
		word := b.NewMul(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.i64(h), b.i64(nt8)), b.i64(b.NewLShr(T, i32(3)))), i64c(int64(d/16))), b.i64(ks)), i64c(3))
		for i, part := range b.split3("bf16", mean, f32(0)) {
			u := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(b.NewAdd(word, i64c(int64(i))), i64c(32)), b.i64(lane)), i64c(2)), b.i64(b.NewLShr(b.NewAnd(w, i32(3)), i32(1))))
			at := b.NewAdd(b.NewMul(u, i64c(2)), b.i64(b.NewAnd(t, i32(1))))
			b.NewStore(b.NewTrunc(part, types.I16), b.NewGetElementPtr(types.I16, po, at))
		}
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPool, BlockRows: threads, D: d, BQ: rows, Arg: "qfrag"}
}

// permDots says whether S2O's permuted tiles are rescored from per-key
// dots (permScoresDots) rather than from the keys (permScores): the
// probes' GEMM on the tensor cores (permProbeTensor) with d a multiple of
// 32 (its keys loaded two k-steps at a time), the segment whole
// query tiles, R = seg/bq of them, R ∈ {2, 4, 8} (a lane's two tiles of
// one segment, its segment met by at most two butterflies), and the key
// tiles whole segments' fractions (bk divides seg, so every permuted
// tile is full). ATTNC_PERM_DOTS=0 keeps the keys' path, for the A/B.
func permDots(dt string, d, bq, bk, seg int) int {
	R := 0
	if bq > 0 && seg%bq == 0 {
		R = seg / bq
	}
	if !permProbeTensor(dt, d) || d%32 != 0 || (R != 2 && R != 4 && R != 8) || bk%16 != 0 || seg%bk != 0 || os.Getenv("ATTNC_PERM_DOTS") == "0" {
		return 0
	}
	return R
}

// permScoresDots emits the scores of the permuted key tiles from the
// per-key dots the probes' GEMM wrote (permDots): grid (⌈NK/32⌉, NS, H)
// of 128 threads, sixteen a tile, eight tiles at a time (every tile's
// loads issued before any is added); for each of the CTA's tiles J < s·L/bk
// and each of the segment's R query tiles I = s·R + u, e[h, I, J] =
// c·log₂e·(Σ_r dots[h, s, perm[h, s, J·bk + r], u]) / bk — by linearity
// the mean key's dot q̄_I·k̄_J that permScores computes from the keys,
// from R floats a key instead of its d b16 dims. A thread adds bk/16 keys
// (all loaded first), the tile's sixteen lanes meet by butterflies.
// Parameters: dots (f32 [H][Σ_s s·L][R]), e [H, NQ, NK], perm [H, NS,
// N], N, NQ, NK, NS.
func (g *gen) permScoresDots(name string, bq, bk, seg, R int, scale float64) Kernel {
	fp, ip := types.NewPointer(types.Float), types.NewPointer(types.I32)
	pd, pe, pp := ir.NewParam("dots", fp), ir.NewParam("e", fp), ir.NewParam("perm", ip)
	pN, pNQ, pNK, pNS := ir.NewParam("N", types.I32), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("NS", types.I32)
	f := g.m.NewFunc(name, types.Void, pd, pe, pp, pN, pNQ, pNK, pNS)
	f.CallingConv = ptxKernel
	const T = 128 // eight tiles at a time, sixteen threads a tile
	const its = cuda.PermScoresDotsTiles / 8
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(T))
	b := kb{f.NewBlock("entry"), g}
	t, s, h := b.sreg("tid.x"), b.sreg("ctaid.y"), b.sreg("ctaid.z")
	lane := b.NewAnd(t, i32(15))
	lo := b.NewMul(s, i32(int64(seg)))
	J1 := b.NewSDiv(b.imin(lo, pN), i32(int64(bk))) // the permuted tiles
	J0 := b.NewMul(b.sreg("ctaid.x"), i32(cuda.PermScoresDotsTiles))
	work, skip := kb{f.NewBlock("work"), g}, kb{f.NewBlock("skip"), g}
	b.NewCondBr(b.NewICmp(enum.IPredSLT, J0, J1), work.Block, skip.Block)
	skip.NewRet(nil)
	b = work
	row := b.NewGetElementPtr(types.I32, pp, b.NewMul(b.i64(b.NewAdd(b.NewMul(h, pNS), s)), b.i64(pN)))
	off, _ := permPrefix(b, seg, pNS, s, h, i32(0))
	U := bk / 16
	// Every load of the CTA's tiles first: tile J0 + 8·it + t/16, keys
	// lane, lane + 16, ….
	type tileLoads struct {
		J  value.Value
		ok value.Value
		xs [][]value.Value
	}
	var tl []tileLoads
	for it := range its {
		J := b.NewAdd(J0, b.NewAdd(i32(int64(8*it)), b.NewLShr(t, i32(4))))
		ok := b.NewICmp(enum.IPredSLT, J, J1)
		var xs [][]value.Value
		for u := range U {
			var x []value.Value
			zero := make([]value.Value, R)
			for e := range zero {
				zero[e] = f32(0)
			}
			b, x = b.condVals(ok, zero, func(b kb) (kb, []value.Value) {
				r := b.NewAdd(b.NewMul(J, i32(int64(bk))), b.NewAdd(lane, i32(int64(16*u))))
				j := b.NewLoad(types.I32, b.i32At(row, r))
				at := b.NewMul(b.NewAdd(off, b.i64(j)), i64c(int64(R)))
				return b, b.loadLanes(types.Float, b.NewGetElementPtr(types.Float, pd, at), R)
			})
			xs = append(xs, x)
		}
		tl = append(tl, tileLoads{J, ok, xs})
	}
	scaleC := f32(scale * math.Log2E)
	for _, c := range tl {
		for e := range R {
			acc := c.xs[0][e]
			for u := 1; u < U; u++ {
				acc = b.NewFAdd(acc, c.xs[u][e])
			}
			for sh := int64(8); sh >= 1; sh /= 2 { // the tile's sixteen lanes (every lane takes part)
				acc = b.NewFAdd(acc, b.bfly(acc, sh))
			}
			I := b.NewAdd(b.NewMul(s, i32(int64(R))), i32(int64(e)))
			in := b.NewAnd(b.NewAnd(c.ok, b.NewICmp(enum.IPredEQ, lane, i32(0))), b.NewICmp(enum.IPredSLT, I, pNQ))
			b = b.when(in, func(b kb) kb {
				x := b.NewFMul(b.NewFDiv(acc, f32(float64(bk))), scaleC)
				b.NewStore(x, b.NewGetElementPtr(types.Float, pe, b.i64(b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pNQ), I), pNK), c.J))))
				return b
			})
		}
	}
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPermScores, BlockRows: T, BQ: bq, BK: bk, Rows: seg, Arg: "dots"}
}

// permScoresChunk is the dims a perm-scores thread reads at once: 8 (16
// bytes) where d allows, else the largest of 4, 2, 1 that divides it.
func permScoresChunk(d int) int {
	v := 8
	for d%v != 0 {
		v /= 2
	}
	return v
}

// permScoresThreads is a perm-scores CTA's threads: 128, or d rounded up
// to a warp where d is larger (a thread per dim for the means).
func permScoresThreads(d int) int { return max(128, (d+31)/32*32) }
