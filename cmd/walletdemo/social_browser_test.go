//go:build !wasm

package main

import (
	"strings"
	"testing"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// TestRedPackets sends a normal packet to one contact and a lucky one to
// the group, sees the contacts open them after some demo time, opens one a
// contact sent, and sees an unopened one come back after 24 hours.
func TestRedPackets(t *testing.T) {
	ts := startDemo(t)
	redPackets(t, browser.NewPage(t), ts.URL)
}

// redPackets is that journey on the demo at base.
func redPackets(t *testing.T, p *browser.Page, base string) {
	openSeeded(p, base, "/money", activeWallet(t, seed{Balance: 50000}))
	follow(t, p, "Red Packet", "/redpacket")
	follow(t, p, "Chen Jing", "/redpacket?to=chen-jing")
	p.Type("Amount (CNY)", "8.88")
	p.Type("Greeting", "Happy birthday")
	p.Reload()
	p.WaitText("Greeting")
	var typed string
	p.Eval(`document.getElementById("packet-amount").value + "|" + document.getElementById("packet-greeting").value`, &typed)
	if typed != "8.88|Happy birthday" {
		t.Fatalf("after a reload the form holds %q", typed)
	}
	p.Click("Prepare red packet")
	p.WaitText("Enter payment PIN")
	p.Reload()
	p.WaitText("¥8.88")
	payPIN(p, seedPIN)
	// Sent: what, to whom, and when an unopened packet comes back.
	p.WaitText("Red packet sent")
	p.WaitText("Happy birthday")
	p.WaitText("the rest goes back to where it was paid from: Balance.")
	p.Reload()
	p.WaitText("Red packet sent")
	p.Click("Done")
	p.WaitText("Your red packet ¥8.88")
	p.WaitText("Waiting")
	reloadKeeps(t, p)
	p.Click("+10 min")
	p.WaitText("Chen Jing ¥8.88")
	p.WaitText("Received")
	// The conversation shows the packet as sent, and leads to sending more.
	p.Open(base + "/chat?c=chen-jing")
	p.WaitText("Received")
	follow(t, p, "Red Packet", "/redpacket?to=chen-jing")

	// Lucky packet to the group: three shares of ¥10.00.
	p.Open(base + "/redpacket?to=group")
	p.Type("Number of packets", "3")
	p.Type("Total (CNY)", "10")
	p.Click("Prepare red packet")
	p.WaitText("¥10.00")
	payPIN(p, seedPIN)
	p.WaitText("3 packets, Lucky: random amounts")
	p.Click("Done")
	p.WaitText("Your red packet ¥10.00")
	p.Click("+10 min")
	p.WaitText("Received")
	st := storedWallet(t, p)
	last := st.Packets[len(st.Packets)-1]
	var sum wallet.Amount
	for _, c := range last.Claims {
		sum += c.Amount
	}
	if len(last.Claims) != 3 || sum != 1000 || !last.Lucky {
		t.Errorf("group packet claims %+v", last.Claims)
	}

	// A packet from a contact, opened.
	p.Open(base + "/redpacket?to=li-wei")
	p.Click("Ask them for a red packet (demo)")
	p.WaitText("Red packet from them ¥52.00")
	before, _ := balanceAndBills(t, p)
	p.Click("Open")
	p.WaitGone("Open")
	if after, _ := balanceAndBills(t, p); after != before+5200 {
		t.Errorf("opening ¥52.00 took the balance from %d to %d", before, after)
	}
	reloadKeeps(t, p)

	// Sam never opens: after 24 hours of demo time the money comes back.
	p.Open(base + "/redpacket?to=sam")
	p.Type("Amount (CNY)", "5")
	p.Click("Prepare red packet")
	payPIN(p, seedPIN)
	p.WaitText("Red packet sent")
	p.Click("Done")
	p.WaitText("Your red packet ¥5.00")
	before, _ = balanceAndBills(t, p)
	p.Click("+24 h")
	p.WaitText("Refunded after 24 hours ¥5.00")
	if after, _ := balanceAndBills(t, p); after != before+500 {
		t.Errorf("the refund took the balance from %d to %d", before, after)
	}
	reloadKeeps(t, p)
	p.WaitText("Refunded after 24 hours ¥5.00")

	// Over the packet limit.
	p.Type("Amount (CNY)", "250")
	p.Click("Prepare red packet")
	p.WaitText("A red packet holds at most ¥200.00")
}

// TestTransfers sends a transfer a contact accepts, returns one a contact
// sent and accepts another.
func TestTransfers(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/money", activeWallet(t, seed{Balance: 50000}))
	follow(t, p, "Transfer", "/transfer")
	follow(t, p, "Wong Ka Ho", "/transfer?to=wong-ka-ho")
	p.Type("Amount (CNY)", "20")
	p.Type("Note (optional)", "Dinner")
	p.Click("Transfer")
	p.WaitText("Enter payment PIN")
	payPIN(p, "111112")
	p.WaitText("Wrong payment PIN")
	payPIN(p, seedPIN)
	p.WaitText("Transfer sent")
	p.WaitText("Dinner")
	p.WaitText("They have until")
	p.Click("Done")
	p.WaitText("Your transfer ¥20.00")
	p.WaitText("Waiting")
	reloadKeeps(t, p)
	p.Click("+10 min")
	p.WaitText("Received")

	p.Click("Ask them for a transfer (demo)")
	p.WaitText("Transfer from them ¥52.00")
	before, _ := balanceAndBills(t, p)
	p.Click("Return")
	p.WaitText("Returned")
	p.Click("Ask them for a transfer (demo)")
	p.Click("Accept")
	p.WaitGone("Accept")
	if after, _ := balanceAndBills(t, p); after != before+5200 {
		t.Errorf("accepting ¥52.00 took the balance from %d to %d", before, after)
	}
	reloadKeeps(t, p)
	p.Open(ts.URL + "/bills")
	p.WaitText("+¥52.00")
	p.WaitText("−¥20.00")
}

// TestForeignCardCannotSendMoney: on the 2024 rules an account paying with
// a foreign card only may spend, and the screens say so.
func TestForeignCardCannotSendMoney(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/redpacket?to=chen-jing", activeWallet(t, seed{Region: "GB", Rules: wallet.Rules2024, Foreign: true}))
	p.WaitText("can only pay merchants")
	if strings.Contains(p.Text(), "Prepare red packet") {
		t.Error("the red packet form shows for a spend-only account")
	}
	p.Open(ts.URL + "/transfer?to=chen-jing")
	p.WaitText("can only pay merchants")
}

// TestTopUpAndWithdraw tops up from the card and withdraws past the free
// quota, with the fee on the sheet before the PIN.
func TestTopUpAndWithdraw(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	openSeeded(p, ts.URL, "/topup", activeWallet(t, seed{Balance: 10000}))
	p.Type("Amount (CNY)", "1500")
	p.Click("Next")
	p.WaitText("To your balance")
	p.Reload()
	p.WaitText("¥1,500.00")
	payPIN(p, seedPIN)
	p.WaitText("Topped up")
	p.WaitText("Balance ¥1,600.00")
	reloadKeeps(t, p)
	p.Click("Done")

	p.Open(ts.URL + "/withdraw")
	p.WaitText("Free withdrawal quota left: ¥1,000.00")
	p.Type("Amount (CNY)", "1200")
	p.Click("Next")
	// ¥200 over the free quota at 0.1%: ¥0.20, as the engine quotes it.
	q, err := storedWallet(t, p).QuoteWithdraw(120000, storedWallet(t, p).Created)
	if err != nil {
		t.Fatal(err)
	}
	p.WaitText("Fee " + q.Fee.String())
	payPIN(p, seedPIN)
	p.WaitText("Withdrawal made")
	if bal, _ := balanceAndBills(t, p); bal != 160000-120000-q.Fee.Amount {
		t.Errorf("balance %d after withdrawing ¥1,200 with fee %s", bal, q.Fee)
	}
	reloadKeeps(t, p)
	p.Open(ts.URL + "/withdraw")
	p.Type("Amount (CNY)", "5000")
	p.Click("Next")
	p.WaitText("withdrawing ¥5,000.00 costs")
}
