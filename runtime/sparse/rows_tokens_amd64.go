//go:build amd64

package sparse

// tokenPartZMM, tokenKeepZMM and the rest check the slack the kernels'
// whole-register stores need (8 lanes of float64, 16 of float32) and
// call them.
func tokenPartZMM(x []float64, p float64, gt, lt []float64) (ngt, nlt, neq int) {
	if len(x) == 0 {
		return 0, 0, 0
	}
	_, _ = gt[len(x)+7], lt[len(x)+7]
	return tokenPartAVX512(&x[0], len(x), p, &gt[0], &lt[0])
}

func tokenKeepZMM(out []int32, x []float64, idx []int32, t float64, tj int32) int {
	if len(x) == 0 {
		return 0
	}
	_, _ = out[len(x)+7], idx[len(x)-1]
	return tokenKeepAVX512(&out[0], &x[0], &idx[0], len(x), t, tj)
}

func tokenBandZMM(x []float64, lo, hi float64, band []int32) (above, nband int) {
	if len(x) == 0 {
		return 0, 0
	}
	_ = band[len(x)+7]
	return tokenBandAVX512(&x[0], len(x), lo, hi, &band[0])
}

func tokenPart32ZMM(x []float32, p float32, gt, lt []float32) (ngt, nlt, neq int) {
	if len(x) == 0 {
		return 0, 0, 0
	}
	_, _ = gt[len(x)+15], lt[len(x)+15]
	return tokenPart32AVX512(&x[0], len(x), p, &gt[0], &lt[0])
}

func tokenKeep32ZMM(out []int32, x []float32, idx []int32, t float32, tj int32) int {
	if len(x) == 0 {
		return 0
	}
	_, _ = out[len(x)+15], idx[len(x)-1]
	return tokenKeep32AVX512(&out[0], &x[0], &idx[0], len(x), t, tj)
}

func tokenBand32ZMM(x []float32, lo, hi float32, band []int32) (above, nband int) {
	if len(x) == 0 {
		return 0, 0
	}
	_ = band[len(x)+15]
	return tokenBand32AVX512(&x[0], len(x), lo, hi, &band[0])
}

func tokenIotaZMM(dst []int32, start int32) {
	if len(dst) > 0 {
		tokenIotaAVX512(&dst[0], len(dst), start)
	}
}
