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
// takes the place of; goappRun is where it starts the Go program, once
// app.wasm is compiled.
const (
	goappFetch = "async function fetchWithProgress("
	goappRun   = "go.run(wasm.instance);"
)

// AppScript serves what goapp (go-app's handler) serves, but for /app.js:
// go-app's script with its fetchWithProgress renamed
// goappFetchWithProgress, the Go program started in a task after the one
// that compiled it (walletDemoNextTask), and wasmFetchJS after it. Should
// go-app's script change so that either is not found once, it is served
// as it is.
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

// patchAppJS renames go-app's fetchWithProgress in its app.js, starts the
// Go program a task later and appends wasmFetchJS, or returns the script
// as it is if the function or the start is not there once.
func patchAppJS(js string) string {
	if strings.Count(js, goappFetch) != 1 || strings.Count(js, goappRun) != 1 {
		return js
	}
	js = strings.Replace(js, goappFetch, "async function goappFetchWithProgress(", 1)
	js = strings.Replace(js, goappRun, "await walletDemoNextTask();\n    "+goappRun, 1)
	return js + wasmFetchJS
}
