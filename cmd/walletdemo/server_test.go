//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.MethodGet, url, header...)
}

func do(t *testing.T, method, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// The transport would otherwise ask for gzip and decode it itself.
	tr := &http.Transport{DisableCompression: true}
	res, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func TestWasmEncodings(t *testing.T) {
	ts := startDemo(t)
	raw, err := os.ReadFile(filepath.Join(webDir(t), "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	decoders := map[string]func([]byte) ([]byte, error){
		"br": func(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) },
		"gzip": func(b []byte) ([]byte, error) {
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil, err
			}
			return io.ReadAll(r)
		},
		"": func(b []byte) ([]byte, error) { return b, nil },
	}
	for _, c := range []struct{ accept, want string }{
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"gzip;q=0.5", "gzip"},
		{"identity", ""},
		{"", ""},
	} {
		res, body := get(t, ts.URL+"/web/app.wasm", "Accept-Encoding", c.accept)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("Accept-Encoding %q: status %d", c.accept, res.StatusCode)
		}
		if got := res.Header.Get("Content-Encoding"); got != c.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.want)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, got)
		}
		if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", c.accept, got)
		}
		plain, err := decoders[c.want](body)
		if err != nil || !bytes.Equal(plain, raw) {
			t.Errorf("Accept-Encoding %q: body does not decode to app.wasm (err %v, %d bytes)", c.accept, err, len(plain))
		}
		etag := res.Header.Get("ETag")
		again, _ := get(t, ts.URL+"/web/app.wasm", "Accept-Encoding", c.accept, "If-None-Match", etag)
		if again.StatusCode != http.StatusNotModified {
			t.Errorf("Accept-Encoding %q: revalidation with %s answered %d", c.accept, etag, again.StatusCode)
		}
	}
}

func TestWasmSizeInLoader(t *testing.T) {
	ts := startCachingDemo(t)
	st, err := os.Stat(filepath.Join(webDir(t), "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	_, js := get(t, ts.URL+"/app.js")
	if want := `const goappWasmContentLength = "` + strconv.FormatInt(st.Size(), 10) + `"`; !bytes.Contains(js, []byte(want)) {
		t.Errorf("app.js lacks %s: the loading progress would break on compressed wasm", want)
	}
	_, worker := get(t, ts.URL+"/app-worker.js")
	for _, path := range append([]string{"/web/app.wasm", "/web/icons/icon.svg", "/web/icons/icon-192.png", "/web/icons/icon-512.png", "/web/icons/icon-maskable-512.png"}, "/settings", "/me") {
		if !bytes.Contains(worker, []byte(`"`+path+`"`)) {
			t.Errorf("the service worker does not precache %s", path)
		}
	}
	if bytes.Contains(worker, []byte("https://")) {
		t.Errorf("the service worker precaches a remote URL, which breaks the offline install")
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	ts := startCachingDemo(t)
	for _, path := range []string{"/", "/settings?x=1", "/web/app.wasm", "/web/app.css", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/healthz", "/web/nope.png", "/nope"} {
		res, _ := get(t, ts.URL+path)
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "'wasm-unsafe-eval'", "frame-ancestors 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %s", path, csp, want)
			}
		}
		if strings.Contains(csp, "http") || strings.Contains(csp, "*") {
			t.Errorf("%s: CSP %q allows something remote", path, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", path, res.Header)
		}
	}
}

func TestFrameAncestorsFlag(t *testing.T) {
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{FrameAncestors: "'self' https://tutorials.example"}})
	if err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, h)
	res, _ := get(t, ts.URL+"/")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "frame-ancestors 'self' https://tutorials.example") {
		t.Errorf("CSP %q", csp)
	}
}

func TestOnlyWebFilesAreServed(t *testing.T) {
	ts := startDemo(t)
	// A symlink inside web/ that points out of it must not be followed.
	link := filepath.Join(webDir(t), "escape-link")
	if err := os.Symlink("..", link); err == nil {
		t.Cleanup(func() { os.Remove(link) })
	}
	for _, path := range []string{
		"/web/", "/web/icons/", "/web/../go.mod", "/web/..%2fgo.mod", "/web/%2e%2e/go.mod",
		"/web/icons/../../go.mod", "/web//etc/passwd", "/web/.hidden", "/web/escape-link/go.mod",
		"/web/icons/%00", "/web/..\\go.mod", "/go.mod", "/cmd/walletdemo/main.go", "/.git/config",
	} {
		conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		// Raw request: a client library would clean the path first.
		conn.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(conn, "GET "+path+" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		reply, _ := io.ReadAll(conn)
		conn.Close()
		status := strings.SplitN(string(reply), "\r\n", 2)[0]
		// Refused, or redirected to the clean path (which is refused in turn).
		if !strings.Contains(status, " 404 ") && !strings.Contains(status, " 400 ") && !strings.Contains(status, " 307 ") {
			t.Errorf("GET %s: %s", path, status)
		}
		if bytes.Contains(reply, []byte("module walletdemo")) || bytes.Contains(reply, []byte("root:")) || bytes.Contains(reply, []byte("<pre>")) {
			t.Errorf("GET %s leaked a file or a listing:\n%s", path, reply)
		}
	}
}

func TestMethodsAndHealth(t *testing.T) {
	ts := startDemo(t)
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
		res, _ := do(t, m, ts.URL+"/")
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /: %d, Allow %q", m, res.StatusCode, res.Header.Get("Allow"))
		}
	}
	res, body := get(t, ts.URL+"/healthz")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(string(body), "ok ") {
		t.Errorf("/healthz: %d %q", res.StatusCode, body)
	}
	res, _ = do(t, http.MethodHead, ts.URL+"/")
	if res.StatusCode != http.StatusOK {
		t.Errorf("HEAD /: %d", res.StatusCode)
	}
}

func TestUnknownPaths(t *testing.T) {
	ts := startDemo(t)
	res, body := get(t, ts.URL+"/no-such-screen?x=1")
	if res.StatusCode != http.StatusNotFound || !strings.Contains(string(body), `src="/app.js"`) {
		t.Errorf("an unknown route: %d, want 404 with the app:\n%.300s", res.StatusCode, body)
	}
	for _, path := range []string{"/no-such-file.js", "/robots.txt", "/favicon.ico", "/web/nope.png"} {
		res, body := get(t, ts.URL+path)
		if res.StatusCode != http.StatusNotFound || strings.Contains(string(body), "<html") {
			t.Errorf("%s: %d, want a plain 404", path, res.StatusCode)
		}
	}
	for _, path := range append([]string{"/", "/settings"}, goappFiles...) {
		if res, _ := get(t, ts.URL+path); res.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", path, res.StatusCode)
		}
	}
}
