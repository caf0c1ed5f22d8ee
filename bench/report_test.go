package main

import (
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

func TestTable(t *testing.T) {
	var rs results
	rs.App.Sizes = sizes{Raw: 7000000, Gzip: 2000000, Brotli: 1500000}
	rs.Floor.Sizes = sizes{Raw: 6000000, Gzip: 1800000, Brotli: 1000000}
	for _, live := range []float64{500, 700, 600} {
		rs.App.add(1, timing{FCP: 100, Live: live}, timing{FCP: 50, Live: live / 2})
		rs.App.add(4, timing{FCP: 300, Live: live * 2}, timing{FCP: 150, Live: live})
		rs.Floor.add(1, timing{FCP: 80, Live: 400}, timing{FCP: 40, Live: 200})
		rs.Floor.add(4, timing{FCP: 240, Live: 1000}, timing{FCP: 120, Live: 1000})
	}
	got := rs.table()
	for _, want := range []string{
		"| metric | app | floor | app/floor |\n| --- | ---: | ---: | ---: |\n",
		"| app.wasm raw (bytes) | 7,000,000 | 6,000,000 | 1.17 |\n",
		"| app.wasm brotli (bytes) | 1,500,000 | 1,000,000 | 1.50 (budget ≤ 1.25: FAIL) |\n",
		"| first contentful paint, cold, CPU x1 (ms) | 100 | 80 | 1.25 |\n",
		"| time to live, cold, CPU x1 (ms) | 600 | 400 | 1.50 |\n",
		"| time to live, cold, CPU x4 (ms) | 1,200 | 1,000 | 1.20 (budget ≤ 1.25: pass) |\n",
		"| time to live, warm, CPU x4 (ms) | 600 | 1,000 | 0.60 (budget ≤ 1.25: pass) |\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n"); n != 2+3+len(rates)*4 {
		t.Errorf("the table has %d lines:\n%s", n, got)
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
