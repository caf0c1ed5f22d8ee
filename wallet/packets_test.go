package wallet

import (
	"math/rand/v2"
	"testing"
	"time"
)

var group = []string{"li-wei", "chen-jing", "wong-ka-ho", "sam"}

func TestLuckySplit(t *testing.T) {
	s := &State{}
	for seed := range uint64(300) {
		s.SetRand(rand.New(rand.NewPCG(seed, 7)))
		count := 1 + int(seed%20)
		amount := Amount(count) + Amount(seed*37%20000)
		shares := s.shares(PacketRequest{Count: count, Amount: amount, Lucky: true})
		var sum Amount
		for _, a := range shares {
			if a < 1 {
				t.Fatalf("seed %d: share %d below one fen: %v", seed, a, shares)
			}
			sum += a
		}
		if len(shares) != count || sum != amount {
			t.Fatalf("seed %d: %d shares summing to %d, want %d summing to %d", seed, len(shares), sum, count, amount)
		}
	}
	if got := s.shares(PacketRequest{Count: 5, Amount: 5, Lucky: true}); len(got) != 5 || got[0] != 1 || got[4] != 1 {
		t.Fatalf("5 fen in 5 shares: %v", got)
	}
}

func TestRedPacketToGroup(t *testing.T) {
	s := funded(t, 50000)
	req := PacketRequest{To: group, Count: 3, Amount: 10000, Lucky: true, Greeting: "恭喜发财"}
	q, err := s.QuoteRedPacket(req, t0)
	noErr(t, err)
	if q.Total != cny(10000) || q.Fee.Amount != 0 || !q.NeedsPIN {
		t.Fatalf("quote %+v", q)
	}
	p, events, err := s.SendRedPacket(req, goodPIN, t0)
	noErr(t, err)
	if !hasEvent(events, EventPacketSent) || s.balance() != 40000 || len(p.Shares) != 3 {
		t.Fatalf("sent %+v %v balance %d", p, events, s.balance())
	}
	// Li Wei reacts after 2 minutes, Wong Ka Ho after 3, Chen Jing after 5;
	// the fourth member never does, and only three shares exist anyway.
	events = ok(t)(s.Settle(t0.Add(10 * time.Minute)))
	var opened []string
	for _, e := range events {
		if e.Kind == EventPacketOpened {
			opened = append(opened, e.Party)
		}
	}
	if len(opened) != 3 || opened[0] != "li-wei" || opened[1] != "wong-ka-ho" || opened[2] != "chen-jing" {
		t.Fatalf("opened by %v", opened)
	}
	if got := s.Packets[0]; got.Status != StatusAccepted || len(got.Claims) != 3 {
		t.Fatalf("packet %+v", got)
	}
	events = ok(t)(s.Settle(t0.Add(25 * time.Hour)))
	if hasEvent(events, EventPacketRefunded) || s.balance() != 40000 {
		t.Fatal("a fully opened packet was refunded")
	}
	sound(t, s)
}

func TestUnclaimedRedPacketReturns(t *testing.T) {
	eachSideOf(t, t0.Add(24*time.Hour), func(t *testing.T, at time.Time, refunded bool) {
		s := funded(t, 50000)
		p := made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: []string{"li-wei", "sam"}, Count: 2, Amount: 1500}, goodPIN, t0))
		if p.Money != cny(3000) {
			t.Fatalf("a normal packet of 2 × ¥15 holds %v", p.Money)
		}
		events := ok(t)(s.Settle(at))
		if hasEvent(events, EventPacketRefunded) != refunded {
			t.Fatalf("events %v", events)
		}
		want := Amount(50000 - 3000)
		if refunded {
			want += 1500 // Sam never opened his share
			if s.Packets[0].Refunded != 1500 || s.Packets[0].Status != StatusRefunded {
				t.Fatalf("packet %+v", s.Packets[0])
			}
		}
		if s.balance() != want {
			t.Fatalf("balance %d, want %d", s.balance(), want)
		}
		sound(t, s)
	})
}

