package tourmedia

import (
	"image"
	"image/color"
)

// transparent is the palette's index for "unchanged since the last frame".
const transparent = 0

// uiColours are the colours the light theme paints with (web/app.css), and
// the blends of its translucent ones over white and the page grey, so flat
// areas map to themselves exactly.
var uiColours = []uint32{
	// Greens: the brand (darkened for contrast, and the spec's), green
	// text, Quick Pay, the tip's links, the done banner.
	0x067f40, 0x07c160, 0x057a3e, 0x06ae56, 0x2aae67, 0x1f7a4d, 0x05603a, 0xe6f7ee, 0x9fe0bd,
	// Whites and greys: cards, the page, bars, the stage, lines, the tip,
	// the toast.
	0xffffff, 0xededed, 0xf7f7f7, 0xd9d9d9, 0xe6e6e6, 0xd5d5d5, 0x1f1f1f, 0x1b1b1b, 0x323232, 0x4c4c4c, 0x111111,
	// Text: rgba(0,0,0,.9), .6 and .5 over white and over the page grey.
	0x000000, 0x1a1a1a, 0x181818, 0x666666, 0x5f5f5f, 0x808080, 0x777777,
	// Links and focus.
	0x576b95, 0x1485ee, 0x1677ff, 0x3a6ea5, 0x34495e,
	// Reds.
	0xfa5151, 0xb92323, 0xc0392b,
	// Red packets and transfers: orange, gold, their buttons and text.
	0xfa9d3b, 0xf7a53f, 0xf08b2d, 0xf79c1a, 0xa85208, 0xb07d48, 0xfff3d6, 0xffd98a, 0xb34800, 0x7a2e00,
	// The tour's yellow ring and its glow, the activation notice.
	0xffc300, 0xfff0b3, 0xfff7e0, 0xfff3cd, 0xffe38a, 0x8a6100, 0x5c4400,
}

// blends are pairs whose anti-aliased edges are common: white text on the
// greens and oranges, the tip's green links on its dark grey.
var blends = [][2]uint32{
	{0x067f40, 0xffffff},
	{0x07c160, 0xffffff},
	{0xfa9d3b, 0xffffff},
	{0xa85208, 0xffffff},
	{0xb92323, 0xffffff},
	{0x1f1f1f, 0x9fe0bd},
	{0x576b95, 0xffffff},
}

// Palette is the GIF's 256 colours: transparent first, then the UI's
// colours, blends of its pairs, a fine grey ramp (anti-aliased text), and a
// colour cube for everything else (photos, emoji).
var Palette = newPalette()

func newPalette() color.Palette {
	p := color.Palette{color.RGBA{}}
	seen := map[color.RGBA]bool{}
	add := func(c color.RGBA) {
		if len(p) < 256 && !seen[c] {
			seen[c] = true
			p = append(p, c)
		}
	}
	for _, c := range uiColours {
		add(rgb(c))
	}
	for _, b := range blends {
		from, to := rgb(b[0]), rgb(b[1])
		for k := 1; k < 6; k++ {
			add(mix(from, to, k, 6))
		}
	}
	for v := 0; v <= 256; v += 8 {
		g := uint8(min(v, 255))
		add(color.RGBA{g, g, g, 255})
	}
	// A 5-level cube, then the levels between, until the palette is full.
	for _, levels := range [][]uint8{{0, 64, 128, 191, 255}, {32, 96, 160, 224}} {
		for _, r := range levels {
			for _, g := range levels {
				for _, b := range levels {
					add(color.RGBA{r, g, b, 255})
				}
			}
		}
	}
	return p
}

func rgb(c uint32) color.RGBA {
	return color.RGBA{uint8(c >> 16), uint8(c >> 8), uint8(c), 255}
}

// mix is k/n of the way from a to b.
func mix(a, b color.RGBA, k, n int) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8((int(x)*(n-k) + int(y)*k + n/2) / n) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

// quantizer maps colours to their nearest palette entry, without
// dithering: a flat UI has few colours, so each is looked up once.
type quantizer struct {
	cache map[uint32]uint8
}

func newQuantizer() *quantizer { return &quantizer{cache: map[uint32]uint8{}} }

// index is the palette entry nearest r, g, b (never the transparent one),
// by a distance weighted as the eye is: green most, then blue, then red.
func (q *quantizer) index(r, g, b uint8) uint8 {
	key := uint32(r)<<16 | uint32(g)<<8 | uint32(b)
	if i, ok := q.cache[key]; ok {
		return i
	}
	best, bestD := 1, -1
	for i := 1; i < len(Palette); i++ {
		c := Palette[i].(color.RGBA)
		dr, dg, db := int(r)-int(c.R), int(g)-int(c.G), int(b)-int(c.B)
		if d := 2*dr*dr + 4*dg*dg + 3*db*db; bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	q.cache[key] = uint8(best)
	return uint8(best)
}

// quantize maps an opaque screen picture to the palette.
func (q *quantizer) quantize(img image.Image) *image.Paletted {
	b := img.Bounds()
	out := image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), Palette)
	// Screenshots decode as RGBA, or as NRGBA, the same bytes when opaque.
	var pix []uint8
	var stride int
	switch src := img.(type) {
	case *image.RGBA:
		pix, stride = src.Pix[src.PixOffset(b.Min.X, b.Min.Y):], src.Stride
	case *image.NRGBA:
		pix, stride = src.Pix[src.PixOffset(b.Min.X, b.Min.Y):], src.Stride
	}
	for y := 0; y < b.Dy(); y++ {
		dst := out.Pix[y*out.Stride:]
		for x := 0; x < b.Dx(); x++ {
			if pix != nil {
				o := y*stride + 4*x
				dst[x] = q.index(pix[o], pix[o+1], pix[o+2])
				continue
			}
			c := color.RGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.RGBA)
			dst[x] = q.index(c.R, c.G, c.B)
		}
	}
	return out
}
