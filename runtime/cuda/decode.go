package cuda

import (
	"os"
	"strconv"
)

// The decode path (codegen/nvptx/decode.go): an attention step compiled
// with decode kernels (its plan step's "decode" launches) runs a run of
// at most DecodeRows queries per head, all in its first query tile, as a
// split of the keys over CTAs and a combine, instead of its attention
// kernel. The tile list and classes are the attention kernel's (Tables),
// so dense, listed and device-selected lists all take it.

// DecodeRows is the most queries per head the decode path takes
// (codegen/nvptx.DecodeRows).
const DecodeRows = 16

// decodePath returns the decode kernels of step st (the variants by rows
// per CTA, ascending, and the combine) when a run of M queries against N
// keys takes the decode path, or nil.
func (r *run) decodePath(st *PlanStep, M, N int) ([]*Kernel, *Kernel) {
	if M < 1 || M > DecodeRows || N < 1 || os.Getenv("ATTNC_NODECODE") != "" {
		return nil, nil
	}
	var variants []*Kernel
	var combine *Kernel
	for _, l := range st.Launches {
		if l.What != "decode" {
			continue
		}
		for _, name := range l.Kernels {
			switch k := r.p.kernels[name]; k.Kind {
			case KindDecode:
				variants = append(variants, k)
			case KindDecodeCombine:
				combine = k
			}
		}
	}
	if combine == nil || len(variants) == 0 || M > variants[0].BQ {
		return nil, nil
	}
	return variants, combine
}

// decodeCalls are the decode path's launches for attention a (its tables
// set): the variant whose rows per CTA hold a head block's rows (the
// query heads sharing a KV head and a list, M rows each; the largest
// variant otherwise, in several CTAs), with the keys split so that the
// device has work for every multiprocessor, then the combine into a.Out.
func (r *run) decodeCalls(variants []*Kernel, combine *Kernel, a *AttentionArgs) ([]launchCall, error) {
	drv := r.p.drv
	k, hr, S, T := decodeShape(variants, a.Tables, a.H, a.M, a.Group, drv.Multiprocessors())
	part, err := r.alloc(4 * a.H * a.M * S * k.DV)
	if err != nil {
		return nil, err
	}
	ml, err := r.alloc(8 * a.H * a.M * S)
	if err != nil {
		return nil, err
	}
	fn, err := drv.Function(r.p.mod, k.Name)
	if err != nil {
		return nil, err
	}
	fc, err := drv.Function(r.p.mod, combine.Name)
	if err != nil {
		return nil, err
	}
	grid, block, args := k.DecodeLaunch(*a, part, ml, hr, T, S)
	cg, cb, cargs := combine.CombineLaunch(part, ml, a.Out, a.H*a.M, S)
	return []launchCall{{name: k.Name, fn: fn, grid: grid, block: block, args: args}, {name: combine.Name, fn: fc, grid: cg, block: cb, args: cargs}}, nil
}

// DecodeLaunch is the grid, block and arguments of decode kernel k for
// attention a (its tables set): head blocks of hr heads, S splits of T
// list entries, partial results into part and ml.
func (k *Kernel) DecodeLaunch(a AttentionArgs, part, ml Buffer, hr, T, S int) (grid, block [3]uint32, args []any) {
	t := a.Tables
	chunks := (hr*a.M + k.Rows - 1) / max(k.Rows, 1)
	grid, block = [3]uint32{uint32(S), uint32(a.H / max(hr, 1)), uint32(chunks)}, [3]uint32{uint32(k.BlockRows), 1, 1}
	args = []any{
		a.Q.Ptr, a.K.Ptr, a.V.Ptr, part.Ptr, ml.Ptr, int32(a.H), int32(a.M), int32(a.N), int32(a.Group),
		a.List.Ptr, int32(t.NQ), int32(t.NK), int32(t.listDivisor(a.H)), a.Class.Ptr, int32(t.CH), int32(hr), int32(T), int32(S)}
	if k.Lens {
		args = append(args, a.LensBuf.Ptr, int32(a.H/max(len(a.Lens), 1)))
	}
	return grid, block, args
}

// CombineLaunch is the grid, block and arguments of combine kernel k
// merging S splits of rows rows from part and ml into out.
func (k *Kernel) CombineLaunch(part, ml, out Buffer, rows, S int) (grid, block [3]uint32, args []any) {
	return [3]uint32{uint32(rows), 1, 1}, [3]uint32{uint32(k.BlockRows), 1, 1}, []any{part.Ptr, ml.Ptr, out.Ptr, int32(rows), int32(S)}
}

// decodeShape chooses a decode launch's shape: the head blocks (hr
// consecutive query heads sharing a KV head and a list), the variant
// whose rows per CTA hold a block's hr·M rows (the largest otherwise, in
// several CTAs), and S splits of T strided list entries each — CTA s
// takes entries s, s + S, …, s + (T−1)·S, which cover [0, NK) once.
func decodeShape(variants []*Kernel, t Tables, H, M, group, sms int) (k *Kernel, hr, S, T int) {
	hr = gcd(t.listDivisor(H), group)
	rows := hr * M
	k = variants[len(variants)-1]
	for _, v := range variants {
		if v.Rows >= rows {
			k = v
			break
		}
	}
	chunks := (rows + k.Rows - 1) / k.Rows
	S = decodeSplits(t.NK, H/hr*chunks, sms)
	T = (t.NK + S - 1) / S
	S = (t.NK + T - 1) / T
	return k, hr, S, T
}

// decodeSplits is the number of key ranges per head block: enough CTAs
// for eight per multiprocessor, each range at least eight key tiles (a
// range's CTA merges its warps once; shorter ones spend more on that and
// on the combine than they save), at most one per tile. ATTNC_DECODE_SPLITS
// overrides it (for measurements).
func decodeSplits(nk, blocks, sms int) int {
	if s, err := strconv.Atoi(os.Getenv("ATTNC_DECODE_SPLITS")); err == nil && s > 0 {
		return min(s, max(nk, 1))
	}
	s := min((8*sms+blocks-1)/blocks, (nk+7)/8)
	return max(s, 1)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// tabled says whether kernel k reads the tile list and class table of
// Tables (the tensor-core and decode kernels; the scalar kernel reads a
// blockselect's list as it is).
func (k *Kernel) tabled() bool { return k.MMA || k.Kind == KindDecode }
