//go:build !wasm

package main

import (
	"fmt"
	"net/http"
	"path"

	ui "walletdemo/app"
	"walletdemo/app/runner"

	"walletdemo/internal/webserve"
)

// config is what the operator sets with flags.
type config struct {
	Addr string
	Web  string
	// Room is where phones join, which /present on this machine asks.
	Room room
	siteOptions
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
	pages := newAppHandler(cfg.Web, wasm, "", cfg.AllowOrigins)

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok", wasm.Version)
	})
	mux.Handle(runner.RoomPath, cfg.Room.handler())
	mux.Handle("/web/", files)
	mux.Handle("/", routed(webserve.Compressed(pages)))
	return webserve.Secure(cfg.frameAncestors(), mux), nil
}

// routed sends known routes and go-app's own files to pages, answers 404
// for any other file, and for any other path the app's "not found" screen
// with status 404.
func routed(pages http.Handler) http.Handler {
	known := map[string]bool{}
	for _, p := range append(ui.Paths(), goappFiles...) {
		known[p] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case known[r.URL.Path]:
			pages.ServeHTTP(w, r)
		case path.Ext(r.URL.Path) != "":
			http.NotFound(w, r)
		default:
			pages.ServeHTTP(&statusWriter{ResponseWriter: w, status: http.StatusNotFound}, r)
		}
	})
}

// statusWriter answers with status whatever the handler would have said.
type statusWriter struct {
	http.ResponseWriter
	status  int
	written bool
}

func (s *statusWriter) WriteHeader(int) {
	if !s.written {
		s.written = true
		s.ResponseWriter.WriteHeader(s.status)
	}
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.WriteHeader(s.status)
	return s.ResponseWriter.Write(b)
}
