package interp_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/passes"
)

// selectIR runs one blockselect over a hand-written score matrix.
func selectIR(t *testing.T, attrs string, e [][]float64) [][]int {
	t.Helper()
	nq, nk := len(e), len(e[0])
	src := "func s(%e: f32[1,Q,K]) -> i32[1,Q/1,2,K/1] {\n" +
		"  %0 = blockselect %e " + attrs + " : i32[1,Q,2,K]\n  return %0\n}\n"
	// Q/1 is not what the rule infers; build the expected type from the rule.
	src = strings.Replace(src, "i32[1,Q/1,2,K/1]", "i32[1,Q,2,K]", 1)
	m, err := ir.Parse("sel.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(m); err != nil {
		t.Fatal(err)
	}
	in := interp.NewTensor(1, nq, nk)
	for I := range e {
		copy(in.Data[I*nk:], e[I])
	}
	res, err := interp.Run(m.Funcs[0], map[string]*interp.Tensor{"e": in}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]int, nq)
	for I := range nq {
		base := I * 2 * nk
		for s := 0; s < nk && res.Out.Data[base+s] >= 0; s++ {
			J := int(res.Out.Data[base+s])
			if res.Out.Data[base+nk+s] != 0 {
				J = -1 - J // forced tiles come back as -1-J
			}
			out[I] = append(out[I], J)
		}
	}
	return out
}

// TestSelectHandChecked pins select's semantics on a 4×4-tile problem
// whose lists are written out by hand. Forced tiles appear as -1-J.
func TestSelectHandChecked(t *testing.T) {
	e := [][]float64{
		{1, -1, -1, -1},
		{0.7, 0.3, -1, -1},
		{0.2, 0.2, 0.6, -1},
		{0.5, 0.1, 0.15, 0.25},
	}
	tests := []struct {
		attrs string
		want  [][]int
	}{
		// τ = 0.8 with the diagonal forced: row 3 takes 3 (0.25), 0 (0.75), 2 (0.9).
		{"mode=mass mass=0.8 diagonal bq=64 bk=64", [][]int{{-1}, {-2, 0}, {-3, 0}, {-4, 0, 2}}},
		// sink and diagonal forced: row 3 starts at 0.75 and adds 2.
		{"mode=mass mass=0.8 sink diagonal bq=64 bk=64", [][]int{{-1}, {-1, -2}, {-1, -3}, {-1, -4, 2}}},
		// top 2 counts the forced tile; ties (row 2: 0.2, 0.2) go to the lower index.
		{"mode=top top=2 diagonal bq=64 bk=64", [][]int{{-1}, {-2, 0}, {-3, 0}, {-4, 0}}},
		// density ρ = 0.5: ⌈0.5·allowed⌉ = 1, 1, 2, 2.
		{"mode=density density=0.5 diagonal bq=64 bk=64", [][]int{{-1}, {-2}, {-3, 0}, {-4, 0}}},
		// local(1) forces the tile left of the diagonal; no budget left.
		{"mode=top top=1 diagonal local=1 bq=64 bk=64", [][]int{{-1}, {-1, -2}, {-2, -3}, {-3, -4}}},
		// order=index sorts the unforced part: row 3 by score is 0, 2, 1.
		{"mode=all diagonal order=index bq=64 bk=64", [][]int{{-1}, {-2, 0}, {-3, 0, 1}, {-4, 0, 1, 2}}},
		{"mode=all diagonal bq=64 bk=64", [][]int{{-1}, {-2, 0}, {-3, 0, 1}, {-4, 0, 2, 1}}},
		// min_blocks tops up a small mass budget.
		{"mode=mass mass=0.1 min_blocks=3 bq=64 bk=64", [][]int{{0}, {0, 1}, {2, 0, 1}, {0, 3, 2}}},
	}
	for _, tt := range tests {
		got := selectIR(t, tt.attrs, e)
		for I := range tt.want {
			if !slices.Equal(got[I], tt.want[I]) {
				t.Errorf("%s: row %d = %v, want %v", tt.attrs, I, got[I], tt.want[I])
			}
		}
	}
}

