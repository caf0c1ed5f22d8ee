package wallet

import (
	"strings"
	"time"
)

// Party is one side of a ledger entry: the user's wallet or card, a contact,
// a merchant, the service's fees, or a hold for money in flight. A card
// stands for the outside world: its balance goes negative as it pays.
type Party string

// PartyFees receives withdrawal and foreign-card fees.
const PartyFees Party = "fees"

// PartyActivation holds money an overseas account accepted before real-name
// authentication; it returns to the senders if the account lapses.
const PartyActivation Party = "hold:activation"

// WalletParty is the user's wallet of region.
func WalletParty(region RegionCode) Party { return Party("wallet:" + string(region)) }

// CardParty is the user's linked card with id.
func CardParty(id string) Party { return Party("card:" + id) }

// ContactParty is a demo contact.
func ContactParty(id string) Party { return Party("contact:" + id) }

// MerchantParty is a merchant.
func MerchantParty(id string) Party { return Party("merchant:" + id) }

// HoldParty holds the money of the red packet or transfer ref while it is in
// flight.
func HoldParty(ref string) Party { return Party("hold:" + ref) }

// Kind returns what the party is: "wallet", "card", "contact", "merchant",
// "hold" or "fees".
func (p Party) Kind() string {
	kind, _, _ := strings.Cut(string(p), ":")
	return kind
}

// ID returns what follows the kind: the region, card, contact, merchant or
// held item.
func (p Party) ID() string {
	_, id, _ := strings.Cut(string(p), ":")
	return id
}

// mine reports whether the party is the user's own money.
func (p Party) mine() bool {
	return p.Kind() == "wallet" || p.Kind() == "card" || p == PartyActivation
}

// EntryKind says why money moved.
type EntryKind string

// The kinds of ledger entry.
const (
	EntryPayment          EntryKind = "payment"
	EntryFee              EntryKind = "fee"
	EntryTopUp            EntryKind = "top_up"
	EntryWithdrawal       EntryKind = "withdrawal"
	EntryPacketSent       EntryKind = "packet_sent"
	EntryPacketClaimed    EntryKind = "packet_claimed"
	EntryPacketRefund     EntryKind = "packet_refund"
	EntryTransferSent     EntryKind = "transfer_sent"
	EntryTransferAccepted EntryKind = "transfer_accepted"
	EntryTransferRefund   EntryKind = "transfer_refund"
	EntryActivationHold   EntryKind = "activation_hold"
	EntryActivationPaid   EntryKind = "activation_released"
	EntryActivationReturn EntryKind = "activation_returned"
)

// Entry is one immutable movement of money from one party to another. The
// ledger is the only record of money: every balance is the sum of entries.
type Entry struct {
	ID    string    `json:"id"`
	Time  time.Time `json:"time"`
	Kind  EntryKind `json:"kind"`
	From  Party     `json:"from"`
	To    Party     `json:"to"`
	Money Money     `json:"money"`
	Ref   string    `json:"ref,omitempty"` // payment, packet, transfer or incoming id
}

// post appends an entry and moves the wallet balances it touches. A zero
// amount is not a movement and leaves no entry.
func (s *State) post(now time.Time, kind EntryKind, from, to Party, m Money, ref string) {
	if m.Amount == 0 {
		return
	}
	s.Ledger = append(s.Ledger, Entry{ID: s.nextID("e"), Time: now, Kind: kind, From: from, To: to, Money: m, Ref: ref})
	for i := range s.Wallets {
		switch WalletParty(s.Wallets[i].Region) {
		case from:
			s.Wallets[i].Balance -= m.Amount
		case to:
			s.Wallets[i].Balance += m.Amount
		}
	}
}

// Balances sums the ledger per party and currency.
func (s *State) Balances() map[Party]map[Currency]Amount {
	b := map[Party]map[Currency]Amount{}
	add := func(p Party, m Money) {
		if b[p] == nil {
			b[p] = map[Currency]Amount{}
		}
		b[p][m.Currency] += m.Amount
	}
	for _, e := range s.Ledger {
		add(e.From, Money{-e.Money.Amount, e.Money.Currency})
		add(e.To, e.Money)
	}
	return b
}

// Bill is a ledger entry seen from the user: In says whether the money came
// to the user, Counterparty what the other side is.
type Bill struct {
	Entry
	In           bool         `json:"in"`
	Counterparty Counterparty `json:"counterparty"`
}

// Bills returns every entry that moved the user's money by now, newest
// first: money in or out, and top-ups and withdrawals between wallet and
// card. Moves between the user's own holds are bookkeeping and left out.
func (s *State) Bills(now time.Time) []Bill {
	t := s.at(now)
	var bills []Bill
	for i := len(t.Ledger) - 1; i >= 0; i-- {
		e := t.Ledger[i]
		from, to := e.From.mine(), e.To.mine()
		card := e.From.Kind() == "card" || e.To.Kind() == "card"
		if !from && !to || from && to && !card {
			continue
		}
		in := e.To.Kind() == "wallet" || e.To == PartyActivation
		other := e.From
		if !in {
			other = e.To
		}
		bills = append(bills, Bill{Entry: e, In: in, Counterparty: t.Counterparty(other)})
	}
	return bills
}
