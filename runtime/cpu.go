package runtime

import (
	"os"

	"golang.org/x/sys/cpu"
)

// HasAVX512 reports whether generated kernels may use their AVX-512 tile
// kernels: the CPU has AVX-512 F and DQ (and the OS saves the zmm state,
// which x/sys/cpu checks). HasAVX2 reports the same for the AVX2 versions
// (AVX2 and FMA). ATTNC_NOSIMD=1 turns both off, to run the portable Go
// loops on any machine; ATTNC_NOAVX512=1 turns off AVX-512 only, to run the
// AVX2 kernels on an AVX-512 machine.
var (
	HasAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ && os.Getenv("ATTNC_NOSIMD") == "" && os.Getenv("ATTNC_NOAVX512") == ""
	HasAVX2   = cpu.X86.HasAVX2 && cpu.X86.HasFMA && os.Getenv("ATTNC_NOSIMD") == ""
	// HasAVX512BF16 enables the VDPBF16PS kernels for bf16 inputs
	// (ATTNC_NOBF16=1 turns them off alone).
	HasAVX512BF16 = HasAVX512 && cpu.X86.HasAVX512BF16 && os.Getenv("ATTNC_NOBF16") == ""
	// HasAVX512BW enables the AVX-512 decode kernels that widen bf16 keys
	// and values (VPMOVZXWD on zmm is AVX512BW); without it they run on
	// AVX2. HasF16C enables the AVX2 decode kernels that widen f16 ones
	// (VCVTPH2PS; the AVX-512 form is AVX512F).
	HasAVX512BW = HasAVX512 && cpu.X86.HasAVX512BW
	HasF16C     = HasAVX2 && cpu.X86.HasF16C
)
