//go:build !wasm

package main

import (
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"

	ui "walletdemo/app"
	"walletdemo/internal/wasmdata"
	"walletdemo/internal/webserve"
)

func staticCmd(args []string) error {
	fs := newFlags("static")
	web := fs.String("web", "web", "folder of static files, with app.wasm")
	prefix := fs.String("prefix", "", "path the site is served under, e.g. /demo")
	var opts siteOptions
	opts.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("static: name one output folder\n\n%s", usage)
	}
	if err := checkFrameAncestors(opts.FrameAncestors); err != nil {
		return err
	}
	return exportStatic(fs.Arg(0), *web, *prefix, opts)
}

// goappFiles are the files go-app's handler generates besides the pages.
var goappFiles = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css"}

// exportStatic writes the whole site into dir: every route's prerendered
// page (/ as index.html, /x as x.html), go-app's scripts, worker and
// manifest, the web folder with app.wasm and its compressed siblings, and
// configurations for nginx, Caddy and _headers hosts.
func exportStatic(dir, web, prefix string, opts siteOptions) error {
	prefix, err := cleanPrefix(prefix)
	if err != nil {
		return err
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return err
	}
	wasm, err := webserve.LoadWasm(web)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, "web")
	if err := copyTree(web, out); err != nil {
		return err
	}
	// An app.wasm built by a plain go build has its data as Go's linker
	// wrote it; the export ships it as `make wasm` does (wasmdata) and
	// compresses it again. One already rewritten is left alone with its
	// siblings: copied within the same clock tick, they would not look
	// newer.
	changed, err := wasmdata.RewriteFile(filepath.Join(out, "app.wasm"))
	if err != nil {
		return err
	}
	if changed {
		// The copied siblings are the old module's.
		for _, ext := range []string{".br", ".gz"} {
			os.Remove(filepath.Join(out, "app.wasm"+ext))
		}
		if wasm, err = webserve.LoadWasm(out); err != nil {
			return err
		}
	}
	h := newAppHandler(web, wasm, prefix, opts.AllowOrigins)
	for _, p := range append(ui.Paths(), goappFiles...) {
		name := strings.TrimPrefix(p, "/")
		switch {
		case p == "/":
			name = "index.html"
		case path.Ext(p) == "":
			name += ".html"
		}
		if err := exportOne(h, p, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			return err
		}
	}
	// Hosts serve a file's .br or .gz sibling where there is one
	// (writeHostConfigs): the pages, go-app's scripts and styles, ours.
	webserve.PrecompressText(dir)
	return writeHostConfigs(dir, prefix, opts.frameAncestors())
}

// cleanPrefix turns "demo/", "/demo" or "/" into "/demo" or "".
func cleanPrefix(p string) (string, error) {
	p = strings.Trim(p, "/")
	if p == "" {
		return "", nil
	}
	clean := path.Clean("/" + p)
	if clean != "/"+p || strings.ContainsAny(p, "?#%\\ \"'<>") {
		return "", fmt.Errorf("static: prefix %q must be a plain path like /demo", p)
	}
	return clean, nil
}

// exportOne writes what h answers for urlPath into file.
func exportOne(h http.Handler, urlPath, file string) error {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, urlPath, nil))
	if rec.Code != http.StatusOK {
		return fmt.Errorf("static: %s answered %d", urlPath, rec.Code)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, rec.Body.Bytes(), 0o644)
}

// copyTree copies the regular, visible files of src into dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			return copyFile(p, target)
		}
		return nil
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
