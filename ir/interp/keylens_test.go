package interp_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/ir/interp"
)

// Key lengths (ir.KeyLengths): a KV cache of capacity C whose B sequences
// hold lens[b] keys each. These tests check the interpreter's attention op
// against numbers worked out by hand and against the hand-written
// reference run on each sequence alone.

// kvKernel is a kernel of M queries against a cache of C keys per KV
// head with key lengths, head dim d and value dim dv.
func kvKernel(d, dv int, body string) string {
	return fmt.Sprintf(`kernel k(q: f32[H, M, %d], k: f32[G, C, %d], v: f32[G, C, %d], lens: i32[B]) -> f32[H, M, %d] {
    s = q @ k^T * rsqrt(%d)
    %s
    return softmax(s) @ v
}`, d, d, dv, dv, d, body)
}

// lensTensor holds key lengths as the interpreter takes them.
func lensTensor(lens ...int) *interp.Tensor {
	t := interp.NewTensor(len(lens))
	for i, n := range lens {
		t.Data[i] = float64(n)
	}
	return t
}

// poisonPastLengths sets the rows of k and v past each sequence's length
// to NaN: a kernel that reads one makes its row NaN.
func poisonPastLengths(k, v *interp.Tensor, lens []int) {
	g, c := k.Shape[0], k.Shape[1]
	gs := g / len(lens)
	for kv := range g {
		for _, t := range []*interp.Tensor{k, v} {
			w := t.Shape[2]
			for j := lens[kv/gs]; j < c; j++ {
				for x := range w {
					t.Data[(kv*c+j)*w+x] = math.NaN()
				}
			}
		}
	}
}

// seenKeysWithLengths runs body on H query heads of M queries against a
// cache of C keys per KV head (G of them) with the given lengths, scores
// all 0 (q = 0) and values one-hot (v[j] = e_j), the rows past the
// lengths NaN. Each output row is then the uniform distribution over the
// keys the row sees: it returns those keys per head and row.
func seenKeysWithLengths(t *testing.T, h, g, m, c int, lens []int, body string) [][][]int {
	t.Helper()
	q, k, v := interp.NewTensor(h, m, 4), interp.NewTensor(g, c, 4), interp.NewTensor(g, c, c)
	for kv := range g {
		for j := range c {
			v.Data[(kv*c+j)*c+j] = 1
		}
	}
	poisonPastLengths(k, v, lens)
	f := compileKernel(t, kvKernel(4, c, body), true)
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v, "lens": lensTensor(lens...)}, interp.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	seen := make([][][]int, h)
	for hh := range h {
		for i := range m {
			row := res.Out.Data[(hh*m+i)*c : (hh*m+i+1)*c]
			var keys []int
			for j, w := range row {
				if w != 0 {
					keys = append(keys, j)
				}
			}
			for _, j := range keys {
				if math.Abs(row[j]-1/float64(len(keys))) > 1e-15 {
					t.Errorf("%s, lens %v: head %d row %d weighs key %d %v, want 1/%d", body, lens, hh, i, j, row[j], len(keys))
				}
			}
			seen[hh] = append(seen[hh], keys)
		}
	}
	return seen
}

