package app

import (
	"time"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// What the screens read of the engine beyond the state itself: the demo
// time, the rules, the Pay entry, and which field a refusal names.

// now is the demo time.
func (p *page) now() time.Time { return runner.Store().Now() }

// rules returns the ruleset the demo runs under.
func (p *page) rules() wallet.Ruleset {
	id := wallet.DefaultRuleset
	if st := runner.Store().Wallet(); st != nil {
		id = st.Ruleset
	}
	r, _ := wallet.LookupRuleset(id)
	return r
}

// walletRule is the ruleset's rule for the account's wallet.
func walletRule(st *wallet.State) (wallet.WalletRule, bool) {
	r, err := wallet.LookupRuleset(st.Ruleset)
	if err != nil {
		return wallet.WalletRule{}, false
	}
	return r.Wallet(st.Account.Wallet)
}

// entry is the Pay entry as the engine sees it now; the zero view (hidden)
// before onboarding.
func (p *page) entry() wallet.EntryView {
	st := runner.Store().Wallet()
	if st == nil {
		return wallet.EntryView{Stage: wallet.StageHidden}
	}
	return st.Entry(p.now())
}

// fieldErr is err in words when it names field, else "".
func (p *page) fieldErr(err error, field string) string {
	if err != nil && wallet.ErrorField(err) == field {
		return p.errText(err)
	}
	return ""
}
