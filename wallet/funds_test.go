package wallet

import "testing"

func TestWithdrawFees(t *testing.T) {
	for _, tt := range []struct {
		name           string
		used, amount   Amount
		fee, remaining Amount
	}{
		{"within the quota", 0, 100000, 0, 100000},
		{"one fen over", 0, 100001, 10, 100000}, // 0.1% of ¥0.01 is under the ¥0.10 minimum
		{"quota used", 100000, 50000, 50, 0},    // 0.1% of ¥500
		{"minimum fee", 100000, 100, 10, 0},
		{"partly free", 60000, 100000, 60, 40000}, // ¥600 over the quota
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := funded(t, 500000)
			s.Account.FreeWithdrawn = tt.used
			if got := s.WithdrawQuota(t0); got != cny(tt.remaining) {
				t.Fatalf("quota %v, want %d", got, tt.remaining)
			}
			q, err := s.QuoteWithdraw(tt.amount, t0)
			noErr(t, err)
			if q.Fee != cny(tt.fee) || q.Total != cny(tt.amount+tt.fee) || q.Limit != LimitWithdrawFree || q.Remaining != cny(tt.remaining) {
				t.Fatalf("quote %+v", q)
			}
			card := s.Cards[0].ID
			ok(t)(s.Withdraw(card, tt.amount, goodPIN, t0))
			if s.balance() != 500000-tt.amount-tt.fee || s.Balances()[PartyFees][CNY] != tt.fee {
				t.Fatalf("balance %d fees %d", s.balance(), s.Balances()[PartyFees][CNY])
			}
			if s.Account.FreeWithdrawn != min(tt.used+tt.amount, 100000) {
				t.Fatalf("free used %d", s.Account.FreeWithdrawn)
			}
			sound(t, s)
		})
	}
}

func TestWithdrawIsFreeInHongKong(t *testing.T) {
	s := active(t, HongKong, Rules2020)
	ok(t)(s.TopUp(s.Cards[0].ID, 500000, goodPIN, t0))
	q, err := s.QuoteWithdraw(400000, t0)
	noErr(t, err)
	if q.Fee.Amount != 0 || q.Fee.Currency != HKD {
		t.Fatalf("quote %+v", q)
	}
}

func TestFundsRefusals(t *testing.T) {
	s := funded(t, 1000)
	card := s.Cards[0].ID
	for _, tt := range []struct {
		name string
		op   func() error
		code string
	}{
		{"top up from an unknown card", func() error { _, err := s.TopUp("c99", 1, goodPIN, t0); return err }, ENOTFOUND},
		{"top up from no card", func() error { _, err := s.TopUp("", 1, goodPIN, t0); return err }, ENOTFOUND},
		{"top up from the balance", func() error { _, err := s.TopUp(string(MethodBalance), 1, goodPIN, t0); return err }, ENOTFOUND},
		{"top up nothing", func() error { _, err := s.TopUp(card, 0, goodPIN, t0); return err }, EINVALID},
		{"withdraw to an unknown card", func() error { _, err := s.Withdraw("c99", 1, goodPIN, t0); return err }, ENOTFOUND},
		{"withdraw more than the balance", func() error { _, err := s.Withdraw(card, 1001, goodPIN, t0); return err }, EBALANCE},
		{"withdraw nothing", func() error { _, err := s.QuoteWithdraw(0, t0); return err }, EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) { refused(t, s, tt.code, tt.op) })
	}
	refusedCounted(t, s, EPIN, func() error { _, err := s.Withdraw(card, 1, badPIN, t0); return err })
	inactive := fresh(t, Mainland, Rules2020)
	refused(t, inactive, ESTAGE, func() error { _, err := inactive.QuoteWithdraw(1, t0); return err })
}

func TestLocalCardsLeaveForeignOnesOut(t *testing.T) {
	s := foreignPayer(t)
	if len(s.Cards) == 0 || len(s.LocalCards()) != 0 {
		t.Fatalf("a foreign card only: cards %+v, local %+v", s.Cards, s.LocalCards())
	}
	ok(t)(s.Authenticate(gbPassport, t0))
	local := made[LinkedCard](t)(s.LinkCard(cnCard, t0))
	if got := s.LocalCards(); len(got) != 1 || got[0].ID != local.ID {
		t.Errorf("after linking a card of the wallet's region: local %+v, want %s only", got, local.ID)
	}
}
