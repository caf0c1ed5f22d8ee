package store

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// WatchOtherTabs listens for other tabs' writes (the storage event) and
// re-renders with their document and drafts.
func (s *Store) WatchOtherTabs() {
	Listen("storage", func(ctx app.Context, e app.Value) {
		if k := e.Get("key").String(); k != storageKey && k != draftsKey {
			return
		}
		if s.refresh() {
			s.announce()
		}
	})
}
