package driver

import (
	"fmt"
	"io"
	"strings"

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
	return writeFileAtomic(path, func(w io.Writer) error {
		return plot.WritePNG(w, heads, plot.Options{Title: plotTitle(f, res, score, sel)})
	})
}

// plotTitle names what the picture shows: the kernel, N, the heads and
// tiles, the density the run reached, and the schedule as the scoring and
// selection ops' attributes (what the passes chose, without the mask and
// scale the kernel already says).
func plotTitle(f *ir.Func, res *interp.Result, score, sel *ir.Value) string {
	e := res.Values[score]
	line1 := f.Name
	switch q, k := res.Values[score.Args[0]], res.Values[score.Args[1]]; {
	case q != nil && k != nil && len(q.Shape) == 3 && len(k.Shape) == 3 && q.Shape[1] != k.Shape[1]:
		line1 += fmt.Sprintf("  M=%d  N=%d", q.Shape[1], k.Shape[1]) // queries at positions i + N − M
	case q != nil && len(q.Shape) >= 2:
		line1 += fmt.Sprintf("  N=%d", q.Shape[len(q.Shape)-2])
	}
	line1 += fmt.Sprintf("  %d heads  %dx%d tiles of %dx%d  density %.3f (total %.3f)",
		e.Shape[0], e.Shape[1], e.Shape[2], score.Int("bq"), score.Int("bk"), res.Stats.Density, res.Stats.DensityTotal)
	sched := []string{opAttrs(score)}
	if sel != nil {
		sched = append(sched, opAttrs(sel))
	}
	return line1 + "\nschedule: " + strings.Join(sched, "; ")
}

// opAttrs is v's op and attributes as the IR prints them, less its
// arguments and the attributes the schedule did not choose.
func opAttrs(v *ir.Value) string {
	words := []string{v.Op.String()}
	for _, w := range strings.Fields(strings.TrimPrefix(v.LongString(), v.Ref()+" = "+v.Op.String())) {
		if w == ":" {
			break // the type and position follow
		}
		words = append(words, w)
	}
	// Drop the arguments and the kernel's own scale, mask (an expression
	// that may hold spaces) and tile sizes.
	var kept []string
	depth := 0
	for _, w := range words {
		skip := depth > 0 || strings.HasPrefix(w, "%") || strings.HasPrefix(w, "mask=") ||
			strings.HasPrefix(w, "scale=") || strings.HasPrefix(w, "bq=") || strings.HasPrefix(w, "bk=")
		depth += strings.Count(w, "{") - strings.Count(w, "}")
		if !skip {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
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
