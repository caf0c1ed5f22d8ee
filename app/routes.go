package app

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
)

// routes maps every path to its screen: a component of its own (New) or a
// view (Draw). Every path is also precached by the service worker, so a
// deep link reloads offline.
var routes = []route{
	{Path: "/", Draw: chatsView},
	{Path: "/contacts", Draw: contactsView},
	{Path: "/discover", Draw: discoverView},
	{Path: "/me", Draw: meView},
	{Path: "/services", Draw: servicesView},
	{Path: "/settings", Draw: settingsView},
	{Path: "/welcome", Draw: onboardingView},
	{Path: "/chat", Draw: chatView},
	{Path: "/wallet", Draw: walletHomeView},
	{Path: "/wallets", Draw: walletSwitchView},
	{Path: "/countries", Draw: countriesView},
	{Path: "/cards", Draw: cardsView},
	{Path: "/cards/add", Draw: addCardView},
	{Path: "/realname", Draw: realNameView},
	{Path: "/pin", New: func() app.Composer { return &pinSetup{} }},
	{Path: "/paysettings", Draw: paySettingsView},
	{Path: "/paysettings/pin", New: func() app.Composer { return &changePIN{} }},
	{Path: "/paysettings/forgot", New: func() app.Composer { return &forgotPIN{} }},
	{Path: "/tours", Draw: tourListView},
	{Path: "/settings/demo", New: func() app.Composer { return &demoData{} }},
	{Path: "/present", New: func() app.Composer { return &present{} }},
	{Path: "/share", New: func() app.Composer { return &share{} }},
	{Path: "/money", New: func() app.Composer { return &quickPay{} }},
	{Path: "/cashier", Draw: cashierView},
	{Path: "/scan", New: func() app.Composer { return &scanPage{} }},
	{Path: "/shop", New: func() app.Composer { return &shopPage{} }},
	{Path: "/pay", New: func() app.Composer { return &payPage{} }},
	{Path: "/paid", New: func() app.Composer { return &payResult{} }},
	{Path: "/bills", New: func() app.Composer { return &bills{} }},
	{Path: "/bill", New: func() app.Composer { return &billDetail{} }},
	{Path: "/topup", New: func() app.Composer { return &topUp{} }},
	{Path: "/withdraw", New: func() app.Composer { return &withdrawPage{} }},
	{Path: "/redpacket", New: func() app.Composer { return &redPacket{} }},
	{Path: "/transfer", New: func() app.Composer { return &transfer{} }},
}

// Register routes every screen; call it before app.RunWhenOnBrowser and
// before serving.
func Register() {
	for _, r := range routes {
		app.Route(r.Path, r.composer())
	}
	// The catch-all route is a regexp, whose compilation (about 11 ms on
	// a phone-like CPU) a start on a known path need not wait for: the
	// browser adds it once the first screen is live.
	if app.IsClient && isRoute(runner.PageRoute()) {
		runner.AfterStart(routeNotFound)
		return
	}
	routeNotFound()
}

// routeNotFound gives any other path the app's own "not found" screen
// rather than go-app's bare one; the server still answers it with status
// 404.
func routeNotFound() { app.RouteWithRegexp("^/", notFound.composer()) }

// isRoute reports whether path is one of the app's screens.
func isRoute(path string) bool { return slices.Contains(Paths(), path) }

// notFound is the screen of any other path.
var notFound = route{Draw: notFoundView}

// route is one path and its screen.
type route struct {
	Path string
	New  func() app.Composer
	Draw func(*page) app.UI
}

// composer makes the route's screen.
func (r route) composer() func() app.Composer {
	if r.Draw == nil {
		return r.New
	}
	return func() app.Composer { return &view{path: r.Path, draw: r.Draw} }
}

// Paths lists every route, for precaching and the static export.
func Paths() []string {
	paths := make([]string, len(routes))
	for i, r := range routes {
		paths[i] = r.Path
	}
	return paths
}

// link is an anchor to one of the app's paths. The browser build adds the
// site's path prefix itself: go-app prefixes links only when rendering on
// the server.
func link(path string) app.HTMLA { return app.A().Href(runner.Prefixed(path)) }
