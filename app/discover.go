package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// discover is the Discover tab.
type discover struct{ page }

// Render implements app.Composer.
func (d *discover) Render() app.UI {
	return d.shell(screen{Title: d.t("tab.discover"), Tab: "/discover", Body: []app.UI{
		app.P().Class("empty").Text(d.t("discover.empty")),
	}})
}
