//go:build !wasm

package main

import (
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
