package runtime

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	goruntime "runtime"
	"sync"
	"unsafe"
)

// DType is a tensor element type. The numbering matches the compiler IR's
// element types (zero is invalid, then f32, f16, bf16) so that callers can
// convert between the two with a plain cast, without this package importing
// the IR.
type DType uint8

// Element types. The zero DType is invalid, so that a Tensor whose type was
// never set is caught rather than silently read as f32.
const (
	InvalidDType DType = iota
	F32
	F16
	BF16
	_   // the IR's bool, which no tensor holds
	I32 // integers: the key lengths of a KV cache (docs/dsl.md)
)

var dtypeNames = [...]string{InvalidDType: "invalid", F32: "f32", F16: "f16", BF16: "bf16", I32: "i32"}

// String returns the dtype's name as written in attnc sources: "f32", "f16",
// "bf16" or "i32".
func (d DType) String() string {
	if int(d) < len(dtypeNames) && dtypeNames[d] != "" {
		return dtypeNames[d]
	}
	return fmt.Sprintf("dtype(%d)", d)
}

// ParseDType returns the DType named s ("f32", "f16", "bf16" or "i32").
func ParseDType(s string) (DType, error) {
	for d, n := range dtypeNames {
		if n == s && n != "" && DType(d) != InvalidDType {
			return DType(d), nil
		}
	}
	return InvalidDType, fmt.Errorf("unknown dtype %q (want f32, f16, bf16 or i32)", s)
}

// Size returns the size of one element in bytes, or 0 for an invalid dtype.
func (d DType) Size() int {
	switch d {
	case F32, I32:
		return 4
	case F16, BF16:
		return 2
	}
	return 0
}

// Tensor is a dense tensor stored contiguously in row-major (C) order with
// little-endian elements. Data holds exactly Len()*DType.Size() bytes. The
// bytes are kept in their storage type rather than as float32s so that files
// can be read and written without conversion and kernels get the exact bits
// they were given.
type Tensor struct {
	DType DType
	Shape []int
	Data  []byte
}

// New returns a zeroed tensor of the given dtype and shape. A rank-0 tensor
// (no shape arguments) holds one element. New panics on an invalid dtype, a
// negative dimension or a size that overflows int, as those are programming
// errors; use FromFloat32 to validate untrusted shapes.
func New(dt DType, shape ...int) *Tensor {
	n, err := numBytes(dt, shape)
	if err != nil {
		panic("runtime.New: " + err.Error())
	}
	return &Tensor{DType: dt, Shape: append([]int{}, shape...), Data: make([]byte, n)}
}

// FromFloat32 returns a tensor of the given dtype and shape holding vals,
// rounded to dt with round-to-nearest-even. len(vals) must equal the product
// of shape.
func FromFloat32(dt DType, shape []int, vals []float32) (*Tensor, error) {
	t, err := newChecked(dt, shape, len(vals))
	if err != nil {
		return nil, err
	}
	for i, v := range vals {
		t.Set(i, v)
	}
	return t, nil
}

// FromFloat64 returns a tensor of the given dtype and shape holding vals,
// rounded to dt once (not via float32, which would round twice).
func FromFloat64(dt DType, shape []int, vals []float64) (*Tensor, error) {
	t, err := newChecked(dt, shape, len(vals))
	if err != nil {
		return nil, err
	}
	chunks(len(vals), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			t.set64(i, vals[i])
		}
	})
	return t, nil
}

// chunks runs fn over [0, n) in pieces on every CPU when n is large
// enough for that to pay (the GPU driver converts 50M-element inputs).
func chunks(n int, fn func(lo, hi int)) {
	const piece = 1 << 20
	if n < 2*piece {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, goruntime.GOMAXPROCS(0))
	for lo := 0; lo < n; lo += piece {
		wg.Add(1)
		sem <- struct{}{}
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
			<-sem
		}(lo, min(lo+piece, n))
	}
	wg.Wait()
}

// newChecked is New for untrusted arguments: it reports errors instead of
// panicking and checks that the shape holds exactly n elements.
func newChecked(dt DType, shape []int, n int) (*Tensor, error) {
	size, err := numBytes(dt, shape)
	if err != nil {
		return nil, err
	}
	if size/dt.Size() != n {
		return nil, fmt.Errorf("shape %v holds %d elements but %d values were given", shape, size/dt.Size(), n)
	}
	return &Tensor{DType: dt, Shape: append([]int{}, shape...), Data: make([]byte, size)}, nil
}

// numElems returns the product of shape, with errors for negative dimensions
// and for products that overflow int.
func numElems(shape []int) (int, error) {
	n := uint64(1)
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("shape %v has negative dimension %d", shape, d)
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > math.MaxInt {
			return 0, fmt.Errorf("shape %v has more than %d elements", shape, math.MaxInt)
		}
		n = lo
	}
	return int(n), nil
}

// numBytes returns the storage size of a tensor of type dt and the given
// shape, checking the dtype and overflow.
func numBytes(dt DType, shape []int) (int, error) {
	if dt.Size() == 0 {
		return 0, fmt.Errorf("invalid dtype %v", dt)
	}
	n, err := numElems(shape)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt/dt.Size() {
		return 0, fmt.Errorf("shape %v of %v needs more than %d bytes", shape, dt, math.MaxInt)
	}
	return n * dt.Size(), nil
}

