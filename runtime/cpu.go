package runtime

import (
	"os"

	"golang.org/x/sys/cpu"
)

// HasAVX512 reports whether generated kernels may use their AVX-512 tile
// kernels: the CPU has AVX-512 F and DQ (and the OS saves the zmm state,
// which x/sys/cpu checks). ATTNC_NOSIMD=1 turns them off, to run or test
// the portable Go loops on any machine.
var HasAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ && os.Getenv("ATTNC_NOSIMD") == ""
