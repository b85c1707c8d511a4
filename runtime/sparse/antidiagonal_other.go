//go:build !amd64

package sparse

// scorePanelKernels lists the kernels this CPU can run: the portable one.
func scorePanelKernels() map[string]func(out []float32, ldo int, q, k []float32, n int) {
	return map[string]func(out []float32, ldo int, q, k []float32, n int){"go": scorePanelGo}
}

// expShiftKernels lists the exponential kernels: the portable one.
func expShiftKernels() map[string]func(dst, x []float64, mx float64) {
	return map[string]func(dst, x []float64, mx float64){"go": expShiftGo}
}
