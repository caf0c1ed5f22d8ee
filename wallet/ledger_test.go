package wallet

import (
	"testing"
	"time"
)

func TestBillsSeeTheUsersMoney(t *testing.T) {
	s := fresh(t, "GB", Rules2020)
	made[Incoming](t)(s.OpenRedPacket(s.Incoming[0].ID, t0))
	ok(t)(s.Authenticate(gbPassport, t0))
	card := made[LinkedCard](t)(s.LinkCard(cnCard, t0))
	ok(t)(s.SetPIN(goodPIN, t0))
	ok(t)(s.ConfirmPIN(goodPIN, t0))
	ok(t)(s.TopUp(card.ID, 20000, goodPIN, t0))
	made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: []string{"chen-jing", "sam"}, Count: 2, Amount: 300}, goodPIN, t0))
	made[Transfer](t)(s.SendTransfer(TransferRequest{To: "sam", Amount: 100}, goodPIN, t0))
	p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(1000), t0))
	made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, t0))
	s.Account.FreeWithdrawn = 100000
	ok(t)(s.Withdraw(card.ID, 1000, goodPIN, t0))
	type line struct {
		kind EntryKind
		in   bool
		who  string
		amt  Amount
	}
	var got []line
	for _, b := range s.Bills(t0.Add(25 * time.Hour)) {
		got = append(got, line{b.Kind, b.In, b.Counterparty, b.Money.Amount})
	}
	want := []line{
		{EntryTransferRefund, true, "Transfer to Sam Taylor", 100},
		{EntryPacketRefund, true, "Red packet to Chen Jing, Sam Taylor", 300},
		{EntryFee, false, "Service fee", 10},
		{EntryWithdrawal, false, "Peony Demo Bank UnionPay ••0005", 1000},
		{EntryPayment, false, "Lucky Bean Coffee", 1000},
		{EntryTransferSent, false, "Transfer to Sam Taylor", 100},
		{EntryPacketSent, false, "Red packet to Chen Jing, Sam Taylor", 600},
		{EntryTopUp, true, "Peony Demo Bank UnionPay ••0005", 20000},
		{EntryActivationHold, true, "Red packet from Li Wei", 888},
	}
	if len(got) != len(want) {
		t.Fatalf("bills:\n%v\nwant\n%v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("bill %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	ok(t)(s.Settle(t0.Add(25 * time.Hour)))
	if len(s.Ledger) != 12 {
		t.Errorf("ledger has %d entries", len(s.Ledger))
	}
	sound(t, s)
}

func TestPartyNames(t *testing.T) {
	s := funded(t, 100)
	for p, want := range map[Party]string{
		WalletParty(Mainland):  "Balance",
		PartyFees:              "Service fee",
		PartyActivation:        "Waiting for real-name authentication",
		ContactParty("li-wei"): "Li Wei",
		ContactParty("nobody"): "nobody",
		CardParty("c99"):       "c99",
		MerchantParty("metro"): "metro",
		HoldParty("x1"):        "x1",
		Party("something:odd"): "odd",
	} {
		if got := s.PartyName(p); got != want {
			t.Errorf("PartyName(%s) = %q, want %q", p, got, want)
		}
	}
	in := made[Incoming](t)(s.ReceiveFrom("wong-ka-ho", IncomingTransfer, 100, t0))
	if got := s.PartyName(HoldParty(in.ID)); got != "Transfer from Wong Ka Ho" {
		t.Errorf("hold of an incoming transfer: %q", got)
	}
	if p := Party("card:c1"); p.Kind() != "card" || p.ID() != "c1" {
		t.Errorf("Kind/ID of %s = %s/%s", p, p.Kind(), p.ID())
	}
}