// TestEarlyStopHandChecked uses one-token tiles so every tile is one key:
// query 3 sees scores s = [2, 0, 1, 3] for keys 0..3, the diagonal key 3 is
// forced and the others are processed in score order 0, 2, 1. After key 0
// the row gains Δ/ℓ = e⁻¹/(1+e⁻¹) = 0.269, after key 2 e⁻²/(1+e⁻¹+e⁻²) = 0.090.
func TestEarlyStopHandChecked(t *testing.T) {
	src := `func es(%q: f32[1,N,2], %k: f32[1,N,2], %v: f32[1,N,2], %e: f32[1,N,N]) -> f32[1,N,2] {
  %0 = blockselect %e mode=all diagonal bq=1 bk=1 : i32[1,N,2,N]
  %1 = sparseattention %q, %k, %v, %0 scale=1.0 mask={causal} bq=1 bk=1 eps=EPS rule=max : f32[1,N,2]
  return %1
}
`
	q := &interp.Tensor{Shape: []int{1, 4, 2}, Data: []float64{0, 0, 0, 0, 0, 0, 1, 0}}
	k := &interp.Tensor{Shape: []int{1, 4, 2}, Data: []float64{2, 0, 0, 0, 1, 0, 3, 0}}
	v := &interp.Tensor{Shape: []int{1, 4, 2}, Data: []float64{1, 0, 0, 1, 2, 2, 3, -1}}
	e := interp.NewTensor(1, 4, 4)
	copy(e.Data[12:], []float64{0.4, 0.1, 0.2, 0.3})
	for I := range 3 { // rows 0..2: uniform over their causal keys
		for J := 0; J <= I; J++ {
			e.Data[I*4+J] = 1 / float64(I+1)
		}
		for J := I + 1; J < 4; J++ {
			e.Data[I*4+J] = -1
		}
	}
	e.Data[3*4+3] = 0.3
	for _, c := range []struct {
		eps     string
		visited int // tiles of query tile 3
		keys    []int
	}{
		{"0.3", 2, []int{3, 0}},
		{"0.1", 3, []int{3, 0, 2}},
		{"0.01", 4, []int{3, 0, 2, 1}},
	} {
		res := runIRText(t, strings.Replace(src, "EPS", c.eps, 1), map[string]*interp.Tensor{"q": q, "k": k, "v": v, "e": e})
		if got := res.Visits[0][3]; got != c.visited {
			t.Errorf("eps %s: visited %d tiles of query 3, want %d", c.eps, got, c.visited)
		}
		s := []float64{2, 0, 1, 3}
		var num [2]float64
		var den float64
		for _, j := range c.keys {
			p := math.Exp(s[j] - 3)
			den += p
			num[0] += p * v.Data[2*j]
			num[1] += p * v.Data[2*j+1]
		}
		for d := range 2 {
			if got, want := res.Out.Data[3*2+d], num[d]/den; math.Abs(got-want) > 1e-14 {
				t.Errorf("eps %s: out[3][%d] = %v, want %v", c.eps, d, got, want)
			}
		}
		wantStops := int64(0)
		if c.visited < 4 {
			wantStops = 1
		}
		if res.Stats.EarlyStops != wantStops {
			t.Errorf("eps %s: %d early stops, want %d", c.eps, res.Stats.EarlyStops, wantStops)
		}
	}
}

