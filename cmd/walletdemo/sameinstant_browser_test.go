//go:build !wasm

package main

import (
	"math"
	"strconv"
	"testing"
	"time"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// tapAt has the page tap the PIN pad's key digit at the Date.now() time at:
// a timer wakes it just before, and it waits out the last milliseconds, so
// that two windows given one instant tap within a millisecond or two of it.
// window.tappedAt records when the tap happened.
func tapAt(t *testing.T, p *browser.Page, digit string, at float64) {
	t.Helper()
	var ok bool
	p.Eval(`(function(digit, at) {
  const key = Array.from(document.querySelectorAll(".pin-key")).find((b) => b.textContent === digit);
  if (!key) return false;
  setTimeout(() => {
    while (Date.now() < at) {}
    window.tappedAt = Date.now();
    key.click();
  }, at - Date.now() - 30);
  return true;
})(`+browserJSON(digit)+`, `+strconv.FormatFloat(at, 'f', 0, 64)+`)`, &ok)
	if !ok {
		t.Fatalf("no PIN key %s", digit)
	}
}

// TestTwoTabsPayInTheSameInstant has two windows of one browser, on a
// wallet with ¥100, each at the PIN pad of an ¥80 payment with five digits
// in, tap the last digit in the same instant. The cross-tab lock lets one
// pay; the other, once the first has written, is refused for the balance.
// Never two successes: the stored ledger holds the one payment, and after a
// reload both show the same balance.
func TestTwoTabsPayInTheSameInstant(t *testing.T) {
	ts := startDemo(t)
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, "/wallet", activeWallet(t, seed{Balance: 10000}))
	a.WaitText("¥100.00")
	// A window of its own: a hidden tab's timers fire up to a second late.
	b := a.NewWindow()
	tabs := []*browser.Page{a, b}
	for _, tab := range tabs {
		atPINStep(ts, tab)
		payPIN(tab, seedPIN[:5])
		tab.WaitTrue("five PIN boxes filled", `document.querySelectorAll(".pin-box.filled").length === 5`)
	}

	var at float64
	a.Eval(`Date.now() + 500`, &at)
	for _, tab := range tabs {
		tapAt(t, tab, seedPIN[5:], at)
	}
	paidA, paidB := outcome(t, a), outcome(t, b)
	var tappedA, tappedB float64
	a.Eval(`window.tappedAt`, &tappedA)
	b.Eval(`window.tappedAt`, &tappedB)
	t.Logf("the taps came %.0f ms and %.0f ms after the instant", tappedA-at, tappedB-at)
	if gap := math.Abs(tappedA - tappedB); gap > 20 {
		t.Fatalf("the taps came %.0f ms apart: not the same instant", gap)
	}
	if paidA == paidB {
		t.Fatalf("tab A paid: %v, tab B paid: %v; exactly one must", paidA, paidB)
	}
	refused := map[bool]*browser.Page{true: b, false: a}[paidA]
	refused.WaitText("less than ¥80.00")

	st := storedWallet(t, a)
	bal := st.Balances()[wallet.WalletParty(st.Account.Wallet)][st.Entry(st.Created).Currency]
	if payments := len(st.Bills(st.Created)) - 1; bal != 2000 || payments != 1 {
		t.Fatalf("the stored ledger shows %d payments and a balance of %d", payments, bal)
	}
	for _, tab := range tabs {
		tab.Open(ts.URL + "/wallet")
		tab.WaitText("¥20.00")
	}
}

// noLocks is true once no operation holds or waits for the cross-tab lock.
const noLocks = `navigator.locks.query().then((s) => s.held.length === 0 && s.pending.length === 0)`

// TestDoubleTapStartsOnePayment taps Next twice in one go on a static
// code's amount: the second tap comes while the first's operation waits for
// the cross-tab lock, and is ignored, so one payment is opened, not two.
func TestDoubleTapStartsOnePayment(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", activeWallet(t, seed{Balance: 10000}))
	p.Type("Amount (CNY)", "12.5")
	var ok bool
	p.Eval(`(function() {
  const next = Array.from(document.querySelectorAll("button")).find((b) => b.textContent.trim() === "Next");
  if (!next) return false;
  next.click();
  next.click();
  return true;
})()`, &ok)
	if !ok {
		t.Fatal("no Next button")
	}
	p.WaitText("Enter payment PIN")
	p.WaitTrue("no operation waiting", noLocks)
	if n := len(storedWallet(t, p).Payments); n != 1 {
		t.Fatalf("a double tap on Next opened %d payments", n)
	}
}

// TestTwoTabsLoseNoOperation has two windows tap the demo clock's +1 h as
// fast as they can for two seconds, while a third window notes the demo
// time of every document written. Each write must be one hour on from the
// one before: a tab that read the document before the other's last write
// reached it would write the same hour again and lose that write.
func TestTwoTabsLoseNoOperation(t *testing.T) {
	ts := startDemo(t)
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, "/settings", activeWallet(t, seed{}))
	b := a.NewWindow()
	b.Open(ts.URL + "/settings")
	watch := a.NewWindow()
	watch.Open(ts.URL + "/settings")
	// Each window counts the writes it hears of (the other tabs' ones).
	const hear = `window.heard = []; addEventListener("storage", (e) => { if (e.key === "walletdemo" && e.newValue) heard.push(JSON.parse(e.newValue).wallet.clock_offset / 3.6e12); }); true`
	var ok bool
	for _, tab := range []*browser.Page{a, b, watch} {
		tab.Eval(hear, &ok)
	}
	var at float64
	a.Eval(`Date.now() + 500`, &at)
	for _, tab := range []*browser.Page{a, b} {
		tab.Eval(`(function(at) {
  window.tapping = true;
  setTimeout(function tap() {
    if (Date.now() > at + 2000) { window.tapping = false; return; }
    const plus = Array.from(document.querySelectorAll("button")).find((b) => b.textContent.trim() === "+1 h");
    if (plus) plus.click();
    setTimeout(tap, 1);
  }, at - Date.now());
  return true;
})(`+strconv.FormatFloat(at, 'f', 0, 64)+`)`, &ok)
	}
	for _, tab := range []*browser.Page{a, b} {
		tab.WaitTrue("the taps to end", `window.tapping === false`)
	}
	hours := func(st *wallet.State) int { return int(st.ClockOffset / time.Hour) }
	final := hours(storedWallet(t, a))
	watch.WaitTrue("the last write to be heard", `heard.length > 0 && heard[heard.length - 1] === `+strconv.Itoa(final))
	var heard []int
	watch.Eval(`heard`, &heard)
	for i, h := range heard {
		if h != i+1 {
			t.Fatalf("write %d of %d set the demo clock %d h on, not %d h: a write was lost (the writes around it: %v)", i+1, len(heard), h, i+1, heard[max(0, i-3):min(len(heard), i+4)])
		}
	}
	var byB, byA []int
	a.Eval(`heard`, &byB)
	b.Eval(`heard`, &byA)
	t.Logf("%d operations: %d from window A, %d from window B", final, len(byA), len(byB))
	if len(byA) < 20 || len(byB) < 20 {
		t.Fatalf("window A wrote %d times and window B %d times: not enough at once to test", len(byA), len(byB))
	}
}
