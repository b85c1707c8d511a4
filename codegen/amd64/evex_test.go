package amd64

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// llvmMC returns the newest llvm-mc on PATH, or "".
func llvmMC() string {
	for _, name := range []string{"llvm-mc-22", "llvm-mc-19", "llvm-mc-18", "llvm-mc-17", "llvm-mc-14", "llvm-mc"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

var gpNames = []string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"}

// TestVDPBF16PSAgainstLLVM encodes register and memory forms over random
// registers and displacements and compares every byte with llvm-mc.
func TestVDPBF16PSAgainstLLVM(t *testing.T) {
	mc := llvmMC()
	if mc == "" {
		t.Skip("no llvm-mc on PATH: the encoder is checked by the fixed cases of TestVDPBF16PSKnown only")
	}
	r := rand.New(rand.NewPCG(9, 9))
	var src strings.Builder
	var want [][]byte
	for range 200 {
		d, s1, s2 := r.IntN(32), r.IntN(32), r.IntN(32)
		fmt.Fprintf(&src, "vdpbf16ps %%zmm%d, %%zmm%d, %%zmm%d\n", s2, s1, d)
		want = append(want, VDPBF16PSReg(d, s1, s2))
		base := r.IntN(16)
		if base&7 == 4 {
			base++
		}
		disp := []int{0, 64, -64, 128 * 64, 4096, 100, -129 * 64}[r.IntN(7)]
		fmt.Fprintf(&src, "vdpbf16ps %d(%%%s), %%zmm%d, %%zmm%d\n", disp, gpNames[base], s1, d)
		want = append(want, VDPBF16PSMem(d, s1, base, disp))
	}
	cmd := exec.Command(mc, "-show-encoding", "-mattr=+avx512bf16")
	cmd.Stdin = strings.NewReader(src.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", mc, err, out)
	}
	enc := regexp.MustCompile(`encoding: \[([^\]]*)\]`).FindAllStringSubmatch(string(out), -1)
	if len(enc) != len(want) {
		t.Fatalf("llvm-mc gave %d encodings for %d instructions:\n%s", len(enc), len(want), out)
	}
	lines := strings.Split(strings.TrimSpace(src.String()), "\n")
	for i, m := range enc {
		var got []byte
		for _, b := range strings.Split(m[1], ",") {
			x, _ := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(b), "0x"), 16, 8)
			got = append(got, byte(x))
		}
		if !bytes.Equal(got, want[i]) {
			t.Errorf("%s: llvm-mc % x, encoder % x", lines[i], got, want[i])
		}
	}
}

// TestVDPBF16PSKnown pins a few encodings read off llvm-mc 14.
func TestVDPBF16PSKnown(t *testing.T) {
	for _, c := range []struct {
		got  []byte
		want []byte
	}{
		{VDPBF16PSReg(1, 3, 2), []byte{0x62, 0xf2, 0x66, 0x48, 0x52, 0xca}},
		{VDPBF16PSMem(1, 3, 2, 64), []byte{0x62, 0xf2, 0x66, 0x48, 0x52, 0x4a, 0x01}},
		{VDPBF16PSMem(9, 15, 2, 0), []byte{0x62, 0x72, 0x06, 0x48, 0x52, 0x0a}},
		{VDPBF16PSMem(31, 20, 8, 4096), []byte{0x62, 0x42, 0x5e, 0x40, 0x52, 0x78, 0x40}},
	} {
		if !bytes.Equal(c.got, c.want) {
			t.Errorf("encoder % x, want % x", c.got, c.want)
		}
	}
}
