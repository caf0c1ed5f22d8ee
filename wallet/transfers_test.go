package wallet

import (
	"testing"
	"time"
)

func TestTransferAcceptedByContact(t *testing.T) {
	s := funded(t, 10000)
	req := TransferRequest{To: "li-wei", Amount: 2500, Note: "lunch"}
	if q, err := s.QuoteTransfer(req, t0); err != nil || q.Total != cny(2500) {
		t.Fatalf("quote %+v %v", q, err)
	}
	tr, events, err := s.SendTransfer(req, goodPIN, t0)
	noErr(t, err)
	if tr.Status != StatusPending || !hasEvent(events, EventTransferSent) || s.balance() != 7500 {
		t.Fatalf("sent %+v %v", tr, events)
	}
	events = ok(t)(s.Settle(t0.Add(2*time.Minute - time.Second)))
	if hasEvent(events, EventTransferAccepted) {
		t.Fatal("Li Wei accepted before 2 minutes")
	}
	events = ok(t)(s.Settle(t0.Add(2 * time.Minute)))
	if !hasEvent(events, EventTransferAccepted) || s.Transfers[0].Status != StatusAccepted {
		t.Fatalf("events %v transfer %+v", events, s.Transfers[0])
	}
	if s.Balances()[ContactParty("li-wei")][CNY] != 2500 {
		t.Fatal("Li Wei did not get the money")
	}
	sound(t, s)
}

func TestUnacceptedTransferReturns(t *testing.T) {
	expiry := t0.Add(24 * time.Hour)
	eachSideOf(t, expiry, func(t *testing.T, at time.Time, refunded bool) {
		s := funded(t, 10000)
		made[Transfer](t)(s.SendTransfer(TransferRequest{To: "sam", Amount: 2500}, goodPIN, t0))
		events := ok(t)(s.Settle(at))
		if hasEvent(events, EventTransferRefunded) != refunded || (s.balance() == 10000) != refunded {
			t.Fatalf("events %v balance %d", events, s.balance())
		}
		if refunded && (s.Transfers[0].Status != StatusRefunded || !s.Transfers[0].Settled.Equal(expiry)) {
			t.Fatalf("transfer %+v", s.Transfers[0])
		}
		sound(t, s)
	})
}

func TestTransferRefusals(t *testing.T) {
	s := funded(t, 1000)
	for _, tt := range []struct {
		name string
		req  TransferRequest
		code string
	}{
		{"unknown contact", TransferRequest{To: "nobody", Amount: 1}, ENOTFOUND},
		{"zero", TransferRequest{To: "sam"}, EINVALID},
		{"over the balance", TransferRequest{To: "sam", Amount: 1001}, EBALANCE},
		{"note too long", TransferRequest{To: "sam", Amount: 1, Note: string(make([]rune, 61))}, EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, s, tt.code, func() error { _, _, err := s.SendTransfer(tt.req, goodPIN, t0); return err })
			refused(t, s, tt.code, func() error { _, err := s.QuoteTransfer(tt.req, t0); return err })
		})
	}
	refusedCounted(t, s, EPIN, func() error {
		_, _, err := s.SendTransfer(TransferRequest{To: "sam", Amount: 1}, badPIN, t0)
		return err
	})
	inactive := fresh(t, Mainland, Rules2020)
	refused(t, inactive, ESTAGE, func() error { _, err := inactive.QuoteTransfer(TransferRequest{To: "sam", Amount: 1}, t0); return err })
}
