package sparse

import (
	"fmt"
	"os"
)

// The per-row gather attention's products (the CPU kernel of rowattention,
// docs/gen.md): a query row against the keys its own list selects, read
// where they lie. The generated item gathers each row's key indices, the
// mask applied; GatherDots scores them, the softmax runs in the generated
// package, and GatherPV sums the values. Both run in float32 as the tile
// kernels do, on AVX-512 (codegen/amd64 gather.go) or in the portable
// loops below.

// gatherDots and gatherPV are the AVX-512 kernels, nil on other CPUs
// (antidiagonal_amd64.go installs them).
var (
	gatherDots func(s, q, k *float32, idx *int32, n, d int, c float32)
	gatherPV   func(acc, p, v *float32, idx *int32, n, dv int)
)

// GatherDots writes s[t] = c·q·k[idx[t]] for t < len(idx), with the key
// rows of k len(q) long.
func GatherDots(s, q, k []float32, idx []int32, c float32) {
	d := len(q)
	if len(idx) == 0 {
		return
	}
	s = s[:len(idx)]
	if gatherDots != nil && d%16 == 0 && d > 0 {
		checkRows(idx, len(k)/d) // the kernel reads rows unchecked
		gatherDots(&s[0], &q[0], &k[0], &idx[0], len(idx), d, c)
		return
	}
	gatherDotsGo(s, q, k, idx, c)
}

func gatherDotsGo(s, q, k []float32, idx []int32, c float32) {
	d := len(q)
	for t, j := range idx {
		kr := k[int(j)*d : int(j)*d+d]
		var a0, a1, a2, a3 float32
		l := 0
		for ; l+4 <= d; l += 4 {
			a0 += q[l] * kr[l]
			a1 += q[l+1] * kr[l+1]
			a2 += q[l+2] * kr[l+2]
			a3 += q[l+3] * kr[l+3]
		}
		for ; l < d; l++ {
			a0 += q[l] * kr[l]
		}
		s[t] = c * ((a0 + a1) + (a2 + a3))
	}
}

// GatherPV adds Σ_t p[t]·v[idx[t]] to acc, the value rows len(acc) long.
func GatherPV(acc, p, v []float32, idx []int32) {
	dv := len(acc)
	if len(idx) == 0 {
		return
	}
	p = p[:len(idx)]
	if gatherPV != nil && dv%64 == 0 && dv > 0 {
		checkRows(idx, len(v)/dv)
		gatherPV(&acc[0], &p[0], &v[0], &idx[0], len(idx), dv)
		return
	}
	gatherPVGo(acc, p, v, idx)
}

func gatherPVGo(acc, p, v []float32, idx []int32) {
	dv := len(acc)
	for t, j := range idx {
		pt := p[t]
		vr := v[int(j)*dv : int(j)*dv+dv]
		for l, y := range vr {
			acc[l] += pt * y
		}
	}
}

// checkRows panics unless every index is a row of a slice of rows rows.
func checkRows(idx []int32, rows int) {
	lim := uint32(min(rows, 1<<31-1))
	for _, j := range idx {
		if uint32(j) >= lim {
			panic(fmt.Sprintf("sparse: gathered row %d of %d", j, rows))
		}
	}
}

// rowFillItems is how many items RowFill looks at, at most.
const rowFillItems = 32

// rowPath forces RowGathers's answer: ATTNC_ROWS=gather or union (the
// tests run both paths on the same inputs); empty, RowFill decides.
var rowPath = os.Getenv("ATTNC_ROWS")

// RowGathers reports whether the CPU kernel gathers each row's keys
// (RowFill below 0.5) rather than running the tile kernel over the union
// of a query tile's rows' key tiles (RowTiles).
func RowGathers(rows []int32, h, m, w, n, block int, tokens bool, bq, bk int) bool {
	switch rowPath {
	case "gather":
		return true
	case "union":
		return false
	}
	return RowFill(rows, h, m, w, n, block, tokens, bq, bk) < 0.5
}

// RowFill is how much of the union of their key tiles the rows' own lists
// fill (RowTiles's arguments): the keys the rows select over bq·bk per
// (head, query tile, key tile) the union holds, the mask not applied. The
// CPU kernel gathers each row's keys below 0.5 and runs the tile kernel
// over the union above: a gathered key costs about a quarter to a half of
// a union tile's pair, per key (BENCHMARKS.md, issue 18). It is measured on
// at most rowFillItems (head, query tile) items spread evenly over the run
// (every item's entries, 8 M of them for HISA's tokens at 4K, cost a fifth
// of the attention they choose a path for).
func RowFill(rows []int32, h, m, w, n, block int, tokens bool, bq, bk int) float64 {
	if !tokens && block <= 0 || bq <= 0 || bk <= 0 {
		return 1
	}
	nq, nk := (m+bq-1)/bq, (n+bk-1)/bk
	seen := make([]int, nk) // stamp: item+1 when the item's rows select a key in the tile
	keys, tiles := 0, 0
	step := max(1, h*nq/rowFillItems)
	for item := 0; item < h*nq; item += step {
		hh, I := item/nq, item%nq
		for i := I * bq; i < min((I+1)*bq, m); i++ {
			for _, x := range rows[(hh*m+i)*w : (hh*m+i+1)*w] {
				if x < 0 {
					break
				}
				lo, hi := entryKeys(x, tokens, block, n)
				keys += hi - lo
				for J := lo / bk; J*bk < hi; J++ {
					if seen[J] != item+1 {
						seen[J] = item + 1
						tiles++
					}
				}
			}
		}
	}
	if tiles == 0 {
		return 0
	}
	return float64(keys) / float64(tiles*bq*bk)
}
