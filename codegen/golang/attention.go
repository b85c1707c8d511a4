package golang

import (
	"fmt"
	"strings"

	"github.com/attnc/attnc/codegen/amd64"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/tile"
)

// attention emits the package-level declarations of one attention kernel
// step: the state its items read, its mask and mod compiled to Go, and its
// item function, one (head, query tile) with the key-tile loop, the online
// softmax and the early exit. The item function follows the tile IR: lowerOp
// is a switch with one case per tile op, each calling a lowerX method
// (lower_loop.go: the item, its loop and its loads; lower_math.go: scores,
// softmax, P·V; lower_compensate.go).
type attention struct {
	g             *gen
	T             string // the kernel's Go type
	i             int    // the step's index: its state is x.st<i>, its item function attention<i>
	s             *tile.Step
	name          string // attn<T><i>: the state type, and the prefix of the mask and mod functions
	bq, bk, d, dv int    // query and key tile rows, head and value dims
	gather, list  bool
	// simd: a tile fits the AVX-512 kernels, which work on 64 keys; score
	// rows are then ss = 64 floats apart, else bk. bf16: Q·Kᵀ multiplies
	// bf16 pairs (VDPBF16PS) straight from the bf16 inputs.
	simd, bf16 bool
	ss         int
	// p0 is the Go expression of the item's first query position, which
	// the mask and the mod read: "q0" (its row) when q and k have one
	// length dim, else "p0", declared by lowerGrid as q0 + N − M.
	p0         string
	maskExpr   *ir.Expr // nil without a mask
	mod        *tile.Op // nil without a score mod
	exit, comp *tile.Op // nil without an early exit, a compensation
	// ke, ve: the element types the decode path reads K and V in (decode.go).
	ke, ve amd64.Elem
	// lens: the step reads key lengths (grid lens, ir.KeyLengths). Its
	// items then end at their sequence's keys: n and nk are the Go
	// expressions of the item's keys and key tiles ("kn", "knk", which
	// lowerGrid declares; "st.n", "st.nk" without lengths, the capacity
	// being the keys), and hm the head masks and mods read ("hm", the
	// head within its sequence; "h").
	lens      bool
	n, nk, hm string
	// rows: the list is the union of each query row's own list (loop_list
	// rows: gate, tokens), st.rowl holds it with every row's key bits per
	// listed tile, and the scores keep each row to its keys.
	rows bool
}

// w writes a line of the item function's body.
func (a *attention) w(format string, args ...any) { a.g.decl("\t"+format, args...) }

// attentionDecls writes the state type, the mask and mod functions and the
// item function of kernel step i.
func (g *gen) attentionDecls(T string, i int, s *tile.Step, bq, bk, d, dv int, gather, list bool) {
	a := &attention{g: g, T: T, i: i, s: s, name: fmt.Sprintf("attn%s%d", T, i),
		bq: bq, bk: bk, d: d, dv: dv, gather: gather, list: list, ss: bk, p0: "q0",
		mod: s.Find(tile.Mod), exit: s.Find(tile.EarlyExit), comp: s.Find(tile.Compensate),
		lens: s.KeyLengths() != nil, n: "st.n", nk: "st.nk", hm: "h"}
	if ll := s.Find(tile.LoopList); ll != nil && ll.Attrs["rows"] == true {
		a.rows = true
	}
	if a.lens {
		a.n, a.nk, a.hm, a.p0 = "kn", "knk", "hm", "p0"
	}
	if mask := s.Find(tile.Mask); mask != nil {
		a.maskExpr = mask.Expr("expr")
	}
	if ir.HasQueryOffset(s.Args[0].Type, s.Args[1].Type) {
		a.p0 = "p0"
	}
	qk := s.Find(tile.MatmulQK) // the CPU target's choose-tile-kernels decided
	a.simd, a.bf16 = qk.Attrs["simd"] == true, qk.Attrs["pairs"] == true
	if a.simd {
		a.ss = 64
	}
	a.stateDecl()
	a.maskDecls()
	a.allowedPairsDecl()
	g.decl("")
	g.decl("// attention%d computes one (head, query tile) item of step %s: %s.", i, s.Out.Ref(), bodySummary(s))
	g.decl("func (x *%s) attention%d(w *runtime.Worker, item int) {", T, i)
	for _, op := range s.Body {
		a.lowerOp(op)
	}
	g.decl("}")
	if a.rows {
		a.rowsDecl() // lower_rows.go: each row over its own keys
	}
	if a.exit != nil && !strings.Contains(g.decls.String(), "func stop"+T+"(") {
		a.stopDecl()
	}
	if decodes(s) > 0 {
		a.decodeDecls()
	}
}

