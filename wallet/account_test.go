package wallet

import (
	"strings"
	"testing"
	"time"
)

func TestNewStateStartsEachPersonaAtItsStage(t *testing.T) {
	tests := []struct {
		region    RegionCode
		rules     RulesetID
		stage     Stage
		wallet    RegionCode
		canTurnOn bool
		gift      bool // the activating red packet is waiting
	}{
		{Mainland, Rules2020, StageOffered, Mainland, false, false},
		{HongKong, Rules2020, StageOffered, HongKong, false, false},
		{SouthAfrica, Rules2020, StageOffered, SouthAfrica, false, false},
		{Malaysia, Rules2020, StageOffered, Malaysia, false, false},
		{"GB", Rules2020, StageHidden, Mainland, false, true},
		{Mainland, Rules2024, StageOffered, Mainland, false, false},
		{HongKong, Rules2024, StageOffered, HongKong, false, false},
		{SouthAfrica, Rules2024, StageHidden, Mainland, true, false},
		{Malaysia, Rules2024, StageHidden, Mainland, true, false},
		{"US", Rules2024, StageHidden, Mainland, true, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.rules)+"/"+string(tt.region), func(t *testing.T) {
			s := fresh(t, tt.region, tt.rules)
			e := s.Entry(t0)
			if e.Stage != tt.stage || e.Wallet != tt.wallet || e.CanTurnOn != tt.canTurnOn {
				t.Errorf("entry = %+v, want stage %s wallet %s canTurnOn %v", e, tt.stage, tt.wallet, tt.canTurnOn)
			}
			if got := len(s.Incoming) == 1 && s.Incoming[0].From == activatorID; got != tt.gift {
				t.Errorf("activating red packet waiting = %v, want %v", got, tt.gift)
			}
			sound(t, s)
		})
	}
}

func TestNewStateRefusals(t *testing.T) {
	for _, tt := range []struct {
		name    string
		persona Persona
		rules   RulesetID
		code    string
	}{
		{"unknown ruleset", Persona{"A", Mainland}, "1999", EUNKNOWNRULES},
		{"no name", Persona{"", Mainland}, Rules2020, EINVALID},
		{"long name", Persona{"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", Mainland}, Rules2020, EINVALID},
		{"unknown region", Persona{"A", "XX"}, Rules2020, EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewState(tt.persona, tt.rules, t0)
			wantCode(t, err, tt.code)
		})
	}
}

func TestHomeSetUp(t *testing.T) {
	for region, r := range residentOf {
		t.Run(string(region), func(t *testing.T) {
			s := fresh(t, region, Rules2020)
			steps := []struct {
				op    func() ([]Event, error)
				stage Stage
				event EventKind
			}{
				{func() ([]Event, error) { return s.Authenticate(r.id, t0) }, StageAuthenticating, EventAuthenticated},
				{func() ([]Event, error) { _, ev, err := s.LinkCard(r.card, t0); return ev, err }, StageCardLinked, EventCardLinked},
				{func() ([]Event, error) { return s.SetPIN(goodPIN, t0) }, StagePINSet, EventPINSet},
				{func() ([]Event, error) { return s.ConfirmPIN(goodPIN, t0) }, StageActive, EventActivated},
			}
			for _, step := range steps {
				events := ok(t)(step.op())
				if s.Account.Stage != step.stage || !hasEvent(events, step.event) {
					t.Fatalf("stage %s with events %v, want %s with %s", s.Account.Stage, events, step.stage, step.event)
				}
			}
			if s.Cards[0].Foreign || s.Cards[0].Last4 != r.card[len(r.card)-4:] {
				t.Errorf("card = %+v", s.Cards[0])
			}
		})
	}
}

