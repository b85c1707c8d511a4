package nvptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/llir/llvm/ir"

	"github.com/attnc/attnc/internal/ctaemu"
	"github.com/attnc/attnc/runtime/abi"
	"github.com/attnc/attnc/runtime/sparse"
)

// TestSelectMassEmulated runs the select kernel on the CPU
// (internal/ctaemu) and holds its lists to the host's selection
// (sparse.BlockSelect) on the kernel's own scores, row for row — mode
// mass (select_mass.go), and modes all (rows of up to 2000 candidates
// sorted), top and density beside it. The rows are built to reach every path: mass spread over
// thousands of tiles (a long row, many candidates taken), peaked rows
// (a few), ties of equal scores (the lower tile first), tails of scores
// below 2⁻²⁹ (the sum's exact warp scan cannot take them: the one-by-one
// adds must), mass that never reaches τ (every candidate), forced tiles
// holding τ alone (none), min_blocks above what the mass needs, and the
// softmax of raw scores (mode mean) beside scores given as
// probabilities (antidiagonal).
func TestSelectMassEmulated(t *testing.T) {
	tools, err := ctaemu.Find()
	if err != nil {
		t.Skip(err)
	}
	cases := []selectCase{
		{"mass", 0, 0, 3, 2000, false, true, 0.9, 0, []rowKind{spread, peaked, tinyTail}, true, true, 0},
		{"mass", 0, 0, 3, 1300, false, true, 0.95, 0, []rowKind{ties, short, forcedAll}, true, true, 0},
		{"mass", 0, 0, 2, 4096, false, true, 0.9, 0, []rowKind{ones}, true, true, 0},
		{"mass", 0, 0, 3, 700, false, true, 0.5, 40, []rowKind{peaked, spread, ties}, false, true, 0},
		{"mass", 0, 0, 40, 40, true, false, 0.9, 0, []rowKind{spread, peaked}, true, true, 0},
		{"mass", 0, 0, 2, 4096, false, false, 0.9, 0, []rowKind{spread, peaked}, true, false, 0},
		{"all", 0, 0, 3, 2000, false, true, 0, 0, []rowKind{spread, ties, peaked}, true, true, 0},
		{"all", 0, 0, 40, 40, true, false, 0, 0, []rowKind{spread, ties}, false, true, 0},
		{"top", 37, 0, 3, 1500, false, true, 0, 0, []rowKind{ties, spread, peaked}, true, true, 0},
		// The k-th inside the middle value's ties, the top value's
		// tiles spread through the row: the compaction places taken
		// ties among larger codes, and takes exactly the first ones.
		{"top", 700, 0, 3, 1500, false, true, 0, 0, []rowKind{ties}, true, true, 0},
		{"density", 0, 0.1, 40, 40, true, false, 0, 3, []rowKind{spread, ties}, true, true, 0},
		{"density", 0, 0.1, 1, 700, false, false, 0, 0, []rowKind{spread, ties}, true, true, DecodeRows},
		// Sorted by the radix sort (select_sort.go): every candidate of
		// long rows (an early stop's density 1, no ranking rounds), a
		// row just past the rank path's 256 (two slots); past 2048 the
		// bitonic sort.
		{"density", 0, 1, 3, 1100, false, false, 0, 0, []rowKind{ties, spread, peaked}, true, true, 0},
		{"top", 600, 0, 3, 1000, false, true, 0, 0, []rowKind{ties, spread}, false, true, 0},
		{"all", 0, 0, 2, 3000, false, true, 0, 0, []rowKind{ties, spread}, true, true, 0},
		{"mass", 0, 0, 1, 700, false, false, 0.9, 0, []rowKind{peaked, spread}, true, true, DecodeRows},
	}
	r := rand.New(rand.NewPCG(41, 42))
	for ci, c := range cases {
		sorts := []string{"radix"}
		if c.mode != "mass" && c.nk > 256 {
			// Long rows sorted both ways (ATTNC_SELECT_SORT).
			sorts = append(sorts, "bitonic")
		}
		for _, sort := range sorts {
			t.Setenv("ATTNC_SELECT_SORT", sort)
			c.run(t, tools, r, fmt.Sprintf("case %d (%s, nq %d, nk %d, probs %v, mass %g, %s sort)", ci, c.mode, c.nq, c.nk, c.probs, c.mass, sort))
		}
	}
}

