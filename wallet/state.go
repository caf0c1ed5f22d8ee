package wallet

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"time"
	"unicode/utf8"
)

// Version is the schema version of the state document Marshal writes.
const Version = 2

// Persona is who the demo user is: a display name and the region the
// account was registered in, which decides how Pay is set up.
type Persona struct {
	Name   string     `json:"name"`
	Region RegionCode `json:"region"`
}

// maxNameLength caps display names so a document stays small.
const maxNameLength = 40

// State is the whole demo: one JSON document the app keeps in localStorage.
// Its fields are exported for reading and for the encoder; only the
// engine's operations change them, each atomically: an operation that
// returns an error leaves the state as it was, except that a wrong PIN is
// counted (see CheckPIN).
type State struct {
	Version     int           `json:"version"`
	Ruleset     RulesetID     `json:"ruleset"`
	Persona     Persona       `json:"persona"`
	ClockOffset time.Duration `json:"clock_offset"` // demo time minus real time
	Created     time.Time     `json:"created"`
	Seq         int64         `json:"seq"` // the number in the last id handed out
	Account     Account       `json:"account"`
	Wallets     []Wallet      `json:"wallets"`
	Cards       []LinkedCard  `json:"cards"`
	PayCode     *PayCode      `json:"pay_code,omitempty"`
	Payments    []Payment     `json:"payments"`
	Packets     []RedPacket   `json:"packets"`
	Transfers   []Transfer    `json:"transfers"`
	Incoming    []Incoming    `json:"incoming"`
	Schedule    []Action      `json:"schedule"`
	Ledger      []Entry       `json:"ledger"`

	rand Rand
}

// Wallet is the user's regional wallet. Balance always equals the sum of
// the ledger entries to and from WalletParty(Region).
type Wallet struct {
	Region   RegionCode `json:"region"`
	Currency Currency   `json:"currency"`
	Balance  Amount     `json:"balance"`
	Opened   time.Time  `json:"opened"`
}

// Rand is the source of randomness (lucky splits, payment codes, salts).
// A *rand.Rand from math/rand/v2 is one; tests seed it.
type Rand interface {
	IntN(n int) int
}

// systemRand draws from math/rand/v2's self-seeded source.
type systemRand struct{}

// IntN draws from the global source.
func (systemRand) IntN(n int) int { return rand.IntN(n) }

// SetRand makes the state draw its randomness from r.
func (s *State) SetRand(r Rand) { s.rand = r }

func (s *State) random() Rand {
	if s.rand == nil {
		return systemRand{}
	}
	return s.rand
}

// NewState starts a demo for persona under ruleset id at demo time now.
// Refusals: EUNKNOWNRULES for id, EINVALID for the persona (see
// Persona.Validate).
func NewState(p Persona, id RulesetID, now time.Time) (*State, error) {
	rules, err := LookupRuleset(id)
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	now = now.UTC()
	s := &State{Version: Version, Ruleset: rules.ID, Persona: p, Created: now}
	s.start(rules, now)
	return s, nil
}

// Validate returns EINVALID (on the field "name" or "region") unless p is
// a persona the demo can start as.
func (p Persona) Validate() error {
	if err := CheckDisplayName(p.Name); err != nil {
		return err
	}
	if _, ok := LookupRegion(p.Region); !ok {
		return FieldErrorf("region", EINVALID, "The demo does not know the region %q.", p.Region)
	}
	return nil
}

// CheckDisplayName returns EINVALID (on the field "name") unless name is a
// persona's display name: 1 to maxNameLength characters of valid UTF-8.
func CheckDisplayName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > maxNameLength || !utf8.ValidString(name) {
		return FieldErrorf("name", EINVALID, "Enter a name of 1 to %d characters.", maxNameLength)
	}
	return nil
}

// ChangePersona starts the demo again as p under the same ruleset. Only the
// demo clock is kept: wallets, cards, PIN and bills belong to the account.
// It returns EINVALID for p, as Persona.Validate does.
func (s *State) ChangePersona(p Persona, now time.Time) ([]Event, error) {
	return s.restart(p, s.Ruleset, now)
}

// ChangeRuleset starts the demo again under ruleset id with the same
// persona, keeping only the demo clock, as ChangePersona does. It returns
// EUNKNOWNRULES for id.
func (s *State) ChangeRuleset(id RulesetID, now time.Time) ([]Event, error) {
	return s.restart(s.Persona, id, now)
}

