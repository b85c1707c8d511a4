// Package plot draws block-sparse attention selections as PNG images.
//
// It backs `attnc run -plot out.png`: for every attention head it shows the
// estimated softmax mass of each tile of the attention matrix (query tile I ×
// key tile J) and which tiles the selection kept, in which order, and where
// early stopping cut the list short.
//
// # Reading the picture
//
// The image has one column per head, left to right in the order the heads
// were given, separated by a narrow white gap. Inside a column, rows are
// query tiles (tile 0 at the top) and columns are key tiles (tile 0 at the
// left); each tile is a square of Options.Cell pixels. Every column holds two
// panels of the same size:
//
//   - Top panel, the block-score heatmap: the estimate E[I][J] on a log
//     scale, log10 clamped to [-6, 0] (mass 1e-6 or less is darkest, mass 1 is
//     brightest), in a viridis-like colormap: dark purple (low) → blue → teal
//     → green → yellow (high). Tiles the causal mask leaves empty (score -1,
//     or any negative score) are light gray (220,220,220). A NaN score is
//     drawn as the lowest value.
//   - Bottom panel, the selection for the same grid, colored as described
//     next.
//
// Colors of the selection panel, for query tile I:
//
//   - not selected: the heatmap color dimmed to 30% brightness, so the mass
//     the selection dropped stays faintly visible;
//   - forced (the first Forced[I] entries of List[I]: diagonal, sink, ...):
//     magenta (230,0,230);
//   - processed (the other entries before index Visited[I]): colored by
//     processing rank among them, from bright yellow (255,240,0) for the
//     first processed to red (210,0,0) for the last processed, linearly in
//     between (a single such tile is yellow);
//   - skipped by early stopping (entries at index Visited[I] or later):
//     blue (40,90,255);
//   - not allowed by the mask and not selected: light gray (220,220,220), as
//     in the top panel.
//
// Nil Forced means no forced entries, nil Visited means every entry was
// processed, and a nil List shows only the dimmed heatmap. Selection colors
// win over the mask's gray if a listed tile is not allowed. A tile listed more than once takes the color of its first occurrence. A
// forced entry is drawn magenta even if Visited would call it skipped.
//
// # Text
//
// The picture carries its own key, in the 7×13 fixed font of
// golang.org/x/image/font/basicfont: Options.Title (one line per "\n") at
// the top; "head k" above each head's column (or just k, or nothing, when
// the column is too narrow); on the left "query tile", written bottom to
// top, and the first and last query tile's number beside each panel; below
// the panels the first and last key tile's number under each column and
// "key tile". Under those, a colour bar spans the image: the heatmap
// colormap from log10 mass -6 (left) to 0 (right), captioned "block score
// (top panels)". Last comes the selection's key, swatches with their
// meaning in as many columns as the width allows: forced, processed (a
// yellow-to-red gradient, first to last), skipped by the early stop, not
// selected (dimmed) and masked. The background is white.
//
// # Layout
//
// With cell size c (Options.Cell; when 0, the largest c in 1..8 with
// nk·c <= 512, or 1 if none), grid nq × nk and h heads, each panel is nk·c
// pixels wide and nq·c pixels tall. The panels of head k start at
// x = left + k·(nk·c + 4), the top panels at y = top and the bottom panels
// at y = top + nq·c + 4, where left holds a 4-pixel margin, a 15-pixel text
// line (the rotated axis label) and the query tick numbers, and top holds
// the margin and one 15-pixel line per title line and one for the head
// labels. The image is as wide as the panels or the widest text line plus
// the margins, whichever is wider; below the panels come two text lines
// (key ticks, axis label), the 8-pixel colour bar with its caption line, a
// line saying what the key is, and the key's rows. Size reports the
// result.
//
// Output is deterministic: the same heads and options give the same bytes.
package plot

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
)

// Layout constants, in pixels (see the package documentation).
const (
	// margin is the white border around the whole image.
	margin = 4
	// gap separates head columns, the two panels of a column, and the
	// blocks of text.
	gap = 4
	// legendHeight is the height of the colour bar.
	legendHeight = 8
	// lineHeight is one line of text: the 13-pixel font and 2 of leading.
	lineHeight = 15
	// charWidth is the fixed font's advance.
	charWidth = 7
	// swatchW and swatchH are a key entry's colour sample.
	swatchW, swatchH = 20, 10
	// maxAutoCell is the largest cell size the automatic choice picks.
	maxAutoCell = 8
	// maxAutoPanel is the widest panel, in pixels, the automatic cell choice
	// allows (unless even a cell of 1 pixel is wider).
	maxAutoPanel = 512
)

