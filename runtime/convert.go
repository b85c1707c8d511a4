package runtime

//go:generate go run gen_convert.go

import "math"

// f16ToF32Fast and f32ToF16Fast convert n elements (a multiple of 16) with
// vector instructions where the CPU has them (nil elsewhere). They report
// whether any input was an infinity or a NaN, which the caller converts
// again in Go: the instructions quiet signalling NaNs, F16ToF32 and
// F32ToF16 keep them.
var (
	f16ToF32Fast func(dst *float32, src *uint16, n int) bool
	f32ToF16Fast func(dst *uint16, src *float32, n int) bool
)

// The conversions below narrow through one generic routine that works on the
// bits of a float64. A float32 widens to float64 exactly, so narrowing the
// float64 rounds exactly once; going float64→float32→f16 instead would round
// twice and can be off by one ulp at halfway points, which FromFloat64 must
// avoid. NaNs are handled on the original bits because widening a float32
// signalling NaN through the FPU may quiet it and lose its payload.

// F32ToF16 converts f to IEEE binary16 bits, rounding to nearest, ties to
// even. Values too large for f16 become infinities, values too small become
// (signed) zeros or subnormals. A NaN keeps its sign and the top ten bits of
// its payload (so quiet NaNs stay quiet); if those bits are all zero the quiet
// bit is set so that the result is still a NaN.
func F32ToF16(f float32) uint16 {
	if h, ok := f32ToF16Normal(math.Float32bits(f)); ok {
		return h
	}
	return f32ToF16Rest(math.Float32bits(f))
}

// f32ToF16Normal is F32ToF16's fast path, small enough to inline into
// conversion loops: results that are normal f16 numbers (|f| in [2⁻¹⁴,
// 2¹⁶)), or round up into infinity. Rebiasing the exponent and adding 0xfff
// plus the lowest kept bit before the shift rounds to nearest even on the
// bits; a carry into the exponent is the correct result (up to inf).
func f32ToF16Normal(b uint32) (uint16, bool) {
	a := b & 0x7fffffff
	return uint16(b>>16&0x8000) | uint16((a-0x38000000+0xfff+a>>13&1)>>13), a-0x38800000 < 0x47800000-0x38800000
}

// f32ToF16Rest is F32ToF16 for NaNs, infinities, and results that are
// subnormal, zero or overflow.
func f32ToF16Rest(b uint32) uint16 {
	if b&0x7fffffff > 0x7f800000 {
		return narrowNaN(uint16(b>>16)&0x8000, b&0x7fffff, 23, 0x7c00, 10)
	}
	return f64ToF16(float64(math.Float32frombits(b)))
}

// F16ToF32 converts IEEE binary16 bits to float32. Every f16 value, subnormals
// included, is exactly representable, so no rounding happens; NaN payloads
// (signalling or quiet) are carried over bit for bit.
func F16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	man := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f:
		return math.Float32frombits(sign | 0x7f800000 | man<<13)
	case exp != 0:
		return math.Float32frombits(sign | (exp+127-15)<<23 | man<<13)
	case man == 0:
		return math.Float32frombits(sign)
	}
	// Subnormal f16: shift the mantissa up until its leading one becomes the
	// implicit bit of a normal float32, lowering the exponent to match.
	e := uint32(127 - 15 + 1)
	for man&0x400 == 0 {
		man <<= 1
		e--
	}
	return math.Float32frombits(sign | e<<23 | (man&0x3ff)<<13)
}

// F32ToBF16 converts f to bfloat16 bits, rounding to nearest, ties to even.
// bfloat16 shares float32's exponent range, so only finite values within half
// an ulp of the largest float32 overflow to infinity; subnormals round like
// any other value. NaNs keep their sign and top seven payload bits, with the
// quiet bit set if that would otherwise leave no payload.
func F32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return narrowNaN(uint16(b>>16)&0x8000, b&0x7fffff, 23, 0x7f80, 7)
	}
	// Adding 0x7fff plus the lowest kept bit before the shift rounds to
	// nearest even on the bits, subnormals and overflow into inf included.
	return uint16((b + 0x7fff + b>>16&1) >> 16)
}

// BF16ToF32 converts bfloat16 bits to float32. bfloat16 is the top half of a
// float32, so this is exact and preserves NaN payloads.
func BF16ToF32(h uint16) float32 {
	return math.Float32frombits(uint32(h) << 16)
}

// f64ToF16 rounds x to binary16 (5 exponent bits, 10 mantissa bits).
func f64ToF16(x float64) uint16 { return narrow(x, 5, 10) }

// f64ToBF16 rounds x to bfloat16 (8 exponent bits, 7 mantissa bits).
func f64ToBF16(x float64) uint16 { return narrow(x, 8, 7) }

// narrowNaN builds a NaN of a narrow format from a wider NaN's sign (already
// in place as bit 15), payload man of manBits bits, the narrow format's
// infinity bits and its mantissa width. The payload is truncated, keeping its
// top bits: the quiet bit is the top bit, so quiet stays quiet.
func narrowNaN(sign uint16, man uint32, manBits uint, inf uint16, outMan uint) uint16 {
	m := uint16(man >> (manBits - outMan))
	if m == 0 {
		m = 1 << (outMan - 1) // the quiet bit: still a NaN, and a canonical one
	}
	return sign | inf | m
}

// narrow rounds the float64 x to a binary format with ebits exponent bits and
// mbits mantissa bits (at most 15 bits in all plus sign), ties to even.
func narrow(x float64, ebits, mbits uint) uint16 {
	b := math.Float64bits(x)
	sign := uint16(b>>48) & 0x8000
	exp := int(b>>52) & 0x7ff
	man := b & (1<<52 - 1)
	inf := uint16(1<<ebits-1) << mbits
	if exp == 0x7ff {
		if man != 0 {
			return narrowNaN(sign, uint32(man>>29), 23, inf, mbits)
		}
		return sign | inf
	}
	bias := 1<<(ebits-1) - 1
	e := exp - 1023 + bias // biased exponent in the narrow format
	if e >= 1<<ebits-1 {
		return sign | inf
	}
	if e >= 1 {
		// Normal result. A carry out of the mantissa during rounding bumps
		// the exponent, which is exactly right, up to and including infinity.
		shift := 52 - mbits
		h := uint64(e)<<mbits | man>>shift
		return sign | uint16(roundShifted(h, man, shift))
	}
	// Subnormal result (or zero): include the implicit bit and shift further
	// right by how far the exponent is below the narrow format's minimum.
	// Beyond 53 the value is under half the smallest subnormal: zero.
	shift := 52 - mbits + uint(1-e)
	if shift > 53 {
		return sign
	}
	full := man | 1<<52
	return sign | uint16(roundShifted(full>>shift, full, shift))
}

// roundShifted returns h, which is src>>shift, rounded to nearest even using
// the shift low bits of src that were dropped.
func roundShifted(h, src uint64, shift uint) uint64 {
	rest := src & (1<<shift - 1)
	half := uint64(1) << (shift - 1)
	if rest > half || rest == half && h&1 == 1 {
		h++
	}
	return h
}
