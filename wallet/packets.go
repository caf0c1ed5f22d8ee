package wallet

import (
	"slices"
	"sort"
	"time"
)

// PacketRequest is a red packet the user is about to send: to one contact
// (Count 1) or to a group of contacts with Count shares. A normal packet
// gives each share Amount; a lucky packet splits Amount at random.
type PacketRequest struct {
	To       []string // contact ids
	Count    int
	Amount   Amount
	Lucky    bool
	Greeting string
	Method   Method // "" for the account's default
}

// RedPacket is a red packet the user sent. Shares are the amounts still
// unopened, in the order contacts open them.
type RedPacket struct {
	ID       string    `json:"id"`
	To       []string  `json:"to"`
	Money    Money     `json:"money"` // the whole packet
	Lucky    bool      `json:"lucky"`
	Greeting string    `json:"greeting,omitempty"`
	Shares   []Amount  `json:"shares"`
	Claims   []Claim   `json:"claims"`
	Source   Party     `json:"source"` // where the money came from and returns to
	Sent     time.Time `json:"sent"`
	Expires  time.Time `json:"expires"`
	Status   Status    `json:"status"`
	Refunded Amount    `json:"refunded"`
}

// Claim is one share of a red packet a contact opened.
type Claim struct {
	Contact string    `json:"contact"`
	Amount  Amount    `json:"amount"`
	Time    time.Time `json:"time"`
}

// maxGreeting caps a red packet's greeting, in characters.
const maxGreeting = 60

// Total is what the whole packet holds, and takes out of the user's
// pocket: the amount of a lucky packet, Count times the amount of a normal
// one (Amount is then each share). The ruleset's PacketMax caps it.
func (r PacketRequest) Total() Amount {
	if r.Lucky {
		return r.Amount
	}
	return r.Amount * Amount(r.Count)
}

// checkPacket refuses a request with unknown or repeated contacts, a bad
// count, a share under one minor unit, or more than the wallet's maximum.
func (s *State) checkPacket(r PacketRequest, rule WalletRule) error {
	if len(r.To) == 0 {
		return FieldErrorf("to", EINVALID, "Choose who gets the red packet.")
	}
	for i, id := range r.To {
		if _, err := LookupContact(id); err != nil {
			return err
		}
		if slices.Contains(r.To[:i], id) {
			return FieldErrorf("to", EINVALID, "%s is chosen twice.", id)
		}
	}
	maxCount := s.rules().PacketMaxCount
	switch {
	case r.Count < 1 || r.Count > maxCount || len(r.To) == 1 && r.Count != 1:
		return FieldErrorf("count", EINVALID, "A red packet to one person has 1 share; to a group, 1 to %d.", maxCount)
	case len([]rune(r.Greeting)) > maxGreeting:
		return FieldErrorf("greeting", EINVALID, "A greeting has at most %d characters.", maxGreeting)
	case r.Amount <= 0 || r.Amount > rule.PacketMax || r.Total() > rule.PacketMax:
		if r.Amount > 0 {
			return s.packetMaxError(rule, r)
		}
		return FieldErrorf("amount", EINVALID, "Enter an amount above zero.")
	case r.Lucky && r.Amount < Amount(r.Count):
		return FieldErrorf("amount", EINVALID, "Each share of a lucky packet gets at least %s.", FormatAmount(1, rule.Currency))
	}
	return nil
}

// packetMaxError refuses a packet r over the wallet's cap, which is on the
// whole packet: for shares of a normal group packet it shows the sum.
func (s *State) packetMaxError(rule WalletRule, r PacketRequest) error {
	most := FormatAmount(rule.PacketMax, rule.Currency)
	if r.Lucky || r.Count <= 1 {
		return FieldErrorf("amount", EPACKETMAX, "A red packet holds at most %s in all.", most)
	}
	return FieldErrorf("amount", EPACKETMAX, "A red packet holds at most %s in all: %d × %s makes %s.",
		most, r.Count, FormatAmount(r.Amount, rule.Currency), FormatAmount(r.Total(), rule.Currency))
}

// QuoteRedPacket tells what sending r would cost. Refusals: ESTAGE,
// ECLOSED or ESPENDONLY when the wallet cannot move money; EINVALID,
// ENOTFOUND (a contact) or EPACKETMAX for r; EBALANCE, ENOTFOUND or
// ECARDREFUSED for r.Method, with the quote.
func (s *State) QuoteRedPacket(r PacketRequest, now time.Time) (Quote, error) {
	t := s.at(now)
	rule, err := t.requireSocial(now)
	if err != nil {
		return Quote{}, err
	}
	if err := t.checkPacket(r, rule); err != nil {
		return Quote{}, err
	}
	return t.quote(Money{r.Total(), rule.Currency}, r.Method, false, now)
}

