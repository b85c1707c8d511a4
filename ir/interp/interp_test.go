package interp_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attnc/attnc/frontend"
	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
	"github.com/attnc/attnc/passes"
	"github.com/attnc/attnc/runtime"
)

// naive is attention written out by hand, with the mask and score mod as Go
// closures: the independent reference the interpreter is checked against.
func naive(q, k, v *interp.Tensor, scale float64, allowed func(h, i, j int) bool, mod func(s float64, h, i, j int) float64) *interp.Tensor {
	H, N, D := q.Shape[0], q.Shape[1], q.Shape[2]
	G, M, Dv := k.Shape[0], k.Shape[1], v.Shape[2]
	out := interp.NewTensor(H, N, Dv)
	for h := range H {
		kh := h / (H / G)
		for i := range N {
			s := make([]float64, M)
			mx := math.Inf(-1)
			for j := range M {
				s[j] = math.Inf(-1)
				if !allowed(h, i, j) {
					continue
				}
				var dot float64
				for d := range D {
					dot += q.Data[(h*N+i)*D+d] * k.Data[(kh*M+j)*D+d]
				}
				s[j] = mod(scale*dot, h, i, j)
				mx = math.Max(mx, s[j])
			}
			if math.IsInf(mx, -1) {
				continue
			}
			var sum float64
			for j := range M {
				s[j] = math.Exp(s[j] - mx)
				sum += s[j]
			}
			for j := range M {
				for d := range Dv {
					out.Data[(h*N+i)*Dv+d] += s[j] / sum * v.Data[(kh*M+j)*Dv+d]
				}
			}
		}
	}
	return out
}

func randTensor(r *rand.Rand, shape ...int) *interp.Tensor {
	t := interp.NewTensor(shape...)
	for i := range t.Data {
		t.Data[i] = r.NormFloat64()
	}
	return t
}

type attnCase struct {
	name    string
	body    string // statements between the scores and the return
	allowed func(h, i, j int) bool
	mod     func(s float64, h, i, j int) float64
}

func ident(s float64, h, i, j int) float64 { return s }

var attnCases = []attnCase{
	{"dense", "", func(h, i, j int) bool { return true }, ident},
	{"causal", "s = mask(s, causal)", func(h, i, j int) bool { return j <= i }, ident},
	{"window", "s = mask(s, causal & window(5))", func(h, i, j int) bool { return j <= i && i-j < 5 }, ident},
	{"sink", "s = mask(s, causal & (window(4) | sink(3)))", func(h, i, j int) bool { return j <= i && (i-j < 4 || j < 3) }, ident},
	{"bool", "s = mask(s, ki <= qi - 2 | h == 1)", func(h, i, j int) bool { return j <= i-2 || h == 1 }, ident},
	{"not", "s = mask(s, !causal)", func(h, i, j int) bool { return j > i }, ident},
	{"alibi", "s = s - 0.25 * (h + 1) * (qi - ki)\n s = mask(s, causal)", func(h, i, j int) bool { return j <= i },
		func(s float64, h, i, j int) float64 { return s - 0.25*float64(h+1)*float64(i-j) }},
	{"softcap", "s = tanh(s / 3) * 3\n s = mask(s, causal)", func(h, i, j int) bool { return j <= i },
		func(s float64, h, i, j int) float64 { return math.Tanh(s/3) * 3 }},
	// A mask before a mod that does not keep -inf: masked pairs get weight
	// exp(-3), exactly as the dense program says.
	{"mask-then-cap", "s = mask(s, causal)\n s = tanh(s / 3) * 3", func(h, i, j int) bool { return true },
		func(s float64, h, i, j int) float64 {
			if j > i {
				return -3
			}
			return math.Tanh(s/3) * 3
		}},
	{"where", "s = where(qi - ki > 3, s - 1, s)", func(h, i, j int) bool { return true },
		func(s float64, h, i, j int) float64 {
			if i-j > 3 {
				return s - 1
			}
			return s
		}},
}

