package cuda

import (
	"encoding/binary"
	"fmt"

	"github.com/attnc/attnc/runtime/sparse"
)

// rowKernels runs a per-row step on the device: a rowgate (the keys
// pooled in blocks of Rows.Block, each mean as three b16 parts, then the gate kernel:
// codegen/nvptx/gate.go) or a tokenselect (the token kernel, tokens.go,
// over the rows' blocks — the gate's list where the device wrote it,
// else uploaded). The lists stay on the device for a token stage after
// them, and come back ([H, M, W] or [H, M, top]) for the steps that read
// them on the host: the attention's row tiles (sparse.RowTiles). With
// RunOptions.RowScores the kernels also write the scores they ranked
// (Result.RowE). The lists come back on the first repetition and the
// last (as a device selection's do): the others' host readers take the
// first's, the same lists — at N = 131072 a gate's are 1.7 GB, which every
// repetition copied before.
func (r *run) rowKernels(st *PlanStep, last bool) (float64, error) {
	drv, ro := r.p.drv, st.Rows
	qn, kn := st.Args[0], st.Args[1]
	H, M, d := r.shape[qn][0], r.shape[qn][1], r.shape[qn][2]
	G, N := r.shape[kn][0], r.shape[kn][1]
	if G <= 0 || H%G != 0 {
		return 0, fmt.Errorf("%s: %d query heads over %d KV heads", st.Pos, H, G)
	}
	nb := (N + ro.Block - 1) / ro.Block
	w, ne := ro.Spec.Width(nb), nb // list width, scores a row
	var rows Buffer
	if st.Op == OpTokenSelect {
		rn := st.Args[2]
		rw := r.shape[rn][2]
		w, ne = ro.Top, rw*ro.Block
		var ok bool
		if rows, ok = r.devRows[rn]; !ok {
			var err error
			if rows, err = r.upload(Int32Bytes(r.i32[rn])); err != nil {
				return 0, err
			}
		}
	}
	q, err := r.param(qn, r.paramType(qn))
	if err != nil {
		return 0, err
	}
	k, err := r.param(kn, r.paramType(kn))
	if err != nil {
		return 0, err
	}
	// Poisoned first, so that an unwritten entry shows: the lists with
	// 0xfe bytes (-1 is their padding), the scores with 0xff (a NaN no
	// arithmetic produces).
	out, err := r.upload(filled(4*max(H*M*w, 1), 0xfe))
	if err != nil {
		return 0, err
	}
	var e Buffer
	if r.opts.RowScores {
		if e, err = r.upload(filled(4*max(H*M*ne, 1), 0xff)); err != nil {
			return 0, err
		}
	}
	var km Buffer // the gate's block means
	var calls []launchCall
	for _, l := range st.Launches {
		for _, name := range l.Kernels {
			kk := r.p.kernels[name]
			fn, err := drv.KernelFunction(r.p.mod, kk) // a gate of 32 rows takes dynamic shared memory
			if err != nil {
				return 0, err
			}
			c := launchCall{fn: fn, block: [3]uint32{uint32(kk.BlockRows), 1, 1}, smem: uint32(kk.Smem)}
			if kk.Kind != KindPool && kk.Rows <= 0 {
				return 0, fmt.Errorf("cuda: %s: %d rows a block", kk.Name, kk.Rows)
			}
			switch kk.Kind {
			case KindPool: // the gate's block means
				c.grid = [3]uint32{uint32(max(nb, 1)), uint32(G), 1}
				if km, err = r.alloc(6 * max(G*nb*d, 1)); err != nil { // three b16 parts of each mean (the gate's pool)
					return 0, err
				}
				c.args = []any{k.Ptr, km.Ptr, int32(N), int32(nb)}
			case KindGate:
				c.grid = [3]uint32{uint32(max((M+kk.Rows-1)/kk.Rows, 1)), uint32(H), 1}
				c.args = []any{q.Ptr, km.Ptr, out.Ptr, e.Ptr, int32(M), int32(N), int32(nb), int32(H / G)}
			case KindTokens:
				c.grid = [3]uint32{uint32(max((M+kk.Rows-1)/kk.Rows, 1)), uint32(H), 1}
				c.args = []any{q.Ptr, k.Ptr, rows.Ptr, out.Ptr, e.Ptr, int32(M), int32(N), int32(H / G)}
			default:
				return 0, fmt.Errorf("cuda: %s is not a per-row kernel (kind %q)", kk.Name, kk.Kind)
			}
			calls = append(calls, c)
		}
	}
	if M == 0 || N == 0 {
		calls = nil // no rows, or nothing to rank: every list -1
	}
	t, err := drv.timeLaunches(calls)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", st.Name, err)
	}
	r.shape[st.Out], r.devRows[st.Out] = []int{H, M, w}, out
	if !last && r.i32[st.Out] != nil {
		return float64(t), nil
	}
	lb := make([]byte, 4*H*M*w)
	if err := drv.DownloadBytes(lb, out); err != nil {
		return 0, err
	}
	lists := int32s(lb)
	for i, x := range lists {
		switch {
		case M == 0 || N == 0:
			lists[i] = -1
		case x == rowPoison:
			return 0, fmt.Errorf("%s: internal error: the %s kernel left entry %d of its lists unwritten", st.Pos, st.Op, i)
		}
	}
	r.i32[st.Out] = lists
	if r.opts.RowScores && M > 0 && N > 0 {
		eb := make([]byte, 4*H*M*ne)
		if err := drv.DownloadBytes(eb, e); err != nil {
			return 0, err
		}
		if at := poisoned(eb, 4); at >= 0 {
			return 0, fmt.Errorf("%s: internal error: the %s kernel left score %d unwritten", st.Pos, st.Op, at)
		}
		r.rowE[st.Out], r.rowOut[st.Out] = float32s(eb), lists
	}
	return float64(t), nil
}

