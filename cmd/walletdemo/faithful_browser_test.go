//go:build !wasm

package main

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// storedDoc is the app's stored document holding st, in English.
func storedDoc(t testing.TB, st *wallet.State) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{"version": 1, "lang": "en", "wallet": st})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFullStorageShowsTheSavedWallet: a reload while localStorage reads
// but refuses writes (its quota full) shows the saved wallet, under a
// notice that changes are not kept, and leaves the saved document whole.
func TestFullStorageShowsTheSavedWallet(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/wallet", activeWallet(t, seed{Balance: 12300}))
	p.WaitText("Mainland China wallet · CNY")
	var saved string
	p.Eval(`localStorage.getItem("walletdemo")`, &saved)

	// Fill the quota: ever smaller strings until not one more character
	// fits.
	var filled bool
	p.Eval(`(() => {
		let i = 0;
		for (let size = 1 << 20; size >= 1; size = size >> 2) {
			const chunk = "x".repeat(size);
			try { for (;;) localStorage.setItem("fill" + (i++), chunk); } catch (e) {}
		}
		try { localStorage.setItem("walletdemo.probe", "1"); return false; } catch (e) { return true; }
	})()`, &filled)
	if !filled {
		t.Fatal("localStorage still takes writes")
	}
	p.Reload()
	p.WaitText("This browser's storage is full: your saved demo is shown")
	p.WaitText("Mainland China wallet · CNY")
	p.WaitText("¥123.00")
	if strings.Contains(p.Text(), "Pick who you are") {
		t.Error("the saved wallet looks lost")
	}

	// A change works in memory and is not written over the saved wallet.
	p.Click("Demo clock")
	p.Click("+24 h")
	p.Reload()
	p.WaitText("This browser's storage is full")
	p.WaitText("¥123.00")
	var now string
	p.Eval(`localStorage.getItem("walletdemo")`, &now)
	if now != saved {
		t.Error("the saved document changed")
	}
}

// TestQuickPayFollowsTheDemoClock: when the demo clock jumps past the
// code's minute, the Quick Pay screen shows a new code at once, which a
// scanner reads; an order code jumped past its two hours says it expired.
func TestQuickPayFollowsTheDemoClock(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/money", activeWallet(t, seed{Balance: 50000}))
	p.WaitText("Tap to view numbers")
	if strings.Contains(p.Text(), "Demo rule: codes") {
		t.Error("a Mainland wallet's real prefixes are called the demo's own")
	}
	// A fresh code, with its minute to live, just before the jump.
	first := storedWallet(t, p).PayCode
	p.Click("Payment code — tap for a new one")
	p.WaitTrue("a fresh code", `JSON.parse(localStorage.getItem("walletdemo")).wallet.pay_code.digits !== `+browserJSON(first.Digits))
	before := storedWallet(t, p).PayCode
	p.Click("Demo clock")
	p.Click("+1 h")
	p.WaitTrue("a code issued after the jump", `Date.parse(JSON.parse(localStorage.getItem("walletdemo")).wallet.pay_code.issued) >= `+
		strconv.FormatInt(before.Issued.Add(time.Hour).UnixMilli(), 10))
	after := storedWallet(t, p).PayCode
	// Renewed by the jump, not by the real-time timer at the old code's
	// end.
	if !after.Issued.Before(before.Expires.Add(time.Hour)) {
		t.Errorf("the code issued %v was renewed only at %v, when it ran out in real time", before.Issued, after.Issued)
	}
	code := after.Digits
	p.Click("Demo clock") // closes the panel, off the codes
	p.WaitTrue("the clock's panel closed", `!document.getElementById("clock-panel")`)
	// The screen draws what the store holds a moment after it is written:
	// the picture is taken until it shows the new code, or the wait ends.
	shot := filepath.Join(t.TempDir(), "money.png")
	var got string
	for end := time.Now().Add(browser.Timeout); time.Now().Before(end); {
		p.Screenshot(shot)
		if got = strings.Join(zbar(t, shot), "\n"); strings.Contains(got, "CODE-128:"+code) {
			break
		}
	}
	if !strings.Contains(got, "CODE-128:"+code) {
		t.Errorf("the screen shows %q after the jump, want the new code %s", got, code)
	}

	p.Open(ts.URL + "/shop?id=noodles")
	p.Click("Order")
	p.WaitText("This order code is valid for")
	p.Reload()
	p.WaitText("This order code is valid for")
	p.Click("Demo clock")
	p.Click("+24 h")
	p.WaitText("This order code has expired (demo time)")
	p.Reload()
	p.WaitText("This order code has expired (demo time)")
}

