package cuda

import (
	"fmt"

	"github.com/attnc/attnc/runtime/sparse"
)

// Compensation on the device (codegen/nvptx/compensate.go): before an
// attention kernel that compensates, its mean keys and values are pooled
// and its list is extended with the mean-key tiles of the tiles to
// compensate; the kernel then reads kbar, vbar and comp.

// FullTiles is [CH, NQ, NK] u8: 1 where the mask allows every pair of
// the (query tile, key tile), as the interpreter's compensate asks (the
// class table marks a short last tile partial, for the keys past N; this
// table does not). Query row i sits at position i + N − M
// (sparse.QueryOffset).
func (k *Kernel) FullTiles(H, M, N int) ([]uint8, int) {
	nq, nk := (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
	heads, ch := 1, 0
	if k.MaskUsesH {
		heads, ch = H, 1
	}
	full := make([]uint8, heads*nq*nk)
	off := sparse.QueryOffset(M, N)
	for h := range heads {
		for I := range nq {
			q0, q1 := I*k.BQ+off, min((I+1)*k.BQ, M)-1+off
			for J := range nk {
				if k.Mask.Classify(h, q0, q1, J*k.BK, min((J+1)*k.BK, N)-1) == sparse.Full {
					full[(h*nq+I)*nk+J] = 1
				}
			}
		}
	}
	return full, ch
}

// compensation prepares a's compensation for kernel k (step st's
// launches): it allocates the mean keys and values, the comp table and
// the extended list, points a at them and returns the launches to run
// before the kernel, in order.
func (r *run) compensation(st *PlanStep, k *Kernel, a *AttentionArgs) ([]launchCall, error) {
	drv := r.p.drv
	G := a.H / max(a.Group, 1)
	nq, nk := a.Tables.NQ, a.Tables.NK
	key := fmt.Sprint("full ", k.Name, a.H, a.M, a.N)
	full, ok := r.p.full[key]
	if !ok {
		full.tiles, full.ch = k.FullTiles(a.H, a.M, a.N)
		if r.p.full == nil {
			r.p.full = map[string]fullTable{}
		}
		r.p.full[key] = full
	}
	fullBuf, err := r.upload(full.tiles)
	if err != nil {
		return nil, err
	}
	if a.KBar, err = r.alloc(2 * G * nk * k.D); err != nil {
		return nil, err
	}
	if a.VBar, err = r.alloc(2 * G * nk * k.DV); err != nil {
		return nil, err
	}
	if a.Comp, err = r.alloc(CompBytes(a.H, nq, nk, k.BK)); err != nil {
		return nil, err
	}
	clist, err := r.alloc(4 * a.H * nq * 2 * nk)
	if err != nil {
		return nil, err
	}
	names, km, round := compKernels(st, r.p.kernels, r.keyMeans)
	if round {
		if km.Size != uint64(4*G*nk*k.D) {
			return nil, fmt.Errorf("internal error: %s: plan step %s rounds its mean keys from %s's key means, %d bytes, not [%d, %d, %d] float32", st.Pos, st.Name, st.KeyMeans, km.Size, G, nk, k.D)
		}
		a.KeyMeans = km
	}
	var launches []launchCall
	for _, name := range names {
		ck := r.p.kernels[name]
		fn, err := drv.Function(r.p.mod, name)
		if err != nil {
			return nil, err
		}
		grid, block, args, err := ck.CompLaunch(*a, fullBuf, full.ch, clist)
		if err != nil {
			return nil, fmt.Errorf("%s: plan step %s: %v", st.Pos, st.Name, err)
		}
		launches = append(launches, launchCall{name: name, group: "compensate", fn: fn, grid: grid, block: block, args: args})
	}
	if len(launches) != 3 {
		return nil, fmt.Errorf("%s: plan step %s compensates with %d launches before its kernel, want 3", st.Pos, st.Name, len(launches))
	}
	a.List = clist
	return launches, nil
}

// compKernels names step st's compensation launches, in order, and says
// whether its mean keys are rounded from the key means km of the score
// step st.KeyMeans names — where keyMeans holds them, that step having
// pooled them on the device in this repetition — or pooled from k: the
// plan holds both kbar kernels (Arg "kmeans" and "k"), one is launched.
func compKernels(st *PlanStep, kernels map[string]*Kernel, keyMeans map[string]Buffer) (names []string, km Buffer, round bool) {
	km, round = keyMeans[st.KeyMeans]
	round = round && st.KeyMeans != ""
	for _, l := range st.Launches {
		if l.What != "compensate" {
			continue
		}
		for _, name := range l.Kernels {
			if ck := kernels[name]; ck != nil && ck.Kind == KindCompPool && (ck.Arg == "k" && round || ck.Arg == "kmeans" && !round) {
				continue
			}
			names = append(names, name)
		}
	}
	return names, km, round
}

// CompLaunch is the grid, block and arguments of compensation kernel k
// (pool or list) before the attention launch a (its List the selection's
// list), with the FullTiles table full (ch: per head) and the extended
// list clist.
func (k *Kernel) CompLaunch(a AttentionArgs, full Buffer, ch int, clist Buffer) (grid, block [3]uint32, args []any, err error) {
	G := a.H / max(a.Group, 1)
	nq, nk := a.Tables.NQ, a.Tables.NK
	block = [3]uint32{uint32(k.BlockRows), 1, 1}
	switch {
	case k.Kind == KindCompPool && k.Arg == "k":
		return [3]uint32{uint32(nk), uint32(G), 1}, block, []any{a.K.Ptr, a.KBar.Ptr, int32(a.N), int32(nk)}, nil
	case k.Kind == KindCompPool && k.Arg == "kmeans":
		n := G * nk * k.D
		if a.KeyMeans.Size == 0 || n%4 != 0 {
			return grid, block, nil, fmt.Errorf("cuda: %s rounds the scores' key means: none given, or %d of them (not a multiple of 4)", k.Name, n)
		}
		return [3]uint32{uint32((n + 4*k.BlockRows - 1) / (4 * k.BlockRows)), 1, 1}, block, []any{a.KeyMeans.Ptr, a.KBar.Ptr, int32(n)}, nil
	case k.Kind == KindCompPool && k.Arg == "v":
		return [3]uint32{uint32(nk), uint32(G), 1}, block, []any{a.V.Ptr, a.VBar.Ptr, int32(a.N), int32(nk)}, nil
	case k.Kind == KindCompList:
		return [3]uint32{uint32(nq), uint32(a.H), 1}, block, []any{a.List.Ptr, full.Ptr, int32(ch), clist.Ptr, a.Comp.Ptr, int32(nq), int32(nk)}, nil
	}
	return grid, block, nil, fmt.Errorf("cuda: %s (kind %q, arg %q) is not a compensation kernel", k.Name, k.Kind, k.Arg)
}

// fullTable is a FullTiles table, kept for the program (it depends on
// the mask and the shape only).
type fullTable struct {
	tiles []uint8
	ch    int
}
