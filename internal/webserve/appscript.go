package webserve

import (
	_ "embed"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

// wasmFetchJS is the project's fetchWithProgress, which app.js calls to
// fetch app.wasm (wasmfetch.js says why).
//
//go:embed wasmfetch.js
var wasmFetchJS string

// goappFetch is how go-app's app.js declares the function wasmFetchJS
// takes the place of.
const goappFetch = "async function fetchWithProgress("

// AppScript serves what goapp (go-app's handler) serves, but for /app.js:
// go-app's script with wasmFetchJS in the place of its fetchWithProgress.
// Should go-app's script change so that its function is not found, it is
// served as it is.
func AppScript(goapp http.Handler) http.Handler {
	var (
		once sync.Once
		js   []byte
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app.js" {
			goapp.ServeHTTP(w, r)
			return
		}
		once.Do(func() {
			rec := httptest.NewRecorder()
			goapp.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
			js = []byte(patchAppJS(rec.Body.String()))
		})
		w.Header().Set("Content-Type", "application/javascript")
		w.Header().Set("Content-Length", strconv.Itoa(len(js)))
		w.Write(js)
	})
}

// patchAppJS puts wasmFetchJS in the place of go-app's fetchWithProgress
// in its app.js, from the declaration to the first line that is a lone
// closing brace, or returns the script as it is if the function is not
// there once.
func patchAppJS(js string) string {
	if strings.Count(js, goappFetch) != 1 {
		return js
	}
	start := strings.Index(js, goappFetch)
	length := strings.Index(js[start:], "\n}\n")
	if length < 0 {
		return js
	}
	return js[:start] + wasmFetchJS + js[start+length+len("\n}\n"):]
}
