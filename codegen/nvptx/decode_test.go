package nvptx_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/attnc/attnc/codegen/nvptx"
	"github.com/attnc/attnc/runtime/cuda"
)

// decodeKernelSrc is a kernel whose queries (qlen) are not its keys, of
// element type dt and head dims d (keys) and dv (values).
func decodeKernelSrc(dt, qlen string, d, dv int, mask, schedule string) string {
	src := fmt.Sprintf(`kernel k(q: %[1]s[H, %[2]s, %[3]d], k: %[1]s[G, N, %[3]d], v: %[1]s[G, N, %[4]d]) -> %[1]s[H, %[2]s, %[4]d] {
    s = q @ k^T * rsqrt(%[3]d)
    s = s - 0.0625 * (qi - ki)
    s = mask(s, %[5]s)
    return softmax(s) @ v
}
`, dt, qlen, d, dv, mask)
	if schedule != "" {
		src += "schedule k {\n    " + strings.ReplaceAll(schedule, "; ", "\n    ") + "\n}\n"
	}
	return src
}

// decodeLensSrc is a decode kernel over a KV cache with key lengths
// (lens: i32[B]), its mask reading h, with schedule sched ("" for none).
func decodeLensSrc(dt, sched string) string {
	src := fmt.Sprintf(`kernel k(q: %[1]s[H, M, 128], k: %[1]s[G, N, 128], v: %[1]s[G, N, 128], lens: i32[B]) -> %[1]s[H, M, 128] {
    s = q @ k^T * rsqrt(128)
    s = mask(s, causal & (ki < 1000 + 64 * h | ki > qi - 300))
    return softmax(s) @ v
}
`, dt)
	if sched != "" {
		src += "schedule k {\n    " + strings.ReplaceAll(sched, "; ", "\n    ") + "\n}\n"
	}
	return src
}

// TestDecodeKernels: an attention step whose queries are not its keys gets
// the decode kernels (a variant per rows per CTA, and the combine) next to
// its attention kernel, in the plan's "decode" launches, for every element
// type and head dim the decode kernel takes, dense and listed; llc compiles
// them. Steps that cannot take the path (a permutation, an early exit, M
// and N one dim) get none.
func TestDecodeKernels(t *testing.T) {
	llc, _, llcErr := nvptx.FindLLC()
	for _, c := range []struct {
		dt, qlen string
		d, dv    int
		sched    string
		want     bool
	}{
		{"bf16", "M", 128, 128, "", true},
		{"f16", "1", 64, 64, "", true},
		{"f32", "M", 128, 64, "", true},
		{"bf16", "M", 256, 256, "", true},
		{"bf16", "M", 32, 96, "", true},
		{"bf16", "M", 128, 128, "score(mean); select(density: 0.2, keep: [sink, diagonal])", true},
		{"bf16", "M", 128, 128, "score(mean); select(density: 0.2); early_stop(eps: 1e-3)", false},
		{"bf16", "N", 128, 128, "", false},
		{"bf16", "M", 80, 80, "", false},
	} {
		what := fmt.Sprintf("%s q[H,%s,%d] v %d %q", c.dt, c.qlen, c.d, c.dv, c.sched)
		p := lower(t, "k.attn", []byte(decodeKernelSrc(c.dt, c.qlen, c.d, c.dv, "causal & window(100)", c.sched)))[0]
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		var variants, combine int
		for _, k := range kernels {
			switch k.Kind {
			case cuda.KindDecode:
				variants++
				if k.DType != c.dt || k.D != c.d || k.DV != c.dv || k.Mask == nil {
					t.Errorf("%s: decode kernel %s: %+v", what, k.Name, k)
				}
			case cuda.KindDecodeCombine:
				combine++
				want := c.dt // a tensor-core kernel's store rounds to the output's type
				if c.dt == "f32" || c.d > 128 || c.d%64 != 0 || c.dv%64 != 0 {
					want = "f32" // the scalar kernel's output; the host rounds it
				}
				if k.OutType != want {
					t.Errorf("%s: the combine stores %s, want %s (the attention kernel's output)", what, k.OutType, want)
				}
			}
		}
		if got := variants == 4 && combine == 1; got != c.want || !c.want && variants+combine > 0 {
			t.Errorf("%s: %d decode kernels and %d combines, want the decode path: %v", what, variants, combine, c.want)
		}
		plan, err := nvptx.Plan(p, kernels, "", "sm_90a")
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		launches := 0
		for _, st := range plan.Steps {
			for _, l := range st.Launches {
				if l.What == "decode" {
					launches += len(l.Kernels)
				}
			}
		}
		if launches != variants+combine {
			t.Errorf("%s: the plan launches %d decode kernels, want %d", what, launches, variants+combine)
		}
		if c.want && llcErr == nil {
			if _, _, err := nvptx.CompilePTX(ll); err != nil {
				t.Errorf("%s: llc %s: %v", what, llc, err)
			}
		}
	}
}

