package runner

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/app/tour"
)

// The autoplay performs a tour's steps by itself, on the real app: it taps
// with a visible ripple and types at a human pace, so a tutorial can play
// where nobody taps (a kiosk, a recording). A real touch or key hands
// control back at once; with loop it starts over, the demo reset, for
// kiosks. Whether it plays is kept in the document's tour, so a reload
// resumes it.
//
// It runs in its own goroutine, sleeping between actions, and acts through
// the page's DOM events exactly as a person's taps would: the screens
// cannot tell the difference, and the host page hears the same events.
// <html data-autoplay> says "playing", "done", "stopped" or "stuck", for
// kiosks' styles and for the recordings' driver.

const (
	// actionGap separates two actions, so each can be followed.
	actionGap = 700 * time.Millisecond
	// typeGap is between two typed characters: a brisk phone typist.
	typeGap = 90 * time.Millisecond
	// keyGap is between two taps on the number pad.
	keyGap = 260 * time.Millisecond
	// findWait is how long a control may take to appear (a screen loads,
	// a sheet slides in).
	findWait = 10 * time.Second
	// stepWait is how long a step's effect may take after its last action.
	stepWait = 10 * time.Second
	// loopPause shows the closing message before a loop starts over.
	loopPause = 4 * time.Second
	// pollEvery is how often the player looks again while it waits.
	pollEvery = 100 * time.Millisecond
)

// autoplayGen identifies the running player; bumping it stops that one.
// Only the UI goroutine and the player touch it, and wasm runs one at a
// time without preemption between them.
var (
	autoplayGen     int
	autoplayRunning bool
)

// errAutoplayStopped ends a player that was stopped or replaced.
var errAutoplayStopped = errors.New("autoplay stopped")

// lastTouch is when the user last touched the screen or a key.
var lastTouch time.Time

// startAutoplay marks the current tour as playing itself, and plays it;
// kiosk, if not nil, makes it loop (nil ends a kiosk).
func startAutoplay(kiosk *store.Kiosk) {
	s := Store()
	if s.Doc().Tour == nil {
		return
	}
	s.Update(func(d *store.Document) error {
		if d.Tour != nil {
			t := *d.Tour
			t.Autoplay = true
			d.Tour = &t
		}
		d.Kiosk = kiosk
		return nil
	})
	resumeAutoplay()
}

// resumeAutoplay starts the player if the document says a tour plays
// itself and none is running (the page was reloaded mid-tour), or waits
// for a kiosk's visitor to leave.
func resumeAutoplay() {
	d := Store().Doc()
	switch {
	case autoplayRunning:
	case d.Tour != nil && d.Tour.Autoplay:
		autoplayGen++
		autoplayRunning = true
		go playTour(autoplayGen, d.Tour.ID)
	case d.Kiosk != nil:
		autoplayGen++
		setAutoplayMode("stopped")
		go awaitIdle(autoplayGen)
	}
}

// stopAutoplay hands control back to the user at once, and says so on
// <html> as mode; the tour stays, for them to go on by hand.
func stopAutoplay(mode string) {
	if !autoplayRunning {
		return
	}
	autoplayGen++
	autoplayRunning = false
	setAutoplayMode(mode)
	store.OnUI(forgetAutoplay)
}

// forgetAutoplay writes down that the tour no longer plays itself, so a
// reload does not start it again. A kiosk takes over again once its
// visitor leaves it alone.
func forgetAutoplay(ctx app.Context) {
	s := Store()
	s.Update(func(d *store.Document) error {
		if d.Tour != nil {
			t := *d.Tour
			t.Autoplay = false
			d.Tour = &t
		}
		return nil
	})
	resumeAutoplay()
}

