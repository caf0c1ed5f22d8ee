package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	qrcode "github.com/skip2/go-qrcode"
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

// qrSVG draws content as a QR code in SVG, one path of unit squares with
// the standard quiet zone, so it scales crisply to any size.
func qrSVG(content string) string {
	return qrCache.get(content, func() string {
		q, err := qrcode.New(content, qrcode.Medium)
		if err != nil {
			return ""
		}
		bits := q.Bitmap()
		var d strings.Builder
		for y, row := range bits {
			for x, on := range row {
				if on {
					fmt.Fprintf(&d, "M%d %dh1v1h-1z", x, y)
				}
			}
		}
		n := len(bits)
		return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" aria-hidden="true"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`, n, n, n, n, d.String())
	})
}

// qrImage is a QR code of content with a text alternative for screen
// readers.
func qrImage(content, alt string) app.UI {
	return app.Div().Class("code-qr").Attr("role", "img").Aria("label", alt).Body(app.Raw(qrSVG(content)))
}
