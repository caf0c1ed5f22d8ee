//go:build !wasm

package main

import (
	"strings"
	"testing"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// Browser tests of what the demo does when its storage fails it: a damaged
// or unknown saved value, a browser that refuses storage, a write cut short.
// Each fault is set up by a script that runs before the app starts.

// Notices the app shows for each kind of storage fault.
const (
	noticeUnreadable = "The saved demo could not be read, so the demo started afresh."
	noticeRecovered  = "the last complete save was restored"
	noticeMemory     = "This browser does not let the demo save."
	noticeFull       = "This browser's storage is full: your saved demo is shown"
	// dataPath is the way to Settings > The demo's data, as notices name it.
	dataPath = "Me › Settings › The demo's data"
)

// beforeFirstStart runs js before the app starts on the tab's first load
// only: a reload then shows what the app made of it.
func beforeFirstStart(p *browser.Page, js string) {
	p.BeforeStart(`if (!sessionStorage.getItem("test.injected")) { sessionStorage.setItem("test.injected", "1"); ` + js + ` }`)
}

// storedValue returns localStorage's value under key, or "".
func storedValue(p *browser.Page, key string) string {
	var v string
	p.Eval(`localStorage.getItem(`+browserJSON(key)+`) || ""`, &v)
	return v
}

// TestStorageDamagedValues stores a value the app cannot read: it starts
// afresh with a notice (or restores the last whole save), works, and keeps
// the value aside for export rather than deleting it.
func TestStorageDamagedValues(t *testing.T) {
	browser.Parallel(t)
	ts := startDemo(t)
	good := activeWallet(t, seed{Balance: 10000})
	for _, c := range []struct {
		name, main, spare string
		notice            string
	}{
		{"corrupt JSON", `{"version":1,"lang":"en","wallet":{"version":1,,}}`, "", noticeUnreadable},
		{"a future version", strings.Replace(good, `"version":1,"wallet"`, `"version":99,"wallet"`, 1), "", noticeUnreadable},
		{"a truncated value", good[:len(good)/2], "", noticeUnreadable},
		// A write of the main key cut short after the spare was read back.
		{"a truncated value with a whole spare", good[:len(good)/2], good, noticeRecovered},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.main == good {
				t.Fatal("the damaged value is the good one")
			}
			p := browser.NewPage(t)
			beforeFirstStart(p, `localStorage.setItem("walletdemo", `+browserJSON(c.main)+`); `+
				`localStorage.setItem("walletdemo.next", `+browserJSON(c.spare)+`);`)
			p.Open(ts.URL + "/")
			p.WaitText(c.notice)
			if got := storedValue(p, "walletdemo.unreadable"); got != c.main {
				t.Fatalf("the unreadable value kept aside is %q, want %q", got, c.main)
			}
			// The notice leads to where the kept data can be saved.
			p.Click(dataPath)
			p.WaitText("Save the data that could not be read")
			p.Open(ts.URL + "/")
			if c.spare != "" {
				// The spare's wallet, whole: its balance and its ledger agree.
				p.Open(ts.URL + "/wallet")
				p.WaitText("¥100.00")
			} else {
				p.WaitText("Welcome to Wallet Demo")
				onboard(t, p, "Robin", "United Kingdom", "United Kingdom", "As in the tutorial (May 2020)")
				p.WaitText("Li Wei") // the UK persona's first chat
			}
			p.Reload()
			p.WaitGone(c.notice) // the app has written a whole document since
			if st := storedWallet(t, p); st == nil {
				t.Fatal("no wallet stored after the app worked")
			}
			// The damaged value is still there to save from Settings.
			p.Open(ts.URL + "/settings/demo")
			p.WaitText("Save the data that could not be read")
			if got := storedValue(p, "walletdemo.unreadable"); got != c.main {
				t.Fatalf("after working, the value kept aside is %q", got)
			}
		})
	}
}

