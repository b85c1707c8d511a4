package plot

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"sort"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// Series is one method's frontier: points (x = cost, y = error).
type Series struct {
	Name   string
	Points []Point
	Dashed bool // drawn dashed (reference curves such as oracles)
}

// Point is one measured setting.
type Point struct{ X, Y float64 }

// FrontierOptions configure RenderFrontier. Zero values choose defaults.
type FrontierOptions struct {
	Width, Height int     // pixels (default 900 × 560)
	XMax          float64 // x axis from 0 to XMax (default: the data's max, rounded up to 0.05)
	YMin, YMax    float64 // log y axis limits (default: the data's decades)
	Title         string
	XLabel        string
	YLabel        string
}

// seriesColors are distinct colors for up to 12 series (then they repeat).
var seriesColors = []color.RGBA{
	{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255},
	{148, 103, 189, 255}, {140, 86, 75, 255}, {227, 119, 194, 255}, {127, 127, 127, 255},
	{188, 189, 34, 255}, {23, 190, 207, 255}, {0, 0, 0, 255}, {90, 90, 200, 255},
	{0, 128, 128, 255}, {200, 150, 0, 255}, {128, 0, 0, 255}, {0, 90, 0, 255},
}

// WriteFrontier renders the series as an error-vs-cost plot (linear x, log
// y) and encodes it as PNG.
func WriteFrontier(w io.Writer, series []Series, opt FrontierOptions) error {
	img, err := RenderFrontier(series, opt)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

// RenderFrontier draws the series: axes with ticks and labels, one colored
// polyline with markers per series (points sorted by x), a legend.
func RenderFrontier(series []Series, opt FrontierOptions) (*image.RGBA, error) {
	if len(series) == 0 {
		return nil, errors.New("plot: no series")
	}
	if opt.Width == 0 {
		opt.Width = 900
	}
	if opt.Height == 0 {
		opt.Height = 560
	}
	xmax, ymin, ymax := 0.0, math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, p := range s.Points {
			if p.X < 0 || p.Y <= 0 || math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
				return nil, fmt.Errorf("plot: series %q has a point (%g, %g) outside x >= 0, y > 0", s.Name, p.X, p.Y)
			}
			xmax = math.Max(xmax, p.X)
			ymin, ymax = math.Min(ymin, p.Y), math.Max(ymax, p.Y)
		}
	}
	if math.IsInf(ymin, 1) {
		return nil, errors.New("plot: no points")
	}
	if opt.XMax == 0 {
		opt.XMax = math.Max(0.05, math.Ceil(xmax/0.05-1e-9)*0.05)
	}
	if opt.YMin == 0 {
		opt.YMin = math.Pow(10, math.Floor(math.Log10(ymin)))
	}
	if opt.YMax == 0 {
		opt.YMax = math.Pow(10, math.Ceil(math.Log10(ymax)))
	}
	if opt.YMax <= opt.YMin {
		opt.YMax = opt.YMin * 10
	}
	img := image.NewRGBA(image.Rect(0, 0, opt.Width, opt.Height))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	const left, right, top, bottom, legendW = 70, 20, 30, 50, 230
	fr := frame{x0: left, y0: top, x1: opt.Width - right - legendW, y1: opt.Height - bottom, opt: opt}
	fr.axes(img)
	for i, s := range series {
		c := seriesColors[i%len(seriesColors)]
		pts := append([]Point(nil), s.Points...)
		sort.Slice(pts, func(a, b int) bool { return pts[a].X < pts[b].X })
		for k := range pts {
			x, y := fr.px(pts[k])
			marker(img, x, y, c)
			if k > 0 {
				px, py := fr.px(pts[k-1])
				line(img, px, py, x, y, c, s.Dashed)
			}
		}
		ly := top + 10 + i*18
		lx := fr.x1 + 20
		line(img, lx, ly, lx+24, ly, c, s.Dashed)
		marker(img, lx+12, ly, c)
		text(img, lx+32, ly+4, s.Name, color.Black)
	}
	// The title starts past the y label, which shares its line.
	text(img, max(left, 4+textWidth(opt.YLabel)+2*charWidth), 18, opt.Title, color.Black)
	text(img, (fr.x0+fr.x1)/2-len(opt.XLabel)*7/2, opt.Height-12, opt.XLabel, color.Black)
	text(img, 4, top-8, opt.YLabel, color.Black)
	return img, nil
}

