// Package interp evaluates graph IR in float64. It is the oracle every
// backend is tested against, so it favours clarity over speed: generic ops
// materialise their tensors with numpy broadcasting, and the fused
// attention op streams one query row at a time (goroutines over heads and
// query tiles) so that long sequences fit in memory.
package interp

import (
	"fmt"
	"math"
)

// Tensor is a dense row-major float64 tensor.
type Tensor struct {
	Shape []int
	Data  []float64
}

// NewTensor returns a zero tensor of the given shape.
func NewTensor(shape ...int) *Tensor {
	return &Tensor{Shape: append([]int(nil), shape...), Data: make([]float64, numel(shape))}
}

func numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func strides(shape []int) []int {
	s := make([]int, len(shape))
	n := 1
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = n
		n *= shape[i]
	}
	return s
}

// RelErr returns ‖a − b‖_F / ‖b‖_F (0 when both are zero; +Inf when only b
// is). It is how every report measures error: rel_err against the dense
// result, ref_diff between a backend and the interpreter.
func RelErr(a, b *Tensor) (float64, error) {
	if len(a.Data) != len(b.Data) {
		return 0, fmt.Errorf("rel_err: %v vs %v elements", a.Shape, b.Shape)
	}
	var num, den float64
	for i := range a.Data {
		d := a.Data[i] - b.Data[i]
		num += d * d
		den += b.Data[i] * b.Data[i]
	}
	if den == 0 {
		if num == 0 {
			return 0, nil
		}
		return math.Inf(1), nil
	}
	return math.Sqrt(num / den), nil
}

// Slice returns the [H, N, D] sub-tensor of head h as a view.
func (t *Tensor) head(h int) []float64 {
	n := numel(t.Shape[1:])
	return t.Data[h*n : (h+1)*n]
}
