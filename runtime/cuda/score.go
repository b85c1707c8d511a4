package cuda

import "fmt"

// ScoreArgs are the device buffers and sizes of a blockscore feeding a
// blockselect on the GPU (codegen/nvptx select.go and antidiag.go): q [H,
// M, d] and k [G, N, d] (b16) in; mean scores pool them into QM [H, NQ, d]
// and KM [G, NK, d] (f32) and multiply those into E; antidiagonal scores
// keep row statistics in Stats (f32 [H, R, 2], R = ⌈M/Stride⌉), each key
// tile's partial sums per row in Part (f32 [H, NK, R]) under the running
// maxima in Mx (f32 [H, ⌈T/C⌉, R], T = ⌈N/KeyStride⌉, C the kernel's 64 or
// 128 columns per block: allocated for 64), and finish E (oracle and probe
// scores too, as cells of other strides);
// the select kernel turns E ([H, NQ, NK] f32) into List ([H, NQ, 2, NK]
// int32, blockselect's layout, each row ended by a -1: EndLists) under the
// class table Class ([CH, NQ, NK]).
type ScoreArgs struct {
	H, G, M, N, D int
	NQ, NK        int
	Q, K          Buffer
	QM, KM        Buffer // mean
	Stats         Buffer // antidiagonal
	Part, Mx      Buffer // antidiagonal
	Stride        int    // antidiagonal: the queries of a group
	KeyStride     int    // antidiagonal: the keys of a group (Stride, or 1 for probes)
	E, Class      Buffer
	CH            int
	List          Buffer
	// mode budget (codegen/nvptx/budget.go): each row's allowed and
	// forced tiles, the radix histogram (BudgetBins words) and state of
	// each group of rows, and each row's ties, then its share of them.
	Cnt, Hist, State, Ties Buffer
	// Keys permuted on the device (permute.go): the order [H, 1, N]; KM
	// is then per query head [H, NK, d] and Class the permuted tiles'.
	Perm Buffer
	// A global order on the device (permute_global.go): [H, NS, N], its
	// permuted tiles' scores written over the GEMM's (KindPermScores).
	SegPerm Buffer
	NS      int
	Dots    Buffer // the permute's per-key dots (PermArgs.Dots), for a rescoring of Arg "dots"
	// Proxy heads (score(heads: P), proxy.go): the inputs' heads and
	// buffers, which the proxy kernels average into Q [H, M, d] and K [H,
	// N, d] with H = G = P.
	InH, InG int
	InQ, InK Buffer
	// Key lengths (keylens.go): the device's [2B] lengths (this
	// repetition's, then those the kept key means were pooled for), and
	// the query and KV heads per sequence.
	Lens     Buffer
	HS, GS   int
	PoolFrom int // the first key tile any sequence pools (the rest are kept: RunOptions.KeyCache)

	kept     *keptMeans // the program's key means KM is (RunOptions.KeyCache)
	keptLens []int32    // the lengths this step pools them for
}

// PermScoresTiles is the key tiles a perm-scores CTA rescores
// (codegen/nvptx/permute_global.go emits it so).
const PermScoresTiles = 8

// PermScoresDotsTiles is the key tiles a perm-scores CTA rescores from
// per-key dots (Arg "dots").
const PermScoresDotsTiles = 32

// budgetGroups are the groups of rows a budget kernel of scope shares
// budgets across (a head's, or all), and the rows of each.
func budgetGroups(scope string, h, nq int) (groups, rows int) {
	if scope == "head" {
		return h, nq
	}
	return 1, h * nq
}

