//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"walletdemo/app"
	"walletdemo/internal/browser"
)

// article is a tutorial page on another site: a writer's text with
// whatever they pasted, set by the test.
type article struct {
	mu   sync.Mutex
	body string
}

func (a *article) set(body string) {
	a.mu.Lock()
	a.body = body
	a.mu.Unlock()
}

func (a *article) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tutorial</title></head>
<body style="margin:0 auto;max-width:640px;padding:16px;font:16px/1.5 sans-serif"><h1>Set up your wallet</h1>
<p id="intro">Follow the steps in the demo below.</p><div id="gap" style="height:2400px">The article's text.</div>%s<p>The end.</p></body></html>`, a.body)
}

// choose picks the option shown as text in the select labelled label, as
// a person's pick does: the value changes and the page hears "change".
func choose(t *testing.T, p *browser.Page, label, text string) {
	t.Helper()
	var ok bool
	p.Eval(fmt.Sprintf(`(function(){
  const l = Array.from(document.querySelectorAll("label")).find((l) => l.textContent.trim() === %q);
  const sel = l && document.getElementById(l.htmlFor);
  const o = sel && Array.from(sel.options).find((o) => o.textContent === %q);
  if (!o || sel.disabled) return false;
  sel.focus(); sel.value = o.value; sel.dispatchEvent(new Event("change", {bubbles: true}));
  return true; })()`, label, text), &ok)
	if !ok {
		t.Fatalf("no enabled select %q with the option %q", label, text)
	}
}

// startArticle starts the demo and a tutorial site on another origin,
// which the operator lets frame the demo (it needs no allow-list to drive
// it: the configuration travels in the link).
func startArticle(t *testing.T) (demo *testServer, site *article, hostOrigin string) {
	hostAddr := loopbackAddr(t, "127.0.0.1")
	hostOrigin = "http://localhost:" + strings.Split(hostAddr, ":")[1]
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{FrameAncestors: "'self' " + hostOrigin}})
	if err != nil {
		t.Fatal(err)
	}
	site = &article{}
	startServerAt(t, hostAddr, site)
	return startServer(t, h), site, hostOrigin
}

// listening is the article's own script before a snippet: it hears when
// an embed is made, as a page that drives it with the handle would, and
// counts what the IntersectionObservers tell (window.told), the signal
// that a snippet or an embed had its chance to load something.
const listening = `<script>window.embedded = 0; document.addEventListener("walletdemo:embedded", () => embedded++);
window.told = 0; const Observer = IntersectionObserver;
window.IntersectionObserver = class extends Observer { constructor(f, o) { super((es, ob) => { told++; f(es, ob); }, o); } };</script>`

// requestsTo is a JavaScript expression: how many requests the page has
// made to origin.
func requestsTo(origin string) string {
	return `performance.getEntriesByType("resource").filter((e) => e.name.startsWith("` + origin + `")).length`
}