// watchTouches stops the autoplay the moment the user touches the screen
// or a key: only real input counts, not the player's own clicks. Loading
// the page counts as a touch: a kiosk reloaded by its visitor stays theirs.
func watchTouches() {
	lastTouch = time.Now()
	for _, ev := range []string{"pointerdown", "touchstart", "keydown", "wheel"} {
		app.Window().Call("addEventListener", ev, app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) == 0 || !args[0].Get("isTrusted").Bool() {
				return nil
			}
			lastTouch = time.Now()
			stopAutoplay("stopped")
			return nil
		}), map[string]any{"capture": true, "passive": true})
	}
}

// awaitIdle starts the kiosk's tour again once nobody has touched the
// screen for its idle time.
func awaitIdle(gen int) {
	for gen == autoplayGen {
		k := Store().Doc().Kiosk
		if k == nil {
			return
		}
		if time.Since(lastTouch) >= k.IdleTime() {
			store.OnUI(restartKiosk)
			// The restart starts a player, which ends this wait; if the
			// screen that was to run it went away first, try again.
			time.Sleep(findWait)
			continue
		}
		time.Sleep(time.Second)
	}
}

// restartKiosk starts the kiosk's tour afresh, as one change under the tab
// lock: the demo reset, the tour from its first step, playing itself.
func restartKiosk(ctx app.Context) {
	Store().WithTabLock(ctx, func(ctx app.Context) {
		k := Store().Doc().Kiosk
		if k == nil {
			return
		}
		kiosk := *k
		if err := Reset(ctx); err != nil {
			store.Warn("walletdemo: kiosk reset: " + err.Error())
		}
		if startTourNow(ctx, kiosk.Tour, 0) {
			startAutoplay(&kiosk)
		}
	})
}

// playTour plays tour id from its current step to the end; on a kiosk,
// again and again.
func playTour(gen int, id string) {
	// data-autoplay-player is set while a player runs: once it is gone,
	// nothing taps by itself (a test waits for that, not for a while).
	setHTMLData("autoplayPlayer", "1")
	defer setHTMLData("autoplayPlayer", "")
	setAutoplayMode("playing")
	for round := 1; ; round++ {
		setHTMLData("autoplayRound", strconv.Itoa(round))
		err := playOnce(gen, id)
		k := Store().Doc().Kiosk
		switch {
		case gen != autoplayGen:
			return
		case err != nil:
			store.Warn("walletdemo: the autoplay of the tour " + id + " is stuck: " + err.Error())
			stopAutoplay("stuck")
			return
		case k == nil || k.Tour != id:
			autoplayRunning = false
			setAutoplayMode("done")
			return
		}
		if pause(gen, loopPause) != nil {
			return
		}
		store.OnUI(restartKiosk)
		if waitUntil(gen, findWait, func() bool { t, step, ok := CurrentTour(); return ok && t.ID == id && step == 0 }) != nil {
			return
		}
	}
}

// playOnce performs the tour's steps until it is complete.
func playOnce(gen int, id string) error {
	for {
		t, step, ok := CurrentTour()
		if !ok || t.ID != id {
			if TourDone == tourTitle(id) {
				return nil
			}
			return errors.New("the tour was closed")
		}
		// On its screen, the tip must point at something, or the tutorial
		// would point at nothing too.
		if onRoute(t.Steps[step].Route) {
			if _, err := waitFor(gen, "control the tip points at ("+t.Steps[step].Target+")", func() app.Value { return findControl(t.Steps[step].Target) }); err != nil {
				return errors.New("step " + strconv.Itoa(step+1) + " (" + t.Steps[step].ID + "): " + err.Error())
			}
		}
		if err := pause(gen, tour.ReadingTime(StepText(Lang(), t.Steps[step]))); err != nil {
			return err
		}
		for _, a := range t.Actions(step) {
			if err := perform(gen, a); err != nil {
				return errors.New("step " + strconv.Itoa(step+1) + " (" + t.Steps[step].ID + "): " + err.Error())
			}
			if err := pause(gen, actionGap); err != nil {
				return err
			}
		}
		moved := func() bool { t2, s2, ok2 := CurrentTour(); return !ok2 || t2.ID != id || s2 != step }
		if err := waitUntil(gen, stepWait, moved); err != nil {
			return errors.New("step " + strconv.Itoa(step+1) + " (" + t.Steps[step].ID + ") did not complete")
		}
	}
}

