package sparse

import "github.com/attnc/attnc/runtime/abi"

// The host implementations of the selection modes that runtime/abi
// declares (abi.SelectModes: names, arguments, docs), registered against
// their names. A test checks that every declared mode has one and that
// nothing is registered under a name abi does not declare.

// selectHostsOf holds each mode's host implementation, by name.
var selectHostsOf = map[string]selectHost{
	"mass":    rowRule(massTake),
	"top":     rowRule(topTake),
	"density": rowRule(densityTake),
	"all":     rowRule(allTake),
	"budget":  budgetHost{},
}

// selectHost is a mode's host implementation: BlockSelect has written
// each row's nforced[r] forced tiles into out ([H·NQ, 2, NK], -1 padded),
// and complete appends the tiles the mode takes, by descending score (or
// by index, with order index), with forced flag 0 (docs/passes.md,
// blockselect steps 3 and 4).
type selectHost interface {
	complete(ws *Workspace, out []int32, e []float64, h, nq, nk int, spec SelectSpec, nforced []int)
}

// rowRule is a mode that decides each row alone: given a row's scores, its
// forced tiles and the other allowed tiles by descending score (ties to
// the lower index), and the number of allowed tiles, it returns how many
// of those ranked tiles the list takes. min_blocks and order index apply
// after it.
type rowRule func(spec SelectSpec, row []float64, forced, rest []int, allowed int) int

// selectHostOf returns mode's host implementation.
func selectHostOf(mode string) selectHost {
	h, ok := selectHostsOf[mode]
	if !ok {
		if abi.LookupSelectMode(mode) != nil {
			panic("BUG: select mode " + mode + " has no host implementation")
		}
		panic("BUG: unknown select mode " + mode)
	}
	return h
}
