package runner

import (
	"maps"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// linkRequest is what a page's URL asks for, gathered from every parameter
// before any of it is carried out, so that ?region=GB&rules=2024 restarts
// the demo once, not twice.
type linkRequest struct {
	Region wallet.RegionCode
	Rules  wallet.RulesetID
	Name   string
	Lang   i18n.Lang
	Tour   string
	Step   int
	// Autoplay plays the tour by itself; Loop starts it over when done,
	// and Idle seconds after a visitor's last touch (a kiosk).
	Autoplay, Loop bool
	Idle           int
}

// linkParams are the URL parameters every page obeys when it loads. Each
// reads its value into the request and reports whether the value is one the
// demo knows; an unknown one is ignored with a console warning.
var linkParams = []struct {
	Name string
	Read func(v string, r *linkRequest) bool
}{
	{"region", func(v string, r *linkRequest) bool {
		c := wallet.RegionCode(strings.ToUpper(strings.TrimSpace(v)))
		_, ok := wallet.LookupRegion(c)
		if ok {
			r.Region = c
		}
		return ok
	}},
	{"rules", func(v string, r *linkRequest) bool {
		_, err := wallet.LookupRuleset(wallet.RulesetID(v))
		if err == nil {
			r.Rules = wallet.RulesetID(v)
		}
		return err == nil
	}},
	{"lang", func(v string, r *linkRequest) bool {
		l, ok := i18n.Parse(v)
		if ok {
			r.Lang = l
		}
		return ok
	}},
	{"tour", func(v string, r *linkRequest) bool {
		_, ok := tour.Lookup(v)
		if ok {
			r.Tour = v
		}
		return ok
	}},
	// The tour's step: "tourstep", or "step" in a shared link. A flow's own
	// step (?step=holder) is not a number and is left to the flow.
	{"step", readTourStep},
	{"tourstep", readTourStep},
	{"autoplay", func(v string, r *linkRequest) bool { return readFlag(v, &r.Autoplay) }},
	{"loop", func(v string, r *linkRequest) bool { return readFlag(v, &r.Loop) }},
	{"idle", func(v string, r *linkRequest) bool {
		n, err := strconv.Atoi(v)
		if err == nil && store.ValidIdle(n) {
			r.Idle = n
		}
		return err == nil && store.ValidIdle(n)
	}},
	{"name", func(v string, r *linkRequest) bool {
		v = strings.TrimSpace(v)
		err := wallet.CheckDisplayName(v)
		if err == nil {
			r.Name = v
		}
		return err == nil
	}},
}

// kioskOf is the kiosk a link or a host command asks for: none without
// loop.
func kioskOf(tour string, loop bool, idle int) *store.Kiosk {
	if !loop {
		return nil
	}
	return &store.Kiosk{Tour: tour, Idle: idle}
}

// readFlag reads an on/off parameter: 1 or 0.
func readFlag(v string, flag *bool) bool {
	*flag = v == "1"
	return v == "1" || v == "0"
}

// readTourStep reads a tour step number, counted from 1 as the tip counts;
// words are a flow's own steps. 0 is read as the first step: links once
// counted from 0, and only such a link says 0.
func readTourStep(v string, r *linkRequest) bool {
	n, err := strconv.Atoi(v)
	if err != nil {
		return strings.Trim(v, "abcdefghijklmnopqrstuvwxyz-") == ""
	}
	if n >= 0 && n <= 100 {
		r.Step = max(n-1, 0)
	}
	return n >= 0 && n <= 100
}

// readLink gathers the request of query, warning about each value the demo
// does not know.
func readLink(q url.Values) linkRequest {
	var r linkRequest
	q = cappedQuery(q)
	for _, p := range linkParams {
		v, ok := q[p.Name]
		if !ok {
			continue
		}
		if !p.Read(v[0], &r) {
			store.Warn("walletdemo: ignoring the URL parameter " + p.Name + "=" + v[0] + ": not a value the demo knows")
		}
	}
	return r
}

// FollowLink applies the URL's parameters each time a page is navigated
// to: every screen's OnNav calls it first, or deep links would not reach
// it.
func FollowLink(ctx app.Context) {
	u := ctx.Page().URL()
	q := u.Query()
	// A tour step may also be in the fragment (#tour=…&tourstep=…).
	if f, err := url.ParseQuery(u.Fragment); err == nil {
		for k, v := range f {
			if _, dup := q[k]; !dup && (k == "tour" || k == "tourstep") {
				q[k] = v
			}
		}
	}
	r := unmet(Store(), readLink(q))
	if r == (linkRequest{}) {
		return
	}
	// A link may restart the demo and start a tour: one change, under the
	// tab lock, so that another tab's payment is not lost under it.
	Store().WithTabLock(ctx, func(ctx app.Context) {
		applyLink(ctx, r)
		applyLangAndTour(ctx, r)
	})
}

// unmet drops from r what is already so in s. A tour's step is read from the
// fragment on every navigation; left in, the change made later under the
// lock would start again a tour the user closed in the meantime.
func unmet(s *store.Store, r linkRequest) linkRequest {
	d := s.Doc()
	if cur := d.Tour; cur != nil && cur.ID == r.Tour && cur.Step == r.Step && !r.Autoplay {
		r.Tour, r.Step = "", 0
	}
	if !r.Autoplay {
		r.Loop, r.Idle = false, 0
	}
	if r.Lang == d.Lang {
		r.Lang = ""
	}
	if st := s.Wallet(); st != nil {
		if r.Region == st.Persona.Region {
			r.Region = ""
		}
		if r.Name == st.Persona.Name {
			r.Name = ""
		}
		if r.Rules == st.Ruleset {
			r.Rules = ""
		}
	}
	return r
}

// applyLangAndTour switches the language and opens the tour step a link
// names; a tour step already under way is left as it is, so a reload does
// not start it again.
func applyLangAndTour(ctx app.Context, r linkRequest) {
	if !app.IsClient {
		return // the server prerenders every visitor's first screen alike
	}
	s := Store()
	if r.Lang != "" && r.Lang != s.Doc().Lang {
		s.Update(func(d *store.Document) error { d.Lang = r.Lang; return nil })
	}
	if r.Tour == "" {
		return
	}
	if t, ok := tour.Lookup(r.Tour); ok && r.Step >= len(t.Steps) {
		store.Warn("walletdemo: ignoring step=" + strconv.Itoa(r.Step+1) + ": the tour " + r.Tour + " has " + strconv.Itoa(len(t.Steps)) + " steps")
		return
	}
	if cur := s.Doc().Tour; cur == nil || cur.ID != r.Tour || cur.Step != r.Step {
		startTourNow(ctx, r.Tour, r.Step)
	}
	if r.Autoplay {
		startAutoplay(kioskOf(r.Tour, r.Loop, r.Idle))
	}
}

// applyLink carries out r. Without a persona yet, a region starts the demo
// at once and the rest prefills the onboarding. With one, it restarts the
// demo only when something differs, so reloading a deep link keeps the
// user's progress.
func applyLink(ctx app.Context, r linkRequest) {
	s := Store()
	st := s.Wallet()
	if st == nil {
		if r.Region == "" {
			keepDrafts(map[string]string{NameDraft: r.Name, RulesDraft: string(r.Rules)})
			return
		}
		name := r.Name
		if name == "" {
			name = i18n.T(Lang(), "me.guest")
		}
		rules := r.Rules
		if rules == "" {
			rules = wallet.DefaultRuleset
		}
		if err := StartAs(wallet.Persona{Name: name, Region: r.Region}, rules); err != nil {
			store.Warn("walletdemo: " + err.Error())
		}
		return
	}
	want := st.Persona
	if r.Region != "" {
		want.Region = r.Region
	}
	if r.Name != "" {
		want.Name = r.Name
	}
	rules := st.Ruleset
	if r.Rules != "" {
		rules = r.Rules
	}
	if err := StartAs(want, rules); err != nil {
		store.Warn("walletdemo: " + err.Error())
	}
}

// The drafts a link fills before onboarding, for the screen that asks
// who the user is to show them.
const (
	NameDraft  = "welcome.name"
	RulesDraft = "welcome.rules"
)

// keepDrafts saves the non-empty values as drafts.
func keepDrafts(values map[string]string) {
	maps.DeleteFunc(values, func(_, v string) bool { return v == "" })
	if len(values) == 0 {
		return
	}
	Store().SetDrafts(values)
}

// StartAs begins the demo as persona under rules, or restarts it when
// either differs from the current ones, keeping the demo clock. It changes
// the wallet at once: run it under the tab lock (Store.WithTabLock).
func StartAs(persona wallet.Persona, rules wallet.RulesetID) error {
	s := Store()
	st := s.Wallet()
	switch {
	case st == nil:
		return s.Start(persona, rules)
	case st.Persona == persona && st.Ruleset == rules:
		return nil
	}
	_, err := s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		events, err := st.ChangeRuleset(rules, now)
		if err != nil {
			return nil, err
		}
		more, err := st.ChangePersona(persona, now)
		return append(events, more...), err
	})
	return err
}
