package cuda

import (
	"fmt"
	"math"
	"os"
	"slices"
	"unsafe"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// attention launches one attention kernel — or, for a run of few queries
// of a step compiled with them, the decode path's two kernels (decode.go)
// over the same tables; with keep its output (poisoned first) comes back,
// rounded as the kernel stored it, and is checked for unwritten elements.
// It returns the tiles visited, the device ms and whether the decode path
// ran.
func (r *run) attention(st *PlanStep, keep, last bool) (int64, float64, bool, error) {
	drv, k := r.p.drv, r.p.kernels[st.Kernel]
	qb, kb, vb := st.Args[0], st.Args[1], st.Args[2]
	H, M, D := r.shape[qb][0], r.shape[qb][1], r.shape[qb][2]
	G, N := r.shape[kb][0], r.shape[kb][1]
	variants, combine := r.decodePath(st, M, N)
	if combine != nil {
		k = variants[0] // its tables and checks are the attention kernel's
	}
	if G == 0 || H%G != 0 {
		return 0, 0, false, fmt.Errorf("%s: %d query heads do not divide into %d key/value heads", st.Pos, H, G)
	}
	if D != k.D || r.shape[kb][2] != k.D || r.shape[vb][2] != k.DV {
		return 0, 0, false, fmt.Errorf("%s: head dims q %d, k %d, v %d; the kernel was compiled for %d, %d, %d", st.Pos, D, r.shape[kb][2], r.shape[vb][2], k.D, k.D, k.DV)
	}
	if v := r.shape[vb]; v[0] != G || v[1] != N {
		return 0, 0, false, fmt.Errorf("%s: v is %v, k is %v: they must agree in heads and tokens", st.Pos, v, r.shape[kb])
	}
	dt := runtime.F32
	if k.tabled() {
		dt = dtypeOf(k.DType)
	}
	a := AttentionArgs{H: H, M: M, N: N, Group: H / G}
	var err error
	if a.Lens, a.LensBuf, err = r.stepLens(st, H, G, N); err != nil {
		return 0, 0, false, err
	}
	if a.Lens != nil && combine == nil {
		return 0, 0, false, fmt.Errorf("%s: key lengths on the GPU take the decode kernels only: at most %d queries per head (M = %d), a kernel with them (docs/gpu.md); run it with -device cpu", st.Pos, DecodeRows, M)
	}
	if a.Q, err = r.param(qb, dt); err != nil {
		return 0, 0, false, err
	}
	if a.K, err = r.param(kb, dt); err != nil {
		return 0, 0, false, err
	}
	// Non-finite values rows of V at keys a row does not read must not
	// reach it, but the tensor cores multiply P = 0 by every V row of a
	// tile (0·NaN = NaN). So such keys' V rows go up as zeros, and the rows
	// that do read them are made NaN afterwards (nonfinite.go).
	bad := r.nonFiniteKeys(vb)
	if len(bad) > 0 && k.tabled() {
		a.V, err = r.finiteParam(vb, dt)
	} else {
		a.V, err = r.param(vb, dt)
	}
	if err != nil {
		return 0, 0, false, err
	}
	var list, perm []int32
	var dlist *Buffer
	share := 1
	if len(st.Args) > 3 {
		list = r.i32[st.Args[3]]
		if b, ok := r.devList[st.Args[3]]; ok {
			dlist, share = &b.buf, b.share
		}
	}
	var rows *sparse.RowTileLists
	var rowMS float64
	if k.PerRow {
		var dl *Buffer
		if dl, rowMS, err = r.rowTilesDevice(st, k, &a, &list, last); err != nil {
			return 0, 0, false, err
		}
		if dl != nil {
			dlist = dl
		} else if rows, err = r.rowLists(st, k, &a, &list); err != nil {
			return 0, 0, false, err
		}
	}
	var dperm *devPerm
	if len(st.Args) > 4 {
		perm, a.NS, a.Segment = r.i32[st.Args[4]], r.shape[st.Args[4]][1], st.Segment
		if a.Segment <= 0 {
			return 0, 0, false, fmt.Errorf("%s: plan step %s gathers through a permutation without its segment", st.Pos, st.Name)
		}
		if dp, ok := r.devPerm[st.Args[4]]; ok {
			// The order on the device: [H, 1, N] (local scope, one
			// segment of M queries) or [H, NS, N] (global).
			dperm, a.Perm, a.NS, a.Segment = &dp, dp.perm, dp.ns, dp.seg
		} else if a.Perm, err = r.upload(Int32Bytes(perm)); err != nil {
			return 0, 0, false, err
		}
	}
	tiles, err := r.attentionLists(k, &a, list, perm, dlist, dperm)
	if err != nil {
		return 0, 0, false, err
	}
	if dlist != nil {
		a.Tables.LH = share
	}
	var o *runtime.Tensor
	odt := dtypeOf(k.OutType)
	if keep {
		o = runtime.New(odt, H, M, k.DV)
		for i := range o.Data {
			o.Data[i] = 0xff // poison: NaN in every float type
		}
		a.Out, err = r.upload(o.Data)
	} else {
		a.Out, err = r.alloc(H * M * k.DV * odt.Size()) // no host copy: nobody reads this output
	}
	if err != nil {
		return 0, 0, false, err
	}
	nq := a.Tables.NQ // query tiles, for an early exit's visits
	if !k.tabled() {
		nq = a.NQ
	}
	if k.EarlyExit {
		if a.Visits, err = r.alloc(4 * H * nq); err != nil {
			return 0, 0, false, err
		}
	}
	var before []launchCall // compensate's preparation (compensate.go), then pairs' lists (pairLists) of its lists
	if k.Compensate {
		if before, err = r.compensation(st, k, &a); err != nil {
			return 0, 0, false, err
		}
	}
	if k.Pair {
		pc, err := r.pairLists(st, k, &a)
		if err != nil {
			return 0, 0, false, err
		}
		before = append(before, pc)
	}
	calls := before
	if combine != nil {
		dc, err := r.decodeCalls(variants, combine, &a)
		if err != nil {
			return 0, 0, false, err
		}
		calls = append(calls, dc...)
	} else {
		fn, err := drv.KernelFunction(r.p.mod, k)
		if err != nil {
			return 0, 0, false, err
		}
		grid, block, args, err := k.AttentionLaunch(a)
		if err != nil {
			return 0, 0, false, err
		}
		calls = append(calls, launchCall{name: k.Name, fn: fn, grid: grid, block: block, args: args, smem: uint32(k.Smem)})
	}
	if perKernel && len(calls) > 1 {
		// The step's launches timed alone as well, for profiles: the
		// decode path's two, or compensation's three before its kernel.
		// In order, so each reads what the ones before it wrote.
		if r.parts == nil {
			r.parts = map[string]float64{}
		}
		for i, c := range calls {
			t, err := drv.timeLaunches([]launchCall{c})
			if err != nil {
				return 0, 0, false, err
			}
			r.parts[launchPart(calls, i, len(before), combine != nil)] = float64(t)
		}
	}
	ms, err := drv.timeLaunches(calls)
	if err != nil {
		return 0, 0, false, fmt.Errorf("%s: %v", k.Name, err)
	}
	var visits []int32
	if k.EarlyExit {
		// The kernel stopped where it did: count what it processed.
		v := make([]byte, 4*H*nq)
		if err := drv.DownloadBytes(v, a.Visits); err != nil {
			return 0, 0, false, err
		}
		visits, tiles = int32s(v), 0
		for _, n := range visits {
			tiles += int64(n)
		}
	}
	if last {
		if list == nil && dlist != nil {
			return 0, 0, false, fmt.Errorf("internal error: %s: the device's tile list was not downloaded for the report", st.Name)
		}
		var rowList []int32
		var rowW int
		if k.PerRow {
			// Each row's own list (the gate's or the tokens', on the host
			// after the last repetition): density counts its pairs.
			rowList, rowW = r.i32[st.Args[3]], r.shape[st.Args[3]][2]
			if rowList == nil {
				return 0, 0, false, fmt.Errorf("internal error: %s: the rows' lists were not downloaded for the report", st.Name)
			}
		}
		for h, ps := range r.pairStats(k, &a, list, perm, visits, rowList, rowW) {
			if h >= len(r.pairs) {
				r.pairs = append(r.pairs, PairStats{})
			}
			r.pairs[h].Allowed += ps.Allowed
			r.pairs[h].Computed += ps.Computed
		}
	}
	if !keep {
		return tiles, float64(ms) + rowMS, combine != nil, nil
	}
	if err := drv.DownloadBytes(o.Data, a.Out); err != nil {
		return 0, 0, false, err
	}
	if i := poisoned(o.Data, odt.Size()); i >= 0 {
		return 0, 0, false, fmt.Errorf("internal error: %s did not write output element %d (it still holds the poison)", k.Name, i)
	}
	out := o.Float64s()
	if k.PerRow && rows == nil && len(bad) > 0 && list != nil {
		// The union and row bits were built on the device: the readers
		// of non-finite V rows from the host's copy of the same lists.
		tl := sparse.RowTiles(r.i32[st.Args[3]], a.H, a.M, r.shape[st.Args[3]][2], a.N, k.RowBlock, k.RowTokens, k.BQ, k.BK)
		rows = &tl
	}
	if len(bad) > 0 && k.tabled() && (list != nil || !k.Sparse) {
		// (A timing repetition of a device-selected list has no host copy
		// of it; the last repetition, whose output is the result, does.)
		r.poisonReaders(out, k, &a, bad, list, perm, visits, rows)
	}
	r.f64[st.Out], r.shape[st.Out] = out, []int{H, M, k.DV}
	return tiles, float64(ms) + rowMS, combine != nil, nil
}

// attentionLists sets a's tile list and classes (uploading what the device
// does not hold yet) and counts the tiles a dense or listed kernel visits.
func (r *run) attentionLists(k *Kernel, a *AttentionArgs, list, perm []int32, dlist *Buffer, dperm *devPerm) (int64, error) {
	H, M, N := a.H, a.M, a.N
	var tiles int64
	var err error
	switch {
	case k.tabled():
		var tb Tables
		if dperm != nil {
			// The permutation and its classes are on the device; so is
			// the list (the target places them together).
			if dlist == nil {
				return 0, fmt.Errorf("internal error: %s: a device permutation with a list from the host", k.Name)
			}
			tb = Tables{NQ: (M + k.BQ - 1) / k.BQ, NK: (N + k.BK - 1) / k.BK, CH: 1, LH: 1}
		} else if a.Lens != nil {
			if tb, err = r.p.lensTables(k, H, M, N, a.Lens, list, dlist != nil); err != nil {
				return 0, err
			}
		} else if tb, err = r.p.Tables(k, H, M, N, list, perm, a.Segment, dlist != nil); err != nil {
			return 0, err
		}
		a.Tables = tb
		if dlist != nil {
			a.List = *dlist
			for i := 0; i+tb.NK <= len(list); i += 2 * tb.NK {
				tiles += countTiles(list[i : i+tb.NK]) // the downloaded copy, for the report
			}
		} else {
			for h := range H {
				lh := tb.listHead(h)
				for I := range tb.NQ {
					tiles += countTiles(tb.List[(lh*tb.NQ+I)*2*tb.NK:][:tb.NK])
				}
			}
			if a.List, err = r.upload(Int32Bytes(tb.List)); err != nil {
				return 0, err
			}
		}
		if dperm != nil {
			a.Class = dperm.class
			return tiles, nil
		}
		a.Class, err = r.upload(tb.Class)
		return tiles, err
	case k.Sparse:
		a.NQ, a.NK = (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
		if dlist != nil {
			// The select kernel's list, on the device already ([H, NQ,
			// 2, NK], one list a head: proxy heads, which share theirs,
			// take the tensor-core kernel only).
			if dlist.Size < uint64(4*H*a.NQ*2*a.NK) {
				return 0, fmt.Errorf("internal error: %s: the device's list holds %d bytes, not a list a head (%d×%d×2×%d int32)", k.Name, dlist.Size, H, a.NQ, a.NK)
			}
			a.List = *dlist
		} else if a.List, err = r.upload(Int32Bytes(list)); err != nil {
			return 0, err
		}
		for i := 0; i+a.NK <= len(list); i += 2 * a.NK {
			tiles += countTiles(list[i : i+a.NK]) // the host's copy, for the report
		}
	}
	return tiles, err
}

// rowLists turns a per-row kernel's list (each row's blocks or keys, [H,
// M, W]) into the union of each query tile's rows' key tiles, which
// replaces *list, and uploads every row's key bits and each item's first
// (sparse.RowTiles) as a's RowMask and RowOff. The pairs the report counts
// are then the union's (the work the kernel does; the interpreter and the
// CPU count the rows' own).
func (r *run) rowLists(st *PlanStep, k *Kernel, a *AttentionArgs, list *[]int32) (*sparse.RowTileLists, error) {
	if len(st.Args) < 4 || *list == nil {
		return nil, fmt.Errorf("internal error: %s: a per-row kernel without its rows' lists", st.Name)
	}
	w := r.shape[st.Args[3]][2]
	tl := sparse.RowTiles(*list, a.H, a.M, w, a.N, k.RowBlock, k.RowTokens, k.BQ, k.BK)
	*list = tl.List
	masks, toff := tl.Masks, tl.Offsets
	if k.RowFlags() {
		masks, toff = RowFlagMasks(tl, k.BQ)
	}
	if len(masks) == 0 {
		masks = []uint64{0} // no listed tile anywhere: a buffer all the same
	}
	nq := (a.M + k.BQ - 1) / k.BQ
	offs := make([]int64, a.H*nq)
	for i := range offs {
		offs[i] = int64(toff[i])
	}
	var err error
	if a.RowMask, err = r.upload(unsafe.Slice((*byte)(unsafe.Pointer(&masks[0])), 8*len(masks))); err != nil {
		return nil, err
	}
	a.RowOff, err = r.upload(unsafe.Slice((*byte)(unsafe.Pointer(&offs[0])), 8*len(offs)))
	return &tl, err
}

// countTiles counts the entries of one tile list row.
func countTiles(list []int32) int64 {
	var n int64
	for _, J := range list {
		if J >= 0 {
			n++
		}
	}
	return n
}

// Tables is k.Tables(H, M, N, list, perm, segment) — with onDevice, only
// the classes (the list is on the device already). The class table (and a
// dense kernel's list) depend on the mask and the shape only unless a
// permutation moves the keys, so those are kept for the program instead of
// rebuilt every repetition.
func (p *Program) Tables(k *Kernel, H, M, N int, list, perm []int32, segment int, onDevice bool) (Tables, error) {
	switch {
	case perm != nil && onDevice:
		tb := k.Classes(H, M, N, perm, segment)
		tb.LH = 1
		return tb, nil
	case perm != nil:
		return k.Tables(H, M, N, list, perm, segment)
	case onDevice:
		tb := p.classTable(k, H, M, N)
		tb.LH = 1
		return tb, nil
	case k.Sparse:
		tb := p.classTable(k, H, M, N)
		if len(list) != H*tb.NQ*2*tb.NK {
			return tb, fmt.Errorf("internal error: %s: tile list has %d entries, want %d×%d×2×%d", k.Name, len(list), H, tb.NQ, tb.NK)
		}
		tb.List, tb.LH = list, 1
		return tb, nil
	}
	return p.denseTables(k, H, M, N)
}

// classTable is k.Classes(H, M, N, nil, 0), kept for the program.
func (p *Program) classTable(k *Kernel, H, M, N int) Tables {
	key := fmt.Sprint(k.Name, H, M, N)
	if t, ok := p.classes[key]; ok {
		return t
	}
	if p.classes == nil {
		p.classes = map[string]Tables{}
	}
	t := k.Classes(H, M, N, nil, 0)
	p.classes[key] = t
	return t
}

// denseTables is k.Tables(H, M, N, nil, nil, 0) (a dense kernel's list of
// non-empty tiles and their classes), kept for the program.
func (p *Program) denseTables(k *Kernel, H, M, N int) (Tables, error) {
	key := fmt.Sprint("dense ", k.Name, H, M, N)
	if t, ok := p.classes[key]; ok {
		return t, nil
	}
	if p.classes == nil {
		p.classes = map[string]Tables{}
	}
	t, err := k.Tables(H, M, N, nil, nil, 0)
	if err == nil {
		p.classes[key] = t
	}
	return t, err
}

// scoreSelect runs a score-select step's launches (mean: pooled q and k and
// their GEMM; antidiagonal: row statistics, then tile masses; then the
// select kernel), each group timed on its own; the list stays on the
// device for the attention. With last, the scores and the list are
// downloaded for the report (outside the timed region).
func (r *run) scoreSelect(st *PlanStep, last bool, parts map[string]float64) (float64, error) {
	drv, sc := r.p.drv, st.Score
	qb, kb := st.Args[0], st.Args[1]
	H, M, d := r.shape[qb][0], r.shape[qb][1], r.shape[qb][2]
	G, N := r.shape[kb][0], r.shape[kb][1]
	nq, nk := (M+sc.BQ-1)/sc.BQ, (N+sc.BK-1)/sc.BK
	if st.Select != nil {
		// One budget density per head: the pick kernel reads the list by
		// head, so the run must have as many heads.
		if err := st.Select.CheckHeads(H); err != nil {
			return 0, fmt.Errorf("%s: %v", st.Pos, err)
		}
	}
	sa, err := r.scoreArgs(st, H, G, M, N, d, nq, nk)
	if err != nil {
		return 0, err
	}
	if last {
		// The list comes back to the host whole: its entries past each
		// row's -1, which the kernels do not write (EndLists), are -1
		// too, so the copy reads no memory never written (initcheck).
		// Before the timed launches, outside their events.
		if err := drv.Fill32(sa.List, 0xffffffff); err != nil {
			return 0, err
		}
	}
	share := H / sa.H // proxy heads: the heads sharing each list
	row := nq == 1 && sa.Perm.Size == 0 && sa.InH == 0 && slices.ContainsFunc(st.Launches, func(l PlanLaunch) bool {
		return slices.ContainsFunc(l.Kernels, func(n string) bool { return r.p.kernels[n].Kind == KindScoresRow })
	})
	var ms float64
	for _, l := range st.Launches {
		var calls []launchCall
		var names []string
		for _, name := range l.Kernels {
			kk := r.p.kernels[name]
			switch {
			case row && (kk.Kind == KindScores || kk.Kind == KindPool && kk.Arg == "q"):
				continue // one query tile: the row kernel pools q and scores it
			case !row && kk.Kind == KindScoresRow:
				continue
			}
			names = append(names, name)
			fn, err := drv.Function(r.p.mod, kk.Name)
			if err != nil {
				return 0, err
			}
			grid, block, args, err := kk.ScoreLaunch(sa)
			if err != nil {
				return 0, err
			}
			calls = append(calls, launchCall{name: kk.Name, fn: fn, grid: grid, block: block, args: args})
		}
		if perKernel {
			// Each launch timed alone as well, for profiles (the group's
			// time stays the sum of its launches, timed together).
			for i := range calls {
				t, err := drv.timeLaunches(calls[i : i+1])
				if err != nil {
					return 0, fmt.Errorf("%s (%s): %v", st.Name, names[i], err)
				}
				parts[l.What+"/"+names[i]] += float64(t)
			}
		}
		t, err := drv.timeLaunches(calls)
		if err != nil {
			return 0, fmt.Errorf("%s (%s): %v", st.Name, l.What, err)
		}
		parts[l.What] = float64(t)
		ms += float64(t)
	}
	if sa.Dots.Size > 0 {
		// The permute's per-key dots are read by the rescoring alone.
		r.release(sa.Dots)
		if dp, ok := r.devPerm[argAt(st.Args, 2)]; ok {
			dp.dots = Buffer{}
			r.devPerm[argAt(st.Args, 2)] = dp
		}
	}
	if km := sa.kept; km != nil {
		// The means now hold for these lengths and keys.
		km.lens, km.keys = sa.keptLens, r.residentInput(st.Args[1])
		if km.keys != nil {
			for g := range km.keys.low {
				km.keys.low[g] = math.MaxInt
			}
		}
	}
	if sa.KM.Size > 0 && sa.Perm.Size == 0 && sa.InH == 0 && sa.kept == nil {
		if r.keyMeans == nil {
			r.keyMeans = map[string]Buffer{}
		}
		r.keyMeans[st.Out] = sa.KM
	}
	r.devList[sc.SelectOut] = devList{sa.List, share}
	r.shape[st.Out], r.shape[sc.SelectOut] = []int{H, nq, nk}, []int{H, nq, 2, nk}
	if !last {
		r.i32[sc.SelectOut] = nil
		return ms, nil
	}
	eb := make([]byte, 4*sa.H*nq*nk)
	lb := make([]byte, 4*sa.H*nq*2*nk)
	if err := drv.DownloadBytes(eb, sa.E); err != nil {
		return 0, err
	}
	if err := drv.DownloadBytes(lb, sa.List); err != nil {
		return 0, err
	}
	// Every head of a proxy group has its group's scores and list, as
	// the host's blockscore and blockselect give them: padded with -1.
	list := int32s(lb)
	EndLists(list, nk)
	r.f64[st.Out], r.i32[sc.SelectOut] = spread(float32s(eb), sa.H, share), spread(list, sa.H, share)
	return ms, nil
}

// spread repeats each of the heads equal parts of x share times.
func spread[T any](x []T, heads, share int) []T {
	if share <= 1 {
		return x
	}
	size := len(x) / heads
	out := make([]T, 0, len(x)*share)
	for h := range heads {
		for range share {
			out = append(out, x[h*size:(h+1)*size]...)
		}
	}
	return out
}

// perKernel (ATTNC_TIME_KERNELS=1) also times each launch of a score-select
// step alone, as "group/kernel" in the parts: the budget group's dozen
// launches, say. It runs them twice, so only for profiles.
var perKernel = os.Getenv("ATTNC_TIME_KERNELS") == "1"

// launchPart names an attention step's launch i for the parts when its
// launches are timed alone: the nb launches before its kernel
// (the pair lists', compensation's pools and list: group/kernel), then the kernel
// ("kernel") or the decode path's two ("decode", "combine").
func launchPart(calls []launchCall, i, nb int, decode bool) string {
	if i < nb {
		return calls[i].group + "/" + calls[i].name
	}
	if decode {
		return []string{"decode", "combine"}[i-nb]
	}
	return "kernel"
}

// reportAttrs writes c's kernel's FuncAttrs to stderr the first time it
// is launched (ATTNC_TIME_KERNELS=1).
func (d *Driver) reportAttrs(c launchCall) {
	if c.name == "" || d.reported[c.name] {
		return
	}
	if d.reported == nil {
		d.reported = map[string]bool{}
	}
	d.reported[c.name] = true
	if a, ok := d.Attrs(c.fn, int(c.block[0]*c.block[1]*c.block[2]), int(c.smem)); ok {
		fmt.Fprintf(os.Stderr, "attnc: kernel %s: %v\n", c.name, a)
	}
}

// launchCall is one kernel launch of a timed group.
type launchCall struct {
	name        string // for the parts (ATTNC_TIME_KERNELS); may be empty
	group       string // before an attention kernel: its launch group, "pairs" or "compensate" (launchPart)
	fn          Function
	grid, block [3]uint32
	args        []any
	smem        uint32 // dynamic shared memory (Kernel.Smem)
}

// timeLaunches runs calls in order and returns their device time. With
// ATTNC_TIME_KERNELS=1 it also reports each named kernel's registers,
// local memory and CTAs an SM on stderr, once.
func (d *Driver) timeLaunches(calls []launchCall) (float32, error) {
	if perKernel {
		for _, c := range calls {
			d.reportAttrs(c)
		}
	}
	return d.Time(func() error {
		for _, c := range calls {
			if err := d.Launch(c.fn, c.grid, c.block, c.smem, c.args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// scoreArgs allocates a score-select step's buffers: scores, lists, and
// the intermediate pooled means (mean) or row statistics (antidiagonal).
func (r *run) scoreArgs(st *PlanStep, H, G, M, N, d, nq, nk int) (ScoreArgs, error) {
	sc := st.Score
	var sel *Kernel
	antidiagonal, budget, stride, keyStride := false, false, 0, 0
	for _, l := range st.Launches {
		for _, name := range l.Kernels {
			switch k := r.p.kernels[name]; k.Kind {
			case KindSelect, KindBudgetRows:
				sel = k
				budget = k.Kind == KindBudgetRows
			case KindADStats:
				antidiagonal, stride, keyStride = true, k.Stride, k.KeyStride
			}
		}
	}
	if sel == nil {
		return ScoreArgs{}, fmt.Errorf("%s: plan step %s has no select kernel", st.Pos, st.Name)
	}
	q, err := r.param(st.Args[0], r.paramType(st.Args[0]))
	if err != nil {
		return ScoreArgs{}, err
	}
	k, err := r.param(st.Args[1], r.paramType(st.Args[1]))
	if err != nil {
		return ScoreArgs{}, err
	}
	sa := ScoreArgs{H: H, G: G, M: M, N: N, D: d, NQ: nq, NK: nk, Q: q, K: k}
	var lens []int32
	if lens, sa.Lens, err = r.stepLens(st, H, G, N); err != nil {
		return sa, err
	}
	if lens != nil {
		sa.HS, sa.GS = H/len(lens), G/len(lens)
	}
	if p := sc.Heads; p > 0 {
		// The proxy kernels average q and k into p heads (proxy.go);
		// every kernel after them scores and selects those.
		if H%p != 0 {
			return sa, fmt.Errorf("%s: score(heads: %d): query heads H=%d are not a multiple of %d", st.Pos, p, H, p)
		}
		sa.InH, sa.InG, sa.InQ, sa.InK = H, G, q, k
		if sa.Q, err = r.alloc(2 * p * M * d); err != nil {
			return sa, err
		}
		if sa.K, err = r.alloc(2 * p * N * d); err != nil {
			return sa, err
		}
		sa.H, sa.G, H, G = p, p, p, p
	}
	kmHeads := G
	if dp, ok := r.devPerm[argAt(st.Args, 2)]; ok && dp.global {
		// A global order on the device: its classes; the keys pooled and
		// scored as they lie, then the permuted tiles rescored.
		sa.Class, sa.CH = dp.class, 1
		sa.SegPerm, sa.NS, sa.Dots = dp.perm, dp.ns, dp.dots
	} else if ok {
		// Keys permuted on the device: its classes, keys pooled per
		// query head.
		sa.Perm, sa.Class, sa.CH, kmHeads = dp.perm, dp.class, 1, H
	} else {
		tb := r.p.classTable(sel, H, M, N)
		if lens != nil {
			tb, _ = r.p.lensTables(sel, H, M, N, lens, nil, true)
		}
		sa.CH = tb.CH
		if sa.Class, err = r.upload(tb.Class); err != nil {
			return sa, err
		}
	}
	if sa.E, err = r.alloc(4 * H * nq * nk); err != nil {
		return sa, err
	}
	if sa.List, err = r.alloc(4 * H * nq * 2 * nk); err != nil {
		return sa, err
	}
	if budget {
		if H*nq*nk >= 1<<31-1 {
			// The kernels count a group's tiles in int32.
			return sa, fmt.Errorf("%s: a budget over %d×%d×%d tiles is more than the GPU's budget selection counts", st.Pos, H, nq, nk)
		}
		groups, _ := budgetGroups(sel.Arg, H, nq)
		for _, b := range []struct {
			buf *Buffer
			n   int
		}{{&sa.Cnt, 2 * H * nq}, {&sa.Hist, BudgetBins * groups}, {&sa.State, 8 * groups}, {&sa.Ties, H * nq}} {
			if *b.buf, err = r.alloc(4 * b.n); err != nil {
				return sa, err
			}
		}
	}
	if antidiagonal {
		// The kernels' strides: the blockscore's, or 1 for oracle scores
		// (codegen/nvptx computes those as antidiagonal ones of stride 1),
		// or the probes' and 1 for their keys.
		if sa.Stride, sa.KeyStride = stride, keyStride; stride <= 0 || keyStride < 0 {
			return sa, fmt.Errorf("internal error: %s: antidiagonal kernels of strides %d, %d", st.Pos, stride, keyStride)
		}
		R, T := sa.groups()
		if sa.Stats, err = r.alloc(4 * 2 * H * R); err != nil {
			return sa, err
		}
		if sa.Part, err = r.alloc(4 * H * nk * R); err != nil {
			return sa, err
		}
		sa.Mx, err = r.alloc(4 * H * ((T + 63) / 64) * R)
		return sa, err
	}
	if sa.QM, err = r.alloc(4 * H * nq * d); err != nil {
		return sa, err
	}
	if r.opts.KeyCache && lens != nil {
		// The key means live with the program (keylens.go, resident.go):
		// tiles below each sequence's kept length are not pooled again.
		size := uint64(4 * kmHeads * nk * d)
		km := r.p.kept[st.Name]
		if km == nil || km.buf.Size != size {
			if km != nil {
				r.p.drv.Free(km.buf)
			}
			buf, err := r.p.drv.Alloc(size)
			if err != nil {
				return sa, err
			}
			km = &keptMeans{buf: buf}
			if r.p.kept == nil {
				r.p.kept = map[string]*keptMeans{}
			}
			r.p.kept[st.Name] = km
		}
		sa.KM, sa.PoolFrom = km.buf, nk
		for _, n := range r.lens[st.Lens].prev {
			sa.PoolFrom = min(sa.PoolFrom, int(n)/sc.BK)
		}
		km.lens = nil // valid again once this step's launches ran (keptAfter)
		sa.kept, sa.keptLens = km, slices.Clone(lens)
		return sa, nil
	}
	sa.KM, err = r.alloc(4 * kmHeads * nk * d)
	return sa, err
}

// argAt is args[i], or "" past its end.
func argAt(args []string, i int) string {
	if i < len(args) {
		return args[i]
	}
	return ""
}

// paramType is input name's element type in the plan (the scoring kernels
// read q and k as the kernel declares them).
func (r *run) paramType(name string) runtime.DType {
	for _, prm := range r.p.plan.Params {
		if prm.Name == name {
			return dtypeOf(prm.DType)
		}
	}
	return runtime.F32
}

// poisoned returns the first element of data (elements of size bytes) that
// still holds the poison written before the launch — all bits set, a NaN
// no arithmetic produces (the canonical NaNs the kernels compute have a
// clear sign bit) — or -1. A NaN the kernel computed from NaN or infinite
// inputs is an answer, not an unwritten element.
func poisoned(data []byte, size int) int {
	for i := 0; i+size <= len(data); i += size {
		all := true
		for _, b := range data[i : i+size] {
			all = all && b == 0xff
		}
		if all {
			return i / size
		}
	}
	return -1
}
