package wallet

import (
	"slices"
	"strings"
	"time"
)

// PayCode is the Quick Pay code a merchant scans: digits shown as a barcode
// and a QR code, hidden until tapped. It changes every PayCodeLifetime and
// on refresh, and pays once. Once its digits were revealed, paying with it
// asks for the PIN.
type PayCode struct {
	Digits   string    `json:"digits"`
	Issued   time.Time `json:"issued"`
	Expires  time.Time `json:"expires"`
	Revealed bool      `json:"revealed"`
}

// ShowPayCode returns the current Quick Pay code, issuing a new one when
// there is none or it has expired. Refusals: ESTAGE before the wallet is
// active, ECLOSED once it closed.
func (s *State) ShowPayCode(now time.Time) (PayCode, []Event, error) {
	return s.payCode(now, false, false)
}

// RefreshPayCode issues a new Quick Pay code at once. Refusals: those of
// ShowPayCode (ESTAGE, ECLOSED).
func (s *State) RefreshPayCode(now time.Time) (PayCode, []Event, error) {
	return s.payCode(now, true, false)
}

// RevealPayCode shows the digits of the current code; from then on paying
// with it needs the PIN. Refusals: those of ShowPayCode (ESTAGE,
// ECLOSED).
func (s *State) RevealPayCode(now time.Time) (PayCode, []Event, error) {
	return s.payCode(now, false, true)
}

func (s *State) payCode(now time.Time, refresh, reveal bool) (PayCode, []Event, error) {
	var code PayCode
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireActive(now)
		if err != nil {
			return nil, err
		}
		var events []Event
		if refresh || t.PayCode == nil || !now.Before(t.PayCode.Expires) {
			t.PayCode = t.issueCode(rule, now)
			events = append(events, Event{Kind: EventPayCodeIssued, Time: now})
		}
		t.PayCode.Revealed = t.PayCode.Revealed || reveal
		code = *t.PayCode
		return events, nil
	})
	return outcome(code, events, err)
}

// issueCode draws a new code: one of the wallet's prefixes, then random
// digits.
func (s *State) issueCode(rule WalletRule, now time.Time) *PayCode {
	rules := s.rules()
	var b strings.Builder
	b.WriteString(rule.PayCodePrefixes[s.random().IntN(len(rule.PayCodePrefixes))])
	for b.Len() < rules.PayCodeLength {
		b.WriteByte(byte('0' + s.random().IntN(10)))
	}
	return &PayCode{Digits: b.String(), Issued: now, Expires: now.Add(rules.PayCodeLifetime)}
}

// MerchantScan is the merchant's scanner reading code and charging amount.
// Within the password-free limits (per payment and per day) and for a code
// whose digits stayed hidden it pays at once; otherwise it opens a payment
// that waits for the PIN on the pay sheet. Refusals: ESTAGE or ECLOSED
// when the wallet cannot pay; EINVALID, EUSED or EEXPIRED for code;
// EINVALID for merchant or a sum not above zero, ELIMIT above the
// ruleset's maximum; and when it would pay at once, EBALANCE, ELIMIT over
// a foreign card's limit, or ELOCKED while payments are locked.
func (s *State) MerchantScan(code string, merchant Merchant, amount Amount, now time.Time) (Payment, []Event, error) {
	var out Payment
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireActive(now)
		if err != nil {
			return nil, err
		}
		cur, err := t.scannable(rule, code, now)
		if err != nil {
			return nil, err
		}
		p := Payment{Kind: PayQuick, Merchant: merchant, Money: Money{amount, rule.Currency}, Code: code}
		if err := t.checkPayment(p, now); err != nil {
			return nil, err
		}
		t.PayCode = nil
		np, ev := t.newPayment(p, now)
		events := []Event{ev}
		if !cur.Revealed && amount <= rule.PasswordFreeMax && t.passwordFreeToday(now) < t.rules().PasswordFreePerDay {
			np.NeedsPIN = false
			more, err := t.pay(np, "", "", now)
			if err != nil {
				return nil, err
			}
			events = append(events, more...)
		}
		out = *np
		return events, nil
	})
	return outcome(out, events, err)
}

// scannable returns the current code if code is it and still valid.
func (s *State) scannable(rule WalletRule, code string, now time.Time) (PayCode, error) {
	rules := s.rules()
	switch {
	case len(code) != rules.PayCodeLength || !allDigits(code) || !slices.Contains(rule.PayCodePrefixes, code[:rules.PayCodePrefixLength]):
		return PayCode{}, FieldErrorf("code", EINVALID, "This is not a payment code of your %s wallet.", regionName(rule.Region))
	case slices.ContainsFunc(s.Payments, func(p Payment) bool { return p.Code == code }):
		return PayCode{}, FieldErrorf("code", EUSED, "This payment code was already used. Show the new one.")
	case s.PayCode == nil || s.PayCode.Digits != code || !now.Before(s.PayCode.Expires):
		return PayCode{}, FieldErrorf("code", EEXPIRED, "This payment code has expired: codes change every %d seconds. Show the new one.", int(rules.PayCodeLifetime.Seconds()))
	}
	return *s.PayCode, nil
}

// passwordFreeToday counts the payments made without PIN on the day of now.
func (s *State) passwordFreeToday(now time.Time) int {
	zone := s.rules().Zone
	y, m, d := now.In(zone).Date()
	n := 0
	for _, p := range s.Payments {
		py, pm, pd := p.Paid.In(zone).Date()
		if p.Status == PaymentPaid && !p.NeedsPIN && py == y && pm == m && pd == d {
			n++
		}
	}
	return n
}
