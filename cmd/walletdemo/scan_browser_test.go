//go:build !wasm

package main

import (
	"image"
	"image/color"
	"image/draw"
	"path/filepath"
	"testing"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// TestScan goes Chats > + > Scan, reads a photo (headless Chromium on Linux
// has no BarcodeDetector: the fallback decoder reads it), tries the camera
// (a headless browser has none, and the screen must say so), then picks a
// demo merchant code and pays it.
func TestScan(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/", activeWallet(t, seed{Balance: 50000}))
	p.Click("More: Scan, Money")
	follow(t, p, "Scan", "/scan")

	photo := filepath.Join(t.TempDir(), "code.png")
	url := ts.URL + wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: wallet.Merchant{ID: "metro", Name: "City Metro"}, Currency: wallet.CNY})
	writeQRPhoto(t, url, photo)
	p.SetFile("#scan-photo", photo)
	p.WaitText("City Metro")
	p.Open(ts.URL + "/scan")
	p.WaitText("Demo merchant codes")
	p.Click("Open the camera")
	p.WaitText("The camera is not available")

	follow(t, p, "Paper Lantern Books", "/pay?m=bookshop")
	p.Type("Amount (CNY)", "9.9")
	p.Click("Next")
	payPIN(p, seedPIN)
	p.WaitText("Payment successful")
	p.WaitText("¥9.90")
	reloadKeeps(t, p)
}

// TestPayScreensFit320 opens the paying screens on a 320-pixel-wide phone:
// none may be wider than the window.
func TestPayScreensFit320(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/", activeWallet(t, seed{Balance: 50000}))
	p.Run(chromedp.EmulateViewport(320, 640))
	for _, s := range []struct{ path, text string }{
		{"/money", "Pay merchant"}, {"/scan", "Demo merchant codes"}, {"/discover", "Demo shops"},
		{"/shop?id=cafe", "Counter QR code"}, {"/shop?id=books", "World atlas"}, {"/cashier", "Charge"},
		{"/pay?m=jade-noodles&n=Jade+Garden+Noodles&a=3200&o=o9&exp=4102444800&cur=CNY", "Enter payment PIN"},
		{"/redpacket?to=group", "Number of packets"}, {"/transfer?to=sam", "Note (optional)"},
		{"/withdraw", "Free withdrawal quota"}, {"/topup", "Card"}, {"/bills", "Bills"},
	} {
		p.Open(ts.URL + s.path)
		p.WaitText(s.text)
		var wide bool
		p.Eval(`document.documentElement.scrollWidth > window.innerWidth`, &wide)
		if wide {
			t.Errorf("%s is wider than 320 pixels", s.path)
		}
	}
}

// writeQRPhoto writes a 256 px picture of content's QR code, with its
// quiet zone, as a PNG at file: a photo of a code.
func writeQRPhoto(t *testing.T, content, file string) {
	t.Helper()
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		t.Fatal(err)
	}
	if code, err = barcode.Scale(code, 224, 224); err != nil {
		t.Fatal(err)
	}
	photo := image.NewGray(image.Rect(0, 0, 256, 256))
	draw.Draw(photo, photo.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(photo, image.Rect(16, 16, 240, 240), code, code.Bounds().Min, draw.Src)
	writePNG(t, file, photo)
}
