package app

import (
	"regexp"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	iosUA        = regexp.MustCompile(`iP(hone|ad|od)`)
	macUA        = regexp.MustCompile(`\bMacintosh\b`)
	safariUA     = regexp.MustCompile(`\bSafari\b`)
	notSafariUA  = regexp.MustCompile(`\b(Chrome|Chromium|Edg|OPR|Brave|Firefox)\b`)
	firefoxAndUA = regexp.MustCompile(`Android.*\bFirefox\b`)
)

// installWay is the catalogue key of how a person installs the demo in a
// browser that offers no install prompt (no beforeinstallprompt): Share ›
// Add to Home Screen on iPhone and iPad (any browser there is WebKit),
// File › Add to Dock in Safari on a Mac, the menu in Firefox for Android;
// "" where the browser either prompts or cannot install (desktop Firefox).
// touchPoints tells an iPad, which says it is a Mac, from a Mac.
func installWay(ua string, touchPoints int) string {
	switch {
	case iosUA.MatchString(ua), macUA.MatchString(ua) && touchPoints > 1:
		return "install.apple"
	case macUA.MatchString(ua) && safariUA.MatchString(ua) && !notSafariUA.MatchString(ua):
		return "install.mac"
	case firefoxAndUA.MatchString(ua):
		return "install.firefox"
	}
	return ""
}

// browserInstallWay is installWay for this browser, or "" once the demo
// runs installed.
func browserInstallWay() string {
	w := app.Window()
	nav := w.Get("navigator")
	if nav.Get("standalone").Truthy() || w.Call("matchMedia", "(display-mode: standalone)").Get("matches").Truthy() {
		return ""
	}
	return installWay(nav.Get("userAgent").String(), nav.Get("maxTouchPoints").Int())
}
