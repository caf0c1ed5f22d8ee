package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// paySettingsView draws Wallet > Payment settings: real-name status, changing the
// payment PIN, and resetting a forgotten one by a linked card.
func paySettingsView(s *page) app.UI {
	e := s.entry()
	st := runner.Store().Wallet()
	verified := s.t("paysettings.unverified")
	if st != nil && st.Account.Identity != nil {
		verified = s.tf("paysettings.verified", st.Account.Identity.Name)
	}
	return s.shell(screen{Title: s.t("paysettings.title"), Back: "/wallet", Money: true, Body: []app.UI{
		app.If(!e.Shows(), func() app.UI { return s.payHidden(e) }),
		app.If(e.Shows(), func() app.UI {
			return app.Div().Body(
				app.Elem("section").Class("group settings-block").Body(
					app.Elem("h2").Class("block-title").Text(s.t("rn.title")),
					para("block-line", verified),
					app.If(!e.Verified, func() app.UI { return link("/realname").Class("btn").Text(s.t("act.verify")) }),
				),
				app.If(!e.LockedUntil.IsZero(), func() app.UI {
					return para("banner warn", s.tf("paysettings.locked", s.clockText(e.LockedUntil)))
				}),
				app.If(e.Stage == wallet.StageActive, func() app.UI {
					return group(
						cell("/paysettings/pin", iconLock, s.t("paysettings.change")),
						cell("/paysettings/forgot", iconCard, s.t("paysettings.forgot")),
					)
				}).Else(func() app.UI { return note(s.t("paysettings.nopin")) }),
			)
		}),
	}})
}

// changePIN is Payment settings > Change payment PIN: the current PIN, the
// new one, then the new one again. The current PIN is never saved, so a
// reload before the new one is taken asks for it again; after that the
// engine keeps the step.
type changePIN struct {
	page
	old   string
	wrong int
}

// Render implements app.Composer.
func (c *changePIN) Render() app.UI {
	body, ends := pinFlowEnd(&c.page, &c.err, &c.wrong, "/paysettings/pin")
	switch {
	case ends:
	case c.old != "":
		body = pinStep(&c.page, &c.err, &c.wrong, "pin-new", c.t("pin.enter"), c.t("pin.rules"), func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
			return st.ChangePIN(c.old, pin, now)
		}, "/paysettings/pin?step=confirm")
	default:
		body = []app.UI{
			div("form", errorBox(c.errText(c.err))),
			&pinPad{ID: "pin-old", Label: c.t("pin.current"), Delete: c.t("pin.delete"), Wrong: c.wrong, OnDone: c.checkOld},
		}
	}
	return c.shell(screen{Title: c.t("paysettings.change"), Back: "/paysettings", Money: true, Body: body})
}

// checkOld checks the current PIN with the engine; a wrong one counts as
// it does when paying.
func (c *changePIN) checkOld(ctx app.Context, pin string) {
	c.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.VerifyPIN(pin, now) }, func(_ app.Context, err error) {
		if c.err = err; err != nil {
			c.wrong++
			return
		}
		c.old = pin
	})
}

// pinFlowEnd is what changing and resetting the PIN (the flow at path)
// share: nothing to do without a PIN, the end, and the second entry once
// the engine holds the first. ends is false when the flow's own steps are
// next.
func pinFlowEnd(p *page, err *error, wrong *int, path string) (body []app.UI, ends bool) {
	st := runner.Store().Wallet()
	switch {
	case st == nil || st.Account.Stage != wallet.StageActive:
		return []app.UI{note(p.t("paysettings.nopin"))}, true
	case p.step() == "done":
		return []app.UI{
			div("result",
				app.P().Class("result-tick").Aria("hidden", "true").Text("✓"),
				app.Elem("h2").Text(p.t("paysettings.changed")),
			),
			div("form", link("/wallet").Class("btn btn-primary").Text(p.t("rn.towallet"))),
		}, true
	case st.Account.PIN.Pending != "":
		return pinStep(p, err, wrong, "pin-confirm", p.t("pin.again"), "", func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
			return st.ConfirmNewPIN(pin, now)
		}, path+"?step=done"), true
	}
	return nil, false
}

// forgotPIN is Payment settings > Forgot payment PIN: the number of a
// linked card, the SMS code sent to its phone, then a new PIN twice.
type forgotPIN struct {
	page
	wrong int
}

const (
	draftForgotCard = "forgot-card"
	draftForgotSMS  = "forgot-sms"
	draftForgotCode = "forgot-code"
)

// Render implements app.Composer.
func (f *forgotPIN) Render() app.UI {
	body, ends := pinFlowEnd(&f.page, &f.err, &f.wrong, "/paysettings/forgot")
	st := runner.Store().Wallet()
	switch {
	case ends:
	case f.step() == "sms":
		body = f.smsStep()
	case f.step() == "new":
		card := f.tabDraft(draftForgotCard)
		body = pinStep(&f.page, &f.err, &f.wrong, "pin-new", f.t("pin.enter"), f.t("pin.rules"), func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
			return st.ResetPIN(card, pin, now)
		}, "/paysettings/forgot?step=confirm")
	default:
		body = f.cardStep(st)
	}
	return f.shell(screen{Title: f.t("paysettings.forgot"), Back: "/paysettings", Money: true, Body: body})
}

func (f *forgotPIN) cardStep(st *wallet.State) []app.UI {
	var hints []string
	for _, c := range st.Cards {
		hints = append(hints, cardName(c))
	}
	return []app.UI{
		note(f.t("forgot.intro")),
		div("form",
			f.input(field{ID: draftForgotCard, TabOnly: true, Label: f.t("forgot.card"), Mode: "numeric", Autocomplete: "off", Max: 23,
				Placeholder: strings.Join(hints, " / "), Err: f.fieldErr(f.err, "card") + f.fieldErr(f.err, "number")}),
			button(f.t("card.sendcode"), true, func(ctx app.Context, _ app.Event) {
				if _, f.err = st.LinkedCardFor(f.tabDraft(draftForgotCard)); f.err != nil {
					return
				}
				f.pick(draftForgotCode, newSMSCode())
				runner.Navigate(ctx, "/paysettings/forgot?step=sms")
			}),
		),
	}
}

func (f *forgotPIN) smsStep() []app.UI {
	code := f.draft(draftForgotCode)
	return []app.UI{
		smsNotification(&f.page, code),
		div("form",
			f.input(field{ID: draftForgotSMS, Label: f.t("sms.code"), Mode: "numeric", Autocomplete: "one-time-code", Max: 6, Err: f.fieldErr(f.err, "sms")}),
			button(f.t("setup.next"), true, func(ctx app.Context, _ app.Event) {
				if f.err = checkSMS(&f.page, draftForgotSMS, code); f.err == nil {
					f.clearDrafts(draftForgotSMS, draftForgotCode)
					runner.Navigate(ctx, "/paysettings/forgot?step=new")
				}
			}),
		),
	}
}
