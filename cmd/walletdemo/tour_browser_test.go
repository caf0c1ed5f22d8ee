//go:build !wasm

package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

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
	if got := p.URL(); !strings.Contains(got, "#tour=setup&tourstep=1") {
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
	if got := p.URL(); strings.Contains(got, "tour=") {
		t.Errorf("a closed tour is still in the URL: %s", got)
	}
}

func TestTourDeepLink(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	// Steps count from 1, as the tip does.
	p.Open(ts.URL + "/?lang=zh-Hans&rules=2020&region=GB&tour=activate&step=2")
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

// TestTourLinkToALaterStep opens links to a tour's later steps on a fresh
// visitor: the demo sets up what the step needs, or opens the furthest step
// the visitor can go on from, never a tip over a screen they cannot use.
func TestTourLinkToALaterStep(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	// Step 5 of the set-up tour is on Cards: a persona is all it needs.
	p.Open(ts.URL + "/?tour=setup&step=5")
	p.WaitText("Step 5 of 7")
	p.WaitText("Add a card")
	if strings.Contains(p.Text(), "Pick who you are in the demo first") {
		t.Fatal("the step's screen asks for a persona")
	}
	p.Reload()
	p.WaitText("Step 5 of 7")
	// Setting the PIN needs a linked card: the tour opens at linking one.
	p = browser.NewPage(t)
	p.Open(ts.URL + "/?tour=setup&step=7")
	p.WaitText("Step 6 of 7")
	p.WaitText("Step 1 of 4") // Add a card's first step
	// A payment tour's later step gets the ready wallet it starts with.
	p = browser.NewPage(t)
	p.Open(ts.URL + "/?tour=red-packet&step=4")
	p.WaitText("Step 4 of 4")
	var stored string
	p.Eval(`localStorage.getItem("walletdemo") || ""`, &stored)
	if !strings.Contains(stored, `"stage":"active"`) {
		t.Errorf("the red packet step opened without an active wallet: %s", stored)
	}
	// An old link counted from 0: step=0 can only mean the first step.
	p = browser.NewPage(t)
	p.Open(ts.URL + "/?tour=setup&step=0")
	p.WaitText("Step 1 of 7")
}

// startTourFromList starts a tour as a reader does, from the tour list.
func startTourFromList(p *browser.Page, base, title string) {
	p.Open(base + "/tours")
	p.Click("Start: " + title)
	p.WaitText(title + " · Step 1 of")
}

// tourDone waits for the tour's closing message.
func tourDone(p *browser.Page, title string) {
	p.WaitText("Tour complete: " + title)
}

func TestTourSetupCompleted(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	startTourFromList(p, ts.URL, "Set up your wallet")
	p.Click("Me")
	p.Click("Pay and Services")
	p.Click("Wallet")
	p.Click("Cards (0)")
	p.WaitText("Step 5 of 7")
	p.Click("Add a card")
	p.WaitText("Step 6 of 7")
	p.Reload()
	p.WaitText("Step 6 of 7")
	p.Click("Use demo card: Mainland China UnionPay")
	p.Click("Next")
	p.Click("Mainland China resident ID")
	p.Type("Full name as on the document", "Zhang Wei")
	p.Type("Resident ID number", "110101199003074514")
	p.Type("Mobile number at the bank (+86)", "13800138000")
	finishCard(t, p)
	p.WaitText("Step 7 of 7")
	p.Reload()
	p.WaitText("Step 7 of 7")
	setPIN(t, p)
	tourDone(p, "Set up your wallet")
}

func TestTourActivateCompleted(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	startTourFromList(p, ts.URL, "Activate as an overseas user")
	p.Click("Li Wei")
	p.WaitText("Step 2 of 5")
	p.Click("Open")
	p.WaitText("Step 3 of 5")
	p.Click("Verify identity")
	typePassport(p, "Alex Taylor", "2031-05-01")
	p.Click("Next")
	p.Click("Continue")
	p.Click("Submit")
	p.WaitText("Step 4 of 5")
	p.Click("Add a card")
	p.Click("Use demo card: Mainland China UnionPay")
	p.Click("Next")
	p.Type("Mobile number at the bank (+44)", "7700 900123")
	finishCard(t, p)
	p.WaitText("Step 5 of 5")
	setPIN(t, p)
	tourDone(p, "Activate as an overseas user")
}

// The payment tours start with a wallet set up for them; their tips name
// its PIN.
func TestTourPaymentsCompleted(t *testing.T) {
	browser.Parallel(t)
	ts := startDemo(t)
	const pin = "246810"

	t.Run("quick pay", func(t *testing.T) {
		p := browser.NewPage(t)
		startTourFromList(p, ts.URL, "Pay with Quick Pay")
		p.Click("Money")
		p.WaitText("Step 2 of 2")
		p.WaitText("your PIN for this tour is " + pin)
		// The code is drawn a moment after the screen: wait to see it.
		p.WaitTrue("the payment code", `document.querySelector(".qp-digits") !== null`)
		p.Open(ts.URL + "/cashier")
		p.Type("Amount to charge (CNY)", "20")
		p.Click("Scan the code on this phone")
		p.Click("Charge")
		tourDone(p, "Pay with Quick Pay")
	})
	t.Run("scan", func(t *testing.T) {
		p := browser.NewPage(t)
		startTourFromList(p, ts.URL, "Scan a shop's QR code")
		p.Click("More: Scan, Money")
		p.Click("Scan")
		p.WaitText("Step 2 of 3")
		p.Click("Lucky Bean Coffee")
		p.WaitText("Step 3 of 3")
		p.Type("Amount (CNY)", "12.5")
		p.Click("Next")
		p.WaitText("Enter payment PIN")
		payPIN(p, pin)
		tourDone(p, "Scan a shop's QR code")
	})
	t.Run("red packet", func(t *testing.T) {
		p := browser.NewPage(t)
		startTourFromList(p, ts.URL, "Send a red packet")
		p.Click("Contacts")
		p.WaitText("Step 2 of 4")
		p.Click("Chen Jing")
		p.WaitText("Step 3 of 4")
		follow(t, p, "Red Packet", "/redpacket?to=chen-jing")
		p.WaitText("Step 4 of 4")
		p.Type("Amount (CNY)", "6.66")
		p.Type("Greeting", "Thank you!")
		p.Click("Prepare red packet")
		p.WaitText("Enter payment PIN")
		payPIN(p, pin)
		tourDone(p, "Send a red packet")
	})
	t.Run("in an app", func(t *testing.T) {
		p := browser.NewPage(t)
		startTourFromList(p, ts.URL, "Pay inside an app")
		p.Click("Discover")
		p.WaitText("Step 2 of 3")
		p.Click("Paper Lantern Books")
		p.Click("Buy A novel")
		p.WaitText("Step 3 of 3")
		payPIN(p, pin)
		tourDone(p, "Pay inside an app")
	})
}

// TestTourTipFitsANarrowPhone: on a 320 px phone every tip of a tour stays
// on screen, whichever way it docks.
func TestTourTipFitsANarrowPhone(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Run(chromedp.EmulateViewport(320, 568))
	p.Open(ts.URL + "/?region=CN&tour=setup&step=1")
	for step := 1; step <= 5; step++ {
		p.WaitText("Step " + strconv.Itoa(step) + " of 7")
		var inside bool
		p.Eval(`(function(){ const r = document.querySelector(".tour-tip").getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && document.documentElement.scrollWidth <= innerWidth; })()`, &inside)
		if !inside {
			t.Errorf("step %d: the tip leaves the 320 px screen", step)
		}
		p.Click("Skip")
	}
}

// TestTourRingStaysWhole: the ring around the Me tab, in the phone's
// bottom right corner, stays inside the phone with its glow at 390 px.
func TestTourRingStaysWhole(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Run(chromedp.EmulateViewport(390, 844))
	// Without motion the ring is measured where it stops, not mid-slide.
	p.Run(emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}))
	p.Open(ts.URL + "/?region=CN&tour=setup&step=1")
	p.WaitText("Step 1 of 7")
	p.WaitTrue("the ring", `!!document.querySelector(".tour-ring")`)
	var inside string
	p.Eval(`(() => {
		const ph = document.querySelector(".phone"), o = ph.getBoundingClientRect();
		const r = document.querySelector(".tour-ring").getBoundingClientRect();
		const glow = 4, l = o.left + ph.clientLeft, t = o.top + ph.clientTop;
		const ok = r.left - glow >= l && r.top - glow >= t && r.right + glow <= l + ph.clientWidth && r.bottom + glow <= t + ph.clientHeight;
		return ok ? "" : JSON.stringify({ring: r, phone: {l, t, w: ph.clientWidth, h: ph.clientHeight}});
	})()`, &inside)
	if inside != "" {
		t.Errorf("the ring around Me is clipped by the phone's edge: %s", inside)
	}
}
