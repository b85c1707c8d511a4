package cuda

import "fmt"

// permute on the device (codegen/nvptx/permute.go): local scope keeps one
// order per head, [H, 1, N] — one segment of M queries as Grid reads it —
// and the class table of the permuted tiles [H, NQ, NK] beside it, both
// read by the scoring, selection and attention kernels after it.

// PermArgs are the buffers and sizes of a device permute step.
type PermArgs struct {
	Q, K, Perm, Class Buffer
	H, G, M, N        int
	NQ, NK            int
}

// PermLaunch is the grid, block and arguments of permute kernel k
// (KindPermute or KindPermClass).
func (k *Kernel) PermLaunch(a PermArgs) (grid, block [3]uint32, args []any, err error) {
	block = [3]uint32{uint32(k.BlockRows), 1, 1}
	switch k.Kind {
	case KindPermute: // a CTA per (key segment, head)
		if k.Rows <= 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s: segment %d", k.Name, k.Rows)
		}
		return [3]uint32{uint32((a.N + k.Rows - 1) / k.Rows), uint32(a.H), 1}, block,
			[]any{a.Q.Ptr, a.K.Ptr, a.Perm.Ptr, int32(a.M), int32(a.N), int32(a.H / max(a.G, 1))}, nil
	case KindPermClass: // a thread per (key tile, head)
		return [3]uint32{uint32((a.NK + k.BlockRows - 1) / k.BlockRows), uint32(a.H), 1}, block,
			[]any{a.Perm.Ptr, a.Class.Ptr, int32(a.M), int32(a.N), int32(a.NQ), int32(a.NK)}, nil
	}
	return grid, block, nil, fmt.Errorf("cuda: %s is not a permute kernel (kind %q)", k.Name, k.Kind)
}

// devPerm is a permutation the device computed: [H, 1, N] and its tiles'
// classes [H, NQ, NK].
type devPerm struct {
	perm, class Buffer
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
	a := PermArgs{H: H, G: G, M: M, N: N}
	var err error
	if a.Q, err = r.param(qb, r.paramType(qb)); err != nil {
		return 0, err
	}
	if a.K, err = r.param(kb, r.paramType(kb)); err != nil {
		return 0, err
	}
	if a.Perm, err = r.alloc(4 * H * N); err != nil {
		return 0, err
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
			fn, err := drv.Function(r.p.mod, name)
			if err != nil {
				return 0, err
			}
			grid, block, args, err := k.PermLaunch(a)
			if err != nil {
				return 0, fmt.Errorf("%s: %v", st.Pos, err)
			}
			calls = append(calls, launchCall{fn: fn, grid: grid, block: block, args: args})
		}
	}
	if len(calls) != 2 || a.Class.Size == 0 {
		return 0, fmt.Errorf("%s: plan step %s permutes on the device with %d launches, want the order's and the classes'", st.Pos, st.Name, len(calls))
	}
	ms, err := drv.timeLaunches(calls)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", st.Name, err)
	}
	if r.devPerm == nil {
		r.devPerm = map[string]devPerm{}
	}
	r.devPerm[st.Out] = devPerm{a.Perm, a.Class}
	r.shape[st.Out] = []int{H, 1, N}
	delete(r.i32, st.Out)
	if last {
		b := make([]byte, 4*H*N)
		if err := drv.DownloadBytes(b, a.Perm); err != nil {
			return 0, err
		}
		r.i32[st.Out] = int32s(b)
	}
	return float64(ms), nil
}