// onRoute reports whether the screen shown is route's.
func onRoute(route string) bool {
	ctx, ok := store.Latest()
	return ok && Route(ctx) == route
}

// tourTitle is the title key of tour id.
func tourTitle(id string) string {
	t, _ := tour.Lookup(id)
	return t.Title
}

// perform does one action as a person would.
func perform(gen int, a tour.Action) error {
	switch {
	case a.Open != "":
		store.OnUI(func(ctx app.Context) { Navigate(ctx, a.Open) })
		return waitUntil(gen, findWait, func() bool { return onRoute(a.Open) })
	case a.Tap != "":
		el, err := waitFor(gen, a.Tap, func() app.Value { return findControl(a.Tap) })
		if err != nil {
			return err
		}
		return tap(gen, el)
	case a.Press != "":
		name := i18n.T(Lang(), a.Press)
		el, err := waitFor(gen, "“"+name+"”", func() app.Value { return findNamed(name) })
		if err != nil {
			return err
		}
		return tap(gen, el)
	case a.Fill != "":
		return fill(gen, a)
	case a.Keys != "":
		return pressKeys(gen, a.Keys)
	}
	return errors.New("an action that does nothing")
}

// fill types an action's text into its field.
func fill(gen int, a tour.Action) error {
	el, err := waitFor(gen, a.Fill, func() app.Value { return findControl(a.Fill) })
	if err != nil {
		return err
	}
	text := a.Text
	if a.Copy != "" {
		src, err := waitFor(gen, a.Copy, func() app.Value { return findControl(a.Copy) })
		if err != nil {
			return err
		}
		text = strings.TrimSpace(src.Get("textContent").String())
	}
	ripple(el)
	el.Call("focus")
	if err := pause(gen, actionGap/2); err != nil {
		return err
	}
	// A date picker takes its value whole; other fields, key by key.
	if el.Get("type").String() == "date" {
		el.Set("value", text)
		fire(el, "input")
		fire(el, "change")
		return nil
	}
	if el.Get("value").String() != "" {
		el.Set("value", "")
		fire(el, "input")
	}
	for _, r := range text {
		el.Set("value", el.Get("value").String()+string(r))
		fire(el, "input")
		if err := pause(gen, typeGap); err != nil {
			return err
		}
	}
	fire(el, "change")
	return nil
}

// pressKeys taps digits on the number pad, once the pad is empty (a new
// pad, or one cleared after a first entry).
func pressKeys(gen int, digits string) error {
	empty := func() bool {
		pad := findControl(".pinpad")
		return pad.Truthy() && pad.Call("querySelectorAll", ".pin-box.filled").Length() == 0
	}
	if err := waitUntil(gen, findWait, empty); err != nil {
		return errors.New("no empty number pad")
	}
	for _, d := range digits {
		key := findKey(string(d))
		if !key.Truthy() {
			return errors.New("no key " + string(d) + " on the number pad")
		}
		if err := tap(gen, key); err != nil {
			return err
		}
		if err := pause(gen, keyGap); err != nil {
			return err
		}
	}
	return nil
}

// tap shows a touch on el and clicks it.
func tap(gen int, el app.Value) error {
	el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	ripple(el)
	if err := pause(gen, 150*time.Millisecond); err != nil {
		return err
	}
	el.Call("click")
	return nil
}

