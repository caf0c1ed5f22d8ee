package wallet

import (
	"slices"
	"time"
)

// RulesetID names a ruleset: "2020" or "2024".
type RulesetID string

// The rulesets the demo ships.
const (
	Rules2020 RulesetID = "2020"
	Rules2024 RulesetID = "2024"
)

// DefaultRuleset is the ruleset of the tutorial the project started from.
const DefaultRuleset = Rules2020

// Ruleset is every number and switch the engine reads. The engine has no rule
// of its own: a rule that is not a field here is not a rule.
type Ruleset struct {
	ID    RulesetID
	Title LocalName

	// Wallets are the regional wallets, each with its own currency.
	Wallets []WalletRule

	// OverseasWallet is the wallet an account registered outside every open
	// wallet's region can activate.
	OverseasWallet RegionCode
	// ActivateByMoney: such accounts see Pay only after accepting a red
	// packet or transfer, and lose it again unless they pass real-name
	// authentication within ActivationWindow (ruleset 2020).
	ActivateByMoney  bool
	ActivationWindow time.Duration
	// PaySwitch: any account can turn Pay on in settings (ruleset 2024).
	PaySwitch bool

	// ForeignCards are the networks a card issued outside the overseas
	// wallet's region may belong to and still be linked there, even before
	// real-name authentication. Empty: only cards issued in the region.
	ForeignCards []Network
	// ForeignLimits cap foreign-card payments, in ForeignLimits' currency.
	ForeignLimits ForeignCardLimits
	// ForeignFeeFreeUpTo is the largest payment with no foreign-card fee;
	// above it ForeignFeeBasisPoints of the whole amount is charged.
	ForeignFeeFreeUpTo    Amount
	ForeignFeeBasisPoints int64
	// ForeignSpendOnly: an account whose only cards are foreign cannot send
	// or accept red packets and transfers, top up or withdraw.
	ForeignSpendOnly bool

	PINLength   int
	PINMaxTries int           // wrong PINs in a row that lock payments
	PINLockout  time.Duration // how long they stay locked (demo time)

	PayCodePrefixLength int
	PayCodeLength       int
	PayCodeLifetime     time.Duration // a new code after this long
	PasswordFreePerDay  int           // Quick Pay payments a day without PIN

	OrderValidity    time.Duration // dynamic QR orders and in-app orders
	PacketExpiry     time.Duration // unclaimed red packet money returns after
	PacketMaxCount   int           // shares of one group red packet
	TransferExpiry   time.Duration // an unaccepted transfer returns after
	WithdrawFeeBasis int64         // basis points of the amount over the free quota

	// MaxAmount caps any one amount, so sums never overflow.
	MaxAmount Amount

	// Zone is where days (password-free count) and years (card limits) start.
	Zone *time.Location
}

// WalletRule is one regional wallet of a ruleset.
type WalletRule struct {
	Region   RegionCode
	Currency Currency
	// SignUpsEnd and Closes are zero when the ruleset sets no such date.
	// From SignUpsEnd no account can open the wallet; from Closes the wallet
	// refuses everything.
	SignUpsEnd time.Time
	Closes     time.Time
	// ResidentID is the identity document of an account registered in the
	// wallet's region; everyone else authenticates with a passport.
	ResidentID IDType
	// PayCodePrefixes start this wallet's Quick Pay codes. OwnPrefixes
	// marks prefixes the demo made up (South Africa, Malaysia: the real
	// ones are not published), which the app says.
	PayCodePrefixes []string
	OwnPrefixes     bool
	// PasswordFreeMax is the largest Quick Pay payment without PIN.
	PasswordFreeMax Amount
	// PacketMax is the most one red packet may hold.
	PacketMax Amount
	// WithdrawFreeQuota is the lifetime amount per identity withdrawn for
	// free; after it WithdrawFeeMin is the smallest fee. A zero quota and
	// zero minimum mean withdrawing is free.
	WithdrawFreeQuota Amount
	WithdrawFeeMin    Amount
}

// ForeignCardLimits are the caps on paying with a foreign card, per payment
// and per calendar year, before and after real-name authentication.
// Payments are converted at Rate minor units of the wallet currency per one
// whole unit of Currency (a demo rate).
type ForeignCardLimits struct {
	Currency             Currency
	Rate                 Amount
	UnverifiedPerPayment Amount
	UnverifiedPerYear    Amount
	VerifiedPerPayment   Amount
	VerifiedPerYear      Amount
}

// chinaTime is UTC+8, fixed, so the demo needs no time zone database.
var chinaTime = time.FixedZone("UTC+8", 8*60*60)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, chinaTime).UTC()
}

// units returns whole units (yuan, dollars) as minor units, so the rule
// tables read as the rules are written.
func units(n int64) Amount { return Amount(n * 100) }

func mainlandWallet() WalletRule {
	return WalletRule{
		Region: Mainland, Currency: CNY, ResidentID: IDMainland,
		PayCodePrefixes:   []string{"10", "11", "12", "13", "14"},
		PasswordFreeMax:   units(1000),
		PacketMax:         units(200),
		WithdrawFreeQuota: units(1000),
		WithdrawFeeMin:    10,
	}
}

