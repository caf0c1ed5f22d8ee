//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// zbar decodes every code in a PNG with Debian's zbarimg, an independent
// decoder, and returns its lines ("QR-Code:...", "CODE-128:...").
func zbar(t *testing.T, png string) []string {
	t.Helper()
	bin, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatal("zbarimg is missing: apt-get install zbar-tools")
	}
	out, err := exec.Command(bin, "--quiet", png).Output()
	if err != nil {
		t.Fatalf("zbarimg %s: %v", png, err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// TestCodesDecode reads the Money screen's barcode and QR code from a
// screenshot with zbarimg and gets the code the engine issued; and a
// shop's merchant QR, whose URL opens the pay flow.
func TestCodesDecode(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/money", activeWallet(t, seed{Balance: 50000}))
	p.WaitText("Tap to view numbers")
	shot := filepath.Join(t.TempDir(), "money.png")
	p.Screenshot(shot)
	code := storedWallet(t, p).PayCode.Digits
	got := zbar(t, shot)
	for _, want := range []string{"CODE-128:" + code, "QR-Code:" + code} {
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("zbarimg read %q, want %s", got, want)
		}
	}

	p.Open(ts.URL + "/shop?id=cafe")
	p.WaitText("Counter QR code")
	shot = filepath.Join(t.TempDir(), "cafe.png")
	p.Screenshot(shot)
	got = zbar(t, shot)
	if len(got) != 1 || !strings.HasPrefix(got[0], "QR-Code:"+ts.URL+"/pay?") {
		t.Fatalf("zbarimg read %q, want one merchant QR of this demo", got)
	}
	url := strings.TrimPrefix(got[0], "QR-Code:")
	q, err := wallet.ParseMerchantQR(url)
	if err != nil || q.Merchant.ID != "lucky-bean" || q.Amount != 0 {
		t.Fatalf("the merchant QR %s reads as %+v, %v", url, q, err)
	}
	p.Open(url)
	p.WaitText("Lucky Bean Coffee")
	p.Type("Amount (CNY)", "3")
	p.Click("Next")
	p.WaitText("Enter payment PIN")
}

// writeDoubled writes the PNG picture at twice its size, each pixel a
// square of four: zbarimg misses some Code 128 codes drawn one pixel a
// module (4 in 60 random pay codes, drawn by the engine's own encoder),
// none at two. A blurred bar stays as grey as it was.
func writeDoubled(t *testing.T, file string, picture []byte) {
	t.Helper()
	src, err := png.Decode(bytes.NewReader(picture))
	if err != nil {
		t.Fatal(err)
	}
	b := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, 2*b.Dx(), 2*b.Dy()))
	for y := range dst.Bounds().Dy() {
		for x := range dst.Bounds().Dx() {
			dst.Set(x, y, src.At(b.Min.X+x/2, b.Min.Y+y/2))
		}
	}
	var out bytes.Buffer
	if err := png.Encode(&out, dst); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBarcodeBarsAreWholePixels shows Quick Pay at every width the demo
// supports on a screen of one device pixel per CSS pixel, where a squeezed
// bar blurs: every module is a whole number of pixels, at least one, and
// zbarimg reads the code from the picture.
func TestBarcodeBarsAreWholePixels(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/money", activeWallet(t, seed{Balance: 50000}))
	p.WaitText("Tap to view numbers")
	for _, w := range []int64{320, 340, 360, 371, 372, 375, 390, 414, 480, 1280} {
		p.Run(chromedp.EmulateViewport(w, 800, chromedp.EmulateScale(1)))
		// The picture is taken once the page is laid out at the new width.
		p.WaitTrue("the new width", `innerWidth === `+strconv.FormatInt(w, 10)+` && devicePixelRatio === 1`)
		drawn(p)
		var bar struct{ Width, Modules float64 }
		p.Eval(`(() => { const s = document.querySelector(".code-bar svg"); return {Width: s.getBoundingClientRect().width, Modules: s.viewBox.baseVal.width}; })()`, &bar)
		if per := bar.Width / bar.Modules; per < 1 || per != math.Trunc(per) {
			t.Errorf("at %d px a module of the barcode is %.2f px wide (%v)", w, per, bar)
		}
		before := storedWallet(t, p).PayCode.Digits
		var shot []byte
		p.Run(chromedp.Screenshot(".code-bar", &shot, chromedp.ByQuery))
		file := filepath.Join(t.TempDir(), "bar-"+strconv.FormatInt(w, 10)+"px.png")
		writeDoubled(t, file, shot)
		got := strings.Join(zbar(t, file), "\n")
		// The code may renew between reading it and the picture.
		if after := storedWallet(t, p).PayCode.Digits; got != "CODE-128:"+before && got != "CODE-128:"+after {
			t.Errorf("at %d px zbarimg read %q, want the code %s", w, got, after)
		}
	}
}
