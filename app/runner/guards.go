package runner

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/store"
)

// maxParam caps a URL parameter's value: every value the demo reads from a
// URL (an id, a step, a name, a path to go back to) is far shorter.
const maxParam = 200

// cappedQuery is q without the values longer than maxParam, each dropped
// with a console warning, so the screens never see them.
func cappedQuery(q url.Values) url.Values {
	for k, vs := range q {
		for _, v := range vs {
			if len(v) > maxParam || len(k) > maxParam {
				store.Warn("walletdemo: ignoring a URL parameter longer than the demo reads")
				delete(q, k)
				break
			}
		}
	}
	return q
}

// Query returns the value of key in the page's URL ("" on the server).
func Query(key string) string {
	if !app.IsClient {
		return ""
	}
	return cappedQuery(app.Window().URL().Query()).Get(key)
}

// PageQuery is the query of the page's URL, read when the screen is
// navigated to.
func PageQuery(ctx app.Context) url.Values { return cappedQuery(ctx.Page().URL().Query()) }

// CapRunes is s cut to at most n characters: a field's maxlength binds only
// typing, not a script or an extension that sets its value.
func CapRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// LocalPath reports whether s is a path of this site to lead to (a "back"
// or "next" parameter): not another site's address ("//host", "/\host",
// "https:…"), and without control characters.
func LocalPath(s string) bool {
	if !strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, `/\`) || len(s) > maxParam {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f })
}