// check reports whether t is well formed: a valid dtype, a valid shape and
// exactly as many data bytes as the shape needs. Writers call it so that a
// malformed tensor never produces a malformed file.
func (t *Tensor) check() error {
	if t == nil {
		return fmt.Errorf("nil tensor")
	}
	n, err := numBytes(t.DType, t.Shape)
	if err != nil {
		return err
	}
	if len(t.Data) != n {
		return fmt.Errorf("%v%v tensor needs %d data bytes but has %d", t.DType, t.Shape, n, len(t.Data))
	}
	return nil
}

// Len returns the number of elements, derived from the data length so that it
// is cheap and never overflows.
func (t *Tensor) Len() int {
	if s := t.DType.Size(); s > 0 {
		return len(t.Data) / s
	}
	return 0
}

// At returns element i (in row-major order) converted to float32. It panics if
// i is out of range, like a slice index.
func (t *Tensor) At(i int) float32 {
	switch t.DType {
	case F32:
		return math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
	case F16:
		return F16ToF32(binary.LittleEndian.Uint16(t.Data[2*i:]))
	case BF16:
		return BF16ToF32(binary.LittleEndian.Uint16(t.Data[2*i:]))
	case I32:
		return float32(t.Int32(i))
	}
	panic("runtime.Tensor.At: invalid dtype " + t.DType.String())
}

// Set stores x, rounded to the tensor's dtype, as element i. It panics if i is
// out of range.
func (t *Tensor) Set(i int, x float32) {
	switch t.DType {
	case F32:
		binary.LittleEndian.PutUint32(t.Data[4*i:], math.Float32bits(x))
	case F16:
		binary.LittleEndian.PutUint16(t.Data[2*i:], F32ToF16(x))
	case BF16:
		binary.LittleEndian.PutUint16(t.Data[2*i:], F32ToBF16(x))
	case I32:
		t.SetInt32(i, int32(x))
	default:
		panic("runtime.Tensor.Set: invalid dtype " + t.DType.String())
	}
}

// Int32 returns element i of an i32 tensor.
func (t *Tensor) Int32(i int) int32 { return int32(binary.LittleEndian.Uint32(t.Data[4*i:])) }

// SetInt32 stores x as element i of an i32 tensor.
func (t *Tensor) SetInt32(i int, x int32) { binary.LittleEndian.PutUint32(t.Data[4*i:], uint32(x)) }

// Int32s views an i32 tensor's elements as int32s without copying when
// its data is 4-aligned (little-endian hosts, which attnc targets), else
// copies them into buf (grown as needed); nil for other dtypes.
func Int32s(t *Tensor, buf *[]int32) []int32 {
	n := t.Len()
	if t.DType != I32 {
		return nil
	}
	if n > 0 && len(t.Data) >= 4*n && uintptr(unsafe.Pointer(&t.Data[0]))%4 == 0 {
		return unsafe.Slice((*int32)(unsafe.Pointer(&t.Data[0])), n)
	}
	if cap(*buf) < n {
		*buf = make([]int32, n)
	}
	out := (*buf)[:n]
	for i := range out {
		out[i] = t.Int32(i)
	}
	return out
}

// set64 is Set for a float64, rounding once straight to the dtype.
func (t *Tensor) set64(i int, x float64) {
	switch t.DType {
	case F16:
		binary.LittleEndian.PutUint16(t.Data[2*i:], f64ToF16(x))
	case BF16:
		binary.LittleEndian.PutUint16(t.Data[2*i:], f64ToBF16(x))
	case I32:
		t.SetInt32(i, int32(x)) // exact for the integers an i32 holds
	default:
		t.Set(i, float32(x))
	}
}

// Float32s returns a new slice holding every element converted to float32.
func (t *Tensor) Float32s() []float32 {
	out := make([]float32, t.Len())
	chunks(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = t.At(i)
		}
	})
	return out
}

// Float64s returns a new slice holding every element converted to float64.
// The conversion is exact: every f32, f16 and bf16 value is a float64.
func (t *Tensor) Float64s() []float64 {
	out := make([]float64, t.Len())
	chunks(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if t.DType == I32 {
				out[i] = float64(t.Int32(i)) // exact past 2^24, where At's float32 is not
				continue
			}
			out[i] = float64(t.At(i))
		}
	})
	return out
}

// Reshape returns a tensor with the same dtype and data but a new shape. The
// result shares Data with t, so writes through either are seen by both; this
// is what makes reshaping free. The new shape must hold the same number of
// elements.
func (t *Tensor) Reshape(shape ...int) (*Tensor, error) {
	n, err := numElems(shape)
	if err != nil {
		return nil, err
	}
	if n != t.Len() {
		return nil, fmt.Errorf("cannot reshape %v%v (%d elements) to %v (%d elements)", t.DType, t.Shape, t.Len(), shape, n)
	}
	return &Tensor{DType: t.DType, Shape: append([]int{}, shape...), Data: t.Data}, nil
}

// Fill sets every element to x rounded to the dtype. Its main use is poisoning
// output buffers with NaN so that elements a kernel forgot to write stand out.
func (t *Tensor) Fill(x float32) {
	s := t.DType.Size()
	if s == 0 || len(t.Data) < s {
		return
	}
	t.Set(0, x)
	// Doubling copies replicate the encoded element without re-encoding it.
	for n := s; n < len(t.Data); n *= 2 {
		copy(t.Data[n:], t.Data[:n])
	}
}