// TestKeyLengthsHandChecked: sequence b's M queries sit at positions
// i + lens[b] − M and see only its first lens[b] keys; a sequence of no
// keys has rows of 0; the heads are B sequences of H/B query heads and
// G/B KV heads; h is the head within its sequence. Worked out by hand.
func TestKeyLengthsHandChecked(t *testing.T) {
	all := func(n int) []int {
		var ks []int
		for j := range n {
			ks = append(ks, j)
		}
		return ks
	}
	for _, c := range []struct {
		name       string
		h, g, m, n int
		lens       []int
		body       string
		want       [][][]int // per head, per row
	}{
		// One query per sequence: sequence 0's sits at key 2 of its 3,
		// sequence 1's at key 7, the last of the cache (len = C).
		{"decode", 2, 2, 1, 8, []int{3, 8}, "s = mask(s, causal)", [][][]int{{all(3)}, {all(8)}}},
		// A sequence without keys: its row is 0; the other sees its 5.
		{"empty", 2, 2, 1, 8, []int{0, 5}, "s = mask(s, causal)", [][][]int{{nil}, {all(5)}}},
		// No mask: every valid key, and none past the length.
		{"nomask", 2, 2, 2, 8, []int{2, 6}, "", [][][]int{{all(2), all(2)}, {all(6), all(6)}}},
		// More queries than keys: sequence 0's three queries sit at −2, −1
		// and 0, so the first two see nothing; sequence 1's at 5, 6, 7.
		{"M > len", 2, 2, 3, 8, []int{1, 8}, "s = mask(s, causal)", [][][]int{{nil, nil, {0}}, {all(6), all(7), all(8)}}},
		// A window of 2 at positions 4, 5 (lens 6) and 2, 3 (lens 4).
		{"window", 2, 2, 2, 8, []int{6, 4}, "s = mask(s, causal & window(2))", [][][]int{{{3, 4}, {4, 5}}, {{1, 2}, {2, 3}}}},
		// The sink stays key 0 of each sequence: positions 7 and 5.
		{"sink", 2, 2, 1, 8, []int{8, 6}, "s = mask(s, causal & (window(2) | sink(1)))", [][][]int{{{0, 6, 7}}, {{0, 4, 5}}}},
		// GQA: heads 0, 1 are sequence 0 (KV head 0), heads 2, 3 sequence 1
		// (KV head 1); h is the head within the sequence (0, 1, 0, 1), so
		// heads 1 and 3 lose their last 2 keys: positions 3 and 5.
		{"gqa, h", 4, 2, 1, 8, []int{4, 6}, "s = mask(s, ki <= qi - 2 * h)", [][][]int{{all(4)}, {all(2)}, {all(6)}, {all(4)}}},
		// Two sequences of two KV heads each, one query head per KV head.
		{"two kv heads", 4, 4, 1, 8, []int{2, 7}, "s = mask(s, causal)", [][][]int{{all(2)}, {all(2)}, {all(7)}, {all(7)}}},
		// One sequence: lens[0] cuts every head.
		{"one sequence", 2, 1, 1, 8, []int{5}, "s = mask(s, causal)", [][][]int{{all(5)}, {all(5)}}},
	} {
		got := seenKeysWithLengths(t, c.h, c.g, c.m, c.n, c.lens, c.body)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s (%s, lens %v, M=%d): heads see %v, want %v", c.name, c.body, c.lens, c.m, got, c.want)
		}
	}
}

// TestKeyLengthsModHandChecked: score mods read the positions of the
// sequence (qi = i + lens[b] − M) and the head within it.
func TestKeyLengthsModHandChecked(t *testing.T) {
	// q = 0: before the mod every score is 0; v one-hot over C = 4.
	q, k, v := interp.NewTensor(2, 1, 4), interp.NewTensor(2, 4, 4), interp.NewTensor(2, 4, 4)
	for kv := range 2 {
		for j := range 4 {
			v.Data[(kv*4+j)*4+j] = 1
		}
	}
	lens := []int{2, 3}
	poisonPastLengths(k, v, lens)
	f := compileKernel(t, kvKernel(4, 4, "s = s - (h + 1) * (qi - ki)"), true)
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v, "lens": lensTensor(lens...)}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e1, e2 := math.Exp(-1), math.Exp(-2)
	want := []float64{
		// Head 0, sequence 0 (h = 0), query at position 1 of keys 0, 1:
		// scores −1, 0 → weights e⁻¹/(1+e⁻¹) = 0.2689, 1/(1+e⁻¹) = 0.7311.
		e1 / (1 + e1), 1 / (1 + e1), 0, 0,
		// Head 1, sequence 1: h = 0 again (the head within its sequence),
		// query at position 2 of keys 0…2: scores −2, −1, 0 → 0.0900,
		// 0.2447, 0.6652. (With h = 1 they would be −4, −2, 0.)
		e2 / (1 + e1 + e2), e1 / (1 + e1 + e2), 1 / (1 + e1 + e2), 0,
	}
	for i, w := range want {
		if math.Abs(res.Out.Data[i]-w) > 1e-15 {
			t.Errorf("out[%d] = %.6f, want %.6f (all %v)", i, res.Out.Data[i], w, res.Out.Data)
		}
	}

	// Scores from the data: d = 1, q = 1, keys 1, 2 valid and 100 past the
	// length (it would take all the weight), values 10, 20 and 1000: the
	// output is (10·e¹ + 20·e²)/(e¹ + e²) = 10·0.2689 + 20·0.7311 = 17.3106.
	f = compileKernel(t, kvKernel(1, 1, "s = mask(s, causal)"), true)
	q1, k1, v1 := &interp.Tensor{Shape: []int{1, 1, 1}, Data: []float64{1}},
		&interp.Tensor{Shape: []int{1, 3, 1}, Data: []float64{1, 2, 100}},
		&interp.Tensor{Shape: []int{1, 3, 1}, Data: []float64{10, 20, 1000}}
	res, err = interp.Run(f, map[string]*interp.Tensor{"q": q1, "k": k1, "v": v1, "lens": lensTensor(2)}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := 10*e1/(1+e1) + 20/(1+e1); math.Abs(res.Out.Data[0]-w) > 1e-13 || math.Abs(w-17.3106) > 1e-4 {
		t.Errorf("out = %v, want %v", res.Out.Data[0], w)
	}
}

