package webserve

import "strings"

// Prefixed resolves the app's paths under a path prefix. Unlike go-app's
// LocalDir it is no http.Handler, so go-app never serves files itself: the
// server's Files do.
type Prefixed string

// Resolve implements app.ResourceResolver.
func (p Prefixed) Resolve(location string) string {
	if strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://") {
		return location
	}
	if location == "" || location == "/" {
		return string(p) + "/"
	}
	return string(p) + "/" + strings.TrimLeft(location, "/")
}

// WasmPreload is the page header that asks for app.wasm as soon as the
// browser reads the page's head, rather than once app.js has come and
// run: over a phone's link, that is a round trip and more sooner. It
// matches app.js's fetch (same URL, mode cors, same-origin credentials),
// which then takes the preloaded response.
func (p Prefixed) WasmPreload() string {
	return `<link rel="preload" href="` + p.Resolve("/web/app.wasm") + `" as="fetch" crossorigin="anonymous">`
}
