package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// contacts is the Contacts tab.
type contacts struct{ page }

// Render implements app.Composer.
func (c *contacts) Render() app.UI {
	return c.shell(screen{Title: c.t("tab.contacts"), Tab: "/contacts", Body: []app.UI{
		app.P().Class("empty").Text(c.t("contacts.empty")),
	}})
}