// selectCase is one of TestSelectMassEmulated's rows of select kernels.
type selectCase struct {
	mode     string
	top      int
	density  float64
	nq, nk   int
	causal   bool
	probs    bool
	mass     float64
	minBlks  int
	kinds    []rowKind
	sink     bool
	diagonal bool
	m        int // the queries, if not nq·64: a decode run (≤ DecodeRows) gets its rows padded
}

// run emits the case's select kernel, runs it on the emulator and holds
// its lists to the host's selection on its own scores.
func (c selectCase) run(t *testing.T, tools ctaemu.Tools, r *rand.Rand, name string) {
	const h, bq, bk = 2, 64, 64
	sp := selectSpec{probs: c.probs, mode: c.mode, mass: c.mass, top: c.top, density: c.density, minBlks: c.minBlks, sink: c.sink, diagonal: c.diagonal, bq: bq, bk: bk}
	g := &gen{m: ir.NewModule(), intrinsics: map[string]*ir.Func{}}
	k := g.scoreSelect("t_sel", 64, 0.125, sp)
	ll := g.m.String()

	cls := make([]byte, c.nq*c.nk) // one table for every head (ch = 0)
	for I := range c.nq {
		for J := range c.nk {
			if !c.causal || J <= I {
				cls[I*c.nk+J] = 1
			}
		}
	}
	e := make([]float32, h*c.nq*c.nk)
	for row := range h * c.nq {
		I := row % c.nq
		x := e[row*c.nk : (row+1)*c.nk]
		massRow(r, x, c.kinds[row%len(c.kinds)], c.probs, I, c.nk, c.causal)
	}
	eb := &ctaemu.Buf{Data: f32Bytes(e)}
	list := &ctaemu.Buf{Data: fill(4*h*c.nq*2*c.nk, 0xfe)}
	m := c.nq * bq
	if c.m > 0 {
		m = c.m
	}
	if err := tools.Run(ll, k.Name, [3]int{c.nq, h, 1}, k.BlockRows, &ctaemu.Buf{Data: cls}, int32(0), eb, list, int32(c.nq), int32(c.nk), int32(m), int32(0)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	// The host's selection on the kernel's scores (E, -1 where
	// not allowed), as the GPU tests compare them.
	e64 := f64sOfF32Bytes(eb.Data)
	spec := abi.SelectSpec{Mode: c.mode, Mass: c.mass, Top: c.top, Density: c.density, MinBlocks: c.minBlks, Sink: c.sink, Diagonal: c.diagonal, BQ: bq, BK: bk}
	want := sparse.BlockSelect(e64, h, c.nq, c.nk, spec, nil, m, m) // off = 0, as the kernel is given
	short, unwritten := sameLists(t, name, want, i32sOfBytes(list.Data), c.nk, map[bool]int{true: c.nk}[m <= DecodeRows], func(row int) string { return fmt.Sprintf("row %d (kind %d)", row, c.kinds[row%len(c.kinds)]) })
	if c.mode != "mass" && m > DecodeRows && short && !unwritten {
		t.Errorf("%s: every list is padded to its end: the kernel should end a list with one -1", name)
	}
}

// rowKind is the shape of a test row's scores (massRow).
type rowKind int

const (
	spread    rowKind = iota // mass over most tiles
	peaked                   // a few tiles hold most of it
	ties                     // three values, each many times
	tinyTail                 // big tiles a little short of τ, then scores below 2⁻²⁹
	short                    // probabilities summing to 0.9: τ above it is never reached
	forcedAll                // the diagonal alone holds τ
	ones                     // "probabilities" in [0.5, 1) everywhere: the row's fixed-point mass near its largest
)

// i32sOfBytes reads little-endian int32 words.
func i32sOfBytes(b []byte) []int32 {
	out := make([]int32, len(b)/4)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// f64sOfF32Bytes reads little-endian float32 words as float64s.
func f64sOfF32Bytes(b []byte) []float64 {
	out := make([]float64, len(b)/4)
	for i := range out {
		out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])))
	}
	return out
}

