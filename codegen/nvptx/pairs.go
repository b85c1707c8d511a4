package nvptx

import (
	"fmt"
	"os"
	"strconv"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// Pairs of query tiles (Options.PairLists).
//
// A sparse kernel of 64-row query tiles copies a K and a V tile (32 KB
// at d = 128) for every 64 × 64 tile it computes: at 131072 tokens and
// 9 % of the tiles that is ≈ 7.6 TB/s out of L2, and the kernel ran a
// tile at 0.80 of dense's rate, whose 128-row CTAs copy half as much a
// tile (docs/gpu-notes.md, thirty-third session). Neighbouring query
// tiles choose many of the same key tiles: the union of two neighbours'
// lists is 0.58–0.60 of their two lengths on the synthetic inputs at
// 131072, 0.59–0.72 on the real traces (internal/pairstat). So the pair
// kernel is the dense producer kernel (mma_ws.go) over pairs of query
// tiles: consumer warpgroup w computes query tile 2p + w, and both walk
// the union of the pair's lists, each K and V tile copied once for the
// two. A tile of the union outside warpgroup w's own list is masked
// whole for it (every score −inf, so P = 0 and m, ℓ, O unchanged): the
// wgmma still runs, 17–21 % more products than the lists on the
// benchmarks' inputs. On an H100 (8 heads, 131072) that made the budget's
// step 5.6 % faster, best's kernel 3.4 %, and MInference's 18.7 %
// slower (BENCHMARKS.md): off by default.

// The union is built on the device before the attention kernel by the
// pair-list kernel (pairList): out[h, p, t] = J | b << 24 for the union's
// tiles J in ascending order, b's bit w set where tile 2p + w lists J,
// then one −1 unless the union has NK tiles. The attention kernel reads
// the classes of its own query tile (the list's [CH, NQ, NK] table) and
// the bit of its warpgroup.

// pairShift is the bit of the pair list's entries where a tile's
// membership bits start (tile indices stay below 2^24).
const pairShift = 24

// pairKernel says whether step s's kernel is the pair kernel under opts:
// a sparse kernel of 64-row query tiles and 64-key tiles on wgmma with d
// = dv ≤ 128, plain or compensating (no score mod, gathered keys, early
// exit, per-row lists, key lengths or query offset).
func pairKernel(s *tile.Step, opts Options) bool {
	if !pairLists(opts) || !opts.WGMMA {
		return false
	}
	a := readOps(s)
	plain := a.mod == nil && !a.gather && a.exit == nil // compensation may pair
	return a.sparse && plain && !a.rows && !a.lens && !a.offset && a.bq == 64 && a.d == a.dv && a.d <= 128 && a.bk == 64
}

// pairLists is opts.PairLists unless ATTNC_PAIR says 0 or 1 (the A/B).
func pairLists(opts Options) bool {
	switch os.Getenv("ATTNC_PAIR") {
	case "0":
		return false
	case "1":
		return true
	}
	return opts.PairLists
}

// pairSkip is opts.PairSkip unless ATTNC_PAIR_SKIP says 0 or 1: whether
// the pair kernel skips the union's tiles outside a consumer's list
// (mma_overlap.go's skipJoin) instead of masking them whole. Correct on an
// H100 (the interpreter, memcheck, racecheck) but, at two stages, slower
// than masking on the budget's lists: the ring keeps the consumers in
// lock-step, so a tile one of them skips is run by the other alone
// (docs/gpu-notes.md, thirty-fourth session).
func pairSkip(opts Options) bool {
	switch os.Getenv("ATTNC_PAIR_SKIP") {
	case "0":
		return false
	case "1":
		return true
	}
	return opts.PairSkip
}

// pairOrderSplit says whether the pair-list kernel of the pair kernel k
// writes the skipping consumers' order (pairList's split): where k skips
// (its emitter decided, Kernel.PairSkip), unless ATTNC_PAIR_ORDER=asc
// asks for the ascending union (the A/B). A masked pair kernel's cost
// does not depend on the order; its list stays ascending.
func pairOrderSplit(k Kernel) bool {
	return k.PairSkip && os.Getenv("ATTNC_PAIR_ORDER") != "asc"
}

// pairStages is the pair kernel's K/V stages: 2, or ATTNC_PAIR_STAGES
// (2 to 4), for the A/B.
func pairStages() int64 {
	n, err := strconv.Atoi(os.Getenv("ATTNC_PAIR_STAGES"))
	if err != nil || n < 2 || n > 4 {
		return 2
	}
	return int64(n)
}

// pairWarpgroup is this consumer thread's warpgroup (0 or 1), which is its
// query tile of the pair; the producer's value is unused.
func (em *mmaEmitter) pairWarpgroup(b kb) value.Value {
	return b.NewAnd(b.NewLShr(em.warp, i32(2)), i32(1))
}

// listRaw is entry t of the item's list as stored: with pairs, J and its
// membership bits.
func (em *mmaEmitter) listRaw(b kb, t value.Value) value.Value {
	return b.NewLoad(types.I32, b.NewGetElementPtr(types.I32, em.pList, b.i64(b.NewAdd(em.listBase, t))))
}

// pairTile is the tile of a pair list's entry raw (-1 where raw < 0).
func (b kb) pairTile(raw value.Value) value.Value {
	return b.NewSelect(b.NewICmp(enum.IPredSLT, raw, i32(0)), i32(-1), b.NewAnd(raw, i32(1<<pairShift-1)))
}

// pairMember says whether entry raw's tile is in the list of this
// thread's warpgroup (em.pairW).
func (em *mmaEmitter) pairMember(b kb, raw value.Value) value.Value {
	bit := b.NewAnd(b.NewLShr(raw, b.NewAdd(em.pairW, i32(pairShift))), i32(1))
	return b.NewICmp(enum.IPredNE, bit, i32(0))
}

// pairWidth is the entries of a pair list (cuda.Kernel.PairWidth): NK,
// and with compensation the ⌈NK/bk⌉ mean-key tiles too — each tile's
// list holds at most NK entries, but the union of two may hold every
// key tile and a mean-key tile (one list skipping a tile the other
// takes).
func (em *mmaEmitter) pairWidth(e kb) value.Value {
	if !em.ops.compensate {
		return em.pNK
	}
	return e.NewAdd(em.pNK, e.NewSDiv(e.NewAdd(em.pNK, i32(em.bk-1)), i32(em.bk)))
}

// pairList emits the kernel that builds the pair kernel's lists: a CTA
// per (pair p, head h), 256 threads. It takes the selection's lists
// ([H/lh, NQ, 2, NK], each ending at its first −1: the entries after it
// are not defined; with compensation, mean-key tiles NK + c among them)
// and writes out [H, ⌈NQ/2⌉, W] (W: pairWidth; see above). Its
// parameters: list, lh, NQ, NK, W, out. The tiles are flagged in
// windows of pairWindow (its shared flags, a byte a tile), the lists read
// once a window:
//
//	n = 0
//	for each window [w0, w0 + pairWindow) of [0, W):
//		flags = 0
//		for w in 0, 1 with 2p + w < NQ:
//			for each J of list[h/lh, 2p+w] before its −1, in the window: flags[J − w0] |= 1 << w
//		out[h, p, n…] = J | flags[J − w0] << 24 for J ascending with a flag; n += their count
//	out[h, p, n] = −1 unless n = W
//
// With split (the skipping consumers' order, pairOrderSplit) the entries
// are the same, in another order: the tiles both lists hold (ascending),
// then the tiles of one list only, tile 2p's and tile 2p + 1's
// alternating (each ascending), then the rest of the longer side's — so
// that where one consumer skips an entry the other computes, the next
// entry is the first one's, and the two compute at once instead of in
// turn (docs/gpu-notes.md, thirty-fourth session). The kernel then walks
// the windows twice: once to count the three kinds, once to write.
func (g *gen) pairList(name string, split bool) Kernel {
	return g.pairListWindow(name, pairWindow, split)
}

// pairWindow is the key tiles a window of the pair-list kernel flags
// (32 KB of shared memory); a list of more tiles takes more windows.
const pairWindow = 32768

// pairListWindow is pairList with windows of win tiles (the tests take
// small ones).
func (g *gen) pairListWindow(name string, win int64, split bool) Kernel {
	const threads = 256
	ip := types.NewPointer(types.I32)
	pl, plh, pNQ, pNK, pW, pout := ir.NewParam("list", ip), ir.NewParam("lh", types.I32), ir.NewParam("NQ", types.I32), ir.NewParam("NK", types.I32), ir.NewParam("W", types.I32), ir.NewParam("out", ip)
	f := g.m.NewFunc(name, types.Void, pl, plh, pNQ, pNK, pW, pout)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(threads))
	flags := g.shared(name+"_flags", types.NewArray(uint64(win), types.I8), 16)
	slots := g.shared(name+"_scan", types.NewArray(threads/32, types.I32), 16)
	sEnd := g.shared(name+"_end", types.I32, 4)
	b := kb{f.NewBlock("entry"), g}
	tid, p, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	step := i32(threads)
	nqp := b.NewLShr(b.NewAdd(pNQ, i32(1)), i32(1))
	src := b.NewSDiv(h, plh)
	outRow := b.NewMul(b.NewAdd(b.NewMul(h, nqp), p), pW)
	// walk flags the union window by window and calls emit for each
	// round of 256 flags with the tile j of the window, its flags fl and
	// the CTA's exclusive scan pos and total tot of x(fl); it carries
	// vals (emit returns the next).
	walk := func(b kb, vals []value.Value, x func(b kb, fl value.Value) value.Value, emit func(b kb, J, fl, pos, tot value.Value, vals []value.Value) (kb, []value.Value)) (kb, []value.Value) {
		return b.forN(i32(0), pW, i32(win), vals, func(b kb, w0 value.Value, vals []value.Value) (kb, []value.Value) {
			nw := b.imin(b.NewSub(pW, w0), i32(win)) // this window's tiles
			b = b.each(tid, nw, step, func(b kb, j value.Value) kb {
				b.NewStore(constant.NewInt(types.I8, 0), b.sharedAt(flags, j))
				return b
			})
			b.barrier()
			for w := range int64(2) {
				i := b.NewAdd(b.NewShl(p, i32(1)), i32(w))
				// Uniform over the CTA: every thread takes the branch or none.
				b = b.when(b.NewICmp(enum.IPredSLT, i, pNQ), func(b kb) kb {
					listRow := b.NewMul(b.NewMul(b.NewAdd(b.NewMul(src, pNQ), i), i32(2)), pNK)
					b, _ = b.eachListed(pl, listRow, pNK, tid, threads, sEnd, func(b kb, J value.Value) kb {
						// A list holds a tile once: no other thread writes flags[J − w0] in this pass.
						j := b.NewSub(J, w0)
						return b.when(b.NewICmp(enum.IPredULT, j, nw), func(b kb) kb {
							at := b.sharedAt(flags, j)
							b.NewStore(b.NewOr(b.NewLoad(types.I8, at), constant.NewInt(types.I8, 1<<w)), at)
							return b
						})
					})
					b.barrier() // the flags of w are in before the next pass reads them
					return b
				})
			}
			// The window's tiles in ascending order: a scan of 256 flags a round.
			hiR := b.NewMul(b.NewSDiv(b.NewAdd(nw, i32(threads-1)), i32(threads)), i32(threads))
			return b.forN(i32(0), hiR, step, vals, func(b kb, j0 value.Value, vals []value.Value) (kb, []value.Value) {
				j := b.NewAdd(j0, tid)
				in := b.NewICmp(enum.IPredSLT, j, nw)
				b, fl := b.cond(in, func(b kb) (kb, value.Value) {
					return b, b.NewZExt(b.NewLoad(types.I8, b.sharedAt(flags, j)), types.I32)
				}, i32(0))
				b, pos, tot := b.blockScan(x(b, fl), slots, tid, threads)
				b, vals = emit(b, b.NewAdd(w0, j), fl, pos, tot, vals)
				b.barrier() // the slots and flags are read before the next round's scan or window
				return b, vals
			})
		})
	}
	write := func(b kb, at, J, fl value.Value) kb {
		return b.when(b.NewICmp(enum.IPredNE, fl, i32(0)), func(b kb) kb {
			b.NewStore(b.NewOr(J, b.NewShl(fl, i32(pairShift))), b.i32At(pout, b.NewAdd(outRow, at)))
			return b
		})
	}
	var n value.Value
	if !split {
		some := func(b kb, fl value.Value) value.Value {
			return b.NewZExt(b.NewICmp(enum.IPredNE, fl, i32(0)), types.I32)
		}
		var v []value.Value
		b, v = walk(b, []value.Value{i32(0)}, some, func(b kb, J, fl, pos, tot value.Value, v []value.Value) (kb, []value.Value) {
			return write(b, b.NewAdd(v[0], pos), J, fl), []value.Value{b.NewAdd(v[0], tot)}
		})
		n = v[0]
	} else {
		// The three kinds counted at once, 10 bits each (a round's counts
		// are at most 256): both lists, 2p's only, 2p + 1's only.
		kind := func(b kb, fl value.Value) value.Value {
			is := func(v int64, sh int64) value.Value {
				return b.NewShl(b.NewZExt(b.NewICmp(enum.IPredEQ, fl, i32(v)), types.I32), i32(sh))
			}
			return b.NewOr(is(3, 0), b.NewOr(is(1, 10), is(2, 20)))
		}
		field := func(b kb, x value.Value, i int64) value.Value {
			return b.NewAnd(b.NewLShr(x, i32(10*i)), i32(1023))
		}
		zero := []value.Value{i32(0), i32(0), i32(0)}
		add := func(b kb, tot value.Value, v []value.Value) []value.Value {
			return []value.Value{b.NewAdd(v[0], field(b, tot, 0)), b.NewAdd(v[1], field(b, tot, 1)), b.NewAdd(v[2], field(b, tot, 2))}
		}
		var cnt []value.Value
		b, cnt = walk(b, zero, kind, func(b kb, _, _, _, tot value.Value, v []value.Value) (kb, []value.Value) {
			return b, add(b, tot, v)
		})
		nS, nA, nB := cnt[0], cnt[1], cnt[2]
		m := b.imin(nA, nB)
		// side is the position of the r-th tile of one list only (odd:
		// 2p + 1's): alternating while both sides have tiles, then in a row.
		side := func(b kb, r value.Value, odd int64) value.Value {
			alt := b.NewAdd(b.NewShl(r, i32(1)), i32(odd))
			rest := b.NewAdd(b.NewShl(m, i32(1)), b.NewSub(r, m))
			return b.NewAdd(nS, b.NewSelect(b.NewICmp(enum.IPredSLT, r, m), alt, rest))
		}
		b, _ = walk(b, zero, kind, func(b kb, J, fl, pos, tot value.Value, v []value.Value) (kb, []value.Value) {
			rS := b.NewAdd(v[0], field(b, pos, 0))
			rA := b.NewAdd(v[1], field(b, pos, 1))
			rB := b.NewAdd(v[2], field(b, pos, 2))
			at := b.NewSelect(b.NewICmp(enum.IPredEQ, fl, i32(3)), rS, b.NewSelect(b.NewICmp(enum.IPredEQ, fl, i32(1)), side(b, rA, 0), side(b, rB, 1)))
			return write(b, at, J, fl), add(b, tot, v)
		})
		n = b.NewAdd(nS, b.NewAdd(nA, nB))
	}
	b = b.when(b.NewAnd(b.NewICmp(enum.IPredEQ, tid, i32(0)), b.NewICmp(enum.IPredSLT, n, pW)), func(b kb) kb {
		b.NewStore(i32(-1), b.i32At(pout, b.NewAdd(outRow, n)))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindPairList, BlockRows: threads}
}
