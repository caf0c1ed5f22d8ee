package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{7}, 7},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{9, 9, 1, 2, 100}, 9},
	} {
		if got := median(c.xs); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.xs, got, c.want)
		}
	}
	xs := []float64{3, 1, 2}
	median(xs)
	if xs[0] != 3 || xs[1] != 1 || xs[2] != 2 {
		t.Errorf("median reordered its argument: %v", xs)
	}
}

func TestGroup(t *testing.T) {
	for x, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 1448761: "1,448,761", 12.6: "13"} {
		if got := group(x); got != want {
			t.Errorf("group(%v) = %q, want %q", x, got, want)
		}
	}
}

func TestP95(t *testing.T) {
	var xs []float64
	for i := 50; i >= 1; i-- {
		xs = append(xs, float64(i))
	}
	if got := p95(xs); got != 48 {
		t.Errorf("p95 of 1…50 = %v, want 48", got)
	}
	if got := p95([]float64{3}); got != 3 {
		t.Errorf("p95 of one = %v", got)
	}
}

func TestTable(t *testing.T) {
	var rs results
	rs.App.Sizes = sizes{Raw: 7000000, Gzip: 2000000, Brotli: 1500000}
	rs.Static.Sizes = rs.App.Sizes
	rs.Floor.Sizes = sizes{Raw: 6000000, Gzip: 1800000, Brotli: 1000000}
	rs.Stock.Sizes = sizes{Raw: 8000000, Gzip: 2200000, Brotli: 1200000}
	for _, live := range []float64{500, 700, 600} {
		rs.App.add(cold, timing{FCP: 300, Live: live*2 + 200})
		rs.Stock.add(cold, timing{FCP: 400, Live: 2000})
		rs.Floor.add(phone, timing{FCP: 400, Live: 2400})
		rs.App.add(warm, timing{FCP: 150, Live: live})
		rs.App.add(offline, timing{FCP: 100, Live: live})
		rs.App.add(phone, timing{FCP: 700, Live: live * 6})
		rs.Static.add(phone, timing{FCP: 500, Live: live * 4})
		rs.Floor.add(cold, timing{FCP: 240, Live: 1000})
		rs.Floor.add(warm, timing{FCP: 120, Live: 1000})
		rs.Floor.add(offline, timing{FCP: 80, Live: 400})
	}
	var tp taps
	for i := 1; i <= 50; i++ {
		tp.PINKey = append(tp.PINKey, float64(i))
		tp.Tab = append(tp.Tab, float64(i*2))
	}
	rs.App.Taps = &tp
	got := rs.table()
	for _, want := range []string{
		"| metric | app | static export | floor | stock floor | app/floor | app/stock floor | budget |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
		"| app.wasm raw (bytes) | 7,000,000 | 7,000,000 | 6,000,000 | 8,000,000 | 1.17 | 0.88 |  |\n",
		"| app.wasm brotli (bytes) | 1,500,000 | 1,500,000 | 1,000,000 | 1,200,000 | 1.50 | 1.25 | ≤ 1.30 × floor and ≤ 1,700,000: app FAIL by 200,000 bytes, static FAIL by 200,000 bytes |\n",
		"| first contentful paint, offline warm, CPU x4 (ms) | 100 | — | 80 | — | 1.25 | — | ≤ 600: app pass, static pass |\n",
		"| time to live, offline warm, CPU x4 (ms) | 600 | — | 400 | — | 1.50 | — |  |\n",
		"| time to live, cold, CPU x4 (ms) | 1,400 | — | 1,000 | 2,000 | 1.40 | 0.70 | ≤ 1.30 × floor: app FAIL by 100 ms, static pass |\n",
		"| time to live, warm, CPU x4 (ms) | 600 | — | 1,000 | — | 0.60 | — | ≤ 1.30 × floor: app pass, static pass |\n",
		"| first contentful paint, phone-like cold (9 Mbit/s, 165 ms RTT), CPU x4 (ms) | 700 | 500 | 400 | — | 1.75 | — | ≤ 600: app FAIL by 100 ms, static pass |\n",
		"| time to live, phone-like cold (9 Mbit/s, 165 ms RTT), CPU x4 (ms) | 3,600 | 2,400 | 2,400 | — | 1.50 | — | ≤ 1.25 × floor and ≤ 2,600: app FAIL by 1,000 ms, static pass |\n",
		"| tap on a PIN pad key to the next frame, CPU x4, median (ms) | 26 | — | — | — | — | — |  |\n",
		"| tap on a PIN pad key to the next frame, CPU x4, p95 (ms) | 48 | — | — | — | — | — | ≤ 50: app pass, static pass |\n",
		"| tap on a tab to the next frame, CPU x4, p95 (ms) | 96 | — | — | — | — | — | ≤ 50: app FAIL by 46 ms, static pass |\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n"); n != 2+3+len(kinds)*2+4 {
		t.Errorf("the table has %d lines:\n%s", n, got)
	}
}

