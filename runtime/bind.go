package runtime

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"sync"
	"unsafe"
)

// Dim is one dimension of a parameter's declared shape: a run-time symbol
// or a fixed size.
type Dim struct {
	Sym  string
	Size int
}

// Param declares a kernel parameter (or result) for Bind.
type Param struct {
	Name  string
	DType DType
	Dims  []Dim
}

func (p Param) String() string {
	parts := make([]string, len(p.Dims))
	for i, d := range p.Dims {
		if d.Sym != "" {
			parts[i] = d.Sym
		} else {
			parts[i] = fmt.Sprint(d.Size)
		}
	}
	return fmt.Sprintf("%s: %s[%s]", p.Name, p.DType, strings.Join(parts, ","))
}

// Bind checks tensors against the kernel's parameters and out against its
// result, binding every run-time symbol into dims (which it clears). The
// errors name the tensor and the dims; nothing is written anywhere.
func Bind(params []Param, tensors []*Tensor, result Param, out *Tensor, dims map[string]int) error {
	clear(dims)
	// Who bound each symbol, for messages; a small array keeps Bind free of
	// allocations on the success path.
	var fromBuf [8]struct{ sym, name string }
	from := fromBuf[:0]
	boundBy := func(sym string) string {
		for _, f := range from {
			if f.sym == sym {
				return f.name
			}
		}
		return "?"
	}
	check := func(p Param, t *Tensor, bindNew bool) error {
		if t == nil {
			return fmt.Errorf("%s is nil (want %s)", p.Name, p)
		}
		if t.DType != p.DType {
			return fmt.Errorf("%s is %s, want %s (%s)", p.Name, t.DType, p.DType, p)
		}
		if len(t.Shape) != len(p.Dims) {
			return fmt.Errorf("%s has shape %v, want rank %d (%s)", p.Name, t.Shape, len(p.Dims), p)
		}
		if len(t.Data) != t.Len()*t.DType.Size() {
			return fmt.Errorf("%s has %d bytes for shape %v", p.Name, len(t.Data), t.Shape)
		}
		for i, d := range p.Dims {
			got := t.Shape[i]
			switch {
			case d.Sym == "" && got != d.Size:
				return fmt.Errorf("%s has shape %v, but dim %d must be %d (%s)", p.Name, t.Shape, i, d.Size, p)
			case d.Sym != "":
				prev, ok := dims[d.Sym]
				if ok && prev != got {
					return fmt.Errorf("%s has %s = %d (dim %d), but %s has %s = %d", p.Name, d.Sym, got, i, boundBy(d.Sym), d.Sym, prev)
				}
				if !ok && !bindNew {
					return fmt.Errorf("%s: dim %s is not bound by any input", p.Name, d.Sym)
				}
				if !ok {
					dims[d.Sym] = got
					from = append(from, struct{ sym, name string }{d.Sym, p.Name})
				}
			}
		}
		return nil
	}
	for i, p := range params {
		if i >= len(tensors) {
			return fmt.Errorf("missing input %s", p)
		}
		if err := check(p, tensors[i], true); err != nil {
			return err
		}
	}
	return check(result, out, false)
}

// Float32View returns t's data as float32s without copying when t is f32
// (on little-endian hosts, which attnc targets), else converts into buf
// (grown as needed) and returns it.
func Float32View(t *Tensor, buf *[]float32) []float32 {
	if v, ok := float32View(t); ok {
		return v
	}
	n := t.Len()
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	out := (*buf)[:n]
	loadRange(t, out, 0, n)
	return out
}

func float32View(t *Tensor) ([]float32, bool) {
	n := t.Len()
	if t.DType == F32 && len(t.Data) >= 4*n && n > 0 && uintptr(unsafe.Pointer(&t.Data[0]))%4 == 0 {
		return unsafe.Slice((*float32)(unsafe.Pointer(&t.Data[0])), n), true
	}
	return nil, false
}

// f16Table maps every f16 bit pattern to its float32 value: loading f16
// inputs is a table lookup instead of a branchy conversion.
var (
	f16Once  sync.Once
	f16Table []float32
)

func loadRange(t *Tensor, out []float32, lo, hi int) {
	LoadElems(out[lo:hi], t, lo)
}

// LoadElems writes the float32 values of t's elements [lo, lo+len(dst))
// into dst (f16 through F16C where the CPU has it), exactly as Exec.Load
// converts them: the run-time library reads a few rows of a tensor this
// way without converting all of it.
func LoadElems(dst []float32, t *Tensor, lo int) {
	hi := lo + len(dst)
	switch t.DType {
	case F16:
		f16Once.Do(func() {
			f16Table = make([]float32, 1<<16)
			for i := range f16Table {
				f16Table[i] = F16ToF32(uint16(i))
			}
		})
		tab := (*[1 << 16]float32)(f16Table)
		src := u16s(t)[lo:hi]
		if n := len(src) &^ 15; f16ToF32Fast != nil && n > 0 && !f16ToF32Fast(&dst[0], &src[0], n) {
			src, dst = src[n:], dst[n:]
		}
		for i, h := range src {
			dst[i] = tab[h]
		}
	case BF16:
		src := u16s(t)[lo:hi]
		for i, h := range src {
			dst[i] = BF16ToF32(h)
		}
	default:
		for i := lo; i < hi; i++ {
			dst[i-lo] = t.At(i)
		}
	}
}

