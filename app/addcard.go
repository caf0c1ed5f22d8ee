package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// The Add-card flow's drafts.
const (
	draftCardNumber = "card-number"
	draftCardHolder = "card-holder"
	draftCardPhone  = "card-phone"
	draftCardSMS    = "card-sms"
	draftCardCode   = "card-code" // the code "sent" by SMS
	draftCardAgree  = "card-agree"
)

var cardDrafts = []string{draftCardNumber, draftCardHolder, draftCardPhone, draftCardSMS, draftCardCode, draftCardAgree}

// addCardView draws Wallet > Cards > Add a card, the tutorial's path: the card
// number (or a demo card to tap), the holder and phone, the SMS code (which
// arrives as an in-app notification), the terms, done. The step is in the
// URL and every typed value in drafts, so a reload loses nothing.
func addCardView(a *page) app.UI {
	e := a.entry()
	var body []app.UI
	switch {
	case !e.Shows():
		body = []app.UI{a.payHidden(e)}
	case a.step() == "holder":
		body = addCardHolderStep(a, e)
	case a.step() == "sms":
		body = addCardSmsStep(a)
	case a.step() == "terms":
		body = addCardTermsStep(a)
	case a.step() == "done":
		body = addCardDoneStep(a, e)
	default:
		body = addCardNumberStep(a)
	}
	return a.shell(screen{Title: a.t("cards.add"), Back: "/cards", Money: true, Body: body})
}

func addCardNumberStep(a *page) []app.UI {
	demo := wallet.DemoCards()
	number := field{ID: draftCardNumber, TabOnly: true, Label: a.t("card.number"), Mode: "numeric", Autocomplete: "off", Max: 23,
		Placeholder: a.t("card.number.hint"), Err: a.fieldErr(a.err, "number") + a.fieldErr(a.err, "card")}
	return []app.UI{
		a.stepper(1, 4),
		div("form",
			a.input(number),
			errorBox(addCardOtherErr(a)),
			button(a.t("setup.next"), true, func(ctx app.Context, e app.Event) { addCardCheckNumber(a, ctx, e) }),
		),
		app.Elem("section").Class("demo-cards").Aria("labelledby", "demo-cards").Body(
			app.Elem("h2").ID("demo-cards").Class("block-title").Text(a.t("card.demo")),
			para("block-note", a.t("card.demo.note")),
			app.Elem("ul").Body(app.Range(demo).Slice(func(i int) app.UI {
				d := demo[i]
				return app.Elem("li").Body(app.Button().Type("button").Class("demo-card").
					// Kept as if typed: the tap renders this screen again.
					OnClick(func(ctx app.Context, _ app.Event) {
						a.err = nil
						runner.Store().Keep(number.ID, d.Number, number.TabOnly)
					}, app.EventScope(d.Number)).
					Body(
						app.Span().Class("flag").Aria("hidden", "true").Text(wallet.FlagEmoji(d.Bank.Region)),
						app.Span().Class("demo-card-main").Body(
							app.Span().Class("demo-card-label").Body(
								span("visually-hidden", a.tf("card.demo.use", "")),
								app.Text(a.demoCardLabel(d)),
							),
							span("demo-card-number", groupDigits(d.Number)),
						),
						span("demo-card-bank", d.Bank.Name),
					))
			})),
		),
	}
}

// addCardOtherErr is the refusal unless the number field shows it.
func addCardOtherErr(a *page) string {
	if f := wallet.ErrorField(a.err); f == "number" || f == "card" {
		return ""
	}
	return a.errText(a.err)
}

