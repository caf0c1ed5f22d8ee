package wallet

import (
	"slices"
	"strings"
	"time"
)

// Stage is where an account is in setting up Pay:
//
//	hidden → offered → authenticating → card_linked → pin_set → active
//	offered → lapsed (an activation by money that was not authenticated in time)
//
// A foreign card may be linked while offered (ruleset 2024), skipping
// authenticating; authentication can then follow at any stage.
type Stage string

// The stages of an account.
const (
	StageHidden         Stage = "hidden"         // no Pay entry
	StageOffered        Stage = "offered"        // the entry shows; maybe a deadline runs
	StageAuthenticating Stage = "authenticating" // real-name passed; a card is next
	StageCardLinked     Stage = "card_linked"    // a card is linked; a PIN is next
	StagePINSet         Stage = "pin_set"        // PIN entered once; confirming is next
	StageActive         Stage = "active"         // the wallet pays
	StageLapsed         Stage = "lapsed"         // as hidden, after an activation lapsed
)

var stages = []Stage{StageHidden, StageOffered, StageAuthenticating, StageCardLinked, StagePINSet, StageActive, StageLapsed}

// Account is the user's Pay set-up.
type Account struct {
	Stage Stage `json:"stage"`
	// Wallet is the region of the wallet the account has or can activate.
	Wallet RegionCode `json:"wallet"`
	// Deadline is when an activation by money lapses; zero when none runs.
	Deadline time.Time `json:"deadline,omitzero"`
	// Identity is set once real-name authentication passed.
	Identity *Identity `json:"identity,omitempty"`
	PIN      PIN       `json:"pin"`
	// Method pays Quick Pay codes and is the first choice on the pay sheet.
	Method Method `json:"method"`
	// FreeWithdrawn is how much of the free withdrawal quota this identity
	// has used.
	FreeWithdrawn Amount `json:"free_withdrawn"`
}

// LinkedCard is a card linked to the wallet. The demo keeps no card
// number: only the network, the demo bank and the last four digits.
type LinkedCard struct {
	ID      string    `json:"id"`
	Network Network   `json:"network"`
	Bank    DemoBank  `json:"bank"`
	Last4   string    `json:"last4"`
	Foreign bool      `json:"foreign"` // issued outside the wallet's region
	Linked  time.Time `json:"linked"`
}

// start puts a new account at its first stage: a home wallet shows at once;
// otherwise Pay hides, and under activation by money the activating
// contact sends a red packet straight away.
func (s *State) start(rules Ruleset, now time.Time) {
	if w, ok := rules.HomeWallet(s.Persona.Region, now); ok {
		s.Account = Account{Stage: StageOffered, Wallet: w.Region, Method: MethodBalance}
		s.openWallet(w, now)
		return
	}
	s.Account = Account{Stage: StageHidden, Wallet: rules.OverseasWallet, Method: MethodBalance}
	if rules.ActivateByMoney {
		c := activator()
		s.receive(c, IncomingPacket, c.Gift, now)
	}
}

// EntryView is what the Pay entry shows: the stage, the deadline of a
// running activation, the money it holds, and what the account may do.
type EntryView struct {
	Stage     Stage
	Wallet    RegionCode
	Currency  Currency
	Deadline  time.Time // zero when no clock runs
	Held      Money     // accepted money waiting for real-name authentication
	Verified  bool
	SpendOnly bool
	// CanTurnOn: the Pay switch in settings can show the entry.
	CanTurnOn   bool
	LockedUntil time.Time // payments locked by wrong PINs until then
}

// Shows reports whether the Pay entry shows in Me: not while hidden, nor
// once the activation lapsed.
func (e EntryView) Shows() bool { return e.Stage != StageHidden && e.Stage != StageLapsed }

// Entry returns the Pay entry as it is at now.
func (s *State) Entry(now time.Time) EntryView {
	t := s.at(now)
	cur := t.currency()
	hidden := t.Account.Stage == StageHidden || t.Account.Stage == StageLapsed
	v := EntryView{
		Stage: t.Account.Stage, Wallet: t.Account.Wallet, Currency: cur,
		Deadline: t.Account.Deadline, Held: Money{t.held(), cur},
		Verified: t.Account.Identity != nil, SpendOnly: t.spendOnly(),
		CanTurnOn: hidden && t.rules().PaySwitch,
	}
	if now.Before(t.Account.PIN.LockedUntil) {
		v.LockedUntil = t.Account.PIN.LockedUntil
	}
	return v
}