// u16s views a 2-byte tensor's elements as uint16s (little-endian hosts,
// which attnc targets), copying only when its data is not 2-aligned.
func u16s(t *Tensor) []uint16 {
	if v, ok := u16View(t); ok {
		return v
	}
	x := make([]uint16, t.Len())
	for i := range x {
		x[i] = binary.LittleEndian.Uint16(t.Data[2*i:])
	}
	return x
}

// u16View views a 2-byte tensor's elements as uint16s without copying
// when its data is 2-aligned: the conversion loops then index a []uint16
// instead of decoding bytes with a bounds check each.
func u16View(t *Tensor) ([]uint16, bool) {
	n := t.Len()
	if n == 0 || len(t.Data) < 2*n || uintptr(unsafe.Pointer(&t.Data[0]))%2 != 0 {
		return nil, n == 0
	}
	return unsafe.Slice((*uint16)(unsafe.Pointer(&t.Data[0])), n), true
}

func storeRange(t *Tensor, x []float32, lo, hi int) {
	dst, ok := u16View(t)
	if !ok || t.DType != F16 && t.DType != BF16 {
		for i := lo; i < hi; i++ {
			t.Set(i, x[i])
		}
		return
	}
	dst, src := dst[lo:hi], x[lo:hi]
	if t.DType == BF16 {
		for i, v := range src {
			dst[i] = F32ToBF16(v)
		}
		return
	}
	if n := len(src) &^ 15; f32ToF16Fast != nil && n > 0 && !f32ToF16Fast(&dst[0], &src[0], n) {
		dst, src = dst[n:], src[n:]
	}
	for i, v := range src {
		h, ok := f32ToF16Normal(math.Float32bits(v))
		if !ok {
			h = f32ToF16Rest(math.Float32bits(v))
		}
		dst[i] = h
	}
}

// Float64s converts x into buf (grown as needed): the inputs of the
// float64 sparse library.
func Float64s(x []float32, buf *[]float64) []float64 {
	if cap(*buf) < len(x) {
		*buf = make([]float64, len(x))
	}
	out := (*buf)[:len(x)]
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// StoreFloat32 writes x into t, rounding to t's element type.
func StoreFloat32(t *Tensor, x []float32) {
	for i, v := range x {
		t.Set(i, v)
	}
}

// Round rounds x in place to the precision of dt (f16 or bf16; f32 is a
// no-op), as storing into and reading back from a tensor of dt would.
func Round(x []float32, dt DType) {
	switch dt {
	case F16:
		for i, v := range x {
			x[i] = F16ToF32(F32ToF16(v))
		}
	case BF16:
		for i, v := range x {
			x[i] = BF16ToF32(F32ToBF16(v))
		}
	}
}

// RoundFloat64 rounds x to dt through f32, as a kernel computing in f32
// and storing dt does (Round for one float64).
func RoundFloat64(x float64, dt DType) float64 {
	f := float32(x)
	switch dt {
	case F16:
		f = F16ToF32(F32ToF16(f))
	case BF16:
		f = BF16ToF32(F32ToBF16(f))
	}
	return float64(f)
}

// BF16View returns a bf16 tensor's elements as raw uint16 bits without
// copying (nil for other element types), for kernels that multiply bf16
// directly.
func BF16View(t *Tensor) []uint16 {
	n := t.Len()
	if t.DType != BF16 || n == 0 || len(t.Data) < 2*n || uintptr(unsafe.Pointer(&t.Data[0]))%2 != 0 {
		return nil
	}
	return unsafe.Slice((*uint16)(unsafe.Pointer(&t.Data[0])), n)
}

// KeyLengths checks the key lengths of a run (docs/dsl.md, "KV caches"):
// lens is i32[B], B ≥ 1 sequences that divide the h query heads and g KV
// heads, each length in [0, c], c the cache's capacity (k's rows). It
// returns them as int32s (a view of lens when aligned, else copied into
// buf). The errors name the sequence and the sizes.
func KeyLengths(lens *Tensor, buf *[]int32, h, g, c int) ([]int32, error) {
	l := Int32s(lens, buf)
	switch b := len(l); {
	case lens.DType != I32:
		return nil, fmt.Errorf("key lengths are %s, want i32", lens.DType)
	case b == 0:
		return nil, fmt.Errorf("key lengths: none given (B = 0); want one length per sequence")
	case h%b != 0 || g%b != 0:
		return nil, fmt.Errorf("key lengths: B = %d sequences do not divide the query heads H = %d and the KV heads G = %d (sequence b has heads [b·H/B, (b+1)·H/B))", b, h, g)
	}
	for i, n := range l {
		if n < 0 || int(n) > c {
			return nil, fmt.Errorf("key lengths: sequence %d has %d keys, want an integer in [0, %d] (the cache's capacity, k's rows)", i, n, c)
		}
	}
	return l, nil
}

// SameLengths reports whether a and b hold the same key lengths: a kernel
// keeps the classification of its tiles while they stay the same.
func SameLengths(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
