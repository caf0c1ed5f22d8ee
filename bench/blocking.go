package main

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// The article's own rendering makes a long task around its load event in
// a third to a half of its loads at CPU x4, with or without the embed: a
// median of Total Blocking Time cannot say what the embed adds. A trace
// can: it shows which main-thread task ran the embed's scripts, and for how
// long.

// traceCategories are what Chromium's performance panel records: the
// main thread's tasks and the scripts each ran.
var traceCategories = []string{"devtools.timeline", "disabled-by-default-devtools.timeline"}

// traceEvent is the part of a Chromium trace event the attribution reads.
type traceEvent struct {
	Name    string  `json:"name"`
	Phase   string  `json:"ph"`
	Ts, Dur float64 // µs
	Pid     int     `json:"pid"`
	Tid     int     `json:"tid"`
	Args    struct {
		Name string `json:"name"` // a thread's, in its metadata
		Data struct {
			URL string `json:"url"`
		} `json:"data"`
	} `json:"args"`
}

// trace records a tab's trace from start until stop, which returns its
// events.
type trace struct {
	ctx    context.Context
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

// startTrace starts tracing the tab of ctx.
func startTrace(ctx context.Context) (*trace, error) {
	tr := &trace{ctx: ctx, done: make(chan struct{})}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			tr.mu.Lock()
			for _, raw := range e.Value {
				var te traceEvent
				if json.Unmarshal(raw, &te) == nil {
					tr.events = append(tr.events, te)
				}
			}
			tr.mu.Unlock()
		case *tracing.EventTracingComplete:
			close(tr.done)
		}
	})
	start := tracing.Start().
		WithTransferMode(tracing.TransferModeReportEvents).
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: traceCategories})
	return tr, chromedp.Run(ctx, start)
}

// stop ends the trace and returns its events once Chromium has sent them
// all.
func (tr *trace) stop() ([]traceEvent, error) {
	if err := chromedp.Run(tr.ctx, tracing.End()); err != nil {
		return nil, err
	}
	select {
	case <-tr.done:
	case <-tr.ctx.Done():
		return nil, tr.ctx.Err()
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.events, nil
}

// scriptEvents are the trace events in which a script runs or is
// compiled on the main thread, each naming its script's URL.
var scriptEvents = map[string]bool{"EvaluateScript": true, "FunctionCall": true, "v8.compile": true, "v8.compileModule": true, "v8.evaluateModule": true}

// embedAttribution is what the embed's scripts cost the article's main
// thread in one load, in ms: all their time, and the part of it that
// blocked input (beyond 50 ms in a task, as Total Blocking Time counts).
type embedAttribution struct{ Script, Blocking float64 }

// attributeEmbed reads from a trace the time the scripts at urls (the
// embed.js file, and the article's own address for the inline snippet)
// spent on the renderers' main threads, and how much of it made a task
// longer than 50 ms: in a task of d ms of which the embed's scripts took
// e, the embed blocked for min(e, d−50). Without the embed, that task
// would have been at least e shorter.
func attributeEmbed(events []traceEvent, urls ...string) embedAttribution {
	type thread struct{ pid, tid int }
	main := map[thread]bool{}
	for _, e := range events {
		if e.Phase == "M" && e.Name == "thread_name" && e.Args.Name == "CrRendererMain" {
			main[thread{e.Pid, e.Tid}] = true
		}
	}
	type span struct{ from, to float64 }
	var tasks, scripts []span
	for _, e := range events {
		if e.Phase != "X" || !main[thread{e.Pid, e.Tid}] {
			continue
		}
		switch {
		case e.Name == "RunTask":
			tasks = append(tasks, span{e.Ts, e.Ts + e.Dur})
		case scriptEvents[e.Name] && slices.Contains(urls, e.Args.Data.URL),
			// A module's evaluation names no script. The article has no
			// module of its own: every one evaluated is the snippet.
			e.Name == "v8.evaluateModule" && e.Args.Data.URL == "":
			scripts = append(scripts, span{e.Ts, e.Ts + e.Dur})
		}
	}
	// A script's events nest (a call compiles, then runs): count the time
	// they cover once.
	sort.Slice(scripts, func(i, j int) bool { return scripts[i].from < scripts[j].from })
	var covered []span
	for _, s := range scripts {
		if n := len(covered); n > 0 && s.from <= covered[n-1].to {
			covered[n-1].to = max(covered[n-1].to, s.to)
			continue
		}
		covered = append(covered, s)
	}
	var a embedAttribution
	for _, s := range covered {
		a.Script += (s.to - s.from) / 1000
	}
	for _, t := range tasks {
		over := (t.to-t.from)/1000 - 50
		if over <= 0 {
			continue
		}
		var in float64
		for _, s := range covered {
			in += max(0, min(s.to, t.to)-max(s.from, t.from)) / 1000
		}
		a.Blocking += min(in, over)
	}
	return a
}

// embedScripts are the URLs attributeEmbed counts as the embed's on the
// article at articleURL, the demo served at demo.
func embedScripts(articleURL, demo string) []string {
	return []string{strings.TrimSuffix(demo, "/") + "/web/embed.js", articleURL}
}
