package wallet

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"time"
)

// t0 is the demo time the engine tests start at.
var t0 = time.Date(2025, time.March, 3, 10, 0, 0, 0, time.UTC)

// Cards of the demo banks (banks.go), by issuing region.
const (
	cnCard  = "6200000000000005" // Peony Demo Bank, Mainland
	cnCard2 = "6200000000000047"
	hkCard  = "4556000012345674" // Bauhinia, Hong Kong
	myCard  = "5227880012345675" // Hibiscus, Malaysia
	zaCard  = "4900880012345672" // Protea, South Africa
	usVisa  = "4111111111111111" // Magnolia, United States
	gbVisa  = "4242424242424242" // Bluebell, United Kingdom
	usAmex  = "378282246310005"
	goodPIN = "135790"
	badPIN  = "000001"
)

// Identities that pass ValidateIdentity, one per wallet region and a
// passport for everyone else.
var (
	cnResident = Identity{Type: IDMainland, Name: "Zhang Wei", Number: "110101199003074514"}
	hkResident = Identity{Type: IDHongKong, Name: "Chan Tai Man", Number: "A123456(3)"}
	zaResident = Identity{Type: IDSouthAfrica, Name: "Thabo Mokoena", Number: "9506245120008"}
	myResident = Identity{Type: IDMyKad, Name: "Ahmad Ismail", Number: "900101-14-5567"}
	gbPassport = Identity{Type: IDPassport, Name: "Jane Doe", Number: "K1234567", Nationality: "GB",
		Expiry: "2030-01-01", Birth: "1990-03-07", Occupation: "Engineer", Address: "1 High Street, London"}
)

// residentOf maps a wallet region to its resident's identity and card.
var residentOf = map[RegionCode]struct {
	id   Identity
	card string
}{
	Mainland:    {cnResident, cnCard},
	HongKong:    {hkResident, hkCard},
	SouthAfrica: {zaResident, zaCard},
	Malaysia:    {myResident, myCard},
}

// fresh returns a new state for a persona of region under rules, with a
// seeded source of randomness.
func fresh(t testing.TB, region RegionCode, rules RulesetID) *State {
	t.Helper()
	s, err := NewState(Persona{Name: "Demo", Region: region}, rules, t0)
	if err != nil {
		t.Fatalf("NewState(%s, %s): %v", region, rules, err)
	}
	s.SetRand(rand.New(rand.NewPCG(1, 2)))
	return s
}

// noErr fails the test if err is not nil.
func noErr(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

// ok takes an operation's events and error, failing the test on an error:
// ok(t)(s.Settle(now)).
func ok(t testing.TB) func([]Event, error) []Event {
	return func(events []Event, err error) []Event {
		t.Helper()
		noErr(t, err)
		return events
	}
}

// made is ok for operations that also return what they made:
// made[Payment](t)(s.StartOrder(...)).
func made[T any](t testing.TB) func(T, []Event, error) T {
	return func(v T, _ []Event, err error) T {
		t.Helper()
		noErr(t, err)
		return v
	}
}

// wantCode fails the test unless err has code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := ErrorCode(err); got != code {
		t.Fatalf("error code = %q, want %q (error: %v)", got, code, err)
	}
	if err != nil && ErrorMessage(err) == "" {
		t.Fatalf("error %q has no message", code)
	}
}

// snapshot encodes s, to compare before and after an operation.
func snapshot(t testing.TB, s *State) []byte {
	t.Helper()
	b, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// refused checks that op fails with code and leaves s exactly as it was.
func refused(t testing.TB, s *State, code string, op func() error) {
	t.Helper()
	before := snapshot(t, s)
	wantCode(t, op(), code)
	if after := snapshot(t, s); !bytes.Equal(before, after) {
		t.Fatalf("refused operation (%s) changed the state:\nbefore %s\nafter  %s", code, before, after)
	}
}

// sound fails the test unless s keeps every invariant Load checks.
func sound(t testing.TB, s *State) {
	t.Helper()
	if err := s.check(); err != nil {
		t.Fatalf("invariants broken: %v", err)
	}
}

// hasEvent reports whether events hold one of kind.
func hasEvent(events []Event, kind EventKind) bool {
	for _, e := range events {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// active returns a state whose wallet is set up: a resident with a card of
// their region, or, for other regions, the ruleset's overseas route (2020:
// open the activating red packet, authenticate by passport, link a
// Mainland card; 2024: turn Pay on and link a US Visa card).
func active(t testing.TB, region RegionCode, rules RulesetID) *State {
	t.Helper()
	s := fresh(t, region, rules)
	if r, home := residentOf[region]; home && s.Account.Stage == StageOffered {
		ok(t)(s.Authenticate(r.id, t0))
		made[LinkedCard](t)(s.LinkCard(r.card, t0))
	} else if rules == Rules2020 {
		made[Incoming](t)(s.OpenRedPacket(s.Incoming[0].ID, t0))
		ok(t)(s.Authenticate(gbPassport, t0))
		made[LinkedCard](t)(s.LinkCard(cnCard, t0))
	} else {
		ok(t)(s.TurnOnPay(t0))
		made[LinkedCard](t)(s.LinkCard(usVisa, t0))
	}
	ok(t)(s.SetPIN(goodPIN, t0))
	ok(t)(s.ConfirmPIN(goodPIN, t0))
	sound(t, s)
	return s
}

// funded returns an active Mainland account (2020) with amount topped up
// from its card.
func funded(t testing.TB, amount Amount) *State {
	t.Helper()
	s := active(t, Mainland, Rules2020)
	ok(t)(s.TopUp(s.Cards[0].ID, amount, goodPIN, t0))
	return s
}

// cny is an amount of yuan.
func cny(a Amount) Money { return Money{a, CNY} }

// refusedCounted is refused for a wrong PIN: the attempt is counted, and
// nothing but the PIN record changes.
func refusedCounted(t testing.TB, s *State, code string, op func() error) {
	t.Helper()
	before := snapshot(t, s)
	wantCode(t, op(), code)
	pin := s.Account.PIN
	restored, err := Load(before)
	noErr(t, err)
	restored.Account.PIN = pin
	if after := snapshot(t, s); !bytes.Equal(snapshot(t, restored), after) {
		t.Fatalf("wrong PIN (%s) changed more than the PIN record:\nbefore %s\nafter  %s", code, before, after)
	}
}

// eachSideOf runs f one second before and one second after deadline;
// passed tells which.
func eachSideOf(t *testing.T, deadline time.Time, f func(t *testing.T, at time.Time, passed bool)) {
	for _, passed := range []bool{false, true} {
		name, at := "one second before", deadline.Add(-time.Second)
		if passed {
			name, at = "one second after", deadline.Add(time.Second)
		}
		t.Run(name, func(t *testing.T) { f(t, at, passed) })
	}
}
