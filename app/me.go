package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/wallet"
)

// meView draws the Me tab: the account and the way into Pay and Services, which
// shows only when the rules say so.
func meView(m *page) app.UI {
	st := currentStore().Wallet()
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

// payHidden explains why Pay and Services does not show, and how to make
// it show under the current rules.
func (p *page) payHidden(e wallet.EntryView) app.UI {
	st := currentStore().Wallet()
	var text, href, action string
	switch {
	case st == nil:
		text, href, action = p.t("me.hidden.nopersona"), "/welcome", p.t("me.hidden.pick")
	case e.Stage == wallet.StageLapsed:
		text, href, action = p.t("me.hidden.lapsed"), "/", p.t("me.hidden.chats")
	case e.CanTurnOn:
		text, href, action = p.t("me.hidden.switch"), "/settings", p.t("me.hidden.settings")
	default:
		text, href, action = p.tf("me.hidden.money", p.regionName(st.Persona.Region)), "/", p.t("me.hidden.chats")
	}
	return app.Section().Class("group hidden-pay").Aria("labelledby", "pay-hidden").Body(
		app.H2().ID("pay-hidden").Class("hidden-title").Text(p.t("me.pay")+" — "+p.t("me.hidden.title")),
		para("hidden-text", text),
		link(href).Class("hidden-link").Text(action),
	)
}
