package nvptx

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// MoBA's gate on the device (docs/passes.md "Per-row selection"): a
// rowscore(mean) and the rowselect reading it, as two launches,
//
//	pool:  k̄[g, b, :] = the mean of block b's keys of KV head g (a
//	       float32 sum, written as its three b16 parts: poolSplit in
//	       select.go, with tiles of `block` rows);
//	gate:  a CTA per (gateRows query rows: 16, or 32 as an experiment;
//	       head h), four warps: every
//	       row's scores a[i, b] = c·(q_i·k̄_b) for the blocks its mask
//	       allows, in chunks of gateChunk blocks on the tensor cores
//	       (mma.sync m16n8k16: q's fragments held in registers, a warp
//	       per 32 blocks of the chunk for every m-tile of rows, the
//	       means' three b16 parts each an mma), then each warp files its
//	       rows' values of the chunk
//	       (rows w, w + 4, …): a row keeps a buffer of candidates in
//	       block order (score code, block) and a threshold code; the
//	       chunk's values above the threshold are appended (a ballot
//	       each 32), and when they would not fit the buffer is first
//	       cut to the row's best Top − |forced| — the top-th code by a
//	       radix selection (warpKth), those above it and its first ties
//	       kept in order — and the threshold raised to that code. At the
//	       end the buffer is cut once more and written with the forced
//	       blocks in ascending order, -1 padded ([H, M, W], RowSelect's
//	       layout).
//
// A value enters the buffer only if it beats the k-th of the values
// before it (a lower block wins a tie, and every later block is higher),
// so a row's cuts are few: a buffer holds Top + a chunk. Measured before
// it on an H100 (docs/gpu-notes.md, seventeenth session): a sorted list
// a warp merged each chunk into (instruction-bound: ≈ 3.7e9 warp
// instructions for moba.attn's gate, its scores' multiply-adds ≈ 6e8 of
// them, on CUDA cores), and a heap a thread per row (one selecting warp
// kept three waiting: 1.3–4.4× slower).
//
// The dot is exact products summed in float32 by the tensor cores (the
// means as hi + mid + lo b16 parts carry all their 24 bits), and the
// means float32 sums, against the host's float64: the scores are within
// float32 rounding of the host's, and given the GPU's scores the lists
// are RowSelect's to the bit (higher score, then lower block). A block
// whose score sits within rounding of a row's k-th may be chosen
// differently from the host's own choice, as for the mean tile scores
// (select.go). A NaN score (non-finite q or k) never ranks.
//
// The kernel takes causal or unmasked attention (the rows' blocks are a
// prefix, so a CTA's chunks stop at its last row's diagonal), a top-k
// selection of at most gateMaxTop blocks, rows of at most gateMaxW
// blocks and head dims a multiple of 16; other gates run on the host
// (gateOK says why).

// Gate kernel geometry: gateChunk blocks per chunk (32 a warp),
// gateRowsN rows a CTA (one m-tile).
const (
	gateChunk  = 128
	gateWarps  = gateChunk / 32
	gateRowsN  = 16
	gateMaxTop = 128
	gateMaxW   = 160
)

// gateCap is a row's candidate buffer at top: its best and a whole
// chunk's values beside them, in whole warps.
func gateCap(top int) int { return (max(top, 1) + gateChunk + 31) / 32 * 32 }

// gateRows is the rows a gate CTA scores at head dim d: 16 (one
// m-tile), or 32 with ATTNC_GATE_ROWS=32 (two m-tiles sharing every load
// of the means: half the means' traffic from L2, which may bound the gate
// at 131072 keys — docs/gpu-notes.md — for twice the shared memory, past
// 48 KB: dynamic, fewer CTAs an SM; an experiment until a GPU run
// decides). The head dim sets the registers q's fragments take (d/4 a
// lane an m-tile), not memory.
func gateRows(d int) int {
	if os.Getenv("ATTNC_GATE_ROWS") == "32" && d <= 128 {
		return 32
	}
	return gateRowsN
}

// gateMinCTAs is the CTAs an SM the gate asks ptxas to fit (its
// registers capped to fit them), from ATTNC_GATE_MINCTAS; 0, none, by
// default. Measured on an H100 (nineteenth session): six CTAs an SM (80
// registers, 37.5 % occupancy against 25 %) left moba.attn's gate at
// 5.57 ms — its issue rate is bound by shared memory (short-scoreboard
// stalls 39 % of its cycles), not by too few warps. Kept to re-test once
// the filing's shared-memory traffic is cut.
func gateMinCTAs() int { return envCTAs("ATTNC_GATE_MINCTAS", 0) }

// envCTAs is a count of CTAs an SM from the environment variable name
// (1–16), else def: the knobs of the A/B runs that move a kernel's
// register cap (minctasm).
func envCTAs(name string, def int) int {
	n, err := strconv.Atoi(os.Getenv(name))
	if err != nil || n < 1 || n > 16 {
		return def
	}
	return n
}

