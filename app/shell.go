package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
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
	setDocumentLang(runner.Lang())
	return div("stage",
		div("phone",
			app.Elem("header").Class("titlebar").Body(
				app.If(s.Back != "", func() app.UI {
					return link(s.Back).Class("back").Aria("label", p.t("nav.back")).Body(app.Raw(iconBack))
				}),
				app.Elem("h1").Text(s.Title),
				app.If(s.Action != nil, func() app.UI { return div("title-action", s.Action) }),
				// In the title bar, not floating over the screen, where it
				// covered text (a bank's name, a hint, a country).
				app.If(runner.Store().Wallet() != nil, func() app.UI { return &clockFab{Lang: runner.Lang()} }),
			),
			p.banners(s),
			app.Elem("main").Class("content").ID("content").Body(s.Body...),
			app.If(s.Tab != "", func() app.UI { return p.tabBar(s.Tab) }),
			app.If(runner.Store().Doc().Tour != nil, func() app.UI { return &tourView{Lang: runner.Lang()} }),
		),
	)
}

// banners are the notices above the content: storage trouble, an update to
// load, the demo notice on money screens.
func (p *page) banners(s screen) app.UI {
	return app.Div().Class("banners").Aria("live", "polite").Body(
		app.If(runner.TourDone != "", func() app.UI {
			return app.P().Class("banner done").Body(
				app.Text(p.t("tours.done")+" "+p.t(runner.TourDone)+" "),
				app.Button().Type("button").Class("link").Text(p.t("tours.more")).OnClick(func(ctx app.Context, e app.Event) {
					runner.TourDone = ""
					runner.Navigate(ctx, "/tours")
				}),
			)
		}),
		app.If(runner.Store().Notice() != "", func() app.UI {
			return app.P().Class("banner warn").Body(
				app.Text(p.t(runner.Store().Notice())+" "),
				// The data it could not read waits to be saved to a file:
				// the notice leads there.
				app.If(runner.Store().Unreadable() != "", func() app.UI {
					return link("/settings/demo").Text(p.dataPath())
				}),
			)
		}),
		app.If(appStatus.updateReady && !runner.Embedded(), func() app.UI {
			return app.P().Class("banner").Body(
				app.Text(p.t("update.ready")+" "),
				app.Button().Class("link").Text(p.t("update.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(s.Money, func() app.UI { return para("banner demo", p.t("app.demo")) }),
	)
}

// dataPath names the way to Settings > The demo's data with the labels
// the screens show, so a pointer to it stays true in every language.
func (p *page) dataPath() string {
	return p.t("tab.me") + " › " + p.t("settings.title") + " › " + p.t("data.title")
}

// installOffer is the one offer to install the demo, at the foot of the
// Me tab, where it pushes nothing down: the browser's own prompt where it
// offers one, else (Safari, Firefox for Android: no prompt) that browser's
// own way, such as Share › Add to Home Screen; "Not now" is remembered.
func (p *page) installOffer() app.UI {
	if !appStatus.installable && appStatus.installWay == "" || runner.Embedded() || runner.ShowingItself() || runner.Store().InstallDeclined() {
		return nil
	}
	var do app.UI = app.Button().Type("button").Class("btn-small primary").Text(p.t("install.button")).OnClick(func(ctx app.Context, e app.Event) {
		ctx.ShowAppInstallPrompt()
	})
	if appStatus.installWay != "" {
		do = para("install-text", p.t(appStatus.installWay))
	}
	return app.Elem("section").Class("install-card").Aria("label", p.t("install.button")).Body(
		para("install-text", p.t("install.why")),
		div("install-actions",
			do,
			app.Button().Type("button").Class("btn-small").Text(p.t("install.later")).OnClick(func(ctx app.Context, e app.Event) {
				runner.Store().DeclineInstall()
			}),
		),
	)
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
