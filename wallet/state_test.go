package wallet

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestMarshalLoadRoundTrip(t *testing.T) {
	s := funded(t, 50000)
	made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: group, Count: 4, Amount: 1000, Lucky: true}, goodPIN, t0))
	made[Transfer](t)(s.SendTransfer(TransferRequest{To: "sam", Amount: 100}, goodPIN, t0))
	made[Incoming](t)(s.ReceiveFrom("li-wei", IncomingPacket, 100, t0))
	made[PayCode](t)(s.ShowPayCode(t0))
	made[Payment](t)(s.StartOrder(PayMiniProgram, shop, cny(100), t0))
	ok(t)(s.Settle(t0.Add(3 * time.Minute)))
	doc := snapshot(t, s)
	loaded, err := Load(doc)
	noErr(t, err)
	if again := snapshot(t, loaded); !bytes.Equal(doc, again) {
		t.Fatalf("round trip differs:\n%s\n%s", doc, again)
	}
}

func TestRestartKeepsOnlyTheClock(t *testing.T) {
	s := funded(t, 50000)
	ok(t)(s.AdvanceClock(time.Hour, t0))
	now := s.Now(&FixedClock{T: t0})
	if !now.Equal(t0.Add(time.Hour)) {
		t.Fatalf("demo now = %v", now)
	}
	for _, tt := range []struct {
		name   string
		op     func() ([]Event, error)
		region RegionCode
		rules  RulesetID
		stage  Stage
	}{
		{"persona", func() ([]Event, error) { return s.ChangePersona(Persona{"Jane", "GB"}, now) }, "GB", Rules2020, StageHidden},
		{"ruleset", func() ([]Event, error) { return s.ChangeRuleset(Rules2024, now) }, "GB", Rules2024, StageHidden},
		{"reset", func() ([]Event, error) { return s.Reset(now) }, "GB", Rules2024, StageHidden},
	} {
		t.Run(tt.name, func(t *testing.T) {
			events := ok(t)(tt.op())
			if !hasEvent(events, EventReset) || s.Persona.Region != tt.region || s.Ruleset != tt.rules || s.Account.Stage != tt.stage {
				t.Fatalf("after %s: %+v %v", tt.name, s.Account, events)
			}
			if s.ClockOffset != time.Hour || len(s.Wallets) != 0 || len(s.Payments) != 0 || len(s.Cards) != 0 || s.Account.PIN.Hash != "" {
				t.Fatalf("the restart kept more than the clock: %s", snapshot(t, s))
			}
			sound(t, s)
		})
	}
	refused(t, s, EUNKNOWNRULES, func() error { _, err := s.ChangeRuleset("1984", now); return err })
	refused(t, s, EINVALID, func() error { _, err := s.ChangePersona(Persona{"", "GB"}, now); return err })
}

func TestClocks(t *testing.T) {
	c := &FixedClock{T: t0}
	c.Add(time.Minute)
	if c.Now() != t0.Add(time.Minute) {
		t.Fatal("FixedClock did not move")
	}
	if d := time.Since(SystemClock{}.Now()); d < 0 || d > time.Minute {
		t.Fatalf("SystemClock is off by %v", d)
	}
	s := fresh(t, Mainland, Rules2020)
	refused(t, s, EINVALID, func() error { _, err := s.AdvanceClock(0, t0); return err })
	ok(t)(s.AdvanceClock(24*time.Hour, t0))
	if got := s.Now(c); !got.Equal(t0.Add(24*time.Hour+time.Minute)) || got.Location() != time.UTC {
		t.Fatalf("demo now = %v", got)
	}
}

func TestNextDue(t *testing.T) {
	s := funded(t, 10000)
	if _, ok := s.NextDue(); ok {
		t.Fatal("something is due in a quiet state")
	}
	made[Transfer](t)(s.SendTransfer(TransferRequest{To: "li-wei", Amount: 100}, goodPIN, t0))
	if due, ok := s.NextDue(); !ok || !due.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("next due %v %v, want Li Wei's reaction in 2 minutes", due, ok)
	}
}

func TestSystemRandomness(t *testing.T) {
	s, err := NewState(Persona{"A", Mainland}, Rules2020, t0)
	noErr(t, err)
	if n := s.random().IntN(10); n < 0 || n >= 10 {
		t.Fatalf("IntN(10) = %d", n)
	}
}

func TestCheckDisplayName(t *testing.T) {
	for name, want := range map[string]bool{
		"Alex": true, "陈小明": true, "": false, "\xff": false,
		strings.Repeat("a", maxNameLength): true, strings.Repeat("a", maxNameLength+1): false,
	} {
		if err := CheckDisplayName(name); (err == nil) != want || (err != nil && ErrorCode(err) != EINVALID) {
			t.Errorf("CheckDisplayName(%q) = %v, want ok %v", name, err, want)
		}
	}
}

func TestDryRunChangesNothing(t *testing.T) {
	s := fresh(t, "GB", Rules2024)
	ok(t)(s.TurnOnPay(t0))
	before, _ := s.Marshal()
	err := s.DryRun(t0, func(t *State, now time.Time) error { _, _, err := t.LinkCard(gbVisa, now); return err })
	after, _ := s.Marshal()
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("a passing dry run: %v, state changed %v", err, !bytes.Equal(before, after))
	}
	if err := s.DryRun(t0, func(t *State, now time.Time) error { _, _, err := t.LinkCard(usAmex, now); return err }); ErrorCode(err) != ECARDREFUSED {
		t.Errorf("a refused dry run: %v, want %s", err, ECARDREFUSED)
	}
	if len(s.Cards) != 0 {
		t.Errorf("dry runs linked %d cards", len(s.Cards))
	}
}

func TestCountedRefusals(t *testing.T) {
	for code, want := range map[string]bool{EPIN: true, ELOCKED: true, EBALANCE: false, EINVALID: false} {
		if got := Counted(Errorf(code, "x")); got != want {
			t.Errorf("Counted(%s) = %v, want %v", code, got, want)
		}
	}
	if Counted(nil) {
		t.Error("Counted(nil)")
	}
}
