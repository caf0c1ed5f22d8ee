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
