package runtime

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestDType(t *testing.T) {
	tests := []struct {
		dt   DType
		name string
		size int
	}{
		{F32, "f32", 4},
		{F16, "f16", 2},
		{BF16, "bf16", 2},
		{I32, "i32", 4},
	}
	for _, tt := range tests {
		if got := tt.dt.String(); got != tt.name {
			t.Errorf("String() = %q, want %q", got, tt.name)
		}
		if got := tt.dt.Size(); got != tt.size {
			t.Errorf("%v.Size() = %d, want %d", tt.dt, got, tt.size)
		}
		if got, err := ParseDType(tt.name); err != nil || got != tt.dt {
			t.Errorf("ParseDType(%q) = %v, %v, want %v", tt.name, got, err, tt.dt)
		}
	}
	for _, bad := range []string{"", "F32", "f64", "invalid", "bool", "i64"} {
		if _, err := ParseDType(bad); err == nil || !strings.Contains(err.Error(), "unknown dtype") {
			t.Errorf("ParseDType(%q) error = %v, want unknown dtype", bad, err)
		}
	}
	if InvalidDType.Size() != 0 || DType(200).String() != "dtype(200)" || DType(4).String() != "dtype(4)" || DType(4).Size() != 0 {
		t.Errorf("invalid dtypes: Size %d, String %q", InvalidDType.Size(), DType(200).String())
	}
}

func TestNewAndAccessors(t *testing.T) {
	for _, dt := range []DType{F32, F16, BF16} {
		t.Run(dt.String(), func(t *testing.T) {
			x := New(dt, 2, 3)
			if x.Len() != 6 || len(x.Data) != 6*dt.Size() {
				t.Fatalf("New(%v, 2, 3): Len %d, %d bytes", dt, x.Len(), len(x.Data))
			}
			if !reflect.DeepEqual(x.Float32s(), make([]float32, 6)) {
				t.Fatalf("New is not zeroed: %v", x.Float32s())
			}
			x.Set(4, -1.5)
			if got := x.At(4); got != -1.5 {
				t.Errorf("At(4) = %v after Set(4, -1.5)", got)
			}
			if got := x.Float64s()[4]; got != -1.5 {
				t.Errorf("Float64s()[4] = %v", got)
			}
			x.Fill(float32(math.NaN()))
			for i, v := range x.Float32s() {
				if !math.IsNaN(float64(v)) {
					t.Fatalf("after Fill(NaN), element %d = %v", i, v)
				}
			}
			x.Fill(0.25)
			for i, v := range x.Float64s() {
				if v != 0.25 {
					t.Fatalf("after Fill(0.25), element %d = %v", i, v)
				}
			}
		})
	}
	if s := New(F32); s.Len() != 1 || len(s.Shape) != 0 {
		t.Errorf("rank-0 New: Len %d, Shape %v", s.Len(), s.Shape)
	}
	if z := New(F16, 3, 0); z.Len() != 0 {
		t.Errorf("zero-length New: Len %d", z.Len())
	}
}

func TestNewPanicsOnBadShape(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "negative dimension") {
			t.Errorf("recover() = %v, want negative dimension panic", r)
		}
	}()
	New(F32, 2, -1)
}

func TestFromFloat(t *testing.T) {
	vals := []float32{0, 1, -2, 0.5, 65504, 3}
	for _, dt := range []DType{F32, F16, BF16} {
		x, err := FromFloat32(dt, []int{2, 3}, vals)
		if err != nil {
			t.Fatal(err)
		}
		want := vals
		if dt == BF16 {
			want = append([]float32{}, vals...)
			want[4] = 65536 // 65504 needs 11 significant bits; bf16 has 8
		}
		if got := x.Float32s(); !reflect.DeepEqual(got, want) {
			t.Errorf("%v: Float32s() = %v, want %v", dt, got, want)
		}
		y, err := FromFloat64(dt, []int{6}, []float64{0, 1, -2, 0.5, 65504, 3})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(x.Data, y.Data) {
			t.Errorf("%v: FromFloat64 and FromFloat32 disagree: %v vs %v", dt, y.Data, x.Data)
		}
	}
}

