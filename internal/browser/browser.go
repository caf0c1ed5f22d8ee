package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// ExecPath finds Chromium as FindChromium does. It fails the test, never
// skips it, when there is none.
func ExecPath(t testing.TB) string {
	p, err := FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Page is one tab in a fresh browser profile.
type Page struct {
	t   testing.TB
	ctx context.Context
	// Logs collects the page's console messages and errors.
	mu   sync.Mutex
	logs []string
	// close closes a tab NewTab opened.
	close func()
	// profile is the browser context the page's tabs share.
	profile cdp.BrowserContextID
}

// NewPage opens a tab sized like a phone in a new, empty profile (no
// storage, no service worker, no cache): a browser context of its own in
// the test binary's one Chromium, which starts with the first page, or in a
// Chromium of the page's own when it needs extra flags (hosts.go). On
// failure, the test leaves a screenshot in out/screens.
func NewPage(t testing.TB, flags ...chromedp.ExecAllocatorOption) *Page {
	t.Helper()
	Parallel(t)
	root, err := browserFor(t, flags)
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	var profile cdp.BrowserContextID
	err = chromedp.Run(root, chromedp.ActionFunc(func(ctx context.Context) (err error) {
		profile, err = target.CreateBrowserContext().Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		return err
	}))
	if err != nil {
		t.Fatalf("opening a new profile: %v", err)
	}
	t.Cleanup(func() {
		chromedp.Run(root, chromedp.ActionFunc(func(ctx context.Context) error {
			return target.DisposeBrowserContext(profile).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		}))
	})
	p := (&Page{t: t, ctx: root, profile: profile}).openTab(true)
	t.Cleanup(func() {
		if t.Failed() {
			p.saveFailure()
		}
	})
	return p
}

// browserFor is the shared browser, or, for flags of its own, a browser
// that ends with the test.
func browserFor(t testing.TB, flags []chromedp.ExecAllocatorOption) (context.Context, error) {
	if len(flags) == 0 {
		return sharedBrowser(ExecPath(t))
	}
	ctx, stop, err := launch(ExecPath(t), flags...)
	if err != nil {
		return nil, err
	}
	t.Cleanup(stop)
	return ctx, chromedp.Run(ctx)
}

// paralleled remembers the tests already marked parallel.
var paralleled sync.Map

// Parallel lets browser tests run side by side (go test -parallel sets how
// many): most of a browser test's time is waiting for a page, not CPU. A
// test opening a second page is marked once. A test whose pages are all in
// subtests calls Parallel itself (a subtest cannot mark its parent), or
// nothing else runs beside it.
func Parallel(t testing.TB) {
	if pt, ok := t.(*testing.T); ok {
		if _, done := paralleled.LoadOrStore(pt, true); !done {
			pt.Parallel()
		}
	}
}

// Ctx is the page's chromedp context, for actions the helpers lack.
func (p *Page) Ctx() context.Context { return p.ctx }

// Run runs chromedp actions with the standard timeout, failing the test on
// error.
func (p *Page) Run(actions ...chromedp.Action) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v\nconsole:\n%s", err, p.Logs())
	}
}

// Open loads url and waits until the app is live (its wasm has started and
// mounted the screen).
func (p *Page) Open(url string) {
	p.t.Helper()
	p.Run(chromedp.Navigate(url))
	p.WaitLive()
}

// Visit loads url, a page that is not the app, and waits for its load
// event.
func (p *Page) Visit(url string) {
	p.t.Helper()
	p.Run(chromedp.Navigate(url))
}

// Reload reloads the page as the browser's button does and waits until the
// app is live again.
func (p *Page) Reload() {
	p.t.Helper()
	p.Run(chromedp.Reload())
	p.WaitLive()
}

// WaitLive waits for the mark the app sets once mounted.
func (p *Page) WaitLive() {
	p.t.Helper()
	p.WaitTrue("the app to be live", `document.documentElement.dataset.live === "1"`)
}

// WaitTrue waits until the JavaScript expression, or the promise it
// returns, is true.
func (p *Page) WaitTrue(what, expr string) {
	p.t.Helper()
	p.waitFor(what, func() bool {
		var ok bool
		err := chromedp.Run(p.ctx, chromedp.Evaluate(expr, &ok, awaitPromise))
		return err == nil && ok
	})
}

// Eval evaluates a JavaScript expression, awaiting it if it is a promise,
// and stores its JSON value in res.
func (p *Page) Eval(expr string, res any) {
	p.t.Helper()
	p.Run(chromedp.Evaluate(expr, res, awaitPromise))
}

