//go:build !wasm

package main

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"walletdemo/app/tour"
	"walletdemo/internal/browser"
)

// The cross-engine journeys: written once against browser.Tab, each runs in
// Chromium, Firefox and WebKit (make test-engines; TEST_ENGINES picks
// fewer). The Chromium-only tests go deeper; these prove that what a
// person does most works in every engine a phone has.

// eachEngine runs journey once per engine, the engines side by side and
// beside the other tests.
func eachEngine(t *testing.T, journey func(t *testing.T, engine string)) {
	onEngines(t, browser.Engines, journey)
}

// onEngines runs journey once on each of engines.
func onEngines(t *testing.T, engines []string, journey func(t *testing.T, engine string)) {
	browser.Parallel(t)
	for _, e := range engines {
		t.Run(e, func(t *testing.T) {
			browser.Parallel(t)
			journey(t, e)
		})
	}
}

// noConsoleErrors fails if the tab logged an error or an uncaught
// exception.
func noConsoleErrors(t *testing.T, p browser.Tab) {
	t.Helper()
	for _, l := range strings.Split(p.Logs(), "\n") {
		if cancelledLoad(p.Engine(), l) {
			continue
		}
		if strings.HasPrefix(l, "error:") || strings.HasPrefix(l, "exception:") {
			t.Errorf("%s logged: %s", p.Engine(), l)
		}
	}
}

// cancelledLoad tells Firefox's report of a load the page itself dropped:
// go-app removes its loading screen, hidden icon and all, once the app is
// live, and a frame's src may change while a page loads, Scan's QR decoder
// (qrdetector.js, which loads jsqr.js) among what it loads. Firefox then
// says the service worker "encountered an unexpected error", naming what
// was dropped or no URL, even when the worker's answer is a plain 500
// (tried: a worker that never rejects gets the same report). A real worker
// failure shows as a missing page or asset in the journeys (the decoder's
// in TestEnginesScanPhoto).
func cancelledLoad(engine, line string) bool {
	if engine != "firefox" || !strings.Contains(line, "A ServiceWorker intercepted the request and encountered an unexpected error") {
		return false
	}
	for _, dropped := range []string{"‘’", "/web/icons/icon-192.png’", "/web/qrdetector.js’", "/web/jsqr.js’"} {
		if strings.Contains(line, dropped) {
			return true
		}
	}
	return false
}

// TestEnginesSetUpAndPay: onboarding, then a payment with a reload while
// the amount is typed and another on the PIN sheet; nothing is lost.
func TestEnginesSetUpAndPay(t *testing.T) {
	ts := startDemo(t)
	eachEngine(t, func(t *testing.T, engine string) {
		p := browser.NewTab(t, engine, false)
		p.Open(ts.URL + "/")
		p.WaitText("Welcome to Wallet Demo")
		// Desktop Firefox and WebKitGTK can install no web app: no offer.
		if txt := p.Text(); engine != "chromium" && (strings.Contains(txt, "Install the demo") || strings.Contains(txt, "To install")) {
			t.Errorf("%s offers an install it cannot do:\n%s", engine, txt)
		}
		p.Click("Get started")
		p.Type("Display name", "Robin")
		p.Reload()
		p.WaitText("Step 1 of 2")
		if got := value(p, "welcome.name"); got != "Robin" {
			t.Errorf("after a reload the name field holds %q", got)
		}
		pickRegion(p, "United Kingdom", "United Kingdom")
		p.Click("Next")
		p.WaitText("Step 2 of 2")
		p.Click("As in the tutorial (May 2020)")
		p.Click("Start the demo")
		p.WaitText("Li Wei")

		openSeeded(p, ts.URL, "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", activeWallet(t, seed{Balance: 50000}))
		p.Type("Amount (CNY)", "12.5")
		p.Reload()
		p.WaitText("Lucky Bean Coffee")
		if got := value(p, "pay-amount"); got != "12.5" {
			t.Fatalf("after a reload the amount field holds %q", got)
		}
		p.Click("Next")
		p.WaitText("Enter payment PIN")
		p.Reload()
		p.WaitText("Enter payment PIN")
		payPIN(p, seedPIN)
		p.WaitText("Payment successful")
		p.WaitText("¥12.50")
		reloadKeeps(t, p)
		noConsoleErrors(t, p)
	})
}

