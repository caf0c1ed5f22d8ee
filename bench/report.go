package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The budgets: the most the demo may cost over the floor (its brotli
// app.wasm, its time to live at CPU x4), and the most it may take at all:
// what a reader waits for.
const (
	budget           = 1.30
	budgetBrotli     = 1_700_000 // bytes of brotli app.wasm
	budgetFCP        = 600       // ms, any first contentful paint
	budgetPhone      = 2600      // ms, live after a phone-like cold load
	budgetPhoneRatio = 1.25      // the same, times the floor's
	budgetTapP95     = 50        // ms, 95th percentile of taps to the next frame
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
	// Lighthouse are the figures of each Lighthouse run, by audit name.
	Lighthouse map[string][]float64
}

// addLighthouse records the figures of one Lighthouse run.
func (r *result) addLighthouse(figures map[string]float64) {
	if r.Lighthouse == nil {
		r.Lighthouse = map[string][]float64{}
	}
	for name, x := range figures {
		r.Lighthouse[name] = append(r.Lighthouse[name], x)
	}
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
// export, the floor's, the stock floor's and the engine floor's.
type results struct{ App, Static, Floor, Stock, Engine result }

// limit is a budget: at most Ratio times the floor's figure, at most Max,
// or both, whichever is less.
type limit struct{ Ratio, Max float64 }

// String says the budget.
func (l limit) String() string {
	var parts []string
	if l.Ratio > 0 {
		parts = append(parts, fmt.Sprintf("≤ %.2f × floor", l.Ratio))
	}
	if l.Max > 0 {
		parts = append(parts, "≤ "+group(l.Max))
	}
	return strings.Join(parts, " and ")
}

// verdict says whether x, beside the floor's figure, keeps to the budget,
// and by how much it misses.
func (l limit) verdict(x, floor float64, unit string) string {
	most := math.Inf(1)
	if l.Ratio > 0 {
		most = l.Ratio * floor
	}
	if l.Max > 0 {
		most = min(most, l.Max)
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
	b.WriteString("| metric | app | static export | floor | stock floor | app/floor | app/stock floor | budget |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n")
	none := math.NaN()
	row := func(metric, unit string, app, static, floor, stock float64, budget *limit) {
		cell := func(x float64) string {
			if math.IsNaN(x) || x == 0 {
				return "—"
			}
			return group(x)
		}
		ratio := func(to float64) string {
			if math.IsNaN(to) || to == 0 {
				return "—"
			}
			return fmt.Sprintf("%.2f", app/to)
		}
		verdict := ""
		if budget != nil {
			verdict = fmt.Sprintf("%s: app %s, static %s", budget, budget.verdict(app, floor, unit), budget.verdict(static, floor, unit))
		}
		fmt.Fprintf(&b, "| %s (%s) | %s | %s | %s | %s | %s | %s | %s |\n", metric, unit, cell(app), cell(static), cell(floor), cell(stock), ratio(floor), ratio(stock), verdict)
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
			l = &limit{Ratio: budget, Max: budgetBrotli}
		}
		row("app.wasm "+s.name, "bytes", float64(s.get(rs.App.Sizes)), float64(s.get(rs.Static.Sizes)), float64(s.get(rs.Floor.Sizes)), float64(s.get(rs.Stock.Sizes)), l)
	}
	for _, k := range kinds {
		appFCP, appLive := rs.App.medians(k)
		staticFCP, staticLive := rs.Static.medians(k)
		floorFCP, floorLive := rs.Floor.medians(k)
		stockFCP, stockLive := rs.Stock.medians(k)
		var live *limit
		switch k {
		case phone:
			live = &limit{Ratio: budgetPhoneRatio, Max: budgetPhone}
		case cold, warm:
			live = &limit{Ratio: budget}
		}
		what := fmt.Sprintf("%s, CPU x%d", k, rate)
		row("first contentful paint, "+what, "ms", appFCP, staticFCP, floorFCP, stockFCP, &limit{Max: budgetFCP})
		row("time to live, "+what, "ms", appLive, staticLive, floorLive, stockLive, live)
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
		row(what+", median", "ms", median(app), median(static), none, none, nil)
		row(what+", p95", "ms", p95(app), p95(static), none, none, &limit{Max: budgetTapP95})
	}
	return b.String()
}

// lighthouseTable renders the medians of the Lighthouse runs on / of the
// demo and both floors, the budgeted figures with the demo's verdict.
func (rs results) lighthouseTable() string {
	var b strings.Builder
	b.WriteString("| Lighthouse, mobile, on / | app | floor | stock floor | budget |\n| --- | ---: | ---: | ---: | --- |\n")
	for _, a := range audits {
		cell := func(r result) string {
			xs := r.Lighthouse[a.Name]
			if len(xs) == 0 {
				return "—"
			}
			return group(median(xs))
		}
		verdict := ""
		if xs := rs.App.Lighthouse[a.Name]; a.budget != nil && len(xs) > 0 {
			verdict = fmt.Sprintf("%s: %s", a.budget, a.budget.verdict(median(xs), a.Unit))
		}
		name := a.Name
		if a.Unit != "" {
			name += " (" + a.Unit + ")"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", name, cell(rs.App), cell(rs.Floor), cell(rs.Stock), verdict)
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
	l := limit{Ratio: budget, Max: budgetBrotli}
	allowed := min(budget*float64(rs.Floor.Sizes.Brotli), budgetBrotli)
	fmt.Fprintf(&b, "\nThe engine floor is the floor with the engine, the texts, QR and Code 128 but no screen. The screens and what runs them (tours, embedding, storage) take %s bytes of brotli app.wasm; the budget (%s) leaves them %s.\n",
		group(float64(rs.App.Sizes.Brotli-rs.Engine.Sizes.Brotli)), l, group(math.Round(allowed)-float64(rs.Engine.Sizes.Brotli)))
	return b.String()
}
