package app

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// share is Share & embed: a tutorial writer picks what the reader's demo
// starts with and copies a link, an embed.js snippet, a plain iframe or the
// link's QR code. Everything is built here in the browser, so it works from
// a static export and offline.
type share struct {
	page
	// base is the demo's own address (origin and path prefix), known only
	// in the browser.
	base string
	// copied is the output last copied and how ("share.copied" or
	// "share.copy.failed"), announced to screen readers.
	copied, copyNote string
}

// The writer's choices, kept as drafts so a reload keeps them.
const (
	shareTour     = "share.tour"
	shareLang     = "share.lang"
	shareRules    = "share.rules"
	shareRegion   = "share.region"
	shareAutoplay = "share.autoplay"
	shareLoop     = "share.loop"
	shareIdle     = "share.idle"
	shareWidth    = "share.width"
	sharePoster   = "share.poster"
)

// shareWidths are the embed widths offered, in CSS pixels: the narrowest
// phone to a roomy column. The height follows at the phone's proportions.
var shareWidths = []string{"320", "360", "390", "420"}

// shareIdles are the kiosk's idle times offered, in seconds ("" is the
// demo's default).
var shareIdles = []string{"", "30", "120", "300"}

// shareConfig is what the writer picked, each value checked: a stored
// draft the demo does not know (an old version's, or edited by hand) reads
// as the default.
type shareConfig struct {
	Tour, Lang, Rules, Region string
	Autoplay, Loop, Poster    bool
	Idle                      string
	Width                     string
}

// shareConfigOf reads and checks the writer's drafts.
func shareConfigOf(draft func(string) string) shareConfig {
	c := shareConfig{Width: "390"}
	if _, ok := tour.Lookup(draft(shareTour)); ok {
		c.Tour = draft(shareTour)
	}
	if l, ok := i18n.Parse(draft(shareLang)); ok && draft(shareLang) == string(l) {
		c.Lang = string(l)
	}
	if _, err := wallet.LookupRuleset(wallet.RulesetID(draft(shareRules))); err == nil {
		c.Rules = draft(shareRules)
	}
	if _, ok := wallet.LookupRegion(wallet.RegionCode(draft(shareRegion))); ok {
		c.Region = draft(shareRegion)
	}
	c.Autoplay = draft(shareAutoplay) == "1"
	c.Loop = c.Autoplay && draft(shareLoop) == "1"
	if c.Loop && slices.Contains(shareIdles, draft(shareIdle)) {
		c.Idle = draft(shareIdle)
	}
	if slices.Contains(shareWidths, draft(shareWidth)) {
		c.Width = draft(shareWidth)
	}
	c.Poster = draft(sharePoster) == "1"
	return c
}

// link is the deep link of c on the demo at base. A tour sets up its own
// persona and rules, so with a tour they are left out.
func (c shareConfig) link(base string) string {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("lang", c.Lang)
	if c.Tour == "" {
		set("rules", c.Rules)
		set("region", c.Region)
	}
	set("tour", c.Tour)
	if c.Tour != "" && c.Autoplay {
		q.Set("autoplay", "1")
		if c.Loop {
			q.Set("loop", "1")
			set("idle", c.Idle)
		}
	}
	if len(q) == 0 {
		return base + "/"
	}
	return base + "/?" + q.Encode()
}

// attr escapes a URL for an HTML attribute; the rest of it (scheme, host,
// the encoded query) needs nothing else.
func attr(u string) string { return strings.ReplaceAll(u, "&", "&amp;") }

