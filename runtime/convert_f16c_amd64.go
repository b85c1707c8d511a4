//go:build amd64

package runtime

import (
	"os"

	"golang.org/x/sys/cpu"
)

// The F16C loops (convert_amd64.s) where the CPU has them, for loads and
// stores of f16 tensors; ATTNC_NOSIMD=1 turns them off with the other
// SIMD paths.
func init() {
	if cpu.X86.HasF16C && cpu.X86.HasAVX2 && os.Getenv("ATTNC_NOSIMD") == "" {
		f16ToF32Fast, f32ToF16Fast = f16ToF32F16C, f32ToF16F16C
	}
}