// lowerOp emits the Go of one tile op of the item function, in body order
// (tile.bodyOrder).
func (a *attention) lowerOp(op *tile.Op) {
	switch op.Code {
	case tile.Grid:
		a.lowerGrid()
	case tile.LoadQ:
		a.lowerLoadQ()
	case tile.LoopDense:
		a.lowerLoopDense()
	case tile.LoopList:
		a.lowerLoopList()
	case tile.LoadKV:
		a.lowerLoadKV()
	case tile.MatmulQK:
		a.lowerMatmulQK()
	case tile.Mod, tile.Mask:
		// Both act per element in the one loop that also counts the pairs
		// computed, emitted once the scores are final: lowerScoreElements,
		// before softmax_online.
	case tile.SoftmaxOnline:
		a.lowerScoreElements()
		a.lowerSoftmaxOnline()
	case tile.MatmulPV:
		a.lowerMatmulPV()
	case tile.EarlyExit:
		a.lowerEarlyExit(op)
	case tile.EndLoop:
		a.w("}")
	case tile.Compensate:
		a.lowerCompensate(op)
	case tile.Store:
		a.lowerStore()
	default:
		panic(fmt.Sprintf("BUG: tile op %s has no lowering in the Go backend", op.Code))
	}
}

// Handles lists the tile ops the Go backend emits code for. A test checks
// that every op of the tile IR is here, so a new tile op cannot be added
// without teaching this backend; lowerOp has a case for each.
var Handles = map[tile.Code]bool{
	tile.Grid: true, tile.LoadQ: true, tile.LoopDense: true, tile.LoopList: true, tile.LoadKV: true,
	tile.MatmulQK: true, tile.Mod: true, tile.Mask: true, tile.SoftmaxOnline: true, tile.MatmulPV: true,
	tile.EarlyExit: true, tile.EndLoop: true, tile.Compensate: true, tile.Store: true,
}

// stateDecl declares the state type the step's items read.
func (a *attention) stateDecl() {
	g, name := a.g, a.name
	g.decl("")
	g.decl("// %s is what the items of step %s read.", name, a.s.Out.Ref())
	g.decl("type %s struct {", name)
	g.decl("\th, m, n, group, nq, nk int")
	g.decl("\tq, k, v, out         []float32")
	g.decl("\tlist                 []int32 // [h, nq, 2, nk]")
	if a.rows {
		g.decl("\tsel                  []int32 // [h, m, sw]: each row's own list (blocks or keys, -1 padded)")
		g.decl("\tsw                   int")
		g.decl("\tgathers              bool                // this run gathers each row's keys (rows%d), else the union of tiles", a.i)
		g.decl("\trowl                 sparse.RowTileLists // the union: the rows' own lists as tile lists and per-row key bits")
	}
	g.decl("\tperm                 []int32 // [h, ns, n]")
	g.decl("\tsegment, ns          int")
	g.decl("\tkbar, vsum           []float32 // per KV head and key tile: mean key, value sum")
	g.decl("\tkT                   []float32 // per KV head and key tile: Kᵀ [d][64], zero-padded")
	g.decl("\tallowed              []int64   // per item: the pairs the mask allows (-1: not counted yet)")
	g.decl("\tallowedFor           [3]int    // the h, m, n allowed was counted for")
	g.decl("\tcls                  []sparse.Class // per item and key tile: the mask's class")
	g.decl("\tpmask                [][]uint64     // per item: partial tiles' allowed keys (see allowedPairs)")
	g.decl("\tkbarT                []float32 // per KV head and 64 key tiles: their mean keys transposed [d][64]")
	g.decl("\tq16, k16             []uint16  // raw bf16 inputs, for the VDPBF16PS kernel")
	if a.lens {
		g.decl("\tlens                 []int32 // per sequence: its keys, the first lens[b] rows of its KV heads")
		g.decl("\ths, gs               int     // query heads and KV heads per sequence")
		g.decl("\tlensFor              []int32 // the lengths allowed and cls were counted for")
		g.decl("\tstable               []sparse.Class   // per item and key tile: its class over its sequence's lengths in hz (sparse.HorizonClass)")
		g.decl("\thz                   sparse.Horizons  // per sequence: the key lengths stable holds for")
		g.decl("\tkept                 bool             // every sequence's length is in its range in hz: stable holds all classes")
	}
	g.decl("}")
}

