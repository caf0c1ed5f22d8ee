//go:build !wasm

package main

import (
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	ui "walletdemo/app"
	"walletdemo/internal/browser"
)

func TestMain(m *testing.M) {
	ui.Register()
	os.Exit(browser.Main(m))
}

// webDir is the repository's web folder; the tests need app.wasm built into
// it (`make wasm`).
func webDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs("../../web")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run `make wasm` (make test does): %v", err)
	}
	return dir
}

// testServer runs h on a free loopback port until the test ends or stop is
// called; stop closes every connection, as a server that died would.
type testServer struct {
	URL  string
	srv  *http.Server
	done chan struct{}
}

func startServer(t testing.TB, h http.Handler) *testServer {
	t.Helper()
	return startServerAt(t, "127.0.0.1:0", h)
}

// startServerAt is startServer on a given address, to bring a server back
// where a stopped one was.
func startServerAt(t testing.TB, addr string, h http.Handler) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{URL: "http://" + ln.Addr().String(), srv: &http.Server{Handler: h, ErrorLog: log.New(io.Discard, "", 0)}, done: make(chan struct{})}
	go func() { ts.srv.Serve(ln); close(ts.done) }()
	t.Cleanup(ts.Stop)
	return ts
}

// Stop closes the listener and every open connection.
func (ts *testServer) Stop() {
	ts.srv.Close()
	<-ts.done
}

// startDemo serves the demo from the repository's web folder as `make run`
// does, but for its service worker: a stand-in that installs at once and
// caches nothing. The real worker precaches every route and app.wasm,
// about 0.7 s of CPU in each new profile (a sixth of a page load's), which
// only the tests of offline loads, updates, installing and the worker
// itself need: they call startCachingDemo.
func startDemo(t testing.TB) *testServer {
	t.Helper()
	return startServer(t, standInWorker(demoHandler(t)))
}

// startCachingDemo serves the demo with its real service worker.
func startCachingDemo(t testing.TB) *testServer {
	t.Helper()
	return startServer(t, demoHandler(t))
}

func demoHandler(t testing.TB) http.Handler {
	t.Helper()
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{FrameAncestors: "'self'"}})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// standInWorker answers /app-worker.js with a worker that installs at
// once and caches nothing, under the real worker's headers.
func standInWorker(h http.Handler) http.Handler {
	const worker = `self.addEventListener("install", () => self.skipWaiting());`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app-worker.js" {
			h.ServeHTTP(w, r)
			return
		}
		real := httptest.NewRecorder()
		h.ServeHTTP(real, r)
		for k, v := range real.Header() {
			w.Header()[k] = v
		}
		// The stand-in goes out as it is, not as the real one was encoded.
		w.Header().Del("Content-Encoding")
		w.Header().Set("Content-Length", strconv.Itoa(len(worker)))
		w.WriteHeader(real.Code)
		io.WriteString(w, worker)
	})
}

// browserJSON quotes s as a JavaScript string literal.
func browserJSON(s string) string { return strconv.Quote(s) }
