package app

import (
	"strings"
	"testing"
)

func TestShareConfigReadsOnlyKnownValues(t *testing.T) {
	drafts := map[string]string{
		shareTour: "no-such-tour", shareLang: "klingon", shareRules: "1999", shareRegion: "XX",
		shareLoop: "1", shareIdle: "7", shareWidth: "9999",
	}
	c := shareConfigOf(func(id string) string { return drafts[id] })
	if c != (shareConfig{Width: "390"}) {
		t.Errorf("stored values the demo does not know read as %+v", c)
	}
	if got := c.link("https://demo.example"); got != "https://demo.example/" {
		t.Errorf("the default link is %q", got)
	}
}

func TestShareLinkAndSnippets(t *testing.T) {
	drafts := map[string]string{
		shareTour: "setup", shareLang: "zh-Hans", shareRules: "2024", shareRegion: "GB",
		shareAutoplay: "1", shareLoop: "1", shareIdle: "120", shareWidth: "360", sharePoster: "1",
	}
	c := shareConfigOf(func(id string) string { return drafts[id] })
	// A tour sets up its own persona and rules: they stay out of the link.
	if got, want := c.link("https://demo.example/p"), "https://demo.example/p/?autoplay=1&idle=120&lang=zh-Hans&loop=1&tour=setup"; got != want {
		t.Errorf("link = %q, want %q", got, want)
	}
	embed := c.embedSnippet("https://demo.example/p")
	for _, want := range []string{
		`data-walletdemo="https://demo.example/p/?autoplay=1&amp;idle=120&amp;lang=zh-Hans&amp;loop=1&amp;tour=setup"`,
		`data-width="360"`, `data-poster="1"`, `style="max-width:360px;aspect-ratio:390/844"`,
		`s.src="https://demo.example/p/web/embed.js"`, `<script type="module" async>`, `d.readyState!="complete"`, `requestIdleCallback(go,`,
		`new IntersectionObserver(`, `rootMargin:"600px 0px"`, `o.observe(e)`,
	} {
		if !strings.Contains(embed, want) {
			t.Errorf("the embed snippet lacks %s:\n%s", want, embed)
		}
	}
	frame := c.iframeSnippet("https://demo.example/p", `Say "hi"`)
	for _, want := range []string{`&amp;tour=setup&amp;embed=1"`, `title="Say &quot;hi&quot;"`, `width="360" height="779"`, `loading="lazy"`} {
		if !strings.Contains(frame, want) {
			t.Errorf("the iframe snippet lacks %s:\n%s", want, frame)
		}
	}
	// Without a tour there is nothing to play: no autoplay, but the
	// persona and rules.
	drafts[shareTour] = ""
	c = shareConfigOf(func(id string) string { return drafts[id] })
	if got, want := c.link("https://demo.example"), "https://demo.example/?lang=zh-Hans&region=GB&rules=2024"; got != want {
		t.Errorf("link without a tour = %q, want %q", got, want)
	}
}
