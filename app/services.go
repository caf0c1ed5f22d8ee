package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// servicesView draws Me > Pay and Services: the green panel with Money (Quick Pay
// and receiving) and Wallet.
func servicesView(s *page) app.UI {
	e := s.entry()
	return s.shell(screen{Title: s.t("pay.title"), Back: "/me", Money: true, Body: []app.UI{
		app.If(e.Shows(), func() app.UI {
			return app.Div().Body(
				div("pay-panel",
					link("/money").Class("pay-tile").Body(app.Raw(iconMoney), app.Span().Text(s.t("pay.money"))),
					link("/wallet").Class("pay-tile").Body(app.Raw(iconWallet), app.Span().Text(s.t("pay.wallet"))),
				),
				s.activationCard(e),
			)
		}).Else(func() app.UI { return s.payHidden(e) }),
	}})
}
