// Package floorpage is the floor's one component, the smallest go-app app
// there can be: a paragraph that marks itself live on mount as the demo
// does. The floor and the engine floor run it in the browser; the bench
// prerenders it natively for both.
package floorpage

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Page is the one component.
type Page struct{ app.Compo }

// Render implements app.Composer.
func (*Page) Render() app.UI { return app.P().Text("Floor") }

// OnMount sets the marks the demo sets on its first mount (app/runner
// markLive), which the bench times.
func (*Page) OnMount(app.Context) {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("live", "1")
	app.Window().Get("performance").Call("mark", "app-live")
}

// Run routes "/" to the page and, in a browser, runs the app.
func Run() {
	app.Route("/", func() app.Composer { return &Page{} })
	app.RunWhenOnBrowser()
}
