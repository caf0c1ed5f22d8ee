// Package app is the demo's user interface: go-app components that call the
// wallet engine and render what it decides.
package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// routes maps every path to its screen. Every path is also precached by the
// service worker, so a deep link reloads offline.
var routes = []struct {
	Path string
	New  func() app.Composer
}{
	{"/", func() app.Composer { return &chats{} }},
	{"/contacts", func() app.Composer { return &contacts{} }},
	{"/discover", func() app.Composer { return &discover{} }},
	{"/me", func() app.Composer { return &me{} }},
	{"/services", func() app.Composer { return &services{} }},
	{"/settings", func() app.Composer { return &settings{} }},
}

// Register routes every screen; call it before app.RunWhenOnBrowser and
// before serving.
func Register() {
	for _, r := range routes {
		app.Route(r.Path, r.New)
	}
	// Any other path gets the app's own "not found" screen rather than a
	// bare error page; the server still answers it with status 404.
	app.RouteWithRegexp("^/", func() app.Composer { return &notFound{} })
}

// Paths lists every route, for precaching and the static export.
func Paths() []string {
	paths := make([]string, len(routes))
	for i, r := range routes {
		paths[i] = r.Path
	}
	return paths
}

// link is an anchor to one of the app's paths. The browser build adds the
// site's path prefix itself: go-app prefixes links only when rendering on
// the server.
func link(path string) app.HTMLA {
	if app.IsClient {
		path = strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
	}
	return app.A().Href(path)
}
