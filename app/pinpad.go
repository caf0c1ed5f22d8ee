package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pinPad takes a six-digit payment PIN: six boxes over one real input (so
// the keyboard, password managers' refusal and screen readers all work),
// and a 3×4 number pad for touch. When six digits are in, it calls OnDone
// and clears itself; the parent reports a wrong PIN by bumping Wrong, which
// shakes the boxes.
type pinPad struct {
	app.Compo
	ID     string
	Label  string
	Delete string // the delete key's label, in the user's language
	OnDone func(ctx app.Context, pin string)
	Wrong  int

	digits    string
	seenWrong int
}

// Render implements app.Composer.
func (p *pinPad) Render() app.UI {
	shake := ""
	if p.Wrong != p.seenWrong {
		shake = " shake"
	}
	return div("pinpad",
		app.Label().For(p.ID).Class("pin-label").Text(p.Label),
		div("pin-boxes"+shake,
			app.Input().ID(p.ID).Class("pin-input").Type("password").
				Attr("inputmode", "numeric").Attr("autocomplete", "off").MaxLength(6).
				Attr("pattern", "[0-9]*").Value(shownValue(p.ID, p.digits)).
				OnInput(p.onType),
			app.Range(make([]struct{}, 6)).Slice(func(i int) app.UI {
				box := app.Span().Class("pin-box").Aria("hidden", "true")
				if i < len(p.digits) {
					box = box.Class("filled")
				}
				return box
			}),
		),
		div("pin-keys",
			app.Range(strings.Split("123456789", "")).Slice(func(i int) app.UI {
				return p.key(string(rune('1' + i)))
			}),
			app.Span(),
			p.key("0"),
			app.Button().Type("button").Class("pin-key pin-del").Aria("label", p.Delete).Text("⌫").
				OnClick(func(ctx app.Context, e app.Event) { p.set(ctx, p.digits[:max(0, len(p.digits)-1)]) }),
		),
	)
}

func (p *pinPad) key(d string) app.UI {
	return app.Button().Type("button").Class("pin-key").Text(d).
		OnClick(func(ctx app.Context, e app.Event) { p.set(ctx, p.digits+d) })
}

// onType takes what the keyboard put in the input, keeping digits only.
// Digits alone may stay as typed (keys still on their way stay with
// them, shownValue); anything else is drawn again without it.
func (p *pinPad) onType(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, v)
	if digits == v {
		typed[p.ID] = v
	} else {
		delete(typed, p.ID)
	}
	p.set(ctx, digits)
}

// set updates the digits and, at six, hands them over.
func (p *pinPad) set(ctx app.Context, digits string) {
	if len(digits) > 6 {
		digits = digits[:6]
	}
	p.seenWrong = p.Wrong
	p.digits = digits
	if len(digits) == 6 && p.OnDone != nil {
		p.digits = ""
		p.OnDone(ctx, digits)
	}
}
