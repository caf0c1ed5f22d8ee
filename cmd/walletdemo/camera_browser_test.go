//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// TestScanCameraWithoutBarcodeDetector: the presenter shows a charge code;
// an attendee's phone, whose browser has no BarcodeDetector, films it with
// Scan's camera (Chromium's fake camera playing the presenter's picture)
// and the fallback decoder opens the pay sheet with its merchant and
// amount.
func TestScanCameraWithoutBarcodeDetector(t *testing.T) {
	ts := startDemo(t)
	presenter := browser.NewPage(t)
	presenter.Run(chromedp.EmulateViewport(1280, 900))
	presenter.Open(ts.URL + "/present")
	presenter.Type("Amount in yuan", "12.50")
	presenter.WaitText("Pay this amount")
	const sel = ".present-card:nth-child(3) .present-qr"
	var shot []byte
	presenter.Run(chromedp.ScrollIntoView(sel, chromedp.ByQuery), chromedp.Screenshot(sel, &shot, chromedp.ByQuery))
	code, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	video := filepath.Join(t.TempDir(), "presenter.y4m")
	writeY4M(t, video, onScreen(code, 640, 480))

	a := browser.NewCameraPage(t, video)
	a.BeforeStart(`delete window.BarcodeDetector; delete globalThis.BarcodeDetector;`)
	openSeeded(a, ts.URL, "/scan", activeWallet(t, seed{Balance: 5000}))
	var native bool
	a.Eval(`"BarcodeDetector" in window`, &native)
	if native {
		t.Fatal("BarcodeDetector is still there: the fallback decoder would not be tested")
	}
	a.Click("Open the camera")
	a.WaitText("Enter payment PIN")
	a.WaitText("¥12.50")
	a.WaitText("Lucky Bean Coffee")
	if p := a.Path(); !strings.HasPrefix(p, "/pay?") {
		t.Errorf("the camera's code led to %s", p)
	}
	var camOff bool
	a.Eval(`!document.getElementById("scan-video")`, &camOff)
	if !camOff {
		t.Error("the camera's view is still on the page after the code was read")
	}
}

// TestEnginesScanPhoto: in every engine, a photo of a merchant's code
// picked on the Scan screen opens that merchant's pay flow (read by
// BarcodeDetector where the browser has it, by the fallback elsewhere), and
// a photo without a code says so.
func TestEnginesScanPhoto(t *testing.T) {
	ts := startDemo(t)
	dir := t.TempDir()
	photo, blank := filepath.Join(dir, "code.png"), filepath.Join(dir, "blank.png")
	writeQRPhoto(t, ts.URL+wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: wallet.Merchant{ID: "metro", Name: "City Metro"}, Currency: wallet.CNY}), photo)
	writePNG(t, blank, onScreen(image.NewGray(image.Rect(0, 0, 1, 1)), 256, 256))
	eachEngine(t, func(t *testing.T, engine string) {
		p := browser.NewTab(t, engine, false)
		openSeeded(p, ts.URL, "/scan", activeWallet(t, seed{Balance: 5000}))
		p.SetFile("#scan-photo", blank)
		p.WaitText("No QR code found in this photo.")
		p.SetFile("#scan-photo", photo)
		p.WaitText("City Metro")
		p.WaitText("Amount (CNY)")
		noConsoleErrors(t, p)
	})
}

// onScreen centres img on a light grey w×h picture, as a code shows on a
// screen filmed from a little way off.
func onScreen(img image.Image, w, h int) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	draw.Draw(out, out.Bounds(), image.NewUniform(color.Gray{Y: 215}), image.Point{}, draw.Src)
	b := img.Bounds()
	at := image.Pt((w-b.Dx())/2, (h-b.Dy())/2)
	draw.Draw(out, image.Rectangle{Min: at, Max: at.Add(b.Size())}, img, b.Min, draw.Src)
	return out
}

// writeY4M writes a one-second YUV4MPEG2 video of the still picture img,
// which Chromium's fake camera plays in a loop.
func writeY4M(t *testing.T, file string, img *image.Gray) {
	t.Helper()
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	b := img.Bounds()
	w.WriteString("YUV4MPEG2 W" + strconv.Itoa(b.Dx()) + " H" + strconv.Itoa(b.Dy()) + " F10:1 Ip A1:1 C420jpeg\n")
	chroma := bytes.Repeat([]byte{128}, 2*(b.Dx()/2)*(b.Dy()/2))
	for range 10 {
		w.WriteString("FRAME\n")
		for y := b.Min.Y; y < b.Max.Y; y++ {
			w.Write(img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)])
		}
		w.Write(chroma)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// writePNG writes img as a PNG at file.
func writePNG(t *testing.T, file string, img image.Image) {
	t.Helper()
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
