package webserve

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func get(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

func TestWasmLoaderReplacesGoAppsFetch(t *testing.T) {
	goapp := &app.Handler{Name: "Test", Resources: Prefixed("")}
	h := WasmLoader(goapp, "/web/app.wasm")
	rec := get(h, "/app.js")
	js := rec.Body.String()
	if ct := rec.Header().Get("Content-Type"); ct != "application/javascript" {
		t.Errorf("Content-Type = %q", ct)
	}
	// The go-app version in go.mod still declares the function once: if
	// not, the project's way of fetching app.wasm is silently gone.
	if n := strings.Count(js, "async function fetchWithProgress("); n != 1 {
		t.Errorf("app.js declares fetchWithProgress %d times, want 1 (the project's)", n)
	}
	if !strings.Contains(js, wasmFetchJS) {
		t.Error("app.js lacks wasmfetch.js")
	}
	// go-app's function is gone, and what came after it is still there.
	if strings.Contains(js, "progressHandler") {
		t.Error("app.js still has go-app's fetchWithProgress")
	}
	if !strings.Contains(js, "goappInitWebAssembly();") {
		t.Error("app.js lost go-app's start")
	}
	if !strings.Contains(js, "await nextTask();\n    "+goappRun) {
		t.Error("app.js runs app.wasm in the task that instantiates it")
	}
	if got, want := get(h, "/manifest.webmanifest").Body.String(), get(goapp, "/manifest.webmanifest").Body.String(); got != want {
		t.Error("the manifest changed on its way through WasmLoader")
	}
}

func TestPatchAppJSReplacesTheWholeFunction(t *testing.T) {
	js := "a();\n" + goappFetch + "url) {\n  if (x) {\n    y();\n  }\n}\n\nfunction after() {\n}\n"
	want := "a();\n" + wasmFetchJS + "\nfunction after() {\n}\n"
	if got := patchAppJS(js); got != want {
		t.Errorf("patchAppJS(%q) = %q, want %q", js, got, want)
	}
}

func TestPatchAppJSRunsAppWasmInATaskOfItsOwn(t *testing.T) {
	fetch := goappFetch + "url) {\n}\n"
	js := "async function start() {\n    " + goappRun + "\n}\n" + fetch
	want := "async function start() {\n    await nextTask();\n    " + goappRun + "\n}\n" + wasmFetchJS
	if got := patchAppJS(js); got != want {
		t.Errorf("patchAppJS(%q) = %q, want %q", js, got, want)
	}
	// Without the fetch's place, nextTask is not declared: the run is
	// left as it is too.
	if js := "async function start() {\n    " + goappRun + "\n}\n"; patchAppJS(js) != js {
		t.Errorf("patchAppJS(%q) changed a script without fetchWithProgress", js)
	}
}

func TestPatchAppJSLeavesAnUnknownScript(t *testing.T) {
	for _, js := range []string{"console.log(1)", goappFetch + "a){}\n" + goappFetch + "b){}", goappFetch + "a) {\n  x();\n}"} {
		if got := patchAppJS(js); got != js {
			t.Errorf("patchAppJS(%q) = %q, want it unchanged", js, got)
		}
	}
}

func TestWasmLoaderStartsPagesWithTheEarlyFetch(t *testing.T) {
	goapp := &app.Handler{Name: "Test", Resources: Prefixed("/demo"), Styles: []string{"/web/app.css"}}
	page := get(WasmLoader(goapp, "/demo/web/app.wasm"), "/").Body.String()
	meta := `<meta name="app-wasm" content="/demo/web/app.wasm"><script>` + earlyWasmJS + "</script>"
	at := strings.Index(page, meta)
	if at < 0 || strings.Count(page, "<script>") != 1 {
		t.Fatalf("the page lacks the app-wasm meta and the early fetch once:\n%s", page)
	}
	// Before any stylesheet, which the script would wait for.
	if css := strings.Index(page, `rel="stylesheet"`); css < at {
		t.Errorf("the early fetch comes after a stylesheet:\n%s", page)
	}
	if got, want := len(page), len(get(goapp, "/").Body.String())+len(meta)+len("\n    "); got != want {
		t.Errorf("the page is %d bytes, want go-app's and the early fetch's %d", got, want)
	}
}

func TestWasmLoaderPassesNotModifiedOn(t *testing.T) {
	h := WasmLoader(&app.Handler{Name: "Test", Resources: Prefixed("")}, "/web/app.wasm")
	first := get(h, "/")
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("If-None-Match", first.Header().Get("ETag"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") != "" {
		t.Errorf("a page asked again with its ETag: %d, %d bytes, Content-Length %q; want 304 and nothing", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"))
	}
}

func TestPatchPageLeavesAPageWithoutLinksInItsHead(t *testing.T) {
	for _, page := range []string{"<p>hi</p>", "<html><head></head><body><link rel=x></body></html>"} {
		if got := patchPage(page, "/web/app.wasm"); got != page {
			t.Errorf("patchPage(%q) = %q, want it unchanged", page, got)
		}
	}
}

func TestTheCSPLetsTheEarlyFetchRunAndNoOtherInlineScript(t *testing.T) {
	sum := sha256.Sum256([]byte(earlyWasmJS))
	want := "script-src 'self' 'wasm-unsafe-eval' 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	csp := SecurityHeaders("'self'")["Content-Security-Policy"]
	for _, directive := range strings.Split(csp, "; ") {
		if strings.HasPrefix(directive, "script-src ") && directive != want {
			t.Errorf("CSP has %q, want %q", directive, want)
		}
	}
	if !strings.Contains(csp, want) {
		t.Errorf("CSP %q lacks %q", csp, want)
	}
}