// TestEnginesToursPlayThemselves: every guided tour, started with
// autoplay=1, plays to its end in Firefox and WebKit. In Chromium,
// TestAutoplayPlaysEveryTour plays them embedded and checks what the host
// hears too: playing them here again would add three minutes of machine
// time and nothing else. The tours play side by side, a browser each: an
// autoplay waits at a person's pace far more than it computes, and one
// after the other they made this the suite's longest test.
func TestEnginesToursPlayThemselves(t *testing.T) {
	ts := startDemo(t)
	onEngines(t, slices.DeleteFunc(slices.Clone(browser.Engines), func(e string) bool { return e == "chromium" }), func(t *testing.T, engine string) {
		var tabs []browser.Tab
		for _, tr := range tour.All() {
			p := browser.NewTab(t, engine, false)
			p.Open(ts.URL + "/?tour=" + tr.ID + "&autoplay=1")
			tabs = append(tabs, p)
		}
		for i, p := range tabs {
			t.Logf("waiting for the end of the %s tour", tour.All()[i].ID)
			waitMode(t, p, "done", 2*time.Minute)
			p.WaitText("Tour complete")
			noConsoleErrors(t, p)
		}
	})
}

// waitMode waits until the autoplay says want, failing at once if it got
// stuck.
func waitMode(t *testing.T, p browser.Tab, want string, within time.Duration) {
	t.Helper()
	var mode string
	for end := time.Now().Add(browser.Scaled(within)); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		p.Eval(`document.documentElement.dataset.autoplay || ""`, &mode)
		if mode == want {
			return
		}
		if mode == "stuck" {
			t.Fatalf("%s: the autoplay is stuck on %s:\n%s", p.Engine(), p.Path(), p.Logs())
		}
	}
	t.Fatalf("%s: the autoplay is %q, not %q:\n%s", p.Engine(), mode, want, p.Logs())
}

// TestEnginesAskForAppWasmAsThePageIsRead checks that a first visit asks
// for app.wasm before app.js has come, and once: the server holds app.js
// until the page has asked, and counts the page's requests (were app.js's
// fetch not to take the early answer, it would ask again).
func TestEnginesAskForAppWasmAsThePageIsRead(t *testing.T) {
	eachEngine(t, func(t *testing.T, engine string) {
		var asked atomic.Int32
		wasmAsked := make(chan struct{})
		demo := demoHandler(t)
		ts := startServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch {
			// The service worker caches app.wasm too, naming itself the
			// referrer.
			case r.URL.Path == "/web/app.wasm" && !strings.HasSuffix(r.Referer(), "/app-worker.js"):
				if asked.Add(1) == 1 {
					close(wasmAsked)
				}
			case r.URL.Path == "/app.js":
				select {
				case <-wasmAsked:
				case <-time.After(browser.Scaled(10 * time.Second)):
					t.Errorf("%s: app.wasm was not asked for before app.js came", engine)
				}
			}
			demo.ServeHTTP(w, r)
		}))
		p := browser.NewTab(t, engine, false)
		p.Visit(ts.URL + "/")
		p.WaitLive()
		if n := asked.Load(); n != 1 {
			t.Errorf("%s: the page asked for app.wasm %d times, want once", engine, n)
		}
	})
}

// TestEnginesOfflineReload: after a first visit, / and a deep link never
// visited load with the server gone, where the engine runs service workers
// under automation.
func TestEnginesOfflineReload(t *testing.T) {
	eachEngine(t, func(t *testing.T, engine string) {
		ts := startCachingDemo(t)
		p := browser.NewTab(t, engine, false)
		p.Open(ts.URL + "/")
		var sw bool
		p.Eval(`"serviceWorker" in navigator`, &sw)
		if !sw {
			t.Skipf("%s under automation has no service worker; README says so", engine)
		}
		waitCached(p)
		ts.Stop()
		p.Reload()
		p.WaitText("Welcome to Wallet Demo")
		p.Open(ts.URL + "/settings?utm_source=offline-test")
		p.WaitText("Language")
		noConsoleErrors(t, p)
	})
}

