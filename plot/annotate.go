package plot

import (
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
	"unicode/utf8"
)

// layout is where each part of the picture goes (package documentation,
// Layout): the panels, and the text and key around them.
type layout struct {
	nh, nq, nk, c int
	title         []string
	pw, ph        int // one panel
	left          int // x of head 0's panels
	topY, botY    int // y of the top and of the bottom panels
	barY          int // y of the colour bar
	keyY          int // y of the selection key's first line
	keyCols       int // key entries per line
	keyColW       int // width of one key entry
	w, h          int // the image
}

// keyEntry is one entry of the selection's key: a swatch, a gradient when
// from and to differ, and what it means.
type keyEntry struct {
	from, to color.RGBA
	text     string
}

// selectionKey is the colour key of the bottom panels, drawn in the image.
var selectionKey = []keyEntry{
	{forcedColor, forcedColor, "forced (keep)"},
	{firstProcessed, lastProcessed, "processed, first to last"},
	{skipped, skipped, "skipped by the early stop"},
	{dim(colormap(1)), dim(colormap(0.5)), "not selected (score dimmed)"},
	{notAllowed, notAllowed, "masked"},
}

const (
	barCaption  = "block score (top panels)"
	keyHeading  = "selection (bottom panels):"
	queryLabel  = "query tile"
	keyLabel    = "key tile"
	fontAscent  = 11 // basicfont.Face7x13: pixels above the baseline
	swatchSpace = 6  // between a swatch and its text
	keyColGap   = 12 // between key columns
)

func newLayout(nh, nq, nk int, opt Options) layout {
	l := layout{nh: nh, nq: nq, nk: nk, c: cellSize(nk, opt)}
	if t := strings.TrimRight(opt.Title, "\n"); t != "" {
		l.title = strings.Split(t, "\n")
	}
	l.pw, l.ph = nk*l.c, nq*l.c
	l.left = margin + lineHeight + textWidth(strconv.Itoa(nq-1)) + 3
	l.topY = margin + (len(l.title)+1)*lineHeight
	l.botY = l.topY + l.ph + gap
	l.barY = l.botY + l.ph + 2*lineHeight + gap
	l.keyY = l.barY + legendHeight + lineHeight + gap
	for _, e := range selectionKey {
		l.keyColW = max(l.keyColW, swatchW+swatchSpace+textWidth(e.text)+keyColGap)
	}
	l.w = max(l.left+l.panelsWidth()+margin,
		2*margin+l.keyColW-keyColGap,
		2*margin+textWidth(keyHeading),
		2*margin+textWidth(barCaption)+2*textWidth("1e-6 "))
	for _, t := range l.title {
		l.w = max(l.w, 2*margin+textWidth(t))
	}
	l.keyCols = max(1, min(len(selectionKey), (l.w-2*margin+keyColGap)/l.keyColW))
	rows := (len(selectionKey) + l.keyCols - 1) / l.keyCols
	l.h = l.keyY + (1+rows)*lineHeight + margin
	return l
}

// headX is the x of head k's panels.
func (l layout) headX(k int) int { return l.left + k*(l.pw+gap) }

func (l layout) panelsWidth() int { return l.nh*l.pw + (l.nh-1)*gap }

// annotate draws everything but the panels: title, head labels, axes,
// colour bar and selection key.
func (l layout) annotate(img *image.RGBA) {
	for i, t := range l.title {
		text(img, margin, margin+i*lineHeight+fontAscent, t, black)
	}
	for k := range l.nh {
		for _, s := range []string{fmt.Sprintf("head %d", k), strconv.Itoa(k)} {
			if textWidth(s)+charWidth <= l.pw+gap { // a space between labels
				text(img, l.headX(k)+(l.pw-textWidth(s))/2, l.topY-3, s, black)
				break
			}
		}
	}
	l.axes(img)

	lw := l.w - 2*margin
	for x := range lw {
		t := 0.0
		if lw > 1 {
			t = float64(x) / float64(lw-1)
		}
		fill(img, image.Rect(margin+x, l.barY, margin+x+1, l.barY+legendHeight), colormap(t))
	}
	cy := l.barY + legendHeight + fontAscent + 1
	text(img, margin, cy, "1e-6", black)
	text(img, l.w-margin-textWidth("1"), cy, "1", black)
	text(img, (l.w-textWidth(barCaption))/2, cy, barCaption, black)

	text(img, margin, l.keyY+fontAscent, keyHeading, black)
	for i, e := range selectionKey {
		x := margin + (i%l.keyCols)*l.keyColW
		y := l.keyY + (1+i/l.keyCols)*lineHeight
		for dx := range swatchW {
			c := lerp(e.from, e.to, float64(dx)/float64(swatchW-1))
			fill(img, image.Rect(x+dx, y+1, x+dx+1, y+1+swatchH), c)
		}
		text(img, x+swatchW+swatchSpace, y+fontAscent-1, e.text, black)
	}
}

// axes labels the tile axes: "query tile" upwards on the left with the
// first and last query tile beside each panel, the first and last key tile
// under each column and "key tile" below them.
func (l layout) axes(img *image.RGBA) {
	block := 2*l.ph + gap
	label := queryLabel
	if textWidth(label) > block {
		label = "q"
	}
	vtext(img, margin, l.topY+(block+textWidth(label))/2, label, black)
	last := strconv.Itoa(l.nq - 1)
	for _, y0 := range []int{l.topY, l.botY} {
		text(img, l.left-3-textWidth("0"), y0+fontAscent-1, "0", black)
		if l.nq > 1 && l.ph >= 2*lineHeight {
			text(img, l.left-3-textWidth(last), y0+l.ph-2, last, black)
		}
	}
	ty := l.botY + l.ph + fontAscent + 1
	last = strconv.Itoa(l.nk - 1)
	for k := range l.nh {
		x0 := l.headX(k)
		text(img, x0, ty, "0", black)
		if l.nk > 1 && textWidth("0  "+last) <= l.pw {
			text(img, x0+l.pw-textWidth(last), ty, last, black)
		}
	}
	text(img, max(margin, l.left+(l.panelsWidth()-textWidth(keyLabel))/2), ty+lineHeight, keyLabel, black)
}

// textWidth is the width of s in the fixed font.
func textWidth(s string) int { return charWidth * utf8.RuneCountInString(greek.Replace(s)) }

// vtext draws s reading upwards, the glyphs' tops to the left: its first
// letter at the bottom, y, and the line's top at x.
func vtext(img *image.RGBA, x, y int, s string, c color.Color) {
	w := textWidth(s)
	tmp := image.NewRGBA(image.Rect(0, 0, w, lineHeight))
	text(tmp, 0, fontAscent, s, c)
	for ty := range lineHeight {
		for tx := range w {
			if p := tmp.RGBAAt(tx, ty); p.A != 0 {
				img.Set(x+ty, y-tx, blend(img.RGBAAt(x+ty, y-tx), p))
			}
		}
	}
}

// blend draws premultiplied p over dst.
func blend(dst, p color.RGBA) color.RGBA {
	a := 255 - uint32(p.A)
	m := func(d, s uint8) uint8 { return uint8(uint32(s) + uint32(d)*a/255) }
	return color.RGBA{m(dst.R, p.R), m(dst.G, p.G), m(dst.B, p.B), 255}
}
