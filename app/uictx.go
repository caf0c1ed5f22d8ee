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

// onUI runs f on the UI goroutine.
func onUI(f func(ctx app.Context)) {
	if uiCtx != nil {
		uiCtx.Dispatch(f)
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

// startHooks connects the app to the browser once, when the first screen
// mounts: other tabs' writes, the tours' events and keys, and a host page
// when embedded.
func startHooks() {
	watchOtherTabs()
	watchTourEvents()
	watchTourKeys()
	startEmbed()
}
