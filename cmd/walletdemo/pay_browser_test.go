//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// payPIN types the PIN on the pay sheet's number pad, key by key.
func payPIN(p browser.Tab, pin string) {
	for _, d := range pin {
		p.Click(string(d))
	}
}

// balanceAndBills are what must survive a reload: the engine's balance and
// the number of bills.
func balanceAndBills(t *testing.T, p browser.Tab) (wallet.Amount, int) {
	t.Helper()
	st := storedWallet(t, p)
	return st.Balances()[wallet.WalletParty(st.Account.Wallet)][st.Entry(st.Created).Currency], len(st.Bills(st.Created))
}

// reloadKeeps reloads and checks the stored balance and bills are the same.
func reloadKeeps(t *testing.T, p browser.Tab) {
	t.Helper()
	bal, n := balanceAndBills(t, p)
	p.Reload()
	if bal2, n2 := balanceAndBills(t, p); bal2 != bal || n2 != n {
		t.Fatalf("after a reload the balance is %d with %d bills, before %d with %d", bal2, n2, bal, n)
	}
}

func TestPayStaticQR(t *testing.T) {
	ts := startDemo(t)
	payStaticQR(t, browser.NewPage(t), ts.URL)
}

// payStaticQR pays a shop's counter code on the demo at base, with reloads
// on the way.
func payStaticQR(t *testing.T, p *browser.Page, base string) {
	openSeeded(p, base, "/discover", activeWallet(t, seed{Balance: 50000}))
	follow(t, p, "Lucky Bean Coffee", "/shop?id=cafe")
	p.WaitText("Counter QR code")
	follow(t, p, "Pay this code on this phone", "/pay?")
	p.Type("Amount (CNY)", "12.5")
	p.Reload() // the typed amount survives
	p.WaitText("Lucky Bean Coffee")
	var typed string
	p.Eval(`document.getElementById("pay-amount").value`, &typed)
	if typed != "12.5" {
		t.Fatalf("after a reload the amount field holds %q", typed)
	}
	p.Click("Next")
	p.WaitText("Enter payment PIN")
	p.WaitText("¥12.50")
	p.Reload() // the sheet survives: the step is in the URL
	p.WaitText("Enter payment PIN")
	payPIN(p, seedPIN)
	p.WaitText("Payment successful")
	p.WaitText("Lucky Bean Coffee")
	reloadKeeps(t, p)
	follow(t, p, "Done", "/")
	p.WaitText("Chats")
	follow(t, p, "Pay", "/chat?c=pay")
	p.WaitText("Payment receipt")
	p.WaitText("¥12.50")
	follow(t, p, "Bills", "/bills")
	p.WaitText("−¥12.50")
	follow(t, p, "Lucky Bean Coffee", "/bill?")
	p.WaitText("QR code payment")
	if bal, _ := balanceAndBills(t, p); bal != 50000-1250 {
		t.Errorf("balance %d after paying ¥12.50 from ¥500", bal)
	}
}

func TestPayDynamicOrderQR(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/shop?id=noodles", activeWallet(t, seed{Balance: 50000}))
	p.Click("Order Dumplings")
	p.WaitText("Order QR code: Dumplings · ¥18.00")
	p.Reload()
	p.WaitText("Order QR code: Dumplings · ¥18.00")
	follow(t, p, "Pay this code on this phone", "/pay?")
	p.WaitText("Enter payment PIN")
	p.WaitText("¥18.00")
	// The keyboard works as well as the pad.
	p.Type("Enter payment PIN", seedPIN)
	p.WaitText("Payment successful")
	reloadKeeps(t, p)
	// The same order code pays once.
	p.Run(chromedp.NavigateBack())
	p.WaitText("already paid")
}