// sameLists fails the test at the first row (of 2·nk entries: tiles, then
// flags) whose list got differs from the host's want; what names a row.
// A row is its tiles and the -1 after them (cuda.EndLists). Past that -1
// an entry is -1 (mode mass clears the candidates it wrote past the
// tiles it took) or the test's poison (0xfe bytes), unwritten, unless
// the rows are padded to the end of the chunk of chunk entries that
// holds the -1 (chunk nk: a decode run of at most DecodeRows queries;
// compListChunk: a list a compensating attention reads; 0: not padded).
// It says whether a list's padding ended before nk entries and whether
// some entry was left unwritten.
func sameLists(t *testing.T, name string, want, got []int32, nk int, chunk int, what func(row int) string) (short, unwritten bool) {
	t.Helper()
	const poison = -0x01010102 // 0xfefefefe
	for row := range len(want) / (2 * nk) {
		a, b := want[row*2*nk:(row+1)*2*nk], got[row*2*nk:(row+1)*2*nk]
		n := listLen(a[:nk])
		end := n + 1 // entries from end on may be unwritten
		if chunk > 0 {
			end = (n + chunk) / chunk * chunk
		}
		short = short || end < nk
		for i := range 2 * nk {
			x, y := a[i], b[i]
			if i%nk >= end && (y == poison || y == -1) {
				unwritten = unwritten || y == poison
				continue
			}
			if x != y {
				t.Fatalf("%s: %s: entry %d is %d, want %d (host takes %d, kernel %d)", name, what(row), i, y, x, n, listLen(b[:nk]))
			}
		}
	}
	return short, unwritten
}

// listLen is the number of tiles before the list's -1 padding.
func listLen(l []int32) int {
	if i := slices.Index(l, -1); i >= 0 {
		return i
	}
	return len(l)
}

// massRow fills x, row I's scores: probabilities of the kind asked (probs)
// or raw log₂ scores whose softmax has that shape.
func massRow(r *rand.Rand, x []float32, kind rowKind, probs bool, I, nk int, causal bool) {
	n := nk
	if causal {
		n = I + 1
	}
	w := make([]float64, n)
	switch kind {
	case spread:
		for j := range w {
			w[j] = math.Exp(0.5 * r.NormFloat64())
		}
	case peaked:
		for j := range w {
			w[j] = math.Exp(4 * r.NormFloat64())
		}
	case ties:
		v := []float64{1, 2, 4}
		for j := range w {
			w[j] = v[r.IntN(3)]
		}
	case tinyTail:
		for j := range w {
			w[j] = 0x1p-40 * (1 + r.Float64())
		}
		for range 5 {
			w[r.IntN(n)] = 0.17 + 0.01*r.Float64()
		}
	case short:
		for j := range w {
			w[j] = math.Exp(0.5 * r.NormFloat64())
		}
	case ones:
		for j := range x {
			x[j] = float32(0.5 + 0.5*r.Float64())
		}
		return
	case forcedAll:
		for j := range w {
			w[j] = 1e-3 * r.Float64()
		}
		w[min(I, n-1)] = float64(n) // the diagonal tile (bq = bk)
	}
	sum := 0.0
	for _, v := range w {
		sum += v
	}
	if kind == short {
		sum /= 0.9
	}
	for j := range x {
		x[j] = float32(math.Inf(-1))
		if !probs {
			x[j] = 0 // masked tiles' scores are never read
		}
	}
	for j, v := range w {
		if probs {
			x[j] = float32(v / sum)
		} else {
			x[j] = float32(math.Log2(v))
		}
	}
}
