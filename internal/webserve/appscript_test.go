package webserve

import (
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

func TestAppScriptReplacesGoAppsFetch(t *testing.T) {
	goapp := &app.Handler{Name: "Test", Resources: Prefixed("")}
	h := AppScript(goapp)
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
	if n := strings.Count(js, "async function goappFetchWithProgress("); n != 1 {
		t.Errorf("app.js declares goappFetchWithProgress %d times, want 1 (go-app's, renamed)", n)
	}
	if !strings.HasSuffix(js, wasmFetchJS) {
		t.Error("app.js does not end with wasmfetch.js")
	}
	if got, want := get(h, "/manifest.webmanifest").Body.String(), get(goapp, "/manifest.webmanifest").Body.String(); got != want {
		t.Error("the manifest changed on its way through AppScript")
	}
}

func TestPatchAppJSLeavesAnUnknownScript(t *testing.T) {
	for _, js := range []string{"console.log(1)", goappFetch + "a){}\n" + goappFetch + "b){}"} {
		if got := patchAppJS(js); got != js {
			t.Errorf("patchAppJS(%q) = %q, want it unchanged", js, got)
		}
	}
}
