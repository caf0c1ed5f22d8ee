//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
)

func TestDemoDataResetExportImport(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	downloads := t.TempDir()
	p.DownloadTo(downloads)
	// A payment tour starts with a set-up wallet holding ¥500.00.
	p.Open(ts.URL + "/?tour=in-app&step=1")
	p.WaitText("Step 1 of")
	p.Press("\x1b")
	p.Open(ts.URL + "/settings")
	p.Click("The demo's data")
	exported := saveExport(t, p, downloads)
	file := filepath.Join(downloads, "wallet-demo.json")
	if !strings.Contains(string(exported), `"ledger"`) || strings.Contains(string(exported), "6200000000000005") {
		t.Fatalf("the export lacks the ledger or holds a full card number:\n%.300s", exported)
	}

	p.Click("Reset the demo")
	p.Click("Yes, reset everything")
	p.WaitText("Welcome to Wallet Demo")

	p.Open(ts.URL + "/settings/demo")
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"version":1,"wallet":{"version":1,"ruleset":"1999"}}`), 0o644)
	p.Run(chromedp.SetUploadFiles("#import-file", []string{bad}, chromedp.ByQuery))
	p.WaitText("not a demo export this version can read")
	var stored string
	p.Eval(`localStorage.getItem("walletdemo")`, &stored)
	if strings.Contains(stored, `"wallet"`) {
		t.Fatalf("a refused import changed the demo: %s", stored)
	}

	p.Run(chromedp.SetUploadFiles("#import-file", []string{file}, chromedp.ByQuery))
	p.WaitText("The saved demo is loaded.")
	p.Reload()
	p.Open(ts.URL + "/wallet")
	p.WaitText("500.00")
}