// ripple draws an expanding circle where el is tapped; it removes itself.
func ripple(el app.Value) {
	r := el.Call("getBoundingClientRect")
	doc := app.Window().Get("document")
	dot := doc.Call("createElement", "div")
	dot.Set("className", "tap-ripple")
	dot.Call("setAttribute", "aria-hidden", "true")
	style := dot.Get("style")
	style.Set("left", strconv.Itoa(r.Get("left").Int()+r.Get("width").Int()/2)+"px")
	style.Set("top", strconv.Itoa(r.Get("top").Int()+r.Get("height").Int()/2)+"px")
	doc.Get("body").Call("appendChild", dot)
	app.Window().Call("setTimeout", app.FuncOf(func(this app.Value, args []app.Value) any {
		dot.Call("remove")
		return nil
	}), 500)
}

// fire dispatches a bubbling event of kind on el, as typing does.
func fire(el app.Value, kind string) {
	el.Call("dispatchEvent", app.Window().Get("Event").New(kind, map[string]any{"bubbles": true}))
}

// findControl returns the first visible element of the screen (not the
// tour's tip) that selector matches, or a falsy value.
func findControl(selector string) app.Value {
	return firstVisible(screenRoot().Call("querySelectorAll", selector), func(app.Value) bool { return true })
}

// findNamed returns the visible control whose words or label are name.
func findNamed(name string) app.Value {
	return firstVisible(screenRoot().Call("querySelectorAll", "button, a[href], summary, label, [role=button]"), func(el app.Value) bool {
		return strings.TrimSpace(el.Get("textContent").String()) == name || el.Call("getAttribute", "aria-label").String() == name
	})
}

// findKey returns the number pad's key d.
func findKey(d string) app.Value {
	return firstVisible(screenRoot().Call("querySelectorAll", ".pinpad .pin-key"), func(el app.Value) bool {
		return strings.TrimSpace(el.Get("textContent").String()) == d
	})
}

// screenRoot is the phone's screen, or the document on a page without one.
func screenRoot() app.Value {
	doc := app.Window().Get("document")
	if phone := doc.Call("querySelector", ".phone"); phone.Truthy() {
		return phone
	}
	return doc
}

// firstVisible returns the first of els that is on screen, outside the
// tour's tip, and matches.
func firstVisible(els app.Value, match func(app.Value) bool) app.Value {
	for i := 0; i < els.Length(); i++ {
		el := els.Index(i)
		if el.Call("closest", ".tour").Truthy() || el.Call("getClientRects").Length() == 0 {
			continue
		}
		if match(el) {
			return el
		}
	}
	return app.Null()
}

// waitFor polls find until it returns an element.
func waitFor(gen int, what string, find func() app.Value) (app.Value, error) {
	var el app.Value
	err := waitUntil(gen, findWait, func() bool { el = find(); return el.Truthy() })
	if err == errAutoplayStopped {
		return nil, err
	}
	if err != nil {
		return nil, errors.New("no " + what + " on the screen")
	}
	return el, nil
}

// waitUntil polls cond for up to d.
func waitUntil(gen int, d time.Duration, cond func() bool) error {
	for end := time.Now().Add(d); ; {
		if gen != autoplayGen {
			return errAutoplayStopped
		}
		if cond() {
			return nil
		}
		if time.Now().After(end) {
			return errors.New("timed out")
		}
		time.Sleep(pollEvery)
	}
}

// pause waits d, ending early if the player is stopped.
func pause(gen int, d time.Duration) error {
	for end := time.Now().Add(d); time.Now().Before(end); {
		if gen != autoplayGen {
			return errAutoplayStopped
		}
		time.Sleep(min(pollEvery, time.Until(end)))
	}
	if gen != autoplayGen {
		return errAutoplayStopped
	}
	return nil
}

// setAutoplayMode says on <html> what the autoplay is doing.
func setAutoplayMode(mode string) { setHTMLData("autoplay", mode) }

// ShowingItself reports whether the demo is showing itself — a tour playing
// itself, or a kiosk — so that offers meant for a reader (install) stay
// out of the way.
func ShowingItself() bool {
	d := Store().Doc()
	return d.Kiosk != nil || (d.Tour != nil && d.Tour.Autoplay)
}