// SendRedPacket sends r after checking pin. The money waits in a hold; the
// contacts open their shares by themselves after a while, and whatever is
// unopened after the ruleset's expiry returns to where it came from.
// Refusals: those of QuoteRedPacket (ESTAGE, ECLOSED, ESPENDONLY,
// EINVALID, ENOTFOUND, EPACKETMAX, EBALANCE, ECARDREFUSED); EPIN or
// ELOCKED for pin.
func (s *State) SendRedPacket(r PacketRequest, pin string, now time.Time) (RedPacket, []Event, error) {
	var p RedPacket
	events, err := s.apply(now, func(t *State, now time.Time) ([]Event, error) {
		rule, err := t.requireSocial(now)
		if err != nil {
			return nil, err
		}
		if err := t.checkPacket(r, rule); err != nil {
			return nil, err
		}
		q, err := t.quote(Money{r.Total(), rule.Currency}, r.Method, false, now)
		if err != nil {
			return nil, err
		}
		if err := t.checkPIN(pin, now); err != nil {
			return nil, err
		}
		p = RedPacket{
			ID: t.nextID("r"), To: r.To, Money: q.Amount, Lucky: r.Lucky, Greeting: r.Greeting,
			Shares: t.shares(r), Claims: []Claim{}, Source: t.source(q.Method),
			Sent: now, Expires: now.Add(t.rules().PacketExpiry), Status: StatusPending,
		}
		t.Packets = append(t.Packets, p)
		t.post(now, EntryPacketSent, p.Source, HoldParty(p.ID), p.Money, p.ID)
		for i, id := range r.To[:min(r.Count, len(r.To))] {
			if c, _ := LookupContact(id); c.ReactAfter > 0 {
				// Contacts open one after another, a second apart at least.
				t.schedule(Action{Due: now.Add(c.ReactAfter + time.Duration(i)*time.Second), Kind: ActPacketClaim, Ref: p.ID, Contact: id})
			}
		}
		t.schedule(Action{Due: p.Expires, Kind: ActPacketExpire, Ref: p.ID})
		return []Event{{Kind: EventPacketSent, Time: now, Ref: p.ID, Money: p.Money}}, nil
	})
	return outcome(p, events, err)
}

// shares splits r: equal shares for a normal packet, a random split that
// sums exactly with every share at least one minor unit for a lucky one.
func (s *State) shares(r PacketRequest) []Amount {
	shares := make([]Amount, r.Count)
	if !r.Lucky {
		for i := range shares {
			shares[i] = r.Amount
		}
		return shares
	}
	// Cut 1..Amount-1 at Count-1 distinct points drawn by Floyd's method;
	// the gaps between cuts are the shares.
	cuts := map[Amount]bool{}
	n := r.Amount - 1
	for j := n - Amount(r.Count-1) + 1; j <= n; j++ {
		c := Amount(s.random().IntN(int(j))) + 1
		if cuts[c] {
			c = j
		}
		cuts[c] = true
	}
	points := make(amounts, 0, len(cuts)+1)
	for c := range cuts {
		points = append(points, c)
	}
	sort.Sort(points)
	points = append(points, r.Amount)
	last := Amount(0)
	for i, p := range points {
		shares[i], last = p-last, p
	}
	return shares
}

// amounts sorts ascending with sort.Sort, which app.wasm carries anyway:
// slices.Sort would compile a sort of its own for Amount (15 kB before
// compression).
type amounts []Amount

func (a amounts) Len() int           { return len(a) }
func (a amounts) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a amounts) Less(i, j int) bool { return a[i] < a[j] }

// packet returns the user's red packet id.
func (s *State) packet(id string) *RedPacket {
	i := slices.IndexFunc(s.Packets, func(p RedPacket) bool { return p.ID == id })
	if i < 0 {
		return nil
	}
	return &s.Packets[i]
}

// contactClaims has a contact open the next share of a red packet.
func (s *State) contactClaims(a Action) []Event {
	p := s.packet(a.Ref)
	if p == nil || p.Status != StatusPending || len(p.Shares) == 0 {
		return nil
	}
	share := Money{p.Shares[0], p.Money.Currency}
	p.Shares = p.Shares[1:]
	p.Claims = append(p.Claims, Claim{Contact: a.Contact, Amount: share.Amount, Time: a.Due})
	if len(p.Shares) == 0 {
		p.Status = StatusAccepted
	}
	s.post(a.Due, EntryPacketClaimed, HoldParty(p.ID), ContactParty(a.Contact), share, p.ID)
	return []Event{{Kind: EventPacketOpened, Time: a.Due, Ref: p.ID, Party: a.Contact, Money: share}}
}

// refundPacket returns what is unopened at expiry to the packet's source.
func (s *State) refundPacket(a Action) []Event {
	p := s.packet(a.Ref)
	if p == nil || p.Status != StatusPending {
		return nil
	}
	var left Amount
	for _, sh := range p.Shares {
		left += sh
	}
	p.Shares, p.Refunded, p.Status = []Amount{}, left, StatusRefunded
	m := Money{left, p.Money.Currency}
	s.post(a.Due, EntryPacketRefund, HoldParty(p.ID), p.Source, m, p.ID)
	return []Event{{Kind: EventPacketRefunded, Time: a.Due, Ref: p.ID, Money: m}}
}