type frame struct {
	x0, y0, x1, y1 int
	opt            FrontierOptions
}

// px maps a data point to pixels (clamped to the frame).
func (f frame) px(p Point) (int, int) {
	fx := p.X / f.opt.XMax
	fy := (math.Log10(p.Y) - math.Log10(f.opt.YMin)) / (math.Log10(f.opt.YMax) - math.Log10(f.opt.YMin))
	fx, fy = math.Max(0, math.Min(1, fx)), math.Max(0, math.Min(1, fy))
	return f.x0 + int(fx*float64(f.x1-f.x0)), f.y1 - int(fy*float64(f.y1-f.y0))
}

var (
	gridGray = color.RGBA{225, 225, 225, 255}
	black    = color.RGBA{0, 0, 0, 255}
)

func (f frame) axes(img *image.RGBA) {
	// Vertical grid and x ticks every 0.05 (or 0.1 for wide ranges).
	step := 0.05
	if f.opt.XMax > 0.6 {
		step = 0.1
	}
	for x := 0.0; x <= f.opt.XMax+1e-9; x += step {
		px, _ := f.px(Point{x, f.opt.YMin})
		line(img, px, f.y0, px, f.y1, gridGray, false)
		label := fmt.Sprintf("%.0f%%", 100*x)
		text(img, px-len(label)*7/2, f.y1+16, label, color.Black)
	}
	// Horizontal grid at decades, minor ticks at 2 and 5.
	for d := math.Log10(f.opt.YMin); d <= math.Log10(f.opt.YMax)+1e-9; d++ {
		y := math.Pow(10, d)
		_, py := f.px(Point{0, y})
		line(img, f.x0, py, f.x1, py, gridGray, false)
		label := fmt.Sprintf("1e%d", int(math.Round(d)))
		text(img, f.x0-len(label)*7-6, py+4, label, color.Black)
		for _, m := range []float64{2, 5} {
			if y*m < f.opt.YMax {
				_, pm := f.px(Point{0, y * m})
				line(img, f.x0, pm, f.x0+5, pm, black, false)
			}
		}
	}
	line(img, f.x0, f.y1, f.x1, f.y1, black, false)
	line(img, f.x0, f.y0, f.x0, f.y1, black, false)
}

func marker(img *image.RGBA, x, y int, c color.RGBA) {
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			img.SetRGBA(x+dx, y+dy, c)
		}
	}
}

// line draws a 2-pixel line (Bresenham), dashed when asked.
func line(img *image.RGBA, x0, y0, x1, y1 int, c color.RGBA, dashed bool) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	err := dx + dy
	for n := 0; ; n++ {
		if !dashed || (n/6)%2 == 0 {
			img.SetRGBA(x0, y0, c)
			img.SetRGBA(x0, y0+1, c)
		}
		if x0 == x1 && y0 == y1 {
			return
		}
		if e2 := 2 * err; e2 >= dy {
			err += dy
			x0 += sx
		} else {
			err += dx
			y0 += sy
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// greek spells the Greek letters of labels (τ, ρ, ε) in ASCII: the 7×13
// font has no glyphs for them.
var greek = strings.NewReplacer("τ", "tau", "ρ", "rho", "ε", "eps", "θ", "theta", "×", "x")

// text draws s with its baseline at (x, y) in the 7×13 fixed font.
func text(img *image.RGBA, x, y int, s string, c color.Color) {
	d := &font.Drawer{Dst: img, Src: image.NewUniform(c), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(greek.Replace(s))
}
