package wallet

import (
	"slices"
	"time"
)

// Status is where a red packet, transfer or incoming item is.
type Status string

// The statuses of money in flight.
const (
	StatusPending  Status = "pending"  // waiting for the receiver
	StatusHeld     Status = "held"     // accepted before real-name authentication
	StatusAccepted Status = "accepted" // with the receiver (a packet: all shares opened)
	StatusReturned Status = "returned" // sent back: by the receiver, or on a lapse
	StatusRefunded Status = "refunded" // unclaimed after 24 hours, back to the sender
)

// IncomingKind is what a contact sent the user.
type IncomingKind string

// The kinds of money a contact sends.
const (
	IncomingPacket   IncomingKind = "red_packet"
	IncomingTransfer IncomingKind = "transfer"
)

// Incoming is money a contact sent the user: a red packet to open or a
// transfer to accept, each within 24 hours.
type Incoming struct {
	ID      string       `json:"id"`
	Kind    IncomingKind `json:"kind"`
	From    string       `json:"from"` // contact id
	Money   Money        `json:"money"`
	Sent    time.Time    `json:"sent"`
	Expires time.Time    `json:"expires"`
	Status  Status       `json:"status"`
	Settled time.Time    `json:"settled,omitzero"`
}

// ReceiveFrom has contact send the user a red packet or transfer of amount
// in the wallet's currency (the demo's "ask a contact for money").
// Refusals: ENOTFOUND for contact; ECLOSED once the wallet closed;
// EINVALID for kind or amount; ELIMIT or EPACKETMAX for too much; ESTAGE,
// ESPENDONLY or ENEEDLOCALCARD when the account cannot receive.
func (s *State) ReceiveFrom(contact string, kind IncomingKind, amount Amount, now time.Time) (Incoming, []Event, error) {
	var in Incoming
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		c, err := LookupContact(contact)
		if err != nil {
			return nil, err
		}
		rule, err := t.walletRule(now)
		if err != nil {
			return nil, err
		}
		if kind != IncomingPacket && kind != IncomingTransfer {
			return nil, FieldErrorf("kind", EINVALID, "A contact sends a red packet or a transfer, not %q.", kind)
		}
		if err := t.checkMoney(Money{amount, rule.Currency}); err != nil {
			return nil, err
		}
		if kind == IncomingPacket && amount > rule.PacketMax {
			return nil, t.packetMaxError(rule, PacketRequest{Count: 1, Amount: amount})
		}
		if err := t.canReceive(); err != nil {
			return nil, err
		}
		var events []Event
		in, events = t.receive(c, kind, amount, now)
		return events, nil
	})
	return outcome(in, events, err)
}

// receive books money sent by contact c: from the contact into a hold,
// returned if not taken in time.
func (s *State) receive(c Contact, kind IncomingKind, amount Amount, now time.Time) (Incoming, []Event) {
	rules := s.rules()
	expiry := rules.TransferExpiry
	if kind == IncomingPacket {
		expiry = rules.PacketExpiry
	}
	in := Incoming{ID: s.nextID("i"), Kind: kind, From: c.ID, Money: Money{amount, s.currency()}, Sent: now, Expires: now.Add(expiry), Status: StatusPending}
	s.Incoming = append(s.Incoming, in)
	s.post(now, sentEntry(kind), ContactParty(c.ID), HoldParty(in.ID), in.Money, in.ID)
	s.schedule(Action{Due: in.Expires, Kind: ActIncomingExpire, Ref: in.ID})
	return in, []Event{{Kind: EventMoneyReceived, Time: now, Ref: in.ID, Party: c.ID, Money: in.Money}}
}

func sentEntry(kind IncomingKind) EntryKind {
	if kind == IncomingPacket {
		return EntryPacketSent
	}
	return EntryTransferSent
}

// canReceive refuses when the account cannot take money from contacts: it
// can only spend, has no card issued in its wallet's region where the
// ruleset asks for one, or Pay is off and no activation by money exists.
func (s *State) canReceive() error {
	hidden := s.Account.Stage == StageHidden || s.Account.Stage == StageLapsed
	switch {
	case hidden && !s.rules().ActivateByMoney:
		return Errorf(ESTAGE, "Turn on Pay first: Me > Settings > General > Tools > Weixin Pay.")
	case s.spendOnly():
		return Errorf(ESPENDONLY, "Accounts paying with a foreign card cannot receive red packets or transfers.")
	case s.needsLocalCard():
		return Errorf(ENEEDLOCALCARD, "To receive red packets and transfers, complete real-name authentication and link a card issued in %s.", regionName(s.Account.Wallet))
	}
	return nil
}

// OpenRedPacket opens the red packet id a contact sent. Refusals:
// ENOTFOUND for id; EEXPIRED once it expired, EUSED once taken or
// returned; ECLOSED once the wallet closed; ESTAGE, ESPENDONLY or
// ENEEDLOCALCARD when the account cannot receive.
func (s *State) OpenRedPacket(id string, now time.Time) (Incoming, []Event, error) {
	return s.take(id, IncomingPacket, now)
}

// AcceptTransfer accepts the transfer id a contact sent. Refusals: those
// of OpenRedPacket (ENOTFOUND, EEXPIRED, EUSED, ECLOSED, ESTAGE,
// ESPENDONLY, ENEEDLOCALCARD).
func (s *State) AcceptTransfer(id string, now time.Time) (Incoming, []Event, error) {
	return s.take(id, IncomingTransfer, now)
}

