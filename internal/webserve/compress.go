package webserve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Compressed serves what h answers (go-app's pages, scripts, styles and
// manifest, which it writes in full, uncompressed) in the best encoding the
// client accepts. go-app's scripts and the page are on the first screen's
// path: about 34 kB as they are, 9 kB compressed. They are compressed as
// they go, at a quality that costs a millisecond or two (a page may differ
// with each path, so there is nothing to compress ahead).
func Compressed(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A HEAD answer is the GET one without its body (net/http drops it).
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Accept-Encoding")
		coding := ""
		for _, e := range encodings {
			if accepts(r.Header.Get("Accept-Encoding"), e.Name) {
				coding = e.Name
				break
			}
		}
		if coding == "" || r.Header.Get("Range") != "" {
			h.ServeHTTP(w, r)
			return
		}
		// go-app knows its answers by one ETag, which a compressed answer
		// carries with the encoding after it.
		suffix := "-" + coding + `"`
		if tag, ok := strings.CutSuffix(r.Header.Get("If-None-Match"), suffix); ok {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", tag+`"`)
		}
		buf := &bufferedAnswer{header: w.Header(), status: http.StatusOK}
		h.ServeHTTP(buf, r)

		hdr := w.Header()
		// A page not found is a page too.
		compress := (buf.status == http.StatusOK || buf.status == http.StatusNotFound) && buf.body.Len() >= 1024 &&
			hdr.Get("Content-Encoding") == "" && compressible(hdr.Get("Content-Type"))
		if compress || buf.status == http.StatusNotModified {
			if tag := hdr.Get("ETag"); strings.HasSuffix(tag, `"`) {
				hdr.Set("ETag", strings.TrimSuffix(tag, `"`)+suffix)
			}
		}
		if !compress {
			w.WriteHeader(buf.status)
			w.Write(buf.body.Bytes())
			return
		}
		var out bytes.Buffer
		zw := compressor(coding, &out)
		zw.Write(buf.body.Bytes())
		zw.Close()
		hdr.Set("Content-Encoding", coding)
		hdr.Set("Content-Length", strconv.Itoa(out.Len()))
		w.WriteHeader(buf.status)
		w.Write(out.Bytes())
	})
}

// compressor writes to w in coding ("br" or "gzip"), fast: quality 5
// brotli is within a fifth of its best on pages and scripts, at a
// fiftieth of the time.
func compressor(coding string, w io.Writer) io.WriteCloser {
	if coding == "br" {
		return brotli.NewWriterLevel(w, 5)
	}
	gw, _ := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	return gw
}

// compressible reports whether a Content-Type is text that compresses.
func compressible(contentType string) bool {
	mediaType, _, _ := strings.Cut(contentType, ";")
	mediaType = strings.TrimSpace(strings.ToLower(mediaType))
	return strings.HasPrefix(mediaType, "text/") ||
		strings.HasSuffix(mediaType, "javascript") ||
		strings.HasSuffix(mediaType, "json") ||
		strings.HasSuffix(mediaType, "xml")
}

// bufferedAnswer keeps what a handler answers until it is done, so that
// its body can be compressed and its headers changed.
type bufferedAnswer struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (b *bufferedAnswer) Header() http.Header { return b.header }

func (b *bufferedAnswer) WriteHeader(status int) {
	if !b.wrote {
		b.wrote = true
		b.status = status
	}
}

func (b *bufferedAnswer) Write(p []byte) (int, error) {
	b.WriteHeader(http.StatusOK)
	return b.body.Write(p)
}
