//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"walletdemo/internal/browser"
)

// engineScreens are the main screens `make screens` also photographs in
// Firefox and WebKit, to set beside Chromium's.
var engineScreens = []string{"onboarding", "chats", "wallet", "add-card", "money", "scan", "pay-sheet", "paid", "bills", "settings"}

// TestScreensEngines photographs engineScreens at phone size in Firefox
// and WebKit (MiniBrowser's window is at least 447 pixels wide), and writes
// engines.md, which shows them beside Chromium's pictures.
func TestScreensEngines(t *testing.T) {
	dir := os.Getenv("SCREENS_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	byName := map[string]shot{}
	for _, s := range screens {
		byName[s.Name] = s
	}
	ts := startDemo(t)
	for _, engine := range []string{"firefox", "webkit"} {
		t.Run(engine, func(t *testing.T) {
			p := browser.NewTab(t, engine, false)
			p.Open(ts.URL + "/")
			for _, name := range engineScreens {
				s, ok := byName[name]
				if !ok {
					t.Fatalf("no screen %q in the list", name)
				}
				openShot(t, p, ts.URL, s)
				// Let a sheet finish sliding up and fonts settle.
				time.Sleep(400 * time.Millisecond)
				p.Screenshot(filepath.Join(dir, fmt.Sprintf("%s-%s.png", name, engine)))
			}
		})
	}
	var b strings.Builder
	b.WriteString("# Screens in three engines\n\nMade by `make screens` (cmd/walletdemo/screens_engines_test.go); do not edit by hand. Chromium at 390×844; Firefox ESR at 390×844; WebKitGTK's MiniBrowser at its narrowest, 447 pixels.\n\n")
	b.WriteString("| screen | Chromium | Firefox | WebKit |\n| --- | --- | --- | --- |\n")
	for _, name := range engineScreens {
		s := byName[name]
		fmt.Fprintf(&b, "| %s | <img src=\"%s-390x844.png\" width=\"195\" alt=\"%s, Chromium\"> | <img src=\"%s-firefox.png\" width=\"195\" alt=\"%s, Firefox\"> | <img src=\"%s-webkit.png\" width=\"195\" alt=\"%s, WebKit\"> |\n",
			s.Title, name, s.Title, name, s.Title, name, s.Title)
	}
	if err := os.WriteFile(filepath.Join(dir, "engines.md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
