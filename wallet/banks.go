package wallet

import (
	"slices"
	"strings"
)

// DemoBank is a card issuer of the demo's own invention. Region is where it
// issues cards, which decides the wallets a card can join; Region "" (the
// zero DemoBank) means the issuer is unknown.
type DemoBank struct {
	ID     string     `json:"id"`
	Name   string     `json:"name"`
	Region RegionCode `json:"region"`
}

// The demo banks. The names are made up; no real bank is meant.
var (
	peonyBank     = DemoBank{"cn-peony", "Peony Demo Bank", Mainland}
	osmanthusBank = DemoBank{"cn-osmanthus", "Osmanthus Demo Bank", Mainland}
	bauhiniaBank  = DemoBank{"hk-bauhinia", "Bauhinia Demo Bank", HongKong}
	hibiscusBank  = DemoBank{"my-hibiscus", "Hibiscus Demo Bank", Malaysia}
	proteaBank    = DemoBank{"za-protea", "Protea Demo Bank", SouthAfrica}
	magnoliaBank  = DemoBank{"us-magnolia", "Magnolia Demo Bank", "US"}
	bluebellBank  = DemoBank{"gb-bluebell", "Bluebell Demo Bank", "GB"}
	camelliaBank  = DemoBank{"jp-camellia", "Camellia Demo Bank", "JP"}
)

// bin is a row of the bank identification table: the leading digits of a
// card number and the bank that issues cards starting with them.
type bin struct {
	prefix string
	bank   DemoBank
}

// demoBINs is the demo's bank identification table. The networks' test card
// numbers belong to the overseas banks.
var demoBINs = []bin{
	{"620000", peonyBank},
	{"621788", peonyBank},
	{"62055", osmanthusBank},
	{"438088", osmanthusBank},
	{"455600", bauhiniaBank},
	{"625088", bauhiniaBank},
	{"522788", hibiscusBank},
	{"490088", proteaBank},
	{"411111", magnoliaBank},
	{"305693", magnoliaBank},
	{"378282", magnoliaBank},
	{"601111", magnoliaBank},
	{"424242", bluebellBank},
	{"555555", bluebellBank},
	{"356600", camelliaBank},
}

// BankOf returns the demo bank that issues the card number digits, by the
// longest matching prefix of the table, or the zero DemoBank (issuer
// unknown) when none matches.
func BankOf(digits string) DemoBank {
	var bank DemoBank
	longest := 0
	for _, b := range demoBINs {
		if len(b.prefix) > longest && strings.HasPrefix(digits, b.prefix) {
			bank, longest = b.bank, len(b.prefix)
		}
	}
	return bank
}

// DemoCard is a made-up card the Add-card screen offers to tap, so that no
// one types a real card number into the demo.
type DemoCard struct {
	Label   string   `json:"label"`
	Number  string   `json:"number"`
	Network Network  `json:"network"`
	Bank    DemoBank `json:"bank"`
}

// demoCards lists one card for each case worth showing: each wallet region,
// each network, and a UnionPay card that fails Luhn.
var demoCards = []DemoCard{
	{"Mainland China UnionPay", "6200000000000005", UnionPay, peonyBank},
	{"Mainland China UnionPay", "6200000000000047", UnionPay, peonyBank},
	{"Mainland China UnionPay, older card without a check digit", "6217880076543210", UnionPay, peonyBank},
	{"Mainland China UnionPay, 19 digits", "6205500000000000004", UnionPay, osmanthusBank},
	{"Mainland China Visa", "4380880012345671", Visa, osmanthusBank},
	{"Hong Kong Visa", "4556000012345674", Visa, bauhiniaBank},
	{"Hong Kong UnionPay", "6250880012345673", UnionPay, bauhiniaBank},
	{"Malaysian Mastercard", "5227880012345675", Mastercard, hibiscusBank},
	{"South African Visa", "4900880012345672", Visa, proteaBank},
	{"US Visa", "4111111111111111", Visa, magnoliaBank},
	{"UK Visa", "4242424242424242", Visa, bluebellBank},
	{"UK Mastercard", "5555555555554444", Mastercard, bluebellBank},
	{"Japanese JCB", "3566002020360505", JCB, camelliaBank},
	{"US Diners Club", "3056930009020004", Diners, magnoliaBank},
	{"US American Express", "378282246310005", Amex, magnoliaBank},
	{"US Discover", "6011111111111117", Discover, magnoliaBank},
}

// DemoCards returns the cards to tap on the Add-card screen. Every number
// passes CheckCard. The caller owns the slice.
func DemoCards() []DemoCard {
	return slices.Clone(demoCards)
}
