package webserve

import (
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Files serves the files of the web folder and nothing else: no
// directory listings, no dot files, nothing outside it (os.Root refuses
// "..", absolute paths and symlinks that leave the folder), and app.wasm
// and the text files in the best encoding the client accepts.
type Files struct {
	root *os.Root
	wasm Wasm
}

// NewFiles serves the folder dir, whose app.wasm is wasm. Its text files
// go out compressed where PrecompressText (make wasm, the static export)
// has left siblings newer than them, else as they are.
func NewFiles(dir string, wasm Wasm) (Files, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return Files{}, err
	}
	return Files{root: root, wasm: wasm}, nil
}

// textTypes are the kinds of file that compress well, by extension, with
// their Content-Type.
var textTypes = map[string]string{
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".svg":  "image/svg+xml",
	".json": "application/json",
}

// PrecompressText writes the compressed siblings of the text files under
// dir (Precompress) that are big enough to gain from it. It is best
// effort: a file it cannot compress (a read-only folder) is served as it
// is.
func PrecompressText(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || p != dir && strings.HasPrefix(d.Name(), "."):
			// Files serves nothing hidden: nothing to compress there.
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.IsDir() || textTypes[path.Ext(p)] == "":
			return nil
		}
		// Under a kilobyte, compression saves less than its headers cost.
		if info, err := d.Info(); err == nil && info.Size() >= 1024 {
			Precompress(p)
		}
		return nil
	})
}

// ServeHTTP implements http.Handler for paths under /web/.
func (h Files) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := webName(r.URL.Path)
	if !ok {
		notFound(w, r)
		return
	}
	switch {
	case name == "app.wasm":
		h.serveWasm(w, r)
	case textTypes[path.Ext(name)] != "":
		h.serveText(w, r, name)
	default:
		h.serveFile(w, r, name)
	}
}

// webName maps a /web/ URL path to a file name inside the web folder, or
// reports false for anything that is not a plain, clean, visible path.
func webName(urlPath string) (string, bool) {
	name, ok := strings.CutPrefix(urlPath, "/web/")
	if !ok || name == "" || path.Clean("/"+name) != "/"+name || strings.ContainsAny(name, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	return name, true
}

func (h Files) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	f, err := h.root.Open(name)
	if err != nil {
		notFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		notFound(w, r)
		return
	}
	// Files under /web/ keep their names across versions, so they are
	// revalidated (cheaply, by Last-Modified) rather than cached blind.
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// serveWasm sends app.wasm precompressed where the client accepts it.
// Content-Type stays application/wasm, which streaming compilation needs.
func (h Files) serveWasm(w http.ResponseWriter, r *http.Request) {
	coding, file := h.encoded(r, "app.wasm")
	tag := ""
	if coding != "" {
		tag = "-" + coding
	}
	w.Header().Set("ETag", `"`+h.wasm.Version+tag+`"`)
	h.serveEncoded(w, r, "application/wasm", coding, file)
}

// serveText sends a text file precompressed where the client accepts it,
// else as it is.
func (h Files) serveText(w http.ResponseWriter, r *http.Request, name string) {
	coding, file := h.encoded(r, name)
	h.serveEncoded(w, r, textTypes[path.Ext(name)], coding, file)
}

// encoded returns the best encoding of name the client accepts whose
// sibling is newer than the file (LoadWasm and PrecompressText write
// them), and the file to send: a file edited since it was compressed is
// never served stale. With none, the file itself.
func (h Files) encoded(r *http.Request, name string) (coding, file string) {
	src, err := h.root.Stat(name)
	if err != nil {
		return "", name
	}
	for _, e := range encodings {
		if !accepts(r.Header.Get("Accept-Encoding"), e.Name) {
			continue
		}
		if st, err := h.root.Stat(name + e.Suffix); err == nil && st.ModTime().After(src.ModTime()) {
			return e.Name, name + e.Suffix
		}
	}
	return "", name
}

// serveEncoded sends file, in coding, as contentType.
func (h Files) serveEncoded(w http.ResponseWriter, r *http.Request, contentType, coding, file string) {
	hdr := w.Header()
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Content-Type", contentType)
	if coding != "" {
		hdr.Set("Content-Encoding", coding)
	}
	h.serveFile(w, r, file)
}

// accepts reports whether an Accept-Encoding header allows coding (with a
// q-value above zero).
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// notFound answers 404 in plain text, dropping any headers set for the
// file that turned out not to be there.
func notFound(w http.ResponseWriter, r *http.Request) {
	for _, k := range []string{"Content-Encoding", "Content-Type", "ETag", "Vary"} {
		w.Header().Del(k)
	}
	http.NotFound(w, r)
}
