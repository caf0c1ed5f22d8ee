package webserve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// decoders read a body in each Content-Encoding.
var decoders = map[string]func(io.Reader) (io.Reader, error){
	"br":   func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
	"gzip": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
	"":     func(r io.Reader) (io.Reader, error) { return r, nil },
}

func TestFilesSendTextCompressed(t *testing.T) {
	dir := t.TempDir()
	css := []byte(strings.Repeat(".phone { display: flex; }\n", 100))
	for name, body := range map[string][]byte{"app.css": css, "small.js": []byte("let x = 1;"), "edited.js": css} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hidden := filepath.Join(dir, ".cache", "big.css")
	if err := os.MkdirAll(filepath.Dir(hidden), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hidden, css, 0o644); err != nil {
		t.Fatal(err)
	}
	PrecompressText(dir)
	files, err := NewFiles(dir, Wasm{})
	if err != nil {
		t.Fatal(err)
	}
	// Nothing hidden is served, so nothing hidden is compressed.
	if _, err := os.Stat(hidden + ".br"); !os.IsNotExist(err) {
		t.Errorf("a hidden folder's file was compressed (%v)", err)
	}
	// edited.js changes after its siblings were written: they are stale.
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(dir, "edited.js"), later, later); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, accept, want, typ string }{
		{"/web/app.css", "gzip, deflate, br", "br", "text/css; charset=utf-8"},
		{"/web/app.css", "gzip", "gzip", "text/css; charset=utf-8"},
		{"/web/app.css", "", "", "text/css; charset=utf-8"},
		{"/web/small.js", "br", "", "text/javascript; charset=utf-8"},
		{"/web/edited.js", "br", "", "text/javascript; charset=utf-8"},
	} {
		req := httptest.NewRequest("GET", c.path, nil)
		req.Header.Set("Accept-Encoding", c.accept)
		rec := httptest.NewRecorder()
		files.ServeHTTP(rec, req)
		res := rec.Result()
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != c.want || res.Header.Get("Content-Type") != c.typ || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s, Accept-Encoding %q: %d, encoding %q, type %q, vary %q; want encoding %q, type %q",
				c.path, c.accept, res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"), res.Header.Get("Vary"), c.want, c.typ)
			continue
		}
		r, err := decoders[c.want](res.Body)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(r)
		want, _ := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(c.path, "/web/")))
		if !bytes.Equal(got, want) {
			t.Errorf("%s, Accept-Encoding %q: the body does not decode to the file", c.path, c.accept)
		}
	}
}
