package nvptx_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/cuda"
)

// TestMMAGatherEmulated runs sm_80's tensor-core attention kernel with
// gathered keys (a permutation, PBS's and S2O's kernels) on the CPU
// (internal/ctaemu) and holds its output to a float64 reference of its
// contract: row i of query tile I (segment s = I·bq/L) attends the keys
// perm[h, s, j] of every j in the listed tiles' positions that the causal
// mask allows at their physical positions, softmax over all of them (0
// for a row with none). Random bijections per (head, segment) and random
// lists of random length exercise the loop's carried rows (mma_load.go's
// keyRows): several tiles a list, lists of one tile, a last tile past N
// (its rows zero-filled), GQA, head dims 64 and 128 (four and eight copy
// rounds a thread). The output is poisoned with NaN first.
func TestMMAGatherEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		dt      string
		d, h, g int
		n, seg  int
	}{
		{"bf16", 64, 2, 1, 300, 128},
		{"f16", 128, 2, 2, 200, 64},
		{"bf16", 128, 1, 1, 130, 128},
	}
	r := rand.New(rand.NewPCG(7, 8))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%s d=%d H=%d G=%d N=%d L=%d)", ci, c.dt, c.d, c.h, c.g, c.n, c.seg)
		start := time.Now()
		src := mmaSource(c.dt, c.dt, c.d, true, 64, 64) // tiles 64×64, then the permutation and selection
		src = src[:len(src)-len("}\n")] + fmt.Sprintf("    permute(segment: %d, probe: mean, scope: local)\n    score(mean)\n    select(density: 0.5, keep: [diagonal])\n}\n", c.seg)
		f, ll, k := mmaKernel(t, src)
		if !k.MMA || !k.Gather || !k.Sparse {
			t.Fatalf("%s: kernel %s is not the gathered tensor-core one (mma %v gather %v sparse %v: %s)", name, k.Name, k.MMA, k.Gather, k.Sparse, k.Why)
		}
		in, _, _ := emuInputs(t, r, f, c.dt, c.h, c.g, c.n, c.d)
		n, bq, bk := c.n, k.BQ, k.BK
		nq, nk, ns := (n+bq-1)/bq, (n+bk-1)/bk, (n+c.seg-1)/c.seg
		perm := make([]int32, c.h*ns*n)
		for i := range c.h * ns {
			row := perm[i*n : (i+1)*n]
			for j, p := range r.Perm(n) {
				row[j] = int32(p)
			}
		}
		list := make([]int32, c.h*nq*2*nk)
		for i := range list {
			list[i] = -1
		}
		for row := range c.h * nq {
			tiles := r.Perm(nk)[:1+r.IntN(nk)]
			for t, J := range tiles {
				list[row*2*nk+t] = int32(J)
				list[row*2*nk+nk+t] = 0
			}
		}
		tb, err := k.Tables(c.h, n, n, list, perm, c.seg)
		if err != nil {
			t.Fatal(err)
		}
		out := runtime.New(map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[c.dt], c.h, n, k.DV)
		for i := range out.Data {
			out.Data[i] = 0xff // NaN in every float type
		}
		bufs := []*ctaemu.Buf{{Data: in["q"].Data}, {Data: in["k"].Data}, {Data: in["v"].Data}, {Data: out.Data},
			{Data: cuda.Int32Bytes(tb.List)}, {Data: tb.Class}, {Data: cuda.Int32Bytes(perm)}}
		buf := func(i int) cuda.Buffer { return cuda.Buffer{Ptr: uint64(i + 1), Size: uint64(len(bufs[i].Data))} }
		a := cuda.AttentionArgs{Q: buf(0), K: buf(1), V: buf(2), Out: buf(3), H: c.h, M: n, N: n, Group: c.h / c.g,
			List: buf(4), Class: buf(5), Tables: tb, Perm: buf(6), NS: ns, Segment: c.seg}
		grid, block, largs, err := k.AttentionLaunch(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := tools.Run(ll, k.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), emuArgs(t, largs, bufs)...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := gatherReference(in, c.h, c.g, n, c.d, bq, bk, c.seg, list, perm)
		rel := emuRelErr(t, name, out.Float32s(), want, n, k.DV)
		bound := map[string]float64{"bf16": emuBoundBF16, "f16": emuBoundF16}[c.dt]
		if !(rel <= bound) {
			t.Errorf("%s: rel_err %.3g against the reference, bound %g", name, rel, bound)
		}
		t.Logf("%s: %s: rel_err %.3g (bound %g), %v", name, k.Name, rel, bound, time.Since(start).Round(time.Millisecond))
	}
}

// gatherReference is the gathered sparse attention's contract in float64
// (see TestMMAGatherEmulated), causal, scale 1/√d.
func gatherReference(in map[string]*runtime.Tensor, h, g, n, d, bq, bk, seg int, list, perm []int32) []float64 {
	q, k, v := in["q"].Float32s(), in["k"].Float32s(), in["v"].Float32s()
	nq, nk, ns := (n+bq-1)/bq, (n+bk-1)/bk, (n+seg-1)/seg
	out := make([]float64, h*n*d)
	scale := 1 / math.Sqrt(float64(d))
	for hh := range h {
		kv := hh / (h / g)
		for i := range n {
			I, s := i/bq, i/bq*bq/seg
			row := list[(hh*nq+I)*2*nk:][:nk]
			prow := perm[(hh*ns+s)*n:][:n]
			var keys []int
			for _, J := range row {
				if J < 0 {
					break
				}
				for j := int(J) * bk; j < min(int(J+1)*bk, n); j++ {
					if p := int(prow[j]); p <= i {
						keys = append(keys, p)
					}
				}
			}
			if len(keys) == 0 {
				continue
			}
			sc := make([]float64, len(keys))
			m := math.Inf(-1)
			for t, p := range keys {
				dot := 0.0
				for x := range d {
					dot += float64(q[(hh*n+i)*d+x]) * float64(k[(kv*n+p)*d+x])
				}
				sc[t] = dot * scale
				m = math.Max(m, sc[t])
			}
			z := 0.0
			o := out[(hh*n+i)*d:][:d]
			for t, p := range keys {
				w := math.Exp(sc[t] - m)
				z += w
				for x := range d {
					o[x] += w * float64(v[(kv*n+p)*d+x])
				}
			}
			for x := range d {
				o[x] /= z
			}
		}
	}
	return out
}
