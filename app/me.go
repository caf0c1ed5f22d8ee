package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// me is the Me tab: the account and the way into Pay and Services.
type me struct{ page }

// Render implements app.Composer.
func (m *me) Render() app.UI {
	return m.shell(screen{Title: m.t("tab.me"), Tab: "/me", Body: []app.UI{
		app.Div().Class("profile").Body(
			app.Img().Class("avatar").Src("/web/icons/icon-192.png").Alt(""),
			app.Div().Body(
				app.P().Class("profile-name").Text(m.t("me.guest")),
			),
		),
		group(cell("/services", iconWallet, m.t("me.pay"))),
		group(cell("/settings", "", m.t("me.settings"))),
	}})
}