func awaitPromise(e *runtime.EvaluateParams) *runtime.EvaluateParams {
	return e.WithAwaitPromise(true)
}

// find is the page-side search for a control by what a person sees: its
// text, its aria-label, or the text of its <label>; failing those, one line
// of its text or two in a row (a row that shows a name above a preview, a
// button whose words for screen readers start on a line of their own). It
// finds nothing on an app page that is not live yet (a person's taps before
// the app has started are lost), nor a disabled control.
const find = `(function(name, kinds) {
  if (document.querySelector('script[src$="/app.js"]') && document.documentElement.dataset.live !== "1") return null;
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden"; };
  const enabled = (el) => !el.disabled && el.getAttribute("aria-disabled") !== "true";
  const named = (el) => [norm(el.innerText), norm(el.getAttribute("aria-label")), norm(el.value && el.type === "button" ? el.value : ""), ...(el.labels ? Array.from(el.labels).map((l) => norm(l.innerText)) : [])];
  const lines = (el) => { const l = (el.innerText || "").split("\n").map(norm); return [...l, ...l.slice(1).map((s, i) => l[i] + " " + s)]; };
  const all = Array.from(document.querySelectorAll(kinds)).filter((el) => visible(el) && enabled(el));
  return all.find((el) => named(el).includes(name)) || all.find((el) => lines(el).includes(name)) || null;
})`

// clickables are the elements a person can click.
const clickables = `a, button, [role=button], [role=tab], [role=link], label, summary, input[type=radio], input[type=checkbox]`

// aim finds the control, brings it into view and returns the centre of it
// if that point shows the control; it also arms the guard, which lets the
// press at that point through only if it lands on the control. A screen can
// move under the pointer between the look and the press (a banner that
// appears a moment after a screen, more often on a busy machine): the
// guard then swallows the press, whole, so nothing else is tapped, and
// says "missed".
const aim = `(function(el) {
  if (!el) return null;
  el.scrollIntoView({block: "center"});
  const r = el.getBoundingClientRect();
  const x = r.x + r.width / 2, y = r.y + r.height / 2;
  const on = (n) => n && (el === n || el.contains(n) || (el.labels && Array.from(el.labels).some((l) => l.contains(n))));
  if (!on(document.elementFromPoint(x, y))) return null;
  if (!window.__aimGuard) {
    window.__aimGuard = true;
    let swallow = false;
    const guard = (e) => {
      const a = window.__aim;
      if (e.type === "pointerdown" && a && e.isTrusted) {
        window.__aim = null;
        swallow = !a.on(e.target);
        window.__aimResult = swallow ? "missed" : "hit";
      }
      if (swallow) {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (e.type === "click") swallow = false;
      }
    };
    for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"]) addEventListener(type, guard, true);
  }
  window.__aim = {on};
  window.__aimResult = "";
  return {X: x, Y: y};
})`

// Click clicks, with a real mouse event at its centre, the visible, enabled
// control named name (its text, aria-label or label).
func (p *Page) Click(name string) {
	p.t.Helper()
	p.clickMatch(name, clickables)
}

func (p *Page) clickMatch(name, kinds string) {
	p.t.Helper()
	what := fmt.Sprintf("a control named %q", name)
	expr := fmt.Sprintf(`%s(%s(%q, %q))`, aim, find, name, kinds)
	// The control must also be at the same place two looks in a row: a
	// screen still rendering moves it, and a tap while go-app renders a
	// screen again can go unheard.
	var last struct{ X, Y float64 }
	p.waitFor(what, func() bool {
		var at *struct{ X, Y float64 }
		if err := chromedp.Run(p.ctx, chromedp.Evaluate(expr, &at)); err != nil || at == nil {
			return false
		}
		if stable := *at == last; !stable {
			last = *at
			time.Sleep(60 * time.Millisecond)
			return false
		}
		p.Run(chromedp.MouseClickXY(at.X, at.Y))
		// A document that is gone (the click led to another) took it.
		var result string
		if err := chromedp.Run(p.ctx, chromedp.Evaluate(`window.__aimResult || ""`, &result)); err != nil || result != "missed" {
			return true
		}
		p.t.Logf("the screen moved under the click on %s; aiming again", what)
		return false
	})
}