// Colors of the picture (see the package documentation).
var (
	// background is the image background.
	background = color.RGBA{255, 255, 255, 255}
	// notAllowed marks tiles the causal mask leaves empty.
	notAllowed = color.RGBA{220, 220, 220, 255}
	// forcedColor marks forced tiles (the first Forced[I] entries of List[I]).
	forcedColor = color.RGBA{230, 0, 230, 255}
	// firstProcessed is the color of the first processed, non-forced tile.
	firstProcessed = color.RGBA{255, 240, 0, 255}
	// lastProcessed is the color of the last processed, non-forced tile.
	lastProcessed = color.RGBA{210, 0, 0, 255}
	// skipped marks selected tiles that early stopping left unprocessed.
	skipped = color.RGBA{40, 90, 255, 255}
)

// dimFactor is the brightness factor applied to the heatmap color of tiles
// that were not selected, in the selection panel.
const dimFactor = 0.3

// Head is what one attention head shows.
type Head struct {
	Scores  [][]float64 // [nq][nk]; -1 = tile not allowed by the mask
	List    [][]int     // per query tile: key tiles in processing order (may be nil: no selection)
	Forced  []int       // per query tile: how many entries at the head of List are forced (may be nil)
	Visited []int       // per query tile: how many entries of List were processed (nil: all)
}

// Options controls rendering.
type Options struct {
	Cell  int    // pixels per tile; 0 = automatic: largest of 1..8 that keeps each panel <= 512 px wide
	Title string // drawn at the top, one line per "\n" (kernel, schedule, N, density)
}

// viridis holds control points of an approximation of the viridis colormap
// at t = 0, 1/8, ..., 1.
var viridis = [...][3]float64{
	{68, 1, 84},
	{71, 44, 122},
	{59, 81, 139},
	{44, 113, 142},
	{33, 144, 141},
	{39, 173, 129},
	{92, 200, 99},
	{170, 220, 50},
	{253, 231, 37},
}

// colormap returns the heatmap color for t in [0, 1] (clamped), by linear
// interpolation between the control points of a viridis approximation.
func colormap(t float64) color.RGBA {
	if !(t > 0) { // also NaN
		t = 0
	}
	if t > 1 {
		t = 1
	}
	n := len(viridis) - 1
	x := t * float64(n)
	i := int(x)
	if i >= n {
		i = n - 1
	}
	f := x - float64(i)
	a, b := viridis[i], viridis[i+1]
	return color.RGBA{
		R: uint8(math.Round(a[0] + (b[0]-a[0])*f)),
		G: uint8(math.Round(a[1] + (b[1]-a[1])*f)),
		B: uint8(math.Round(a[2] + (b[2]-a[2])*f)),
		A: 255,
	}
}

// scoreColor returns the heatmap color of a score: notAllowed for negative
// scores, otherwise colormap of (log10(score)+6)/6 with log10 clamped to
// [-6, 0]. NaN maps to the lowest color.
func scoreColor(s float64) color.RGBA {
	if s < 0 {
		return notAllowed
	}
	return colormap(scoreT(s))
}

func scoreT(s float64) float64 {
	if math.IsNaN(s) || s <= 1e-6 {
		return 0
	}
	if s >= 1 {
		return 1
	}
	return (math.Log10(s) + 6) / 6
}

func dim(c color.RGBA) color.RGBA {
	return color.RGBA{
		R: uint8(math.Round(float64(c.R) * dimFactor)),
		G: uint8(math.Round(float64(c.G) * dimFactor)),
		B: uint8(math.Round(float64(c.B) * dimFactor)),
		A: 255,
	}
}

func lerp(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 {
		return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t))
	}
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

// rankColor returns the color of the processed, non-forced entry with rank
// k (0-based) out of n such entries: firstProcessed for k = 0, lastProcessed
// for k = n-1, linearly interpolated in between. With n <= 1 it is
// firstProcessed.
func rankColor(k, n int) color.RGBA {
	if n <= 1 {
		return firstProcessed
	}
	return lerp(firstProcessed, lastProcessed, float64(k)/float64(n-1))
}

