package cuda

import "fmt"

// PairMaxTiles bounds a pair list's entries: a tile index takes the low
// 24 bits of an entry, its tiles' membership bits the next two
// (codegen/nvptx/pairs.go).
const PairMaxTiles = 1 << 24

// pairLists prepares a's lists for pair kernel k (step st): the
// KindPairList launch that writes the union of each pair of query tiles'
// lists (the selection's, or compensation's with its mean-key tiles: run
// it after compensation's launches) into a buffer of its own, which a's
// List then points at. The selection's list stays where it was (the
// host's copy and the report read it).
func (r *run) pairLists(st *PlanStep, k *Kernel, a *AttentionArgs) (launchCall, error) {
	nq, nk := a.Tables.NQ, a.Tables.NK
	if w := k.PairWidth(nk); w > PairMaxTiles {
		return launchCall{}, fmt.Errorf("%s: %s pairs lists of at most %d entries, and N = %d makes them %d; compile without pairs (ATTNC_PAIR=0)", st.Pos, k.Name, PairMaxTiles, a.N, w)
	}
	var names []string
	for _, l := range st.Launches {
		if l.What == "pairs" {
			names = append(names, l.Kernels...)
		}
	}
	if len(names) != 1 {
		return launchCall{}, fmt.Errorf("%s: plan step %s pairs its query tiles with %d list launches, want 1", st.Pos, st.Name, len(names))
	}
	out, err := r.alloc(4 * a.H * ((nq + 1) / 2) * k.PairWidth(nk))
	if err != nil {
		return launchCall{}, err
	}
	pk := r.p.kernels[names[0]]
	fn, err := r.p.drv.Function(r.p.mod, names[0])
	if err != nil {
		return launchCall{}, err
	}
	grid, block, args := pk.PairListLaunch(k, *a, out)
	a.List = out
	return launchCall{name: names[0], group: "pairs", fn: fn, grid: grid, block: block, args: args}, nil
}

// PairWidth is the entries of pair kernel k's lists for nk key tiles:
// nk, and with compensation the ⌈nk/BK⌉ mean-key tiles too (the union of
// two lists of at most nk entries each may hold every key tile and a
// mean-key tile).
func (k *Kernel) PairWidth(nk int) int {
	if !k.Compensate {
		return nk
	}
	return nk + (nk+k.BK-1)/k.BK
}

// PairListLaunch is the grid, block and arguments of the pair-list kernel
// pk before attention kernel k's launch a (its List the selection's
// lists, or compensation's, its Tables their shape and heads per list),
// writing out ([H, ⌈NQ/2⌉, k.PairWidth(NK)] int32).
func (pk *Kernel) PairListLaunch(k *Kernel, a AttentionArgs, out Buffer) (grid, block [3]uint32, args []any) {
	t := a.Tables
	return [3]uint32{uint32((t.NQ + 1) / 2), uint32(a.H), 1}, [3]uint32{uint32(pk.BlockRows), 1, 1},
		[]any{a.List.Ptr, int32(t.listDivisor(a.H)), int32(t.NQ), int32(t.NK), int32(k.PairWidth(t.NK)), out.Ptr}
}
