package wallet

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"time"
)

// randomOp is one operation with random arguments; it returns the error.
type randomOp func(s *State, r *rand.Rand, now time.Time) error

// pick returns the last element of xs half the time (the newest payment,
// card or item is the likeliest to act on), else a random one, or "x0"
// (an id nobody has) when xs is empty or one time in ten.
func pick(r *rand.Rand, xs []string) string {
	switch {
	case len(xs) == 0 || r.IntN(10) == 0:
		return "x0"
	case r.IntN(2) == 0:
		return xs[len(xs)-1]
	}
	return xs[r.IntN(len(xs))]
}

func anyPIN(r *rand.Rand) string {
	if r.IntN(8) == 0 {
		return badPIN
	}
	return goodPIN
}

func anyAmount(r *rand.Rand) Amount {
	return []Amount{0, 1, 99, 888, 20000, 20001, 100001, 720001}[r.IntN(8)]
}

func anyMethod(s *State, r *rand.Rand) Method {
	if r.IntN(2) == 0 {
		return MethodBalance
	}
	return Method(pick(r, idsOf(s.Cards, func(c LinkedCard) string { return c.ID })))
}

func anyContact(r *rand.Rand) string {
	return pick(r, []string{"li-wei", "chen-jing", "wong-ka-ho", "thandi", "aisyah", "sam"})
}

