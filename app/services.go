package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// services is Me > Pay and Services: the green panel with Money and Wallet.
type services struct{ page }

// Render implements app.Composer.
func (s *services) Render() app.UI {
	return s.shell(screen{Title: s.t("pay.title"), Back: "/me", Money: true, Body: []app.UI{
		app.Div().Class("pay-panel").Body(
			link("/services").Class("pay-tile").Body(app.Raw(iconMoney), app.Span().Text(s.t("pay.money"))),
			link("/services").Class("pay-tile").Body(app.Raw(iconWallet), app.Span().Text(s.t("pay.wallet"))),
		),
		app.P().Class("empty").Text(s.t("pay.comingsoon")),
	}})
}