func TestShareAndEmbedAsAWriter(t *testing.T) {
	demo, site, hostOrigin := startArticle(t)

	p := browser.NewPage(t)
	// The clipboard is the browser's to grant; the test keeps what the
	// demo hands it, as a paste would get it.
	p.BeforeStart(`navigator.clipboard.writeText = (t) => { window.copied = t; return Promise.resolve(); };`)
	p.Open(demo.URL + "/settings")
	p.Click("Share & embed in a tutorial")
	p.WaitText("What the demo starts with")
	choose(t, p, "Guided tour", "Set up your wallet")
	choose(t, p, "Language", "简体中文")
	p.WaitText("A tour sets up its own persona and rules.")
	// A reload keeps the writer's choices.
	p.Reload()
	p.WaitText("A tour sets up its own persona and rules.")
	var picked string
	p.Eval(`document.getElementById("share.tour").value + "|" + document.getElementById("share.lang").value`, &picked)
	if picked != "setup|zh-Hans" {
		t.Fatalf("after a reload the choices are %q", picked)
	}
	// Labelled, and no wider than the narrowest phone.
	axeCheck(t, p, readAxe(t), "Share & embed")
	p.Run(emulation.SetDeviceMetricsOverride(320, 640, 1, true))
	p.WaitTrue("the screen at 320 px", `window.innerWidth === 320`)
	var wide bool
	p.Eval(`document.documentElement.scrollWidth > 320`, &wide)
	if wide {
		t.Error("Share & embed overflows 320 px")
	}
	p.Run(emulation.ClearDeviceMetricsOverride())
	// The preview runs exactly that, without touching the writer's demo.
	// (The preview is on the demo's own origin: the page can read it.)
	p.WaitTrue("the tour in the preview", `(() => { const d = document.querySelector("iframe.share-frame").contentDocument; return !!d && !!d.body && d.body.innerText.includes("第 1 步"); })()`)
	var own string
	p.Eval(`localStorage.getItem("walletdemo") || ""`, &own)
	if strings.Contains(own, `"tour"`) || strings.Contains(own, "zh-Hans") {
		t.Errorf("the preview changed the writer's own demo: %s", own)
	}

	// The embed.js snippet, pasted below the fold of an article on another
	// site: nothing of the demo loads until the reader scrolls to it.
	p.Click("Copy: Embed (with embed.js)")
	p.WaitText("Copied")
	snippet := copied(p)
	if !strings.Contains(snippet, "tour=setup") || !strings.Contains(snippet, "/web/embed.js") {
		t.Fatalf("the embed snippet: %s", snippet)
	}
	// The snippet's first word that the embed is far is the signal that
	// it had its chance to fetch something.
	site.set(listening + snippet)
	r := browser.NewPage(t)
	r.Visit(hostOrigin + "/article")
	r.WaitTrue("the snippet to hear where the embed is", `window.told > 0`)
	var fetched string
	r.Eval(`[document.querySelectorAll("iframe, [data-walletdemo] div").length, window.embedded, `+requestsTo(demo.URL)+`].join("|")`, &fetched)
	if fetched != "0|0|0" {
		t.Errorf("below the fold, before scrolling: frames and boxes|embeds made|requests to the demo = %s", fetched)
	}
	var before float64
	r.Eval(`document.querySelector("[data-walletdemo]").getBoundingClientRect().height`, &before)
	r.Eval(`window.scrollTo(0, document.body.scrollHeight), true`, new(bool))
	r.WaitTrue("the article to hear the embed made, once, with its handle", `window.embedded === 1 && typeof document.querySelector("[data-walletdemo]").walletDemo.send === "function"`)
	frame := r.Frame(demo.URL + "/")
	frame.WaitLive()
	frame.WaitTrue("the configured tour in the reader's embed", `document.body.innerText.includes("第 1 步")`)
	var after float64
	r.Eval(`document.querySelector("[data-walletdemo] iframe").getBoundingClientRect().height`, &after)
	if before < 600 || after != before {
		t.Errorf("the embed's box was %.0f px tall before loading and %.0f after: the page shifts", before, after)
	}

	// Poster mode: a picture and "Try it"; the demo loads on a tap.
	p.Click("Show a picture with a \"Try it\" button until the reader taps it")
	p.Click("Copy: Embed (with embed.js)")
	p.WaitTrue("the poster snippet copied", `(window.copied || "").includes("data-poster")`)
	site.set(copied(p))
	q := browser.NewPage(t)
	q.Visit(hostOrigin + "/article")
	q.Eval(`window.scrollTo(0, document.body.scrollHeight), true`, new(bool))
	// The poster is a frame of the article's own origin (srcdoc): the test
	// looks into it, and clicks its button where a reader's finger lands.
	poster := `document.querySelector("[data-walletdemo] iframe").contentDocument`
	q.WaitTrue("the poster's picture", `(() => { const i = `+poster+`.querySelector("img"); return !!i && i.complete && i.naturalWidth > 0; })()`)
	q.Eval(`performance.getEntriesByType("resource").filter((e) => e.name.includes("app.wasm") || e.name.includes("embed=1")).length + ""`, &fetched)
	if fetched != "0" {
		t.Errorf("poster mode, before a tap, %s requests for the demo", fetched)
	}
	var name string
	q.Eval(poster+`.querySelector("button").getAttribute("aria-label")`, &name)
	if name != "试一试: Wallet Demo" {
		t.Errorf("the poster's button is named %q", name)
	}
	var at struct{ X, Y float64 }
	q.Eval(`(() => { const f = document.querySelector("[data-walletdemo] iframe"); f.scrollIntoView({block: "center"}); const r = f.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, &at)
	q.Run(chromedp.MouseClickXY(at.X, at.Y))
	frame = q.Frame(demo.URL + "/")
	frame.WaitLive()
	frame.WaitTrue("the configured tour after the tap", `document.body.innerText.includes("第 1 步")`)

	// The plain iframe works without embed.js.
	p.Click("Copy: Plain iframe")
	p.WaitTrue("the iframe snippet copied", `(window.copied || "").startsWith("<iframe")`)
	plain := copied(p)
	if !strings.Contains(plain, `loading="lazy"`) {
		t.Errorf("the plain iframe is not lazy: %s", plain)
	}
	site.set(plain)
	f := browser.NewPage(t)
	f.Visit(hostOrigin + "/article")
	f.Eval(`window.scrollTo(0, document.body.scrollHeight), true`, new(bool))
	frame = f.Frame(demo.URL + "/")
	frame.WaitLive()
	frame.WaitTrue("the configured tour in the plain iframe", `document.body.innerText.includes("第 1 步")`)

	// The link and its QR code.
	p.Click("Copy: Link")
	p.WaitTrue("the link copied", `(window.copied || "").startsWith("http")`)
	if link := copied(p); !strings.HasPrefix(link, demo.URL+"/?") || !strings.Contains(link, "lang=zh-Hans") {
		t.Errorf("the link: %s", link)
	}
	var download string
	p.Eval(`(() => { const a = Array.from(document.querySelectorAll("a[download]")).find((a) => a.textContent.includes("QR")); return a ? a.download + "|" + decodeURIComponent(a.href).slice(0, 40) : ""; })()`, &download)
	if !strings.HasPrefix(download, "walletdemo-qr.svg|data:image/svg+xml;charset=utf-8,<svg") {
		t.Errorf("the QR download: %q", download)
	}
}

// copied is what the page last put on the clipboard.
func copied(p *browser.Page) string {
	var s string
	p.Eval(`window.copied || ""`, &s)
	return s
}

// TestTwoSnippetsOnOnePage: an article with two embeds, far apart. One
// snippet watches both places, embed.js comes once when the reader nears
// the first, and only the near one loads the demo.
func TestTwoSnippetsOnOnePage(t *testing.T) {
	demo, site, hostOrigin := startArticle(t)
	snippet := app.EmbedSnippet(demo.URL, "", false)
	site.set(listening + snippet + `<div style="height:3000px">More of the article.</div>` + snippet)
	p := browser.NewPage(t)
	p.Visit(hostOrigin + "/article")
	p.WaitTrue("a snippet to hear where the embeds are", `window.told > 0`)
	var told int
	p.Eval(`window.told`, &told)
	if told != 1 {
		t.Errorf("before scrolling the observers spoke %d times, want once: one snippet watches both places", told)
	}
	var n int
	p.Eval(requestsTo(demo.URL), &n)
	if n != 0 {
		t.Errorf("before scrolling, %d requests to the demo", n)
	}
	embeds := `document.querySelectorAll("[data-walletdemo]")`
	p.Eval(embeds+`[0].scrollIntoView(), true`, new(bool))
	// The snippet's word that the first is near, then the first word of
	// each embed's own observer: the far one has had its chance to load.
	p.WaitTrue("both embeds made, and each told where it is", `window.embedded === 2 && window.told >= 4 && !!`+embeds+`[0].querySelector("iframe")`)
	var got string
	p.Eval(`[document.querySelectorAll("script[src$='/web/embed.js']").length, `+embeds+`[1].querySelectorAll("iframe").length].join("|")`, &got)
	if got != "1|0" {
		t.Errorf("embed.js scripts|frames in the far embed = %s, want 1|0", got)
	}
	p.Eval(embeds+`[1].scrollIntoView(), true`, new(bool))
	p.WaitTrue("the second embed's frame once the reader is there", `!!`+embeds+`[1].querySelector("iframe[src*='embed=1']")`)
}

// TestPoster writes the picture embed.js's poster mode shows before a tap
// (web/poster.jpg): the first screen a reader of an embed sees, as a JPEG
// under posterMax. It runs only with POSTER_OUT set (`make poster`).
func TestPoster(t *testing.T) {
	out := os.Getenv("POSTER_OUT")
	if out == "" {
		t.Skip("POSTER_OUT names the file to write; `make poster` sets it")
	}
	demo := startDemo(t)
	p := browser.NewPage(t)
	p.Open(demo.URL + "/?embed=1&lang=en")
	p.WaitText("Chats")
	// The largest quality that fits.
	for q := int64(80); q >= 20; q -= 10 {
		var shot []byte
		p.Run(chromedp.ActionFunc(func(ctx context.Context) (err error) {
			shot, err = page.CaptureScreenshot().WithFormat(page.CaptureScreenshotFormatJpeg).WithQuality(q).Do(ctx)
			return err
		}))
		if len(shot) <= posterMax {
			if err := os.WriteFile(out, shot, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes at quality %d", out, len(shot), q)
			return
		}
	}
	t.Fatalf("no quality makes the poster fit in %d bytes", posterMax)
}

// posterMax is the poster's budget: it is what a reader downloads before
// tapping "Try it".
const posterMax = 30 << 10

func TestPosterFitsItsBudget(t *testing.T) {
	fi, err := os.Stat(filepath.Join(webDir(t), "poster.jpg"))
	if err != nil {
		t.Fatalf("the poster is missing (make poster): %v", err)
	}
	if fi.Size() > posterMax {
		t.Errorf("web/poster.jpg is %d bytes, over %d", fi.Size(), posterMax)
	}
}
