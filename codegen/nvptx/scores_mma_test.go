package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
)

// TestScoresMMAEmulated runs the tensor-core mean scores kernel on the CPU
// (internal/ctaemu): e[h, I, J] = c·log₂e·q̄[h, I]·k̄[h/group, J] for the
// pairs of every CTA the class table leaves live, against float64; the
// CTAs it wholly forbids write nothing (the output is poisoned), nor does
// any CTA past NQ or NK. NQ and NK are not multiples of 64, head dims 64
// (chunks of 32) and 48 (chunks of 16), GQA (two query heads a KV head),
// and the table causal but for one pair at the far corner of a block
// above the diagonal, which must make that whole CTA live.
//
// Two kinds of inputs. Normal means, within the bound of the kernel's
// arithmetic: 6·d float32 additions (the six products of each dim) and
// the dropped parts (< 2⁻²⁵ of each product). And means all ±2^a·x with
// x = 1 + 2⁻⁹ + 2⁻¹⁸ (hi 1, mid 2⁻⁹, lo 2⁻¹⁸), a and the sign by row:
// every product and partial sum the kernel forms is exact, so the scores
// must be c·log₂e·d·(±2^(a+b))·(1 + 2·2⁻⁹ + 3·2⁻¹⁸) to the final
// multiply's rounding — a missing product (mid·mid, hi·lo or lo·hi is
// 2⁻¹⁸ of the score) shows, where the normal inputs' bound hides it.
func TestScoresMMAEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	const H, G, N = 4, 2, 130
	const scale = 0.125
	c := scale * math.Log2E
	x := 1 + 0x1p-9 + 0x1p-18
	kept := 1 + 2*0x1p-9 + 3*0x1p-18
	r := rand.New(rand.NewPCG(61, 62))
	allowed := func(I, J int) bool { return J <= I || I == 0 && J == 127 }
	for _, tc := range []struct {
		d     int
		exact bool
	}{{64, false}, {48, false}, {64, true}, {48, true}} {
		name := fmt.Sprintf("d=%d exact=%v", tc.d, tc.exact)
		d := tc.d
		// The means, and each row's power of two and sign (exact inputs).
		mean := func(rows int) ([]float32, []float64) {
			xs, sc := make([]float32, rows*d), make([]float64, rows)
			for i := range rows {
				sc[i] = math.Ldexp(float64(1-2*r.IntN(2)), r.IntN(9)-4)
				for j := range d {
					if tc.exact {
						xs[i*d+j] = float32(sc[i] * x)
					} else {
						xs[i*d+j] = float32(r.NormFloat64())
					}
				}
			}
			return xs, sc
		}
		qm, qs := mean(H * N)
		km, ks := mean(G * N)
		cls := make([]byte, N*N)
		for I := range N {
			for J := range N {
				if allowed(I, J) {
					cls[I*N+J] = 1
				}
			}
		}
		g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
		k := g.scoresMMA("t_scores", d, scale)
		const pad = 40 // poisoned words past the last head's scores
		e := &ctaemu.Buf{Data: fill(4*(H*N*N+pad), 0xfe)}
		grid := [3]int{(N + 63) / 64, (N + 63) / 64, H}
		if err := tools.Run(g.m.String(), k.Name, grid, k.BlockRows, &ctaemu.Buf{Data: f32Bytes(qm)}, &ctaemu.Buf{Data: f32Bytes(km)}, e, &ctaemu.Buf{Data: cls}, int32(0), int32(N), int32(N), int32(H/G)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		word := func(i int) uint32 { return binary.LittleEndian.Uint32(e.Data[4*i:]) }
		live := func(I, J int) bool { // the CTA of (I, J) has an allowed pair
			for i := I / 64 * 64; i < min(I/64*64+64, N); i++ {
				for j := J / 64 * 64; j < min(J/64*64+64, N); j++ {
					if allowed(i, j) {
						return true
					}
				}
			}
			return false
		}
		for h := range H {
			kv := h / (H / G)
			for I := range N {
				for J := range N {
					at := (h*N+I)*N + J
					if !live(I, J) {
						if word(at) != 0xfefefefe {
							t.Fatalf("%s: head %d (%d, %d): a forbidden CTA wrote %#x", name, h, I, J, word(at))
						}
						continue
					}
					var dot, abs float64
					for i := range d {
						p := float64(qm[(h*N+I)*d+i]) * float64(km[(kv*N+J)*d+i])
						dot += p
						abs += math.Abs(p)
					}
					want, bound := c*dot, float64(6*d+8)*0x1p-24*c*abs
					if tc.exact {
						want = c * float64(d) * qs[h*N+I] * ks[kv*N+J] * kept
						bound = 0x1p-23 * math.Abs(want)
					}
					if got := float64(math.Float32frombits(word(at))); !(math.Abs(got-want) <= bound) {
						t.Fatalf("%s: head %d (%d, %d): %g, want %g (bound %.3g)", name, h, I, J, got, want, bound)
					}
				}
			}
		}
		for i := H * N * N; i < H*N*N+pad; i++ {
			if word(i) != 0xfefefefe {
				t.Fatalf("%s: word %d past the scores was written", name, i)
			}
		}
	}
}