// perSequence is the reference of key lengths: the hand-written attention
// run on each sequence alone — its query heads, its KV heads' first
// lens[b] keys, the queries at positions i + lens[b] − M and h the head
// within the sequence — its outputs put back in their heads.
func perSequence(q, k, v *interp.Tensor, lens []int, c attnCase) *interp.Tensor {
	h, m, d := q.Shape[0], q.Shape[1], q.Shape[2]
	g, n, dv := k.Shape[0], k.Shape[1], v.Shape[2]
	b := len(lens)
	hs, gs := h/b, g/b
	out := interp.NewTensor(h, m, dv)
	for s, l := range lens {
		qs := &interp.Tensor{Shape: []int{hs, m, d}, Data: q.Data[s*hs*m*d : (s+1)*hs*m*d]}
		ks, vs := interp.NewTensor(gs, l, d), interp.NewTensor(gs, l, dv)
		for kv := range gs {
			copy(ks.Data[kv*l*d:(kv+1)*l*d], k.Data[(s*gs+kv)*n*d:])
			copy(vs.Data[kv*l*dv:(kv+1)*l*dv], v.Data[(s*gs+kv)*n*dv:])
		}
		off := l - m
		o := naive(qs, ks, vs, 1/math.Sqrt(float64(d)),
			func(h, i, j int) bool { return c.allowed(h, i+off, j) },
			func(x float64, h, i, j int) float64 { return c.mod(x, h, i+off, j) })
		copy(out.Data[s*hs*m*dv:], o.Data)
	}
	return out
}

// TestKeyLengthsAgainstNaive runs every mask kind and score mod of
// attnCases (head-reading masks and ALiBi among them) on random shapes:
// B sequences with GQA, lengths from 0 to the capacity, M queries fewer
// and more than a sequence's keys, the rows past the lengths NaN.
func TestKeyLengthsAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 17))
	for _, c := range attnCases {
		for trial := range 4 {
			b := 1 + r.IntN(3)
			gs := 1 + r.IntN(2)
			hs := gs * (1 + r.IntN(2))
			n := 1 + r.IntN(150)
			m := []int{1, 3, 1 + r.IntN(80)}[trial%3]
			d := 1 + r.IntN(20)
			lens := make([]int, b)
			for s := range lens {
				lens[s] = []int{0, n, r.IntN(n + 1), r.IntN(n + 1)}[(trial+s)%4]
			}
			q, k, v := randTensor(r, b*hs, m, d), randTensor(r, b*gs, n, d), randTensor(r, b*gs, n, d+1)
			want := perSequence(q, k, v, lens, c)
			poisonPastLengths(k, v, lens)
			f := compileKernel(t, kvKernel(d, d+1, c.body), true)
			res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v, "lens": lensTensor(lens...)}, interp.Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if e, _ := interp.RelErr(res.Out, want); e > 1e-12 || math.IsNaN(e) {
				t.Errorf("%s (B=%d H=%d G=%d M=%d C=%d D=%d lens %v): rel err %g", c.name, b, b*hs, b*gs, m, n, d, lens, e)
			}
		}
	}
}

