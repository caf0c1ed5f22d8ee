package wallet

// PartyName names a ledger party for the user: a contact's or merchant's
// name, a card as network and last digits, a red packet or transfer by
// who it was for or from.
func (s *State) PartyName(p Party) string {
	id := p.ID()
	switch p.Kind() {
	case "wallet":
		return "Balance"
	case "fees":
		return "Service fee"
	case "contact":
		if c, err := LookupContact(id); err == nil {
			return c.Name
		}
	case "card":
		if c, err := s.card(id); err == nil {
			return c.Bank.Name + " " + c.Network.Name() + " ••" + c.Last4
		}
	case "merchant":
		for _, pay := range s.Payments {
			if pay.Merchant.ID == id {
				return pay.Merchant.Name
			}
		}
	case "hold":
		return s.holdName(id)
	}
	return id
}

// holdName describes the red packet or transfer whose money a hold keeps.
func (s *State) holdName(id string) string {
	if p := Party("hold:" + id); p == PartyActivation {
		return "Waiting for real-name authentication"
	}
	for _, in := range s.Incoming {
		if in.ID == id {
			return kindName(in.Kind) + " from " + s.PartyName(ContactParty(in.From))
		}
	}
	for _, p := range s.Packets {
		if p.ID == id {
			return "Red packet to " + s.namesOf(p.To)
		}
	}
	for _, t := range s.Transfers {
		if t.ID == id {
			return "Transfer to " + s.PartyName(ContactParty(t.To))
		}
	}
	return id
}

func kindName(k IncomingKind) string {
	if k == IncomingPacket {
		return "Red packet"
	}
	return "Transfer"
}

func (s *State) namesOf(contacts []string) string {
	out := ""
	for i, id := range contacts {
		if i > 0 {
			out += ", "
		}
		out += s.PartyName(ContactParty(id))
	}
	return out
}