// currency is the currency of the account's wallet.
func (s *State) currency() Currency {
	w, _ := s.rules().Wallet(s.Account.Wallet)
	return w.Currency
}

// walletRule returns the rule of the account's wallet, refusing once the
// wallet has closed.
func (s *State) walletRule(now time.Time) (WalletRule, error) {
	w, _ := s.rules().Wallet(s.Account.Wallet)
	if w.ClosedAt(now) {
		return w, Errorf(ECLOSED, "The %s wallet closed on %s.", regionName(w.Region), s.dateText(w.Closes))
	}
	return w, nil
}

// TurnOnPay shows the Pay entry from settings, where the ruleset has the
// switch (2024: any account). Refusals: ESTAGE when Pay is already on,
// EREGION when the ruleset has no switch.
func (s *State) TurnOnPay(now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		if t.Account.Stage != StageHidden && t.Account.Stage != StageLapsed {
			return nil, Errorf(ESTAGE, "Pay is already on.")
		}
		if !t.rules().PaySwitch {
			return nil, Errorf(EREGION, "Pay shows by itself only for accounts registered in %s. Accept a red packet or transfer from a contact to activate it.", t.homeRegions())
		}
		t.Account.Stage = StageOffered
		return []Event{{Kind: EventPayOffered, Time: now}}, nil
	})
}

// homeRegions lists the regions whose accounts get a wallet by themselves.
func (s *State) homeRegions() string {
	var names []string
	for _, w := range s.rules().Wallets {
		names = append(names, regionName(w.Region))
	}
	return strings.Join(names, ", ")
}

// Authenticate passes real-name authentication with id: residents of the
// wallet's region use its identity card, everyone else a passport. It stops
// a running activation deadline and moves the money it held into the
// wallet. Refusals: ECLOSED once the wallet closed; ESTAGE before Pay is
// on or once authenticated; EREGION (on the field "type") for the wrong
// kind of document; the codes of ValidateIdentity (EIDTYPE, EIDNUMBER...)
// for id.
func (s *State) Authenticate(id Identity, now time.Time) ([]Event, error) {
	return s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.walletRule(now)
		if err != nil {
			return nil, err
		}
		switch {
		case t.Account.Stage == StageHidden || t.Account.Stage == StageLapsed:
			return nil, Errorf(ESTAGE, "Pay is not on yet, so there is nothing to authenticate.")
		case t.Account.Identity != nil:
			return nil, Errorf(ESTAGE, "Real-name authentication is already done.")
		}
		want := IDPassport
		if t.Persona.Region == rule.Region {
			want = rule.ResidentID
		}
		if id.Type != want {
			return nil, FieldErrorf("type", EREGION, "Accounts registered in %s authenticate for the %s wallet with %s.", regionName(t.Persona.Region), regionName(rule.Region), documentName(want))
		}
		// Documents carry days: the ruleset's day, like every other day
		// the engine counts, not the day in UTC.
		if err := ValidateIdentity(id, now.In(t.rules().Zone)); err != nil {
			return nil, err
		}
		id = id.normalized()
		t.Account.Identity, t.Account.Deadline = &id, time.Time{}
		if t.Account.Stage == StageOffered {
			t.Account.Stage = StageAuthenticating
		}
		t.releaseHeld(rule, now)
		return []Event{{Kind: EventAuthenticated, Time: now}}, nil
	})
}

// documentName says which identity document t is, for messages.
func documentName(t IDType) string {
	if t == IDPassport {
		return "a passport"
	}
	return "the local identity card"
}

