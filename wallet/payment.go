package wallet

import (
	"slices"
	"time"
)

// Method is how a payment is funded: MethodBalance or the id of a linked card.
type Method string

// MethodBalance pays from the wallet's balance.
const MethodBalance Method = "balance"

// PaymentKind is the entry point a payment came through. They all end in
// the same confirmation sheet.
type PaymentKind string

// The payment kinds.
const (
	PayQuick       PaymentKind = "quick_pay"    // the merchant scans the user's code
	PayQR          PaymentKind = "qr_code"      // the user scans the merchant's code
	PayInAppWeb    PaymentKind = "in_app_web"   // an official-account page (JSAPI)
	PayNativeApp   PaymentKind = "native_app"   // a third-party app hands off
	PayMiniProgram PaymentKind = "mini_program" // a Mini Program
)

// PaymentStatus is where a payment is.
type PaymentStatus string

// The payment statuses.
const (
	PaymentPending   PaymentStatus = "pending"
	PaymentPaid      PaymentStatus = "paid"
	PaymentCancelled PaymentStatus = "cancelled"
	PaymentFailed    PaymentStatus = "failed" // expired before it was paid
)

// The results an in-app hand-off reports back to the merchant (JSAPI's
// ok / cancel / fail).
const (
	ResultOK     = "ok"
	ResultCancel = "cancel"
	ResultFail   = "fail"
)

// Payment is one payment to a merchant, from its start to its result.
type Payment struct {
	ID       string        `json:"id"`
	Kind     PaymentKind   `json:"kind"`
	Merchant Merchant      `json:"merchant"`
	Money    Money         `json:"money"`
	Order    string        `json:"order,omitempty"` // the merchant's order id
	Code     string        `json:"code,omitempty"`  // the Quick Pay code scanned
	Created  time.Time     `json:"created"`
	Expires  time.Time     `json:"expires"`
	Status   PaymentStatus `json:"status"`
	// NeedsPIN is false only for a password-free Quick Pay payment.
	NeedsPIN bool      `json:"needs_pin"`
	Method   Method    `json:"method,omitempty"`
	Fee      Money     `json:"fee,omitzero"`
	Paid     time.Time `json:"paid,omitzero"`
}

// Result is what the hand-off reports: ResultOK once paid, ResultCancel
// when the user cancelled, ResultFail when it expired, "" while pending.
func (p Payment) Result() string {
	return map[PaymentStatus]string{PaymentPaid: ResultOK, PaymentCancelled: ResultCancel, PaymentFailed: ResultFail}[p.Status]
}

// LimitKind names the limit a quote is closest to.
type LimitKind string

// The limits a quote can name.
const (
	LimitNone           LimitKind = ""
	LimitBalance        LimitKind = "balance"
	LimitForeignPayment LimitKind = "foreign_card_payment"
	LimitForeignYear    LimitKind = "foreign_card_year"
	LimitWithdrawFree   LimitKind = "withdraw_free_quota"
)

// Quote is what an operation would cost before it is confirmed: the amount,
// the fee, their total, whether the PIN is asked, and the limit that
// applies with what remains of it (in the limit's own currency).
type Quote struct {
	Amount    Money
	Fee       Money
	Total     Money
	Method    Method
	NeedsPIN  bool
	Limit     LimitKind
	Remaining Money
}

// Payment returns the payment with id.
func (s *State) Payment(id string) (Payment, bool) {
	p, err := s.payment(id)
	if err != nil {
		return Payment{}, false
	}
	return *p, true
}

func (s *State) payment(id string) (*Payment, error) {
	i := slices.IndexFunc(s.Payments, func(p Payment) bool { return p.ID == id })
	if i < 0 {
		return nil, Errorf(ENOTFOUND, "No payment %q.", id)
	}
	return &s.Payments[i], nil
}

// StartOrder opens an in-app order (in-app web, native app or Mini Program)
// for merchant: it waits on the pay sheet until confirmed, cancelled or
// expired. Refusals: EINVALID for kind, merchant or a sum not above zero;
// ESTAGE before the wallet is active, ECLOSED once it closed; ECURRENCY
// for money in another currency than the wallet's; ELIMIT above the
// ruleset's maximum.
func (s *State) StartOrder(kind PaymentKind, merchant Merchant, m Money, now time.Time) (Payment, []Event, error) {
	if kind != PayInAppWeb && kind != PayNativeApp && kind != PayMiniProgram {
		return Payment{}, nil, FieldErrorf("kind", EINVALID, "An in-app order comes from a web page, an app or a Mini Program, not %q.", kind)
	}
	return s.startPayment(Payment{Kind: kind, Merchant: merchant, Money: m}, now)
}

