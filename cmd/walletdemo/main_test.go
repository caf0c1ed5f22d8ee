//go:build !wasm

package main

import (
	"io"
	"log"
	"net"
	"net/http"
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

// startDemo serves the demo from the repository's web folder.
func startDemo(t testing.TB) *testServer {
	t.Helper()
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{FrameAncestors: "'self'"}})
	if err != nil {
		t.Fatal(err)
	}
	return startServer(t, h)
}

// browserJSON quotes s as a JavaScript string literal.
func browserJSON(s string) string { return strconv.Quote(s) }
