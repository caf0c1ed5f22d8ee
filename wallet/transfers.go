package wallet

import (
	"slices"
	"time"
)

// TransferRequest is a transfer the user is about to send to a contact.
type TransferRequest struct {
	To     string // contact id
	Amount Amount
	Note   string
	Method Method // "" for the account's default
}

// Transfer is a transfer the user sent. The contact accepts it by
// themselves after a while; unaccepted, it returns after the ruleset's
// expiry.
type Transfer struct {
	ID      string    `json:"id"`
	To      string    `json:"to"`
	Money   Money     `json:"money"`
	Note    string    `json:"note,omitempty"`
	Source  Party     `json:"source"`
	Sent    time.Time `json:"sent"`
	Expires time.Time `json:"expires"`
	Status  Status    `json:"status"`
	Settled time.Time `json:"settled,omitzero"`
}

// maxNote caps a transfer's note, in characters.
const maxNote = 60

// checkTransfer refuses an unknown contact or an overlong note.
func checkTransfer(r TransferRequest) (Contact, error) {
	c, err := LookupContact(r.To)
	if err == nil && len([]rune(r.Note)) > maxNote {
		err = FieldErrorf("note", EINVALID, "A note has at most %d characters.", maxNote)
	}
	return c, err
}

// QuoteTransfer tells what sending r would cost. Refusals: ESTAGE,
// ECLOSED or ESPENDONLY when the wallet cannot move money; ENOTFOUND for
// r.To; EINVALID for the note or amount; ELIMIT for too much; EBALANCE,
// ENOTFOUND or ECARDREFUSED for r.Method, with the quote.
func (s *State) QuoteTransfer(r TransferRequest, now time.Time) (Quote, error) {
	t := s.at(now)
	rule, err := t.requireSocial(now)
	if err != nil {
		return Quote{}, err
	}
	if _, err := checkTransfer(r); err != nil {
		return Quote{}, err
	}
	return t.quote(Money{r.Amount, rule.Currency}, r.Method, false, now)
}

// SendTransfer sends r after checking pin. Refusals: those of
// QuoteTransfer (ESTAGE, ECLOSED, ESPENDONLY, ENOTFOUND, EINVALID, ELIMIT,
// EBALANCE, ECARDREFUSED); EPIN or ELOCKED for pin.
func (s *State) SendTransfer(r TransferRequest, pin string, now time.Time) (Transfer, []Event, error) {
	var tr Transfer
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireSocial(now)
		if err != nil {
			return nil, err
		}
		c, err := checkTransfer(r)
		if err != nil {
			return nil, err
		}
		q, err := t.quote(Money{r.Amount, rule.Currency}, r.Method, false, now)
		if err != nil {
			return nil, err
		}
		if err := t.checkPIN(pin, now); err != nil {
			return nil, err
		}
		tr = Transfer{ID: t.nextID("t"), To: c.ID, Money: q.Amount, Note: r.Note, Source: t.source(q.Method),
			Sent: now, Expires: now.Add(t.rules().TransferExpiry), Status: StatusPending}
		t.Transfers = append(t.Transfers, tr)
		t.post(now, EntryTransferSent, tr.Source, HoldParty(tr.ID), tr.Money, tr.ID)
		if c.ReactAfter > 0 {
			t.schedule(Action{Due: now.Add(c.ReactAfter), Kind: ActTransferAccept, Ref: tr.ID, Contact: c.ID})
		}
		t.schedule(Action{Due: tr.Expires, Kind: ActTransferExpire, Ref: tr.ID})
		return []Event{{Kind: EventTransferSent, Time: now, Ref: tr.ID, Party: c.ID, Money: tr.Money}}, nil
	})
	return outcome(tr, events, err)
}

// transfer returns the user's pending transfer id, or nil.
func (s *State) transfer(id string) *Transfer {
	i := slices.IndexFunc(s.Transfers, func(t Transfer) bool { return t.ID == id && t.Status == StatusPending })
	if i < 0 {
		return nil
	}
	return &s.Transfers[i]
}

// contactAccepts has the contact accept a pending transfer.
func (s *State) contactAccepts(a Action) []Event {
	return s.settleTransfer(a, StatusAccepted, EntryTransferAccepted, EventTransferAccepted)
}

// refundTransfer returns a transfer still pending at its expiry.
func (s *State) refundTransfer(a Action) []Event {
	return s.settleTransfer(a, StatusRefunded, EntryTransferRefund, EventTransferRefunded)
}

// settleTransfer moves a pending transfer's money to the contact (accepted)
// or back to its source (refunded).
func (s *State) settleTransfer(a Action, st Status, entry EntryKind, ev EventKind) []Event {
	tr := s.transfer(a.Ref)
	if tr == nil {
		return nil
	}
	to := tr.Source
	if st == StatusAccepted {
		to = ContactParty(tr.To)
	}
	s.post(a.Due, entry, HoldParty(tr.ID), to, tr.Money, tr.ID)
	tr.Status, tr.Settled = st, a.Due
	return []Event{{Kind: ev, Time: a.Due, Ref: tr.ID, Party: tr.To, Money: tr.Money}}
}