// startPayment opens p as a pending payment that needs the PIN, unless an
// identical pending one exists (a double tap), which it returns instead.
func (s *State) startPayment(p Payment, now time.Time) (Payment, []Event, error) {
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if _, err := t.requireActive(now); err != nil {
			return nil, err
		}
		if err := t.checkPayment(p, now); err != nil {
			return nil, err
		}
		if p.Order != "" {
			if q := t.orderPayment(p.Merchant.ID, p.Order); q != nil && q.Status == PaymentPaid {
				return nil, Errorf(EUSED, "This order is already paid: each order code pays once.")
			} else if q != nil {
				p = *q
				return nil, nil
			}
		}
		np, ev := t.newPayment(p, now)
		p = *np
		return []Event{ev}, nil
	})
	return outcome(p, events, err)
}

// newPayment files p as pending, needing the PIN, until its expiry (by
// default the ruleset's order validity).
func (s *State) newPayment(p Payment, now time.Time) (*Payment, Event) {
	p.ID, p.Created, p.Status, p.NeedsPIN = s.nextID("p"), now, PaymentPending, true
	if p.Expires.IsZero() {
		p.Expires = now.Add(s.rules().OrderValidity)
	}
	s.Payments = append(s.Payments, p)
	s.schedule(Action{Due: p.Expires, Kind: ActPaymentExpire, Ref: p.ID})
	return &s.Payments[len(s.Payments)-1], Event{Kind: EventPaymentStarted, Time: now, Ref: p.ID, Party: p.Merchant.ID, Money: p.Money}
}

// checkPayment refuses a payment to an invalid merchant, of no money, in
// another currency than the wallet's, or past its order's expiry.
func (s *State) checkPayment(p Payment, now time.Time) error {
	if err := p.Merchant.validate(); err != nil {
		return err
	}
	if err := s.checkMoney(p.Money); err != nil {
		return err
	}
	if !p.Expires.IsZero() && !now.Before(p.Expires) {
		return Errorf(EEXPIRED, "This order expired at %s. Ask the merchant for a new code.", s.clockText(p.Expires))
	}
	return nil
}

// orderPayment returns the pending or paid payment of the merchant's order,
// or nil: an order pays once.
func (s *State) orderPayment(merchant, order string) *Payment {
	for i := range s.Payments {
		p := &s.Payments[i]
		if p.Merchant.ID == merchant && p.Order == order && (p.Status == PaymentPending || p.Status == PaymentPaid) {
			return p
		}
	}
	return nil
}

// QuotePayment tells what confirming payment id with method would cost
// (method "" is the account's default). When confirming would be refused,
// it returns the refusal with the quote so far, which names the limit and
// what remains of it: ENOTFOUND for id or a method that is no linked
// card, EBALANCE when the balance is short, ELIMIT over a foreign card's
// limit.
func (s *State) QuotePayment(id string, method Method, now time.Time) (Quote, error) {
	t := s.at(now)
	p, err := t.payment(id)
	if err != nil {
		return Quote{}, err
	}
	q, err := t.quote(p.Money, method, true, now)
	q.NeedsPIN = p.NeedsPIN
	return q, err
}

// ConfirmPayment pays payment id with method after checking pin. Confirming
// a paid payment again returns it as it is and pays nothing: a double tap
// never pays twice. Refusals: ENOTFOUND for id or method; EUSED once
// cancelled, EEXPIRED once expired; ESTAGE or ECLOSED when the wallet
// cannot pay; EBALANCE when the balance is short; ELIMIT over a foreign
// card's limit; EPIN or ELOCKED for pin.
func (s *State) ConfirmPayment(id string, method Method, pin string, now time.Time) (Payment, []Event, error) {
	return s.endPayment(id, PaymentPaid, now, func(t *State, p *Payment, now time.Time) ([]Event, error) {
		if _, err := t.requireActive(now); err != nil {
			return nil, err
		}
		return t.pay(p, method, pin, now)
	})
}

