package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/wallet"
)

// contactsView draws the Contacts tab: the demo's address book, each contact
// opening their chat.
func contactsView(c *page) app.UI {
	all := wallet.Contacts()
	return c.shell(screen{Title: c.t("tab.contacts"), Tab: "/contacts", Body: []app.UI{
		note(c.t("contacts.note")),
		app.Elem("ul").Class("group chat-list").Body(app.Range(all).Slice(func(i int) app.UI {
			ct := all[i]
			return app.Elem("li").Body(
				link("/chat?c="+ct.ID).Class("chat-row").Body(
					app.Span().Class("chat-avatar").Aria("hidden", "true").Text(initial(ct.Name)),
					app.Span().Class("chat-main").Body(
						span("chat-name", ct.Name),
						span("chat-preview", c.regionLabel(ct.Region)),
					),
				),
			)
		})),
	}})
}