// TestEnginesStorageRefused: a full quota (filled for real, to the
// browser's own limit) makes the demo say it cannot save and work in
// memory; a private window works as a normal one while it is open.
func TestEnginesStorageRefused(t *testing.T) {
	ts := startDemo(t)
	eachEngine(t, func(t *testing.T, engine string) {
		t.Run("full quota", func(t *testing.T) {
			p := browser.NewTab(t, engine, false)
			p.Open(ts.URL + "/")
			var filled int
			p.Eval(`(function(){ localStorage.clear(); const block = "x".repeat(1 << 16); let n = 0; try { for (;; n++) localStorage.setItem("fill" + n, block); } catch (e) {} for (let size = 1 << 15, i = 0; size >= 16; i++) { try { localStorage.setItem("tail" + i, "x".repeat(size)); } catch (e) { size >>= 1; } } return n; })()`, &filled)
			if filled == 0 {
				t.Fatal("the storage took nothing: the quota was never reached")
			}
			p.Reload()
			onboard(t, p, "Robin", "United Kingdom", "United Kingdom", "As in the tutorial (May 2020)")
			p.WaitText(noticeMemory)
			follow(t, p, "Me", "/me")
			p.WaitText("Robin")
		})
		t.Run("private window", func(t *testing.T) {
			if engine == "chromium" {
				t.Skip("each Chromium test already runs in a fresh, incognito-like context")
			}
			p := browser.NewTab(t, engine, true)
			p.Open(ts.URL + "/")
			onboard(t, p, "Robin", "United Kingdom", "United Kingdom", "As in the tutorial (May 2020)")
			p.WaitText("Li Wei")
			p.Reload()
			p.WaitText("Li Wei")
			noConsoleErrors(t, p)
		})
	})
}

// narrowHost is recordingHost with its frame 320 pixels wide: a narrow
// phone, in every engine (MiniBrowser's window cannot be that narrow).
var narrowHost = strings.Replace(recordingHost, "width:390px", "width:320px", 1)

// TestEnginesEmbedAndNarrow: the demo framed by another origin tells the
// host it is ready and the steps of a tour the host starts; at 320 pixels
// wide no screen is wider than its frame.
func TestEnginesEmbedAndNarrow(t *testing.T) {
	demo, host := embeddedDemoWith(t, narrowHost)
	eachEngine(t, func(t *testing.T, engine string) {
		p := browser.NewTab(t, engine, false)
		p.Visit(host + "/?demo=" + url.QueryEscape(demo+"/"))
		frame := p.FrameTab(demo)
		frame.WaitLive()
		p.WaitTrue("the demo's ready event", `window.events.some(e => e.event === "ready")`)
		p.Eval(`send({command: "start-tour", tour: "setup"})`, nil)
		p.WaitTrue("the tour's first step", `window.events.some(e => e.event === "step" && e.tour === "setup" && e.index === 0)`)
		frame.WaitText("Step 1")
		for _, s := range []struct{ path, text string }{
			{"/", "Chats"}, {"/me", "Pay and Services"}, {"/scan", "Demo merchant codes"},
			{"/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", "Lucky Bean Coffee"}, {"/settings", "Language"},
		} {
			p.Eval(`document.getElementById("demo").src = `+browserJSON(demo+s.path), nil)
			frame.WaitTrue("the frame at "+s.path, `location.pathname + location.search === `+browserJSON(s.path)+` && document.documentElement.dataset.live === "1"`)
			frame.WaitText(s.text)
			var wide bool
			frame.Eval(`document.documentElement.scrollWidth > window.innerWidth`, &wide)
			if wide {
				t.Errorf("%s: %s is wider than 320 pixels", engine, s.path)
			}
		}
		noConsoleErrors(t, frame)
	})
}
