package wallet

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

func TestLoadMigratesVersion0(t *testing.T) {
	doc, err := os.ReadFile("testdata/state-v0.json")
	noErr(t, err)
	s, err := Load(doc)
	noErr(t, err)
	if s.Version != Version || s.Ruleset != Rules2020 || s.ClockOffset != time.Hour || s.Account.Stage != StageActive || s.balance() != 888+5000-700 {
		t.Fatalf("migrated: version %d ruleset %q offset %v stage %s balance %d", s.Version, s.Ruleset, s.ClockOffset, s.Account.Stage, s.balance())
	}
	// The migrated state works: Sam never accepts, so the tea money returns.
	ok(t)(s.Settle(t0.Add(25 * time.Hour)))
	if s.balance() != 888+5000 {
		t.Fatalf("balance after the refund %d", s.balance())
	}
}

// validDoc is a version-1 document with a little of everything, as a
// generic JSON tree to break.
func validDoc(t *testing.T) map[string]any {
	s := funded(t, 10000)
	made[RedPacket](t)(s.SendRedPacket(PacketRequest{To: group, Count: 2, Amount: 500, Lucky: true}, goodPIN, t0))
	made[Payment](t)(s.StartOrder(PayInAppWeb, shop, cny(100), t0))
	var doc map[string]any
	noErr(t, json.Unmarshal(snapshot(t, s), &doc))
	return doc
}

func TestLoadRefusesCorruptDocuments(t *testing.T) {
	raw := []struct {
		name string
		doc  string
	}{
		{"empty", ""},
		{"not JSON", "wallet"},
		{"array", "[]"},
		{"null", "null"},
		{"trailing data", `{"version":1} {}`},
		{"empty object", "{}"},
		{"future version", `{"version":3}`},
		{"negative version", `{"version":-1}`},
		{"fractional version", `{"version":1.5}`},
		{"string version", `{"version":"1"}`},
		{"bad v0 offset", `{"rules":"2020","offset_seconds":"soon"}`},
		{"huge v0 offset", `{"rules":"2020","offset_seconds":99999999999999}`},
		{"too large", `{"x":"` + strings.Repeat("a", maxDocument) + `"}`},
	}
	for _, tt := range raw {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]byte(tt.doc))
			wantCode(t, err, ECORRUPT)
		})
	}
	edits := []struct {
		name string
		edit func(d map[string]any)
	}{
		{"unknown field", func(d map[string]any) { d["extra"] = true }},
		{"unknown ruleset", func(d map[string]any) { d["ruleset"] = "1999" }},
		{"bad persona", func(d map[string]any) { d["persona"].(map[string]any)["region"] = "XX" }},
		{"unknown stage", func(d map[string]any) { account(d)["stage"] = "floating" }},
		{"wallet outside the ruleset", func(d map[string]any) { account(d)["wallet"] = "GB" }},
		{"foreign card the ruleset refuses", func(d map[string]any) { item(d, "cards", 0)["foreign"] = true }},
		{"method of no card", func(d map[string]any) { account(d)["method"] = "c99" }},
		{"PIN count out of range", func(d map[string]any) { account(d)["pin"].(map[string]any)["fails"] = 5 }},
		{"balance differs from the ledger", func(d map[string]any) { item(d, "wallets", 0)["balance"] = 9999 }},
		{"wallet in another currency", func(d map[string]any) { item(d, "wallets", 0)["currency"] = "HKD" }},
		{"negative entry", func(d map[string]any) { item(d, "ledger", 0)["money"].(map[string]any)["amount"] = -1 }},
		{"entry to itself", func(d map[string]any) { item(d, "ledger", 0)["to"] = item(d, "ledger", 0)["from"] }},
		{"entry of an unknown party", func(d map[string]any) { item(d, "ledger", 0)["from"] = "bank:x" }},
		{"entry in another currency", func(d map[string]any) { item(d, "ledger", 0)["money"].(map[string]any)["currency"] = "HKD" }},
		{"ledger names a missing wallet", func(d map[string]any) { d["wallets"] = []any{} }},
		{"hold differs from the packet", func(d map[string]any) {
			item(d, "packets", 0)["shares"] = []any{300, 300}
			item(d, "packets", 0)["money"].(map[string]any)["amount"] = 600
		}},
		{"packet does not add up", func(d map[string]any) { item(d, "packets", 0)["refunded"] = 1 }},
		{"packet refunded without a refund", func(d map[string]any) { item(d, "packets", 0)["status"] = "refunded" }},
		{"unknown payment status", func(d map[string]any) { item(d, "payments", 0)["status"] = "maybe" }},
		{"unknown packet status", func(d map[string]any) { item(d, "packets", 0)["status"] = "maybe" }},
		{"unknown entry kind", func(d map[string]any) { item(d, "ledger", 0)["kind"] = "gift" }},
		{"packet from nowhere", func(d map[string]any) { item(d, "packets", 0)["source"] = "wallet:HK" }},
		{"unknown action", func(d map[string]any) { item(d, "schedule", 0)["kind"] = "explode" }},
		{"unknown transfer status", func(d map[string]any) { d["transfers"] = []any{map[string]any{"id": "t99", "status": "lost"}} }},
		{"unknown incoming kind", func(d map[string]any) {
			d["incoming"] = []any{map[string]any{"id": "i99", "kind": "gift", "status": "pending"}}
		}},
		{"balance without entries", func(d map[string]any) { d["ledger"] = []any{}; d["packets"] = nil }},
		{"hold missing from the ledger", func(d map[string]any) {
			d["transfers"] = []any{map[string]any{"id": "t4", "status": "pending", "money": map[string]any{"amount": 5, "currency": "CNY"}}}
		}},

		{"id above seq", func(d map[string]any) { d["seq"] = 1 }},
		{"id reused", func(d map[string]any) { item(d, "payments", 0)["id"] = item(d, "cards", 0)["id"] }},
		{"id without a number", func(d map[string]any) { item(d, "payments", 0)["id"] = "p" }},
	}
	for _, tt := range edits {
		t.Run(tt.name, func(t *testing.T) {
			d := validDoc(t)
			tt.edit(d)
			b, err := json.Marshal(d)
			noErr(t, err)
			_, err = Load(b)
			wantCode(t, err, ECORRUPT)
		})
	}
}

