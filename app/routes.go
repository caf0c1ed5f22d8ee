// Package app is the demo's user interface: go-app components that call the
// wallet engine and render what it decides.
package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// routes maps every path to its screen. Every path is also precached by the
// service worker, so a deep link reloads offline.
var routes = []struct {
	Path string
	New  func() app.Composer
}{
	{"/", func() app.Composer { return &chats{} }},
	{"/contacts", func() app.Composer { return &contacts{} }},
	{"/discover", func() app.Composer { return &discover{} }},
	{"/me", func() app.Composer { return &me{} }},
	{"/services", func() app.Composer { return &services{} }},
	{"/settings", func() app.Composer { return &settings{} }},
	{"/welcome", func() app.Composer { return &onboarding{} }},
	{"/chat", func() app.Composer { return &chat{} }},
	{"/wallet", func() app.Composer { return &walletHome{} }},
	{"/wallets", func() app.Composer { return &walletSwitch{} }},
	{"/countries", func() app.Composer { return &countries{} }},
	{"/cards", func() app.Composer { return &cards{} }},
	{"/cards/add", func() app.Composer { return &addCard{} }},
	{"/realname", func() app.Composer { return &realName{} }},
	{"/pin", func() app.Composer { return &pinSetup{} }},
	{"/paysettings", func() app.Composer { return &paySettings{} }},
	{"/paysettings/pin", func() app.Composer { return &changePIN{} }},
	{"/paysettings/forgot", func() app.Composer { return &forgotPIN{} }},
	{"/tours", func() app.Composer { return &tourList{} }},
	{"/settings/demo", func() app.Composer { return &demoData{} }},
	{"/present", func() app.Composer { return &present{} }},
	{"/share", func() app.Composer { return &share{} }},
	{"/money", func() app.Composer { return &quickPay{} }},
	{"/cashier", func() app.Composer { return &cashier{} }},
	{"/scan", func() app.Composer { return &scanPage{} }},
	{"/shop", func() app.Composer { return &shopPage{} }},
	{"/pay", func() app.Composer { return &payPage{} }},
	{"/paid", func() app.Composer { return &payResult{} }},
	{"/bills", func() app.Composer { return &bills{} }},
	{"/bill", func() app.Composer { return &billDetail{} }},
	{"/topup", func() app.Composer { return &topUp{} }},
	{"/withdraw", func() app.Composer { return &withdrawPage{} }},
	{"/redpacket", func() app.Composer { return &redPacket{} }},
	{"/transfer", func() app.Composer { return &transfer{} }},
}

// Register routes every screen; call it before app.RunWhenOnBrowser and
// before serving.
func Register() {
	for _, r := range routes {
		app.Route(r.Path, r.New)
	}
	// Any other path gets the app's own "not found" screen rather than a
	// bare error page; the server still answers it with status 404.
	app.RouteWithRegexp("^/", func() app.Composer { return &notFound{} })
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
func link(path string) app.HTMLA { return app.A().Href(prefixed(path)) }

// navigate goes to one of the app's paths from code, keeping the prefix as
// link does.
func navigate(ctx app.Context, path string) { ctx.Navigate(prefixed(path)) }

// prefixed adds the site's path prefix to path in the browser build.
func prefixed(path string) string {
	if app.IsClient {
		path = strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
	}
	return path
}
