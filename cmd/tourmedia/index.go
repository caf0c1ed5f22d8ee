//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
)

// media are the files of one tour in one language.
type media struct {
	Tour tour.Tour
	Lang i18n.Lang
	GIF  string
	// Duration, Frames and Bytes are the GIF's; Recorded is how many
	// frames the screencast sent.
	Duration         time.Duration
	Frames, Recorded int
	Bytes            int
	Steps            []picture
	Done             picture
}

// picture is a PNG file and the words it shows: a step's tip, or the
// closing message.
type picture struct {
	File, Text string
}

// name is the files' common stem: the tour and the language.
func (m media) name() string { return m.Tour.ID + "-" + string(m.Lang) }

// title is the tour's English name.
func (m media) title() string { return i18n.T(i18n.English, m.Tour.Title) }

// writeIndex writes README.md in out: a table of the tours, then each
// tour's GIF and its step pictures with their tips.
func writeIndex(out string, all []media) error {
	var b strings.Builder
	b.WriteString("# Guided tours\n\n")
	b.WriteString("Each built-in tour as the app's autoplay plays it (`/?tour=<id>&autoplay=1`), recorded in headless Chromium at 390×844 by `make tour-media` (`LANGS=\"en zh-Hans zh-Hant\"` for more languages): an animated GIF, and a picture of each step once its tip shows. Do not edit: run `make tour-media` again.\n\n")
	b.WriteString("| tour | language | GIF | length | frames | size |\n| --- | --- | --- | --- | --- | --- |\n")
	for _, m := range all {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | [%s](%s) | %.1f s | %d | %s |\n", m.title(), m.name(), m.Lang.Name(), m.GIF, m.GIF, m.Duration.Seconds(), m.Frames, size(m.Bytes))
	}
	for _, m := range all {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n## %s — %s\n\n", m.name(), m.title(), m.Lang.Name())
		fmt.Fprintf(&b, "<img src=\"%s\" width=\"195\" alt=\"%s, played\">\n\n", m.GIF, m.title())
		fmt.Fprintf(&b, "%.1f s, %d frames (of %d the screen painted), %s.\n\n", m.Duration.Seconds(), m.Frames, m.Recorded, size(m.Bytes))
		b.WriteString("| step | tip |\n| --- | --- |\n")
		for i, s := range m.Steps {
			fmt.Fprintf(&b, "| <img src=\"%s\" width=\"130\" alt=\"Step %d\"> | %d. %s |\n", s.File, i+1, i+1, cell(s.Text))
		}
		fmt.Fprintf(&b, "| <img src=\"%s\" width=\"130\" alt=\"Done\"> | %s |\n", m.Done.File, cell(m.Done.Text))
	}
	return os.WriteFile(filepath.Join(out, "README.md"), []byte(b.String()), 0o644)
}

// size is a byte count in KB or MB.
func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.2f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+512)>>10)
}

// cell is text made safe for one cell of a markdown table.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}
