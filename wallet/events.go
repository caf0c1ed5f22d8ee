package wallet

import "time"

// EventKind names what happened. Tours and the embed bridge match on it, so
// a kind never changes once shipped.
type EventKind string

// The kinds of event the engine reports.
const (
	// Account set-up, in the order of the state machine.
	EventPayOffered       EventKind = "pay_offered"       // the Pay entry shows
	EventAuthenticated    EventKind = "authenticated"     // real-name passed
	EventCardLinked       EventKind = "card_linked"       // Ref: card id
	EventPINSet           EventKind = "pin_set"           // first PIN entry taken
	EventActivated        EventKind = "wallet_activated"  // PIN confirmed
	EventActivationLapsed EventKind = "activation_lapsed" // 24 h passed, money returned

	// Payments; Ref is the payment id.
	EventPaymentStarted   EventKind = "payment_started"
	EventPaymentMade      EventKind = "payment_made"
	EventPaymentCancelled EventKind = "payment_cancelled"
	EventPaymentFailed    EventKind = "payment_failed" // expired unpaid
	EventPayCodeIssued    EventKind = "pay_code_issued"
	EventMethodChosen     EventKind = "method_chosen" // Ref: the method

	// Social money; Ref is the red packet, transfer or incoming id, Party
	// the contact.
	EventMoneyReceived    EventKind = "money_received" // a contact sent the user money
	EventPacketSent       EventKind = "packet_sent"
	EventPacketOpened     EventKind = "packet_opened"
	EventPacketRefunded   EventKind = "packet_refunded"
	EventTransferSent     EventKind = "transfer_sent"
	EventTransferAccepted EventKind = "transfer_accepted"
	EventTransferReturned EventKind = "transfer_returned"
	EventTransferRefunded EventKind = "transfer_refunded"

	// Balance.
	EventToppedUp  EventKind = "topped_up"
	EventWithdrawn EventKind = "withdrawn"

	// Demo controls.
	EventClockAdvanced EventKind = "clock_advanced"
	EventReset         EventKind = "state_reset"
)

// Event is one thing that happened, returned by the operation that caused
// it (or by the settlement that ran first).
type Event struct {
	Kind  EventKind `json:"kind"`
	Time  time.Time `json:"time"`
	Ref   string    `json:"ref,omitempty"`   // id of the payment, card, packet...
	Party string    `json:"party,omitempty"` // contact or merchant id
	Money Money     `json:"money,omitzero"`  // the amount moved, if any
}