// TestPayInAppHandOffs pays the official-account page (JSAPI), the
// third-party app and the Mini Program, each coming back with its result;
// the official account also hears "cancel" and "fail".
func TestPayInAppHandOffs(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/discover", activeWallet(t, seed{Balance: 50000}))
	for _, shop := range []struct{ name, buy, price string }{
		{"Paper Lantern Books", "Buy A novel", "¥45.00"},
		{"City Metro", "Buy Single ticket", "¥6.00"},
		{"Little Leaf Tea", "Buy Milk tea", "¥16.00"},
	} {
		p.Open(ts.URL + "/discover")
		follow(t, p, shop.name, "/shop?")
		p.Click(shop.buy)
		p.WaitText("Enter payment PIN")
		p.WaitText(shop.price)
		payPIN(p, seedPIN)
		p.WaitText("Payment successful")
		follow(t, p, "Done", "/shop?")
		p.WaitText(`The shop received the result "ok"`)
		if !strings.Contains(p.Path(), "/shop?") {
			t.Errorf("%s: Done led to %s, not back to the shop", shop.name, p.Path())
		}
	}
	// Cancel: close the sheet.
	p.Open(ts.URL + "/shop?id=books")
	p.Click("Buy World atlas")
	p.WaitText("Enter payment PIN")
	p.Click("Close")
	p.WaitText(`The shop received the result "cancel"`)
	// Fail: the order expires before it is paid.
	p.Click("Buy A novel")
	p.WaitText("Enter payment PIN")
	p.Run(chromedp.NavigateBack())
	p.WaitText("Waiting for you to pay")
	p.Click("Let the order expire (demo clock +2 h)")
	p.WaitText(`The shop received the result "fail"`)
	reloadKeeps(t, p)
	p.WaitText(`The shop received the result "fail"`)
}

// TestQuickPay has the café's till charge the code on the Money screen:
// within the password-free limit it pays at once; after the digits were
// revealed it asks for the PIN.
func TestQuickPay(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/me", activeWallet(t, seed{Balance: 50000}))
	follow(t, p, "Pay and Services", "/services")
	follow(t, p, "Money", "/money")
	p.WaitText("Pay merchant")
	p.WaitText("Tap to view numbers")
	st := storedWallet(t, p)
	if st.PayCode == nil || st.PayCode.Revealed {
		t.Fatalf("no hidden code issued: %+v", st.PayCode)
	}
	if strings.Contains(p.Text(), st.PayCode.Digits[4:]) {
		t.Error("the digits show before they are tapped")
	}
	first := st.PayCode.Digits
	p.Click("Payment code — tap for a new one")
	p.WaitTrue("a new code", `!localStorage.getItem("walletdemo").includes(`+browserJSON(first)+`)`)

	p.Open(ts.URL + "/cashier")
	p.Type("Amount to charge (CNY)", "20")
	p.Click("Scan the code on this phone")
	p.Click("Charge")
	p.WaitText("Payment successful")
	p.WaitText("¥20.00")
	reloadKeeps(t, p)

	// Revealed digits: the PIN is asked.
	p.Open(ts.URL + "/money")
	p.Click("Tap to view numbers")
	p.WaitText("asks for your PIN")
	code := storedWallet(t, p).PayCode.Digits
	p.WaitText(code[:4] + " " + code[4:8])
	p.Open(ts.URL + "/cashier")
	p.Type("Amount to charge (CNY)", "30")
	p.Click("Scan the code on this phone")
	p.Click("Charge")
	p.WaitText("Enter payment PIN")
	payPIN(p, seedPIN)
	p.WaitText("Payment successful")
	p.WaitText("¥30.00")
	if bal, _ := balanceAndBills(t, p); bal != 50000-2000-3000 {
		t.Errorf("balance %d", bal)
	}
	// Quick Pay can pay with the card instead: the balance stays.
	p.Open(ts.URL + "/money")
	p.Click("Change")
	p.Click("Peony Demo Bank UnionPay •••• 0005")
	p.WaitGone("Balance (")
	p.Open(ts.URL + "/cashier")
	p.Type("Amount to charge (CNY)", "7")
	p.Click("Scan the code on this phone")
	p.Click("Charge")
	p.WaitText("Payment successful")
	p.WaitText("Peony Demo Bank UnionPay •••• 0005")
	if bal, _ := balanceAndBills(t, p); bal != 50000-2000-3000 {
		t.Errorf("paying by card changed the balance to %d", bal)
	}
	// A used code is refused.
	p.Open(ts.URL + "/cashier")
	p.Type("Amount to charge (CNY)", "1")
	p.Type("Customer's payment code", code)
	p.Click("Charge")
	p.WaitText("already used")
}

