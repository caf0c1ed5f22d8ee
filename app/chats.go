package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// chats is the Chats tab, the app's home.
type chats struct{ page }

// Render implements app.Composer.
func (c *chats) Render() app.UI {
	return c.shell(screen{Title: c.t("tab.chats"), Tab: "/", Body: []app.UI{
		app.P().Class("empty").Text(c.t("chats.empty")),
	}})
}
