package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestADScoresEmulated runs sm_80's antidiagonal kernels (adstats, then
// admass: mma.sync products of gathered rows) on the CPU (internal/ctaemu)
// in each shape they score — XAttention's antidiagonal groups, the
// oracle's single rows and keys, and probe scores (every S-th query
// against every key, a tile shorter than S probing its last query) — and
// holds E to the host library's scores (sparse.BlockScore, float64)
// within 10⁻⁵, as TestGPUSelect does on a GPU. Causal and unmasked; key
// counts that end inside a tile, a last query tile shorter than the probe
// stride and one with a partial group after whole ones; GQA. E is
// poisoned first: an allowed tile left unwritten fails, as does one the
// mask empties but the kernel writes.
func TestADScoresEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		method  string
		stride  int
		n, h, g int
		causal  bool
	}{
		{"probe", 16, 64*2 + 10, 2, 1, true},  // the last tile shorter than S: its last query
		{"probe", 16, 64*3 + 20, 2, 2, true},  // the last tile 20 rows: one probe, a partial group left out
		{"probe", 32, 64*2 + 40, 2, 1, false}, // unmasked, two probes a tile
		{"probe", 8, 64*2 + 64, 1, 1, true},   // eight probes a tile
		{"antidiagonal", 8, 64*2 + 37, 2, 1, true},
		{"oracle", 0, 64 + 50, 1, 1, true},
	}
	r := rand.New(rand.NewPCG(31, 32))
	const d, bq, bk = 64, 64, 64
	for ci, c := range cases {
		name := fmt.Sprintf("case %d (%s stride %d, N=%d, H=%d, G=%d, causal %v)", ci, c.method, c.stride, c.n, c.h, c.g, c.causal)
		sc := abi.ScoreSpec{Method: c.method, Stride: c.stride, Scale: 1 / math.Sqrt(d)}
		var sh adShape
		switch c.method {
		case "probe":
			sh = adShape{Sq: c.stride, Sk: 1, U: 1, probe: true}
		case "antidiagonal":
			sh = adShape{Sq: c.stride, Sk: c.stride, U: c.stride}
		default:
			sh = adShape{Sq: 1, Sk: 1, U: 1}
		}
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		ka := g.adKernel("t_adstats", "bf16", d, sh, bq, bk, sc.Scale, c.causal)
		km := g.adMass("t_admass", sh, bq, bk)
		ll := g.m.String()

		n := c.n
		nq, nk := (n+bq-1)/bq, (n+bk-1)/bk
		R, T := (n+sh.Sq-1)/sh.Sq, (n+sh.Sk-1)/sh.Sk
		vals := func(heads int) (*runtime.Tensor, []float64) {
			x := make([]float32, heads*n*d)
			for i := range x {
				x[i] = float32(r.NormFloat64() * 1.5)
			}
			return inputTensor(t, runtime.BF16, []int{heads, n, d}, x)
		}
		q, q64 := vals(c.h)
		k, k64 := vals(c.g)
		cls := make([]byte, nq*nk)
		for I := range nq {
			for J := range nk {
				if !c.causal || J <= I {
					cls[I*nk+J] = 1
				}
			}
		}
		stats := &ctaemu.Buf{Data: fill(4*2*c.h*R, 0xff)}
		part := &ctaemu.Buf{Data: fill(4*c.h*nk*R, 0xff)}
		mx := &ctaemu.Buf{Data: fill(4*c.h*((T+63)/64)*R, 0xff)}
		e := &ctaemu.Buf{Data: fill(4*c.h*nq*nk, 0xff)}
		if err := tools.Run(ll, ka.Name, [3]int{(R + ADRows - 1) / ADRows, c.h, 1}, ka.BlockRows,
			&ctaemu.Buf{Data: q.Data}, &ctaemu.Buf{Data: k.Data}, int32(n), int32(n), int32(c.h/c.g), int32(R), int32(T), stats, part, mx, int32(nk)); err != nil {
			t.Fatalf("%s: adstats: %v", name, err)
		}
		if err := tools.Run(ll, km.Name, [3]int{nq, c.h, 1}, km.BlockRows,
			stats, part, mx, e, &ctaemu.Buf{Data: cls}, int32(0), int32(nq), int32(nk), int32(n), int32(R), int32(T)); err != nil {
			t.Fatalf("%s: admass: %v", name, err)
		}
		var mask sparse.Program
		if c.causal {
			mask = causalProgram(t)
		}
		grid := &sparse.Grid{H: c.h, M: n, N: n, Group: c.h / c.g, BQ: bq, BK: bk, Mask: mask}
		want, _, err := sparse.BlockScore(grid, sc, q64, k64, d, 1)
		if err != nil {
			t.Fatal(err)
		}
		worst := 0.0
		for i, w := range want {
			got := float64(math.Float32frombits(binary.LittleEndian.Uint32(e.Data[4*i:])))
			allowed := cls[i%(nq*nk)] != 0
			switch {
			case !allowed && binary.LittleEndian.Uint32(e.Data[4*i:]) != 0xffffffff:
				t.Fatalf("%s: E[%d] (masked tile) written: %g", name, i, got)
			case !allowed:
			case w < 0 || math.IsNaN(got):
				t.Fatalf("%s: E[%d] = %g, the host's %g", name, i, got, w)
			default:
				worst = math.Max(worst, math.Abs(got-w))
			}
		}
		if worst > 1e-5 {
			t.Errorf("%s: E within %.3g of the host's, want 1e-5", name, worst)
		}
		t.Logf("%s: R=%d T=%d, E within %.2g of the host's", name, R, T, worst)
	}
}
