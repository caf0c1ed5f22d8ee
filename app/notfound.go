package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFoundView draws the screen of any path the app does not know, such as a
// mistyped deep link: it keeps the frame and offers the way home.
func notFoundView(n *page) app.UI {
	return n.shell(screen{Title: n.t("notfound.title"), Tab: "/", Body: []app.UI{
		para("empty", n.t("notfound.text")),
		div("form", link("/").Class("btn btn-primary").Text(n.t("notfound.home"))),
	}})
}
