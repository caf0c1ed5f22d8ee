package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// discoverView draws the Discover tab: the demo shops, one per payment type, and
// the way to scan.
func discoverView(d *page) app.UI {
	return d.shell(screen{Title: d.t("tab.discover"), Tab: "/discover", Body: []app.UI{
		group(cell("/scan", iconMoney, d.t("scan.title"))),
		app.Elem("h2").Class("group-title").Text(d.t("discover.shops")),
		div("group",
			app.Range(demoShops).Slice(func(i int) app.UI {
				s := demoShops[i]
				return link("/shop?id="+s.ID).Class("cell shop-cell").Body(
					app.Span().Class("merchant-logo small").Aria("hidden", "true").Text(initial(s.Merchant.Name)),
					app.Span().Class("cell-label").Body(
						app.Span().Text(s.Merchant.Name),
						span("cell-sub", d.t(s.Key)),
					),
					app.Span().Class("cell-chevron").Body(app.Raw(iconChevron)),
				)
			}),
		),
	}})
}
