package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is the screen of any path the app does not know, such as a
// mistyped deep link: it keeps the frame and offers the way home.
type notFound struct{ page }

// Render implements app.Composer.
func (n *notFound) Render() app.UI {
	return n.shell(screen{Title: n.t("notfound.title"), Tab: "/", Body: []app.UI{
		para("empty", n.t("notfound.text")),
		div("form", link("/").Class("btn btn-primary").Text(n.t("notfound.home"))),
	}})
}
