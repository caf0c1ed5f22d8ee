package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// The identity form's drafts, shared with the Add-card flow, which asks
// for the same document when a card needs it.
const (
	draftIDType        = "id-type"
	draftIDName        = "id-name"
	draftIDNumber      = "id-number"
	draftIDNationality = "id-nationality"
	draftIDExpiry      = "id-expiry"
	draftIDBirth       = "id-birth"
	draftIDOccupation  = "id-occupation"
	draftIDAddress     = "id-address"
)

var identityDrafts = []string{draftIDType, draftIDName, draftIDNumber, draftIDNationality, draftIDExpiry, draftIDBirth, draftIDOccupation, draftIDAddress}

// idTypes are the documents the form offers, with the words for each.
var idTypes = []struct {
	Type               wallet.IDType
	Name, Number, Hint string
}{
	{wallet.IDPassport, "id.passport", "id.passport.number", "id.passport.hint"},
	{wallet.IDMainland, "id.cn", "id.cn.number", "id.cn.hint"},
	{wallet.IDHongKong, "id.hk", "id.hk.number", "id.hk.hint"},
	{wallet.IDMyKad, "id.my", "id.my.number", "id.my.hint"},
	{wallet.IDSouthAfrica, "id.za", "id.za.number", "id.za.hint"},
}

// realNameView draws real-name authentication, /realname: the identity form
// (fields by document), then the photo and face-scan steps the demo shows
// as explained placeholders, then the engine's verdict.
func realNameView(r *page) app.UI {
	e := r.entry()
	var body []app.UI
	switch {
	case !e.Shows():
		body = []app.UI{r.payHidden(e)}
	case r.step() == "done" || (e.Verified && r.step() == ""):
		body = realNameDone(r)
	case r.step() == "photo":
		body = realNamePlaceholder(r, 2, "rn.photo.title", "rn.photo.text", "rn.continue", func(ctx app.Context, _ app.Event) { goStep(ctx, "/realname", "face") })
	case r.step() == "face":
		body = realNamePlaceholder(r, 3, "rn.face.title", "rn.face.text", "rn.submit", func(ctx app.Context, e app.Event) { realNameSubmit(r, ctx, e) })
	default:
		body = realNameForm(r, e)
	}
	return r.shell(screen{Title: r.t("rn.title"), Back: "/wallet", Money: true, Body: body})
}

func realNameForm(r *page, e wallet.EntryView) []app.UI {
	return []app.UI{
		r.stepper(1, 3),
		r.activation(e, false),
		note(r.t("rn.intro")),
		div("form",
			r.identityFields(r.err),
			errorBox(r.otherErr(r.err)),
			button(r.t("setup.next"), true, func(ctx app.Context, _ app.Event) {
				id := r.identity()
				r.err = r.try(func(st *wallet.State, now time.Time) error { _, err := st.Authenticate(id, now); return err })
				if r.err == nil {
					goStep(ctx, "/realname", "photo")
				}
			}),
		),
	}
}

// realNamePlaceholder is a step the real wallet has and the demo only explains.
func realNamePlaceholder(r *page, n int, title, text, action string, next app.EventHandler) []app.UI {
	return []app.UI{
		r.stepper(n, 3),
		div("placeholder",
			app.Elem("h2").Text(r.t(title)),
			app.P().Text(r.t(text)),
			para("placeholder-demo", r.t("rn.demo")),
		),
		div("form",
			errorBox(r.errText(r.err)),
			button(r.t(action), true, next),
		),
	}
}

// realNameSubmit authenticates for real, now that every step is done.
func realNameSubmit(r *page, ctx app.Context, _ app.Event) {
	id := r.identity()
	r.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.Authenticate(id, now) }, func(ctx app.Context, err error) {
		if r.err = err; err == nil {
			r.clearDrafts(identityDrafts...)
			goStep(ctx, "/realname", "done")
		}
	})
}

func realNameDone(r *page) []app.UI {
	st := runner.Store().Wallet()
	name := ""
	if st.Account.Identity != nil {
		name = st.Account.Identity.Name
	}
	next, label := "/wallet", r.t("rn.towallet")
	if len(st.Cards) == 0 {
		next, label = "/cards/add", r.t("cards.add")
	}
	return []app.UI{
		div("result",
			app.P().Class("result-tick").Aria("hidden", "true").Text("✓"),
			app.Elem("h2").Text(r.t("rn.done")),
			app.P().Text(r.tf("rn.done.text", name)),
		),
		div("form", link(next).Class("btn btn-primary").Text(label)),
	}
}

// otherErr is err in words unless a field of the identity form shows it.
func (p *page) otherErr(err error) string {
	switch wallet.ErrorField(err) {
	case "type", "name", "number", "nationality", "expiry", "birth", "occupation", "address":
		return ""
	}
	return p.errText(err)
}

// defaultIDType is the document the rules expect: the wallet region's own
// card for its residents, a passport for everyone else. The engine still
// judges what is sent.
func (p *page) defaultIDType() wallet.IDType {
	if t := wallet.IDType(p.draft(draftIDType)); t != "" {
		return t
	}
	st := runner.Store().Wallet()
	if st == nil {
		return wallet.IDPassport
	}
	if w, ok := p.rules().Wallet(st.Account.Wallet); ok && w.Region == st.Persona.Region {
		return w.ResidentID
	}
	return wallet.IDPassport
}