// TestKeyLengthsStats: the pairs a mask allows, the tiles visited and the
// rows' statistics count each sequence's keys only.
func TestKeyLengthsStats(t *testing.T) {
	f := compileKernel(t, kvKernel(4, 4, "s = mask(s, causal)"), true)
	r := rand.New(rand.NewPCG(3, 3))
	q, k, v := randTensor(r, 2, 2, 4), randTensor(r, 2, 200, 4), randTensor(r, 2, 200, 4)
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v, "lens": lensTensor(70, 0)}, interp.Options{Check: true})
	if err != nil {
		t.Fatal(err)
	}
	// Head 0: queries at 68 and 69 see 69 and 70 keys, in 2 tiles of 64;
	// head 1 has no keys and visits nothing.
	st := res.Stats
	if st.Allowed != 139 || st.Computed != 139 || st.TilesVisited != 2 || st.PerHead[1].Allowed != 0 {
		t.Errorf("allowed %d, computed %d, tiles %d, head 1 allowed %d; want 139, 139, 2, 0", st.Allowed, st.Computed, st.TilesVisited, st.PerHead[1].Allowed)
	}
	if st.MassRecall != 1 || res.Rows[2].L != 0 || !math.IsInf(res.Rows[2].M, -1) {
		t.Errorf("mass recall %v, head 1's row %+v", st.MassRecall, res.Rows[2])
	}
}

// TestKeyLengthsErrors: lengths that do not fit the run are errors naming
// what is wrong, and a kernel with key lengths runs fused only.
func TestKeyLengthsErrors(t *testing.T) {
	f := compileKernel(t, kvKernel(4, 4, "s = mask(s, causal)"), true)
	run := func(h, g, n int, lens []float64) error {
		l := &interp.Tensor{Shape: []int{len(lens)}, Data: lens}
		_, err := interp.Run(f, map[string]*interp.Tensor{"q": interp.NewTensor(h, 1, 4), "k": interp.NewTensor(g, n, 4), "v": interp.NewTensor(g, n, 4), "lens": l}, interp.Options{})
		return err
	}
	for _, c := range []struct {
		h, g, n int
		lens    []float64
		want    string
	}{
		{4, 2, 8, []float64{1, 2, 3}, "B = 3 sequences do not divide the query heads H = 4 and the KV heads G = 2"},
		{4, 1, 8, []float64{1, 2}, "B = 2 sequences do not divide the query heads H = 4 and the KV heads G = 1"},
		{2, 2, 8, []float64{1, 9}, "sequence 1 has 9 keys, want an integer in [0, 8] (the cache's capacity, k's rows)"},
		{2, 2, 8, []float64{-1, 2}, "sequence 0 has -1 keys, want an integer in [0, 8]"},
		{2, 2, 8, []float64{}, "key lengths: none given (B = 0)"},
	} {
		if err := run(c.h, c.g, c.n, c.lens); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("H=%d G=%d C=%d lens %v: %v, want %q", c.h, c.g, c.n, c.lens, err, c.want)
		}
	}
	generic := compileKernel(t, kvKernel(4, 4, "s = mask(s, causal)"), false)
	_, err := interp.Run(generic, map[string]*interp.Tensor{"q": interp.NewTensor(1, 1, 4), "k": interp.NewTensor(1, 8, 4), "v": interp.NewTensor(1, 8, 4), "lens": lensTensor(3)}, interp.Options{})
	if err == nil || !strings.Contains(err.Error(), "which only fused attention takes") {
		t.Errorf("generic ops with key lengths: %v", err)
	}
}