func TestRedPacketFromCardReturnsToCard(t *testing.T) {
	s := active(t, Mainland, Rules2020)
	card := s.Cards[0].ID
	made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: []string{"sam"}, Count: 1, Amount: 888, Method: Method(card)}, goodPIN, t0))
	ok(t)(s.Settle(t0.Add(25 * time.Hour)))
	if b := s.Balances()[CardParty(card)][CNY]; b != 0 {
		t.Fatalf("the card is at %d after the refund", b)
	}
}

func TestRedPacketMaximum(t *testing.T) {
	for region, max := range map[RegionCode]Amount{Mainland: 20000, HongKong: 20000, SouthAfrica: 50000, Malaysia: 10000} {
		t.Run(string(region), func(t *testing.T) {
			s := active(t, region, Rules2020)
			ok(t)(s.TopUp(s.Cards[0].ID, 100000, goodPIN, t0))
			refused(t, s, EPACKETMAX, func() error {
				_, _, err := s.SendRedPacket(PacketRequest{To: []string{"li-wei"}, Count: 1, Amount: max + 1}, goodPIN, t0)
				return err
			})
			made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: []string{"li-wei"}, Count: 1, Amount: max}, goodPIN, t0))
		})
	}
}

func TestRedPacketRefusals(t *testing.T) {
	s := funded(t, 1000)
	for _, tt := range []struct {
		name string
		req  PacketRequest
		code string
	}{
		{"nobody", PacketRequest{Count: 1, Amount: 100}, EINVALID},
		{"unknown contact", PacketRequest{To: []string{"nobody"}, Count: 1, Amount: 100}, ENOTFOUND},
		{"twice the same", PacketRequest{To: []string{"sam", "sam"}, Count: 2, Amount: 100}, EINVALID},
		{"two shares to one", PacketRequest{To: []string{"sam"}, Count: 2, Amount: 100}, EINVALID},
		{"no shares", PacketRequest{To: group, Count: 0, Amount: 100}, EINVALID},
		{"too many shares", PacketRequest{To: group, Count: 101, Amount: 100, Lucky: true}, EINVALID},
		{"zero", PacketRequest{To: []string{"sam"}, Count: 1}, EINVALID},
		{"lucky under a fen each", PacketRequest{To: group, Count: 4, Amount: 3, Lucky: true}, EINVALID},
		{"normal total over the maximum", PacketRequest{To: group, Count: 2, Amount: 10001}, EPACKETMAX},
		{"greeting too long", PacketRequest{To: []string{"sam"}, Count: 1, Amount: 1, Greeting: string(make([]rune, 61))}, EINVALID},
		{"over the balance", PacketRequest{To: []string{"sam"}, Count: 1, Amount: 1001}, EBALANCE},
		{"unknown card", PacketRequest{To: []string{"sam"}, Count: 1, Amount: 1, Method: "c99"}, ENOTFOUND},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, s, tt.code, func() error { _, _, err := s.SendRedPacket(tt.req, goodPIN, t0); return err })
			refused(t, s, tt.code, func() error { _, err := s.QuoteRedPacket(tt.req, t0); return err })
		})
	}
	refusedCounted(t, s, EPIN, func() error {
		_, _, err := s.SendRedPacket(PacketRequest{To: []string{"sam"}, Count: 1, Amount: 1}, badPIN, t0)
		return err
	})
	inactive := fresh(t, Mainland, Rules2020)
	refused(t, inactive, ESTAGE, func() error {
		_, err := inactive.QuoteRedPacket(PacketRequest{To: []string{"sam"}, Count: 1, Amount: 1}, t0)
		return err
	})
}

// The cap is on the whole packet, and a refusal of shares of the same
// amount says what they make together.
func TestRedPacketCapIsOnTheWhole(t *testing.T) {
	s := funded(t, 100000)
	r := PacketRequest{To: group[:3], Count: 3, Amount: 10000}
	if r.Total() != 30000 {
		t.Fatalf("Total of 3 × 100.00 = %d", r.Total())
	}
	_, err := s.QuoteRedPacket(r, t0)
	want := "A red packet holds at most ¥200.00 in all: 3 × ¥100.00 makes ¥300.00."
	if got := ErrorMessage(err); got != want {
		t.Errorf("refusal %q, want %q", got, want)
	}
	r.Lucky = true
	if r.Total() != 10000 {
		t.Errorf("Total of a lucky packet of 100.00 = %d", r.Total())
	}
}
