//go:build !wasm

package main

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
)

func TestTabsNavigate(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	p.WaitText("No chats yet")
	for _, tab := range []struct{ name, path, text string }{
		{"Contacts", "/contacts", "Demo contacts appear here"},
		{"Discover", "/discover", "Demo shops"},
		{"Me", "/me", "Pay and Services"},
		{"Chats", "/", "No chats yet"},
	} {
		p.Click(tab.name)
		p.WaitText(tab.text)
		if got := p.Path(); got != tab.path {
			t.Errorf("after clicking %s the path is %q, want %q", tab.name, got, tab.path)
		}
		var current string
		p.Eval(`document.querySelector(".tabbar [aria-current=page]").innerText`, &current)
		if strings.TrimSpace(current) != tab.name {
			t.Errorf("after clicking %s the current tab is %q", tab.name, current)
		}
	}
}

// TestUnknownPathLeadsToNotFound follows the first-run screens' ?next= to a
// path the app does not know, then reloads it: the app's own "not found"
// screen both after the start and at it (not go-app's), and the way home.
func TestUnknownPathLeadsToNotFound(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/welcome?next=/no-such-screen")
	onboardSteps(t, p, "Alex", "United States", "United States", "Current rules")
	p.WaitText("Page not found")
	p.Reload()
	p.WaitText("Page not found")
	p.Click("Go to Chats")
	p.WaitText("No chats yet")
	if got := p.Path(); got != "/" {
		t.Errorf("after Go to Chats the path is %q, want /", got)
	}
}

func TestLanguageSurvivesReload(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/me")
	p.Click("Settings")
	p.Click("简体中文")
	p.WaitText("语言")
	p.Reload()
	p.WaitText("语言")
	p.Click("返回")
	p.Click("我")
	p.WaitText("支付与服务")
	var stored string
	p.Eval(`localStorage.getItem("walletdemo")`, &stored)
	if !strings.Contains(stored, `"lang":"zh-Hans"`) {
		t.Errorf("localStorage holds %q, want the language in it", stored)
	}
}

// waitCached waits until the service worker has cached everything: it is
// activated only once its install (the whole precache) succeeded.
func waitCached(p browser.Tab) {
	p.WaitLive()
	p.WaitTrue("the service worker", `navigator.serviceWorker.ready.then((r) => r.active !== null && r.active.state === "activated")`)
}

// TestWorkerCachesAppWasmFirst: on a first visit the service worker
// caches app.wasm before anything else, so that over a phone's link the
// pages and scripts it also caches do not share the bandwidth the page's
// own download of app.wasm needs. The server holds app.wasm: while the
// worker installs, it asks for nothing else; once app.wasm has come, it
// caches everything, and a reload goes live from it offline.
func TestWorkerCachesAppWasmFirst(t *testing.T) {
	browser.Parallel(t)
	release := make(chan struct{})
	asked := make(chan string, 1)
	var holding atomic.Bool
	holding.Store(true)
	demo := demoHandler(t)
	ts := startServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/web/app.wasm":
			<-release
		case r.URL.Path == "/cashier" && holding.Load():
			// Only the worker asks for /cashier on a visit to /.
			select {
			case asked <- r.URL.Path:
			default:
			}
		}
		demo.ServeHTTP(w, r)
	}))
	var once sync.Once
	releaseWasm := func() { once.Do(func() { holding.Store(false); close(release) }) }
	t.Cleanup(releaseWasm)

	p := browser.NewPage(t)
	p.Visit(ts.URL + "/")
	p.WaitTrue("the worker to install", `navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.installing))`)
	select {
	case path := <-asked:
		t.Errorf("the worker asked for %s while app.wasm was still coming", path)
	case <-time.After(browser.Scaled(2 * time.Second)):
	}
	releaseWasm()
	waitCached(p)
	ts.Stop()
	p.Reload()
	p.WaitText("No chats yet")
}

// TestLoadingLabelCountsUpOnAFirstVisit: on a first visit app.wasm comes
// over the network and the loading label counts up to 100%, each whole
// percentage once at most, not once a chunk (go-app's own fetch rewrote
// it for every chunk, hundreds of times, on the page's thread). The server
// holds the first download of app.wasm part way: the label stops between 0
// and 100%, and a reload then counts up and goes live.
func TestLoadingLabelCountsUpOnAFirstVisit(t *testing.T) {
	browser.Parallel(t)
	release := make(chan struct{})
	var once sync.Once
	t.Cleanup(func() { once.Do(func() { close(release) }) })
	var wasmAsked atomic.Int32
	demo := demoHandler(t)
	ts := startServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/app.wasm" && wasmAsked.Add(1) == 1 {
			w = &heldPartWay{ResponseWriter: w, after: 256 << 10, release: release}
		}
		demo.ServeHTTP(w, r)
	}))
	p := browser.NewPage(t)
	p.BeforeStart(`window.loadingLabels = [];
new MutationObserver((records) => {
  const label = document.getElementById("app-wasm-loader-label");
  for (const r of records) {
    if (label && label.contains(r.target)) window.loadingLabels.push(label.textContent.trim());
  }
}).observe(document, { childList: true, characterData: true, subtree: true });`)
	p.Visit(ts.URL + "/")
	p.WaitTrue("the label to stop part way", `window.loadingLabels.some((l) => l !== "0%")`)
	labelClimbs(t, p, "part way", false)
	// The browser's cache makes the reload's request wait for the held
	// one, as it would for a stalled download: let it go once the page
	// has reloaded.
	p.Run(chromedp.Reload())
	once.Do(func() { close(release) })
	p.WaitLive()
	labelClimbs(t, p, "after a reload", true)
}

