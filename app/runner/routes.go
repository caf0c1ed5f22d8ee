package runner

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Prefixed adds the site's path prefix to path in the browser build: go-app
// prefixes links only when rendering on the server, and a static host may
// serve the demo under a path.
func Prefixed(path string) string {
	if app.IsClient {
		path = rootPrefix() + path
	}
	return path
}

// Navigate goes to one of the app's paths from code, keeping the prefix.
func Navigate(ctx app.Context, path string) { ctx.Navigate(Prefixed(path)) }

// Route is the app's path of the current page, without the site's path
// prefix.
func Route(ctx app.Context) string { return routeOf(ctx.Page().URL().Path) }

// PageRoute is the app's path of the page the browser shows, before any
// screen has mounted.
func PageRoute() string { return routeOf(app.Window().URL().Path) }

// routeOf is the app's path of the URL path p.
func routeOf(p string) string {
	if app.IsClient {
		p = strings.TrimPrefix(p, rootPrefix())
	}
	if p == "" {
		p = "/"
	}
	return p
}

// rootPrefix is the site's path prefix, without its trailing slash.
func rootPrefix() string { return strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/") }