// gateBound says whether the gate bounds each row's k-th from each chunk
// (file): on unless ATTNC_GATE_BOUND=0, for the A/B against the gate
// without it.
func gateBound() bool { return os.Getenv("ATTNC_GATE_BOUND") != "0" }

// gateSmem is a gate CTA's shared memory in bytes for rows rows and top
// entries a row: a chunk's scores (a padded row each), the rows' buffers
// (codes and blocks), the warps' histograms.
func gateSmem(rows, top int) int64 {
	return int64(rows*(4*gatePitch()+8*gateCap(top)) + gateWarps*256*4)
}

// gatePitch is the floats of a row of a chunk's score table: C + 8, the
// unmasked stores a lane's two adjacent scores at a time. At C + 1, a
// score a store, lane (g, t)'s store landed on bank g + 2t: 4-way
// conflicts, 2.8e7 excess wavefronts in moba.attn's gate at 16384 (H100,
// twenty-first session); the pairs at C + 8 have none. Timed in the
// twenty-second session (H100): moba's gate −2.5 %, the 64-key top-26
// gate −1.1 % (the A/B knob ATTNC_GATE_PAIRS, like ATTNC_GATE_VLOAD,
// FASTSTORE and SMALLCUT, was removed in the thirtieth session once
// timed).
func gatePitch() int { return gateChunk + 8 }

// gateOK says why the gate of rowselect p.Steps[si] (fused with its
// rowscore) cannot run on the device (nil: it can).
func gateOK(p *tile.Program, si int) error {
	s := p.Steps[si]
	if !s.Fused() || si == 0 || p.Steps[si-1].RowScore() == nil {
		return fmt.Errorf("the rowselect reads scores other than its rowscore's")
	}
	sc, sel := p.Steps[si-1].RowScore(), s.RowSelect().RowSpec
	q := p.Steps[si-1].Args[0]
	d := q.Type.Shape[2].Size
	w := sel.Width(1)
	switch {
	case sc.Method != "mean":
		return fmt.Errorf("gate method %s (the GPU scores mean keys)", sc.Method)
	case !causalOrNone(sc.Mask):
		return fmt.Errorf("mask %s (the GPU gates causal or unmasked attention)", sc.Mask)
	case sel.Density > 0:
		return fmt.Errorf("a density per row (the GPU gate takes top)")
	case sel.Top > gateMaxTop:
		return fmt.Errorf("top %d (the GPU gate keeps at most %d)", sel.Top, gateMaxTop)
	case w > gateMaxW:
		return fmt.Errorf("%d blocks a row (the GPU gate writes at most %d)", w, gateMaxW)
	case d%16 != 0 || d > 256:
		return fmt.Errorf("head dim %d (the GPU gate takes multiples of 16 up to 256: mma.sync k-steps)", d)
	case q.Type.DType.String() != "bf16" && q.Type.DType.String() != "f16":
		return fmt.Errorf("inputs are %s", q.Type.DType)
	}
	return nil
}

// gateSpec is what the gate kernel is specialised for.
type gateSpec struct {
	dt             string
	d, block, rows int
	top, local, w  int
	sink, diagonal bool
	causal         bool
	scale          float64
}

