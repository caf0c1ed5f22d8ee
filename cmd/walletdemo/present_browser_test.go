//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// decodeQR screenshots the element sel and decodes it with zbarimg, an
// independent decoder, returning what the code says.
func decodeQR(t *testing.T, p *browser.Page, sel string) string {
	t.Helper()
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatal("zbarimg not found: install Debian's zbar-tools (make test does)")
	}
	var png []byte
	p.Run(chromedp.ScrollIntoView(sel, chromedp.ByQuery), chromedp.Screenshot(sel, &png, chromedp.ByQuery))
	file := filepath.Join(t.TempDir(), "code.png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(zbar, "--quiet", "--raw", file).Output()
	if err != nil {
		t.Fatalf("zbarimg could not read %s: %v", sel, err)
	}
	return strings.TrimSpace(string(out))
}

func TestPresenterCodes(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Run(chromedp.EmulateViewport(1280, 900))
	p.Open(ts.URL + "/present")
	p.WaitText("Join the demo")
	p.WaitText("To start again, attendees open " + dataPath + " › Reset the demo.")
	if got := decodeQR(t, p, ".present-card:nth-child(1) .present-qr"); got != ts.URL+"/?lang=en&rules=2020" {
		t.Errorf("the join code says %q", got)
	}
	// The room reads the join code from the back: it is the largest.
	var join, cafe float64
	p.Eval(`document.querySelector(".present-card:nth-child(1) .present-qr svg").getBoundingClientRect().width`, &join)
	p.Eval(`document.querySelector(".present-card:nth-child(2) .present-qr svg").getBoundingClientRect().width`, &cafe)
	if join < 1.5*cafe {
		t.Errorf("the join code is %.0f px wide, the café's %.0f px: not much larger", join, cafe)
	}
	p.Type("Amount in yuan", "12.5x")
	p.WaitText("Enter an amount like 12.50.") // the engine's words on a malformed amount
	p.Type("Amount in yuan", "12.50")
	p.WaitText("Pay this amount")
	p.Reload()
	p.WaitText("Pay this amount") // the typed amount survives a reload
	raw := decodeQR(t, p, ".present-card:nth-child(3) .present-qr")
	q, err := wallet.ParseMerchantQR(raw)
	if err != nil || q.Amount != 1250 || q.Currency != wallet.CNY || !strings.HasPrefix(raw, ts.URL+"/pay?") {
		t.Fatalf("the charge code says %q: %+v, %v", raw, q, err)
	}
	// An attendee's phone opens the decoded URL: the pay sheet, amount filled in.
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, strings.TrimPrefix(raw, ts.URL), activeWallet(t, seed{Balance: 5000}))
	a.WaitText("Enter payment PIN")
	a.WaitText("¥12.50")
	a.WaitText("Lucky Bean Coffee")
}
