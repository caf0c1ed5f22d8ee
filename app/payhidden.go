package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// payHidden explains why Pay and Services does not show, and how to make
// it show under the current rules.
func (p *page) payHidden(e wallet.EntryView) app.UI {
	st := runner.Store().Wallet()
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
