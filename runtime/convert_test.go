package runtime

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// refFormat describes a narrow float format for the reference rounding. It
// decodes with math.Ldexp rather than bit tricks so that it shares no code
// with the implementation under test.
type refFormat struct {
	name    string
	ebits   int
	mbits   int
	inf     uint16
	toF32   func(uint16) float32
	fromF32 func(float32) uint16
	values  []float64 // values[i] is the value of bits i for i < inf; values[inf] is the next power of two
}

func newRefFormat(name string, ebits, mbits int, to func(uint16) float32, from func(float32) uint16) *refFormat {
	f := &refFormat{name: name, ebits: ebits, mbits: mbits, toF32: to, fromF32: from}
	f.inf = uint16((1<<ebits - 1) << mbits)
	f.values = make([]float64, int(f.inf)+1)
	for i := range f.values {
		f.values[i] = f.decode(uint16(i))
	}
	bias := 1<<(ebits-1) - 1
	f.values[f.inf] = math.Ldexp(1, 1<<ebits-1-bias) // where infinity "would be"
	return f
}

// decode returns the value of finite positive-or-negative bits h.
func (f *refFormat) decode(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	bias := 1<<(f.ebits-1) - 1
	e := int(h>>f.mbits) & (1<<f.ebits - 1)
	m := float64(h & (1<<f.mbits - 1))
	if e == 0 {
		return sign * math.Ldexp(m, 1-bias-f.mbits)
	}
	return sign * math.Ldexp(m+math.Ldexp(1, f.mbits), e-bias-f.mbits)
}

// round is the reference: find the neighbours of |x| in the sorted table of
// representable values and pick the nearer, ties to the even bit pattern.
// The midpoint of two neighbours is exact in float64, so the comparison is.
func (f *refFormat) round(x float64) uint16 {
	sign := uint16(0)
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	if x >= f.values[f.inf] {
		return sign | f.inf
	}
	i := sort.SearchFloat64s(f.values, x) // first index with values[i] >= x
	if f.values[i] == x {
		return sign | uint16(i)
	}
	lo := i - 1
	mid := (f.values[lo] + f.values[i]) / 2
	switch {
	case x < mid:
		return sign | uint16(lo)
	case x > mid:
		return sign | uint16(i)
	case lo%2 == 0:
		return sign | uint16(lo)
	}
	return sign | uint16(i)
}

var (
	refF16  = newRefFormat("f16", 5, 10, F16ToF32, F32ToF16)
	refBF16 = newRefFormat("bf16", 8, 7, BF16ToF32, F32ToBF16)
)

func isNaNBits(f *refFormat, h uint16) bool {
	return h&0x7fff > f.inf
}

// TestRoundTripAllBits checks every 16-bit pattern: decoding agrees with the
// reference decoder, and encoding the decoded float32 gives back the same
// bits, NaNs (quiet and signalling) included.
func TestRoundTripAllBits(t *testing.T) {
	for _, f := range []*refFormat{refF16, refBF16} {
		t.Run(f.name, func(t *testing.T) {
			for i := range 1 << 16 {
				h := uint16(i)
				x := f.toF32(h)
				switch {
				case isNaNBits(f, h):
					if !math.IsNaN(float64(x)) {
						t.Fatalf("%#04x decodes to %v, want NaN", h, x)
					}
				case h&0x7fff == f.inf:
					if !math.IsInf(float64(x), 0) || math.Signbit(float64(x)) != (h&0x8000 != 0) {
						t.Fatalf("%#04x decodes to %v, want signed infinity", h, x)
					}
				default:
					if want := f.decode(h); float64(x) != want || math.Signbit(float64(x)) != math.Signbit(want) {
						t.Fatalf("%#04x decodes to %v, want %v", h, x, want)
					}
				}
				if back := f.fromF32(x); back != h {
					t.Fatalf("%#04x -> %v -> %#04x, want the original bits", h, x, back)
				}
			}
		})
	}
}

// checkAgainstRef compares the encoder with the reference on x.
func checkAgainstRef(t *testing.T, f *refFormat, x float32) {
	t.Helper()
	got, want := f.fromF32(x), f.round(float64(x))
	if got != want {
		t.Fatalf("%s(%v = %#08x) = %#04x, want %#04x", f.name, x, math.Float32bits(x), got, want)
	}
}

// TestRoundingHalfway checks, exhaustively, the three float32s at and either
// side of the midpoint between every pair of adjacent finite values, which
// is where rounding mistakes live; it includes the overflow threshold
// between the largest finite value and infinity.
func TestRoundingHalfway(t *testing.T) {
	for _, f := range []*refFormat{refF16, refBF16} {
		t.Run(f.name, func(t *testing.T) {
			for i := 0; i < int(f.inf); i++ {
				mid := float32((f.values[i] + f.values[i+1]) / 2) // exact: at most mbits+2 significant bits
				for _, x := range []float32{mid, math.Nextafter32(mid, 0), math.Nextafter32(mid, float32(math.Inf(1)))} {
					checkAgainstRef(t, f, x)
					checkAgainstRef(t, f, -x)
				}
			}
		})
	}
}

