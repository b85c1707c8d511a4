package amd64

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/sys/cpu"
)

// TestDecodeKernelsShape: the decode kernels keep to registers, read
// their keys and values in the stored type (F16C, or a zero extension and
// shift for bf16; no f32 copy of K or V), and reduce their accumulators
// with shuffles.
func TestDecodeKernelsShape(t *testing.T) {
	spec := Spec{QKDims: []int{128}, PVDims: []int{128},
		Dots:     []Typed{{128, F32}, {128, F16}, {128, BF16}, {256, F16}, {64, F32}},
		PVDecode: []Typed{{128, F32}, {128, F16}, {128, BF16}, {256, BF16}}}
	asm, stubs, err := Generate("k", spec)
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	var names []string
	for _, d := range spec.Dots {
		names = append(names, DotName(d.Dim, d.Elem), DotNameAVX2(d.Dim, d.Elem))
	}
	for _, p := range spec.PVDecode {
		for _, m := range []bool{false, true} {
			names = append(names, PVDecodeName(p.Dim, p.Elem, m), PVDecodeNameAVX2(p.Dim, p.Elem, m))
		}
	}
	for _, name := range names {
		body, ok := fns[name]
		if !ok {
			t.Fatalf("no function %s", name)
		}
		if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
			t.Errorf("%s spills:\n%s", name, firstLines(body, 3))
		}
		if !strings.Contains(body, "VZEROUPPER") || !strings.Contains(string(stubs), "func "+name+"(") {
			t.Errorf("%s: no VZEROUPPER or no stub", name)
		}
		avx2 := strings.HasSuffix(name, "AVX2")
		if avx2 && regexp.MustCompile(`\bZ\d`).MatchString(body) {
			t.Errorf("%s uses zmm registers", name)
		}
		switch {
		case strings.Contains(name, "bf16"):
			if !strings.Contains(body, "VPMOVZXWD") || !regexp.MustCompile(`VPSLLD\s+\$0x10`).MatchString(body) {
				t.Errorf("%s does not widen bf16 by a zero extension and a shift", name)
			}
		case strings.Contains(name, "f16"):
			if !strings.Contains(body, "VCVTPH2PS") {
				t.Errorf("%s does not widen f16 with VCVTPH2PS", name)
			}
		}
	}
	// A 16-key block of one row: 16 keys × 8 chunks of FMAs, then reduce16
	// (16 unpacks, 8 VSHUFPS, 6 VSHUFF32X4).
	body := fns[DotName(128, F16)]
	if n := strings.Count(body, "VSHUFF32X4"); n != 2*6 {
		t.Errorf("qd128f16: %d VSHUFF32X4, want 6 per reduce16 and two reduce16", n)
	}
	if n := strings.Count(body, "VFMADD231PS"); n != 16*8+8*4+16*8+8 {
		t.Errorf("qd128f16: %d FMAs, want %d (4×4 blocks, their tail, 16-key blocks, their tail)", n, 16*8+8*4+16*8+8)
	}
	// f32 keys of a row whose Q stays in registers are read by the FMAs.
	if n := len(regexp.MustCompile(`VFMADD231PS\s+\d*\(SI\)|VFMADD231PS\s+\d*\(R\d+\)|VFMADD231PS\s+\d*\([A-Z]+\), Z\d+, Z\d+`).FindAllString(fns[DotName(64, F32)], -1)); n == 0 {
		t.Errorf("qd64f32 loads every key chunk into a register")
	}
	if _, _, err := Generate("k", Spec{PVDecode: []Typed{{40, F16}}}); err == nil {
		t.Error("a decode pv kernel of value dim 40 was accepted")
	}
	// Every decode kernel prefetches the rows it reads next; the prefill
	// path's P·V does not.
	for _, name := range names {
		if !strings.Contains(fns[name], "PREFETCHT0") {
			t.Errorf("%s does not prefetch", name)
		}
	}
	if strings.Contains(fns[PVName(128)], "PREFETCH") || strings.Contains(fns[PVNameAVX2(128)], "PREFETCH") {
		t.Error("the prefill path's pv128 prefetches")
	}
	// One prefetch of a listed tile per Go element type: a PREFETCHT0 in
	// a loop of stride steps, no vector registers.
	for _, e := range []Elem{F32, F16} {
		body, ok := fns[PrefetchName(e)]
		if !ok || !strings.Contains(string(stubs), "func "+PrefetchName(e)+"(p *"+e.goType()+", lines int, stride int)") {
			t.Fatalf("no %s, or no stub for it", PrefetchName(e))
		}
		if !strings.Contains(body, "PREFETCHT0") || !strings.Contains(body, "JMP") || regexp.MustCompile(`\b[XYZ]\d`).MatchString(body) {
			t.Errorf("%s is not a loop of PREFETCHT0:\n%s", PrefetchName(e), body)
		}
	}
	if PrefetchName(F16) != PrefetchName(BF16) || strings.Count(string(stubs), "func prefetch") != 2 {
		t.Error("f16 and bf16 rows do not share one prefetch kernel")
	}
}

