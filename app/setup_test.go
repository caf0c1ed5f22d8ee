package app

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// withPersona gives the test a writable store that starts the demo as
// region under rules, and puts the app's store back afterwards.
func withPersona(t *testing.T, region wallet.RegionCode, rules wallet.RulesetID) *store.Store {
	t.Helper()
	s := store.New(&store.MemoryStorage{})
	if err := s.Start(wallet.Persona{Name: "Ana", Region: region}, rules); err != nil {
		t.Fatal(err)
	}
	old := runner.SetStore(s)
	t.Cleanup(func() { runner.SetStore(old) })
	return s
}

// do runs an engine operation on the test's store.
func do(t *testing.T, s *store.Store, op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) {
	t.Helper()
	if _, err := s.Do(op); err != nil {
		t.Fatal(err)
	}
}

func TestPayEntryFollowsTheRules(t *testing.T) {
	for _, c := range []struct {
		region wallet.RegionCode
		rules  wallet.RulesetID
		shows  bool
		note   string
	}{
		{wallet.Malaysia, wallet.Rules2020, true, ""},
		{wallet.HongKong, wallet.Rules2024, true, ""},
		{"GB", wallet.Rules2020, false, "Accept a red packet or transfer from a contact to activate it"},
		{"US", wallet.Rules2024, false, "Turn it on in Settings"},
		// Malaysia's wallet has closed under the current rules.
		{wallet.Malaysia, wallet.Rules2024, false, "Turn it on in Settings"},
	} {
		t.Run(string(c.region)+"/"+string(c.rules), func(t *testing.T) {
			withPersona(t, c.region, c.rules)
			for _, screen := range []app.Composer{screenAt("/me"), screenAt("/services")} {
				html := render(t, screen)
				if got := strings.Contains(html, `href="/wallet"`) || strings.Contains(html, `href="/services"`); got != c.shows {
					t.Errorf("%T: the way to the wallet shows %v, want %v", screen, got, c.shows)
				}
				if !strings.Contains(html, c.note) {
					t.Errorf("%T lacks %q", screen, c.note)
				}
			}
		})
	}
}

func TestActivationShowsItsCountdown(t *testing.T) {
	s := withPersona(t, "GB", wallet.Rules2020)
	do(t, s, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		_, ev, err := st.OpenRedPacket(st.Incoming[0].ID, now)
		return ev, err
	})
	html := render(t, screenAt("/me"))
	for _, want := range []string{"Verify your identity within", "data-deadline", "23:59:", "¥8.88", `href="/realname"`} {
		if !strings.Contains(html, want) {
			t.Errorf("Me lacks %q", want)
		}
	}
}

func TestWalletsSayWhenTheyClosed(t *testing.T) {
	withPersona(t, "US", wallet.Rules2024)
	html := render(t, screenAt("/wallets"))
	for _, want := range []string{"Malaysia", "Closed 1 September 2024", "South Africa", "Closed 30 June 2020", "can never be combined", "CNY", "HKD"} {
		if !strings.Contains(html, want) {
			t.Errorf("the wallet list lacks %q", want)
		}
	}
}

func TestCountriesFollowTheRulesAndTheSearch(t *testing.T) {
	s := withPersona(t, "GB", wallet.Rules2020)
	html := render(t, screenAt("/countries"))
	if !strings.Contains(html, "64 countries and regions") || !strings.Contains(html, "6 May 2020") || !strings.Contains(html, "68 shown") {
		t.Error("under the 2020 rules: want the tutorial's count and date, and the 2022 list")
	}
	s.Update(func(d *store.Document) error { d.Drafts = map[string]string{draftCountryQuery: "king"}; return nil })
	html = render(t, screenAt("/countries"))
	if !strings.Contains(html, "United Kingdom") || strings.Contains(html, "France") || !strings.Contains(html, "1 shown") {
		t.Error("searching 'king' should leave the United Kingdom alone")
	}
}

func TestAddCardRefusesByTheEngine(t *testing.T) {
	s := withPersona(t, "GB", wallet.Rules2020)
	do(t, s, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		_, ev, err := st.OpenRedPacket(st.Incoming[0].ID, now)
		return ev, err
	})
	var p page
	err := p.try(func(st *wallet.State, now time.Time) error {
		_, _, err := st.LinkCard("4242424242424242", now)
		return err
	})
	if wallet.ErrorCode(err) != wallet.ECARDREFUSED {
		t.Fatalf("a UK card: %v", err)
	}
	if len(s.Wallet().Cards) != 0 {
		t.Error("asking the engine changed the state")
	}
}
