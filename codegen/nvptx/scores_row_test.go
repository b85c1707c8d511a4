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
)

// TestScoresRowEmulated runs the decode step's row scores kernel on the
// CPU (internal/ctaemu): e[h, 0, J] = c·log₂e·q̄_h·k̄[h/group, J] for every
// key tile J, q̄ the mean of the head's M query rows, against float64 —
// for f32 and bf16 queries, head dims 64 and 128, GQA (two query heads a
// KV head), and NK not a multiple of a CTA's tiles (the last CTA's warps
// hold tiles past NK, which must store nothing: the output is poisoned
// past NK as well).
func TestScoresRowEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const H, G, M = 4, 2, 3
	r := rand.New(rand.NewPCG(51, 52))
	for _, c := range []struct {
		dt    string
		d, nk int
	}{{"f32", 64, 77}, {"bf16", 128, 130}} {
		name := fmt.Sprintf("%s d=%d NK=%d", c.dt, c.d, c.nk)
		vals := make([]float32, H*M*c.d)
		for i := range vals {
			vals[i] = float32(r.NormFloat64())
		}
		q, err := runtime.FromFloat32(map[string]runtime.DType{"f32": runtime.F32, "bf16": runtime.BF16}[c.dt], []int{H, M, c.d}, vals)
		if err != nil {
			t.Fatal(err)
		}
		qs := q.Float32s()
		km := make([]float32, G*c.nk*c.d)
		for i := range km {
			km[i] = float32(r.NormFloat64())
		}
		const scale = 0.125
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		k := g.scoresRow("t_row", c.dt, c.d, scale)
		ll := g.m.String()
		const pad = 40 // poisoned words past the last head's NK
		e := &ctaemu.Buf{Data: fill(4*(H*c.nk+pad), 0xfe)}
		grid := [3]int{(c.nk + k.BK - 1) / k.BK, H, 1}
		if err := tools.Run(ll, k.Name, grid, k.BlockRows, &ctaemu.Buf{Data: q.Data}, &ctaemu.Buf{Data: f32Bytes(km)}, e, int32(M), int32(c.nk), int32(H/G)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		word := func(i int) uint32 { return binary.LittleEndian.Uint32(e.Data[4*i:]) }
		for h := range H {
			for J := range c.nk {
				var dot, abs float64
				for i := range c.d {
					var s float64
					for m := range M {
						s += float64(qs[(h*M+m)*c.d+i])
					}
					x := s / M * float64(km[((h/(H/G))*c.nk+J)*c.d+i])
					dot += x
					abs += math.Abs(x)
				}
				want := scale * math.Log2E * dot
				bound := float64(c.d+M+8) * 0x1p-24 * scale * math.Log2E * abs
				if got := float64(math.Float32frombits(word(h*c.nk + J))); !(math.Abs(got-want) <= bound) {
					t.Fatalf("%s: head %d tile %d: %g, want %g (bound %.3g)", name, h, J, got, want, bound)
				}
			}
		}
		for i := H * c.nk; i < H*c.nk+pad; i++ {
			if word(i) != 0xfefefefe {
				t.Fatalf("%s: word %d past the scores was written", name, i)
			}
		}
	}
}
