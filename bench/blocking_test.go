package main

import (
	"strings"
	"testing"
)

func TestAttributeEmbed(t *testing.T) {
	const page, embedJS = "https://article.example/a.html", "https://demo.example/web/embed.js"
	ev := func(name string, tid int, fromMs, durMs float64, url string) traceEvent {
		e := traceEvent{Name: name, Phase: "X", Ts: fromMs * 1000, Dur: durMs * 1000, Pid: 1, Tid: tid}
		e.Args.Data.URL = url
		return e
	}
	mainThread := traceEvent{Name: "thread_name", Phase: "M", Pid: 1, Tid: 7}
	mainThread.Args.Name = "CrRendererMain"
	for _, c := range []struct {
		name   string
		events []traceEvent
		want   embedAttribution
	}{
		{"no embed", []traceEvent{mainThread, ev("RunTask", 7, 0, 200, ""), ev("EvaluateScript", 7, 10, 30, "")}, embedAttribution{}},
		{"a short task", []traceEvent{mainThread, ev("RunTask", 7, 0, 40, ""), ev("EvaluateScript", 7, 5, 30, embedJS)}, embedAttribution{Script: 30}},
		{"a task long without the embed", []traceEvent{mainThread, ev("RunTask", 7, 0, 120, ""), ev("FunctionCall", 7, 100, 10, page)}, embedAttribution{Script: 10, Blocking: 10}},
		{"the embed makes the task long", []traceEvent{mainThread, ev("RunTask", 7, 0, 58, ""), ev("EvaluateScript", 7, 40, 12, embedJS)}, embedAttribution{Script: 12, Blocking: 8}},
		{"nested events count once", []traceEvent{mainThread, ev("RunTask", 7, 0, 100, ""), ev("EvaluateScript", 7, 10, 20, embedJS), ev("v8.compile", 7, 12, 5, embedJS), ev("FunctionCall", 7, 25, 10, page)}, embedAttribution{Script: 25, Blocking: 25}},
		{"another thread", []traceEvent{mainThread, ev("RunTask", 8, 0, 100, ""), ev("EvaluateScript", 8, 10, 20, embedJS)}, embedAttribution{}},
		{"the snippet's module, evaluated", []traceEvent{mainThread, ev("RunTask", 7, 0, 70, ""), ev("v8.evaluateModule", 7, 5, 3, "")}, embedAttribution{Script: 3, Blocking: 3}},
		{"other scripts", []traceEvent{mainThread, ev("RunTask", 7, 0, 100, ""), ev("EvaluateScript", 7, 10, 20, "https://article.example/ads.js")}, embedAttribution{}},
	} {
		if got := attributeEmbed(c.events, embedJS, page); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestArticleTableJudgesEveryLoad(t *testing.T) {
	loads := func(blocking ...float64) []articleFigures {
		var fs []articleFigures
		for _, b := range blocking {
			fs = append(fs, articleFigures{Embed: embedAttribution{Script: 3, Blocking: b}})
		}
		return fs
	}
	for _, c := range []struct {
		below []float64
		want  string
	}{
		{[]float64{0, 0, 0}, "below, in every load 0.0 (≤ 0.0): pass"},
		// One load in three is enough to miss, though the median is 0.
		{[]float64{0, 4.5, 0}, "below, in every load 4.5 (≤ 0.0): FAIL"},
	} {
		r := articleResult{Lighthouse: map[string][]articleFigures{}, Chromium: map[string][]articleFigures{
			"/none.html": loads(0, 0, 0), "/below.html": loads(c.below...), "/poster.html": loads(0, 0, 0),
		}}
		if got := r.table(); !strings.Contains(got, c.want) {
			t.Errorf("blocking %v: the table does not say %q:\n%s", c.below, c.want, got)
		}
	}
}