// maskDecls compiles the step's mask, for tile classification and per
// element, and its score mod to Go.
func (a *attention) maskDecls() {
	g, name := a.g, a.name
	g.decl("")
	g.decl("// %sMask is the mask of step %s, compiled for tile classification.", name, a.s.Out.Ref())
	if a.maskExpr == nil {
		g.decl("var %sMask sparse.Program // no mask: every pair is allowed", name)
	} else {
		g.decl("var %sMask = %s", name, programLiteral(a.maskExpr))
	}
	g.decl("")
	g.decl("// %sAllowed reports whether the mask allows query qi and key ki of head h.", name)
	g.decl("func %sAllowed(qi, ki, h float64) bool {", name)
	if a.maskExpr == nil {
		g.decl("\treturn true")
	} else {
		g.decl("\treturn %s != 0", goExpr(a.maskExpr))
	}
	g.decl("}")
	if a.mod != nil {
		e, consts := hoistH(a.mod.Expr("expr"))
		g.decl("")
		g.decl("// %sModC holds the parts of the score modification of step %s that", name, a.s.Out.Ref())
		g.decl("// read h alone, computed once per head (%sModH).", name)
		g.decl("type %sModC [%d]float64", name, len(consts))
		g.decl("")
		g.decl("// %sModH computes %sModC for head h.", name, name)
		g.decl("func %sModH(h float64) (mc %sModC) {", name, name)
		for i, c := range consts {
			g.decl("\tmc[%d] = %s", i, goExpr(c))
		}
		g.decl("\treturn mc")
		g.decl("}")
		g.decl("")
		g.decl("// %sMod is the score modification of step %s.", name, a.s.Out.Ref())
		g.decl("func %sMod(s, qi, ki, h float64, mc *%sModC) float64 {", name, name)
		g.decl("\treturn %s", goExpr(e))
		g.decl("}")
	}
}