// RowTilesMaxNK is the most key tiles the row-tile kernels take (their
// bitmap of a query tile's key tiles in shared memory); past it the host
// builds the lists (sparse.RowTiles).
const RowTilesMaxNK = 8192

// rowTilesDevice builds a per-row attention step's union lists and row
// bits on the device (codegen/nvptx/rowtiles.go) from its rows' lists —
// the device's own where a per-row kernel wrote them, else uploaded — and
// sets a's RowMask and RowOff. It returns the union list's buffer and the
// kernels' time, or nil where the plan has no such kernels or the keys
// are too many (the host's RowTiles then, rowLists). On the last
// repetition the union list comes back into *list for the report.
func (r *run) rowTilesDevice(st *PlanStep, k *Kernel, a *AttentionArgs, list *[]int32, last bool) (*Buffer, float64, error) {
	var names []string
	for _, l := range st.Launches {
		if l.What == "rowtiles" {
			names = l.Kernels
		}
	}
	nq, nk := (a.M+k.BQ-1)/k.BQ, (a.N+k.BK-1)/k.BK
	if len(names) != 3 || nk == 0 || nk > RowTilesMaxNK || len(st.Args) < 4 || a.M == 0 {
		return nil, 0, nil
	}
	drv, rn := r.p.drv, st.Args[3]
	w := r.shape[rn][2]
	rows, ok := r.devRows[rn]
	if !ok {
		if *list == nil {
			return nil, 0, fmt.Errorf("internal error: %s: a per-row kernel without its rows' lists", st.Name)
		}
		var err error
		if rows, err = r.upload(Int32Bytes(*list)); err != nil {
			return nil, 0, err
		}
	}
	items := a.H * nq
	counts, err := r.alloc(4 * items)
	if err != nil {
		return nil, 0, err
	}
	offs, err := r.alloc(8 * (items + 1))
	if err != nil {
		return nil, 0, err
	}
	fns := make([]Function, 3)
	for i, n := range names {
		if fns[i], err = drv.Function(r.p.mod, r.p.kernels[n].Name); err != nil {
			return nil, 0, err
		}
	}
	bq := uint32(k.BQ)
	grid := [3]uint32{uint32(nq), uint32(a.H), 1}
	t1, err := drv.timeLaunches([]launchCall{
		{fn: fns[0], grid: grid, block: [3]uint32{bq, 1, 1}, args: []any{rows.Ptr, counts.Ptr, int32(a.M), int32(a.N), int32(w), int32(nq)}},
		{fn: fns[1], grid: [3]uint32{1, 1, 1}, block: [3]uint32{uint32(r.p.kernels[names[1]].BlockRows), 1, 1}, args: []any{counts.Ptr, offs.Ptr, int32(items)}},
	})
	if err != nil {
		return nil, 0, fmt.Errorf("%s (row tiles): %v", st.Name, err)
	}
	tb := make([]byte, 8)
	if err := drv.DownloadBytes(tb, Buffer{Ptr: offs.Ptr + uint64(8*items), Size: 8}); err != nil {
		return nil, 0, err
	}
	total := int64(binary.LittleEndian.Uint64(tb))
	perTile := k.BQ
	if k.RowFlags() {
		perTile = RowFlagWords(k.BQ)
	}
	if total < 0 || total > int64(items)*int64(nk)*int64(perTile) {
		return nil, 0, fmt.Errorf("internal error: %s: the row-tile kernels counted %d row masks", st.Name, total)
	}
	masks, err := r.alloc(8 * int(max(total, 1)))
	if err != nil {
		return nil, 0, err
	}
	lb, err := r.alloc(4 * items * 2 * nk)
	if err != nil {
		return nil, 0, err
	}
	t2, err := drv.timeLaunches([]launchCall{{fn: fns[2], grid: grid, block: [3]uint32{bq, 1, 1},
		args: []any{rows.Ptr, offs.Ptr, lb.Ptr, masks.Ptr, int32(a.M), int32(a.N), int32(w), int32(nq), int32(nk)}}})
	if err != nil {
		return nil, 0, fmt.Errorf("%s (row tiles): %v", st.Name, err)
	}
	a.RowMask, a.RowOff = masks, offs
	*list = nil
	if last {
		b := make([]byte, 4*items*2*nk)
		if err := drv.DownloadBytes(b, lb); err != nil {
			return nil, 0, err
		}
		*list = int32s(b)
	}
	ms := float64(t1 + t2)
	if r.parts == nil {
		r.parts = map[string]float64{}
	}
	r.parts["rowtiles"] = ms
	return &lb, ms, nil
}

