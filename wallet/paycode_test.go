package wallet

import (
	"slices"
	"testing"
	"time"
)

var shop = Merchant{ID: "lucky-bean", Name: "Lucky Bean Coffee"}

func TestPayCodePrefixes(t *testing.T) {
	for region, prefixes := range map[RegionCode][]string{
		Mainland:    {"10", "11", "12", "13", "14"},
		HongKong:    {"15"},
		SouthAfrica: {"16"},
		Malaysia:    {"17"},
	} {
		t.Run(string(region), func(t *testing.T) {
			s := active(t, region, Rules2020)
			for range 20 {
				code := made[PayCode](t)(s.RefreshPayCode(t0))
				if len(code.Digits) != 18 || !allDigits(code.Digits) || !slices.Contains(prefixes, code.Digits[:2]) {
					t.Fatalf("code %q of the %s wallet", code.Digits, region)
				}
			}
		})
	}
}

func TestPayCodeRotates(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	first := made[PayCode](t)(s.ShowPayCode(t0))
	if same := made[PayCode](t)(s.ShowPayCode(t0.Add(59 * time.Second))); same != first {
		t.Fatalf("the code changed before 60 s: %v → %v", first, same)
	}
	next := made[PayCode](t)(s.ShowPayCode(t0.Add(61 * time.Second)))
	if next.Digits == first.Digits || !next.Issued.Equal(t0.Add(61*time.Second)) {
		t.Fatalf("no new code after 60 s: %v", next)
	}
	refreshed := made[PayCode](t)(s.RefreshPayCode(t0.Add(62 * time.Second)))
	if refreshed.Digits == next.Digits {
		t.Fatal("refresh kept the code")
	}
	refused(t, s, EEXPIRED, func() error { _, _, err := s.MerchantScan(next.Digits, shop, 100, t0.Add(63*time.Second)); return err })
}

func TestQuickPayPasswordFree(t *testing.T) {
	s := funded(t, 500000)
	code := made[PayCode](t)(s.ShowPayCode(t0))
	p, events, err := s.MerchantScan(code.Digits, shop, 100000, t0)
	noErr(t, err)
	if p.Status != PaymentPaid || p.NeedsPIN || !hasEvent(events, EventPaymentMade) || s.balance() != 400000 {
		t.Fatalf("¥1,000 did not pay without PIN: %+v, balance %d", p, s.balance())
	}
	if s.PayCode != nil {
		t.Fatal("the code was not used up")
	}
	refused(t, s, EUSED, func() error { _, _, err := s.MerchantScan(code.Digits, shop, 100, t0); return err })

	over := made[PayCode](t)(s.ShowPayCode(t0))
	p = made[Payment](t)(s.MerchantScan(over.Digits, shop, 100001, t0))
	if p.Status != PaymentPending || !p.NeedsPIN {
		t.Fatalf("¥1,000.01 paid without PIN: %+v", p)
	}
	if q, err := s.QuotePayment(p.ID, "", t0); err != nil || !q.NeedsPIN || q.Total != cny(100001) {
		t.Fatalf("quote = %+v, %v", q, err)
	}
	paid := made[Payment](t)(s.ConfirmPayment(p.ID, "", goodPIN, t0))
	if paid.Status != PaymentPaid || s.balance() != 400000-100001 {
		t.Fatalf("confirm: %+v balance %d", paid, s.balance())
	}
	sound(t, s)
}

func TestRevealedCodeNeedsPIN(t *testing.T) {
	s := funded(t, 10000)
	code := made[PayCode](t)(s.RevealPayCode(t0))
	if !code.Revealed {
		t.Fatal("not revealed")
	}
	if same := made[PayCode](t)(s.ShowPayCode(t0)); !same.Revealed || same.Digits != code.Digits {
		t.Fatal("revealing issued another code or was forgotten")
	}
	p := made[Payment](t)(s.MerchantScan(code.Digits, shop, 100, t0))
	if !p.NeedsPIN || p.Status != PaymentPending {
		t.Fatalf("a revealed code paid without PIN: %+v", p)
	}
}

func TestPasswordFreeTenADay(t *testing.T) {
	s := funded(t, 100000)
	scan := func(at time.Time) Payment {
		code := made[PayCode](t)(s.RefreshPayCode(at))
		return made[Payment](t)(s.MerchantScan(code.Digits, shop, 100, at))
	}
	for i := range 10 {
		if p := scan(t0.Add(time.Duration(i) * time.Minute)); p.NeedsPIN {
			t.Fatalf("payment %d asked for the PIN", i+1)
		}
	}
	if p := scan(t0.Add(time.Hour)); !p.NeedsPIN {
		t.Fatal("the 11th payment of the day went without PIN")
	}
	// The day ends at midnight in China (16:00 UTC).
	midnight := time.Date(2025, time.March, 4, 0, 0, 0, 0, chinaTime)
	if p := scan(midnight.Add(-time.Second)); !p.NeedsPIN {
		t.Fatal("a second before midnight is still the same day")
	}
	if p := scan(midnight.Add(time.Second)); p.NeedsPIN {
		t.Fatal("a new day did not start the count again")
	}
}

func TestMerchantScanRefusals(t *testing.T) {
	s := funded(t, 1000)
	code := made[PayCode](t)(s.ShowPayCode(t0))
	tests := []struct {
		name string
		code string
		amt  Amount
		at   time.Time
		want string
	}{
		{"short", "1234", 100, t0, EINVALID},
		{"letters", "10abcdefghijklmnop", 100, t0, EINVALID},
		{"Hong Kong prefix", "150000000000000000", 100, t0, EINVALID},
		{"not the current code", "100000000000000000", 100, t0, EEXPIRED},
		{"expired", code.Digits, 100, t0.Add(time.Minute), EEXPIRED},
		{"insufficient balance", code.Digits, 1001, t0, EBALANCE},
		{"zero", code.Digits, 0, t0, EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, s, tt.want, func() error { _, _, err := s.MerchantScan(tt.code, shop, tt.amt, tt.at); return err })
		})
	}
	refused(t, s, EINVALID, func() error { _, _, err := s.MerchantScan(code.Digits, Merchant{ID: "bad id!"}, 100, t0); return err })
}

func TestPayCodeNeedsActiveWallet(t *testing.T) {
	s := fresh(t, Mainland, Rules2020)
	refused(t, s, ESTAGE, func() error { _, _, err := s.ShowPayCode(t0); return err })
	refused(t, s, ESTAGE, func() error { _, _, err := s.MerchantScan("100000000000000000", shop, 1, t0); return err })
}

func TestLockedQuickPay(t *testing.T) {
	s := funded(t, 1000)
	for range 5 {
		_, err := s.TopUp(s.Cards[0].ID, 1, badPIN, t0)
		if ErrorCode(err) == ELOCKED {
			break
		}
	}
	code := made[PayCode](t)(s.ShowPayCode(t0))
	refused(t, s, ELOCKED, func() error { _, _, err := s.MerchantScan(code.Digits, shop, 100, t0); return err })
}
