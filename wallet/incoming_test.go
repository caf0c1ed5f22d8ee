package wallet

import (
	"testing"
	"time"
)

func TestReceiveOpenAcceptReturn(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	packet, events, err := s.ReceiveFrom("chen-jing", IncomingPacket, 666, t0)
	noErr(t, err)
	if !hasEvent(events, EventMoneyReceived) || packet.Status != StatusPending || !packet.Expires.Equal(t0.Add(24*time.Hour)) {
		t.Fatalf("received %+v %v", packet, events)
	}
	opened := made[Incoming](t)(s.OpenRedPacket(packet.ID, t0))
	if opened.Status != StatusAccepted || s.balance() != 666 {
		t.Fatalf("opened %+v balance %d", opened, s.balance())
	}
	refused(t, s, EUSED, func() error { _, _, err := s.OpenRedPacket(packet.ID, t0); return err })

	tr := made[Incoming](t)(s.ReceiveFrom("wong-ka-ho", IncomingTransfer, 1000, t0))
	refused(t, s, ENOTFOUND, func() error { _, _, err := s.OpenRedPacket(tr.ID, t0); return err })
	ret, events, err := s.ReturnTransfer(tr.ID, t0)
	noErr(t, err)
	if ret.Status != StatusReturned || !hasEvent(events, EventTransferReturned) || s.balance() != 666 {
		t.Fatalf("returned %+v", ret)
	}
	refused(t, s, EUSED, func() error { _, _, err := s.AcceptTransfer(tr.ID, t0); return err })

	tr2 := made[Incoming](t)(s.ReceiveFrom("wong-ka-ho", IncomingTransfer, 1000, t0))
	made[Incoming](t)(s.AcceptTransfer(tr2.ID, t0))
	if s.balance() != 1666 {
		t.Fatalf("balance %d", s.balance())
	}
	sound(t, s)
}

func TestIncomingExpires(t *testing.T) {
	for _, kind := range []IncomingKind{IncomingPacket, IncomingTransfer} {
		t.Run(string(kind), func(t *testing.T) {
			eachSideOf(t, t0.Add(24*time.Hour), func(t *testing.T, at time.Time, expired bool) {
				s := active(t, Mainland, Rules2020)
				in := made[Incoming](t)(s.ReceiveFrom("li-wei", kind, 500, t0))
				_, _, err := s.take(in.ID, kind, at)
				if !expired {
					noErr(t, err)
					return
				}
				wantCode(t, err, EEXPIRED)
				ok(t)(s.Settle(at))
				if s.Incoming[0].Status != StatusRefunded || s.Balances()[ContactParty("li-wei")][CNY] != 0 {
					t.Fatalf("after expiry %+v", s.Incoming[0])
				}
				sound(t, s)
			})
		})
	}
}

func TestReceiveRefusals(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	for _, tt := range []struct {
		name    string
		contact string
		kind    IncomingKind
		amount  Amount
		code    string
	}{
		{"unknown contact", "nobody", IncomingPacket, 1, ENOTFOUND},
		{"unknown kind", "sam", "gift", 1, EINVALID},
		{"zero", "sam", IncomingTransfer, 0, EINVALID},
		{"over the packet maximum", "sam", IncomingPacket, 20001, EPACKETMAX},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, s, tt.code, func() error { _, _, err := s.ReceiveFrom(tt.contact, tt.kind, tt.amount, t0); return err })
		})
	}
	refused(t, s, ENOTFOUND, func() error { _, _, err := s.AcceptTransfer("i99", t0); return err })
	hidden := fresh(t, "US", Rules2024)
	refused(t, hidden, ESTAGE, func() error { _, _, err := hidden.ReceiveFrom("sam", IncomingPacket, 1, t0); return err })
}

func TestActivationHoldsEverythingAccepted(t *testing.T) {
	s := fresh(t, "GB", Rules2020)
	made[Incoming](t)(s.OpenRedPacket(s.Incoming[0].ID, t0))
	tr := made[Incoming](t)(s.ReceiveFrom("chen-jing", IncomingTransfer, 5000, t0.Add(time.Hour)))
	made[Incoming](t)(s.AcceptTransfer(tr.ID, t0.Add(time.Hour)))
	if e := s.Entry(t0.Add(time.Hour)); e.Held != cny(5888) || !e.Deadline.Equal(t0.Add(24*time.Hour)) {
		t.Fatalf("entry %+v", e)
	}
	events := ok(t)(s.AdvanceClock(25*time.Hour, t0))
	if !hasEvent(events, EventActivationLapsed) || !hasEvent(events, EventClockAdvanced) || s.ClockOffset != 25*time.Hour {
		t.Fatalf("events %v", events)
	}
	b := s.Balances()
	if b[ContactParty("chen-jing")][CNY] != 0 || b[ContactParty(activatorID)][CNY] != 0 || b[PartyActivation][CNY] != 0 {
		t.Fatalf("not everyone got their money back: %v", b)
	}
	sound(t, s)
}
