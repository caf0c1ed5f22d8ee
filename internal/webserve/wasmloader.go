package webserve

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// wasmFetchJS is the project's fetchWithProgress, which app.js calls to
// fetch app.wasm, and nextTask, which it awaits before running it
// (wasmfetch.js says why).
//
//go:embed wasmfetch.js
var wasmFetchJS string

// earlyWasmJS is the script every page starts with: it asks for app.wasm,
// at the address of the page's app-wasm meta, as the page is read, and
// leaves the answer's promise in window.earlyAppWasm for app.js's fetch
// (wasmFetchJS). app.js itself runs only once the stylesheets and the
// scripts have come: on a phone's link that is a round trip or more later.
// It asks at low priority, so that the stylesheets, which the first paint
// waits for, come first.
// It asks for nothing where go-app's app.js would not load app.wasm
// (robots, ?wasm=false), and marks a failure handled, as app.js awaits it
// only later. A <link rel=preload> would ask as early, but WebKit does not
// give a preload to fetch() and downloads app.wasm twice.
//
//go:embed earlywasm.js
var earlyWasmJS string

// earlyWasmSource is the CSP source that lets earlyWasmJS run inline, and
// nothing else: its hash.
var earlyWasmSource = func() string {
	sum := sha256.Sum256([]byte(earlyWasmJS))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()

// goappFetch is how go-app's app.js declares the function wasmFetchJS
// takes the place of.
const goappFetch = "async function fetchWithProgress("

// goappRun is where go-app's app.js runs the instantiated app.wasm, in
// the same task as instantiating it.
const goappRun = "go.run(wasm.instance);"

// WasmLoader serves what goapp (go-app's handler) serves, with app.wasm
// loaded the project's way: pages ask for wasmURL (app.js's address of
// app.wasm) as they are read (earlyWasmJS), and /app.js is go-app's script
// with wasmFetchJS in the place of its fetchWithProgress and a task
// between instantiating app.wasm and running it. Should go-app's script or
// page change so that a place is not found, that part is left as go-app
// wrote it.
func WasmLoader(goapp http.Handler, wasmURL string) http.Handler {
	var (
		once sync.Once
		js   []byte
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/app.js" {
			once.Do(func() {
				// A request of its own: the reader's may be conditional
				// or a HEAD, and the script is kept for everyone.
				buf := &bufferedAnswer{header: http.Header{}, status: http.StatusOK}
				goapp.ServeHTTP(buf, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/app.js"}, Header: http.Header{}})
				js = []byte(patchAppJS(buf.body.String()))
			})
			w.Header().Set("Content-Type", "application/javascript")
			w.Header().Set("Content-Length", strconv.Itoa(len(js)))
			w.Write(js)
			return
		}
		buf := &bufferedAnswer{header: w.Header(), status: http.StatusOK}
		goapp.ServeHTTP(buf, r)
		body := buf.body.Bytes()
		if strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			body = []byte(patchPage(string(body), wasmURL))
			w.Header().Del("Content-Length")
		}
		w.WriteHeader(buf.status)
		w.Write(body)
	})
}

// patchAppJS puts wasmFetchJS in the place of go-app's fetchWithProgress
// in its app.js, from the declaration to the first line that is a lone
// closing brace, and then has app.js await nextTask (which wasmFetchJS
// declares) before it runs app.wasm. It returns the script as it is if
// the function is not there once, and leaves the run alone if it is not.
func patchAppJS(js string) string {
	if strings.Count(js, goappFetch) != 1 {
		return js
	}
	start := strings.Index(js, goappFetch)
	length := strings.Index(js[start:], "\n}\n")
	if length < 0 {
		return js
	}
	js = js[:start] + wasmFetchJS + js[start+length+len("\n}\n"):]
	if strings.Count(js, goappRun) != 1 {
		return js
	}
	return strings.Replace(js, goappRun, "await nextTask();\n    "+goappRun, 1)
}

// patchPage puts the app-wasm meta and earlyWasmJS before the first link
// of page's head, ahead of its stylesheets, which a script would wait for,
// or returns page as it is if its head has no link.
func patchPage(page, wasmURL string) string {
	at := strings.Index(page, "<link ")
	if at < 0 || at > strings.Index(page, "</head>") {
		return page
	}
	early := `<meta name="app-wasm" content="` + html.EscapeString(wasmURL) + `"><script>` + earlyWasmJS + "</script>\n    "
	return page[:at] + early + page[at:]
}