// gate emits the kernel. Parameters: q (b16 [H, M, d]), km (the means'
// parts, b16 [3, G, NB, d]: poolSplit), out (i32 [H, M, W]), e (f32 [H, M, NB], the scores for tests: null
// for none; -inf where the mask allows nothing), M, N, NB, group. Grid
// (⌈M/rows⌉, H), gateChunk threads.
func (g *gen) gate(name string, sp gateSpec) Kernel {
	hp, fp, ip := types.NewPointer(types.I16), types.NewPointer(types.Float), types.NewPointer(types.I32)
	pq, pkm, pout, pe := ir.NewParam("q", hp), ir.NewParam("km", hp), ir.NewParam("out", ip), ir.NewParam("e", fp)
	pM, pN, pNB, pG := ir.NewParam("M", types.I32), ir.NewParam("N", types.I32), ir.NewParam("NB", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, pq, pkm, pout, pe, pM, pN, pNB, pG)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(gateChunk))
	if n := gateMinCTAs(); n > 0 {
		g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"minctasm", i32 `+fmt.Sprint(n))
	}
	R, d, C := int64(sp.rows), int64(sp.d), int64(gateChunk)
	ge := &gateEmit{sp: sp, top: int64(max(sp.top, 1)), R: R, C: C, cap: int64(gateCap(sp.top)), pitch: int64(gatePitch()), nb: pNB}
	// One shared region (gateSmem): a chunk's scores, the rows' buffers
	// (codes, blocks), the warps' histograms; static up to 48 KB, else
	// dynamic (Kernel.Smem).
	smem := gateSmem(sp.rows, sp.top)
	var region *ir.Global
	if smem > cuda.StaticSmemLimit {
		region = g.sharedDynamic(name+"_smem", 16)
	} else {
		region = g.shared(name+"_smem", types.NewArray(uint64(smem), types.I8), 16)
	}
	at := int64(0)
	view := func(n int64, t types.Type) smemView {
		v := smemView{region, at, t}
		at += 4 * n
		return v
	}
	ge.es, ge.bc, ge.bb, ge.hs = view(R*ge.pitch, types.Float), view(R*ge.cap, types.I32), view(R*ge.cap, types.I32), view(gateWarps*256, types.I32)
	negInf := f32(math.Inf(-1))

	b := kb{f.NewBlock("entry"), g}
	tid, x, h := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	lane, warp := b.NewAnd(tid, i32(31)), b.NewLShr(tid, i32(5))
	ge.lane, ge.warp = lane, warp
	ge.row0 = b.NewMul(x, i32(R))
	ge.off = b.NewSub(pN, pM) // row i sits at position i + N − M
	kvh := b.NewSDiv(h, pG)
	kPlane := b.NewMul(b.NewMul(b.NewSDiv(b.sreg("nctaid.y"), pG), pNB), i32(d)) // a part's plane: the KV heads' means
	hasE := b.NewICmp(enum.IPredNE, pe, constant.NewNull(fp))
	rowIn := func(b kb, r value.Value) value.Value { return b.NewICmp(enum.IPredSLT, b.NewAdd(ge.row0, r), pM) }
	eAt := func(b kb, r, blk value.Value) value.Value {
		at := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), b.NewAdd(ge.row0, r)), pNB), blk)
		return b.NewGetElementPtr(types.Float, pe, b.i64(at))
	}

	// The CTA's rows of q as mma.sync's A fragments, held for the whole
	// kernel (d/16 k-steps of four b16 pairs), read straight from
	// global: lane l holds rows l/4 and l/4 + 8, columns 2(l%4), +1 and
	// +8, +9 of a k-step; rows past M read row M − 1 and score nothing.
	g4, t4 := b.NewLShr(lane, i32(2)), b.NewAnd(lane, i32(3))
	steps, mts := d/16, R/16
	qa := make([][][]value.Value, mts) // [m-tile][k-step]
	for mt := range mts {
		qa[mt] = make([][]value.Value, steps)
		for s := range steps {
			for i := range int64(4) {
				r := b.NewAdd(g4, i32(16*mt+8*(i&1)))
				row := b.imin(b.NewAdd(ge.row0, r), b.NewSub(pM, i32(1)))
				src := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(h, pM), row), i32(d)), b.NewAdd(b.NewShl(t4, i32(1)), i32(16*s+8*(i>>1))))
				pp := b.NewBitCast(b.NewGetElementPtr(types.I16, pq, b.i64(src)), types.NewPointer(types.I32))
				qa[mt][s] = append(qa[mt][s], b.NewLoad(types.I32, pp))
			}
		}
	}
	// The lane's rows of the accumulators (m-tile mt, half u: row 16mt +
	// l/4 + 8u), their geometry and the blocks their masks allow.
	type laneRow struct {
		r, in, n value.Value
		rg       rowGeo
	}
	lrows := make([][2]laneRow, mts)
	for mt := range mts {
		for u := range int64(2) {
			r := b.NewAdd(g4, i32(16*mt+8*u))
			rg := ge.geo(b, r)
			lrows[mt][u] = laneRow{r, rowIn(b, r), ge.allowed(b, rg.pos), rg}
		}
	}

	rows := b.NewSub(b.imin(b.NewAdd(ge.row0, i32(R)), pM), ge.row0) // the CTA's rows below M
	nbMax := ge.allowed(b, b.NewAdd(b.NewAdd(ge.row0, b.NewSub(rows, i32(1))), ge.off))
	// The rows warp w files: w, w + gateWarps, …, their geometry, and
	// whether they rank anything.
	per := R / gateWarps
	sel := make([]selRow, per)
	for j := range sel {
		r := b.NewAdd(warp, i32(int64(j)*gateWarps))
		rg := ge.geo(b, r)
		sel[j] = selRow{r, rg, b.NewAnd(rowIn(b, r), b.NewICmp(enum.IPredSGT, rg.k, i32(0)))}
	}
	// The CTA's first forced block when it has all its rows (row 0's:
	// the lowest), else 0: below it every row ranks every block.
	fastEnd := b.NewSelect(b.NewICmp(enum.IPredEQ, rows, i32(R)), ge.geo(b, i32(0)).flo, i32(0))
	// Each row's buffer length and threshold code (0: every value
	// enters), carried through the chunks.
	st0 := make([]value.Value, 2*per)
	for i := range st0 {
		st0[i] = i32(0)
	}
	b, st := b.forN(i32(0), nbMax, i32(C), st0, func(b kb, c0 value.Value, st []value.Value) (kb, []value.Value) {
		// The chunk's scores on the tensor cores: warp w takes blocks
		// c0 + 32w … (four n-tiles of 8) for every row; the block means
		// enter as their three b16 parts, hi + mid + lo (poolSplit), so
		// the products carry the means' 24 bits and the sums are float32.
		w0 := b.NewAdd(c0, b.NewMul(warp, i32(32)))
		acc0 := make([]value.Value, mts*4*4) // [m-tile][n-tile][4]
		for i := range acc0 {
			acc0[i] = f32(0)
		}
		b, acc := b.condVals(b.NewICmp(enum.IPredSLT, w0, nbMax), acc0, func(b kb) (kb, []value.Value) {
			acc := slices.Clone(acc0)
			// A lane's words of a block's part lie together (poolSplit's
			// order): 2·steps of them, in 16-byte loads where they are a
			// multiple of four, else 8-byte — the nineteenth and twentieth
			// sessions' gate loaded them a word at a time, and every warp
			// load touched eight lines: 768 of L1's tag lookups a warp and
			// chunk at d = 64, the L1's throughput 84 % busy.
			vw := int64(4)
			if steps%2 != 0 {
				vw = 2
			}
			vt := types.NewVector(uint64(vw), types.I32)
			// mma adds k-step s of n-tile nt for every m-tile, the parts'
			// B fragments from frag, the smallest part first.
			mma := func(b kb, nt, s int64, frag func(part int) (value.Value, value.Value)) {
				for mt := range mts {
					c := acc[(mt*4+nt)*4 : (mt*4+nt+1)*4]
					for part := 2; part >= 0; part-- {
						lo, hi := frag(part)
						c = b.mma(sp.dt, qa[mt][s], lo, hi, c)
					}
					copy(acc[(mt*4+nt)*4:], c)
				}
			}
			for nt := range int64(4) {
				blk := b.imin(b.NewAdd(w0, b.NewAdd(g4, i32(8*nt))), b.NewSub(pNB, i32(1)))
				row := b.NewAdd(b.NewMul(b.NewAdd(b.NewMul(kvh, pNB), blk), i32(d)), b.NewMul(t4, i32(d/4)))
				var words [3][]value.Value // each part's 2·steps words: k-step s's B fragment at 2s, 2s + 1
				for part := range int64(3) {
					for j := int64(0); j < 2*steps; j += vw {
						at := b.NewAdd(b.NewAdd(row, b.NewMul(kPlane, i32(part))), i32(2*j))
						ld := b.NewLoad(vt, b.NewBitCast(b.NewGetElementPtr(types.I16, pkm, b.i64(at)), types.NewPointer(vt)))
						ld.Align = ir.Align(4 * vw)
						for u := range vw {
							words[part] = append(words[part], b.NewExtractElement(ld, i32(u)))
						}
					}
				}
				for s := range steps {
					mma(b, nt, s, func(part int) (value.Value, value.Value) { return words[part][2*s], words[part][2*s+1] })
				}
			}
			return b, acc
		})
		// Each score to the chunk's table (-inf where the row does not
		// rank the block) and, for tests, to e. Below the CTA's first
		// forced block (and past the sink) every row ranks each of the
		// warp's 32 blocks: the scores go straight in (all but a row's
		// last chunk or two; the masked stores cost ≈ 25 instructions a
		// score).
		col := func(b kb, nt, i int64) value.Value {
			return b.NewAdd(b.NewMul(warp, i32(32)), b.NewAdd(b.NewShl(t4, i32(1)), i32(8*nt+(i&1))))
		}
		fastStores := func(b kb) kb {
			for mt := range mts {
				for nt := range int64(4) {
					// A lane's two adjacent scores in one 8-byte
					// store: at a pitch of C + 8 a half-warp's rows
					// start 8 banks apart, and its 16 pairs fill the
					// 32 banks once.
					for u := range int64(2) {
						v2 := types.NewVector(2, types.Float)
						var x value.Value = constant.NewUndef(v2)
						for h := range int64(2) {
							x = b.NewInsertElement(x, b.NewFMul(acc[(mt*4+nt)*4+2*u+h], f32(sp.scale)), i32(h))
						}
						p := b.NewBitCast(ge.esAt(b, lrows[mt][u].r, col(b, nt, 0)), &types.PointerType{ElemType: v2, AddrSpace: 3})
						b.NewStore(x, p).Align = 8
					}
				}
			}
			return b.when(hasE, func(b kb) kb {
				for mt := range mts {
					for nt := range int64(4) {
						for i := range int64(4) {
							v := b.NewFMul(acc[(mt*4+nt)*4+i], f32(sp.scale))
							b.NewStore(v, eAt(b, lrows[mt][i>>1].r, b.NewAdd(c0, col(b, nt, i))))
						}
					}
				}
				return b
			})
		}
		slowStores := func(b kb) kb {
			for mt := range mts {
				for nt := range int64(4) {
					for i := range int64(4) {
						lr := lrows[mt][i>>1]
						col := col(b, nt, i)
						blk := b.NewAdd(c0, col)
						valid := b.NewICmp(enum.IPredSLT, blk, nbMax)
						ok := b.NewAnd(b.NewAnd(valid, lr.in), b.NewICmp(enum.IPredSLT, blk, lr.n))
						v := b.NewFMul(acc[(mt*4+nt)*4+i], f32(sp.scale))
						ranks := b.NewAnd(ok, b.NewXor(ge.forced(b, lr.rg, blk), constant.True))
						b.NewStore(b.NewSelect(ranks, v, negInf), ge.esAt(b, lr.r, col))
						b = b.when(b.NewAnd(hasE, b.NewAnd(valid, lr.in)), func(b kb) kb {
							b.NewStore(b.NewSelect(ok, v, negInf), eAt(b, lr.r, blk))
							return b
						})
					}
				}
			}
			return b
		}
		var fast value.Value = b.NewICmp(enum.IPredSLE, b.NewAdd(w0, i32(32)), fastEnd)
		if sp.sink {
			fast = b.NewAnd(fast, b.NewICmp(enum.IPredSGT, w0, i32(0)))
		}
		b = b.when(fast, fastStores)
		b = b.when(b.NewXor(fast, constant.True), slowStores)
		b.barrier()
		// Each warp files its rows' values of the chunk.
		out := slices.Clone(st)
		for j, sr := range sel {
			var vs []value.Value
			b, vs = b.condVals(sr.live, []value.Value{st[2*j], st[2*j+1]}, func(b kb) (kb, []value.Value) {
				return ge.file(b, sr, st[2*j], st[2*j+1], c0)
			})
			out[2*j], out[2*j+1] = vs[0], vs[1]
		}
		// The next chunk's stores wait for every warp's filing. (Two
		// tables alternating by chunk would save this barrier, which held
		// 10.6 % of the top-102 gate's stall samples at 131072: measured
		// no faster on moba and 20 % slower on the top-26 gate, a CTA an
		// SM fewer for the 8 KB more — twenty-second session; its knob
		// ATTNC_GATE_ONEBAR was removed in the thirtieth.)
		b.barrier()
		return b, out
	})

	// The scores of the blocks past the CTA's last diagonal, for tests.
	b = b.when(hasE, func(b kb) kb {
		return b.each(b.NewAdd(nbMax, tid), pNB, i32(C), func(b kb, blk value.Value) kb {
			return b.each(i32(0), rows, i32(1), func(b kb, r value.Value) kb {
				b.NewStore(negInf, eAt(b, r, blk))
				return b
			})
		})
	})

	// Each row's list: its buffer cut to its best, then with the forced
	// blocks, ascending, -1 padded to W.
	for j, sr := range sel {
		b = b.when(rowIn(b, sr.r), func(b kb) kb {
			cnt := st[2*j]
			b, cut := b.condVals(b.NewICmp(enum.IPredSGT, cnt, sr.rg.k), []value.Value{cnt}, func(b kb) (kb, []value.Value) {
				b, vs := ge.cut(b, sr, cnt, true)
				return b, vs[:1]
			})
			n, rg := cut[0], sr.rg
			rc := b.NewSub(rg.nf, rg.sinkX) // the forced range's blocks
			base := b.NewMul(b.NewAdd(b.NewMul(h, pM), b.NewAdd(ge.row0, sr.r)), i32(int64(sp.w)))
			put := func(b kb, at, v value.Value) {
				b.NewStore(v, b.i32At(pout, b.NewAdd(base, at)))
			}
			// The buffer's blocks (none forced), after the sink and, past
			// the forced range, after it too; those below it counted.
			b, below := b.forN(i32(0), n, i32(32), []value.Value{i32(0)}, func(b kb, c0 value.Value, below []value.Value) (kb, []value.Value) {
				c := b.NewAdd(c0, lane)
				in := b.NewICmp(enum.IPredSLT, c, n)
				b, blk := b.cond(in, func(b kb) (kb, value.Value) {
					return b, b.NewLoad(types.I32, ge.bb.at(b, b.NewAdd(b.NewMul(sr.r, i32(ge.cap)), c)))
				}, i32(0))
				b = b.when(in, func(b kb) kb {
					at := b.NewAdd(b.NewAdd(rg.sinkX, c), b.NewSelect(b.NewICmp(enum.IPredSGT, blk, rg.fhi), rc, i32(0)))
					put(b, at, blk)
					return b
				})
				lo := b.NewAnd(in, b.NewICmp(enum.IPredSLT, blk, rg.flo))
				return b, []value.Value{b.NewAdd(below[0], b.popc(b.ballot(lo)))}
			})
			b = b.each(lane, rc, i32(32), func(b kb, t value.Value) kb {
				put(b, b.NewAdd(b.NewAdd(rg.sinkX, below[0]), t), b.NewAdd(rg.flo, t))
				return b
			})
			b = b.when(b.NewAnd(b.NewICmp(enum.IPredEQ, lane, i32(0)), b.NewICmp(enum.IPredEQ, rg.sinkX, i32(1))), func(b kb) kb {
				put(b, i32(0), i32(0))
				return b
			})
			return b.each(b.NewAdd(b.NewAdd(rg.nf, n), lane), i32(int64(sp.w)), i32(32), func(b kb, t value.Value) kb {
				put(b, t, i32(-1))
				return b
			})
		})
	}
	b.NewRet(nil)
	k := Kernel{Name: name, Kind: cuda.KindGate, BlockRows: gateChunk, Rows: sp.rows, D: sp.d, RowBlock: sp.block, BK: int(C)}
	if smem > cuda.StaticSmemLimit {
		k.Smem = int(smem)
	}
	return k
}

// gateEmit holds what the gate kernel's pieces share.
type gateEmit struct {
	sp                        gateSpec
	top, R, C, cap, pitch     int64
	es                        smemView // a chunk's scores, a row of pitch each
	bc, bb                    smemView // the rows' buffers: codes, blocks
	hs                        smemView // the warps' histograms
	row0, off, nb, lane, warp value.Value
}

// esAt is the address of the score of column col of row r of the chunk's
// table.
func (ge *gateEmit) esAt(b kb, r, col value.Value) value.Value {
	return ge.es.at(b, b.NewAdd(b.NewMul(r, i32(ge.pitch)), col))
}

// selRow is a row a warp files: its index in the CTA, its geometry, and
// whether it ranks anything (below M, k > 0).
type selRow struct {
	r    value.Value
	rg   rowGeo
	live value.Value
}

// smemView is an array of elem at byte offset off of a shared region (a
// static byte array, or the dynamic shared memory).
type smemView struct {
	region *ir.Global
	off    int64
	elem   types.Type
}

// at is the address of element i of v.
func (v smemView) at(b kb, i value.Value) value.Value {
	p := b.NewGetElementPtr(v.region.ContentType, v.region, i32(0), i32(v.off))
	return b.NewGetElementPtr(v.elem, b.NewBitCast(p, &types.PointerType{ElemType: v.elem, AddrSpace: 3}), i)
}

// rowGeo is a row's geometry: its position, the forced blocks (the range
// [flo, fhi], and the sink apart when outside it: sinkX 1), their number
// nf and how many blocks the row ranks (k).
type rowGeo struct {
	pos, flo, fhi, sinkX, nf, k value.Value
}

// floorDiv is ⌊p/m⌋ for m > 0.
func (b kb) floorDiv(p value.Value, m int64) value.Value {
	neg := b.NewSub(i32(0), b.NewSDiv(b.NewAdd(b.NewSub(i32(0), p), i32(m-1)), i32(m)))
	return b.NewSelect(b.NewICmp(enum.IPredSGE, p, i32(0)), b.NewSDiv(p, i32(m)), neg)
}

// allowed is the number of blocks the mask allows a row at pos: a prefix
// (every block without a mask).
func (ge *gateEmit) allowed(b kb, pos value.Value) value.Value {
	if !ge.sp.causal {
		return ge.nb
	}
	return b.imax(b.imin(b.NewAdd(b.floorDiv(pos, int64(ge.sp.block)), i32(1)), ge.nb), i32(0))
}

// geo is row r's geometry (RowSelect's forced blocks: the diagonal, the
// local ones below it, the sink; Top in all, or every allowed block).
func (ge *gateEmit) geo(b kb, r value.Value) rowGeo {
	sp := ge.sp
	pos := b.NewAdd(b.NewAdd(ge.row0, r), ge.off)
	diag := b.floorDiv(pos, int64(sp.block))
	n := ge.allowed(b, pos)
	hi := diag
	if !sp.diagonal {
		hi = b.NewSub(diag, i32(1))
	}
	flo := b.imax(b.NewSub(diag, i32(int64(sp.local))), i32(0))
	fhi := b.imin(hi, b.NewSub(n, i32(1)))
	rc := b.imax(b.NewAdd(b.NewSub(fhi, flo), i32(1)), i32(0))
	sinkX := value.Value(i32(0))
	if sp.sink {
		inRange := b.NewAnd(b.NewICmp(enum.IPredSLE, flo, i32(0)), b.NewICmp(enum.IPredSGE, fhi, i32(0)))
		on := b.NewAnd(b.NewICmp(enum.IPredSGT, n, i32(0)), b.NewXor(inRange, constant.True))
		sinkX = b.NewZExt(on, types.I32)
	}
	nf := b.NewAdd(rc, sinkX)
	k := b.imax(b.imin(i32(int64(sp.top)), n), nf)
	return rowGeo{pos, flo, fhi, sinkX, nf, b.NewSub(k, nf)}
}

// forced says whether block blk is one of the row's forced blocks.
func (ge *gateEmit) forced(b kb, rg rowGeo, blk value.Value) value.Value {
	var in value.Value = b.NewAnd(b.NewICmp(enum.IPredSGE, blk, rg.flo), b.NewICmp(enum.IPredSLE, blk, rg.fhi))
	if ge.sp.sink {
		in = b.NewOr(in, b.NewAnd(b.NewICmp(enum.IPredEQ, rg.sinkX, i32(1)), b.NewICmp(enum.IPredEQ, blk, i32(0))))
	}
	return in
}

// file appends row sr's values of the chunk (es, blocks c0 …) whose codes
// beat the threshold thr to its buffer of cnt, the warp together, in
// block order; first, if they would not fit, it cuts the buffer (cut) and
// takes the values over the new threshold. It returns the buffer's length
// and threshold. A value enters only above the k-th of the buffer's last
// cut: its block is higher than theirs, so a tie with it loses.
func (ge *gateEmit) file(b kb, sr selRow, cnt, thr, c0 value.Value) (kb, []value.Value) {
	C, lane := ge.C, ge.lane
	ns := C / 32
	codes, oks := make([]value.Value, ns), make([]value.Value, ns)
	for s := range ns {
		x := b.NewLoad(types.Float, ge.esAt(b, sr.r, b.NewAdd(i32(s*32), lane)))
		oks[s] = b.NewFCmp(enum.FPredOGT, x, f32(math.Inf(-1))) // not -inf, not NaN
		codes[s] = b.scoreCode(x)
	}
	if gateBound() && ge.top <= 32 {
		// A bound on the row's k-th (k ≤ top ≤ 32) from the chunk
		// alone: the k-th largest of the lanes' maxima (maxima of
		// disjoint sets of the chunk's values) has k values at or above
		// it, so a value below it never ranks; the threshold takes it
		// (ties enter: codes above code − 1). The first chunk then files
		// about k values, not all 128 and a cut at the second; valid
		// codes are above 0. Only while the threshold is 0 (the row's
		// first chunk with k values): after it the threshold is this
		// bound or a cut's k-th, and ≈ 100 instructions a chunk would
		// outweigh what a bound saves on a long row.
		b, thr = b.cond(b.NewICmp(enum.IPredEQ, thr, i32(0)), func(b kb) (kb, value.Value) {
			m := value.Value(i32(0))
			for s := range ns {
				m = b.umax(m, b.NewSelect(oks[s], codes[s], i32(0)))
			}
			kth := b.laneKth(m, lane, sr.rg.k)
			return b, b.NewSelect(b.NewICmp(enum.IPredUGT, kth, i32(0)), b.NewSub(kth, i32(1)), i32(0))
		}, thr)
	}
	cands := func(b kb, thr value.Value) ([]value.Value, []value.Value, value.Value) {
		in, masks := make([]value.Value, ns), make([]value.Value, ns)
		total := value.Value(i32(0))
		for s := range ns {
			in[s] = b.NewAnd(oks[s], b.NewICmp(enum.IPredUGT, codes[s], thr))
			masks[s] = b.ballot(in[s])
			total = b.NewAdd(total, b.popc(masks[s]))
		}
		return in, masks, total
	}
	in, masks, total := cands(b, thr)
	// The candidates again over the raised threshold only where a cut
	// raised it (the rare path: a row's cuts are few).
	over := b.NewICmp(enum.IPredSGT, b.NewAdd(cnt, total), i32(ge.cap))
	st := append(append([]value.Value{cnt, thr, total}, in...), masks...)
	b, st = b.condVals(over, st, func(b kb) (kb, []value.Value) {
		b, vs := ge.cut(b, sr, cnt, false)
		in, masks, total := cands(b, vs[1])
		return b, append(append([]value.Value{vs[0], vs[1], total}, in...), masks...)
	})
	cnt, thr, total = st[0], st[1], st[2]
	in, masks = st[3:3+ns], st[3+ns:]
	ltMask := b.NewSub(b.NewShl(i32(1), lane), i32(1))
	base := b.NewMul(sr.r, i32(ge.cap))
	at := cnt
	for s := range ns {
		pos := b.NewAdd(base, b.NewAdd(at, b.popc(b.NewAnd(masks[s], ltMask))))
		b = b.when(in[s], func(b kb) kb {
			b.NewStore(codes[s], ge.bc.at(b, pos))
			b.NewStore(b.NewAdd(c0, b.NewAdd(i32(s*32), lane)), ge.bb.at(b, pos))
			return b
		})
		at = b.NewAdd(at, b.popc(masks[s]))
	}
	b.warpSync()
	return b, []value.Value{b.NewAdd(cnt, total), thr}
}

// cut keeps the best k of row sr's buffer of cnt > k entries, in place
// and in order: the k-th code by a radix selection (warpKth) or, for the
// row's last cut (last) of at most 64, bitonic exchanges, the entries
// above it and its first ties (the lowest blocks). It returns the new
// length (k) and that code, the row's threshold from then on.
func (ge *gateEmit) cut(b kb, sr selRow, cnt value.Value, last bool) (kb, []value.Value) {
	lane := ge.lane
	base := b.NewMul(sr.r, i32(ge.cap))
	radix := func(b kb) (kb, []value.Value) {
		b, kth, need := b.warpKth(ge.hs.at, b.NewMul(ge.warp, i32(256)), lane, cnt, sr.rg.k, func(b kb, c value.Value) (value.Value, value.Value) {
			return b.NewLoad(types.I32, ge.bc.at(b, b.NewAdd(base, c))), constant.True
		})
		return b, []value.Value{kth, need}
	}
	var kn []value.Value
	if last && ge.top <= 32 {
		// A row's last cut of at most 64 entries (the chunk bound keeps
		// buffers short) in two registers a lane, the k-th (k ≤ top ≤
		// 32) by bitonic exchanges across the lanes (≈ 200 instructions)
		// where the radix selection takes four rounds of ≈ 110 and a
		// histogram's shared atomics. Lanes past cnt hold 0, below every
		// code. (A cut while filing has at least 33 entries, and is rare:
		// the radix selection alone keeps the kernel's code smaller.)
		small := b.NewICmp(enum.IPredSLE, cnt, i32(64))
		b, kn = b.condVals(small, []value.Value{i32(0), i32(0)}, func(b kb) (kb, []value.Value) {
			load := func(b kb, c value.Value) (kb, value.Value) {
				return b.cond(b.NewICmp(enum.IPredSLT, c, cnt), func(b kb) (kb, value.Value) {
					return b, b.NewLoad(types.I32, ge.bc.at(b, b.NewAdd(base, c)))
				}, i32(0))
			}
			b, x0 := load(b, lane)
			b, x1 := load(b, b.NewAdd(lane, i32(32)))
			kth := b.laneKth2(x0, x1, lane, sr.rg.k)
			above := b.NewAdd(b.popc(b.ballot(b.NewICmp(enum.IPredUGT, x0, kth))), b.popc(b.ballot(b.NewICmp(enum.IPredUGT, x1, kth))))
			return b, []value.Value{kth, b.NewSub(sr.rg.k, above)}
		})
		b, kn = b.condVals(b.NewXor(small, constant.True), kn, radix)
	} else {
		b, kn = radix(b)
	}
	kth, need := kn[0], kn[1]
	ltMask := b.NewSub(b.NewShl(i32(1), lane), i32(1))
	b, _ = b.forN(i32(0), cnt, i32(32), []value.Value{i32(0), i32(0)}, func(b kb, c0 value.Value, acc []value.Value) (kb, []value.Value) {
		c := b.NewAdd(c0, lane)
		in := b.NewICmp(enum.IPredSLT, c, cnt)
		b, kv := b.condVals(in, []value.Value{i32(0), i32(0)}, func(b kb) (kb, []value.Value) {
			at := b.NewAdd(base, c)
			return b, []value.Value{b.NewLoad(types.I32, ge.bc.at(b, at)), b.NewLoad(types.I32, ge.bb.at(b, at))}
		})
		code, blk := kv[0], kv[1]
		tie := b.NewAnd(in, b.NewICmp(enum.IPredEQ, code, kth))
		tieBits := b.ballot(tie)
		tieRank := b.NewAdd(acc[1], b.popc(b.NewAnd(tieBits, ltMask)))
		take := b.NewAnd(in, b.NewOr(b.NewICmp(enum.IPredUGT, code, kth), b.NewAnd(tie, b.NewICmp(enum.IPredSLT, tieRank, need))))
		bits := b.ballot(take)
		pos := b.NewAdd(base, b.NewAdd(acc[0], b.popc(b.NewAnd(bits, ltMask))))
		b.warpSync() // every lane has read before any writes
		b = b.when(take, func(b kb) kb {
			b.NewStore(code, ge.bc.at(b, pos))
			b.NewStore(blk, ge.bb.at(b, pos))
			return b
		})
		b.warpSync()
		return b, []value.Value{b.NewAdd(acc[0], b.popc(bits)), b.NewAdd(acc[1], b.popc(tieBits))}
	})
	return b, []value.Value{sr.rg.k, kth}
}