// allowedPairsDecl writes the allowed-pair count of a query tile over all
// keys: classification per tile, the compiled mask inside cut tiles.
func (a *attention) allowedPairsDecl() {
	g, name, bk := a.g, a.name, a.bk
	g.decl("")
	g.decl("// allowedPairs counts the pairs the mask allows for queries [q0, q1) of")
	g.decl("// head h over all keys. It also writes the class of every key tile into")
	g.decl("// cls and, for up to %d partial tiles, appends to pm their J and 64 words:", maxCachedPartial)
	g.decl("// per query row, bit c set when key c of the tile is allowed.")
	if a.lens {
		g.decl("// With key lengths the keys are the first kn (h is the head within its")
		g.decl("// sequence): the tiles past them are empty. A tile whose class in stable")
		g.decl("// holds at every length in [lo, hi] (kn among them) takes it from there,")
		g.decl("// classified once for the range: a decode loop classifies only the tiles")
		g.decl("// near its last key.")
		g.decl("func (st *%s) allowedPairs(h, q0, q1, kn int, cls []sparse.Class, pm *[]uint64, stable []sparse.Class, lo, hi int) int64 {", name)
	} else {
		g.decl("func (st *%s) allowedPairs(h, q0, q1 int, cls []sparse.Class, pm *[]uint64) int64 {", name)
	}
	g.decl("\tvar n int64")
	g.decl("\t*pm = (*pm)[:0]")
	g.decl("\tfor J := 0; J < st.nk; J++ {")
	if a.lens {
		g.decl("\t\tk0, k1 := J*%d, min((J+1)*%d, kn)", bk, bk)
		g.decl("\t\tif k1 <= k0 {")
		g.decl("\t\t\tcls[J] = sparse.Empty")
		g.decl("\t\t\tcontinue")
		g.decl("\t\t}")
	} else {
		g.decl("\t\tk0, k1 := J*%d, min((J+1)*%d, st.n)", bk, bk)
	}
	if a.lens {
		g.decl("\t\tif stable[J] == sparse.Unclassified {")
		g.decl("\t\t\tstable[J] = sparse.HorizonClass(%sMask, h, q0-(kn-lo), q1-1-(kn-lo), lo, hi, k0, J*%d+%d)", name, bk, bk-1)
		g.decl("\t\t}")
		g.decl("\t\tcls[J] = stable[J]")
		g.decl("\t\tif cls[J] == sparse.Partial {")
		g.decl("\t\t\tcls[J] = %sMask.Classify(h, q0, q1-1, k0, k1-1)", name)
		g.decl("\t\t}")
	} else {
		g.decl("\t\tcls[J] = %sMask.Classify(h, q0, q1-1, k0, k1-1)", name)
	}
	g.decl("\t\tswitch cls[J] {")
	g.decl("\t\tcase sparse.Empty:")
	g.decl("\t\tcase sparse.Full:")
	g.decl("\t\t\tn += int64((q1 - q0) * (k1 - k0))")
	g.decl("\t\tdefault:")
	g.decl("\t\t\tkeep := k1-k0 <= 64 && len(*pm) < %d*65", maxCachedPartial)
	g.decl("\t\t\tif keep {")
	g.decl("\t\t\t\t*pm = append(*pm, uint64(J))")
	g.decl("\t\t\t}")
	g.decl("\t\t\tfor i := q0; i < max(q1, q0+64); i++ {")
	g.decl("\t\t\t\tvar word uint64")
	g.decl("\t\t\t\tfor j := k0; j < k1 && i < q1; j++ {")
	g.decl("\t\t\t\t\tif %sAllowed(float64(i), float64(j), float64(h)) {", name)
	g.decl("\t\t\t\t\t\tn++")
	g.decl("\t\t\t\t\t\tword |= 1 << uint(j-k0)")
	g.decl("\t\t\t\t\t}")
	g.decl("\t\t\t\t}")
	g.decl("\t\t\t\tif keep && i < q0+64 {")
	g.decl("\t\t\t\t\t*pm = append(*pm, word)")
	g.decl("\t\t\t\t}")
	g.decl("\t\t\t}")
	g.decl("\t\t}")
	g.decl("\t}")
	g.decl("\treturn n")
	g.decl("}")
}

// stopDecl writes the early-stop rule of the kernel's type, once per type.
func (a *attention) stopDecl() {
	g, T := a.g, a.T
	g.decl("")
	g.decl("// stop%s is the early-stop rule: max (or mean) over rows with ℓ > 0 of Δ/ℓ < eps,", T)
	g.decl("// in float64 as the interpreter computes it.")
	g.decl("func stop%s(delta, l []float32, eps float64, useMax bool) bool {", T)
	g.decl("\tworst, sum, n := 0.0, 0.0, 0")
	g.decl("\tfor r, dl := range delta {")
	g.decl("\t\tif l[r] == 0 {")
	g.decl("\t\t\tcontinue")
	g.decl("\t\t}")
	g.decl("\t\tq := float64(dl) / float64(l[r])")
	g.decl("\t\tworst = math.Max(worst, q)")
	g.decl("\t\tsum += q")
	g.decl("\t\tn++")
	g.decl("\t}")
	g.decl("\tif n == 0 {")
	g.decl("\t\treturn false")
	g.decl("\t}")
	g.decl("\tif useMax {")
	g.decl("\t\treturn worst < eps")
	g.decl("\t}")
	g.decl("\treturn sum/float64(n) < eps")
	g.decl("}")
}
