package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
)

// settings is Me > Settings.
type settings struct{ page }

// Render implements app.Composer.
func (s *settings) Render() app.UI {
	current := s.lang()
	return s.shell(screen{Title: s.t("settings.title"), Back: "/me", Body: []app.UI{
		app.FieldSet().Class("group choices").Body(
			app.Legend().Text(s.t("settings.language")),
			app.Range(i18n.Langs()).Slice(func(i int) app.UI {
				l := i18n.Langs()[i]
				radio := app.Input().Type("radio").Name("lang").Value(string(l)).
					OnChange(func(ctx app.Context, e app.Event) { s.setLang(ctx, l) })
				// go-app prerenders Checked(false) as checked="false", which
				// HTML reads as checked: set it only when true.
				if l == current {
					radio = radio.Checked(true)
				}
				return app.Label().Class("choice").Body(
					radio,
					app.Span().Lang(string(l)).Text(l.Name()),
				)
			}),
		),
	}})
}

func (s *settings) setLang(ctx app.Context, l i18n.Lang) {
	s.update(ctx, func(d *Document) error {
		d.Lang = l
		return nil
	})
}
