package wallet

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// PIN is the payment PIN as stored: a salted hash, never the digits.
type PIN struct {
	Salt    string `json:"salt,omitempty"`
	Hash    string `json:"hash,omitempty"`    // the confirmed PIN
	Pending string `json:"pending,omitempty"` // the first entry, awaiting confirmation
	// Fails counts wrong PINs in a row; at the ruleset's PINMaxTries
	// payments lock until LockedUntil.
	Fails       int       `json:"fails"`
	LockedUntil time.Time `json:"locked_until,omitzero"`
}

func (p PIN) hash(pin string) string {
	sum := sha256.Sum256([]byte(p.Salt + ":" + pin))
	return hex.EncodeToString(sum[:])
}

// CheckNewPIN refuses, with EWEAKPIN on the field "pin", a PIN that is not
// all digits of the right length, all the same digit (111111) or a
// straight run up or down (123456, 654321).
func (r Ruleset) CheckNewPIN(pin string) error {
	if len(pin) != r.PINLength || !allDigits(pin) {
		return FieldErrorf("pin", EWEAKPIN, "The payment PIN is %d digits.", r.PINLength)
	}
	same, up, down := true, true, true
	for i := 1; i < len(pin); i++ {
		d := int(pin[i]) - int(pin[i-1])
		same, up, down = same && d == 0, up && d == 1, down && d == -1
	}
	if same || up || down {
		return FieldErrorf("pin", EWEAKPIN, "This PIN is too easy to guess: avoid one digit repeated and straight runs like 123456.")
	}
	return nil
}

// SetPIN takes the first entry of a new payment PIN, once a card is linked.
// Calling it again while a confirmation is awaited starts over. Refusals:
// ESTAGE before a card is linked or once the PIN is confirmed, EWEAKPIN
// for pin (see CheckNewPIN).
func (s *State) SetPIN(pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if t.Account.Stage != StageCardLinked && t.Account.Stage != StagePINSet {
			return nil, Errorf(ESTAGE, "Add a card before setting the payment PIN.")
		}
		if err := t.rules().CheckNewPIN(pin); err != nil {
			return nil, err
		}
		t.Account.PIN = PIN{Salt: t.salt()}
		t.Account.PIN.Pending = t.Account.PIN.hash(pin)
		t.Account.Stage = StagePINSet
		return []Event{{Kind: EventPINSet, Time: now}}, nil
	})
}

// ConfirmPIN takes the second entry; when it matches the first, the wallet
// is active. When it does not, the first entry stays pending for another
// try; SetPIN starts over with a different PIN. Refusals: ESTAGE unless
// SetPIN took a first entry, EPINMISMATCH when the entries differ.
func (s *State) ConfirmPIN(pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		p := &t.Account.PIN
		if t.Account.Stage != StagePINSet {
			return nil, Errorf(ESTAGE, "Enter the new payment PIN first.")
		}
		if p.hash(pin) != p.Pending {
			return nil, errPINMismatch()
		}
		p.Hash, p.Pending = p.Pending, ""
		t.Account.Stage = StageActive
		return []Event{{Kind: EventActivated, Time: now}}, nil
	})
}

// errPINMismatch refuses a second entry that differs from the first. The
// first stays pending, so the message asks for it again rather than for a
// new PIN, matching the pad ("Enter the same PIN again").
func errPINMismatch() error {
	return FieldErrorf("pin", EPINMISMATCH, "The two PINs differ. Enter the PIN you chose first once more.")
}

// salt draws 16 random hex digits.
func (s *State) salt() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(s.random().IntN(256))
	}
	return hex.EncodeToString(b)
}

// checkPIN verifies the payment PIN. Wrong PINs count; at the ruleset's
// limit payments lock for its lockout. The count survives the failed
// operation (State.apply keeps it).
func (s *State) checkPIN(pin string, now time.Time) error {
	rules, p := s.rules(), &s.Account.PIN
	if s.locked(now) {
		return s.lockedError()
	}
	if p.hash(pin) == p.Hash {
		p.Fails = 0
		return nil
	}
	p.Fails++
	if p.Fails >= rules.PINMaxTries {
		p.Fails, p.LockedUntil = 0, now.Add(rules.PINLockout)
		return s.lockedError()
	}
	left, _ := s.PINTriesLeft()
	return FieldErrorf("pin", EPIN, "Wrong payment PIN. %d %s left before payments lock for %s.", left, plural(left, "try", "tries"), hours(rules.PINLockout))
}

// PINTriesLeft returns how many wrong payment PINs in a row the user may
// still type before payments lock, and for how long they would lock.
func (s *State) PINTriesLeft() (left int, lockout time.Duration) {
	rules := s.rules()
	return rules.PINMaxTries - s.Account.PIN.Fails, rules.PINLockout
}

func (s *State) lockedError() error {
	return Errorf(ELOCKED, "Too many wrong PINs: payments are locked until %s, demo time.", s.clockText(s.Account.PIN.LockedUntil))
}

// hours writes a duration of whole hours for messages.
func hours(d time.Duration) string {
	h := int(d / time.Hour)
	return fmt.Sprintf("%d %s", h, plural(h, "hour", "hours"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
