package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
)

// screen is what one route shows inside the phone frame.
type screen struct {
	Title string
	// Tab is the path of the highlighted tab; "" hides the tab bar.
	Tab string
	// Back is where the back arrow leads; "" hides it.
	Back string
	// Money marks screens about money, which carry the demo notice.
	Money bool
	// Action is a control at the right of the title bar, e.g. the "+" menu.
	Action app.UI
	Body   []app.UI
}

// tabs are the four main sections, in bar order.
var tabs = []struct{ Path, Key, Icon string }{
	{"/", "tab.chats", iconChats},
	{"/contacts", "tab.contacts", iconContacts},
	{"/discover", "tab.discover", iconDiscover},
	{"/me", "tab.me", iconMe},
}

// shell renders s inside the phone frame, with the title bar, notices and
// the tab bar.
func (p *page) shell(s screen) app.UI {
	setDocumentLang(p.lang())
	return div("stage",
		div("phone",
			app.Elem("header").Class("titlebar").Body(
				app.If(s.Back != "", func() app.UI {
					return link(s.Back).Class("back").Aria("label", p.t("nav.back")).Body(app.Raw(iconBack))
				}),
				app.Elem("h1").Text(s.Title),
				app.If(s.Action != nil, func() app.UI { return div("title-action", s.Action) }),
			),
			p.banners(s),
			app.Elem("main").Class("content").ID("content").Body(s.Body...),
			app.If(s.Tab != "", func() app.UI { return p.tabBar(s.Tab) }),
			app.If(currentStore().Wallet() != nil, func() app.UI { return &clockFab{} }),
			app.If(currentStore().Doc().Tour != nil, func() app.UI { return &tourView{Lang: p.lang()} }),
		),
	)
}

// banners are the notices above the content: storage trouble, an update to
// load, an install offer, the demo notice on money screens.
func (p *page) banners(s screen) app.UI {
	return app.Div().Class("banners").Aria("live", "polite").Body(
		app.If(tourDone != "", func() app.UI {
			return app.P().Class("banner done").Body(
				app.Text(p.t("tours.done")+" "+p.t(tourDone)+" "),
				app.Button().Type("button").Class("link").Text(p.t("tours.more")).OnClick(func(ctx app.Context, e app.Event) {
					tourDone = ""
					navigate(ctx, "/tours")
				}),
			)
		}),
		app.If(currentStore().Notice() != "", func() app.UI {
			return para("banner warn", p.t(currentStore().Notice()))
		}),
		app.If(appStatus.updateReady && !embedded, func() app.UI {
			return app.P().Class("banner").Body(
				app.Text(p.t("update.ready")+" "),
				app.Button().Class("link").Text(p.t("update.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If((appStatus.installable || appStatus.installWay != "") && !embedded && !showingItself(), func() app.UI {
			return app.P().Class("banner").Body(p.installOffer()...)
		}),
		app.If(s.Money, func() app.UI { return para("banner demo", p.t("app.demo")) }),
	)
}

// installOffer is the browser's own prompt where it offers one, else (on
// Safari and Firefox for Android, which have no prompt) that browser's own
// way, such as Share › Add to Home Screen.
func (p *page) installOffer() []app.UI {
	if appStatus.installWay != "" {
		return []app.UI{app.Text(p.t(appStatus.installWay))}
	}
	return []app.UI{app.Button().Class("link").Text(p.t("install.button")).OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})}
}

func (p *page) tabBar(active string) app.UI {
	return app.Elem("nav").Class("tabbar").Aria("label", p.t("nav.tabs")).Body(
		app.Range(tabs).Slice(func(i int) app.UI {
			t := tabs[i]
			a := link(t.Path).Body(app.Raw(t.Icon), app.Span().Text(p.t(t.Key)))
			if t.Path == active {
				a = a.Class("active").Aria("current", "page")
			}
			return a
		}),
	)
}

// setDocumentLang tells the browser the language the screen speaks (<html
// lang>), so that screen readers pick a Chinese voice and hyphenation and
// fonts follow. The server's prerendered page stays English.
func setDocumentLang(l i18n.Lang) {
	if !app.IsClient {
		return
	}
	if el := app.Window().Get("document").Get("documentElement"); el.Get("lang").String() != string(l) {
		el.Set("lang", string(l))
	}
}
