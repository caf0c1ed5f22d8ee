package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// The onboarding's drafts: what the user picked so far, kept across reloads.
const (
	draftName        = runner.NameDraft
	draftRegion      = "welcome.region"
	draftRegionQuery = "welcome.q"
	draftRules       = runner.RulesDraft
)

// onboardingView draws the first run: who the user is in the demo (display name
// and registration region) and which rules the demo follows. Settings
// comes back here to change them. Step 1 is the persona, step "rules" the
// ruleset; ?next= is where to go once done.
func onboardingView(o *page) app.UI {
	back := "/"
	if runner.Store().Wallet() != nil {
		back = "/settings"
	}
	var body []app.UI
	if o.step() == "rules" {
		back = onboardingHere("")
		body = onboardingRulesStep(o)
	} else {
		body = onboardingPersonaStep(o)
	}
	return o.shell(screen{Title: o.t("welcome.title"), Back: back, Body: body})
}

// welcomeCard invites a first-time visitor to the onboarding. Chats, the
// first screen, shows it until a persona is picked.
func (p *page) welcomeCard() app.UI {
	return app.Elem("section").Class("welcome-card").Aria("labelledby", "welcome-title").Body(
		app.Elem("h2").ID("welcome-title").Text(p.t("welcome.title")),
		app.P().Text(p.t("welcome.card")),
		link("/welcome").Class("btn btn-primary").Text(p.t("welcome.go")),
	)
}

// onboardingHere is this screen at step, keeping where to go next.
func onboardingHere(step string) string {
	path := "/welcome"
	if next := runner.Query("next"); next != "" {
		path += "?next=" + url.QueryEscape(next)
	}
	if step == "" {
		return path
	}
	if strings.Contains(path, "?") {
		return path + "&step=" + step
	}
	return path + "?step=" + step
}

func onboardingPersonaStep(o *page) []app.UI {
	selected := wallet.RegionCode(o.draft(draftRegion))
	q := o.draft(draftRegionQuery)
	var rows []app.UI
	for _, r := range wallet.Regions() {
		if !regionMatches(r, q) {
			continue
		}
		code := r.Code
		name := r.Name.In(string(runner.Lang()))
		radio := app.Input().Type("radio").Name("region").Value(string(code)).Aria("label", name).
			OnChange(func(ctx app.Context, e app.Event) { onboardingPickRegion(o, ctx, code) }, app.EventScope(code))
		if code == selected {
			radio = radio.Checked(true)
		}
		rows = append(rows, app.Label().Class("choice region").Body(
			radio,
			app.Span().Class("flag").Aria("hidden", "true").Text(wallet.FlagEmoji(code)),
			span("choice-label", name),
			span("dial", r.Dial),
		))
	}
	if len(rows) == 0 {
		rows = append(rows, para("empty", o.t("welcome.noregion")))
	}
	return []app.UI{
		o.stepper(1, 2),
		note(o.t("welcome.intro")),
		div("form",
			o.input(field{ID: draftName, Label: o.t("welcome.name"), Autocomplete: "nickname", Max: 40,
				Placeholder: o.t("welcome.name.hint"), Err: o.fieldErr(o.err, "name")}),
			app.Elem("fieldset").Class("group choices regions").Body(
				app.Elem("legend").Text(o.t("welcome.region")),
				app.If(selected != "", func() app.UI {
					return para("picked", o.t("welcome.picked")+" "+o.regionLabel(selected))
				}),
				o.searchBox(draftRegionQuery, o.t("welcome.search")),
				div("region-list", rows...),
			),
			app.If(o.fieldErr(o.err, "region") != "", func() app.UI {
				return app.P().Class("field-error").Attr("role", "alert").Text(o.fieldErr(o.err, "region"))
			}),
			button(o.t("setup.next"), true, func(ctx app.Context, e app.Event) { onboardingToRules(o, ctx, e) }),
		),
	}
}

func onboardingPickRegion(o *page, ctx app.Context, c wallet.RegionCode) {
	o.err = nil
	o.pick(draftRegion, string(c))
}

// onboardingPersona is what the user typed and picked.
func onboardingPersona(o *page) wallet.Persona {
	return wallet.Persona{Name: strings.TrimSpace(o.draft(draftName)), Region: wallet.RegionCode(o.draft(draftRegion))}
}

