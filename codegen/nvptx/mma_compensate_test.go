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

// TestMMACompensateEmulated runs sm_80's compensating tensor-core kernel
// (compensate(order: 0)) on the CPU (internal/ctaemu) with its three
// launches before it — the mean keys' and values' pools and the list
// kernel — as runtime/cuda launches them (Kernel.CompLaunch, then
// AttentionLaunch on the extended list), and holds the output to a
// float64 reference of the contract (compensate.go): row i attends the
// keys of its listed tiles that the mask (causal or none) allows, and for every
// tile J the mask allows wholly for its query tile and the list skips,
// J's mean key with J's mean value and the weight of its |J| keys. Random
// lists of random length (some empty: a row of mean keys alone), key
// tiles of 64 and of 16 (a row's mean-key tiles in two chunks), head dims
// 64 and 128, GQA, no mask (the short last tile compensated, with its
// own weight), and more than 32 key tiles (a chunk's second word of
// bits). The output is poisoned with NaN first.
func TestMMACompensateEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		dt      string
		d, h, g int
		n, tk   int
		causal  bool
		most    int // the longest list (0: any length)
	}{
		{"bf16", 64, 2, 1, 300, 64, true, 0},
		{"f16", 128, 2, 2, 200, 64, true, 0},
		{"bf16", 64, 1, 1, 330, 16, true, 0},  // 21 key tiles: two chunks of mean keys
		{"f16", 64, 2, 1, 200, 64, false, 0},  // no mask: the short last tile compensated, |J| = 8
		{"bf16", 64, 1, 1, 2200, 64, true, 3}, // 35 key tiles: a chunk's second word of bits
	}
	r := rand.New(rand.NewPCG(9, 10))
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%s d=%d H=%d G=%d N=%d bk=%d causal=%v)", ci, c.dt, c.d, c.h, c.g, c.n, c.tk, c.causal)
		start := time.Now()
		src := mmaSource(c.dt, c.dt, c.d, c.causal, 64, c.tk)
		src = src[:len(src)-len("}\n")] + "    score(mean)\n    select(density: 0.5, keep: [diagonal])\n    compensate(order: 0)\n}\n"
		f, ll, kernels := mmaKernels(t, src)
		var k, poolK, poolV, compList cuda.Kernel
		for _, kk := range kernels {
			switch {
			case kk.Kind == cuda.KindAttention:
				k = kk
			case kk.Kind == cuda.KindCompPool && kk.Arg == "k":
				poolK = kk
			case kk.Kind == cuda.KindCompPool && kk.Arg == "v":
				poolV = kk
			case kk.Kind == cuda.KindCompList:
				compList = kk
			}
		}
		if !k.MMA || !k.Compensate || !k.Sparse || poolK.Name == "" || poolV.Name == "" || compList.Name == "" {
			t.Fatalf("%s: no compensating tensor-core kernel with its launches (%s mma %v compensate %v: %s; pools %q %q, list %q)", name, k.Name, k.MMA, k.Compensate, k.Why, poolK.Name, poolV.Name, compList.Name)
		}
		in, _, _ := emuInputs(t, r, f, c.dt, c.h, c.g, c.n, c.d)
		n, bq, bk := c.n, k.BQ, k.BK
		nq, nk := (n+bq-1)/bq, (n+bk-1)/bk
		list := make([]int32, c.h*nq*2*nk)
		for i := range list {
			list[i] = -1
		}
		for row := range c.h * nq {
			I := row % nq
			allowed := nk - 1
			if c.causal {
				allowed = (min((I+1)*bq, n) - 1) / bk // the causal row's last key tile
			}
			if r.IntN(5) == 0 {
				continue // an empty list: mean keys alone
			}
			perm := r.Perm(allowed + 1)
			most := len(perm)
			if c.most > 0 {
				most = min(most, c.most)
			}
			for t, J := range perm[:1+r.IntN(most)] {
				list[row*2*nk+t] = int32(J)
				list[row*2*nk+nk+t] = 0
			}
		}
		tb, err := k.Tables(c.h, n, n, list, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		full, ch := k.FullTiles(c.h, n, n)
		out := runtime.New(map[string]runtime.DType{"bf16": runtime.BF16, "f16": runtime.F16}[c.dt], c.h, n, k.DV)
		for i := range out.Data {
			out.Data[i] = 0xff // NaN in every float type
		}
		poison := func(size int) []byte {
			b := make([]byte, size)
			for i := range b {
				b[i] = 0xfe
			}
			return b
		}
		bufs := []*ctaemu.Buf{{Data: in["q"].Data}, {Data: in["k"].Data}, {Data: in["v"].Data}, {Data: out.Data},
			{Data: cuda.Int32Bytes(list)}, {Data: tb.Class}, {Data: full},
			{Data: poison(2 * c.g * nk * c.d)}, {Data: poison(2 * c.g * nk * k.DV)}, {Data: poison(cuda.CompBytes(c.h, nq, nk, bk))}, {Data: poison(4 * c.h * nq * 2 * nk)}}
		buf := func(i int) cuda.Buffer { return cuda.Buffer{Ptr: uint64(i + 1), Size: uint64(len(bufs[i].Data))} }
		a := cuda.AttentionArgs{Q: buf(0), K: buf(1), V: buf(2), Out: buf(3), H: c.h, M: n, N: n, Group: c.h / c.g,
			List: buf(4), Class: buf(5), Tables: tb, KBar: buf(7), VBar: buf(8), Comp: buf(9)}
		for _, ck := range []cuda.Kernel{poolK, poolV, compList} {
			grid, block, largs, err := ck.CompLaunch(a, buf(6), ch, buf(10))
			if err != nil {
				t.Fatal(err)
			}
			if err := tools.Run(ll, ck.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), emuArgs(t, largs, bufs)...); err != nil {
				t.Fatalf("%s: %s: %v", name, ck.Name, err)
			}
		}
		a.List = buf(10)
		grid, block, largs, err := k.AttentionLaunch(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := tools.Run(ll, k.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), emuArgs(t, largs, bufs)...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := compReference(in, c.h, c.g, n, c.d, bq, bk, c.causal, list, full, ch)
		rel := emuRelErr(t, name, out.Float32s(), want, n, k.DV)
		bound := map[string]float64{"bf16": emuBoundBF16, "f16": emuBoundF16}[c.dt]
		if !(rel <= bound) {
			t.Errorf("%s: rel_err %.3g against the reference, bound %g", name, rel, bound)
		}
		t.Logf("%s: %s: rel_err %.3g (bound %g), %v", name, k.Name, rel, bound, time.Since(start).Round(time.Millisecond))
	}
}