// TestDecodeLaunchMatchesPTX: the arguments runtime/cuda passes to the
// decode and combine kernels (Kernel.DecodeLaunch, CombineLaunch) are
// their PTX entries' parameters, in number, order and width, and the
// block is the threads they are compiled for.
func TestDecodeLaunchMatchesPTX(t *testing.T) {
	llc, major, err := nvptx.FindLLC()
	if err != nil {
		t.Skip(err)
	}
	for _, dt := range []string{"bf16", "f32", "lens"} {
		src := decodeKernelSrc(dt, "M", 64, 64, "causal", "")
		if dt == "lens" { // key lengths: lens and hs after the others
			src = decodeLensSrc("f16", "")
		}
		p := lower(t, "k.attn", []byte(src))[0]
		ll, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor(nvptx.Target(major)))
		if err != nil {
			t.Fatal(err)
		}
		ptx, _, err := nvptx.CompilePTXWith(ll, llc, major)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, k := range kernels {
			var block [3]uint32
			var args []any
			switch k.Kind {
			case cuda.KindDecode:
				_, block, args = k.DecodeLaunch(cuda.AttentionArgs{H: 2, M: 1, N: 64, Group: 1, Lens: []int32{64}}, cuda.Buffer{}, cuda.Buffer{}, 1, 1, 1)
				if k.Lens != (dt == "lens") {
					t.Errorf("%s: %s reads key lengths: %v", dt, k.Name, k.Lens)
				}
			case cuda.KindDecodeCombine:
				_, block, args = k.CombineLaunch(cuda.Buffer{}, cuda.Buffer{}, cuda.Buffer{}, 2, 1)
			default:
				continue
			}
			n++
			body := entryBody(ptx, k.Name)
			if got, want := argWidths(args), paramWidths(body); !slices.Equal(got, want) {
				t.Errorf("%s: %s takes %v, the launch passes %v", dt, k.Name, want, got)
			}
			if mt := maxThreads(body); mt != int(block[0]) {
				t.Errorf("%s: %s is compiled for %d threads, launched with %d", dt, k.Name, mt, block[0])
			}
		}
		if n != len([]int{1, 2, 4, 8})+1 {
			t.Errorf("%s: %d decode kernels checked, want 5", dt, n)
		}
	}
}

// TestKeyLengthsNeedDecode: only the decode kernels read key lengths, so a
// kernel with them whose attention cannot take the decode path is refused
// at its step, saying why; one that can gets decode kernels that read them.
func TestKeyLengthsNeedDecode(t *testing.T) {
	p := lower(t, "k.attn", []byte(decodeLensSrc("f16", "")))[0]
	_, kernels, err := nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, k := range kernels {
		if k.Kind == cuda.KindDecode && k.Lens {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d decode kernels read key lengths, want 4", n)
	}
	same := strings.Replace(decodeLensSrc("f16", ""), "q: f16[H, M, 128]", "q: f16[H, N, 128]", 1)
	same = strings.Replace(same, "-> f16[H, M, 128]", "-> f16[H, N, 128]", 1)
	p = lower(t, "k.attn", []byte(same))[0]
	_, _, err = nvptx.GenerateWith(p, nvptx.OptionsFor("sm_90a"))
	if err == nil || !strings.Contains(err.Error(), "k.attn:") || !strings.Contains(err.Error(), "take the decode kernels only") || !strings.Contains(err.Error(), "q's length N is k's") {
		t.Errorf("queries that are the keys, with key lengths: %v", err)
	}
}
