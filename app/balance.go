package app

import (
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// balanceOf is the account's wallet balance as the engine reports it.
func balanceOf(st *wallet.State) wallet.Money {
	now := runner.Store().Now()
	for _, w := range st.WalletViews(now) {
		if w.Region == st.Account.Wallet {
			return w.Balance
		}
	}
	return wallet.Money{Currency: st.Entry(now).Currency}
}
