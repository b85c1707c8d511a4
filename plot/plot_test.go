package plot

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

// causal returns an nq×nk score grid with causal masking (key tile j > query
// tile i is not allowed) and the given value elsewhere.
func causal(nq, nk int, v float64) [][]float64 {
	s := make([][]float64, nq)
	for i := range s {
		s[i] = make([]float64, nk)
		for j := range s[i] {
			if j > i {
				s[i][j] = -1
			} else {
				s[i][j] = v
			}
		}
	}
	return s
}

func decode(t *testing.T, heads []Head, opt Options) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePNG(&buf, heads, opt); err != nil {
		t.Fatalf("WritePNG: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("png.Decode: %v", err)
	}
	return img
}

func TestSizeMatchesPNG(t *testing.T) {
	cases := []struct {
		nh, nq, nk, cell int
		wantCell         int
	}{
		{1, 3, 5, 0, 8},       // auto
		{1, 128, 128, 0, 4},   // auto: 512 px
		{2, 64, 64, 0, 8},     // auto
		{1, 100, 100, 0, 5},   // auto
		{3, 2, 600, 0, 1},     // auto: too wide
		{3, 4, 7, 2, 2},       // explicit
		{1, 1, 1, 1, 1},       // single tile
		{4, 16, 16, 3, 3},     // explicit
		{2, 5, 3, 10, 10},     // explicit, > 8
		{1, 1000, 1000, 0, 1}, // auto
	}
	for _, tc := range cases {
		heads := make([]Head, tc.nh)
		for k := range heads {
			heads[k] = Head{Scores: causal(tc.nq, tc.nk, 0.01)}
		}
		opt := Options{Cell: tc.cell}
		l := newLayout(tc.nh, tc.nq, tc.nk, opt)
		if l.c != tc.wantCell {
			t.Errorf("%d heads %dx%d cell %d: cell %d, want %d", tc.nh, tc.nq, tc.nk, tc.cell, l.c, tc.wantCell)
		}
		w, h := Size(heads, opt)
		if w < l.headX(tc.nh-1)+tc.nk*l.c+margin || h < l.botY+tc.nq*l.c+margin {
			t.Errorf("Size(%d heads %dx%d cell %d) = %dx%d, smaller than the panels", tc.nh, tc.nq, tc.nk, tc.cell, w, h)
		}
		b := decode(t, heads, opt).Bounds()
		if b.Min != (image.Point{}) || b.Dx() != w || b.Dy() != h {
			t.Errorf("decoded bounds %v, Size says %dx%d", b, w, h)
		}
	}
}

func TestAutoCell(t *testing.T) {
	for _, tc := range []struct{ nk, want int }{
		{5, 8}, {64, 8}, {65, 7}, {128, 4}, {129, 3}, {512, 1}, {513, 1}, {4096, 1},
	} {
		if got := cellSize(tc.nk, Options{}); got != tc.want {
			t.Errorf("cellSize(%d) = %d, want %d", tc.nk, got, tc.want)
		}
	}
}

