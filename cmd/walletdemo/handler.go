//go:build !wasm

package main

import (
	_ "embed"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "walletdemo/app"
	"walletdemo/app/runner"
	"walletdemo/internal/webserve"
)

// workerJS is the service worker. go-app's own looks cached pages up with
// their query string (so /?tour=x fails offline), skips event.waitUntil
// (so the old cache can go before the new one is filled) and misses the
// page of a path prefix; this one does none of that.
//
//go:embed worker.js
var workerJS string

// icons are the app's own icons: go-app's defaults are remote URLs, which
// break the offline install.
var icons = app.Icon{
	Default:  "/web/icons/icon-192.png",
	Large:    "/web/icons/icon-512.png",
	Maskable: "/web/icons/icon-maskable-512.png",
	SVG:      "/web/icons/icon.svg",
}

// newAppHandler returns go-app's handler for the app built into wasm (in
// the folder web), with every route precached, served under prefix ("" or
// "/path"), obeying host pages from origins; its pages and app.js load
// app.wasm the project's way (webserve.WasmLoader).
func newAppHandler(web string, wasm webserve.Wasm, prefix string, origins []string) http.Handler {
	// go-app precaches styles, scripts and PNG icons itself; pages and the
	// SVG icon must be listed.
	cacheable := append(ui.Paths(), icons.SVG)
	cacheable = append(cacheable, qrReader(web)...)
	resources := webserve.Prefixed(prefix)
	return webserve.WasmLoader(&app.Handler{
		Name:               "Wallet Demo",
		ShortName:          "Wallet Demo",
		Title:              "Wallet Demo",
		Description:        "Try out the WeChat Pay wallet — set up and pay — in a safe simulation. Demo: no real money.",
		Lang:               "en",
		Icon:               icons,
		BackgroundColor:    "#EDEDED",
		ThemeColor:         "#EDEDED",
		LoadingLabel:       "{progress}%",
		Styles:             []string{"/web/app.css"},
		Scripts:            []string{"/web/loader.js defer"},
		CacheableResources: cacheable,
		// What iOS reads when a person adds the demo to the Home Screen
		// (go-app writes the apple-touch-icon and theme colour): a window
		// without Safari's bars, and the icon's label.
		RawHeaders: []string{
			`<meta name="apple-mobile-web-app-capable" content="yes">`,
			`<meta name="apple-mobile-web-app-title" content="Wallet Demo">`,
			`<meta name="apple-mobile-web-app-status-bar-style" content="default">`,
		},
		Resources:             resources,
		Version:               wasm.Version,
		WasmContentLength:     strconv.FormatInt(wasm.Size, 10),
		ServiceWorkerTemplate: workerJS,
		Env:                   map[string]string{runner.EmbedOriginsEnv: strings.Join(origins, " ")},
	}, resources.Resolve("/web/app.wasm"))
}

// qrReader lists the Scan screen's fallback QR reader (make wasm installs
// jsQR beside it) where web has it, so that it is precached: an offline
// Scan reads codes too. Without it, Scan says the browser cannot read codes.
func qrReader(web string) []string {
	if _, err := os.Stat(filepath.Join(web, "jsqr.js")); err != nil {
		return nil
	}
	return []string{"/web/qrdetector.js", "/web/jsqr.js"}
}
