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

// scaleMaxKernels lists the scaling kernels: the portable one.
func scaleMaxKernels() map[string]func(x []float64, a []float32, c float64) float64 {
	return map[string]func(x []float64, a []float32, c float64) float64{"go": scaleMaxGo}
}

// scoreRowsKernels lists the in-place kernels: none.
func scoreRowsKernels() map[string]func(out []float32, ldo int, q, k []float32, d, S int) {
	return nil
}