func rgba(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func brightness(c color.RGBA) int { return 299*int(c.R) + 587*int(c.G) + 114*int(c.B) }

func TestPixels(t *testing.T) {
	const nq, nk, c = 4, 4, 3
	s := causal(nq, nk, 1e-8)
	s[3][0] = 0.9  // heatmap maximum
	s[3][1] = 1e-9 // heatmap minimum (clamped)
	s[3][2] = 0.05
	s[3][3] = 0.05
	heads := []Head{
		{Scores: causal(nq, nk, 0.5)}, // no selection
		{
			Scores: s,
			List: [][]int{
				{0},
				{1, 0},
				{2, 0, 1},
				{3, 0, 2, 1},
			},
			Forced:  []int{1, 1, 1, 2},
			Visited: []int{1, 2, 2, 3},
		},
	}
	img := decode(t, heads, Options{Cell: c})
	l := newLayout(len(heads), nq, nk, Options{Cell: c})
	pw := nk * c
	// center of tile (i, j) of head k, top or bottom panel
	at := func(k, i, j int, bottom bool) color.RGBA {
		x := l.headX(k) + j*c + c/2
		y := l.topY + i*c + c/2
		if bottom {
			y = l.botY + i*c + c/2
		}
		return rgba(img.At(x, y))
	}
	check := func(name string, got, want color.RGBA) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
	check("background corner", rgba(img.At(0, 0)), background)
	check("gap between heads", rgba(img.At(l.headX(0)+pw, l.topY)), background)
	check("gap between panels", rgba(img.At(l.left, l.topY+nq*c)), background)

	// Not-allowed tiles, both panels.
	check("top not allowed", at(1, 0, 3, false), notAllowed)
	check("bottom not allowed", at(1, 0, 3, true), notAllowed)
	check("head 0 not allowed", at(0, 1, 2, true), notAllowed)

	// Forced tiles.
	check("forced diag row 0", at(1, 0, 0, true), forcedColor)
	check("forced diag row 3", at(1, 3, 3, true), forcedColor)
	check("forced sink row 3", at(1, 3, 0, true), forcedColor)
	// Processed tiles: row 1 has one processed (key 0), row 3 one (key 2).
	check("processed single", at(1, 1, 0, true), firstProcessed)
	check("processed row 3", at(1, 3, 2, true), firstProcessed)
	// Skipped tiles.
	check("processed row 2 key 0", at(1, 2, 0, true), firstProcessed)
	check("skipped row 2 key 1", at(1, 2, 1, true), skipped)
	check("skipped row 3 key 1", at(1, 3, 1, true), skipped)

	// Heatmap extremes.
	check("heatmap max", at(1, 3, 0, false), colormap(scoreT(0.9)))
	check("heatmap min", at(1, 3, 1, false), colormap(0))
	if bmax, bmin := brightness(at(1, 3, 0, false)), brightness(at(1, 3, 1, false)); bmax <= bmin {
		t.Errorf("heatmap max brightness %d <= min brightness %d", bmax, bmin)
	}
	// Unselected tiles in the bottom panel are the dimmed heatmap.
	top := at(0, 2, 1, false)
	check("unselected dimmed", at(0, 2, 1, true), dim(top))
	if brightness(dim(top)) >= brightness(top) {
		t.Errorf("dimmed color %v not darker than %v", dim(top), top)
	}

	// Colour bar: dark on the left, bright yellow on the right.
	w, _ := Size(heads, Options{Cell: c})
	ly := l.barY + legendHeight/2
	check("legend left", rgba(img.At(margin, ly)), colormap(0))
	check("legend right", rgba(img.At(w-margin-1, ly)), colormap(1))
	check("legend right margin", rgba(img.At(w-margin, ly)), background)
}

func TestRankGradient(t *testing.T) {
	const n = 6
	s := causal(1, n, 0.1)
	s[0] = []float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
	heads := []Head{{
		Scores:  s,
		List:    [][]int{{5, 4, 3, 2, 1, 0}},
		Forced:  []int{1},
		Visited: []int{5},
	}}
	img := decode(t, heads, Options{Cell: 2})
	l := newLayout(1, 1, n, Options{Cell: 2})
	px := func(j int) color.RGBA { return rgba(img.At(l.left+2*j, l.botY)) }
	if got := px(5); got != forcedColor {
		t.Errorf("forced: %v", got)
	}
	if got := px(4); got != firstProcessed {
		t.Errorf("first processed: %v, want %v", got, firstProcessed)
	}
	if got := px(1); got != lastProcessed {
		t.Errorf("last processed: %v, want %v", got, lastProcessed)
	}
	if got := px(0); got != skipped {
		t.Errorf("skipped: %v", got)
	}
	// Green channel fades monotonically from first to last processed.
	for j := 4; j > 1; j-- {
		if px(j).G <= px(j-1).G {
			t.Errorf("rank %d green %d not above rank %d green %d", 4-j, px(j).G, 5-j, px(j-1).G)
		}
	}
}

func TestColormapMonotoneBrightness(t *testing.T) {
	prev := -1
	for i := 0; i <= 100; i++ {
		b := brightness(colormap(float64(i) / 100))
		if b < prev {
			t.Fatalf("colormap brightness decreases at t=%v", float64(i)/100)
		}
		prev = b
	}
}

func TestErrors(t *testing.T) {
	good := func() Head { return Head{Scores: causal(3, 3, 0.3)} }
	cases := []struct {
		name  string
		heads []Head
		opt   Options
		want  string
	}{
		{"no heads", nil, Options{}, "no heads"},
		{"empty scores", []Head{{}}, Options{}, "no query tiles"},
		{"empty rows", []Head{{Scores: [][]float64{{}}}}, Options{}, "no key tiles"},
		{"ragged", []Head{{Scores: [][]float64{{1, 2}, {1}}}}, Options{}, "ragged"},
		{"different nq", []Head{good(), {Scores: causal(2, 3, 0.3)}}, Options{}, "head 1 is 2x3"},
		{"different nk", []Head{good(), {Scores: causal(3, 4, 0.3)}}, Options{}, "head 1 is 3x4"},
		{"list rows", []Head{{Scores: causal(3, 3, 0.3), List: [][]int{{0}}}}, Options{}, "List has 1 rows"},
		{"list high", []Head{{Scores: causal(3, 3, 0.3), List: [][]int{{0}, {1}, {3}}}}, Options{}, "out of range"},
		{"list negative", []Head{{Scores: causal(3, 3, 0.3), List: [][]int{{0}, {-1}, {2}}}}, Options{}, "out of range"},
		{"forced len", []Head{{Scores: causal(3, 3, 0.3), Forced: []int{1, 1}}}, Options{}, "Forced has 2"},
		{"forced negative", []Head{{Scores: causal(3, 3, 0.3), Forced: []int{1, -1, 1}}}, Options{}, "negative"},
		{"visited len", []Head{{Scores: causal(3, 3, 0.3), Visited: []int{1, 1, 1, 1}}}, Options{}, "Visited has 4"},
		{"visited negative", []Head{{Scores: causal(3, 3, 0.3), Visited: []int{-2, 1, 1}}}, Options{}, "negative"},
		{"negative cell", []Head{good()}, Options{Cell: -1}, "cell"},
	}
	for _, tc := range cases {
		_, err := Render(tc.heads, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Render error %v, want one containing %q", tc.name, err, tc.want)
		}
		var buf bytes.Buffer
		if err := WritePNG(&buf, tc.heads, tc.opt); err == nil {
			t.Errorf("%s: WritePNG: no error", tc.name)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: WritePNG wrote %d bytes on error", tc.name, buf.Len())
		}
		if w, h := Size(tc.heads, tc.opt); w != 0 || h != 0 {
			t.Errorf("%s: Size = %dx%d, want 0x0", tc.name, w, h)
		}
	}
}

func TestDeterministic(t *testing.T) {
	mk := func() []Head {
		var heads []Head
		for k := 0; k < 3; k++ {
			s := causal(16, 16, 0)
			list := make([][]int, 16)
			forced := make([]int, 16)
			visited := make([]int, 16)
			for i := range s {
				for j := 0; j <= i; j++ {
					s[i][j] = 1 / float64(1+(i-j)*(k+1)*(j+1))
				}
				list[i] = []int{i}
				for j := 0; j < i; j += 2 {
					list[i] = append(list[i], j)
				}
				forced[i] = 1
				visited[i] = (len(list[i]) + k) / 2
			}
			heads = append(heads, Head{Scores: s, List: list, Forced: forced, Visited: visited})
		}
		return heads
	}
	var a, b bytes.Buffer
	if err := WritePNG(&a, mk(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WritePNG(&b, mk(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two encodes of the same heads differ")
	}
}

func TestClampAndDuplicates(t *testing.T) {
	// Forced and Visited beyond the list length are clamped; a duplicate
	// entry keeps its first color; a nil List draws no selection.
	heads := []Head{{
		Scores:  causal(2, 2, 0.5),
		List:    [][]int{{0, 0}, nil},
		Forced:  []int{5, 0},
		Visited: []int{9, 0},
	}}
	img, err := Render(heads, Options{Cell: 1})
	if err != nil {
		t.Fatal(err)
	}
	l := newLayout(1, 2, 2, Options{Cell: 1})
	if got := img.RGBAAt(l.left, l.botY); got != forcedColor {
		t.Errorf("duplicate forced: %v", got)
	}
	if got, want := img.RGBAAt(l.left, l.botY+1), dim(scoreColor(0.5)); got != want {
		t.Errorf("empty list row: %v, want %v", got, want)
	}
}

// TestAnnotations: the picture carries its title, head labels, axis labels,
// colour bar and selection key: text pixels where each label goes, every
// key colour below the panels, and the size grows by the title's lines.
func TestAnnotations(t *testing.T) {
	const nq, nk, c = 16, 16, 4
	heads := []Head{{Scores: causal(nq, nk, 0.1)}, {Scores: causal(nq, nk, 0.01)}}
	opt := Options{Cell: c, Title: "xattn  N=1024  density 0.250\nschedule: blockscore method=antidiagonal"}
	img, err := Render(heads, opt)
	if err != nil {
		t.Fatal(err)
	}
	l := newLayout(len(heads), nq, nk, opt)
	dark := func(r image.Rectangle) int {
		n := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if brightness(img.RGBAAt(x, y)) < 100000 {
					n++
				}
			}
		}
		return n
	}
	pw, ph := nk*c, nq*c
	for _, r := range []struct {
		name string
		rect image.Rectangle
	}{
		{"title line 1", image.Rect(margin, margin, l.w, margin+lineHeight)},
		{"title line 2", image.Rect(margin, margin+lineHeight, l.w, margin+2*lineHeight)},
		{"head 0 label", image.Rect(l.headX(0), l.topY-lineHeight, l.headX(0)+pw, l.topY)},
		{"head 1 label", image.Rect(l.headX(1), l.topY-lineHeight, l.headX(1)+pw, l.topY)},
		{"query tile (left)", image.Rect(margin, l.topY, margin+lineHeight, l.botY+ph)},
		{"query ticks", image.Rect(margin+lineHeight, l.topY, l.left, l.topY+lineHeight)},
		{"key ticks", image.Rect(l.left, l.botY+ph, l.left+pw, l.botY+ph+lineHeight)},
		{"key tile (below)", image.Rect(l.left, l.botY+ph+lineHeight, l.w, l.botY+ph+2*lineHeight)},
		{"colour bar caption", image.Rect(margin, l.barY+legendHeight, l.w, l.barY+legendHeight+lineHeight)},
		{"key heading", image.Rect(margin, l.keyY, l.w, l.keyY+lineHeight)},
	} {
		if n := dark(r.rect); n < 10 {
			t.Errorf("%s: %d text pixels in %v, want a label", r.name, n, r.rect)
		}
	}
	// No text inside the panels: the head labels sit above them.
	if got := img.RGBAAt(l.headX(0)+pw-1, l.topY); got != notAllowed {
		t.Errorf("top right tile of head 0 is %v, want the mask's gray", got)
	}
	// Every colour of the selection panel has its swatch in the key.
	found := map[color.RGBA]bool{}
	for y := l.keyY; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			found[img.RGBAAt(x, y)] = true
		}
	}
	for _, want := range []color.RGBA{forcedColor, firstProcessed, lastProcessed, skipped, notAllowed, dim(colormap(1))} {
		if !found[want] {
			t.Errorf("the key has no %v swatch", want)
		}
	}
	// The size: two title lines more than without a title, and below the
	// panels room for the axis label, the colour bar and the key.
	w0, h0 := Size(heads, Options{Cell: c})
	if w, h := Size(heads, opt); h-h0 != 2*lineHeight || w < w0 {
		t.Errorf("with a 2-line title %dx%d, without %dx%d: want %d more rows", w, h, w0, h0, 2*lineHeight)
	}
	rows := (len(selectionKey) + l.keyCols - 1) / l.keyCols
	if below := l.h - (l.botY + ph); below < 2*lineHeight+legendHeight+lineHeight+(1+rows)*lineHeight {
		t.Errorf("%d rows below the panels, too few for the axis, colour bar and key", below)
	}
}