// TestPayRefusals: the wrong-PIN shake and lockout, an insufficient
// balance (with top up and a card offered), and an over-limit foreign
// card.
func TestPayRefusals(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/shop?id=books", activeWallet(t, seed{Balance: 5000}))
	p.Click("Buy World atlas")
	p.WaitText("less than ¥128.00")
	p.WaitText("Top up")
	p.Click("Pay with a card")
	p.WaitText("Enter payment PIN")
	for i := 1; i <= 4; i++ {
		payPIN(p, "000000")
		p.WaitText("Wrong payment PIN")
		p.WaitTrue("the boxes to shake", `document.querySelector(".pin-boxes.shake") !== null`)
	}
	p.Reload() // four wrong PINs are remembered
	p.WaitText("Enter payment PIN")
	payPIN(p, "000000")
	p.WaitText("Too many wrong PINs")
	p.WaitGone("Enter payment PIN")
	p.Reload()
	p.WaitText("Too many wrong PINs")
	if st := storedWallet(t, p); st.Account.PIN.LockedUntil.IsZero() {
		t.Error("the lockout was not saved")
	}
	reloadKeeps(t, p)

	// Over the foreign card's limit (2024 rules, unverified: US$1,000).
	p2 := browser.NewPage(t)
	openSeeded(p2, ts.URL, "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", activeWallet(t, seed{Region: "GB", Rules: wallet.Rules2024, Foreign: true}))
	p2.Type("Amount (CNY)", "9000")
	p2.Click("Next")
	p2.WaitText("a foreign card can pay US$1,000.00 per payment")
	if strings.Contains(p2.Text(), "Enter payment PIN") {
		t.Error("the PIN pad shows for a refused payment")
	}
	reloadKeeps(t, p2)
}

// TestKeysAheadOfTheirHandlerStay: a key whose input handler has not run
// yet when go-app draws its next frame stays in the field. go-app runs a
// handler a moment after its key and draws up to 33 ms later: on a busy
// phone a key can come in between, and drawing the draft the previous key
// left wiped it (one digit in ten of a phone number, under load). So in a
// form's field, the PIN pad and a search box; drafts survive a reload.
func TestKeysAheadOfTheirHandlerStay(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", activeWallet(t, seed{Balance: 10000}))
	p.WaitText("Lucky Bean Coffee")
	drafts := `JSON.parse(localStorage.getItem("walletdemo.drafts") || "{}")`
	typeTwoKeysHeld(t, p, "pay-amount")
	p.WaitTrue("the second key's handler to keep it", drafts+`["pay-amount"] === "12"`)
	p.Reload()
	p.WaitTrue("the field to show the draft again", `document.getElementById("pay-amount").value === "12"`)
	// The PIN pad keeps its digits itself (never stored).
	p.Click("Next")
	p.WaitText("Enter payment PIN")
	typeTwoKeysHeld(t, p, "sheet-pin")
	p.WaitTrue("two of the PIN's boxes filled", `document.querySelectorAll(".pin-box.filled").length === 2`)
	// A search box filters as it is typed into.
	q := browser.NewPage(t)
	q.Visit(ts.URL + "/")
	q.Click("Get started")
	q.WaitText("Step 1 of 2")
	typeTwoKeysHeld(t, q, "welcome.q")
	q.WaitTrue("the search's handler to keep the second key", drafts+`["welcome.q"] === "12"`)
	q.Reload()
	q.WaitTrue("the search to show the draft again", `document.getElementById("welcome.q").value === "12"`)
}

// typeTwoKeysHeld types "1" and "2" into the input id: the first key and
// its handler, then the second key with its input event held back while
// go-app draws the first key's frame (due within 33 ms). The pause
// decides nothing for an app that keeps the key: it lets the frame come,
// so that one that wipes the key fails.
func typeTwoKeysHeld(t *testing.T, p *browser.Page, id string) {
	t.Helper()
	var shown string
	p.Eval(`(async () => {
		const el = document.getElementById(`+browserJSON(id)+`);
		el.focus();
		el.value = "1";
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.value = "12";
		await new Promise((r) => setTimeout(r, 300));
		const shown = el.value;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		return shown;
	})()`, &shown)
	if shown != "12" {
		t.Errorf("%s shows %q while the second key's handler waits, want \"12\"", id, shown)
	}
}
