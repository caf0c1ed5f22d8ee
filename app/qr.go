package app

import (
	"fmt"
	"strings"

	"github.com/boombuler/barcode/qr"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// codeCache keeps the SVG of the codes drawn lately, so a screen that
// renders again (every store change, every tick) does not encode again.
// A few entries suffice: a screen shows at most a handful of codes.
type codeCache struct {
	keys []string
	svgs map[string]string
}

const codeCacheSize = 8

func (c *codeCache) get(key string, draw func() string) string {
	if s, ok := c.svgs[key]; ok {
		return s
	}
	if c.svgs == nil {
		c.svgs = map[string]string{}
	}
	if len(c.keys) == codeCacheSize {
		delete(c.svgs, c.keys[0])
		c.keys = c.keys[1:]
	}
	s := draw()
	c.keys = append(c.keys, key)
	c.svgs[key] = s
	return s
}

var qrCache codeCache

// quietZone is the white margin a QR code needs around it, in modules.
const quietZone = 4

// qrSVG draws content as a QR code in SVG, one path of unit squares with
// the standard quiet zone, so it scales crisply to any size. The encoder
// is boombuler/barcode's, which also draws the Code 128: go-qrcode, the
// other candidate, imports image/png, whose decoder (with zlib and flate)
// its init then keeps in app.wasm although codes are drawn as SVG.
func qrSVG(content string) string {
	return qrCache.get(content, func() string {
		code, err := qr.Encode(content, qr.M, qr.Auto)
		if err != nil {
			return ""
		}
		b := code.Bounds()
		var d strings.Builder
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if r, _, _, _ := code.At(x, y).RGBA(); r == 0 {
					fmt.Fprintf(&d, "M%d %dh1v1h-1z", x-b.Min.X+quietZone, y-b.Min.Y+quietZone)
				}
			}
		}
		n := b.Dx() + 2*quietZone
		return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" aria-hidden="true"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`, n, n, n, n, d.String())
	})
}

// qrImage is a QR code of content with a text alternative for screen
// readers.
func qrImage(content, alt string) app.UI {
	return app.Div().Class("code-qr").Attr("role", "img").Aria("label", alt).Body(app.Raw(qrSVG(content)))
}