func compileKernel(t testing.TB, src string, fuse bool) *ir.Func {
	t.Helper()
	prog, err := frontend.Compile("t.attn", []byte(src), frontend.Options{CheckPass: passes.Check})
	if err != nil {
		t.Fatalf("compile:\n%v\n%s", err, src)
	}
	f := prog.Module.Funcs[0]
	steps, err := passes.Pipeline(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !fuse {
		steps = steps[:2] // shapes, canonicalize: evaluate the generic ops
	}
	if _, err := passes.Run(f, steps, &passes.Options{VerifyEach: true}); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestAttentionAgainstNaive runs every mask kind and score mod on random
// shapes (ragged N, GQA, head dims not a multiple of anything) through both
// the fused attention op and the generic ops, against the hand-written
// reference.
func TestAttentionAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, c := range attnCases {
		for trial := range 3 {
			G := 1 + r.IntN(2)
			H := G * (1 + r.IntN(3))
			N := 1 + r.IntN(150) // ragged: rarely a multiple of 64
			D := 1 + r.IntN(20)
			src := fmt.Sprintf(`kernel k(q: f32[H, N, %d], k: f32[G, N, %d], v: f32[G, N, %d]) -> f32[H, N, %d] {
    s = q @ k^T * rsqrt(%d)
    %s
    return softmax(s) @ v
}`, D, D, D+1, D+1, D, c.body)
			q, k, v := randTensor(r, H, N, D), randTensor(r, G, N, D), randTensor(r, G, N, D+1)
			want := naive(q, k, v, 1/math.Sqrt(float64(D)), c.allowed, c.mod)
			in := map[string]*interp.Tensor{"q": q, "k": k, "v": v}
			for _, fuse := range []bool{true, false} {
				f := compileKernel(t, src, fuse)
				hasAttn := f.Result.Op == ir.OpAttention
				if hasAttn != fuse {
					t.Fatalf("%s: fused=%v but result op is %s\n%s", c.name, fuse, f.Result.Op, f)
				}
				res, err := interp.Run(f, in, interp.Options{Workers: 2, Check: true})
				if err != nil {
					t.Fatal(err)
				}
				e, _ := interp.RelErr(res.Out, want)
				if e > 1e-12 || math.IsNaN(e) {
					t.Errorf("%s trial %d (H=%d G=%d N=%d D=%d fused=%v): rel err %g", c.name, trial, H, G, N, D, fuse, e)
				}
				if fuse && (res.Stats.Density != 1 || res.Stats.MassRecall != 1) {
					t.Errorf("%s: dense run has density %v mass_recall %v", c.name, res.Stats.Density, res.Stats.MassRecall)
				}
			}
		}
	}
}

func TestBindDimsErrors(t *testing.T) {
	f := compileKernel(t, `kernel k(q: f32[H, N, 8], k: f32[G, N, 8], v: f32[G, N, 8]) -> f32[H, N, 8] {
    return softmax(q @ k^T) @ v
}`, true)
	r := rand.New(rand.NewPCG(1, 1))
	cases := []struct {
		in   map[string]*interp.Tensor
		want string
	}{
		{map[string]*interp.Tensor{"q": randTensor(r, 2, 5, 8), "k": randTensor(r, 2, 6, 8), "v": randTensor(r, 2, 6, 8)},
			"input k has N = 6 (dim 1), but q has N = 5"},
		{map[string]*interp.Tensor{"q": randTensor(r, 2, 5, 8), "k": randTensor(r, 2, 5, 8)}, `missing input "v"`},
		{map[string]*interp.Tensor{"q": randTensor(r, 2, 5, 7), "k": randTensor(r, 2, 5, 8), "v": randTensor(r, 2, 5, 8)},
			"input q has shape [2 5 7], but dim 2 must be 8"},
		{map[string]*interp.Tensor{"q": randTensor(r, 3, 5, 8), "k": randTensor(r, 2, 5, 8), "v": randTensor(r, 2, 5, 8)},
			"query heads H=3 are not a multiple of key/value heads G=2"},
	}
	for _, c := range cases {
		_, err := interp.Run(f, c.in, interp.Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}

func TestRowsWithNothingAllowedAreZero(t *testing.T) {
	f := compileKernel(t, `kernel k(q: f32[H, N, 4], k: f32[H, N, 4], v: f32[H, N, 4]) -> f32[H, N, 4] {
    s = mask(q @ k^T, ki < qi)
    return softmax(s) @ v
}`, true)
	r := rand.New(rand.NewPCG(3, 3))
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": randTensor(r, 1, 3, 4), "k": randTensor(r, 1, 3, 4), "v": randTensor(r, 1, 3, 4)}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for d := range 4 {
		if got := res.Out.Data[d]; got != 0 {
			t.Fatalf("row 0 has no allowed key but output[%d] = %v", d, got)
		}
	}
}

// TestExamples runs every example file against the hand-written meaning it
// documents, on a ragged size with GQA where the kernel allows it.
func TestExamples(t *testing.T) {
	causal := func(h, i, j int) bool { return j <= i }
	cases := []struct {
		file    string
		h, g, d int
		allowed func(h, i, j int) bool
		mod     func(s float64, h, i, j int) float64
	}{
		{"causal.attn", 2, 2, 128, causal, ident},
		{"gqa.attn", 8, 2, 128, causal, ident},
		{"window.attn", 2, 2, 64, func(h, i, j int) bool { return j <= i && (i-j < 256 || j < 4) }, ident},
		{"alibi.attn", 3, 3, 64, causal, func(s float64, h, i, j int) float64 {
			s -= math.Pow(2, -float64(h+1)) * float64(i-j)
			return math.Tanh(s/30) * 30
		}},
	}
	r := rand.New(rand.NewPCG(5, 5))
	for _, c := range cases {
		src, err := os.ReadFile(filepath.Join("..", "..", "examples", c.file))
		if err != nil {
			t.Fatal(err)
		}
		f := compileKernel(t, string(src), true)
		const n = 300
		q, k, v := randTensor(r, c.h, n, c.d), randTensor(r, c.g, n, c.d), randTensor(r, c.g, n, c.d)
		res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": k, "v": v}, interp.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := naive(q, k, v, 1/math.Sqrt(float64(c.d)), c.allowed, c.mod)
		// The kernels return f16/bf16: compare after the same rounding.
		want = roundLike(want, f.ResultType.DType)
		if e, _ := interp.RelErr(res.Out, want); e > 1e-6 {
			t.Errorf("%s: rel err %g against the hand-written meaning", c.file, e)
		}
	}
}

func roundLike(t *interp.Tensor, dt ir.DType) *interp.Tensor {
	out := interp.NewTensor(t.Shape...)
	for i, x := range t.Data {
		f := float32(x)
		switch dt {
		case ir.F16:
			f = runtime.F16ToF32(runtime.F32ToF16(f))
		case ir.BF16:
			f = runtime.BF16ToF32(runtime.F32ToBF16(f))
		}
		out.Data[i] = float64(f)
	}
	return out
}

// TestNaNRowIsNaN: a NaN in q makes that row's scores NaN; the row comes
// out NaN (dense softmax's answer), not 0 as if nothing were allowed, and
// the other rows are untouched.
func TestNaNRowIsNaN(t *testing.T) {
	f := compileKernel(t, `kernel k(q: f32[H, N, 4], k: f32[H, N, 4], v: f32[H, N, 4]) -> f32[H, N, 4] {
    s = mask(q @ k^T, causal)
    return softmax(s) @ v
}`, true)
	r := rand.New(rand.NewPCG(3, 4))
	q := randTensor(r, 1, 5, 4)
	q.Data[2*4+1] = math.NaN()
	res, err := interp.Run(f, map[string]*interp.Tensor{"q": q, "k": randTensor(r, 1, 5, 4), "v": randTensor(r, 1, 5, 4)}, interp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		for d := range 4 {
			if x := res.Out.Data[i*4+d]; (x != x) != (i == 2) {
				t.Fatalf("row %d: output[%d] = %v (only row 2 reads the NaN)", i, d, x)
			}
		}
	}
}
