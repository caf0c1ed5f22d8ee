//go:build !wasm

package main

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// holdLock has tab take the cross-tab lock by hand and keep it until
// letGo: every operation of the demo's tabs waits meanwhile.
func holdLock(tab *browser.Page) {
	tab.WaitTrue("the lock held by hand", `new Promise((held) => navigator.locks.request("walletdemo", () => { held(true); return new Promise((r) => window.release = r); }))`)
}

// letGo releases the lock holdLock took, once n operations wait for it.
func letGo(tab *browser.Page, n int) {
	tab.WaitTrue(strconv.Itoa(n)+" operations waiting for the lock", `navigator.locks.query().then((s) => s.pending.length === `+strconv.Itoa(n)+`)`)
	var ok bool
	tab.Eval(`release(), true`, &ok)
}

// TestTwoTabsPayInTheSameInstant has two windows of one browser, on a
// wallet with ¥100, each at the PIN pad of an ¥80 payment with five digits
// in, tap the last digit in the same instant: a third window holds the
// cross-tab lock until both confirmations wait for it, then lets go, so
// they run back to back however fast the machine is. One pays; the other,
// once the first has written, is refused for the balance. Never two
// successes: the stored ledger holds the one payment, and after a reload
// both show the same balance.
func TestTwoTabsPayInTheSameInstant(t *testing.T) {
	ts := startDemo(t)
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, "/wallet", activeWallet(t, seed{Balance: 10000}))
	a.WaitText("¥100.00")
	// Windows of their own: a hidden tab's timers fire up to a second late.
	b := a.NewWindow()
	hold := a.NewWindow()
	hold.Open(ts.URL + "/wallet")
	tabs := []*browser.Page{a, b}
	for _, tab := range tabs {
		atPINStep(ts, tab)
		payPIN(tab, seedPIN[:5])
		tab.WaitTrue("five PIN boxes filled", `document.querySelectorAll(".pin-box.filled").length === 5`)
	}
	holdLock(hold)
	for _, tab := range tabs {
		tab.Click(seedPIN[5:])
	}
	letGo(hold, 2)
	paidA, paidB := outcome(t, a), outcome(t, b)
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

// TestTwoTabsLoseNoOperation makes two windows' operations meet, round
// after round: a third window holds the cross-tab lock by hand while each
// of the two taps the demo clock's +1 h, so that both wait for it, then
// lets it go, and the two run one right after the other. Each write must be
// one hour on from the one before: a tab that read the document before the
// other's write reached its copy would write the same hour again, and that
// write would be lost.
func TestTwoTabsLoseNoOperation(t *testing.T) {
	const rounds = 10
	ts := startDemo(t)
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, "/settings", activeWallet(t, seed{}))
	b := a.NewWindow()
	b.Open(ts.URL + "/settings")
	watch := a.NewWindow()
	watch.Open(ts.URL + "/settings")
	// The watching window notes the demo time of every write it hears of.
	const hear = `window.heard = []; addEventListener("storage", (e) => { if (e.key === "walletdemo" && e.newValue) heard.push(JSON.parse(e.newValue).wallet.clock_offset / 3.6e12); }); true`
	var ok bool
	watch.Eval(hear, &ok)
	for round := 1; round <= rounds; round++ {
		holdLock(watch)
		a.Click("+1 h")
		b.Click("+1 h")
		letGo(watch, 2)
		watch.WaitTrue("both operations done", noLocks)
		watch.WaitTrue("the last write heard", `heard[heard.length - 1] === JSON.parse(localStorage.getItem("walletdemo")).wallet.clock_offset / 3.6e12`)
		var heard []int
		watch.Eval(`heard`, &heard)
		want := make([]int, 2*round)
		for i := range want {
			want[i] = i + 1
		}
		if !slices.Equal(heard, want) {
			t.Fatalf("round %d: the writes set the demo clock on by %v hours, not %v: a write was lost", round, heard, want)
		}
	}
	if got := int(storedWallet(t, a).ClockOffset / time.Hour); got != 2*rounds {
		t.Fatalf("after %d taps the stored demo clock is %d h on", 2*rounds, got)
	}
}
