//go:build !wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// seedPIN is the payment PIN of every seeded wallet.
const seedPIN = "135790"

// seedCard is the Mainland UnionPay demo card seeded wallets link.
const seedCard = "6200000000000005"

// seed describes a wallet to start a browser test with, set up through the
// engine's own operations as a user would have done.
type seed struct {
	Region  wallet.RegionCode
	Rules   wallet.RulesetID
	Balance wallet.Amount // topped up from the card, in minor units
	// Foreign links a foreign Visa card only, without real-name
	// authentication (the 2024 rules allow it): a spend-only account.
	Foreign bool
}

// activeWallet returns the app's stored document (localStorage key
// "walletdemo") for s: an active wallet with a card, the PIN seedPIN and
// the balance.
func activeWallet(t testing.TB, s seed) string {
	t.Helper()
	if s.Region == "" {
		s.Region = wallet.Mainland
	}
	if s.Rules == "" {
		s.Rules = wallet.Rules2020
	}
	now := time.Now().UTC()
	st, err := wallet.NewState(wallet.Persona{Name: "Alex Demo", Region: s.Region}, s.Rules, now)
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(nil, err)
	if s.Foreign {
		if st.Account.Stage == wallet.StageHidden {
			must(st.TurnOnPay(now))
		}
		card, _, err := st.LinkCard("4111111111111111", now)
		must(card, err)
	} else {
		must(st.Authenticate(wallet.Identity{Type: wallet.IDMainland, Name: "Alex Demo", Number: "110101199003074514"}, now))
		must(linkCard(st, seedCard, now))
	}
	must(st.SetPIN(seedPIN, now))
	must(st.ConfirmPIN(seedPIN, now))
	if s.Balance > 0 {
		must(st.TopUp(st.Cards[0].ID, s.Balance, seedPIN, now))
	}
	b, err := json.Marshal(map[string]any{"version": 1, "lang": "en", "wallet": st})
	must(nil, err)
	return string(b)
}

func linkCard(st *wallet.State, number string, now time.Time) (wallet.LinkedCard, error) {
	c, _, err := st.LinkCard(number, now)
	return c, err
}

// openSeeded opens path on the demo with doc as the stored document. The
// document is stored from the site's stylesheet, a page of the demo's
// origin that starts no app: a load of the app costs a new profile about
// 4 s of CPU, and the first visit to a demo need not be one.
func openSeeded(p browser.Tab, base, path, doc string) {
	p.Visit(base + "/web/app.css")
	var ok bool
	p.Eval(`localStorage.setItem("walletdemo", `+browserJSON(doc)+`), true`, &ok)
	p.Open(base + path)
}

// storedWallet reads the engine state the page keeps in localStorage.
func storedWallet(t testing.TB, p browser.Tab) *wallet.State {
	t.Helper()
	var raw string
	p.Eval(`localStorage.getItem("walletdemo")`, &raw)
	var doc struct {
		Wallet json.RawMessage `json:"wallet"`
	}
	if err := json.Unmarshal([]byte(raw), &doc); err != nil {
		t.Fatal(err)
	}
	st, err := wallet.Load(doc.Wallet)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// follow clicks the link named name and waits for the page to reach path
// (a prefix of path and query). go-app handles link clicks on its UI
// goroutine, after the browser's event has run; a tap that lands while the
// screen renders again can go unheard, and a person taps again: so does
// follow, twice at most.
func follow(t testing.TB, p browser.Tab, name, path string) {
	t.Helper()
	for try := 0; try < 3; try++ {
		p.Click(name)
		for end := time.Now().Add(browser.Scaled(3 * time.Second)); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
			if strings.HasPrefix(p.Path(), path) {
				return
			}
		}
	}
	t.Fatalf("clicking %q did not lead to %s but to %s", name, path, p.Path())
}
