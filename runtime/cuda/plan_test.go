package cuda

import (
	"math"
	"slices"
	"testing"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/sparse"
)

// FuzzUnmarshalPlans: any bytes decode to checked plans or an error, never
// a panic (a generated package's embedded plans are data a user can edit).
// go test -fuzz=FuzzUnmarshalPlans ./runtime/cuda
func FuzzUnmarshalPlans(f *testing.F) {
	f.Add([]byte(`[{"Name":"k","Params":[{"Name":"q","DType":"bf16"}],"Steps":[{"Name":"attention %0","Op":"attention","Out":"0","Args":["q","q","q"],"Kernel":"k_attn0"}],"Result":"0","Kernels":[{"Name":"k_attn0","Step":0,"BlockRows":128,"D":64,"DV":64,"BQ":64,"BK":64,"Sparse":false,"Gather":false,"MMA":true,"DType":"bf16","OutType":"bf16","MaskUsesH":false}]}]`))
	f.Add([]byte(`[{"Name":"s","Params":[{"Name":"q"},{"Name":"k"}],"Steps":[{"Name":"blockscore %0","Op":"score-select","Out":"0","Args":["q","k"],"Launches":[{"What":"select","Kernels":["x"]}],"Score":{"Method":"mean","BQ":64,"BK":64,"SelectOut":"1","SelectLimit":4096},"Select":{"Mode":"top","Top":2}}],"Result":"1","Kernels":[{"Name":"x","Kind":"select"}]}]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[null]`)) // panicked in Check before it refused nil plans; the fuzzer had not found it in 30 s
	f.Fuzz(func(t *testing.T, data []byte) {
		plans, err := UnmarshalPlans(data)
		if err != nil {
			return
		}
		for _, p := range plans {
			if p == nil {
				t.Fatal("a nil plan passed the check")
			}
		}
	})
}

// TestPoisoned: only the all-ones poison counts as unwritten; computed
// NaNs (f32 0x7fc00000, bf16 0x7fc0) are answers.
func TestPoisoned(t *testing.T) {
	for _, c := range []struct {
		data []byte
		size int
		want int
	}{
		{[]byte{0, 0, 0xc0, 0x7f, 0xff, 0xff, 0xff, 0xff}, 4, 1},
		{[]byte{0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x3f}, 4, -1},
		{[]byte{0xc0, 0x7f, 0xff, 0xff}, 2, 1},
		{[]byte{0xff, 0x7f, 0xff, 0xff}, 2, 1},
		{[]byte{0xff, 0x7f}, 2, -1},
	} {
		if got := poisoned(c.data, c.size); got != c.want {
			t.Errorf("poisoned(% x, %d) = %d, want %d", c.data, c.size, got, c.want)
		}
	}
}

// TestPoisonReaders: the rows made NaN for a bad V key are exactly those
// that read it — the mask allows the pair and the row's query tile visited
// the key's tile (its list, cut at visits) — on the host, no GPU needed.
func TestPoisonReaders(t *testing.T) {
	causal := abi.Program{{Op: abi.OpCausal}}
	const H, M, N, DV = 1, 8, 8, 2
	a := &AttentionArgs{H: H, M: M, N: N, Group: 1}
	nan := func(out []float64) []bool {
		rows := make([]bool, M)
		for i := range rows {
			rows[i] = out[i*DV] != out[i*DV]
		}
		return rows
	}
	r := &run{}
	// Dense: every row at or after key 5 reads it.
	out := make([]float64, H*M*DV)
	r.poisonReaders(out, &Kernel{BQ: 4, BK: 4, DV: DV, Mask: causal}, a, []badKey{{0, 5}}, nil, nil, nil, nil)
	if got, want := nan(out), []bool{false, false, false, false, false, true, true, true}; !slices.Equal(got, want) {
		t.Errorf("dense: NaN rows %v, want %v", got, want)
	}
	// Sparse: query tile 1 (rows 4–7) lists tile 0 only; tile 0 lists tile 0.
	list := []int32{0, -1, 1, 0, 0, -1, 1, 0} // [H, NQ=2, 2, NK=2]
	out = make([]float64, H*M*DV)
	r.poisonReaders(out, &Kernel{BQ: 4, BK: 4, DV: DV, Mask: causal, Sparse: true}, a, []badKey{{0, 5}, {0, 1}}, list, nil, nil, nil)
	if got, want := nan(out), []bool{false, true, true, true, true, true, true, true}; !slices.Equal(got, want) {
		t.Errorf("sparse: NaN rows %v, want %v", got, want)
	}
	// Cut by visits: query tile 1 stopped before its first tile.
	out = make([]float64, H*M*DV)
	r.poisonReaders(out, &Kernel{BQ: 4, BK: 4, DV: DV, Mask: causal, Sparse: true}, a, []badKey{{0, 1}}, list, nil, []int32{1, 0}, nil)
	if got, want := nan(out), []bool{false, true, true, true, false, false, false, false}; !slices.Equal(got, want) {
		t.Errorf("visits: NaN rows %v, want %v", got, want)
	}
	// Per row (rows' own keys, sparse.RowTiles): row 6 keeps keys 1 and
	// 5, row 3 key 1, row 5 key 0; every other row nothing. Only the rows
	// whose bits hold a bad key read it.
	rowList := make([]int32, H*M*2)
	for i := range rowList {
		rowList[i] = -1
	}
	rowList[6*2], rowList[6*2+1], rowList[3*2], rowList[5*2] = 1, 5, 1, 0
	tl := sparse.RowTiles(rowList, H, M, 2, N, 1, true, 4, 4)
	out = make([]float64, H*M*DV)
	r.poisonReaders(out, &Kernel{BQ: 4, BK: 4, DV: DV, Mask: causal, Sparse: true, PerRow: true}, a, []badKey{{0, 5}, {0, 1}}, tl.List, nil, nil, &tl)
	if got, want := nan(out), []bool{false, false, false, true, false, false, true, false}; !slices.Equal(got, want) {
		t.Errorf("per row: NaN rows %v, want %v", got, want)
	}
}

// TestFiniteRange: non-finite elements are found by their exponent bits in
// every input type, and in host values, without converting the input.
func TestFiniteRange(t *testing.T) {
	for _, dt := range []runtime.DType{runtime.F32, runtime.F16, runtime.BF16} {
		for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
			x := runtime.New(dt, 1, 4, 2)
			for i := range x.Len() {
				x.Set(i, 65000) // finite in all three (f16's largest is 65504)
			}
			x.Set(5, bad)
			r := &run{in: map[string]*runtime.Tensor{"v": x}, shape: map[string][]int{"v": x.Shape}}
			for _, c := range []struct {
				lo, hi int
				want   bool
			}{{0, 4, true}, {4, 6, false}, {6, 8, true}} {
				if got := finiteRange(r, "v", c.lo, c.hi); got != c.want {
					t.Errorf("%v with %v at 5: finiteRange(%d, %d) = %v", dt, bad, c.lo, c.hi, got)
				}
			}
			if got := r.nonFiniteKeys("v"); len(got) != 1 || got[0] != (badKey{0, 2}) {
				t.Errorf("%v with %v: bad keys %v, want key 2", dt, bad, got)
			}
		}
	}
}
