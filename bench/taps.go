package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// tapsEach is how many taps the interaction latency of each control is the
// median and 95th percentile of.
const tapsEach = 50

// seedPIN is the payment PIN of the bench's wallet.
const seedPIN = "135790"

// seededDocument is the demo's stored document (localStorage key
// "walletdemo") for an active Mainland wallet with a card and a payment
// PIN, made by the engine's own operations, as a user would have.
func seededDocument() (string, error) {
	now := time.Now().UTC()
	st, err := wallet.NewState(wallet.Persona{Name: "Alex Demo", Region: wallet.Mainland}, wallet.Rules2020, now)
	if err != nil {
		return "", err
	}
	if _, err := st.Authenticate(wallet.Identity{Type: wallet.IDMainland, Name: "Alex Demo", Number: "110101199003074514"}, now); err != nil {
		return "", err
	}
	if _, _, err := st.LinkCard("6200000000000005", now); err != nil {
		return "", err
	}
	if _, err := st.SetPIN(seedPIN, now); err != nil {
		return "", err
	}
	if _, err := st.ConfirmPIN(seedPIN, now); err != nil {
		return "", err
	}
	doc, err := json.Marshal(map[string]any{"version": 1, "lang": "en", "wallet": st})
	return string(doc), err
}

// taps are the interaction latencies measured on one site, in ms, by
// control.
type taps struct{ PINKey, Tab []float64 }

// armTap readies the page to time the next tap: from the click event's
// timestamp (the input, as the browser received it) to the first frame
// painted once the page shows its answer, that is, once the JavaScript
// expression %s holds after a change to the DOM (a MutationObserver sees
// the change; requestAnimationFrame runs just before that frame's paint and
// a task queued from it just after). go-app answers a click on its own
// goroutine, possibly a task or more after the event, so timing only the
// event's handlers would miss the render. The result lands in
// window.benchTap.
const armTap = `(() => {
  window.benchTap = null;
  let start;
  const seen = new MutationObserver(() => {
    if (!(%s)) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.benchTap = performance.now() - start; }));
  });
  document.addEventListener("click", (e) => {
    start = e.timeStamp;
    seen.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
  }, {capture: true, once: true});
  return true;
})()`

// quiet resolves once the page's DOM has not changed for %d ms, so that
// a tap neither lands on a control still moving (an install offer appears
// a moment after a screen) nor times someone else's change.
const quiet = `new Promise((resolve) => {
  let timer;
  const done = () => { still.disconnect(); resolve(true); };
  const still = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, %[1]d); });
  still.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
  timer = setTimeout(done, %[1]d);
})`

// measureTaps times taps on the PIN pad (Change payment PIN's, digits then
// deletes, never six digits) and on the tab bar (Me and Chats in turn) of
// the site at base, at CPU x4, with a seeded wallet.
func measureTaps(base, doc string) (taps, error) {
	ctx, stop, err := launchAt(rate)
	if err != nil {
		return taps{}, err
	}
	defer stop()
	if _, err := timeLoad(ctx, base); err != nil {
		return taps{}, err
	}
	quoted, err := json.Marshal(doc)
	if err != nil {
		return taps{}, err
	}
	var ok bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`localStorage.setItem("walletdemo", `+string(quoted)+`), true`, &ok)); err != nil {
		return taps{}, err
	}
	var t taps
	if _, err := timeLoad(ctx, base+"paysettings/pin"); err != nil {
		return taps{}, err
	}
	// A second's calm first: the install offer comes a moment after.
	if err := chromedp.Run(ctx, settle(1000)); err != nil {
		return taps{}, err
	}
	for i := range tapsEach {
		// 1 2 3 4 5 ⌫ ⌫ ⌫ ⌫ ⌫, over and over.
		key := `[...document.querySelectorAll(".pin-key")].find((b) => b.textContent === "` + string(rune('1'+i%5)) + `")`
		filled := i%10 + 1
		if i%10 >= 5 {
			key = `document.querySelector(".pin-del")`
			filled = 9 - i%10
		}
		ms, err := tap(ctx, key, fmt.Sprintf(`document.querySelectorAll(".pin-box.filled").length === %d`, filled))
		if err != nil {
			return taps{}, fmt.Errorf("PIN pad, tap %d: %w", i+1, err)
		}
		t.PINKey = append(t.PINKey, ms)
	}
	if _, err := timeLoad(ctx, base); err != nil {
		return taps{}, err
	}
	if err := chromedp.Run(ctx, settle(1000)); err != nil {
		return taps{}, err
	}
	for i := range tapsEach {
		to := []string{"/me", "/"}[i%2]
		link := `[...document.querySelectorAll("nav.tabbar a")].find((a) => new URL(a.href).pathname === "` + to + `")`
		ms, err := tap(ctx, link, `new URL(document.querySelector("nav.tabbar a.active").href).pathname === "`+to+`"`)
		if err != nil {
			return taps{}, fmt.Errorf("tab bar, tap %d: %w", i+1, err)
		}
		t.Tab = append(t.Tab, ms)
	}
	return t, nil
}

// tap taps, with a real mouse click at its centre, the element the
// JavaScript expression element finds, and returns the time from the
// click to the frame that shows its answer, when answered holds.
func tap(ctx context.Context, element, answered string) (float64, error) {
	var at struct{ X, Y float64 }
	var ok bool
	err := chromedp.Run(ctx,
		settle(200),
		chromedp.Evaluate(`(() => {
  const el = `+element+`;
  el.scrollIntoView({block: "center"});
  const r = el.getBoundingClientRect();
  return {X: r.x + r.width / 2, Y: r.y + r.height / 2};
})()`, &at),
		chromedp.Evaluate(fmt.Sprintf(armTap, answered), &ok),
	)
	if err == nil {
		// Its own Run: the click's arguments are read as it is built.
		err = chromedp.Run(ctx, chromedp.MouseClickXY(at.X, at.Y))
	}
	if err != nil {
		return 0, err
	}
	ms, err := poll(ctx, "the tap's answer to be painted", `window.benchTap`, func(ms *float64) bool { return ms != nil })
	if err != nil {
		return 0, err
	}
	return *ms, nil
}

// settle waits until the page's DOM has not changed for ms milliseconds.
func settle(ms int) chromedp.Action {
	var ok bool
	return chromedp.Evaluate(fmt.Sprintf(quiet, ms), &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })
}

// launchAt starts a browser with a new profile, its CPU slowed by rate.
func launchAt(rate int) (context.Context, func(), error) {
	ctx, stop, err := browser.Launch()
	if err != nil {
		return nil, nil, err
	}
	if err := chromedp.Run(ctx, emulation.SetCPUThrottlingRate(float64(rate))); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}
