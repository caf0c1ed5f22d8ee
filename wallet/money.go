package wallet

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
