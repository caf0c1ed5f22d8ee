//go:build !wasm

package main

import (
	"testing"

	"walletdemo/internal/browser"
)

// underClock lists what sits under the demo clock's button: each visible
// run of text (measured by its own boxes, not its block's) and each
// control, image or icon, outside the clock itself.
const underClock = `(() => {
	const b = document.querySelector(".clock-button");
	if (!b) return "";
	const c = b.getBoundingClientRect();
	// What a scrolling ancestor clips away is not on screen.
	const shown = (r, el) => {
		let [l, t, rt, bt] = [r.left, r.top, r.right, r.bottom];
		for (let a = el.parentElement; a; a = a.parentElement) {
			const st = getComputedStyle(a);
			if (st.overflowX === "visible" && st.overflowY === "visible") continue;
			const k = a.getBoundingClientRect();
			[l, t, rt, bt] = [Math.max(l, k.left), Math.max(t, k.top), Math.min(rt, k.right), Math.min(bt, k.bottom)];
		}
		return {left: l, top: t, right: rt, bottom: bt, width: rt - l, height: bt - t};
	};
	const overRect = (r) => r.width > 0 && r.height > 0 && r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
	const over = (r, el) => overRect(shown(r, el));
	const hits = [];
	const walker = document.createTreeWalker(document.querySelector(".phone"), NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (!n.textContent.trim() || n.parentElement.closest(".clock-fab")) continue;
		const range = document.createRange();
		range.selectNodeContents(n);
		if ([...range.getClientRects()].some((r) => over(r, n))) hits.push("text " + JSON.stringify(n.textContent.trim().slice(0, 40)));
	}
	for (const el of document.querySelectorAll(".phone a, .phone button, .phone input, .phone select, .phone textarea, .phone img, .phone svg, .phone canvas")) {
		if (el.closest(".clock-fab") || getComputedStyle(el).visibility === "hidden") continue;
		if (over(el.getBoundingClientRect(), el)) hits.push(el.tagName.toLowerCase() + " " + JSON.stringify((el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40)));
	}
	return hits.join("; ");
})()`

// clockCoversNothing fails when anything to read or tap sits under the
// demo clock's button, at the top of s's screen or scrolled to the bottom,
// and scrolls back to the top. A screen without a wallet has no clock; one
// with a panel opened on purpose is left out.
func clockCoversNothing(t *testing.T, p *browser.Page, s shot, at size) {
	t.Helper()
	if s.State == nil || s.Click != "" {
		return
	}
	p.WaitTrue("the demo clock", `!!document.querySelector(".clock-button")`)
	for _, end := range []string{"top", "bottom"} {
		if end == "bottom" {
			p.Eval(`(() => { const c = document.getElementById("content"); c.scrollTop = c.scrollHeight; return true; })()`, nil)
		}
		var hits string
		p.Eval(underClock, &hits)
		if hits != "" {
			t.Errorf("%s at %d px, %s: under the demo clock: %s", s.Name, at.W, end, hits)
		}
	}
	p.Eval(`(() => { document.getElementById("content").scrollTop = 0; return true; })()`, nil)
}
