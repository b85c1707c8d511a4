//go:build amd64

package sparse

import (
	"math"

	"github.com/attnc/attnc/runtime"
	"golang.org/x/sys/cpu"
)

func init() {
	switch {
	case runtime.HasAVX512:
		scorePanel, expShift, scaleMax, scoreRows = scorePanelZMM, expShiftZMM, scaleMaxZMM, scoreRowsZMM
		gatePanel, gateInPlace, gateNorms = scorePanelZMM, scoreRowsZMM, gateNormsAVX512
		packPanelK = packPanelZMM
		meanDots, tokenDots = meanDotsAVX512, tokenDotsAVX512
		gatherDots, gatherPV = gatherDotsAVX512, gatherPVAVX512
		estDotsBF16 = estDotsBF16AVX512
		gateMax, gateAbove, gateSort, gateList = gateMaxAVX512, gateAboveAVX512, gateSortAVX512, gateListAVX512
		gateMax4, gateKth = gateMax4AVX512, gateKthAVX512
		tokenPart, tokenKeep, tokenBand, tokenIota = tokenPartZMM, tokenKeepZMM, tokenBandZMM, tokenIotaZMM
		tokenPart32, tokenKeep32, tokenBand32 = tokenPart32ZMM, tokenKeep32ZMM, tokenBand32ZMM
		permDots = permDotsAVX512
		tokenEst = [4]func(**float32, **float32, *float32, int, int){tokenEst8AVX512, tokenEst4AVX512, tokenEst2AVX512, tokenEst1AVX512}
		if cpu.X86.HasAVX && cpu.X86.HasFMA { // math.Exp's FMA path (math/exp_amd64.go's useFMA)
			goExp = goExpAVX512
		}
		poolF32 = [2]func(*float64, *float32, int, int, float64){poolMeanAVX512, poolDivAVX512}
		poolGather = [2]func(*float64, *float32, *int, int, int, float64){poolGatherAVX512, poolGatherDivAVX512}
		if cpu.X86.HasF16C {
			poolU16[0] = [2]func(*float64, *uint16, int, int, float64){poolMeanF16AVX512, poolDivF16AVX512}
		}
		poolU16[1] = [2]func(*float64, *uint16, int, int, float64){poolMeanBF16AVX512, poolDivBF16AVX512}
	case runtime.HasAVX2:
		scorePanel, expShift, scaleMax, scoreRows = scorePanelYMM, expShiftYMM, scaleMaxYMM, scoreRowsYMM
		gatePanel, gateInPlace = scorePanelYMM, scoreRowsYMM
	}
}

// expShiftKernels is scorePanelKernels for expShift.
func expShiftKernels() map[string]func(dst, x []float64, mx float64) {
	ks := map[string]func(dst, x []float64, mx float64){"go": expShiftGo}
	if cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ {
		ks["avx512"] = expShiftZMM
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks["avx2"] = expShiftYMM
	}
	return ks
}

// expShiftZMM and expShiftYMM run the generated kernels on whole groups of
// 8 and adExp on the rest.
func expShiftZMM(dst, x []float64, mx float64) {
	n := len(x) &^ 7
	dst = dst[:len(x)]
	if n > 0 {
		expShiftAVX512(&dst[0], &x[0], n, mx)
	}
	expShiftGo(dst[n:], x[n:], mx)
}

func expShiftYMM(dst, x []float64, mx float64) {
	n := len(x) &^ 7
	dst = dst[:len(x)]
	if n > 0 {
		expShiftAVX2(&dst[0], &x[0], n, mx)
	}
	expShiftGo(dst[n:], x[n:], mx)
}

// scorePanelKernels lists the kernels this CPU can run, whatever
// ATTNC_NOSIMD says, for the tests that hold them to the same bits.
func scorePanelKernels() map[string]func(out []float32, ldo int, q, k []float32, n int) {
	ks := map[string]func(out []float32, ldo int, q, k []float32, n int){"go": scorePanelGo}
	if cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ {
		ks["avx512"] = scorePanelZMM
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks["avx2"] = scorePanelYMM
	}
	return ks
}

