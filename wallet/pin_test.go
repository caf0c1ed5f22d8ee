package wallet

import (
	"strings"
	"testing"
	"time"
)

func TestCheckNewPIN(t *testing.T) {
	rules, _ := LookupRuleset(Rules2020)
	for _, tt := range []struct {
		pin  string
		code string
	}{
		{"135790", ""},
		{"120000", ""},
		{"111111", EWEAKPIN},
		{"000000", EWEAKPIN},
		{"123456", EWEAKPIN},
		{"654321", EWEAKPIN},
		{"345678", EWEAKPIN},
		{"987654", EWEAKPIN},
		{"12345", EWEAKPIN},
		{"1234567", EWEAKPIN},
		{"12a456", EWEAKPIN},
		{"", EWEAKPIN},
	} {
		t.Run(tt.pin, func(t *testing.T) {
			wantCode(t, rules.CheckNewPIN(tt.pin), tt.code)
		})
	}
}

func TestPINIsStoredHashed(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	doc := string(snapshot(t, s))
	if strings.Contains(doc, goodPIN) {
		t.Fatalf("the PIN is in the document in clear: %s", doc)
	}
	if s.Account.PIN.Hash == "" || s.Account.PIN.Salt == "" || s.Account.PIN.Pending != "" {
		t.Fatalf("PIN = %+v", s.Account.PIN)
	}
}

func TestSetPINRefusalsAndRestart(t *testing.T) {
	s := fresh(t, Mainland, Rules2020)
	ok(t)(s.Authenticate(cnResident, t0))
	made[LinkedCard](t)(s.LinkCard(cnCard, t0))
	refused(t, s, EWEAKPIN, func() error { _, err := s.SetPIN("123456", t0); return err })
	ok(t)(s.SetPIN(goodPIN, t0))
	refused(t, s, EPINMISMATCH, func() error { _, err := s.ConfirmPIN("246810", t0); return err })
	ok(t)(s.SetPIN("246810", t0)) // start over with another PIN
	ok(t)(s.ConfirmPIN("246810", t0))
	if s.Account.Stage != StageActive {
		t.Fatalf("stage = %s", s.Account.Stage)
	}
	refused(t, s, ESTAGE, func() error { _, err := s.SetPIN(goodPIN, t0); return err })
}

func TestWrongPINsLockPayments(t *testing.T) {
	s := funded(t, 10000)
	card := s.Cards[0].ID
	for i := 1; i <= 4; i++ {
		_, err := s.TopUp(card, 100, badPIN, t0)
		wantCode(t, err, EPIN)
		if want := []string{"", "4 tries", "3 tries", "2 tries", "1 try left"}[i]; !strings.Contains(ErrorMessage(err), want) {
			t.Fatalf("after %d wrong PINs: %q, want it to say %q", i, ErrorMessage(err), want)
		}
	}
	balance := s.balance()
	_, err := s.TopUp(card, 100, badPIN, t0)
	wantCode(t, err, ELOCKED)
	until := t0.Add(3 * time.Hour)
	if !strings.Contains(ErrorMessage(err), "21:00 on 3 March (UTC+08:00)") || !s.Entry(t0).LockedUntil.Equal(until) {
		t.Fatalf("lock message %q, entry %+v", ErrorMessage(err), s.Entry(t0))
	}
	if s.balance() != balance || len(s.Ledger) != 1 {
		t.Fatalf("wrong PINs moved money")
	}
	// Locked: even the right PIN is refused until exactly three hours later.
	refused(t, s, ELOCKED, func() error { _, err := s.TopUp(card, 100, goodPIN, until.Add(-time.Second)); return err })
	ok(t)(s.TopUp(card, 100, goodPIN, until.Add(time.Second)))
	if s.Account.PIN.Fails != 0 || !s.Entry(until.Add(time.Second)).LockedUntil.IsZero() {
		t.Fatalf("PIN after unlock = %+v", s.Account.PIN)
	}
}

func TestRightPINResetsTheCount(t *testing.T) {
	s := funded(t, 10000)
	card := s.Cards[0].ID
	for range 4 {
		_, err := s.TopUp(card, 100, badPIN, t0)
		wantCode(t, err, EPIN)
	}
	ok(t)(s.TopUp(card, 100, goodPIN, t0))
	_, err := s.TopUp(card, 100, badPIN, t0)
	if !strings.Contains(ErrorMessage(err), "4 tries") {
		t.Fatalf("count not reset: %q", ErrorMessage(err))
	}
}
