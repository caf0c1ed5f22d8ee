package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is the screen of any path the app does not know, such as a
// mistyped deep link: it keeps the frame and offers the way home.
type notFound struct{ page }

// Render implements app.Composer.
func (n *notFound) Render() app.UI {
	return n.shell(screen{Title: n.t("notfound.title"), Tab: "/", Body: []app.UI{
		app.P().Class("empty").Text(n.t("notfound.text")),
		app.Div().Class("form").Body(link("/").Class("btn btn-primary").Text(n.t("notfound.home"))),
	}})
}
