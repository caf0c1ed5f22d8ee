//go:build !wasm

package main

import (
	"strings"
	"testing"

	"walletdemo/internal/browser"
)

// TestTourSetUpYourWallet does the tutorial's tour as a reader would: each
// tip advances only once its step is really done, and a reload in the
// middle keeps the tour and its step.
func TestTourSetUpYourWallet(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/tours")
	p.Click("Start: Set up your wallet")
	p.WaitText("Step 1 of 7")
	p.WaitText("Open Me, at the bottom right.")
	if got := p.Path(); !strings.Contains(got, "tour=setup") || !strings.Contains(got, "step=0") {
		t.Errorf("the URL does not name the tour step: %s", got)
	}
	p.Click("Me")
	p.WaitText("Step 2 of 7")
	p.Reload()
	p.WaitText("Step 2 of 7")
	p.WaitText("Tap Pay and Services.")
	p.Click("Pay and Services")
	p.WaitText("Step 3 of 7")
	p.Click("Previous step")
	p.WaitText("Step 2 of 7")
	p.WaitText("Tap Pay and Services.")
	// Wandering off: the tip offers the way back to its screen.
	p.Click("Chats")
	p.Click("Show me where")
	p.WaitText("Pay and Services")
	p.Press("\x1b") // Esc closes the tour
	p.WaitGone("Step 2 of 7")
	if got := p.Path(); strings.Contains(got, "tour=") {
		t.Errorf("a closed tour is still in the URL: %s", got)
	}
}

func TestTourDeepLink(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/?lang=zh-Hans&rules=2020&region=GB&tour=activate&step=1")
	p.WaitText("第 2 步，共 5 步")
	p.WaitText("打开红包")
	var stored string
	p.Eval(`localStorage.getItem("walletdemo")`, &stored)
	if !strings.Contains(stored, `"region":"GB"`) || !strings.Contains(stored, `"tour":{"id":"activate","step":1}`) {
		t.Errorf("stored %s", stored)
	}
	// A bad value is ignored with a warning, never a broken page.
	p.Open(ts.URL + "/?tour=no-such-tour&step=x&lang=klingon")
	p.WaitText("第 2 步，共 5 步")
	if !strings.Contains(p.Logs(), "ignoring the URL parameter tour=no-such-tour") {
		t.Errorf("no console warning for a bad tour:\n%s", p.Logs())
	}
}
