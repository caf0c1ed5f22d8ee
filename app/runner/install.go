package runner

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hasWord reports whether word stands in ua as a whole word (as regexp's
// \b would say), without compiling regular expressions at start-up.
func hasWord(ua, word string) bool {
	for i := 0; ; {
		j := strings.Index(ua[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		if (start == 0 || !isWordByte(ua[start-1])) && (end == len(ua) || !isWordByte(ua[end])) {
			return true
		}
		i = start + 1
	}
}

// isWordByte is regexp's \w: an ASCII letter, digit or underscore.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// hasAnyWord reports whether any of words stands in ua as a whole word.
func hasAnyWord(ua string, words ...string) bool {
	for _, w := range words {
		if hasWord(ua, w) {
			return true
		}
	}
	return false
}

// installWay is the catalogue key of how a person installs the demo in a
// browser that offers no install prompt (no beforeinstallprompt): Share ›
// Add to Home Screen on iPhone and iPad (any browser there is WebKit),
// File › Add to Dock in Safari on a Mac, the menu in Firefox for Android;
// "" where the browser either prompts or cannot install (desktop Firefox).
// touchPoints tells an iPad, which says it is a Mac, from a Mac.
func installWay(ua string, touchPoints int) string {
	mac := hasWord(ua, "Macintosh")
	switch {
	case strings.Contains(ua, "iPhone"), strings.Contains(ua, "iPad"), strings.Contains(ua, "iPod"), mac && touchPoints > 1:
		return "install.apple"
	case mac && hasWord(ua, "Safari") && !hasAnyWord(ua, "Chrome", "Chromium", "Edg", "OPR", "Brave", "Firefox"):
		return "install.mac"
	case strings.Contains(ua, "Android") && hasWord(ua[strings.Index(ua, "Android"):], "Firefox"):
		return "install.firefox"
	}
	return ""
}

// InstallWay is the catalogue key of how a person installs the demo in
// this browser (installWay), or "" once the demo runs installed.
func InstallWay() string {
	w := app.Window()
	nav := w.Get("navigator")
	if nav.Get("standalone").Truthy() || w.Call("matchMedia", "(display-mode: standalone)").Get("matches").Truthy() {
		return ""
	}
	return installWay(nav.Get("userAgent").String(), nav.Get("maxTouchPoints").Int())
}
