package interp_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/passes"
)

// offsetKernel is a kernel of M queries against N keys (head dim d, value
// dim dv) with body between the scores and the return.
func offsetKernel(d, dv int, body string) string {
	return fmt.Sprintf(`kernel k(q: f32[H, M, %d], k: f32[G, N, %d], v: f32[G, N, %d]) -> f32[H, M, %d] {
    s = q @ k^T * rsqrt(%d)
    %s
    return softmax(s) @ v
}`, d, d, dv, dv, d, body)
}

// seenKeys runs body on M queries against N keys whose scores are all 0
// (q = 0) and whose values are one-hot (v[j] = e_j): each output row is
// then the uniform distribution over the keys the row sees. It returns
// those keys per row, checking that the weights are uniform, through the
// fused op and the generic ops.
func seenKeys(t *testing.T, m, n int, body string) [][]int {
	t.Helper()
	q, k, v := interp.NewTensor(1, m, 4), interp.NewTensor(1, n, 4), interp.NewTensor(1, n, n)
	for j := range n {
		v.Data[j*n+j] = 1
	}
	var seen [][]int
	for _, fuse := range []bool{true, false} {
		f := compileKernel(t, offsetKernel(4, n, body), fuse)
		res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v}, interp.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var rows [][]int
		for i := range m {
			row := res.Out.Data[i*n : (i+1)*n]
			var keys []int
			for j, w := range row {
				if w != 0 {
					keys = append(keys, j)
				}
			}
			for _, j := range keys {
				if math.Abs(row[j]-1/float64(len(keys))) > 1e-15 {
					t.Errorf("%s, M=%d N=%d fused=%v: row %d weighs key %d %v, want 1/%d", body, m, n, fuse, i, j, row[j], len(keys))
				}
			}
			rows = append(rows, keys)
		}
		if seen != nil && fmt.Sprint(seen) != fmt.Sprint(rows) {
			t.Errorf("%s, M=%d N=%d: the fused op sees %v, the generic ops %v", body, m, n, seen, rows)
		}
		seen = rows
	}
	return seen
}

// TestOffsetQueriesHandChecked: query row i of M sits at position
// i + N − M against N keys (a decode step, a chunk of a prefill), which
// every mask compares the keys with: checked by hand.
func TestOffsetQueriesHandChecked(t *testing.T) {
	all8 := []int{0, 1, 2, 3, 4, 5, 6, 7}
	for _, c := range []struct {
		m, n int
		body string
		want [][]int
	}{
		// One query against 8 keys sits at position 7: causal lets it see all 8.
		{1, 8, "s = mask(s, causal)", [][]int{all8}},
		// Three queries at positions 5, 6, 7.
		{3, 8, "s = mask(s, causal & window(2))", [][]int{{4, 5}, {5, 6}, {6, 7}}},
		{3, 8, "s = mask(s, window(2))", [][]int{{4, 5, 6, 7}, {5, 6, 7}, {6, 7}}},
		{3, 8, "s = mask(s, causal & (window(2) | sink(1)))", [][]int{{0, 4, 5}, {0, 5, 6}, {0, 6, 7}}},
		{3, 8, "s = mask(s, ki <= qi - 6)", [][]int{nil, {0}, {0, 1}}},
		{3, 8, "s = mask(s, causal)\n    s = where(qi == 6, s, s - 1000)", [][]int{{0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 7}}},
		// More queries than keys: positions −2…3, the first two before key 0.
		{6, 4, "s = mask(s, causal)", [][]int{nil, nil, {0}, {0, 1}, {0, 1, 2}, {0, 1, 2, 3}}},
		// One length: the rows.
		{4, 4, "s = mask(s, causal & window(2))", [][]int{{0}, {0, 1}, {1, 2}, {2, 3}}},
	} {
		got := seenKeys(t, c.m, c.n, c.body)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s, M=%d N=%d: rows see %v, want %v", strings.ReplaceAll(c.body, "\n    ", "; "), c.m, c.n, got, c.want)
		}
	}
}

// TestOffsetQueriesAgainstNaive runs every mask kind and score mod of
// attnCases with M queries against N keys — fewer (a decode step, a
// chunk), more, and as many — through the fused op and the generic ops,
// against the hand-written reference evaluated at the positions
// i + N − M.
func TestOffsetQueriesAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for _, c := range attnCases {
		for _, mn := range [][2]int{{1, 1 + r.IntN(150)}, {1 + r.IntN(40), 40 + r.IntN(120)}, {60 + r.IntN(60), 1 + r.IntN(50)}, {37, 37}} {
			M, N := mn[0], mn[1]
			off := N - M
			G := 1 + r.IntN(2)
			H := G * (1 + r.IntN(2))
			D := 1 + r.IntN(20)
			q, k, v := randTensor(r, H, M, D), randTensor(r, G, N, D), randTensor(r, G, N, D+1)
			allowed := func(h, i, j int) bool { return c.allowed(h, i+off, j) }
			mod := func(s float64, h, i, j int) float64 { return c.mod(s, h, i+off, j) }
			want := naive(q, k, v, 1/math.Sqrt(float64(D)), allowed, mod)
			for _, fuse := range []bool{true, false} {
				f := compileKernel(t, offsetKernel(D, D+1, c.body), fuse)
				res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v}, interp.Options{Workers: 2})
				if err != nil {
					t.Fatal(err)
				}
				if e, _ := interp.RelErr(res.Out, want); e > 1e-12 || math.IsNaN(e) {
					t.Errorf("%s (M=%d N=%d H=%d G=%d D=%d fused=%v): rel err %g", c.name, M, N, H, G, D, fuse, e)
				}
			}
		}
	}
}

// TestDecodeDiagonal: a decode step's diagonal tile is the last key tile
// (its query sits at the last key), so select(top: 1, keep: [diagonal])
// attends exactly keys 192…255 of 256.
func TestDecodeDiagonal(t *testing.T) {
	prog, err := frontend.Compile("t.attn", []byte(offsetKernel(8, 8, "s = mask(s, causal)")), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatal(err)
	}
	calls, err := frontend.ParsePipeline("tile(q: 64, k: 64); score(mean); select(top: 1, keep: [diagonal])")
	if err != nil {
		t.Fatal(err)
	}
	steps, err := passes.Pipeline(calls)
	if err != nil {
		t.Fatal(err)
	}
	f := prog.Module.Funcs[0]
	if _, err := passes.Run(f, steps, &passes.Options{VerifyEach: true}); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(4, 4))
	q, k, v := randTensor(r, 2, 1, 8), randTensor(r, 2, 256, 8), randTensor(r, 2, 256, 8)
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := naive(q, k, v, 1/math.Sqrt(8), func(h, i, j int) bool { return j >= 192 }, ident)
	if e, _ := interp.RelErr(res.Out, want); e > 1e-12 {
		t.Errorf("decode with the diagonal tile alone: rel err %g against keys 192…255", e)
	}
	if res.Stats.TilesVisited != 2 || res.Stats.Allowed != 2*256 || res.Stats.Computed != 2*64 {
		t.Errorf("decode with the diagonal tile alone: %d tiles, %d of %d pairs, want 2 tiles, 128 of 512", res.Stats.TilesVisited, res.Stats.Computed, res.Stats.Allowed)
	}
}
