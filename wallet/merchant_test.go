package wallet

import (
	"strings"
	"testing"
	"time"
)

func TestMerchantQRRoundTrip(t *testing.T) {
	exp := time.Unix(1767225600, 0).UTC()
	for _, q := range []MerchantQR{
		{Merchant: shop, Currency: CNY},
		{Merchant: shop, Currency: HKD, Amount: 2500},
		{Merchant: Merchant{ID: "stall_7", Name: "夜市 & Co."}, Currency: CNY, Amount: 1, Order: "A-1", Expires: exp},
	} {
		raw := EncodeMerchantQR(q)
		for _, form := range []string{raw, "https://demo.example/wallet" + raw, "http://localhost:8000" + raw} {
			got, err := ParseMerchantQR(form)
			if err != nil || got != q {
				t.Errorf("ParseMerchantQR(%q) = %+v, %v; want %+v", form, got, err, q)
			}
		}
	}
	if got := EncodeMerchantQR(MerchantQR{Merchant: shop, Currency: CNY, Amount: 100, Order: "o1", Expires: exp}); got != "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&a=100&o=o1&exp=1767225600&cur=CNY" {
		t.Errorf("encoded as %q", got)
	}
}

func TestParseMerchantQRFillsDemoNames(t *testing.T) {
	q, err := ParseMerchantQR("/pay?m=metro&cur=CNY")
	if err != nil || q.Merchant.Name != "City Metro" {
		t.Fatalf("%+v %v", q, err)
	}
	q, err = ParseMerchantQR("/pay?m=unknown-shop&cur=CNY")
	if err != nil || q.Merchant.Name != "unknown-shop" {
		t.Fatalf("%+v %v", q, err)
	}
}

func TestParseMerchantQRRefusals(t *testing.T) {
	for _, raw := range []string{
		"",
		"pay?m=a&cur=CNY",
		"/paid?m=a&cur=CNY",
		"/x/pay?m=a&cur=CNY",
		"ftp://host/pay?m=a&cur=CNY",
		"https:///pay?m=a&cur=CNY",
		"https://user@host/pay?m=a&cur=CNY",
		"https://host/pay?m=a&cur=CNY#frag",
		"https://host/pay?m=a&cur=CNY#",
		"/pay?m=a&cur=CNY&x=1",
		"/pay?m=a&m=b&cur=CNY",
		"/pay?m=a&cur=CNY;a=1",
		"/pay?m=a&cur=%zz",
		"/pay?cur=CNY",
		"/pay?m=a",
		"/pay?m=a&cur=EUR",
		"/pay?m=a b&cur=CNY",
		"/pay?m=" + strings.Repeat("a", 33) + "&cur=CNY",
		"/pay?m=a&n=" + strings.Repeat("x", 41) + "&cur=CNY",
		"/pay?m=a&n=%01&cur=CNY",
		"/pay?m=a&n=%ff&cur=CNY",
		"/pay?m=a&a=0&cur=CNY",
		"/pay?m=a&a=-1&cur=CNY",
		"/pay?m=a&a=01&cur=CNY",
		"/pay?m=a&a=1.5&cur=CNY",
		"/pay?m=a&a=99999999999999999999&cur=CNY",
		"/pay?m=a&a=1000000000001&cur=CNY",
		"/pay?m=a&o=x&a=1&cur=CNY",
		"/pay?m=a&exp=1&a=1&cur=CNY",
		"/pay?m=a&o=x&exp=1&cur=CNY",
		"/pay?m=a&o=x!&a=1&exp=1&cur=CNY",
		"/pay?m=a&o=x&a=1&exp=0&cur=CNY",
		"/pay?m=a&o=x&a=1&exp=99999999999999&cur=CNY",
		"/pay?m=a&cur=CNY&n=" + strings.Repeat("%41", 200),
	} {
		t.Run(raw, func(t *testing.T) {
			_, err := ParseMerchantQR(raw)
			wantCode(t, err, EINVALID)
		})
	}
}