func TestOverseasActivationWindow(t *testing.T) {
	deadline := t0.Add(24 * time.Hour)
	for _, tt := range []struct {
		name  string
		at    time.Time
		stage Stage
	}{
		{"one second before", deadline.Add(-time.Second), StageAuthenticating},
		{"one second after", deadline.Add(time.Second), StageLapsed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := fresh(t, "GB", Rules2020)
			gift := s.Incoming[0]
			events := second[Incoming](t)(s.OpenRedPacket(gift.ID, t0))
			if !hasEvent(events, EventPayOffered) || !hasEvent(events, EventPacketOpened) {
				t.Fatalf("events = %v", events)
			}
			e := s.Entry(t0)
			if e.Stage != StageOffered || !e.Deadline.Equal(deadline) || e.Held != cny(gift.Money.Amount) {
				t.Fatalf("entry = %+v", e)
			}
			if s.Entry(tt.at).Stage == StageLapsed != (tt.stage == StageLapsed) {
				t.Fatalf("Entry(%v).Stage = %s", tt.at, s.Entry(tt.at).Stage)
			}
			_, err := s.Authenticate(gbPassport, tt.at)
			if tt.stage == StageLapsed {
				wantCode(t, err, ESTAGE)
				events := ok(t)(s.Settle(tt.at))
				if !hasEvent(events, EventActivationLapsed) || events[0].Time != deadline {
					t.Fatalf("settle events = %v, want activation_lapsed at the deadline", events)
				}
				if s.Account.Stage != StageLapsed || s.Incoming[0].Status != StatusReturned || s.held() != 0 {
					t.Fatalf("after lapse: %+v %+v", s.Account, s.Incoming[0])
				}
				if b := s.Balances()[ContactParty(activatorID)][CNY]; b != 0 {
					t.Fatalf("Li Wei's balance = %d, want the money back (0)", b)
				}
			} else {
				noErr(t, err)
				if s.Account.Stage != StageAuthenticating || s.balance() != gift.Money.Amount || !s.Account.Deadline.IsZero() {
					t.Fatalf("after authentication: %+v balance %d", s.Account, s.balance())
				}
				ok(t)(s.Settle(deadline.Add(time.Hour)))
				if s.Account.Stage != StageAuthenticating {
					t.Fatalf("a passed deadline still lapsed an authenticated account")
				}
			}
			sound(t, s)
		})
	}
}

// second returns the events of an operation that also made something.
func second[T any](t testing.TB) func(T, []Event, error) []Event {
	return func(_ T, events []Event, err error) []Event {
		t.Helper()
		noErr(t, err)
		return events
	}
}

func TestLapsedAccountCanBeOfferedAgain(t *testing.T) {
	s := fresh(t, "GB", Rules2020)
	made[Incoming](t)(s.OpenRedPacket(s.Incoming[0].ID, t0))
	later := t0.Add(25 * time.Hour)
	in := made[Incoming](t)(s.ReceiveFrom("chen-jing", IncomingTransfer, 500, later))
	made[Incoming](t)(s.AcceptTransfer(in.ID, later))
	if e := s.Entry(later); e.Stage != StageOffered || !e.Deadline.Equal(later.Add(24*time.Hour)) || e.Held.Amount != 500 {
		t.Fatalf("entry = %+v", e)
	}
	sound(t, s)
}

