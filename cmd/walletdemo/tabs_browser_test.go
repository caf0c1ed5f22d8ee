//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// atPINStep opens the café's pay screen in tab, enters ¥80 and waits for
// the PIN.
func atPINStep(ts *testServer, tab *browser.Page) {
	tab.Open(ts.URL + "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY")
	tab.Type("Amount (CNY)", "80")
	tab.Click("Next")
	tab.WaitText("Enter payment PIN")
	tab.WaitText("¥80.00")
}

// outcome waits until tab shows a success or a refusal for the balance, and
// reports whether it paid.
func outcome(t *testing.T, tab *browser.Page) bool {
	t.Helper()
	tab.WaitTrue("a success or a refusal", `/Payment successful|less than ¥80\.00/.test(document.body.innerText)`)
	return strings.Contains(tab.Text(), "Payment successful")
}

// TestTwoTabs runs the demo in two windows of one browser (tabs a person
// taps in are visible; a hidden tab's timers are slowed), and a third that
// watches: both tabs confirm an ¥80 payment from ¥100, the second a moment
// after the first, before the first shows its result; one pays, the other is
// refused for the balance, the stored ledger shows one payment, and the
// watching tab shows the new balance without a reload.
func TestTwoTabs(t *testing.T) {
	ts := startDemo(t)
	a := browser.NewPage(t)
	openSeeded(a, ts.URL, "/wallet", activeWallet(t, seed{Balance: 10000}))
	a.WaitText("¥100.00")
	watch := a.NewWindow()
	watch.Open(ts.URL + "/wallet")
	watch.WaitText("¥100.00")
	var marked bool
	watch.Eval(`window.notReloaded = true`, &marked)

	b := a.NewWindow()
	atPINStep(ts, a)
	atPINStep(ts, b)
	a.Type("Enter payment PIN", seedPIN[:5])
	b.Type("Enter payment PIN", seedPIN[:5])
	// The last digit in one tab, then at once in the other, without waiting
	// for the first to show its result.
	last := seedPIN[5:]
	a.Press(last)
	b.Press(last)
	paidA, paidB := outcome(t, a), outcome(t, b)
	if paidA == paidB {
		t.Fatalf("tab A paid: %v, tab B paid: %v; exactly one must", paidA, paidB)
	}

	st := storedWallet(t, a)
	bal := st.Balances()[wallet.WalletParty(st.Account.Wallet)][st.Entry(st.Created).Currency]
	if payments := len(st.Bills(st.Created)) - 1; bal != 2000 || payments != 1 {
		t.Fatalf("the stored ledger shows %d payments and a balance of %d", payments, bal)
	}

	// The watching tab heard the change (the storage event).
	watch.WaitText("¥20.00")
	watch.Eval(`window.notReloaded === true`, &marked)
	if !marked {
		t.Fatal("the watching tab reloaded to show the change")
	}

	// The refused tab, told the new balance, pays the rest.
	refused := map[bool]*browser.Page{true: b, false: a}[paidA]
	refused.Open(ts.URL + "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY")
	refused.Type("Amount (CNY)", "20")
	refused.Click("Next")
	refused.Type("Enter payment PIN", seedPIN)
	refused.WaitText("Payment successful")
	watch.WaitText("¥0.00")
	deadline := time.Now().Add(browser.Timeout)
	for bal != 0 && time.Now().Before(deadline) {
		st = storedWallet(t, a)
		bal = st.Balances()[wallet.WalletParty(st.Account.Wallet)][st.Entry(st.Created).Currency]
	}
	if bal != 0 || len(st.Bills(st.Created)) != 3 {
		t.Fatalf("after paying the rest the stored balance is %d with %d bills", bal, len(st.Bills(st.Created)))
	}
}
