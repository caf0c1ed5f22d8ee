package runner

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
)

// theStore is the app's store, opened on first use (store.Open).
var (
	theStore     *store.Store
	theStoreOnce sync.Once
)

// Store returns the app's store, opening it on first use.
func Store() *store.Store {
	theStoreOnce.Do(func() { theStore = store.Open() })
	return theStore
}

// SetStore makes s the app's store and returns the one it replaces: a
// test gives the screens a store of its own, and puts the old one back.
func SetStore(s *store.Store) (old *store.Store) {
	old = Store()
	theStore = s
	return old
}

// Lang is the language the user chose, else the browser's.
func Lang() i18n.Lang {
	if l := Store().Doc().Lang; l != "" {
		return l
	}
	return browserLang()
}

// browserLang reads navigator.languages once; the server renders English.
var browserLang = func() func() i18n.Lang {
	var l i18n.Lang
	return func() i18n.Lang {
		if l == "" {
			l = i18n.Default
			if app.IsClient {
				langs := app.Window().Get("navigator").Get("languages")
				tags := make([]string, langs.Length())
				for i := range tags {
					tags[i] = langs.Index(i).String()
				}
				l = i18n.FromBrowser(tags)
			}
		}
		return l
	}
}()

// Mount is called by every screen as it mounts. The first one starts the
// app: it marks an embedded page before it is painted, and connects the
// browser's hooks. Each one runs the work of granted locks that still
// waits, and the app is live from the first.
func Mount(ctx app.Context) {
	if store.Remember(ctx) {
		markEmbedded()
		// The hooks only answer later events: they start in a task of
		// their own once the first screen is live, so the browser paints
		// and takes input in between instead of waiting for them.
		store.NextTask(func(app.Context) { startHooks() })
	}
	store.RunHeldWork(ctx)
	markLive()
}

// startHooks connects the app to the browser once, after the first screen
// has mounted: other tabs' writes, a host page when embedded, the tours' events
// and keys, and an autoplay a reload interrupted. The host subscribes to
// the engine's events before the tours do, so it hears a payment before
// the step or the tour it completes.
func startHooks() {
	Store().WatchOtherTabs()
	startEmbed()
	watchTourEvents()
	watchTourKeys()
	watchTouches()
	resumeAutoplay()
	for _, f := range afterStart {
		f()
	}
	// data-hooks tells tests that what a start decides (an autoplay to
	// resume among it) is decided.
	setHTMLData("hooks", "1")
}

// afterStart is the work AfterStart was given.
var afterStart []func()

// AfterStart runs f with the browser's hooks, in the task after the first
// screen has mounted: work a start does not wait for. Call it before
// app.RunWhenOnBrowser.
func AfterStart(f func()) { afterStart = append(afterStart, f) }

// live is set once the first screen has mounted.
var live bool

// markLive tells tests and benchmarks that the app is live: the data-live
// attribute on <html> and the performance mark "app-live".
func markLive() {
	if live {
		return
	}
	live = true
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("live", "1")
	app.Window().Get("performance").Call("mark", "app-live")
}

// setHTMLData sets a data- attribute of <html>; "" removes it.
func setHTMLData(key, value string) {
	ds := app.Window().Get("document").Get("documentElement").Get("dataset")
	if value == "" {
		ds.Delete(key)
		return
	}
	ds.Set(key, value)
}
