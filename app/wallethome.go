package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// setupSteps says, for each stage of the account, what to do next.
var setupSteps = map[wallet.Stage]struct{ Text, Action, Href string }{
	wallet.StageOffered:        {"wallet.next.card", "cards.add", "/cards/add"},
	wallet.StageAuthenticating: {"wallet.next.verified", "cards.add", "/cards/add"},
	wallet.StageCardLinked:     {"wallet.next.pin", "pin.set", "/pin"},
	wallet.StagePINSet:         {"wallet.next.confirm", "pin.confirm", "/pin"},
}

// walletHomeView draws Me > Pay and Services > Wallet: the balance with top-up
// and withdrawal, the next set-up step, cards, bills and settings.
func walletHomeView(w *page) app.UI {
	e := w.entry()
	if !e.Shows() {
		return w.shell(screen{Title: w.t("pay.wallet"), Back: "/services", Money: true, Body: []app.UI{w.payHidden(e)}})
	}
	v := w.ownWallet(e)
	next, hasNext := setupSteps[e.Stage]
	cards := len(runner.Store().Wallet().Cards)
	return w.shell(screen{Title: w.t("pay.wallet"), Back: "/services", Money: true, Body: []app.UI{
		app.Elem("section").Class("balance-card").Aria("labelledby", "balance-label").Body(
			app.P().Class("balance-wallet").Body(
				app.Text(w.tf("wallet.name", w.regionLabel(v.Region), v.Currency)+" "),
				link("/wallets").Class("balance-switch").Text(w.t("wallet.switch")),
			),
			app.P().ID("balance-label").Class("balance-label").Text(w.t("wallet.balance")),
			para("balance-amount", v.Balance.String()),
			app.If(e.Held.Amount > 0, func() app.UI {
				return para("balance-held", w.tf("wallet.held", e.Held.String()))
			}),
			div("balance-actions",
				link("/topup").Class("btn btn-light").Text(w.t("wallet.topup")),
				link("/withdraw").Class("btn btn-light").Text(w.t("wallet.withdraw")),
			),
		),
		app.If(v.Status == wallet.WalletClosed, func() app.UI {
			return para("banner warn", w.tf("wallet.closed", w.regionName(v.Region), w.date(v.Closes)))
		}),
		w.activationCard(e),
		app.If(hasNext && (e.Deadline.IsZero() || e.Verified), func() app.UI {
			return app.Elem("section").Class("next-step").Body(
				app.P().Text(w.t(next.Text)),
				link(next.Href).Class("btn btn-primary").Text(w.t(next.Action)),
			)
		}),
		app.If(e.SpendOnly, func() app.UI { return note(w.t("wallet.spendonly")) }),
		group(
			cell("/cards", iconCard, w.tf("wallet.cards", cards)),
			cell("/bills", iconBills, w.t("wallet.bills")),
			cell("/paysettings", iconLock, w.t("paysettings.title")),
		),
		group(
			cell("/wallets", iconGlobe, w.t("wallets.title")),
			cell("/countries", iconPin, w.t("countries.title")),
		),
	}})
}

// ownWallet is the account's wallet as the wallet list shows it.
func (p *page) ownWallet(e wallet.EntryView) wallet.WalletView {
	for _, v := range runner.Store().Wallet().WalletViews(p.now()) {
		if v.Region == e.Wallet {
			return v
		}
	}
	return wallet.WalletView{Region: e.Wallet, Currency: e.Currency, Balance: wallet.Money{Currency: e.Currency}}
}

// Line icons of the wallet's rows.
const (
	iconCard  = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><path stroke="currentColor" stroke-width="1.6" d="M3 10h18M7 15h4"/></svg>`
	iconBills = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" d="M6 3h12v18l-3-2-3 2-3-2-3 2z"/><path stroke="currentColor" stroke-width="1.6" d="M9 8h6M9 12h6"/></svg>`
	iconLock  = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><path fill="none" stroke="currentColor" stroke-width="1.6" d="M8 10V7a4 4 0 018 0v3"/></svg>`
	iconGlobe = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path fill="none" stroke="currentColor" stroke-width="1.6" d="M3.5 12h17M12 3.5c3 3 3 14 0 17M12 3.5c-3 3-3 14 0 17"/></svg>`
	iconPin   = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" d="M12 21s-6-5.5-6-11a6 6 0 0112 0c0 5.5-6 11-6 11z"/><circle cx="12" cy="10" r="2.2" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`
)
