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
)

var dtypeNames = [...]string{InvalidDType: "invalid", F32: "f32", F16: "f16", BF16: "bf16", Bool: "bool"}

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

// Dim is one dimension of a shape: a symbol bound at run time (N, H) or a
// size fixed at compile time.
type Dim struct {
	Sym  string // "" for a fixed size
	Size int
}

// Fixed returns the compile-time dimension n.
func Fixed(n int) Dim { return Dim{Size: n} }

// Sym returns the run-time dimension named s.
func Sym(s string) Dim { return Dim{Sym: s} }

// IsOne reports whether d is the fixed size 1 (which broadcasts).
func (d Dim) IsOne() bool { return d.Sym == "" && d.Size == 1 }

func (d Dim) String() string {
	if d.Sym != "" {
		return d.Sym
	}
	return strconv.Itoa(d.Size)
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
