package amd64

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// functions splits Go assembly into TEXT blocks by function name.
func functions(asm string) map[string]string {
	out := map[string]string{}
	re := regexp.MustCompile(`(?m)^TEXT ·(\w+)\(SB\)`)
	idx := re.FindAllStringSubmatchIndex(asm, -1)
	for i, m := range idx {
		end := len(asm)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		out[asm[m[2]:m[3]]] = asm[m[0]:end]
	}
	return out
}

// TestKernelsShape checks the emitted code as the Go tree's test/codegen
// does: the inner loops are FMAs on zmm registers, nothing spills to the
// stack (frames are $0 and no instruction addresses SP), and the kernels
// clean up the upper zmm state before returning.
func TestKernelsShape(t *testing.T) {
	asm, stubs, err := Generate("k", Spec{QKDims: []int{64, 128}, PVDims: []int{64, 128}})
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	for _, name := range []string{QKName(64), QKName(128), PVName(64), PVName(128), ExpName, MaxName, MaskName} {
		body, ok := fns[name]
		if !ok {
			t.Fatalf("no function %s in:\n%s", name, asm)
		}
		if !strings.Contains(body, ", $0-") {
			t.Errorf("%s has a stack frame (spills):\n%s", name, firstLines(body, 3))
		}
		if strings.Contains(body, "(SP)") {
			t.Errorf("%s addresses the stack", name)
		}
		if !strings.Contains(body, "VZEROUPPER") {
			t.Errorf("%s does not clear the upper zmm state", name)
		}
		if !strings.Contains(string(stubs), "func "+name+"(") {
			t.Errorf("no Go stub for %s", name)
		}
	}
	for _, name := range []string{QKName(64), PVName(64)} {
		if n := strings.Count(fns[name], "VFMADD231PS"); n < 16 {
			t.Errorf("%s has %d VFMADD231PS, want its inner loop to be FMAs", name, n)
		}
	}
	// qk64: a 4-row block is 64 steps of 16 FMAs, fully unrolled.
	if n := strings.Count(fns[QKName(64)], "VFMADD231PS"); n != 64*16+64*4 {
		t.Errorf("qk64 has %d FMAs, want %d (4-row blocks and the 1-row tail)", n, 64*16+64*4)
	}
	for _, name := range []string{QKNameAVX2(64), PVNameAVX2(128), ExpNameAVX2, MaxNameAVX2} {
		body := fns[name]
		if body == "" || strings.Contains(body, "Z") && regexp.MustCompile(`\bZ\d`).MatchString(body) {
			t.Errorf("%s missing or uses zmm registers", name)
		}
		if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
			t.Errorf("%s spills", name)
		}
	}
	if !strings.Contains(fns[ExpName], "VSCALEFPS") || strings.Contains(fns[ExpName], "VEXP2PS") {
		t.Errorf("exp must use VSCALEFPS and not VEXP2PS (AVX512ER faults here)")
	}
	a2, s2, _ := Generate("k", Spec{QKDims: []int{128, 64}, PVDims: []int{128, 64, 64}})
	if string(a2) != string(asm) || string(s2) != string(stubs) {
		t.Error("generation is not deterministic (or depends on the order of the dims)")
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

// TestPeakProbe: the probe is PeakChains FMAs per iteration and width.
// (CI regenerates runtime/peak and fails on a diff.)
func TestPeakProbe(t *testing.T) {
	asm, _, err := GeneratePeak("peak")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(asm), "VFMADD231PS"); n != 2*PeakChains {
		t.Errorf("peak probe has %d FMAs, want %d", n, 2*PeakChains)
	}
	// The bandwidth probes: ReadBlock bytes of full-width loads per
	// iteration and nothing from the stack.
	fns := functions(string(asm))
	for name, load := range map[string]string{"readZMM": "VMOVDQU64", "readYMM": "VMOVDQU "} {
		body := fns[name]
		if n := strings.Count(body, load); n*map[string]int{"readZMM": 64, "readYMM": 32}[name] != ReadBlock || strings.Contains(body, "(SP)") {
			t.Errorf("%s: %d loads of %s:\n%s", name, n, load, body)
		}
	}
}

// TestBF16KernelBytes: the bf16 kernel carries VDPBF16PS as the encoder's
// bytes — d/2 pair steps × 16 products in a 4-row block, × 4 in the 1-row
// tail — and keeps to registers.
func TestBF16KernelBytes(t *testing.T) {
	const d = 64
	asm, _, err := Generate("k", Spec{QKDims: []int{d}, PVDims: []int{d}, BF16Dims: []int{d}})
	if err != nil {
		t.Fatal(err)
	}
	body := functions(string(asm))[QKBF16Name(d)]
	if body == "" {
		t.Fatal("no bf16 kernel")
	}
	want := d / 2 * (16 + 4)
	if n := strings.Count(body, "BYTE         $0x62"); n != want {
		t.Errorf("%d EVEX prefixes, want %d VDPBF16PS", n, want)
	}
	first := VDPBF16PSReg(0, 20, 16)
	var seq []string
	for _, b := range first {
		seq = append(seq, fmt.Sprintf("BYTE         $0x%02x", b))
	}
	if !strings.Contains(body, strings.Join(seq, "\n\t")) {
		t.Errorf("the first product is not vdpbf16ps %%zmm16, %%zmm20, %%zmm0 (% x)", first)
	}
	if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
		t.Error("bf16 kernel spills")
	}
}

