package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"walletdemo/app"
)

// The host page: a tutorial article on another origin than the demo, with
// text, an image and the demo's embed as Share & embed gives it. Measured
// with no embed, with the embed below the fold before the reader scrolls,
// and with the embed above the fold in poster mode before a tap.

// articleRuns is how many loads each case gets, in Lighthouse and in
// Chromium; the table gives their medians. At CPU x4 the article alone
// shows a long task around its load event in a third to a half of its
// loads: five left the median of its Total Blocking Time a coin's toss.
const articleRuns = 7

// articleCase is one version of the article.
type articleCase struct {
	Path, Label string
	// Embed is where the snippet goes: "" none, "above", "below".
	Embed  string
	Poster bool
}

var articleCases = []articleCase{
	{"/none.html", "no embed", "", false},
	{"/below.html", "embed below the fold, before scrolling", "below", false},
	{"/poster.html", "embed above the fold in poster mode, before a tap", "above", true},
}

// articleFigures are one load's figures: bytes transferred, Largest
// Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift;
// from Chromium's trace, what the embed's own scripts took on the main
// thread and how much of that blocked input (blocking.go).
type articleFigures struct {
	Bytes, LCP, TBT, CLS float64
	Embed                embedAttribution
}

// articleResult is every load of every case, by measurer.
type articleResult struct {
	Lighthouse, Chromium map[string][]articleFigures
}

