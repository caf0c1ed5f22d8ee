package wallet

import (
	"slices"
	"time"
)

// ActionKind names something the engine does by itself when its time comes.
type ActionKind string

// The scheduled actions.
const (
	ActLapse          ActionKind = "activation_lapse" // Ref: "" (the account)
	ActPacketClaim    ActionKind = "packet_claim"     // Contact opens red packet Ref
	ActPacketExpire   ActionKind = "packet_expire"
	ActTransferAccept ActionKind = "transfer_accept"
	ActTransferExpire ActionKind = "transfer_expire"
	ActIncomingExpire ActionKind = "incoming_expire"
	ActPaymentExpire  ActionKind = "payment_expire"
)

// Action is a scheduled action: at Due, do Kind to Ref (as Contact).
// An action whose subject has moved on in the meantime does nothing.
type Action struct {
	Due     time.Time  `json:"due"`
	Kind    ActionKind `json:"kind"`
	Ref     string     `json:"ref,omitempty"`
	Contact string     `json:"contact,omitempty"`
}

// handlers run the actions; each returns the events it caused.
var handlers = map[ActionKind]func(s *State, a Action) []Event{
	ActLapse:          (*State).lapse,
	ActPacketClaim:    (*State).contactClaims,
	ActPacketExpire:   (*State).refundPacket,
	ActTransferAccept: (*State).contactAccepts,
	ActTransferExpire: (*State).refundTransfer,
	ActIncomingExpire: (*State).expireIncoming,
	ActPaymentExpire:  (*State).expirePayment,
}

func (s *State) schedule(a Action) { s.Schedule = append(s.Schedule, a) }

// due reports whether an action is due at now.
func (s *State) due(now time.Time) bool {
	return slices.ContainsFunc(s.Schedule, func(a Action) bool { return !a.Due.After(now) })
}

// settle runs every action due at now, earliest first (in the order they
// were scheduled when due together), each dated at its own due time: a
// deadline takes effect exactly when it passes, however late the engine
// looks.
func (s *State) settle(now time.Time) []Event {
	var events []Event
	for {
		next := -1
		for i, a := range s.Schedule {
			if !a.Due.After(now) && (next < 0 || a.Due.Before(s.Schedule[next].Due)) {
				next = i
			}
		}
		if next < 0 {
			return events
		}
		a := s.Schedule[next]
		s.Schedule = slices.Delete(s.Schedule, next, next+1)
		events = append(events, handlers[a.Kind](s, a)...)
	}
}

// Settle runs everything due at now: lapsed activations, refunds, contacts'
// reactions, expired orders. Every operation does this first; the app also
// calls it as the demo clock ticks. It refuses nothing: its only error is
// EINTERNAL.
func (s *State) Settle(now time.Time) ([]Event, error) {
	return s.apply(now, func(*State, time.Time) ([]Event, error) { return nil, nil })
}

// NextDue returns when the next scheduled action falls due, for a timer.
func (s *State) NextDue() (time.Time, bool) {
	if len(s.Schedule) == 0 {
		return time.Time{}, false
	}
	return slices.MinFunc(s.Schedule, func(a, b Action) int { return a.Due.Compare(b.Due) }).Due, true
}
