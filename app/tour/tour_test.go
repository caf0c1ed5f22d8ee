package tour

import (
	"strings"
	"testing"
	"time"
)

func TestReadingTime(t *testing.T) {
	for _, c := range []struct {
		text string
		want time.Duration
	}{
		{"", MinReading},
		{"Tap Wallet.", MinReading},
		// 20 words at 200 a minute.
		{strings.Repeat("word ", 20), 6 * time.Second},
		// 20 Chinese characters read as 12 words.
		{strings.Repeat("钱", 20), 3600 * time.Millisecond},
	} {
		if got := ReadingTime(c.text); got != c.want {
			t.Errorf("ReadingTime(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

func TestActionsDefaultToTappingTheTarget(t *testing.T) {
	tr, _ := Lookup("setup")
	if got := tr.Actions(0); len(got) != 1 || got[0].Tap != tr.Steps[0].Target {
		t.Errorf("a step without a script taps its target: %+v", got)
	}
	if got := tr.Actions(len(tr.Steps) - 1); len(got) != len(setPIN) {
		t.Errorf("a step with a script plays it: %+v", got)
	}
}

func TestEntry(t *testing.T) {
	for _, c := range []struct {
		tour       string
		step, want int
	}{
		{"setup", 0, 0},
		{"setup", 4, 4}, // Cards, after screens a link can open
		{"setup", 6, 5}, // the PIN needs a card: linking one comes first
		{"activate", 4, 1},
		{"red-packet", 3, 3}, // the tour starts ready to pay
	} {
		tr, _ := Lookup(c.tour)
		if got := tr.Entry(c.step); got != c.want {
			t.Errorf("%s: Entry(%d) = %d, want %d", c.tour, c.step, got, c.want)
		}
	}
}
