package wallet

import (
	"reflect"
	"strings"
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
		kind  EntryKind
		in    bool
		who   CounterpartyKind
		names string
		amt   Amount
	}
	var got []line
	for _, b := range s.Bills(t0.Add(25 * time.Hour)) {
		c := b.Counterparty
		got = append(got, line{b.Kind, b.In, c.Kind, c.Name + strings.Join(c.Names, "|"), b.Money.Amount})
	}
	want := []line{
		{EntryTransferRefund, true, CounterTransferTo, "Sam Taylor", 100},
		{EntryPacketRefund, true, CounterPacketTo, "Chen Jing|Sam Taylor", 300},
		{EntryFee, false, CounterFee, "", 10},
		{EntryWithdrawal, false, CounterCard, "Peony Demo Bank UnionPay •••• 0005", 1000},
		{EntryPayment, false, CounterMerchant, "Lucky Bean Coffee", 1000},
		{EntryTransferSent, false, CounterTransferTo, "Sam Taylor", 100},
		{EntryPacketSent, false, CounterPacketTo, "Chen Jing|Sam Taylor", 600},
		{EntryTopUp, true, CounterCard, "Peony Demo Bank UnionPay •••• 0005", 20000},
		{EntryActivationHold, true, CounterPacketFrom, "Li Wei", 888},
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

func TestCounterparties(t *testing.T) {
	s := funded(t, 100)
	for p, want := range map[Party]Counterparty{
		WalletParty(Mainland):  {Kind: CounterBalance},
		PartyFees:              {Kind: CounterFee},
		PartyActivation:        {Kind: CounterActivation},
		ContactParty("li-wei"): {Kind: CounterContact, Name: "Li Wei"},
		ContactParty("nobody"): {Kind: CounterUnknown, Name: "nobody"},
		CardParty("c99"):       {Kind: CounterUnknown, Name: "c99"},
		MerchantParty("metro"): {Kind: CounterUnknown, Name: "metro"},
		HoldParty("x1"):        {Kind: CounterUnknown, Name: "x1"},
		Party("something:odd"): {Kind: CounterUnknown, Name: "odd"},
	} {
		if got := s.Counterparty(p); !reflect.DeepEqual(got, want) {
			t.Errorf("Counterparty(%s) = %+v, want %+v", p, got, want)
		}
	}
	in := made[Incoming](t)(s.ReceiveFrom("wong-ka-ho", IncomingTransfer, 100, t0))
	if got := s.Counterparty(HoldParty(in.ID)); got.Kind != CounterTransferFrom || !reflect.DeepEqual(got.Names, []string{"Wong Ka Ho"}) {
		t.Errorf("hold of an incoming transfer: %+v", got)
	}
	if got := s.PartyName(CardParty(s.Cards[0].ID)); got != "Peony Demo Bank UnionPay •••• 0005" {
		t.Errorf("PartyName of the card = %q", got)
	}
	if p := Party("card:c1"); p.Kind() != "card" || p.ID() != "c1" {
		t.Errorf("Kind/ID of %s = %s/%s", p, p.Kind(), p.ID())
	}
}
