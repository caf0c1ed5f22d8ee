package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// pinSetup is setting the payment PIN once a card is linked: enter it,
// then again. The engine keeps which entry is next, so a reload stays on
// it; ?step=new starts over with a different PIN.
type pinSetup struct {
	page
	wrong int
}

// Render implements app.Composer.
func (s *pinSetup) Render() app.UI {
	e := s.entry()
	var body []app.UI
	switch {
	case !e.Shows():
		body = []app.UI{s.payHidden(e)}
	case e.Stage == wallet.StageActive:
		body = []app.UI{
			div("result",
				app.P().Class("result-tick").Aria("hidden", "true").Text("✓"),
				app.Elem("h2").Text(s.t("pin.done")),
				app.P().Text(s.t("pin.done.text")),
			),
			div("form", link("/wallet").Class("btn btn-primary").Text(s.t("rn.towallet"))),
		}
	case e.Stage == wallet.StageCardLinked || (e.Stage == wallet.StagePINSet && s.step() == "new"):
		body = s.pad("pin-new", s.t("pin.enter"), s.t("pin.rules"), func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
			return st.SetPIN(pin, now)
		}, "/pin")
	case e.Stage == wallet.StagePINSet:
		body = append(s.pad("pin-again", s.t("pin.again"), "", func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
			return st.ConfirmPIN(pin, now)
		}, "/pin"), div("form", link("/pin?step=new").Class("btn").Text(s.t("pin.startover"))))
	default:
		body = []app.UI{note(s.t("pin.needcard")), div("form", link("/cards/add").Class("btn btn-primary").Text(s.t("cards.add")))}
	}
	return s.shell(screen{Title: s.t("pin.title"), Back: "/wallet", Money: true, Body: body})
}

// pad is a PIN pad that hands six digits to op and, when the engine takes
// them, goes to next; a refusal shakes the pad and says why.
func (s *pinSetup) pad(id, label, hint string, op func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error), next string) []app.UI {
	return pinStep(&s.page, &s.err, &s.wrong, id, label, hint, op, next)
}

// pinStep is one PIN entry of a flow: a hint, the engine's refusal and
// the pad. The screen keeps err and wrong.
func pinStep(p *page, err *error, wrong *int, id, label, hint string, op func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error), next string) []app.UI {
	return []app.UI{
		app.If(hint != "", func() app.UI { return note(hint) }),
		div("form", errorBox(p.errText(*err))),
		&pinPad{ID: id, Label: label, Delete: p.t("pin.delete"), Wrong: *wrong, OnDone: func(ctx app.Context, pin string) {
			p.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return op(st, pin, now) }, func(ctx app.Context, refusal error) {
				if *err = refusal; refusal != nil {
					*wrong++
					return
				}
				runner.Navigate(ctx, next)
			})
		}},
	}
}
