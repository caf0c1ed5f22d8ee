//go:build !wasm

package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"walletdemo/internal/browser"
)

// staticHost serves an exported site under prefix as a plain static host
// does (nginx's try_files $uri $uri.html $uri/index.html): no Go app, no
// rewriting beyond that.
func staticHost(dir, prefix string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel, ok := strings.CutPrefix(r.URL.Path, prefix+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		base := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+rel)))
		for _, f := range []string{base, base + ".html", filepath.Join(base, "index.html")} {
			if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
				http.ServeFile(w, r, f)
				return
			}
		}
		http.NotFound(w, r)
	})
}

func TestStaticExportWorksOffline(t *testing.T) {
	browser.Parallel(t)
	for _, prefix := range []string{"", "/demo/tutorial"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			dir := t.TempDir()
			if err := exportStatic(dir, webDir(t), prefix, siteOptions{FrameAncestors: "'self'"}); err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"index.html", "settings.html", "me.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/icons/icon.svg"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Errorf("the export lacks %s", f)
				}
			}
			index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
			if !strings.Contains(string(index), `src="`+prefix+`/app.js"`) || !strings.Contains(string(index), `href="`+prefix+`/settings"`) && !strings.Contains(string(index), `href="`+prefix+`/me"`) {
				t.Errorf("index.html does not point under the prefix %q", prefix)
			}

			ts := startServer(t, staticHost(dir, prefix))
			p := browser.NewPage(t)
			p.Open(ts.URL + prefix + "/")
			p.WaitText("No chats yet")
			p.Click("Me")
			p.WaitText("Pay and Services")
			if got := p.Path(); got != prefix+"/me" {
				t.Errorf("the Me tab led to %q, want %q", got, prefix+"/me")
			}
			waitCached(p)
			ts.Stop()

			p.Open(ts.URL + prefix + "/")
			p.WaitText("No chats yet")
			p.Open(ts.URL + prefix + "/settings?lang=en&utm_source=mail")
			p.WaitText("Language")
			p.Click("Back")
			p.WaitText("Pay and Services")
		})
	}
}

// TestStaticExportShipsOneSegment exports a web folder whose app.wasm
// came from a plain go build, its data in two segments: the export's is in
// one, compressed anew, and the source is left as it was.
func TestStaticExportShipsOneSegment(t *testing.T) {
	web := t.TempDir()
	// A module with only a data section: "ab" at 16, "cd" at 32.
	module := []byte("\x00asm\x01\x00\x00\x00\x0b\x0f\x02\x00\x41\x10\x0b\x02ab\x00\x41\x20\x0b\x02cd")
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), module, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := exportStatic(dir, web, "", siteOptions{FrameAncestors: "'self'"}); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(filepath.Join(web, "app.wasm"))
	if string(src) != string(module) {
		t.Error("the export changed the source's app.wasm")
	}
	got, _ := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	want := "\x00asm\x01\x00\x00\x00\x0b\x18\x01\x00\x41\x10\x0b\x12ab" + strings.Repeat("\x00", 14) + "cd"
	if string(got) != want {
		t.Errorf("the export's app.wasm is %q, want %q", got, want)
	}
	gz, err := os.Open(filepath.Join(dir, "web", "app.wasm.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	if unzipped, _ := io.ReadAll(zr); string(unzipped) != want {
		t.Error("the export's app.wasm.gz is not its app.wasm")
	}
}