// rowPoison is the value of a list entry a per-row kernel left unwritten.
const rowPoison = -0x01010102 // 0xfefefefe

// filled is n bytes of x.
func filled(n int, x byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = x
	}
	return b
}

// RowFlags says whether a per-row kernel keeps its rows' bits as flags:
// with blocks of whole key tiles (block a multiple of bk, not tokens) a
// row reads all of a listed tile's keys or none, so the device keeps one
// bit a row a listed tile — RowFlagWords(bq) words a tile, row r's bit r %
// 64 of word r / 64 — instead of each row's 64 key bits (sparse.RowTiles's
// words: 64 times the bytes, most of the row-tile kernels' time at
// 131072 keys).
func RowFlags(block int, tokens bool, bk int) bool {
	return !tokens && block > 0 && bk > 0 && block%bk == 0
}

// RowFlags is RowFlags of k's rows.
func (k *Kernel) RowFlags() bool { return RowFlags(k.RowBlock, k.RowTokens, k.BK) }

// RowFlagWords is the words a listed tile's flags take for bq-row query
// tiles.
func RowFlagWords(bq int) int { return (bq + 63) / 64 }

// RowFlagMasks turns RowTiles's row words (bq a listed tile) into flags
// (RowFlagWords(bq) a listed tile: a row's bit set where its word is not
// zero) and the items' offsets to match.
func RowFlagMasks(tl sparse.RowTileLists, bq int) ([]uint64, []int) {
	wpt := RowFlagWords(bq)
	masks := make([]uint64, len(tl.Masks)/bq*wpt)
	offs := make([]int, len(tl.Offsets))
	for i, o := range tl.Offsets {
		offs[i] = o / bq * wpt
	}
	for t := range len(tl.Masks) / bq {
		for r, w := range tl.Masks[t*bq : (t+1)*bq] {
			if w != 0 {
				masks[t*wpt+r/64] |= 1 << (r % 64)
			}
		}
	}
	return masks, offs
}
