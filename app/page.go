package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/app/store"
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
	// has no prompt (see runner.InstallWay).
	installWay string
}

// OnMount subscribes the screen to the store, and lets the runner start
// the app with the first screen.
func (p *page) OnMount(ctx app.Context) {
	runner.Store()
	store.Observe(ctx, &p.rev)
	appStatus.installable = ctx.IsAppInstallable()
	appStatus.installWay = runner.InstallWay()
	appStatus.updateReady = ctx.AppUpdateAvailable()
	runner.Mount(ctx)
}

// OnNav follows the URL's deep link each time a page is navigated to. A
// screen with an OnNav of its own calls this one first, or deep links would
// not reach it.
func (p *page) OnNav(ctx app.Context) { runner.FollowLink(ctx) }

// OnAppUpdate shows the "update ready" banner.
func (p *page) OnAppUpdate(ctx app.Context) { appStatus.updateReady = ctx.AppUpdateAvailable() }

// OnAppInstallChange shows or hides the install button.
func (p *page) OnAppInstallChange(ctx app.Context) { appStatus.installable = ctx.IsAppInstallable() }

// A screen changes or asks the wallet with one of these (the store
// persists every change and announces it to the screens):
//
//	a tap runs an engine operation             p.act(ctx, op, done)
//	work no tap started (a timer, a due date)  actAlways(ctx, op, done)
//	would op pass now? (changes nothing)       p.try(op)
//	a choice the screen is drawn from          p.pick(id, v)
//	any other change of the document           runner.Store().WithTabLock(ctx, section)

// act runs an engine operation through the store, under the cross-tab
// lock (Store.WithTabLock); the store re-renders every screen that
// observes it. Then act calls done, if not nil, with the engine's refusal
// or nil. The lock makes that later, when another tab's operation is under
// way, and done is not called if the control that asked has gone by then. While the
// operation waits, the screen's further operations are ignored: a second
// tap must not pay or start an order twice.
func (p *page) act(ctx app.Context, op func(st *wallet.State, now time.Time) ([]wallet.Event, error), done func(ctx app.Context, err error)) {
	if p.pending {
		return
	}
	p.pending = true
	runner.Store().WithTabLock(ctx, func(uictx app.Context) {
		p.pending = false
		_, err := runner.Store().Do(op)
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

// pick saves a choice (a radio, a checkbox, a search) as the draft id and
// renders again, since the screen depends on it; "" forgets it.
func (p *page) pick(id, v string) { runner.Store().SetDrafts(map[string]string{id: v}) }

// t looks key up in the current language.
func (p *page) t(key string) string { return i18n.T(runner.Lang(), key) }