func TestAccountRefusals(t *testing.T) {
	hiddenGB := func() *State { return fresh(t, "GB", Rules2020) }
	offeredCN := func() *State { return fresh(t, Mainland, Rules2020) }
	authCN := func() *State { s := offeredCN(); ok(t)(s.Authenticate(cnResident, t0)); return s }
	badID := cnResident
	badID.Number = "110101199003074515"
	tests := []struct {
		name  string
		state func() *State
		op    func(s *State) error
		code  string
	}{
		{"pay switch in 2020", hiddenGB, func(s *State) error { _, err := s.TurnOnPay(t0); return err }, EREGION},
		{"pay already on", offeredCN, func(s *State) error { _, err := s.TurnOnPay(t0); return err }, ESTAGE},
		{"authenticate while hidden", hiddenGB, func(s *State) error { _, err := s.Authenticate(gbPassport, t0); return err }, ESTAGE},
		{"passport from a resident", offeredCN, func(s *State) error { _, err := s.Authenticate(gbPassport, t0); return err }, EREGION},
		{"ID checksum wrong", offeredCN, func(s *State) error { _, err := s.Authenticate(badID, t0); return err }, EIDCHECKSUM},
		{"authenticate twice", authCN, func(s *State) error { _, err := s.Authenticate(cnResident, t0); return err }, ESTAGE},
		{"card while hidden", hiddenGB, func(s *State) error { _, _, err := s.LinkCard(cnCard, t0); return err }, ESTAGE},
		{"card before real-name", offeredCN, func(s *State) error { _, _, err := s.LinkCard(cnCard, t0); return err }, ESTAGE},
		{"foreign card in 2020", authCN, func(s *State) error { _, _, err := s.LinkCard(usVisa, t0); return err }, ECARDREFUSED},
		{"Hong Kong card in the Mainland wallet", authCN, func(s *State) error { _, _, err := s.LinkCard(hkCard, t0); return err }, ECARDREFUSED},
		{"card of an unknown bank", authCN, func(s *State) error { _, _, err := s.LinkCard("4000000000000002", t0); return err }, ECARDREFUSED},
		{"card number typo", authCN, func(s *State) error { _, _, err := s.LinkCard("4111111111111112", t0); return err }, ECARDLUHN},
		{"PIN before a card", authCN, func(s *State) error { _, err := s.SetPIN(goodPIN, t0); return err }, ESTAGE},
		{"confirm before set", authCN, func(s *State) error { _, err := s.ConfirmPIN(goodPIN, t0); return err }, ESTAGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.state()
			refused(t, s, tt.code, func() error { return tt.op(s) })
		})
	}
}

func TestLinkCardTwiceRefused(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	refused(t, s, EUSED, func() error { _, _, err := s.LinkCard(cnCard, t0); return err })
	card := made[LinkedCard](t)(s.LinkCard(cnCard2, t0))
	if s.Account.Stage != StageActive || card.ID == s.Cards[0].ID {
		t.Fatalf("a second card changed the stage or reused an id: %+v", s.Account)
	}
}

func TestMalaysianWalletTakesMalaysianCards(t *testing.T) {
	s := fresh(t, Malaysia, Rules2020)
	ok(t)(s.Authenticate(myResident, t0))
	refused(t, s, ECARDREFUSED, func() error { _, _, err := s.LinkCard(cnCard, t0); return err })
	card := made[LinkedCard](t)(s.LinkCard(myCard, t0))
	if card.Foreign || card.Bank.Region != Malaysia {
		t.Fatalf("card = %+v", card)
	}
}

func TestForeignCardBeforeRealName(t *testing.T) {
	s := fresh(t, "GB", Rules2024)
	events := ok(t)(s.TurnOnPay(t0))
	if !hasEvent(events, EventPayOffered) || s.Account.Stage != StageOffered {
		t.Fatalf("turn on: %v %s", events, s.Account.Stage)
	}
	refused(t, s, ECARDREFUSED, func() error { _, _, err := s.LinkCard(usAmex, t0); return err })
	card := made[LinkedCard](t)(s.LinkCard(gbVisa, t0))
	e := s.Entry(t0)
	if !card.Foreign || e.Stage != StageCardLinked || !e.SpendOnly || e.Verified || s.Account.Method != Method(card.ID) {
		t.Fatalf("card %+v entry %+v method %s", card, e, s.Account.Method)
	}
	ok(t)(s.Authenticate(gbPassport, t0))
	if s.Account.Stage != StageCardLinked || !s.Entry(t0).Verified {
		t.Fatalf("authenticating later moved the stage: %s", s.Account.Stage)
	}
}

func TestHongKongWalletRefusesForeignCards(t *testing.T) {
	s := fresh(t, HongKong, Rules2024)
	ok(t)(s.Authenticate(hkResident, t0))
	refused(t, s, ECARDREFUSED, func() error { _, _, err := s.LinkCard(usVisa, t0); return err })
}

