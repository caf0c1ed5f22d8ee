package wallet

import (
	"slices"
	"strconv"
	"strings"
)

// check verifies the invariants every operation keeps, so that a loaded
// document is as trustworthy as one the engine wrote: known ruleset and
// names, ids never reused, a sound ledger, balances and holds equal to it.
func (s *State) check() error {
	rules, err := LookupRuleset(s.Ruleset)
	if err != nil {
		return corrupt("the ruleset %q is unknown", s.Ruleset)
	}
	if err := s.Persona.Validate(); err != nil {
		return corrupt("the persona is invalid: %s", ErrorMessage(err))
	}
	for _, c := range []func(*State, Ruleset) error{(*State).checkAccount, (*State).checkItems, (*State).checkIDs, (*State).checkLedger} {
		if err := c(s, rules); err != nil {
			return err
		}
	}
	return nil
}

func (s *State) checkAccount(rules Ruleset) error {
	a := s.Account
	switch {
	case !slices.Contains(stages, a.Stage):
		return corrupt("the account stage %q is unknown", a.Stage)
	case !hasWallet(rules, a.Wallet):
		return corrupt("the ruleset has no wallet %q", a.Wallet)
	case a.Method != MethodBalance && !slices.ContainsFunc(s.Cards, func(c LinkedCard) bool { return Method(c.ID) == a.Method }):
		return corrupt("the payment method %q is no linked card", a.Method)
	case a.PIN.Fails < 0 || a.PIN.Fails >= rules.PINMaxTries || a.FreeWithdrawn < 0:
		return corrupt("the account's counters are out of range")
	}
	for _, c := range s.Cards {
		if c.Foreign && (a.Wallet != rules.OverseasWallet || !rules.AcceptsForeign(c.Network)) {
			return corrupt("the ruleset takes no foreign %s card", c.Network)
		}
	}
	seen := map[RegionCode]bool{}
	for _, w := range s.Wallets {
		rule, ok := rules.Wallet(w.Region)
		if !ok || seen[w.Region] || rule.Currency != w.Currency || w.Balance < 0 {
			return corrupt("the wallet %q is not one of the ruleset's", w.Region)
		}
		seen[w.Region] = true
	}
	return nil
}

// isSource reports whether money can come from p: the account's wallet or
// a linked card.
func (s *State) isSource(p Party) bool {
	return p == WalletParty(s.Account.Wallet) || p.Kind() == "card" && slices.ContainsFunc(s.Cards, func(c LinkedCard) bool { return c.ID == p.ID() })
}

func hasWallet(rules Ruleset, region RegionCode) bool {
	_, ok := rules.Wallet(region)
	return ok
}

// checkItems verifies the statuses and sums of payments, red packets,
// transfers, incoming money and scheduled actions.
func (s *State) checkItems(Ruleset) error {
	for _, p := range s.Payments {
		if !slices.Contains([]PaymentStatus{PaymentPending, PaymentPaid, PaymentCancelled, PaymentFailed}, p.Status) {
			return corrupt("the payment %q has the status %q", p.ID, p.Status)
		}
	}
	for _, p := range s.Packets {
		if !s.isSource(p.Source) {
			return corrupt("the red packet %q came from nowhere", p.ID)
		}
		sum := p.Refunded
		for _, a := range p.Shares {
			sum += a
		}
		for _, c := range p.Claims {
			sum += c.Amount
		}
		if sum != p.Money.Amount || slices.ContainsFunc(p.Shares, func(a Amount) bool { return a <= 0 }) {
			return corrupt("the red packet %q does not add up", p.ID)
		}
	}
	statuses := []Status{StatusPending, StatusHeld, StatusAccepted, StatusReturned, StatusRefunded}
	for _, t := range s.Transfers {
		if !slices.Contains(statuses, t.Status) || !s.isSource(t.Source) {
			return corrupt("the transfer %q is malformed", t.ID)
		}
	}
	for _, in := range s.Incoming {
		if !slices.Contains(statuses, in.Status) || (in.Kind != IncomingPacket && in.Kind != IncomingTransfer) {
			return corrupt("the incoming %q is malformed", in.ID)
		}
	}
	for _, a := range s.Schedule {
		if handlers[a.Kind] == nil {
			return corrupt("the scheduled action %q is unknown", a.Kind)
		}
	}
	return nil
}

