package wallet

import "time"

// TopUp moves amount from a linked card of the wallet's region into the
// balance, after checking pin. Refusals: ESTAGE, ECLOSED or ESPENDONLY
// when the wallet cannot move money; EINVALID or ELIMIT for amount;
// ENOTFOUND, or ECARDREFUSED for a foreign card; EPIN or ELOCKED for pin.
func (s *State) TopUp(card string, amount Amount, pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireSocial(now)
		if err != nil {
			return nil, err
		}
		// Only a linked card: quote would take "" as the default method,
		// and the balance as a method, and top the balance up from itself.
		if _, err := t.card(card); err != nil {
			return nil, err
		}
		m := Money{amount, rule.Currency}
		if _, err := t.quote(m, Method(card), false, now); err != nil {
			return nil, err
		}
		if err := t.checkPIN(pin, now); err != nil {
			return nil, err
		}
		t.post(now, EntryTopUp, CardParty(card), WalletParty(rule.Region), m, "")
		return []Event{{Kind: EventToppedUp, Time: now, Ref: card, Money: m}}, nil
	})
}

// WithdrawQuota returns what is left of the identity's free withdrawal quota.
func (s *State) WithdrawQuota(now time.Time) Money {
	t := s.at(now)
	rule, _ := t.rules().Wallet(t.Account.Wallet)
	return Money{max(rule.WithdrawFreeQuota-t.Account.FreeWithdrawn, 0), rule.Currency}
}

// QuoteWithdraw tells what withdrawing amount to a card would cost: free
// within the quota, then the ruleset's share of the rest, at least the
// wallet's minimum fee. The fee comes out of the balance on top.
// Refusals: ESTAGE, ECLOSED or ESPENDONLY when the wallet cannot move
// money; EINVALID or ELIMIT for amount; EBALANCE, with the quote, when
// the balance does not cover amount and fee.
func (s *State) QuoteWithdraw(amount Amount, now time.Time) (Quote, error) {
	t := s.at(now)
	rule, err := t.requireSocial(now)
	if err != nil {
		return Quote{}, err
	}
	return t.quoteWithdraw(rule, amount)
}

func (s *State) quoteWithdraw(rule WalletRule, amount Amount) (Quote, error) {
	m := Money{amount, rule.Currency}
	if err := s.checkMoney(m); err != nil {
		return Quote{}, err
	}
	free := max(rule.WithdrawFreeQuota-s.Account.FreeWithdrawn, 0)
	q := Quote{Amount: m, Fee: Money{0, m.Currency}, Method: MethodBalance, NeedsPIN: true, Limit: LimitWithdrawFree, Remaining: Money{free, m.Currency}}
	if over := amount - free; over > 0 && rule.WithdrawFeeMin > 0 {
		q.Fee.Amount = max(share(over, s.rules().WithdrawFeeBasis), rule.WithdrawFeeMin)
	}
	q.Total = Money{amount + q.Fee.Amount, m.Currency}
	if s.balance() < q.Total.Amount {
		return q, FieldErrorf("amount", EBALANCE, "Your balance is %s; withdrawing %s costs %s with the fee.",
			FormatAmount(s.balance(), m.Currency), FormatAmount(amount, m.Currency), FormatAmount(q.Total.Amount, m.Currency))
	}
	return q, nil
}

// LocalCards returns the linked cards issued in the wallet's region, in the
// order they were linked: the only ones Withdraw takes, and the ones a
// short balance is best topped up from or paid with instead.
func (s *State) LocalCards() []LinkedCard {
	var local []LinkedCard
	for _, c := range s.Cards {
		if !c.Foreign {
			local = append(local, c)
		}
	}
	return local
}

// Withdraw moves amount from the balance to a linked card of the wallet's
// region after checking pin, charging the fee QuoteWithdraw tells.
// Refusals: those of QuoteWithdraw (ESTAGE, ECLOSED, ESPENDONLY, EINVALID,
// ELIMIT, EBALANCE); ENOTFOUND, or ECARDREFUSED for a foreign card; EPIN
// or ELOCKED for pin.
func (s *State) Withdraw(card string, amount Amount, pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireSocial(now)
		if err != nil {
			return nil, err
		}
		c, err := t.card(card)
		if err != nil {
			return nil, err
		}
		if c.Foreign {
			return nil, FieldErrorf("card", ECARDREFUSED, "Money can be withdrawn only to a card issued in %s.", regionName(rule.Region))
		}
		q, err := t.quoteWithdraw(rule, amount)
		if err != nil {
			return nil, err
		}
		if err := t.checkPIN(pin, now); err != nil {
			return nil, err
		}
		from := WalletParty(rule.Region)
		t.post(now, EntryWithdrawal, from, CardParty(card), q.Amount, "")
		t.post(now, EntryFee, from, PartyFees, q.Fee, "")
		t.Account.FreeWithdrawn += min(amount, q.Remaining.Amount)
		return []Event{{Kind: EventWithdrawn, Time: now, Ref: card, Money: q.Amount}}, nil
	})
}
