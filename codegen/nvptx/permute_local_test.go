package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestPermLocalEmulated runs permute(scope: local)'s kernels — probe: last
// (permute_last.go) and probe: mean (permute.go's permLocal) — on the CPU
// (internal/ctaemu) and holds their orders to the host's (sparse.Permute,
// float64): every key segment a bijection; in
// the order's sequence every key's float64 importance at least the next
// one's up to float32 rounding (1e-5 of the segment's largest); keys of
// equal importance (duplicated keys) in index order, exactly; a NaN key
// making its segment the identity, as on the host. Where the order differs
// from the host's, the keys swapped are within that rounding of each
// other: the count is logged. Segments shorter than the CTA, a last
// segment past N, a last query segment shorter than a query tile (fewer
// probe rows), GQA, f16, bf16 and f32 (local scope takes f32 inputs).
func TestPermLocalEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		probe      string
		dt         string
		d, seg, bq int
		h, g, n    int
		nanKey     int // a key to make NaN (-1: none)
	}{
		{"last", "bf16", 64, 256, 64, 2, 1, 700, -1},
		{"last", "f16", 32, 128, 64, 2, 2, 300, 150},  // the last query segment 44 rows: 44 probes; a NaN key in segment 1
		{"last", "bf16", 128, 100, 32, 1, 1, 230, -1}, // segments of 100 in a CTA of 128
		{"last", "f32", 32, 128, 64, 2, 1, 300, 20},
		{"mean", "bf16", 64, 256, 64, 2, 1, 700, -1},
		{"mean", "f32", 32, 128, 64, 2, 2, 300, 150},
	}
	r := rand.New(rand.NewPCG(51, 52))
	swaps := 0
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (probe %s, %s d=%d seg %d bq %d H=%d G=%d N=%d)", ci, c.probe, c.dt, c.d, c.seg, c.bq, c.h, c.g, c.n)
		scale := 1 / math.Sqrt(float64(c.d))
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		var k Kernel
		if c.probe == "last" {
			k = g.permLocalLast("t_perm", c.dt, c.d, c.seg, c.bq, scale)
		} else {
			k = g.permLocal("t_perm", c.dt, c.d, c.seg, scale)
		}
		ll := g.m.String()
		dt := map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16, "f32": runtime.F32}[c.dt]
		mk := func(heads int, isK bool) (*runtime.Tensor, []float64) {
			x := make([]float32, heads*c.n*c.d)
			for i := range x {
				x[i] = float32(r.NormFloat64() * 1.2)
			}
			if isK {
				// Duplicated keys: equal importances, which must keep
				// their index order.
				for kv := range heads {
					for _, jj := range [][2]int{{3, 40}, {5, 6}, {c.seg + 7, c.seg + 9}} {
						copy(x[(kv*c.n+jj[1])*c.d:(kv*c.n+jj[1]+1)*c.d], x[(kv*c.n+jj[0])*c.d:(kv*c.n+jj[0]+1)*c.d])
					}
				}
				if c.nanKey >= 0 {
					x[c.nanKey*c.d] = float32(math.NaN())
				}
			}
			return inputTensor(t, dt, []int{heads, c.n, c.d}, x)
		}
		q, q64 := mk(c.h, false)
		kk, k64 := mk(c.g, true)
		perm := &ctaemu.Buf{Data: fill(4*c.h*c.n, 0xee)}
		nseg := (c.n + c.seg - 1) / c.seg
		if err := tools.Run(ll, k.Name, [3]int{nseg, c.h, 1}, k.BlockRows,
			&ctaemu.Buf{Data: q.Data}, &ctaemu.Buf{Data: kk.Data}, perm, int32(c.n), int32(c.n), int32(c.h/c.g)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := make([]int32, c.h*c.n)
		for i := range got {
			got[i] = int32(binary.LittleEndian.Uint32(perm.Data[4*i:]))
		}
		spec := sparse.PermuteSpec{Segment: c.seg, Probe: c.probe, Scope: "local", Scale: scale, BQ: c.bq}
		want, _ := sparse.Permute(spec, q64, k64, c.h, c.n, c.d, c.g, c.n)
		ns := nseg
		for h := range c.h {
			kv := h / (c.h / c.g)
			qh, kh := q64[h*c.n*c.d:(h+1)*c.n*c.d], k64[kv*c.n*c.d:(kv+1)*c.n*c.d]
			imp := lastImportances(qh, kh, c.n, c.d, c.seg, c.bq, scale)
			if c.probe == "mean" {
				imp = meanScores(qh, kh, c.n, c.d, c.seg, scale)
			}
			hw := want[h*ns*c.n : h*ns*c.n+c.n] // local scope: every query segment's row is the same
			for s := range nseg {
				lo, hi := s*c.seg, min((s+1)*c.seg, c.n)
				gs, ws := got[h*c.n+lo:h*c.n+hi], hw[lo:hi]
				sorted := slices.Clone(gs)
				slices.Sort(sorted)
				for i, j := range sorted {
					if int(j) != lo+i {
						t.Fatalf("%s: head %d segment %d: not a bijection of [%d, %d): %v", name, h, s, lo, hi, gs)
					}
				}
				if kv == 0 && c.nanKey >= lo && c.nanKey < hi { // the NaN is in KV head 0
					for i, j := range gs {
						if int(j) != lo+i || ws[i] != j {
							t.Fatalf("%s: head %d segment %d holds a NaN key: the identity expected (kernel %v, host %v)", name, h, s, gs[:8], ws[:8])
						}
					}
					continue
				}
				top := 0.0 // the tolerance's scale: the largest importance, or score magnitude
				for j := lo; j < hi; j++ {
					top = math.Max(top, math.Abs(imp[j]))
				}
				for i := 0; i+1 < len(gs); i++ {
					a, b := gs[i], gs[i+1]
					switch {
					case imp[a] == imp[b] && a > b:
						t.Errorf("%s: head %d segment %d: keys %d and %d of equal importance out of index order", name, h, s, a, b)
					case imp[a] < imp[b]-1e-5*top:
						t.Errorf("%s: head %d segment %d: key %d (importance %.9g) before key %d (%.9g)", name, h, s, a, imp[a], b, imp[b])
					}
				}
				for i := range gs {
					if gs[i] != ws[i] {
						swaps++
						if math.Abs(imp[gs[i]]-imp[ws[i]]) > 1e-5*top {
							t.Errorf("%s: head %d segment %d place %d: key %d, the host's %d (importances %.9g, %.9g)", name, h, s, i, gs[i], ws[i], imp[gs[i]], imp[ws[i]])
						}
					}
				}
			}
		}
		t.Logf("%s: %s, %d×%d CTAs of %d threads", name, k.Name, nseg, c.h, k.BlockRows)
	}
	t.Logf("%d places differ from the host's order, each between keys within float32 rounding of each other", swaps)
}