// TestEarlyStopPatience: one-token tiles again; query 5 has the forced
// diagonal key 5 (s = 0) and then keys 0..4 in the order e gives them,
// with real scores s = [−5, 0, −5, −5, 0]: after key 0 the row gains
// Δ/ℓ = e⁻⁵/(1+e⁻⁵) ≈ 0.0067 < ε = 0.01, after key 1 ≈ 0.498, after keys 2
// and 3 ≈ 0.0033 each; key 4 is the last and never checked. Patience 1
// stops after key 0; 2 after key 3 (key 1 reset the count); 3 never.
func TestEarlyStopPatience(t *testing.T) {
	src := `func es(%q: f32[1,6,2], %k: f32[1,6,2], %v: f32[1,6,2], %e: f32[1,6,6]) -> f32[1,6,2] {
  %0 = blockselect %e mode=all diagonal bq=1 bk=1 : i32[1,6,2,6]
  %1 = sparseattention %q, %k, %v, %0 scale=1.0 mask={causal} bq=1 bk=1 eps=0.01 rule=max PATIENCE: f32[1,6,2]
  return %1
}
`
	s := []float64{-5, 0, -5, -5, 0, 0}
	q := &interp.Tensor{Shape: []int{1, 6, 2}, Data: make([]float64, 12)}
	q.Data[5*2] = 1
	k := &interp.Tensor{Shape: []int{1, 6, 2}, Data: make([]float64, 12)}
	v := &interp.Tensor{Shape: []int{1, 6, 2}, Data: make([]float64, 12)}
	for j := range 6 {
		k.Data[2*j] = s[j]
		v.Data[2*j], v.Data[2*j+1] = float64(j+1), float64(j*j)
	}
	e := interp.NewTensor(1, 6, 6)
	for I := range 6 {
		for J := range 6 {
			e.Data[I*6+J] = -1
			if J <= I {
				e.Data[I*6+J] = float64(10-J) / 10 // keys in index order
			}
		}
	}
	for _, c := range []struct {
		patience string
		keys     []int // query 5's keys, in the order visited
		stops    int64
	}{
		{"", []int{5, 0}, 1},
		{"patience=2 ", []int{5, 0, 1, 2, 3}, 1},
		{"patience=3 ", []int{5, 0, 1, 2, 3, 4}, 0},
	} {
		res := runIRText(t, strings.Replace(src, "PATIENCE", c.patience, 1), map[string]*interp.Tensor{"q": q, "k": k, "v": v, "e": e})
		if got := res.Visits[0][5]; got != len(c.keys) {
			t.Errorf("%q: visited %d tiles of query 5, want %d", c.patience, got, len(c.keys))
		}
		var num [2]float64
		var den float64
		for _, j := range c.keys {
			p := math.Exp(s[j])
			den += p
			num[0] += p * v.Data[2*j]
			num[1] += p * v.Data[2*j+1]
		}
		for d := range 2 {
			if got, want := res.Out.Data[5*2+d], num[d]/den; math.Abs(got-want) > 1e-13 {
				t.Errorf("%q: out[5][%d] = %v, want %v", c.patience, d, got, want)
			}
		}
		// Queries 0..4 see q = 0: equal scores, Δ/ℓ ≥ 1/6 — no stops.
		if res.Stats.EarlyStops != c.stops {
			t.Errorf("%q: %d early stops, want %d", c.patience, res.Stats.EarlyStops, c.stops)
		}
	}
}

