package store

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// uiCtxs are the contexts of the screens (and parts of screens) that have
// mounted, latest last. Browser callbacks that are not component events
// (another tab's write, a host page's message, a granted lock) reach the
// UI goroutine through the latest one still mounted: go-app drops what is
// dispatched through a component that has gone, and a part of a screen
// can go while the screen stays (an error that appeared under a field).
var uiCtxs []app.Context

// Remember keeps ctx as a way onto the UI goroutine; it reports whether
// this is the first screen mounted.
func Remember(ctx app.Context) (first bool) {
	first = uiCtxs == nil
	uiCtxs = append(mountedCtxs(), ctx)
	return first
}

// mountedCtxs drops the contexts whose component has gone.
func mountedCtxs() []app.Context {
	kept := uiCtxs[:0]
	for _, c := range uiCtxs {
		if src := c.Src(); src != nil && src.Mounted() {
			kept = append(kept, c)
		}
	}
	return kept
}

// Latest is the context of the latest mounted component, if any.
func Latest() (app.Context, bool) {
	uiCtxs = mountedCtxs()
	if len(uiCtxs) == 0 {
		return app.Context{}, false
	}
	return uiCtxs[len(uiCtxs)-1], true
}

// OnUI runs f on the UI goroutine, from a browser callback.
func OnUI(f func(ctx app.Context)) {
	if ctx, ok := Latest(); ok {
		ctx.Dispatch(f)
	}
}

// NextTask runs f on the UI goroutine in a later task of the browser's,
// after it has had the chance to paint and take input. Unlike ctx.After,
// f runs even when the screen that asked has gone by then.
func NextTask(f func(ctx app.Context)) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		OnUI(f)
		return nil
	})
	app.Window().Call("setTimeout", cb, 0)
}

// WithUI runs f at once with the latest screen's context, for code that is
// on the UI goroutine already without a context of its own (the store's
// subscribers). Dispatching instead would be too late: the screen that ran
// the operation may be gone by then, and go-app drops work for a screen
// that is no longer mounted.
func WithUI(f func(ctx app.Context)) {
	if ctx, ok := Latest(); ok {
		f(ctx)
	}
}

// Listen adds a window event listener whose handler runs on the UI
// goroutine with the event.
func Listen(event string, handle func(ctx app.Context, e app.Value)) {
	app.Window().Call("addEventListener", event, app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			e := args[0]
			OnUI(func(ctx app.Context) { handle(ctx, e) })
		}
		return nil
	}))
}

// Warn writes to the browser console.
func Warn(msg string) {
	if app.IsClient {
		app.Window().Get("console").Call("warn", msg)
	}
}