// groupDigits writes a card number in groups of four.
func groupDigits(n string) string {
	var b strings.Builder
	for i, r := range n {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// addCardCheckNumber asks the engine whether this wallet would take the card now.
// A card that needs real-name authentication first goes on to the holder
// step with the identity form.
func addCardCheckNumber(a *page, ctx app.Context, _ app.Event) {
	number := a.tabDraft(draftCardNumber)
	a.err = a.try(func(st *wallet.State, now time.Time) error { _, _, err := st.LinkCard(number, now); return err })
	switch {
	case a.err == nil:
		runner.Navigate(ctx, "/cards/add?step=holder")
	case wallet.ErrorCode(a.err) == wallet.ESTAGE && !a.entry().Verified:
		a.err = nil
		runner.Navigate(ctx, "/cards/add?step=holder&id=1")
	}
}

// addCardSummary is the card being added, as the engine reads its number.
func addCardSummary(a *page) app.UI {
	info, err := wallet.CheckCard(a.tabDraft(draftCardNumber))
	if err != nil {
		return nil
	}
	bank := info.Bank.Name
	if bank == "" {
		bank = a.t("card.unknownbank")
	}
	return div("card-summary",
		para("card-summary-main", bank+" · "+info.Network.Name()+" "+maskedCard(info.Last4)),
		app.If(info.LuhnWarning, func() app.UI { return para("card-summary-warn", a.t("card.luhnwarning")) }),
	)
}

func addCardHolderStep(a *page, e wallet.EntryView) []app.UI {
	needsID := addCardNeedsID(e)
	st := runner.Store().Wallet()
	dial := ""
	if r, ok := wallet.LookupRegion(st.Persona.Region); ok {
		dial = r.Dial
	}
	var holder app.UI
	switch {
	case needsID:
		holder = app.Div().Body(
			note(a.tf("card.needsid", a.regionName(e.Wallet))),
			a.identityFields(a.err),
		)
	case st.Account.Identity != nil:
		holder = div("field",
			para("field-label", a.t("card.holder")),
			para("field-static", st.Account.Identity.Name),
		)
	default:
		holder = a.input(field{ID: draftCardHolder, Label: a.t("card.holder"), Autocomplete: "cc-name", Err: a.fieldErr(a.err, "holder")})
	}
	return []app.UI{
		a.stepper(2, 4),
		addCardSummary(a),
		div("form",
			holder,
			a.input(field{ID: draftCardPhone, Label: a.tf("card.phone", dial), Type: "tel", Mode: "tel", Autocomplete: "tel-national", Max: 20,
				Placeholder: a.t("card.phone.hint"), Err: a.fieldErr(a.err, "phone")}),
			errorBox(a.otherErr(a.err)),
			button(a.t("card.sendcode"), true, func(ctx app.Context, e app.Event) { addCardCheckHolder(a, ctx, e) }),
		),
	}
}

// addCardNeedsID reports whether the holder step asks for the identity document.
func addCardNeedsID(e wallet.EntryView) bool { return runner.Query("id") == "1" && !e.Verified }

// addCardCheckHolder checks the holder step, authenticates when the card needs
// it, and sends the SMS code.
func addCardCheckHolder(a *page, ctx app.Context, _ app.Event) {
	a.err = nil
	holder := runner.Store().Wallet().CheckCardHolder(a.draft(draftCardHolder))
	switch {
	case addCardNeedsID(a.entry()):
		id := a.identity()
		a.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.Authenticate(id, now) }, func(ctx app.Context, err error) {
			if a.err = err; err == nil {
				a.clearDrafts(identityDrafts...)
				addCardTextCode(a, ctx)
			}
		})
	case holder != nil:
		a.err = a.reworded(holder, "card.holder.missing")
	default:
		addCardTextCode(a, ctx)
	}
}

// addCardTextCode checks the phone number and sends the SMS code.
func addCardTextCode(a *page, ctx app.Context) {
	if a.err = a.reworded(wallet.CheckPhone(a.draft(draftCardPhone)), "card.phone.bad"); a.err != nil {
		return
	}
	addCardSendCode(a, ctx)
	runner.Navigate(ctx, "/cards/add?step=sms")
}