// scorePanelZMM and scorePanelYMM check the slices' lengths and call the
// generated kernels (score_amd64.s).
func scorePanelZMM(out []float32, ldo int, q, k []float32, n int) {
	if n == 0 {
		scorePanelGo(out, ldo, q, k, n)
		return
	}
	_, _, _ = out[(adRows-1)*ldo+adCols-1], q[n*adRows-1], k[n*adCols-1]
	scorePanelAVX512(&out[0], ldo, &q[0], &k[0], n)
}

func scorePanelYMM(out []float32, ldo int, q, k []float32, n int) {
	if n == 0 {
		scorePanelGo(out, ldo, q, k, n)
		return
	}
	_, _, _ = out[(adRows-1)*ldo+adCols-1], q[n*adRows-1], k[n*adCols-1]
	scorePanelAVX2(&out[0], ldo, &q[0], &k[0], n)
}

// scaleMaxKernels is scorePanelKernels for scaleMax.
func scaleMaxKernels() map[string]func(x []float64, a []float32, c float64) float64 {
	ks := map[string]func(x []float64, a []float32, c float64) float64{"go": scaleMaxGo}
	if cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ {
		ks["avx512"] = scaleMaxZMM
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks["avx2"] = scaleMaxYMM
	}
	return ks
}

// scaleMaxZMM and scaleMaxYMM run the generated kernels on whole groups of
// 8 and scaleMaxGo on the rest; a NaN anywhere makes the maximum NaN, as
// Go's max does.
func scaleMaxZMM(x []float64, a []float32, c float64) float64 {
	n := len(a) &^ 7
	x = x[:len(a)]
	m := math.Inf(-1)
	if n > 0 {
		var nan bool
		if m, nan = scaleMaxAVX512(&x[0], &a[0], n, c); nan {
			m = math.NaN()
		}
	}
	return max(m, scaleMaxGo(x[n:], a[n:], c))
}

func scaleMaxYMM(x []float64, a []float32, c float64) float64 {
	n := len(a) &^ 7
	x = x[:len(a)]
	m := math.Inf(-1)
	if n > 0 {
		var nan bool
		if m, nan = scaleMaxAVX2(&x[0], &a[0], n, c); nan {
			m = math.NaN()
		}
	}
	return max(m, scaleMaxGo(x[n:], a[n:], c))
}

// scoreRowsKernels lists the in-place kernels this CPU can run.
func scoreRowsKernels() map[string]func(out []float32, ldo int, q, k []float32, d, S int) {
	ks := map[string]func(out []float32, ldo int, q, k []float32, d, S int){}
	if cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ {
		ks["avx512"] = scoreRowsZMM
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks["avx2"] = scoreRowsYMM
	}
	return ks
}

// scoreRowsZMM and scoreRowsYMM check the slices' lengths and call the
// generated kernels with q at the first group's last query.
func scoreRowsZMM(out []float32, ldo int, q, k []float32, d, S int) {
	if d == 0 || S == 0 {
		clearBlock(out, ldo)
		return
	}
	_, _, _ = out[(adRows-1)*ldo+adCols-1], q[adRows*S*d-1], k[S*d*adCols-1]
	scoreRowsAVX512(&out[0], ldo, &q[(S-1)*d], S*d, &k[0], d, S)
}

func scoreRowsYMM(out []float32, ldo int, q, k []float32, d, S int) {
	if d == 0 || S == 0 {
		clearBlock(out, ldo)
		return
	}
	_, _, _ = out[(adRows-1)*ldo+adCols-1], q[adRows*S*d-1], k[S*d*adCols-1]
	scoreRowsAVX2(&out[0], ldo, &q[(S-1)*d], S*d, &k[0], d, S)
}

func clearBlock(out []float32, ldo int) {
	for r := range adRows {
		clear(out[r*ldo : r*ldo+adCols])
	}
}

// packPanelZMM checks the slices' lengths and calls the gather kernel.
func packPanelZMM(dst, k []float32, d, S int) {
	if d == 0 || S == 0 {
		return
	}
	_, _ = dst[S*d*adCols-1], k[adCols*S*d-1]
	packPanelAVX512(&dst[0], &k[0], d, S)
}
