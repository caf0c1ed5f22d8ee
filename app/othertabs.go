package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// tabCtx is the context of the latest mounted screen, through which a
// change from another tab reaches the UI goroutine.
var tabCtx *app.Context

// watchOtherTabs listens, once, for other tabs' writes (the storage event)
// and re-renders with their document.
func watchOtherTabs(ctx app.Context) {
	if tabCtx != nil {
		*tabCtx = ctx
		return
	}
	tabCtx = &ctx
	app.Window().Call("addEventListener", "storage", app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("key").String() != storageKey {
			return nil
		}
		tabCtx.Dispatch(func(ctx app.Context) {
			if s := currentStore(); s.Refresh() {
				ctx.SetState(revState, s.Rev())
			}
		})
		return nil
	}))
}
