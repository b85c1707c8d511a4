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

// TestExitEmulated runs the scalar f32 kernel with an early exit
// (early_stop on f32 inputs, scalar.go) — and, on bf16 inputs, sm_80's
// tensor-core kernel with its exit (mma_exit.go) — on the CPU (internal/ctaemu) and
// holds it to a float64 reference of the contract docs/passes.md states:
// per (h, I) the listed tiles in order, each row's online softmax over the
// pairs the causal mask allows, and after a tile that is past the forced
// ones (flag 0) and followed by another, a stop when over the rows with
// ℓ > 0 the largest (rule max) or mean (rule mean) Δ/ℓ is below eps, Δ the
// tile's part of ℓ. The tiles each query tile processed (visits) must be
// the reference's, except where the reference's value at the first tile
// they disagree on is within float32 rounding of eps; the output, poisoned
// with NaN first, must be the reference's over the tiles the kernel
// processed. Random lists of every allowed tile in random order with a
// random count forced first; uniform scores would seldom stop, so a few keys
// along the queries' common direction get large logits. Query tiles of 32 and 64 rows, M not a multiple of
// them (rows past M vote as row M − 1), GQA, both rules.
func TestExitEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		d, h, g, n, bq int
		eps            float64
		rule           string
		patience       int
		dt             string // "": f32 inputs, the scalar kernel; bf16: the tensor-core kernel (mma_exit.go, sm_80's)
	}{
		{16, 2, 1, 600, 64, 0.05, "max", 1, ""},
		{32, 2, 2, 500, 32, 0.02, "mean", 1, ""},
		{16, 4, 2, 410, 32, 0.1, "max", 1, ""},
		{16, 8, 1, 272, 32, 0.2, "mean", 1, ""}, // the last tile half padding: its rows must not vote
		{16, 4, 1, 600, 32, 0.05, "max", 2, ""}, // patience: two, then three tiles in a row below eps
		{16, 2, 2, 500, 32, 0.1, "mean", 3, ""},
		// The tensor-core kernel's exit (sm_80's mma.sync; sm_90a's
		// wgmma kernel runs the same vote and decision).
		{64, 2, 1, 700, 64, 0.05, "max", 1, "bf16"},
		{64, 2, 2, 640, 64, 0.05, "max", 3, "bf16"},
	}
	r := rand.New(rand.NewPCG(11, 12))
	stops, tiles := 0, 0
	for ci, c := range cases {
		dt := c.dt
		if dt == "" {
			dt = "f32"
		}
		name := fmt.Sprintf("case %d (%s d=%d H=%d G=%d N=%d tiles %d eps %g rule %s patience %d)", ci, dt, c.d, c.h, c.g, c.n, c.bq, c.eps, c.rule, c.patience)
		start := time.Now()
		src := fmt.Sprintf(`kernel emu(q: %[6]s[H, N, %[1]d], k: %[6]s[G, N, %[1]d], v: %[6]s[G, N, %[1]d]) -> f32[H, N, %[1]d] {
    s = q @ k^T * rsqrt(%[1]d)
    s = mask(s, causal)
    return softmax(s) @ v
}
schedule emu {
    tile(q: %[2]d, k: %[2]d)
    score(mean)
    order(score)
    early_stop(eps: %[3]g, rule: %[4]s, patience: %[5]d)
}
`, c.d, c.bq, c.eps, c.rule, c.patience, dt)
		_, ll, k := mmaKernel(t, src)
		if (dt == "f32") == k.MMA || !k.EarlyExit || !k.Sparse || dt == "f32" && k.BlockRows != c.bq {
			t.Fatalf("%s: kernel %s is not the %s one with an exit (mma %v exit %v sparse %v, %d threads)", name, k.Name, map[bool]string{true: "scalar", false: "tensor-core"}[dt == "f32"], k.MMA, k.EarlyExit, k.Sparse, k.BlockRows)
		}
		n, bq, bk := c.n, k.BQ, k.BK
		nq, nk := (n+bq-1)/bq, (n+bk-1)/bk
		// Queries share a direction u, and one key in about 24 lies along
		// it: those keys' tiles hold most of a row's mass, the others
		// little, so lists visited in random order stop early.
		u := make([]float64, c.d)
		for x := range u {
			u[x] = 1.5 * r.NormFloat64()
		}
		vals := func(heads int, along float64, every int) []float32 {
			x := make([]float32, heads*n*c.d)
			for i := range heads * n {
				a := 0.0
				if every == 1 || r.IntN(every) == 0 {
					a = along
				}
				for j := range c.d {
					x[i*c.d+j] = float32(r.NormFloat64() + a*u[j])
				}
			}
			return x
		}
		strong := 1.5
		if c.rule == "mean" && n%bq != 0 {
			strong = 0 // smooth: the votes pass eps gradually, where the padding would tip them
		}
		q, kk, v := vals(c.h, 1, 1), vals(c.g, strong, 24), vals(c.g, 0, 1)
		elem := runtime.F32
		if dt == "bf16" {
			elem = runtime.BF16
		}
		round := func(x []float32, heads int) []float32 { // the inputs as the kernel reads them
			tt, err := runtime.FromFloat32(elem, []int{heads, n, c.d}, x)
			if err != nil {
				t.Fatal(err)
			}
			return tt.Float32s()
		}
		for h := range c.h { // the last row peaked: were the padding rows (its copies) to vote, a mean would move
			for x := range c.d {
				q[(h*n+n-1)*c.d+x] *= 4
			}
		}
		q, kk, v = round(q, c.h), round(kk, c.g), round(v, c.g)
		list := make([]int32, c.h*nq*2*nk)
		for i := range list {
			list[i] = -1
		}
		for row := range c.h * nq {
			I := row % nq
			tiles := r.Perm(I*bq/bk + 1) // every tile the causal mask reaches
			forced := r.IntN(min(3, len(tiles)) + 1)
			for t, J := range tiles {
				list[row*2*nk+t] = int32(J)
				list[row*2*nk+nk+t] = 0
				if t < forced {
					list[row*2*nk+nk+t] = 1
				}
			}
		}
		tensor := func(x []float32, heads int) *runtime.Tensor {
			tt, err := runtime.FromFloat32(elem, []int{heads, n, c.d}, x)
			if err != nil {
				t.Fatal(err)
			}
			return tt
		}
		out := runtime.New(runtime.F32, c.h, n, c.d)
		for i := range out.Data {
			out.Data[i] = 0xff // NaN
		}
		visits := make([]int32, c.h*nq)
		for i := range visits {
			visits[i] = -7
		}
		bufs := []*ctaemu.Buf{{Data: tensor(q, c.h).Data}, {Data: tensor(kk, c.g).Data}, {Data: tensor(v, c.g).Data}, {Data: out.Data},
			{Data: cuda.Int32Bytes(list)}, {Data: cuda.Int32Bytes(visits)}}
		buf := func(i int) cuda.Buffer { return cuda.Buffer{Ptr: uint64(i + 1), Size: uint64(len(bufs[i].Data))} }
		a := cuda.AttentionArgs{Q: buf(0), K: buf(1), V: buf(2), Out: buf(3), H: c.h, M: n, N: n, Group: c.h / c.g,
			List: buf(4), NQ: nq, NK: nk, Visits: buf(5)}
		if k.MMA { // the tensor-core kernel reads the tiles' classes too
			tb, err := k.Tables(c.h, n, n, list, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			bufs = append(bufs, &ctaemu.Buf{Data: tb.Class})
			a.Class, a.Tables = buf(6), tb
		}
		grid, block, largs, err := k.AttentionLaunch(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := tools.Run(ll, k.Name, [3]int{int(grid[0]), int(grid[1]), int(grid[2])}, int(block[0]), emuArgs(t, largs, bufs)...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := int32sOf(bufs[5].Data)
		want := make([]float64, c.h*n*c.d)
		for h := range c.h {
			kv := h / (c.h / c.g)
			for I := range nq {
				row := list[(h*nq+I)*2*nk:][:2*nk]
				ref, values := exitReference(q, kk, v, h, kv, I, n, c.d, bq, bk, row, c.eps, c.rule, c.patience, want)
				g := int(got[h*nq+I])
				if g < 0 || g > nk {
					t.Fatalf("%s: head %d tile %d: visits %d (unwritten?)", name, h, I, g)
				}
				if g != ref {
					at := min(g, ref) - 1 // the first tile the two decided differently after
					if at < 0 || math.Abs(values[at]/c.eps-1) > 1e-4 {
						t.Errorf("%s: head %d tile %d: the kernel processed %d tiles, the reference %d (value %.6g after tile %d, eps %g)", name, h, I, g, ref, values[max(at, 0)], at, c.eps)
						continue
					}
				}
				if ref < countListed(row[:nk]) {
					stops++
				}
				tiles++
				// The output over the tiles the kernel processed.
				exitReference(q, kk, v, h, kv, I, n, c.d, bq, bk, cut(row, nk, g), math.Inf(-1), c.rule, 1, want)
			}
		}
		rel := emuRelErr(t, name, out.Float32s(), want, n, c.d)
		bound := 1e-5
		if dt == "bf16" {
			bound = emuBoundBF16 // P rounded to bf16 for P·V
		}
		if !(rel <= bound) {
			t.Errorf("%s: rel_err %.3g against the reference, bound %g", name, rel, bound)
		}
		t.Logf("%s: %s, %d×%d CTAs of %d threads: rel_err %.3g, %v", name, k.Name, grid[0], grid[1], block[0], rel, time.Since(start).Round(time.Millisecond))
	}
	if stops < tiles/4 || stops == tiles {
		t.Errorf("%d of %d query tiles stopped early: the test exercises too little of the rule", stops, tiles)
	}
	t.Logf("%d of %d query tiles stopped early", stops, tiles)
}

// exitReference runs query tile I of head h (KV head kv) over its list
// row (tiles, then flags, nk each) in float64 and writes its rows' output
// into out: the early exit's contract (TestExitEmulated) under eps
// and rule. It returns the tiles processed and, per tile, the vote's value
// (max or mean over the rows with ℓ > 0 of Δ/ℓ; NaN where no row counts).
// With patience p it stops once p counted tiles (past the forced ones,
// another following) in a row were below eps.
func exitReference(q, k, v []float32, h, kv, I, n, d, bq, bk int, row []int32, eps float64, rule string, patience int, out []float64) (int, []float64) {
	nk := len(row) / 2
	rows := min(bq, n-I*bq)
	m := make([]float64, rows)
	l := make([]float64, rows)
	acc := make([]float64, rows*d)
	for i := range m {
		m[i] = math.Inf(-1)
	}
	scale := 1 / math.Sqrt(float64(d))
	var values []float64
	t, small := 0, 0 // small: the counted tiles below eps in a row (patience)
	for ; t < nk && row[t] >= 0; t++ {
		J := int(row[t])
		var sum, cnt, mx float64
		for ri := range rows {
			i := I*bq + ri
			var sc []float64
			var js []int
			for j := J * bk; j < min((J+1)*bk, n); j++ {
				if j > i {
					continue
				}
				dot := 0.0
				for x := range d {
					dot += float64(q[(h*n+i)*d+x]) * float64(k[(kv*n+j)*d+x])
				}
				sc, js = append(sc, dot*scale), append(js, j)
			}
			mNew := m[ri]
			for _, s := range sc {
				mNew = math.Max(mNew, s)
			}
			f := 0.0
			if !math.IsInf(m[ri], -1) {
				f = math.Exp(m[ri] - mNew)
			}
			l[ri] *= f
			for x := range d {
				acc[ri*d+x] *= f
			}
			delta := 0.0
			for u, s := range sc {
				p := math.Exp(s - mNew)
				delta += p
				for x := range d {
					acc[ri*d+x] += p * float64(v[(kv*n+js[u])*d+x])
				}
			}
			l[ri] += delta
			m[ri] = mNew
			if l[ri] > 0 {
				y := delta / l[ri]
				sum, cnt, mx = sum+y, cnt+1, math.Max(mx, y)
			}
		}
		val := mx
		if rule == "mean" && cnt > 0 {
			val = sum / cnt
		}
		if cnt == 0 {
			val = math.NaN()
		}
		values = append(values, val)
		more := t+1 < nk && row[t+1] >= 0
		if row[nk+t] != 0 || !more {
			continue
		}
		if !(cnt > 0 && val < eps) {
			small = 0
		} else if small++; small >= patience {
			t++
			break
		}
	}
	for ri := range rows {
		i := I*bq + ri
		for x := range d {
			o := 0.0
			if l[ri] > 0 {
				o = acc[ri*d+x] / l[ri]
			}
			out[(h*n+i)*d+x] = o
		}
	}
	return t, values
}

// cut is list row (tiles, then flags, nk each) with only its first t tiles.
func cut(row []int32, nk, t int) []int32 {
	c := append([]int32{}, row...)
	for i := t; i < nk; i++ {
		c[i] = -1
	}
	return c
}

// countListed is the tiles of a list row before its first −1.
func countListed(row []int32) int {
	for t, J := range row {
		if J < 0 {
			return t
		}
	}
	return len(row)
}

// int32sOf reads little-endian int32s.
func int32sOf(b []byte) []int32 {
	out := make([]int32, len(b)/4)
	for i := range out {
		out[i] = int32(uint32(b[4*i]) | uint32(b[4*i+1])<<8 | uint32(b[4*i+2])<<16 | uint32(b[4*i+3])<<24)
	}
	return out
}
