package wallet

import (
	"strconv"
	"strings"
)

// Currency is an ISO 4217 code of a currency the demo knows.
type Currency string

// Currencies the demo's wallets and limits use.
const (
	CNY Currency = "CNY"
	HKD Currency = "HKD"
	ZAR Currency = "ZAR"
	MYR Currency = "MYR"
	USD Currency = "USD"
)

// Amount is a sum of money in the currency's minor unit (fen, cents, sen).
// Money is never a float anywhere in the demo.
type Amount int64

// Money is an Amount in a Currency.
type Money struct {
	Amount   Amount   `json:"amount"`
	Currency Currency `json:"currency"`
}

// CurrencyInfo describes how a currency is written.
type CurrencyInfo struct {
	Code   Currency
	Symbol string // "¥", "HK$", "R", "RM", "US$"
	Digits int    // minor-unit digits; 2 for every currency the demo uses
}

// currencies is the table Format and Parse read.
var currencies = map[Currency]CurrencyInfo{
	CNY: {CNY, "¥", 2},
	HKD: {HKD, "HK$", 2},
	ZAR: {ZAR, "R", 2},
	MYR: {MYR, "RM", 2},
	USD: {USD, "US$", 2},
}

// LookupCurrency returns the description of c and whether the demo knows it.
func LookupCurrency(c Currency) (CurrencyInfo, bool) {
	info, ok := currencies[c]
	return info, ok
}

// Codes of the errors ParseAmount returns, all with Field "amount".
const (
	EAMOUNT          = "amount_invalid"   // empty, or not a number
	EAMOUNTNEGATIVE  = "amount_negative"  // a minus sign
	EAMOUNTPRECISION = "amount_precision" // more decimals than the currency has
	EAMOUNTTOOLARGE  = "amount_too_large" // above MaxAmount
	ECURRENCYUNKNOWN = "currency_unknown" // a currency the demo does not know
)

// MaxAmount is the largest amount ParseAmount accepts, in minor units
// (¥10,000,000,000.00): far above any demo limit, far below int64 overflow.
const MaxAmount Amount = 1_000_000_000_000

// maxAmountInput caps what ParseAmount reads; the longest sensible input
// ("CNY 10,000,000,000.00" with spaces) is well under it.
const maxAmountInput = 64

// symbolAliases are further prefixes people type for a currency besides its
// symbol and ISO code.
var symbolAliases = map[Currency][]string{
	CNY: {"￥", "RMB"},
}

// ParseAmount reads an amount typed by a person in currency c: "12",
// "12.5", "12.50", "1,234.50", with an optional prefix (the currency's
// symbol, its ISO code or a common alias, in any case) and spaces around.
// Commas must group thousands; a decimal point needs a digit on each side.
// It refuses negatives, more decimals than the currency has, empty input,
// anything else, and amounts above MaxAmount. Zero is a valid amount: whether
// zero may be paid is the caller's rule. Refusals, all on the field
// "amount": ECURRENCYUNKNOWN for c, EAMOUNT, EAMOUNTNEGATIVE,
// EAMOUNTPRECISION or EAMOUNTTOOLARGE for s.
func ParseAmount(s string, c Currency) (Amount, error) {
	info, ok := LookupCurrency(c)
	if !ok {
		return 0, FieldErrorf("amount", ECURRENCYUNKNOWN, "The demo does not know the currency %q.", c)
	}
	return parseAmount(s, info)
}

// parseAmount is ParseAmount for a described currency.
func parseAmount(s string, info CurrencyInfo) (Amount, error) {
	if len(s) > maxAmountInput {
		return 0, FieldErrorf("amount", EAMOUNT, "That is too long to be an amount.")
	}
	s = strings.TrimSpace(s)
	rest := strings.TrimSpace(trimSymbol(strings.TrimPrefix(s, "-"), info))
	// A minus may stand before the symbol ("-¥1") or after it ("¥-1").
	if strings.HasPrefix(s, "-") || strings.HasPrefix(rest, "-") {
		return 0, FieldErrorf("amount", EAMOUNTNEGATIVE, "Enter the amount without a minus sign.")
	}
	if rest == "" {
		return 0, FieldErrorf("amount", EAMOUNT, "Enter an amount.")
	}
	whole, frac, hasPoint := strings.Cut(rest, ".")
	if !groupedDigits(whole) || hasPoint && !allDigits(frac) {
		return 0, FieldErrorf("amount", EAMOUNT, "Enter an amount like 12.50.")
	}
	if len(frac) > info.Digits {
		return 0, FieldErrorf("amount", EAMOUNTPRECISION, "%s amounts have at most %d decimal places.", info.Code, info.Digits)
	}
	frac += strings.Repeat("0", info.Digits-len(frac))
	var a Amount
	for _, r := range strings.ReplaceAll(whole, ",", "") + frac {
		a = a*10 + Amount(r-'0')
		if a > MaxAmount {
			return 0, FieldErrorf("amount", EAMOUNTTOOLARGE, "That amount is too large for the demo.")
		}
	}
	return a, nil
}

// trimSymbol removes one currency prefix from s, if s starts with one.
func trimSymbol(s string, info CurrencyInfo) string {
	for _, p := range append([]string{info.Symbol, string(info.Code)}, symbolAliases[info.Code]...) {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return s[len(p):]
		}
	}
	return s
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// groupedDigits reports whether s is digits, either plain or grouped in
// threes by commas ("1234", "1,234"; not "12,34" or ",123").
func groupedDigits(s string) bool {
	groups := strings.Split(s, ",")
	if len(groups) == 1 {
		return allDigits(s)
	}
	if len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// String formats m for people: "¥1,234.50", "HK$12.00", "-¥1.00".
func (m Money) String() string {
	return FormatAmount(m.Amount, m.Currency)
}

// FormatAmount writes a in currency c with its symbol, thousands grouped by
// commas and all its decimals: "US$1,000.00". A currency the demo does not
// know is written with its code and two decimals ("EUR 3.00") so that a
// bad value still shows rather than vanishes.
func FormatAmount(a Amount, c Currency) string {
	info, ok := LookupCurrency(c)
	if !ok {
		info = CurrencyInfo{Code: c, Digits: 2}
		if c != "" {
			info.Symbol = string(c) + " "
		}
	}
	return formatAmount(a, info)
}

// formatAmount is FormatAmount for a described currency.
func formatAmount(a Amount, info CurrencyInfo) string {
	var b strings.Builder
	u := uint64(a)
	if a < 0 {
		b.WriteByte('-')
		u = -u // two's complement: right even for the smallest int64
	}
	b.WriteString(info.Symbol)
	digits := strconv.FormatUint(u, 10)
	if len(digits) <= info.Digits {
		digits = strings.Repeat("0", info.Digits-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-info.Digits], digits[len(digits)-info.Digits:]
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if info.Digits > 0 {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
