package webserve

import (
	"bytes"
	"io"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestCompressedAnswers(t *testing.T) {
	app.Route("/", app.NewZeroComponentFactory(&testPage{}))
	goapp := &app.Handler{Name: "Test", Resources: Prefixed(""), Version: "v1"}
	h := Compressed(goapp)
	tag := get(goapp, "/").Header().Get("ETag")
	for _, c := range []struct {
		method, path, accept, ifNoneMatch string
		status                            int
		coding, etag                      string
	}{
		{"GET", "/", "gzip, deflate, br", "", 200, "br", tag[:len(tag)-1] + `-br"`},
		{"GET", "/wasm_exec.js", "gzip", "", 200, "gzip", tag[:len(tag)-1] + `-gzip"`},
		{"HEAD", "/app.js", "br", "", 200, "br", tag[:len(tag)-1] + `-br"`},
		{"GET", "/", "", "", 200, "", tag},
		{"GET", "/", "br;q=0", "", 200, "", tag},
		// Under a kilobyte: as it is, under go-app's own tag.
		{"GET", "/manifest.webmanifest", "br", "", 200, "", tag},
		// The tag a compressed answer carried still means "not modified".
		{"GET", "/", "br", tag[:len(tag)-1] + `-br"`, 304, "", tag[:len(tag)-1] + `-br"`},
		{"GET", "/", "br", `"other-br"`, 200, "br", tag[:len(tag)-1] + `-br"`},
	} {
		req := httptest.NewRequest(c.method, c.path, nil)
		req.Header.Set("Accept-Encoding", c.accept)
		if c.ifNoneMatch != "" {
			req.Header.Set("If-None-Match", c.ifNoneMatch)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		name := c.method + " " + c.path + ", Accept-Encoding " + c.accept + ", If-None-Match " + c.ifNoneMatch
		if res.StatusCode != c.status || res.Header.Get("Content-Encoding") != c.coding || res.Header.Get("ETag") != c.etag {
			t.Errorf("%s: %d, encoding %q, ETag %s; want %d, %q, %s", name, res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("ETag"), c.status, c.coding, c.etag)
			continue
		}
		if c.accept != "" && res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s: Vary %q", name, res.Header.Get("Vary"))
		}
		if c.status != 200 || c.method == "HEAD" {
			continue
		}
		r, err := decoders[c.coding](res.Body)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(r)
		want := get(goapp, c.path).Body.Bytes()
		// go-app writes a page's attributes in map order: only its length
		// is the same each time.
		if c.path == "/" && len(got) != len(want) || c.path != "/" && !bytes.Equal(got, want) {
			t.Errorf("%s: the body does not decode to go-app's", name)
		}
		if n := res.Header.Get("Content-Length"); c.coding != "" && n != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("%s: Content-Length %s for %d bytes", name, n, rec.Body.Len())
		}
	}
}

// testPage is a page for go-app's handler to render.
type testPage struct{ app.Compo }

func (*testPage) Render() app.UI { return app.P().Text("A page.") }
