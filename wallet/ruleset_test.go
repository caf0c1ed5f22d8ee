package wallet

import (
	"testing"
	"time"
)

func TestRulesetsAsData(t *testing.T) {
	all := Rulesets()
	if len(all) != 2 || all[0].ID != DefaultRuleset {
		t.Fatalf("rulesets %v", all)
	}
	r20, err := LookupRuleset(Rules2020)
	noErr(t, err)
	r24, err := LookupRuleset(Rules2024)
	noErr(t, err)
	_, err = LookupRuleset("2099")
	wantCode(t, err, EUNKNOWNRULES)

	if len(r20.Wallets) != 4 || !r20.ActivateByMoney || r20.ActivationWindow != 24*time.Hour || r20.PaySwitch || len(r20.ForeignCards) != 0 {
		t.Errorf("2020 = %+v", r20)
	}
	if !r24.PaySwitch || r24.ActivateByMoney || !r24.ForeignSpendOnly || r24.ForeignFeeBasisPoints != 300 || r24.ForeignFeeFreeUpTo != 20000 {
		t.Errorf("2024 = %+v", r24)
	}
	for _, n := range []Network{Visa, Mastercard, JCB, Diners, Discover} {
		if !r24.AcceptsForeign(n) {
			t.Errorf("2024 refuses %s", n)
		}
	}
	if r24.AcceptsForeign(Amex) || r24.AcceptsForeign(UnionPay) {
		t.Error("2024 takes Amex or UnionPay as foreign cards")
	}
	l := r24.ForeignLimits
	if l.Currency != USD || l.UnverifiedPerPayment != 100000 || l.UnverifiedPerYear != 1000000 || l.VerifiedPerPayment != 500000 || l.VerifiedPerYear != 5000000 {
		t.Errorf("limits %+v", l)
	}
	za, _ := r24.Wallet(SouthAfrica)
	my, _ := r24.Wallet(Malaysia)
	if za.Closes.In(chinaTime).Format(time.DateOnly) != "2020-06-30" ||
		my.SignUpsEnd.In(chinaTime).Format(time.DateOnly) != "2024-08-01" || my.Closes.In(chinaTime).Format(time.DateOnly) != "2024-09-01" {
		t.Errorf("closing dates: ZA %v, MY %v / %v", za.Closes, my.SignUpsEnd, my.Closes)
	}
	if _, ok := r24.Wallet("GB"); ok {
		t.Error("a wallet for GB")
	}
	for _, r := range all {
		if r.Title.EN == "" || r.Title.Hans == "" || r.Title.Hant == "" || r.PINMaxTries != 5 || r.PINLockout != 3*time.Hour {
			t.Errorf("%s: %+v", r.ID, r)
		}
	}
}

func TestForeignConversionRoundsUp(t *testing.T) {
	l := ForeignCardLimits{Currency: USD, Rate: 720}
	for in, want := range map[Amount]Amount{720: 100, 721: 101, 1: 1, 720000: 100000} {
		if got := l.convert(in); got != want {
			t.Errorf("convert(%d) = %d, want %d", in, got, want)
		}
	}
}

// The Quick Pay prefixes of South Africa and Malaysia are the demo's own,
// and the rules say so for the app to tell; the others are the real ones.
func TestOwnPayCodePrefixes(t *testing.T) {
	r, err := LookupRuleset(Rules2020)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range r.Wallets {
		if own := w.Region == SouthAfrica || w.Region == Malaysia; w.OwnPrefixes != own {
			t.Errorf("%s: OwnPrefixes %v", w.Region, w.OwnPrefixes)
		}
	}
}