// take moves incoming money to the user. For an account activating by
// money, the first acceptance shows Pay and starts the activation window;
// until real-name authentication the money stays held, and goes back if
// the window passes.
func (s *State) take(id string, kind IncomingKind, now time.Time) (Incoming, []Event, error) {
	var out Incoming
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		in, err := t.pending(id, kind)
		if err != nil {
			return nil, err
		}
		rule, err := t.walletRule(now)
		if err != nil {
			return nil, err
		}
		if err := t.canReceive(); err != nil {
			return nil, err
		}
		var events []Event
		if t.Account.Stage == StageHidden || t.Account.Stage == StageLapsed {
			t.Account.Stage, t.Account.Deadline = StageOffered, now.Add(t.rules().ActivationWindow)
			t.schedule(Action{Due: t.Account.Deadline, Kind: ActLapse})
			events = append(events, Event{Kind: EventPayOffered, Time: now})
		}
		to, kindOf := WalletParty(rule.Region), EntryPacketClaimed
		in.Status, in.Settled = StatusAccepted, now
		if !t.Account.Deadline.IsZero() {
			to, kindOf, in.Status = PartyActivation, EntryActivationHold, StatusHeld
		}
		t.openWallet(rule, now)
		t.post(now, kindOf, HoldParty(in.ID), to, in.Money, in.ID)
		ev := EventPacketOpened
		if kind == IncomingTransfer {
			ev = EventTransferAccepted
		}
		out = *in
		return append(events, Event{Kind: ev, Time: now, Ref: in.ID, Party: in.From, Money: in.Money}), nil
	})
	return outcome(out, events, err)
}

// ReturnTransfer sends the transfer id back to the contact at once.
// Refusals: ENOTFOUND for id, EEXPIRED once it went back by itself, EUSED
// once accepted or returned.
func (s *State) ReturnTransfer(id string, now time.Time) (Incoming, []Event, error) {
	var out Incoming
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		in, err := t.pending(id, IncomingTransfer)
		if err != nil {
			return nil, err
		}
		t.post(now, EntryTransferRefund, HoldParty(in.ID), ContactParty(in.From), in.Money, in.ID)
		in.Status, in.Settled = StatusReturned, now
		out = *in
		return []Event{{Kind: EventTransferReturned, Time: now, Ref: in.ID, Party: in.From, Money: in.Money}}, nil
	})
	return outcome(out, events, err)
}

// pending returns the incoming item id of kind while it waits.
func (s *State) pending(id string, kind IncomingKind) (*Incoming, error) {
	i := slices.IndexFunc(s.Incoming, func(in Incoming) bool { return in.ID == id && in.Kind == kind })
	if i < 0 {
		return nil, Errorf(ENOTFOUND, "No %s %q was sent to you.", kind, id)
	}
	in := &s.Incoming[i]
	switch in.Status {
	case StatusPending:
		return in, nil
	case StatusRefunded:
		return nil, Errorf(EEXPIRED, "This expired after 24 hours and went back to the sender.")
	}
	return nil, Errorf(EUSED, "This was already %s.", in.Status)
}

// expireIncoming returns incoming money nobody took in time to its sender.
func (s *State) expireIncoming(a Action) []Event {
	i := slices.IndexFunc(s.Incoming, func(in Incoming) bool { return in.ID == a.Ref && in.Status == StatusPending })
	if i < 0 {
		return nil
	}
	in := &s.Incoming[i]
	s.post(a.Due, refundEntry(in.Kind), HoldParty(in.ID), ContactParty(in.From), in.Money, in.ID)
	in.Status, in.Settled = StatusRefunded, a.Due
	return []Event{{Kind: refundEvent(in.Kind), Time: a.Due, Ref: in.ID, Party: in.From, Money: in.Money}}
}

func refundEntry(kind IncomingKind) EntryKind {
	if kind == IncomingPacket {
		return EntryPacketRefund
	}
	return EntryTransferRefund
}

func refundEvent(kind IncomingKind) EventKind {
	if kind == IncomingPacket {
		return EventPacketRefunded
	}
	return EventTransferRefunded
}

// held sums the money waiting for real-name authentication.
func (s *State) held() Amount {
	var sum Amount
	for _, in := range s.Incoming {
		if in.Status == StatusHeld {
			sum += in.Money.Amount
		}
	}
	return sum
}

// releaseHeld moves held money into the wallet once authentication passed.
func (s *State) releaseHeld(rule WalletRule, now time.Time) {
	s.openWallet(rule, now)
	s.post(now, EntryActivationPaid, PartyActivation, WalletParty(rule.Region), Money{s.held(), rule.Currency}, "")
	for i := range s.Incoming {
		if s.Incoming[i].Status == StatusHeld {
			s.Incoming[i].Status = StatusAccepted
		}
	}
}

// lapse ends an activation whose window passed without authentication: the
// held money goes back to each sender and Pay hides again.
func (s *State) lapse(a Action) []Event {
	if s.Account.Identity != nil || s.Account.Deadline.IsZero() || a.Due.Before(s.Account.Deadline) {
		return nil
	}
	returned := Money{s.held(), s.currency()}
	for i := range s.Incoming {
		in := &s.Incoming[i]
		if in.Status == StatusHeld {
			s.post(a.Due, EntryActivationReturn, PartyActivation, ContactParty(in.From), in.Money, in.ID)
			in.Status, in.Settled = StatusReturned, a.Due
		}
	}
	s.Account.Stage, s.Account.Deadline = StageLapsed, time.Time{}
	return []Event{{Kind: EventActivationLapsed, Time: a.Due, Money: returned}}
}
