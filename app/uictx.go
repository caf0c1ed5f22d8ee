package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// uiCtx is the context of the latest mounted screen. Browser callbacks that
// are not component events (another tab's write, a host page's message)
// reach the UI goroutine through it.
var uiCtx *app.Context

// rememberCtx keeps ctx as the way onto the UI goroutine; it reports
// whether this is the first screen mounted.
func rememberCtx(ctx app.Context) (first bool) {
	if uiCtx != nil {
		*uiCtx = ctx
		return false
	}
	uiCtx = &ctx
	return true
}

// onUI runs f on the UI goroutine, from a browser callback.
func onUI(f func(ctx app.Context)) {
	if uiCtx != nil {
		uiCtx.Dispatch(f)
	}
}

// nextTask runs f on the UI goroutine in a later task of the browser's,
// after it has had the chance to paint and take input. Unlike ctx.After,
// f runs even when the screen that asked has gone by then.
func nextTask(f func(ctx app.Context)) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		onUI(f)
		return nil
	})
	app.Window().Call("setTimeout", cb, 0)
}

// withUI runs f at once with the latest screen's context, for code that is
// on the UI goroutine already without a context of its own (the store's
// subscribers). Dispatching instead would be too late: the screen that ran
// the operation may be gone by then, and go-app drops work for a screen
// that is no longer mounted.
func withUI(f func(ctx app.Context)) {
	if uiCtx != nil {
		f(*uiCtx)
	}
}

// listen adds a window event listener whose handler runs on the UI
// goroutine with the event.
func listen(event string, handle func(ctx app.Context, e app.Value)) {
	app.Window().Call("addEventListener", event, app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			e := args[0]
			onUI(func(ctx app.Context) { handle(ctx, e) })
		}
		return nil
	}))
}

// startHooks connects the app to the browser once, after the first screen
// has mounted: other tabs' writes, a host page when embedded, the tours' events
// and keys, and an autoplay a reload interrupted. The host subscribes to
// the engine's events before the tours do, so it hears a payment before
// the step or the tour it completes.
func startHooks() {
	watchOtherTabs()
	startEmbed()
	watchTourEvents()
	watchTourKeys()
	watchTouches()
	resumeAutoplay()
	// data-hooks tells tests that what a start decides (an autoplay to
	// resume among it) is decided.
	setHTMLData("hooks", "1")
}
