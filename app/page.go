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
}

// appStatus is the browser's install and update status. It is the app's,
// not a screen's, so a screen renders its banners from its first frame:
// learning them only once mounted moved everything below the banners a
// moment after each navigation, under the user's finger.
var appStatus struct{ installable, updateReady, apple bool }

// OnMount subscribes the screen to the store.
func (p *page) OnMount(ctx app.Context) {
	currentStore()
	ctx.ObserveState(revState, &p.rev)
	appStatus.installable = ctx.IsAppInstallable()
	appStatus.apple = ctx.IsAppleBrowser()
	appStatus.updateReady = ctx.AppUpdateAvailable()
	if rememberCtx(ctx) {
		startHooks()
	}
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

// do runs an engine operation through the store and re-renders every
// screen that observes it. The error, if any, is the engine's refusal, for
// the screen to show.
func (p *page) do(ctx app.Context, op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) error {
	s := currentStore()
	if _, err := s.Do(op); err != nil {
		return err
	}
	ctx.SetState(revState, s.Rev())
	return nil
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
