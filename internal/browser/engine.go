package browser

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Tab is what a journey needs of a browser tab, whatever the engine: a
// journey written against it runs in Chromium (a *Page), Firefox and
// WebKit alike.
type Tab interface {
	// Engine is "chromium", "firefox" or "webkit".
	Engine() string
	Open(url string)
	Visit(url string)
	Reload()
	WaitLive()
	WaitTrue(what, expr string)
	Eval(expr string, res any)
	Click(name string)
	Type(label, text string)
	Press(keys string)
	Text() string
	WaitText(text string)
	WaitGone(text string)
	Path() string
	URL() string
	// SetFile chooses the file at path in the file input selector finds.
	SetFile(selector, path string)
	Screenshot(file string)
	Logs() string
	// Resize sizes the viewport in CSS pixels.
	Resize(width, height int)
	// FrameTab is the tab of the page's iframe whose address starts with
	// urlPrefix, cross-origin included.
	FrameTab(urlPrefix string) Tab
}

// Engines are the browser engines the cross-engine journeys run in: all
// three, or those TEST_ENGINES lists (e.g. "firefox webkit").
var Engines = engines(os.Getenv("TEST_ENGINES"))

func engines(env string) []string {
	if f := strings.Fields(strings.ReplaceAll(env, ",", " ")); len(f) > 0 {
		return f
	}
	return []string{"chromium", "firefox", "webkit"}
}

// NewTab opens a tab of engine in a new, empty profile, sized like a phone;
// private opens it in the engine's private browsing. A missing browser
// fails the test: make test-engines installs them.
func NewTab(t testing.TB, engine string, private bool) Tab {
	t.Helper()
	switch engine {
	case "chromium":
		// A Chromium profile made for one test is already as bare as an
		// incognito window.
		return NewPage(t)
	case "firefox", "webkit":
		return newDriven(t, engine, private)
	}
	t.Fatalf("no browser engine %q; there are %v", engine, Engines)
	return nil
}

// Engine implements Tab.
func (p *Page) Engine() string { return "chromium" }

// Resize implements Tab.
func (p *Page) Resize(width, height int) {
	p.t.Helper()
	p.Run(chromedp.EmulateViewport(int64(width), int64(height)))
}

// SetFile implements Tab.
func (p *Page) SetFile(selector, path string) {
	p.t.Helper()
	p.Run(chromedp.SetUploadFiles(selector, []string{path}, chromedp.ByQuery))
}

// FrameTab implements Tab.
func (p *Page) FrameTab(urlPrefix string) Tab {
	p.t.Helper()
	return p.Frame(urlPrefix)
}

// locate is the page-side expression that finds the visible control named
// name among kinds, scrolls it to the middle of the viewport and returns
// its centre, {X, Y}, if the control is what a click there would hit;
// else null.
func locate(name, kinds string) string {
	return fmt.Sprintf(`(function(){ const el = %s(%q, %q); if (!el) return null; el.scrollIntoView({block: "center"}); const r = el.getBoundingClientRect(); const x = r.x + r.width/2, y = r.y + r.height/2; const hit = document.elementFromPoint(x, y); if (!hit || !(el === hit || el.contains(hit) || (el.labels && Array.from(el.labels).some((l) => l.contains(hit))))) return null; return {X: x, Y: y}; })()`, find, name, kinds)
}

// until polls cond every 50 ms until it holds or Timeout passes, then fails
// the test with what the page shows.
func until(t testing.TB, what string, cond func() bool, shows func() string) {
	t.Helper()
	deadline := time.Now().Add(Timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s; %s", Timeout, what, shows())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// withTimeout runs f with the standard timeout.
func withTimeout(f func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	return f(ctx)
}

var _ Tab = (*Page)(nil)
