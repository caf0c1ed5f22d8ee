package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// maxSearch caps a search box.
const maxSearch = 60

// searchBox is a search field that filters a list as the user types: its
// text is a draft, and each keystroke renders the list again.
func (p *page) searchBox(id, label string) app.UI {
	return div("field search",
		app.Label().For(id).Class("field-label").Text(label),
		app.Input().ID(id).Type("search").Class("field-input").Value(shownValue(id, p.draft(id))).
			Attr("autocomplete", "off").MaxLength(maxSearch).
			OnInput(func(ctx app.Context, e app.Event) {
				v := runner.CapRunes(ctx.JSSrc().Get("value").String(), maxSearch)
				typed[id] = v
				p.pick(id, v)
			}, app.EventScope(id)),
	)
}

// regionMatches reports whether a region matches a search query by any of its
// names, its code or its calling code.
func regionMatches(r wallet.Region, q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for _, s := range []string{r.Name.EN, r.Name.Hans, r.Name.Hant, string(r.Code), r.Dial} {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}
