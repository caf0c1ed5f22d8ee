package wallet

// CounterpartyKind says what the other side of a bill is.
type CounterpartyKind string

// The kinds of counterparty.
const (
	CounterBalance      CounterpartyKind = "balance"       // the user's wallet balance
	CounterFee          CounterpartyKind = "fee"           // a service fee
	CounterContact      CounterpartyKind = "contact"       // a contact, by Name
	CounterCard         CounterpartyKind = "card"          // a linked card, by Name
	CounterMerchant     CounterpartyKind = "merchant"      // a merchant, by Name
	CounterActivation   CounterpartyKind = "activation"    // money held until real-name authentication
	CounterPacketFrom   CounterpartyKind = "packet_from"   // a red packet from Names
	CounterTransferFrom CounterpartyKind = "transfer_from" // a transfer from Names
	CounterPacketTo     CounterpartyKind = "packet_to"     // a red packet to Names
	CounterTransferTo   CounterpartyKind = "transfer_to"   // a transfer to Names
	CounterUnknown      CounterpartyKind = "unknown"       // a party the state no longer knows, by Name (its id)
)

// Counterparty is what the other side of a bill is, as data the screen
// words in the user's language: the engine gives proper names (a contact,
// a merchant, a card), never sentences.
type Counterparty struct {
	Kind CounterpartyKind `json:"kind"`
	// Name is the contact's, merchant's or card's name (bank, network and
	// last digits), or the id of a party the state no longer knows.
	Name string `json:"name,omitempty"`
	// Names are the contacts a red packet or transfer went to or came from.
	Names []string `json:"names,omitempty"`
}

// Counterparty says what the ledger party p is.
func (s *State) Counterparty(p Party) Counterparty {
	id := p.ID()
	switch p.Kind() {
	case "wallet":
		return Counterparty{Kind: CounterBalance}
	case "fees":
		return Counterparty{Kind: CounterFee}
	case "contact":
		if c, err := LookupContact(id); err == nil {
			return Counterparty{Kind: CounterContact, Name: c.Name}
		}
	case "card":
		if c, err := s.card(id); err == nil {
			return Counterparty{Kind: CounterCard, Name: c.Bank.Name + " " + c.Network.Name() + " •••• " + c.Last4}
		}
	case "merchant":
		for _, pay := range s.Payments {
			if pay.Merchant.ID == id {
				return Counterparty{Kind: CounterMerchant, Name: pay.Merchant.Name}
			}
		}
	case "hold":
		if c, ok := s.hold(id); ok {
			return c
		}
	}
	return Counterparty{Kind: CounterUnknown, Name: id}
}

// PartyName names a contact, merchant or card for the user; other parties
// have no name of their own (see Counterparty) and give their id.
func (s *State) PartyName(p Party) string {
	c := s.Counterparty(p)
	if c.Name == "" {
		return p.ID()
	}
	return c.Name
}

// hold says which red packet or transfer a hold keeps the money of.
func (s *State) hold(id string) (Counterparty, bool) {
	if Party("hold:"+id) == PartyActivation {
		return Counterparty{Kind: CounterActivation}, true
	}
	for _, in := range s.Incoming {
		if in.ID == id {
			kind := CounterTransferFrom
			if in.Kind == IncomingPacket {
				kind = CounterPacketFrom
			}
			return Counterparty{Kind: kind, Names: s.namesOf([]string{in.From})}, true
		}
	}
	for _, p := range s.Packets {
		if p.ID == id {
			return Counterparty{Kind: CounterPacketTo, Names: s.namesOf(p.To)}, true
		}
	}
	for _, t := range s.Transfers {
		if t.ID == id {
			return Counterparty{Kind: CounterTransferTo, Names: s.namesOf([]string{t.To})}, true
		}
	}
	return Counterparty{}, false
}

// namesOf names contacts.
func (s *State) namesOf(contacts []string) []string {
	out := make([]string, len(contacts))
	for i, id := range contacts {
		out[i] = s.PartyName(ContactParty(id))
	}
	return out
}
