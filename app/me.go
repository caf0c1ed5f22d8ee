package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
)

// meView draws the Me tab: the account and the way into Pay and Services, which
// shows only when the rules say so.
func meView(m *page) app.UI {
	st := runner.Store().Wallet()
	name, sub := m.t("me.guest"), ""
	if st != nil {
		name = st.Persona.Name
		sub = m.regionLabel(st.Persona.Region) + " · " + m.local(m.rules().Title)
	}
	e := m.entry()
	return m.shell(screen{Title: m.t("tab.me"), Tab: "/me", Body: []app.UI{
		div("profile",
			app.Img().Class("avatar").Src("/web/icons/icon-192.png").Alt("").Attr("role", "presentation"),
			app.Div().Body(
				para("profile-name", name),
				app.If(sub != "", func() app.UI { return para("profile-sub", sub) }),
			),
		),
		app.If(e.Shows(), func() app.UI {
			return app.Div().Body(
				m.activationCard(e),
				group(cell("/services", iconWallet, m.t("me.pay"))),
			)
		}).Else(func() app.UI { return m.payHidden(e) }),
		group(cell("/tours", "", m.t("tours.title")), cell("/settings", "", m.t("me.settings"))),
		m.installOffer(),
	}})
}
