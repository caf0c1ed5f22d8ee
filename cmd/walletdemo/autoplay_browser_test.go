//go:build !wasm

package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"walletdemo/app/tour"
	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// recordingHost is a host page that frames the demo at the URL in its
// query and keeps every event the demo posts, in order, in window.events;
// window.send(command) posts a command to the demo.
const recordingHost = `<!doctype html><title>Host</title>
<iframe id="demo" title="Wallet Demo" style="width:390px;height:844px;border:0"></iframe>
<script>
window.events = [];
const src = new URLSearchParams(location.search).get("demo");
const frame = document.getElementById("demo");
frame.src = src;
addEventListener("message", e => { if (e.data && e.data.type === "walletdemo:event") events.push(e.data); });
window.send = c => frame.contentWindow.postMessage(Object.assign({type: "walletdemo:command"}, c), new URL(src).origin);
</script>`

// embeddedDemo starts the demo and a recording host page on another
// origin that the demo lets drive it, and returns both base URLs.
func embeddedDemo(t *testing.T) (demo, host string) {
	t.Helper()
	return embeddedDemoWith(t, recordingHost)
}

// embeddedDemoWith is embeddedDemo with page as the host page.
func embeddedDemoWith(t *testing.T, page string) (demo, host string) {
	t.Helper()
	hostAddr := loopbackAddr(t, "127.0.0.1")
	host = "http://localhost:" + strings.Split(hostAddr, ":")[1]
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{AllowOrigins: []string{host}}})
	if err != nil {
		t.Fatal(err)
	}
	startServerAt(t, hostAddr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	return startServer(t, h).URL, host
}

// openFramed opens the recording host framing the demo's path, and returns
// the host's page and the demo's frame, live.
func openFramed(t *testing.T, demo, host, path string) (p, frame *browser.Page) {
	t.Helper()
	p = browser.NewPage(t)
	p.Visit(host + "/?demo=" + url.QueryEscape(demo+path))
	frame = p.Frame(demo)
	frame.WaitLive()
	return p, frame
}

// hostEvent is an event as the host page received it.
type hostEvent struct {
	Event string `json:"event"`
	Tour  string `json:"tour"`
	Index int    `json:"index"`
	Kind  string `json:"kind"`
}

// hostEvents returns what the host page has heard so far.
func hostEvents(t *testing.T, p *browser.Page) []hostEvent {
	t.Helper()
	var raw string
	p.Eval(`JSON.stringify(window.events)`, &raw)
	var evs []hostEvent
	if err := json.Unmarshal([]byte(raw), &evs); err != nil {
		t.Fatal(err)
	}
	return evs
}

// personEvents is what a host hears when a person does tr from its first
// step: each step, a payment for each payment step, then complete.
func personEvents(tr tour.Tour) []string {
	var want []string
	for i, s := range tr.Steps {
		want = append(want, "step "+strconv.Itoa(i))
		if s.Done.Event == wallet.EventPaymentMade {
			want = append(want, "payment")
		}
	}
	return append(want, "complete")
}

// heard lists the step, payment and complete events of tour id, as
// personEvents does.
func heard(evs []hostEvent, id string) []string {
	var got []string
	for _, e := range evs {
		switch {
		case e.Event == "step" && e.Tour == id:
			got = append(got, "step "+strconv.Itoa(e.Index))
		case e.Event == "payment", e.Event == "complete" && e.Tour == id:
			got = append(got, e.Event)
		}
	}
	return got
}

// startDecided is true once the app has made what a start decides, an
// autoplay to resume among it.
const startDecided = `document.documentElement.dataset.hooks === "1"`

// waitAutoplay waits until the frame's autoplay says want, failing at once
// if it got stuck.
func waitAutoplay(t *testing.T, frame *browser.Page, want string, within time.Duration) {
	t.Helper()
	var mode string
	within = browser.Scaled(within)
	for end := time.Now().Add(within); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		frame.Eval(`document.documentElement.dataset.autoplay || ""`, &mode)
		if mode == want {
			return
		}
		if mode == "stuck" {
			t.Fatalf("the autoplay is stuck:\n%s", frame.Logs())
		}
	}
	t.Fatalf("the autoplay is %q, not %q, after %s:\n%s", mode, want, within, frame.Logs())
}

