//go:build !wasm

package main

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "walletdemo/app"
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

// newAppHandler returns go-app's handler for the app built into wasm, with
// every route precached, served under prefix ("" or "/path"), obeying host
// pages from origins.
func newAppHandler(wasm webserve.Wasm, prefix string, origins []string) *app.Handler {
	// go-app precaches styles, scripts and PNG icons itself; pages and the
	// SVG icon must be listed.
	cacheable := append(ui.Paths(), icons.SVG)
	return &app.Handler{
		Name:                  "Wallet Demo",
		ShortName:             "Wallet Demo",
		Title:                 "Wallet Demo",
		Description:           "Try out the WeChat Pay wallet — set up and pay — in a safe simulation. Demo: no real money.",
		Lang:                  "en",
		Icon:                  icons,
		BackgroundColor:       "#EDEDED",
		ThemeColor:            "#EDEDED",
		LoadingLabel:          "{progress}%",
		Styles:                []string{"/web/app.css"},
		Scripts:               []string{"/web/loader.js defer"},
		CacheableResources:    cacheable,
		Resources:             webserve.Prefixed(prefix),
		Version:               wasm.Version,
		WasmContentLength:     strconv.FormatInt(wasm.Size, 10),
		ServiceWorkerTemplate: workerJS,
		Env:                   map[string]string{ui.EmbedOriginsEnv: strings.Join(origins, " ")},
	}
}