// onboardingToRules asks the engine whether the persona would do, then moves
// on.
func onboardingToRules(o *page, ctx app.Context, e app.Event) {
	p := onboardingPersona(o)
	switch {
	case p.Region == "":
		o.err = wallet.FieldErrorf("region", wallet.EINVALID, "%s", o.t("welcome.needregion"))
	default:
		o.err = p.Validate()
	}
	if o.err != nil {
		return
	}
	runner.Navigate(ctx, onboardingHere("rules"))
}

// rulesDesc says in a line what each ruleset means for the user.
var rulesDesc = map[wallet.RulesetID]string{
	wallet.Rules2020: "rules.2020.desc",
	wallet.Rules2024: "rules.2024.desc",
}

func onboardingChosenRules(o *page) wallet.RulesetID {
	if id := wallet.RulesetID(o.draft(draftRules)); id != "" {
		return id
	}
	return wallet.DefaultRuleset
}

func onboardingRulesStep(o *page) []app.UI {
	chosen := onboardingChosenRules(o)
	region := wallet.RegionCode(o.draft(draftRegion))
	return []app.UI{
		o.stepper(2, 2),
		note(o.t("welcome.rules.intro")),
		div("form",
			app.Elem("fieldset").Class("group choices").Body(
				app.Elem("legend").Text(o.t("welcome.rules")),
				app.Range(wallet.Rulesets()).Slice(func(i int) app.UI {
					r := wallet.Rulesets()[i]
					id := r.ID
					radio := app.Input().Type("radio").Name("rules").Value(string(id)).Aria("label", o.local(r.Title)).
						OnChange(func(ctx app.Context, e app.Event) { o.pick(draftRules, string(id)) }, app.EventScope(id))
					if id == chosen {
						radio = radio.Checked(true)
					}
					return app.Label().Class("choice rules").Body(
						radio,
						app.Span().Class("choice-label").Body(
							app.Elem("strong").Text(o.local(r.Title)),
							span("choice-sub", o.t(rulesDesc[id])),
							app.If(region != "", func() app.UI { return onboardingWalletNote(o, r, region) }),
						),
					)
				}),
			),
			errorBox(o.errText(o.err)),
			button(o.t("welcome.start"), true, func(ctx app.Context, e app.Event) { onboardingStart(o, ctx, e) }),
		),
	}
}

// onboardingWalletNote says which wallet the picked region gets under r, and when its
// own wallet closed or stopped taking sign-ups.
func onboardingWalletNote(o *page, r wallet.Ruleset, region wallet.RegionCode) app.UI {
	now := o.now()
	var text string
	own, has := r.Wallet(region)
	switch {
	case has && !own.Closes.IsZero() && own.ClosedAt(now):
		text = o.tf("welcome.closed", o.regionName(region), o.date(own.Closes))
	case has && !own.OpenForSignUp(now):
		text = o.tf("welcome.signupsended", o.regionName(region), o.date(own.SignUpsEnd))
	case has:
		text = o.tf("welcome.ownwallet", o.regionName(region), own.Currency)
		return span("choice-note", text)
	}
	overseas, _ := r.Wallet(r.OverseasWallet)
	how := o.t("welcome.activate.money")
	if r.PaySwitch {
		how = o.t("welcome.activate.switch")
	}
	if text != "" {
		text += " "
	}
	text += o.tf("welcome.overseas", o.regionName(overseas.Region), overseas.Currency, how)
	return span("choice-note", text)
}

// onboardingStart begins the demo as the chosen persona under the chosen rules, or
// restarts it when they changed.
func onboardingStart(o *page, ctx app.Context, e app.Event) {
	p, rules := onboardingPersona(o), onboardingChosenRules(o)
	runner.Store().WithTabLock(ctx, func(ctx app.Context) {
		if o.err = runner.StartAs(p, rules); o.err != nil {
			return
		}
		o.clearDrafts(draftName, draftRegion, draftRegionQuery, draftRules)
		runner.Navigate(ctx, safeNext(runner.Query("next"), "/"))
	})
}

// safeNext is next when it is one of the app's own paths, else fallback:
// a link must not send the user off the demo.
func safeNext(next, fallback string) string {
	if !runner.LocalPath(next) || strings.HasPrefix(next, "/welcome") {
		return fallback
	}
	return next
}