func account(d map[string]any) map[string]any { return d["account"].(map[string]any) }

func item(d map[string]any, list string, i int) map[string]any {
	return d[list].([]any)[i].(map[string]any)
}

// FuzzLoad checks that Load never panics, refuses only with ECORRUPT, and
// that what it accepts keeps the invariants and saves to the same bytes.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		s, err := Load(doc)
		if err != nil {
			wantCode(t, err, ECORRUPT)
			return
		}
		sound(t, s)
		saved := snapshot(t, s)
		again, err := Load(saved)
		if err != nil {
			t.Fatalf("a loaded state does not load again: %v\n%s", err, saved)
		}
		if resaved := snapshot(t, again); !bytes.Equal(saved, resaved) {
			t.Fatalf("round trip differs:\n%s\n%s", saved, resaved)
		}
		// Whatever it loaded, the engine runs on without panicking and keeps
		// the invariants.
		s.SetRand(constRand{})
		if s.PayCode != nil {
			s.MerchantScan(s.PayCode.Digits, shop, 100, s.PayCode.Issued)
		}
		now := s.Created.Add(48 * time.Hour)
		s.Entry(now)
		s.WalletViews(now)
		s.Bills(now)
		for _, p := range s.Payments {
			s.QuotePayment(p.ID, "", now)
			s.ConfirmPayment(p.ID, "", goodPIN, now)
		}
		for _, c := range s.Cards {
			s.TopUp(c.ID, 100, goodPIN, now)
		}
		s.ShowPayCode(now)
		sound(t, s)
	})
}

// constRand always draws zero.
type constRand struct{}

func (constRand) IntN(int) int { return 0 }

// A version-1 document kept identity numbers as typed; loading it writes
// them as the document prints them.
func TestLoadMigratesVersion1IdentityNumbers(t *testing.T) {
	for typed, want := range map[string]string{" a1234563 ": "A123456(3)", "a123456(3)": "A123456(3)", "": ""} {
		s := fresh(t, HongKong, Rules2020)
		ok(t)(s.Authenticate(hkResident, t0))
		var doc map[string]any
		noErr(t, json.Unmarshal(snapshot(t, s), &doc))
		doc["version"] = 1
		account(doc)["identity"].(map[string]any)["number"] = typed
		b, err := json.Marshal(doc)
		noErr(t, err)
		got, err := Load(b)
		noErr(t, err)
		if got.Account.Identity.Number != want {
			t.Errorf("%q loaded as %q, want %q", typed, got.Account.Identity.Number, want)
		}
	}
}
