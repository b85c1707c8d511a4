package interp_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
)

// TestGateEverythingIsDense: a gate that keeps every allowed block of
// every row (top ≥ the blocks, or density 1), and tokens that keep every
// candidate, compute exactly the dense result over the same pairs, for
// masks reading positions and heads, GQA and ragged lengths.
func TestGateEverythingIsDense(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	schedules := []string{
		"gate(block: 16, top: 1000)",
		"gate(block: 7, density: 1.0, keep: [diagonal, sink])",
		"gate(block: 16, top: 1000, keep: [diagonal]); tokens(top: 1000)",
		"gate(block: 9, top: 1000, keep: [local(3)], score: oracle)",
	}
	for _, mask := range []string{"causal", "causal & (window(40) | sink(3))", "ki <= qi | h == 1"} {
		dense := sparseKernel(t, 8, mask, "")
		for _, sched := range schedules {
			for _, n := range []int{1, 37, 100} {
				in := randInputs(r, 4, 2, n, 8)
				ref := runKernel(t, dense, in, nil)
				res := runKernel(t, sparseKernel(t, 8, mask, sched), in, ref)
				if e, _ := interp.RelErr(res.Out, ref.Out); e > 1e-12 {
					t.Errorf("%s | %s | N=%d: rel err %g, want dense", mask, sched, n, e)
				}
				if res.Stats.Density != 1 || math.Abs(res.Stats.MassRecall-1) > 1e-12 {
					t.Errorf("%s | %s | N=%d: density %v mass_recall %v", mask, sched, n, res.Stats.Density, res.Stats.MassRecall)
				}
			}
		}
	}
}

// TestRowAttentionHandChecked: runtime/sparse's hand-checked gate case
// (TestRowsHandChecked) through the ops: row 7 keeps blocks 0 and 3, then
// keys 0, 6 and 7 with scores 1, 2, 2 (scale 1); with v[j] = (j, 1) its
// output is ((0·1 + 6e + 7e)/(1 + 2e), 1). Row 5 keeps blocks 1 and 2,
// keys 2 to 5, and its causal mask leaves them all: scores q5·k = 1, 1,
// 0, 0, output ((2e + 3e + 4 + 5)/(2e + 2), 1).
func TestRowAttentionHandChecked(t *testing.T) {
	src := `func k(%q: f32[1,8,2], %k: f32[1,8,2], %v: f32[1,8,2]) -> f32[1,8,2] {
  %0 = rowscore %q, %k block=2 scale=1.0 mask={causal} : f32[1,8,4]
  %1 = rowselect %0 block=2 top=2 diagonal : i32[1,8,2]
  %2 = tokenselect %q, %k, %1 block=2 top=3 scale=1.0 mask={causal} : i32[1,8,3]
  %3 = rowattention %q, %k, %v, %2 scale=1.0 mask={causal} block=2 tokens : f32[1,8,2]
  %4 = rowattention %q, %k, %v, %1 scale=1.0 mask={causal} block=2 : f32[1,8,2]
  %5 = add %3, %4 : f32[1,8,2]
  return %5
}
`
	m, err := ir.Parse("t.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(m); err != nil {
		t.Fatal(err)
	}
	q := interp.NewTensor(1, 8, 2)
	copy(q.Data[5*2:], []float64{0, 1})
	copy(q.Data[7*2:], []float64{1, 1})
	k := &interp.Tensor{Shape: []int{1, 8, 2}, Data: []float64{1, 0, 1, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0, 2, 0, 2}}
	v := interp.NewTensor(1, 8, 2)
	for j := range 8 {
		v.Data[j*2], v.Data[j*2+1] = float64(j), 1
	}
	res, err := interp.Run(m.Funcs[0], map[string]*interp.Tensor{"q": q, "k": k, "v": v}, interp.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	e := math.E
	tok := res.Values[m.Funcs[0].Values[3]]
	blk := res.Values[m.Funcs[0].Values[4]]
	for _, c := range []struct {
		name string
		got  []float64
		want []float64
	}{
		{"row 7, tokens", tok.Data[7*2 : 8*2], []float64{13 * e / (1 + 2*e), 1}},
		// Row 7's blocks 0 and 3: keys 0, 1, 6, 7, scores 1, 1, 2, 2.
		{"row 7, blocks", blk.Data[7*2 : 8*2], []float64{(0*e + 1*e + 6*e*e + 7*e*e) / (2*e + 2*e*e), 1}},
		{"row 5, blocks", blk.Data[5*2 : 6*2], []float64{(2*e + 3*e + 4 + 5) / (2*e + 2), 1}},
	} {
		for i := range c.want {
			if math.Abs(c.got[i]-c.want[i]) > 1e-14 {
				t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
				break
			}
		}
	}
}
