package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// rates are the CPU throttling rates measured: full speed, and a quarter of
// it, roughly a mid-range phone.
var rates = []int{1, 4}

// budget is the most the demo may cost over the floor: its brotli app.wasm
// and its time to live at CPU x4.
const budget = 1.25

// sizes are the bytes of app.wasm and of its precompressed siblings.
type sizes struct{ Raw, Gzip, Brotli int64 }

// timing is one page load, in milliseconds from the start of navigation.
type timing struct{ FCP, Live float64 }

// load names one kind of page load: a CPU throttling rate, cold or warm.
type load struct {
	Rate int
	Warm bool
}

// result is what the bench measured of one site.
type result struct {
	Sizes sizes
	Loads map[load][]timing
}

// add records one run's cold and warm loads at a CPU rate.
func (r *result) add(rate int, cold, warm timing) {
	if r.Loads == nil {
		r.Loads = map[load][]timing{}
	}
	r.Loads[load{rate, false}] = append(r.Loads[load{rate, false}], cold)
	r.Loads[load{rate, true}] = append(r.Loads[load{rate, true}], warm)
}

// medians returns the median first contentful paint and time to live of
// the loads of kind l.
func (r result) medians(l load) (fcp, live float64) {
	var fcps, lives []float64
	for _, t := range r.Loads[l] {
		fcps = append(fcps, t.FCP)
		lives = append(lives, t.Live)
	}
	return median(fcps), median(lives)
}

// median is the middle value of xs, or the mean of the two middle ones;
// 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// results are the demo's figures and the floor's.
type results struct{ App, Floor result }

// table renders the results as a markdown table, one metric a row, the
// budgeted ones marked pass or FAIL.
func (rs results) table() string {
	var b strings.Builder
	b.WriteString("| metric | app | floor | app/floor |\n| --- | ---: | ---: | ---: |\n")
	row := func(metric string, app, floor float64, budgeted bool) {
		ratio := fmt.Sprintf("%.2f", app/floor)
		if budgeted {
			verdict := "pass"
			if app > budget*floor {
				verdict = "FAIL"
			}
			ratio += fmt.Sprintf(" (budget ≤ %.2f: %s)", budget, verdict)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", metric, group(app), group(floor), ratio)
	}
	for _, s := range []struct {
		name string
		get  func(sizes) int64
	}{
		{"raw", func(s sizes) int64 { return s.Raw }},
		{"gzip", func(s sizes) int64 { return s.Gzip }},
		{"brotli", func(s sizes) int64 { return s.Brotli }},
	} {
		row("app.wasm "+s.name+" (bytes)", float64(s.get(rs.App.Sizes)), float64(s.get(rs.Floor.Sizes)), s.name == "brotli")
	}
	for _, rate := range rates {
		for _, warm := range []bool{false, true} {
			l := load{rate, warm}
			state := "cold"
			if warm {
				state = "warm"
			}
			appFCP, appLive := rs.App.medians(l)
			floorFCP, floorLive := rs.Floor.medians(l)
			row(fmt.Sprintf("first contentful paint, %s, CPU x%d (ms)", state, rate), appFCP, floorFCP, false)
			row(fmt.Sprintf("time to live, %s, CPU x%d (ms)", state, rate), appLive, floorLive, rate == 4)
		}
	}
	return b.String()
}

// group formats x rounded to a whole number, thousands apart by commas.
func group(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// The README's bench figures sit between these markers.
const (
	startMarker = "<!-- bench:start -->"
	endMarker   = "<!-- bench:end -->"
)

// splice returns readme with whatever was between the bench markers
// replaced by block, the markers and everything else kept as they were.
func splice(readme, block string) (string, error) {
	before, rest, ok := strings.Cut(readme, startMarker)
	if !ok {
		return "", errors.New("no " + startMarker + " marker")
	}
	_, after, ok := strings.Cut(rest, endMarker)
	if !ok {
		return "", errors.New("no " + endMarker + " marker after " + startMarker)
	}
	return before + startMarker + "\n" + strings.TrimSpace(block) + "\n" + endMarker + after, nil
}
