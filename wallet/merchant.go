package wallet

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Merchant is a shop that takes payments. Its id names its ledger party.
type Merchant struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Limits of what a merchant QR code may carry, so a hostile code cannot
// bloat the state.
const (
	MaxQRLength     = 512
	maxMerchantID   = 32
	maxMerchantName = 40
	maxQRExpiryUnix = 1 << 40
	merchantQRPath  = "/pay"
)

// Merchants returns the demo's shops.
func Merchants() []Merchant {
	return []Merchant{
		{ID: "lucky-bean", Name: "Lucky Bean Coffee"},
		{ID: "jade-noodles", Name: "Jade Garden Noodles"},
		{ID: "metro", Name: "City Metro"},
		{ID: "bookshop", Name: "Paper Lantern Books"},
	}
}

// validate refuses an id that is not 1–32 letters, digits, '-' or '_', and a
// name that is empty, too long or holds control characters.
func (m Merchant) validate() error {
	if !isToken(m.ID, maxMerchantID) {
		return FieldErrorf("merchant", EINVALID, "A merchant id is 1 to %d letters, digits, '-' or '_'.", maxMerchantID)
	}
	if !utf8.ValidString(m.Name) || m.Name == "" || utf8.RuneCountInString(m.Name) > maxMerchantName ||
		strings.ContainsFunc(m.Name, unicode.IsControl) {
		return FieldErrorf("merchant", EINVALID, "A merchant name is 1 to %d characters.", maxMerchantName)
	}
	return nil
}

func isToken(s string, max int) bool {
	if s == "" || len(s) > max {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// MerchantQR is what a merchant's QR code says. A static code has no Order:
// the payer types the amount unless Amount fixes it, and it pays any number
// of times. A dynamic order code has an Order, a fixed Amount and an
// Expiry, and pays once.
type MerchantQR struct {
	Merchant Merchant
	Currency Currency
	Amount   Amount    // zero: the payer types it
	Order    string    // empty for a static code
	Expires  time.Time // zero for a static code
}

// NewOrderQR makes a dynamic order code for m, valid for the ruleset's order
// validity from now.
func (r Ruleset) NewOrderQR(m Merchant, money Money, order string, now time.Time) MerchantQR {
	return MerchantQR{Merchant: m, Currency: money.Currency, Amount: money.Amount, Order: order, Expires: now.Add(r.OrderValidity).Truncate(time.Second).UTC()}
}

// EncodeMerchantQR writes q as the relative URL the app opens:
// /pay?m=<id>&n=<name>&a=<minor units>&o=<order>&exp=<unix>&cur=<currency>,
// leaving out what q does not have. A presenter prefixes it with the demo's
// own address.
func EncodeMerchantQR(q MerchantQR) string {
	v := [][2]string{{"m", q.Merchant.ID}, {"n", q.Merchant.Name}}
	if q.Amount != 0 {
		v = append(v, [2]string{"a", strconv.FormatInt(int64(q.Amount), 10)})
	}
	if q.Order != "" {
		v = append(v, [2]string{"o", q.Order}, [2]string{"exp", strconv.FormatInt(q.Expires.Unix(), 10)})
	}
	v = append(v, [2]string{"cur", string(q.Currency)})
	parts := make([]string, 0, len(v))
	for _, kv := range v {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+url.QueryEscape(kv[1]))
		}
	}
	return merchantQRPath + "?" + strings.Join(parts, "&")
}

// ParseMerchantQR reads a merchant QR code: the relative /pay?... or an
// absolute http(s) URL whose path ends in /pay. It is strict: at most
// MaxQRLength bytes, every key known and given once, a merchant id (m), a
// known currency (cur), an optional name (n), an optional amount in minor
// units (a), and for an order (o) both an amount and an expiry (exp, unix
// seconds). It refuses with EINVALID, on the field "qr", or on "merchant"
// for a bad merchant id or name.
func ParseMerchantQR(raw string) (MerchantQR, error) {
	bad := func(format string, args ...any) (MerchantQR, error) {
		return MerchantQR{}, FieldErrorf("qr", EINVALID, "This is not a merchant code of the demo: "+format+".", args...)
	}
	if len(raw) > MaxQRLength {
		return bad("it is longer than %d characters", MaxQRLength)
	}
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" || u.User != nil || strings.Contains(raw, "#") {
		return bad("the address is malformed")
	}
	switch {
	case u.Scheme == "" && u.Host == "" && u.Path == merchantQRPath:
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && strings.HasSuffix(u.Path, merchantQRPath):
	default:
		return bad("it does not lead to /pay")
	}
	values, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return bad("the query is malformed")
	}
	for k, vs := range values {
		if !slices.Contains([]string{"m", "n", "a", "o", "exp", "cur"}, k) || len(vs) != 1 {
			return bad("the key %q is unknown or repeated", k)
		}
	}
	q := MerchantQR{Merchant: Merchant{ID: values.Get("m"), Name: values.Get("n")}, Currency: Currency(values.Get("cur")), Order: values.Get("o")}
	if q.Merchant.Name == "" {
		q.Merchant.Name = merchantName(q.Merchant.ID)
	}
	if err := q.Merchant.validate(); err != nil {
		return MerchantQR{}, err
	}
	if _, ok := LookupCurrency(q.Currency); !ok {
		return bad("the currency %q is unknown", q.Currency)
	}
	if values.Has("a") {
		a, ok := parseCount(values.Get("a"), int64(MaxAmount))
		if !ok {
			return bad("the amount is not a whole number of minor units from 1")
		}
		q.Amount = Amount(a)
	}
	switch {
	case values.Has("o") != values.Has("exp") || values.Has("o") && !values.Has("a"):
		return bad("an order needs an amount and an expiry")
	case !values.Has("o"):
		return q, nil
	case !isToken(q.Order, maxMerchantID):
		return bad("the order id is 1 to %d letters, digits, '-' or '_'", maxMerchantID)
	}
	exp, ok := parseCount(values.Get("exp"), maxQRExpiryUnix)
	if !ok {
		return bad("the expiry is not a time")
	}
	q.Expires = time.Unix(exp, 0).UTC()
	return q, nil
}

// parseCount reads a decimal number from 1 to max with no sign, no leading
// zero and nothing else.
func parseCount(s string, max int64) (int64, bool) {
	if s == "" || s[0] == '0' || !allDigits(s) || len(s) > 19 {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n <= max
}

// merchantName names a demo merchant by id, or uses the id itself.
func merchantName(id string) string {
	for _, m := range Merchants() {
		if m.ID == id {
			return m.Name
		}
	}
	return id
}

// StartQRPayment opens the payment a scanned merchant code asks for. A code
// with a fixed amount charges it; a static code without one charges amount,
// typed by the payer. An order code pays once and not after its expiry;
// scanning it again while unpaid reopens the same payment. Refusals: those
// of StartOrder but for the kind (ESTAGE, ECLOSED, EINVALID, ECURRENCY,
// ELIMIT); EEXPIRED past the order's expiry, EUSED once it is paid.
func (s *State) StartQRPayment(q MerchantQR, amount Amount, now time.Time) (Payment, []Event, error) {
	if q.Amount != 0 {
		amount = q.Amount
	}
	return s.startPayment(Payment{Kind: PayQR, Merchant: q.Merchant, Money: Money{amount, q.Currency}, Order: q.Order, Expires: q.Expires}, now)
}
