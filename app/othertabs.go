package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// watchOtherTabs listens for other tabs' writes (the storage event) and
// re-renders with their document and drafts.
func watchOtherTabs() {
	listen("storage", func(ctx app.Context, e app.Value) {
		if k := e.Get("key").String(); k != storageKey && k != draftsKey {
			return
		}
		if s := currentStore(); s.Refresh() {
			ctx.SetState(revState, s.Rev())
		}
	})
}