// LinkCard links the card with number to the account's wallet. The wallet
// takes cards its region issued once real-name authentication passed, and
// where the ruleset allows, foreign cards of the listed networks at any
// time after Pay shows. Refusals: ECLOSED once the wallet closed; ESTAGE
// before Pay is on, or for a card of the region before authentication;
// the codes of CheckCard (ECARDDIGITS, ECARDNETWORK, ECARDLENGTH,
// ECARDLUHN) for number; ECARDREFUSED for a card the wallet does not take;
// EUSED for a card already linked.
func (s *State) LinkCard(number string, now time.Time) (LinkedCard, []Event, error) {
	var card LinkedCard
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.walletRule(now)
		if err != nil {
			return nil, err
		}
		if t.Account.Stage == StageHidden || t.Account.Stage == StageLapsed {
			return nil, Errorf(ESTAGE, "Turn on Pay before adding a card.")
		}
		info, err := CheckCard(number)
		if err != nil {
			return nil, err
		}
		rules := t.rules()
		foreign := info.Bank.Region != rule.Region
		switch {
		case foreign && (rule.Region != rules.OverseasWallet || !rules.AcceptsForeign(info.Network)):
			return nil, FieldErrorf("card", ECARDREFUSED, "This %s card was issued in %s. The %s wallet accepts only cards issued in %s%s.",
				info.Network.Name(), regionName(info.Bank.Region), regionName(rule.Region), regionName(rule.Region), t.foreignNote(rule))
		case !foreign && t.Account.Identity == nil:
			return nil, Errorf(ESTAGE, "Complete real-name authentication before adding a card issued in %s.", regionName(rule.Region))
		case slices.ContainsFunc(t.Cards, func(c LinkedCard) bool {
			return c.Network == info.Network && c.Last4 == info.Last4 && c.Bank.ID == info.Bank.ID
		}):
			return nil, FieldErrorf("card", EUSED, "This card is already linked.")
		}
		card = LinkedCard{ID: t.nextID("c"), Network: info.Network, Bank: info.Bank, Last4: info.Last4, Foreign: foreign, Linked: now}
		t.Cards = append(t.Cards, card)
		if t.Account.Stage == StageOffered || t.Account.Stage == StageAuthenticating {
			t.Account.Stage = StageCardLinked
		}
		if t.spendOnly() && t.Account.Method == MethodBalance {
			t.Account.Method = Method(card.ID)
		}
		return []Event{{Kind: EventCardLinked, Time: now, Ref: card.ID}}, nil
	})
	return outcome(card, events, err)
}

// foreignNote adds the foreign networks a wallet takes to a refusal.
func (s *State) foreignNote(rule WalletRule) string {
	rules := s.rules()
	if rule.Region != rules.OverseasWallet || len(rules.ForeignCards) == 0 {
		return ""
	}
	names := make([]string, len(rules.ForeignCards))
	for i, n := range rules.ForeignCards {
		names[i] = n.Name()
	}
	return ", or " + strings.Join(names, ", ") + " cards issued elsewhere"
}

// spendOnly reports whether the account pays with foreign cards only and so,
// where the ruleset says, can only spend. An account with no card yet pays
// with nothing: it is not spend-only, only not set up (see needsLocalCard).
func (s *State) spendOnly() bool {
	return len(s.Cards) > 0 && s.needsLocalCard()
}

// needsLocalCard reports whether the ruleset keeps red packets, transfers,
// top-ups and withdrawals from this account until it links a card issued
// in its wallet's region.
func (s *State) needsLocalCard() bool {
	rules := s.rules()
	if !rules.ForeignSpendOnly || s.Persona.Region == s.Account.Wallet {
		return false
	}
	return !slices.ContainsFunc(s.Cards, func(c LinkedCard) bool { return !c.Foreign })
}

// requireActive refuses unless the wallet is set up and open.
func (s *State) requireActive(now time.Time) (WalletRule, error) {
	rule, err := s.walletRule(now)
	if err != nil {
		return rule, err
	}
	if s.Account.Stage != StageActive {
		return rule, Errorf(ESTAGE, "Finish setting up your wallet first: add a card and set a payment PIN.")
	}
	return rule, nil
}

// requireSocial refuses unless the account may send, receive and move
// money, not only spend.
func (s *State) requireSocial(now time.Time) (WalletRule, error) {
	rule, err := s.requireActive(now)
	if err == nil && s.spendOnly() {
		err = Errorf(ESPENDONLY, "Accounts paying with a foreign card can only pay merchants: no red packets, transfers, top-ups or withdrawals.")
	}
	return rule, err
}

// card returns the linked card with id.
func (s *State) card(id string) (LinkedCard, error) {
	i := slices.IndexFunc(s.Cards, func(c LinkedCard) bool { return c.ID == id })
	if i < 0 {
		return LinkedCard{}, FieldErrorf("card", ENOTFOUND, "No linked card %q.", id)
	}
	return s.Cards[i], nil
}

// regionName is the English name of a region, for messages.
func regionName(c RegionCode) string {
	if c == NoRegion {
		return "an unknown region"
	}
	if r, ok := LookupRegion(c); ok && r.Name.EN != "" {
		return r.Name.EN
	}
	return string(c)
}

// dateText writes a date for messages, in the ruleset's zone.
func (s *State) dateText(t time.Time) string { return t.In(s.rules().Zone).Format("2 January 2006") }
