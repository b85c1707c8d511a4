package cuda

import (
	"fmt"
)

// gate runs a rowgate step on the device (codegen/nvptx/gate.go): the
// keys pooled in blocks of Rows.Block (f32 means), then the gate kernel,
// whose lists ([H, M, W]) come back for the steps after it — the token
// stage and the lists' row tiles (sparse.RowTiles) run on the host. With
// RunOptions.GateScores the kernel also writes the scores it ranked,
// which the result returns (Result.E, Result.List).
func (r *run) gate(st *PlanStep) (float64, map[string]float64, error) {
	drv, ro := r.p.drv, st.Rows
	qn, kn := st.Args[0], st.Args[1]
	H, M, d := r.shape[qn][0], r.shape[qn][1], r.shape[qn][2]
	G, N := r.shape[kn][0], r.shape[kn][1]
	if G <= 0 || H%G != 0 {
		return 0, nil, fmt.Errorf("%s: %d query heads over %d KV heads", st.Pos, H, G)
	}
	nb := (N + ro.Block - 1) / ro.Block
	w := ro.Spec.Width(nb)
	q, err := r.param(qn, r.paramType(qn))
	if err != nil {
		return 0, nil, err
	}
	k, err := r.param(kn, r.paramType(kn))
	if err != nil {
		return 0, nil, err
	}
	km, err := r.alloc(4 * max(G*nb*d, 1))
	if err != nil {
		return 0, nil, err
	}
	// Poisoned first, so that an unwritten entry shows: the lists with
	// 0xfe bytes (-1 is the lists' padding), the scores with 0xff (a NaN
	// no arithmetic produces).
	out, err := r.upload(filled(4*max(H*M*w, 1), 0xfe))
	if err != nil {
		return 0, nil, err
	}
	var e Buffer
	if r.opts.GateScores {
		if e, err = r.upload(filled(4*max(H*M*nb, 1), 0xff)); err != nil {
			return 0, nil, err
		}
	}
	parts := map[string]float64{}
	var calls []launchCall
	for _, l := range st.Launches {
		for _, name := range l.Kernels {
			kk := r.p.kernels[name]
			fn, err := drv.Function(r.p.mod, kk.Name)
			if err != nil {
				return 0, nil, err
			}
			c := launchCall{fn: fn, block: [3]uint32{uint32(kk.BlockRows), 1, 1}}
			switch kk.Kind {
			case KindPool:
				c.grid = [3]uint32{uint32(max(nb, 1)), uint32(G), 1}
				c.args = []any{k.Ptr, km.Ptr, int32(N), int32(nb)}
			case KindGate:
				if kk.Rows <= 0 {
					return 0, nil, fmt.Errorf("cuda: %s: %d rows a block", kk.Name, kk.Rows)
				}
				c.grid = [3]uint32{uint32(max((M+kk.Rows-1)/kk.Rows, 1)), uint32(H), 1}
				c.args = []any{q.Ptr, km.Ptr, out.Ptr, e.Ptr, int32(M), int32(N), int32(nb), int32(H / G)}
			default:
				return 0, nil, fmt.Errorf("cuda: %s is not a gate kernel (kind %q)", kk.Name, kk.Kind)
			}
			calls = append(calls, c)
		}
	}
	if nb == 0 || M == 0 {
		calls = nil // nothing to pool or rank: every row -1
	}
	t, err := drv.timeLaunches(calls)
	if err != nil {
		return 0, nil, fmt.Errorf("%s (gate): %v", st.Name, err)
	}
	lb := make([]byte, 4*H*M*w)
	if err := drv.DownloadBytes(lb, out); err != nil {
		return 0, nil, err
	}
	lists := int32s(lb)
	for i, x := range lists {
		switch {
		case M == 0 || nb == 0:
			lists[i] = -1
		case x == gatePoison:
			return 0, nil, fmt.Errorf("%s: internal error: the gate kernel left entry %d of its lists unwritten", st.Pos, i)
		}
	}
	r.i32[st.Out], r.shape[st.Out] = lists, []int{H, M, w}
	if r.opts.GateScores {
		eb := make([]byte, 4*H*M*nb)
		if err := drv.DownloadBytes(eb, e); err != nil {
			return 0, nil, err
		}
		if at := poisoned(eb, 4); at >= 0 && M > 0 && nb > 0 {
			return 0, nil, fmt.Errorf("%s: internal error: the gate kernel left score %d unwritten", st.Pos, at)
		}
		r.gateE = float32s(eb)
	}
	parts["gate"] = float64(t)
	return float64(t), parts, nil
}

// gatePoison is the value of a list entry the gate kernel left unwritten.
const gatePoison = -0x01010102 // 0xfefefefe

// filled is n bytes of x.
func filled(n int, x byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = x
	}
	return b
}