// articlePage writes the article of c, embedding the demo at demo.
func articlePage(c articleCase, demo string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Set up your wallet</title>
<style>body{margin:0 auto;max-width:640px;padding:16px;font:17px/1.6 Georgia,serif;color:#222}img{display:block;width:100%;max-width:320px;height:auto;aspect-ratio:1}</style></head><body>
<h1>Set up your wallet in three steps</h1>
<p>Before your trip, set up the wallet on your phone: it takes five minutes. Try each step in the demo: it is a safe simulation, no real money.</p>
`)
	embed := app.EmbedSnippet(strings.TrimSuffix(demo, "/"), "setup", c.Poster)
	if c.Embed == "above" {
		b.WriteString(embed + "\n")
	}
	b.WriteString(`<img src="/picture.png" width="320" height="320" alt="The wallet's icon">` + "\n")
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&b, "<h2>Step %d</h2><p>Open Me, then Pay and Services, then Wallet. Add a bank card with one of the demo cards, then set a six-digit payment PIN. Each screen explains what the real wallet asks for and why; the demo keeps nothing of yours.</p>\n", i)
	}
	if c.Embed == "below" {
		b.WriteString(embed + "\n")
	}
	b.WriteString("<p>That is all: your wallet is ready.</p></body></html>")
	return b.String()
}

// articleSite serves the article's cases and its picture.
func articleSite(root, demo string) (*server, error) {
	picture, err := os.ReadFile(filepath.Join(root, "web", "icons", "icon-512.png"))
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	for _, c := range articleCases {
		body := articlePage(c, demo)
		mux.HandleFunc(c.Path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	mux.HandleFunc("/picture.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write(picture)
	})
	return serve(mux)
}

// measureArticles loads each case articleRuns times in Lighthouse and in
// Chromium, the demo served at demo.
func measureArticles(root, demo string) (articleResult, error) {
	res := articleResult{Lighthouse: map[string][]articleFigures{}, Chromium: map[string][]articleFigures{}}
	lighthouse, err := ensureLighthouse(root)
	if err != nil {
		return res, err
	}
	site, err := articleSite(root, demo)
	if err != nil {
		return res, err
	}
	defer site.stop()
	base := strings.TrimSuffix(site.url, "/")
	for i := 1; i <= articleRuns; i++ {
		for _, c := range articleCases {
			l, err := twice(func() (articleFigures, error) { return runLighthouse(lighthouse, base+c.Path) })
			if err != nil {
				return res, fmt.Errorf("lighthouse, %s: %w", c.Label, err)
			}
			ch, err := chromiumArticle(base+c.Path, demo)
			if err != nil {
				return res, fmt.Errorf("chromium, %s: %w", c.Label, err)
			}
			res.Lighthouse[c.Path] = append(res.Lighthouse[c.Path], l)
			res.Chromium[c.Path] = append(res.Chromium[c.Path], ch)
			log.Printf("article run %d/%d, %-12s bytes/LCP/TBT/CLS: lighthouse %6.0f/%5.0f/%4.0f/%.3f, chromium %6.0f/%5.0f/%4.0f/%.3f; the embed's scripts %.1f ms, blocking %.1f ms",
				i, articleRuns, c.Path, l.Bytes, l.LCP, l.TBT, l.CLS, ch.Bytes, ch.LCP, ch.TBT, ch.CLS, ch.Embed.Script, ch.Embed.Blocking)
		}
	}
	return res, nil
}

// ensureLighthouse installs the pinned Lighthouse (tools/lighthouse, npm ci
// from its lock file; it downloads no browser) if it is not there, and
// returns its command line.
func ensureLighthouse(root string) (string, error) {
	dir := filepath.Join(root, "tools", "lighthouse")
	cli := filepath.Join(dir, "node_modules", "lighthouse", "cli", "index.js")
	if _, err := os.Stat(cli); err == nil {
		return cli, nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", errors.New("the article bench needs npm to install Lighthouse (Debian: apt-get install npm)")
	}
	log.Printf("installing Lighthouse (npm ci in tools/lighthouse)")
	ci := exec.Command("npm", "ci", "--prefix", dir, "--no-audit", "--no-fund", "--silent")
	ci.Stdout, ci.Stderr = os.Stderr, os.Stderr
	if err := ci.Run(); err != nil {
		return "", fmt.Errorf("npm ci in tools/lighthouse: %w", err)
	}
	return cli, nil
}

// lighthouseFlags are the flags of every browser the project starts (see
// internal/browser), for the Chromium Lighthouse starts.
const lighthouseFlags = "--headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check " +
	"--disable-background-networking --disable-component-update --disable-sync --disable-quic --disable-dev-shm-usage"

// runLighthouse audits url's performance with Lighthouse's defaults (a
// phone: simulated slow 4G and a CPU 4 times slower) in Debian's Chromium.
func runLighthouse(cli, url string) (articleFigures, error) {
	chrome := os.Getenv("CHROMIUM")
	if chrome == "" {
		chrome = "/usr/bin/chromium"
	}
	cmd := exec.Command("node", cli, url, "--output=json", "--output-path=stdout", "--quiet",
		"--only-categories=performance", "--chrome-flags="+lighthouseFlags)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return articleFigures{}, fmt.Errorf("%w: %s", err, stderr.String())
	}
	var report struct {
		RuntimeError *struct{ Message string } `json:"runtimeError"`
		Audits       map[string]struct {
			NumericValue *float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		return articleFigures{}, err
	}
	if report.RuntimeError != nil {
		return articleFigures{}, errors.New(report.RuntimeError.Message)
	}
	var f articleFigures
	for id, into := range map[string]*float64{"total-byte-weight": &f.Bytes, "largest-contentful-paint": &f.LCP, "total-blocking-time": &f.TBT, "cumulative-layout-shift": &f.CLS} {
		a, ok := report.Audits[id]
		if !ok || a.NumericValue == nil {
			return articleFigures{}, fmt.Errorf("the report has no %s", id)
		}
		*into = *a.NumericValue
	}
	return f, nil
}

// observers gather, from the page's start, its Largest Contentful Paint,
// layout shifts and long tasks (Total Blocking Time: what each task over
// 50 ms took beyond them).
const observers = `window.benchArticle = {LCP: 0, CLS: 0, TBT: 0};
new PerformanceObserver((l) => { for (const e of l.getEntries()) benchArticle.LCP = e.startTime; }).observe({type: "largest-contentful-paint", buffered: true});
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) benchArticle.CLS += e.value; }).observe({type: "layout-shift", buffered: true});
new PerformanceObserver((l) => { for (const e of l.getEntries()) benchArticle.TBT += Math.max(0, e.duration - 50); }).observe({type: "longtask", buffered: true});`

// chromiumArticle loads url in a browser with a new profile at CPU x4, as
// the demo's loads are, and reads Chromium's own counters once the page
// has loaded and been still for a second: the bytes of every response
// (network.EventLoadingFinished), LCP, CLS and TBT; and, from a trace of
// the load, what the embed's scripts (the demo served at demo) cost.
func chromiumArticle(url, demo string) (articleFigures, error) {
	ctx, stop, err := launchAt(rate)
	if err != nil {
		return articleFigures{}, err
	}
	defer stop()
	var mu sync.Mutex
	var bytes float64
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			bytes += e.EncodedDataLength
			mu.Unlock()
		}
	})
	err = chromedp.Run(ctx, network.Enable(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(observers).Do(ctx)
		return err
	}))
	var tr *trace
	if err == nil {
		tr, err = startTrace(ctx)
	}
	if err == nil {
		err = navigate(ctx, url)
	}
	if err != nil {
		return articleFigures{}, err
	}
	// The poster's picture is lazy, and does not delay the load event.
	if _, err := poll(ctx, "the article and its pictures to load", `document.readyState === "complete" && Array.from(document.images).every((i) => i.complete)`, isTrue); err != nil {
		return articleFigures{}, err
	}
	var f articleFigures
	if err := chromedp.Run(ctx, settle(1000), chromedp.Evaluate(`benchArticle`, &f)); err != nil {
		return articleFigures{}, err
	}
	events, err := tr.stop()
	if err != nil {
		return articleFigures{}, err
	}
	f.Embed = attributeEmbed(events, embedScripts(url, demo)...)
	mu.Lock()
	f.Bytes = bytes
	mu.Unlock()
	return f, nil
}

// The article's budgets (issue: "embeds that cost the host page nothing
// until read"): what the embed may add to the article without one.
const (
	budgetBelowBytes  = 10 << 10 // below the fold, before scrolling
	budgetBelowTBT    = 0        // ms
	budgetPosterBytes = 60 << 10 // poster above the fold, before a tap
	budgetPosterLCP   = 100      // ms
	budgetPosterCLS   = 0
)

// oneDecimal formats milliseconds to a tenth.
func oneDecimal(x float64) string { return fmt.Sprintf("%.1f", x) }

// table renders the medians of each case by each measurer, and the
// budgets' verdicts on what the embed adds.
func (r articleResult) table() string {
	var b strings.Builder
	b.WriteString("| host page metric | measured by | no embed | embed below the fold, before scrolling | poster above the fold, before a tap | budget |\n| --- | --- | ---: | ---: | ---: | --- |\n")
	type metric struct {
		name   string
		get    func(articleFigures) float64
		format func(float64) string
		// verdict judges the below-the-fold and poster cases against the
		// article without the embed.
		verdict func(none, below, poster float64) string
	}
	ms := func(x float64) string { return group(x) }
	judge := func(what string, x, most float64, format func(float64) string) string {
		v := "pass"
		if x > most {
			v = "FAIL"
		}
		return fmt.Sprintf("%s %s (≤ %s): %s", what, format(x), format(most), v)
	}
	signed := func(format func(float64) string) func(float64) string {
		return func(x float64) string {
			if x >= 0 {
				return "+" + format(x)
			}
			return format(x)
		}
	}
	metrics := []metric{
		{"bytes transferred", func(f articleFigures) float64 { return f.Bytes }, ms, func(none, below, poster float64) string {
			return judge("below", below-none, budgetBelowBytes, signed(group)) + "; " + judge("poster", poster-none, budgetPosterBytes, signed(group))
		}},
		{"Largest Contentful Paint (ms)", func(f articleFigures) float64 { return f.LCP }, ms, func(none, _, poster float64) string {
			return judge("poster", poster-none, budgetPosterLCP, signed(group))
		}},
		// The budget is on what the embed's own scripts block (rows
		// below): the article alone has a long task in a third to a half
		// of its loads, which a difference of medians takes for the
		// embed's.
		{"Total Blocking Time (ms)", func(f articleFigures) float64 { return f.TBT }, ms, func(none, below, _ float64) string {
			return "below " + signed(group)(below-none) + ": the article's own long tasks vary as much; the budget is on the embed's scripts"
		}},
		{"Cumulative Layout Shift", func(f articleFigures) float64 { return f.CLS }, func(x float64) string { return fmt.Sprintf("%.3f", x) }, func(_, _, poster float64) string {
			return judge("poster", poster, budgetPosterCLS, func(x float64) string { return fmt.Sprintf("%.3f", x) })
		}},
	}
	for _, m := range metrics {
		for _, by := range []struct {
			name  string
			loads map[string][]articleFigures
		}{{"Lighthouse", r.Lighthouse}, {"Chromium", r.Chromium}} {
			med := make([]float64, len(articleCases))
			for i, c := range articleCases {
				var xs []float64
				for _, f := range by.loads[c.Path] {
					xs = append(xs, m.get(f))
				}
				med[i] = median(xs)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", m.name, by.name, m.format(med[0]), m.format(med[1]), m.format(med[2]), m.verdict(med[0], med[1], med[2]))
		}
	}
	// Only Chromium's trace tells whose scripts ran: these rows are its
	// alone. The budget holds in every load, not only in the median.
	embedRows := []struct {
		name    string
		get     func(embedAttribution) float64
		verdict func(worstBelow float64) string
	}{
		{"the embed's scripts on the main thread (ms)", func(a embedAttribution) float64 { return a.Script }, func(float64) string { return "" }},
		{"of which blocking input, beyond 50 ms a task (ms)", func(a embedAttribution) float64 { return a.Blocking }, func(worst float64) string {
			return judge("below, in every load", worst, budgetBelowTBT, oneDecimal)
		}},
	}
	for _, row := range embedRows {
		cells := make([]string, len(articleCases))
		worstBelow := 0.0
		for i, c := range articleCases {
			var xs []float64
			for _, f := range r.Chromium[c.Path] {
				xs = append(xs, row.get(f.Embed))
			}
			worst := 0.0
			for _, x := range xs {
				worst = max(worst, x)
			}
			if c.Embed == "below" {
				worstBelow = worst
			}
			cells[i] = oneDecimal(median(xs)) + " (at most " + oneDecimal(worst) + ")"
		}
		fmt.Fprintf(&b, "| %s | Chromium trace | %s | %s |\n", row.name, strings.Join(cells, " | "), row.verdict(worstBelow))
	}
	fmt.Fprintf(&b, "\nThe host page: an article on another origin, medians of %d loads of each version, each in a new profile. Lighthouse 13.5.0 with its defaults (a phone: simulated slow 4G, CPU x4); Chromium at CPU x4 over loopback, read after the page is loaded and still for a second. Budgets judge what the embed adds to the article without one. The embed's scripts are embed.js and the inline snippet; a trace of each Chromium load gives their time on the article's main thread and what of it fell beyond 50 ms in a task (the part Total Blocking Time counts).\n", articleRuns)
	return b.String()
}
