package runtime

import (
	"encoding/binary"
	"math"
)

// The portable twins of the decode path's kernels (codegen/amd64's
// decode.go): generated kernels of a few queries against many keys call
// these where the CPU has neither AVX-512 nor AVX2 (or ATTNC_NOSIMD is
// set), and the tests hold the avo kernels to them. They read keys and
// values in their stored type — f32, or f16 and bf16 as raw bits —
// widening one row at a time, so that nothing of K or V is converted
// whole. Score rows are DecodeCols floats apart, as the vector kernels'
// (padded with -inf by the caller); a P·V row reads its P row at the same
// stride.

// DecodeCols is the stride of a score row: the key-tile width of the
// vector kernels (codegen/amd64.Cols).
const DecodeCols = 64

// Uint16s returns a 2-byte tensor's elements as raw bits (f16 or bf16),
// viewed without copying when its data is 2-aligned, else copied into
// buf (grown as needed).
func Uint16s(t *Tensor, buf *[]uint16) []uint16 {
	if v, ok := u16View(t); ok {
		return v
	}
	n := t.Len()
	if cap(*buf) < n {
		*buf = make([]uint16, n)
	}
	out := (*buf)[:n]
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(t.Data[2*i:])
	}
	return out
}

// DecodeQK computes s[r·DecodeCols + c] = scale · Σ_l q[r·d + l] · k[c·d
// + l] for r < rows and c < cols, an infinite score made NaN (as the
// vector kernels make a float32 overflow). It is qd<D>f32's twin.
func DecodeQK(s, q, k []float32, rows, cols, d int, scale float32) {
	for c := range cols {
		qkKey(s, q, k[c*d:c*d+d], rows, c, d, scale)
	}
}

// DecodeQKF16 is DecodeQK with keys in f16 bits (qd<D>f16's twin).
func DecodeQKF16(s, q []float32, k []uint16, rows, cols, d int, scale float32) {
	eachWidened(k, cols, d, widenF16, func(c int, kr []float32) { qkKey(s, q, kr, rows, c, d, scale) })
}

// DecodeQKBF16 is DecodeQK with keys in bf16 bits (qd<D>bf16's twin).
func DecodeQKBF16(s, q []float32, k []uint16, rows, cols, d int, scale float32) {
	eachWidened(k, cols, d, widenBF16, func(c int, kr []float32) { qkKey(s, q, kr, rows, c, d, scale) })
}

// eachWidened calls fn with each of the cols rows of x (b16 bits, w per
// row), widened to f32 by widen into one reused buffer.
func eachWidened(x []uint16, cols, w int, widen func(dst []float32, src []uint16), fn func(c int, row []float32)) {
	var row [maxRow]float32
	buf := row[:min(w, maxRow)]
	if w > maxRow {
		buf = make([]float32, w)
	}
	for c := range cols {
		widen(buf, x[c*w:c*w+w])
		fn(c, buf)
	}
}

// qkKey writes column c of the score rows: key row kr against every query
// row, four accumulators along d.
func qkKey(s, q, kr []float32, rows, c, d int, scale float32) {
	for r := range rows {
		qr := q[r*d : r*d+d]
		var a0, a1, a2, a3 float32
		l := 0
		for ; l+4 <= d; l += 4 {
			a0 += qr[l] * kr[l]
			a1 += qr[l+1] * kr[l+1]
			a2 += qr[l+2] * kr[l+2]
			a3 += qr[l+3] * kr[l+3]
		}
		for ; l < d; l++ {
			a0 += qr[l] * kr[l]
		}
		sc := scale * ((a0 + a1) + (a2 + a3))
		s[r*DecodeCols+c] = sc + (sc - sc) // ±Inf → NaN
	}
}

// DecodePV computes acc[r·dv + t] += Σ_c p[r·DecodeCols + c] · v[c·dv + t]
// for r < rows and c < cols; masked, it skips the keys whose P is 0, so
// that a masked key's NaN or infinity in V stays out of acc (pv<DV> and
// pvm<DV>'s twin).
func DecodePV(acc, p, v []float32, rows, cols, dv int, masked bool) {
	for c := range cols {
		pvKey(acc, p, v[c*dv:c*dv+dv], rows, c, dv, masked)
	}
}

// DecodePVF16 is DecodePV with values in f16 bits (pv<DV>f16's twin).
func DecodePVF16(acc, p []float32, v []uint16, rows, cols, dv int, masked bool) {
	eachWidened(v, cols, dv, widenF16, func(c int, vr []float32) { pvKey(acc, p, vr, rows, c, dv, masked) })
}

// DecodePVBF16 is DecodePV with values in bf16 bits (pv<DV>bf16's twin).
func DecodePVBF16(acc, p []float32, v []uint16, rows, cols, dv int, masked bool) {
	eachWidened(v, cols, dv, widenBF16, func(c int, vr []float32) { pvKey(acc, p, vr, rows, c, dv, masked) })
}

// pvKey adds key c's value row vr, weighted by its P, into every row of
// acc.
func pvKey(acc, p, vr []float32, rows, c, dv int, masked bool) {
	for r := range rows {
		pc := p[r*DecodeCols+c]
		if masked && pc == 0 {
			continue
		}
		ar := acc[r*dv : r*dv+dv]
		for t, y := range vr {
			ar[t] += pc * y
		}
	}
}

// maxRow is the longest row the twins widen on the stack (longer ones,
// past any head dim the CPU target gives these kernels, allocate).
const maxRow = 512

// widenF16 writes the float32 values of the f16 bits src into dst.
func widenF16(dst []float32, src []uint16) {
	for i, h := range src {
		dst[i] = F16ToF32(h)
	}
}

// widenBF16 writes the float32 values of the bf16 bits src into dst.
func widenBF16(dst []float32, src []uint16) {
	for i, h := range src {
		dst[i] = math.Float32frombits(uint32(h) << 16)
	}
}
