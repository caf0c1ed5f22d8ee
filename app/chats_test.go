package app

import (
	"slices"
	"sort"
	"testing"
	"time"
)

// TestChatsNewestFirst: conversations run newest first, and those at the
// same time keep one order, whatever order they came in.
func TestChatsNewestFirst(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	want := []string{"new", "a", "b", "c", "old"}
	rows := []chatSummary{{Key: "c", Time: at}, {Key: "old", Time: at.Add(-time.Hour)}, {Key: "b", Time: at}, {Key: "new", Time: at.Add(time.Hour)}, {Key: "a", Time: at}}
	for range 10 {
		sort.Sort(newestFirst(rows))
		var got []string
		for _, r := range rows {
			got = append(got, r.Key)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("order %q, want %q", got, want)
		}
		slices.Reverse(rows)
	}
}
