package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// settingsView draws Me > Settings: language, who the user is in the demo, the
// rules, the Pay switch where the rules have one, and the demo clock.
func settingsView(s *page) app.UI {
	current := runner.Lang()
	body := []app.UI{
		app.Elem("fieldset").Class("group choices").Body(
			app.Elem("legend").Text(s.t("settings.language")),
			app.Range(i18n.Langs()).Slice(func(i int) app.UI {
				l := i18n.Langs()[i]
				radio := app.Input().Type("radio").Name("lang").Value(string(l)).
					OnChange(func(ctx app.Context, e app.Event) { settingsSetLang(s, ctx, l) })
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
	}
	if st := runner.Store().Wallet(); st != nil {
		body = append(body, settingsPersona(s, st), settingsRulesChoice(s, st), settingsPaySwitch(s), settingsClock(s))
	}
	body = append(body, group(cell("/settings/demo", "", s.t("data.title")), cell("/share", "", s.t("share.open"))))
	return s.shell(screen{Title: s.t("settings.title"), Back: "/me", Body: body})
}

func settingsSetLang(s *page, ctx app.Context, l i18n.Lang) {
	runner.Store().Update(func(d *store.Document) error {
		d.Lang = l
		return nil
	})
}

// settingsPersona shows who the user is and leads to the onboarding to change it.
func settingsPersona(s *page, st *wallet.State) app.UI {
	return app.Elem("section").Class("group settings-block").Aria("labelledby", "set-persona").Body(
		app.Elem("h2").ID("set-persona").Class("block-title").Text(s.t("settings.persona")),
		para("block-line", st.Persona.Name+" · "+s.regionLabel(st.Persona.Region)),
		para("block-note", s.t("settings.persona.note")),
		app.Button().Type("button").Class("btn").Text(s.t("settings.persona.change")).OnClick(func(ctx app.Context, e app.Event) {
			runner.Store().SetDrafts(map[string]string{draftName: st.Persona.Name, draftRegion: string(st.Persona.Region), draftRules: string(st.Ruleset)})
			runner.Navigate(ctx, "/welcome?next=/settings")
		}),
	)
}

// settingsRulesChoice switches the ruleset, which starts the demo again.
func settingsRulesChoice(s *page, st *wallet.State) app.UI {
	return app.Elem("section").Class("group settings-block").Aria("labelledby", "set-rules").Body(
		app.Elem("h2").ID("set-rules").Class("block-title").Text(s.t("settings.rules")),
		div("segmented",
			app.Range(wallet.Rulesets()).Slice(func(i int) app.UI {
				r := wallet.Rulesets()[i]
				id := r.ID
				return app.Button().Type("button").Class("segment").Aria("pressed", strconv.FormatBool(id == st.Ruleset)).
					Text(string(id)+" — "+s.local(r.Title)).
					OnClick(func(ctx app.Context, e app.Event) {
						runner.Store().WithTabLock(ctx, func(ctx app.Context) {
							if st := runner.Store().Wallet(); st != nil {
								s.err = runner.StartAs(st.Persona, id)
							}
						})
					}, app.EventScope(id))
			}),
		),
		para("block-note", s.t("settings.rules.note")),
	)
}

// settingsPaySwitch is General > Tools > Weixin Pay: a switch under the rules that
// have one, an explanation under those that do not.
func settingsPaySwitch(s *page) app.UI {
	e := s.entry()
	on := e.Shows()
	has := s.rules().PaySwitch
	return app.Elem("section").Class("group settings-block").Aria("labelledby", "set-pay").Body(
		app.Elem("h2").ID("set-pay").Class("block-title").Text(s.t("settings.tools")),
		app.If(has, func() app.UI {
			sw := app.Button().Type("button").Class("switch").Aria("pressed", strconv.FormatBool(on)).Body(
				span("switch-label", s.t("settings.weixinpay")),
				span("switch-state", s.t(map[bool]string{true: "settings.on", false: "settings.off"}[on])),
			)
			if on {
				return sw.Disabled(true)
			}
			return sw.OnClick(func(ctx app.Context, e app.Event) {
				s.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.TurnOnPay(now) }, keepErr(&s.err))
			})
		}),
		para("block-note", s.t(map[bool]string{true: "settings.pay.switch", false: "settings.pay.noswitch"}[has])),
		errorBox(s.errText(s.err)),
	)
}

// settingsClock is the demo clock's controls, and starting the demo again.
func settingsClock(s *page) app.UI {
	return app.Elem("section").Class("group settings-block").Aria("labelledby", "set-clock").Body(
		app.Elem("h2").ID("set-clock").Class("block-title").Text(s.t("clock.title")),
		s.clockControls(),
	)
}