// TestDecodeKernelsAgainstTwins builds the decode kernels of head dims 16,
// 64, 128 and 272 (whose Q is read from memory) for f32, f16 and bf16
// into a program that runs them, AVX-512 and AVX2, against their portable
// twins in runtime (DecodeQK*, DecodePV*) on random rows and keys — ragged
// counts, the 4-row and 16-key blocks and their tails — with the score
// rows poisoned past the keys (no kernel writes there), masked keys whose
// V holds NaN, and scores that overflow float32 (NaN on every path).
func TestDecodeKernelsAgainstTwins(t *testing.T) {
	if !cpu.X86.HasAVX2 || !cpu.X86.HasFMA || !cpu.X86.HasF16C {
		t.Skip("no AVX2, FMA and F16C: the kernels cannot run here")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go on PATH: %v", err)
	}
	dims := []int{16, 64, 128, 272}
	var spec Spec
	for _, d := range dims {
		for _, e := range []Elem{F32, F16, BF16} {
			spec.Dots = append(spec.Dots, Typed{d, e})
			spec.PVDecode = append(spec.PVDecode, Typed{d, e})
		}
		spec.PVDims = append(spec.PVDims, d)
	}
	asm, stubs, err := Generate("main", spec)
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sum, _ := os.ReadFile(filepath.Join(root, "go.sum"))
	files := map[string][]byte{
		"k_amd64.s":  asm,
		"k_amd64.go": stubs,
		"main.go":    []byte(twinsMain(dims)),
		"go.sum":     sum,
		"go.mod":     []byte(fmt.Sprintf("module decodetest\n\ngo 1.26\n\nrequire github.com/attnc/attnc v0.0.0\n\nreplace github.com/attnc/attnc => %s\n", root)),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "CGO_ENABLED=0", "GOPROXY=off", "GOSUMDB=off")
	for _, args := range [][]string{{"vet", "."}, {"build", "-o", "twins.bin", "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	cmd := exec.Command(filepath.Join(dir, "twins.bin"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	t.Logf("%s", out)
}

// twinsMain is the program of TestDecodeKernelsAgainstTwins: a table of
// every kernel with its twin, random cases, and a non-zero exit on the
// first difference.
func twinsMain(dims []int) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"

	"github.com/attnc/attnc/runtime"
	"golang.org/x/sys/cpu"
)

type qkFn func(s, q []float32, k any, rows, cols int, scale float32)
type pvFn func(acc, p []float32, v any, rows, cols int)

type qkCase struct {
	name string
	d    int
	elem string
	fn   qkFn
}

type pvCase struct {
	name   string
	d      int
	elem   string
	masked bool
	fn     pvFn
}

func main() {
	avx512 := cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ && cpu.X86.HasAVX512BW
	var qks []qkCase
	var pvs []pvCase
`)
	for _, d := range dims {
		for _, e := range []Elem{F32, F16, BF16} {
			for _, avx2 := range []bool{false, true} {
				name := DotName(d, e)
				if avx2 {
					name = DotNameAVX2(d, e)
				}
				cond := "avx512"
				if avx2 {
					cond = "true"
				}
				fmt.Fprintf(&b, "\tif %s {\n\t\tqks = append(qks, qkCase{%q, %d, %q, func(s, q []float32, k any, rows, cols int, scale float32) {\n\t\t\t%s(&s[0], &q[0], &k.([]%s)[0], rows, cols, scale)\n\t\t}})\n\t}\n",
					cond, name, d, e, name, e.goType())
				for _, masked := range []bool{false, true} {
					pname := PVDecodeName(d, e, masked)
					if avx2 {
						pname = PVDecodeNameAVX2(d, e, masked)
					}
					fmt.Fprintf(&b, "\tif %s {\n\t\tpvs = append(pvs, pvCase{%q, %d, %q, %v, func(acc, p []float32, v any, rows, cols int) {\n\t\t\t%s(&acc[0], &p[0], &v.([]%s)[0], rows, cols)\n\t\t}})\n\t}\n",
						cond, pname, d, e, masked, pname, e.goType())
				}
			}
		}
	}
	b.WriteString(`	fails := 0
	fail := func(format string, args ...any) {
		fmt.Printf(format+"\n", args...)
		if fails++; fails > 20 {
			os.Exit(1)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	shapes := [][2]int{{1, 1}, {1, 15}, {1, 16}, {1, 17}, {1, 64}, {2, 33}, {3, 7}, {4, 4}, {4, 5}, {4, 64}, {5, 19}, {8, 48}, {9, 61}, {16, 64}}
	for _, c := range qks {
		for _, sh := range shapes {
			rows, cols := sh[0], sh[1]
			for _, huge := range []bool{false, true} {
				q := randoms(r, rows*c.d, 1)
				kf := randoms(r, cols*c.d, 1)
				if huge { // scores past float32's range: NaN on every path
					for i := range q {
						q[i] *= 1e20
					}
					for i := range kf {
						kf[i] *= 1e20
					}
				}
				k, kw := typed(kf, c.elem)
				got, want := poisoned(rows), poisoned(rows)
				c.fn(got, q, k, rows, cols, 0.125)
				switch c.elem {
				case "f32":
					runtime.DecodeQK(want, q, kw.([]float32), rows, cols, c.d, 0.125)
				case "f16":
					runtime.DecodeQKF16(want, q, kw.([]uint16), rows, cols, c.d, 0.125)
				case "bf16":
					runtime.DecodeQKBF16(want, q, kw.([]uint16), rows, cols, c.d, 0.125)
				}
				for i := 0; i < rows; i++ {
					for j := 0; j < runtime.DecodeCols; j++ {
						g, w := got[i*runtime.DecodeCols+j], want[i*runtime.DecodeCols+j]
						if j >= cols {
							if math.Float32bits(g) != poison {
								fail("%s rows %d cols %d: wrote S[%d, %d] past the keys", c.name, rows, cols, i, j)
							}
							continue
						}
						var mag float64
						for l := 0; l < c.d; l++ {
							mag += math.Abs(float64(q[i*c.d+l]) * float64(widen(kw, c.elem, j*c.d+l)))
						}
						if !near(g, w, 1e-5*0.125*mag) {
							fail("%s rows %d cols %d: S[%d, %d] = %g, twin %g", c.name, rows, cols, i, j, g, w)
						}
					}
				}
			}
		}
	}
	for _, c := range pvs {
		for _, sh := range shapes {
			rows, cols := sh[0], sh[1]
			vf := randoms(r, cols*c.d, 1)
			p := make([]float32, rows*runtime.DecodeCols)
			for i := range p {
				p[i] = float32(r.Float64())
			}
			if c.masked {
				for j := 0; j < cols; j++ {
					if r.IntN(4) == 0 { // key j masked in every row: P = 0, a NaN in its V
						for i := 0; i < rows; i++ {
							p[i*runtime.DecodeCols+j] = 0
						}
						vf[j*c.d+r.IntN(c.d)] = float32(math.NaN())
					}
				}
			}
			v, vw := typed(vf, c.elem)
			acc := randoms(r, rows*c.d, 1)
			got, want := append([]float32(nil), acc...), append([]float32(nil), acc...)
			c.fn(got, p, v, rows, cols)
			switch c.elem {
			case "f32":
				runtime.DecodePV(want, p, vw.([]float32), rows, cols, c.d, c.masked)
			case "f16":
				runtime.DecodePVF16(want, p, vw.([]uint16), rows, cols, c.d, c.masked)
			case "bf16":
				runtime.DecodePVBF16(want, p, vw.([]uint16), rows, cols, c.d, c.masked)
			}
			for i := range got {
				if !near(got[i], want[i], 1e-5*(float64(float32abs(acc[i]))+3*float64(cols))) {
					fail("%s rows %d cols %d: acc[%d] = %g, twin %g", c.name, rows, cols, i, got[i], want[i])
				}
				if c.masked && math.IsNaN(float64(got[i])) {
					fail("%s: a masked key's NaN reached acc[%d]", c.name, i)
				}
			}
		}
	}
	if fails > 0 {
		os.Exit(1)
	}
	fmt.Printf("%d Q·K and %d P·V kernels agree with their twins\n", len(qks), len(pvs))
}

const poison = 0x7fc0dead

func poisoned(rows int) []float32 {
	s := make([]float32, rows*runtime.DecodeCols)
	for i := range s {
		s[i] = math.Float32frombits(poison)
	}
	return s
}

func randoms(r *rand.Rand, n int, scale float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(scale * r.NormFloat64())
	}
	return x
}

// typed returns xs in elem ([]float32, or []uint16 of f16 or bf16 bits)
// twice: the kernel's argument and the twin's, one slice.
func typed(xs []float32, elem string) (any, any) {
	if elem == "f32" {
		return xs, xs
	}
	h := make([]uint16, len(xs))
	for i, x := range xs {
		if elem == "f16" {
			h[i] = runtime.F32ToF16(x)
		} else {
			h[i] = runtime.F32ToBF16(x)
		}
	}
	return h, h
}

func widen(xs any, elem string, i int) float32 {
	switch elem {
	case "f16":
		return runtime.F16ToF32(xs.([]uint16)[i])
	case "bf16":
		return runtime.BF16ToF32(xs.([]uint16)[i])
	}
	return xs.([]float32)[i]
}

func float32abs(x float32) float32 { return float32(math.Abs(float64(x))) }

// near: both NaN, or equal infinities, or within tol.
func near(g, w float32, tol float64) bool {
	if math.IsNaN(float64(g)) || math.IsNaN(float64(w)) {
		return math.IsNaN(float64(g)) && math.IsNaN(float64(w))
	}
	return g == w || math.Abs(float64(g)-float64(w)) <= tol+1e-30
}
`)
	return b.String()
}
