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
	if got, want := get(h, "/manifest.webmanifest").Body.String(), get(goapp, "/manifest.webmanifest").Body.String(); got != want {
		t.Error("the manifest changed on its way through AppScript")
	}
}

func TestPatchAppJSReplacesTheWholeFunction(t *testing.T) {
	js := "a();\n" + goappFetch + "url) {\n  if (x) {\n    y();\n  }\n}\n\nfunction after() {\n}\n"
	want := "a();\n" + wasmFetchJS + "\nfunction after() {\n}\n"
	if got := patchAppJS(js); got != want {
		t.Errorf("patchAppJS(%q) = %q, want %q", js, got, want)
	}
}

func TestPatchAppJSLeavesAnUnknownScript(t *testing.T) {
	for _, js := range []string{"console.log(1)", goappFetch + "a){}\n" + goappFetch + "b){}", goappFetch + "a) {\n  x();\n}"} {
		if got := patchAppJS(js); got != js {
			t.Errorf("patchAppJS(%q) = %q, want it unchanged", js, got)
		}
	}
}
