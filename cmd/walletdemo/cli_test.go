//go:build !wasm

package main

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRunRefusesBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"nonsense"},
		{"serve", "extra"},
		{"-frame-ancestors", "'self'; script-src *"},
		{"-frame-ancestors", ""},
		{"static"},
		{"static", "-prefix", "../x", t.TempDir()},
		{"compress"},
		{"wasmdata"},
		{"wasmdata", "no-such.wasm"},
		{"-no-such-flag"},
		{"-public-url", "ftp://demo.example"},
		{"-public-url", "https://demo.example/?x=1"},
		{"-tls-cert", "cert.pem"},
		{"-tls-cert", "missing.pem", "-tls-key", "missing.pem"},
	} {
		if code := run(args); code == 0 {
			t.Errorf("run(%q) succeeded", args)
		}
	}
	if code := run([]string{"-h"}); code != 0 {
		t.Errorf("run(-h) = %d, want 0", code)
	}
}

func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "done")
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, slow, log.New(io.Discard, "", 0)) }()

	reply := make(chan string, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			reply <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		reply <- string(b)
	}()
	<-started
	cancel() // as SIGTERM does
	if got := <-reply; got != "done" {
		t.Errorf("the request in flight got %q, want it finished", got)
	}
	if err := <-served; err != nil {
		t.Errorf("serve returned %v", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("the server still accepts connections after shutting down")
	}
}

func TestSlowClientsAreCut(t *testing.T) {
	// It waits seconds for the server's timeouts: beside the other tests,
	// not before them all.
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go serve(ctx, ln, http.NotFoundHandler(), log.New(io.Discard, "", 0))

	// Headers larger than the limit.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "+strings.Repeat("a", 64<<10)+"\r\n\r\n")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, _ := io.ReadAll(c)
	c.Close()
	if !strings.Contains(string(b), " 431 ") {
		t.Errorf("oversized headers: %.80q, want 431", b)
	}

	// A client that sends half a request line and waits (slowloris).
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost:")
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(15 * time.Second))
	io.ReadAll(c)
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("a stalled request held its connection for %v", d)
	}
}

// TestCompressFilesAndFolders: `compress` writes the siblings of a file it
// is named and of a named folder's text files of a kilobyte or more, as
// make wasm asks it to.
func TestCompressFilesAndFolders(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"app.css":  strings.Repeat(".phone { display: flex; }\n", 100),
		"small.js": "let x = 1;",
		"data.bin": strings.Repeat("x", 4096),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code := run([]string{"compress", filepath.Join(dir, "data.bin"), dir}); code != 0 {
		t.Fatalf("compress exited %d", code)
	}
	for name, want := range map[string]bool{"app.css.br": true, "app.css.gz": true, "data.bin.br": true, "small.js.br": false} {
		if _, err := os.Stat(filepath.Join(dir, name)); (err == nil) != want {
			t.Errorf("%s written: %v, want %v", name, err == nil, want)
		}
	}
}