// checkIDs verifies that every id is unique and numbered at most Seq, so
// nextID never hands out one in use.
func (s *State) checkIDs(Ruleset) error {
	ids := idsOf(s.Ledger, func(e Entry) string { return e.ID })
	ids = append(ids, idsOf(s.Cards, func(c LinkedCard) string { return c.ID })...)
	ids = append(ids, idsOf(s.Payments, func(p Payment) string { return p.ID })...)
	ids = append(ids, idsOf(s.Packets, func(p RedPacket) string { return p.ID })...)
	ids = append(ids, idsOf(s.Transfers, func(t Transfer) string { return t.ID })...)
	ids = append(ids, idsOf(s.Incoming, func(in Incoming) string { return in.ID })...)
	seen := map[int64]bool{}
	for _, id := range ids {
		n, err := strconv.ParseInt(strings.TrimLeft(id, "abcdefghijklmnopqrstuvwxyz"), 10, 64)
		if err != nil || n <= 0 || n > s.Seq || seen[n] {
			return corrupt("the id %q is malformed or reused", id)
		}
		seen[n] = true
	}
	return nil
}

// entryKinds are the kinds of ledger entry.
var entryKinds = []EntryKind{EntryPayment, EntryFee, EntryTopUp, EntryWithdrawal, EntryPacketSent, EntryPacketClaimed,
	EntryPacketRefund, EntryTransferSent, EntryTransferAccepted, EntryTransferRefund, EntryActivationHold,
	EntryActivationPaid, EntryActivationReturn}

// idsOf returns the id of each item.
func idsOf[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

// partyKinds are the kinds of party a ledger entry may name.
var partyKinds = []string{"wallet", "card", "contact", "merchant", "hold", "fees"}

// checkLedger verifies every entry and that balances and holds equal the
// ledger's sums.
func (s *State) checkLedger(Ruleset) error {
	for _, e := range s.Ledger {
		_, known := LookupCurrency(e.Money.Currency)
		if e.Money.Amount <= 0 || !known || e.From == e.To || !slices.Contains(entryKinds, e.Kind) ||
			!slices.Contains(partyKinds, e.From.Kind()) || !slices.Contains(partyKinds, e.To.Kind()) {
			return corrupt("the ledger entry %q is malformed", e.ID)
		}
	}
	sums := s.Balances()
	for _, w := range s.Wallets {
		for cur, a := range sums[WalletParty(w.Region)] {
			if a != 0 && cur != w.Currency || cur == w.Currency && a != w.Balance {
				return corrupt("the %s balance differs from the ledger", w.Region)
			}
		}
		if len(sums[WalletParty(w.Region)]) == 0 && w.Balance != 0 {
			return corrupt("the %s balance differs from the ledger", w.Region)
		}
	}
	want := s.holds()
	for p, byCur := range sums {
		if p.Kind() == "wallet" && s.wallet(RegionCode(p.ID())) == nil {
			return corrupt("the ledger names a wallet %q the account lacks", p.ID())
		}
		if p.Kind() != "hold" {
			continue
		}
		for cur, a := range byCur {
			if a != 0 && (want[p].Currency != cur || want[p].Amount != a) {
				return corrupt("the money held for %q differs from the ledger", p.ID())
			}
		}
		delete(want, p)
	}
	for p, m := range want {
		if m.Amount != 0 {
			return corrupt("the money held for %q is missing from the ledger", p.ID())
		}
	}
	return nil
}

// holds returns what each hold party should keep: pending incoming money,
// held money, unopened red packet shares and pending transfers.
func (s *State) holds() map[Party]Money {
	h := map[Party]Money{}
	add := func(p Party, m Money) {
		m.Amount += h[p].Amount
		h[p] = m
	}
	for _, in := range s.Incoming {
		switch in.Status {
		case StatusPending:
			add(HoldParty(in.ID), in.Money)
		case StatusHeld:
			add(PartyActivation, in.Money)
		}
	}
	for _, p := range s.Packets {
		if p.Status == StatusPending {
			for _, a := range p.Shares {
				add(HoldParty(p.ID), Money{a, p.Money.Currency})
			}
		}
	}
	for _, t := range s.Transfers {
		if t.Status == StatusPending {
			add(HoldParty(t.ID), t.Money)
		}
	}
	return h
}