// validate checks the heads and returns their common grid size nq × nk.
func validate(heads []Head) (nq, nk int, err error) {
	if len(heads) == 0 {
		return 0, 0, errors.New("plot: no heads")
	}
	for h, hd := range heads {
		q := len(hd.Scores)
		if q == 0 {
			return 0, 0, fmt.Errorf("plot: head %d: no query tiles", h)
		}
		k := len(hd.Scores[0])
		if k == 0 {
			return 0, 0, fmt.Errorf("plot: head %d: no key tiles", h)
		}
		for i, row := range hd.Scores {
			if len(row) != k {
				return 0, 0, fmt.Errorf("plot: head %d: ragged scores: row %d has %d tiles, row 0 has %d", h, i, len(row), k)
			}
		}
		if h == 0 {
			nq, nk = q, k
		} else if q != nq || k != nk {
			return 0, 0, fmt.Errorf("plot: head %d is %dx%d tiles, head 0 is %dx%d", h, q, k, nq, nk)
		}
		if hd.List != nil && len(hd.List) != q {
			return 0, 0, fmt.Errorf("plot: head %d: List has %d rows, want %d", h, len(hd.List), q)
		}
		for i, l := range hd.List {
			for p, j := range l {
				if j < 0 || j >= k {
					return 0, 0, fmt.Errorf("plot: head %d: List[%d][%d] = %d out of range [0,%d)", h, i, p, j, k)
				}
			}
		}
		if hd.Forced != nil && len(hd.Forced) != q {
			return 0, 0, fmt.Errorf("plot: head %d: Forced has %d entries, want %d", h, len(hd.Forced), q)
		}
		for i, f := range hd.Forced {
			if f < 0 {
				return 0, 0, fmt.Errorf("plot: head %d: Forced[%d] = %d is negative", h, i, f)
			}
		}
		if hd.Visited != nil && len(hd.Visited) != q {
			return 0, 0, fmt.Errorf("plot: head %d: Visited has %d entries, want %d", h, len(hd.Visited), q)
		}
		for i, v := range hd.Visited {
			if v < 0 {
				return 0, 0, fmt.Errorf("plot: head %d: Visited[%d] = %d is negative", h, i, v)
			}
		}
	}
	return nq, nk, nil
}

// cellSize resolves the cell size for a grid nk tiles wide.
func cellSize(nk int, opt Options) int {
	if opt.Cell > 0 {
		return opt.Cell
	}
	for c := maxAutoCell; c > 1; c-- {
		if nk*c <= maxAutoPanel {
			return c
		}
	}
	return 1
}

// Size returns the image size WritePNG produces for these heads (all heads
// must have the same nq, nk). It returns 0, 0 if the heads are invalid (see
// Render for the rules).
func Size(heads []Head, opt Options) (w, h int) {
	if opt.Cell < 0 {
		return 0, 0
	}
	nq, nk, err := validate(heads)
	if err != nil {
		return 0, 0
	}
	l := newLayout(len(heads), nq, nk, opt)
	return l.w, l.h
}

// WritePNG draws the heads and encodes a PNG.
func WritePNG(w io.Writer, heads []Head, opt Options) error {
	img, err := Render(heads, opt)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

// Render returns the image itself (WritePNG encodes it).
//
// It returns an error if there are no heads, a head has no tiles or ragged
// Scores, heads differ in size, List is non-nil with a length other than nq
// or holds a key tile outside [0, nk), Forced or Visited is non-nil with a
// length other than nq or holds a negative count, or opt.Cell is negative.
// Forced and Visited counts larger than the list are clamped to its length.
func Render(heads []Head, opt Options) (*image.RGBA, error) {
	if opt.Cell < 0 {
		return nil, fmt.Errorf("plot: negative cell size %d", opt.Cell)
	}
	nq, nk, err := validate(heads)
	if err != nil {
		return nil, err
	}
	l := newLayout(len(heads), nq, nk, opt)
	img := image.NewRGBA(image.Rect(0, 0, l.w, l.h))
	fill(img, img.Rect, background)

	c := l.c
	sel := make([]color.RGBA, nk)
	set := make([]bool, nk)
	for hi, hd := range heads {
		x0 := l.headX(hi)
		for i, row := range hd.Scores {
			for j, s := range row {
				col := scoreColor(s)
				fill(img, image.Rect(x0+j*c, l.topY+i*c, x0+(j+1)*c, l.topY+(i+1)*c), col)
				if s >= 0 {
					col = dim(col)
				}
				sel[j], set[j] = col, false
			}
			if hd.List != nil {
				selectionColors(hd, i, sel, set)
			}
			for j := range row {
				fill(img, image.Rect(x0+j*c, l.botY+i*c, x0+(j+1)*c, l.botY+(i+1)*c), sel[j])
			}
		}
	}
	l.annotate(img)
	return img, nil
}

// selectionColors overwrites sel[j] for the key tiles listed for query tile
// i of hd; set records which tiles already took a color (first occurrence
// wins).
func selectionColors(hd Head, i int, sel []color.RGBA, set []bool) {
	l := hd.List[i]
	f := 0
	if hd.Forced != nil {
		f = min(hd.Forced[i], len(l))
	}
	v := len(l)
	if hd.Visited != nil {
		v = min(hd.Visited[i], len(l))
	}
	nproc := max(v-f, 0)
	for p, j := range l {
		if set[j] {
			continue
		}
		set[j] = true
		switch {
		case p < f:
			sel[j] = forcedColor
		case p < v:
			sel[j] = rankColor(p-f, nproc)
		default:
			sel[j] = skipped
		}
	}
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		off := img.PixOffset(r.Min.X, y)
		for x := r.Min.X; x < r.Max.X; x++ {
			img.Pix[off+0] = c.R
			img.Pix[off+1] = c.G
			img.Pix[off+2] = c.B
			img.Pix[off+3] = c.A
			off += 4
		}
	}
}
