//go:build !wasm

package main

import (
	"testing"
	"time"

	"walletdemo/wallet"
)

// The states the paying screens start from, built on gbActive.

// gbPaid has paid the bookshop's official-account order (the first
// payment: its id is "p"+ the engine's next number, see paidID).
func gbPaid(t *testing.T) *wallet.State {
	s, now := gbActive(t), time.Now()
	p, ev, err := s.StartOrder(wallet.PayInAppWeb, wallet.Merchant{ID: "bookshop", Name: "Paper Lantern Books"}, wallet.Money{Amount: 4500, Currency: wallet.CNY}, now)
	must(t)(ev, err)
	_, ev, err = s.ConfirmPayment(p.ID, wallet.MethodBalance, "258036", now)
	must(t)(ev, err)
	return s
}

// gbSocial has sent Wong Ka Ho a transfer and Chen Jing a red packet, and
// been sent a transfer by Wong Ka Ho.
func gbSocial(t *testing.T) *wallet.State {
	s, now := gbActive(t), time.Now()
	_, ev, err := s.SendTransfer(wallet.TransferRequest{To: "wong-ka-ho", Amount: 2000, Note: "Dinner"}, "258036", now)
	must(t)(ev, err)
	_, ev, err = s.ReceiveFrom("wong-ka-ho", wallet.IncomingTransfer, 5200, now)
	must(t)(ev, err)
	_, ev, err = s.SendRedPacket(wallet.PacketRequest{To: []string{"chen-jing"}, Count: 1, Amount: 888, Greeting: "Happy birthday"}, "258036", now)
	must(t)(ev, err)
	return s
}

// paidID is the id gbPaid's payment gets; TestPaidID keeps it true.
const paidID = "p7"

func TestPaidID(t *testing.T) {
	if s := gbPaid(t); s.Payments[0].ID != paidID {
		t.Fatalf("gbPaid's payment is %s; set paidID to it", s.Payments[0].ID)
	}
}

// gbRich has ¥2,000 more, to withdraw past the free quota.
func gbRich(t *testing.T) *wallet.State {
	s := gbActive(t)
	must(t)(s.TopUp(s.Cards[0].ID, 200000, "258036", time.Now()))
	return s
}
