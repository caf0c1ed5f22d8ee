//go:build !wasm

package main

import (
	"fmt"
	"net/http"

	"walletdemo/internal/webserve"
)

// config is what the operator sets with flags.
type config struct {
	Addr string
	Web  string
	// FrameAncestors is the CSP frame-ancestors list: who may embed the demo.
	FrameAncestors string
}

// newServer returns the demo's HTTP handler: health check, the web folder,
// and go-app's pages, behind the method filter and security headers.
func newServer(cfg config) (http.Handler, error) {
	wasm, err := webserve.LoadWasm(cfg.Web)
	if err != nil {
		return nil, err
	}
	files, err := webserve.NewFiles(cfg.Web, wasm)
	if err != nil {
		return nil, err
	}
	pages := newAppHandler(wasm, "")

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok", wasm.Version)
	})
	mux.Handle("/web/", files)
	mux.Handle("/", pages)
	return webserve.Secure(cfg.FrameAncestors, mux), nil
}