// Type focuses the field labelled label and types text into it, key by key.
func (p *Page) Type(label, text string) {
	p.t.Helper()
	expr := fmt.Sprintf(`(function(){ const el = %s(%q, "input, textarea, select"); if (!el || el.readOnly) return false; el.focus(); el.select && el.select(); return document.activeElement === el; })()`, find, label)
	p.waitFor(fmt.Sprintf("a field labelled %q", label), func() bool {
		var ok bool
		return chromedp.Run(p.ctx, chromedp.Evaluate(expr, &ok)) == nil && ok
	})
	p.Run(chromedp.KeyEvent(text))
}

// Press sends keys (e.g. "\t", "\r", kb.Escape) to the focused element.
func (p *Page) Press(keys string) {
	p.t.Helper()
	p.Run(chromedp.KeyEvent(keys))
}

// Text returns the visible text of the page.
func (p *Page) Text() string {
	p.t.Helper()
	var s string
	p.Eval(`document.body.innerText`, &s)
	return s
}

// WaitText waits until the page shows text.
func (p *Page) WaitText(text string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("the text %q", text), func() bool {
		var s string
		return chromedp.Run(p.ctx, chromedp.Evaluate(`document.body.innerText`, &s)) == nil && strings.Contains(s, text)
	})
}

// WaitGone waits until the page no longer shows text.
func (p *Page) WaitGone(text string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("the text %q to go", text), func() bool {
		var s string
		return chromedp.Run(p.ctx, chromedp.Evaluate(`document.body.innerText`, &s)) == nil && !strings.Contains(s, text)
	})
}

// WaitLog waits until the page's console has shown a line containing text.
func (p *Page) WaitLog(text string) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("the console line %q", text), func() bool { return strings.Contains(p.Logs(), text) })
}

// Path returns the page's current path and query.
func (p *Page) Path() string {
	p.t.Helper()
	var s string
	p.Eval(`location.pathname + location.search`, &s)
	return s
}

// URL returns the page's whole address, fragment included.
func (p *Page) URL() string {
	p.t.Helper()
	var s string
	p.Eval(`location.href`, &s)
	return s
}

// waitFor polls cond until it holds or Timeout passes.
func (p *Page) waitFor(what string, cond func() bool) {
	p.t.Helper()
	deadline := time.Now().Add(Timeout)
	for !cond() {
		if time.Now().After(deadline) {
			p.t.Fatalf("waited %s for %s; the page shows:\n%s\nconsole:\n%s", Timeout, what, p.safeText(), p.Logs())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (p *Page) safeText() string {
	ctx, cancel := context.WithTimeout(p.ctx, 2*time.Second)
	defer cancel()
	var s string
	chromedp.Run(ctx, chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &s))
	return s
}

// Offline switches the page's own network off or on. The service worker's
// fetches do not see it: to test offline, stop the server instead.
func (p *Page) Offline(off bool) {
	p.t.Helper()
	p.Run(network.Enable(), network.EmulateNetworkConditions(off, 0, -1, -1))
}

// ThrottleCPU slows the page's CPU by rate (1 is full speed).
func (p *Page) ThrottleCPU(rate float64) {
	p.t.Helper()
	p.Run(emulation.SetCPUThrottlingRate(rate))
}

// Screenshot saves a PNG of the viewport to file.
func (p *Page) Screenshot(file string) {
	p.t.Helper()
	var png []byte
	p.Run(chromedp.CaptureScreenshot(&png))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func (p *Page) saveFailure() {
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	var png []byte
	if chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)) != nil {
		return
	}
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(p.t.Name(), "_")
	file := filepath.Join(outDir(), "screens", "failed-"+name+".png")
	if os.MkdirAll(filepath.Dir(file), 0o755) == nil && os.WriteFile(file, png, 0o644) == nil {
		p.t.Logf("screenshot of the failure: %s", file)
	}
}

// outDir is the repository's out/ folder (ignored by git), found from the
// test's working directory.
func outDir() string {
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "out")
		}
	}
	return filepath.Join(dir, "out")
}

// Logs returns the console messages and uncaught errors seen so far.
func (p *Page) Logs() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.logs, "\n")
}

func (p *Page) listen(ev any) {
	var line string
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		args := make([]string, len(e.Args))
		for i, a := range e.Args {
			args[i] = strings.Trim(string(a.Value), `"`)
			if a.Value == nil {
				args[i] = a.Description
			}
		}
		line = string(e.Type) + ": " + strings.Join(args, " ")
	case *runtime.EventExceptionThrown:
		line = "exception: " + e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			line += " " + e.ExceptionDetails.Exception.Description
		}
	default:
		return
	}
	p.mu.Lock()
	p.logs = append(p.logs, line)
	p.mu.Unlock()
}
