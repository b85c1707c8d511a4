package cuda

import "fmt"

// permute on the device (codegen/nvptx/permute.go, permute_global.go):
// local scope keeps one order per head, [H, 1, N] — one segment of M
// queries as Grid reads it — global scope one per head and query segment,
// [H, NS, N]; the class table of the permuted tiles [H, NQ, NK] beside
// it, both read by the scoring, selection and attention kernels after it.

// PermArgs are the buffers and sizes of a device permute step: NS query
// segments of Seg queries (local scope: 1 and M), and for global scope
// the sort's scratch.
type PermArgs struct {
	Q, K, Perm, Class, Scratch Buffer
	Probes                     Buffer // global scope: the segments' mean queries [H, NS, d] f32, or with dots the query tiles' means as bf16 parts in B fragments (codegen/nvptx poolFrag)
	// Dots: global scope with per-key dots (codegen/nvptx permDots): each
	// ranked key's dot with every query tile of its segment, f32 [H][Σ_s
	// s·Seg][Seg/BQ], read by the rescoring (KindPermScores, Arg "dots").
	Dots       Buffer
	BQ         int // the query tiles of Dots and Probes
	H, G, M, N int
	NQ, NK     int
	NS, Seg    int
}

// PermLaunch is the grid, block and arguments of permute kernel k
// (KindPermute, KindPermGlobal or KindPermClass).
func (k *Kernel) PermLaunch(a PermArgs) (grid, block [3]uint32, args []any, err error) {
	block = [3]uint32{uint32(k.BlockRows), 1, 1}
	group := int32(a.H / max(a.G, 1))
	switch k.Kind {
	case KindPermute: // a CTA per (key segment, head)
		if k.Rows <= 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s: segment %d", k.Name, k.Rows)
		}
		return [3]uint32{uint32((a.N + k.Rows - 1) / k.Rows), uint32(a.H), 1}, block,
			[]any{a.Q.Ptr, a.K.Ptr, a.Perm.Ptr, int32(a.M), int32(a.N), group}, nil
	case KindPool: // global scope's probes: a CTA per (query segment, head), or with dots per (query tile, head), in n-tiles of 8
		rows := a.Seg
		if k.Arg == "qfrag" {
			rows = a.BQ
		}
		if k.BQ != rows || rows <= 0 || a.Probes.Size == 0 || (k.Arg == "qfrag") != (a.Dots.Size > 0) {
			return grid, block, nil, fmt.Errorf("cuda: %s pools %d rows, the probes are %d", k.Name, k.BQ, rows)
		}
		nt := (a.M + rows - 1) / rows
		ctas := poolCTAs(k, nt)
		if k.Arg == "qfrag" {
			ctas = (nt + 7) / 8 * 8
		}
		return [3]uint32{uint32(ctas), uint32(a.H), 1}, block, []any{a.Q.Ptr, a.Probes.Ptr, int32(a.M), int32(nt)}, nil
	case KindPermProbe: // a CTA per 64 keys × 64 probes of a head
		if k.Rows != a.Seg || a.Probes.Size == 0 || (k.Arg == "dots") != (a.Dots.Size > 0) {
			return grid, block, nil, fmt.Errorf("cuda: %s: segment %d, the run's %d", k.Name, k.Rows, a.Seg)
		}
		if k.Arg == "dots" {
			if k.BQ != a.BQ || a.BQ <= 0 {
				return grid, block, nil, fmt.Errorf("cuda: %s: query tiles of %d, the run's %d", k.Name, k.BQ, a.BQ)
			}
			nq := (a.M + a.BQ - 1) / a.BQ
			return [3]uint32{uint32((a.N + 63) / 64), uint32((nq + 63) / 64), uint32(a.H)}, block,
				[]any{a.Probes.Ptr, a.K.Ptr, a.Scratch.Ptr, a.Dots.Ptr, int32(a.NS), int32(a.N), int32(a.M), group}, nil
		}
		return [3]uint32{uint32((a.N + 63) / 64), uint32((a.NS + 63) / 64), uint32(a.H)}, block,
			[]any{a.Probes.Ptr, a.K.Ptr, a.Scratch.Ptr, int32(a.NS), int32(a.N), group}, nil
	case KindPermGlobal: // a CTA per (query segment, head)
		if k.Rows <= 0 || a.NS != (a.M+k.Rows-1)/k.Rows {
			return grid, block, nil, fmt.Errorf("cuda: %s: %d segments of %d of %d queries", k.Name, a.NS, k.Rows, a.M)
		}
		return [3]uint32{uint32(a.NS), uint32(a.H), 1}, block,
			[]any{a.Perm.Ptr, a.Scratch.Ptr, int32(a.M), int32(a.N)}, nil
	case KindPermClass: // a thread per (key tile, query segment, head)
		return [3]uint32{uint32((a.NK + k.BlockRows - 1) / k.BlockRows), uint32(a.NS), uint32(a.H)}, block,
			[]any{a.Perm.Ptr, a.Class.Ptr, int32(a.M), int32(a.N), int32(a.NQ), int32(a.NK), int32(a.NS), int32(a.Seg)}, nil
	}
	return grid, block, nil, fmt.Errorf("cuda: %s is not a permute kernel (kind %q)", k.Name, k.Kind)
}

// devPerm is a permutation the device computed: [H, ns, N] for query
// segments of seg queries, and its tiles' classes [H, NQ, NK]; global
// says the tiles from a segment's start on are the unpermuted ones (the
// blockscore pools them as such and rescores the others).
type devPerm struct {
	perm, class Buffer
	dots        Buffer // global scope with per-key dots (PermArgs.Dots), for the rescoring
	ns, seg     int
	global      bool
}