// endPayment runs end on payment id while it is pending. A payment that
// already ended as done is returned as it is, so a second tap changes
// nothing; any other end is refused.
func (s *State) endPayment(id string, done PaymentStatus, now time.Time, end func(t *State, p *Payment, now time.Time) ([]Event, error)) (Payment, []Event, error) {
	var out Payment
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		p, err := t.payment(id)
		if err != nil {
			return nil, err
		}
		defer func() { out = *p }()
		switch p.Status {
		case done:
			return nil, nil
		case PaymentPaid:
			return nil, Errorf(EUSED, "This payment is already paid.")
		case PaymentCancelled:
			return nil, Errorf(EUSED, "This payment was cancelled. Start it again.")
		case PaymentFailed:
			return nil, Errorf(EEXPIRED, "This payment expired. Start it again.")
		}
		return end(t, p, now)
	})
	return outcome(out, events, err)
}

// pay moves the money of p from method to the merchant, and the fee to the
// service, checking the PIN if p needs it.
func (s *State) pay(p *Payment, method Method, pin string, now time.Time) ([]Event, error) {
	q, err := s.quote(p.Money, method, true, now)
	if err != nil {
		return nil, err
	}
	if p.NeedsPIN {
		if err := s.checkPIN(pin, now); err != nil {
			return nil, err
		}
	} else if s.locked(now) {
		return nil, s.lockedError()
	}
	src := s.source(q.Method)
	s.post(now, EntryPayment, src, MerchantParty(p.Merchant.ID), p.Money, p.ID)
	s.post(now, EntryFee, src, PartyFees, q.Fee, p.ID)
	p.Status, p.Method, p.Fee, p.Paid = PaymentPaid, q.Method, q.Fee, now
	return []Event{{Kind: EventPaymentMade, Time: now, Ref: p.ID, Party: p.Merchant.ID, Money: q.Total}}, nil
}

// CancelPayment closes a pending payment unpaid (the user closed the sheet).
// Cancelling twice is harmless. Refusals: ENOTFOUND for id, EUSED once
// paid, EEXPIRED once expired.
func (s *State) CancelPayment(id string, now time.Time) (Payment, []Event, error) {
	return s.endPayment(id, PaymentCancelled, now, func(_ *State, p *Payment, now time.Time) ([]Event, error) {
		p.Status = PaymentCancelled
		return []Event{{Kind: EventPaymentCancelled, Time: now, Ref: p.ID, Party: p.Merchant.ID}}, nil
	})
}

// expirePayment fails a payment still pending at its expiry.
func (s *State) expirePayment(a Action) []Event {
	p, err := s.payment(a.Ref)
	if err != nil || p.Status != PaymentPending {
		return nil
	}
	p.Status = PaymentFailed
	return []Event{{Kind: EventPaymentFailed, Time: a.Due, Ref: p.ID, Party: p.Merchant.ID}}
}

// ChooseMethod makes m the account's default way to pay: the Quick Pay
// code's method and the pay sheet's first choice. It returns ENOTFOUND
// (on the field "card") when m is neither MethodBalance nor a linked card.
func (s *State) ChooseMethod(m Method, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if m != MethodBalance {
			if _, err := t.card(string(m)); err != nil {
				return nil, err
			}
		}
		t.Account.Method = m
		return []Event{{Kind: EventMethodChosen, Time: now, Ref: string(m)}}, nil
	})
}

// source is the party a method draws on.
func (s *State) source(m Method) Party {
	if m == MethodBalance {
		return WalletParty(s.Account.Wallet)
	}
	return CardParty(string(m))
}

// balance is the account's wallet balance (zero before it opens).
func (s *State) balance() Amount {
	if w := s.wallet(s.Account.Wallet); w != nil {
		return w.Balance
	}
	return 0
}

// checkMoney refuses an amount that is not positive or above the ruleset's
// maximum, and money in another currency than the wallet's.
func (s *State) checkMoney(m Money) error {
	cur, max := s.currency(), s.rules().MaxAmount
	switch {
	case m.Currency != cur:
		return FieldErrorf("amount", ECURRENCY, "This asks for %s, but your wallet holds %s: wallets never mix currencies.", m.Currency, cur)
	case m.Amount <= 0:
		return FieldErrorf("amount", EINVALID, "Enter an amount above zero.")
	case m.Amount > max:
		return FieldErrorf("amount", ELIMIT, "The demo moves at most %s at once.", FormatAmount(max, cur))
	}
	return nil
}
