package driver

import (
	"fmt"
	"os"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/plot"
)

// writePlot draws, per head, the kernel's block scores and its selection:
// the blockscore op's E (or, without one, every allowed tile at 1) and the
// blockselect op's lists with the stop points of the run.
func writePlot(path string, f *ir.Func, res *interp.Result) error {
	score, sel := sparseOps(f)
	if score == nil {
		return fmt.Errorf("-plot: kernel %s has no block scores to draw; its schedule needs a score(...) pass", f.Name)
	}
	e := res.Values[score]
	h, nq, nk := e.Shape[0], e.Shape[1], e.Shape[2]
	heads := make([]plot.Head, h)
	for hh := range h {
		hd := &heads[hh]
		hd.Scores = make([][]float64, nq)
		for I := range nq {
			hd.Scores[I] = e.Data[(hh*nq+I)*nk : (hh*nq+I+1)*nk]
		}
		if sel == nil {
			continue
		}
		lists := res.Values[sel]
		hd.List, hd.Forced = make([][]int, nq), make([]int, nq)
		for I := range nq {
			base := (hh*nq + I) * 2 * nk
			for t := 0; t < nk && lists.Data[base+t] >= 0; t++ {
				hd.List[I] = append(hd.List[I], int(lists.Data[base+t]))
				if lists.Data[base+nk+t] != 0 {
					hd.Forced[I]++
				}
			}
		}
		if len(res.Visits) == h {
			hd.Visited = res.Visits[hh]
		}
	}
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := plot.WritePNG(file, heads, plot.Options{}); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// sparseOps returns f's (last) blockscore and blockselect ops, or nil.
func sparseOps(f *ir.Func) (score, sel *ir.Value) {
	for _, v := range f.Values {
		switch v.Op {
		case ir.OpBlockScore:
			score = v
		case ir.OpBlockSelect:
			sel = v
		}
	}
	return score, sel
}
