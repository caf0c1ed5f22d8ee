package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render mounts c in go-app's test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// screenAt is the screen routed at path, as the router makes it.
func screenAt(path string) app.Composer {
	for _, r := range routes {
		if r.Path == path {
			return r.composer()()
		}
	}
	return notFound.composer()()
}

func TestTabBarMarksTheCurrentTab(t *testing.T) {
	for _, c := range []struct {
		screen app.Composer
		tab    string
	}{{screenAt("/"), "Chats"}, {screenAt("/contacts"), "Contacts"}, {screenAt("/discover"), "Discover"}, {screenAt("/me"), "Me"}} {
		html := render(t, c.screen)
		if n := strings.Count(html, `aria-current="page"`); n != 1 {
			t.Errorf("%T marks %d tabs current", c.screen, n)
		}
		i := strings.Index(html, `aria-current="page"`)
		if j := strings.Index(html[i:], "<span>"+c.tab+"</span>"); j < 0 || j > 800 {
			t.Errorf("%T: the current tab is not %s", c.screen, c.tab)
		}
	}
}

func TestSubScreensHaveBackAndNoTabs(t *testing.T) {
	for _, c := range []app.Composer{screenAt("/settings"), screenAt("/services")} {
		html := render(t, c)
		if strings.Contains(html, `class="tabbar"`) || !strings.Contains(html, `aria-label="Back"`) {
			t.Errorf("%T: want a back link and no tab bar", c)
		}
	}
}

func TestMoneyScreensSayDemo(t *testing.T) {
	if html := render(t, screenAt("/services")); !strings.Contains(html, "Demo — no real money") {
		t.Error("Pay and Services lacks the demo notice")
	}
}

func TestSettingsOffersEveryLanguage(t *testing.T) {
	html := render(t, screenAt("/settings"))
	for _, name := range []string{"English", "简体中文", "繁體中文（香港）"} {
		if !strings.Contains(html, name) {
			t.Errorf("settings lacks %s", name)
		}
	}
	if strings.Count(html, `type="radio"`) != 3 || strings.Count(html, "checked") != 1 {
		t.Error("want three radios, one checked")
	}
}

func TestRoutesArePaths(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Paths() {
		if !strings.HasPrefix(p, "/") || seen[p] {
			t.Errorf("bad or repeated route %q", p)
		}
		seen[p] = true
	}
}

func TestNotFoundLeadsHome(t *testing.T) {
	html := render(t, screenAt("/nowhere"))
	if !strings.Contains(html, "Page not found") || !strings.Contains(html, `href="/"`) {
		t.Errorf("the not-found screen lacks its title or the way home:\n%s", html)
	}
}
