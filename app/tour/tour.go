// Package tour holds the guided tours as data — which screen, which
// control, which words, and what the user must really do to go on — and
// the rule that decides when a step is done. It knows nothing of go-app,
// so the tours are tested natively, and a renamed screen fails a test.
package tour

import "walletdemo/wallet"

// Tour is one guided walk through a flow.
type Tour struct {
	ID string
	// Title is the catalogue key of the tour's name.
	Title string
	// Start is the persona and ruleset the tour begins with; starting the
	// tour from its first step sets the demo up so.
	Start Start
	Steps []Step
}

// Start is who the user is when a tour begins.
type Start struct {
	Region wallet.RegionCode
	Rules  wallet.RulesetID
	// Active starts with the wallet already set up (for the payment tours).
	Active bool
}

// Step is one thing to do.
type Step struct {
	ID string
	// Route is the screen the step happens on, where a deep link to the
	// step opens.
	Route string
	// Target is a CSS selector of the control the tip points at.
	Target string
	// Text is the catalogue key of the tip's words.
	Text string
	// Done is what really completes the step.
	Done Done
}

// Done completes a step: reaching a screen, or an engine event.
type Done struct {
	Route string
	Event wallet.EventKind
}

// Completes reports whether reaching route, or events, completes step i of
// t.
func (t Tour) Completes(i int, route string, events []wallet.Event) bool {
	if i < 0 || i >= len(t.Steps) {
		return false
	}
	d := t.Steps[i].Done
	if d.Route != "" && d.Route == route {
		return true
	}
	for _, e := range events {
		if d.Event != "" && e.Kind == d.Event {
			return true
		}
	}
	return false
}

// Lookup returns the built-in tour id.
func Lookup(id string) (Tour, bool) {
	for _, t := range All() {
		if t.ID == id {
			return t, true
		}
	}
	return Tour{}, false
}
