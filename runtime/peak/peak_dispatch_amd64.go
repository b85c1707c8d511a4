package peak

import "golang.org/x/sys/cpu"

func available() bool { return true }
func runZMM(n int)    { peakZMM(n) }
func runYMM(n int)    { peakYMM(n) }

// readFunc is the widest bandwidth probe the CPU runs.
func readFunc() func(p *byte, n int) {
	switch {
	case cpu.X86.HasAVX512F:
		return readZMM
	case cpu.X86.HasAVX2:
		return readYMM
	}
	return nil
}
