package wallet

import (
	"strings"
	"testing"
	"time"
)

func TestInAppOrders(t *testing.T) {
	for _, kind := range []PaymentKind{PayInAppWeb, PayNativeApp, PayMiniProgram} {
		t.Run(string(kind), func(t *testing.T) {
			s := funded(t, 10000)
			p, events, err := s.StartOrder(kind, shop, cny(990), t0)
			noErr(t, err)
			if p.Status != PaymentPending || p.Result() != "" || !hasEvent(events, EventPaymentStarted) {
				t.Fatalf("started %+v %v", p, events)
			}
			refusedCounted(t, s, EPIN, func() error { _, _, err := s.ConfirmPayment(p.ID, "", badPIN, t0); return err })
			if got, _ := s.Payment(p.ID); got.Status != PaymentPending || s.Account.PIN.Fails != 1 {
				t.Fatalf("a wrong PIN: %+v fails %d", got, s.Account.PIN.Fails)
			}
			paid, events, err := s.ConfirmPayment(p.ID, MethodBalance, goodPIN, t0)
			noErr(t, err)
			if paid.Result() != ResultOK || !hasEvent(events, EventPaymentMade) || s.balance() != 10000-990 {
				t.Fatalf("paid %+v %v balance %d", paid, events, s.balance())
			}
			again, events, err := s.ConfirmPayment(p.ID, MethodBalance, goodPIN, t0)
			noErr(t, err)
			if again != paid || len(events) != 0 || s.balance() != 10000-990 || len(s.Ledger) != 2 {
				t.Fatalf("a double tap paid twice: %+v %v balance %d", again, events, s.balance())
			}
			refused(t, s, EUSED, func() error { _, _, err := s.CancelPayment(p.ID, t0); return err })
			sound(t, s)
		})
	}
}

func TestCancelPayment(t *testing.T) {
	s := funded(t, 10000)
	p := made[Payment](t)(s.StartOrder(PayMiniProgram, shop, cny(100), t0))
	c, events, err := s.CancelPayment(p.ID, t0)
	noErr(t, err)
	if c.Result() != ResultCancel || !hasEvent(events, EventPaymentCancelled) {
		t.Fatalf("cancel: %+v %v", c, events)
	}
	if c2, events := made[Payment](t)(s.CancelPayment(p.ID, t0)), 0; c2 != c || events != 0 {
		t.Fatal("cancelling twice changed the payment")
	}
	refused(t, s, EUSED, func() error { _, _, err := s.ConfirmPayment(p.ID, "", goodPIN, t0); return err })
	s.Settle(t0.Add(3 * time.Hour))
	if got, _ := s.Payment(p.ID); got.Status != PaymentCancelled {
		t.Fatalf("expiry touched a cancelled payment: %s", got.Status)
	}
	q := made[Payment](t)(s.StartOrder(PayMiniProgram, shop, cny(100), t0.Add(3*time.Hour)))
	s.Settle(t0.Add(6 * time.Hour))
	refused(t, s, EEXPIRED, func() error { _, _, err := s.CancelPayment(q.ID, t0.Add(6*time.Hour)); return err })
}

func TestPaymentRefusals(t *testing.T) {
	s := funded(t, 1000)
	p := made[Payment](t)(s.StartOrder(PayNativeApp, shop, cny(2000), t0))
	for _, tt := range []struct {
		name string
		op   func() error
		code string
	}{
		{"not an in-app kind", func() error { _, _, err := s.StartOrder(PayQuick, shop, cny(1), t0); return err }, EINVALID},
		{"other currency", func() error { _, _, err := s.StartOrder(PayInAppWeb, shop, Money{1, HKD}, t0); return err }, ECURRENCY},
		{"unknown payment", func() error { _, _, err := s.ConfirmPayment("p999", "", goodPIN, t0); return err }, ENOTFOUND},
		{"unknown card", func() error { _, _, err := s.ConfirmPayment(p.ID, "c999", goodPIN, t0); return err }, ENOTFOUND},
		{"insufficient balance", func() error { _, _, err := s.ConfirmPayment(p.ID, MethodBalance, goodPIN, t0); return err }, EBALANCE},
		{"cancel unknown", func() error { _, _, err := s.CancelPayment("p999", t0); return err }, ENOTFOUND},
		{"quote unknown", func() error { _, err := s.QuotePayment("p999", "", t0); return err }, ENOTFOUND},
	} {
		t.Run(tt.name, func(t *testing.T) { refused(t, s, tt.code, tt.op) })
	}
	// The Mainland card pays what the balance cannot.
	paid := made[Payment](t)(s.ConfirmPayment(p.ID, Method(s.Cards[0].ID), goodPIN, t0))
	if paid.Method != Method(s.Cards[0].ID) || paid.Fee.Amount != 0 || s.balance() != 1000 {
		t.Fatalf("card payment %+v balance %d", paid, s.balance())
	}
	if _, ok := s.Payment("p999"); ok {
		t.Fatal("found a payment that does not exist")
	}
}