func TestQRPaymentStaticAndOrder(t *testing.T) {
	s := funded(t, 100000)
	static := MerchantQR{Merchant: shop, Currency: CNY}
	p := made[Payment](t)(s.StartQRPayment(static, 2300, t0))
	if p.Status != PaymentPending || p.Money != cny(2300) || !p.NeedsPIN || p.Kind != PayQR {
		t.Fatalf("static payment = %+v", p)
	}
	made[Payment](t)(s.ConfirmPayment(p.ID, MethodBalance, goodPIN, t0))
	again := made[Payment](t)(s.StartQRPayment(static, 100, t0))
	if again.ID == p.ID {
		t.Fatal("a static code did not pay again")
	}

	rules, _ := LookupRuleset(Rules2020)
	order := rules.NewOrderQR(shop, cny(4200), "order-1", t0)
	if !order.Expires.Equal(t0.Add(2 * time.Hour)) {
		t.Fatalf("order expires %v", order.Expires)
	}
	p1 := made[Payment](t)(s.StartQRPayment(order, 999, t0))
	p2 := made[Payment](t)(s.StartQRPayment(order, 0, t0))
	if p1.ID != p2.ID || p1.Money != cny(4200) {
		t.Fatalf("scanning an order twice opened two payments or took the typed amount: %+v %+v", p1, p2)
	}
	made[Payment](t)(s.ConfirmPayment(p1.ID, MethodBalance, goodPIN, t0))
	refused(t, s, EUSED, func() error { _, _, err := s.StartQRPayment(order, 0, t0); return err })
	sound(t, s)
}

func TestOrderQRValidTwoHours(t *testing.T) {
	rules, _ := LookupRuleset(Rules2020)
	order := rules.NewOrderQR(shop, cny(100), "o-2", t0)
	s := funded(t, 1000)
	refused(t, s, EEXPIRED, func() error { _, _, err := s.StartQRPayment(order, 0, t0.Add(2*time.Hour+time.Second)); return err })
	p := made[Payment](t)(s.StartQRPayment(order, 0, t0.Add(2*time.Hour-time.Second)))
	events := ok(t)(s.Settle(t0.Add(2*time.Hour + time.Second)))
	if !hasEvent(events, EventPaymentFailed) {
		t.Fatalf("events %v", events)
	}
	got, _ := s.Payment(p.ID)
	if got.Status != PaymentFailed || got.Result() != ResultFail {
		t.Fatalf("an order left unpaid past its expiry is %s", got.Status)
	}
	refused(t, s, EEXPIRED, func() error { _, _, err := s.ConfirmPayment(p.ID, "", goodPIN, t0.Add(3*time.Hour)); return err })
}

func TestQRPaymentRefusals(t *testing.T) {
	s := funded(t, 1000)
	for _, tt := range []struct {
		name string
		q    MerchantQR
		amt  Amount
		code string
	}{
		{"other currency", MerchantQR{Merchant: shop, Currency: HKD}, 100, ECURRENCY},
		{"no amount typed", MerchantQR{Merchant: shop, Currency: CNY}, 0, EINVALID},
		{"over the demo maximum", MerchantQR{Merchant: shop, Currency: CNY}, 100_000_001, ELIMIT},
		{"bad merchant", MerchantQR{Merchant: Merchant{ID: "", Name: "x"}, Currency: CNY}, 100, EINVALID},
		{"nameless merchant", MerchantQR{Merchant: Merchant{ID: "x"}, Currency: CNY}, 100, EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, s, tt.code, func() error { _, _, err := s.StartQRPayment(tt.q, tt.amt, t0); return err })
		})
	}
	inactive := fresh(t, Mainland, Rules2020)
	refused(t, inactive, ESTAGE, func() error {
		_, _, err := inactive.StartQRPayment(MerchantQR{Merchant: shop, Currency: CNY}, 100, t0)
		return err
	})
}

// FuzzParseMerchantQR checks that parsing never panics, that what it
// accepts stays within the caps, and that encoding what it accepts reads
// back the same.
func FuzzParseMerchantQR(f *testing.F) {
	f.Add("/pay?m=lucky-bean&a=100&o=o1&exp=1767225600&cur=CNY")
	f.Add("https://demo.example/w/pay?m=metro&cur=HKD")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := ParseMerchantQR(raw)
		if err != nil {
			wantCode(t, err, EINVALID)
			return
		}
		if len(raw) > MaxQRLength || q.Amount < 0 || q.Amount > MaxAmount || q.Order != "" && (q.Amount == 0 || q.Expires.IsZero()) {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		back, err := ParseMerchantQR(EncodeMerchantQR(q))
		if err != nil || back != q {
			t.Fatalf("%q → %+v → %q → %+v, %v", raw, q, EncodeMerchantQR(q), back, err)
		}
	})
}
