// Package store is the demo's memory and its way onto the UI goroutine.
//
// It owns the document (language, the engine's state, the tour under way,
// a kiosk) and its storage: localStorage through adapters that turn a
// browser's refusals into errors, a spare copy against cut-short writes,
// memory where storage is refused, and the guards that keep go-app
// starting when storage cannot even be reached. It keeps the forms'
// drafts apart from the document, and a tab-only field's draft in the
// tab's sessionStorage. It runs engine operations under the cross-tab
// lock (a Web Lock and an IndexedDB fence), hands browser callbacks and
// granted locks to the UI goroutine, and announces its own changes to the
// components that Observe it.
//
// It may import go-app, the engine (walletdemo/wallet), the tours
// (walletdemo/app/tour) and the catalogue (walletdemo/app/i18n); never
// the runner or the screens above it (walletdemo/app/runner,
// walletdemo/app); internal/layers checks it.
package store
