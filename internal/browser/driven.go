package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"walletdemo/internal/browser/webdriver"
)

// driven is a Tab in Firefox or WebKit, driven by WebDriver.
type driven struct {
	t      testing.TB
	engine string
	s      webdriver.Session
}

func newDriven(t testing.TB, engine string, private bool) *driven {
	t.Helper()
	Parallel(t)
	start := webdriver.StartFirefox
	if engine == "webkit" {
		start = webdriver.StartWebKit
	}
	var s webdriver.Session
	err := withTimeout(func(ctx context.Context) (err error) {
		s, err = start(ctx, private)
		return err
	})
	if err != nil {
		t.Fatalf("starting %s: %v", engine, err)
	}
	d := &driven{t: t, engine: engine, s: s}
	t.Cleanup(func() {
		if t.Failed() {
			d.saveFailure()
		}
		s.Close()
	})
	d.Resize(390, 844)
	return d
}

// run runs a command with the standard timeout, failing the test on error.
func (d *driven) run(f func(ctx context.Context) error) {
	d.t.Helper()
	if err := withTimeout(f); err != nil {
		d.t.Fatalf("%s: %v\nconsole:\n%s", d.engine, err, d.Logs())
	}
}

func (d *driven) Engine() string { return d.engine }

func (d *driven) Open(url string) {
	d.t.Helper()
	d.Visit(url)
	d.WaitLive()
}

func (d *driven) Visit(url string) {
	d.t.Helper()
	d.run(func(ctx context.Context) error { return d.s.Navigate(ctx, url) })
}

func (d *driven) Reload() {
	d.t.Helper()
	d.run(d.s.Reload)
	d.WaitLive()
}

func (d *driven) WaitLive() {
	d.t.Helper()
	d.WaitTrue("the app to be live", `document.documentElement.dataset.live === "1"`)
}

// eval evaluates expr into res, returning the error rather than failing.
func (d *driven) eval(expr string, res any) error {
	var js string
	err := withTimeout(func(ctx context.Context) (err error) {
		js, err = d.s.Eval(ctx, expr)
		return err
	})
	if err != nil || res == nil {
		return err
	}
	return json.Unmarshal([]byte(js), res)
}

func (d *driven) WaitTrue(what, expr string) {
	d.t.Helper()
	d.waitFor(what, func() bool {
		var ok bool
		return d.eval(expr, &ok) == nil && ok
	})
}

func (d *driven) Eval(expr string, res any) {
	d.t.Helper()
	if err := d.eval(expr, res); err != nil {
		d.t.Fatalf("%s: %v\nconsole:\n%s", d.engine, err, d.Logs())
	}
}

// Click clicks, with the mouse at its centre, the visible control named
// name, once it stays at the same place two looks in a row (see
// Page.Click).
func (d *driven) Click(name string) {
	d.t.Helper()
	var box struct{ X, Y float64 }
	expr := locate(name, clickables)
	d.waitFor(fmt.Sprintf("a control named %q", name), func() bool {
		var res *struct{ X, Y float64 }
		if d.eval(expr, &res) != nil || res == nil {
			return false
		}
		stable := *res == box
		box = *res
		return stable
	})
	d.run(func(ctx context.Context) error { return d.s.Click(ctx, box.X, box.Y) })
}

func (d *driven) Type(label, text string) {
	d.t.Helper()
	expr := fmt.Sprintf(`(function(){ const el = %s(%q, "input, textarea, select"); if (!el) return false; el.focus(); el.select && el.select(); return true; })()`, find, label)
	d.waitFor(fmt.Sprintf("a field labelled %q", label), func() bool {
		var ok bool
		return d.eval(expr, &ok) == nil && ok
	})
	d.Press(text)
}

func (d *driven) Press(keys string) {
	d.t.Helper()
	d.run(func(ctx context.Context) error { return d.s.Keys(ctx, keys) })
}

func (d *driven) Text() string {
	d.t.Helper()
	var s string
	d.Eval(`document.body.innerText`, &s)
	return s
}

func (d *driven) WaitText(text string) {
	d.t.Helper()
	d.waitFor(fmt.Sprintf("the text %q", text), func() bool {
		var s string
		return d.eval(`document.body.innerText`, &s) == nil && strings.Contains(s, text)
	})
}

func (d *driven) WaitGone(text string) {
	d.t.Helper()
	d.waitFor(fmt.Sprintf("the text %q to go", text), func() bool {
		var s string
		return d.eval(`document.body.innerText`, &s) == nil && !strings.Contains(s, text)
	})
}

func (d *driven) Path() string {
	d.t.Helper()
	var s string
	d.Eval(`location.pathname + location.search`, &s)
	return s
}

func (d *driven) URL() string {
	d.t.Helper()
	var s string
	d.Eval(`location.href`, &s)
	return s
}

func (d *driven) SetFile(selector, path string) {
	d.t.Helper()
	d.run(func(ctx context.Context) error { return d.s.SetFile(ctx, selector, path) })
}

func (d *driven) Screenshot(file string) {
	d.t.Helper()
	var png []byte
	d.run(func(ctx context.Context) (err error) {
		png, err = d.s.Screenshot(ctx)
		return err
	})
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		d.t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		d.t.Fatal(err)
	}
}

func (d *driven) Logs() string { return strings.Join(d.s.Logs(), "\n") }

func (d *driven) Resize(width, height int) {
	d.t.Helper()
	d.run(func(ctx context.Context) error { return d.s.SetViewport(ctx, width, height) })
}

func (d *driven) FrameTab(urlPrefix string) Tab {
	d.t.Helper()
	var f webdriver.Session
	d.waitFor("an iframe at "+urlPrefix, func() bool {
		return withTimeout(func(ctx context.Context) (err error) {
			f, err = d.s.Frame(ctx, urlPrefix)
			return err
		}) == nil
	})
	return &driven{t: d.t, engine: d.engine, s: f}
}

// BeforeStart runs script in every document the tab loads from now on,
// before the page's own scripts; it fails the test where the engine's
// driver cannot (WebKit's classic WebDriver).
func (d *driven) BeforeStart(script string) {
	d.t.Helper()
	d.run(func(ctx context.Context) error { return d.s.Preload(ctx, script) })
}

func (d *driven) waitFor(what string, cond func() bool) {
	d.t.Helper()
	until(d.t, what, cond, func() string {
		var s string
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if js, err := d.s.Eval(ctx, `document.body ? document.body.innerText : ""`); err == nil {
			json.Unmarshal([]byte(js), &s)
		}
		return fmt.Sprintf("%s shows:\n%s\nconsole:\n%s", d.engine, s, d.Logs())
	})
}

func (d *driven) saveFailure() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	png, err := d.s.Screenshot(ctx)
	if err != nil {
		return
	}
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(d.t.Name(), "_")
	file := filepath.Join(outDir(), "screens", "failed-"+name+".png")
	if os.MkdirAll(filepath.Dir(file), 0o755) == nil && os.WriteFile(file, png, 0o644) == nil {
		d.t.Logf("screenshot of the failure: %s", file)
	}
}
