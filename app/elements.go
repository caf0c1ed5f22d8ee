package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// cell is one row of a grouped list that leads to href.
func cell(href, icon, label string) app.UI {
	return link(href).Class("cell").Body(
		app.If(icon != "", func() app.UI { return app.Span().Class("cell-icon").Body(app.Raw(icon)) }),
		app.Span().Class("cell-label").Text(label),
		app.Span().Class("cell-chevron").Body(app.Raw(iconChevron)),
	)
}

// group is a white block of cells on the grey page.
func group(cells ...app.UI) app.UI {
	return app.Div().Class("group").Body(cells...)
}

// div, span and para build the commonest elements: a class and a body or
// a text. A chain of go-app's builder calls compiles to about 700 bytes of
// wasm an element, a call of one of these to about 190.
func div(class string, body ...app.UI) app.UI { return app.Div().Class(class).Body(body...) }

func span(class string, text any) app.UI { return app.Span().Class(class).Text(text) }

func para(class string, text any) app.UI { return app.P().Class(class).Text(text) }

// note is a paragraph of explanation on the grey page.
func note(text string) app.UI { return para("note", text) }
