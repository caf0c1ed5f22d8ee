package browser

import (
	"fmt"
	"strings"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Frame returns the page of a cross-origin iframe whose URL starts with
// urlPrefix. Chromium runs such a frame in a process (and a DevTools
// target) of its own, so the host page's scripts cannot reach into it, but
// a test can, as a person sees it.
func (p *Page) Frame(urlPrefix string) *Page {
	p.t.Helper()
	var id target.ID
	p.waitFor(fmt.Sprintf("an iframe at %s", urlPrefix), func() bool {
		targets, err := chromedp.Targets(p.ctx)
		if err != nil {
			return false
		}
		for _, t := range targets {
			// Other tests' frames may show the same address: only this
			// page's profile counts.
			if t.Type == "iframe" && strings.HasPrefix(t.URL, urlPrefix) && (p.profile == "" || t.BrowserContextID == p.profile) {
				id = t.TargetID
				return true
			}
		}
		return false
	})
	ctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithTargetID(id))
	p.t.Cleanup(cancel)
	f := &Page{t: p.t, ctx: ctx, profile: p.profile}
	chromedp.ListenTarget(ctx, f.listen)
	if err := chromedp.Run(ctx); err != nil {
		p.t.Fatalf("attaching to the iframe at %s: %v", urlPrefix, err)
	}
	return f
}
