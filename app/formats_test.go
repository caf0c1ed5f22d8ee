package app

import (
	"regexp"
	"strings"
	"testing"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// demoTimeShape is the one way an English screen writes a demo time.
var demoTimeShape = regexp.MustCompile(`\b\d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}\b`)

// TestOneTimeAndCardFormat: the pay sheet's lock, a bill and a way to pay
// write times and cards as every other screen does, through clockText and
// cardName.
func TestOneTimeAndCardFormat(t *testing.T) {
	st := activeState(t)
	withWallet(t, st)
	for range 5 {
		st.TopUp(st.Cards[0].ID, 100, "000000", runner.Store().Now())
	}
	p := &page{}
	until := st.Entry(runner.Store().Now()).LockedUntil
	html := render(t, &paySheet{Title: "Pay", Payee: "Shop", Amount: wallet.Money{Amount: 100, Currency: wallet.CNY}, Ready: true})
	if !strings.Contains(html, p.clockText(until)) || !demoTimeShape.MatchString(p.clockText(until)) || strings.Contains(html, "UTC") {
		t.Errorf("the lock's time is not written as the clock writes it (%q):\n%s", p.clockText(until), html)
	}
	card := st.Cards[0]
	if got, want := methodName(*p, st, wallet.Method(card.ID)), card.Bank.Name+" "+card.Network.Name()+" •••• "+card.Last4; got != want {
		t.Errorf("a card to pay with reads %q, want %q", got, want)
	}
}
