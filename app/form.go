package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// field is a labelled text input whose value lives in the store's drafts
// under id, so a reload keeps what was typed. errText, when set, is shown
// under it and tied to it for screen readers.
type field struct {
	ID    string
	Label string
	// TabOnly keeps the draft in the tab's own storage, never in the saved
	// document or an export: set it on a field that takes a full card
	// number.
	TabOnly bool
	// Type is the input type ("text" when empty); Mode the inputmode hint.
	Type, Mode   string
	Placeholder  string
	Autocomplete string
	Max          int // maximum length; 200 when 0
	Err          string
}

// amountInput is a money amount's field: its label names the currency,
// and phones offer a keypad with a decimal point.
func (p *page) amountInput(id, label string, cur wallet.Currency, err string) app.UI {
	return p.input(field{ID: id, Label: label + " (" + string(cur) + ")", Mode: "decimal", Placeholder: "0.00", Max: 16, Err: err})
}

// input renders f with the draft value and an input handler that saves it.
func (p *page) input(f field) app.UI {
	typ := f.Type
	if typ == "" {
		typ = "text"
	}
	max := f.Max
	if max == 0 {
		max = 200
	}
	errID := f.ID + "-error"
	in := app.Input().ID(f.ID).Type(typ).Class("field-input").
		Value(shownValue(f.ID, runner.Store().Draft(f.ID, f.TabOnly))).MaxLength(max).
		Placeholder(f.Placeholder).
		OnInput(func(ctx app.Context, e app.Event) {
			v := runner.CapRunes(ctx.JSSrc().Get("value").String(), max)
			typed[f.ID] = v
			runner.Store().Keep(f.ID, v, f.TabOnly)
		}, app.EventScope(f.ID)) // go-app keeps a reused input's old handler unless its scope differs
	if f.Mode != "" {
		in = in.Attr("inputmode", f.Mode)
	}
	if f.Autocomplete != "" {
		in = in.Attr("autocomplete", f.Autocomplete)
	}
	if f.Err != "" {
		in = in.Aria("invalid", "true").Aria("describedby", errID)
	}
	return div("field",
		app.Label().For(f.ID).Class("field-label").Text(f.Label),
		in,
		app.If(f.Err != "", func() app.UI {
			return app.P().ID(errID).Class("field-error").Text(f.Err)
		}),
	)
}

// typed is, by field, the value its input handler last kept.
var typed = map[string]string{}

// shownValue is what field id shows: its draft, unless keys typed since
// the draft was kept are still on their way. go-app runs an input handler
// a moment after the key and draws at its next frame, so a frame can come
// between a key and its handler: drawing the draft then would wipe the
// key (a busy phone lost one digit in ten of a phone number). While the
// draft is still what the handler last kept, nothing else has changed it,
// and the input's own value is the newer.
func shownValue(id, draft string) string {
	if last, ok := typed[id]; !app.IsClient || !ok || last != draft {
		return draft
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		return el.Get("value").String()
	}
	return draft
}

// draft returns the saved input of field id.
func (p *page) draft(id string) string { return runner.Store().Draft(id, false) }

// tabDraft returns the saved input of tab-only field id (field.TabOnly).
func (p *page) tabDraft(id string) string { return runner.Store().Draft(id, true) }

// clearDrafts forgets the saved input of the given fields, once a form is
// done with.
func (p *page) clearDrafts(ids ...string) {
	for _, id := range ids {
		delete(typed, id)
	}
	runner.Store().ClearDrafts(ids...)
}

// button is a full-width action button; primary ones are green.
func button(label string, primary bool, onClick app.EventHandler) app.HTMLButton {
	class := "btn"
	if primary {
		class += " btn-primary"
	}
	return app.Button().Type("button").Class(class).Text(label).OnClick(onClick)
}

// errorBox shows an engine refusal in words, above a form's buttons.
func errorBox(msg string) app.UI {
	return app.If(msg != "", func() app.UI {
		return app.P().Class("error-box").Attr("role", "alert").Text(msg)
	})
}

// reworded is err, an engine refusal, in the catalogue's words for key: the
// same code and field, in words more specific than the code's general
// translation. nil stays nil.
func (p *page) reworded(err error, key string) error {
	if err == nil {
		return nil
	}
	return wallet.FieldErrorf(wallet.ErrorField(err), wallet.ErrorCode(err), "%s", p.t(key))
}

// errText is an engine refusal in words for the user: the catalogue's
// translation of its code where there is one, else the engine's message.
// English keeps the engine's message, which is more specific.
func (p *page) errText(err error) string {
	if err == nil {
		return ""
	}
	code := wallet.ErrorCode(err)
	if key := "err." + code; i18n.Has(key) && runner.Lang() != i18n.English {
		if s := p.errDetail(code); s != "" {
			return s
		}
		return p.t(key)
	}
	return wallet.ErrorMessage(err)
}

// errDetail is the translation of a refusal whose English message carries
// a number or a time, with them filled in from the state the refusal left:
// a wrong PIN says the tries left, a lock says until when. "" when the
// state does not tell (the general translation shows instead).
func (p *page) errDetail(code string) string {
	st := runner.Store().Wallet()
	if st == nil {
		return ""
	}
	pin := st.Account.PIN
	switch code {
	case wallet.EPIN:
		if left, lockout := st.PINTriesLeft(); left > 0 && pin.Fails > 0 {
			return p.tf("err.wrong_pin.left", left, int(lockout/time.Hour))
		}
	case wallet.ELOCKED:
		if !pin.LockedUntil.IsZero() {
			return p.tf("err.locked.until", p.clockText(pin.LockedUntil))
		}
	case wallet.ENEEDLOCALCARD:
		return p.tf("err.needs_local_card.region", p.regionName(st.Account.Wallet))
	}
	return ""
}
