package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/store"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// The tour runner: which tour and step the user is on lives in the store's
// document (so a reload keeps it) and in the URL's fragment
// (#tour=…&tourstep=…, so it can be shared; a shared link may also put
// tour and step in the query). A step advances only when the user really did it: reached
// its screen, or made the engine report its event.

// currentTour returns the tour under way and its step, if any.
func currentTour() (tour.Tour, int, bool) {
	ts := currentStore().Doc().Tour
	if ts == nil {
		return tour.Tour{}, 0, false
	}
	t, ok := tour.Lookup(ts.ID)
	return t, ts.Step, ok
}

// startTour begins tour id at step, under the tab lock, then runs after
// (if not nil) if it did.
func startTour(ctx app.Context, id string, step int, after func(ctx app.Context)) {
	currentStore().WithTabLock(ctx, func(ctx app.Context) {
		if startTourNow(ctx, id, step) && after != nil {
			after(ctx)
		}
	})
}

// startTourNow begins tour id at step, and reports whether it did. From
// the first step it sets the demo up as the tour needs; a later step (a
// deep link, a host's goto-step) keeps the user's state, unless that
// state cannot reach it (no persona yet, or a payment tour without an
// active wallet): then the demo is set up as from the first step, and
// the tour opens at the furthest step that set-up can go on from. It
// changes the wallet at once: run it under the tab lock.
func startTourNow(ctx app.Context, id string, step int) bool {
	t, ok := tour.Lookup(id)
	if !ok || step < 0 || step >= len(t.Steps) {
		store.Warn("walletdemo: no tour " + id + " with a step " + strconv.Itoa(step))
		return false
	}
	st := currentStore().Wallet()
	setUp := step == 0
	if step > 0 && (st == nil || t.Start.Active && st.Account.Stage != wallet.StageActive) {
		step, setUp = t.Entry(step), true
	}
	if setUp {
		if err := setUpFor(t.Start); err != nil {
			store.Warn("walletdemo: setting up the tour: " + err.Error())
			return false
		}
	}
	goToStep(ctx, t, step)
	return true
}

// setUpFor starts the demo afresh as s says.
func setUpFor(s tour.Start) error {
	cur := currentStore()
	persona := wallet.Persona{Name: "Alex", Region: s.Region}
	if st := cur.Wallet(); st != nil && st.Persona.Name != "" {
		persona.Name = st.Persona.Name
	}
	if err := cur.Start(persona, s.Rules); err != nil {
		return err
	}
	if !s.Active {
		return nil
	}
	_, err := cur.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		var all []wallet.Event
		steps := []func() ([]wallet.Event, error){
			func() ([]wallet.Event, error) { return st.Authenticate(tour.ReadyIdentity, now) },
			func() ([]wallet.Event, error) { _, e, err := st.LinkCard(tour.ReadyCard, now); return e, err },
			func() ([]wallet.Event, error) { return st.SetPIN(tour.ReadyPIN, now) },
			func() ([]wallet.Event, error) { return st.ConfirmPIN(tour.ReadyPIN, now) },
			func() ([]wallet.Event, error) { return st.TopUp(st.Cards[0].ID, tour.ReadyBalance, tour.ReadyPIN, now) },
		}
		for _, f := range steps {
			e, err := f()
			if err != nil {
				return nil, err
			}
			all = append(all, e...)
		}
		return all, nil
	})
	return err
}

// goToStep makes step of t the current one and opens its screen: the user
// asked for it (start, back, skip, a link, the host page).
func goToStep(ctx app.Context, t tour.Tour, step int) {
	setStep(ctx, t, step)
	if route := t.Steps[step].Route; route != currentRoute(ctx) {
		navigate(ctx, route+"#"+tourFragment(t.ID, step))
	}
}

// setStep makes step of t the current one and tells the host page.
func setStep(ctx app.Context, t tour.Tour, step int) {
	s := currentStore()
	s.Update(func(d *store.Document) error {
		next := store.TourState{ID: t.ID, Step: step}
		if d.Tour != nil && d.Tour.ID == t.ID {
			next.Autoplay = d.Tour.Autoplay
		}
		d.Tour = &next
		return nil
	})
	postEvent(map[string]any{"event": "step", "tour": t.ID, "index": step, "id": t.Steps[step].ID})
	writeTourURL(ctx)
}

// endTour stops the tour; completed says whether the user finished it.
func endTour(ctx app.Context, completed bool) {
	t, _, ok := currentTour()
	s := currentStore()
	s.Update(func(d *store.Document) error { d.Tour = nil; return nil })
	writeTourURL(ctx)
	if ok && completed {
		postEvent(map[string]any{"event": "complete", "tour": t.ID})
	}
}

// tourProgress advances the tour when route or events complete its step.
func tourProgress(ctx app.Context, route string, events []wallet.Event) {
	t, step, ok := currentTour()
	if !ok || !t.Completes(step, route, events) {
		return
	}
	if step+1 == len(t.Steps) {
		tourDone = t.Title
		endTour(ctx, true)
		return
	}
	// The flow itself leads on (a card linked shows its own next screen);
	// the tip offers the way to the next step's screen if it differs.
	setStep(ctx, t, step+1)
}

// tourDone is the title key of the tour just completed, for the closing
// message; "" when there is none to show.
var tourDone string

// watchTourEvents advances tours on the engine's events.
func watchTourEvents() {
	currentStore().Subscribe(func(events []wallet.Event) {
		store.WithUI(func(ctx app.Context) { tourProgress(ctx, "", events) })
	})
}

// tourFragment names a tour step in a URL's fragment. The fragment, not
// the query, because the screens read their query strictly (a merchant
// code is the whole query of /pay) and the flows use "step" for their own.
// The step counts from 1, as the tip does.
func tourFragment(id string, step int) string {
	return "tour=" + id + "&tourstep=" + strconv.Itoa(step+1)
}

// writeTourURL writes the current tour and step into the address bar's
// fragment (or removes them), without a navigation, so the URL can be
// shared, and onto <html data-tour-step>. A shared link's own parameters,
// now applied, leave the query.
func writeTourURL(ctx app.Context) {
	u := ctx.Page().URL()
	q := u.Query()
	if q.Get("tour") != "" {
		for _, k := range []string{"tour", "tourstep", "lang", "region", "rules", "name", "autoplay", "loop", "idle"} {
			q.Del(k)
		}
		// A numeric step came with the tour; a flow's step is a word.
		if _, err := strconv.Atoi(q.Get("step")); err == nil {
			q.Del("step")
		}
		u.RawQuery = q.Encode()
	}
	u.Fragment = ""
	setHTMLData("tourStep", "")
	if ts := currentStore().Doc().Tour; ts != nil {
		u.Fragment = tourFragment(ts.ID, ts.Step)
		setHTMLData("tourStep", strconv.Itoa(ts.Step))
	}
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}

// currentRoute is the app's path of the current page, without the site's
// path prefix.
func currentRoute(ctx app.Context) string {
	p := ctx.Page().URL().Path
	if app.IsClient {
		p = strings.TrimPrefix(p, strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	}
	if p == "" {
		p = "/"
	}
	return p
}
