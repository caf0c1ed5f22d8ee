package wallet

import "time"

// WalletStatus is how a ruleset's wallet stands for this account.
type WalletStatus string

// The wallet statuses, by precedence: a closed wallet shows as closed even
// when it is the account's.
const (
	WalletClosed       WalletStatus = "closed"         // closed on Closes
	WalletSignUpsEnded WalletStatus = "sign_ups_ended" // open to its accounts, no new ones since SignUpsEnd
	WalletYours        WalletStatus = "yours"          // the account's wallet
	WalletOpen         WalletStatus = "open"           // open, for accounts of its region
)

// WalletView is one wallet of the ruleset as the wallet list shows it.
type WalletView struct {
	Region     RegionCode
	Name       LocalName
	Currency   Currency
	Status     WalletStatus
	SignUpsEnd time.Time // zero when none
	Closes     time.Time // zero when none
	Balance    Money     // the account's balance; zero for other wallets
}

// WalletViews lists the ruleset's wallets at now, the account's own with its
// balance, closed ones with their dates.
func (s *State) WalletViews(now time.Time) []WalletView {
	t := s.at(now)
	var views []WalletView
	for _, rule := range t.rules().Wallets {
		v := WalletView{Region: rule.Region, Currency: rule.Currency, SignUpsEnd: rule.SignUpsEnd, Closes: rule.Closes,
			Balance: Money{0, rule.Currency}, Status: WalletOpen}
		if r, ok := LookupRegion(rule.Region); ok {
			v.Name = r.Name
		}
		if w := t.wallet(rule.Region); w != nil {
			v.Balance.Amount = w.Balance
		}
		switch {
		case rule.ClosedAt(now):
			v.Status = WalletClosed
		case !rule.OpenForSignUp(now) && t.wallet(rule.Region) == nil:
			v.Status = WalletSignUpsEnded
		case rule.Region == t.Account.Wallet && t.Account.Stage != StageHidden && t.Account.Stage != StageLapsed:
			v.Status = WalletYours
		}
		views = append(views, v)
	}
	return views
}
