package tour

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"walletdemo/wallet"
)

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
	// Play is what the tour's autoplay does to complete the step, as a
	// person would; empty, it taps Target.
	Play []Action
}

// Action is one thing the autoplay does. Exactly one of Tap, Press, Fill,
// Keys and Open is set.
type Action struct {
	// _ makes Action incomparable, so the compiler writes no equality
	// functions for it and the arrays behind the scripts' literals.
	_ [0]func()
	// Tap is a CSS selector of the control to tap.
	Tap string
	// Press names the control to tap by the catalogue key of its words or
	// label, so a script reads in every language.
	Press string
	// Fill is a CSS selector of a field to type Text into, or, with Copy,
	// the text of the element Copy selects (a code the demo "sent").
	Fill string
	Text string
	Copy string
	// Keys are tapped in turn on the screen's number pad, once it is empty.
	Keys string
	// Open goes to a route: another device, like the shop's till.
	Open string
}

// Actions returns what the autoplay does for step i.
func (t Tour) Actions(i int) []Action {
	s := t.Steps[i]
	if len(s.Play) > 0 {
		return s.Play
	}
	return []Action{{Tap: s.Target}}
}

// ReadingTime is how long the autoplay leaves a tip's text to be read
// before acting: about 200 words a minute — a Chinese character reads as
// well over half a word — and never under 1.5 s.
func ReadingTime(text string) time.Duration {
	words, han := 0.0, 0
	for _, w := range strings.Fields(text) {
		n := 0
		for _, r := range w {
			if unicode.Is(unicode.Han, r) {
				n++
			}
		}
		han += n
		if n < utf8.RuneCountInString(w) {
			words++
		}
	}
	words += float64(han) * 0.6
	d := time.Duration(words / 200 * float64(time.Minute))
	return max(d, MinReading)
}

// MinReading is the least time a step's tip is shown before the autoplay
// acts.
const MinReading = 1500 * time.Millisecond

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

// Entry returns the furthest step, up to step, that opens straight after
// the tour's Start: the payment tours start ready, so any; the others up
// to the first step something is done on (linking a card needs the steps
// before it), since the state such a step leaves cannot be skipped to.
func (t Tour) Entry(step int) int {
	if t.Start.Active {
		return step
	}
	for i, s := range t.Steps[:step] {
		if s.Done.Event != "" {
			return i
		}
	}
	return step
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
