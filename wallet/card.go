package wallet

import (
	"slices"
	"strconv"
	"strings"
)

// Network is the payment network of a card.
type Network string

// The card networks the demo tells apart by prefix.
const (
	Visa       Network = "visa"
	Mastercard Network = "mastercard"
	JCB        Network = "jcb"
	Diners     Network = "diners"
	Discover   Network = "discover"
	Amex       Network = "amex"
	UnionPay   Network = "unionpay"
)

// Codes of the errors CheckCard returns, all with Field "number".
const (
	ECARDDIGITS  = "card_digits"  // empty, or something besides digits, spaces and dashes
	ECARDLENGTH  = "card_length"  // too few or too many digits for the network
	ECARDLUHN    = "card_luhn"    // the check digit is wrong: a typo
	ECARDNETWORK = "card_network" // a prefix of no network the demo knows
)

// maxCardInput caps what CheckCard reads: 19 digits with a separator
// between each and spaces around still fit.
const maxCardInput = 64

// prefixRange is a range of leading digits, all of the same width:
// 2221–2720 covers "2221" to "2720".
type prefixRange struct{ lo, hi string }

// networkRule says which prefixes belong to a network and how long its
// numbers are.
type networkRule struct {
	network  Network
	name     string
	prefixes []prefixRange
	lengths  []int
}

// networkRules is the demo's table of networks. No two prefixes overlap, so
// the order does not matter.
var networkRules = []networkRule{
	{Visa, "Visa", []prefixRange{{"4", "4"}}, []int{13, 16, 19}},
	{Mastercard, "Mastercard", []prefixRange{{"51", "55"}, {"2221", "2720"}}, []int{16}},
	{JCB, "JCB", []prefixRange{{"3528", "3589"}}, []int{16, 17, 18, 19}},
	{Diners, "Diners Club", []prefixRange{{"300", "305"}, {"36", "36"}, {"38", "38"}}, []int{14, 15, 16, 17, 18, 19}},
	{Discover, "Discover", []prefixRange{{"6011", "6011"}, {"65", "65"}}, []int{16, 17, 18, 19}},
	{Amex, "American Express", []prefixRange{{"34", "34"}, {"37", "37"}}, []int{15}},
	{UnionPay, "UnionPay", []prefixRange{{"62", "62"}}, []int{16, 17, 18, 19}},
}

// rule returns the table row of network n.
func (n Network) rule() (networkRule, bool) {
	i := slices.IndexFunc(networkRules, func(r networkRule) bool { return r.network == n })
	if i < 0 {
		return networkRule{}, false
	}
	return networkRules[i], true
}

// Name returns the network's name as printed on cards ("Diners Club"), or
// "" for a network the demo does not know.
func (n Network) Name() string {
	r, _ := n.rule()
	return r.name
}

// Luhn reports whether digits, a string of ASCII digits, ends in a right
// Luhn check digit: double every second digit from the right, subtract 9
// from results above 9, and the sum must be a multiple of 10. Empty input
// and anything but digits fail.
func Luhn(digits string) bool {
	if !allDigits(digits) {
		return false
	}
	sum := 0
	for i := range len(digits) {
		d := int(digits[len(digits)-1-i] - '0')
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// NetworkOf returns the network of a card number by its leading digits, or
// "" if no network the demo knows starts that way. It reads digits only:
// strip separators first.
func NetworkOf(digits string) Network {
	for _, r := range networkRules {
		for _, p := range r.prefixes {
			if len(digits) < len(p.lo) || !allDigits(digits[:len(p.lo)]) {
				continue
			}
			if head := digits[:len(p.lo)]; p.lo <= head && head <= p.hi {
				return r.network
			}
		}
	}
	return ""
}

// CardInfo is what the demo keeps of a card: never the full number.
type CardInfo struct {
	Network     Network  `json:"network"`
	Last4       string   `json:"last4"`
	Bank        DemoBank `json:"bank"`
	LuhnWarning bool     `json:"luhnWarning,omitempty"` // a UnionPay number that fails Luhn
}

// CheckCard checks a card number as typed, with spaces or dashes between
// groups, and describes the card. It refuses anything but digits, numbers of
// no known network, lengths the network does not issue, and a wrong Luhn
// check digit, except on UnionPay cards: older ones may fail Luhn, so they
// pass with LuhnWarning set. Refusals, all on the field "number":
// ECARDDIGITS, ECARDNETWORK, ECARDLENGTH or ECARDLUHN.
func CheckCard(number string) (CardInfo, error) {
	if len(number) > maxCardInput {
		return CardInfo{}, FieldErrorf("number", ECARDLENGTH, "A card number has at most 19 digits.")
	}
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.TrimSpace(number))
	if !allDigits(digits) {
		return CardInfo{}, FieldErrorf("number", ECARDDIGITS, "Enter the card number using digits only.")
	}
	network := NetworkOf(digits)
	rule, ok := network.rule()
	if !ok {
		return CardInfo{}, FieldErrorf("number", ECARDNETWORK, "The demo does not know a card that starts with %s. Try Visa, Mastercard, JCB, Diners Club, Discover, American Express or UnionPay.", digits[:1])
	}
	if !slices.Contains(rule.lengths, len(digits)) {
		return CardInfo{}, FieldErrorf("number", ECARDLENGTH, "A %s card number has %s digits; this one has %d.", rule.name, orList(rule.lengths), len(digits))
	}
	luhn := Luhn(digits)
	if !luhn && network != UnionPay {
		return CardInfo{}, FieldErrorf("number", ECARDLUHN, "This card number has a typo: check each digit against the card.")
	}
	return CardInfo{
		Network:     network,
		Last4:       digits[len(digits)-4:],
		Bank:        BankOf(digits),
		LuhnWarning: !luhn,
	}, nil
}

// orList writes card lengths for a message: "16", "13, 16 or 19", "16 to 19".
func orList(ns []int) string {
	if len(ns) > 2 && ns[len(ns)-1]-ns[0] == len(ns)-1 {
		return strconv.Itoa(ns[0]) + " to " + strconv.Itoa(ns[len(ns)-1])
	}
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