// ScoreLaunch is the grid, block and arguments (in the PTX entry's order)
// of one launch of scoring or selection kernel k (Kind pool, scores,
// adstats, admass or select).
func (k *Kernel) ScoreLaunch(a ScoreArgs) (grid, block [3]uint32, args []any, err error) {
	block = [3]uint32{uint32(k.BlockRows), 1, 1}
	group := int32(a.H / max(a.G, 1))
	kmHeads := a.G
	if a.Perm.Size > 0 {
		kmHeads = a.H // keys pooled per query head's order
	}
	switch k.Kind {
	case KindProxy: // a thread per element of a proxy head
		if a.H <= 0 || a.InH%a.H != 0 || a.InG <= 0 || a.InH%a.InG != 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s: %d proxy heads of %d query and %d key heads", k.Name, a.H, a.InH, a.InG)
		}
		x, out, n, group := a.InQ, a.Q, a.M*a.D, 1
		if k.Arg == "k" {
			x, out, n, group = a.InK, a.K, a.N*a.D, a.InH/a.InG
		}
		grid = [3]uint32{uint32((n + k.BlockRows - 1) / k.BlockRows), uint32(a.H), 1}
		return grid, block, []any{x.Ptr, out.Ptr, int32(n), int32(a.InH / a.H), int32(group)}, nil
	case KindPool:
		if k.Gather {
			return [3]uint32{uint32(a.NK), uint32(a.H), 1}, block, []any{a.K.Ptr, a.KM.Ptr, int32(a.N), int32(a.NK), a.Perm.Ptr, group}, nil
		}
		if k.Arg == "q" {
			return [3]uint32{uint32(poolCTAs(k, a.NQ)), uint32(a.H), 1}, block, []any{a.Q.Ptr, a.QM.Ptr, int32(a.M), int32(a.NQ)}, nil
		}
		args = []any{a.K.Ptr, a.KM.Ptr, int32(a.N), int32(a.NK)}
		if k.Lens {
			if a.GS <= 0 {
				return grid, block, nil, fmt.Errorf("cuda: %s reads key lengths, none given", k.Name)
			}
			b := uint64(a.G / a.GS) // sequences
			t0 := min(max(a.PoolFrom, 0), a.NK)
			args = append(args, a.Lens.Ptr, int32(a.GS), a.Lens.Ptr+4*b, int32(t0))
			return [3]uint32{uint32(max(a.NK-t0, 1)), uint32(a.G), 1}, block, args, nil
		}
		return [3]uint32{uint32(poolCTAs(k, a.NK)), uint32(a.G), 1}, block, args, nil
	case KindPermScores: // d threads per (PermScoresTiles key tiles, query segment, head)
		if a.SegPerm.Size == 0 || a.NS <= 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s rescores a global permutation's tiles, none given", k.Name)
		}
		grid = [3]uint32{uint32((a.NK + PermScoresTiles - 1) / PermScoresTiles), uint32(a.NS), uint32(a.H)}
		if k.Arg == "dots" {
			if a.Dots.Size == 0 {
				return grid, block, nil, fmt.Errorf("cuda: %s rescores from per-key dots, the permute wrote none", k.Name)
			}
			grid[0] = uint32((a.NK + PermScoresDotsTiles - 1) / PermScoresDotsTiles)
			return grid, block, []any{a.Dots.Ptr, a.E.Ptr, a.SegPerm.Ptr, int32(a.N), int32(a.NQ), int32(a.NK), int32(a.NS)}, nil
		}
		return grid, block, []any{a.K.Ptr, a.QM.Ptr, a.E.Ptr, a.SegPerm.Ptr, int32(a.M), int32(a.N), int32(a.NQ), int32(a.NK), int32(a.NS), group}, nil
	case KindScoresRow: // a warp per key tile of one query tile
		if a.NQ != 1 {
			return grid, block, nil, fmt.Errorf("cuda: %s scores one query tile, the run has %d", k.Name, a.NQ)
		}
		grid = [3]uint32{uint32((a.NK + k.BK - 1) / max(k.BK, 1)), uint32(a.H), 1}
		return grid, block, []any{a.Q.Ptr, a.KM.Ptr, a.E.Ptr, int32(a.M), int32(a.NK), int32(a.H / max(kmHeads, 1))}, nil
	case KindScores: // a CTA per BQ×BK block of pooled tiles
		grid = [3]uint32{uint32((a.NK + k.BK - 1) / k.BK), uint32((a.NQ + k.BQ - 1) / k.BQ), uint32(a.H)}
		return grid, block, []any{a.QM.Ptr, a.KM.Ptr, a.E.Ptr, a.Class.Ptr, int32(a.CH), int32(a.NQ), int32(a.NK), int32(a.H / max(kmHeads, 1))}, nil
	case KindADStats: // a CTA per Rows groups of Stride queries
		if a.Stride <= 0 || k.Rows <= 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s: stride %d, rows %d", k.Name, a.Stride, k.Rows)
		}
		R, T := a.groups()
		grid = [3]uint32{uint32((R + k.Rows - 1) / k.Rows), uint32(a.H), 1}
		return grid, block, []any{a.Q.Ptr, a.K.Ptr, int32(a.M), int32(a.N), group, int32(R), int32(T), a.Stats.Ptr, a.Part.Ptr, a.Mx.Ptr, int32(a.NK)}, nil
	case KindADMass: // a CTA per (query tile, head)
		if a.Stride <= 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s: stride %d", k.Name, a.Stride)
		}
		R, T := a.groups()
		grid = [3]uint32{uint32(a.NQ), uint32(a.H), 1}
		return grid, block, []any{a.Stats.Ptr, a.Part.Ptr, a.Mx.Ptr, a.E.Ptr, a.Class.Ptr, int32(a.CH), int32(a.NQ), int32(a.NK), int32(a.M), int32(R), int32(T)}, nil
	case KindSelect: // a CTA per (query tile, head)
		args = []any{a.Class.Ptr, int32(a.CH), a.E.Ptr, a.List.Ptr, int32(a.NQ), int32(a.NK), int32(a.M), int32(a.N - a.M)}
		return [3]uint32{uint32(a.NQ), uint32(a.H), 1}, block, a.lensArgs(k, args), nil
	case KindBudgetRows, KindBudgetHist, KindBudgetPick, KindBudgetTake:
		groups, rows := budgetGroups(k.Arg, a.H, a.NQ)
		args = a.lensArgs(k, []any{a.Class.Ptr, int32(a.CH), a.E.Ptr, a.List.Ptr, int32(a.NQ), int32(a.NK), int32(a.M), int32(a.N - a.M), a.Cnt.Ptr, a.Hist.Ptr, a.State.Ptr, a.Ties.Ptr, int32(rows)})
		switch k.Kind {
		case KindBudgetHist: // a CTA per Rows query tiles of a head
			if k.Rows <= 0 {
				return grid, block, nil, fmt.Errorf("cuda: %s: rows %d", k.Name, k.Rows)
			}
			return [3]uint32{uint32((a.NQ + k.Rows - 1) / k.Rows), uint32(a.H), 1}, block, args, nil
		case KindBudgetPick: // a CTA per group
			return [3]uint32{uint32(groups), 1, 1}, block, args, nil
		}
		return [3]uint32{uint32(a.NQ), uint32(a.H), 1}, block, args, nil // a CTA per row
	}
	return grid, block, nil, fmt.Errorf("cuda: %s is not a scoring or selection kernel (kind %q)", k.Name, k.Kind)
}

