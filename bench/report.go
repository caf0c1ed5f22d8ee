package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The budgets: the most the demo may cost over the floor (its brotli
// app.wasm, its time to live at CPU x4), and the most it may take at all.
const (
	budget       = 1.15
	budgetFCP    = 600  // ms, any first contentful paint
	budgetPhone  = 3000 // ms, live after a phone-like cold load
	budgetTapP95 = 50   // ms, 95th percentile of taps to the next frame
)

// sizes are the bytes of app.wasm and of its precompressed siblings.
type sizes struct{ Raw, Gzip, Brotli int64 }

// timing is one page load, in milliseconds from the start of navigation.
type timing struct{ FCP, Live float64 }

// kind is a kind of page load.
type kind int

const (
	cold    kind = iota // a new profile
	warm                // again, served by the service worker
	phone               // cold over a phone-like network
	offline             // warm with the server stopped
)

func (k kind) String() string {
	return [...]string{"cold", "warm", "phone-like cold (9 Mbit/s, 165 ms RTT)", "offline warm"}[k]
}

// kinds are the kinds of page load the table has, in its order.
var kinds = []kind{cold, warm, offline, phone}

// result is what the bench measured of one site.
type result struct {
	Sizes sizes
	Loads map[kind][]timing
	Taps  *taps // nil where there is nothing to tap
}

// add records one page load.
func (r *result) add(k kind, t timing) {
	if r.Loads == nil {
		r.Loads = map[kind][]timing{}
	}
	r.Loads[k] = append(r.Loads[k], t)
}

// medians returns the median first contentful paint and time to live of
// the loads of kind k.
func (r result) medians(k kind) (fcp, live float64) {
	var fcps, lives []float64
	for _, t := range r.Loads[k] {
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

// p95 is the 95th percentile of xs by the nearest rank (of 50 taps, the
// 48th fastest); 0 for none.
func p95(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	return s[int(math.Ceil(0.95*float64(len(s))))-1]
}

// results are the demo's figures, served by its server and as a static
// export, the floor's and the engine floor's.
type results struct{ App, Static, Floor, Engine result }

// limit is a budget: at most Ratio times the floor's figure, or, without a
// ratio, at most Max.
type limit struct{ Ratio, Max float64 }

// String says the budget.
func (l limit) String() string {
	if l.Ratio > 0 {
		return fmt.Sprintf("≤ %.2f × floor", l.Ratio)
	}
	return "≤ " + group(l.Max)
}

// verdict says whether x, beside the floor's figure, keeps to the budget,
// and by how much it misses.
func (l limit) verdict(x, floor float64, unit string) string {
	most := l.Max
	if l.Ratio > 0 {
		most = l.Ratio * floor
	}
	if x <= most {
		return "pass"
	}
	return fmt.Sprintf("FAIL by %s %s", group(x-most), unit)
}

// table renders the results as a markdown table, one metric a row, the
// budgeted ones with the app's and the static export's verdicts.
func (rs results) table() string {
	var b strings.Builder
	b.WriteString("| metric | app | static export | floor | app/floor | budget |\n| --- | ---: | ---: | ---: | ---: | --- |\n")
	none := math.NaN()
	row := func(metric, unit string, app, static, floor float64, budget *limit) {
		cell := func(x float64) string {
			if math.IsNaN(x) {
				return "—"
			}
			return group(x)
		}
		ratio := "—"
		if !math.IsNaN(floor) {
			ratio = fmt.Sprintf("%.2f", app/floor)
		}
		verdict := ""
		if budget != nil {
			verdict = fmt.Sprintf("%s: app %s, static %s", budget, budget.verdict(app, floor, unit), budget.verdict(static, floor, unit))
		}
		fmt.Fprintf(&b, "| %s (%s) | %s | %s | %s | %s | %s |\n", metric, unit, cell(app), cell(static), cell(floor), ratio, verdict)
	}
	for _, s := range []struct {
		name string
		get  func(sizes) int64
	}{
		{"raw", func(s sizes) int64 { return s.Raw }},
		{"gzip", func(s sizes) int64 { return s.Gzip }},
		{"brotli", func(s sizes) int64 { return s.Brotli }},
	} {
		var l *limit
		if s.name == "brotli" {
			l = &limit{Ratio: budget}
		}
		row("app.wasm "+s.name, "bytes", float64(s.get(rs.App.Sizes)), float64(s.get(rs.Static.Sizes)), float64(s.get(rs.Floor.Sizes)), l)
	}
	for _, k := range kinds {
		appFCP, appLive := rs.App.medians(k)
		staticFCP, staticLive := rs.Static.medians(k)
		floorFCP, floorLive := rs.Floor.medians(k)
		var live *limit
		switch k {
		case phone:
			live = &limit{Max: budgetPhone}
		case cold, warm:
			live = &limit{Ratio: budget}
		}
		what := fmt.Sprintf("%s, CPU x%d", k, rate)
		row("first contentful paint, "+what, "ms", appFCP, staticFCP, floorFCP, &limit{Max: budgetFCP})
		row("time to live, "+what, "ms", appLive, staticLive, floorLive, live)
	}
	for _, c := range []struct {
		name string
		get  func(taps) []float64
	}{
		{"a PIN pad key", func(t taps) []float64 { return t.PINKey }},
		{"a tab", func(t taps) []float64 { return t.Tab }},
	} {
		var app, static []float64
		if rs.App.Taps != nil {
			app = c.get(*rs.App.Taps)
		}
		if rs.Static.Taps != nil {
			static = c.get(*rs.Static.Taps)
		}
		what := fmt.Sprintf("tap on %s to the next frame, CPU x%d", c.name, rate)
		row(what+", median", "ms", median(app), median(static), none, nil)
		row(what+", p95", "ms", p95(app), p95(static), none, &limit{Max: budgetTapP95})
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

// engineTable sets the demo beside the floor and the engine floor, by
// brotli app.wasm and time to live, and says what the budget leaves the
// screens: the part of the demo a leaner UI could shrink.
func (rs results) engineTable() string {
	var b strings.Builder
	b.WriteString("| metric | floor | engine floor | demo | engine floor/floor | demo/floor |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(metric string, floor, engine, app float64) {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %.2f | %.2f |\n", metric, group(floor), group(engine), group(app), engine/floor, app/floor)
	}
	row("app.wasm brotli (bytes)", float64(rs.Floor.Sizes.Brotli), float64(rs.Engine.Sizes.Brotli), float64(rs.App.Sizes.Brotli))
	for _, k := range []kind{cold, warm} {
		_, floor := rs.Floor.medians(k)
		_, engine := rs.Engine.medians(k)
		_, app := rs.App.medians(k)
		row(fmt.Sprintf("time to live, %s, CPU x%d (ms)", k, rate), floor, engine, app)
	}
	allowed := int64(math.Round(budget * float64(rs.Floor.Sizes.Brotli)))
	fmt.Fprintf(&b, "\nThe engine floor is the floor with the engine, the texts, QR and Code 128 but no screen. The screens and what runs them (tours, embedding, storage) take %s bytes of brotli app.wasm; the budget of %.2f × the floor leaves them %s.\n",
		group(float64(rs.App.Sizes.Brotli-rs.Engine.Sizes.Brotli)), budget, group(float64(allowed-rs.Engine.Sizes.Brotli)))
	return b.String()
}