// Reset starts the demo again with the same persona and ruleset. It
// refuses, as NewState does (EUNKNOWNRULES, EINVALID), only a state whose
// ruleset or persona is not valid, which NewState and Load never make.
func (s *State) Reset(now time.Time) ([]Event, error) {
	return s.restart(s.Persona, s.Ruleset, now)
}

func (s *State) restart(p Persona, id RulesetID, now time.Time) ([]Event, error) {
	fresh, err := NewState(p, id, now)
	if err != nil {
		return nil, err
	}
	fresh.ClockOffset, fresh.rand = s.ClockOffset, s.rand
	*s = *fresh
	return []Event{{Kind: EventReset, Time: fresh.Created}}, nil
}

// rules returns the state's ruleset; Load and NewState made sure it exists.
func (s *State) rules() Ruleset {
	r, _ := LookupRuleset(s.Ruleset)
	return r
}

// nextID hands out a new id: prefix and a number never used before.
func (s *State) nextID(prefix string) string {
	s.Seq++
	return fmt.Sprintf("%s%d", prefix, s.Seq)
}

// apply runs op atomically on a copy of the state after settling what is
// due at now, and keeps the copy only if op succeeds. A failed PIN check
// still counts: its attempt record is kept.
func (s *State) apply(now time.Time, op func(t *State, now time.Time) ([]Event, error)) ([]Event, error) {
	now = now.UTC()
	t, err := s.clone()
	if err != nil {
		return nil, err
	}
	events := t.settle(now)
	more, err := op(t, now)
	if err != nil {
		if Counted(err) {
			s.Account.PIN = t.Account.PIN
		}
		return nil, err
	}
	*s = *t
	return append(events, more...), nil
}

// Counted reports whether a refusal was still counted in the state: a
// wrong PIN (EPIN) counts towards the lock, and a lock (ELOCKED) may just
// have begun. The state is then to be saved although the operation failed.
func Counted(err error) bool {
	code := ErrorCode(err)
	return code == EPIN || code == ELOCKED
}

// DryRun runs op on a copy of the state at now and returns its refusal,
// changing nothing: a form asks whether an operation would pass at the step
// where its input was typed. The copy draws on the system's randomness, not
// the state's source, so a dry run leaves the state's draws as they were.
// It returns whatever op returns, or EINTERNAL if the state cannot be
// copied.
func (s *State) DryRun(now time.Time, op func(t *State, now time.Time) error) error {
	t, err := s.clone()
	if err != nil {
		return err
	}
	t.rand = nil
	return op(t, now.UTC())
}

// clone deep-copies the state through its own encoding, which is the one
// copy that cannot forget a field.
func (s *State) clone() (*State, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, Errorf(EINTERNAL, "The demo could not copy its state: %v", err)
	}
	t := &State{}
	if err := json.Unmarshal(b, t); err != nil {
		return nil, Errorf(EINTERNAL, "The demo could not copy its state: %v", err)
	}
	t.rand = s.rand
	return t, nil
}

// at returns the state as it is at now: s itself when nothing is due, else
// a settled copy. Views read through it so they never show a deadline that
// has passed.
func (s *State) at(now time.Time) *State {
	if !s.due(now.UTC()) {
		return s
	}
	t, err := s.clone()
	if err != nil {
		return s
	}
	t.settle(now.UTC())
	return t
}

// outcome returns what an operation made, or only the error: a refused
// operation made nothing.
func outcome[T any](v T, events []Event, err error) (T, []Event, error) {
	if err != nil {
		var zero T
		return zero, nil, err
	}
	return v, events, nil
}

// Marshal encodes the state as the JSON document Load reads. Its only
// error is EINTERNAL, should the encoding fail.
func (s *State) Marshal() ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, Errorf(EINTERNAL, "The demo could not save its state: %v", err)
	}
	return b, nil
}

// wallet returns the user's wallet of region, or nil.
func (s *State) wallet(region RegionCode) *Wallet {
	for i := range s.Wallets {
		if s.Wallets[i].Region == region {
			return &s.Wallets[i]
		}
	}
	return nil
}

// openWallet returns the user's wallet of region, opening it at now first
// if the user has none.
func (s *State) openWallet(rule WalletRule, now time.Time) *Wallet {
	if w := s.wallet(rule.Region); w != nil {
		return w
	}
	s.Wallets = append(s.Wallets, Wallet{Region: rule.Region, Currency: rule.Currency, Opened: now})
	return &s.Wallets[len(s.Wallets)-1]
}
