//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// fullNumberIn returns the first demo card number found in any of the
// values, spaces and dashes ignored, and where; "" if there is none.
func fullNumberIn(values map[string]string) (number, key string) {
	strip := strings.NewReplacer(" ", "", "-", "", "\u00a0", "")
	for k, v := range values {
		v = strip.Replace(v)
		for _, c := range wallet.DemoCards() {
			if strings.Contains(v, c.Number) {
				return c.Number, k
			}
		}
	}
	return "", ""
}

// noFullNumberStored fails if any localStorage value holds a demo card's
// full number.
func noFullNumberStored(t *testing.T, p *browser.Page, when string) {
	t.Helper()
	var values map[string]string
	p.Eval(`Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))`, &values)
	if len(values) == 0 {
		t.Fatalf("%s: nothing in localStorage to check", when)
	}
	if n, k := fullNumberIn(values); n != "" {
		t.Fatalf("%s: localStorage %q holds the full card number %s", when, k, n)
	}
}

// saveExport clicks Save to a file on the demo's data screen and returns
// the file, once the browser has written it to downloads.
func saveExport(t *testing.T, p *browser.Page, downloads string) []byte {
	t.Helper()
	p.Click("Save to a file")
	var exported []byte
	for deadline := time.Now().Add(browser.Timeout); len(exported) == 0; time.Sleep(100 * time.Millisecond) {
		exported, _ = os.ReadFile(filepath.Join(downloads, "wallet-demo.json"))
		if time.Now().After(deadline) {
			t.Fatal("no exported file")
		}
	}
	return exported
}

// TestCardDataStored types a demo card's number into Add a card, links it
// and checks, on the way and after, that no stored value and no export
// holds the full number: only its network, bank and last four digits.
func TestCardDataStored(t *testing.T) {
	visa := "4111111111111111"
	found := false
	for _, c := range wallet.DemoCards() {
		found = found || c.Number == visa
	}
	if !found {
		t.Fatalf("%s is no longer a demo card", visa)
	}
	ts := startDemo(t)
	p := browser.NewPage(t)
	downloads := t.TempDir()
	p.DownloadTo(downloads)
	p.Open(ts.URL + "/")
	onboard(t, p, "Alex", "United States", "United States", "Current rules")
	p.Click("Me")
	p.Click("Open Settings")
	p.Click("Weixin Pay")
	p.WaitText("On")
	p.Click("Back")
	toAddCard(p)
	p.Type("Card number", "4111 1111 1111 1111")
	noFullNumberStored(t, p, "typing the number")
	p.Reload() // the typed number survives, in the tab only
	wantValue(t, p, "card-number", "4111 1111 1111 1111")
	p.Click("Next")
	p.WaitText("Magnolia Demo Bank · Visa •••• 1111")
	p.Type("Card holder", "Alex Doe")
	p.Type("Mobile number at the bank (+1)", "202 555 0123")
	noFullNumberStored(t, p, "at the holder step")
	finishCard(t, p)
	setPIN(t, p)
	noFullNumberStored(t, p, "after linking")
	var left string
	p.Eval(`Object.values(sessionStorage).join(" ")`, &left)
	if n, _ := fullNumberIn(map[string]string{"sessionStorage": left}); n != "" {
		t.Fatal("the tab still holds the card number after linking")
	}
	st := storedWallet(t, p)
	if len(st.Cards) != 1 || st.Cards[0].Last4 != "1111" {
		t.Fatalf("stored cards: %+v", st.Cards)
	}
	p.Open(ts.URL + "/cards")
	p.WaitText("•••• 1111")

	p.Open(ts.URL + "/settings/demo")
	exported := saveExport(t, p, downloads)
	if !strings.Contains(string(exported), `"1111"`) {
		t.Fatalf("the export lacks the card's last four digits:\n%.400s", exported)
	}
	if n, _ := fullNumberIn(map[string]string{"export": string(exported)}); n != "" {
		t.Fatalf("the export holds the full card number %s", n)
	}
}
