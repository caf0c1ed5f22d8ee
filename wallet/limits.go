package wallet

import (
	"time"
)

// quote prices moving m out of the user's pocket by method ("" for the
// account's default): from the balance, which must cover it, from a card of
// the wallet's region, or, for a merchant payment only, from a foreign
// card within its limits and with its fee.
func (s *State) quote(m Money, method Method, merchant bool, now time.Time) (Quote, error) {
	if err := s.checkMoney(m); err != nil {
		return Quote{}, err
	}
	if method == "" {
		method = s.Account.Method
	}
	q := Quote{Amount: m, Fee: Money{0, m.Currency}, Total: m, Method: method, NeedsPIN: true}
	if method == MethodBalance {
		q.Limit, q.Remaining = LimitBalance, Money{s.balance(), m.Currency}
		if s.balance() < m.Amount {
			return q, FieldErrorf("method", EBALANCE, "Your balance is %s, less than %s. Top up or pay with a card.",
				FormatAmount(s.balance(), m.Currency), FormatAmount(m.Amount, m.Currency))
		}
		return q, nil
	}
	card, err := s.card(string(method))
	switch {
	case err != nil:
		return q, err
	case !card.Foreign:
		return q, nil
	case !merchant:
		return q, FieldErrorf("method", ECARDREFUSED, "A foreign card can only pay merchants. Choose another way to pay.")
	}
	return s.foreignQuote(q, now)
}

// foreignQuote applies the foreign-card limits (per payment and per year,
// higher after real-name authentication) and fee to q.
func (s *State) foreignQuote(q Quote, now time.Time) (Quote, error) {
	rules := s.rules()
	lim := rules.ForeignLimits
	per, year := lim.UnverifiedPerPayment, lim.UnverifiedPerYear
	hint := " Real-name authentication raises the limit."
	if s.Account.Identity != nil {
		per, year, hint = lim.VerifiedPerPayment, lim.VerifiedPerYear, ""
	}
	amount := lim.convert(q.Amount.Amount)
	left := year - s.foreignSpent(now)
	q.Limit, q.Remaining = LimitForeignPayment, Money{per, lim.Currency}
	if left < per {
		q.Limit, q.Remaining = LimitForeignYear, Money{left, lim.Currency}
	}
	if amount > q.Remaining.Amount {
		what := "per payment"
		if q.Limit == LimitForeignYear {
			what = "left this year"
		}
		return q, FieldErrorf("amount", ELIMIT, "This payment is about %s; a foreign card can pay %s %s.%s",
			FormatAmount(amount, lim.Currency), FormatAmount(q.Remaining.Amount, lim.Currency), what, hint)
	}
	if q.Amount.Amount > rules.ForeignFeeFreeUpTo {
		q.Fee.Amount = share(q.Amount.Amount, rules.ForeignFeeBasisPoints)
	}
	q.Total.Amount = q.Amount.Amount + q.Fee.Amount
	return q, nil
}

// convert turns wallet minor units into the limit currency's minor units at
// the demo rate, rounding up so a limit is never passed by rounding.
func (l ForeignCardLimits) convert(a Amount) Amount {
	info, _ := LookupCurrency(l.Currency)
	unit := Amount(1)
	for range info.Digits {
		unit *= 10
	}
	return (a*unit + l.Rate - 1) / l.Rate
}

// foreignSpent sums, in the limit currency, the foreign-card payments made
// in the calendar year of now.
func (s *State) foreignSpent(now time.Time) Amount {
	rules := s.rules()
	var sum Amount
	for _, p := range s.Payments {
		if p.Status != PaymentPaid || p.Paid.In(rules.Zone).Year() != now.In(rules.Zone).Year() {
			continue
		}
		if c, err := s.card(string(p.Method)); err == nil && c.Foreign {
			sum += rules.ForeignLimits.convert(p.Money.Amount)
		}
	}
	return sum
}

// share returns basis points of a, rounded half up.
func share(a Amount, basisPoints int64) Amount {
	return (a*Amount(basisPoints) + 5000) / 10000
}

// locked reports whether wrong PINs have locked payments at now.
func (s *State) locked(now time.Time) bool { return now.Before(s.Account.PIN.LockedUntil) }

// clockText writes a demo time for messages, in the ruleset's zone.
func (s *State) clockText(t time.Time) string {
	return t.In(s.rules().Zone).Format("15:04 on 2 January (UTC-07:00)")
}
