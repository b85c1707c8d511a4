package nvptx

import (
	"os"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The select kernel's sort of a long row's taken tiles (modes top,
// density and all under order(score) taking long rows, longRows: an
// early stop's list holds every candidate, ≈ 1000 at 131072): a stable
// LSD radix sort of the codes' complements, radixBits bits a pass, where
// the bitonic sort (sortTaken) ran log₂P·(log₂P+1)/2 compare-exchange
// stages over the next power of two P — ≈ 35 instructions a pair, 66
// stages at P = 2048, ≈ 0.85 of the select's 1.24 ms on accurate.attn at
// 131072 × 8 heads (H100, thirty-sixth session). A pass costs ≈ 40
// instructions a tile and four barriers.
//
// The tiles live in shared memory, two arrays (J, then kd = ^code(J), so
// that ascending kd is the host's order, larger code first) in sC, then
// in sX, the passes going from one to the other; a thread takes the
// tiles i = s·256 + tid. (Held in registers, eight slots a thread, the
// first version took 113 registers and two CTAs an SM against 40 and six:
// the stage 17 % faster than with the bitonic sort (the kernel alone 2 %)
// where 2–3× was predicted, and every select kernel carrying it slower; here the
// kernel keeps its registers and gives up one CTA an SM to the counters.)
// The row's tiles enter in tile order (sC is ascending) and every pass is
// stable, so equal codes keep the lower tile first. A pass on digit d =
// kd's bits [shift, shift+radixBits):
//
//	count:  per entry e = s·8 + warp (the tiles' order is (slot, warp,
//	        lane)), each lane's peers of equal digit (match.any); the
//	        lowest one stores their number at cnt[d·64 + e];
//	scan:   the 1024 counters in (digit, entry) order, four a thread, to
//	        exclusive prefixes (a CTA scan); the other buffer of counters
//	        (sRadix holds two) zeroed for the next pass;
//	place:  each lane's peers again: a tile goes to cnt[d·64 + e] plus
//	        the peers below it, in the other pair of arrays; the last
//	        pass writes the list.
const (
	radixSlots = 8
	radixBits  = 4
	radixCount = (1 << radixBits) * radixSlots * (selectThreads / 32) // counters a pass
)

// radixSort says whether long rows are sorted by sortRadix (ATTNC_SELECT_SORT
// unset or "radix") or by the bitonic sort ("bitonic", for the A/B).
func radixSort() bool { return os.Getenv("ATTNC_SELECT_SORT") != "bitonic" }

// sortRadix writes the K taken tiles of sC (ascending; a barrier precedes;
// selectThreads < K ≤ radixSlots·selectThreads) into the list in the
// host's order through put (tile, place).
func (sel *selectEmitter) sortRadix(b kb, K value.Value, put func(b kb, J, j value.Value)) kb {
	const threads = selectThreads
	const warps = threads / 32
	const digits = 1 << radixBits
	const half = radixSlots * threads // a pair's kd array follows its J array
	if 2*half > SelectLimit || radixCount != 4*threads {
		panic("BUG: sortRadix: the row's arrays or counters do not fit sX, sC and sRadix")
	}
	tid, lane, warp := sel.tid, sel.lane, sel.warp
	below := b.NewSub(b.NewShl(i32(1), lane), i32(1))
	hiK := b.NewMul(b.NewSDiv(b.NewAdd(K, i32(threads-1)), i32(threads)), i32(threads))
	// The tiles' kd beside their J in sC's second half (free: K ≤ half).
	b = b.each(tid, K, i32(threads), func(b kb, i value.Value) kb {
		J := b.NewLoad(types.I32, b.sharedAt(sel.sC, i))
		b.NewStore(b.NewXor(b.NewLoad(types.I32, sel.x(b, J)), i32(-1)), b.sharedAt(sel.sC, b.NewAdd(i, i32(half))))
		return b
	})
	zero := func(b kb, buf int64) {
		for k := range int64(4) {
			b.NewStore(i32(0), b.sharedAt(sel.sRadix, b.NewAdd(tid, i32(buf*radixCount+k*threads))))
		}
	}
	zero(b, 0)
	b.barrier() // sX's codes read, the counters zeroed
	// tile visits the row's tiles a lane at a time, every lane of a warp in
	// step (hiK): its kd, digit, peers and counter's index where valid.
	type tileAt struct {
		i, kd, peers, cnt value.Value
		valid             value.Value
	}
	visit := func(b kb, src *ir.Global, shift int64, buf int64, body func(b kb, t tileAt) kb) kb {
		return b.each(tid, hiK, i32(threads), func(b kb, i value.Value) kb {
			valid := b.NewICmp(enum.IPredSLT, i, K)
			kd := b.NewLoad(types.I32, b.sharedAt(src, b.NewAdd(b.NewSelect(valid, i, i32(0)), i32(half))))
			d := b.NewAnd(b.NewLShr(kd, i32(shift)), i32(digits-1))
			peers := b.NewCall(sel.g.intrinsic("llvm.nvvm.match.any.sync.i32", types.I32, types.I32, types.I32), i32(-1), b.NewSelect(valid, d, i32(digits)))
			e := b.NewAdd(b.NewMul(b.NewLShr(i, i32(8)), i32(warps)), warp)
			cnt := b.NewAdd(i32(buf*radixCount), b.NewAdd(b.NewMul(d, i32(radixSlots*warps)), e))
			return body(b, tileAt{i: i, kd: kd, peers: peers, cnt: cnt, valid: valid})
		})
	}
	passes := 32 / radixBits
	src, dst := sel.sC, sel.sX
	for p := range passes {
		shift := int64(p * radixBits)
		cur, nxt := int64(p%2), int64((p+1)%2)
		last := p == passes-1
		// count
		b = visit(b, src, shift, cur, func(b kb, t tileAt) kb {
			lead := b.NewAnd(t.valid, b.NewICmp(enum.IPredEQ, b.NewAnd(t.peers, below), i32(0)))
			return b.when(lead, func(b kb) kb {
				b.NewStore(b.popc(t.peers), b.sharedAt(sel.sRadix, t.cnt))
				return b
			})
		})
		b.barrier()
		// scan
		at := func(b kb, k int64) value.Value {
			return b.sharedAt(sel.sRadix, b.NewAdd(b.NewMul(tid, i32(4)), i32(cur*radixCount+k)))
		}
		var v [4]value.Value
		var sum value.Value = i32(0)
		for k := range v {
			v[k] = b.NewLoad(types.I32, at(b, int64(k)))
			sum = b.NewAdd(sum, v[k])
		}
		var off value.Value
		b, off, _ = b.blockScan(sum, sel.sScanA, tid, threads)
		for k := range v {
			b.NewStore(off, at(b, int64(k)))
			off = b.NewAdd(off, v[k])
		}
		zero(b, nxt)
		b.barrier()
		// place
		b = visit(b, src, shift, cur, func(b kb, t tileAt) kb {
			return b.when(t.valid, func(b kb) kb {
				to := b.NewAdd(b.NewLoad(types.I32, b.sharedAt(sel.sRadix, t.cnt)), b.popc(b.NewAnd(t.peers, below)))
				J := b.NewLoad(types.I32, b.sharedAt(src, t.i))
				if last {
					put(b, J, to)
					return b
				}
				b.NewStore(J, b.sharedAt(dst, to))
				b.NewStore(t.kd, b.sharedAt(dst, b.NewAdd(to, i32(half))))
				return b
			})
		})
		if !last {
			b.barrier()
		}
		src, dst = dst, src
	}
	return b
}
