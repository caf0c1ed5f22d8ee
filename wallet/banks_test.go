package wallet

import (
	"slices"
	"strings"
	"testing"
)

func TestBankOf(t *testing.T) {
	tests := map[string]DemoBank{
		"6200000000000005":    peonyBank,
		"6205500000000000004": osmanthusBank,
		"4380880012345671":    osmanthusBank,
		"4556000012345674":    bauhiniaBank,
		"5227880012345675":    hibiscusBank,
		"4900880012345672":    proteaBank,
		"4111111111111111":    magnoliaBank,
		"4242424242424242":    bluebellBank,
		"3566002020360505":    camelliaBank,
		"4000000000000002":    {},
		"62":                  {},
		"":                    {},
	}
	for digits, want := range tests {
		if got := BankOf(digits); got != want {
			t.Errorf("BankOf(%q) = %+v, want %+v", digits, got, want)
		}
	}
}

func TestBankOfLongestPrefix(t *testing.T) {
	defer func(saved []bin) { demoBINs = saved }(demoBINs)
	demoBINs = append(slices.Clone(demoBINs), bin{"4", magnoliaBank})
	if got := BankOf("4556000012345674"); got != bauhiniaBank {
		t.Errorf("BankOf took %+v, not the longest prefix", got)
	}
	if got := BankOf("4000000000000002"); got != magnoliaBank {
		t.Errorf("BankOf ignored the short prefix: %+v", got)
	}
}

func TestDemoBINs(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range demoBINs {
		if seen[b.prefix] || !allDigits(b.prefix) {
			t.Errorf("prefix %q repeated or not digits", b.prefix)
		}
		seen[b.prefix] = true
		if _, ok := LookupRegion(b.bank.Region); !ok {
			t.Errorf("%s issues in unknown region %q", b.bank.ID, b.bank.Region)
		}
		if !strings.Contains(b.bank.Name, "Demo") || !strings.HasPrefix(b.bank.ID, strings.ToLower(string(b.bank.Region))+"-") {
			t.Errorf("bank %+v: the name must say Demo and the ID start with its region", b.bank)
		}
	}
}

func TestDemoCards(t *testing.T) {
	cards := DemoCards()
	regions := map[RegionCode]bool{}
	networks := map[Network]bool{}
	numbers := map[string]bool{}
	warned := false
	for _, c := range cards {
		info, err := CheckCard(c.Number)
		if err != nil {
			t.Errorf("%s (%s): %v", c.Label, c.Number, err)
			continue
		}
		if info.Network != c.Network || info.Bank != c.Bank || c.Bank.Region == NoRegion || c.Label == "" {
			t.Errorf("%s (%s): checks as %+v, listed as %s of %+v", c.Label, c.Number, info, c.Network, c.Bank)
		}
		if numbers[c.Number] {
			t.Errorf("%s listed twice", c.Number)
		}
		numbers[c.Number] = true
		regions[c.Bank.Region] = true
		networks[c.Network] = true
		warned = warned || info.LuhnWarning
	}
	for _, r := range []RegionCode{Mainland, HongKong, Malaysia, SouthAfrica, "US", "GB"} {
		if !regions[r] {
			t.Errorf("no demo card issued in %s", r)
		}
	}
	for _, r := range networkRules {
		if !networks[r.network] {
			t.Errorf("no demo %s card", r.name)
		}
	}
	if !warned {
		t.Error("no demo card shows the UnionPay Luhn warning")
	}
	cards[0].Number = "changed"
	if DemoCards()[0].Number == "changed" {
		t.Error("DemoCards hands out the table itself")
	}
}
