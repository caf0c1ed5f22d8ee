package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// walletStatus words each status of a wallet.
var walletStatus = map[wallet.WalletStatus]string{
	wallet.WalletYours:        "wallets.yours",
	wallet.WalletOpen:         "wallets.open",
	wallet.WalletSignUpsEnded: "wallets.signupsended",
	wallet.WalletClosed:       "wallets.closed",
}

// walletSwitch shows the ruleset's regional wallets side by side, each with
// its own currency and balance, and why they cannot be combined.
func walletSwitchView(w *page) app.UI {
	st := runner.Store().Wallet()
	var views []wallet.WalletView
	if st != nil {
		views = st.WalletViews(w.now())
	}
	return w.shell(screen{Title: w.t("wallets.title"), Back: "/wallet", Money: true, Body: []app.UI{
		note(w.t("wallets.intro")),
		app.Elem("ul").Class("wallet-grid").Body(app.Range(views).Slice(func(i int) app.UI {
			v := views[i]
			return app.Elem("li").Class("wallet-tile "+string(v.Status)).Body(
				app.P().Class("wallet-flag").Aria("hidden", "true").Text(wallet.FlagEmoji(v.Region)),
				app.Elem("h2").Class("wallet-name").Text(w.local(v.Name)),
				para("wallet-currency", string(v.Currency)),
				para("wallet-status", w.t(walletStatus[v.Status])),
				app.If(v.Status == wallet.WalletYours, func() app.UI {
					return para("wallet-balance", v.Balance.String())
				}),
				app.If(!v.SignUpsEnd.IsZero(), func() app.UI {
					return para("wallet-date", w.tf("wallets.signupsend", w.date(v.SignUpsEnd)))
				}),
				app.If(!v.Closes.IsZero(), func() app.UI {
					key := "wallets.closeson"
					if v.Status == wallet.WalletClosed {
						key = "wallets.closes"
					}
					return para("wallet-date", w.tf(key, w.date(v.Closes)))
				}),
			)
		})),
		note(w.t("wallets.apart")),
	}})
}