// foreignPayer is a 2024 overseas account paying with a US Visa card.
func foreignPayer(t *testing.T) *State { return active(t, "GB", Rules2024) }

func TestForeignCardFee(t *testing.T) {
	for _, tt := range []struct {
		amount, fee Amount
	}{
		{100, 0},
		{20000, 0},     // ¥200: free
		{20001, 600},   // 3% of the whole ¥200.01, rounded
		{100000, 3000}, // ¥1,000: ¥30
	} {
		s := foreignPayer(t)
		p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(tt.amount), t0))
		q, err := s.QuotePayment(p.ID, "", t0)
		noErr(t, err)
		if q.Fee != cny(tt.fee) || q.Total != cny(tt.amount+tt.fee) || q.Limit != LimitForeignPayment || q.Remaining != (Money{100000, USD}) {
			t.Errorf("quote for %d = %+v", tt.amount, q)
		}
		made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, t0))
		b := s.Balances()
		if b[CardParty(s.Cards[0].ID)][CNY] != -(tt.amount+tt.fee) || b[PartyFees][CNY] != tt.fee {
			t.Errorf("ledger after paying %d: %v", tt.amount, b)
		}
		sound(t, s)
	}
}

func TestForeignCardLimits(t *testing.T) {
	const perPayment = 720000 // US$1,000 at ¥7.20
	s := foreignPayer(t)
	over := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(perPayment+1), t0))
	refused(t, s, ELIMIT, func() error { _, _, err := s.ConfirmPayment(over.ID, "", goodPIN, t0); return err })
	// Ten payments of exactly US$1,000 reach the unverified yearly US$10,000.
	for i := range 10 {
		p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(perPayment), t0.Add(time.Duration(i)*time.Minute)))
		made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, t0.Add(time.Duration(i)*time.Minute)))
	}
	p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(100), t0.Add(time.Hour)))
	q, err := s.QuotePayment(p.ID, "", t0.Add(time.Hour))
	wantCode(t, err, ELIMIT)
	if q.Limit != LimitForeignYear || q.Remaining.Amount != 0 {
		t.Fatalf("quote = %+v", q)
	}
	// Real-name authentication lifts the limits.
	ok(t)(s.Authenticate(gbPassport, t0.Add(time.Hour)))
	made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, t0.Add(time.Hour)))
	big := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(5*perPayment), t0.Add(time.Hour)))
	made[Payment](t)(s.ConfirmPayment(big.ID, "", goodPIN, t0.Add(time.Hour)))
	bigger := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(5*perPayment+1), t0.Add(time.Hour)))
	refused(t, s, ELIMIT, func() error { _, _, err := s.ConfirmPayment(bigger.ID, "", goodPIN, t0.Add(time.Hour)); return err })
	sound(t, s)
}

func TestForeignCardYearStartsAgain(t *testing.T) {
	newYear := time.Date(2026, time.January, 1, 0, 0, 0, 0, chinaTime)
	s := foreignPayer(t)
	for i := range 10 {
		at := newYear.Add(-time.Hour + time.Duration(i)*time.Second)
		p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(720000), at))
		made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, at))
	}
	late := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(100), newYear.Add(-time.Second)))
	refused(t, s, ELIMIT, func() error {
		_, _, err := s.ConfirmPayment(late.ID, "", goodPIN, newYear.Add(-time.Second))
		return err
	})
	made[Payment](t)(s.ConfirmPayment(late.ID, "", goodPIN, newYear.Add(time.Second)))
}