// randomOps are the operations the property test draws from.
var randomOps = []randomOp{
	func(s *State, r *rand.Rand, now time.Time) error { _, err := s.TurnOnPay(now); return err },
	func(s *State, r *rand.Rand, now time.Time) error {
		ids := []Identity{cnResident, hkResident, zaResident, myResident, gbPassport}
		_, err := s.Authenticate(ids[r.IntN(len(ids))], now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		cards := []string{cnCard, cnCard2, hkCard, myCard, zaCard, usVisa, gbVisa, usAmex}
		_, _, err := s.LinkCard(cards[r.IntN(len(cards))], now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error { _, err := s.SetPIN(anyPIN(r), now); return err },
	func(s *State, r *rand.Rand, now time.Time) error { _, err := s.ConfirmPIN(anyPIN(r), now); return err },
	func(s *State, r *rand.Rand, now time.Time) error {
		_, err := s.TopUp(string(anyMethod(s, r)), anyAmount(r)*10, anyPIN(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		_, err := s.Withdraw(string(anyMethod(s, r)), anyAmount(r), anyPIN(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		kind := []IncomingKind{IncomingPacket, IncomingTransfer}[r.IntN(2)]
		_, _, err := s.ReceiveFrom(anyContact(r), kind, anyAmount(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		id := pick(r, idsOf(s.Incoming, func(in Incoming) string { return in.ID }))
		var err error
		switch r.IntN(3) {
		case 0:
			_, _, err = s.OpenRedPacket(id, now)
		case 1:
			_, _, err = s.AcceptTransfer(id, now)
		default:
			_, _, err = s.ReturnTransfer(id, now)
		}
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		to := []string{anyContact(r)}
		if r.IntN(2) == 0 {
			to = group
		}
		req := PacketRequest{To: to, Count: 1 + r.IntN(len(to)+1), Amount: anyAmount(r), Lucky: r.IntN(2) == 0, Method: anyMethod(s, r)}
		_, _, err := s.SendRedPacket(req, anyPIN(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		_, _, err := s.SendTransfer(TransferRequest{To: anyContact(r), Amount: anyAmount(r), Method: anyMethod(s, r)}, anyPIN(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		kind := []PaymentKind{PayInAppWeb, PayNativeApp, PayMiniProgram, PayQuick}[r.IntN(4)]
		_, _, err := s.StartOrder(kind, shop, Money{anyAmount(r), s.currency()}, now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		q := MerchantQR{Merchant: shop, Currency: s.currency()}
		if r.IntN(2) == 0 {
			rules, _ := LookupRuleset(s.Ruleset)
			q = rules.NewOrderQR(shop, Money{anyAmount(r) + 1, s.currency()}, pick(r, []string{"o1", "o2"}), now.Add(-time.Duration(r.IntN(3))*time.Hour))
		}
		_, _, err := s.StartQRPayment(q, anyAmount(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		id := pick(r, idsOf(s.Payments, func(p Payment) string { return p.ID }))
		_, _, err := s.ConfirmPayment(id, anyMethod(s, r), anyPIN(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		_, _, err := s.CancelPayment(pick(r, idsOf(s.Payments, func(p Payment) string { return p.ID })), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		var err error
		switch r.IntN(3) {
		case 0:
			_, _, err = s.ShowPayCode(now)
		case 1:
			_, _, err = s.RefreshPayCode(now)
		default:
			_, _, err = s.RevealPayCode(now)
		}
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		code := "100000000000000000"
		if s.PayCode != nil && r.IntN(5) > 0 {
			code = s.PayCode.Digits
		}
		_, _, err := s.MerchantScan(code, shop, anyAmount(r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error {
		_, err := s.ChooseMethod(anyMethod(s, r), now)
		return err
	},
	func(s *State, r *rand.Rand, now time.Time) error { _, err := s.Settle(now); return err },
	func(s *State, r *rand.Rand, now time.Time) error {
		_, err := s.AdvanceClock(time.Duration(r.IntN(30))*time.Hour, now)
		return err
	},
}

// TestRandomOperationsKeepTheBooks runs many seeded random sequences of
// operations and checks after each one that money is neither made nor lost
// (the stored balances and the other parties' ledger sums add up to zero in
// every currency), that every invariant Load checks holds, that a refused
// operation left the state as it was (but for a counted wrong PIN), and
// that the state survives saving and loading.
func TestRandomOperationsKeepTheBooks(t *testing.T) {
	personas := []struct {
		region RegionCode
		rules  RulesetID
	}{{Mainland, Rules2020}, {"GB", Rules2020}, {Malaysia, Rules2020}, {"US", Rules2024}, {Mainland, Rules2024}, {HongKong, Rules2024}}
	sequences, steps := 200, 80
	if testing.Short() {
		sequences = 30
	}
	for seq := range sequences {
		r := rand.New(rand.NewPCG(uint64(seq), 99))
		p := personas[seq%len(personas)]
		s := fresh(t, p.region, p.rules)
		s.SetRand(rand.New(rand.NewPCG(uint64(seq), 1)))
		// Most sequences start set up, so that they get far.
		if r.IntN(4) > 0 {
			s = active(t, p.region, p.rules)
			s.SetRand(rand.New(rand.NewPCG(uint64(seq), 1)))
		}
		now := t0
		for step := range steps {
			now = now.Add([]time.Duration{0, 0, 0, time.Second, time.Second, time.Minute, 3 * time.Minute, time.Hour, 24*time.Hour + time.Second}[r.IntN(9)])
			before := snapshot(t, s)
			op := r.IntN(len(randomOps))
			err := randomOps[op](s, r, now)
			if code := ErrorCode(err); code == EINTERNAL {
				t.Fatalf("seq %d step %d op %d: internal error %v", seq, step, op, err)
			} else if err != nil {
				restored, lerr := Load(before)
				noErr(t, lerr)
				if code == EPIN || code == ELOCKED {
					restored.Account.PIN = s.Account.PIN
				}
				if !bytes.Equal(snapshot(t, restored), snapshot(t, s)) {
					t.Fatalf("seq %d step %d op %d: refused (%v) but changed the state", seq, step, op, err)
				}
			}
			conserved(t, s)
			if err := s.check(); err != nil {
				t.Fatalf("seq %d step %d op %d: %v", seq, step, op, err)
			}
		}
		if _, err := Load(snapshot(t, s)); err != nil {
			t.Fatalf("seq %d: the final state does not load: %v", seq, err)
		}
	}
}

// conserved checks that the stored wallet balances and every other party's
// ledger sum add up to zero per currency: no money made, none lost.
func conserved(t *testing.T, s *State) {
	t.Helper()
	total := map[Currency]Amount{}
	for p, byCur := range s.Balances() {
		if p.Kind() == "wallet" {
			continue
		}
		for cur, a := range byCur {
			total[cur] += a
		}
	}
	for _, w := range s.Wallets {
		total[w.Currency] += w.Balance
		if w.Balance < 0 {
			t.Fatalf("the %s balance is negative: %d", w.Region, w.Balance)
		}
	}
	for cur, a := range total {
		if a != 0 {
			t.Fatalf("%d %s made or lost", a, cur)
		}
	}
}
