package app

import (
	"strings"
	"testing"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// TestToursPointAtRealScreens fails when a screen a tour relies on is
// renamed or gone, so published tutorials never point nowhere.
func TestToursPointAtRealScreens(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Paths() {
		known[p] = true
	}
	seen := map[string]bool{}
	for _, tr := range tour.All() {
		if seen[tr.ID] {
			t.Errorf("tour id %q is repeated", tr.ID)
		}
		seen[tr.ID] = true
		if !i18n.Has(tr.Title) || len(tr.Steps) == 0 {
			t.Errorf("tour %s: no title or no steps", tr.ID)
		}
		if _, err := wallet.LookupRuleset(tr.Start.Rules); err != nil {
			t.Errorf("tour %s: %v", tr.ID, err)
		}
		if _, ok := wallet.LookupRegion(tr.Start.Region); !ok {
			t.Errorf("tour %s: unknown region %q", tr.ID, tr.Start.Region)
		}
		for i, s := range tr.Steps {
			if !known[s.Route] || (s.Done.Route != "" && !known[s.Done.Route]) {
				t.Errorf("tour %s step %d (%s): screen %q or %q does not exist", tr.ID, i, s.ID, s.Route, s.Done.Route)
			}
			if !i18n.Has(s.Text) || s.Target == "" || (s.Done.Route == "") == (s.Done.Event == "") {
				t.Errorf("tour %s step %d (%s): needs words, a target and exactly one way to complete", tr.ID, i, s.ID)
			}
		}
	}
}

func TestTourCompletes(t *testing.T) {
	tr, _ := tour.Lookup("setup")
	if !tr.Completes(0, "/me", nil) || tr.Completes(0, "/contacts", nil) {
		t.Error("a route step completes on its screen only")
	}
	last := len(tr.Steps) - 1
	if !tr.Completes(last, "", []wallet.Event{{Kind: wallet.EventActivated}}) || tr.Completes(last, "", []wallet.Event{{Kind: wallet.EventCardLinked}}) {
		t.Error("an event step completes on its event only")
	}
	if tr.Completes(-1, "/me", nil) || tr.Completes(len(tr.Steps), "/me", nil) {
		t.Error("steps out of range complete nothing")
	}
}

// TestTourScriptsAreWellFormed: each autoplay action does one thing, names
// a control by a catalogue key that exists, and opens only real screens.
func TestTourScriptsAreWellFormed(t *testing.T) {
	known := map[string]bool{}
	for _, p := range Paths() {
		known[p] = true
	}
	for _, tr := range tour.All() {
		for i := range tr.Steps {
			for _, a := range tr.Actions(i) {
				kinds := 0
				for _, set := range []bool{a.Tap != "", a.Press != "", a.Fill != "", a.Keys != "", a.Open != ""} {
					if set {
						kinds++
					}
				}
				switch {
				case kinds != 1:
					t.Errorf("tour %s step %d: %+v does not do exactly one thing", tr.ID, i, a)
				case a.Press != "" && !i18n.Has(a.Press):
					t.Errorf("tour %s step %d: no words %q to find a control by", tr.ID, i, a.Press)
				case a.Open != "" && !known[a.Open]:
					t.Errorf("tour %s step %d: no screen %s", tr.ID, i, a.Open)
				case a.Fill != "" && (a.Text == "") == (a.Copy == ""):
					t.Errorf("tour %s step %d: a field gets either a text or a copy", tr.ID, i)
				case a.Keys != "" && strings.Trim(a.Keys, "0123456789") != "":
					t.Errorf("tour %s step %d: the number pad has no keys %q", tr.ID, i, a.Keys)
				}
			}
		}
	}
}
