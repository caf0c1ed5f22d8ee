package app

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tabOnlyDrafts are the fields that take a full card number. What is typed
// there is kept in the tab's sessionStorage (a reload keeps it, closing the
// tab forgets it), never in the saved document or an export: those hold a
// card's network, bank and last four digits only.
var tabOnlyDrafts = map[string]bool{draftCardNumber: true, draftForgotCard: true}

// tabDraftPrefix prefixes a tab-only draft's sessionStorage key.
const tabDraftPrefix = "walletdemo.tab."

var (
	tabDraftStore     Storage
	tabDraftStoreOnce sync.Once
)

// tabDrafts is the tab's sessionStorage, or memory where there is none (the
// server, a browser that refuses storage).
func tabDrafts() Storage {
	tabDraftStoreOnce.Do(func() {
		tabDraftStore = &MemoryStorage{}
		if !app.IsClient || sessionReplaced {
			return
		}
		if s, err := openSessionStorage(); err == nil {
			tabDraftStore = s
		}
	})
	return tabDraftStore
}

// openSessionStorage returns the browser's sessionStorage if it takes a
// write.
func openSessionStorage() (s Storage, err error) {
	defer recoverJS(&err)
	ss := localStorage{app.Window().Get("sessionStorage")}
	if err := ss.Set(tabDraftPrefix+"probe", ""); err != nil {
		return nil, err
	}
	return ss, nil
}

// tabDraft returns the tab-only draft of field id.
func tabDraft(id string) string {
	v, _, _ := tabDrafts().Get(tabDraftPrefix + id)
	return v
}

// setTabDraft keeps v as the tab-only draft of field id; "" forgets it. A
// refusal leaves the value on screen only, which is all that is lost.
func setTabDraft(id, v string) { _ = tabDrafts().Set(tabDraftPrefix+id, v) }
