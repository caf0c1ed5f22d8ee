//go:build !wasm

package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/internal/browser"
)

// properNames are the demo data's names that stay as they are in every
// language, as a real wallet shows a merchant's or a contact's own name:
// the people, the shops and the demo banks' brands, the card networks.
var properNames = []string{
	"Li Wei", "Chen Jing", "Wong Ka Ho", "Thandi Nkosi", "Nur Aisyah", "Sam Taylor", "Alex Demo",
	"Lucky Bean Coffee", "Jade Garden Noodles", "Paper Lantern Books", "Little Leaf Tea", "Metro",
	"Peony Demo Bank", "Visa", "Mastercard", "UnionPay", "American Express", "Diners Club", "JCB", "Discover",
	"High Street", "London",
}

// englishRun is a run of four or more English words: a sentence or a
// phrase nobody translated, whether from the catalogue, the engine or the
// code. Shorter runs are caught by the catalogue comparison.
var englishRun = regexp.MustCompile(`[A-Za-z][a-z']*(?:[ ,]+[A-Za-z][a-z']*){3,}`)

// untranslated lists the English catalogue texts of lang that have a
// translation of their own, and their fragments around format verbs.
type untranslated struct {
	whole   map[string]string // English text → key
	phrases map[string]string // a fragment of two words or more → key
}

// englishOf gathers the English texts lang translates.
func englishOf(lang i18n.Lang) untranslated {
	u := untranslated{whole: map[string]string{}, phrases: map[string]string{}}
	verb := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	for _, k := range i18n.Keys() {
		en := i18n.T(i18n.English, k)
		if en == i18n.T(lang, k) || slices.Contains(properNames, en) {
			continue
		}
		u.whole[en] = k
		for _, f := range verb.Split(en, -1) {
			f = strings.Trim(f, " .,:;()·—-")
			if strings.Count(f, " ") >= 1 && len(f) >= 10 {
				u.phrases[f] = k
			}
		}
	}
	return u
}

// visibleTexts is every text a person sees or a screen reader says: the
// lines of the page and the labels, placeholders and titles of the
// elements that show.
const visibleTexts = `(() => {
  const out = document.body.innerText.split("\n");
  for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    for (const a of ["aria-label", "placeholder", "title", "alt"]) {
      if (el.hasAttribute(a)) out.push(el.getAttribute(a));
    }
  }
  return out.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s !== "");
})()`

// check fails on each English text the page shows in lang.
func (u untranslated) check(t *testing.T, p *browser.Page, lang i18n.Lang, where string) {
	t.Helper()
	var texts []string
	p.Eval(visibleTexts, &texts)
	seen := map[string]bool{}
	report := func(format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if !seen[msg] {
			seen[msg] = true
			t.Errorf("%s, %s: %s", lang.Name(), where, msg)
		}
	}
	for _, s := range texts {
		if k, ok := u.whole[s]; ok {
			report("%q is English (%s)", s, k)
			continue
		}
		for f, k := range u.phrases {
			if strings.Contains(s, f) {
				report("%q holds the English %q (%s)", s, f, k)
			}
		}
		rest := s
		for _, n := range properNames {
			rest = strings.ReplaceAll(rest, n, "")
		}
		if run := englishRun.FindString(rest); run != "" {
			report("%q has English words: %q", s, run)
		}
	}
}

// switchLang stores lang as the demo's language and reloads, as Settings
// does, then waits until the page speaks it and holds still.
func switchLang(t *testing.T, p *browser.Page, lang i18n.Lang) {
	t.Helper()
	p.Eval(`(() => { const d = JSON.parse(localStorage.getItem("walletdemo")); d.lang = `+browserJSON(string(lang))+`; localStorage.setItem("walletdemo", JSON.stringify(d)); return true; })()`, nil)
	p.Reload()
	p.WaitTrue("the page in "+string(lang), `document.documentElement.lang === `+browserJSON(string(lang)))
	settle(p)
}

// settle waits until the page's text stays the same for a moment (a
// screen's late parts, a banner), at most a second.
func settle(p *browser.Page) {
	last := ""
	for end := time.Now().Add(browser.Scaled(time.Second)); time.Now().Before(end); time.Sleep(120 * time.Millisecond) {
		var s string
		p.Eval(`document.body.innerText`, &s)
		if s == last {
			return
		}
		last = s
	}
}

// TestTipsAndRefusalsTranslated shows in 简体中文 and in 繁體中文 (Hong
// Kong) a tour's tip and refusals of the engine (a wrong PIN, a refused
// card, a typo in a card number), and fails on any English text the page
// shows but the demo data's proper names. TestScreens checks every screen.
func TestTipsAndRefusalsTranslated(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	for _, lang := range []i18n.Lang{i18n.Simplified, i18n.Traditional} {
		u := englishOf(lang)
		// A guided tour's tip, opened by a shared link.
		p.Open(ts.URL + "/?rules=2020&region=GB&tour=activate&step=2&lang=" + string(lang))
		p.WaitText(i18n.Tf(lang, "tour.count", 2, 5))
		settle(p)
		u.check(t, p, lang, "tour tip")

		// A wrong PIN on the pay sheet says the tries left in lang.
		openShot(t, p, ts.URL, shotNamed(t, "pay-sheet"))
		switchLang(t, p, lang)
		payPIN(p, "000000")
		p.WaitText(i18n.Tf(lang, "err.wrong_pin.left", 4, 3))
		u.check(t, p, lang, "wrong PIN")

		// A card the Malaysian wallet does not take, and a typo.
		openShot(t, p, ts.URL, shotNamed(t, "add-card"))
		switchLang(t, p, lang)
		for number, key := range map[string]string{"4111111111111111": "err.card_not_accepted", "5227880012345674": "err.card_luhn"} {
			p.Type(i18n.T(lang, "card.number"), number)
			p.Click(i18n.T(lang, "setup.next"))
			p.WaitText(i18n.T(lang, key))
			u.check(t, p, lang, key)
		}
	}
}

// shotNamed returns the screen of the screens list called name.
func shotNamed(t *testing.T, name string) shot {
	t.Helper()
	i := slices.IndexFunc(screens, func(s shot) bool { return s.Name == name })
	if i < 0 {
		t.Fatalf("no screen %q in the screens list", name)
	}
	return screens[i]
}
