package ir

import (
	"fmt"
	"strconv"
	"strings"
)

// DType is an element type.
type DType uint8

// Element types. Compute happens in F32 unless a pass says otherwise; Bool is
// the type of comparisons and masks.
const (
	InvalidDType DType = iota
	F32
	F16
	BF16
	Bool
	I32 // tile lists and permutation indices
)

var dtypeNames = [...]string{InvalidDType: "invalid", F32: "f32", F16: "f16", BF16: "bf16", Bool: "bool", I32: "i32"}

func (d DType) String() string {
	if int(d) < len(dtypeNames) {
		return dtypeNames[d]
	}
	return fmt.Sprintf("dtype(%d)", d)
}

// ParseDType returns the DType named s, or false.
func ParseDType(s string) (DType, bool) {
	for d, n := range dtypeNames {
		if n == s && DType(d) != InvalidDType {
			return DType(d), true
		}
	}
	return InvalidDType, false
}

// IsFloat reports whether d is a floating-point type.
func (d DType) IsFloat() bool { return d == F32 || d == F16 || d == BF16 }

// MaxElements is the most elements a tensor may hold, whatever its run-time
// sizes: 2^31-1, because the GPU kernels take sizes as 32-bit integers and
// index a tensor with them (runtime/cuda passes H, M, N as int32), and the
// tile lists are i32. The frontend refuses fixed dims and products of fixed
// dims beyond it; the runtime checks the symbols' sizes.
const MaxElements = 1<<31 - 1

// Dim is one dimension of a shape: a symbol bound at run time (N, H), a
// symbol divided by a tile size and rounded up (N/64: the number of tiles),
// or a size fixed at compile time.
type Dim struct {
	Sym  string // "" for a fixed size
	Size int
	Div  int // with Sym: ⌈Sym/Div⌉; 0 means no division
}

// Fixed returns the compile-time dimension n.
func Fixed(n int) Dim { return Dim{Size: n} }

// Sym returns the run-time dimension named s.
func Sym(s string) Dim { return Dim{Sym: s} }

// IsOne reports whether d is the fixed size 1 (which broadcasts).
func (d Dim) IsOne() bool { return d.Sym == "" && d.Size == 1 }

func (d Dim) String() string {
	if d.Sym != "" {
		if d.Div > 0 {
			return d.Sym + "/" + strconv.Itoa(d.Div)
		}
		return d.Sym
	}
	return strconv.Itoa(d.Size)
}

// Tiles returns the dim of ⌈d/b⌉: how many tiles of b cover d.
func (d Dim) Tiles(b int) (Dim, bool) {
	switch {
	case b <= 0 || d.Div > 0:
		return Dim{}, false
	case d.Sym != "":
		return Dim{Sym: d.Sym, Div: b}, true
	}
	return Fixed((d.Size + b - 1) / b), true
}

// Eval returns the size of d given the run-time sizes of its symbols.
func (d Dim) Eval(dims map[string]int) int {
	if d.Sym == "" {
		return d.Size
	}
	n := dims[d.Sym]
	if d.Div > 0 {
		return (n + d.Div - 1) / d.Div
	}
	return n
}

// Shape is a list of dimensions, outermost first.
type Shape []Dim

func (s Shape) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = d.String()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// TooLarge reports whether the fixed dims of s alone make more than
// MaxElements elements.
func (s Shape) TooLarge() bool {
	n := 1
	for _, d := range s {
		if d.Sym != "" {
			continue
		}
		if d.Size > MaxElements {
			return true
		}
		if n *= d.Size; n > MaxElements {
			return true
		}
	}
	return false
}

// Equal reports whether s and t are the same symbolic shape.
func (s Shape) Equal(t Shape) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// Type is a tensor type: element type and symbolic shape. Rank 0 is a scalar.
type Type struct {
	DType DType
	Shape Shape
}

// TensorOf builds a type from a dtype and dims.
func TensorOf(dt DType, dims ...Dim) Type { return Type{DType: dt, Shape: Shape(dims)} }

func (t Type) String() string { return t.DType.String() + t.Shape.String() }

// Equal reports whether t and u are the same type.
func (t Type) Equal(u Type) bool { return t.DType == u.DType && t.Shape.Equal(u.Shape) }

// Rank returns the number of dimensions.
func (t Type) Rank() int { return len(t.Shape) }