// TestStorageUnavailable has the browser refuse storage as private modes,
// full quotas and disabled storage do: the app says it cannot save and
// works in memory.
func TestStorageUnavailable(t *testing.T) {
	browser.Parallel(t)
	ts := startDemo(t)
	for _, c := range []struct{ name, js string }{
		{"disabled", `Object.defineProperty(window, "localStorage", {configurable: true, get() { throw new DOMException("Access is denied for this document.", "SecurityError"); }});`},
		{"absent", `Object.defineProperty(window, "localStorage", {configurable: true, value: null});`},
		{"private mode, every write refused", `Storage.prototype.setItem = function() { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := browser.NewPage(t)
			p.BeforeStart(c.js)
			p.Open(ts.URL + "/")
			p.WaitText(noticeMemory)
			onboard(t, p, "Robin", "United Kingdom", "United Kingdom", "As in the tutorial (May 2020)")
			p.WaitText("Li Wei")
			// In memory the state lasts while the page is open.
			follow(t, p, "Me", "/me")
			p.WaitText("Robin")
			p.WaitText(noticeMemory)
		})
	}
}

// TestStorageQuotaFullWhilePaying fills the quota in the middle of the
// demo: the payment still completes, in memory, with a notice that changes
// are not kept; the stored document stays the last whole one.
func TestStorageQuotaFullWhilePaying(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	doc := activeWallet(t, seed{Balance: 10000})
	openSeeded(p, ts.URL, "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", doc)
	p.Type("Amount (CNY)", "12.5")
	p.Click("Next")
	p.WaitText("Enter payment PIN")
	before := storedValue(p, "walletdemo")
	var ok bool
	p.Eval(`Storage.prototype.setItem = function() { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }, true`, &ok)
	payPIN(p, seedPIN)
	p.WaitText("Payment successful")
	p.WaitText(noticeFull)
	p.Open(ts.URL + "/wallet") // a full load: what was stored, the old wallet
	p.WaitText("¥100.00")
	if got := storedValue(p, "walletdemo"); got != before {
		t.Fatal("the stored document changed although every write was refused")
	}
}

// paidOnce reports whether the stored wallet shows the ¥12.50 payment from
// ¥100.00 made, or not made, failing on anything in between.
func paidOnce(t *testing.T, st *wallet.State) bool {
	t.Helper()
	bal := st.Balances()[wallet.WalletParty(st.Account.Wallet)][st.Entry(st.Created).Currency]
	bills := len(st.Bills(st.Created))
	switch {
	case bal == 10000 && bills == 1: // the top-up only
		return false
	case bal == 8750 && bills == 2:
		return true
	}
	t.Fatalf("the stored wallet is a mix: balance %d with %d bills", bal, bills)
	return false
}

// TestStorageCrashBetweenWrites cuts the two writes of a payment apart, and
// closes a tab right after a payment: the tab opened next finds the old
// state or the new, whole, never a mix, and says when it restored one.
func TestStorageCrashBetweenWrites(t *testing.T) {
	ts := startDemo(t)
	first := browser.NewPage(t)
	doc := activeWallet(t, seed{Balance: 10000})
	start := func(fail string) *browser.Page {
		openSeeded(first, ts.URL, "/", doc)
		tab := first.NewTab()
		tab.Open(ts.URL + "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY")
		tab.Type("Amount (CNY)", "12.5")
		tab.Click("Next")
		tab.WaitText("Enter payment PIN")
		if fail != "" {
			var ok bool
			tab.Eval(`(function(){ const set = Storage.prototype.setItem; Storage.prototype.setItem = function(k, v) { if (k === "walletdemo") { `+fail+` } return set.call(this, k, v); }; return true; })()`, &ok)
		}
		return tab
	}

	t.Run("the main write refused after the spare", func(t *testing.T) {
		tab := start(`throw new DOMException("The quota has been exceeded.", "QuotaExceededError");`)
		payPIN(tab, seedPIN)
		tab.WaitText("Payment successful")
		tab.Close()
		again := first.NewTab()
		again.Open(ts.URL + "/wallet")
		again.WaitText("¥100.00")
		if paidOnce(t, storedWallet(t, again)) {
			t.Fatal("the main document holds a payment whose write was refused")
		}
	})

	t.Run("the main write cut short", func(t *testing.T) {
		tab := start(`set.call(this, k, v.slice(0, v.length / 2)); throw new Error("the tab crashed");`)
		payPIN(tab, seedPIN)
		tab.WaitText("Payment successful")
		tab.Close()
		again := first.NewTab()
		again.Open(ts.URL + "/wallet")
		again.WaitText(noticeRecovered)
		again.WaitText("¥87.50")
		spare := storedValue(again, "walletdemo.next")
		if cut := storedValue(again, "walletdemo.unreadable"); cut == "" || len(cut) >= len(spare) || !strings.HasPrefix(spare, cut) {
			t.Fatalf("the cut document is not kept aside: %.60q", cut)
		}
		// The restored document is saved back: the next load needs no rescue.
		again.Reload()
		again.WaitText("¥87.50")
		again.WaitGone(noticeRecovered)
		if !paidOnce(t, storedWallet(t, again)) {
			t.Fatal("the restored payment was lost")
		}
	})

	t.Run("the tab closed as the payment is confirmed", func(t *testing.T) {
		tab := start("")
		payPIN(tab, seedPIN)
		tab.Close()
		again := first.NewTab()
		again.Open(ts.URL + "/wallet")
		paid := paidOnce(t, storedWallet(t, again))
		want := map[bool]string{false: "¥100.00", true: "¥87.50"}[paid]
		again.WaitText(want)
	})
}