func TestSpendOnly(t *testing.T) {
	s := foreignPayer(t)
	card := s.Cards[0].ID
	for _, tt := range []struct {
		name string
		op   func() error
	}{
		{"red packet", func() error {
			_, _, err := s.SendRedPacket(PacketRequest{To: []string{"chen-jing"}, Count: 1, Amount: 100}, goodPIN, t0)
			return err
		}},
		{"transfer", func() error {
			_, _, err := s.SendTransfer(TransferRequest{To: "chen-jing", Amount: 100}, goodPIN, t0)
			return err
		}},
		{"receive", func() error { _, _, err := s.ReceiveFrom("chen-jing", IncomingTransfer, 100, t0); return err }},
		{"top up", func() error { _, err := s.TopUp(card, 100, goodPIN, t0); return err }},
		{"withdraw", func() error { _, err := s.Withdraw(card, 100, goodPIN, t0); return err }},
		{"quote withdraw", func() error { _, err := s.QuoteWithdraw(100, t0); return err }},
	} {
		t.Run(tt.name, func(t *testing.T) { refused(t, s, ESPENDONLY, tt.op) })
	}
}

func TestForeignCardPaysMerchantsOnly(t *testing.T) {
	s := active(t, Mainland, Rules2024)
	visa := made[LinkedCard](t)(s.LinkCard(usVisa, t0))
	if !visa.Foreign || s.Entry(t0).SpendOnly {
		t.Fatalf("a resident with a Mainland card and a Visa card: %+v %+v", visa, s.Entry(t0))
	}
	refused(t, s, ECARDREFUSED, func() error {
		_, _, err := s.SendTransfer(TransferRequest{To: "chen-jing", Amount: 100, Method: Method(visa.ID)}, goodPIN, t0)
		return err
	})
	refused(t, s, ECARDREFUSED, func() error { _, err := s.Withdraw(visa.ID, 100, goodPIN, t0); return err })
	p := made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(100), t0))
	made[Payment](t)(s.ConfirmPayment(p.ID, Method(visa.ID), goodPIN, t0))
}

func TestChooseMethod(t *testing.T) {
	s := funded(t, 100)
	card := Method(s.Cards[0].ID)
	events := ok(t)(s.ChooseMethod(card, t0))
	if s.Account.Method != card || !hasEvent(events, EventMethodChosen) {
		t.Fatalf("method %s", s.Account.Method)
	}
	code := made[PayCode](t)(s.ShowPayCode(t0))
	p := made[Payment](t)(s.MerchantScan(code.Digits, shop, 5000, t0))
	if p.Method != card || s.balance() != 100 {
		t.Fatalf("Quick Pay did not use the chosen card: %+v", p)
	}
	refused(t, s, ENOTFOUND, func() error { _, err := s.ChooseMethod("c99", t0); return err })
	ok(t)(s.ChooseMethod(MethodBalance, t0))
}

// An account with Pay on and no card yet does not pay with a foreign card:
// it is told what it lacks, and its entry does not call it spend-only.
func TestNoCardIsNotSpendOnly(t *testing.T) {
	s := fresh(t, "GB", Rules2024)
	ok(t)(s.TurnOnPay(t0))
	if s.Entry(t0).SpendOnly {
		t.Error("an account with no card is called spend-only")
	}
	refused(t, s, ENEEDLOCALCARD, func() error { _, _, err := s.ReceiveFrom("chen-jing", IncomingTransfer, 100, t0); return err })
	_, _, err := s.ReceiveFrom("chen-jing", IncomingTransfer, 100, t0)
	if msg := ErrorMessage(err); !strings.Contains(msg, "link a card issued in Mainland China") {
		t.Errorf("refusal = %q", msg)
	}
}