// permute runs a device permute step: the order, then the classes, timed
// together. With last, the order comes back for the report.
func (r *run) permute(st *PlanStep, last bool) (float64, error) {
	drv := r.p.drv
	qb, kb := st.Args[0], st.Args[1]
	H, M := r.shape[qb][0], r.shape[qb][1]
	G, N := r.shape[kb][0], r.shape[kb][1]
	if G == 0 || H%G != 0 {
		return 0, fmt.Errorf("%s: %d query heads do not divide into %d key/value heads", st.Pos, H, G)
	}
	a := PermArgs{H: H, G: G, M: M, N: N, NS: 1, Seg: max(M, 1)}
	global := st.Permute != nil && st.Permute.Scope == "global"
	if global {
		L := st.Permute.Segment
		a.NS, a.Seg = (M+L-1)/L, L
		if int64(H)*int64(a.NS)*int64(N) > 1<<31 {
			// The attention kernel indexes the order in int32.
			return 0, fmt.Errorf("%s: a global permutation of %d heads, %d segments and %d keys is more than the GPU's int32 indices take", st.Pos, H, a.NS, N)
		}
	}
	var err error
	if a.Q, err = r.param(qb, r.paramType(qb)); err != nil {
		return 0, err
	}
	if a.K, err = r.param(kb, r.paramType(kb)); err != nil {
		return 0, err
	}
	if a.Perm, err = r.alloc(4 * H * a.NS * N); err != nil {
		return 0, err
	}
	if global {
		words := 3*int64(H)*int64(a.Seg)*int64(a.NS)*int64(a.NS-1)/2 + 1 // codegen/nvptx permGlobalScratch
		if a.Scratch, err = r.alloc(int(4 * max(words, 1))); err != nil {
			return 0, err
		}
		probes := a.NS
		for _, l := range st.Launches {
			for _, name := range l.Kernels {
				if k := r.p.kernels[name]; k.Kind == KindPermProbe && k.Arg == "dots" {
					// The query tiles' means and their dots with every
					// key they rank (16 bytes a key at 4 tiles a segment:
					// 17 GB at N = 131072, H = 32, freed after the
					// rescoring).
					a.BQ = k.BQ
					if a.BQ <= 0 || a.Seg%a.BQ != 0 {
						return 0, fmt.Errorf("%s: per-key dots of query tiles of %d in segments of %d", st.Pos, a.BQ, a.Seg)
					}
					// The means' bf16 parts in the GEMM's fragments
					// (poolFrag): 6 bytes a dim, n-tiles of 8.
					probes = ((M+a.BQ-1)/a.BQ + 7) / 8 * 8 * 6 / 4
					n := 4 * int64(a.Seg/a.BQ) * max(words/3, 1)
					if a.Dots, err = r.alloc(int(n)); err != nil {
						return 0, fmt.Errorf("%s: the per-key dots of S2O's rescoring need %.1f GB (ATTNC_PERM_DOTS=0 compiles the rescoring from the keys, without them): %v", st.Pos, float64(n)/1e9, err)
					}
				}
			}
		}
		if a.Probes, err = r.alloc(4 * H * probes * r.shape[qb][2]); err != nil {
			return 0, err
		}
	}
	var calls []launchCall
	for _, l := range st.Launches {
		for _, name := range l.Kernels {
			k := r.p.kernels[name]
			if k.Kind == KindPermClass {
				a.NQ, a.NK = (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
				if a.Class, err = r.alloc(H * a.NQ * a.NK); err != nil {
					return 0, err
				}
			}
			fn, err := drv.KernelFunction(r.p.mod, k)
			if err != nil {
				return 0, err
			}
			grid, block, args, err := k.PermLaunch(a)
			if err != nil {
				return 0, fmt.Errorf("%s: %v", st.Pos, err)
			}
			calls = append(calls, launchCall{name: k.Name, fn: fn, grid: grid, block: block, args: args, smem: uint32(k.Smem)})
		}
	}
	want := 2 // the order's, the classes'
	if global {
		want = 4 // the probes', their scores', the sort's, the classes'
		if len(calls) == 5 {
			want = 5 // the sort in two stages (codegen/nvptx permStage)
		}
	}
	if len(calls) != want || a.Class.Size == 0 {
		return 0, fmt.Errorf("%s: plan step %s permutes on the device with %d launches, want %d ending in the classes'", st.Pos, st.Name, len(calls), want)
	}
	ms, err := drv.timeLaunches(calls)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", st.Name, err)
	}
	if global {
		// Only the sort reads them: 12 bytes a ranked key (12.9 GB at N =
		// 131072, H = 32) free again before the attention's buffers.
		r.release(a.Scratch)
		r.release(a.Probes)
	}
	if r.devPerm == nil {
		r.devPerm = map[string]devPerm{}
	}
	r.devPerm[st.Out] = devPerm{perm: a.Perm, class: a.Class, dots: a.Dots, ns: a.NS, seg: a.Seg, global: global}
	r.shape[st.Out] = []int{H, a.NS, N}
	delete(r.i32, st.Out)
	if last {
		b := make([]byte, 4*H*a.NS*N)
		if err := drv.DownloadBytes(b, a.Perm); err != nil {
			return 0, err
		}
		r.i32[st.Out] = int32s(b)
	}
	return float64(ms), nil
}
