package runner

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// The tour runner: which tour and step the user is on lives in the store's
// document (so a reload keeps it) and in the URL's fragment
// (#tour=…&tourstep=…, so it can be shared; a shared link may also put
// tour and step in the query). A step advances only when the user really did it: reached
// its screen, or made the engine report its event.

// CurrentTour returns the tour under way and its step, if any.
func CurrentTour() (tour.Tour, int, bool) {
	ts := Store().Doc().Tour
	if ts == nil {
		return tour.Tour{}, 0, false
	}
	t, ok := tour.Lookup(ts.ID)
	return t, ts.Step, ok
}

// StartTour begins tour id at step, under the tab lock, then runs after
// (if not nil) if it did.
func StartTour(ctx app.Context, id string, step int, after func(ctx app.Context)) {
	Store().WithTabLock(ctx, func(ctx app.Context) {
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
	st := Store().Wallet()
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
	GoToStep(ctx, t, step)
	return true
}

// setUpFor starts the demo afresh as s says.
func setUpFor(s tour.Start) error {
	cur := Store()
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

// GoToStep makes step of t the current one and opens its screen: the user
// asked for it (start, back, skip, a link, the host page).
func GoToStep(ctx app.Context, t tour.Tour, step int) {
	setStep(ctx, t, step)
	if t.Steps[step].Route != Route(ctx) {
		OpenStep(ctx, t, step)
	}
}

// OpenStep opens the screen of step of t, keeping the step in the URL.
func OpenStep(ctx app.Context, t tour.Tour, step int) {
	Navigate(ctx, t.Steps[step].Route+"#"+tourFragment(t.ID, step))
}

// setStep makes step of t the current one and tells the host page.
func setStep(ctx app.Context, t tour.Tour, step int) {
	s := Store()
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

// EndTour stops the tour; completed says whether the user finished it.
func EndTour(ctx app.Context, completed bool) {
	t, _, ok := CurrentTour()
	s := Store()
	s.Update(func(d *store.Document) error { d.Tour = nil; return nil })
	writeTourURL(ctx)
	if ok && completed {
		postEvent(map[string]any{"event": "complete", "tour": t.ID})
	}
}

// tourProgress advances the tour when route or events complete its step.
func tourProgress(ctx app.Context, route string, events []wallet.Event) {
	t, step, ok := CurrentTour()
	if !ok || !t.Completes(step, route, events) {
		return
	}
	if step+1 == len(t.Steps) {
		TourDone = t.Title
		EndTour(ctx, true)
		return
	}
	// The flow itself leads on (a card linked shows its own next screen);
	// the tip offers the way to the next step's screen if it differs.
	setStep(ctx, t, step+1)
}

// TourDone is the title key of the tour just completed, for the closing
// message; "" when there is none to show.
var TourDone string

// ScreenShown advances the tour when reaching the current page's screen
// completes its step; the tour's overlay calls it as it mounts.
func ScreenShown(ctx app.Context) { tourProgress(ctx, Route(ctx), nil) }

// watchTourEvents advances tours on the engine's events.
func watchTourEvents() {
	Store().Subscribe(func(events []wallet.Event) {
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
	if ts := Store().Doc().Tour; ts != nil {
		u.Fragment = tourFragment(ts.ID, ts.Step)
		setHTMLData("tourStep", strconv.Itoa(ts.Step))
	}
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}

// StepText is the step's words in lang; the payment tours' tips name the
// PIN their wallet was set up with.
func StepText(lang i18n.Lang, s tour.Step) string {
	if text := i18n.T(lang, s.Text); strings.Contains(text, "%s") {
		return i18n.Tf(lang, s.Text, tour.ReadyPIN)
	}
	return i18n.T(lang, s.Text)
}

// watchTourKeys gives the tour its keys: Tab stays within the tip and the
// highlighted control, Esc closes, arrows (in the tip) move between steps.
// It runs in the key event itself, so it can stop Tab's default.
func watchTourKeys() {
	app.Window().Call("addEventListener", "keydown", app.FuncOf(func(this app.Value, args []app.Value) any {
		doc := app.Window().Get("document")
		tip := doc.Call("querySelector", ".tour-tip")
		if len(args) == 0 || !tip.Truthy() {
			return nil
		}
		e := args[0]
		inTip := tip.Call("contains", doc.Get("activeElement")).Bool()
		switch e.Get("key").String() {
		case "Tab":
			trapTab(e, tip)
		case "Escape":
			store.OnUI(func(ctx app.Context) { EndTour(ctx, false) })
		case "ArrowLeft", "ArrowRight":
			if inTip {
				forward := e.Get("key").String() == "ArrowRight"
				store.OnUI(func(ctx app.Context) { moveStep(ctx, forward) })
			}
		}
		return nil
	}))
}

// trapTab moves focus, in a cycle, between the tip's buttons and the
// highlighted control.
func trapTab(e, tip app.Value) {
	t, step, ok := CurrentTour()
	if !ok {
		return
	}
	var stops []app.Value
	buttons := tip.Call("querySelectorAll", "button")
	for i := 0; i < buttons.Length(); i++ {
		stops = append(stops, buttons.Index(i))
	}
	doc := app.Window().Get("document")
	if target := doc.Call("querySelector", ".phone "+t.Steps[step].Target); target.Truthy() {
		focusable := "a[href], button, input, select, textarea, [tabindex]"
		if !target.Call("matches", focusable).Bool() {
			target = target.Call("querySelector", focusable)
		}
		if target.Truthy() {
			stops = append([]app.Value{target}, stops...)
		}
	}
	if len(stops) == 0 {
		return
	}
	at := -1
	for i, s := range stops {
		if s.Equal(doc.Get("activeElement")) {
			at = i
		}
	}
	next := 0
	switch {
	case e.Get("shiftKey").Bool() && at <= 0:
		next = len(stops) - 1
	case e.Get("shiftKey").Bool():
		next = at - 1
	case at >= 0:
		next = (at + 1) % len(stops)
	}
	e.Call("preventDefault")
	stops[next].Call("focus")
}

// moveStep goes to the previous or next step.
func moveStep(ctx app.Context, forward bool) {
	t, step, ok := CurrentTour()
	if !ok {
		return
	}
	switch {
	case forward && step+1 < len(t.Steps):
		GoToStep(ctx, t, step+1)
	case !forward && step > 0:
		GoToStep(ctx, t, step-1)
	}
}