// embedSnippet is the embed.js snippet of c: a placeholder, and a loader
// that asks for embed.js only when the reader nears the placeholder.
// Even an async script from the demo's origin would start during the
// article's own first paint, and cost it there: in Lighthouse's simulation
// of a slow phone, a poster above the fold moved the article's largest
// paint from 0.90 s to 1.19–1.30 s; loaded after the load event, it stays
// at 0.90 s.
func (c shareConfig) embedSnippet(base string) string {
	poster := ""
	if c.Poster {
		poster = ` data-poster="1"`
	}
	// The style reserves the demo's box before embed.js runs, so the page
	// does not shift when it does. A script in one of the page's own tasks
	// lengthens it, and the article's parsing and load event are long tasks
	// in a third to a half of its loads at CPU x4: the first script of a
	// page also pays for setting up its JavaScript (an inline classic script
	// took 6-25 ms inside the parsing task; a listener on the load event
	// added 3-6 ms). An async module script runs in a task of its own (a
	// plain module runs in the task that ends parsing, which was a long
	// one in 3 loads of 10), and then only asks to be called back when
	// the browser is idle, again until the page has loaded. There it
	// watches the placeholders: fetching and running embed.js took
	// 10-30 ms of the main thread at CPU x4, which a reader who never
	// scrolls there need not pay. One snippet watches for all of a page's
	// placeholders, and embed.js makes them all, each loading when within
	// embed.js's own 600 px: the same margin here, so the frame starts as
	// soon as embed.js has run. Safari has no requestIdleCallback: a
	// timeout instead.
	return `<div data-walletdemo="` + attr(c.link(base)) + `" data-width="` + c.Width + `"` + poster +
		` style="max-width:` + c.Width + `px;aspect-ratio:390/844"></div>` + "\n" +
		`<script type="module" async>(function(w,d){function later(){w.requestIdleCallback?w.requestIdleCallback(go,{timeout:2e3}):setTimeout(go,200)}` +
		`function get(){var s=d.createElement("script");s.src=` + jsString(base+"/web/embed.js") + `;d.body.appendChild(s)}` +
		`function go(){if(d.readyState!="complete")return later();if(w.walletDemoWatch)return;w.walletDemoWatch=1;if(!w.IntersectionObserver)return get();` +
		`var o=new IntersectionObserver(function(es){if(es.some(function(e){return e.isIntersecting})){o.disconnect();get()}},{rootMargin:"600px 0px"});` +
		`d.querySelectorAll("[data-walletdemo]").forEach(function(e){o.observe(e)})}later()})(window,document)</script>`
}

// jsString quotes s as a JavaScript string that is safe inside a <script>
// element: no "<" to end it early.
func jsString(s string) string {
	return strings.ReplaceAll(strconv.Quote(s), "<", `\u003c`)
}

// iframeSnippet is c as a plain iframe, for CMSs that strip scripts: lazy,
// phone-shaped, narrowing with its column.
func (c shareConfig) iframeSnippet(base, title string) string {
	u := c.link(base)
	if strings.Contains(u, "?") {
		u += "&embed=1"
	} else {
		u += "?embed=1"
	}
	return `<iframe src="` + attr(u) + `" title="` + strings.ReplaceAll(title, `"`, "&quot;") + `" width="` + c.Width + `" height="` + phoneHeight(c.Width) +
		`" loading="lazy" allow="camera" style="display:block;border:0;border-radius:16px;max-width:100%;height:auto;aspect-ratio:390/844"></iframe>`
}

// phoneHeight is the height of a phone-shaped embed width wide (390×844).
func phoneHeight(width string) string {
	w, _ := strconv.Atoi(width)
	return strconv.Itoa(w * 844 / 390)
}

// OnMount learns the demo's address, which every output carries.
func (s *share) OnMount(ctx app.Context) {
	s.page.OnMount(ctx)
	u := app.Window().URL()
	s.base = u.Scheme + "://" + u.Host + strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	ctx.Update()
}

