//go:build !wasm

package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
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
	wasm, err := loadWasm(cfg.Web)
	if err != nil {
		return nil, err
	}
	web, err := filepath.Abs(cfg.Web)
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(web)
	if err != nil {
		return nil, err
	}
	files := webFiles{root: root, wasm: wasm}
	pages := newAppHandler(wasm, "")

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok", wasm.Version)
	})
	mux.Handle("/web/", files)
	mux.Handle("/", pages)
	return secure(cfg.FrameAncestors, mux), nil
}

// securityHeaders returns the headers every response carries. The CSP lets
// the page compile WebAssembly and nothing load from elsewhere.
func securityHeaders(frameAncestors string) map[string]string {
	return map[string]string{
		"Content-Security-Policy": strings.Join([]string{
			"default-src 'self'",
			"script-src 'self' 'wasm-unsafe-eval'",
			// go-app writes style attributes; no remote style is allowed.
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:",
			"media-src 'self' blob:",
			"connect-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors " + frameAncestors,
		}, "; "),
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "strict-origin-when-cross-origin",
		"Permissions-Policy":         "camera=(self), microphone=(), geolocation=()",
		"Cross-Origin-Opener-Policy": "same-origin",
	}
}

// secure refuses every method but GET and HEAD and sets the security
// headers on every response.
func secure(frameAncestors string, next http.Handler) http.Handler {
	headers := securityHeaders(frameAncestors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// accessLog logs one line a request: method, path, status, bytes, time.
func accessLog(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.Printf("%s %s %d %dB %s", r.Method, r.URL.RequestURI(), rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
	})
}

// statusRecorder remembers what a handler answered, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}
