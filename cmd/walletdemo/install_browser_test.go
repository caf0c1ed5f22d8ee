//go:build !wasm

package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"

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
	ts := startCachingDemo(t)
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

// TestInstallWays: a browser without an install prompt shows its own way
// to install instead of an Install button that cannot work (the browser
// is told it is another by its user agent), and the page carries what iOS
// reads when the demo is added to the Home Screen.
func TestInstallWays(t *testing.T) {
	browser.Parallel(t)
	ts := startCachingDemo(t)
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`rel="apple-touch-icon"`, `name="apple-mobile-web-app-capable" content="yes"`, `name="apple-mobile-web-app-title" content="Wallet Demo"`, `name="theme-color"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, c := range []struct{ name, ua, want string }{
		{"iPhone", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", "tap Share, then “Add to Home Screen”"},
		{"Mac Safari", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15", "choose File, then “Add to Dock”"},
		{"Firefox for Android", "Mozilla/5.0 (Android 15; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0", "open Firefox's menu ⋮"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := browser.NewPage(t)
			p.Run(emulation.SetUserAgentOverride(c.ua))
			p.Open(ts.URL + "/me")
			p.WaitText(c.want)
			var button bool
			p.Eval(`Array.from(document.querySelectorAll("button")).some((b) => b.textContent.trim() === "Install the demo")`, &button)
			if button {
				t.Error("an Install button shows beside the browser's own way")
			}
		})
	}
}