// heldPartWay writes an answer's first bytes, then waits for release.
type heldPartWay struct {
	http.ResponseWriter
	after, written int
	release        <-chan struct{}
}

func (h *heldPartWay) Write(b []byte) (int, error) {
	if h.written < h.after && h.written+len(b) > h.after {
		n, err := h.ResponseWriter.Write(b[:h.after-h.written])
		h.written += n
		if err != nil {
			return n, err
		}
		m, err := h.Write(b[n:])
		return n + m, err
	}
	if h.written >= h.after {
		h.ResponseWriter.(http.Flusher).Flush()
		<-h.release
	}
	n, err := h.ResponseWriter.Write(b)
	h.written += n
	return n, err
}

// labelClimbs checks the loading label's changes this page recorded: whole
// percentages, each above the one before, and 100% last once done.
func labelClimbs(t *testing.T, p *browser.Page, when string, done bool) {
	t.Helper()
	var labels []string
	p.Eval(`window.loadingLabels`, &labels)
	if done && (len(labels) == 0 || labels[len(labels)-1] != "100%") {
		t.Fatalf("%s the loading label went %q, want it to end at 100%%", when, labels)
	}
	last, between := -1, false
	for _, l := range labels {
		n, err := strconv.Atoi(strings.TrimSuffix(l, "%"))
		// go-app writes 0% itself before the fetch starts.
		if err != nil || n < last || n == last && n != 0 {
			t.Fatalf("%s the loading label went %q: %q is not a percentage above the one before", when, labels, l)
		}
		last, between = n, between || n > 0 && n < 100
	}
	if !done && !between {
		t.Errorf("%s the loading label went %q: no step between 0 and 100%%", when, labels)
	}
}

// TestStartYieldsToTheBrowser: the start gives the browser a task between
// instantiating app.wasm and running it (app.js, as WasmLoader serves it),
// and another between the Go program's set-up and the first screen's
// mount, in which the page can paint and take input. A message posted as
// instantiation resolves must be delivered before the program runs, and
// one posted as the program starts before the app is live; neither would
// be if the work ran on in one task.
func TestStartYieldsToTheBrowser(t *testing.T) {
	browser.Parallel(t)
	ts := startDemo(t)
	p := browser.NewPage(t)
	// app.js reads WebAssembly.instantiateStreaming when it starts
	// loading; Go comes with wasm_exec.js, which has run by
	// DOMContentLoaded.
	p.BeforeStart(`const instantiate = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async (...args) => {
  const result = await instantiate(...args);
  window.taskAfterInstantiate = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { window.taskAfterInstantiate = true; };
  channel.port2.postMessage(null);
  return result;
};
document.addEventListener("DOMContentLoaded", () => {
  const run = Go.prototype.run;
  Go.prototype.run = function (...args) {
    window.ranAfterATask = window.taskAfterInstantiate;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.liveInNextTask = document.documentElement.dataset.live === "1"; };
    channel.port2.postMessage(null);
    return run.apply(this, args);
  };
});`)
	// true: the message came before the program ran; false: it did not;
	// undefined: app.wasm was not instantiated through the wrapper.
	const ranLater = `window.ranAfterATask === true`
	// false: the message came before the app was live; undefined: the
	// program was never started through Go.prototype.run.
	const yielded = `window.liveInNextTask === false`
	p.Open(ts.URL + "/")
	var ok bool
	if p.Eval(ranLater, &ok); !ok {
		t.Error("app.wasm ran in the task that instantiated it")
	}
	if p.Eval(yielded, &ok); !ok {
		t.Error("the app was live before the task after the one its program started in: the start did not yield")
	}
	p.Reload()
	if p.Eval(ranLater, &ok); !ok {
		t.Error("after a reload app.wasm ran in the task that instantiated it")
	}
	if p.Eval(yielded, &ok); !ok {
		t.Error("after a reload the start did not yield")
	}
}

func TestOfflineReload(t *testing.T) {
	ts := startCachingDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	// app.wasm comes through go-app's counting stream (a response without
	// a URL) on a first visit, as the browser's own response once the
	// worker serves the page (webserve.WasmLoader).
	const fetchedURL = `fetchWithProgress("/web/app.wasm", () => {}).then((r) => r.url)`
	var url string
	if p.Eval(fetchedURL, &url); url != "" {
		t.Errorf("a first visit fetched app.wasm as %q, want go-app's counting stream", url)
	}
	waitCached(p)
	ts.Stop()

	p.Reload()
	p.WaitText("No chats yet")
	if p.Eval(fetchedURL, &url); !strings.HasSuffix(url, "/web/app.wasm") {
		t.Errorf("a page the worker serves fetched app.wasm as %q, want the browser's own response", url)
	}
	// A deep link with a query string, never visited before, offline.
	p.Open(ts.URL + "/settings?utm_source=offline-test")
	p.WaitText("Language")
	p.Click("Back")
	p.WaitText("Pay and Services")
}