func TestFromFloatErrors(t *testing.T) {
	tests := []struct {
		name  string
		dt    DType
		shape []int
		n     int
		want  string
	}{
		{"count mismatch", F32, []int{2, 3}, 5, "holds 6 elements but 5 values"},
		{"negative dim", F16, []int{-2}, 0, "negative dimension -2"},
		{"overflow", F32, []int{1 << 40, 1 << 40}, 0, "more than"},
		{"bytes overflow", F32, []int{1 << 62}, 0, "bytes"},
		{"invalid dtype", InvalidDType, []int{1}, 1, "invalid dtype"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromFloat32(tt.dt, tt.shape, make([]float32, tt.n))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("FromFloat32 error = %v, want %q", err, tt.want)
			}
			_, err = FromFloat64(tt.dt, tt.shape, make([]float64, tt.n))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("FromFloat64 error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestReshape(t *testing.T) {
	x, _ := FromFloat32(F16, []int{2, 3}, []float32{1, 2, 3, 4, 5, 6})
	y, err := x.Reshape(3, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(y.Shape, []int{3, 1, 2}) || y.At(5) != 6 {
		t.Fatalf("Reshape: shape %v, last %v", y.Shape, y.At(5))
	}
	y.Set(0, 7)
	if x.At(0) != 7 {
		t.Errorf("Reshape does not share data: x[0] = %v after y[0] = 7", x.At(0))
	}
	for _, tt := range []struct {
		shape []int
		want  string
	}{
		{[]int{4, 2}, "cannot reshape f16[2 3] (6 elements) to [4 2] (8 elements)"},
		{[]int{-6}, "negative dimension"},
		{[]int{}, "(1 elements)"},
	} {
		if _, err := x.Reshape(tt.shape...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Reshape(%v) error = %v, want %q", tt.shape, err, tt.want)
		}
	}
}

// TestConversionsInPieces: conversions of tensors large enough to be split
// across CPUs (FromFloat64, Float32s, Float64s) give every element the value
// the one-element path gives (every piece, and a ragged last one).
func TestConversionsInPieces(t *testing.T) {
	n := 5<<20 + 123
	vals := make([]float64, n)
	for i := range vals {
		vals[i] = float64(i%9973)*0.37 - 1800 + 1/float64(i+1)
	}
	for _, dt := range []DType{F32, F16, BF16} {
		x, err := FromFloat64(dt, []int{n}, vals)
		if err != nil {
			t.Fatal(err)
		}
		one := New(dt, 1)
		f32s, f64s := x.Float32s(), x.Float64s()
		for i := range n {
			one.set64(0, vals[i])
			if got, want := x.At(i), one.At(0); got != want {
				t.Fatalf("%v: element %d is %v, the one-element conversion gives %v", dt, i, got, want)
			}
			if f32s[i] != one.At(0) || f64s[i] != float64(one.At(0)) {
				t.Fatalf("%v: element %d reads back as %v/%v, want %v", dt, i, f32s[i], f64s[i], one.At(0))
			}
		}
	}
}

// TestInt32Tensor: i32 tensors (key lengths) hold integers exactly,
// through FromFloat64, Float64s past 2^24, Int32s (a view when aligned, a
// copy when not) and safetensors.
func TestInt32Tensor(t *testing.T) {
	x, err := FromFloat64(I32, []int{3}, []float64{7, 1<<24 + 1, 0})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Float64s(); !reflect.DeepEqual(got, []float64{7, 1<<24 + 1, 0}) {
		t.Errorf("Float64s = %v", got)
	}
	var buf []int32
	if got := Int32s(x, &buf); !reflect.DeepEqual(got, []int32{7, 1<<24 + 1, 0}) || buf != nil {
		t.Errorf("Int32s = %v (copied: %v)", got, buf != nil)
	}
	odd := &Tensor{DType: I32, Shape: []int{3}, Data: append([]byte{0}, x.Data...)[1:]}
	if got := Int32s(odd, &buf); !reflect.DeepEqual(got, []int32{7, 1<<24 + 1, 0}) {
		t.Errorf("Int32s of unaligned data = %v", got)
	}
	if Int32s(New(F32, 2), &buf) != nil {
		t.Errorf("Int32s of an f32 tensor is not nil")
	}
	x.Set(2, -5)
	if x.At(2) != -5 || x.Int32(2) != -5 {
		t.Errorf("Set(2, -5): At %v, Int32 %v", x.At(2), x.Int32(2))
	}
	var b strings.Builder
	if err := WriteSafetensors(&b, []string{"lens"}, map[string]*Tensor{"lens": x}, nil); err != nil {
		t.Fatal(err)
	}
	sf, err := ReadSafetensors(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if y := sf.Tensors["lens"]; y.DType != I32 || !reflect.DeepEqual(y.Float64s(), []float64{7, 1<<24 + 1, -5}) {
		t.Errorf("safetensors round trip: %v %v", y.DType, y.Float64s())
	}
}