func TestMalaysianWalletDates2024(t *testing.T) {
	signUpsEnd := time.Date(2024, time.August, 1, 0, 0, 0, 0, chinaTime)
	closes := time.Date(2024, time.September, 1, 0, 0, 0, 0, chinaTime)
	before, err := NewState(Persona{"A", Malaysia}, Rules2024, signUpsEnd.Add(-time.Second))
	noErr(t, err)
	if before.Account.Wallet != Malaysia || before.Account.Stage != StageOffered {
		t.Fatalf("a second before sign-ups end: %+v", before.Account)
	}
	after, err := NewState(Persona{"A", Malaysia}, Rules2024, signUpsEnd.Add(time.Second))
	noErr(t, err)
	if after.Account.Wallet != Mainland || after.Account.Stage != StageHidden {
		t.Fatalf("a second after sign-ups end: %+v", after.Account)
	}
	ok(t)(before.Authenticate(myResident, closes.Add(-time.Second)))
	refused(t, before, ECLOSED, func() error { _, _, err := before.LinkCard(myCard, closes.Add(time.Second)); return err })
}

// The tutorial and the spec call the region and its wallet Mainland China,
// and so does every refusal.
func TestRefusalNamesMainlandChina(t *testing.T) {
	s := fresh(t, Mainland, Rules2020)
	ok(t)(s.Authenticate(cnResident, t0))
	_, _, err := s.LinkCard(hkCard, t0)
	want := "This Visa card was issued in Hong Kong SAR. The Mainland China wallet accepts only cards issued in Mainland China."
	if got := ErrorMessage(err); got != want {
		t.Errorf("refusal = %q, want %q", got, want)
	}
}

// Identity documents are checked on the ruleset's day (China's, UTC+8),
// the day every other rule counts: at 01:00 in China, still the day
// before in UTC, a person born 18 years ago today is of age, and a
// passport expiring today is no longer valid.
func TestAuthenticateOnChinasDay(t *testing.T) {
	at := time.Date(2025, time.March, 3, 17, 0, 0, 0, time.UTC) // 4 March, 01:00 in China
	passport := gbPassport
	passport.Birth = "2007-03-04"
	s := fresh(t, "GB", Rules2024)
	ok(t)(s.TurnOnPay(at))
	ok(t)(s.Authenticate(passport, at))

	passport = gbPassport
	passport.Expiry = "2025-03-04"
	s = fresh(t, "GB", Rules2024)
	ok(t)(s.TurnOnPay(at))
	refused(t, s, EIDEXPIRED, func() error { _, err := s.Authenticate(passport, at); return err })
}

// The engine keeps identity numbers as the document prints them, however
// they were typed.
func TestAuthenticateKeepsNumbersNormalised(t *testing.T) {
	for _, tt := range []struct {
		region RegionCode
		typed  Identity
		want   string
	}{
		{Mainland, Identity{Type: IDMainland, Name: " Wang Li ", Number: " 11010519491231002x "}, "11010519491231002X"},
		{HongKong, Identity{Type: IDHongKong, Name: "Chan Tai Man", Number: "a1234563"}, "A123456(3)"},
		{Malaysia, Identity{Type: IDMyKad, Name: "Ahmad Ismail", Number: "900101145567"}, "900101-14-5567"},
		{SouthAfrica, Identity{Type: IDSouthAfrica, Name: "Thabo Mokoena", Number: "9506245120008 "}, "9506245120008"},
	} {
		s := fresh(t, tt.region, Rules2020)
		ok(t)(s.Authenticate(tt.typed, t0))
		if got := s.Account.Identity; got.Number != tt.want || got.Name != strings.TrimSpace(tt.typed.Name) {
			t.Errorf("%s: kept %q %q, want %q", tt.region, got.Name, got.Number, tt.want)
		}
	}
}
