package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/app/store"
)

// demoData is Me > Settings > The demo's data: start over, save the whole
// demo to a file, or load one.
type demoData struct {
	page
	confirming bool
	message    string
	failed     bool
}

// Render implements app.Composer.
func (d *demoData) Render() app.UI {
	unreadable := runner.Store().Unreadable()
	return d.shell(screen{Title: d.t("data.title"), Back: "/settings", Body: []app.UI{
		div("form",
			app.If(d.message != "", func() app.UI {
				if d.failed {
					return errorBox(d.message)
				}
				return app.P().Class("note").Attr("role", "status").Text(d.message)
			}),
			app.Elem("h2").Class("block-title").Text(d.t("data.reset")),
			para("note", d.t("data.reset.hint")),
			app.If(!d.confirming, func() app.UI {
				return button(d.t("data.reset"), false, func(ctx app.Context, e app.Event) { d.confirming = true })
			}).Else(func() app.UI {
				return app.Div().Body(
					button(d.t("data.reset.yes"), true, d.reset),
					button(d.t("data.reset.no"), false, func(ctx app.Context, e app.Event) { d.confirming = false }),
				)
			}),
			app.Elem("h2").Class("block-title").Text(d.t("data.export")),
			para("note", d.t("data.export.hint")),
			button(d.t("data.export"), false, func(ctx app.Context, e app.Event) {
				b, err := runner.Store().Export()
				if err != nil {
					d.message, d.failed = err.Error(), true
					return
				}
				download("wallet-demo.json", string(b))
			}),
			app.If(unreadable != "", func() app.UI {
				return button(d.t("data.export.unreadable"), false, func(ctx app.Context, e app.Event) {
					download("wallet-demo-unreadable.txt", unreadable)
				})
			}),
			app.Elem("h2").Class("block-title").Text(d.t("data.import")),
			para("note", d.t("data.import.hint")),
			app.Label().For("import-file").Class("field-label").Text(d.t("data.import.file")),
			app.Input().ID("import-file").Type("file").Accept("application/json,.json").Class("field-input").OnChange(d.load),
		),
	}})
}

func (d *demoData) reset(ctx app.Context, e app.Event) {
	d.confirming = false
	runner.Store().WithTabLock(ctx, func(ctx app.Context) {
		if err := runner.Reset(ctx); err != nil {
			d.message, d.failed = err.Error(), true
		}
	})
}

// load reads the chosen file (in the browser, asynchronously) and imports
// it; a bad file is refused with the reason, and nothing changes.
func (d *demoData) load(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	if file.Get("size").Int() > store.MaxImport {
		d.message, d.failed = d.t("data.import.large"), true
		return
	}
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) {
			if err := runner.Store().Import([]byte(text)); err != nil {
				d.message, d.failed = d.errText(err), true
				return
			}
			d.message, d.failed = d.t("data.import.done"), false
		})
		done.Release()
		return nil
	})
	file.Call("text").Call("then", done)
}

// download offers text to the user as a file.
func download(name, text string) {
	w := app.Window()
	blob := w.Get("Blob").New([]any{text}, map[string]any{"type": "application/json"})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	w.Get("URL").Call("revokeObjectURL", url)
}
