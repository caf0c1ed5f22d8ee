// Command floor is the bench's baseline: the smallest go-app app there can
// be, one component that marks itself live on mount as the demo does. The
// bench builds it to wasm with the demo's flags and serves it itself, so
// natively it does nothing.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// floor is the one component. The bench prerenders the same markup for it.
type floor struct{ app.Compo }

func (*floor) Render() app.UI { return app.P().Text("Floor") }

// OnMount sets the marks the demo sets on its first mount (app/page.go
// markLive), which the bench times.
func (*floor) OnMount(app.Context) {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("live", "1")
	app.Window().Get("performance").Call("mark", "app-live")
}

func main() {
	app.Route("/", func() app.Composer { return &floor{} })
	app.RunWhenOnBrowser()
}
