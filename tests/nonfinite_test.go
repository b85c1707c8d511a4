package tests

import (
	"math"
	"testing"

	"github.com/attnc/attnc/ir/interp"
)

// nonFiniteCase is a kernel with inputs that carry NaN and infinities at
// keys the kernel must not read for some rows: keys its mask hides from
// them, tiles its schedule does not select for them. On the rows that read
// no planted key every backend must give the interpreter's (finite) output;
// what a row that does read one gives is another question (issue 16, item
// 13). The GPU tests can take the inputs and the rows from here.
type nonFiniteCase struct {
	name, src string
	h, g, n   int
	// inputs returns q, k and v with the non-finite values planted.
	inputs func() map[string]*interp.Tensor
	// planted lists the keys with a non-finite value in k or v; reads
	// reports whether query i may read key j (mask and selection).
	planted []int
	reads   func(i, j int) bool
}

// clean reports whether output row row (of the flattened [H, N] rows)
// reads none of the planted keys.
func (c *nonFiniteCase) clean(row int) bool {
	i := row % c.n
	for _, j := range c.planted {
		if c.reads(i, j) {
			return false
		}
	}
	return true
}

// plant sets row key of every head of x (a [heads, n, d] tensor) to val.
func plant(x *interp.Tensor, key int, val float64) {
	heads, n, d := x.Shape[0], x.Shape[1], x.Shape[2]
	for h := range heads {
		row := x.Data[(h*n+key)*d : (h*n+key+1)*d]
		for i := range row {
			row[i] = val
		}
	}
}

// nonFiniteCases: a causal kernel, a causal window (whose partial tiles
// have rows with no allowed key at all) and a window under a score mod,
// with NaN and ±Inf in v and k inside diagonal tiles and behind the
// window; a top-1 selection of 32-key
// tiles with a strong first tile (every query tile selects it, and its
// diagonal), with NaN and +Inf in v of the tiles in between, which the
// query tiles past them do not select.
func nonFiniteCases() []nonFiniteCase {
	const n, d = 150, 64
	dense := func(seed uint64) map[string]*interp.Tensor {
		in := randomQKV(seed, 2, 1, n, d, d, 1)
		plant(in["v"], 40, math.NaN())
		plant(in["k"], 45, math.NaN())
		plant(in["v"], 100, math.Inf(1))
		plant(in["k"], 110, math.Inf(1))
		plant(in["v"], 120, math.Inf(-1))
		plant(in["k"], 130, math.Inf(-1))
		plant(in["v"], 149, math.NaN())
		return in
	}
	densePlanted := []int{40, 45, 100, 110, 120, 130, 149}
	sparse := func() map[string]*interp.Tensor {
		in := randomQKV(5, 2, 1, n, d, d, 0.3)
		for h := range 2 {
			for i := range n {
				for l := range d {
					in["q"].Data[(h*n+i)*d+l] += 1
				}
			}
		}
		for j := range 32 {
			for l := range d {
				in["k"].Data[j*d+l] += 1
			}
		}
		for _, key := range []int{33, 50, 70, 90, 100} {
			plant(in["v"], key, math.NaN())
		}
		plant(in["v"], 80, math.Inf(1))
		return in
	}
	return []nonFiniteCase{
		{name: "causal", h: 2, g: 1, n: n, src: `
kernel causal(q: f32[H, N, 64], k: f32[G, N, 64], v: f32[G, N, 64]) -> f32[H, N, 64] {
    s = mask(q @ k^T * rsqrt(64), causal)
    return softmax(s) @ v
}
`, inputs: func() map[string]*interp.Tensor { return dense(1) }, planted: densePlanted,
			reads: func(i, j int) bool { return j <= i }},
		{name: "window", h: 2, g: 1, n: n, src: `
kernel window(q: f32[H, N, 64], k: f32[G, N, 64], v: f32[G, N, 64]) -> f32[H, N, 64] {
    s = mask(q @ k^T * rsqrt(64), causal & window(16))
    return softmax(s) @ v
}
`, inputs: func() map[string]*interp.Tensor { return dense(2) }, planted: densePlanted,
			reads: func(i, j int) bool { return j <= i && i-j < 16 }},
		{name: "softcap", h: 2, g: 1, n: n, src: `
kernel softcap(q: f32[H, N, 64], k: f32[G, N, 64], v: f32[G, N, 64]) -> f32[H, N, 64] {
    s = q @ k^T * rsqrt(64)
    s = tanh(s / 5) * 5
    s = mask(s, causal & window(40))
    return softmax(s) @ v
}
`, inputs: func() map[string]*interp.Tensor { return dense(3) }, planted: densePlanted,
			reads: func(i, j int) bool { return j <= i && i-j < 40 }},
		{name: "top1", h: 2, g: 1, n: n, src: `
kernel top1(q: f32[H, N, 64], k: f32[G, N, 64], v: f32[G, N, 64]) -> f32[H, N, 64] {
    s = mask(q @ k^T * rsqrt(64), causal)
    return softmax(s) @ v
}
schedule top1 {
    tile(q: 32, k: 32)
    score(mean)
    select(top: 1, keep: [diagonal])
}
`, inputs: sparse, planted: []int{33, 50, 70, 80, 90, 100},
			reads: func(i, j int) bool { return j <= i && (j/32 == 0 || j/32 == i/32) }},
	}
}

// TestNonFiniteMasked: the non-finite cases on the CPU with AVX-512, AVX2
// and the portable loops, row by row against the interpreter.
func TestNonFiniteMasked(t *testing.T) {
	cases := nonFiniteCases()
	var src string
	for _, c := range cases {
		src += c.src
	}
	funcs := compileFuncs(t, src)
	pk := buildKernels(t, funcs)
	inputs := map[string]map[string]*interp.Tensor{}
	wants := map[string]*interp.Tensor{}
	for i, c := range cases {
		inputs[c.name] = c.inputs()
		want := interpret(t, funcs[i], inputs[c.name])
		wants[c.name] = want
		clean := 0
		for row := range c.h * c.n {
			if c.clean(row) {
				clean++
				for _, x := range want.Data[row*64 : row*64+64] {
					if math.IsNaN(x) || math.IsInf(x, 0) {
						t.Fatalf("%s: the interpreter's row %d reads a planted key", c.name, row)
					}
				}
			}
		}
		if clean < c.h*c.n/4 {
			t.Fatalf("%s: only %d of %d rows read no planted key", c.name, clean, c.h*c.n)
		}
	}
	for _, mode := range cpuModes {
		outs := pk.run(t, inputs, mode.env...)
		for _, c := range cases {
			if err := sameOutput(outs[c.name], wants[c.name], f32Bound, c.clean); err != nil {
				t.Errorf("%s (%s): %v", c.name, mode.name, err)
			}
		}
	}
}
