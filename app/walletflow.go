package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// Pieces the set-up screens share: region names, dates, asking the engine
// without changing anything, and the steps of a flow kept in the URL.

// now is the demo time.
func (p *page) now() time.Time { return runner.Store().Now() }

// regionName is the name of a region in the user's language.
func (p *page) regionName(c wallet.RegionCode) string {
	if r, ok := wallet.LookupRegion(c); ok {
		return r.Name.In(string(runner.Lang()))
	}
	return string(c)
}

// regionLabel is a region's flag and name.
func (p *page) regionLabel(c wallet.RegionCode) string {
	return strings.TrimSpace(wallet.FlagEmoji(c) + " " + p.regionName(c))
}

// walletRule is the ruleset's rule for the account's wallet.
func walletRule(st *wallet.State) (wallet.WalletRule, bool) {
	r, err := wallet.LookupRuleset(st.Ruleset)
	if err != nil {
		return wallet.WalletRule{}, false
	}
	return r.Wallet(st.Account.Wallet)
}

// local is a name the engine gives in three languages, in the user's.
func (p *page) local(n wallet.LocalName) string { return n.In(string(runner.Lang())) }

// date writes a day in the user's language, in the rules' time zone (the
// wallets' dates are days in China).
func (p *page) date(t time.Time) string {
	t = t.In(rulesZone())
	if runner.Lang() == i18n.English {
		return t.Format("2 January 2006")
	}
	return t.Format("2006年1月2日")
}

// clockText writes a demo time, with its date, the one way the demo shows
// times (the clock, chats, bills, locks, deadlines), in the rules' zone.
func (p *page) clockText(t time.Time) string {
	t = t.In(rulesZone())
	if runner.Lang() == i18n.English {
		return t.Format("2 Jan 15:04")
	}
	return t.Format("1月2日 15:04")
}

// cardName names a linked card the one way the demo shows cards: bank,
// network and the masked number.
func cardName(c wallet.LinkedCard) string {
	return c.Bank.Name + " " + c.Network.Name() + " " + maskedCard(c.Last4)
}

// maskedCard is a card number as the demo shows it: the last four digits
// only (the only ones it keeps).
func maskedCard(last4 string) string { return "•••• " + last4 }

// rulesZone is where the ruleset's days begin.
func rulesZone() *time.Location {
	if st := runner.Store().Wallet(); st != nil {
		if r, err := wallet.LookupRuleset(st.Ruleset); err == nil && r.Zone != nil {
			return r.Zone
		}
	}
	return time.UTC
}

// rules returns the ruleset the demo runs under.
func (p *page) rules() wallet.Ruleset {
	id := wallet.DefaultRuleset
	if st := runner.Store().Wallet(); st != nil {
		id = st.Ruleset
	}
	r, _ := wallet.LookupRuleset(id)
	return r
}

// entry is the Pay entry as the engine sees it now; the zero view (hidden)
// before onboarding.
func (p *page) entry() wallet.EntryView {
	st := runner.Store().Wallet()
	if st == nil {
		return wallet.EntryView{Stage: wallet.StageHidden}
	}
	return st.Entry(p.now())
}

// try asks the engine whether op would pass now, on a copy of the state, so
// a form can say what is wrong at the step where it was typed without
// changing anything.
func (p *page) try(op func(st *wallet.State, now time.Time) error) error {
	st := runner.Store().Wallet()
	if st == nil {
		return wallet.Errorf(wallet.EINVALID, "Pick who you are in the demo first.")
	}
	return st.DryRun(p.now(), op)
}

// fieldErr is err in words when it names field, else "".
func (p *page) fieldErr(err error, field string) string {
	if err != nil && wallet.ErrorField(err) == field {
		return p.errText(err)
	}
	return ""
}

// step is the step of a multi-step flow, kept in the URL so a reload stays
// on it.
func (p *page) step() string { return runner.Query("step") }

// goStep moves a flow at path to step.
func goStep(ctx app.Context, path, step string) {
	if step == "" {
		runner.Navigate(ctx, path)
		return
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	runner.Navigate(ctx, path+sep+"step="+step)
}

// tf formats the text of key with args.
func (p *page) tf(key string, args ...any) string { return i18n.Tf(runner.Lang(), key, args...) }

// stepper shows where in a flow the user is: "Step 2 of 4".
func (p *page) stepper(n, of int) app.UI {
	return para("stepper", p.tf("setup.stepof", n, of))
}

// note is a paragraph of explanation on the grey page.
func note(text string) app.UI { return para("note", text) }

// maxSearch caps a search box.
const maxSearch = 60

// searchBox is a search field that filters a list as the user types: its
// text is a draft, and each keystroke renders the list again.
func (p *page) searchBox(id, label string) app.UI {
	return div("field search",
		app.Label().For(id).Class("field-label").Text(label),
		app.Input().ID(id).Type("search").Class("field-input").Value(p.draft(id)).
			Attr("autocomplete", "off").MaxLength(maxSearch).
			OnInput(func(ctx app.Context, e app.Event) {
				p.pick(id, runner.CapRunes(ctx.JSSrc().Get("value").String(), maxSearch))
			}, app.EventScope(id)),
	)
}

// regionMatches reports whether a region matches a search query by any of its
// names, its code or its calling code.
func regionMatches(r wallet.Region, q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for _, s := range []string{r.Name.EN, r.Name.Hans, r.Name.Hant, string(r.Code), r.Dial} {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}

// timeParseDay reads a "YYYY-MM-DD" day of the rules' calendar.
func timeParseDay(s string) (time.Time, error) {
	return time.ParseInLocation("2006-01-02", s, rulesZone())
}

// stepFlow is a flow whose step is in the URL (?step=), so a reload stays
// on it, with the engine's refusal and the wrong PINs of its pay sheet.
type stepFlow struct {
	page
	step  string
	wrong int
}

// OnNav reads the step from the URL, and forgets the last step's refusal.
func (f *stepFlow) OnNav(ctx app.Context) {
	f.page.OnNav(ctx)
	f.step, f.err = runner.PageQuery(ctx).Get("step"), nil
}

// pick saves a choice (a radio, a checkbox, a search) as the draft id and
// renders again, since the screen depends on it; "" forgets it.
func (p *page) pick(id, v string) { runner.Store().SetDrafts(map[string]string{id: v}) }
