package wallet

import (
	"slices"
	"time"
)

// EventPINChanged: a new payment PIN replaced the old one (Payment settings).
const EventPINChanged EventKind = "pin_changed"

// ChangePIN checks the current payment PIN, then takes the first entry of
// a new one; ConfirmNewPIN takes the second. Until then the old PIN pays.
// Refusals: ESTAGE before the wallet is active, EPIN or ELOCKED for old,
// EWEAKPIN for pin.
func (s *State) ChangePIN(old, pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if err := t.requirePIN(); err != nil {
			return nil, err
		}
		if err := t.checkPIN(old, now); err != nil {
			return nil, err
		}
		return t.pendPIN(pin, now)
	})
}

// VerifyPIN checks the payment PIN without paying, as Payment settings does
// before a change. A wrong PIN counts as it does when paying. Refusals:
// ESTAGE before the wallet is active, EPIN or ELOCKED for pin.
func (s *State) VerifyPIN(pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if err := t.requirePIN(); err != nil {
			return nil, err
		}
		return nil, t.checkPIN(pin, now)
	})
}

// ResetPIN is "Forgot payment PIN": the number of a card linked to the
// wallet stands in for the old PIN, then it takes the first entry of a new
// one, as ChangePIN does. It works while payments are locked. Refusals:
// ESTAGE before the wallet is active; the codes of LinkedCardFor
// (ENOTFOUND, or those of CheckCard) for card; EWEAKPIN for pin.
func (s *State) ResetPIN(card, pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if err := t.requirePIN(); err != nil {
			return nil, err
		}
		if _, err := t.LinkedCardFor(card); err != nil {
			return nil, err
		}
		return t.pendPIN(pin, now)
	})
}

// ConfirmNewPIN takes the second entry of a changed or reset PIN; when it
// matches the first, it replaces the old PIN and lifts any lock. Refusals:
// ESTAGE unless ChangePIN or ResetPIN took a first entry, EPINMISMATCH
// when the entries differ.
func (s *State) ConfirmNewPIN(pin string, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		p := &t.Account.PIN
		if t.Account.Stage != StageActive || p.Pending == "" {
			return nil, Errorf(ESTAGE, "Enter the new payment PIN first.")
		}
		if p.hash(pin) != p.Pending {
			return nil, errPINMismatch()
		}
		p.Hash, p.Pending, p.Fails, p.LockedUntil = p.Pending, "", 0, time.Time{}
		return []Event{{Kind: EventPINChanged, Time: now}}, nil
	})
}

// LinkedCardFor returns the linked card that number belongs to. Refusals:
// the codes of CheckCard (ECARDDIGITS, ECARDNETWORK, ECARDLENGTH,
// ECARDLUHN) for number, ENOTFOUND (on the field "card") when no linked
// card has it.
func (s *State) LinkedCardFor(number string) (LinkedCard, error) {
	info, err := CheckCard(number)
	if err != nil {
		return LinkedCard{}, err
	}
	i := slices.IndexFunc(s.Cards, func(c LinkedCard) bool {
		return c.Network == info.Network && c.Last4 == info.Last4 && c.Bank.ID == info.Bank.ID
	})
	if i < 0 {
		return LinkedCard{}, FieldErrorf("card", ENOTFOUND, "This is not the number of a card linked to your wallet.")
	}
	return s.Cards[i], nil
}

// requirePIN refuses unless the account has a confirmed payment PIN.
func (s *State) requirePIN() error {
	if s.Account.Stage != StageActive {
		return Errorf(ESTAGE, "Set the payment PIN first: Wallet > Set payment PIN.")
	}
	return nil
}

// pendPIN takes the first entry of a new PIN for ConfirmNewPIN.
func (s *State) pendPIN(pin string, now time.Time) ([]Event, error) {
	if err := s.rules().CheckNewPIN(pin); err != nil {
		return nil, err
	}
	s.Account.PIN.Pending = s.Account.PIN.hash(pin)
	return []Event{{Kind: EventPINSet, Time: now}}, nil
}
