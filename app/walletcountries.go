package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

const draftCountryQuery = "countries.q"

// acceptance is the list that goes with the ruleset: the tutorial's count
// for 2020, the published list of 2022 for the current rules.
func (p *page) acceptance() wallet.Acceptance {
	if p.rules().ID == wallet.Rules2020 {
		return wallet.Acceptance2020
	}
	return wallet.Acceptance2022
}

// countriesView draws Wallet > Supported countries and regions: where merchants
// took the wallet, as of the date the ruleset's source gives, searchable.
func countriesView(c *page) app.UI {
	a := c.acceptance()
	list := a
	if len(list.Continents) == 0 {
		// The tutorial's list was a picture: show the nearest published one.
		list = wallet.Acceptance2022
	}
	q := c.draft(draftCountryQuery)
	found := 0
	var blocks []app.UI
	for _, cont := range list.Continents {
		var rows []app.UI
		for _, code := range cont.Regions {
			r, ok := wallet.LookupRegion(code)
			if !ok || !regionMatches(r, q) {
				continue
			}
			rows = append(rows, app.Elem("li").Class("country").Body(
				app.Span().Class("flag").Aria("hidden", "true").Text(wallet.FlagEmoji(code)),
				app.Span().Text(r.Name.In(string(runner.Lang()))),
			))
		}
		if len(rows) == 0 {
			continue
		}
		found += len(rows)
		blocks = append(blocks, app.Elem("section").Class("group country-block").Body(
			app.Elem("h2").Class("block-title").Text(c.local(cont.Name)),
			app.Elem("ul").Class("country-list").Body(rows...),
		))
	}
	asOf, _ := timeParseDay(a.AsOf)
	return c.shell(screen{Title: c.t("countries.title"), Back: "/wallet", Money: true, Body: []app.UI{
		para("note strong", c.tf("countries.count", a.Count, c.date(asOf))),
		app.If(len(a.Continents) == 0, func() app.UI {
			listDate, _ := timeParseDay(list.AsOf)
			return note(c.tf("countries.picture", c.date(listDate)))
		}),
		div("form", c.searchBox(draftCountryQuery, c.t("countries.search"))),
		app.P().Class("note").Aria("live", "polite").Text(c.tf("countries.found", found)),
		app.Div().Body(blocks...),
	}})
}