// TestRoundingRandom checks random float32 bit patterns (all exponents, so
// overflow, underflow and subnormal results are all common) and random
// values in the format's own range.
func TestRoundingRandom(t *testing.T) {
	n := 2_000_000
	if testing.Short() {
		n = 100_000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, f := range []*refFormat{refF16, refBF16} {
		t.Run(f.name, func(t *testing.T) {
			maxVal := float32(f.values[f.inf])
			for range n {
				x := math.Float32frombits(rng.Uint32())
				if math.IsNaN(float64(x)) {
					continue
				}
				checkAgainstRef(t, f, x)
				if f.name == "f16" {
					checkAgainstRef(t, f, float32(rng.Float64()*2-1)*maxVal*1.01)
				}
			}
		})
	}
}

// TestSpecialValues pins down infinities, zeros, the extremes and NaN
// handling, with the expected bits written out by hand.
func TestSpecialValues(t *testing.T) {
	inf := float32(math.Inf(1))
	tests := []struct {
		name     string
		x        float32
		f16, b16 uint16
	}{
		{"zero", 0, 0x0000, 0x0000},
		{"negative zero", float32(math.Copysign(0, -1)), 0x8000, 0x8000},
		{"one", 1, 0x3c00, 0x3f80},
		{"minus two", -2, 0xc000, 0xc000},
		{"inf", inf, 0x7c00, 0x7f80},
		{"-inf", -inf, 0xfc00, 0xff80},
		{"f16 max", 65504, 0x7bff, 0x4780},
		{"f16 overflow tie goes to inf", 65520, 0x7c00, 0x4780},
		{"just below f16 overflow tie", math.Nextafter32(65520, 0), 0x7bff, 0x4780},
		{"f16 smallest subnormal", float32(math.Ldexp(1, -24)), 0x0001, 0x3380},
		{"half the smallest f16 subnormal ties to zero", float32(math.Ldexp(1, -25)), 0x0000, 0x3300},
		{"above half the smallest f16 subnormal", math.Nextafter32(float32(math.Ldexp(1, -25)), 1), 0x0001, 0x3300},
		{"f16 largest subnormal", float32(math.Ldexp(1023, -24)), 0x03ff, 0x3880},
		{"f32 max overflows bf16", math.MaxFloat32, 0x7c00, 0x7f80},
		{"f32 smallest subnormal", math.SmallestNonzeroFloat32, 0x0000, 0x0000},
		{"quiet NaN", math.Float32frombits(0x7fc00000), 0x7e00, 0x7fc0},
		{"negative quiet NaN with payload", math.Float32frombits(0xffe02000), 0xff01, 0xffe0},
		{"signalling NaN with low payload stays NaN", math.Float32frombits(0x7f800001), 0x7e00, 0x7fc0},
		{"signalling NaN keeps its high payload", math.Float32frombits(0x7f802000), 0x7c01, 0x7fc0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := F32ToF16(tt.x); got != tt.f16 {
				t.Errorf("F32ToF16(%v) = %#04x, want %#04x", tt.x, got, tt.f16)
			}
			if got := F32ToBF16(tt.x); got != tt.b16 {
				t.Errorf("F32ToBF16(%v) = %#04x, want %#04x", tt.x, got, tt.b16)
			}
		})
	}
}

// TestFloat64RoundsOnce checks that FromFloat64 rounds straight to the
// narrow type: going through float32 first would round these values twice
// and land on the wrong side.
func TestFloat64RoundsOnce(t *testing.T) {
	tests := []struct {
		dt   DType
		x    float64
		want float32
	}{
		// Just above the midpoint between 1 and 1+2^-10; float32 rounds it
		// to the midpoint itself, which then ties to even (1).
		{F16, 1 + math.Ldexp(1, -11) + math.Ldexp(1, -40), 1 + 1.0/1024},
		// Just below the f16 overflow threshold 65520.
		{F16, 65520 - math.Ldexp(1, -20), 65504},
		{BF16, 1 + math.Ldexp(1, -8) + math.Ldexp(1, -40), 1 + 1.0/128},
		{F32, 1.0 / 3, float32(1.0 / 3)},
	}
	for _, tt := range tests {
		x, err := FromFloat64(tt.dt, nil, []float64{tt.x})
		if err != nil {
			t.Fatal(err)
		}
		if got := x.At(0); got != tt.want {
			t.Errorf("FromFloat64(%v, %v) = %v, want %v", tt.dt, tt.x, got, tt.want)
		}
	}
}
