package cuda

import (
	"testing"
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
