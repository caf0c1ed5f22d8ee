//go:build !wasm

// Command tourmedia records the built-in tours as the app's autoplay plays
// them, in headless Chromium at 390×844: per tour and language an animated
// GIF and a PNG of each step, into docs/tours with a markdown page listing
// them. `make tour-media` runs it; it serves web/app.wasm as built (`make
// wasm`).
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
	"walletdemo/internal/browser"
	"walletdemo/internal/tourmedia"
)

// options are what to record and where to put it.
type options struct {
	web   string // the demo's web folder, app.wasm built
	out   string
	langs []i18n.Lang
	tours []tour.Tour
}

func main() {
	langs := flag.String("langs", "en", "languages to record, separated by spaces or commas (en, zh-Hans, zh-Hant)")
	tours := flag.String("tours", "", "tour ids to record, separated by spaces or commas; all when empty")
	web := flag.String("web", "web", "the demo's web folder, with app.wasm built")
	out := flag.String("out", filepath.Join("docs", "tours"), "folder of the media and their README.md")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("tourmedia: ")
	o, err := parse(*langs, *tours)
	o.web, o.out = *web, *out
	if err == nil {
		err = run(o)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// parse reads the flags' languages and tours.
func parse(langs, tours string) (options, error) {
	var o options
	for _, tag := range list(langs) {
		l, ok := i18n.Parse(tag)
		if !ok {
			return options{}, fmt.Errorf("no language %q: the demo speaks en, zh-Hans and zh-Hant", tag)
		}
		o.langs = append(o.langs, l)
	}
	if len(o.langs) == 0 {
		return options{}, errors.New("-langs names no language")
	}
	o.tours = tour.All()
	if ids := list(tours); len(ids) > 0 {
		o.tours = nil
		for _, id := range ids {
			t, ok := tour.Lookup(id)
			if !ok {
				return options{}, fmt.Errorf("no tour %q", id)
			}
			o.tours = append(o.tours, t)
		}
	}
	return o, nil
}

func list(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}

// run serves the demo, records each tour in each language in a browser of
// its own (a fresh profile), and writes the media and their index.
func run(o options) error {
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	demo, err := startDemo(o.web)
	if err != nil {
		return err
	}
	defer demo.stop()
	var all []media
	for _, lang := range o.langs {
		for _, t := range o.tours {
			m, err := record(demo.url, t, lang, o.out)
			if err != nil {
				return err
			}
			log.Printf("%s: %d steps; %s: %.1f s, %d frames, %d KB", m.name(), len(m.Steps), m.GIF, m.Duration.Seconds(), m.Frames, m.Bytes>>10)
			all = append(all, m)
		}
	}
	return writeIndex(o.out, all)
}

// record plays tour t in lang and writes its GIF and step pictures.
func record(base string, t tour.Tour, lang i18n.Lang, out string) (media, error) {
	ctx, stop, err := browser.Launch()
	if err != nil {
		return media{}, err
	}
	defer stop()
	rec, err := tourmedia.Record(ctx, base, t, lang)
	if err != nil {
		return media{}, err
	}
	g, err := tourmedia.Encode(rec.Frames, rec.End, tourmedia.MaxGIF)
	if err != nil {
		return media{}, fmt.Errorf("tour %s (%s): %w", t.ID, lang, err)
	}
	m := media{Tour: t, Lang: lang, Duration: g.Duration, Frames: g.Frames, Bytes: len(g.Data), Recorded: len(rec.Frames)}
	if g.Gap > tourmedia.MinGap {
		log.Printf("%s: the GIF keeps at most a frame each %s, to stay under %d MB", m.name(), g.Gap, tourmedia.MaxGIF>>20)
	}
	// The pictures of an earlier run go: the tour may have had more steps.
	stale, err := filepath.Glob(filepath.Join(out, m.name()+"-*.png"))
	if err != nil {
		return media{}, err
	}
	for _, f := range stale {
		if err := os.Remove(f); err != nil {
			return media{}, err
		}
	}
	m.GIF = m.name() + ".gif"
	files := map[string][]byte{m.GIF: g.Data}
	for i, s := range rec.Steps {
		m.Steps = append(m.Steps, picture{File: fmt.Sprintf("%s-%d.png", m.name(), i+1), Text: s.Text})
		files[m.Steps[i].File] = s.PNG
	}
	m.Done = picture{File: m.name() + "-done.png", Text: rec.Done.Text}
	files[m.Done.File] = rec.Done.PNG
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return media{}, err
		}
	}
	return m, nil
}