// identity is the document as typed.
func (p *page) identity() wallet.Identity {
	d := func(id string) string { return strings.TrimSpace(p.draft(id)) }
	id := wallet.Identity{Type: p.defaultIDType(), Name: d(draftIDName), Number: d(draftIDNumber)}
	if id.Type == wallet.IDPassport {
		id.Nationality = wallet.RegionCode(p.draft(draftIDNationality))
		if id.Nationality == "" {
			id.Nationality = runner.Store().Wallet().Persona.Region
		}
		id.Expiry, id.Birth, id.Occupation, id.Address = d(draftIDExpiry), d(draftIDBirth), d(draftIDOccupation), d(draftIDAddress)
	}
	return id
}

// identityFields is the identity form: the kind of document, then its
// fields, each with the engine's complaint about it under it.
func (p *page) identityFields(err error) app.UI {
	chosen := p.defaultIDType()
	var doc struct{ Number, Hint string }
	for _, t := range idTypes {
		if t.Type == chosen {
			doc.Number, doc.Hint = t.Number, t.Hint
		}
	}
	return div("identity",
		app.Elem("fieldset").Class("group choices").Body(
			app.Elem("legend").Text(p.t("id.type")),
			app.Range(idTypes).Slice(func(i int) app.UI {
				t := idTypes[i]
				radio := app.Input().Type("radio").Name("idtype").Value(string(t.Type)).
					OnChange(func(ctx app.Context, _ app.Event) { p.pick(draftIDType, string(t.Type)) }, app.EventScope(t.Type))
				if t.Type == chosen {
					radio = radio.Checked(true)
				}
				return app.Label().Class("choice").Body(radio, app.Span().Text(p.t(t.Name)))
			}),
		),
		app.If(p.fieldErr(err, "type") != "", func() app.UI {
			return app.P().Class("field-error").Attr("role", "alert").Text(p.fieldErr(err, "type"))
		}),
		p.input(field{ID: draftIDName, Label: p.t("id.name"), Autocomplete: "name", Err: p.fieldErr(err, "name")}),
		p.input(field{ID: draftIDNumber, Label: p.t(doc.Number), Placeholder: p.t(doc.Hint), Autocomplete: "off", Max: 40, Err: p.fieldErr(err, "number")}),
		app.If(chosen == wallet.IDPassport, func() app.UI { return p.passportFields(err) }),
	)
}

// passportFields are what a passport needs besides name and number.
func (p *page) passportFields(err error) app.UI {
	nat := wallet.RegionCode(p.draft(draftIDNationality))
	if nat == "" {
		nat = runner.Store().Wallet().Persona.Region
	}
	natErr := p.fieldErr(err, "nationality")
	sel := app.Elem("select").ID(draftIDNationality).Class("field-input").
		OnChange(func(ctx app.Context, _ app.Event) {
			p.pick(draftIDNationality, ctx.JSSrc().Get("value").String())
		}).Body(app.Range(wallet.Regions()).Slice(func(i int) app.UI {
		r := wallet.Regions()[i]
		o := app.Elem("option").Attr("value", string(r.Code)).Text(r.Name.In(string(runner.Lang())))
		if r.Code == nat {
			o = o.Attr("selected", true)
		}
		return o
	}))
	return app.Div().Body(
		div("field",
			app.Label().For(draftIDNationality).Class("field-label").Text(p.t("id.nationality")),
			sel,
			app.If(natErr != "", func() app.UI { return para("field-error", natErr) }),
		),
		p.input(field{ID: draftIDExpiry, Label: p.t("id.expiry"), Placeholder: "YYYY-MM-DD", Mode: "numeric", Max: 10, Err: p.fieldErr(err, "expiry")}),
		p.input(field{ID: draftIDBirth, Label: p.t("id.birth"), Placeholder: "YYYY-MM-DD", Mode: "numeric", Max: 10, Autocomplete: "bday", Err: p.fieldErr(err, "birth")}),
		p.input(field{ID: draftIDOccupation, Label: p.t("id.occupation"), Autocomplete: "organization-title", Err: p.fieldErr(err, "occupation")}),
		p.input(field{ID: draftIDAddress, Label: p.t("id.address"), Autocomplete: "street-address", Err: p.fieldErr(err, "address")}),
	)
}

// activationCard shows a running activation: the money it holds, the time
// left to authenticate before it lapses, and the way to do it.
func (p *page) activationCard(e wallet.EntryView) app.UI { return p.activation(e, true) }

// activation is activationCard, with or without its button (the real-name
// screen needs none).
func (p *page) activation(e wallet.EntryView, action bool) app.UI {
	return app.If(!e.Deadline.IsZero() && !e.Verified, func() app.UI {
		return app.Elem("section").Class("activation").Attr("role", "status").Body(
			app.P().Class("activation-title").Body(
				app.Text(p.t("act.title")+" "),
				p.countdown(e.Deadline),
			),
			para("activation-text", p.tf("act.text", e.Held.String(), p.clockText(e.Deadline))),
			app.If(action, func() app.UI { return link("/realname").Class("btn btn-primary").Text(p.t("act.verify")) }),
		)
	})
}
