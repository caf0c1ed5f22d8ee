package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/app/tour"
)

// tourListView draws the list of guided tours, each started with one tap.
func tourListView(l *page) app.UI {
	tours := tour.All()
	return l.shell(screen{Title: l.t("tours.title"), Back: "/me", Body: []app.UI{
		para("note", l.t("tours.intro")),
		app.Elem("ul").Class("group tour-list").Body(
			app.Range(tours).Slice(func(i int) app.UI {
				t := tours[i]
				return app.Elem("li").Class("cell").Body(
					span("cell-label", l.t(t.Title)),
					app.Button().Type("button").Class("btn btn-primary btn-small").
						Aria("label", l.t("tours.start")+": "+l.t(t.Title)).Text(l.t("tours.start")).
						OnClick(func(ctx app.Context, e app.Event) { runner.StartTour(ctx, t.ID, 0, nil) }),
				)
			}),
		),
	}})
}