// runIRText parses and verifies one function of IR text and runs it on
// inputs with one worker.
func runIRText(t *testing.T, src string, inputs map[string]*interp.Tensor) *interp.Result {
	t.Helper()
	m, err := ir.Parse("es.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(m); err != nil {
		t.Fatal(err)
	}
	res, err := interp.Run(m.Funcs[0], inputs, interp.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// sparseKernel compiles a causal kernel with the given schedule.
func sparseKernel(t testing.TB, d int, mask, schedule string) *ir.Func {
	t.Helper()
	src := strings.NewReplacer("D", strconv.Itoa(d), "MASK", mask).Replace(`kernel k(q: f32[H, N, D], k: f32[G, N, D], v: f32[G, N, D]) -> f32[H, N, D] {
    s = q @ k^T * rsqrt(D)
    s = mask(s, MASK)
    return softmax(s) @ v
}`)
	prog, err := frontend.Compile("t.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	calls, err := frontend.ParsePipeline(schedule)
	if err != nil {
		t.Fatal(err)
	}
	steps, err := passes.Pipeline(calls)
	if err != nil {
		t.Fatal(err)
	}
	f := prog.Module.Funcs[0]
	if _, err := passes.Run(f, steps, &passes.Options{VerifyEach: true}); err != nil {
		t.Fatalf("%s: %v", schedule, err)
	}
	return f
}

func runKernel(t testing.TB, f *ir.Func, in map[string]*interp.Tensor, ref *interp.Result) *interp.Result {
	t.Helper()
	res, err := interp.Run(f, in, interp.Options{Workers: 2, Check: ref != nil, Reference: ref})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func randInputs(r *rand.Rand, h, g, n, d int) map[string]*interp.Tensor {
	return map[string]*interp.Tensor{"q": randTensor(r, h, n, d), "k": randTensor(r, g, n, d), "v": randTensor(r, g, n, d)}
}

// TestFullSelectionIsDense: with every allowed tile selected, any scoring,
// permutation and order computes exactly the dense result — which also
// shows masks are applied in original coordinates after a permutation.
func TestFullSelectionIsDense(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	schedules := []string{
		"tile(q: 16, k: 16); score(antidiagonal, stride: 4); select(mass: 1.0)",
		"tile(q: 16, k: 8); score(mean); select(density: 1.0, keep: [sink])",
		"tile(q: 16, k: 16); score(probe, stride: 4, pool: max); select(top: 1000)",
		"tile(q: 8, k: 8); score(oracle); order(index)",
		"tile(q: 16, k: 16); permute(segment: 32, scope: local); score(mean); select(mass: 1.0)",
		"tile(q: 16, k: 16); permute(segment: 32, probe: last, scope: global); score(antidiagonal, stride: 4); order(score)",
		"tile(q: 16, k: 16); score(antidiagonal, stride: 4, heads: 1); select(top: 1000, keep: [diagonal, local(2)])",
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

// TestDensityMonotone: density grows with τ and shrinks with ε.
func TestDensityMonotone(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	in := randInputs(r, 2, 2, 256, 16)
	// Sharpen the attention so that selection matters.
	for i := range in["q"].Data {
		in["q"].Data[i] *= 3
	}
	prev := -1.0
	for _, tau := range []string{"0.1", "0.3", "0.5", "0.7", "0.9", "0.99", "1.0"} {
		f := sparseKernel(t, 16, "causal", "tile(q: 16, k: 16); score(antidiagonal, stride: 4); select(mass: "+tau+")")
		d := runKernel(t, f, in, nil).Stats.Density
		if d < prev {
			t.Errorf("density fell from %v to %v at τ = %s", prev, d, tau)
		}
		prev = d
	}
	prev = 2
	for _, eps := range []string{"1e-6", "1e-4", "1e-3", "1e-2", "0.1", "0.5"} {
		f := sparseKernel(t, 16, "causal", "tile(q: 16, k: 16); score(mean); order(score); early_stop(eps: "+eps+")")
		d := runKernel(t, f, in, nil).Stats.Density
		if d > prev {
			t.Errorf("density rose from %v to %v at ε = %s", prev, d, eps)
		}
		prev = d
	}
	if prev == 1 {
		t.Errorf("ε = 0.5 never stopped early")
	}
}

// TestPermutationIsBijection: local permutations permute inside every key
// segment; global ones permute the keys before the query's segment and keep
// the rest in place.
func TestPermutationIsBijection(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	for _, scope := range []string{"local", "global"} {
		for _, probe := range []string{"mean", "last"} {
			f := sparseKernel(t, 8, "causal", "tile(q: 8, k: 8); permute(segment: 32, probe: "+probe+", scope: "+scope+"); score(mean); select(mass: 0.5)")
			var perm *ir.Value
			for _, v := range f.Values {
				if v.Op == ir.OpPermute {
					perm = v
				}
			}
			const n = 100 // ragged: the last segment has 4 keys
			res := runKernel(t, f, randInputs(r, 2, 1, n, 8), nil)
			p := res.Values[perm]
			ns := p.Shape[1]
			for h := range 2 {
				for s := range ns {
					row := p.Data[(h*ns+s)*n : (h*ns+s+1)*n]
					for b := 0; b*32 < n; b++ {
						lo, hi := b*32, min((b+1)*32, n)
						got := make([]int, 0, hi-lo)
						for _, x := range row[lo:hi] {
							got = append(got, int(x))
						}
						fixed := scope == "global" && lo >= s*32
						if scope == "global" && !fixed {
							continue // checked over the whole prefix below
						}
						sorted := slices.Sorted(slices.Values(got))
						for i, x := range sorted {
							if x != lo+i {
								t.Fatalf("%s/%s head %d segment %d: block %d is not a permutation of [%d,%d): %v", scope, probe, h, s, b, lo, hi, got)
							}
						}
						if fixed && !slices.Equal(got, sorted) {
							t.Errorf("%s: keys from the query's own segment on moved: %v", scope, got)
						}
					}
					if scope == "global" {
						pre := make([]int, 0, s*32)
						for _, x := range row[:min(s*32, n)] {
							pre = append(pre, int(x))
						}
						slices.Sort(pre)
						for i, x := range pre {
							if x != i {
								t.Fatalf("global head %d segment %d: prefix is not a permutation: %v", h, s, pre)
							}
						}
					}
				}
			}
		}
	}
}

// TestScoresAreDistributions: for every method, rows of E sum to 1 over
// allowed tiles (-1 exactly on the tiles the mask empties), and the oracle
// equals the block mass computed by hand.
func TestScoresAreDistributions(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 14))
	const n, d = 77, 8
	in := randInputs(r, 4, 2, n, d)
	for _, m := range []string{"antidiagonal, stride: 4", "mean", "probe, stride: 4", "probe, stride: 4, pool: max", "oracle", "antidiagonal, stride: 4, heads: 2", "mean, heads: 1"} {
		f := sparseKernel(t, d, "causal & window(50)", "tile(q: 16, k: 8); score("+m+"); select(mass: 0.5)")
		var score *ir.Value
		for _, v := range f.Values {
			if v.Op == ir.OpBlockScore {
				score = v
			}
		}
		e := runKernel(t, f, in, nil).Values[score]
		nq, nk := e.Shape[1], e.Shape[2]
		for h := range 4 {
			for I := range nq {
				var sum float64
				for J := range nk {
					x := e.Data[(h*nq+I)*nk+J]
					allowed := false
					for i := I * 16; i < min((I+1)*16, n); i++ {
						for j := J * 8; j < min((J+1)*8, n); j++ {
							allowed = allowed || (j <= i && i-j < 50)
						}
					}
					if allowed != (x >= 0) {
						t.Fatalf("%s: E[%d,%d,%d] = %v but allowed = %v", m, h, I, J, x, allowed)
					}
					if x > 0 {
						sum += x
					}
				}
				if math.Abs(sum-1) > 1e-9 {
					t.Errorf("%s: row (%d, %d) sums to %v", m, h, I, sum)
				}
			}
		}
		if strings.Contains(m, "heads: 2") {
			for I := range nq * nk {
				if e.Data[I] != e.Data[nq*nk+I] || e.Data[2*nq*nk+I] != e.Data[3*nq*nk+I] {
					t.Fatalf("proxy heads: heads of a group do not share E")
				}
			}
		}
	}
}

// TestPermuteHandChecked: head dim 1, every query 1, so a key's importance
// is its value: keys [0.1 0.5 0.3 0.9 | 0.2 0.8 0.4 0.7] in segments of 4.
func TestPermuteHandChecked(t *testing.T) {
	k := &interp.Tensor{Shape: []int{1, 8, 1}, Data: []float64{0.1, 0.5, 0.3, 0.9, 0.2, 0.8, 0.4, 0.7}}
	q := &interp.Tensor{Shape: []int{1, 8, 1}, Data: []float64{1, 1, 1, 1, 1, 1, 1, 1}}
	for _, c := range []struct {
		scope, probe string
		want         [][]int // per query segment
	}{
		// local: inside each key segment by importance, one order for all.
		{"local", "mean", [][]int{{3, 1, 2, 0, 5, 7, 6, 4}, {3, 1, 2, 0, 5, 7, 6, 4}}},
		// global: segment 0 has nothing before it; segment 1 ranks keys 0..3.
		{"global", "mean", [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {3, 1, 2, 0, 4, 5, 6, 7}}},
		{"global", "last", [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {3, 1, 2, 0, 4, 5, 6, 7}}},
	} {
		src := "func p(%q: f32[1,N,1], %k: f32[1,N,1]) -> i32[1,N/4,N] {\n" +
			"  %0 = permute %q, %k segment=4 probe=" + c.probe + " scope=" + c.scope + " scale=1.0 bq=2 : i32[1,N/4,N]\n  return %0\n}\n"
		m, err := ir.Parse("p.ir", src)
		if err != nil {
			t.Fatal(err)
		}
		if err := ir.Verify(m); err != nil {
			t.Fatal(err)
		}
		res, err := interp.Run(m.Funcs[0], map[string]*interp.Tensor{"q": q, "k": k}, interp.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for s, want := range c.want {
			got := make([]int, 8)
			for j := range got {
				got[j] = int(res.Out.Data[s*8+j])
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s/%s segment %d: %v, want %v", c.scope, c.probe, s, got, want)
			}
		}
	}
}

// TestCompensateIdenticalKeys: when every key tile holds one repeated key,
// zeroth-order compensation of the skipped tiles is exact, so keeping only
// the diagonal reproduces dense attention; without it the error is large.
func TestCompensateIdenticalKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	const n, d, b = 37, 6, 4 // ragged: the last tile has one key
	in := randInputs(r, 2, 1, n, d)
	k := in["k"].Data
	for j := 0; j < n; j++ {
		copy(k[j*d:(j+1)*d], k[(j/b*b)*d:(j/b*b+1)*d]) // key j = first key of its tile
	}
	dense := runKernel(t, sparseKernel(t, d, "causal", ""), in, nil)
	base := "tile(q: 4, k: 4); score(mean); select(top: 1, keep: [diagonal])"
	dropped := runKernel(t, sparseKernel(t, d, "causal", base), in, dense)
	for _, order := range []string{"0", "1"} {
		comp := runKernel(t, sparseKernel(t, d, "causal", base+"; compensate(order: "+order+")"), in, dense)
		if e, _ := interp.RelErr(comp.Out, dense.Out); e > 1e-12 {
			t.Errorf("order %s: rel err %g with identical keys, want exact", order, e)
		}
		if comp.Stats.CompFlops <= 0 || comp.Stats.DensityTotal <= comp.Stats.Density {
			t.Errorf("order %s: compensation cost not counted: %+v", order, comp.Stats)
		}
		if comp.Stats.Density != dropped.Stats.Density {
			t.Errorf("order %s: compensation changed the density", order)
		}
	}
	if e, _ := interp.RelErr(dropped.Out, dense.Out); e < 0.05 {
		t.Errorf("without compensation the error is only %g; the test would not notice a broken compensation", e)
	}
}

// TestBudgetAndRowmax: the shared budget spends exactly ⌈ρ·allowed⌉ tiles,
// and full budgets with row-aware scores are dense.
func TestBudgetAndRowmax(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 16))
	in := randInputs(r, 4, 2, 200, 8)
	for i := range in["q"].Data {
		in["q"].Data[i] *= 3
	}
	dense := runKernel(t, sparseKernel(t, 8, "causal", ""), in, nil)
	const nq = 13 // ⌈200/16⌉ query tiles; causal: 13·14/2 = 91 allowed tiles per head
	for _, c := range []struct {
		sched string
		tiles int64
	}{
		{"tile(q: 16, k: 16); score(probe, stride: 4); rowmax; budget(density: 0.3, keep: [diagonal])", int64(math.Ceil(0.3*91*4 - 1e-9))},
		{"tile(q: 16, k: 16); score(antidiagonal, stride: 4); rowmax; budget(density: 0.3, scope: head)", 4 * int64(math.Ceil(0.3*91-1e-9))},
		{"tile(q: 16, k: 16); score(oracle); rowmax; budget(density: 1.0)", 4 * 91},
	} {
		res := runKernel(t, sparseKernel(t, 8, "causal", c.sched), in, dense)
		if res.Stats.TilesVisited != c.tiles {
			t.Errorf("%s: visited %d tiles, want %d", c.sched, res.Stats.TilesVisited, c.tiles)
		}
		if c.tiles == 4*91 {
			if e, _ := interp.RelErr(res.Out, dense.Out); e > 1e-12 {
				t.Errorf("%s: full budget is not dense: %g", c.sched, e)
			}
		}
		if res.Stats.DensityTotal <= res.Stats.Density {
			t.Errorf("%s: scoring cost not counted", c.sched)
		}
	}
	_ = nq
}