// Render implements app.Composer.
func (s *share) Render() app.UI {
	c := shareConfigOf(s.draft)
	tours := tour.All()
	tourOpts := []option{{"", s.t("share.tour.none")}}
	for _, t := range tours {
		tourOpts = append(tourOpts, option{t.ID, s.t(t.Title)})
	}
	langOpts := []option{{"", s.t("share.lang.reader")}}
	for _, l := range i18n.Langs() {
		langOpts = append(langOpts, option{string(l), l.Name()})
	}
	rulesOpts := []option{{"", s.t("share.default")}}
	for _, r := range wallet.Rulesets() {
		rulesOpts = append(rulesOpts, option{string(r.ID), string(r.ID) + " — " + s.local(r.Title)})
	}
	regionOpts := []option{{"", s.t("share.region.reader")}}
	for _, r := range wallet.Regions() {
		regionOpts = append(regionOpts, option{string(r.Code), s.regionLabel(r.Code)})
	}
	idleOpts := []option{{"", s.t("share.idle.default")}}
	for _, v := range shareIdles[1:] {
		idleOpts = append(idleOpts, option{v, s.tf("share.seconds", v)})
	}
	widthOpts := []option{}
	for _, w := range shareWidths {
		widthOpts = append(widthOpts, option{w, w + " × " + phoneHeight(w) + " px"})
	}
	body := []app.UI{
		para("note", s.t("share.intro")),
		app.Elem("section").Class("group share-block").Aria("labelledby", "share-what").Body(
			app.Elem("h2").ID("share-what").Class("block-title").Text(s.t("share.what")),
			s.choose(shareTour, s.t("share.tour"), c.Tour, tourOpts, false),
			s.choose(shareLang, s.t("share.lang"), c.Lang, langOpts, false),
			s.choose(shareRules, s.t("share.rules"), c.Rules, rulesOpts, c.Tour != ""),
			s.choose(shareRegion, s.t("share.region"), c.Region, regionOpts, c.Tour != ""),
			app.If(c.Tour != "", func() app.UI { return para("block-note", s.t("share.tour.sets")) }),
			s.check(shareAutoplay, s.t("share.autoplay"), c.Autoplay, c.Tour == ""),
			s.check(shareLoop, s.t("share.loop"), c.Loop, !c.Autoplay || c.Tour == ""),
			s.choose(shareIdle, s.t("share.idle"), c.Idle, idleOpts, !c.Loop || c.Tour == ""),
		),
		app.Elem("section").Class("group share-block").Aria("labelledby", "share-look").Body(
			app.Elem("h2").ID("share-look").Class("block-title").Text(s.t("share.look")),
			s.choose(shareWidth, s.t("share.width"), c.Width, widthOpts, false),
			s.check(sharePoster, s.t("share.poster"), c.Poster, false),
			para("block-note", s.t("share.lazy")),
		),
	}
	if s.base == "" {
		body = append(body, para("note", s.t("share.loading")))
		return s.shell(screen{Title: s.t("share.title"), Back: "/settings", Body: body})
	}
	link := c.link(s.base)
	body = append(body,
		app.Elem("section").Class("group share-block").Aria("labelledby", "share-preview").Body(
			app.Elem("h2").ID("share-preview").Class("block-title").Text(s.t("share.preview")),
			para("block-note", s.t("share.preview.note")),
			// The preview keeps its demo in memory (preview=1): trying it
			// out must not change the writer's own demo in this browser.
			app.Elem("iframe").Class("share-frame").Attr("src", link+map[bool]string{true: "&", false: "?"}[strings.Contains(link, "?")]+"embed=1&preview=1").
				Title(s.t("share.preview")).Style("max-width", c.Width+"px"),
		),
		app.Elem("section").Class("group share-block").Aria("labelledby", "share-copy").Body(
			app.Elem("h2").ID("share-copy").Class("block-title").Text(s.t("share.copy.title")),
			s.output("share-link", s.t("share.link"), s.t("share.link.note"), link),
			s.output("share-embed", s.t("share.embed"), s.t("share.embed.note"), c.embedSnippet(s.base)),
			s.output("share-iframe", s.t("share.iframe"), s.t("share.iframe.note"), c.iframeSnippet(s.base, s.t("share.frame.title"))),
			div("share-qr",
				qrImage(link, s.t("share.qr")+": "+link),
				app.A().Class("btn").Href("data:image/svg+xml;charset=utf-8,"+url.PathEscape(qrSVG(link))).
					Attr("download", "walletdemo-qr.svg").Text(s.t("share.qr.download")),
			),
		),
		app.P().Class("share-status").Attr("role", "status").Text(s.copyNote),
	)
	return s.shell(screen{Title: s.t("share.title"), Back: "/settings", Body: body})
}

