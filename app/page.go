package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/wallet"
)

// page is embedded by every screen: it re-renders the screen when the store
// changes and knows the language and the install/update status.
type page struct {
	app.Compo
	rev int
	// pending is set while an operation the screen asked for (act) waits
	// for the cross-tab lock.
	pending bool
	// err is the refusal the screen shows, if any.
	err error
}

// appStatus is the browser's install and update status. It is the app's,
// not a screen's, so a screen renders its banners from its first frame:
// learning them only once mounted moved everything below the banners a
// moment after each navigation, under the user's finger.
var appStatus struct {
	installable, updateReady bool
	// installWay is the catalogue key of how to install where the browser
	// has no prompt (see installWay).
	installWay string
}

// OnMount subscribes the screen to the store.
func (p *page) OnMount(ctx app.Context) {
	currentStore()
	ctx.ObserveState(revState, &p.rev)
	appStatus.installable = ctx.IsAppInstallable()
	appStatus.installWay = browserInstallWay()
	appStatus.updateReady = ctx.AppUpdateAvailable()
	if rememberCtx(ctx) {
		markEmbedded()
		// The hooks only answer later events: they start in a task of
		// their own once the first screen is live, so the browser paints
		// and takes input in between instead of waiting for them.
		nextTask(func(app.Context) { startHooks() })
	}
	runHeldWork(ctx)
	markLive()
}

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

// OnAppUpdate shows the "update ready" banner.
func (p *page) OnAppUpdate(ctx app.Context) { appStatus.updateReady = ctx.AppUpdateAvailable() }

// OnAppInstallChange shows or hides the install button.
func (p *page) OnAppInstallChange(ctx app.Context) { appStatus.installable = ctx.IsAppInstallable() }

// update changes the document through the store and re-renders every
// screen that observes it.
func (p *page) update(ctx app.Context, change func(*Document) error) error {
	s := currentStore()
	if err := s.Update(change); err != nil {
		return err
	}
	ctx.SetState(revState, s.Rev())
	return nil
}

// act runs an engine operation through the store, under the cross-tab
// lock (tablock.go), re-renders every screen that observes the store, and
// then calls done, if not nil, with the engine's refusal or nil. The lock
// makes that later, when another tab's operation is under way, and done is
// not called if the control that asked has gone by then. While the
// operation waits, the screen's further operations are ignored: a second
// tap must not pay or start an order twice.
func (p *page) act(ctx app.Context, op func(st *wallet.State, now time.Time) ([]wallet.Event, error), done func(ctx app.Context, err error)) {
	if p.pending {
		return
	}
	p.pending = true
	withTabLock(ctx, func(uictx app.Context) {
		p.pending = false
		err := p.do(uictx, op)
		if done == nil {
			return
		}
		// The tapped control may have been drawn anew while the operation
		// waited (a tick a moment before removed an error above it): the
		// screen being there is what counts. A screen that has gone hears
		// nothing.
		if src := ctx.Src(); src != nil && src.Mounted() {
			done(ctx, err)
		} else if p.Mounted() {
			done(uictx, err)
		}
	})
}

// actAlways is act for work no tap started (settling what fell due,
// drawing a new payment code when one expires): it is never ignored, and
// it does not hold back the screen's own taps.
func actAlways(ctx app.Context, op func(st *wallet.State, now time.Time) ([]wallet.Event, error), done func(ctx app.Context, err error)) {
	var p page
	p.act(ctx, op, done)
}

// keepErr is a done for act that keeps the engine's refusal, or nil, in
// *err for the screen to show.
func keepErr(err *error) func(ctx app.Context, refusal error) {
	return func(_ app.Context, refusal error) { *err = refusal }
}

// do runs an engine operation through the store at once, outside the
// cross-tab lock, and re-renders every screen that observes the store. The
// error, if any, is the engine's refusal. Screens use act; do is for work
// the next line needs done (a deep link's persona, before its tour starts).
func (p *page) do(ctx app.Context, op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) error {
	s := currentStore()
	_, err := s.Do(op)
	ctx.SetState(revState, s.Rev())
	return err
}

// lang is the language the user chose, else the browser's.
func (p *page) lang() i18n.Lang {
	if l := currentStore().Doc().Lang; l != "" {
		return l
	}
	return browserLang()
}

// t looks key up in the current language.
func (p *page) t(key string) string { return i18n.T(p.lang(), key) }

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
