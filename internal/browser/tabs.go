package browser

import (
	"context"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// NewTab opens another tab in the page's browser: the same profile, so the
// same localStorage, as a person's second tab is. It closes with the test,
// or earlier with Close.
func (p *Page) NewTab() *Page {
	p.t.Helper()
	return p.openTab(false)
}

// NewWindow is NewTab in a window of its own, as a person puts two windows
// side by side: both stay visible, so neither's timers are slowed as a
// hidden tab's are (to once a second), and both run at full speed at once.
func (p *Page) NewWindow() *Page {
	p.t.Helper()
	return p.openTab(true)
}

// openTab opens a Page on a new tab in the page's profile, in a window of
// its own if window (a profile's first tab needs one: Chromium has no
// window to put it in).
func (p *Page) openTab(window bool) *Page {
	p.t.Helper()
	var id target.ID
	err := chromedp.Run(p.ctx, chromedp.ActionFunc(func(ctx context.Context) (err error) {
		c := chromedp.FromContext(ctx)
		id, err = target.CreateTarget("about:blank").WithNewWindow(window).WithBrowserContextID(p.profile).Do(cdp.WithExecutor(ctx, c.Browser))
		return err
	}))
	if err != nil {
		p.t.Fatalf("opening a tab: %v", err)
	}
	ctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithTargetID(id))
	tab := &Page{t: p.t, ctx: ctx, close: cancel, profile: p.profile}
	chromedp.ListenTarget(ctx, tab.listen)
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		p.t.Fatalf("opening a tab: %v", err)
	}
	p.t.Cleanup(cancel)
	return tab
}

// Close closes a tab opened by NewTab at once, as a crash or a person
// closing it would: whatever the page was doing stops where it is.
func (p *Page) Close() {
	p.t.Helper()
	if p.close == nil {
		p.t.Fatal("only a tab opened by NewTab can be closed")
	}
	p.Run(page.Close())
	p.close()
}

// DownloadTo saves the profile's downloads into dir.
func (p *Page) DownloadTo(dir string) {
	p.t.Helper()
	p.Run(browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir).WithBrowserContextID(p.profile))
}

// BeforeStart runs script in every document the tab loads from now on,
// before any of the page's own scripts: a test sets up what the app will
// find (a damaged value, a storage that throws) this way.
func (p *Page) BeforeStart(script string) {
	p.t.Helper()
	p.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(script).Do(ctx)
		return err
	}))
}
