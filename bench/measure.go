package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
)

// loadTimeout bounds one page load, however slow the CPU.
const loadTimeout = time.Minute

// chromiumVersion starts the browser once and returns its version.
func chromiumVersion() (string, error) {
	ctx, stop, err := browser.Launch()
	if err != nil {
		return "", err
	}
	defer stop()
	var product string
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, p, _, _, _, err := cdpbrowser.GetVersion().Do(ctx)
		product = p
		return err
	}))
	// The product is "HeadlessChrome/1.2.3.4".
	_, version, _ := strings.Cut(product, "/")
	return version, err
}

// rate is the CPU throttling rate of every load and tap: a quarter of the
// machine's speed, roughly a mid-range phone.
const rate = 4

// loaded are the loads of one session of a site.
type loaded struct{ Cold, Warm, Offline timing }

// measure loads the site of s in a browser with a new profile, its CPU
// slowed by rate: once cold, then, when the service worker has cached
// everything, once warm, and, if offline, once more with the server
// stopped.
func measure(s *server, offline bool) (loaded, error) {
	ctx, stop, err := launchAt(rate)
	if err != nil {
		return loaded{}, err
	}
	defer stop()
	var l loaded
	if l.Cold, err = timeLoad(ctx, s.url); err != nil {
		return loaded{}, fmt.Errorf("cold: %w", err)
	}
	if err := waitWorker(ctx); err != nil {
		return loaded{}, err
	}
	if l.Warm, err = timeLoad(ctx, s.url); err == nil {
		err = servedByWorker(ctx)
	}
	if err != nil {
		return loaded{}, fmt.Errorf("warm: %w", err)
	}
	if !offline {
		return l, nil
	}
	if err := s.stop(); err != nil {
		return loaded{}, err
	}
	l.Offline, err = timeLoad(ctx, s.url)
	if err == nil {
		err = servedByWorker(ctx)
	}
	if startErr := s.start(); err == nil {
		err = startErr
	}
	if err != nil {
		return loaded{}, fmt.Errorf("offline warm: %w", err)
	}
	return l, nil
}

// measurePhone loads url, the site behind its phoneLink, once, cold, in a
// browser with a new profile, its CPU slowed by rate.
func measurePhone(url string) (timing, error) {
	ctx, stop, err := launchAt(rate)
	if err != nil {
		return timing{}, err
	}
	defer stop()
	t, err := timeLoad(ctx, url)
	if err != nil {
		return timing{}, fmt.Errorf("phone-like cold: %w", err)
	}
	return t, nil
}

// marks reads, once both are there, the page's first contentful paint and
// the mark it sets when live.
const marks = `(() => {
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const live = performance.getEntriesByName("app-live")[0];
  return fcp && live ? {FCP: fcp.startTime, Live: live.startTime} : null;
})()`

// timeLoad loads url in the tab and times it. It starts from a blank page,
// so that the marks it reads are the new page's. page.Navigate returns as
// the navigation starts (chromedp.Navigate would wait for the load event
// and slow the polling that follows).
func timeLoad(ctx context.Context, url string) (timing, error) {
	if err := navigate(ctx, "about:blank"); err != nil {
		return timing{}, err
	}
	if _, err := poll(ctx, "a blank page", `location.href === "about:blank"`, isTrue); err != nil {
		return timing{}, err
	}
	if err := navigate(ctx, url); err != nil {
		return timing{}, err
	}
	t, err := poll(ctx, "the app to be live", marks, func(t *timing) bool { return t != nil })
	if err != nil {
		return timing{}, err
	}
	return *t, nil
}

// navigate starts loading url in the tab.
func navigate(ctx context.Context, url string) error {
	return chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, _, errorText, _, err := page.Navigate(url).Do(ctx)
		if err == nil && errorText != "" {
			err = errors.New(errorText)
		}
		return err
	}))
}

// poll evaluates the JavaScript expression, or awaits the promise it
// returns, until done accepts its value, which it returns. Errors while a
// page comes and goes count as not yet.
func poll[T any](ctx context.Context, what, expr string, done func(T) bool) (T, error) {
	pctx, cancel := context.WithTimeout(ctx, loadTimeout)
	defer cancel()
	for {
		var res T
		err := chromedp.Run(pctx, chromedp.Evaluate(expr, &res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		if err == nil && done(res) {
			return res, nil
		}
		if pctx.Err() != nil {
			return res, fmt.Errorf("waited %s for %s (last error: %v); the page shows: %q", loadTimeout, what, err, pageText(ctx))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pageText is the text the page shows, for error messages.
func pageText(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var text string
	chromedp.Run(ctx, chromedp.Evaluate(`document.body ? document.body.innerText : ""`, &text))
	return text
}

// isTrue is done for boolean expressions.
func isTrue(ok bool) bool { return ok }

// waitWorker waits until the page's service worker is activated, which the
// demo's worker is once it has cached everything.
func waitWorker(ctx context.Context) error {
	_, err := poll(ctx, "the service worker to be activated", `navigator.serviceWorker.ready.then((r) => r.active !== null && r.active.state === "activated")`, isTrue)
	return err
}

// servedByWorker fails unless the service worker served the page: a warm
// load it did not serve would be a second cold one.
func servedByWorker(ctx context.Context) error {
	var served bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`navigator.serviceWorker.controller !== null`, &served)); err != nil {
		return err
	}
	if !served {
		return errors.New("the service worker did not serve the page")
	}
	return nil
}