// TestConvertLoops checks the runtime's F16C loops: the conversion
// instructions with round-to-nearest-even, no spills, the upper state
// cleared, and deterministic output.
func TestConvertLoops(t *testing.T) {
	asm, stubs, err := GenerateConvert("runtime")
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	for name, insn := range map[string]string{"f16ToF32F16C": "VCVTPH2PS", "f32ToF16F16C": "VCVTPS2PH $0x00"} {
		body := fns[name]
		if !strings.Contains(body, insn) || !strings.Contains(body, "VZEROUPPER") || strings.Contains(body, "(SP)") {
			t.Errorf("%s: want %s, VZEROUPPER and no stack use:\n%s", name, insn, body)
		}
		if !strings.Contains(string(stubs), "func "+name+"(") {
			t.Errorf("no Go stub for %s", name)
		}
	}
	if a2, _, _ := GenerateConvert("runtime"); string(a2) != string(asm) {
		t.Error("generation is not deterministic")
	}
}

// TestPrepareKernels: the prepare step's kernels keep everything in
// registers, and transpose64 is four 16 × 16 register transposes per
// block of 16 keys (32 lane shuffles each), not gathers.
func TestPrepareKernels(t *testing.T) {
	asm, _, err := Generate("k", Spec{QKDims: []int{64}, PVDims: []int{64}, TransposeDims: []int{64}, ColSumDims: []int{64, 128}})
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	for _, name := range []string{TransposeName(64), ColSumName(64), ColSumName(128)} {
		body, ok := fns[name]
		if !ok {
			t.Fatalf("no function %s", name)
		}
		if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
			t.Errorf("%s spills:\n%s", name, firstLines(body, 3))
		}
		if !strings.Contains(body, "VZEROUPPER") {
			t.Errorf("%s does not clear the upper zmm state", name)
		}
	}
	tr := fns[TransposeName(64)]
	if n := strings.Count(tr, "VSHUFF32X4"); n != 4*32 {
		t.Errorf("transpose64 has %d VSHUFF32X4, want %d", n, 4*32)
	}
	if strings.Contains(tr, "GATHER") {
		t.Errorf("transpose64 gathers")
	}
	// colsum rounds each product before adding (the Go loop's bits): no FMA.
	if n := strings.Count(fns[ColSumName(128)], "VADDPS"); n != 8 || strings.Contains(fns[ColSumName(128)], "VFMADD") {
		t.Errorf("colsum128 has %d VADDPS (want 8) or an FMA", n)
	}
	if _, _, err := Generate("k", Spec{QKDims: []int{64}, ColSumDims: []int{40}}); err == nil {
		t.Errorf("colsum of width 40 accepted")
	}
}

// TestEveryHeadDim: the kernels of every head dim the CPU target gives
// them (multiples of 16 up to 512) generate — one row per block and value
// columns in chunks past 256, loops over the head dims past 128 — and keep
// to registers.
func TestEveryHeadDim(t *testing.T) {
	var ds []int
	for d := 16; d <= 512; d += 16 {
		ds = append(ds, d)
	}
	asm, _, err := Generate("k", Spec{QKDims: ds, PVDims: ds, TransposeDims: ds})
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	for _, d := range ds {
		for _, name := range []string{QKName(d), PVName(d), TransposeName(d), QKNameAVX2(d), PVNameAVX2(d)} {
			body, ok := fns[name]
			if !ok {
				t.Fatalf("no function %s", name)
			}
			if !strings.Contains(body, ", $0-") || strings.Contains(body, "(SP)") {
				t.Errorf("%s spills:\n%s", name, firstLines(body, 3))
			}
		}
	}
	// pv512: two chunks of 16 vectors, one row at a time, V read by the FMAs.
	if n := len(regexp.MustCompile(`VFMADD231PS\s+\d*\(`).FindAllString(fns[PVName(512)], -1)); n != 32 {
		t.Errorf("pv512 has %d FMAs reading V, want 32", n)
	}
}

// TestMaskedPV: pvm<DV>, for cut tiles, merges every FMA under the opmask
// of its row's P ≠ 0 (a masked key's NaN in V must not reach acc); its
// AVX2 twin branches over such keys; pv<DV> has neither.
func TestMaskedPV(t *testing.T) {
	asm, _, err := Generate("k", Spec{QKDims: []int{64}, PVDims: []int{64, 128, 512}})
	if err != nil {
		t.Fatal(err)
	}
	fns := functions(string(asm))
	masked := regexp.MustCompile(`VFMADD231PS\s+[^\n]*, K\d, Z\d+`)
	for _, dv := range []int{64, 128, 512} {
		m, p := fns[PVMaskedName(dv)], fns[PVName(dv)]
		if n, all := len(masked.FindAllString(m, -1)), strings.Count(m, "VFMADD231PS"); n == 0 || n != all {
			t.Errorf("%s: %d of %d FMAs under an opmask, want all", PVMaskedName(dv), n, all)
		}
		if strings.Count(m, "VCMPPS") == 0 || strings.Contains(p, "VCMPPS") || masked.MatchString(p) {
			t.Errorf("pv%d / pvm%d: the compares belong to pvm only", dv, dv)
		}
		if !strings.Contains(fns[PVMaskedNameAVX2(dv)], "TESTL") || strings.Contains(fns[PVNameAVX2(dv)], "TESTL") {
			t.Errorf("pvm%dAVX2 must test P, pv%dAVX2 must not", dv, dv)
		}
	}
}
