package app

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/boombuler/barcode/code128"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var barcodeCache codeCache

// barcodeQuiet is the blank margin, in modules, a scanner needs on each side.
const barcodeQuiet = 10

// barcodeSVG draws digits as a Code 128 barcode in SVG: one rectangle per
// run of dark modules, stretched to the width it is given.
func barcodeSVG(digits string) string {
	return barcodeCache.get(digits, func() string {
		bc, err := code128.Encode(digits)
		if err != nil {
			return ""
		}
		w := bc.Bounds().Dx()
		dark := func(x int) bool {
			r, _, _, _ := color.GrayModel.Convert(bc.At(x, 0)).RGBA()
			return r < 0x8000
		}
		var d strings.Builder
		for x := 0; x < w; {
			if !dark(x) {
				x++
				continue
			}
			run := 1
			for x+run < w && dark(x+run) {
				run++
			}
			fmt.Fprintf(&d, "M%d 0h%dv1h-%dz", x+barcodeQuiet, run, run)
			x += run
		}
		total := w + 2*barcodeQuiet
		// A whole number of pixels a module keeps every bar its true width,
		// which scanners need: two where they fit, else one (web/app.css,
		// by --modules), never a fraction squeezed to fit.
		return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" viewBox="0 0 %d 1" style="--modules:%d" preserveAspectRatio="none" shape-rendering="crispEdges" aria-hidden="true"><rect width="%d" height="1" fill="#fff"/><path fill="#000" d="%s"/></svg>`, 2*total, total, total, total, d.String())
	})
}

// barcodeImage is a barcode of digits with a text alternative.
func barcodeImage(digits, alt string) app.UI {
	return app.Div().Class("code-bar").Attr("role", "img").Aria("label", alt).Body(app.Raw(barcodeSVG(digits)))
}