// TestAutoplayPlaysEveryTour: each built-in tour, started with autoplay=1
// (one of them by the host page's command), plays to its end by itself,
// and the host hears exactly what it hears when a person does the tour.
// A renamed button or a moved screen fails here. The tours play side by
// side, each in a page of its own: an autoplay waits at a person's pace
// far more than it computes, and one at a time they held a place among
// the tests run at once for three minutes in all.
func TestAutoplayPlaysEveryTour(t *testing.T) {
	browser.Parallel(t)
	demo, host := embeddedDemo(t)
	type playing struct {
		tour     tour.Tour
		p, frame *browser.Page
	}
	var tours []playing
	for _, tr := range tour.All() {
		byCommand := tr.ID == "scan"
		path := "/?tour=" + tr.ID + "&autoplay=1"
		if byCommand {
			path = "/"
		}
		t.Logf("starting the %s tour", tr.ID)
		p, frame := openFramed(t, demo, host, path)
		if byCommand {
			p.WaitTrue("the demo's ready event", `window.events.some(e => e.event === "ready")`)
			p.Eval(`send({command: "start-tour", tour: "scan", autoplay: true})`, nil)
		}
		waitAutoplay(t, frame, "playing", 10*time.Second)
		frame.WaitText("Playing by itself")
		tours = append(tours, playing{tr, p, frame})
	}
	for _, pl := range tours {
		t.Logf("waiting for the end of the %s tour", pl.tour.ID)
		waitAutoplay(t, pl.frame, "done", 2*time.Minute)
		pl.frame.WaitText("Tour complete")
		want, got := personEvents(pl.tour), heard(hostEvents(t, pl.p), pl.tour.ID)
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s: the host heard %v, from a person it hears %v", pl.tour.ID, got, want)
		}
	}
}

// TestHostHearsAPersonsTour: a person doing the scan tour in the frame makes
// the host hear what personEvents says, the list the autoplay is held to.
func TestHostHearsAPersonsTour(t *testing.T) {
	demo, host := embeddedDemo(t)
	p, frame := openFramed(t, demo, host, "/?tour=scan")
	frame.WaitText("Step 1 of 3")
	frame.Click("More: Scan, Money")
	frame.Click("Scan")
	frame.Click("Lucky Bean Coffee")
	frame.Type("Amount (CNY)", "12.5")
	frame.Click("Next")
	frame.WaitText("Enter payment PIN")
	payPIN(frame, tour.ReadyPIN)
	frame.WaitText("Tour complete")
	tr, _ := tour.Lookup("scan")
	want := personEvents(tr)
	p.WaitTrue("the host hears the tour complete", `window.events.some(e => e.event === "complete")`)
	if got := heard(hostEvents(t, p), tr.ID); strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("the host heard %v from a person, want %v", got, want)
	}
}

// TestAutoplayHandsBackOnTouch: a reload mid-tour resumes the autoplay; a
// real tap stops it at once, and the tour stays for the user to go on.
func TestAutoplayHandsBackOnTouch(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/?tour=setup&autoplay=1")
	waitAutoplay(t, p, "playing", 10*time.Second)
	p.WaitText("Step 2 of 7")
	p.Reload()
	waitAutoplay(t, p, "playing", 10*time.Second)
	p.WaitText("Step 3 of 7")
	p.WaitTrue("a tap's ripple", `!!document.querySelector(".tap-ripple")`)
	p.Run(chromedp.MouseClickXY(3, 3)) // a real touch, on nothing in particular
	waitAutoplay(t, p, "stopped", 5*time.Second)
	p.WaitGone("Playing by itself")
	var step string
	p.Eval(`document.documentElement.dataset.tourStep`, &step)
	p.WaitTrue("the player to end", `document.documentElement.dataset.autoplayPlayer !== "1"`)
	var later string
	p.Eval(`document.documentElement.dataset.tourStep`, &later)
	if step == "" || later != step {
		t.Errorf("after the touch the tour moved on by itself: step %q, then %q", step, later)
	}
	p.Reload()
	p.WaitTrue("the start's decisions", startDecided)
	var mode string
	p.Eval(`document.documentElement.dataset.autoplay || ""`, &mode)
	if mode == "playing" {
		t.Error("a reload after the user took over starts the autoplay again")
	}
}

// TestAutoplayLoops: with loop=1 a kiosk's tour plays, the demo resets,
// and it plays again; a visitor's touch takes it over, and once they leave
// it alone for the idle time (and across a reload) it plays again.
func TestAutoplayLoops(t *testing.T) {
	demo, host := embeddedDemo(t)
	p, frame := openFramed(t, demo, host, "/?tour=quick-pay&autoplay=1&loop=1&idle=5")
	frame.WaitTrue("a second round", `document.documentElement.dataset.autoplayRound === "2"`)
	p.WaitTrue("the second round's first step", `window.events.filter(e => e.event === "step" && e.index === 0).length === 2`)
	waitAutoplay(t, frame, "playing", time.Second)
	var order []string
	for _, e := range hostEvents(t, p) {
		if e.Event != "ready" {
			order = append(order, e.Event)
		}
	}
	got := strings.Join(order, " ")
	if want := "step step payment complete reset step"; !strings.HasPrefix(got, want) {
		t.Errorf("the host heard %q, want a reset between two rounds: %q", got, want)
	}

	p.Run(chromedp.MouseClickXY(200, 30)) // a visitor touches the kiosk
	waitAutoplay(t, frame, "stopped", 5*time.Second)
	frame.Eval(`window.beforeReload = true, location.reload(), true`, nil)
	frame.WaitTrue("the reloaded demo's start", `!window.beforeReload && `+startDecided)
	waitAutoplay(t, frame, "stopped", 5*time.Second)
	frame.WaitGone("Playing by itself")
	waitAutoplay(t, frame, "playing", 15*time.Second)
	p.WaitTrue("a reset once the visitor left", `window.events.filter(e => e.event === "reset").length === 2`)
}
