package plot

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
)

func TestFrontierRenders(t *testing.T) {
	series := []Series{
		{Name: "oracle", Dashed: true, Points: []Point{{0.05, 0.1}, {0.1, 0.02}, {0.2, 0.005}}},
		{Name: "xattn", Points: []Point{{0.2, 0.01}, {0.08, 0.1}}},
	}
	var buf bytes.Buffer
	if err := WriteFrontier(&buf, series, FrontierOptions{Title: "t", Width: 640, Height: 400}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 400 {
		t.Errorf("size %v", b)
	}
	// The first series' marker at (0.1, 0.02) is drawn in its color.
	opt := FrontierOptions{Width: 640, Height: 400, XMax: 0.2, YMin: 0.001, YMax: 1}
	img2, _ := RenderFrontier(series, opt)
	fr := frame{x0: 70, y0: 30, x1: 640 - 20 - 230, y1: 400 - 50, opt: opt}
	x, y := fr.px(Point{0.1, 0.02})
	if got := img2.RGBAAt(x, y); got != seriesColors[0] {
		t.Errorf("marker pixel %v, want %v", got, seriesColors[0])
	}
	for _, bad := range [][]Series{nil, {{Name: "x", Points: []Point{{0.1, 0}}}}, {{Name: "empty"}}} {
		if _, err := RenderFrontier(bad, FrontierOptions{}); err == nil {
			t.Errorf("%v: no error", bad)
		} else if strings.Contains(err.Error(), "panic") {
			t.Error(err)
		}
	}
}
