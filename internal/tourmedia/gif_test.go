package tourmedia

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/png"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPaletteHoldsTheUIColoursExactly(t *testing.T) {
	if len(Palette) != 256 {
		t.Fatalf("the palette has %d colours, want 256", len(Palette))
	}
	if _, _, _, a := Palette[transparent].RGBA(); a != 0 {
		t.Errorf("entry %d is not transparent: %v", transparent, Palette[transparent])
	}
	seen := map[color.Color]int{}
	for i, c := range Palette {
		if j, dup := seen[c]; dup {
			t.Errorf("entries %d and %d are both %v", j, i, c)
		}
		seen[c] = i
	}
	q := newQuantizer()
	for _, c := range uiColours {
		want := rgb(c)
		if got := Palette[q.index(want.R, want.G, want.B)]; got != want {
			t.Errorf("#%06x maps to %v", c, got)
		}
	}
	// A near-brand green (a JPEG-ish shade) still lands on the brand.
	if got := Palette[q.index(0x07, 0x80, 0x41)]; got != rgb(0x067f40) {
		t.Errorf("#078041 maps to %v, want the brand #067f40", got)
	}
}

// screen is a 390×844 picture: the page grey with rectangles of colours.
func screen(t *testing.T, rects ...colouredRect) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 390, 844))
	draw.Draw(img, img.Rect, image.NewUniform(rgb(0xededed)), image.Point{}, draw.Src)
	for _, r := range rects {
		draw.Draw(img, r.Rectangle, image.NewUniform(rgb(r.c)), image.Point{}, draw.Src)
	}
	return encodePNG(t, img)
}

type colouredRect struct {
	image.Rectangle
	c uint32
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decodeGIF(t *testing.T, data []byte) *gif.GIF {
	t.Helper()
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the GIF does not decode: %v", err)
	}
	return g
}

func TestEncodeDifferencesFrames(t *testing.T) {
	button := image.Rect(16, 700, 374, 748)
	ripple := image.Rect(180, 710, 200, 730)
	caret := image.Rect(300, 760, 302, 780)
	frames := []Frame{
		{0, screen(t, colouredRect{button, 0x067f40})},
		{400 * time.Millisecond, screen(t, colouredRect{button, 0x067f40}, colouredRect{ripple, 0xffffff}, colouredRect{caret, 0x000000})},
	}
	out, err := Encode(frames, time.Second, MaxGIF)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeGIF(t, out.Data)
	if len(g.Image) != 2 || out.Frames != 2 {
		t.Fatalf("%d frames (reported %d), want 2", len(g.Image), out.Frames)
	}
	if b := g.Image[0].Bounds(); b != image.Rect(0, 0, 390, 844) {
		t.Errorf("the first frame is %v, want the whole screen", b)
	}
	changed := ripple.Union(caret)
	if b := g.Image[1].Bounds(); b != changed {
		t.Errorf("the second frame is %v, want only what changed, %v", b, changed)
	}
	// Between the ripple and the caret nothing changed: transparent.
	if i := g.Image[1].ColorIndexAt(250, 740); i != transparent {
		t.Errorf("an unchanged pixel of the second frame is colour %d, not transparent", i)
	}
	shown := map[int]*image.RGBA{}
	for i, img := range Composed(g) {
		shown[i] = image.NewRGBA(img.Rect)
		copy(shown[i].Pix, img.Pix)
	}
	for i, f := range frames {
		want, err := png.Decode(bytes.NewReader(f.PNG))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []image.Point{{0, 0}, {20, 720}, {190, 720}, {250, 740}, {301, 770}, {389, 843}} {
			if got, w := shown[i].At(p.X, p.Y), color.RGBAModel.Convert(want.At(p.X, p.Y)); got != w {
				t.Errorf("frame %d at %v shows %v, want %v", i, p, got, w)
			}
		}
	}
}

func TestEncodeDelaysFollowTheFrames(t *testing.T) {
	a := screen(t)
	b := screen(t, colouredRect{image.Rect(0, 0, 10, 10), 0x07c160})
	c := screen(t, colouredRect{image.Rect(0, 0, 10, 10), 0xfa5151})
	frames := []Frame{
		{0, a},
		{500 * time.Millisecond, b},
		{505 * time.Millisecond, c}, // under 20 ms after the one before: dropped
		{900 * time.Millisecond, b}, // unchanged: the frame before lasts longer
		{1200 * time.Millisecond, a},
	}
	out, err := Encode(frames, 3*time.Second, MaxGIF)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeGIF(t, out.Data)
	if want := []int{50, 70, 180}; !slices.Equal(g.Delay, want) {
		t.Errorf("delays %v, want %v", g.Delay, want)
	}
	if out.Duration != 3*time.Second || out.Gap != 20*time.Millisecond {
		t.Errorf("duration %s, gap %s; want 3s, 20ms", out.Duration, out.Gap)
	}
	if g.LoopCount != 0 {
		t.Errorf("loop count %d, want 0 (for ever)", g.LoopCount)
	}
}

// noise is a small picture of random palette colours, which compresses
// badly.
func noise(t *testing.T, r *rand.Rand) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 96, 96))
	for y := range 96 {
		for x := range 96 {
			img.Set(x, y, Palette[1+r.IntN(len(Palette)-1)])
		}
	}
	return encodePNG(t, img)
}

func TestEncodeLowersTheRateToFitTheCap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var frames []Frame
	for i := range 40 {
		frames = append(frames, Frame{time.Duration(i) * 30 * time.Millisecond, noise(t, r)})
	}
	full, err := Encode(frames, 2*time.Second, MaxGIF)
	if err != nil {
		t.Fatal(err)
	}
	if full.Frames != 40 || full.Gap != 20*time.Millisecond {
		t.Fatalf("uncapped: %d frames, gap %s; want 40 at 20ms", full.Frames, full.Gap)
	}
	limit := len(full.Data) / 4
	out, err := Encode(frames, 2*time.Second, limit)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Data) > limit || out.Frames >= full.Frames || out.Gap <= full.Gap {
		t.Errorf("capped at %d: %d bytes, %d frames, gap %s", limit, len(out.Data), out.Frames, out.Gap)
	}
	if out.Duration != full.Duration {
		t.Errorf("capped, the GIF lasts %s, uncapped %s", out.Duration, full.Duration)
	}
	// The last frame survives: the GIF ends on the final screen.
	g := decodeGIF(t, out.Data)
	want, err := png.Decode(bytes.NewReader(frames[len(frames)-1].PNG))
	if err != nil {
		t.Fatal(err)
	}
	for i, img := range Composed(g) {
		if i < len(g.Image)-1 {
			continue
		}
		for _, p := range []image.Point{{0, 0}, {40, 70}, {95, 95}} {
			if got, w := img.At(p.X, p.Y), color.RGBAModel.Convert(want.At(p.X, p.Y)); got != w {
				t.Errorf("the last frame at %v shows %v, want %v", p, got, w)
			}
		}
	}
	if _, err := Encode(frames, 2*time.Second, 1000); err == nil || !strings.Contains(err.Error(), "over the cap of 1000") {
		t.Errorf("a cap nothing fits: err %v", err)
	}
}