// compReference is compensate(order: 0)'s contract in float64 (see
// TestMMACompensateEmulated), causal or not, scale 1/√d: full is
// cuda.Kernel.FullTiles' table (ch: per head).
func compReference(in map[string]*runtime.Tensor, h, g, n, d, bq, bk int, causal bool, list []int32, full []byte, ch int) []float64 {
	q, k, v := in["q"].Float32s(), in["k"].Float32s(), in["v"].Float32s()
	nq, nk := (n+bq-1)/bq, (n+bk-1)/bk
	mean := func(x []float32, kv, J int) []float64 {
		m := make([]float64, d)
		j0, j1 := J*bk, min((J+1)*bk, n)
		for j := j0; j < j1; j++ {
			for e := range d {
				m[e] += float64(x[(kv*n+j)*d+e])
			}
		}
		for e := range m {
			m[e] /= float64(j1 - j0)
		}
		return m
	}
	out := make([]float64, h*n*d)
	scale := 1 / math.Sqrt(float64(d))
	for hh := range h {
		kv := hh / (h / g)
		for i := range n {
			I := i / bq
			row := list[(hh*nq+I)*2*nk:][:nk]
			listed := make([]bool, nk)
			type key struct {
				w     float64 // keys it stands for
				k, v  []float64
				score float64
			}
			var keys []key
			for _, J := range row {
				if J < 0 {
					break
				}
				listed[J] = true
				for j := int(J) * bk; j < min(int(J+1)*bk, n) && (j <= i || !causal); j++ {
					kk, vv := make([]float64, d), make([]float64, d)
					for e := range d {
						kk[e], vv[e] = float64(k[(kv*n+j)*d+e]), float64(v[(kv*n+j)*d+e])
					}
					keys = append(keys, key{w: 1, k: kk, v: vv})
				}
			}
			for J := range nk {
				if !listed[J] && full[((hh*ch)*nq+I)*nk+J] == 1 {
					keys = append(keys, key{w: float64(min((J+1)*bk, n) - J*bk), k: mean(k, kv, J), v: mean(v, kv, J)})
				}
			}
			if len(keys) == 0 {
				continue
			}
			m := math.Inf(-1)
			for t := range keys {
				dot := 0.0
				for e := range d {
					dot += float64(q[(hh*n+i)*d+e]) * keys[t].k[e]
				}
				keys[t].score = dot * scale
				m = math.Max(m, keys[t].score)
			}
			z := 0.0
			o := out[(hh*n+i)*d:][:d]
			for _, kk := range keys {
				w := kk.w * math.Exp(kk.score-m)
				z += w
				for e := range d {
					o[e] += w * kk.v[e]
				}
			}
			for e := range d {
				o[e] /= z
			}
		}
	}
	return out
}