func hongKongWallet() WalletRule {
	return WalletRule{
		Region: HongKong, Currency: HKD, ResidentID: IDHongKong,
		PayCodePrefixes: []string{"15"},
		PasswordFreeMax: units(1000),
		PacketMax:       units(200),
	}
}

func southAfricaWallet() WalletRule {
	return WalletRule{
		Region: SouthAfrica, Currency: ZAR, ResidentID: IDSouthAfrica,
		PayCodePrefixes: []string{"16"},
		OwnPrefixes:     true,
		PasswordFreeMax: units(2000),
		PacketMax:       units(500),
	}
}

func malaysiaWallet() WalletRule {
	return WalletRule{
		Region: Malaysia, Currency: MYR, ResidentID: IDMyKad,
		PayCodePrefixes: []string{"17"},
		OwnPrefixes:     true,
		PasswordFreeMax: units(500),
		PacketMax:       units(100),
	}
}

// common returns the rules both rulesets share.
func common(id RulesetID, title LocalName) Ruleset {
	return Ruleset{
		ID: id, Title: title,
		OverseasWallet:      Mainland,
		PINLength:           6,
		PINMaxTries:         5,
		PINLockout:          3 * time.Hour,
		PayCodePrefixLength: 2,
		PayCodeLength:       18,
		PayCodeLifetime:     60 * time.Second,
		PasswordFreePerDay:  10,
		OrderValidity:       2 * time.Hour,
		PacketExpiry:        24 * time.Hour,
		TransferExpiry:      24 * time.Hour,
		PacketMaxCount:      100,
		WithdrawFeeBasis:    10,
		MaxAmount:           units(1_000_000),
		Zone:                chinaTime,
	}
}

func ruleset2020() Ruleset {
	r := common(Rules2020, LocalName{
		EN:   "As in the tutorial (May 2020)",
		Hans: "教程中的规则（2020年5月）",
		Hant: "教學中的規則（2020年5月）",
	})
	r.Wallets = []WalletRule{mainlandWallet(), hongKongWallet(), southAfricaWallet(), malaysiaWallet()}
	r.ActivateByMoney = true
	r.ActivationWindow = 24 * time.Hour
	return r
}

func ruleset2024() Ruleset {
	r := common(Rules2024, LocalName{
		EN:   "Current rules",
		Hans: "现行规则",
		Hant: "現行規則",
	})
	za, my := southAfricaWallet(), malaysiaWallet()
	za.SignUpsEnd, za.Closes = day(2020, time.June, 30), day(2020, time.June, 30)
	my.SignUpsEnd, my.Closes = day(2024, time.August, 1), day(2024, time.September, 1)
	r.Wallets = []WalletRule{mainlandWallet(), hongKongWallet(), za, my}
	r.PaySwitch = true
	r.ForeignCards = []Network{Visa, Mastercard, JCB, Diners, Discover}
	r.ForeignLimits = ForeignCardLimits{
		Currency:             USD,
		Rate:                 720,
		UnverifiedPerPayment: units(1000),
		UnverifiedPerYear:    units(10000),
		VerifiedPerPayment:   units(5000),
		VerifiedPerYear:      units(50000),
	}
	r.ForeignFeeFreeUpTo = units(200)
	r.ForeignFeeBasisPoints = 300
	r.ForeignSpendOnly = true
	return r
}

// Rulesets returns every ruleset, the default first.
func Rulesets() []Ruleset { return []Ruleset{ruleset2020(), ruleset2024()} }

// LookupRuleset returns the ruleset named id, or an error with code
// EUNKNOWNRULES.
func LookupRuleset(id RulesetID) (Ruleset, error) {
	for _, r := range Rulesets() {
		if r.ID == id {
			return r, nil
		}
	}
	return Ruleset{}, FieldErrorf("ruleset", EUNKNOWNRULES, "The demo has no ruleset %q.", id)
}

// Wallet returns the rule of the wallet of region, if the ruleset has one.
func (r Ruleset) Wallet(region RegionCode) (WalletRule, bool) {
	i := slices.IndexFunc(r.Wallets, func(w WalletRule) bool { return w.Region == region })
	if i < 0 {
		return WalletRule{}, false
	}
	return r.Wallets[i], true
}

// OpenForSignUp reports whether an account can open the wallet at now.
func (w WalletRule) OpenForSignUp(now time.Time) bool {
	return (w.SignUpsEnd.IsZero() || now.Before(w.SignUpsEnd)) && !w.ClosedAt(now)
}

// ClosedAt reports whether the wallet has closed by now.
func (w WalletRule) ClosedAt(now time.Time) bool {
	return !w.Closes.IsZero() && !now.Before(w.Closes)
}

// HomeWallet returns the wallet an account registered in region gets
// without asking: its own region's wallet while that is open for sign-up.
func (r Ruleset) HomeWallet(region RegionCode, now time.Time) (WalletRule, bool) {
	w, ok := r.Wallet(region)
	if !ok || !w.OpenForSignUp(now) {
		return WalletRule{}, false
	}
	return w, true
}

// AcceptsForeign reports whether a card of network, issued outside the
// overseas wallet's region, can be linked there.
func (r Ruleset) AcceptsForeign(n Network) bool { return slices.Contains(r.ForeignCards, n) }
