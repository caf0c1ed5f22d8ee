package wallet

import (
	"testing"
	"time"
)

func TestChangePIN(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	refused(t, s, ESTAGE, func() error { _, err := s.ConfirmNewPIN("246801", t0); return err })
	refusedCounted(t, s, EPIN, func() error { _, err := s.ChangePIN(badPIN, "246801", t0); return err })
	refusedCounted(t, s, EPIN, func() error { _, err := s.VerifyPIN(badPIN, t0); return err })
	ok(t)(s.VerifyPIN(goodPIN, t0))
	if s.Account.PIN.Fails != 0 {
		t.Errorf("a right PIN left %d failures counted", s.Account.PIN.Fails)
	}
	refused(t, s, EWEAKPIN, func() error { _, err := s.ChangePIN(goodPIN, "222222", t0); return err })
	if !hasEvent(ok(t)(s.ChangePIN(goodPIN, "246801", t0)), EventPINSet) {
		t.Error("ChangePIN reports no PIN entry")
	}
	// Until confirmed, the old PIN still pays.
	if err := s.checkPIN(goodPIN, t0); err != nil {
		t.Fatalf("the old PIN stopped working before the new one was confirmed: %v", err)
	}
	refused(t, s, EPINMISMATCH, func() error { _, err := s.ConfirmNewPIN("246802", t0); return err })
	if !hasEvent(ok(t)(s.ConfirmNewPIN("246801", t0)), EventPINChanged) {
		t.Error("ConfirmNewPIN reports no change")
	}
	if err := s.checkPIN("246801", t0); err != nil {
		t.Errorf("the new PIN does not work: %v", err)
	}
	if s.Account.Stage != StageActive || s.Account.PIN.Pending != "" {
		t.Errorf("after the change: stage %s, PIN %+v", s.Account.Stage, s.Account.PIN)
	}
	sound(t, s)
}

func TestChangePINNeedsAnActiveWallet(t *testing.T) {
	s := fresh(t, Mainland, Rules2020)
	refused(t, s, ESTAGE, func() error { _, err := s.ChangePIN(goodPIN, "246801", t0); return err })
	refused(t, s, ESTAGE, func() error { _, err := s.ResetPIN(cnCard, "246801", t0); return err })
}

func TestResetPINByCardLiftsTheLock(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	rules, _ := LookupRuleset(Rules2020)
	for range rules.PINMaxTries {
		s.checkPIN(badPIN, t0)
	}
	if !s.locked(t0) {
		t.Fatal("five wrong PINs did not lock")
	}
	refused(t, s, ENOTFOUND, func() error { _, err := s.ResetPIN(cnCard2, "246801", t0); return err })
	refused(t, s, ECARDLUHN, func() error { _, err := s.ResetPIN("4111111111111112", "246801", t0); return err })
	ok(t)(s.ResetPIN(cnCard, "246801", t0))
	ok(t)(s.ConfirmNewPIN("246801", t0.Add(time.Minute)))
	if s.locked(t0) || s.checkPIN("246801", t0) != nil {
		t.Errorf("after a reset: locked %v, PIN %+v", s.locked(t0), s.Account.PIN)
	}
}

func TestLinkedCardFor(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	c, err := s.LinkedCardFor("6200 0000 0000 0005")
	if err != nil || c.Last4 != "0005" {
		t.Errorf("found %+v, %v", c, err)
	}
	if _, err := s.LinkedCardFor(gbVisa); ErrorCode(err) != ENOTFOUND {
		t.Errorf("an unlinked card: %v", err)
	}
}

func TestPINTriesLeftCountsWrongPINs(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	rules, _ := LookupRuleset(Rules2020)
	if left, lockout := s.PINTriesLeft(); left != rules.PINMaxTries || lockout != rules.PINLockout {
		t.Errorf("before any wrong PIN: %d left, lockout %s", left, lockout)
	}
	s.checkPIN(badPIN, t0)
	s.checkPIN(badPIN, t0)
	if left, _ := s.PINTriesLeft(); left != rules.PINMaxTries-2 {
		t.Errorf("after two wrong PINs: %d left, want %d", left, rules.PINMaxTries-2)
	}
	s.checkPIN(goodPIN, t0)
	if left, _ := s.PINTriesLeft(); left != rules.PINMaxTries {
		t.Errorf("after the right PIN: %d left, want %d", left, rules.PINMaxTries)
	}
}

func TestEntryShowsUnlessHiddenOrLapsed(t *testing.T) {
	for stage, want := range map[Stage]bool{StageHidden: false, StageLapsed: false, StageActive: true} {
		if got := (EntryView{Stage: stage}).Shows(); got != want {
			t.Errorf("stage %s: Shows() = %v, want %v", stage, got, want)
		}
	}
}