// poolCTAs is the CTAs a pool kernel takes for nt tiles: Rows tiles a
// CTA (codegen/nvptx's pool), or one (Rows 0: the gather, key-lengths and
// split pools).
func poolCTAs(k *Kernel, nt int) int {
	r := max(k.Rows, 1)
	return (nt + r - 1) / r
}

// lensArgs appends a select or budget kernel's key-lengths parameters
// (lens, query heads per sequence) when it reads them.
func (a ScoreArgs) lensArgs(k *Kernel, args []any) []any {
	if !k.Lens {
		return args
	}
	return append(args, a.Lens.Ptr, int32(a.HS))
}

// groups are the antidiagonal kernels' rows R = ⌈M/Stride⌉ and columns T
// = ⌈N/KeyStride⌉ (KeyStride 0: Stride).
func (a *ScoreArgs) groups() (R, T int) {
	ks := a.KeyStride
	if ks <= 0 {
		ks = a.Stride
	}
	return (a.M + a.Stride - 1) / a.Stride, (a.N + ks - 1) / ks
}

// BudgetBins is the most digits of a radix round of the budget's
// selection (codegen/nvptx budgetDigits: 11 bits).
const BudgetBins = 2048

// EndLists pads the tile lists l ([rows, 2, nk], as the device's select,
// take and compensate kernels write them) as the host's are: in each row,
// both halves from the first -1 of the tiles' half on. The kernels write
// a row's n tiles and flags and a -1 at entry n of both halves (n < nk),
// and leave the entries after it as they were: every kernel that reads a
// list reads it up to its first -1, and the 1 GB of padding a launch
// would write at 131072 keys and 32 heads cost the budget's take 0.09 ms
// on an H100. A run of at most DecodeRows queries gets its rows padded on
// the device, because the decode kernel's splits read entries anywhere
// in a row, and so does a list a compensating attention reads.
func EndLists(l []int32, nk int) {
	for r := 0; r+2*nk <= len(l); r += 2 * nk {
		tiles, flags := l[r:r+nk], l[r+nk:r+2*nk]
		for t, J := range tiles {
			if J < 0 {
				for u := t; u < nk; u++ {
					tiles[u], flags[u] = -1, -1
				}
				break
			}
		}
	}
}