func TestLighthouseTable(t *testing.T) {
	var report lighthouseReport
	err := json.Unmarshal([]byte(`{"categories": {"performance": {"score": 0.7}, "accessibility": {"score": 1}, "seo": {"score": null}},
		"audits": {"total-blocking-time": {"numericValue": 2900.4}, "speed-index": {"score": 1}}}`), &report)
	if err != nil {
		t.Fatal(err)
	}
	var rs results
	rs.App.addLighthouse(report.figures())
	rs.App.addLighthouse(map[string]float64{"performance": 90, "accessibility": 100, "total blocking time": 700})
	rs.App.addLighthouse(map[string]float64{"performance": 80, "accessibility": 100, "total blocking time": 500})
	rs.Stock.addLighthouse(map[string]float64{"performance": 48})
	got := rs.lighthouseTable()
	for _, want := range []string{
		"| performance | 80 | — | 48 | ≥ 90: FAIL by 10 |\n",
		"| accessibility | 100 | — | — | ≥ 100: pass |\n",
		"| SEO | — | — | — |  |\n",
		"| speed index (ms) | — | — | — |  |\n",
		"| total blocking time (ms) | 700 | — | — | ≤ 600: FAIL by 100 ms |\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
}

func TestSplice(t *testing.T) {
	readme := "# Title\n\nBefore.\n\n" + startMarker + "\nNot measured yet.\n" + endMarker + "\n\nAfter.\n"
	got, err := splice(readme, "| a | b |\n\nMeasured today.\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "# Title\n\nBefore.\n\n" + startMarker + "\n| a | b |\n\nMeasured today.\n" + endMarker + "\n\nAfter.\n"
	if got != want {
		t.Errorf("splice gave\n%q\nwant\n%q", got, want)
	}
	again, err := splice(got, "| a | b |\n\nMeasured today.\n")
	if err != nil || again != got {
		t.Errorf("splicing the same block twice changed the README: %q, %v", again, err)
	}
	for _, bad := range []string{"no markers", endMarker + "\n" + startMarker, startMarker + " only"} {
		if _, err := splice(bad, "x"); err == nil {
			t.Errorf("splice(%q) did not fail", bad)
		}
	}
}

func TestEngineTable(t *testing.T) {
	loads := func(live ...float64) map[kind][]timing {
		m := map[kind][]timing{}
		for i, k := range []kind{cold, warm} {
			m[k] = []timing{{Live: live[i]}}
		}
		return m
	}
	got := results{
		App:    result{Sizes: sizes{Brotli: 1_900_000}, Loads: loads(900, 600)},
		Engine: result{Sizes: sizes{Brotli: 1_600_000}, Loads: loads(660, 420)},
		Floor:  result{Sizes: sizes{Brotli: 1_400_000}, Loads: loads(600, 400)},
	}.engineTable()
	for _, want := range []string{
		"| app.wasm brotli (bytes) | 1,400,000 | 1,600,000 | 1,900,000 | 1.14 | 1.36 |",
		"| time to live, cold, CPU x4 (ms) | 600 | 660 | 900 | 1.10 | 1.50 |",
		"| time to live, warm, CPU x4 (ms) | 400 | 420 | 600 | 1.05 | 1.50 |",
		"take 300,000 bytes",
		"the budget (≤ 1.30 × floor and ≤ 1,700,000) leaves them 100,000.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
}

// TestEngineFloorBuilds generates the engine floor and compiles it for
// the browser: the generated code must keep up with the engine's API.
func TestEngineFloorBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the engine to wasm")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp(out, "_enginefloor-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := writeEngineFloor(root, dir); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(*wallet.State).StartOrder,", "wallet.Load,", "i18n.T,"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the engine floor does not keep %s", want)
		}
	}
	rel, _ := filepath.Rel(root, dir)
	if err := goBuild(root, filepath.Join(dir, "app.wasm"), "./"+filepath.ToSlash(rel), true, true); err != nil {
		t.Fatal(err)
	}
}