// meanScores is every key's score under the last query segment's mean
// query (docs/passes.md's permute, probe: mean: the order of the scores is
// the importances'), in float64.
func meanScores(q, k []float64, n, d, seg int, scale float64) []float64 {
	lo := ((n+seg-1)/seg - 1) * seg
	mean := make([]float64, d)
	for i := lo; i < n; i++ {
		for c := range d {
			mean[c] += q[i*d+c] / float64(n-lo)
		}
	}
	out := make([]float64, n)
	for j := range n {
		for c := range d {
			out[j] += mean[c] * k[j*d+c]
		}
		out[j] *= scale
	}
	return out
}

// lastImportances is every key's importance under the last query
// segment's last bq queries, softmax among its own key segment, in float64
// (docs/passes.md's permute, probe: last, scope: local).
func lastImportances(q, k []float64, n, d, seg, bq int, scale float64) []float64 {
	nsq := (n + seg - 1) / seg
	r0 := max((nsq-1)*seg, n-bq)
	imp := make([]float64, n)
	for lo := 0; lo < n; lo += seg {
		hi := min(lo+seg, n)
		for r := r0; r < n; r++ {
			x := make([]float64, hi-lo)
			m := math.Inf(-1)
			for j := lo; j < hi; j++ {
				dot := 0.0
				for c := range d {
					dot += q[r*d+c] * k[j*d+c]
				}
				x[j-lo] = scale * dot
				m = math.Max(m, x[j-lo])
			}
			z := 0.0
			for i := range x {
				x[i] = math.Exp(x[i] - m)
				z += x[i]
			}
			for i := range x {
				imp[lo+i] += x[i] / z / float64(n-r0)
			}
		}
	}
	return imp
}