// option is one choice of a select: its value and its words.
type option struct{ Value, Label string }

// choose is a labelled select whose choice is the draft id.
func (s *share) choose(id, label, current string, opts []option, disabled bool) app.UI {
	sel := app.Elem("select").ID(id).Class("field-input").
		OnChange(func(ctx app.Context, _ app.Event) {
			s.pick(id, ctx.JSSrc().Get("value").String())
		}, app.EventScope(id)).
		Body(app.Range(opts).Slice(func(i int) app.UI {
			o := app.Elem("option").Attr("value", opts[i].Value).Text(opts[i].Label)
			if opts[i].Value == current {
				o = o.Attr("selected", true)
			}
			return o
		}))
	if disabled {
		sel = sel.Attr("disabled", true)
	}
	return div("field", app.Label().For(id).Class("field-label").Text(label), sel)
}

// check is a labelled checkbox whose state is the draft id ("1" or "").
func (s *share) check(id, label string, on, disabled bool) app.UI {
	box := app.Input().Type("checkbox").ID(id).OnChange(func(ctx app.Context, _ app.Event) {
		v := ""
		if ctx.JSSrc().Get("checked").Bool() {
			v = "1"
		}
		s.pick(id, v)
	}, app.EventScope(id))
	// Boolean attributes only when true: go-app prerenders false as "false".
	if on {
		box = box.Checked(true)
	}
	if disabled {
		box = box.Disabled(true)
	}
	return app.Label().Class("choice").Body(box, app.Span().Text(label))
}

// output is one thing to copy: its text, read-only and selectable, and a
// copy button.
func (s *share) output(id, label, note, text string) app.UI {
	return div("field share-output",
		app.Label().For(id).Class("field-label").Text(label),
		app.Textarea().ID(id).Class("field-input share-text").ReadOnly(true).Attr("spellcheck", "false").
			Attr("rows", strconv.Itoa(min(6, 1+len(text)/40))).Text(text),
		para("block-note", note),
		app.Button().Type("button").Class("btn btn-primary").Aria("label", s.t("share.copy")+": "+label).
			Text(s.copyLabel(id)).
			OnClick(func(ctx app.Context, _ app.Event) { s.copy(ctx, id, text) }, app.EventScope(id+text)),
	)
}

// copyLabel is a copy button's words: "Copied" once it has copied.
func (s *share) copyLabel(id string) string {
	if s.copied == id && s.copyNote == s.t("share.copied") {
		return s.t("share.copied")
	}
	return s.t("share.copy")
}

// copy puts text on the clipboard: the Clipboard API where the page may
// use it (a secure context), else the selected text and the older copy
// command. Either way the writer hears whether it worked.
func (s *share) copy(ctx app.Context, id, text string) {
	done := func(ok bool) {
		s.copied, s.copyNote = id, s.t("share.copied")
		if !ok {
			s.copyNote = s.t("share.copy.failed")
		}
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	bySelection := func() bool {
		el := app.Window().GetElementByID(id)
		el.Call("select")
		return app.Window().Get("document").Call("execCommand", "copy").Bool()
	}
	if !clip.Truthy() {
		done(bySelection())
		return
	}
	var ok, fail app.Func
	settle := func(worked func() bool) {
		ctx.Dispatch(func(ctx app.Context) { done(worked()) })
		ok.Release()
		fail.Release()
	}
	ok = app.FuncOf(func(app.Value, []app.Value) any { settle(func() bool { return true }); return nil })
	fail = app.FuncOf(func(app.Value, []app.Value) any { settle(bySelection); return nil })
	clip.Call("writeText", text).Call("then", ok, fail)
}

// EmbedSnippet is the embed.js snippet Share & embed gives for tour ("" for
// none) on the demo at base (its origin and path prefix), with or without
// the poster, at the default width: the bench pastes it into its article.
func EmbedSnippet(base, tour string, poster bool) string {
	return shareConfig{Tour: tour, Width: "390", Poster: poster}.embedSnippet(base)
}