// TestBillsSpeakTheUsersLanguage: a red packet's bill reads in Chinese on
// a Chinese screen, with the contact's name.
func TestBillsSpeakTheUsersLanguage(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	st := gbActive(t)
	_, ev, err := st.SendRedPacket(wallet.PacketRequest{To: []string{"sam", "chen-jing"}, Count: 2, Amount: 500}, "258036", time.Now())
	must(t)(ev, err)
	openSeeded(p, ts.URL, "/bills", storedDoc(t, st))
	p.WaitText("Red packet to Sam Taylor, Chen Jing")
	switchLang(t, p, i18n.Simplified)
	p.WaitText("发给Sam Taylor、Chen Jing的红包")
	if text := p.Text(); strings.Contains(text, "Red packet to") {
		t.Errorf("English on the Chinese bills: %q", text)
	}
	p.Click("发给Sam Taylor、Chen Jing的红包")
	p.WaitText("账单详情")
	p.Reload()
	p.WaitText("发给Sam Taylor、Chen Jing的红包")
}

// TestNoCardIsToldWhatItLacks: an account with Pay on and no card yet
// (2024 rules) that asks a contact for money is told to verify and link a
// Mainland card, not that it pays with a foreign card.
func TestNoCardIsToldWhatItLacks(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	st := usFresh(t)
	must(t)(st.TurnOnPay(time.Now()))
	openSeeded(p, ts.URL, "/chat?c=chen-jing", storedDoc(t, st))
	p.Click("Ask for a transfer")
	p.WaitText("To receive red packets and transfers, complete real-name authentication and link a card issued in Mainland China.")
	p.Open(ts.URL + "/wallet")
	p.WaitText("Mainland China wallet")
	if text := p.Text(); strings.Contains(text, "foreign card") {
		t.Errorf("an account with no card is said to pay with a foreign card: %q", text)
	}
}

// TestOwnPrefixesSaidSo: a Malaysian wallet's Quick Pay screen says its
// codes' prefix is the demo's own.
func TestOwnPrefixesSaidSo(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	st := myCardLinked(t)
	activate(t, st)
	openSeeded(p, ts.URL, "/money", storedDoc(t, st))
	p.WaitText("Demo rule: codes of this wallet start with 17, a prefix of the demo's own; the real Malaysia wallet's prefixes are not published.")
	p.WaitText("Tap to view numbers")
	if code := storedWallet(t, p).PayCode.Digits; !strings.HasPrefix(code, "17") {
		t.Errorf("code %s", code)
	}
}

// TestRedPacketCapIsOnTheWhole: a normal group packet's form says each
// share's amount, shows the whole packet beside the cap as it is typed,
// and the refusal says the same; the form survives a reload.
func TestRedPacketCapIsOnTheWhole(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/redpacket?to=group", activeWallet(t, seed{Balance: 50000}))
	p.WaitText("A red packet holds at most ¥200.00 in all.")
	p.Click("Normal: everyone the same")
	p.Type("Number of packets", "3")
	p.Type("Amount each (CNY)", "100")
	p.WaitText("Whole packet: 3 × ¥100.00 = ¥300.00 (at most ¥200.00).")
	p.Click("Prepare red packet")
	p.WaitText("A red packet holds at most ¥200.00 in all: 3 × ¥100.00 makes ¥300.00.")
	p.Reload()
	p.WaitText("Whole packet: 3 × ¥100.00 = ¥300.00 (at most ¥200.00).")
	p.Type("Amount each (CNY)", "50")
	p.WaitText("Whole packet: 3 × ¥50.00 = ¥150.00 (at most ¥200.00).")
	p.Click("Prepare red packet")
	p.WaitText("Enter payment PIN")
	p.WaitText("¥150.00")

	// To one person the amount is the packet's.
	p.Open(ts.URL + "/redpacket?to=sam")
	p.Type("Amount (CNY)", "250")
	p.Click("Prepare red packet")
	p.WaitText("A red packet holds at most ¥200.00 in all.")
}