// addCardSendCode makes a new SMS code, which the SMS step shows as a notification.
func addCardSendCode(a *page, ctx app.Context) { a.pick(draftCardCode, newSMSCode()) }

func addCardSmsStep(a *page) []app.UI {
	code := a.draft(draftCardCode)
	return []app.UI{
		smsNotification(a, code),
		a.stepper(3, 4),
		addCardSummary(a),
		div("form",
			note(a.tf("sms.sent", maskPhone(a.draft(draftCardPhone)))),
			a.input(field{ID: draftCardSMS, Label: a.t("sms.code"), Mode: "numeric", Autocomplete: "one-time-code", Max: 6, Err: a.fieldErr(a.err, "sms")}),
			button(a.t("setup.next"), true, func(ctx app.Context, _ app.Event) {
				if a.err = checkSMS(a, draftCardSMS, code); a.err == nil {
					runner.Navigate(ctx, "/cards/add?step=terms")
				}
			}),
			button(a.t("sms.resend"), false, func(ctx app.Context, _ app.Event) { a.err = nil; addCardSendCode(a, ctx) }),
		),
	}
}

func addCardTermsStep(a *page) []app.UI {
	agreed := a.draft(draftCardAgree) == "1"
	box := app.Input().Type("checkbox").ID(draftCardAgree).OnChange(func(ctx app.Context, _ app.Event) {
		v := ""
		if ctx.JSSrc().Get("checked").Bool() {
			v = "1"
		}
		a.err = nil
		a.pick(draftCardAgree, v)
	})
	if agreed {
		box = box.Checked(true)
	}
	return []app.UI{
		a.stepper(4, 4),
		addCardSummary(a),
		div("form",
			app.Div().Class("terms").Attr("tabindex", "0").Aria("label", a.t("terms.title")).Body(
				app.Elem("h2").Text(a.t("terms.title")),
				app.P().Text(a.t("terms.text")),
			),
			app.Label().Class("agree").For(draftCardAgree).Body(box, app.Span().Text(a.t("terms.agree"))),
			app.If(a.fieldErr(a.err, "agree") != "", func() app.UI {
				return app.P().Class("field-error").Attr("role", "alert").Text(a.fieldErr(a.err, "agree"))
			}),
			errorBox(a.otherErr(a.err)),
			button(a.t("terms.done"), true, func(ctx app.Context, e app.Event) { addCardLink(a, ctx, e) }),
		),
	}
}

// addCardLink links the card for real.
func addCardLink(a *page, ctx app.Context, _ app.Event) {
	if a.draft(draftCardAgree) != "1" {
		a.err = wallet.FieldErrorf("agree", wallet.EINVALID, "%s", a.t("terms.needed"))
		return
	}
	number := a.tabDraft(draftCardNumber)
	var card wallet.LinkedCard
	a.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		c, ev, err := st.LinkCard(number, now)
		card = c
		return ev, err
	}, func(ctx app.Context, err error) {
		if a.err = err; err == nil {
			a.clearDrafts(cardDrafts...)
			runner.Navigate(ctx, "/cards/add?step=done&card="+card.ID)
		}
	})
}

func addCardDoneStep(a *page, e wallet.EntryView) []app.UI {
	id := runner.Query("card")
	var face app.UI
	for _, c := range runner.Store().Wallet().Cards {
		if c.ID == id {
			face = a.cardFace(c)
		}
	}
	next, label := "/wallet", a.t("rn.towallet")
	if s, ok := setupSteps[e.Stage]; ok && e.Stage != wallet.StageOffered && e.Stage != wallet.StageAuthenticating {
		next, label = s.Href, a.t(s.Action)
	}
	return []app.UI{
		div("result",
			app.P().Class("result-tick").Aria("hidden", "true").Text("✓"),
			app.Elem("h2").Text(a.t("card.added")),
		),
		face,
		div("form", link(next).Class("btn btn-primary").Text(label)),
	}
}
