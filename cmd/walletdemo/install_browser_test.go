//go:build !wasm

package main

import (
	"strings"
	"testing"

	"walletdemo/internal/browser"
)

// offerInstall has the browser offer to install the demo, as Chromium
// does when the site qualifies.
func offerInstall(p *browser.Page) {
	p.Eval(`window.dispatchEvent(new Event("beforeinstallprompt")), true`, nil)
}

// TestInstallOfferedOnce: the offer to install is one card at the foot of
// the Me tab, not a row above every screen, and "Not now" is remembered
// across a reload and a reset of the demo.
func TestInstallOfferedOnce(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/", activeWallet(t, seed{Balance: 10000}))
	p.WaitTrue("the Chats screen", `document.querySelector("h1").textContent === "Chats"`)
	offerInstall(p)
	p.Click("Me")
	p.WaitText("use it offline")
	p.Click("Chats")
	p.WaitTrue("the Chats screen", `document.querySelector("h1").textContent === "Chats"`)
	if strings.Contains(p.Text(), "Install the demo") {
		t.Error("the install offer shows on Chats")
	}
	p.Click("Me")
	p.Click("Not now")
	p.WaitGone("use it offline")
	p.Reload()
	offerInstall(p)
	p.Click("Chats")
	p.Click("Me")
	p.WaitText("Pay and Services")
	if strings.Contains(p.Text(), "use it offline") {
		t.Error("the install offer came back after Not now and a reload")
	}
}
