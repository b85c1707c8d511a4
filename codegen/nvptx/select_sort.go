package nvptx

import (
	"os"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The select kernel's sort of a long row's taken tiles (modes top,
// density and all under order(score): an early stop's list holds every
// candidate, ≈ 1000 at 131072): a stable LSD radix sort of the codes'
// complements, radixBits bits a pass, where the bitonic sort (sortTaken)
// ran log₂P·(log₂P+1)/2 compare-exchange stages over the next power of
// two P — ≈ 35 instructions a pair, 66 stages at P = 2048, so that the
// sort took ≈ 0.85 of the select's 1.24 ms on accurate.attn at 131072 ×
// 8 heads (H100, thirty-sixth session). The passes cost ≈ 30
// instructions a tile each, and four barriers.
//
// A thread holds the tiles i = s·256 + tid (slot s < radixSlots) in
// registers: tile J and kd = ^code(J), so that ascending kd is the host's
// order (larger code first); the row's tiles enter in tile order (sC is
// ascending) and every pass is stable, so equal codes keep the lower tile
// first. A pass on digit d = kd's bits [shift, shift+radixBits):
//
//	count:  per entry e = s·8 + warp (the tiles' order is (slot, warp,
//	        lane)), each lane's peers of equal digit (match.any): its rank
//	        among them below it, and the lowest one stores their number at
//	        cnt[d·64 + e];
//	scan:   the 1024 counters in (digit, entry) order, four a thread, to
//	        exclusive prefixes (a CTA scan); the other buffer of counters
//	        zeroed for the next pass;
//	place:  a tile goes to cnt[d·64 + e] + its rank: into the row's two
//	        arrays in sX (J, then kd), reloaded by slot for the next pass;
//	        the last pass writes the list.
//
// sX holds the tiles (two arrays of radixSlots·256 words), sC the two
// buffers of counters: both are free once the slots are loaded.
const (
	radixSlots = 8
	radixBits  = 4
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
	const entries = radixSlots * warps
	const bufWords = digits * entries
	if 2*radixSlots*threads > SelectLimit || 2*bufWords > SelectLimit || bufWords != 4*threads {
		panic("BUG: sortRadix: the row's arrays or counters do not fit sX and sC")
	}
	tid, lane, warp := sel.tid, sel.lane, sel.warp
	below := b.NewSub(b.NewShl(i32(1), lane), i32(1))
	type slot struct {
		active, valid value.Value // the slot holds tiles (CTA-uniform); this thread's is one
		J, kd, rank   value.Value
	}
	slots := make([]slot, radixSlots)
	for s := range slots {
		i := b.NewAdd(i32(int64(s*threads)), tid)
		slots[s].active = b.NewICmp(enum.IPredSLT, i32(int64(s*threads)), K)
		slots[s].valid = b.NewICmp(enum.IPredSLT, i, K)
		var vs []value.Value
		b, vs = b.condVals(slots[s].active, []value.Value{i32(0), i32(0)}, func(b kb) (kb, []value.Value) {
			J := b.NewLoad(types.I32, b.sharedAt(sel.sC, b.NewSelect(slots[s].valid, i, i32(0))))
			return b, []value.Value{J, b.NewXor(b.NewLoad(types.I32, sel.x(b, J)), i32(-1))}
		})
		slots[s].J, slots[s].kd = vs[0], vs[1]
	}
	b.barrier() // every slot loaded: sX and sC are free
	zero := func(b kb, base int64) {
		for k := range int64(4) {
			b.NewStore(i32(0), b.sharedAt(sel.sC, b.NewAdd(tid, i32(base+k*threads))))
		}
	}
	zero(b, 0)
	b.barrier()
	digit := func(b kb, sl slot, shift int64) value.Value {
		return b.NewAnd(b.NewLShr(sl.kd, i32(shift)), i32(digits-1))
	}
	counter := func(b kb, cur int64, d value.Value, s int) value.Value {
		e := b.NewAdd(i32(int64(s*warps)), warp)
		return b.sharedAt(sel.sC, b.NewAdd(i32(cur), b.NewAdd(b.NewMul(d, i32(entries)), e)))
	}
	passes := 32 / radixBits
	for p := range passes {
		shift := int64(p * radixBits)
		cur, nxt := int64(p%2*bufWords), int64((p+1)%2*bufWords)
		last := p == passes-1
		// count
		for s := range slots {
			var vs []value.Value
			b, vs = b.condVals(slots[s].active, []value.Value{i32(0)}, func(b kb) (kb, []value.Value) {
				d := digit(b, slots[s], shift)
				peers := b.NewCall(sel.g.intrinsic("llvm.nvvm.match.any.sync.i32", types.I32, types.I32, types.I32), i32(-1), b.NewSelect(slots[s].valid, d, i32(digits)))
				r := b.popc(b.NewAnd(peers, below))
				lead := b.NewAnd(slots[s].valid, b.NewICmp(enum.IPredEQ, r, i32(0)))
				b = b.when(lead, func(b kb) kb {
					b.NewStore(b.popc(peers), counter(b, cur, d, s))
					return b
				})
				return b, []value.Value{r}
			})
			slots[s].rank = vs[0]
		}
		b.barrier()
		// scan
		var v [4]value.Value
		var sum value.Value = i32(0)
		for k := range v {
			v[k] = b.NewLoad(types.I32, b.sharedAt(sel.sC, b.NewAdd(b.NewMul(tid, i32(4)), i32(cur+int64(k)))))
			sum = b.NewAdd(sum, v[k])
		}
		var off value.Value
		b, off, _ = b.blockScan(sum, sel.sScanA, tid, threads)
		for k := range v {
			b.NewStore(off, b.sharedAt(sel.sC, b.NewAdd(b.NewMul(tid, i32(4)), i32(cur+int64(k)))))
			off = b.NewAdd(off, v[k])
		}
		zero(b, nxt)
		b.barrier()
		// place
		for s := range slots {
			sl := slots[s]
			b = b.when(b.NewAnd(sl.active, sl.valid), func(b kb) kb {
				at := b.NewAdd(b.NewLoad(types.I32, counter(b, cur, digit(b, sl, shift), s)), sl.rank)
				if last {
					put(b, sl.J, at)
					return b
				}
				b.NewStore(sl.J, b.sharedAt(sel.sX, at))
				b.NewStore(sl.kd, b.sharedAt(sel.sX, b.NewAdd(at, i32(radixSlots*threads))))
				return b
			})
		}
		if last {
			break
		}
		b.barrier()
		// reload
		for s := range slots {
			i := b.NewAdd(i32(int64(s*threads)), tid)
			var vs []value.Value
			b, vs = b.condVals(b.NewAnd(slots[s].active, slots[s].valid), []value.Value{slots[s].J, slots[s].kd}, func(b kb) (kb, []value.Value) {
				return b, []value.Value{b.NewLoad(types.I32, b.sharedAt(sel.sX, i)), b.NewLoad(types.I32, b.sharedAt(sel.sX, b.NewAdd(i, i32(radixSlots*threads))))}
			})
			slots[s].J, slots[s].kd = vs[0], vs[1]
		}
	}
	return b
}
